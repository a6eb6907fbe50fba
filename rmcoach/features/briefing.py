"""The briefing before a session: who leads which half, how long until it
starts, a proposed agenda, a recap of the last session and one tip.

:func:`build_briefing` gathers everything as plain data (a :class:`Briefing`
made of titled :class:`Section` s) and :func:`briefing_markdown` writes it as
CommonMark; the app's briefing screen draws the same sections, so the
screen and ``rmcoach brief`` always agree.

Privacy: private items (a person's reflection on the last session) are
included only when ``viewer`` is that person; with ``viewer`` None or
:data:`rmcoach.records.privacy.TOGETHER` the briefing holds shared items only.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from rmcoach.features import checkins
from rmcoach.records import privacy
from rmcoach.infra.dates import fmt_date, fmt_when, get_zone, humanize_until
from rmcoach.features.schedule import Occurrence, drift
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import md_inline, one_line

MAX_ITEMS = 12  # per agenda list; the rest are counted
LEVEL_WORDS = {0: "not started", 1: "seen it shown", 2: "tried with help", 3: "does it alone", 4: "can teach it back"}


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    empty: str = ""
    private: bool = False  # shown only to the person it belongs to
    strong_first: bool = False  # the first paragraph is a title (a tip's name)
    markdown: str = ""  # our own Markdown (a tip's body), after the paragraphs; never user text


@dataclass(frozen=True)
class Briefing:
    heading: str
    sections: tuple[Section, ...]
    next: Occurrence | None = None
    lead: str | None = None  # person uuid leading the first half
    moment: str = "before-session"
    tip_title: str = ""
    tip_body: str = ""
    has_schedule: bool = False
    open_actions: tuple[dict[str, Any], ...] = ()
    recap_session: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def section(self, title: str) -> Section | None:
        for s in self.sections:
            if s.title == title:
                return s
        return None


# --------------------------------------------------------------------------- helpers
def _name(pair: Any, uuid: Any) -> str:
    person = pair.person(str(uuid)) if uuid else None
    return one_line(person.name, 60) if person else "someone"


def _short(text: Any, limit: int = 160) -> str:
    return one_line(str(text or ""), limit)


def _first_name(pair: Any, uuid: Any) -> str:
    return _name(pair, uuid)


def _low_comfort(record: dict[str, Any] | None) -> bool:
    if not record:
        return False
    ratings = record.get("ratings")
    if not isinstance(ratings, dict):
        return False
    for scores in ratings.values():
        if isinstance(scores, dict) and isinstance(scores.get("comfort"), int) and scores["comfort"] <= 2:
            return True
    return False


def _one_way(store: Store, pair: Any) -> bool:
    """The last three logged sessions only ever taught in one direction."""
    from rmcoach.features import sessions

    recent = sessions.all_sessions(store)[:3]
    if len(recent) < 3 or len(pair.people) < 2:
        return False
    teachers = {str(c.get("teacher")) for r in recent for c in sessions.covered_items(r)}
    return len(teachers) == 1


def pick_moment(*, first: bool, drifting: bool, hard: bool, one_way: bool, closing: bool = False,
                health_due: bool = False, friction: bool = False) -> str:
    """The situation the tip should fit, most pressing first."""
    if first:
        return "first-meeting"
    if drifting:
        return "drift"
    if hard:
        return "after-hard-session"
    if closing:
        return "closing"
    if health_due:
        return "health-check-due"
    if friction:
        return "resistance"
    if one_way:
        return "one-way"
    return "before-session"


CLOSING_WEEKS = 3  # the planned end is this close: time to plan how to finish well


def _situation(store: Store, pair: Any, viewer: str | None, today: _dt.date) -> dict[str, bool]:
    from rmcoach.features import resistance as diagnoses, health

    due = health.due_date(store, pair)
    return {
        "closing": bool(pair.end and pair.end - _dt.timedelta(weeks=CLOSING_WEEKS) <= today),
        "health_due": bool(due and due <= today),
        "friction": diagnoses.undiagnosed_friction(store, viewer) is not None,
    }


def _tip(moment: str, seed: str) -> tuple[str, str]:
    try:
        from rmcoach.tips.library import pick_tip  # written alongside; optional
    except ImportError:
        return "", ""
    try:
        tip = pick_tip(moment, seed)
    except (KeyError, ValueError, LookupError):
        return "", ""
    return str(getattr(tip, "title", "") or ""), str(getattr(tip, "body", "") or "")


# --------------------------------------------------------------------------- building
def _heading(pair: Any, nxt: Occurrence | None) -> str:
    heading = f"{pair.title} — briefing"
    if nxt is not None:
        heading += f" for {fmt_date(nxt.start)}"
    return heading


def build_briefing(store: Store, pair: Any, viewer: str | None, now: _dt.datetime, *,
                   rhythm_key: str | None = None, when_only: bool = False) -> Briefing:
    """Everything to read before the next session, as seen by ``viewer``.
    ``rhythm_key`` is the app key that opens the agreement (for the hint shown
    when no rhythm is set; without it the hint names the command).
    ``when_only`` stops after "When and who leads" - the part the app paints
    first, before the agenda, recap and tip are gathered."""
    schedule = checkins.load_schedule(store)
    plan = checkins.lead_plan(store)
    nxt = schedule.next_after(now) if schedule is not None else None
    today = now.date()
    sections: list[Section] = []

    # -- when and who leads
    lead: str | None = None
    when_paras: list[str] = []
    if schedule is None:
        when_paras.append(checkins.rhythm_hint(rhythm_key))
    elif nxt is None:
        when_paras.append("All planned sessions are behind you. Agree a new rhythm in the agreement "
                          "to plan more, or hold a closing review.")
    else:
        lead = checkins.who_leads(pair, nxt.index, plan)
        started = nxt.start <= now
        until = "It is under way now." if started else f"It starts {humanize_until(nxt.start, now)}."
        line = f"Session {nxt.index}: {fmt_when(nxt.start)}, {nxt.minutes} minutes. {until}"
        if nxt.moved:
            line += f" (Moved from {fmt_when(nxt.original_start)}.)"
        when_paras.append(line)
        if nxt.note:
            when_paras.append(f"Note: {_short(nxt.note)}")
        other = pair.other(lead) if lead else None
        if lead and other is not None:
            when_paras.append(
                f"{_name(pair, lead)} leads the first half, teaching their topic; "
                f"{one_line(other.name, 60)} leads the second half. The exchange goes both ways: "
                "each of you is the teacher for one half and the learner for the other.")
    sections.append(Section("When and who leads", paragraphs=tuple(when_paras)))
    if when_only:
        return Briefing(heading=_heading(pair, nxt), sections=tuple(sections), next=nxt, lead=lead,
                        has_schedule=schedule is not None)
    from rmcoach.features import sessions  # the log is needed from here on, not for the first paint

    # -- the agenda
    actions = sessions.open_actions(store, viewer)
    action_items = []
    for a in actions:
        text = f"{_short(a.get('text'))} — {_name(pair, a.get('owner'))}"
        due = sessions.due_text(a.get("due"), today)
        if due:
            text += f", {due}"
        action_items.append(text)
    if len(action_items) > MAX_ITEMS:
        more = len(action_items) - MAX_ITEMS
        action_items = action_items[:MAX_ITEMS] + [
            f"… and {more} more open item{'s' if more > 1 else ''}: see the action items list (c)"]
    sections.append(Section("Open action items", items=tuple(action_items),
                            empty="No open action items — agree one or two at the end of the session."))

    skill_items = []
    visible_skills = privacy.visible(store.all(sessions.SKILLS), viewer)
    for teacher in pair.people:
        learner = pair.other(teacher.uuid)
        if learner is None:
            continue
        progress = [s for s in visible_skills if s.get("teacher") == teacher.uuid
                    and s.get("learner") == learner.uuid and s.get("level") in (1, 2, 3)]
        for s in progress:
            level = s.get("level")
            skill_items.append(f"{_name(pair, teacher.uuid)} → {_name(pair, learner.uuid)}: "
                               f"{_short(s.get('title'), 100)} ({LEVEL_WORDS.get(level, '')})")
    sections.append(Section("Skills in progress", items=tuple(skill_items),
                            empty="No skills in progress yet, in either direction — pick one each to work on."))

    topic_items = []
    carried_items = []
    for t in sessions.open_topics(store, viewer):
        # added while looking together (or by a command that did not say who): from both
        source = _name(pair, t.get("by")) if t.get("by") and pair.person(str(t.get("by"))) else "both of you"
        label = f"{_short(t.get('text'), 120)} — from {source}"
        target = t.get("for_session")
        if isinstance(target, int) and nxt is not None and target < nxt.index:
            carried_items.append(label + f" (planned for session {target})")
        else:
            topic_items.append(label)
    if len(topic_items) > MAX_ITEMS:
        more = len(topic_items) - MAX_ITEMS
        topic_items = topic_items[:MAX_ITEMS] + [f"… and {more} more topic{'s' if more > 1 else ''}"]
    sections.append(Section("Topics you chose", items=tuple(topic_items),
                            empty="No topics chosen yet — either of you can add one before the session."))

    local_now = now.astimezone(get_zone(schedule.tz)) if schedule is not None and schedule.tz else now.astimezone()
    last = sessions.last_session(store, before=local_now.replace(tzinfo=None))
    for text in sessions.carried_over(last):
        carried_items.append(f"{_short(text, 120)} (from the last session's notes)")
    if carried_items:
        sections.append(Section("Carried over", items=tuple(carried_items)))

    # -- recap
    recap_paras: list[str] = []
    recap_items: list[str] = []
    if last is None:
        recap_paras.append("No session logged yet. After you meet, log it so the next briefing can build on it.")
    else:
        skills = sessions.skills_by_uuid(store)
        recap_paras.append(f"Last session: {sessions.describe_session(last)}, led first by {_name(pair, last.get('lead'))}.")
        for teacher in pair.people:
            learner = pair.other(teacher.uuid)
            labels = [sessions.covered_label(c, skills) for c in sessions.covered_items(last)
                      if c.get("teacher") == teacher.uuid]
            labels = [_short(label, 80) for label in labels if label]
            if learner is not None and labels:
                recap_items.append(f"{_name(pair, teacher.uuid)} taught {_name(pair, learner.uuid)}: {'; '.join(labels)}")
        if last.get("went_well"):
            recap_items.append(f"What went well: {_short(last.get('went_well'), 240)}")
        from_last = [a for a in sessions.actions_for_session(store, last["uuid"], viewer)]
        for a in from_last:
            status = str(a.get("status") or sessions.OPEN)
            recap_items.append(f"Action: {_short(a.get('text'))} — {_name(pair, a.get('owner'))} ({status})")
    sections.append(Section("Last time", paragraphs=tuple(recap_paras), items=tuple(recap_items)))

    if last is not None and viewer and viewer != privacy.TOGETHER:
        own = [r for r in sessions.reflections_visible(store, last["uuid"], viewer) if r.get("author") == viewer]
        if own:
            sections.append(Section("Your private reflection on it", paragraphs=tuple(
                _short(r.get("text"), 600) for r in own), private=True))

    # -- tip
    report = drift(schedule, checkins.logged_dates(store), now) if schedule is not None else None
    drifting = bool(report and (report.consecutive_missed >= 2 or
                                (report.days_since_last_log or 0) >= 42))
    first = last is None and (nxt is None or nxt.index == 1 or not store.all(sessions.SESSIONS))
    moment = pick_moment(first=first, drifting=drifting, hard=_low_comfort(last), one_way=_one_way(store, pair),
                         **_situation(store, pair, viewer, today))
    seed = f"{pair.uuid}:{nxt.index if nxt else today.isoformat()}"
    tip_title, tip_body = _tip(moment, seed)
    if report and report.messages:
        sections.append(Section("Keeping the rhythm", items=tuple(report.messages)))
    if tip_title or tip_body:
        sections.append(Section("A tip for today", paragraphs=(tip_title,) if tip_title else (),
                                strong_first=bool(tip_title), markdown=tip_body.strip()))

    return Briefing(heading=_heading(pair, nxt), sections=tuple(sections), next=nxt, lead=lead, moment=moment,
                    tip_title=tip_title, tip_body=tip_body, has_schedule=schedule is not None,
                    open_actions=tuple(actions), recap_session=last)


# --------------------------------------------------------------------------- Markdown
md_escape = md_inline  # user text shown literally in CommonMark (one shared rule)


def briefing_markdown(b: Briefing) -> str:
    """The briefing as CommonMark."""
    out = [f"# {md_escape(b.heading)}", ""]
    for s in b.sections:
        out += [f"## {md_escape(s.title)}", ""]
        for i, p in enumerate(s.paragraphs):
            out += [f"**{md_escape(p)}**" if i == 0 and s.strong_first else md_escape(p), ""]
        if s.markdown:
            out += [s.markdown, ""]
        if s.items:
            out += [f"- {md_escape(i)}" for i in s.items]
            out.append("")
        elif s.empty and not s.paragraphs and not s.markdown:
            out += [f"*{md_escape(s.empty)}*", ""]
    return "\n".join(out).rstrip() + "\n"
