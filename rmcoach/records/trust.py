"""Readiness, the first meeting, trust exercises and health checks
(``readiness``, ``first_meeting``, ``exercises``, ``health_checks``)."""

from __future__ import annotations

import datetime as _dt
from typing import Any, ClassVar, cast

from rmcoach.records import tables
from rmcoach.records.base import (
    BOOL, DATE, REF, TEXT, Check, Common, Record, Refs, Struct, Written,
    fld, integer, mapping, one_of, optional, struct,
)

RATING = integer(1, 5)
FREQUENCIES = ("too_often", "right", "too_rare")
GOAL_STATUSES = ("not_started", "some", "good", "achieved")


class Readiness(Record, Written, Common):
    """One person's readiness reflection: ``answers`` = {statement id: 1..5}."""

    TABLE: ClassVar[str] = tables.READINESS

    answers: dict[str, int] = fld(mapping(RATING), None)
    notes: str = fld(TEXT, "")
    on: _dt.date | None = fld(optional(DATE))


def _step_answers(value: Any, refs: Refs) -> dict[str, str]:
    # {person uuid or "shared": text}; the keys are not checked against the pair:
    # a step's answers are shown by person, and a stray key is simply not shown
    return cast("dict[str, str]", mapping(TEXT).load(value, refs))


class FirstMeeting(Record, Written, Common):
    """The guided first meeting: ``answers`` = {step id: {person uuid or "shared": text}}."""

    TABLE: ClassVar[str] = tables.FIRST_MEETING

    answers: dict[str, dict[str, str]] = fld(mapping(Check(_step_answers, what="answers by person")), None)
    current_step: str | None = fld(optional(TEXT))
    done: bool = fld(BOOL, False)
    done_on: _dt.date | None = fld(optional(DATE))


class Exercise(Record, Written, Common):
    TABLE: ClassVar[str] = tables.EXERCISES

    exercise_id: str = fld(TEXT, "")
    note: str = fld(TEXT, "")
    on: _dt.date | None = fld(optional(DATE))


class HealthAnswers(Struct):
    """One person's answers to a health check (``health.check_answers``)."""

    WHAT: ClassVar[str] = "health-check answers"

    frequency: str | None = fld(optional(one_of(*FREQUENCIES)))
    follow_up: int | None = fld(optional(RATING))
    safe: int | None = fld(optional(RATING))
    two_way: int | None = fld(optional(RATING))
    like_most: str = fld(TEXT, "")
    like_least: str = fld(TEXT, "")
    skills_growing: str = fld(TEXT, "")
    goals: dict[str, str] = fld(mapping(one_of(*GOAL_STATUSES)), None)


class HealthCheck(Record, Written, Common):
    TABLE: ClassVar[str] = tables.HEALTH_CHECKS

    round: str | None = fld(optional(REF))
    on: _dt.date | None = fld(optional(DATE))
    answers: HealthAnswers | None = fld(optional(struct(HealthAnswers)))
