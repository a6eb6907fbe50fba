"""The briefing before a session: who leads which half and what each teaches,
how long until it starts, a proposed agenda, a recap of the last session,
conversation prompts and a tip for each reader (the viewer, or both people
when looking together), each chosen for that person's side of the exchange.

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
from typing import TYPE_CHECKING, Any

from rmcoach.features import checkins
from rmcoach.features.skills import LEVELS
from rmcoach.records import privacy
from rmcoach.records.sessions import Action, Session
from rmcoach.records.skills import SkillRecord
from rmcoach.infra.dates import fmt_date, fmt_when, get_zone, humanize_until, iso_date
from rmcoach.features.schedule import Occurrence, drift
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import md_inline, one_line

if TYPE_CHECKING:
    from rmcoach.records.model import Pair

MAX_ITEMS = 12  # per agenda list; the rest are counted
SKILLS_PER_DIRECTION = 6  # skills in progress shown for each direction (those that moved last)


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
    open_actions: tuple[Action, ...] = ()
    recap_session: Session | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    tips: tuple[Any, ...] = ()  # PersonTip for each reader (the viewer, or both when together)
    prompts: tuple[Any, ...] = ()  # PersonPrompts for each reader

    def section(self, title: str) -> Section | None:
        for s in self.sections:
            if s.title == title:
                return s
        return None


# --------------------------------------------------------------------------- helpers
def _name(pair: Pair, uuid: object) -> str:
    person = pair.person(str(uuid)) if uuid else None
    return one_line(person.name, 60) if person else "someone"


def _short(text: Any, limit: int = 160) -> str:
    return one_line(str(text or ""), limit)


def _first_name(pair: Pair, uuid: object) -> str:
    return _name(pair, uuid)


def _low_comfort(record: Session | None) -> bool:
    """Someone rated their comfort 1 or 2 at the last session."""
    if record is None or not record.ratings:
        return False
    return any(isinstance(r.comfort, int) and r.comfort <= 2 for r in record.ratings.values())


def _one_way_teacher(store: Store, pair: Pair) -> str | None:
    """The only person who taught in the last three logged sessions, if only one did."""
    from rmcoach.features import sessions

    recent = sessions.logged_sessions(store)[:3]
    if len(recent) < 3 or len(pair.people) < 2:
        return None
    teachers = {str(c.teacher) for r in recent for c in r.covered}
    return teachers.pop() if len(teachers) == 1 else None


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


def _situation(store: Store, pair: Pair, viewer: str | None, today: _dt.date) -> dict[str, bool]:
    from rmcoach.features import resistance as diagnoses, health

    due = health.due_date(store, pair)
    return {
        "closing": bool(pair.end and pair.end - _dt.timedelta(weeks=CLOSING_WEEKS) <= today),
        "health_due": bool(due and due <= today),
        "friction": diagnoses.undiagnosed_friction(store, viewer) is not None,
    }


# --------------------------------------------------------------------------- what each person teaches today
MAX_TEACHING = 2  # things named per person


def _mentions(text: str, title: str) -> bool:
    """The topic names the skill: its whole title appears in the topic as words (or a topic of
    two words or more is part of the title), so "ward" never matches "Forwarding emails"."""
    import re

    a, b = " ".join(text.split()).casefold(), " ".join(title.split()).casefold().strip(" .:;,!?")
    if not a or not b:
        return False
    if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", a):
        return True
    a = a.strip(" .:;,!?")
    return len(a.split()) >= 2 and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) is not None


def teaching_today(store: Store, pair: Pair, viewer: str | None, session_index: int | None) -> dict[str, list[str]]:
    """For each person (uuid), what they teach at the next session when it is known: topics added
    for it that name one of their skills, then their skills in progress in that direction
    (level 1-3, most recently moved first).  Only what ``viewer`` may see."""
    from rmcoach.features import sessions

    skills = [s for s in privacy.visible_records(store.records(SkillRecord), viewer) if s.title.strip()]
    out: dict[str, list[str]] = {p.uuid: [] for p in pair.people}
    for t in sessions.agenda(store, viewer):
        target = t.for_session
        if target is not None and target != session_index:
            continue
        text = t.text
        skill = next((s for s in skills if _mentions(text, s.title)), None)
        if skill is not None and skill.teacher in out:
            label = f"\u201c{_short(text, 80)}\u201d"
            if label not in out[skill.teacher]:
                out[skill.teacher].append(label)

    for teacher in pair.people:
        learner = pair.other(teacher.uuid)
        if learner is None:
            continue
        progress = [s for s in skills if s.teacher == teacher.uuid and s.learner == learner.uuid
                    and s.level in (1, 2, 3)]
        for s in sorted(progress, key=_moved, reverse=True):
            if len(out[teacher.uuid]) >= MAX_TEACHING:
                break  # only the first few are shown: checking the rest against them grew with the square of the history
            title = _short(s.title, 60)
            if not any(title.casefold() in item.casefold() for item in out[teacher.uuid]):
                out[teacher.uuid].append(f"{title} ({LEVELS[s.level]})")
    return {k: v[:MAX_TEACHING] for k, v in out.items()}


def _moved(s: SkillRecord) -> _dt.date:
    """When a skill last moved on the ladder (or was added)."""
    on = s.levels[-1].on if s.levels else iso_date(s.created)
    return on or _dt.date.min


def _teaching_words(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class Moment:
    """The situation before the next session, as the briefing and ``rmcoach prompt`` see it."""

    moment: str  # one of rmcoach.tips.library.MOMENTS
    seed: str  # keeps the tip and question draws the same for one session
    next: Occurrence | None
    one_way_teacher: str | None  # the only person who taught in the last three sessions, if so


def current_moment(store: Store, pair: Pair, viewer: str | None, now: _dt.datetime) -> Moment:
    """The moment, the draw's seed and the next occurrence, worked out in one place."""
    from rmcoach.features import sessions

    schedule = checkins.load_schedule(store)
    nxt = schedule.next_after(now) if schedule is not None else None
    local_now = now.astimezone(get_zone(schedule.tz)) if schedule is not None and schedule.tz else now.astimezone()
    last = sessions.latest_session(store, before=local_now.replace(tzinfo=None))
    report = drift(schedule, checkins.logged_dates(store), now) if schedule is not None else None
    drifting = bool(report and (report.consecutive_missed >= 2 or (report.days_since_last_log or 0) >= 42))
    first = last is None and (nxt is None or nxt.index == 1 or not store.records(Session))
    teacher = _one_way_teacher(store, pair)
    moment = pick_moment(first=first, drifting=drifting, hard=_low_comfort(last), one_way=teacher is not None,
                         **_situation(store, pair, viewer, now.date()))
    seed = f"{pair.uuid}:{nxt.index if nxt else now.date().isoformat()}"
    return Moment(moment, seed, nxt, teacher)


