"""The closing keepsake: "what we each learned", as Markdown (HTML through web.paper).

One section per person: what they said they learned most (the retrospective),
the skills they climbed on the ladder (from where to where, and when), their
teach-backs with confidence before and after, and every learning they logged;
then the retrospective and the time the pair gave it. Written so either of
them can file it as appraisal or CPD evidence.

Only what ``viewer`` may see is included: the shared view (``SHARED_VIEW``)
has shared items only; a person's own copy adds their private items, never the
other person's.
"""

from __future__ import annotations

import datetime as _dt

from rmcoach.features.review import DECISIONS, latest_retro
from rmcoach.features.skills import LEVELS
from rmcoach.infra import clock
from rmcoach.infra.dates import fmt_date, iso_date
from rmcoach.records.model import Pair
from rmcoach.records.privacy import PRIVATE, visible_records
from rmcoach.records.sessions import Session
from rmcoach.records.skills import LearningRecord, SkillRecord
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import md_inline


def _date(day: _dt.date | None) -> str:
    return fmt_date(day) if day else ""


def _time_given(store: Store) -> tuple[int, int]:
    """(sessions held, minutes) from the session log."""
    sessions = store.records(Session)
    return len(sessions), sum(s.minutes or 0 for s in sessions)


def _hours(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    text = f"{hours} hour{'' if hours == 1 else 's'}" if hours else ""
    if mins:
        text += (" " if text else "") + f"{mins} minutes"
    return text or "no time logged"


def _skill_lines(skill: SkillRecord, teacher: str) -> list[str]:
    levels = skill.levels
    now = skill.level
    start = levels[0].level if levels else now  # levels are kept oldest first
    reached = next((c for c in reversed(levels) if c.level == now), None)
    when = _date(reached.on) if reached else ""
    line = f"**{md_inline(skill.title or 'A skill')}**, taught by {md_inline(teacher)}: "
    if start != now:
        line += f"from *{LEVELS[start]}* to *{LEVELS[now]}*"
    else:
        line += f"*{LEVELS[now]}*"
    if when and now:
        line += f" (since {when})"
    return [f"- {line}"]


def _teachback_lines(skill: SkillRecord) -> list[str]:
    out = []
    for tb in skill.teachbacks:
        confidence = ""
        if tb.before is not None and tb.after is not None:
            confidence = f", confidence {tb.before} of 5 before and {tb.after} of 5 after"
        when = _date(tb.on)
        head = f"- {md_inline(skill.title or 'A skill')}" + (f", {when}" if when else "") + confidence
        out.append(head)
        if tb.explanation:
            out.append(f"  - In their own words: {md_inline(tb.explanation)}")
    return out


def keepsake_markdown(store: Store, pair: Pair, viewer: str | None, today: _dt.date | None = None) -> str:
    today = today or clock.today()
    names = {p.uuid: p.name for p in pair.people}
    skills = visible_records(store.records(SkillRecord), viewer)
    learnings = visible_records(store.records(LearningRecord), viewer)
    retro = latest_retro(store, viewer)
    learned_most = (retro.learned_most if retro else None) or {}
    held, minutes = _time_given(store)

    both = " and ".join(md_inline(p.name) for p in pair.people)
    out = [f"# {md_inline(pair.title)}: what we each learned", ""]
    span = f"A reverse-mentoring pair: {both}"
    if pair.context:
        span += f" ({md_inline(pair.context)})"
    span += f", from {fmt_date(pair.start)}" if isinstance(pair.start, _dt.date) else ""
    out += [span + ".", "",
            f"{held} session{'' if held == 1 else 's'} held, {_hours(minutes)} together. "
            "Each of us taught the other and learned in return.", ""]

    for person in pair.people:
        other = pair.other(person.uuid)
        teacher_name = other.name if other is not None else "the other"
        out += [f"## What {md_inline(person.name)} learned", ""]
        most = learned_most.get(person.uuid)
        if most:
            out += [f"**Learned most:** {md_inline(most)}", ""]
        climbed = [s for s in skills if s.learner == person.uuid]
        climbed.sort(key=lambda s: (-s.level, s.title.casefold()))
        out += ["### Skills on the ladder", ""]
        if climbed:
            for s in climbed:
                out += _skill_lines(s, names.get(s.teacher or "", teacher_name))
        else:
            out.append("*No skills recorded.*")
        out.append("")
        teachbacks = [line for s in climbed for line in _teachback_lines(s)]
        if teachbacks:
            out += ["### Teach-backs (explained back in their own words)", ""] + teachbacks + [""]
        mine = [rec for rec in learnings if (rec.by or rec.author) == person.uuid]
        mine.sort(key=lambda rec: (rec.on or _dt.date.min, rec.created or ""))
        out += ["### Learnings logged", ""]
        if mine:
            titles = {s.uuid: s.title for s in skills}
            for rec in mine:
                line = f"- {_date(rec.on or iso_date(rec.created))}: {md_inline(rec.text)}"
                if rec.skill in titles:
                    line += f" (skill: {md_inline(titles[rec.skill])})"
                if rec.visibility == PRIVATE:
                    line += " *(private: only in your own copy)*"
                out.append(line)
        else:
            out.append("*No learnings logged.*")
        out.append("")

    out += ["## Our retrospective", ""]
    if retro:
        if retro.keep_doing:
            out.append(f"- Keep doing: {md_inline(retro.keep_doing)}")
        if retro.decision:
            out.append(f"- What next: {md_inline(DECISIONS.get(retro.decision, retro.decision))}")
        if not retro.keep_doing and not retro.decision:
            out.append("*The retrospective has no answers yet.*")
    else:
        out.append("*Not held yet: the review screen (v) walks you through it at the close.*")
    out.append("")
    whose = (f"This copy includes {md_inline(names[viewer])}'s private items."
             if viewer in names else "Shared items only: private notes stay with their author.")
    out += ["---", "", f"Prepared with rmcoach on {fmt_date(today)} as a record of learning "
            f"for appraisal or continuing professional development. {whose}", ""]
    return "\n".join(out).rstrip() + "\n"
