"""Relationship health checks: each person answers separately, privately,
until they choose to share.  Due at the mid-point of the planned time and
every three months since the last round (or since the start)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from rmcoach.infra import clock, validate
from rmcoach.records import tables
from rmcoach.records.model import Pair
from rmcoach.records.privacy import PRIVATE, SHARED, visible_records
from rmcoach.records.trust import HealthAnswers, HealthCheck
from rmcoach.storage.store import Store, StoreError, new_uuid

if TYPE_CHECKING:
    from rmcoach.features.status import StatusContext, StatusLine

TABLE = tables.HEALTH_CHECKS
FREQUENCY = {"too_often": "too often", "right": "about right", "too_rare": "too rare"}
GOAL_STATUS = {"not_started": "not started", "some": "some progress", "good": "good progress", "achieved": "achieved"}
RATINGS = {
    "follow_up": "Actions we agree are followed up",
    "safe": "I feel safe to speak openly",
    "two_way": "The exchange feels two-way",
}
TEXTS = {
    "like_most": "What I like most about our sessions",
    "like_least": "What I like least, or would change",
    "skills_growing": "Which skills are growing (mine or yours)",
}
ROUND_OPEN_DAYS = 30  # a second person's answers within this many days join the same round
MID_GRACE_DAYS = 14  # a round this close before the mid-point counts as the mid-point check
EVERY_MONTHS = 3


#: answers with nothing given (a record without answers reads as this)
NO_ANSWERS = HealthAnswers.load({})


class HealthError(StoreError):
    exit_code = 1


def check_answers(raw: Mapping[str, Any], goal_ids: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Validate one person's answers; (answers, errors by question key or "goal:<id>")."""
    answers: dict[str, Any] = {}
    errors: dict[str, str] = {}
    freq = raw.get("frequency")
    if freq not in FREQUENCY:
        errors["frequency"] = "Choose too often, about right or too rare."
    else:
        answers["frequency"] = freq
    for key, label in RATINGS.items():
        try:
            answers[key] = validate.rating(raw.get(key, ""), what=label)
        except validate.Invalid as exc:
            errors[key] = str(exc)
    for key, label in TEXTS.items():
        try:
            answers[key] = validate.long_text(str(raw.get(key) or ""), what=label, limit=1000)
        except validate.Invalid as exc:
            errors[key] = str(exc)
    goals_raw = raw.get("goals") or {}
    goals: dict[str, str] = {}
    for gid in goal_ids:
        status = goals_raw.get(gid)
        if status not in GOAL_STATUS:
            errors[f"goal:{gid}"] = "Choose how far this goal has come."
        else:
            goals[gid] = status
    answers["goals"] = goals
    return answers, errors


# --------------------------------------------------------------------------- rounds
@dataclass
class Round:
    id: str
    on: _dt.date
    records: list[HealthCheck] = field(default_factory=list)

    def by(self, person_uuid: str) -> HealthCheck | None:
        for r in self.records:
            if r.author == person_uuid:
                return r
        return None


def _on(record: HealthCheck) -> _dt.date:
    return record.on or clock.today()


def rounds(store: Store) -> list[Round]:
    """Every round (visible or not: for dates only), oldest first."""
    found: dict[str, Round] = {}
    ordered = sorted(store.records(HealthCheck), key=lambda r: (r.on.isoformat() if r.on else "", r.created or ""))
    for record in ordered:
        rid = str(record.round)
        if rid not in found:
            found[rid] = Round(rid, _on(record))
        found[rid].records.append(record)
    return sorted(found.values(), key=lambda r: r.on)


def open_round_for(store: Store, author: str, today: _dt.date | None = None) -> Round | None:
    """The latest round this person may still join (the other answered recently, they have not)."""
    today = today or clock.today()
    all_rounds = rounds(store)
    if not all_rounds:
        return None
    last = all_rounds[-1]
    if last.by(author) is None and (today - last.on).days <= ROUND_OPEN_DAYS:
        return last
    return None


def own_answers_in_open_round(store: Store, author: str, today: _dt.date | None = None) -> HealthCheck | None:
    """This person's answers in the latest round, if that round is still open for editing."""
    today = today or clock.today()
    all_rounds = rounds(store)
    if not all_rounds:
        return None
    last = all_rounds[-1]
    mine = last.by(author)
    if mine is not None and (today - last.on).days <= ROUND_OPEN_DAYS:
        return mine
    return None


