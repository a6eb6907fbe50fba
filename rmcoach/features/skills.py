"""Skills swapped in both directions: the ladder, practice tasks and teach-backs.

A skill has a teacher and a learner (either of the pair's two people), a kind
("technology", "professional wisdom" or the pair's own words), what it is,
why it matters to the learner, and a level on a five-step ladder.  Every
level change is kept in ``levels`` with its date, so progress can be shown
over time.  Practice tasks ("try it before next time") carry what got in the
way (``friction``), which the resistance diagnostic reads through
:func:`friction_notes`.  A teach-back is the learner explaining the skill in
their own words, with confidence rated 1-5 before and after.

Record shape: see ARCHITECTURE.md, table ``skills``.
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from rmcoach.infra.wording import title_order
from rmcoach.infra import clock, validate
from rmcoach.records import skills as rec_skills, tables
from rmcoach.records.privacy import PRIVATE, SHARED, visible_records
from rmcoach.records.sessions import Session
from rmcoach.records.skills import SkillRecord
from rmcoach.storage.store import Store, StoreError

if TYPE_CHECKING:
    from rmcoach.records.model import Pair
    from rmcoach.features.status import StatusContext, StatusLine

TABLE = tables.SKILLS
LEVELS = ("not started", "seen it shown", "tried with help", "does it alone", "can teach it back")
TOP = len(LEVELS) - 1
TECH = "technology"
WISDOM = "professional wisdom"
KINDS = (TECH, WISDOM)
TASK_STATUSES = rec_skills.TASK_STATUSES
TITLE_MAX = 100
KIND_MAX = 40


# --------------------------------------------------------------------------- starter suggestions
@dataclass(frozen=True)
class Suggestion:
    title: str
    description: str
    why: str
    kind: str


TECH_SUGGESTIONS: tuple[Suggestion, ...] = tuple(
    Suggestion(t, d, w, TECH)
    for t, d, w in (
        ("Patient-portal messaging", "Reading, triaging and answering patients' portal messages, with templates for the common ones.",
         "Patients already write in this way; answering well saves phone calls and letters."),
        ("Shared calendars", "Seeing colleagues' free time, sending invites and booking rooms without a chain of emails.",
         "Meetings get arranged in one step instead of five messages."),
        ("Video consultations", "Starting, running and ending a video clinic, and what to do when the sound or picture fails.",
         "Some patients can only be seen this way, and a smooth call builds their trust."),
        ("Password managers", "Keeping one strong, different password for every system, behind one master password.",
         "Fewer lockouts and resets, and no passwords on sticky notes."),
        ("Spotting phishing", "Telling a fake email or text from a real one before clicking anything.",
         "One click on a fake link can expose patient data or lock the whole trust's systems."),
        ("Social media for professional reputation", "Using a professional profile to share work, follow the field and answer peers.",
         "Colleagues and future collaborators look you up there first."),
        ("The new EPR's inbox", "Sorting results, letters and tasks in the electronic record's inbox, and setting filters.",
         "Nothing important gets buried, and the inbox stops being a daily dread."),
        ("Dictation software", "Dictating letters and notes straight into text, and correcting it quickly.",
         "Letters go out the same day instead of waiting in a typing queue."),
        ("Consent-safe clinical photos", "Taking clinical images on a trust smartphone app so they go to the record, not the camera roll.",
         "Photos help care only when they are stored safely and with consent."),
        ("Dashboards and reports", "Reading the department's dashboards and pulling the numbers you need yourself.",
         "Decisions and business cases rest on data you can check."),
        ("Online meetings with many people", "Muting, sharing a screen, hand-raising and chat in a large online meeting.",
         "You can take part fully in committees that no longer meet in one room."),
        ("Keeping devices up to date", "Installing updates on the laptop and phone, and why they matter.",
         "Most attacks use holes that an update already fixed."),
    )
)

WISDOM_SUGGESTIONS: tuple[Suggestion, ...] = tuple(
    Suggestion(t, d, w, WISDOM)
    for t, d, w in (
        ("Bedside manner", "How to sit, listen and speak so a frightened patient feels heard.",
         "The people you build systems for are patients and the staff caring for them."),
        ("Clinical reasoning", "How a clinician moves from symptoms to a short list of likely causes, and what rules them out.",
         "Tools that fit how clinicians think get used; tools that fight it get ignored."),
        ("Handling difficult conversations", "Giving bad news, saying no, and staying steady when someone is upset.",
         "Every project has hard conversations; doing them well keeps trust intact."),
        ("How the hospital really makes decisions", "Who has to agree, which meetings matter and what happens in the corridor before them.",
         "Good ideas fail when they miss the people who really decide."),
        ("Career choices", "Routes through clinical informatics and healthcare, and how to choose between them.",
         "A senior view saves years of guessing about which path fits."),
        ("Presenting to senior committees", "Framing a proposal in a few minutes for a board or committee, and handling questions.",
         "Committees decide quickly; a clear pitch gets the yes."),
        ("Handling pushback", "Staying calm and curious when a senior colleague dismisses an idea, and coming back with more.",
         "Pushback is normal; how you answer it decides whether you are heard next time."),
        ("Leading a ward round", "How a round is run, who speaks when, and how decisions are recorded.",
         "Seeing the real workflow shows where technology helps and where it gets in the way."),
        ("Working with patients' families", "Including relatives without breaking confidentiality.",
         "Many patient-facing tools are used by families, not only patients."),
        ("Negotiating for time and money", "How budgets and job plans are agreed, and when to ask.",
         "Projects live or die by the time and money someone agrees to give them."),
        ("Giving feedback to seniors", "Saying something difficult to someone more senior, kindly and usefully.",
         "Honest feedback upward is what makes this exchange work at all."),
    )
)


def suggestions(kind: str | None = None, *, exclude_titles: Iterable[str] = ()) -> list[Suggestion]:
    """Starter ideas (both directions, or one kind), minus titles the pair already has."""
    taken = {t.casefold().strip() for t in exclude_titles}
    pool = TECH_SUGGESTIONS + WISDOM_SUGGESTIONS
    return [s for s in pool if (kind is None or s.kind == kind) and s.title.casefold() not in taken]


_CLINICAL_WORDS = ("dr ", "dr.", "doctor", "consultant", "physician", "surgeon", "nurse", "clinician",
                   "professor", "prof ", "matron", "director", "head of", "senior", "gp", "midwife")


def guess_direction(people: list[Any], kind: str) -> tuple[str, str]:
    """(teacher, learner) uuids for a suggestion's kind: tech flows to the clinical/senior person.

    The person whose name or role reads as clinical or senior learns technology
    and teaches professional wisdom; with no clue, the first person learns tech
    (setup lists the senior colleague first).  The form lets the pair change it.
    """
    if len(people) < 2:
        raise ValueError("a pair has two people")

    def senior_score(p: Any) -> int:
        text = f" {p.name} {p.role} ".casefold()
        return sum(word in text for word in _CLINICAL_WORDS)

    a, b = people[0], people[1]
    senior, junior = (b, a) if senior_score(b) > senior_score(a) else (a, b)
    if kind == TECH:
        return junior.uuid, senior.uuid
    return senior.uuid, junior.uuid


# --------------------------------------------------------------------------- typed view
# a skill's practice tasks, level changes and teach-backs are the stored record's own types
Task = rec_skills.Task
LevelChange = rec_skills.LevelChange
TeachBack = rec_skills.Teachback


@dataclass(frozen=True)
class Skill:
    """The view of a skill the screens use: the stored record with the people named
    ("" for nobody) and the ladder helpers."""

    uuid: str
    title: str
    teacher: str
    learner: str
    kind: str
    description: str = ""
    why: str = ""
    level: int = 0
    levels: tuple[LevelChange, ...] = ()
    tasks: tuple[Task, ...] = ()
    teachbacks: tuple[TeachBack, ...] = ()
    author: str | None = None
    visibility: str = SHARED
    created: str = ""

    @classmethod
    def from_record(cls, rec: SkillRecord) -> "Skill":
        return cls(
            uuid=rec.uuid, title=rec.title, teacher=rec.teacher or "", learner=rec.learner or "",
            kind=rec.kind, description=rec.description, why=rec.why, level=rec.level, levels=rec.levels,
            tasks=rec.tasks, teachbacks=rec.teachbacks, author=rec.author, visibility=rec.visibility,
            created=rec.created or "",
        )

    @property
    def level_name(self) -> str:
        return LEVELS[self.level]

    @property
    def open_tasks(self) -> list[Task]:
        return [t for t in self.tasks if t.status == "open"]

    def task(self, task_id: str) -> Task | None:
        return next((t for t in self.tasks if t.id == task_id), None)


def clamp_level(value: int) -> int:
    return max(0, min(TOP, value))


def level_dots(level: int) -> str:
    """"●●○○" style: one dot per step above "not started"."""
    return "●" * level + "○" * (TOP - level)


# --------------------------------------------------------------------------- validation
@dataclass
class SkillInput:
    title: str
    teacher: str
    learner: str
    kind: str
    description: str = ""
    why: str = ""
    visibility: str = SHARED


def check_skill(values: SkillInput, people: Iterable[str]) -> tuple[SkillInput, dict[str, str]]:
    """Clean a skill's fields; returns (cleaned, {field: message}) - empty dict when valid."""
    errors: dict[str, str] = {}
    ids = list(people)
    cleaned = SkillInput(**vars(values))

    def run(name: str, rule: Any) -> None:
        try:
            setattr(cleaned, name, rule(getattr(values, name)))
        except validate.Invalid as exc:
            errors[name] = str(exc)

    run("title", lambda v: validate.short_text(v, what="The skill's name", required=True, limit=TITLE_MAX))
    run("kind", lambda v: validate.short_text(v, what="The kind of skill", required=True, limit=KIND_MAX))
    run("description", lambda v: validate.long_text(v, what="What it is", limit=1000))
    run("why", lambda v: validate.long_text(v, what="Why it matters", limit=1000))
    if values.teacher not in ids or values.learner not in ids:
        errors["teacher"] = "Choose who teaches and who learns from the two of you."
    elif values.teacher == values.learner:
        errors["teacher"] = "The teacher and the learner must be different people."
    if values.visibility not in (SHARED, PRIVATE):
        errors["visibility"] = "Visibility is shared or private."
    return cleaned, errors


