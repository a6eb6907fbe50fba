"""The session log: what the pair did in each session, their action items,
the topics they want on the agenda, and each person's private reflection.

Tables (see ARCHITECTURE.md): ``sessions`` (shared, one per held session),
``actions`` (action items that live across sessions until done or dropped),
``reflections`` (private, author only) and ``agenda_topics`` (topics either
person wants to bring to a session: ``text``, ``by``, ``for_session``
(a session number or null), ``done``, ``done_in``).

Every check here raises :class:`rmcoach.infra.validate.Invalid` with one sentence
meant to be shown next to the field it concerns.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, TypeVar

from rmcoach.infra import clock, validate
from rmcoach.infra.dates import DateParseError, fmt_date, fmt_when, iso_date, parse_date, parse_when
from rmcoach.infra.textsafe import has_control_chars
from rmcoach.records import privacy, tables
from rmcoach.records.sessions import Action, AgendaTopic, Reflection, Session
from rmcoach.records.sessions import Covered as CoveredRecord
from rmcoach.records.skills import SkillRecord
from rmcoach.storage.store import Store

if TYPE_CHECKING:
    from rmcoach.records.model import Pair

# the table names as this module's callers have spelled them (see records/tables.py)
SESSIONS = tables.SESSIONS
ACTIONS = tables.ACTIONS
REFLECTIONS = tables.REFLECTIONS
TOPICS = tables.AGENDA_TOPICS
SKILLS = tables.SKILLS

OPEN, DONE, DROPPED = "open", "done", "dropped"
TOPIC_MAX = 120
TOPICS_PER_SIDE = 12
NOTES_MAX = 20_000
REFLECTION_MAX = 5_000
DEFAULT_MINUTES = 60

_UNCHECKED = re.compile(r"^\s*[-*+]\s+\[ \]\s+(?P<text>\S.*)$")


# --------------------------------------------------------------------------- input
@dataclass(frozen=True)
class ActionInput:
    text: str
    owner: str
    due: _dt.date | None = None


@dataclass(frozen=True)
class Covered:
    teacher: str
    learner: str
    skill: str | None = None
    topic: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"teacher": self.teacher, "learner": self.learner, "skill": self.skill, "topic": self.topic}


@dataclass(frozen=True)
class SessionInput:
    start: _dt.datetime  # naive local wall-clock time
    lead: str
    occurrence: int | None = None
    minutes: int = DEFAULT_MINUTES
    covered: tuple[Covered, ...] = ()
    went_well: str = ""
    notes: str = ""
    ratings: dict[str, dict[str, int]] = field(default_factory=dict)
    actions: tuple[ActionInput, ...] = ()
    reflection: str = ""
    topics_done: tuple[str, ...] = ()  # agenda topic uuids covered in this session
    extra: bool = False  # a meeting besides the rhythm (occurrence None): it stands for no scheduled session


# --------------------------------------------------------------------------- field checks
def check_when(text: str, *, default: _dt.datetime | None = None, now: _dt.datetime | None = None) -> _dt.datetime:
    """The session's start as naive local time; a session still to come cannot be logged."""
    now = now or clock.now()
    try:
        value = parse_when(text, default=default.replace(tzinfo=None) if default else None,
                           now=now.replace(tzinfo=None))
    except DateParseError as exc:
        raise validate.Invalid(str(exc)) from None
    value = value.replace(tzinfo=None, second=0, microsecond=0) if value.tzinfo is None else \
        value.astimezone(now.tzinfo).replace(tzinfo=None, second=0, microsecond=0)
    if value.date() > now.date():
        raise validate.Invalid(f"{fmt_date(value)} is still to come — log a session once it has happened.")
    return value


def check_rating(text: str, *, what: str) -> int | None:
    """1..5, or None when left empty (a person may choose not to rate)."""
    if not str(text).strip():
        return None
    return validate.rating(text, what=what)


def check_minutes(text: str) -> int:
    if not str(text).strip():
        return DEFAULT_MINUTES
    try:
        minutes = int(str(text).strip())
    except ValueError:
        raise validate.Invalid("The length must be a whole number of minutes, such as 60.") from None
    if not 5 <= minutes <= 480:
        raise validate.Invalid(f"The length must be from 5 to 480 minutes, not {minutes}.")
    return minutes


