"""Trust before technique: readiness reflections, the guided first meeting and
trust-building exercises.

The app only knows who teaches what from what the two people say, so each
person reflects on both sides of the exchange: "when I am the learner" and
"when I am the teacher".  Readiness answers are private to their author.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from rmcoach.infra import clock, validate
from rmcoach.records import tables
from rmcoach.records.model import Pair
from rmcoach.records.privacy import PRIVATE, SHARED, TOGETHER, visible_records
from rmcoach.records.trust import Exercise as ExerciseRecord
from rmcoach.records.trust import FirstMeeting, Readiness
from rmcoach.storage.store import Store, StoreError

if TYPE_CHECKING:
    from rmcoach.features.status import StatusContext, StatusLine

READINESS = tables.READINESS
FIRST_MEETING = tables.FIRST_MEETING
EXERCISES = tables.EXERCISES
LOW = 2  # an answer at or below this gets a tip


# --------------------------------------------------------------------------- readiness
@dataclass(frozen=True)
class Statement:
    id: str
    side: str  # "learner" | "teacher"
    text: str
    tip: str


STATEMENTS: tuple[Statement, ...] = (
    Statement("learn_basic_question", "learner",
              "I can ask my partner a 'basic' question without feeling embarrassed, whatever our seniority.",
              "Agree at the start that every question is welcome, and start with one you genuinely wonder about. "
              "The first one is the hardest; after that it becomes ordinary."),
    Statement("learn_disagree_senior", "learner",
              "I can tell my partner when I disagree, even across a gap in seniority.",
              "Try 'Can I offer a different view?' before you disagree - it asks permission and keeps the tone "
              "easy. Disagreeing with the idea, not the person, is part of what you are here to practise."),
    Statement("learn_admit_gap", "learner",
              "I can say 'I don't know how to do this' out loud.",
              "Name the gap as a plan: 'I have never set this up; show me once and I will try it myself.' "
              "It turns an admission into a next step."),
    Statement("learn_practice_between", "learner",
              "I can make time to practise between sessions.",
              "Pick one ten-minute task before you part, and put it in your diary as if it were a meeting."),
    Statement("learn_try_new_way", "learner",
              "I am willing to try a new way of working even when the old one works for me.",
              "Try the new way on one small, low-stakes task first. You can always go back; what you learn "
              "about why the old way suits you is useful too."),
    Statement("teach_no_jargon", "teacher",
              "I can explain my field without jargon.",
              "Explain one idea to a friend outside your field this week. Where they frown, you used jargon: "
              "find the everyday word."),
    Statement("teach_ask_first", "teacher",
              "I ask what the other person already knows before I start explaining.",
              "Open with 'What have you tried so far?' It saves time and shows respect for what they know."),
    Statement("teach_patient", "teacher",
              "I stay patient when someone needs a step shown more than once.",
              "Let them hold the mouse, the pen or the case notes. Going slower in the session makes the "
              "learning last longer."),
    Statement("teach_own_mistakes", "teacher",
              "I can share my own mistakes and what I learned from them.",
              "Choose one mistake that taught you something and tell it briefly. It makes it safe for the "
              "other person to be a beginner too."),
    Statement("teach_confidential", "teacher",
              "I can keep what we discuss confidential, and I know where the limits are.",
              "Read the confidentiality rule in your agreement together, including the limits (patient safety, "
              "harm, professional conduct), so neither of you is surprised later."),
)
SIDE_TITLES = {"learner": "When I am the learner", "teacher": "When I am the teacher"}
_BY_ID = {s.id: s for s in STATEMENTS}


def statement(statement_id: str) -> Statement | None:
    return _BY_ID.get(statement_id)


def readiness_tips(answers: Mapping[str, int]) -> list[tuple[Statement, str]]:
    """A tip for every statement answered at or below :data:`LOW`, in statement order."""
    out = []
    for s in STATEMENTS:
        value = answers.get(s.id)
        if isinstance(value, int) and value <= LOW:
            out.append((s, s.tip))
    return out


def check_answers(raw: Mapping[str, Any]) -> tuple[dict[str, int], dict[str, str]]:
    """Every statement rated 1..5: (answers, errors by statement id)."""
    answers: dict[str, int] = {}
    errors: dict[str, str] = {}
    for s in STATEMENTS:
        value = raw.get(s.id)
        if value in (None, ""):
            errors[s.id] = "Rate this from 1 (not at all) to 5 (completely)."
            continue
        try:
            answers[s.id] = validate.rating(value, what="The rating")
        except validate.Invalid as exc:
            errors[s.id] = str(exc)
    return answers, errors


def _by_day(record: Readiness | ExerciseRecord) -> tuple[str, str]:
    """Oldest first: by the day it was done, then by when it was written."""
    return record.on.isoformat() if record.on else "", record.created or ""


def readiness_takes(store: Store, viewer: str | None) -> list[Readiness]:
    """The viewer's own readiness reflections, oldest first (none for anyone else)."""
    if not viewer or viewer == TOGETHER:
        return []
    own = [r for r in visible_records(store.records(Readiness), viewer) if r.author == viewer]
    return sorted(own, key=_by_day)


