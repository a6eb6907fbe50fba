"""Looking back together: the figures behind the review screen and the report.

Everything here is computed from the store for one viewer (a person uuid,
``privacy.TOGETHER`` or None for the shared view) and only ever reads what
that viewer may see.  :func:`report_markdown` renders the same content as
CommonMark for someone outside the pair.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping, cast

from rmcoach.features.balance import LEARNING_COLUMNS
from rmcoach.features.sessions import is_extra
from rmcoach.features.skills import LEVELS, level_history, session_day, session_order
from rmcoach.infra import clock
from rmcoach.infra.dates import fmt_date, iso_date
from rmcoach.records import RECORD_TYPES, tables
from rmcoach.records.agreement import Agreement
from rmcoach.records.base import Common, Record, Written
from rmcoach.records.coaching import Diagnosis, Retro
from rmcoach.records.model import Pair
from rmcoach.records.privacy import PRIVATE, SHARED, TOGETHER, visible_records, visible_rows
from rmcoach.records.sessions import Action, AgendaTopic, Reflection, Session
from rmcoach.records.skills import LearningRecord, SkillRecord
from rmcoach.records.trust import Exercise, HealthCheck, Readiness
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import md_inline, one_line
from rmcoach.infra.wording import plural

SPARKS = "▁▂▃▄▅▆▇█"
DECISIONS = {
    "renew": "renew for another round",
    "change-focus": "carry on with a new focus",
    "end": "end well, with thanks",
}


#: how many of the latest ratings a trend line draws: about half a year of weekly sessions.
#: Every session drawn made a line of hundreds of blocks after a few years, wrapped into a
#: wall nobody could read; the averages still cover every session.
TREND_SESSIONS = 20
#: the longest bar of the progress ladder (the largest count of any rung draws it)
BAR_WIDTH = 12


def sparkline(values: list[int], low: int = 1, high: int = 5) -> str:
    """A one-line chart of ratings, one block per session (empty for no data)."""
    out = []
    span = max(1, high - low)
    for v in values:
        v = min(high, max(low, v))
        out.append(SPARKS[round((v - low) / span * (len(SPARKS) - 1))])
    return "".join(out)


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

    @property
    def rated(self) -> int:
        """How many sessions this person rated (either rating)."""
        return max(len(self.useful), len(self.comfort))

    @property
    def useful_line(self) -> str:
        """The trend line of the latest :data:`TREND_SESSIONS` usefulness ratings."""
        return sparkline(self.useful[-TREND_SESSIONS:])

    @property
    def comfort_line(self) -> str:
        return sparkline(self.comfort[-TREND_SESSIONS:])

    @property
    def window_note(self) -> str:
        """What the lines show, when they leave older ratings out ("" when they show all)."""
        if self.rated <= TREND_SESSIONS:
            return ""
        return f"the latest {TREND_SESSIONS} of {self.rated} rated sessions; the averages cover all {self.rated}"


def ladder_bar(count: int, largest: int, width: int = BAR_WIDTH) -> str:
    """A bar for one rung of the progress ladder: one block per skill while every rung
    fits in ``width`` blocks, else in proportion to the ``largest`` count shown beside it
    (a rung with any skill on it keeps at least one block)."""
    if count <= 0:
        return ""
    return "■" * max(1, round(count / max(largest, width) * width))


@dataclass
class Direction:
    teacher: str
    learner: str
    start_levels: Counter[str] = field(default_factory=Counter)
    now_levels: Counter[str] = field(default_factory=Counter)
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
    retro: Retro | None
    planned_end_passed: bool
    private_items: list[Event] = field(default_factory=list)
    extra: int = 0  # meetings besides the rhythm (not counted in ``held``)

    @property
    def kept(self) -> str:
        besides = f", and {plural(self.extra, 'extra meeting')}" if self.extra else ""
        if not self.scheduled:
            return f"{plural(self.held, 'session')} held (no schedule to compare with){besides}"
        if self.held >= self.scheduled:  # sessions logged without a number can outrun the count
            return (f"{plural(self.held, 'session')} held, for {self.scheduled} scheduled so far: "
                    f"every one kept{besides}")
        pct = round(100 * self.held / self.scheduled)
        return f"{self.held} of {self.scheduled} scheduled sessions held ({pct}%){besides}"


def _names(pair: Pair) -> dict[str, str]:
    return {p.uuid: p.name for p in pair.people}


def latest_retro(store: Store, viewer: str | None) -> Retro | None:
    """The closing retrospective ``viewer`` may see (the one changed last, if two laptops each held one)."""
    retros = visible_records(store.records(Retro), viewer)
    return max(retros, key=lambda r: r.updated or "") if retros else None


def build_review(store: Store, pair: Pair, viewer: str | None, now: _dt.datetime | None = None) -> Review:
    now = now or clock.now()
    names = _names(pair)
    sessions = sorted(visible_records(store.records(Session), viewer), key=session_order)
    timeline: list[Event] = []

    # sessions held vs scheduled
    scheduled = None
    from rmcoach.features import checkins

    try:
        schedule = checkins.load_schedule(store)
    except Exception:  # a broken rule must not take the review down with it
        schedule = None
    if schedule is not None:
        start = _dt.datetime.combine(pair.start, _dt.time()).astimezone()
        scheduled = sum(1 for o in schedule.occurrences(start, now) if o.end <= now)
    for s in sessions:
        day = session_day(s)
        if day:
            topics = one_line(", ".join(c.topic for c in s.covered if c.topic), 80)
            timeline.append(Event(day, "session", f"Session held{': ' + topics if topics else ''}"))

    # agreement versions
    for version in store.records(Agreement):
        # when it was written, or acknowledged if that was earlier (a version written elsewhere and imported)
        acks = version.acks or {}
        acked = [d for d in (iso_date(v) for v in acks.values()) if d]
        day = min([d for d in [iso_date(version.created)] if d] + acked, default=None)
        if day:
            state = "acknowledged by both" if len(acks) >= 2 else "waiting for acknowledgement"
            timeline.append(Event(day, "agreement", f"Agreement version {version.version} ({state})"))

    # health checks (a round counts once; content stays private unless shared)
    rounds: dict[str, _dt.date] = {}
    for answer in store.records(HealthCheck):
        day = answer.on or iso_date(answer.created)  # the day it was answered
        key = answer.round or answer.uuid
        if day and (key not in rounds or day < rounds[key]):
            rounds[key] = day
    for day in rounds.values():
        timeline.append(Event(day, "health", "Health check"))

    # skills: levels then and now, level-ups per direction
    directions: dict[tuple[str, str], Direction] = {}
    for skill in visible_records(store.records(SkillRecord), viewer):
        t, lr = str(skill.teacher), str(skill.learner)
        d = directions.setdefault((t, lr), Direction(names.get(t, "?"), names.get(lr, "?")))
        history = level_history(skill)
        first = history[0].level if history else skill.level
        d.start_levels[LEVELS[first]] += 1
        d.now_levels[LEVELS[skill.level]] += 1
        previous = None
        for h in history:
            if previous is not None and h.level > previous:
                d.level_ups += 1
                if h.on:
                    timeline.append(Event(h.on, "skill", f"{skill.title or 'A skill'}: {LEVELS[h.level]}"))
            previous = h.level

    # learnings per person, notable ones on the timeline
    # (the few fields read here, not every learning built: thousands after a few years)
    learnings: Counter[str] = Counter()
    for _vis, _author, by, tags, notable, on, created, text in visible_rows(
            store.columns(LearningRecord, LEARNING_COLUMNS), viewer):  # the balance's projection too
        learnings[names.get(str(by), "?")] += 1
        # "notable" is a tag; a stored "notable" flag (not a field rmcoach writes) counts too
        if "notable" in tags or notable:
            day = on or iso_date(created)
            if day:
                timeline.append(Event(day, "learning", f"{names.get(str(by), '?')} learned: {text}"))

    # rating trends
    trends = {p.uuid: PersonTrend(p.name) for p in pair.people}
    for s in sessions:
        for person, r in (s.ratings or {}).items():
            if person in trends:
                if r.useful is not None:
                    trends[person].useful.append(r.useful)
                if r.comfort is not None:
                    trends[person].comfort.append(r.comfort)

    balance_lines = _balance_lines(store, pair, viewer)

    goals = _goals(store, pair, viewer, names)
    self_ratings = _self_ratings(store, pair, viewer)
    timeline.sort(key=lambda e: (e.on, e.kind))
    return Review(
        private_items=_private_items(store, viewer),
        pair=pair,
        viewer=viewer,
        held=sum(1 for s in sessions if not is_extra(s)),
        extra=sum(1 for s in sessions if is_extra(s)),
        scheduled=scheduled,
        timeline=timeline,
        trends=list(trends.values()),
        directions=list(directions.values()),
        learnings={p.name: learnings.get(p.name, 0) for p in pair.people},
        balance_lines=balance_lines,
        goals=goals,
        self_ratings=self_ratings,
        retro=latest_retro(store, viewer),
        planned_end_passed=bool(pair.end and now.date() >= pair.end),
    )


_PRIVATE_KINDS = {
    tables.REFLECTIONS: "Reflection",
    tables.READINESS: "Readiness reflection",
    tables.HEALTH_CHECKS: "Health-check answers",
    tables.DIAGNOSES: "Resistance diagnosis",
    tables.LEARNINGS: "Private learning",
    tables.ACTIONS: "Private action",
}


def _private_day(store: Store, rec: Record) -> _dt.date | None:
    if isinstance(rec, (Readiness, Exercise, HealthCheck, LearningRecord)):
        return rec.on
    if isinstance(rec, Session):
        return session_day(rec)
    if isinstance(rec, Reflection) and rec.session:
        # a reflection belongs to its session's day, not to the day it was typed
        session = store.record(Session, rec.session)
        return session_day(session) if session is not None else None
    return None


def _private_text(store: Store, rec: Record) -> str:
    if isinstance(rec, (Reflection, Action, AgendaTopic, LearningRecord)):
        return rec.text
    if isinstance(rec, Session):
        return rec.notes
    if isinstance(rec, Readiness):
        return rec.notes or _answers_text(rec.answers)
    if isinstance(rec, HealthCheck) and rec.answers is not None:
        from rmcoach.features import agreement, health

        goal_names = {g.id: g.goal for v in agreement.versions(store) for g in v.goals}
        return health.answers_line(rec.answers, goal_names)
    if isinstance(rec, Diagnosis):
        return _diagnosis_text(rec)
    return ""


def _diagnosis_text(rec: Diagnosis) -> str:
    """The technology and what the diagnosis concluded, on one line."""
    from rmcoach.tips import resistance

    tool = rec.tool or "a technology"
    try:
        found = resistance.diagnosis_from_dict(rec.result.to_dict() if rec.result else {})
    except ValueError:
        return tool
    return f"{rec.tool or found.tool}: {found.conclusion.headline}"


def _private_items(store: Store, viewer: str | None) -> list[Event]:
    """The viewer's own private items (only when one person is looking)."""
    if not viewer or viewer == TOGETHER:
        return []
    items = []
    for table, kind in RECORD_TYPES.items():
        if not issubclass(kind, Written):
            continue
        for rec in store.records_where(kind, "visibility", PRIVATE):  # only the private ones are built
            if rec.author != viewer:
                continue
            day = _private_day(store, rec) or iso_date(cast(Common, rec).created) or clock.today()
            kind_name = _PRIVATE_KINDS.get(table, table.replace("_", " ").capitalize())
            items.append(Event(day, kind_name, _private_text(store, rec)))
    return sorted(items, key=lambda e: (e.on, e.kind))


