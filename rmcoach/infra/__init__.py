"""Small plain-Python helpers every layer uses: the clock, dates, safe text, field validation."""