class SkillError(StoreError):
    """A skill change that cannot be made; ``field`` names the form field to mark."""

    exit_code = 2

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _raise_first(errors: dict[str, str]) -> None:
    if errors:
        name, message = next(iter(errors.items()))
        raise SkillError(message, name)


# --------------------------------------------------------------------------- writes
def _today(on: _dt.date | None) -> str:
    return (on or clock.today()).isoformat()


def add_skill(store: Store, people: Iterable[str], values: SkillInput, *, author: str | None,
              level: int = 0, on: _dt.date | None = None, note: str = "") -> dict[str, Any]:
    cleaned, errors = check_skill(values, people)
    _raise_first(errors)
    level = clamp_level(level)
    return store.insert(TABLE, {
        "title": cleaned.title, "teacher": cleaned.teacher, "learner": cleaned.learner, "kind": cleaned.kind,
        "description": cleaned.description, "why": cleaned.why, "level": level,
        "levels": [{"level": level, "on": _today(on), "note": note}],
        "tasks": [], "teachbacks": [], "author": author or cleaned.learner, "visibility": cleaned.visibility,
    })


def _require(store: Store, skill_uuid: str) -> SkillRecord:
    rec = store.record(SkillRecord, skill_uuid)
    if rec is None:
        raise SkillError("That skill no longer exists; it may have been removed elsewhere.")
    return rec