def _answers_text(answers: Mapping[str, Any]) -> str:
    parts = []
    for key, value in answers.items():
        if isinstance(value, (str, int)) and str(value).strip():
            parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def _balance_lines(store: Store, pair: Pair, viewer: str | None) -> list[str]:
    """How the exchange split over the whole relationship, one line per measure."""
    from rmcoach.features import balance

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


def _goals(store: Store, pair: Pair, viewer: str | None, names: dict[str, str]) -> list[Goal]:
    versions = sorted(store.records(Agreement), key=lambda v: v.version)
    if not versions:
        return []
    progress: dict[str, str] = {}
    from rmcoach.features import health

    labels: dict[str, str] = dict(health.GOAL_STATUS)
    try:
        progress = dict(health.latest_goal_progress(store, viewer))
    except Exception:  # a damaged health check must not take the review down with it
        progress = {}
    goals = []
    for g in versions[-1].goals:
        goals.append(Goal(
            person=names.get(g.person or "", "?"),
            goal=g.goal,
            success=g.success,
            target=fmt_date(g.target) if g.target else None,  # as the app shows dates everywhere
            status=labels.get(progress.get(g.id, ""), "no progress recorded yet"),
        ))
    return goals


def _self_ratings(store: Store, pair: Pair, viewer: str | None) -> list[str]:
    lines = []
    for person in pair.people:
        mine = sorted(
            (r for r in visible_records(store.records(Readiness), viewer) if r.author == person.uuid),
            key=lambda r: (r.on or iso_date(r.created) or _dt.date.min, r.created or ""),
        )
        if not mine:
            continue
        first, last = mine[0], mine[-1]

        def avg(rec: Readiness) -> float | None:
            values = list((rec.answers or {}).values())
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
            note = f"; {t.window_note}" if t.window_note else ""
            out.append(
                f"- {md_escape(t.name)}: usefulness `{t.useful_line or '-'}` (average {t.useful_avg}), "
                f"comfort `{t.comfort_line or '-'}` (average {t.comfort_avg}){note}"
            )
    if not any_ratings:
        out.append("- No ratings recorded yet.")
    out.append("")

    out += ["## Progress in each direction", ""]
    if review.directions:
        for d in review.directions:
            # the ladder in its own order, lowest rung first (not the order skills were met)
            then = ", ".join(f"{d.start_levels[lv]} {lv}" for lv in LEVELS if d.start_levels.get(lv))
            now = ", ".join(f"{d.now_levels[lv]} {lv}" for lv in LEVELS if d.now_levels.get(lv))
            out.append(f"- {md_escape(d.label)}: at the start {md_escape(then)}; now {md_escape(now)} "
                       f"({plural(d.level_ups, 'level-up')})")
    else:
        out.append("- No skills recorded yet.")
    for name, n in review.learnings.items():
        out.append(f"- {md_escape(name)} logged {plural(n, 'learning')}")
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
        if r.keep_doing:
            out.append(f"- Keep doing: {md_escape(r.keep_doing)}")
        names_by_uuid = {p.uuid: p.name for p in pair.people}
        for person, text in (r.learned_most or {}).items():
            if text:
                out.append(f"- What {md_escape(names_by_uuid.get(person, '?'))} learned most: {md_escape(text)}")
        if r.decision:
            out.append(f"- Decision: {md_escape(DECISIONS.get(r.decision, r.decision))}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def save_retro(store: Store, *, keep_doing: str, learned_most: dict[str, str], decision: str, author: str | None) -> dict[str, Any]:
    if decision not in DECISIONS:
        raise ValueError(f"The decision must be one of: {', '.join(DECISIONS)}.")
    fields = {"keep_doing": keep_doing, "learned_most": learned_most, "decision": decision,
              "author": author, "visibility": SHARED}
    existing = store.records(Retro)
    if existing:
        return store.update(tables.RETROS, existing[0].uuid, fields, keep_history=True, by=author)
    return store.insert(tables.RETROS, fields)
