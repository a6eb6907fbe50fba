"""The pair agreement: two-sided goals, ground rules and how the pair meets.

Every version is one record in the ``agreements`` table (shape in
ARCHITECTURE.md, "Agreement version").  Editing a version nobody has
acknowledged updates it in place (keeping history); editing a version
anyone has acknowledged creates the next version, which both people
acknowledge again.  The logistics are the one place the pair's cadence and
session length live: `checkins.load_schedule` turns the versions into a
:class:`rmcoach.features.schedule.Schedule`.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from rmcoach.infra import clock, validate
from rmcoach.infra.wording import plural
from rmcoach.records import tables
from rmcoach.records.agreement import Agreement, Goal, Logistics
from rmcoach.records.agreement import Cadence as StoredCadence
from rmcoach.records.base import Bad
from rmcoach.records.model import Pair, Person
from rmcoach.records.privacy import SHARED
from rmcoach.storage.store import Store, StoreError, new_uuid

if TYPE_CHECKING:
    from rmcoach.features.schedule import Cadence, ScheduleRule
    from rmcoach.features.status import StatusContext, StatusLine

TABLE = tables.AGREEMENTS
MIN_MINUTES, MAX_MINUTES = 15, 240
DEFAULT_TZ = "Europe/London"
DEFAULT_TIME = _dt.time(14, 0)
GOAL_SLOTS = 3  # goal rows per person offered by the edit form (more if a version has more)

RULE_LABELS: dict[str, str] = {
    "confidentiality": "Confidentiality and its limits",
    "respect": "Respect",
    "questions": "No judgement for questions",
    "feedback": "How we give feedback",
    "pause_end": "Pausing or ending",
}

LOGISTICS_LABELS: dict[str, str] = {
    "cadence": "How often",
    "first": "First session",
    "tz": "Time zone",
    "minutes": "Length",
    "where": "Where or how",
    "until": "Until",
    "sessions": "Number of sessions",
    "who_books": "Who books",
    "reply_within": "Replies between sessions",
    "effective_from": "This rhythm applies from",
}

#: labels that read as a list heading but not as the subject of "... changed from X to Y"
_CHANGE_LABELS: dict[str, str] = {
    "effective_from": "The day this rhythm applies from",
    "where": "Where or how we meet",
}

TEMPLATE_RULES: dict[str, str] = {
    "confidentiality": (
        "What we say in our sessions stays between us. The limits: if either of us hears something "
        "that puts a patient or a colleague at risk of harm, or a serious concern about professional "
        "conduct, we say so and it is raised through the proper route. We tell each other first when "
        "we can."
    ),
    "respect": (
        "We meet as equals. Each of us is the expert in something the other wants to learn, and "
        "job titles stay at the door. We arrive on time and give the session our full attention."
    ),
    "questions": (
        "No question is too basic. Asking is how we learn, and neither of us keeps score of what "
        "the other did not know."
    ),
    "feedback": (
        "We say what worked and what did not, soon and kindly, with an example. At the end of each "
        "session each of us names one thing to keep and one thing to change."
    ),
    "pause_end": (
        "Either of us may pause or end the arrangement at any time, without having to give a reason. "
        "We say so directly rather than letting sessions quietly stop."
    ),
}

TEMPLATE_WHERE = "Somewhere away from the senior colleague's office: a quiet meeting room, the cafe, or a video call"
TEMPLATE_WHO_BOOKS = "The more senior of us books the first meeting; after that, whoever led the last session books the next"
TEMPLATE_REPLY = "48 hours on working days"

GOAL_FIELDS = ("goal", "success", "target")


class AgreementError(StoreError):
    """A request about the agreement that cannot be done (message for the user)."""

    exit_code = 1


# --------------------------------------------------------------------------- reading
def versions(store: Store) -> list[Agreement]:
    """Every version, oldest first."""
    return sorted(store.records(Agreement), key=lambda r: r.version)


def latest(store: Store) -> Agreement | None:
    found = versions(store)
    return found[-1] if found else None


def get_version(store: Store, number: int) -> Agreement | None:
    for record in versions(store):
        if record.version == number:
            return record
    return None


def acknowledged_by_both(version: Agreement, pair: Pair) -> bool:
    acks = version.acks or {}
    return bool(pair.people) and all(p.uuid in acks for p in pair.people)


def waiting_for(version: Agreement, pair: Pair) -> list[Person]:
    acks = version.acks or {}
    return [p for p in pair.people if p.uuid not in acks]


def latest_acknowledged(store: Store, pair: Pair) -> Agreement | None:
    """The newest version both people acknowledged (what they have agreed)."""
    for record in versions(store)[::-1]:
        if acknowledged_by_both(record, pair):
            return record
    return None


def current_goals(store: Store) -> list[Goal]:
    record = latest(store)
    return list(record.goals) if record else []


#: the uuid an unsaved version (:func:`draft`) carries until the store gives it one
UNSAVED = "unsaved"


def draft(content: Mapping[str, Any]) -> Agreement:
    """Agreement content to be saved (``goals``, ``rules``, ``logistics`` as :func:`template`
    and :func:`parse_form` give them) as an unsaved typed version, for the edit form and
    comparisons.  Raises ``records.base.Bad`` when the content would not be stored."""
    return Agreement.load({"uuid": UNSAVED, "version": 1, "goals": content["goals"], "rules": content["rules"],
                           "logistics": content["logistics"]})


#: logistics with nothing set (a version that has none reads as this)
NO_LOGISTICS = Logistics.load({})


# --------------------------------------------------------------------------- the template
def default_tz() -> str:
    """The machine's IANA zone when it knows one, else Europe/London."""
    from rmcoach.infra.dates import get_zone

    zone = clock.now().tzinfo
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        try:
            get_zone(key)
            return key
        except ValueError:
            pass
    return DEFAULT_TZ