def first_and_latest(store: Store, viewer: str | None) -> tuple[Readiness | None, Readiness | None]:
    """The starting self-rating and the most recent one (the same record after one take)."""
    takes = readiness_takes(store, viewer)
    if not takes:
        return None, None
    return takes[0], takes[-1]


def save_readiness(store: Store, author: str, answers: Mapping[str, int], notes: str = "",
                   *, on: _dt.date | None = None) -> Readiness:
    """A new take of the reflection (the first stays as the starting self-rating)."""
    checked, errors = check_answers(answers)
    if errors:
        raise StoreError("Every statement needs a rating from 1 to 5 before the reflection can be saved.")
    return Readiness.from_dict(store.insert(READINESS, {
        "author": author,
        "visibility": PRIVATE,
        "answers": checked,
        "notes": notes,
        "on": (on or clock.today()).isoformat(),
    }))


def share_readiness(store: Store, author: str) -> int:
    """The author chooses to share their self-ratings (every take), so the pair can
    compare start and latest together.  Returns how many takes became shared."""
    changed = 0
    with store.transaction():
        for record in store.records(Readiness):
            if record.author == author and record.visibility != SHARED:
                store.update(READINESS, record.uuid, {"visibility": SHARED})
                changed += 1
    return changed


# --------------------------------------------------------------------------- first meeting
@dataclass(frozen=True)
class Step:
    id: str
    title: str
    prompts: tuple[str, ...]


FIRST_MEETING_STEPS: tuple[Step, ...] = (
    Step("know_each_other", "Getting to know each other", (
        "What does an ordinary working week look like for you?",
        "What do you enjoy about your work, and what drains you?",
        "Something about you that is not on your job description.",
    )),
    Step("past_experience", "Past experience with mentoring and with technology", (
        "Have you been mentored, or mentored someone, before? What helped and what did not?",
        "A piece of technology that made your work better - and one that made it worse.",
        "How do you feel when a new system arrives at work?",
    )),
    Step("want_to_learn", "What each of us wants to learn", (
        "Which one or two things would make the biggest difference to your work?",
        "What do you already know about them, and where do you get stuck?",
        "What would you like to understand about the other person's world?",
    )),
    Step("success", "What success looks like, and by when", (
        "Picture our last session: what can you do then that you cannot do now?",
        "How will each of us notice the change in everyday work?",
        "Which dates matter - a new system going live, an appraisal, a rota change?",
    )),
    Step("how_we_learn", "How each of us likes to learn", (
        "Do you learn best by watching, by doing, by reading, or by talking it through?",
        "How do you like to be corrected - straight away, or at the end?",
        "What time of day and what setting suit you for learning something new?",
    )),
    Step("confidentiality", "Confidentiality and its limits", (
        "What stays between us? Say it in your own words.",
        "The limits: concerns about patient safety, a risk of harm to anyone, or serious professional "
        "conduct must be raised through the proper route. How will we handle that if it comes up?",
        "What may each of us mention to our managers or colleagues about these sessions?",
    )),
)
STEP_IDS = tuple(s.id for s in FIRST_MEETING_STEPS)


def first_meeting(store: Store) -> FirstMeeting | None:
    found = store.records(FirstMeeting)
    return sorted(found, key=lambda r: r.created or "")[0] if found else None


def first_meeting_done(store: Store) -> bool:
    record = first_meeting(store)
    return bool(record and record.done)


def save_first_meeting_step(store: Store, step_id: str, answers: Mapping[str, str], *,
                            current_step: str, by: str | None) -> FirstMeeting:
    """Store the answers for one step and where the pair stopped (so they can resume)."""
    if step_id not in STEP_IDS or current_step not in STEP_IDS:
        raise StoreError("That step is not part of the first-meeting guide.")
    clean = {k: str(v) for k, v in answers.items()}
    with store.transaction():
        record = first_meeting(store)
        if record is None:
            return FirstMeeting.from_dict(store.insert(FIRST_MEETING, {
                "answers": {step_id: clean}, "current_step": current_step, "done": False,
                "done_on": None, "author": by, "visibility": SHARED,
            }))
        all_answers = dict(record.answers or {})
        if all_answers.get(step_id) == clean and record.current_step == current_step:
            return record
        all_answers[step_id] = clean
        return FirstMeeting.from_dict(store.update(FIRST_MEETING, record.uuid,
                                                   {"answers": all_answers, "current_step": current_step},
                                                   keep_history=True, by=by))