def check_topics(text: str, *, what: str) -> list[str]:
    """Free-text topics, one per line or separated by semicolons."""
    if has_control_chars(text, allow_newlines=True):
        raise validate.Invalid(f"{what} cannot contain control characters.")
    items = [" ".join(part.split()) for part in re.split(r"[;\n]", text)]
    items = [i for i in items if i]
    if len(items) > TOPICS_PER_SIDE:
        raise validate.Invalid(f"{what}: {len(items)} topics is a lot for one session — keep it to {TOPICS_PER_SIDE}.")
    for item in items:
        if len(item) > TOPIC_MAX:
            raise validate.Invalid(f"{what}: keep each topic to {TOPIC_MAX} characters (one is {len(item)}).")
    return items


def check_due(text: str, *, today: _dt.date | None = None) -> _dt.date | None:
    if not str(text).strip():
        return None
    try:
        return parse_date(text, today=today or clock.today())
    except DateParseError as exc:
        raise validate.Invalid(str(exc)) from None


# --------------------------------------------------------------------------- reading
# Reads give typed records (rmcoach/records/sessions.py) from Store.records: shared
# between callers until their table changes, and immutable.  Each order and index below
# is built once per change of its table, so a briefing or a redraw after a keypress does
# not sort or scan the whole history again.
_S = TypeVar("_S", Action, Reflection)
_visible = privacy.visible_records


def session_start(record: Session) -> _dt.datetime | None:
    """When the session was held, as naive local time (a session logged with only
    its date starts at midnight)."""
    when = record.date
    if isinstance(when, _dt.datetime):
        return when
    if isinstance(when, _dt.date):
        return _dt.datetime.combine(when, _dt.time(0, 0))
    return None


def is_extra(record: Session) -> bool:
    """A meeting besides the rhythm (stored ``extra: true``): it stands for no scheduled
    session.  The record type has no field for it (``Session.extra`` holds the stored
    keys it does not declare), so it is read from there."""
    return record.extra.get("extra") is True


def _newest_first(store: Store) -> tuple[tuple[Session, _dt.datetime | None], ...]:
    def build() -> tuple[tuple[Session, _dt.datetime | None], ...]:
        dated = [(r, session_start(r)) for r in store.records(Session)]
        dated.sort(key=lambda pair: pair[1] or _dt.datetime.min, reverse=True)
        return tuple(dated)
    return store.derived("sessions:newest-first", build, tables=(tables.SESSIONS,))


def logged_sessions(store: Store) -> list[Session]:
    """Logged sessions, newest first."""
    return [r for r, _ in _newest_first(store)]


def latest_session(store: Store, before: _dt.datetime | None = None) -> Session | None:
    """The most recent session held at or before ``before`` (default: any)."""
    for record, start in _newest_first(store):
        if start is not None and (before is None or start <= before):
            return record
    return None


def skills_index(store: Store) -> dict[str, SkillRecord]:
    """Skills by uuid (shared between callers until the skills change: read only)."""
    return store.derived("skills:index", lambda: {s.uuid: s for s in store.records(SkillRecord)},
                         tables=(tables.SKILLS,))


def _label(skill_title: str | None, topic: str) -> str:
    if skill_title is not None:
        title = skill_title or "a skill"
        return f"{title} — {topic}" if topic and topic.casefold() != title.casefold() else title
    return topic


def topic_label(item: CoveredRecord, skills: Mapping[str, SkillRecord]) -> str:
    """One covered topic as shown: the skill's title (with the topic when it says more),
    else the topic."""
    skill = skills.get(item.skill or "")
    return _label(skill.title if skill is not None else None, item.topic)


def skills_for(store: Store, teacher: str, learner: str, viewer: str | None) -> list[SkillRecord]:
    return [s for s in _visible(store.records(SkillRecord), viewer)
            if s.teacher == teacher and s.learner == learner]


def search_text(record: Session, pair: Pair | None, skills: Mapping[str, SkillRecord]) -> str:
    """Everything a filter may match in one session: date, notes, topics, names."""
    parts = [record.notes, record.went_well]
    start = session_start(record)
    if start is not None:
        parts += [fmt_date(start), start.date().isoformat()]
    for item in record.covered:
        parts.append(topic_label(item, skills))
        for uuid in (item.teacher, item.learner):
            person = pair.person(uuid) if pair and uuid else None
            if person is not None:
                parts.append(person.name)
    return "\n".join(parts).casefold()


def search_sessions(store: Store, query: str, pair: Pair | None) -> list[Session]:
    """Sessions (newest first) whose date, notes, topics or names contain ``query``
    (case and spacing ignored)."""
    records = logged_sessions(store)
    phrase = " ".join(query.casefold().split())
    if not phrase:
        return records
    skills = skills_index(store)
    return [r for r in records if phrase in " ".join(search_text(r, pair, skills).split())]


_NO_SESSION = "\0none"