def template(pair: Pair, *, tz: str | None = None) -> dict[str, Any]:
    """A sensible starting agreement (our words, NHS-style defaults) for the pair to edit."""
    from dateutil.relativedelta import relativedelta

    from rmcoach.features.schedule import Cadence, ScheduleRule

    start = pair.start
    weekday = start.weekday() if start.weekday() < 5 else 0
    cadence = Cadence.every_n_weeks(2, weekday)
    first = ScheduleRule.first_on_or_after(cadence, _dt.datetime.combine(start, DEFAULT_TIME))
    until = pair.end or (start + relativedelta(months=6))
    goals = []
    for person in pair.people:
        if person.wants.strip():
            goals.append({"id": new_uuid(), "person": person.uuid, "goal": " ".join(person.wants.split()),
                          "success": "", "target": None})
    return {
        "goals": goals,
        "rules": dict(TEMPLATE_RULES),
        "logistics": {
            "cadence": cadence.to_dict(),
            "first": first.isoformat(timespec="minutes"),
            "tz": tz or default_tz(),
            "minutes": 60,
            "where": TEMPLATE_WHERE,
            "until": until.isoformat(),
            "sessions": None,
            "who_books": TEMPLATE_WHO_BOOKS,
            "reply_within": TEMPLATE_REPLY,
            "effective_from": first.date().isoformat(),
        },
    }


# --------------------------------------------------------------------------- cadence as words
_ORDINAL_WORDS = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3,
                  "4th": 4, "fourth": 4, "last": -1}
_DAY_WORDS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
              "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
              "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}
CADENCE_EXAMPLES = ('"weekly", "every 2 weeks", "monthly on the 1st Tuesday", "monthly on the last Friday", '
                    'or a repeat rule such as FREQ=WEEKLY;INTERVAL=3;BYDAY=TH')


def weekday_number(text: str) -> int | None:
    """0..6 for a weekday name, None for blank; ValueError otherwise."""
    word = text.strip().casefold().rstrip(".")
    if not word:
        return None
    if word in _DAY_WORDS:
        return _DAY_WORDS[word]
    raise ValueError(f'"{text.strip()[:20]}" is not a weekday - write e.g. "Tuesday", or leave it empty to use the first session\'s day.')


