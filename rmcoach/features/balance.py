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

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from rmcoach.records.privacy import visible

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
    since: str | None = None  # first day of the stretch, None = the whole relationship

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


def _directions(pair: Any) -> tuple[Direction, Direction]:
    a, b = pair.people[0].uuid, pair.people[1].uuid
    return Direction(a, b), Direction(b, a)


def session_directions(session: Mapping[str, Any], skills_by_uuid: Mapping[str, Mapping[str, Any]],
                       valid: Iterable[Direction]) -> list[Direction]:
    """One Direction per covered item of a session (items that cannot be placed are skipped)."""
    allowed = set(valid)
    out: list[Direction] = []
    covered = session.get("covered")
    if not isinstance(covered, list):
        return out
    for item in covered:
        if not isinstance(item, dict):
            continue
        teacher, learner = item.get("teacher"), item.get("learner")
        if not (teacher and learner):
            skill = skills_by_uuid.get(str(item.get("skill") or ""))
            if skill:
                teacher, learner = skill.get("teacher"), skill.get("learner")
        direction = Direction(str(teacher), str(learner))
        if direction in allowed:
            out.append(direction)
    return out


def _minutes(session: Mapping[str, Any]) -> float:
    try:
        value = float(session.get("minutes") or 0)
    except (TypeError, ValueError):
        return 0.0
    return value if value > 0 else 0.0


def _split(directions: tuple[Direction, Direction], sessions: list[Mapping[str, Any]],
           skills: list[Mapping[str, Any]], learnings: list[Mapping[str, Any]],
           skills_by_uuid: Mapping[str, Mapping[str, Any]], since: str | None) -> Split:
    split = Split(since=since)
    for d in directions:
        split.sessions[d] = split.skills[d] = split.learnings[d] = 0
        split.minutes[d] = 0.0
    for session in sessions:
        split.session_count += 1
        items = session_directions(session, skills_by_uuid, directions)
        for d in set(items):
            split.sessions[d] += 1
        minutes = _minutes(session)
        if items and minutes:
            for d in items:
                split.minutes[d] += minutes / len(items)
    for skill in skills:
        d = Direction(str(skill.get("teacher")), str(skill.get("learner")))
        if d not in split.skills:
            continue
        previous = None
        for change in sorted((c for c in skill.get("levels") or [] if isinstance(c, dict)),
                             key=lambda c: str(c.get("on") or "")):
            level = change.get("level")
            if not isinstance(level, int):
                continue
            on = str(change.get("on") or "")
            if previous is not None and level > previous and (since is None or on >= since):
                split.skills[d] += 1
            previous = level
    people = {d.learner: d for d in directions}
    for learning in learnings:
        d = people.get(str(learning.get("by") or learning.get("author") or ""))
        on = str(learning.get("on") or str(learning.get("created") or "")[:10])
        if d is not None and (since is None or on >= since):
            split.learnings[d] += 1
    return split


def compute(store: Any, pair: Any, viewer: str | None = None, recent: int = DEFAULT_RECENT) -> Balance:
    """The balance for the pair as ``viewer`` may see it (private learnings of others are not counted)."""
    sessions = sorted(visible(store.all("sessions"), viewer), key=lambda s: str(s.get("date") or ""))
    skills = visible(store.all("skills"), viewer)
    learnings = visible(store.all("learnings"), viewer)
    return compute_from(pair, sessions, skills, learnings, recent)


def compute_from(pair: Any, sessions: list[Mapping[str, Any]], skills: list[Mapping[str, Any]],
                 learnings: list[Mapping[str, Any]], recent: int = DEFAULT_RECENT) -> Balance:
    directions = _directions(pair)
    sessions = sorted(sessions, key=lambda s: str(s.get("date") or ""))
    skills_by_uuid = {str(s.get("uuid")): s for s in skills}
    recent = max(1, int(recent))
    last = sessions[-recent:]
    since = str(last[0].get("date") or "")[:10] if last else None
    whole = _split(directions, sessions, skills, learnings, skills_by_uuid, None)
    if last:
        part = _split(directions, last, skills, learnings, skills_by_uuid, since)
    else:
        part = _split(directions, [], [], [], skills_by_uuid, None)
    streak, streak_dir = 0, None
    for session in reversed(sessions):
        items = set(session_directions(session, skills_by_uuid, directions))
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


def status_lines(ctx: Any) -> list[Any]:
    from rmcoach.features.status import StatusLine

    if len(ctx.pair.people) < 2:
        return []
    balance = compute(ctx.store, ctx.pair, ctx.viewer)
    names = {p.uuid: p.name for p in ctx.pair.people}
    text = nudge(balance, names)
    return [StatusLine(text, "nudge", "x")] if text else []
