"""How the exchange splits between its two directions.

A reverse-mentoring pair swaps: one person teaches technology, the other
teaches professional wisdom.  Left alone, many pairs drift into ordinary
one-way tutoring.  This module counts, for each direction ("A teaches B" and
"B teaches A"):

* **sessions** - a session counts for a direction when something was covered
  that way (``sessions.covered[].teacher/learner``; a covered item naming only
  a skill takes the skill's teacher and learner);
* **skills progressed** - level changes upwards on skills taught that way;
* **learnings** - learnings logged, by the learner (a learning by B counts for
  "A teaches B");
* **minutes** - each session's minutes split evenly over its covered items.

It does so over the last N sessions (from the first of them onwards) and over
the whole relationship, and spots a streak of recent sessions that all went
the same way.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from rmcoach.features.skills import session_day, session_order
from rmcoach.records.privacy import visible_records, visible_rows
from rmcoach.infra.dates import iso_date
from rmcoach.records.sessions import Session
from rmcoach.records.skills import LearningRecord, SkillRecord

if TYPE_CHECKING:
    from rmcoach.storage.store import Store
    from rmcoach.records.model import Pair
    from rmcoach.features.status import StatusContext, StatusLine

DEFAULT_RECENT = 4
ONE_WAY_STREAK = 3


@dataclass(frozen=True)
class Direction:
    teacher: str
    learner: str


@dataclass
class Split:
    """Counts for each direction (keyed by Direction) over one stretch of time."""

    sessions: dict[Direction, int] = field(default_factory=dict)
    skills: dict[Direction, int] = field(default_factory=dict)
    learnings: dict[Direction, int] = field(default_factory=dict)
    minutes: dict[Direction, float] = field(default_factory=dict)
    session_count: int = 0  # sessions in the stretch (including ones with nothing covered)
    since: _dt.date | None = None  # first day of the stretch, None = the whole relationship

    def share(self, measure: str, direction: Direction) -> float | None:
        """The direction's share (0..1) of a measure, None when there is nothing to share."""
        values: dict[Direction, float] = getattr(self, measure)
        total = sum(values.values())
        return None if not total else values.get(direction, 0) / total


@dataclass(frozen=True)
class Balance:
    directions: tuple[Direction, Direction]
    recent: Split
    whole: Split
    recent_n: int
    streak: int  # how many of the latest sessions in a row went only one way
    streak_direction: Direction | None

    @property
    def one_way(self) -> bool:
        return self.streak >= ONE_WAY_STREAK and self.streak_direction is not None


def _directions(pair: Pair) -> tuple[Direction, Direction]:
    a, b = pair.people[0].uuid, pair.people[1].uuid
    return Direction(a, b), Direction(b, a)


def session_directions(session: Session, skills_by_uuid: Mapping[str, SkillRecord],
                       valid: Iterable[Direction]) -> list[Direction]:
    """One Direction per covered item of a session (items that cannot be placed are skipped):
    the very objects of ``valid``."""
    allowed = {(d.teacher, d.learner): d for d in valid}
    out: list[Direction] = []
    for item in session.covered:
        teacher, learner = item.teacher, item.learner
        if not (teacher and learner):
            skill = skills_by_uuid.get(item.skill or "")
            if skill:
                teacher, learner = skill.teacher, skill.learner
        direction = allowed.get((str(teacher), str(learner)))
        if direction is not None:
            out.append(direction)
    return out


def _level_ups(skills: list[SkillRecord], directions: tuple[Direction, Direction]) -> list[tuple[Direction, list[_dt.date | None]]]:
    """For each skill taught in one of ``directions``: its direction and the day of each step
    up its levels (None when undated), worked out once for the whole and the recent split."""
    allowed = {(d.teacher, d.learner): d for d in directions}
    out = []
    for skill in skills:
        d = allowed.get((str(skill.teacher), str(skill.learner)))
        if d is None:
            continue
        ups: list[_dt.date | None] = []
        previous = None
        for change in sorted(skill.levels, key=lambda c: c.on or _dt.date.min):
            if previous is not None and change.level > previous:
                ups.append(change.on)
            previous = change.level
        out.append((d, ups))
    return out


