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
from typing import TYPE_CHECKING, Any, Iterable

from rmcoach.infra import clock, validate
from rmcoach.records import privacy
from rmcoach.infra.dates import DateParseError, fmt_date, fmt_when, parse_date, parse_when
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import has_control_chars

if TYPE_CHECKING:
    from rmcoach.records.model import Pair

SESSIONS = "sessions"
ACTIONS = "actions"
REFLECTIONS = "reflections"
TOPICS = "agenda_topics"
SKILLS = "skills"

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
def _date_of(record: dict[str, Any]) -> _dt.datetime | None:
    value = str(record.get("date") or "")
    try:
        parsed = _dt.datetime.fromisoformat(value) if "T" in value else \
            _dt.datetime.combine(_dt.date.fromisoformat(value[:10]), _dt.time(0, 0))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def session_start(record: dict[str, Any]) -> _dt.datetime | None:
    return _date_of(record)


# Reads return the stored records (Store.view), not copies: read them, never change them.
# Each order and index below is built once per store generation, so a briefing or a
# redraw after a keypress does not sort or scan the whole history again.
def _sessions_newest_first(store: Store) -> tuple[tuple[dict[str, Any], _dt.datetime | None], ...]:
    def build() -> tuple[tuple[dict[str, Any], _dt.datetime | None], ...]:
        dated = [(r, _date_of(r)) for r in store.view(SESSIONS)]
        dated.sort(key=lambda pair: pair[1] or _dt.datetime.min, reverse=True)
        return tuple(dated)
    return store.derived("sessions:newest-first", build, tables=(SESSIONS,))


def all_sessions(store: Store) -> list[dict[str, Any]]:
    """Logged sessions, newest first (records with an unreadable date last)."""
    return [r for r, _ in _sessions_newest_first(store)]


def last_session(store: Store, before: _dt.datetime | None = None) -> dict[str, Any] | None:
    for record, start in _sessions_newest_first(store):
        if start is not None and (before is None or start <= before):
            return record
    return None


def covered_items(record: dict[str, Any]) -> list[dict[str, Any]]:
    covered = record.get("covered")
    if not isinstance(covered, list):
        return []
    return [c for c in covered if isinstance(c, dict)]


def skills_by_uuid(store: Store) -> dict[str, dict[str, Any]]:
    """Skills by uuid (shared between callers until the data changes: read only)."""
    return store.derived("skills:by-uuid", lambda: {s["uuid"]: s for s in store.view(SKILLS)}, tables=(SKILLS,))


def covered_label(item: dict[str, Any], skills: dict[str, dict[str, Any]]) -> str:
    skill = skills.get(str(item.get("skill") or ""))
    topic = str(item.get("topic") or "")
    if skill is not None:
        title = str(skill.get("title") or "a skill")
        return f"{title} — {topic}" if topic and topic.casefold() != title.casefold() else title
    return topic


def skills_for(store: Store, teacher: str, learner: str, viewer: str | None) -> list[dict[str, Any]]:
    return [s for s in privacy.visible(store.view(SKILLS), viewer)
            if s.get("teacher") == teacher and s.get("learner") == learner]


def search_text(record: dict[str, Any], pair: Pair | None, skills: dict[str, dict[str, Any]]) -> str:
    """Everything a filter may match in one session: date, notes, topics, names."""
    parts = [str(record.get("notes") or ""), str(record.get("went_well") or "")]
    start = _date_of(record)
    if start is not None:
        parts += [fmt_date(start), start.date().isoformat()]
    for item in covered_items(record):
        parts.append(covered_label(item, skills))
        for key in ("teacher", "learner"):
            person = pair.person(str(item.get(key) or "")) if pair else None
            if person is not None:
                parts.append(person.name)
    return "\n".join(parts).casefold()


def search_sessions(store: Store, query: str, pair: Pair | None) -> list[dict[str, Any]]:
    """Sessions (newest first) whose date, notes, topics or names contain ``query``
    (case and spacing ignored)."""
    records = all_sessions(store)
    phrase = " ".join(query.casefold().split())
    if not phrase:
        return records
    skills = skills_by_uuid(store)
    return [r for r in records if phrase in " ".join(search_text(r, pair, skills).split())]


def _by_session(store: Store, table: str) -> dict[str, tuple[dict[str, Any], ...]]:
    """The records of ``table`` grouped by the session they belong to."""
    def build() -> dict[str, tuple[dict[str, Any], ...]]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for record in store.view(table):
            session = record.get("session")
            groups.setdefault(session if isinstance(session, str) else "\0none", []).append(record)
        return {key: tuple(items) for key, items in groups.items()}
    return store.derived(("by-session", table), build, tables=(table,))


def actions_for_session(store: Store, session_uuid: str, viewer: str | None) -> list[dict[str, Any]]:
    return privacy.visible(_by_session(store, ACTIONS).get(session_uuid, ()), viewer)


def _open_actions_in_order(store: Store) -> tuple[dict[str, Any], ...]:
    def build() -> tuple[dict[str, Any], ...]:
        items = [a for a in store.view(ACTIONS) if a.get("status", OPEN) == OPEN]
        return tuple(sorted(items, key=lambda a: (str(a.get("due") or "9999"), str(a.get("created") or ""))))
    return store.derived("actions:open", build, tables=(ACTIONS,))


def open_actions(store: Store, viewer: str | None) -> list[dict[str, Any]]:
    """Open action items anyone may see here, soonest due first."""
    return privacy.visible(_open_actions_in_order(store), viewer)


def all_actions(store: Store, viewer: str | None) -> list[dict[str, Any]]:
    order = {OPEN: 0, DONE: 1, DROPPED: 2}

    def build() -> tuple[dict[str, Any], ...]:
        return tuple(sorted(store.view(ACTIONS),
                            key=lambda a: (order.get(str(a.get("status")), 3), str(a.get("due") or "9999"))))
    return privacy.visible(store.derived("actions:all", build, tables=(ACTIONS,)), viewer)


