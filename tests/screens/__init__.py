"""Pilot tests of every screen: keys pressed, what was stored and shown."""