def _by_session(store: Store, kind: type[_S]) -> dict[str, tuple[_S, ...]]:
    """The records of ``kind`` (actions or reflections) grouped by the session they belong to."""
    def build() -> dict[str, tuple[_S, ...]]:
        groups: dict[str, list[_S]] = {}
        for record in store.records(kind):
            session = record.session
            groups.setdefault(session if isinstance(session, str) else _NO_SESSION, []).append(record)
        return {key: tuple(items) for key, items in groups.items()}
    return store.derived(("by-session", kind), build, tables=(kind.TABLE,))


def session_actions(store: Store, session_uuid: str, viewer: str | None) -> list[Action]:
    """The action items agreed in one session that ``viewer`` may see."""
    # only that session's are built (the briefing needs the last session's, not every one)
    return _visible(store.records_where(Action, "session", session_uuid), viewer) if session_uuid else []


def _due_order(action: Action) -> tuple[_dt.date, str]:
    return (action.due or _dt.date.max, action.created or "")


def open_action_items(store: Store, viewer: str | None) -> list[Action]:
    """Open action items ``viewer`` may see, soonest due first (no due date last)."""
    def build() -> tuple[Action, ...]:
        # only the open ones are built (a handful of thousands after years of use)
        return tuple(sorted(store.records_where(Action, "status", OPEN), key=_due_order))
    return _visible(store.derived("actions:open", build, tables=(tables.ACTIONS,)), viewer)


def all_actions(store: Store, viewer: str | None) -> list[Action]:
    """Every action item ``viewer`` may see: open ones first, then done, then dropped,
    each soonest due first."""
    order = {OPEN: 0, DONE: 1, DROPPED: 2}

    def build() -> tuple[Action, ...]:
        return tuple(sorted(store.records(Action), key=lambda a: (order[a.status], a.due or _dt.date.max)))
    return _visible(store.derived("actions:all", build, tables=(tables.ACTIONS,)), viewer)


def reflection_of(store: Store, session_uuid: str, author: str) -> Reflection | None:
    """``author``'s own reflection on one session, if they wrote one."""
    for r in _by_session(store, Reflection).get(session_uuid, ()):
        if r.author == author:
            return r
    return None


def session_reflections(store: Store, session_uuid: str, viewer: str | None) -> list[Reflection]:
    """The reflections on one session that ``viewer`` may see (their own)."""
    return _visible(_by_session(store, Reflection).get(session_uuid, ()), viewer)


def agenda(store: Store, viewer: str | None) -> list[AgendaTopic]:
    """Agenda topics not yet covered that ``viewer`` may see, oldest first."""
    items = [t for t in _visible(store.records(AgendaTopic), viewer) if not t.done]
    return sorted(items, key=lambda t: t.created or "")


def carried_over(record: Session | None) -> list[str]:
    """Unticked Markdown task items (``- [ ] ...``) in a session's notes: carried over."""
    if record is None:
        return []
    out = []
    for line in record.notes.splitlines():
        m = _UNCHECKED.match(line)
        if m:
            out.append(m.group("text").strip())
    return out


# --------------------------------------------------------------------------- writing
def _session_fields(data: SessionInput) -> dict[str, Any]:
    return {
        "date": data.start.strftime("%Y-%m-%dT%H:%M"),
        "occurrence": data.occurrence,
        "minutes": data.minutes,
        "lead": data.lead,
        "covered": [c.to_dict() for c in data.covered],
        "went_well": data.went_well,
        "notes": data.notes,
        "ratings": {p: dict(r) for p, r in data.ratings.items()},
        "extra": data.extra,
    }


def _check_input(data: SessionInput) -> None:
    validate.long_text(data.went_well, what="What went well")
    validate.long_text(data.notes, what="The notes", limit=NOTES_MAX)
    validate.long_text(data.reflection, what="The reflection", limit=REFLECTION_MAX)
    for person, scores in data.ratings.items():
        for key in ("useful", "comfort"):
            if key in scores:
                validate.rating(scores[key], what="A rating")
    for action in data.actions:
        validate.short_text(action.text, what="An action item", required=True, limit=200)


def _insert_actions(store: Store, actions: Iterable[ActionInput], session_uuid: str,
                    author: str) -> list[dict[str, Any]]:
    return [
        store.insert(tables.ACTIONS, {
            "text": action.text, "owner": action.owner,
            "due": action.due.isoformat() if action.due else None,
            "status": OPEN, "session": session_uuid, "closed_in": None, "closed_on": None,
            "author": author, "visibility": privacy.SHARED,
        })
        for action in actions
    ]


def _mark_topics(store: Store, topic_uuids: Iterable[str], session_uuid: str) -> None:
    for uuid in topic_uuids:
        if store.record(AgendaTopic, uuid) is not None:
            store.update(tables.AGENDA_TOPICS, uuid, {"done": True, "done_in": session_uuid})