def _split(directions: tuple[Direction, Direction], placed: Sequence[tuple[Session, list[Direction]]],
           level_ups: list[tuple[Direction, list[_dt.date | None]]],
           learnings: Sequence[tuple[str, _dt.date | None]], since: _dt.date | None) -> Split:
    """The counts over ``placed`` (each session with its directions, see session_directions),
    the steps up and the learnings from ``since`` on (None: all of them)."""
    split = Split(since=since)
    for d in directions:
        split.sessions[d] = split.skills[d] = split.learnings[d] = 0
        split.minutes[d] = 0.0
    distinct = tuple(dict.fromkeys(directions))
    for session, items in placed:
        split.session_count += 1
        for d in distinct:  # each direction the session went in counts once
            if d in items:
                split.sessions[d] += 1
        minutes = session.minutes or 0
        if items and minutes:
            for d in items:
                split.minutes[d] += minutes / len(items)
    for d, ups in level_ups:
        split.skills[d] += len(ups) if since is None else sum(1 for on in ups if on is not None and on >= since)
    people = {d.learner: d for d in directions}
    for by, on in learnings:
        learner = people.get(by)
        if learner is not None and (since is None or (on is not None and on >= since)):
            split.learnings[learner] += 1
    return split


#: what the balance and the report read of each learning (the report reads them all: one projection
#: of the learnings serves both).  Visibility and author first (see privacy.visible_rows); "notable"
#: is no field, so it is the stored key of that name
LEARNING_COLUMNS = ("visibility", "author", "by", "tags", "notable", "on", "created", "text")


def compute(store: Store, pair: Pair, viewer: str | None = None, recent: int = DEFAULT_RECENT) -> Balance:
    """The balance for the pair as ``viewer`` may see it (private learnings of others are not counted)."""
    sessions = visible_records(store.records(Session), viewer)
    skills = visible_records(store.records(SkillRecord), viewer)
    # who learned and when is all that is counted: read from the stored learnings, not built
    # (thousands after a few years)
    learnings = [(by or author or "", on or iso_date(created)) for _vis, author, by, _tags, _notable, on, created, _text
                 in visible_rows(store.columns(LearningRecord, LEARNING_COLUMNS), viewer)]
    return compute_from(pair, sessions, skills, learnings, recent)


def compute_from(pair: Pair, sessions: list[Session], skills: list[SkillRecord],
                 learnings: Sequence[tuple[str, _dt.date | None]], recent: int = DEFAULT_RECENT) -> Balance:
    """The balance of ``sessions``, ``skills`` and ``learnings`` (for each learning: the uuid
    of who learned, "" when unknown, and the day it was learned or written)."""
    directions = _directions(pair)
    sessions = sorted(sessions, key=session_order)
    skills_by_uuid = {s.uuid: s for s in skills}
    # where each session went and each skill's steps up, worked out once (the whole and the
    # recent split and the streak all read them)
    placed = [(session, session_directions(session, skills_by_uuid, directions)) for session in sessions]
    level_ups = _level_ups(skills, directions)
    recent = max(1, int(recent))
    last = placed[-recent:]
    since = session_day(last[0][0]) if last else None
    whole = _split(directions, placed, level_ups, learnings, None)
    if last:
        part = _split(directions, last, level_ups, learnings, since)
    else:
        part = _split(directions, [], [], [], None)
    streak, streak_dir = 0, None
    for _session, placed_in in reversed(placed):
        items = set(placed_in)
        if not items:
            continue  # nothing recorded as covered: it neither breaks nor extends a streak
        if len(items) > 1:
            break
        (only,) = items
        if streak_dir is None:
            streak_dir = only
        elif only != streak_dir:
            break
        streak += 1
    return Balance(directions, part, whole, recent, streak, streak_dir if streak else None)


def nudge(balance: Balance, names: Mapping[str, str]) -> str | None:
    """Our words for a run of sessions that all went the same way, or None."""
    if not balance.one_way or balance.streak_direction is None:
        return None
    teacher = names.get(balance.streak_direction.teacher, "one of you")
    learner = names.get(balance.streak_direction.learner, "the other")
    return (f"The last {balance.streak} sessions only went one way - {teacher} teaching {learner}. "
            f"Without meaning to, the swap is sliding into one-way tutoring: next time, let {learner} "
            f"teach something first.")


def bar(share: float | None, width: int = 20) -> str:
    """A two-sided bar: '█' for the first direction's share, '░' for the second's."""
    if share is None:
        return "·" * width
    left = round(max(0.0, min(1.0, share)) * width)
    return "█" * left + "░" * (width - left)


MEASURES = (("sessions", "sessions"), ("skills", "skill steps up"), ("learnings", "learnings logged"),
            ("minutes", "minutes"))


def status_lines(ctx: StatusContext) -> list[StatusLine]:
    from rmcoach.features.status import StatusLine

    if len(ctx.pair.people) < 2:
        return []
    balance = compute(ctx.store, ctx.pair, ctx.viewer)
    names = {p.uuid: p.name for p in ctx.pair.people}
    text = nudge(balance, names)
    return [StatusLine(text, "nudge", "balance")] if text else []