def edit_skill(store: Store, skill_uuid: str, people: Iterable[str], values: SkillInput, *,
               by: str | None) -> dict[str, Any]:
    cleaned, errors = check_skill(values, people)
    _raise_first(errors)
    with store.transaction():
        _require(store, skill_uuid)
        return store.update(TABLE, skill_uuid, {
            "title": cleaned.title, "teacher": cleaned.teacher, "learner": cleaned.learner, "kind": cleaned.kind,
            "description": cleaned.description, "why": cleaned.why, "visibility": cleaned.visibility,
        }, keep_history=True, by=by)


def set_level(store: Store, skill_uuid: str, level: int, *, on: _dt.date | None = None, note: str = "",
              by: str | None = None) -> dict[str, Any]:
    """Move a skill to ``level`` and record the change with its date (and note)."""
    if not isinstance(level, int) or not 0 <= level <= TOP:
        raise SkillError(f"The level must be from 0 to {TOP}.", "level")
    try:
        note = validate.short_text(note, what="The note", limit=200)
    except validate.Invalid as exc:
        raise SkillError(str(exc), "note") from None
    with store.transaction():
        rec = _require(store, skill_uuid)
        if rec.level == level:
            return rec.to_dict()
        levels = [x.to_dict() for x in rec.levels]
        levels.append({"level": level, "on": _today(on), "note": note})
        return store.update(TABLE, skill_uuid, {"level": level, "levels": levels}, keep_history=True, by=by)


