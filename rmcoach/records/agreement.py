"""The pair's agreement, one record per version (``agreements``)."""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, ClassVar

from rmcoach.records import tables
from rmcoach.records.base import (
    DATE, LOCAL, PERSON, REF, STAMP, TEXT, Bad, Check, Common, Record, Refs,
    Struct, Written, fld, integer, list_of, mapping, one_of, optional, struct,
)

CADENCE_KINDS = ("weekly", "every_n_weeks", "monthly_nth_weekday", "rrule")
MINUTES_MAX = 24 * 60
VERSIONS_MAX = 100_000
SESSIONS_MAX = 10_000


@functools.lru_cache(maxsize=64)
def _zone_ok(name: str) -> bool:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return False
    return True


def _zone(value: Any, refs: Refs) -> str:
    if type(value) is not str or not value or len(value) > 80:
        raise Bad("must be a time zone such as Europe/London")
    if not _zone_ok(value):
        raise Bad(f"is not a time zone rmcoach knows ({value[:40]!r})")
    return value


ZONE = Check(_zone, what="a time zone")


class Goal(Struct):
    WHAT: ClassVar[str] = "goals"

    id: str = fld(REF, "", required="health checks and reviews find a goal by it")
    person: str | None = fld(optional(PERSON))
    goal: str = fld(TEXT, "")
    success: str = fld(TEXT, "")
    target: _dt.date | None = fld(optional(DATE))


class Cadence(Struct):
    """How often the pair meets (``schedule.Cadence.to_dict()``)."""

    WHAT: ClassVar[str] = "a cadence"

    kind: str = fld(one_of(*CADENCE_KINDS), "weekly", required="a cadence has a kind")
    interval: int = fld(integer(1, 52), 1)
    weekday: int = fld(integer(0, 6), 0)
    nth: int = fld(integer(-1, 4), 1)
    rrule: str = fld(TEXT, "")

    @classmethod
    def post_check(cls, values: dict[str, Any], refs: Refs) -> None:
        if values["nth"] == 0:
            raise Bad("must be 1, 2, 3, 4 or -1 (the last), not 0", "nth")
        if values["kind"] == "rrule":
            if not values["rrule"].strip():
                raise Bad("is empty for a custom repeat rule", "rrule")
            if len(values["rrule"]) > 500:
                raise Bad("is too long for a repeat rule", "rrule")


class Logistics(Struct):
    WHAT: ClassVar[str] = "logistics"

    cadence: Cadence | None = fld(optional(struct(Cadence)))
    first: _dt.datetime | None = fld(optional(LOCAL))
    tz: str | None = fld(optional(ZONE))
    minutes: int | None = fld(optional(integer(1, MINUTES_MAX)))
    where: str = fld(TEXT, "")
    until: _dt.date | None = fld(optional(DATE))
    sessions: int | None = fld(optional(integer(1, SESSIONS_MAX)))
    who_books: str = fld(TEXT, "")
    reply_within: str = fld(TEXT, "")
    effective_from: _dt.date | None = fld(optional(DATE))


class Agreement(Record, Written, Common):
    TABLE: ClassVar[str] = tables.AGREEMENTS

    version: int = fld(integer(1, VERSIONS_MAX), 1, required="every agreement version is numbered")
    supersedes: str | None = fld(optional(REF))
    goals: tuple[Goal, ...] = fld(list_of(struct(Goal)), ())
    rules: dict[str, str] = fld(mapping(TEXT), None)
    logistics: Logistics | None = fld(optional(struct(Logistics)))
    acks: dict[str, str] = fld(mapping(STAMP, keys=PERSON), None)
