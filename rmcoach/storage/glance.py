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
from pathlib import Path
from typing import Any, NamedTuple

from rmcoach.records import tables
from rmcoach.records.model import Pair, Person
from rmcoach.storage import locations
from rmcoach.storage.store import LEADING_TABLES


class Glance(NamedTuple):  # (NamedTuples: a dataclass's code generation cost the first frame)
    """What the first frame shows before the whole file is read."""

    pair: Pair
    # an agreement version sets the meeting logistics: the briefing is the first screen (None:
    # the agreements are not among the file's leading tables, so this look cannot say)
    rhythm: bool | None


def glance(data_dir: Path) -> Glance | None:
    """The pair and whether a rhythm is set, from the file's small tables; None when unsure."""
    try:
        return _glance(Path(data_dir) / locations.STORE_NAME)
    except Exception:  # noqa: BLE001 - any doubt: the full load reads the file and names the problem
        return None


def _glance(path: Path) -> Glance | None:
    small = _leading_tables(path)
    if small is None:
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
    if small.agreements is None:
        return Glance(pair=pair, rhythm=None)
    return Glance(pair=pair, rhythm=any(r.get("logistics") for r in small.agreements.values()
                                        if not r.get("deleted")))


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


class _Small(NamedTuple):
    meta: dict[str, Any]
    pair: dict[str, Any]
    people: dict[str, Any]
    agreements: dict[str, Any] | None  # None: not among the leading tables


#: the small tables, which rmcoach writes first (Store._serialise): the look reads them
#: from the head of the file and never touches the history behind them
SMALL_FIRST = LEADING_TABLES
_HEAD = 1 << 16  # the first read; a larger one follows when the small tables run past it
_HEAD_MAX = 1 << 22


def _leading_tables(path: Path) -> _Small | None:
    """The small tables from the head of the file, when the file starts with them (as
    rmcoach writes it); None when it does not (a file written by an older rmcoach or by
    hand), and the whole file is scanned instead."""
    import json

    decoder = json.JSONDecoder()
    size = _HEAD
    head = b""
    with open(path, "rb") as f:
        while True:
            head += f.read(size - len(head))
            complete = len(head) < size  # the whole file is in hand
            found = _parse_head(decoder, _text(head, complete))
            if found is not None:
                return found
            if complete or size >= _HEAD_MAX:
                return None
            size *= 4


def _text(head: bytes, complete: bool) -> str:
    """The head as text; a character cut at the end of a partial read is left out."""
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if complete or exc.start < len(head) - 3:
            raise  # not UTF-8: the full load names the problem
        return head[:exc.start].decode("utf-8")


def _parse_head(decoder: Any, text: str) -> _Small | None:
    """The small tables the file starts with (``{"_meta": {...}, "people": {...}, ...``),
    read up to the first other table; None when the text runs out first (read more) or
    when the pair, its people or the header are not among them (the whole file is
    scanned).  The agreements are None when they are not among them."""
    def skip(at: int) -> int:
        while at < len(text) and text[at] in " \t\n\r":
            at += 1
        return at

    found: dict[str, Any] = {}
    at = skip(0)
    if text[at:at + 1] != "{":
        raise ValueError("not a JSON object")
    at += 1
    while len(found) < len(SMALL_FIRST):
        at = skip(at)
        try:
            name, at = decoder.raw_decode(text, at)
            at = skip(at)
            if text[at:at + 1] != ":":
                return None
            if name not in SMALL_FIRST:
                break  # the history starts here
            value, at = decoder.raw_decode(text, skip(at + 1))
        except ValueError:
            return None  # cut off by the read (or damaged: the full load says)
        if name in found or not isinstance(value, dict):
            return None  # a table twice (the last one counts) or a damaged one: scan it all
        found[name] = value
        at = skip(at)
        if text[at:at + 1] != ",":
            break  # the end of the file (or damage: the full load says)
        at += 1
    if not {tables.META, tables.PAIR, tables.PEOPLE} <= found.keys():
        return None
    return _Small(meta=found[tables.META], pair=found[tables.PAIR], people=found[tables.PEOPLE],
                  agreements=found.get(tables.AGREEMENTS))