def parse_cadence(text: str, weekday: int) -> Cadence:
    """Read "how often" typed in words (or an RRULE) into a schedule.Cadence."""
    from rmcoach.features.schedule import Cadence

    raw = " ".join(text.split())
    low = raw.casefold()
    if not low:
        raise ValueError(f"Say how often you meet, e.g. {CADENCE_EXAMPLES}.")
    if "=" in low:
        return Cadence.parse_rrule(raw)
    if low in ("weekly", "every week", "each week", "once a week"):
        return Cadence.weekly(weekday)
    if low in ("fortnightly", "every fortnight", "every other week"):
        return Cadence.every_n_weeks(2, weekday)
    m = re.fullmatch(r"every (\d{1,2}|two|three|four|five|six|eight) weeks?", low)
    if m:
        n = m.group(1)
        return Cadence.every_n_weeks(int(n) if n.isdigit() else _NUMBER_WORDS[n], weekday)
    m = re.fullmatch(r"monthly(?: on)?(?: the)? (1st|first|2nd|second|3rd|third|4th|fourth|last)(?: (\w+))?", low)
    if m:
        day = weekday
        if m.group(2):
            found = weekday_number(m.group(2))
            day = weekday if found is None else found
        return Cadence.monthly(_ORDINAL_WORDS[m.group(1)], day)
    raise ValueError(f'Could not read "{raw[:40]}" as how often - try {CADENCE_EXAMPLES}.')


def cadence_words(cadence: StoredCadence | Cadence) -> str:
    """The text the edit form shows for a cadence (parse_cadence reads it back)."""
    kind = cadence.kind
    if kind == "weekly" or (kind == "every_n_weeks" and cadence.interval == 1):
        return "weekly"
    if kind == "every_n_weeks":
        return f"every {cadence.interval} weeks"
    if kind == "monthly_nth_weekday":
        word = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last"}[cadence.nth]
        from rmcoach.features.schedule import WEEKDAY_NAMES

        return f"monthly on the {word} {WEEKDAY_NAMES[cadence.weekday]}"
    return cadence.rrule


def schedule_cadence(cadence: StoredCadence) -> Cadence:
    """The stored cadence as the scheduling maths' :class:`rmcoach.features.schedule.Cadence`
    (ValueError for a combination the scheduler cannot repeat)."""
    from rmcoach.features.schedule import Cadence

    return Cadence(kind=cadence.kind, interval=cadence.interval, weekday=cadence.weekday, nth=cadence.nth,
                   rrule=cadence.rrule)


def describe_cadence(cadence: StoredCadence | None) -> str:
    if cadence is None:
        return "(not readable)"
    try:
        return schedule_cadence(cadence).describe()
    except (ValueError, KeyError):  # a repeat rule the describer cannot put into words
        return "(not readable)"


def schedule_rule(version: Agreement) -> ScheduleRule:
    """The schedule.ScheduleRule a version's logistics describe (ValueError if they cannot)."""
    from rmcoach.features.schedule import ScheduleRule

    lg = version.logistics
    if lg is None or not lg.cadence or not lg.first or not lg.tz or not lg.minutes:
        raise ValueError("This version does not say how often, when and for how long you meet.")
    return ScheduleRule(
        cadence=schedule_cadence(lg.cadence),
        start=lg.first,
        tz=lg.tz,
        minutes=lg.minutes,
        until=lg.until or None,
        count=lg.sessions or None,
    )


# --------------------------------------------------------------------------- the edit form
@dataclass(frozen=True)
class FormResult:
    """What :func:`parse_form` made of the typed text: fields to save, or errors by form key."""

    fields: dict[str, Any] | None
    errors: dict[str, str]
    note: str = ""  # e.g. the first session was moved onto the cadence


def form_values(version: Agreement, pair: Pair) -> dict[str, str]:
    """Typed-text values for the edit form (keys as parse_form reads them)."""
    from rmcoach.features.schedule import WEEKDAY_NAMES

    values: dict[str, str] = {}
    for index, person in enumerate(pair.people):
        goals = [g for g in version.goals if g.person == person.uuid]
        for slot, goal in enumerate(goals):
            prefix = f"goal-{index}-{slot}"
            values[f"{prefix}-id"] = goal.id
            values[f"{prefix}-goal"] = goal.goal
            values[f"{prefix}-success"] = goal.success
            values[f"{prefix}-target"] = goal.target.isoformat() if goal.target else ""
    rules = version.rules or {}
    for key in RULE_LABELS:
        values[f"rule-{key}"] = rules.get(key) or ""
    lg = version.logistics or NO_LOGISTICS
    cadence = lg.cadence or StoredCadence.load({"kind": "every_n_weeks", "interval": 2, "weekday": 0})
    values["cadence"] = cadence_words(cadence)
    values["weekday"] = WEEKDAY_NAMES[cadence.weekday] if cadence.kind != "rrule" else ""
    first = lg.first.isoformat(timespec="minutes").replace("T", " ") if lg.first else ""
    values["first"] = first
    values["tz"] = lg.tz or DEFAULT_TZ
    values["minutes"] = str(lg.minutes or "")
    values["where"] = lg.where
    values["until"] = lg.until.isoformat() if lg.until else ""
    values["sessions"] = "" if lg.sessions is None else str(lg.sessions)
    values["who_books"] = lg.who_books
    values["reply_within"] = lg.reply_within
    values["effective_from"] = lg.effective_from.isoformat() if lg.effective_from else first[:10]
    return values


