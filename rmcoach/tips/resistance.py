"""A guided diagnostic for "why won't they take to it?".

The tech-side person (alone, or together with the other person) rates 22
statements (each asking one thing) about ONE technology or skill that the other person resists, each
from 1 (strongly disagree) to 5 (strongly agree).  The statements are written
about the other person ("They can see how {tool} would help their work"), and
``{tool}`` is filled in with the name of the technology.

Where the statements come from
------------------------------
* **Technology Acceptance Model** (Davis 1989): perceived usefulness and
  perceived ease of use.
* **ADKAR** (Prosci): Awareness, Desire, Knowledge, Ability, Reinforcement.
  The *first* element that fails, in that order, is the barrier point.
* **Status-quo bias** (Kim & Kankanhalli 2009): switching costs, a way of
  working that already works, colleagues' opinions.
* **Self-efficacy**: believing you could learn it with some help.
* **UTAUT**: social influence and facilitating conditions (kit, access, help).
* Practical causes seen in pairs: fear of looking incompetent in front of a
  junior, no time, a bad past rollout, privacy or safety worries, a culture of
  deference to seniority.

Scoring
-------
Each statement is scored as *readiness*: agreeing is good, except for the
statements marked ``reverse=True`` (for example "Their week leaves no room to
practise"), where agreeing points to a problem.  A neutral answer (3) is not
evidence either way and is left out, like a skipped one.  Otherwise the
*concern* of an answer is how far it leans towards a problem: 1 and 5 lean
fully (1.0), 2 and 4 half (0.5), the other side not at all (0).  A cause's
score is the weighted mean concern of the non-neutral answers that bear on it
(``Question.cause_weights``), where the weights are counted as at least 1, so
one strong answer to a side statement cannot make a cause by itself; plus 0.15
for each cue found in the practice notes (at most 0.45), capped at 1.  A cue
just after a negation in the same clause ("wasn't embarrassed", "not at all
worried") is not counted.

ADKAR: each element has its own statements (``Question.adkar``); an element is
missing when the mean of its non-neutral answers is below 3; with only neutral
or no answers it is unknown.  The barrier is the first missing element in
A-D-K-A-R order.

One conclusion (:func:`conclude`): the causes that matter are those scoring at
least :data:`MATTERS` and within 0.3 of the strongest, at most three.  When
nothing matters and no step is missing, the conclusion says nothing stands out
instead of naming a cause.  When there is a barrier, the strongest cause that
usually holds that step back (:data:`CAUSE_STEPS`) is put first, so the two
agree; if none does, the conclusion says why it starts with the barrier
anyway.  "No time" is checked against perceived usefulness: when they also do
not see the benefit, "does not see the benefit" is put before it.  Each
statement asks one thing only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

SCALE: dict[int, str] = {
    1: "strongly disagree",
    2: "disagree",
    3: "neither agree nor disagree",
    4: "agree",
    5: "strongly agree",
}

NEUTRAL = 3
MATTERS = 0.35  # a cause with less evidence than this is not shown as a cause
MAX_FOCUS = 3  # at most this many causes are shown
_NEAR_TOP = 0.3  # ...and only those within this distance of the strongest
_MIN_WEIGHT = 1.5  # a cause's mean concern needs this much statement weight behind it (one mild answer is not a cause)
STRATEGIES_FIRST = 3
STRATEGIES_OTHER = 2
IN_PLACE, MISSING, UNKNOWN = "in place", "missing", "unknown"

ADKAR_ELEMENTS: tuple[str, ...] = ("awareness", "desire", "knowledge", "ability", "reinforcement")
ADKAR_NAMES: dict[str, str] = {
    "awareness": "Awareness",
    "desire": "Desire",
    "knowledge": "Knowledge",
    "ability": "Ability",
    "reinforcement": "Reinforcement",
}
ADKAR_ADVICE: dict[str, str] = {
    "awareness": "Start with why: what problem the tool solves, in their world, before any how.",
    "desire": "Connect it to something they care about; pushing the steps will not help yet.",
    "knowledge": "They are willing but do not yet know how: show one real task, slowly, then swap seats.",
    "ability": "They know the steps but stumble alone: more supervised practice on real work, less explaining.",
    "reinforcement": "They can do it but drift back: make the habit visible and notice when they use it.",
}


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    cause_weights: dict[str, float]
    reverse: bool = False
    model: str = ""
    adkar: str = ""  # the ADKAR element this statement measures, if any

    def render(self, tool: str) -> str:
        return self.text.replace("{tool}", _tool_name(tool))


@dataclass(frozen=True)
class Cause:
    id: str
    name: str
    explanation: str
    strategies: tuple[str, ...]


@dataclass(frozen=True)
class RankedCause:
    cause: Cause
    score: float  # 0..1
    reasons: tuple[str, ...]  # the reasoning shown, quoting which answers pointed here


@dataclass(frozen=True)
class Diagnosis:
    tool: str
    answers: dict[str, int]
    ranked: tuple[RankedCause, ...]
    adkar_barrier: str | None
    friction_notes: tuple[str, ...] = field(default=())

    @property
    def conclusion(self) -> "Conclusion":
        return conclude(self)

    @property
    def top(self) -> RankedCause | None:
        """The cause to work on first, or None when nothing stands out."""
        focus = conclude(self).focus
        return focus[0] if focus else None


CAUSES: dict[str, Cause] = {c.id: c for c in (
    Cause("no_benefit", "Does not see the benefit",
          "They have not yet seen how it helps with work they care about, so effort feels wasted.",
          ("Ask what slows their week down and show the one thing the tool does about it.",
           "Pick a real task from their own work for the next practice, not a demo.",
           "Show a before-and-after: the old way and the new way, timed side by side.",
           "Ask a respected peer who uses it to tell them what it changed for them.")),
    Cause("hard_to_use", "Finds it hard to use",
          "The tool feels fiddly or confusing, so each attempt costs more than it gives back.",
          ("Write a one-page crib sheet of the three steps they need, in their words.",
           "Practise one task until it is smooth before adding a second.",
           "Set up shortcuts or settings together so the common path is short.",
           "Let them drive while you only point; do not take the mouse.")),
    Cause("low_confidence", "Doubts they can learn it",
          "They do not believe they could manage it, so they avoid trying where it might show.",
          ("Start with a task they are certain to finish, then build up.",
           "Name each thing they did right after a practice, specifically.",
           "Share a time you struggled to learn something from their field.",
           "Agree that getting stuck is expected and part of the plan.")),
    Cause("losing_face", "Worried about looking incompetent",
          "Learning in front of a colleague of another grade, where mistakes show, feels like a risk to their standing.",
          ("Meet somewhere private, away from their team and their office.",
           "Ask them to teach you something first, so the exchange is visibly two-way.",
           "Agree out loud that there are no silly questions, in either direction.",
           "Practise on a test account where mistakes cannot be seen by others.")),
    Cause("no_time", "No time",
          "Their diary is full; practice gets squeezed out by everything else the job asks of them.",
          ("Shrink each practice task to ten minutes and fix when it will happen.",
           "Attach practice to something they already do, such as the end of clinic.",
           "Show one way the tool saves time this week, to pay back the effort.",
           "Book the next three sessions now, at a time that is protected.")),
    Cause("bad_past", "A bad past experience",
          "A previous system or rollout went badly, and they expect this one to go the same way.",
          ("Ask what went wrong last time and listen without defending the new tool.",
           "Point out what is actually different this time, honestly, including what is not.",
           "Start with a low-stakes use where failure would not hurt.",
           "Keep a note of problems they hit and take them to the people who can fix them.")),
    Cause("workflow_works", "The current way already works",
          "Their existing way of working does the job; switching has a cost and an uncertain gain.",
          ("Map their current steps together before suggesting any change.",
           "Replace one step of their routine, not the whole routine.",
           "Agree a short trial with a date to review whether to keep it.",
           "Keep the old way available as a fallback during the trial.")),
    Cause("privacy_safety", "Privacy or safety worries",
          "They worry about confidentiality, data protection or patient safety if they use it.",
          ("Take each worry seriously and write it down in their words.",
           "Find out together what the organisation's guidance says about the tool.",
           "Ask the information governance or clinical safety lead the specific question.",
           "Practise with made-up data until the worry is answered.")),
    Cause("deference", "Seniority gets in the way",
          "The culture expects juniors to defer to seniors, so an exchange between equals feels upside down.",
          ("Name the pairing something you both like, such as a tech exchange.",
           "Make the two-way swap explicit: agree what they will teach you each session.",
           "Ask them how learning happens in their field and borrow that shape.",
           "Let them set the agenda for the next session.")),
    Cause("poor_support", "Kit, access or support are missing",
          "Something practical is in the way: a device, a working login, or help when it breaks.",
          ("List what they need (device, account, access) and chase one item this week.",
           "Test the login together before the next session, not during it.",
           "Give them the helpdesk route and raise the first request together.",
           "Check the tool works on the computer they actually use day to day.")),
)}

QUESTIONS: tuple[Question, ...] = (
    Question("aware_why", "They know what {tool} is meant to change.",
             {"no_benefit": 0.6, "bad_past": 0.2}, model="ADKAR", adkar="awareness"),
    Question("sees_use", "They can see how {tool} would help their own work.",
             {"no_benefit": 1.0, "workflow_works": 0.3}, model="TAM: perceived usefulness", adkar="desire"),
    Question("wants_it", "They want to get good at {tool}, not just get through it.",
             {"no_benefit": 0.5, "workflow_works": 0.4, "bad_past": 0.3}, model="ADKAR", adkar="desire"),
    Question("looks_easy", "Learning {tool} looks easy enough to them.",
             {"hard_to_use": 1.0, "low_confidence": 0.4}, model="TAM: perceived ease of use"),
    Question("knows_steps", "They know the basic steps to use {tool} for a real task.",
             {"hard_to_use": 0.5, "low_confidence": 0.3, "poor_support": 0.2}, model="ADKAR",
             adkar="knowledge"),
    Question("manages_alone", "When they try {tool} on their own, they manage without getting stuck.",
             {"hard_to_use": 0.6, "poor_support": 0.4, "low_confidence": 0.3}, model="ADKAR", adkar="ability"),
    Question("keeps_it_up", "Using {tool} is becoming a habit for them.",
             {"workflow_works": 0.4, "no_time": 0.3}, model="ADKAR", adkar="reinforcement"),
    Question("noticed", "People around them notice when they use {tool}.",
             {"workflow_works": 0.2, "deference": 0.2}, model="ADKAR", adkar="reinforcement"),
    Question("believes_can", "They believe they could learn {tool} with a little help.",
             {"low_confidence": 1.0}, model="self-efficacy"),
    Question("uneasy_mistakes", "They seem uneasy about getting {tool} wrong in front of me.",
             {"losing_face": 1.0, "deference": 0.3}, reverse=True, model="practical: losing face"),
    Question("asks_basics", "They ask me 'basic' questions about {tool} without apologising.",
             {"losing_face": 0.7, "deference": 0.5}, model="practical: psychological safety"),
    Question("no_room", "Their week leaves no room to practise {tool}.",
             {"no_time": 1.0}, reverse=True, model="practical: time"),
    Question("past_rollout", "They bring up a past system or rollout that went badly.",
             {"bad_past": 1.0}, reverse=True, model="practical: past experience"),
    Question("current_way", "Their current way of working does the job without {tool}.",
             {"workflow_works": 1.0}, reverse=True, model="status-quo bias: the status quo works"),
    Question("switch_cost", "Switching to {tool} would cost them real effort.",
             {"workflow_works": 0.7, "hard_to_use": 0.3}, reverse=True, model="status-quo bias: switching costs"),
    Question("slows_them", "They expect {tool} to slow them down, at least at first.",
             {"workflow_works": 0.6, "hard_to_use": 0.4, "no_time": 0.3}, reverse=True,
             model="status-quo bias: transition costs"),
    Question("privacy_worry", "They worry about privacy or confidentiality with {tool}.",
             {"privacy_safety": 1.0}, reverse=True, model="practical: privacy"),
    Question("safety_worry", "They worry that {tool} could put patients at risk.",
             {"privacy_safety": 1.0}, reverse=True, model="practical: patient safety"),
    Question("seniors_learn", "Where they work, people keep learning from colleagues of any grade, above or below them.",
             {"deference": 1.0, "losing_face": 0.3}, model="practical: culture of deference"),
    Question("missing_kit", "They lack something practical for {tool}, such as the right device or a working login.",
             {"poor_support": 1.0}, reverse=True, model="UTAUT: facilitating conditions"),
    Question("no_help", "When {tool} goes wrong, they have nobody to call.",
             {"poor_support": 0.8}, reverse=True, model="UTAUT: facilitating conditions (support)"),
    Question("peers_use", "People they respect speak well of {tool}.",
             {"no_benefit": 0.3, "workflow_works": 0.3, "deference": 0.2}, model="UTAUT: social influence"),
)

_QUESTION_INDEX = {q.id: q for q in QUESTIONS}

# Cue words in practice notes: (cause id, phrases).  Matched case-insensitively at a word start.
FRICTION_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("no_time", ("no time", "busy", "ran out of time", "didn't have time", "did not have time", "overran",
                 "on call", "too much on", "rushed", "no chance to")),
    ("poor_support", ("forgot password", "forgot my password", "forgotten password", "password reset",
                      "couldn't log in", "could not log in", "can't log in", "cannot log in", "locked out",
                      "no access", "no wifi", "no wi-fi", "smartcard", "didn't work", "did not work",
                      "crashed", "no laptop", "no computer", "broken")),
    ("losing_face", ("embarrass", "felt silly", "felt stupid", "look stupid", "looked stupid", "in front of",
                     "ashamed", "didn't want to ask", "did not want to ask", "too proud", "awkward")),
    ("privacy_safety", ("worried", "worry", "privacy", "confidential", "patient safety", "unsafe", "data protection",
                        "gdpr", "who can see")),
    ("bad_past", ("last time", "old system", "previous system", "never works", "never worked", "went wrong before",
                  "same as before", "rollout", "roll-out")),
    ("workflow_works", ("on paper", "quicker to", "faster to", "my usual way", "the usual way", "the old way",
                        "phoned instead", "rang instead", "did it by hand", "prefer the")),
    ("hard_to_use", ("confusing", "confused", "too many clicks", "couldn't find", "could not find", "fiddly",
                     "complicated", "hard to", "got lost")),
    ("low_confidence", ("not sure i can", "gave up", "hopeless", "not a computer person", "too old",
                        "not techy", "not good with")),
    ("no_benefit", ("pointless", "waste of time", "no point", "what's the point", "don't see why",
                    "do not see why", "not needed", "why bother")),
    ("deference", ("my secretary", "my registrar", "someone else does", "get someone to", "a junior will")),
)

# Which ADKAR steps each cause usually holds back (used to check the barrier against the causes).
CAUSE_STEPS: dict[str, tuple[str, ...]] = {
    "no_benefit": ("awareness", "desire"),
    "workflow_works": ("desire", "reinforcement"),
    "bad_past": ("desire",),
    "privacy_safety": ("desire",),
    "deference": ("desire",),
    "losing_face": ("desire", "ability"),
    "low_confidence": ("desire", "ability"),
    "hard_to_use": ("knowledge", "ability"),
    "poor_support": ("knowledge", "ability"),
    "no_time": ("ability", "reinforcement"),
}

# A cue is not evidence when one of these words comes just before it in the same clause.
_NEGATORS = frozenset({"not", "no", "never", "nor", "without", "hardly", "barely", "nothing", "neither",
                       "cannot", "wasnt", "isnt", "didnt", "dont", "doesnt", "werent", "arent"})
_NEGATION_WINDOW = 4
_NOT_A_DENIAL = frozenset({"want", "wanted", "wish", "like", "mean", "meant"})
_CLAUSE_BREAK = re.compile(r"[.;:!?,\n]|\b(?:and|but|although|though|yet|however|so)\b", re.IGNORECASE)

_FRICTION_STEP = 0.15
_FRICTION_CAP = 0.45
_FRICTION_RE: list[tuple[str, re.Pattern[str]]] | None = None


def _friction_patterns() -> list[tuple[str, re.Pattern[str]]]:
    global _FRICTION_RE
    if _FRICTION_RE is None:
        compiled = []
        for cause, phrases in FRICTION_CUES:
            body = "|".join(r"[\s\-]+".join(re.escape(w) for w in p.replace("\u2019", "'").split())
                            for p in phrases)
            compiled.append((cause, re.compile(r"(?<!\w)(?:" + body + ")", re.IGNORECASE)))
        _FRICTION_RE = compiled
    return _FRICTION_RE


def _tool_name(tool: str) -> str:
    name = " ".join(str(tool).split())
    return name or "this technology"


def questions_for(tool: str) -> list[tuple[Question, str]]:
    """Each statement with ``{tool}`` filled in."""
    return [(q, q.render(tool)) for q in QUESTIONS]


def _concern(q: Question, answer: int) -> float:
    """How far one answer points at a problem: 0 (no sign) to 1; a neutral 3 gives 0."""
    lean = (answer - 3) if q.reverse else (3 - answer)
    return max(0.0, lean / 2)


def is_evidence(answer: int) -> bool:
    """A neutral answer (3, "neither agree nor disagree") says nothing either way."""
    return answer != NEUTRAL


def _validate(answers: dict[str, Any]) -> dict[str, int]:
    clean: dict[str, int] = {}
    for qid, value in answers.items():
        if qid not in _QUESTION_INDEX:
            raise ValueError(f"unknown question id {qid!r}")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"answer to {qid!r} must be a whole number from 1 to 5, not {value!r}")
        if not 1 <= value <= 5:
            raise ValueError(f"answer to {qid!r} must be from 1 (strongly disagree) to 5 (strongly agree), "
                             f"not {value}")
        clean[qid] = value
    return clean


def _negated(note: str, start: int) -> bool:
    """True when the words just before ``start``, in the same clause, negate what follows
    ("wasn't embarrassed", "not at all worried", "never felt silly")."""
    before = _CLAUSE_BREAK.split(note[:start])[-1]
    words = re.findall(r"[\w']+", before.replace("\u2019", "'").casefold())[-_NEGATION_WINDOW:]
    for i, w in enumerate(words):
        if w in _NEGATORS or w.endswith("n't"):
            # "didn't want to look stupid" negates the wanting, not the worry
            return not any(x in _NOT_A_DENIAL for x in words[i + 1:])
    return False


def friction_cues(note: str) -> list[tuple[str, str]]:
    """(cause id, phrase as written) for each cue in one practice note, leaving out negated ones."""
    found: list[tuple[str, str]] = []
    for cause, pattern in _friction_patterns():
        for m in pattern.finditer(note):
            if not _negated(note, m.start()):
                found.append((cause, " ".join(m.group().split())))
    return found


def diagnose(tool: str, answers: dict[str, int], friction: Iterable[str] = ()) -> Diagnosis:
    """Rank the likely causes of resistance and find the ADKAR barrier."""
    answers = _validate(dict(answers))
    notes = tuple(n.strip() for n in friction if isinstance(n, str) and n.strip())
    name = _tool_name(tool)

    weighted: dict[str, float] = {c: 0.0 for c in CAUSES}
    weights: dict[str, float] = {c: 0.0 for c in CAUSES}
    evidence: dict[str, list[tuple[float, str]]] = {c: [] for c in CAUSES}
    for q in QUESTIONS:
        if q.id not in answers or not is_evidence(answers[q.id]):
            continue  # unanswered or neutral: no evidence either way
        a = answers[q.id]
        concern = _concern(q, a)
        for cause, w in q.cause_weights.items():
            weighted[cause] += w * concern
            weights[cause] += w
            if concern >= 0.5 and w >= 0.3:
                evidence[cause].append((w * concern, f'You answered {a} ({SCALE[a]}) to "{q.render(name)}"'))

    bonus: dict[str, float] = {c: 0.0 for c in CAUSES}
    friction_reasons: dict[str, list[str]] = {c: [] for c in CAUSES}
    for note in notes:
        for cue_cause, quoted in friction_cues(note):
            bonus[cue_cause] = min(_FRICTION_CAP, bonus[cue_cause] + _FRICTION_STEP)
            reason = f'Practice notes mention "{quoted}"'
            if reason not in friction_reasons[cue_cause]:
                friction_reasons[cue_cause].append(reason)

    low_confidence = len(answers) * 2 < len(QUESTIONS)
    ranked = []
    order = list(CAUSES)
    for cause_id, ranked_cause in CAUSES.items():
        # one strong answer on a side statement is not enough: the mean needs at least a full weight behind it
        base = weighted[cause_id] / max(weights[cause_id], _MIN_WEIGHT)
        score = round(min(1.0, base + bonus[cause_id]), 4)
        reasons = [text for _, text in sorted(evidence[cause_id], key=lambda e: -e[0])[:3]]
        reasons += friction_reasons[cause_id][:3]
        if low_confidence and score > 0:
            reasons.append(f"Only {len(answers)} of {len(QUESTIONS)} statements "
                           f"{'was' if len(answers) == 1 else 'were'} answered, "
                           "so treat this ranking as a first guess.")
        ranked.append(RankedCause(ranked_cause, score, tuple(reasons)))
    ranked.sort(key=lambda r: (-r.score, -weights[r.cause.id], order.index(r.cause.id)))

    return Diagnosis(name, dict(answers), tuple(ranked), _adkar_barrier(answers), notes)


def adkar_state(answers: dict[str, int], element: str) -> str:
    """"in place", "missing" or "unknown" (no answers, or only neutral ones) for one ADKAR element."""
    values = [answers[q.id] for q in QUESTIONS if q.adkar == element and q.id in answers
              and is_evidence(answers[q.id])]
    if not values:
        return UNKNOWN
    return MISSING if sum(values) / len(values) < NEUTRAL else IN_PLACE


def _adkar_barrier(answers: dict[str, int]) -> str | None:
    for element in ADKAR_ELEMENTS:
        if adkar_state(answers, element) == MISSING:
            return element
    return None


# --------------------------------------------------------------------------- one conclusion
@dataclass(frozen=True)
class Conclusion:
    """What the diagnostic concludes, in one place: the ADKAR barrier and the causes agree,
    or the difference is explained."""

    headline: str
    explanation: tuple[str, ...]
    focus: tuple[RankedCause, ...]  # the few causes that matter, most useful first
    barrier: str | None

    @property
    def clear(self) -> bool:
        """Something points somewhere."""
        return bool(self.focus or self.barrier)


def _answer(d: "Diagnosis", qid: str) -> int | None:
    return d.answers.get(qid)


def _low_usefulness(d: "Diagnosis", scores: dict[str, float]) -> bool:
    seen = _answer(d, "sees_use")
    return (seen is not None and seen <= 2) or scores.get("no_benefit", 0.0) >= MATTERS


def _steps(cause_id: str) -> str:
    names = [ADKAR_NAMES[e] for e in CAUSE_STEPS.get(cause_id, ())]
    return " or ".join(names) if names else "no particular step"


def conclude(d: "Diagnosis") -> Conclusion:
    """One conclusion from the ranked causes and the ADKAR barrier."""
    scores = {r.cause.id: r.score for r in d.ranked}
    by_id = {r.cause.id: r for r in d.ranked}
    strong = [r for r in d.ranked if r.score >= MATTERS]
    focus = [r for r in strong if r.score >= strong[0].score - _NEAR_TOP][:MAX_FOCUS] if strong else []
    notes: list[str] = []
    name = d.tool

    # "no time" often travels with "not worth the time": check it against perceived usefulness
    ids = [r.cause.id for r in focus]
    if "no_time" in ids:
        seen = _answer(d, "sees_use")
        if _low_usefulness(d, scores):
            benefit = by_id["no_benefit"]
            if "no_benefit" in ids:
                focus.remove(benefit)
            focus.insert(ids.index("no_time"), benefit)
            focus = focus[:MAX_FOCUS]
            notes.append(f"They say there is no time, and they do not yet see how {name} would help them: "
                         "the two often travel together (no time for something not worth it), "
                         "so show the benefit first and the time may follow.")
        elif seen is not None and seen >= 4:
            notes.append(f"They can see how {name} would help them, so the lack of time looks real: "
                         "make each practice smaller and fix when it happens.")

    barrier = d.adkar_barrier
    explanation: list[str] = []
    if barrier:
        bname = ADKAR_NAMES[barrier]
        fit = next((r for r in focus if barrier in CAUSE_STEPS.get(r.cause.id, ())), None)
        if fit is not None:
            focus.remove(fit)
            focus.insert(0, fit)
            headline = f"Start with {bname}: \u201c{fit.cause.name}\u201d is what holds it back."
            explanation.append(f"{bname} is the first ADKAR step not yet in place, and the strongest "
                               f"cause behind it is \u201c{fit.cause.name}\u201d, so both point the same way.")
        elif focus:
            top = focus[0]
            headline = f"Start with {bname}, then \u201c{top.cause.name}\u201d."
            at = ADKAR_ELEMENTS.index(barrier)
            steps = [ADKAR_ELEMENTS.index(e) for e in CAUSE_STEPS.get(top.cause.id, ())]
            if steps and min(steps) > at:
                why = (f"usually shows up at {_steps(top.cause.id)}, later in the chain: it is real, but it will "
                       f"not shift until {bname} is in place, so work there first.")
            elif steps and max(steps) < at:
                why = (f"usually holds back {_steps(top.cause.id)}, and those steps look in place here: keep it "
                       f"in view, but the first thing missing is {bname}.")
            else:
                why = f"is worth working on too, but {bname} is the first thing missing, so start there."
            explanation.append(f"{bname} is the first ADKAR step not yet in place. The strongest cause, "
                               f"\u201c{top.cause.name}\u201d, {why}")
        else:
            headline = f"Start with {bname}."
            explanation.append(f"{bname} is the first ADKAR step not yet in place, but no single cause "
                               "stands out behind it: ask them what gets in the way, in their words.")
        explanation.append(ADKAR_ADVICE[barrier])
    elif focus:
        top = focus[0]
        headline = f"Most likely: \u201c{top.cause.name}\u201d."
        explanation.append("No ADKAR step is missing on these answers, so this is not about the order "
                           f"of learning; \u201c{top.cause.name}\u201d is what stands out.")
    else:
        headline = "Nothing stands out on these answers."
        evidence = sum(1 for a in d.answers.values() if is_evidence(a))
        if evidence * 2 < len(QUESTIONS):
            explanation.append(f"Only {evidence} of {len(QUESTIONS)} statements got a clear answer "
                               "(neutral answers and skipped ones say nothing either way).")
        else:
            explanation.append("The answers do not point at any cause or any missing ADKAR step.")
        explanation.append("Ask them directly what gets in the way, or run the diagnostic again together.")
    explanation.extend(notes)
    if barrier and focus and barrier in CAUSE_STEPS.get(focus[0].cause.id, ()) and len(focus) > 1:
        explanation.append("Also worth keeping in view: " +
                           ", ".join(f"\u201c{r.cause.name}\u201d" for r in focus[1:]) + ".")
    return Conclusion(headline, tuple(explanation), tuple(focus), barrier)


def strategies_for(rank: int, cause: Cause) -> tuple[str, ...]:
    """The strategies shown for the cause at ``rank`` (0 first): a few, not all of them."""
    return cause.strategies[:STRATEGIES_FIRST if rank == 0 else STRATEGIES_OTHER]


def compare(old: Diagnosis, new: Diagnosis) -> list[str]:
    """Plain sentences saying what changed between two diagnoses."""
    out: list[str] = []
    if old.tool.casefold() != new.tool.casefold():
        out.append(f"These two check-ins are about different things ({old.tool} and {new.tool}).")
    if old.adkar_barrier != new.adkar_barrier:
        if old.adkar_barrier and new.adkar_barrier:
            out.append(f"The ADKAR barrier moved from {ADKAR_NAMES[old.adkar_barrier]} "
                       f"to {ADKAR_NAMES[new.adkar_barrier]}.")
        elif old.adkar_barrier:
            out.append(f"There is no ADKAR barrier any more (it was {ADKAR_NAMES[old.adkar_barrier]}).")
        elif new.adkar_barrier:
            out.append(f"A new ADKAR barrier showed up at {ADKAR_NAMES[new.adkar_barrier]}.")
    old_top, new_top = old.top, new.top
    if old_top and new_top and old_top.cause.id != new_top.cause.id:
        out.append(f"The main cause is now \u201c{new_top.cause.name}\u201d (it was \u201c{old_top.cause.name}\u201d).")
    elif old_top and not new_top:
        out.append(f"No cause stands out any more (it was \u201c{old_top.cause.name}\u201d).")
    elif new_top and not old_top:
        out.append(f"A cause stands out now: \u201c{new_top.cause.name}\u201d (nothing did before).")
    old_scores = {r.cause.id: r.score for r in old.ranked}
    for r in new.ranked:
        before = old_scores.get(r.cause.id)
        if before is None:
            continue
        delta = r.score - before
        # only causes that mattered on one side of the change are worth a line
        if abs(delta) >= 0.15 and max(before, r.score) >= MATTERS:
            verb = "rose" if delta > 0 else "fell"
            out.append(f"\u201c{r.cause.name}\u201d {verb} from {round(before * 100)}% to {round(r.score * 100)}%.")
    for q in QUESTIONS:
        a, b = old.answers.get(q.id), new.answers.get(q.id)
        if a is not None and b is not None and abs(a - b) >= 2:
            out.append(f'The answer to "{q.render(new.tool)}" moved from {a} to {b}.')
    if not out:
        out.append("Nothing changed much since the last check-in.")
    return out


def diagnosis_to_dict(d: Diagnosis) -> dict[str, Any]:
    """A JSON-safe dict for storing."""
    return {
        "tool": d.tool,
        "answers": {k: int(v) for k, v in d.answers.items()},
        "ranked": [{"cause": r.cause.id, "score": float(r.score), "reasons": list(r.reasons)} for r in d.ranked],
        "adkar_barrier": d.adkar_barrier,
        "friction_notes": list(d.friction_notes),
    }


def diagnosis_from_dict(data: dict[str, Any]) -> Diagnosis:
    """Rebuild a stored diagnosis; raises ValueError on anything malformed."""
    if not isinstance(data, dict):
        raise ValueError("a stored diagnosis must be a mapping")
    try:
        tool = str(data["tool"])
        answers = _validate(dict(data.get("answers") or {}))
        ranked = []
        for item in data.get("ranked") or ():
            cause = CAUSES.get(item["cause"])
            if cause is None:
                raise ValueError(f"unknown cause {item['cause']!r} in a stored diagnosis")
            score = float(item["score"])
            if not 0.0 <= score <= 1.0:
                raise ValueError(f"cause score {score} is outside 0..1")
            ranked.append(RankedCause(cause, score, tuple(str(r) for r in item.get("reasons") or ())))
        barrier = data.get("adkar_barrier")
        if barrier is not None and barrier not in ADKAR_ELEMENTS:
            raise ValueError(f"unknown ADKAR element {barrier!r}")
        notes = tuple(str(n) for n in data.get("friction_notes") or ())
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"a stored diagnosis is incomplete or malformed ({exc})") from None
    # scored again from its answers and notes, so a diagnosis saved by an earlier version reads
    # with today's calibration (and compares fairly with a new one)
    return diagnose(tool, answers, notes)
