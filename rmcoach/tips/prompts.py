"""Conversation prompts: questions for the ten minutes before a session.

The deck is ``rmcoach/tips/prompts.txt`` (package data, our own words), one
prompt a line: ``moments | asker | about | question``.  ``asker`` is the side
of the person who asks it (see :mod:`rmcoach.tips.sides`: ``tech-side`` teaches
technology, ``wisdom-side`` teaches professional wisdom) or ``either``;
``about`` is ``technology``, ``wisdom`` (the senior side's professional
knowledge: judgement, how the organisation decides, career) or ``pairing``
(how the two work together).

:func:`draw` deals a few prompts for one person, to fit the moment (the same
moments as the tips: first meeting, after a hard session, a one-way streak,
resistance found, the close ...) and the direction: when the exchange has run
one way, the questions that would turn it round come first (for example the
junior asking the senior about professional wisdom).  The draw is the same
for the same seed, so the briefing and ``rmcoach prompt`` agree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from rmcoach.tips.library import MOMENTS
from rmcoach.tips.sides import TECH_SIDE, WISDOM_SIDE

EITHER = "either"
ASKERS: tuple[str, ...] = (TECH_SIDE, WISDOM_SIDE, EITHER)
ABOUTS: tuple[str, ...] = ("technology", "wisdom", "pairing")
PER_PERSON = 3
FALLBACK = "before-session"

MOMENT_WORDS: dict[str, str] = {
    "first-meeting": "your first meeting",
    "before-session": "an ordinary session",
    "after-hard-session": "after a hard session",
    "resistance": "a tool being put off",
    "one-way": "a one-way streak",
    "health-check-due": "a health check being due",
    "drift": "sessions drifting",
    "jargon": "an ordinary session",
    "closing": "the close",
    "any": "any session",
}


class PromptFormatError(ValueError):
    """A line of the deck that does not parse."""


@dataclass(frozen=True)
class Prompt:
    text: str
    moments: tuple[str, ...]
    asker: str
    about: str


def parse_deck(text: str) -> list[Prompt]:
    """The deck's text as prompts; raises :class:`PromptFormatError` naming the line."""
    out: list[Prompt] = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4 or not all(parts):
            raise PromptFormatError(f"line {number}: expected 'moments | asker | about | question'")
        moments = tuple(m.strip() for m in parts[0].split(",") if m.strip())
        unknown = [m for m in moments if m not in MOMENTS]
        if unknown or not moments:
            raise PromptFormatError(f"line {number}: unknown moment(s) {', '.join(unknown) or '(none)'}")
        if parts[1] not in ASKERS:
            raise PromptFormatError(f"line {number}: asker must be one of {', '.join(ASKERS)}")
        if parts[2] not in ABOUTS:
            raise PromptFormatError(f"line {number}: about must be one of {', '.join(ABOUTS)}")
        if not parts[3].endswith("?"):
            raise PromptFormatError(f"line {number}: a prompt is a question and ends with '?'")
        out.append(Prompt(parts[3], moments, parts[1], parts[2]))
    return out


_DECK: list[Prompt] | None = None


def deck() -> list[Prompt]:
    """Every prompt (read once from package data)."""
    global _DECK
    if _DECK is None:
        _DECK = parse_deck(resources.files("rmcoach.tips").joinpath("prompts.txt").read_text(encoding="utf-8"))
    return list(_DECK)


def _rank(prompt: Prompt, seed: str) -> bytes:
    return hashlib.sha256(f"{seed}\x00{prompt.text}".encode("utf-8")).digest()


def draw(moment: str, side: str, seed: str = "", *, favour: str | None = None, n: int = PER_PERSON,
         exclude: tuple[Prompt, ...] = ()) -> list[Prompt]:
    """``n`` prompts the person on ``side`` could ask their partner at ``moment``.

    ``favour`` ("technology", "wisdom" or "pairing") puts prompts about that
    first - the direction the exchange needs.  Moments with few prompts for
    this side are topped up from an ordinary session's.  Prompts in ``exclude``
    (already dealt to the partner) are not dealt again.
    """
    if moment not in MOMENTS:
        raise ValueError(f"unknown moment {moment!r}; expected one of {', '.join(MOMENTS)}")
    if side not in (TECH_SIDE, WISDOM_SIDE):
        raise ValueError(f"unknown side {side!r}")

    def pool(m: str, asker: str) -> list[Prompt]:
        fits = sorted((p for p in deck() if m in p.moments and p.asker == asker and p not in exclude),
                      key=lambda p: _rank(p, f"{moment}:{side}:{seed}"))
        # subjects taken in turn (a question on each side of the exchange), the favoured subject first
        turn: dict[str, int] = {}
        keyed = []
        for p in fits:
            turn[p.about] = turn.get(p.about, 0) + 1
            keyed.append(((turn[p.about], bool(favour) and p.about != favour), p))
        if favour:
            keyed.sort(key=lambda k: (k[0][1], k[0][0]))
        else:
            keyed.sort(key=lambda k: k[0][0])
        return [p for _, p in keyed]

    own, shared = pool(moment, side), pool(moment, EITHER)
    # mostly this person's own questions, and one about how the two of you work together
    chosen = own[: max(1, n - 1)] + shared[:1]
    chosen += [p for p in own + shared if p not in chosen][: max(0, n - len(chosen))]
    if len(chosen) < n and moment != FALLBACK:
        more = pool(FALLBACK, side) + pool(FALLBACK, EITHER)
        chosen += [p for p in more if p not in chosen][: n - len(chosen)]
    return chosen[:n]


def favour_for(moment: str, side: str, one_way_teacher_side: str | None) -> str | None:
    """The subject to put first for ``side``: after a one-way streak, the half that was missing."""
    if moment == "one-way" and one_way_teacher_side:
        if one_way_teacher_side == TECH_SIDE:  # only technology was taught: ask about (or offer) wisdom
            return "wisdom"
        return "technology"
    if moment == "resistance":
        return "technology"
    return None
