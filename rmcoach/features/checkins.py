"""Regular check-ins: the pair's schedule as the agreement sets it, single
sessions skipped or moved, who leads, and "where you stand" lines.

The agreement is the one place the rhythm lives (ARCHITECTURE.md): every
version of it in the ``agreements`` table carries ``logistics`` with the
cadence, the first session, the zone, the length and an ``effective_from``
date.  :func:`load_schedule` reads them as typed records (``records.agreement.Agreement``;
it does not depend on the agreement feature) and turns them into a
:class:`rmcoach.features.schedule.Schedule`:
the first version gives the first rule, and each later version that changes
the rhythm, time of day, length or zone starts a new rule from its
``effective_from`` date, so earlier sessions keep the earlier rhythm.
Skips and moves of single sessions live in the ``schedule_changes`` table.
"""

from __future__ import annotations

import datetime as _dt
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rmcoach.features.schedule import Cadence, Occurrence, Schedule, ScheduleRule, SessionChange, drift, lead_for
from rmcoach.features.sessions import is_extra
from rmcoach.infra import clock
from rmcoach.infra.dates import fmt_date, fmt_time, fmt_when, humanize_until
from rmcoach.records import tables
from rmcoach.records.agreement import Agreement, Logistics
from rmcoach.records.sessions import ScheduleChange, Session
from rmcoach.storage.store import Store

if TYPE_CHECKING:
    from rmcoach.records.model import Pair
    from rmcoach.features.status import StatusContext, StatusLine

NOTE_MAX = 200


# --------------------------------------------------------------------------- reading the agreement
def _parts(lg: Logistics) -> tuple[Cadence, _dt.datetime, int, str]:
    """The cadence, first session (naive local, to the minute), length and zone of one
    version's logistics; ValueError when the version does not set a rhythm."""
    c, first, minutes, tz = lg.cadence, lg.first, lg.minutes, lg.tz
    if not c or not first or not minutes or not tz:
        raise ValueError("This version of the agreement sets no meeting rhythm.")
    cadence = Cadence(kind=c.kind, interval=c.interval, weekday=c.weekday, nth=c.nth, rrule=c.rrule)
    return cadence, first.replace(tzinfo=None, second=0, microsecond=0), minutes, tz


def _signature(lg: Logistics) -> tuple[Any, ...]:
    """What makes a rhythm different: cadence, time of day, length, zone."""
    cadence, first, minutes, tz = _parts(lg)
    return (cadence, first.time(), minutes, tz)


def _until(lg: Logistics, start: _dt.datetime) -> _dt.date | None:
    """The version's planned end, unless it falls before ``start``."""
    until = lg.until or None
    return None if until is None or until < start.date() else until


def _rule(lg: Logistics, earliest: _dt.datetime | None = None) -> ScheduleRule:
    """A rule from one version's logistics, starting on the cadence on or after
    ``earliest`` (default: the version's first session)."""
    cadence, first, minutes, tz = _parts(lg)
    start = ScheduleRule.first_on_or_after(cadence, max(first, earliest) if earliest else first)
    return ScheduleRule(cadence=cadence, start=start, tz=tz, minutes=minutes, until=_until(lg, start))


def _usable_versions(store: Store) -> list[Logistics]:
    out = []
    for record in sorted(store.records(Agreement), key=lambda a: a.version):
        lg = record.logistics
        if not lg:
            continue
        try:
            _signature(lg)
        except ValueError:
            continue
        out.append(lg)
    return out


def _changes(store: Store) -> tuple[SessionChange, ...]:
    found: dict[_dt.datetime, SessionChange] = {}
    for record in sorted(store.records(ScheduleChange), key=lambda r: r.updated or ""):
        if not record.original:
            continue
        try:
            change = SessionChange(original=record.original, kind=record.kind, new_start=record.new_start or None,
                                   new_minutes=record.new_minutes or None, note=record.note)
        except ValueError:
            continue
        found[change.original] = change
    return tuple(found.values())


def schedule_from_versions(versions: list[Logistics],
                           changes: tuple[SessionChange, ...] = ()) -> Schedule | None:
    """Build the schedule from the agreement versions' logistics, in version order."""
    schedule: Schedule | None = None
    previous: tuple[Any, ...] | None = None
    for lg in versions:
        try:
            signature = _signature(lg)
            if schedule is None:
                schedule = Schedule.single(_rule(lg))
            elif signature != previous:
                first = _parts(lg)[1]
                effective = lg.effective_from or first.date()
                rule = _rule(lg, _dt.datetime.combine(effective, first.time()))
                schedule = schedule.change_rule_from(effective, rule)
            else:
                last = schedule.rules[-1]
                schedule = replace(schedule, rules=schedule.rules[:-1] + (replace(last, until=_until(lg, last.start)),))
        except (TypeError, ValueError):
            continue
        previous = signature
    if schedule is None:
        return None
    schedule = _limit_sessions(schedule, versions[-1].sessions)
    return replace(schedule, changes=tuple(changes))


