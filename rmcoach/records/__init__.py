"""Typed records: one frozen dataclass per table, and the one place a stored
dict is checked on its way in.

* ``RECORD_TYPES[table].from_dict(raw, refs)`` -> the typed record, or
  :class:`RecordError` naming table, record and field; ``record.to_dict()``
  gives back the stored dict.
* :func:`problems` checks a whole database dict (every record of every known
  table, references to people included) - the store runs it on every load,
  import runs it on what it is given.  :func:`changed_problems` checks only
  the records a save changed (the rest passed when the file was loaded).

Plain Python: never imports Textual, TinyDB or the store.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from rmcoach.records import tables
from rmcoach.records.agreement import Agreement, Cadence, Goal, Logistics
from rmcoach.records.base import Bad, Record, RecordError, Refs, compile_validator, record_label
from rmcoach.records.coaching import Diagnosis, GlossaryTerm, Retro
from rmcoach.records.meta import StoreHeader
from rmcoach.records.people import PairRecord, Person
from rmcoach.records.sessions import (
    Action, AgendaTopic, Covered, Rating, Reflection, ScheduleChange, Session,
)
from rmcoach.records.skills import LearningRecord, LevelChange, SkillRecord, Task, Teachback
from rmcoach.records.trust import Exercise, FirstMeeting, HealthAnswers, HealthCheck, Readiness

#: the record type of every table (tables not listed here are a newer rmcoach's
#: and are kept as they are)
RECORD_TYPES: dict[str, type[Record]] = {
    cls.TABLE: cls
    for cls in (
        StoreHeader, PairRecord, Person, Agreement, Readiness, FirstMeeting, Exercise, HealthCheck,
        ScheduleChange, Session, Reflection, Action, AgendaTopic, SkillRecord,
        LearningRecord, GlossaryTerm, Diagnosis, Retro,
    )
}
assert set(RECORD_TYPES) == {tables.META, *tables.ALL}, "every table needs a record type"


#: tables with at least this many records are checked by a compiled validator
COMPILE_FROM = 40


def refs_of(tables_: Mapping[str, Any]) -> Refs:
    """What references in ``tables_`` (table -> records, as a dict of doc id -> record
    or a list) are checked against: the uuids in the people table."""
    people = tables_.get(tables.PEOPLE)
    rows = people.values() if isinstance(people, dict) else people if isinstance(people, list) else ()
    return Refs(people=frozenset(
        r["uuid"] for r in rows if isinstance(r, dict) and isinstance(r.get("uuid"), str)
    ))


def iter_problems(tables_: Mapping[str, Any], refs: Refs | None = None) -> Iterator[RecordError]:
    """Every record in ``tables_`` that would not convert, in table order.

    ``tables_`` maps a table name to its records, either as TinyDB stores them
    ({doc id: record}) or as a list (an export).  Unknown tables are skipped.
    """
    if refs is None:
        refs = refs_of(tables_)
    broken = _pair_without_people(tables_)
    if broken is not None:
        yield broken
    for name, cls in RECORD_TYPES.items():
        rows = tables_.get(name)
        if not rows:
            continue
        items = rows.items() if isinstance(rows, dict) else enumerate(rows, 1)
        # a compiled check pays for itself from a few dozen records on; below that
        # (and in a fresh process every compile counts) the full conversion is cheaper
        fast = cls._fast or (compile_validator(cls) if len(rows) >= COMPILE_FROM else None)
        people = refs.people
        for key, raw in items:
            if isinstance(raw, dict) and raw.get("deleted") is True:
                # a tombstone keeps only what merging needs (uuid, stamps): no fields to check
                if not isinstance(raw.get("uuid"), str) or not raw["uuid"]:
                    yield RecordError(name, record_label(raw, str(key)), "uuid", "is missing", str(key))
                continue
            try:
                if fast is not None and fast(raw, people):
                    continue
                cls._read(raw, refs)  # explains what the quick test rejected
            except Bad as exc:
                yield RecordError(name, record_label(raw, str(key)), exc.path, exc.problem, str(key))
            except RecursionError:
                yield RecordError(name, record_label(raw, str(key)), "", "is nested too deeply", str(key))


def _rows(tables_: Mapping[str, Any], name: str) -> list[Any]:
    rows = tables_.get(name)
    if isinstance(rows, dict):
        return list(rows.values())
    return list(rows) if isinstance(rows, list) else []


def _pair_without_people(tables_: Mapping[str, Any]) -> RecordError | None:
    """The pair must name two people the people table holds (never guess who the pair is)."""
    live = [r for r in _rows(tables_, tables.PAIR) if isinstance(r, dict) and r.get("deleted") is not True]
    if not live:
        return None
    pair = live[0]
    named = pair.get("people", [])  # left out: names nobody
    if not isinstance(named, list):
        return None  # the record check explains it
    people = {r["uuid"] for r in _rows(tables_, tables.PEOPLE)
              if isinstance(r, dict) and isinstance(r.get("uuid"), str) and r.get("deleted") is not True}
    found = len({u for u in named if isinstance(u, str) and u in people})
    if found == 2:
        return None
    return RecordError(tables.PAIR, record_label(pair), "people",
                       f"finds {found} of its two people in the people table")


def problems(tables_: Mapping[str, Any], *, limit: int | None = None) -> list[RecordError]:
    """The records of ``tables_`` rmcoach cannot accept (at most ``limit``)."""
    found: list[RecordError] = []
    for error in iter_problems(tables_):
        found.append(error)
        if limit is not None and len(found) >= limit:
            break
    return found


def changed_problems(tables_: Mapping[str, Any], changed: Mapping[str, Iterable[str]], *,
                     limit: int | None = None) -> list[RecordError]:
    """The problems :func:`problems` would find in ``tables_`` when every record it holds
    passed that check before except those named in ``changed`` (table -> doc ids).

    Only the named records are checked, against the whole people table.  A change to
    the people or the pair table can break records it does not name (a reference to a
    person, the pair's two people), so then everything is checked.  The header table
    (one record) is always checked: its id counters change in place on every insert."""
    if tables.PEOPLE in changed or tables.PAIR in changed:
        return problems(tables_, limit=limit)
    subset: dict[str, dict[str, Any]] = {}
    for name in (tables.META, *changed):
        rows = tables_.get(name)
        if not isinstance(rows, dict):
            continue
        keys = rows.keys() if name == tables.META else changed[name]
        subset[name] = {key: rows[key] for key in keys if key in rows}
    found: list[RecordError] = []
    for error in iter_problems(subset, refs_of(tables_)):
        found.append(error)
        if limit is not None and len(found) >= limit:
            break
    return found


def describe(found: list[RecordError], total: int | None = None) -> str:
    """One clause for a damage message: the first problem, and how many more."""
    if not found:
        return ""
    total = len(found) if total is None else total
    text = str(found[0])
    if total > 1:
        text += f"; {total - 1} more record{'s are' if total > 2 else ' is'} bad too"
    return text


__all__ = [
    "Action", "AgendaTopic", "Agreement", "Cadence", "Covered", "Diagnosis", "Exercise",
    "FirstMeeting", "GlossaryTerm", "Goal", "HealthAnswers", "HealthCheck", "LearningRecord",
    "LevelChange", "Logistics", "PairRecord", "Person", "RECORD_TYPES", "Rating", "Readiness",
    "Record", "RecordError", "Reflection", "Refs", "Retro", "ScheduleChange", "Session",
    "SkillRecord", "StoreHeader", "Task", "Teachback", "changed_problems", "describe", "iter_problems", "problems", "refs_of",
    "tables",
]