def reflection_of(store: Store, session_uuid: str, author: str) -> dict[str, Any] | None:
    for r in _by_session(store, REFLECTIONS).get(session_uuid, ()):
        if r.get("author") == author:
            return dict(r)
    return None


def reflections_visible(store: Store, session_uuid: str, viewer: str | None) -> list[dict[str, Any]]:
    return privacy.visible(_by_session(store, REFLECTIONS).get(session_uuid, ()), viewer)


def open_topics(store: Store, viewer: str | None) -> list[dict[str, Any]]:
    items = [t for t in privacy.visible(store.view(TOPICS), viewer) if not t.get("done")]
    return sorted(items, key=lambda t: str(t.get("created") or ""))


def carried_over(record: dict[str, Any] | None) -> list[str]:
    """Unticked Markdown task items (``- [ ] ...``) in a session's notes: carried over."""
    if not record:
        return []
    out = []
    for line in str(record.get("notes") or "").splitlines():
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


def _insert_actions(store: Store, actions: Iterable[ActionInput], session_uuid: str, author: str) -> None:
    for action in actions:
        store.insert(ACTIONS, {
            "text": action.text, "owner": action.owner,
            "due": action.due.isoformat() if action.due else None,
            "status": OPEN, "session": session_uuid, "closed_in": None, "closed_on": None,
            "author": author, "visibility": privacy.SHARED,
        })


def _mark_topics(store: Store, topic_uuids: Iterable[str], session_uuid: str) -> None:
    for uuid in topic_uuids:
        if store.get(TOPICS, uuid) is not None:
            store.update(TOPICS, uuid, {"done": True, "done_in": session_uuid})


def _save_reflection(store: Store, session_uuid: str, author: str, text: str) -> None:
    existing = reflection_of(store, session_uuid, author)
    if existing is None:
        if text:
            store.insert(REFLECTIONS, {"session": session_uuid, "author": author,
                                       "visibility": privacy.PRIVATE, "text": text})
    elif existing.get("text") != text:
        store.update(REFLECTIONS, existing["uuid"], {"text": text}, keep_history=True, by=author)


def log_session(store: Store, data: SessionInput, *, author: str | None) -> dict[str, Any]:
    """Save a new session with its action items and the author's private reflection."""
    _check_input(data)
    with store.transaction():
        fields = _session_fields(data)
        fields.update({"author": author, "visibility": privacy.SHARED})
        record = store.insert(SESSIONS, fields)
        _insert_actions(store, data.actions, record["uuid"], author or "")
        if author and author != privacy.TOGETHER:
            _save_reflection(store, record["uuid"], author, data.reflection)
        _mark_topics(store, data.topics_done, record["uuid"])
    return record


def edit_session(store: Store, session_uuid: str, data: SessionInput, *, by: str | None) -> dict[str, Any]:
    """Change a logged session; the previous version is kept in its history."""
    _check_input(data)
    with store.transaction():
        record = store.update(SESSIONS, session_uuid, _session_fields(data), keep_history=True, by=by)
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
    return store.update(ACTIONS, action_uuid, {
        "status": status,
        "closed_on": (today or clock.today()).isoformat() if closed else None,
        "closed_in": session if closed else None,
    }, keep_history=True, by=by)


def add_action(store: Store, action: ActionInput, *, author: str | None, session: str | None = None) -> dict[str, Any]:
    validate.short_text(action.text, what="The action item", required=True, limit=200)
    with store.transaction():
        _insert_actions(store, [action], session or "", author or "")
        return dict(store.view(ACTIONS)[-1])


def add_topic(store: Store, text: str, *, by: str | None, for_session: int | None = None) -> dict[str, Any]:
    cleaned = validate.short_text(text, what="The topic", required=True, limit=TOPIC_MAX)
    return store.insert(TOPICS, {"text": cleaned, "by": by, "for_session": for_session, "done": False,
                                 "done_in": None, "author": by, "visibility": privacy.SHARED})


def set_topic_done(store: Store, topic_uuid: str, done: bool = True) -> dict[str, Any]:
    return store.update(TOPICS, topic_uuid, {"done": done})


def due_text(due: str | None, today: _dt.date) -> str:
    """"due Thu 3 Dec 2026", "overdue since ...", or "" without a due date."""
    if not due:
        return ""
    try:
        day = _dt.date.fromisoformat(str(due)[:10])
    except ValueError:
        return ""
    if day < today:
        return f"overdue since {fmt_date(day)}"
    if day == today:
        return "due today"
    return f"due {fmt_date(day)}"


def describe_session(record: dict[str, Any]) -> str:
    start = _date_of(record)
    if start is None:
        return "a session with no date"
    return fmt_when(start) if "T" in str(record.get("date")) else fmt_date(start)


def edit_action(store: Store, action_uuid: str, action: ActionInput, *, by: str | None = None) -> dict[str, Any]:
    """Change an open action item's text, owner and due date (the earlier version is kept).
    A done or dropped item is refused in one sentence: reopen it first."""
    from rmcoach.records.sessions import Action

    text = validate.short_text(action.text, what="The action item", required=True, limit=200)
    current = store.record(Action, action_uuid)
    if current is None:
        raise ValueError("That action item is no longer there; it may have been deleted on another computer.")
    if current.status != OPEN:
        raise ValueError(f"That action item is {current.status}; reopen it before editing it.")
    return store.update(ACTIONS, action_uuid, {
        "text": text, "owner": action.owner, "due": action.due.isoformat() if action.due else None,
    }, keep_history=True, by=by)