def _limit_sessions(schedule: Schedule, total: int | None) -> Schedule:
    """The agreement's number of sessions counts across every rule."""
    if not total:
        return schedule
    earlier = 0
    for i in range(len(schedule.rules) - 1):
        originals = schedule.rule_originals(i)
        earlier += len(originals or ())
    last = schedule.rules[-1]
    try:
        rule = replace(last, count=max(1, total - earlier))
    except ValueError:
        return schedule
    return replace(schedule, rules=schedule.rules[:-1] + (rule,))


# each store's schedule and the generation of its data it was built from; a store that
# goes away takes its entry with it
_SCHEDULES: weakref.WeakKeyDictionary[Store, tuple[int, Schedule | None]] = weakref.WeakKeyDictionary()


def load_schedule(store: Store) -> Schedule | None:
    """The pair's schedule from every agreement version plus skips and moves;
    None when no agreement sets a rhythm yet.  Built once per version of the
    store's data (schedules are immutable, and remember the sessions they walked)."""
    def build() -> Schedule | None:
        versions = _usable_versions(store)
        return schedule_from_versions(versions, _changes(store)) if versions else None
    # rebuilt only when the agreement or the session changes do: a saved learning or
    # session leaves it (and the sessions it has already walked) as it was
    return store.derived("checkins:schedule", build, tables=(tables.AGREEMENTS, tables.SCHEDULE_CHANGES))


def rhythm_hint(area_key: str | None = None) -> str:
    """How to set the rhythm, for empty states."""
    # `rmcoach agreement` only prints the agreement; it is edited in the app
    where = (f"press {area_key} on the home screen" if area_key else
             f"open the app (`rmcoach`), press {AGREEMENT_KEYS[0]} for Trust and agreement, "
             f"{AGREEMENT_KEYS[1]} for the Agreement tab and {AGREEMENT_KEYS[2]} to edit it")
    return ("No meeting rhythm is set yet. It lives in your agreement (how often, what time, "
            f"how long): {where} to set it.")


#: the app keys from the home screen to editing the agreement: the Trust and agreement area,
#: its Agreement tab, Edit (tests check them against the real bindings)
AGREEMENT_KEYS = ("t", "a", "e")


# --------------------------------------------------------------------------- skip and move
def _naive(dt: _dt.datetime) -> _dt.datetime:
    return dt.replace(tzinfo=None, second=0, microsecond=0, fold=0)


def _find_upcoming(schedule: Schedule, when: _dt.datetime) -> Occurrence:
    occ = schedule.find(when)
    if occ is None or schedule.is_skipped(occ.original_start):
        shown = fmt_when(when)
        raise ValueError(f"There is no planned session at {shown} — pick one from the list of upcoming sessions.")
    return occ


def _save_change(store: Store, change: SessionChange) -> dict[str, Any]:
    fields = change.to_dict()
    with store.transaction():
        for record in store.records(ScheduleChange):
            if record.original == change.original:
                return store.update(tables.SCHEDULE_CHANGES, record.uuid, fields)
        return store.insert(tables.SCHEDULE_CHANGES, fields)


def _check_note(note: str) -> str:
    from rmcoach.infra import validate

    try:
        return validate.short_text(note, what="The note", limit=NOTE_MAX)
    except validate.Invalid as exc:
        raise ValueError(str(exc)) from None


def skip_session(store: Store, when: _dt.datetime, note: str = "",
                 now: _dt.datetime | None = None) -> SessionChange:
    """Leave out the session at ``when`` (its planned start, naive local or aware)."""
    schedule = load_schedule(store)
    if schedule is None:
        raise ValueError(rhythm_hint())
    note = _check_note(note)
    occ = _find_upcoming(schedule, when)
    now = now or clock.now()
    if occ.end <= now:
        raise ValueError("That session is already over — log it, or leave it as missed.")
    change = SessionChange(_naive(occ.original_start), "skip", note=note)
    _save_change(store, change)
    return change


