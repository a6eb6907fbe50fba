"""Small wording helpers: counts with the right noun form ("1 day", "2 days")."""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one: plural(1, "day") -> "1 day",
    plural(3, "time") -> "3 times", plural(2, "person", "people") -> "2 people"."""
    return f"{n} {noun}" if n == 1 else f"{n} {many or noun + 's'}"