def goal_slots(version: Agreement | None, pair: Pair) -> list[int]:
    """How many goal rows the form offers each person."""
    goals = version.goals if version else ()
    return [max(GOAL_SLOTS, len([g for g in goals if g.person == person.uuid]) + 1) for person in pair.people]


def parse_form(raw: Mapping[str, str], pair: Pair, *, today: _dt.date | None = None) -> FormResult:
    """Validate everything typed in the agreement form; every problem keyed by its field."""
    from rmcoach.infra.dates import DateParseError, get_zone, parse_when
    from rmcoach.features.schedule import ScheduleRule

    today = today or clock.today()
    errors: dict[str, str] = {}

    def get(key: str) -> str:
        return str(raw.get(key) or "")

    # goals
    goals: list[dict[str, Any]] = []
    for index, person in enumerate(pair.people):
        slot = 0
        while f"goal-{index}-{slot}-goal" in raw:
            prefix = f"goal-{index}-{slot}"
            slot += 1
            checks = (("goal", lambda v: validate.long_text(v, what="The goal", limit=300)),
                      ("success", lambda v: validate.long_text(v, what="What success looks like", limit=600)),
                      ("target", lambda v: validate.date(v, what="The target date", required=False, today=today)))
            got: dict[str, Any] = {}
            for part, rule in checks:
                try:
                    got[part] = rule(get(f"{prefix}-{part}"))
                except validate.Invalid as exc:
                    errors[f"{prefix}-{part}"] = str(exc)
            if len(got) < 3:
                continue
            text, success, target = got["goal"], got["success"], got["target"]
            if not text:
                if success or target:
                    errors[f"{prefix}-goal"] = "Write the goal itself, or clear this row."
                continue
            if not success:
                errors[f"{prefix}-success"] = "Say what success looks like, so you will both know when you are there."
                continue
            goals.append({
                "id": get(f"{prefix}-id") or new_uuid(),
                "person": person.uuid,
                "goal": " ".join(text.split()),
                "success": success,
                "target": target.isoformat() if target else None,
            })
    # ground rules
    rules: dict[str, str] = {}
    for key, label in RULE_LABELS.items():
        try:
            rules[key] = validate.long_text(get(f"rule-{key}"), what=label, required=True, limit=1000)
        except validate.Invalid as exc:
            errors[f"rule-{key}"] = str(exc)
    # logistics
    lg: dict[str, Any] = {}
    tz = get("tz").strip() or DEFAULT_TZ
    try:
        get_zone(tz)
    except ValueError as exc:
        errors["tz"] = str(exc)
    minutes = None
    try:
        minutes = int(get("minutes").strip())
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            errors["minutes"] = f"A session of {minutes} minutes is outside {MIN_MINUTES} to {MAX_MINUTES} minutes."
            minutes = None
    except ValueError:
        errors["minutes"] = f"Give the length in whole minutes, from {MIN_MINUTES} to {MAX_MINUTES} (e.g. 60)."
    first = None
    try:
        first = parse_when(get("first"), default=_dt.datetime.combine(today, DEFAULT_TIME),
                           now=_dt.datetime.combine(today, _dt.time(0, 0)))
        first = first.replace(tzinfo=None, second=0, microsecond=0)
    except DateParseError as exc:
        errors["first"] = str(exc)
    weekday = None
    try:
        weekday = weekday_number(get("weekday"))
    except ValueError as exc:
        errors["weekday"] = str(exc)
    cadence = None
    if "weekday" not in errors:
        try:
            day = weekday if weekday is not None else (first.weekday() if first else 0)
            cadence = parse_cadence(get("cadence"), day)
        except ValueError as exc:
            errors["cadence"] = str(exc)
    until = None
    try:
        until = validate.date(get("until"), what="The end date", required=False, today=today)
    except validate.Invalid as exc:
        errors["until"] = str(exc)
    sessions = None
    if get("sessions").strip():
        try:
            sessions = int(get("sessions").strip())
            if not 1 <= sessions <= 200:
                raise ValueError
        except ValueError:
            errors["sessions"] = "The number of sessions must be a whole number from 1 to 200, or empty."
            sessions = None
    effective = None
    try:
        effective = validate.date(get("effective_from"), what="The date this rhythm applies from",
                                  required=False, today=today)
    except validate.Invalid as exc:
        errors["effective_from"] = str(exc)
    for key, what, required in (("where", "Where or how you meet", True),
                                ("who_books", "Who books", True),
                                ("reply_within", "How fast you reply", True)):
        try:
            lg[key] = validate.short_text(get(key), what=what, required=required, limit=200)
        except validate.Invalid as exc:
            errors[key] = str(exc)
    note = ""
    if cadence is not None and first is not None and minutes is not None and not ({"tz", "until"} & errors.keys()):
        try:
            actual = ScheduleRule.first_on_or_after(cadence, first)
            if effective is not None and actual.date() < effective:
                errors["first"] = "The first session under this rhythm must be on or after the date it applies from."
            else:
                planned = ScheduleRule(cadence=cadence, start=actual, tz=tz, minutes=minutes, until=until, count=sessions)
                if actual != first:
                    from rmcoach.infra.dates import fmt_when

                    note = f"The first session was moved to {fmt_when(actual)} so it falls on the cadence."
                first = planned.start
        except ValueError as exc:
            message = str(exc)
            target_key = "until" if "planned end" in message else "cadence" if "rule" in message.lower() else "first"
            errors[target_key] = message
    if errors:
        return FormResult(None, errors)
    assert cadence is not None and first is not None and minutes is not None
    lg.update({
        "cadence": cadence.to_dict(),
        "first": first.isoformat(timespec="minutes"),
        "tz": tz,
        "minutes": minutes,
        "until": until.isoformat() if until else None,
        "sessions": sessions,
        "effective_from": (effective or first.date()).isoformat(),
    })
    ordered = {k: lg[k] for k in LOGISTICS_LABELS}
    return FormResult({"goals": goals, "rules": rules, "logistics": ordered}, {}, note)