def move_session(store: Store, when: _dt.datetime, new_start: _dt.datetime, *,
                 minutes: int | None = None, note: str = "",
                 now: _dt.datetime | None = None) -> SessionChange:
    """Move the session at ``when`` to ``new_start`` (naive local time in the
    schedule's zone, or aware), optionally with a new length."""
    schedule = load_schedule(store)
    if schedule is None:
        raise ValueError(rhythm_hint())
    note = _check_note(note)
    occ = _find_upcoming(schedule, when)
    now = now or clock.now()
    if occ.end <= now:
        raise ValueError("That session is already over — log it instead of moving it.")
    if minutes is not None and (not isinstance(minutes, int) or not 5 <= minutes <= 480):
        raise ValueError("A session should last from 5 to 480 minutes.")
    tz = schedule.rules[occ.rule_index].tz
    from rmcoach.infra.dates import localize

    aware = new_start if new_start.tzinfo else localize(_naive(new_start), tz)
    if aware <= now:
        raise ValueError(f"{fmt_when(aware)} has already passed — pick a time still to come.")
    if aware.date() > (now + _dt.timedelta(days=366)).date():
        raise ValueError("That is more than a year away — pick a nearer date, or change the rhythm in the agreement.")
    window = (aware - _dt.timedelta(days=1), aware + _dt.timedelta(days=1))
    for other in schedule.occurrences(*window):
        if other.index != occ.index and other.start == aware:
            raise ValueError(f"Session {other.index} is already at {fmt_when(aware)} — pick another time.")
    naive_new = _naive(aware.astimezone(occ.original_start.tzinfo))
    if naive_new == _naive(occ.original_start):
        # moving back to where the cadence had it: simply undo the change
        restore_session(store, occ.original_start)
        return SessionChange(_naive(occ.original_start), "move", new_start=naive_new, note=note)
    change = SessionChange(_naive(occ.original_start), "move", new_start=naive_new, new_minutes=minutes, note=note)
    _save_change(store, change)
    return change


def restore_session(store: Store, when: _dt.datetime) -> bool:
    """Undo a skip or move of the session originally at ``when``."""
    original = _naive(when)
    with store.transaction():
        for record in store.records(ScheduleChange):
            if record.original == original:
                store.delete(tables.SCHEDULE_CHANGES, record.uuid)
                return True
    return False


def upcoming(schedule: Schedule, now: _dt.datetime, count: int = 8) -> list[Occurrence]:
    """The next ``count`` sessions that have not ended yet."""
    out: list[Occurrence] = []
    horizon = now + _dt.timedelta(days=400)
    for occ in schedule.occurrences(now - _dt.timedelta(days=1), horizon):
        if occ.end > now:
            out.append(occ)
        if len(out) >= count:
            break
    return out


def skipped_upcoming(store: Store, schedule: Schedule, now: _dt.datetime) -> list[tuple[_dt.datetime, str]]:
    """Skipped sessions still to come: (original aware start, note)."""
    from rmcoach.infra.dates import localize

    out = []
    for change in schedule.changes:
        if change.kind != "skip":
            continue
        ri = schedule.rule_index_of(change.original)
        tz = schedule.rules[ri if ri is not None else -1].tz
        start = localize(change.original, tz)
        if start > now:
            out.append((start, change.note))
    return sorted(out)


# --------------------------------------------------------------------------- who leads
def lead_plan(store: Store) -> dict[int, str]:
    """Who led (or is planned to lead) each numbered session, from the log."""
    def build() -> dict[int, str]:
        plan: dict[int, str] = {}
        for record in store.records(Session):
            index, lead = record.occurrence, record.lead
            if isinstance(index, int) and lead is not None:  # "" (none chosen) is kept as stored
                plan[index] = lead
        return plan
    return dict(store.derived("checkins:lead-plan", build, tables=(tables.SESSIONS,)))


def who_leads(pair: Pair, index: int, plan: dict[int, str] | None = None) -> str | None:
    """The person uuid leading the first half of session ``index``.

    The senior person (the first of the pair) starts on session 1; then the
    lead alternates, unless the log says someone else led a session."""
    if len(pair.people) < 2 or index < 1:
        return pair.people[0].uuid if pair.people else None
    first, second = pair.people[0].uuid, pair.people[1].uuid
    return lead_for(index, first, second, plan)


def lead_sentence(pair: Pair, lead_uuid: str | None) -> str:
    lead = pair.person(lead_uuid) if lead_uuid else None
    other = pair.other(lead_uuid) if lead_uuid else None
    if lead is None or other is None:
        return ""
    return (f"{lead.name} leads the first half, teaching their topic; "
            f"{other.name} leads the second half.")


# --------------------------------------------------------------------------- drift
def logged_dates(store: Store) -> list[_dt.datetime | _dt.date]:
    """When each logged session took place (parsed once per store generation); an extra
    meeting (``extra: true``, held besides the rhythm) does not stand for a scheduled session."""
    def build() -> tuple[_dt.datetime | _dt.date, ...]:
        return tuple(r.date for r in store.records(Session) if r.date and not is_extra(r))
    return list(store.derived("sessions:logged-dates", build, tables=(tables.SESSIONS,)))