def mark_first_meeting_done(store: Store, *, by: str | None, on: _dt.date | None = None) -> FirstMeeting:
    with store.transaction():
        record = first_meeting(store)
        if record is None:
            record = FirstMeeting.from_dict(store.insert(FIRST_MEETING, {
                "answers": {}, "current_step": STEP_IDS[-1], "done": False, "done_on": None, "author": by,
                "visibility": SHARED}))
        return FirstMeeting.from_dict(store.update(FIRST_MEETING, record.uuid,
                                                   {"done": True, "done_on": (on or clock.today()).isoformat()},
                                                   keep_history=True, by=by))


def step_index(step_id: str | None) -> int:
    return STEP_IDS.index(step_id) if step_id in STEP_IDS else 0


# --------------------------------------------------------------------------- exercises
STAGES = ("before-first-meeting", "early", "established", "any")
STAGE_TITLES = {
    "before-first-meeting": "before the first meeting",
    "early": "early on",
    "established": "once you are established",
    "any": "any time",
}


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    purpose: str
    steps: tuple[str, ...]
    minutes: int
    stage: str


EXERCISE_LIBRARY: tuple[Exercise, ...] = (
    Exercise("two_page_intro", "Two-page introduction",
             "Arrive at the first meeting already knowing a little about each other.",
             ("Each of you writes a few lines: your path into your job, what you are proud of, what you are curious about.",
              "Swap them a day or two before you meet.",
              "Bring one question about what the other wrote."),
             15, "before-first-meeting"),
    Exercise("hopes_and_worries", "Hopes and worries",
             "Say out loud what each of you hopes for and what you are nervous about, so neither has to guess.",
             ("Each writes two hopes and one worry on separate notes.",
              "Take turns reading one note at a time; the other listens without answering straight away.",
              "Together pick one worry and agree one thing that would ease it."),
             20, "before-first-meeting"),
    Exercise("day_in_the_life", "A day in the life",
             "See the other person's working day from the inside, including the parts that never show up in meetings.",
             ("One of you walks the other through yesterday, hour by hour.",
              "The listener notes where technology helped or got in the way.",
              "Swap roles, then share the one thing that surprised you most."),
             30, "early"),
    Exercise("basic_question_swap", "The 'basic question' swap",
             "Make asking simple questions normal for both of you.",
             ("Each writes down three questions you would feel a little silly asking.",
              "Take turns asking them; the answerer keeps it short and plain.",
              "Say which answer was most useful and why."),
             20, "early"),
    Exercise("jargon_jar", "Jargon jar",
             "Catch the words from your own field that lock the other person out.",
             ("For one session, each of you notes every term the other uses that you did not know.",
              "At the end, read the lists out and explain each term in everyday words.",
              "Keep the best plain explanations for next time."),
             15, "early"),
    Exercise("teach_back", "Teach it back",
             "Check that learning has landed, and show the teacher where an explanation fell short.",
             ("The learner explains what they learned last time in their own words.",
              "The teacher listens without correcting until the end.",
              "Together fix any gap, then swap roles on something from the other side."),
             15, "established"),
    Exercise("honest_feedback_round", "Two stars and a wish",
             "Practise giving each other feedback while the stakes are low.",
             ("Each names two things the other does that help them learn.",
              "Each names one wish - something that would help even more.",
              "Agree which wish to try at the next session."),
             15, "established"),
    Exercise("mistake_story", "A mistake that taught me",
             "Show that being a beginner is safe here: both of you have got things wrong and learned from it.",
             ("Each tells the story of a mistake at work that taught you something.",
              "Say what you would tell your younger self about it.",
              "Notice what the two stories have in common."),
             20, "any"),
    Exercise("power_check", "Who sets the agenda?",
             "Keep the exchange two-way: both of you should be teaching and learning.",
             ("Look back at the last few sessions: who chose the topics, who did most of the talking?",
              "Each says whether the balance feels right.",
              "Plan the next session so the other person leads the first half."),
             10, "established"),
    Exercise("shadow_swap", "Shadow swap",
             "See each other's work in its real setting.",
             ("Agree a short slot where one of you joins the other at work (a clinic debrief, a data review, a ward round handover - whatever is allowed).",
              "The visitor only watches and notes questions.",
              "Talk it through afterwards, then plan the return visit."),
             60, "established"),
)
_EXERCISE_BY_ID = {e.id: e for e in EXERCISE_LIBRARY}


