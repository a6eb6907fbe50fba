"""Saved resistance diagnoses, and turning their strategies into agenda items or practice tasks.

Table ``diagnoses`` (see ARCHITECTURE.md): ``subject`` is a skill's uuid when
the diagnosis is about a skill the pair tracks, else the technology's name in
lower case; ``tool`` is the name as shown; ``result`` is
:func:`rmcoach.tips.resistance.diagnosis_to_dict`; ``author`` and
``visibility`` as for any text a person writes: a diagnosis starts private to its
author (sharing with the partner is a deliberate step); one made together is shared.  Running the diagnostic again
on the same subject compares with the latest earlier one the viewer may see.
The questions and the scoring live in :mod:`rmcoach.tips.resistance`.
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from rmcoach.infra import validate
from rmcoach.records import tables
from rmcoach.records.coaching import Diagnosis
from rmcoach.records.privacy import PRIVATE, SHARED, TOGETHER, visible_records
from rmcoach.records.sessions import AgendaTopic
from rmcoach.records.skills import SkillRecord, Task
from rmcoach.storage.store import Store, StoreError
from rmcoach.tips import resistance

if TYPE_CHECKING:
    from rmcoach.records.model import Pair
    from rmcoach.features.status import StatusContext, StatusLine

TABLE = tables.DIAGNOSES
TOOL_MAX = 80
TOPIC_MAX = 120


class DiagnosisError(StoreError):
    exit_code = 2


@dataclass(frozen=True)
class Saved:
    """One stored diagnosis, rebuilt."""

    uuid: str
    subject: str
    tool: str
    diagnosis: resistance.Diagnosis
    author: str | None
    visibility: str
    created: str

    @property
    def day(self) -> _dt.date | None:
        """The day it was made, as its time stamp (kept as text) says; None without one."""
        try:
            return _dt.datetime.fromisoformat(self.created).date()
        except ValueError:
            return None

    @property
    def skill_uuid(self) -> str | None:
        return self.subject if _looks_like_uuid(self.subject) else None


def _looks_like_uuid(text: str) -> bool:
    try:
        _uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def subject_for(tool: str, skill_uuid: str | None = None) -> str:
    """The key a diagnosis is saved under: the skill, or the tool's name in lower case."""
    if skill_uuid:
        return skill_uuid
    return " ".join(tool.split()).casefold()


def check_tool(text: str) -> str:
    """The technology's name as typed; raises validate.Invalid."""
    return validate.short_text(text, what="The technology", required=True, limit=TOOL_MAX)


def _from_record(rec: Diagnosis) -> Saved | None:
    try:
        # the scoring rebuilds a diagnosis from its stored form (and scores it again)
        diagnosis = resistance.diagnosis_from_dict(rec.result.to_dict() if rec.result else {})
    except ValueError:
        return None  # question or cause ids this rmcoach does not know: left out rather than breaking the screen
    return Saved(uuid=rec.uuid, subject=rec.subject, tool=rec.tool or diagnosis.tool, diagnosis=diagnosis,
                 author=rec.author, visibility=rec.visibility, created=rec.created or "")


def reason_for(reason: str, author_name: str | None) -> str:
    """A cause's reason as the viewer reads it: the scoring words answers as "You answered ...",
    which is right only for the person who answered; anyone else (the partner, or both looking
    together) reads whose answer it was ("Sam answered ...").  ``author_name`` is None when the
    viewer is the author, or when the diagnosis was made together."""
    if author_name and reason.startswith(_YOU_ANSWERED):
        return f"{author_name} answered " + reason[len(_YOU_ANSWERED):]
    return reason


_YOU_ANSWERED = "You answered "


def all_saved(store: Store, viewer: str | None) -> list[Saved]:
    """Every diagnosis ``viewer`` may see, newest first."""
    out = [s for s in (_from_record(r) for r in visible_records(store.records(Diagnosis), viewer)) if s is not None]
    return sorted(out, key=lambda s: s.created, reverse=True)


def get(store: Store, diagnosis_uuid: str, viewer: str | None) -> Saved | None:
    rec = store.record(Diagnosis, diagnosis_uuid)
    if rec is None or not visible_records((rec,), viewer):
        return None
    return _from_record(rec)


def history(store: Store, subject: str, viewer: str | None) -> list[Saved]:
    """Diagnoses of one subject, oldest first."""
    return sorted((s for s in all_saved(store, viewer) if s.subject == subject), key=lambda s: s.created)


def previous(store: Store, saved: Saved, viewer: str | None) -> Saved | None:
    """The latest diagnosis of the same subject made before ``saved``."""
    earlier = [s for s in history(store, saved.subject, viewer) if s.created < saved.created and s.uuid != saved.uuid]
    return earlier[-1] if earlier else None


