"""Looking back together: the figures behind the review screen and the report.

Everything here is computed from the store for one viewer (a person uuid,
``privacy.TOGETHER`` or None for the shared view) and only ever reads what
that viewer may see.  :func:`report_markdown` renders the same content as
CommonMark for someone outside the pair.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rmcoach.infra import clock
from rmcoach.infra.dates import fmt_date
from rmcoach.records.model import Pair
from rmcoach.records.privacy import can_see
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import md_inline, one_line

LEVELS = ("not started", "seen it shown", "tried with help", "does it alone", "can teach it back")
SPARKS = "▁▂▃▄▅▆▇█"
DECISIONS = {
    "renew": "renew for another round",
    "change-focus": "carry on with a new focus",
    "end": "end well, with thanks",
}


def sparkline(values: list[int], low: int = 1, high: int = 5) -> str:
    """A one-line chart of ratings, one block per session (empty for no data)."""
    out = []
    span = max(1, high - low)
    for v in values:
        v = min(high, max(low, v))
        out.append(SPARKS[round((v - low) / span * (len(SPARKS) - 1))])
    return "".join(out)


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(f"rmcoach.{module}")
    except ModuleNotFoundError:
        return None


def _date(value: Any) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Event:
    on: _dt.date
    kind: str
    text: str


@dataclass
class PersonTrend:
    name: str
    useful: list[int] = field(default_factory=list)
    comfort: list[int] = field(default_factory=list)

    @staticmethod
    def _avg(values: list[int]) -> float | None:
        return round(sum(values) / len(values), 1) if values else None

    @property
    def useful_avg(self) -> float | None:
        return self._avg(self.useful)

    @property
    def comfort_avg(self) -> float | None:
        return self._avg(self.comfort)


@dataclass
class Direction:
    teacher: str
    learner: str
    start_levels: Counter = field(default_factory=Counter)
    now_levels: Counter = field(default_factory=Counter)
    level_ups: int = 0

    @property
    def label(self) -> str:
        return f"{self.teacher} teaches {self.learner}"


@dataclass
class Goal:
    person: str
    goal: str
    success: str
    target: str | None
    status: str


def _target_label(value: Any) -> str | None:
    """A goal's target date as the app shows dates everywhere ("Tue 3 Nov 2026")."""
    if not value:
        return None
    try:
        return fmt_date(_dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


@dataclass
class Review:
    pair: Pair
    viewer: str | None
    held: int
    scheduled: int | None
    timeline: list[Event]
    trends: list[PersonTrend]
    directions: list[Direction]
    learnings: dict[str, int]
    balance_lines: list[str]
    goals: list[Goal]
    self_ratings: list[str]
    retro: dict[str, Any] | None
    planned_end_passed: bool
    private_items: list[Event] = field(default_factory=list)

    @property
    def kept(self) -> str:
        if not self.scheduled:
            return f"{self.held} session{'' if self.held == 1 else 's'} held (no schedule to compare with)"
        pct = round(100 * min(self.held, self.scheduled) / self.scheduled)
        return f"{self.held} of {self.scheduled} scheduled sessions held ({pct}%)"


def _names(pair: Pair) -> dict[str, str]:
    return {p.uuid: p.name for p in pair.people}


def build_review(store: Store, pair: Pair, viewer: str | None, now: _dt.datetime | None = None) -> Review:
    now = now or clock.now()
    names = _names(pair)
    sessions = sorted(
        (s for s in store.all("sessions") if can_see(s, viewer)), key=lambda s: str(s.get("date", ""))
    )
    timeline: list[Event] = []

    # sessions held vs scheduled
    scheduled = None
    checkins = _optional("checkins")
    if checkins is not None:
        try:
            schedule = checkins.load_schedule(store)
        except Exception:  # a broken rule must not take the review down with it
            schedule = None
        if schedule is not None:
            start = _dt.datetime.combine(pair.start, _dt.time()).astimezone()
            scheduled = sum(1 for o in schedule.occurrences(start, now) if o.end <= now)
    for s in sessions:
        day = _date(s.get("date"))
        if day:
            covered = s.get("covered") or []
            topics = one_line(", ".join(str(c.get("topic") or "") for c in covered if c.get("topic")), 80)
            timeline.append(Event(day, "session", f"Session held{': ' + topics if topics else ''}"))

    # agreement versions
    for version in store.all("agreements"):
        # when it was written, or acknowledged if that was earlier (a version written elsewhere and imported)
        acked = [d for d in (_date(v) for v in (version.get("acks") or {}).values()) if d]
        day = min([d for d in [_date(version.get("created"))] if d] + acked, default=None)
        if day:
            acks = version.get("acks") or {}
            state = "acknowledged by both" if len(acks) >= 2 else "waiting for acknowledgement"
            timeline.append(Event(day, "agreement", f"Agreement version {version.get('version')} ({state})"))

    # health checks (a round counts once; content stays private unless shared)
    rounds: dict[str, _dt.date] = {}
    for answer in store.all("health_checks"):
        day = _date(answer.get("on")) or _date(answer.get("created"))  # the day it was answered
        key = str(answer.get("round") or answer["uuid"])
        if day and (key not in rounds or day < rounds[key]):
            rounds[key] = day
    for day in rounds.values():
        timeline.append(Event(day, "health", "Health check"))

    # skills: levels then and now, level-ups per direction
    directions: dict[tuple[str, str], Direction] = {}
    for skill in store.all("skills"):
        if not can_see(skill, viewer):
            continue
        t, lr = skill.get("teacher"), skill.get("learner")
        key = (str(t), str(lr))
        d = directions.setdefault(key, Direction(names.get(t, "?"), names.get(lr, "?")))
        history = sorted(skill.get("levels") or [], key=lambda h: str(h.get("on", "")))
        first = history[0]["level"] if history else skill.get("level", 0)
        d.start_levels[LEVELS[_clamp(first)]] += 1
        d.now_levels[LEVELS[_clamp(skill.get("level", 0))]] += 1
        previous = None
        for h in history:
            lv = _clamp(h.get("level", 0))
            if previous is not None and lv > previous:
                d.level_ups += 1
                day = _date(h.get("on"))
                if day:
                    timeline.append(Event(day, "skill", f"{skill.get('title', 'A skill')}: {LEVELS[lv]}"))
            previous = lv

    # learnings per person, notable ones on the timeline
    learnings = Counter()
    for item in store.all("learnings"):
        if not can_see(item, viewer):
            continue
        learnings[names.get(item.get("by"), "?")] += 1
        if "notable" in (item.get("tags") or []) or item.get("notable"):
            day = _date(item.get("on") or item.get("created"))
            if day:
                timeline.append(Event(day, "learning", f"{names.get(item.get('by'), '?')} learned: {item.get('text', '')}"))

    # rating trends
    trends = {p.uuid: PersonTrend(p.name) for p in pair.people}
    for s in sessions:
        for person, r in (s.get("ratings") or {}).items():
            if person in trends and isinstance(r, dict):
                if isinstance(r.get("useful"), int):
                    trends[person].useful.append(r["useful"])
                if isinstance(r.get("comfort"), int):
                    trends[person].comfort.append(r["comfort"])

    balance_lines = _balance_lines(store, pair, viewer)

    goals = _goals(store, pair, viewer, names)
    self_ratings = _self_ratings(store, pair, viewer)
    retros = [r for r in store.all("retros") if can_see(r, viewer)]
    retro = max(retros, key=lambda r: str(r.get("updated", ""))) if retros else None
    timeline.sort(key=lambda e: (e.on, e.kind))
    return Review(
        private_items=_private_items(store, viewer),
        pair=pair,
        viewer=viewer,
        held=len(sessions),
        scheduled=scheduled,
        timeline=timeline,
        trends=list(trends.values()),
        directions=list(directions.values()),
        learnings={p.name: learnings.get(p.name, 0) for p in pair.people},
        balance_lines=balance_lines,
        goals=goals,
        self_ratings=self_ratings,
        retro=retro,
        planned_end_passed=bool(pair.end and now.date() >= pair.end),
    )


_PRIVATE_KINDS = {
    "reflections": "Reflection",
    "readiness": "Readiness reflection",
    "health_checks": "Health-check answers",
    "diagnoses": "Resistance diagnosis",
    "learnings": "Private learning",
    "actions": "Private action",
}


def _private_items(store: Store, viewer: str | None) -> list[Event]:
    """The viewer's own private items (only when one person is looking)."""
    from rmcoach.records.privacy import TOGETHER, is_private

    if not viewer or viewer == TOGETHER:
        return []
    items = []
    for table, docs in store.raw().items():
        if table.startswith("_"):
            continue
        for rec in docs.values():
            if rec.get("deleted") or not is_private(rec) or rec.get("author") != viewer:
                continue
            day = _date(rec.get("on") or rec.get("date") or rec.get("created")) or clock.today()
            text = rec.get("text") or rec.get("notes") or _answers_text(rec.get("answers"))
            items.append(Event(day, _PRIVATE_KINDS.get(table, table.replace("_", " ").capitalize()), str(text or "")))
    return sorted(items, key=lambda e: (e.on, e.kind))


def _answers_text(answers: Any) -> str:
    if not isinstance(answers, dict):
        return ""
    parts = []
    for key, value in answers.items():
        if isinstance(value, (str, int)) and str(value).strip():
            parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def _balance_lines(store: Store, pair: Pair, viewer: str | None) -> list[str]:
    """How the exchange split over the whole relationship, one line per measure."""
    balance = _optional("balance")
    if balance is None:
        return []
    b = balance.compute(store, pair, viewer)
    names = {p.uuid: p.name for p in pair.people}
    first, second = b.directions
    lines = []
    for measure, words in balance.MEASURES:
        share = b.whole.share(measure, first)
        if share is None:
            continue
        pct = round(share * 100)
        lines.append(f"{words.capitalize()}: {pct}% {names.get(first.teacher, '?')} teaching, "
                     f"{100 - pct}% {names.get(second.teacher, '?')} teaching")
    nudge = balance.nudge(b, names)
    if nudge:
        lines.append(nudge)
    return lines


def _clamp(level: Any) -> int:
    try:
        return min(4, max(0, int(level)))
    except (TypeError, ValueError):
        return 0


def _goals(store: Store, pair: Pair, viewer: str | None, names: dict[str, str]) -> list[Goal]:
    versions = sorted(store.all("agreements"), key=lambda v: int(v.get("version") or 0))
    if not versions:
        return []
    progress: dict[str, str] = {}
    health = _optional("health")
    labels: dict[str, str] = dict(getattr(health, "GOAL_STATUS", {}))
    if health is not None and hasattr(health, "latest_goal_progress"):
        try:
            progress = dict(health.latest_goal_progress(store, viewer))
        except Exception:
            progress = {}
    goals = []
    for g in versions[-1].get("goals") or []:
        goals.append(Goal(
            person=names.get(g.get("person"), "?"),
            goal=str(g.get("goal", "")),
            success=str(g.get("success", "")),
            target=_target_label(g.get("target")),
            status=labels.get(progress.get(str(g.get("id")), ""), "no progress recorded yet"),
        ))
    return goals


def _self_ratings(store: Store, pair: Pair, viewer: str | None) -> list[str]:
    lines = []
    for person in pair.people:
        mine = sorted(
            (r for r in store.all("readiness") if r.get("author") == person.uuid and can_see(r, viewer)),
            key=lambda r: (str(r.get("on") or r.get("created") or "")[:10], str(r.get("created", ""))),
        )
        if not mine:
            continue
        first, last = mine[0], mine[-1]

        def avg(rec: dict[str, Any]) -> float | None:
            values = [v for v in (rec.get("answers") or {}).values() if isinstance(v, int)]
            return round(sum(values) / len(values), 1) if values else None

        a, b = avg(first), avg(last)
        if a is None:
            continue
        if first is last:
            lines.append(f"{person.name}: started at {a} of 5 (not re-rated yet)")
        else:
            lines.append(f"{person.name}: {a} at the start, {b} now (of 5)")
    return lines


# --------------------------------------------------------------------------- report
md_escape = md_inline  # user text shown literally in CommonMark (one shared rule)


def report_markdown(review: Review) -> str:
    pair = review.pair
    names = " and ".join(md_escape(p.name) for p in pair.people)
    out: list[str] = [f"# {md_escape(pair.title)}: progress report", ""]
    out.append(f"The pair: {names}" + (f" ({md_escape(pair.context)})" if pair.context else "") + ".")
    span = f"Started {fmt_date(pair.start)}"
    if pair.end:
        span += f", planned to run until {fmt_date(pair.end)}"
    out += [span + ".", "", f"Report written {fmt_date(clock.today())}.", ""]

    out += ["## Meeting rhythm", "", f"- {md_escape(review.kept)}", ""]

    out += ["## How the sessions felt", ""]
    any_ratings = False
    for t in review.trends:
        if t.useful or t.comfort:
            any_ratings = True
            out.append(
                f"- {md_escape(t.name)}: usefulness `{sparkline(t.useful) or '-'}` (average {t.useful_avg}), "
                f"comfort `{sparkline(t.comfort) or '-'}` (average {t.comfort_avg})"
            )
    if not any_ratings:
        out.append("- No ratings recorded yet.")
    out.append("")

    out += ["## Progress in each direction", ""]
    if review.directions:
        for d in review.directions:
            then = ", ".join(f"{n} {lv}" for lv, n in d.start_levels.items())
            now = ", ".join(f"{n} {lv}" for lv, n in d.now_levels.items())
            out.append(f"- {md_escape(d.label)}: at the start {md_escape(then)}; now {md_escape(now)} "
                       f"({d.level_ups} level-ups)")
    else:
        out.append("- No skills recorded yet.")
    for name, n in review.learnings.items():
        out.append(f"- {md_escape(name)} logged {n} learnings")
    for line in review.balance_lines:
        out.append(f"- {md_escape(line)}")
    out.append("")

    out += ["## Goals", ""]
    if review.goals:
        for g in review.goals:
            target = f", by {g.target}" if g.target else ""
            out.append(f"- {md_escape(g.person)}: {md_escape(g.goal)}{md_escape(target)} - {md_escape(g.status)}")
    else:
        out.append("- No goals agreed yet.")
    if review.self_ratings:
        out += ["", "Starting self-ratings against the latest:", ""]
        out += [f"- {md_escape(line)}" for line in review.self_ratings]
    out.append("")

    out += ["## Timeline", ""]
    if review.timeline:
        out += [f"- {fmt_date(e.on)}: {md_escape(e.text)}" for e in review.timeline]
    else:
        out.append("- Nothing recorded yet.")
    out.append("")

    if review.private_items:
        out += ["## My private notes", "", "Only in this copy: these are yours and nobody else sees them.", ""]
        out += [f"- {fmt_date(e.on)}, {md_escape(e.kind)}: {md_escape(e.text)}" for e in review.private_items]
        out.append("")

    if review.retro:
        r = review.retro
        out += ["## Closing retrospective", ""]
        if r.get("keep_doing"):
            out.append(f"- Keep doing: {md_escape(r['keep_doing'])}")
        names_by_uuid = {p.uuid: p.name for p in pair.people}
        for person, text in (r.get("learned_most") or {}).items():
            if text:
                out.append(f"- What {md_escape(names_by_uuid.get(person, '?'))} learned most: {md_escape(text)}")
        if r.get("decision"):
            out.append(f"- Decision: {md_escape(DECISIONS.get(r['decision'], r['decision']))}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def save_retro(store: Store, *, keep_doing: str, learned_most: dict[str, str], decision: str, author: str | None) -> dict[str, Any]:
    if decision not in DECISIONS:
        raise ValueError(f"The decision must be one of: {', '.join(DECISIONS)}.")
    fields = {"keep_doing": keep_doing, "learned_most": learned_most, "decision": decision,
              "author": author, "visibility": "shared"}
    existing = store.all("retros")
    if existing:
        return store.update("retros", existing[0]["uuid"], fields, keep_history=True, by=author)
    return store.insert("retros", fields)