def exercise(exercise_id: str) -> Exercise | None:
    return _EXERCISE_BY_ID.get(exercise_id)


def exercises_done(store: Store, viewer: str | None) -> list[ExerciseRecord]:
    """Records of exercises marked done that the viewer may see, oldest first."""
    return sorted(visible_records(store.records(ExerciseRecord), viewer), key=_by_day)


def mark_exercise_done(store: Store, exercise_id: str, *, note: str, by: str | None,
                       on: _dt.date | None = None) -> ExerciseRecord:
    if exercise_id not in _EXERCISE_BY_ID:
        raise StoreError("That exercise is not in the library.")
    return ExerciseRecord.from_dict(store.insert(EXERCISES, {
        "exercise_id": exercise_id,
        "note": note,
        "on": (on or clock.today()).isoformat(),
        "author": by,
        "visibility": SHARED,
    }))


@dataclass(frozen=True)
class Progress:
    first_meeting_done: bool
    sessions_held: int
    agreement_acknowledged: bool

    @property
    def stage(self) -> str:
        if not self.first_meeting_done:
            return "before-first-meeting"
        if self.sessions_held < 4 or not self.agreement_acknowledged:
            return "early"
        return "established"


def progress(store: Store, pair: Pair) -> Progress:
    from rmcoach.features import agreement

    record = agreement.latest(store)
    return Progress(
        first_meeting_done=first_meeting_done(store),
        sessions_held=len(store.view(tables.SESSIONS)),  # a count: no record is read
        agreement_acknowledged=bool(record and agreement.acknowledged_by_both(record, pair)),
    )


def suggest_next(store: Store, pair: Pair) -> Exercise | None:
    """The next exercise that fits how far the pair has come (None once all are done)."""
    done = {r.exercise_id for r in store.records(ExerciseRecord)}
    stage = progress(store, pair).stage
    reached = STAGES[: STAGES.index(stage) + 1]
    fitting = [e for e in EXERCISE_LIBRARY if e.id not in done]
    for wanted in ((stage,), ("any",), reached):
        for ex in fitting:
            if ex.stage in wanted:
                return ex
    return fitting[0] if fitting else None


# --------------------------------------------------------------------------- status and demo
def status_lines(ctx: StatusContext) -> list[StatusLine]:
    from rmcoach.features.status import StatusLine

    lines = []
    record = first_meeting(ctx.store)
    if record and record.done:
        lines.append(StatusLine("First meeting done", "ok", "trust"))
    elif record:
        index = step_index(record.current_step) + 1
        lines.append(StatusLine(f"First meeting in progress - you stopped at step {index} of {len(STEP_IDS)}", "todo", "trust"))
    else:
        lines.append(StatusLine("First meeting not held yet - the guide walks you through it", "todo", "trust"))
    viewer = ctx.viewer
    if viewer and viewer != TOGETHER and not readiness_takes(ctx.store, viewer):
        lines.append(StatusLine("Your readiness reflection is not done yet (private to you)", "todo", "trust"))
    return lines


def _iter_demo_answers(pair: Pair) -> Iterable[tuple[str, dict[str, str]]]:
    senior, junior = pair.people[0].uuid, pair.people[1].uuid
    texts = {
        "know_each_other": ("Clinics Monday and Thursday, ward rounds, too many meetings. I love the puzzle of a hard case.",
                            "Dashboards for the cardiology directorate and a lot of EPR tickets. I run at weekends.",
                            "We both grew up in Leeds and both hate the car park."),
        "past_experience": ("I was mentored as a registrar and it shaped my career. The last EPR rollout was painful.",
                            "No formal mentoring. I have trained ward staff on the EPR, which I enjoyed.",
                            "Margaret's bad rollout experience is worth remembering when we plan."),
        "want_to_learn": ("The patient portal inbox and running video clinics without help.",
                          "How a consultant reasons through a case, and handling pushback from senior staff.",
                          "Two goals each; we will write them into the agreement."),
        "success": ("By spring I run a video clinic alone and answer portal messages within a day.",
                    "I can present a dashboard to the directorate and handle hard questions calmly.",
                    "The new EPR module goes live in March - that is our natural check point."),
        "how_we_learn": ("By doing, with someone beside me. Correct me straight away, please.",
                         "By watching first, then trying. Feedback at the end suits me.",
                         "Hands-on for tech, case discussion for the clinical side."),
        "confidentiality": ("What we say stays here, unless it touches patient safety.",
                            "Agreed. I may tell my manager that we meet, not what we discuss.",
                            "Safety, harm or conduct concerns get raised properly; we tell each other first."),
    }
    for step_id, (a, b, shared) in texts.items():
        yield step_id, {senior: a, junior: b, "shared": shared}


