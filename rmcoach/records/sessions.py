"""Held sessions and what hangs off them: schedule changes, reflections,
action items and agenda topics (``schedule_changes``, ``sessions``,
``reflections``, ``actions``, ``agenda_topics``)."""

from __future__ import annotations

import datetime as _dt
from typing import Any, ClassVar

from rmcoach.records import tables
from rmcoach.records.base import (
    BOOL, DATE, LOCAL_OR_DATE, LOCAL_SECONDS, PERSON, REF, TEXT, Bad, Common, Record,
    Refs, Struct, Written, fld, integer, list_of, mapping, one_of, optional, struct,
)

MINUTES_MAX = 24 * 60
OCCURRENCE_MAX = 100_000
CHANGE_KINDS = ("skip", "move")
ACTION_STATUSES = ("open", "done", "dropped")
RATING = integer(1, 5)


class ScheduleChange(Record, Common):
    """A skipped or moved session (``schedule.SessionChange.to_dict()``)."""

    TABLE: ClassVar[str] = tables.SCHEDULE_CHANGES

    original: _dt.datetime | None = fld(LOCAL_SECONDS, required="which session changed")
    kind: str = fld(one_of(*CHANGE_KINDS), "skip", required="skip or move")
    new_start: _dt.datetime | None = fld(optional(LOCAL_SECONDS))
    new_minutes: int | None = fld(optional(integer(1, MINUTES_MAX)))
    note: str = fld(TEXT, "")

    @classmethod
    def post_check(cls, values: dict[str, Any], refs: Refs) -> None:
        super().post_check(values, refs)
        if values["kind"] == "move" and values["new_start"] is None:
            raise Bad("is missing for a moved session", "new_start")


class Covered(Struct):
    """One topic a session covered: who taught whom, which skill."""

    WHAT: ClassVar[str] = "covered topics"

    teacher: str | None = fld(optional(PERSON))
    learner: str | None = fld(optional(PERSON))
    skill: str | None = fld(optional(REF))
    topic: str = fld(TEXT, "")


class Rating(Struct):
    WHAT: ClassVar[str] = "ratings"

    useful: int | None = fld(optional(RATING))
    comfort: int | None = fld(optional(RATING))


class Session(Record, Written, Common):
    TABLE: ClassVar[str] = tables.SESSIONS

    date: _dt.datetime | _dt.date | None = fld(LOCAL_OR_DATE, required="when the session was held")
    occurrence: int | None = fld(optional(integer(1, OCCURRENCE_MAX)))
    minutes: int | None = fld(optional(integer(1, MINUTES_MAX)))
    lead: str | None = fld(optional(PERSON))
    covered: tuple[Covered, ...] = fld(list_of(struct(Covered)), ())
    went_well: str = fld(TEXT, "")
    notes: str = fld(TEXT, "")
    ratings: dict[str, Rating] = fld(mapping(struct(Rating), keys=PERSON), None)


class Reflection(Record, Written, Common):
    TABLE: ClassVar[str] = tables.REFLECTIONS

    session: str | None = fld(optional(REF))
    text: str = fld(TEXT, "")


class Action(Record, Written, Common):
    TABLE: ClassVar[str] = tables.ACTIONS

    text: str = fld(TEXT, "")
    owner: str | None = fld(optional(PERSON))
    due: _dt.date | None = fld(optional(DATE))
    status: str = fld(one_of(*ACTION_STATUSES), "open")
    session: str | None = fld(optional(REF))
    closed_in: str | None = fld(optional(REF))
    closed_on: _dt.date | None = fld(optional(DATE))


class AgendaTopic(Record, Written, Common):
    TABLE: ClassVar[str] = tables.AGENDA_TOPICS

    text: str = fld(TEXT, "")
    by: str | None = fld(optional(PERSON))
    for_session: int | None = fld(optional(integer(1, OCCURRENCE_MAX)))
    done: bool = fld(BOOL, False)
    done_in: str | None = fld(optional(REF))
