"""A quick look at the store file for the app's first frame.

The first frame of a launch asks who is at the keyboard (or, on a computer marked as
one person's own, shows the briefing's frame): it needs the pair's two names and
whether a meeting rhythm is set (the briefing or the home screen goes underneath),
not the history.  Reading and checking the whole file grows with the history (about
20 ms at five years, 60 ms at twenty); this look parses only the file's small tables
(its mark, the pair, the people, the agreements), skipping the rest unbuilt, and
checks the records it reads as a full load would.

It never replaces the full load: the app reads and checks the whole file right after
the first frame is on screen, before it shows any record or takes any key (a damaged
file is still reported in one sentence before anything is written).  Whenever this
look is not sure - no file, a file it cannot read, an older or newer schema, a record
that would not pass the check - it answers None and the app loads the whole file at
once, as before, and that load names the problem.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.records import tables
from rmcoach.records.model import Pair, Person
from rmcoach.storage import locations


@dataclass(frozen=True)
class Glance:
    """What the first frame shows before the whole file is read."""

    pair: Pair
    rhythm: bool  # an agreement version sets the meeting logistics: the briefing is the first screen


def glance(data_dir: Path) -> Glance | None:
    """The pair and whether a rhythm is set, from the file's small tables; None when unsure."""
    try:
        return _glance(Path(data_dir) / locations.STORE_NAME)
    except Exception:  # noqa: BLE001 - any doubt: the full load reads the file and names the problem
        return None


def _glance(path: Path) -> Glance | None:
    decode = _decoder()
    if decode is None:
        return None
    # mapped, not read: the file's pages are scanned in place (at twenty years reading 8 MB
    # into a new bytes object cost more than the parse; an empty file cannot be mapped: None)
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        small = decode(mapped)
    from rmcoach.storage.store import APP_MARK, SCHEMA

    meta_rows = list(small.meta.values())
    if len(meta_rows) != 1 or meta_rows[0].get("app") != APP_MARK or meta_rows[0].get("schema") != SCHEMA:
        return None  # foreign, damaged, older (migrated by the full load) or newer: the full load says
    # the records the first frame shows are checked as the full load checks them (the
    # agreements only say which screen goes first, and the full load checks them before
    # anything of them is shown)
    found: dict[str, Any] = {tables.META: small.meta, tables.PAIR: small.pair, tables.PEOPLE: small.people}
    from rmcoach import records

    if records.problems(found, limit=1):
        return None
    live = [r for r in small.pair.values() if not r.get("deleted")]
    if not live:
        return None  # no pair yet: setup, which the full load (of a small file) decides
    people = [Person.from_record(r) for r in small.people.values() if not r.get("deleted")]
    pair = Pair.from_record(live[0], people)
    if len(pair.people) != 2:
        return None
    rhythm = any(r.get("logistics") for r in small.agreements.values() if not r.get("deleted"))
    return Glance(pair=pair, rhythm=rhythm)


def _decoder() -> Any:
    """msgspec's decoder for the small tables only (the others are skipped, never built)."""
    try:
        import msgspec
    except ImportError:
        return None

    class Small(msgspec.Struct):
        meta: dict[str, dict[str, Any]] = msgspec.field(name=tables.META, default_factory=dict)
        pair: dict[str, dict[str, Any]] = msgspec.field(name=tables.PAIR, default_factory=dict)
        people: dict[str, dict[str, Any]] = msgspec.field(name=tables.PEOPLE, default_factory=dict)
        agreements: dict[str, dict[str, Any]] = msgspec.field(name=tables.AGREEMENTS, default_factory=dict)

    return msgspec.json.Decoder(Small).decode
