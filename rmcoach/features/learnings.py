"""The learning log: what I learned, in my own words, in a few seconds.

A learning is ``{text, by, skill, tags, on, author (= by), visibility}`` in the
``learnings`` table.  The same functions serve the quick modal in the app and
`rmcoach log` on the command line, so this module stays light: it imports
only the store and small helpers (the command is timed against jrnl).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from rmcoach.infra import clock, validate
from rmcoach.records import tables
from rmcoach.records.privacy import PRIVATE, SHARED, visible_records
from rmcoach.records.skills import LearningRecord, SkillRecord
from rmcoach.infra.textsafe import has_control_chars
from rmcoach.infra.dates import iso_date

if TYPE_CHECKING:
    from rmcoach.storage.store import Store
    from rmcoach.records.model import Pair

TABLE = tables.LEARNINGS
LAST_LOGGER = "last_logger"  # Prefs key: who last logged a learning on this machine
TEXT_MAX = 2000
TAG_MAX = 30
TAGS_MAX = 12


class LearningError(ValueError):
    """A learning that cannot be saved; ``field`` names the form field to mark."""

    def __init__(self, message: str, field: str = "text") -> None:
        super().__init__(message)
        self.field = field


def clean_text(text: str) -> str:
    try:
        return validate.long_text(text, what="What you learned", required=True, limit=TEXT_MAX)
    except validate.Invalid as exc:
        message = str(exc)
        if message.endswith("is needed."):
            message = "Write what you learned, in a few words of your own."
        raise LearningError(message, "text") from None


def clean_tags(tags: Iterable[str] | str) -> list[str]:
    """Tags from a list or a typed line ("ehr, phishing #calls"): lower case, no '#', no repeats."""
    if isinstance(tags, str):
        tags = [tags]
    out: list[str] = []
    for chunk in tags:
        for raw in str(chunk).replace(",", " ").split():
            tag = raw.strip().lstrip("#").casefold()
            if not tag:
                continue
            if has_control_chars(tag):
                raise LearningError("Tags cannot contain control characters.", "tags")
            if len(tag) > TAG_MAX:
                raise LearningError(f"The tag {tag[:12]}… is {len(tag)} characters long; please keep tags to {TAG_MAX}.", "tags")
            if tag not in out:
                out.append(tag)
    if len(out) > TAGS_MAX:
        raise LearningError(f"That is {len(out)} tags; please keep it to {TAGS_MAX}.", "tags")
    return out


def add_learning(store: Store, *, text: str, by: str, skill: str | None = None, tags: Iterable[str] | str = (),
                 on: _dt.date | None = None, visibility: str = SHARED) -> dict[str, Any]:
    """Save one learning (validated); returns the stored record."""
    cleaned = clean_text(text)
    tag_list = clean_tags(tags)
    if visibility not in (SHARED, PRIVATE):
        raise LearningError("Visibility is shared or private.", "visibility")
    return store.insert(TABLE, {
        "text": cleaned, "by": by, "skill": skill or None, "tags": tag_list,
        "on": (on or clock.today()).isoformat(), "author": by, "visibility": visibility,
    })


def edit_learning(store: Store, learning_uuid: str, *, text: str, skill: str | None, tags: Iterable[str] | str,
                  by: str | None, on: _dt.date | None = None, visibility: str | None = None) -> dict[str, Any]:
    """Change a learning, keeping the previous version in its history."""
    changes: dict[str, Any] = {"text": clean_text(text), "skill": skill or None, "tags": clean_tags(tags)}
    if on is not None:
        changes["on"] = on.isoformat()
    if visibility is not None:
        if visibility not in (SHARED, PRIVATE):
            raise LearningError("Visibility is shared or private.", "visibility")
        changes["visibility"] = visibility
    with store.transaction():
        if store.record(LearningRecord, learning_uuid) is None:
            raise LearningError("That learning no longer exists; it may have been removed elsewhere.")
        return store.update(TABLE, learning_uuid, changes, keep_history=True, by=by)


def delete_learning(store: Store, learning_uuid: str) -> None:
    store.delete(TABLE, learning_uuid)


# --------------------------------------------------------------------------- reading and filtering
@dataclass(frozen=True)
class Learning:
    uuid: str
    text: str
    by: str | None
    skill: str | None
    tags: tuple[str, ...]
    on: _dt.date | None  # the day it was learned (the day it was logged when the record has none)
    visibility: str
    edited: bool = False
    created: str = ""

    @classmethod
    def from_record(cls, rec: LearningRecord) -> "Learning":
        return cls(
            uuid=rec.uuid, text=rec.text, by=rec.by or rec.author, skill=rec.skill, tags=rec.tags,
            on=rec.on or iso_date(rec.created), visibility=rec.visibility, edited=bool(rec.history),
            created=rec.created or "",
        )


def _logged_at(created: str | None) -> float:
    """When a learning was logged, comparable across time zones (a copy from the other
    laptop, or either side of a clock change); unreadable stamps sort as oldest."""
    try:
        moment = _dt.datetime.fromisoformat(created or "")
    except ValueError:
        return float("-inf")
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.timestamp()


def learnings(store: Store, viewer: str | None) -> list[Learning]:
    """Every learning ``viewer`` may see, newest day first and, within a day, the one
    logged last first (ties - several saved in the same second - by the order saved)."""
    items = list(enumerate(Learning.from_record(r) for r in visible_records(store.records(LearningRecord), viewer)))
    items.sort(key=lambda ir: (ir[1].on or _dt.date.min, _logged_at(ir[1].created), ir[0]), reverse=True)
    return [item for _, item in items]


def filter_learnings(items: Iterable[Learning], *, person: str | None = None, skill: str | None = None,
                     tag: str | None = None, since: _dt.date | None = None, until: _dt.date | None = None,
                     text: str = "") -> list[Learning]:
    """Keep the learnings that match every given filter (None / empty means any).

    ``skill`` may be the special value ``"-"`` for learnings not linked to a skill.
    ``tag`` matches a whole tag, case-insensitively, with or without '#'.
    """
    wanted_tag = (tag or "").strip().lstrip("#").casefold()
    words = text.casefold().split()
    out = []
    for item in items:
        if person and item.by != person:
            continue
        if skill == "-" and item.skill:
            continue
        if skill and skill != "-" and item.skill != skill:
            continue
        if wanted_tag and wanted_tag not in item.tags:
            continue
        if since and (item.on is None or item.on < since):
            continue
        if until and (item.on is None or item.on > until):
            continue
        if words and not all(w in item.text.casefold() for w in words):
            continue
        out.append(item)
    return out


def all_tags(items: Iterable[Learning]) -> list[tuple[str, int]]:
    """Tags with how often each is used, most used first."""
    counts: dict[str, int] = {}
    for item in items:
        for tag in item.tags:
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


# --------------------------------------------------------------------------- who is logging
def remember_logger(data_dir: Path, person_uuid: str) -> None:
    from rmcoach.storage.prefs import Prefs

    Prefs(data_dir).set(LAST_LOGGER, person_uuid)


def last_logger(data_dir: Path) -> str | None:
    from rmcoach.storage.prefs import Prefs

    value = Prefs(data_dir).get(LAST_LOGGER)
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------- demo
_DEMO_LEARNINGS = (
    # (weeks ago, senior learned it?, skill title or None, tags, text)
    (13, False, None, ["first-meeting"], "Margaret asks 'what worries you about it?' before explaining anything. Try that myself."),
    (12, True, "Patient-portal messaging", ["portal"], "The portal inbox can be sorted by 'waiting longest' - that alone changes my mornings."),
    (12, False, "Clinical reasoning", ["reasoning"], "Start from what would kill the patient tonight, then work down the list."),
    (11, True, "Password managers", ["security"], "A password manager is the locked drug cupboard: one key I guard, everything else inside."),
    (11, False, "Handling pushback", ["pushback", "meetings"], "Pushback in a meeting is often about workload, not about the idea."),
    (10, True, "Patient-portal messaging", ["portal", "templates"], "Templates are editable before sending - they don't have to sound like a robot."),
    (10, False, "Clinical reasoning", ["reasoning"], "Clinicians write 'impression' for what they think is going on - it's a working guess, not a verdict."),
    (9, True, None, ["calendar"], "I can see when the registrars are free without asking the secretary."),
    (9, False, None, ["wards"], "Handover at 8am is sacred; never book a demo over it."),
    (8, True, "Video consultations", ["video"], "Check the patient can hear me before anything clinical."),
    (8, False, "Handling pushback", ["pushback"], "Say their worry back in their words before answering it."),
    (7, True, "Password managers", ["security"], "Two-step login codes come from the app, not from a text, on the trust phones."),
    (7, False, "Clinical reasoning", ["reasoning", "clinic"], "In clinic Margaret writes the plan first and the story second."),
    (6, True, "Patient-portal messaging", ["portal"], "Cleared the portal inbox alone: 14 messages in 20 minutes."),
    (6, False, "How the hospital really makes decisions", ["decisions"], "The clinical director's Monday huddle decides more than the board papers suggest."),
    (5, True, "Video consultations", ["video", "clinic"], "If the video freezes, ring the number in the record and carry on by phone."),
    (5, False, "How the hospital really makes decisions", ["decisions", "governance"], "Nothing reaches the digital board without a clinical sponsor's name on it."),
    (4, True, None, ["dictation"], "Dictation learns my accent if I correct it rather than retyping."),
    (4, False, "Handling pushback", ["pushback", "meetings"], "Agree one small trial instead of trying to win the whole argument."),
    (3, True, "Video consultations", ["video"], "Ran the whole Tuesday video clinic on my own."),
    (3, False, "Career choices", ["career"], "The clinical informatics fellowship wants a project with a named clinical lead."),
    (2, True, "Spotting phishing", ["security", "phishing"], "Hover over the link: the address it shows is the truth, the text isn't."),
    (2, False, None, ["listening"], "Silence after a question is not a problem to fix; wait."),
    (1, True, "Spotting phishing", ["phishing"], "'Urgent' and 'your account will close' are the two biggest warning signs."),
    (1, False, "Career choices", ["career", "mentoring"], "Ask for a sponsor, not only a mentor: someone who says your name in rooms."),
    (0, True, "Video consultations", ["teaching", "video"], "Teaching the registrar to start a video clinic showed me what I actually know."),
)


def demo_step(store: Store, pair: Pair, today: _dt.date) -> None:
    """About 25 learnings by both people over the demo's weeks, some linked to skills."""
    from rmcoach.features.skills import guess_direction

    people = list(pair.people)
    senior = guess_direction(people, "technology")[1]
    junior = next(p.uuid for p in people if p.uuid != senior)
    titles = {r.title: r.uuid for r in store.records(SkillRecord)}
    for weeks_ago, by_senior, skill_title, tags, text in _DEMO_LEARNINGS:
        by = senior if by_senior else junior
        day = today - _dt.timedelta(weeks=weeks_ago, days=(weeks_ago * 3) % 5)
        store.insert(TABLE, {"text": text, "by": by, "skill": titles.get(skill_title or ""), "tags": list(tags),
                             "on": max(day, pair.start).isoformat(), "author": by, "visibility": SHARED})
