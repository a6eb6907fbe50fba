"""Textual screens: one module per area of the app."""