def changes(store: Store, saved: Saved, viewer: str | None) -> tuple[Saved | None, list[str]]:
    """(the earlier diagnosis, what changed since it) - ``(None, [])`` for a first one."""
    before = previous(store, saved, viewer)
    if before is None:
        return None, []
    return before, resistance.compare(before.diagnosis, saved.diagnosis)


def friction_for(store: Store, skill_uuid: str | None) -> list[str]:
    """What got in the way when practising this skill (from its practice tasks)."""
    from rmcoach.features.skills import friction_notes

    return list(friction_notes(store, skill_uuid)) if skill_uuid else []


def save(store: Store, tool: str, answers: dict[str, int], *, skill_uuid: str | None = None,
         author: str | None, private: bool | None = None, friction: Iterable[str] | None = None,
         created: str | None = None) -> Saved:
    """Diagnose and store the result; the friction notes default to the skill's practice notes.

    A diagnosis is about a person's reluctance, so one made by one person starts private
    to them (``private=None``); sharing it is a deliberate step (``private=False`` here, or
    :func:`set_private` later).  One made together (no single author) is shared: both saw it."""
    if private is None:
        private = bool(author) and author != TOGETHER
    name = check_tool(tool)
    if skill_uuid and store.record(SkillRecord, skill_uuid) is None:
        raise DiagnosisError("That skill no longer exists; it may have been removed elsewhere.")
    if private and (not author or author == TOGETHER):
        raise DiagnosisError("A private diagnosis needs one person at the keyboard (press F2 to say who you are).")
    notes = list(friction) if friction is not None else friction_for(store, skill_uuid)
    try:
        diagnosis = resistance.diagnose(name, answers, notes)
    except ValueError as exc:
        raise DiagnosisError(str(exc)) from None
    fields: dict[str, Any] = {
        "subject": subject_for(name, skill_uuid), "tool": name,
        "result": resistance.diagnosis_to_dict(diagnosis),
        "author": author if author != TOGETHER else None,
        "visibility": PRIVATE if private else SHARED,
    }
    if created:
        fields["created"] = created
    saved = _from_record(Diagnosis.from_dict(store.insert(TABLE, fields)))
    assert saved is not None
    return saved


def set_private(store: Store, diagnosis_uuid: str, private: bool, *, by: str | None) -> Diagnosis:
    rec = store.record(Diagnosis, diagnosis_uuid)
    if rec is None:
        raise DiagnosisError("That diagnosis no longer exists; it may have been removed elsewhere.")
    if private and (not rec.author or rec.author != by):
        raise DiagnosisError("Only the person who ran this diagnosis can make it private.")
    return Diagnosis.from_dict(store.update(TABLE, diagnosis_uuid, {"visibility": PRIVATE if private else SHARED},
                                            keep_history=True, by=by))


def remove(store: Store, diagnosis_uuid: str) -> None:
    with store.transaction():
        if store.record(Diagnosis, diagnosis_uuid) is None:
            raise DiagnosisError("That diagnosis no longer exists; it may have been removed elsewhere.")
        store.delete(TABLE, diagnosis_uuid)


# --------------------------------------------------------------------------- strategies → work
def agenda_text(tool: str, strategy: str) -> str:
    """The agenda wording: the strategy, prefixed with the technology when it fits."""
    text = f"{tool}: {strategy}"
    if len(text) <= TOPIC_MAX:
        return text
    return strategy if len(strategy) <= TOPIC_MAX else strategy[: TOPIC_MAX - 1].rstrip() + "\u2026"


def add_agenda_item(store: Store, tool: str, strategy: str, *, by: str | None) -> AgendaTopic:
    """Put a strategy on the agenda of the next session (shared, so the briefing shows it)."""
    person = by if by and by != TOGETHER else None
    text = validate.short_text(agenda_text(tool, strategy), what="The agenda item", required=True, limit=TOPIC_MAX)
    with store.transaction():
        for topic in store.records(AgendaTopic):
            if not topic.done and " ".join(topic.text.split()).casefold() == text.casefold():
                raise DiagnosisError("That is already on the agenda.")
        return AgendaTopic.from_dict(store.insert(AgendaTopic.TABLE, {
            "text": text, "by": person, "for_session": None, "done": False, "done_in": None, "author": person,
            "visibility": SHARED}))