# --------------------------------------------------------------------------- writing
def _same_content(current: Agreement, content: Mapping[str, Any]) -> bool:
    """Whether saving ``content`` would change nothing in ``current``."""
    try:
        proposed = draft(content)
    except Bad:
        return False  # not storable as it is: the save refuses it with its own message
    return (current.goals == proposed.goals and (current.rules or {}) == (proposed.rules or {})
            and (current.logistics or NO_LOGISTICS) == (proposed.logistics or NO_LOGISTICS))


def save(store: Store, fields: Mapping[str, Any], *, by: str | None) -> tuple[Agreement, str]:
    """Save edited agreement content (``goals``, ``rules``, ``logistics`` as :func:`parse_form`
    gives them).  Returns (the version saved, what happened):

    ``"created"`` (version 1), ``"updated"`` (a draft changed in place),
    ``"new_version"`` (an acknowledged version was changed) or
    ``"unchanged"``.
    """
    content = {k: fields[k] for k in ("goals", "rules", "logistics")}
    with store.transaction():
        current = latest(store)
        if current is None:
            created = store.insert(TABLE, {"version": 1, "supersedes": None, **content, "acks": {}, "author": by,
                                           "visibility": SHARED})
            return Agreement.from_dict(created), "created"
        if _same_content(current, content):
            return current, "unchanged"
        if not current.acks:
            updated = store.update(TABLE, current.uuid, content, keep_history=True, by=by)
            return Agreement.from_dict(updated), "updated"
        following = store.insert(TABLE, {"version": current.version + 1, "supersedes": current.uuid,
                                         **content, "acks": {}, "author": by, "visibility": SHARED})
        return Agreement.from_dict(following), "new_version"


