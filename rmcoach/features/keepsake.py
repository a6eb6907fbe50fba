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
from typing import Any

from rmcoach.infra import clock
from rmcoach.infra.dates import fmt_date
from rmcoach.records.model import Pair
from rmcoach.records.privacy import can_see
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import md_inline

LEVELS = ("not started", "seen it shown", "tried with help", "does it alone", "can teach it back")
DECISIONS = {
    "renew": "renew for another round",
    "change-focus": "carry on with a new focus",
    "end": "end well, with thanks",
}


def _date(text: Any) -> str:
    try:
        return fmt_date(_dt.date.fromisoformat(str(text)[:10]))
    except ValueError:
        return ""


def _level(value: Any) -> int:
    return value if isinstance(value, int) and 0 <= value < len(LEVELS) else 0


def _time_given(store: Store) -> tuple[int, int]:
    """(sessions held, minutes) from the session log."""
    sessions = store.all("sessions")
    minutes = sum(m for m in (s.get("minutes") for s in sessions) if isinstance(m, int) and m > 0)
    return len(sessions), minutes


def _hours(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    text = f"{hours} hour{'' if hours == 1 else 's'}" if hours else ""
    if mins:
        text += (" " if text else "") + f"{mins} minutes"
    return text or "no time logged"


def _skill_lines(skill: dict[str, Any], teacher: str) -> list[str]:
    levels = [c for c in skill.get("levels") or [] if isinstance(c, dict) and isinstance(c.get("level"), int)]
    now = _level(skill.get("level"))
    start = _level(levels[0]["level"]) if levels else now  # levels are kept oldest first
    reached = next((c for c in reversed(levels) if _level(c.get("level")) == now), None)
    when = _date(reached.get("on")) if reached else ""
    line = f"**{md_inline(skill.get('title') or 'A skill')}**, taught by {md_inline(teacher)}: "
    if start != now:
        line += f"from *{LEVELS[start]}* to *{LEVELS[now]}*"
    else:
        line += f"*{LEVELS[now]}*"
    if when and now:
        line += f" (since {when})"
    return [f"- {line}"]


def _teachback_lines(skill: dict[str, Any]) -> list[str]:
    out = []
    for tb in skill.get("teachbacks") or []:
        if not isinstance(tb, dict):
            continue
        before, after = tb.get("before"), tb.get("after")
        confidence = ""
        if isinstance(before, int) and isinstance(after, int):
            confidence = f", confidence {before} of 5 before and {after} of 5 after"
        when = _date(tb.get("on"))
        head = f"- {md_inline(skill.get('title') or 'A skill')}" + (f", {when}" if when else "") + confidence
        out.append(head)
        if tb.get("explanation"):
            out.append(f"  - In their own words: {md_inline(tb['explanation'])}")
    return out


def keepsake_markdown(store: Store, pair: Pair, viewer: str | None, today: _dt.date | None = None) -> str:
    today = today or clock.today()
    names = {p.uuid: p.name for p in pair.people}
    skills = [s for s in store.all("skills") if can_see(s, viewer)]
    learnings = [rec for rec in store.all("learnings") if can_see(rec, viewer)]
    retros = [r for r in store.all("retros") if can_see(r, viewer)]
    retro = max(retros, key=lambda r: str(r.get("updated", ""))) if retros else None
    learned_most = (retro or {}).get("learned_most") or {}
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
        most = learned_most.get(person.uuid) if isinstance(learned_most, dict) else None
        if most:
            out += [f"**Learned most:** {md_inline(most)}", ""]
        climbed = [s for s in skills if s.get("learner") == person.uuid]
        climbed.sort(key=lambda s: (-_level(s.get("level")), str(s.get("title") or "").casefold()))
        out += ["### Skills on the ladder", ""]
        if climbed:
            for s in climbed:
                out += _skill_lines(s, names.get(str(s.get("teacher")), teacher_name))
        else:
            out.append("*No skills recorded.*")
        out.append("")
        teachbacks = [line for s in climbed for line in _teachback_lines(s)]
        if teachbacks:
            out += ["### Teach-backs (explained back in their own words)", ""] + teachbacks + [""]
        mine = [rec for rec in learnings if (rec.get("by") or rec.get("author")) == person.uuid]
        mine.sort(key=lambda rec: (str(rec.get("on") or ""), str(rec.get("created") or "")))
        out += ["### Learnings logged", ""]
        if mine:
            titles = {s["uuid"]: str(s.get("title") or "") for s in skills}
            for rec in mine:
                line = f"- {_date(rec.get('on') or rec.get('created'))}: {md_inline(rec.get('text') or '')}"
                if rec.get("skill") in titles:
                    line += f" (skill: {md_inline(titles[rec['skill']])})"
                if rec.get("visibility") == "private":
                    line += " *(private: only in your own copy)*"
                out.append(line)
        else:
            out.append("*No learnings logged.*")
        out.append("")

    out += ["## Our retrospective", ""]
    if retro:
        if retro.get("keep_doing"):
            out.append(f"- Keep doing: {md_inline(retro['keep_doing'])}")
        if retro.get("decision"):
            out.append(f"- What next: {md_inline(DECISIONS.get(retro['decision'], str(retro['decision'])))}")
        if not retro.get("keep_doing") and not retro.get("decision"):
            out.append("*The retrospective has no answers yet.*")
    else:
        out.append("*Not held yet: the review screen (v) walks you through it at the close.*")
    out.append("")
    whose = (f"This copy includes {md_inline(names[viewer])}'s private items."
             if viewer in names else "Shared items only: private notes stay with their author.")
    out += ["---", "", f"Prepared with rmcoach on {fmt_date(today)} as a record of learning "
            f"for appraisal or continuing professional development. {whose}", ""]
    return "\n".join(out).rstrip() + "\n"