def add_practice_task(store: Store, skill_uuid: str, strategy: str, *, by: str | None) -> Task:
    """Add a strategy to the skill's practice tasks (kept with the skill's history)."""
    person = by if by and by != TOGETHER else None
    text = validate.short_text(strategy, what="The practice task", required=True, limit=200)
    with store.transaction():
        rec = store.record(SkillRecord, skill_uuid)
        if rec is None:
            raise DiagnosisError("That skill no longer exists; it may have been removed elsewhere.")
        for task in rec.tasks:
            if task.status == "open" and task.text.casefold() == text.casefold():
                raise DiagnosisError("That is already an open practice task for this skill.")
        added = {"id": _uuid.uuid4().hex, "text": text, "due": None, "status": "open", "friction": "", "tried_on": None}
        store.update(SkillRecord.TABLE, skill_uuid, {"tasks": [t.to_dict() for t in rec.tasks] + [added]},
                     keep_history=True, by=person)
        return Task.load(added)


# --------------------------------------------------------------------------- choosing a subject
def skill_choices(store: Store, viewer: str | None) -> list[SkillRecord]:
    """Skills the diagnostic can be about: technology first, then the rest, by title."""
    recs = [r for r in visible_records(store.records(SkillRecord), viewer) if r.title.strip()]
    return sorted(recs, key=lambda r: (r.kind != "technology", r.title.casefold()))


# --------------------------------------------------------------------------- home status
def undiagnosed_friction(store: Store, viewer: str | None) -> SkillRecord | None:
    """The first skill whose practice notes mention friction and that nobody has run
    the diagnostic on yet: a sign of resistance worth looking into."""
    diagnosed = {s.subject for s in all_saved(store, viewer)}
    for rec in skill_choices(store, viewer):
        if rec.uuid not in diagnosed and friction_for(store, rec.uuid):
            return rec
    return None


def status_lines(ctx: StatusContext) -> list[StatusLine]:
    """A nudge when practice notes mention friction with a skill nobody has diagnosed yet."""
    from rmcoach.features.status import StatusLine

    rec = undiagnosed_friction(ctx.store, ctx.viewer)
    if rec is not None:
        learner = ctx.pair.person(rec.learner) if rec.learner else None
        who = f"{learner.name}'s" if learner is not None else "The"
        return [StatusLine(f"{who} practice notes mention friction with {rec.title} - "
                           "run the resistance diagnostic to find the cause.", "nudge", "resistance")]
    return []


# --------------------------------------------------------------------------- demo
_DEMO_FIRST = {  # early on: it felt hard, logins failed, and mistakes in front of Sam felt exposing
    "aware_why": 4, "sees_use": 3, "wants_it": 3, "looks_easy": 2, "knows_steps": 2, "manages_alone": 1,
    "keeps_it_up": 2, "noticed": 3, "believes_can": 3, "uneasy_mistakes": 4, "asks_basics": 2, "no_room": 4,
    "past_rollout": 4, "current_way": 4, "switch_cost": 4, "slows_them": 4, "privacy_worry": 2,
    "safety_worry": 2, "seniors_learn": 3, "missing_kit": 5, "no_help": 4, "peers_use": 3,
}
_DEMO_LATER = {  # weeks later: the browser was fixed, she manages alone, time is still tight
    "aware_why": 5, "sees_use": 4, "wants_it": 4, "looks_easy": 4, "knows_steps": 4, "manages_alone": 4,
    "keeps_it_up": 3, "noticed": 2, "believes_can": 5, "uneasy_mistakes": 2, "asks_basics": 4, "no_room": 5,
    "past_rollout": 2, "current_way": 3, "switch_cost": 3, "slows_them": 2, "privacy_worry": 2,
    "safety_worry": 1, "seniors_learn": 4, "missing_kit": 2, "no_help": 2, "peers_use": 4,
}


def _stamp(day: _dt.date) -> str:
    return _dt.datetime.combine(day, _dt.time(17, 30)).astimezone().isoformat(timespec="seconds")


def demo_step(store: Store, pair: Pair, today: _dt.date) -> None:
    """Two diagnoses of the patient portal, ten weeks apart, so "what changed" has something to show."""
    junior = pair.people[1].uuid if len(pair.people) > 1 else None
    skill = next((r for r in store.records(SkillRecord) if "portal" in r.title.casefold()), None)
    tool = skill.title if skill else "the patient portal"
    skill_uuid = skill.uuid if skill else None
    # the demo pair chose to share these, so both of them can see "what changed"
    save(store, tool, _DEMO_FIRST, skill_uuid=skill_uuid, author=junior, private=False,
         created=_stamp(today - _dt.timedelta(weeks=11)))
    save(store, tool, _DEMO_LATER, skill_uuid=skill_uuid, author=junior, private=False,
         created=_stamp(today - _dt.timedelta(weeks=1)))