def acknowledge(store: Store, pair: Pair, person_uuid: str, *, at: _dt.datetime | None = None) -> Agreement:
    """Record that a person acknowledged the latest version (timestamped)."""
    person = pair.person(person_uuid)
    if person is None or person.uuid != person_uuid:
        raise AgreementError("Only one of the pair can acknowledge the agreement.")
    with store.transaction():
        current = latest(store)
        if current is None:
            raise AgreementError("There is no agreement to acknowledge yet; draft one first.")
        acks = dict(current.acks or {})
        if person_uuid in acks:
            return current
        acks[person_uuid] = (at or clock.now()).isoformat(timespec="seconds")
        return Agreement.from_dict(store.update(TABLE, current.uuid, {"acks": acks}))


def match_name(pair: Pair, typed: str) -> Person | None:
    """The person whose full name was typed (case and spacing ignored), else None."""
    folded = " ".join(typed.split()).casefold()
    for person in pair.people:
        if " ".join(person.name.split()).casefold() == folded:
            return person
    return None


# --------------------------------------------------------------------------- diff
def _person_name(pair: Pair | None, uuid: str) -> str:
    person = pair.person(uuid) if pair else None
    return person.name if person else "one of you"


def _quoted(text: Any) -> str:
    from rmcoach.infra.textsafe import one_line

    return f'"{one_line(str(text or ""), 120)}"' if text else "(empty)"


def _logistics_value(key: str, lg: Logistics) -> str:
    if key == "cadence":
        return describe_cadence(lg.cadence or None)
    if key == "first":
        return _fmt_local(lg.first, lg.tz)
    if key == "minutes":
        return f"{lg.minutes} minutes" if lg.minutes else "(not set)"
    if key == "until":
        return _fmt_day(lg.until)
    if key == "effective_from":
        return _fmt_day(lg.effective_from)
    value = getattr(lg, key)
    return str(value) if value else "(not set)"


def _fmt_day(value: _dt.date | None) -> str:
    from rmcoach.infra.dates import fmt_date

    return fmt_date(value) if value else "(not set)"


def fmt_ack(stamp: str, tz: str | None) -> str:
    """An acknowledgement time shown in the agreement's zone, e.g. "Fri 9 Oct 2026, 18:00 (BST)"."""
    from rmcoach.infra.dates import fmt_when, get_zone

    try:
        moment = _dt.datetime.fromisoformat(stamp)
        if moment.tzinfo is not None and tz:
            moment = moment.astimezone(get_zone(tz))
        return fmt_when(moment)
    except ValueError:
        return stamp


def _fmt_local(value: _dt.datetime | None, tz: str | None) -> str:
    from rmcoach.infra.dates import fmt_when, localize

    if not value:
        return "(not set)"
    try:
        return fmt_when(localize(value, tz)) if tz else fmt_when(value)
    except ValueError:
        return fmt_when(value)


def diff_versions(a: Agreement, b: Agreement, pair: Pair | None = None) -> list[str]:
    """What changed from version ``a`` to version ``b``, one readable line per change."""
    lines: list[str] = []
    old_goals = {g.id: g for g in a.goals}
    new_goals = {g.id: g for g in b.goals}
    for gid, goal in new_goals.items():
        whose = _person_name(pair, goal.person or "")
        if gid not in old_goals:
            lines.append(f"Goal added for {whose}: {_quoted(goal.goal)}")
            continue
        old = old_goals[gid]
        if old.goal != goal.goal:
            lines.append(f"Goal of {whose} changed from {_quoted(old.goal)} to {_quoted(goal.goal)}")
        if old.success != goal.success:
            lines.append(f"What success looks like for {_quoted(goal.goal)} changed from "
                         f"{_quoted(old.success)} to {_quoted(goal.success)}")
        if old.target != goal.target:
            lines.append(f"Target date for {_quoted(goal.goal)} changed from "
                         f"{_fmt_day(old.target)} to {_fmt_day(goal.target)}")
        if old.person != goal.person:
            lines.append(f"Goal {_quoted(goal.goal)} moved to {whose}")
    for gid, goal in old_goals.items():
        if gid not in new_goals:
            lines.append(f"Goal removed for {_person_name(pair, goal.person or '')}: {_quoted(goal.goal)}")
    old_rules, new_rules = a.rules or {}, b.rules or {}
    for key, label in RULE_LABELS.items():
        if old_rules.get(key) != new_rules.get(key):
            lines.append(f"Ground rule '{label}' changed from {_quoted(old_rules.get(key))} to {_quoted(new_rules.get(key))}")
    old_lg, new_lg = a.logistics or NO_LOGISTICS, b.logistics or NO_LOGISTICS
    for key, label in LOGISTICS_LABELS.items():
        before, after = _logistics_value(key, old_lg), _logistics_value(key, new_lg)
        if getattr(old_lg, key) != getattr(new_lg, key) and before != after:
            lines.append(f"{_CHANGE_LABELS.get(key, label)} changed from {before} to {after}")
    return lines