def _save_reflection(store: Store, session_uuid: str, author: str, text: str) -> None:
    existing = reflection_of(store, session_uuid, author)
    if existing is None:
        if text:
            store.insert(tables.REFLECTIONS, {"session": session_uuid, "author": author,
                                              "visibility": privacy.PRIVATE, "text": text})
    elif existing.text != text:
        store.update(tables.REFLECTIONS, existing.uuid, {"text": text}, keep_history=True, by=author)


def log_session(store: Store, data: SessionInput, *, author: str | None) -> dict[str, Any]:
    """Save a new session with its action items and the author's private reflection."""
    _check_input(data)
    with store.transaction():
        fields = _session_fields(data)
        fields.update({"author": author, "visibility": privacy.SHARED})
        record = store.insert(tables.SESSIONS, fields)
        _insert_actions(store, data.actions, record["uuid"], author or "")
        if author and author != privacy.TOGETHER:
            _save_reflection(store, record["uuid"], author, data.reflection)
        _mark_topics(store, data.topics_done, record["uuid"])
    return record


def edit_session(store: Store, session_uuid: str, data: SessionInput, *, by: str | None) -> dict[str, Any]:
    """Change a logged session; the previous version is kept in its history."""
    _check_input(data)
    with store.transaction():
        record = store.update(tables.SESSIONS, session_uuid, _session_fields(data), keep_history=True, by=by)
        _insert_actions(store, data.actions, session_uuid, by or "")
        if by and by != privacy.TOGETHER:
            _save_reflection(store, session_uuid, by, data.reflection)
        _mark_topics(store, data.topics_done, session_uuid)
    return record


def set_action_status(store: Store, action_uuid: str, status: str, *, by: str | None = None,
                      session: str | None = None, today: _dt.date | None = None) -> dict[str, Any]:
    if status not in (OPEN, DONE, DROPPED):
        raise ValueError(f'An action item is "{OPEN}", "{DONE}" or "{DROPPED}".')
    closed = status != OPEN
    return store.update(tables.ACTIONS, action_uuid, {
        "status": status,
        "closed_on": (today or clock.today()).isoformat() if closed else None,
        "closed_in": session if closed else None,
    }, keep_history=True, by=by)


def add_action(store: Store, action: ActionInput, *, author: str | None, session: str | None = None) -> dict[str, Any]:
    validate.short_text(action.text, what="The action item", required=True, limit=200)
    return _insert_actions(store, [action], session or "", author or "")[0]


def add_topic(store: Store, text: str, *, by: str | None, for_session: int | None = None) -> dict[str, Any]:
    cleaned = validate.short_text(text, what="The topic", required=True, limit=TOPIC_MAX)
    return store.insert(tables.AGENDA_TOPICS, {"text": cleaned, "by": by, "for_session": for_session, "done": False,
                                 "done_in": None, "author": by, "visibility": privacy.SHARED})


def set_topic_done(store: Store, topic_uuid: str, done: bool = True) -> dict[str, Any]:
    return store.update(tables.AGENDA_TOPICS, topic_uuid, {"done": done})


def due_text(due: _dt.date | str | None, today: _dt.date) -> str:
    """"due Thu 3 Dec 2026", "overdue since ...", or "" without a due date (``due`` an
    action's date; an ISO string from a stored dict is read as one too)."""
    day = iso_date(due) if isinstance(due, str) else due
    if not day:
        return ""
    if day < today:
        return f"overdue since {fmt_date(day)}"
    if day == today:
        return "due today"
    return f"due {fmt_date(day)}"


def describe_session(session: Session) -> str:
    """When a session was held, with its time when it was logged with one."""
    start = session_start(session)
    if start is None:
        return "a session with no date"
    return fmt_when(start) if isinstance(session.date, _dt.datetime) else fmt_date(start)


def edit_action(store: Store, action_uuid: str, action: ActionInput, *, by: str | None = None) -> dict[str, Any]:
    """Change an open action item's text, owner and due date (the earlier version is kept).
    A done or dropped item is refused in one sentence: reopen it first."""
    text = validate.short_text(action.text, what="The action item", required=True, limit=200)
    current = store.record(Action, action_uuid)
    if current is None:
        raise ValueError("That action item is no longer there; it may have been deleted on another computer.")
    if current.status != OPEN:
        raise ValueError(f"That action item is {current.status}; reopen it before editing it.")
    return store.update(tables.ACTIONS, action_uuid, {
        "text": text, "owner": action.owner, "due": action.due.isoformat() if action.due else None,
    }, keep_history=True, by=by)
