"""Who is looking, and what they may see.

Every piece of text a person writes carries an ``author`` (a person uuid) and
a ``visibility``: ``"shared"`` (both may see it) or ``"private"`` (only its
author).  The viewer is either one person (at the keyboard alone) or
:data:`TOGETHER` (both looking at the screen: private items of *either*
person are hidden, because the other one is watching).  Reports and exports
meant for sharing use :data:`SHARED_VIEW`, which also sees only shared items.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

SHARED = "shared"
PRIVATE = "private"
TOGETHER = "together"
SHARED_VIEW = TOGETHER  # a report for outsiders sees exactly what the pair sees together


def is_private(record: Mapping[str, Any]) -> bool:
    return record.get("visibility") == PRIVATE


def can_see(record: Mapping[str, Any], viewer: str | None) -> bool:
    """True when ``viewer`` (a person uuid, TOGETHER or None for the shared view) may see ``record``."""
    if not is_private(record):
        return True
    return bool(viewer) and viewer != TOGETHER and record.get("author") == viewer


def visible(records: Iterable[Mapping[str, Any]], viewer: str | None) -> list[Any]:
    return [r for r in records if can_see(r, viewer)]