# --------------------------------------------------------------------------- Markdown
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def md_escape(text: str) -> str:
    """User text made literal for CommonMark (no markup, HTML or structure can come from it)."""
    from rmcoach.infra.textsafe import printable

    out = []
    for line in printable(str(text)).splitlines() or [""]:
        line = _INLINE_SPECIAL.sub(r"\\\1", line.strip())
        line = _LINE_START.sub(lambda m: m.group(1) + "".join("\\" + c if not c.isdigit() else c for c in m.group(2)), line)
        out.append(line)
    return "\n".join(out)


def _block(text: str, indent: str) -> str:
    """Escaped multi-line text continued inside a list item (hard line breaks)."""
    lines = [line for line in md_escape(text).split("\n")]
    return ("\\\n" + indent).join(line for line in lines if line) or "(empty)"


def agreement_markdown(version: Agreement, pair: Pair) -> str:
    """The version as readable CommonMark for the app and `rmcoach agreement`."""

    lines: list[str] = []
    lines.append(f"# {md_escape(pair.title)}: our agreement")
    lines.append("")
    names = " and ".join(md_escape(p.name) + (f" ({md_escape(p.role)})" if p.role else "") for p in pair.people)
    lines.append(f"Version {version.version} · between {names}")
    lines.append("")
    if acknowledged_by_both(version, pair):
        lines.append("Acknowledged by both of you.")
    else:
        waiting = " and ".join(md_escape(p.name) for p in waiting_for(version, pair))
        lines.append(f"Waiting for {waiting} to acknowledge this version.")
    lines.append("")
    lines.append("## Goals")
    lines.append("")
    for person in pair.people:
        lines.append(f"### {md_escape(person.name)} wants to")
        lines.append("")
        mine = [g for g in version.goals if g.person == person.uuid]
        if not mine:
            lines.append("No goals written yet.")
            lines.append("")
            continue
        for number, goal in enumerate(mine, start=1):
            prefix = f"{number}. "
            indent = " " * len(prefix)
            lines.append(prefix + _block(goal.goal, indent))
            lines.append("")
            lines.append(f"{indent}Success looks like: {_block(goal.success, indent)}")
            if goal.target:
                lines.append("")
                lines.append(f"{indent}By: {_fmt_day(goal.target)}")
            lines.append("")
    lines.append("## Ground rules")
    lines.append("")
    rules = version.rules or {}
    for key, label in RULE_LABELS.items():
        lines.append(f"- **{label}:** {_block(rules.get(key, ''), '  ')}")
    lines.append("")
    lines.append("## How we meet")
    lines.append("")
    lg = version.logistics or NO_LOGISTICS
    lines.append(f"- **How often:** {md_escape(describe_cadence(lg.cadence or None))}")
    lines.append(f"- **First session:** {md_escape(_logistics_value('first', lg))}")
    lines.append(f"- **Length:** {md_escape(_logistics_value('minutes', lg))}")
    lines.append(f"- **Time zone:** {md_escape(lg.tz or '')}")
    lines.append(f"- **Where or how:** {md_escape(lg.where)}")
    end_bits = []
    if lg.until:
        end_bits.append(f"until {_fmt_day(lg.until)}")
    if lg.sessions:
        end_bits.append(plural(lg.sessions, "session"))
    lines.append(f"- **For how long:** {md_escape(', or '.join(end_bits) if end_bits else 'open-ended')}")
    lines.append(f"- **Who books:** {md_escape(lg.who_books)}")
    lines.append(f"- **Replies between sessions:** within {md_escape(lg.reply_within)}")
    if version.version > 1:
        lines.append(f"- **This rhythm applies from:** {md_escape(_fmt_day(lg.effective_from))}")
    lines.append("")
    lines.append("## Acknowledged")
    lines.append("")
    acks = version.acks or {}
    for person in pair.people:
        stamp = acks.get(person.uuid)
        if stamp:
            when = fmt_ack(stamp, lg.tz)
            lines.append(f"- {md_escape(person.name)}: {md_escape(when)}")
        else:
            lines.append(f"- {md_escape(person.name)}: not yet")
    lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- status
