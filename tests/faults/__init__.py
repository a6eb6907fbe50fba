"""Killed processes, concurrent writers, damaged and hostile files."""
