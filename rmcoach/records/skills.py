"""Skills being swapped and learnings logged (``skills``, ``learnings``)."""

from __future__ import annotations

import datetime as _dt
from typing import ClassVar

from rmcoach.records import tables
from rmcoach.records.base import (
    DATE, PERSON, REF, TEXT, Common, Record, Struct, Written,
    fld, integer, list_of, one_of, optional, struct,
)

LEVEL = integer(0, 4)
RATING = integer(1, 5)
TASK_STATUSES = ("open", "tried", "done", "dropped")


class LevelChange(Struct):
    WHAT: ClassVar[str] = "level changes"

    level: int = fld(LEVEL, 0, required="the level reached")
    on: _dt.date | None = fld(optional(DATE))
    note: str = fld(TEXT, "")


class Task(Struct):
    WHAT: ClassVar[str] = "practice tasks"

    id: str = fld(REF, "")
    text: str = fld(TEXT, "")
    due: _dt.date | None = fld(optional(DATE))
    status: str = fld(one_of(*TASK_STATUSES), "open")
    friction: str = fld(TEXT, "")
    tried_on: _dt.date | None = fld(optional(DATE))


class Teachback(Struct):
    WHAT: ClassVar[str] = "teach-backs"

    on: _dt.date | None = fld(optional(DATE))
    explanation: str = fld(TEXT, "")
    before: int | None = fld(optional(RATING))
    after: int | None = fld(optional(RATING))


class SkillRecord(Record, Written, Common):
    """A skill as stored (``skills.Skill`` is the view the skills screens use)."""

    TABLE: ClassVar[str] = tables.SKILLS

    title: str = fld(TEXT, "")
    teacher: str | None = fld(optional(PERSON))
    learner: str | None = fld(optional(PERSON))
    kind: str = fld(TEXT, "")
    description: str = fld(TEXT, "")
    why: str = fld(TEXT, "")
    level: int = fld(LEVEL, 0)
    levels: tuple[LevelChange, ...] = fld(list_of(struct(LevelChange)), ())
    tasks: tuple[Task, ...] = fld(list_of(struct(Task)), ())
    teachbacks: tuple[Teachback, ...] = fld(list_of(struct(Teachback)), ())


class LearningRecord(Record, Written, Common):
    """A learning as stored (``learnings.Learning`` is the view the features use)."""

    TABLE: ClassVar[str] = tables.LEARNINGS

    text: str = fld(TEXT, "")
    by: str | None = fld(optional(PERSON))
    skill: str | None = fld(optional(REF))
    tags: tuple[str, ...] = fld(list_of(TEXT), ())
    on: _dt.date | None = fld(optional(DATE))