def status_lines(ctx: StatusContext) -> list[StatusLine]:
    from rmcoach.features.status import StatusLine

    record = latest(ctx.store)
    if record is None:
        return [StatusLine("No agreement yet - draft one from a sensible template together", "todo", "trust")]
    number = record.version
    if acknowledged_by_both(record, ctx.pair):
        return [StatusLine(f"Agreement version {number} acknowledged by both of you", "ok", "trust")]
    names = " and ".join(p.name for p in waiting_for(record, ctx.pair))
    return [StatusLine(f"Agreement version {number} is waiting for {names} to acknowledge it", "nudge", "trust")]


# --------------------------------------------------------------------------- demo
def demo(store: Store, pair: Pair, today: _dt.date) -> None:
    """Version 1 (every 2 weeks), acknowledged by both; version 2 (weekly from week 9), acknowledged by both."""
    from rmcoach.infra.dates import localize
    from rmcoach.features.schedule import Cadence

    del today
    senior, junior = pair.people[0].uuid, pair.people[1].uuid
    start = pair.start
    until = pair.end or start + _dt.timedelta(weeks=26)
    goals = [
        {"id": new_uuid(), "person": senior, "goal": "Run a video clinic without help",
         "success": "I start, run and close a video clinic on my own, including when a patient cannot connect.",
         "target": (start + _dt.timedelta(weeks=12)).isoformat()},
        {"id": new_uuid(), "person": senior, "goal": "Answer patient portal messages confidently",
         "success": "I clear my portal inbox twice a week and know what to hand to the secretaries.",
         "target": None},
        {"id": new_uuid(), "person": junior, "goal": "Understand how a consultant reasons through a case",
         "success": "I can follow a case discussion in the MDT and say why the plan was chosen.",
         "target": None},
        {"id": new_uuid(), "person": junior, "goal": "Handle pushback from senior staff calmly",
         "success": "I present the new dashboard to the directorate and answer hard questions without freezing.",
         "target": (start + _dt.timedelta(weeks=20)).isoformat()},
    ]

    def stamp(day: _dt.date, hour: int) -> str:
        return localize(_dt.datetime.combine(day, _dt.time(hour, 0)), DEFAULT_TZ).isoformat(timespec="seconds")

    logistics = {
        "cadence": Cadence.every_n_weeks(2, start.weekday()).to_dict(),
        "first": _dt.datetime.combine(start, DEFAULT_TIME).isoformat(timespec="minutes"),
        "tz": DEFAULT_TZ,
        "minutes": 60,
        "where": "The library seminar room on level 2, or Teams when on call",
        "until": until.isoformat(),
        "sessions": None,
        "who_books": "Margaret books the first meeting; after that, whoever led the last session books the next",
        "reply_within": TEMPLATE_REPLY,
        "effective_from": start.isoformat(),
    }
    def written(fields: dict[str, Any], created: str) -> dict[str, Any]:
        """Store a version as written on its day in the story, last touched by its latest acknowledgement."""
        rec = store.insert(TABLE, dict(fields, created=created))
        rec = dict(rec, updated=max(fields["acks"].values(), key=_dt.datetime.fromisoformat))
        store.put_raw(TABLE, rec)
        return rec

    eve = start - _dt.timedelta(days=1)
    v1 = written({
        "version": 1, "supersedes": None, "goals": goals, "rules": dict(TEMPLATE_RULES), "logistics": logistics,
        "acks": {senior: stamp(eve, 9), junior: stamp(eve, 17)},
        "author": senior, "visibility": SHARED,
    }, stamp(eve, 8))
    change = start + _dt.timedelta(weeks=8)
    weekly = dict(logistics, cadence=Cadence.weekly(start.weekday()).to_dict(),
                  first=_dt.datetime.combine(change, DEFAULT_TIME).isoformat(timespec="minutes"),
                  effective_from=change.isoformat())
    written({
        "version": 2, "supersedes": v1["uuid"], "goals": goals, "rules": dict(TEMPLATE_RULES), "logistics": weekly,
        "acks": {junior: stamp(change - _dt.timedelta(days=3), 12), senior: stamp(change - _dt.timedelta(days=2), 18)},
        "author": junior, "visibility": SHARED,
    }, stamp(change - _dt.timedelta(days=3), 11))