def status_lines(ctx: StatusContext) -> list[StatusLine]:
    """Home-screen lines: the next session, due sessions with no log, drift."""
    from rmcoach.features.status import StatusLine

    schedule = load_schedule(ctx.store)
    if schedule is None:
        return [StatusLine(rhythm_hint_for_home(), level="todo")]
    now = ctx.now
    lines: list[StatusLine] = []
    nxt = schedule.next_after(now)
    if nxt is not None:
        lead = who_leads(ctx.pair, nxt.index, lead_plan(ctx.store))
        person = ctx.pair.person(lead) if lead else None
        when = "now" if nxt.start <= now else humanize_until(nxt.start, now)
        text = f"Next session: {fmt_when(nxt.start)}, {when}"
        if person is not None:
            text += f"; {person.name} leads the first half"
        lines.append(StatusLine(text + ".", level="info", area="briefing"))
    report = drift(schedule, logged_dates(ctx.store), now)
    missing = len(report.due_unlogged)
    if missing == 1:
        occ = report.due_unlogged[0]
        lines.append(StatusLine(f"One due session without a log ({fmt_date(occ.start)}).", level="todo", area="sessions"))
    elif missing > 1:
        recent = ", ".join(fmt_date(o.start) for o in report.due_unlogged[-3:])
        lines.append(StatusLine(f"{missing} due sessions without a log (latest: {recent}).", level="todo", area="sessions"))
    for message in report.messages:
        if missing and (message.startswith("The session on") or message.endswith("did the meetings slip?")
                        and report.consecutive_missed == missing):
            continue  # the line above already says it
        lines.append(StatusLine(message, level="nudge"))
    return lines


def rhythm_hint_for_home() -> str:
    return ("No meeting rhythm yet: set how often and when you meet in your agreement, "
            "and rmcoach will plan the sessions and brief you before each one.")


def describe_next(schedule: Schedule, pair: Pair, store: Store, now: _dt.datetime) -> list[str]:
    """Lines for `rmcoach next`."""
    nxt = schedule.next_after(now)
    if nxt is None:
        return ["All planned sessions are behind you — agree a new rhythm in the agreement to plan more."]
    lead = who_leads(pair, nxt.index, lead_plan(store))
    when = "in progress now" if nxt.start <= now else humanize_until(nxt.start, now)
    lines = [f"Next session: {fmt_date(nxt.start)}, {fmt_time(nxt.start)}–{fmt_time(nxt.end)} "
             f"({nxt.start.tzname()}, {schedule.rules[nxt.rule_index].tz}), {nxt.minutes} minutes — {when}."]
    if nxt.moved:
        lines.append(f"Moved from {fmt_when(nxt.original_start)}.")
    sentence = lead_sentence(pair, lead)
    if sentence:
        lines.append(sentence)
    lines.append(f"Rhythm: {schedule.rules[-1].cadence.describe()} (session {nxt.index}).")
    return lines


# --------------------------------------------------------------------------- logging helpers
def occurrence_near(schedule: Schedule | None, when: _dt.datetime) -> Occurrence | None:
    """The scheduled session a log at ``when`` (naive local) belongs to: the
    one starting closest to it, at most three days away."""
    if schedule is None:
        return None
    from rmcoach.infra.dates import localize

    aware = localize(_naive(when), schedule.tz or "UTC")
    found = schedule.occurrences(aware - _dt.timedelta(days=4), aware + _dt.timedelta(days=4))
    best = None
    for occ in found:
        distance = abs((occ.start.date() - aware.date()).days)
        if distance <= 3 and (best is None or distance < best[0]):
            best = (distance, occ)
    return best[1] if best else None


def held_early(schedule: Schedule | None, when: _dt.datetime) -> Occurrence | None:
    """The scheduled session a log at ``when`` would take although it is a day or more
    before that session's day - the form then asks whether it was that session held
    early or an extra meeting, instead of silently taking the numbered session."""
    occ = occurrence_near(schedule, when)
    if occ is None or _naive(when).date() >= occ.start.date():
        return None
    return occ


def default_log_target(store: Store, schedule: Schedule | None, now: _dt.datetime) -> Occurrence | None:
    """The session a new log most likely belongs to: one under way or just
    ended today, else the latest due session with no log yet."""
    if schedule is None:
        return None
    current = [o for o in schedule.occurrences(now - _dt.timedelta(days=1), now + _dt.timedelta(hours=1))
               if o.start <= now + _dt.timedelta(minutes=30) and o.start.date() == now.astimezone(o.start.tzinfo).date()]
    logged = {i for i in lead_plan_indexes(store)}
    for occ in reversed(current):
        if occ.index not in logged:
            return occ
    report = drift(schedule, logged_dates(store), now)
    if report.due_unlogged:
        return report.due_unlogged[-1]
    return None


def lead_plan_indexes(store: Store) -> set[int]:
    return {r.occurrence for r in store.records(Session) if isinstance(r.occurrence, int)}