def save_answers(store: Store, pair: Pair, author: str, answers: Mapping[str, Any], *,
                 on: _dt.date | None = None) -> HealthCheck:
    """Save one person's answers, private to them: join the open round, update
    their own answers in it, or start a new round."""
    person = pair.person(author)
    if person is None or person.uuid != author:
        raise HealthError("Only one of the pair can answer a health check.")
    on = on or clock.today()
    with store.transaction():
        mine = own_answers_in_open_round(store, author, on)
        if mine is not None:
            return HealthCheck.from_dict(store.update(TABLE, mine.uuid, {"answers": dict(answers)},
                                                      keep_history=True, by=author))
        joined = open_round_for(store, author, on)
        round_id = joined.id if joined else new_uuid()
        return HealthCheck.from_dict(store.insert(TABLE, {"round": round_id, "author": author, "visibility": PRIVATE,
                                                          "answers": dict(answers), "on": on.isoformat()}))


def latest_private(store: Store, author: str) -> HealthCheck | None:
    """The newest answers of ``author`` not yet shared (what "share my answers" shares)."""
    private = [r for r in store.records(HealthCheck) if r.author == author and r.visibility != SHARED]
    private.sort(key=lambda r: (r.on.isoformat() if r.on else "", r.created or ""))
    return private[-1] if private else None


def share(store: Store, record_uuid: str, by: str) -> HealthCheck:
    """The author chooses to share their answers with the other person."""
    record = store.record(HealthCheck, record_uuid)
    if record is None:
        raise HealthError("Those answers no longer exist.")
    if record.author != by:
        raise HealthError("Only the person who gave these answers can share them.")
    if record.visibility == SHARED:
        return record
    return HealthCheck.from_dict(store.update(TABLE, record_uuid, {"visibility": SHARED}))


def history(store: Store, viewer: str | None) -> list[Round]:
    """Rounds, newest first, holding only the answers the viewer may see."""
    return [Round(r.id, r.on, visible_records(r.records, viewer)) for r in reversed(rounds(store))]


def latest_goal_progress(store: Store, viewer: str | None) -> dict[str, str]:
    """goal id -> status from the latest round with answers the viewer may see.

    Where both people rated a goal, the goal owner's own rating wins.
    """
    from rmcoach.features import agreement

    owners = {g.id: g.person for v in agreement.versions(store) for g in v.goals}
    for r in history(store, viewer):
        if not r.records:
            continue
        result: dict[str, str] = {}
        for rec in sorted(r.records, key=lambda x: x.created or ""):
            goals = rec.answers.goals if rec.answers else None
            for gid, status in (goals or {}).items():
                if gid not in result or owners.get(gid) == rec.author:
                    result[gid] = status
        return result
    return {}


# --------------------------------------------------------------------------- due dates
def next_due(pair: Pair, round_dates: list[_dt.date]) -> _dt.date | None:
    """When the next health check is due (may be in the past: due now), None when no more are planned."""
    from dateutil.relativedelta import relativedelta

    last = max(round_dates) if round_dates else None
    every = (last or pair.start) + relativedelta(months=EVERY_MONTHS)
    candidates = [every]
    if pair.end and pair.end > pair.start:
        mid = pair.start + (pair.end - pair.start) / 2
        if last is None or last < mid - _dt.timedelta(days=MID_GRACE_DAYS):
            candidates.append(mid)
    due = min(candidates)
    if pair.end and due > pair.end:
        return None
    return due


def due_date(store: Store, pair: Pair) -> _dt.date | None:
    return next_due(pair, [r.on for r in rounds(store)])


def status_lines(ctx: StatusContext) -> list[StatusLine]:
    from rmcoach.infra.dates import fmt_date
    from rmcoach.features.status import StatusLine

    due = due_date(ctx.store, ctx.pair)
    today = ctx.now.date()
    if due is None:
        return [StatusLine("No more health checks planned before the planned end", "info", "trust")]
    if due <= today:
        return [StatusLine("A relationship health check is due now", "nudge", "trust")]
    return [StatusLine(f"Next health check due {fmt_date(due)}", "info", "trust")]