def step_level(store: Store, skill_uuid: str, delta: int, *, by: str | None = None) -> dict[str, Any]:
    rec = _require(store, skill_uuid)
    return set_level(store, skill_uuid, clamp_level(rec.level + delta), by=by)


def level_history(skill: Skill | SkillRecord) -> list[LevelChange]:
    """Every level change, oldest first (stable for changes on the same day; an undated
    change counts as the oldest)."""
    return sorted(skill.levels, key=lambda c: c.on or _dt.date.min)


def level_on(skill: Skill | SkillRecord, day: _dt.date) -> int:
    """The skill's level at the end of ``day``."""
    level = 0
    for change in level_history(skill):
        if change.on and change.on <= day:
            level = change.level
    return level


def _check_task(text: str, due: str, status: str, friction: str, tried_on: str,
                today: _dt.date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    for name, rule in (
        ("text", lambda v: validate.short_text(v, what="The task", required=True, limit=300)),
        ("due", lambda v: validate.date(v, what="The due date", required=False, today=today)),
        ("friction", lambda v: validate.long_text(v, what="What got in the way", limit=1000)),
        ("tried_on", lambda v: validate.date(v, what="The date you tried it", required=False, today=today)),
    ):
        raw = {"text": text, "due": due, "friction": friction, "tried_on": tried_on}[name]
        try:
            value = rule(raw)
        except validate.Invalid as exc:
            errors[name] = str(exc)
            continue
        out[name] = value.isoformat() if isinstance(value, _dt.date) else value
    if status not in TASK_STATUSES:
        errors["status"] = "The status is one of: " + ", ".join(TASK_STATUSES) + "."
    out["status"] = status
    return out, errors


def check_task(text: str, due: str = "", status: str = "open", friction: str = "", tried_on: str = "",
               today: _dt.date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean a practice task's fields; returns (fields, {field: message})."""
    return _check_task(text, due, status, friction, tried_on, today)


def add_task(store: Store, skill_uuid: str, text: str, due: str = "", *, by: str | None = None) -> dict[str, Any]:
    fields, errors = check_task(text, due)
    _raise_first(errors)
    with store.transaction():
        rec = _require(store, skill_uuid)
        task = {"id": _uuid.uuid4().hex[:10], "text": fields["text"], "due": fields["due"], "status": "open",
                "friction": "", "tried_on": None}
        tasks = [t.to_dict() for t in rec.tasks] + [task]
        store.update(TABLE, skill_uuid, {"tasks": tasks}, keep_history=True, by=by)
        return task


def update_task(store: Store, skill_uuid: str, task_id: str, *, text: str, due: str = "", status: str = "open",
                friction: str = "", tried_on: str = "", by: str | None = None) -> dict[str, Any]:
    fields, errors = check_task(text, due, status, friction, tried_on)
    _raise_first(errors)
    if fields["status"] in ("tried", "done") and not fields["tried_on"]:
        fields["tried_on"] = clock.today().isoformat()
    with store.transaction():
        rec = _require(store, skill_uuid)
        tasks = [t.to_dict() for t in rec.tasks]
        for stored, task in zip(rec.tasks, tasks):
            if stored.id == task_id:
                task.update(fields)
                store.update(TABLE, skill_uuid, {"tasks": tasks}, keep_history=True, by=by)
                return task
    raise SkillError("That practice task no longer exists.")


def check_teachback(explanation: str, before: str | int, after: str | int) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    try:
        out["explanation"] = validate.long_text(explanation, what="The explanation", required=True)
    except validate.Invalid as exc:
        errors["explanation"] = str(exc)
    for name, what in (("before", "Confidence before"), ("after", "Confidence after")):
        try:
            out[name] = validate.rating(before if name == "before" else after, what=what)
        except validate.Invalid as exc:
            errors[name] = str(exc)
    return out, errors


def add_teachback(store: Store, skill_uuid: str, explanation: str, before: str | int, after: str | int, *,
                  on: _dt.date | None = None, by: str | None = None) -> dict[str, Any]:
    fields, errors = check_teachback(explanation, before, after)
    _raise_first(errors)
    entry = {"on": _today(on), **fields}
    with store.transaction():
        rec = _require(store, skill_uuid)
        teachbacks = [t.to_dict() for t in rec.teachbacks] + [entry]
        store.update(TABLE, skill_uuid, {"teachbacks": teachbacks}, keep_history=True, by=by)
    return entry


def delete_skill(store: Store, skill_uuid: str) -> None:
    with store.transaction():
        _require(store, skill_uuid)
        store.delete(TABLE, skill_uuid)


# --------------------------------------------------------------------------- reads
def skills(store: Store, viewer: str | None) -> list[Skill]:
    """The skills ``viewer`` may see, ordered by direction-free title."""
    return sorted((Skill.from_record(r) for r in visible_records(store.records(SkillRecord), viewer)),
                  key=lambda s: title_order(s.title))


def friction_notes(store: Store, skill_uuid: str) -> list[str]:
    """What got in the way when practising this skill, oldest task first (for the resistance diagnostic)."""
    rec = store.record(SkillRecord, skill_uuid)
    if rec is None:
        return []
    return [t.friction.strip() for t in rec.tasks if t.friction.strip()]


def session_day(session: Session) -> _dt.date | None:
    """The day a session was held (its stored date may carry a time)."""
    when = session.date
    return when.date() if isinstance(when, _dt.datetime) else when


def session_order(session: Session) -> str:
    """Sorts sessions by when they were held (a bare day before the times on that day)."""
    return session.date.isoformat() if session.date else ""


def sessions_for_skill(store: Store, skill_uuid: str, viewer: str | None = None) -> list[_dt.date]:
    """The days of the sessions where this skill was worked on, oldest first."""
    def build() -> dict[str, list[_dt.date]]:
        # every skill's days in one pass, once per change to the log (moving through
        # the skills list asks for one skill per keypress)
        by_skill: dict[str, list[_dt.date]] = {}
        for session in visible_records(store.records(Session), viewer):
            day = session_day(session)
            if day:
                for skill in {c.skill for c in session.covered if c.skill}:
                    by_skill.setdefault(skill, []).append(day)
        return {skill: sorted(days) for skill, days in by_skill.items()}
    return list(store.derived(("skills:session-dates", viewer), build, tables=(tables.SESSIONS,)).get(skill_uuid, ()))


def find_skill(store: Store, query: str, viewer: str | None = None) -> tuple[Skill | None, list[Skill]]:
    """Match a typed name: exact title, else a unique case-insensitive substring.

    Returns (match, candidates); when there is no unique match the candidates
    are the close ones (substring hits, or titles sharing a word).
    """
    folded = " ".join(query.split()).casefold()
    pool = skills(store, viewer)
    if not folded:
        return None, []
    exact = [s for s in pool if s.title.casefold() == folded]
    if len(exact) == 1:
        return exact[0], exact
    hits = [s for s in pool if folded in s.title.casefold()]
    if len(hits) == 1:
        return hits[0], hits
    if hits:
        return None, hits
    words = set(folded.split())
    close = [s for s in pool if words & set(s.title.casefold().split())]
    return None, close


# --------------------------------------------------------------------------- home status
def status_lines(ctx: StatusContext) -> list[StatusLine]:
    from rmcoach.features.status import StatusLine

    pool = skills(ctx.store, ctx.viewer)
    if not pool:
        return [StatusLine("No skills to swap yet - pick a few from the starter ideas in both directions.", "todo", "skills")]
    parts = []
    for person in ctx.pair.people:
        learning = [s for s in pool if s.learner == person.uuid and s.level < TOP]
        if learning:
            parts.append(f"{person.name} {len(learning)}")
    mastered = sum(1 for s in pool if s.level == TOP)
    text = ("Skills being learned: " + ", ".join(parts)) if parts else "Every skill on your list can be taught back"
    if mastered and parts:
        text += f" ({mastered} can already be taught back)"
    today = ctx.now.date()
    overdue = sum(1 for s in pool for t in s.open_tasks if t.due and t.due < today)
    open_tasks = sum(len(s.open_tasks) for s in pool)
    if open_tasks:
        text += f"; {open_tasks} practice task{'s' if open_tasks != 1 else ''} to try"
        if overdue:
            text += f", {overdue} past due"
    return [StatusLine(text, "todo" if overdue else "info", "skills")]


# --------------------------------------------------------------------------- demo
# (title, tech?, level path, tasks, teach-back) for one demo skill
_DemoSkill = tuple[str, bool, list[tuple[int, int, str]], list[tuple[str, int, str, str]], "tuple[str, int, int] | None"]
_DEMO: tuple[_DemoSkill, ...] = (
    # (suggestion title, tech?, level path [(weeks ago, level, note)], tasks, teachback)
    ("Patient-portal messaging", True, [(13, 0, ""), (12, 1, "Watched Sam clear a morning's messages"),
                                        (10, 2, "Answered five with Sam beside me"), (6, 3, "Cleared the inbox alone on Friday")],
     [("Answer three portal messages without help", 9, "tried", "Couldn't log in from the ward PC - the portal needs the newer browser."),
      ("Set up two reply templates", 5, "done", "")], None),
    ("Password managers", True, [(11, 0, ""), (9, 1, "Saw how the vault fills in passwords"), (4, 2, "Moved ten logins across together")],
     [("Move the remaining logins into the vault", 3, "tried", "No time between clinics; did four of twelve."),
      ("Turn on two-step login for the vault", -1, "open", "")], None),
    ("Video consultations", True, [(8, 0, ""), (7, 1, "Sam ran a mock call with me"), (5, 2, "First real clinic with Sam on standby"),
                                   (3, 3, "Ran Tuesday's video clinic alone"), (1, 4, "Showed the registrar how to start one")],
     [("Run one video clinic alone", 4, "done", "The room's webcam was unplugged; used the laptop's own.")],
     ("You send the link from the clinic list, check the patient can hear you before anything clinical, "
      "and if the picture freezes you ring them on the number in the record and carry on by phone.", 2, 4)),
    ("Spotting phishing", True, [(2, 0, ""), (1, 1, "Went through five real fakes from the trust's reports")], [], None),
    ("Clinical reasoning", False, [(13, 0, ""), (11, 1, "Heard how Margaret works through chest pain"),
                                   (7, 2, "Talked through a case with Margaret asking the questions")],
     [("Sit in on a Thursday clinic and note the questions asked", 8, "done", "")], None),
    ("Handling pushback", False, [(10, 0, ""), (8, 1, "Role-played the dashboard meeting"), (4, 2, "Handled the pharmacy lead's objections, debriefed after"),
                                  (2, 3, "Ran the ward-manager meeting alone")],
     [("Ask one sceptic what would change their mind", 6, "done", "Was nervous and almost cancelled the meeting.")],
     ("Stay curious rather than defensive: ask what worries them, say it back so they know you heard, "
      "and agree one small thing to try rather than winning the whole argument.", 2, 4)),
    ("How the hospital really makes decisions", False, [(6, 0, ""), (5, 1, "Margaret mapped who signs off a new system")],
     [("Find out who chairs the digital board and when it meets", 2, "open", "")], None),
    ("Career choices", False, [(3, 0, "")], [], None),
)


def demo_step(store: Store, pair: Pair, today: _dt.date) -> None:
    """Skills in both directions with level history, tasks with friction, teach-backs; links into demo sessions."""
    people = list(pair.people)
    by_title = {s.title: s for s in TECH_SUGGESTIONS + WISDOM_SUGGESTIONS}
    made: list[str] = []
    for title, _tech, path, tasks, teachback in _DEMO:
        sug = by_title[title]
        teacher, learner = guess_direction(people, sug.kind)
        levels = [{"level": lv, "on": (today - _dt.timedelta(weeks=w)).isoformat(), "note": note} for w, lv, note in path]
        task_recs = []
        for i, (text, weeks_ago, status, friction) in enumerate(tasks):
            due = today - _dt.timedelta(weeks=weeks_ago)
            task_recs.append({"id": f"demo{len(made)}{i}", "text": text, "due": due.isoformat(), "status": status,
                              "friction": friction, "tried_on": (due - _dt.timedelta(days=1)).isoformat() if status != "open" else None})
        tbs = []
        if teachback:
            text, before, after = teachback
            tbs.append({"on": levels[-1]["on"], "explanation": text, "before": before, "after": after})
        made.append(store.insert(TABLE, {
            "title": sug.title, "teacher": teacher, "learner": learner, "kind": sug.kind,
            "description": sug.description, "why": sug.why, "level": levels[-1]["level"], "levels": levels,
            "tasks": task_recs, "teachbacks": tbs, "author": learner, "visibility": SHARED,
        })["uuid"])
    link_demo_sessions(store, [r for r in store.records(SkillRecord) if r.uuid in made])


def link_demo_sessions(store: Store, made: list[SkillRecord]) -> None:
    """If the demo already has sessions, mark which of these skills each one worked on.

    A covered item that already names a skill is left alone; an item without
    one gets a skill of the same direction, so the demo's history hangs together.
    """
    sessions = sorted(store.records(Session), key=session_order)
    if not sessions or not made:
        return
    by_direction: dict[tuple[str | None, str | None], list[SkillRecord]] = {}
    for rec in made:
        by_direction.setdefault((rec.teacher, rec.learner), []).append(rec)
    for index, session in enumerate(sessions):
        changed = False
        new = []
        for item in session.covered:
            if not item.skill:
                pool = by_direction.get((item.teacher, item.learner))
                if pool:
                    pick = _closest(item.topic, pool, index)
                    item = item.replace(skill=pick.uuid, topic=pick.title if "topic" in item.absent else item.topic)
                    changed = True
            new.append(item.to_dict())
        if changed:
            store.update(tables.SESSIONS, session.uuid, {"covered": new})


def _closest(topic: str, pool: list[SkillRecord], index: int) -> SkillRecord:
    """The skill whose words overlap the topic most; the index spreads ties over the pool."""
    words = {w for w in topic.casefold().replace("-", " ").split() if len(w) > 3}

    def overlap(rec: SkillRecord) -> int:
        text = f"{rec.title} {rec.description}".casefold()
        return sum(1 for w in words if w[:5] in text)

    best = max(overlap(r) for r in pool)
    if best == 0:
        return pool[index % len(pool)]
    return next(r for r in pool if overlap(r) == best)
