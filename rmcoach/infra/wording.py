"""Small wording helpers: counts with the right noun form ("1 day", "2 days")."""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one: plural(1, "day") -> "1 day",
    plural(3, "time") -> "3 times", plural(2, "person", "people") -> "2 people"."""
    return f"{n} {noun}" if n == 1 else f"{n} {many or noun + 's'}"


def title_order(title: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that reads numbers as numbers and ignores case: "Excel 2" before
    "Excel 10" (as text, "10" sorts before "2").  Each part is tagged, numbers before
    words at the same place, so any two titles compare."""
    import re

    parts = re.split(r"(\d+)", title.casefold())  # the odd places hold the runs of digits
    return tuple((0, int(part)) if i % 2 else (1, part) for i, part in enumerate(parts) if part)