def demo(store: Store, pair: Pair, today: _dt.date) -> None:
    """Demo history: readiness for both, a finished first meeting, three exercises done."""
    senior, junior = pair.people[0].uuid, pair.people[1].uuid
    before = pair.start - _dt.timedelta(days=4)
    senior_answers = {s.id: 4 for s in STATEMENTS}
    senior_answers.update({"learn_basic_question": 2, "learn_practice_between": 2, "teach_no_jargon": 3})
    junior_answers = {s.id: 4 for s in STATEMENTS}
    junior_answers.update({"learn_disagree_senior": 2, "teach_own_mistakes": 3, "teach_ask_first": 1})
    save_readiness(store, senior, senior_answers, "Worried I will look slow in front of Sam.", on=before)
    save_readiness(store, junior, junior_answers, "Not sure I can push back if Margaret is wrong.", on=before)
    later = dict(senior_answers, learn_basic_question=4, learn_practice_between=3)
    save_readiness(store, senior, later, "Much easier now; asking is normal between us.",
                   on=pair.start + _dt.timedelta(weeks=8))
    answers = dict(_iter_demo_answers(pair))
    store.insert(FIRST_MEETING, {
        "answers": answers, "current_step": STEP_IDS[-1], "done": True,
        "done_on": pair.start.isoformat(), "author": senior, "visibility": SHARED,
    })
    mark_exercise_done(store, "two_page_intro", note="Sam's page about running made for an easy start.",
                       by=junior, on=pair.start - _dt.timedelta(days=2))
    mark_exercise_done(store, "basic_question_swap", note="Margaret asked what 'the cloud' actually is. Good laugh.",
                       by=senior, on=pair.start + _dt.timedelta(weeks=2))
    mark_exercise_done(store, "jargon_jar", note="Eleven terms from cardiology, nine from IT.",
                       by=junior, on=pair.start + _dt.timedelta(weeks=4))


def _day(value: _dt.date | None) -> str:
    from rmcoach.infra.dates import fmt_date

    return fmt_date(value) if value else ""


def render_readiness(store: Store, pair: Pair, viewer: str | None) -> str:
    """The readiness tab as plain text for ``viewer`` (nothing of anyone else's)."""
    if not viewer or viewer == TOGETHER:
        return ("Readiness reflections are private: each of you sees only your own. "
                "Switch person with F2 to take yours or look at it.")
    first, last = first_and_latest(store, viewer)
    if last is None:
        return ("Before your first meeting, take a few minutes to rate how ready you feel - as a learner and as a "
                "teacher, because in this exchange you are both. Only you will see your answers. Press n to start.")
    if last.visibility == SHARED:
        seen = "shared with your partner (the review shows your start against your latest)"
    else:
        seen = "only you can see it; press s to share your ratings for the review together"
    lines = [f"Your latest reflection ({_day(last.on)}); {seen}."]
    answers = last.answers or {}
    start = (first.answers if first else None) or {}
    several = first is not None and first.uuid != last.uuid
    for side, title in SIDE_TITLES.items():
        lines.append("")
        lines.append(title)
        for s in STATEMENTS:
            if s.side != side:
                continue
            value = answers.get(s.id)
            began = start.get(s.id)
            change = ""
            if several and began is not None and value is not None and began != value:
                change = f"  (started at {began})"
            lines.append(f"  {'-' if value is None else value}/5  {s.text}{change}")
    tips = readiness_tips(answers)
    if tips:
        lines.append("")
        lines.append("Tips for the statements you rated low")
        for s, tip in tips:
            lines.append(f"  - {s.text}")
            lines.append(f"    {tip}")
    if last.notes:
        lines.append("")
        lines.append(f"Your notes: {last.notes}")
    lines.append("")
    if several:
        lines.append(f"You have taken it {len(readiness_takes(store, viewer))} times; the first one "
                     f"({_day(first.on if first else None)}) stays as your starting point. Press n to take it again.")
    else:
        lines.append("Press n to take it again later; this first one stays as your starting point.")
    return "\n".join(lines)