# --------------------------------------------------------------------------- building
def _heading(pair: Pair, nxt: Occurrence | None) -> str:
    heading = f"{pair.title} — briefing"
    if nxt is not None:
        heading += f" for {fmt_date(nxt.start)}"
    return heading


def build_briefing(store: Store, pair: Pair, viewer: str | None, now: _dt.datetime, *,
                   rhythm_key: str | None = None, when_only: bool = False, check_jargon: bool = True) -> Briefing:
    """Everything to read before the next session, as seen by ``viewer``.
    ``rhythm_key`` is the app key that opens the agreement (for the hint shown
    when no rhythm is set; without it the hint names the command).
    ``when_only`` stops after "When and who leads" - the part the app paints
    first, before the agenda, recap and tip are gathered.
    ``check_jargon`` False leaves out the jargon check of the topics (the screen does that
    until the checker has been built off the UI thread)."""
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
            teaching = teaching_today(store, pair, viewer, nxt.index)
            first_half, second_half = _teaching_words(teaching.get(lead, [])), \
                _teaching_words(teaching.get(other.uuid, []))
            line = f"{_name(pair, lead)} leads the first half" + (f", teaching {first_half}" if first_half else "")
            line += f"; {one_line(other.name, 60)} leads the second half" + \
                (f", teaching {second_half}" if second_half else "") + "."
            if not first_half or not second_half:
                missing = [_name(pair, p) for p, words in ((lead, first_half), (other.uuid, second_half))
                           if not words]
                line += (f" Nothing is named yet for {' or '.join(missing)} to teach: add a topic, or a skill "
                         "in progress in that direction.")
            when_paras.append(line + " The exchange goes both ways: "
                              "each of you is the teacher for one half and the learner for the other.")
    sections.append(Section("When and who leads", paragraphs=tuple(when_paras)))
    if when_only:
        return Briefing(heading=_heading(pair, nxt), sections=tuple(sections), next=nxt, lead=lead,
                        has_schedule=schedule is not None)
    from rmcoach.features import sessions  # the log is needed from here on, not for the first paint

    # -- the agenda
    actions = sessions.open_action_items(store, viewer)
    action_items = []
    for a in actions[:MAX_ITEMS]:  # only the lines shown are written; the rest are counted
        text = f"{_short(a.text)} — {_name(pair, a.owner)}"
        due = sessions.due_text(a.due, today)
        if due:
            text += f", {due}"
        action_items.append(text)
    if len(actions) > MAX_ITEMS:
        more = len(actions) - MAX_ITEMS
        action_items = action_items + [
            f"… and {more} more open item{'s' if more > 1 else ''}: see the action items list in Sessions and actions"]
    sections.append(Section("Open action items", items=tuple(action_items),
                            empty="No open action items — agree one or two at the end of the session."))

    skill_items = []
    visible_skills = privacy.visible_records(store.records(SkillRecord), viewer)
    for teacher in pair.people:
        learner = pair.other(teacher.uuid)
        if learner is None:
            continue
        progress = [s for s in visible_skills if s.teacher == teacher.uuid
                    and s.learner == learner.uuid and s.level in (1, 2, 3)]
        # the ones that moved last first, a few per direction: after a few years every skill
        # ever begun was listed here, a hundred lines between the agenda and the topics
        for s in sorted(progress, key=_moved, reverse=True)[:SKILLS_PER_DIRECTION]:
            skill_items.append(f"{_name(pair, teacher.uuid)} → {_name(pair, learner.uuid)}: "
                               f"{_short(s.title, 100)} ({LEVELS[s.level]})")
        if len(progress) > SKILLS_PER_DIRECTION:
            skill_items.append(f"… and {len(progress) - SKILLS_PER_DIRECTION} more that "
                               f"{_name(pair, teacher.uuid)} teaches: see the Skills area")
    sections.append(Section("Skills in progress", items=tuple(skill_items),
                            empty="No skills in progress yet, in either direction — pick one each to work on."))

    topic_items = []
    carried_items = []
    for t in sessions.agenda(store, viewer):
        # added while looking together (or by a command that did not say who): from both
        source = _name(pair, t.by) if t.by and pair.person(t.by) else "both of you"
        label = f"{_short(t.text, 120)} — from {source}"
        target = t.for_session
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
    last = sessions.latest_session(store, before=local_now.replace(tzinfo=None))
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
        skills = sessions.skills_index(store)
        recap_paras.append(f"Last session: {sessions.describe_session(last)}, led first by {_name(pair, last.lead)}.")
        for teacher in pair.people:
            learner = pair.other(teacher.uuid)
            labels = [sessions.topic_label(c, skills) for c in last.covered if c.teacher == teacher.uuid]
            labels = [_short(label, 80) for label in labels if label]
            if learner is not None and labels:
                recap_items.append(f"{_name(pair, teacher.uuid)} taught {_name(pair, learner.uuid)}: {'; '.join(labels)}")
        if last.went_well:
            recap_items.append(f"What went well: {_short(last.went_well, 240)}")
        for a in sessions.session_actions(store, last.uuid, viewer):
            recap_items.append(f"Action: {_short(a.text)} — {_name(pair, a.owner)} ({a.status or sessions.OPEN})")
    sections.append(Section("Last time", paragraphs=tuple(recap_paras), items=tuple(recap_items)))

    if last is not None and viewer and viewer != privacy.TOGETHER:
        own = [r for r in sessions.session_reflections(store, last.uuid, viewer) if r.author == viewer]
        if own:
            sections.append(Section("Your private reflection on it", paragraphs=tuple(
                _short(r.text, 600) for r in own), private=True))

    # -- prompts and tips, each for the person they are meant for
    report = drift(schedule, checkins.logged_dates(store), now) if schedule is not None else None
    from rmcoach.tips.personal import jargon_by_person, person_prompts, person_tips, readers

    situation = current_moment(store, pair, viewer, now)
    moment, seed = situation.moment, situation.seed
    if report and report.messages:
        sections.append(Section("Keeping the rhythm", items=tuple(report.messages)))
    own_view = len(readers(pair, viewer)) == 1
    prompts = person_prompts(store, pair, viewer, moment, seed, one_way_teacher=situation.one_way_teacher)
    for pp in prompts:
        title = (f"Questions you could ask {_name(pair, pp.partner)}" if own_view else
                 f"Questions {_name(pair, pp.person)} could ask {_name(pair, pp.partner)}")
        sections.append(Section(title, paragraphs=("For the ten minutes before you start.",) if own_view else (),
                                items=tuple(p.text for p in pp.prompts)))
    tips = person_tips(store, pair, viewer, moment, seed,
                       jargon_by_person(store, pair, viewer) if check_jargon else {})
    for pt in tips:
        title = "A tip for you today" if own_view else f"A tip for {_name(pair, pt.person)}"
        paragraphs = [pt.tip.title]
        if pt.jargon:
            words = ", ".join(pt.jargon)
            partner = pair.other(pt.person)
            paragraphs.append(f"A jargon check of the topics {'you' if own_view else _name(pair, pt.person)} "
                              f"added found: {words}. These may be new to "
                              f"{one_line(partner.name, 60) if partner else 'your partner'}.")
        sections.append(Section(title, paragraphs=tuple(paragraphs), strong_first=True,
                                markdown=pt.tip.body.strip()))
    tip_title = tips[0].tip.title if tips else ""
    tip_body = tips[0].tip.body if tips else ""

    return Briefing(heading=_heading(pair, nxt), sections=tuple(sections), next=nxt, lead=lead, moment=moment,
                    tip_title=tip_title, tip_body=tip_body, has_schedule=schedule is not None,
                    open_actions=tuple(actions), recap_session=last,
                    tips=tuple(tips), prompts=tuple(prompts))


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
