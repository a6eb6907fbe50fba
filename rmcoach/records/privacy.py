"""Who is looking, and what they may see.

Every piece of text a person writes carries an ``author`` (a person uuid) and
a ``visibility``: ``"shared"`` (both may see it) or ``"private"`` (only its
author).  The viewer is either one person (at the keyboard alone) or
:data:`TOGETHER` (both looking at the screen: private items of *either*
person are hidden, because the other one is watching).  Reports and exports
meant for sharing use :data:`SHARED_VIEW`, which also sees only shared items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, TypeVar

if TYPE_CHECKING:
    from rmcoach.records.base import Written

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
    """The records ``viewer`` may see (:func:`can_see`), in one pass without a call per record."""
    if not viewer or viewer == TOGETHER:
        return [r for r in records if r.get("visibility") != PRIVATE]
    return [r for r in records if r.get("visibility") != PRIVATE or r.get("author") == viewer]


W = TypeVar("W", bound="Written")


def visible_records(records: Iterable[W], viewer: str | None) -> list[W]:
    """The typed records (``records.base.Written``) ``viewer`` may see: the same rule as
    :func:`visible`, read from attributes."""
    if not viewer or viewer == TOGETHER:
        return [r for r in records if r.visibility != PRIVATE]
    return [r for r in records if r.visibility != PRIVATE or r.author == viewer]


def visible_rows(rows: Iterable[tuple[Any, ...]], viewer: str | None) -> list[tuple[Any, ...]]:
    """The rows of ``Store.columns(kind, ("visibility", "author", ...))`` that ``viewer``
    may see: the rule of :func:`visible`, read from the first two values of each row."""
    if not viewer or viewer == TOGETHER:
        return [r for r in rows if r[0] != PRIVATE]
    return [r for r in rows if r[0] != PRIVATE or r[1] == viewer]