def demo(store: Store, pair: Pair, today: _dt.date) -> None:
    """One round at the mid-point: the senior person's answers shared, the junior's still private."""
    from rmcoach.features import agreement

    senior, junior = pair.people[0].uuid, pair.people[1].uuid
    goals = agreement.current_goals(store)
    mid = pair.start + ((pair.end or pair.start + _dt.timedelta(weeks=26)) - pair.start) / 2
    mid = min(mid, today)
    statuses = ["good", "some", "some", "not_started"]
    senior_goals = {g.id: statuses[i % len(statuses)] for i, g in enumerate(goals)}
    junior_goals = {g.id: statuses[(i + 1) % len(statuses)] for i, g in enumerate(goals)}
    rid = new_uuid()
    store.insert(TABLE, {"round": rid, "author": senior, "visibility": SHARED, "on": mid.isoformat(), "answers": {
        "frequency": "right", "follow_up": 4, "safe": 5, "two_way": 4,
        "like_most": "Trying things with Sam beside me - no question is silly.",
        "like_least": "We overrun when clinic runs late.",
        "skills_growing": "Video clinics, portal inbox. Sam's case presentations are sharper.",
        "goals": senior_goals,
    }})
    store.insert(TABLE, {"round": rid, "author": junior, "visibility": PRIVATE, "on": mid.isoformat(), "answers": {
        "frequency": "right", "follow_up": 3, "safe": 3, "two_way": 4,
        "like_most": "Hearing how Margaret thinks through a case.",
        "like_least": "I still hold back when I think she is wrong about the EPR.",
        "skills_growing": "Presenting to senior staff.",
        "goals": junior_goals,
    }})


def answers_line(answers: HealthAnswers, goal_names: Mapping[str, str] | None = None) -> str:
    """One person's answers on one line, each under its question's label (for a list of notes)."""
    parts: list[str] = []
    if answers.frequency:
        parts.append(f"Meeting frequency: {FREQUENCY.get(answers.frequency, answers.frequency)}")
    for key, label in RATINGS.items():
        rating = getattr(answers, key)
        if rating is not None:
            parts.append(f"{label}: {rating}/5")
    for key, label in TEXTS.items():
        text = getattr(answers, key)
        if text:
            parts.append(f"{label}: {text}")
    for gid, status in (answers.goals or {}).items():
        what = (goal_names or {}).get(gid) or "a goal no longer in the agreement"
        parts.append(f"Goal \u201c{what}\u201d: {GOAL_STATUS.get(status, status)}")
    return "; ".join(parts)


def render_history(store: Store, pair: Pair, viewer: str | None) -> str:
    """Past rounds as plain text for ``viewer``: their own answers and the other's only if shared."""
    from rmcoach.features import agreement
    from rmcoach.infra.dates import fmt_date

    goals = {g.id: g for v in agreement.versions(store) for g in v.goals}
    found = history(store, viewer)
    if not found:
        return "No health checks yet."
    lines: list[str] = []
    for r in found:
        lines.append(f"Round of {fmt_date(r.on)}")
        for person in pair.people:
            rec = r.by(person.uuid)
            if rec is None:
                lines.append(f"  {person.name}: not answered, or kept private")
                continue
            shared = "shared" if rec.visibility == SHARED else "private to you"
            a = rec.answers or NO_ANSWERS
            lines.append(f"  {person.name} ({shared}):")
            lines.append(f"    Meeting frequency: {FREQUENCY.get(a.frequency or '', '-')}")
            for key, label in RATINGS.items():
                rating = getattr(a, key)
                lines.append(f"    {label}: {'-' if rating is None else rating}/5")
            for key, label in TEXTS.items():
                text = getattr(a, key)
                if text:
                    lines.append(f"    {label}: {text}")
            for gid, status in (a.goals or {}).items():
                goal = goals.get(gid)
                what = goal.goal if goal else "a goal no longer in the agreement"
                lines.append(f"    Goal \"{what}\": {GOAL_STATUS.get(status, status)}")
        lines.append("")
    return "\n".join(lines).rstrip()
