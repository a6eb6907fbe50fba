"""Which of the pair's two people reads which tips: the one who teaches technology
("tech-side", usually the junior, tech-fluent colleague) and the one who teaches
professional wisdom ("wisdom-side", usually the senior colleague).

The pair's own record decides first: the person who teaches more technology
skills is the tech side (then, the person who teaches more professional-wisdom
skills is the wisdom side).  With no skills yet, the names and roles decide
(:func:`rmcoach.features.skills.guess_direction`: a clinical or senior title learns
technology), and with no clue there the first person set up is the senior one,
as the setup form asks.  Counting skills shows no private text, so every
viewer gets the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rmcoach.storage.store import Store

if TYPE_CHECKING:
    from rmcoach.records.model import Pair

TECH_SIDE = "tech-side"
WISDOM_SIDE = "wisdom-side"
SIDE_WORDS = {TECH_SIDE: "teaches technology", WISDOM_SIDE: "teaches professional wisdom"}


@dataclass(frozen=True)
class Sides:
    tech: str  # uuid of the person who teaches technology
    wisdom: str  # uuid of the person who teaches professional wisdom

    def side_of(self, person_uuid: str | None) -> str | None:
        if person_uuid == self.tech:
            return TECH_SIDE
        if person_uuid == self.wisdom:
            return WISDOM_SIDE
        return None

    def person_on(self, side: str) -> str:
        return self.tech if side == TECH_SIDE else self.wisdom


def sides(store: Store, pair: Pair) -> Sides:
    """Who teaches technology and who teaches professional wisdom in this pair."""
    from rmcoach.features.skills import TECH, WISDOM, guess_direction
    from rmcoach.records.skills import SkillRecord

    people = [p.uuid for p in pair.people]
    if len(people) != 2:
        raise ValueError("a pair has two people")
    a, b = people
    tech = {a: 0, b: 0}
    wisdom = {a: 0, b: 0}
    for rec in store.records(SkillRecord):
        teacher, kind = rec.teacher, rec.kind.strip().casefold()
        if teacher is None or teacher not in tech:
            continue  # a skill without a teacher of this pair: not counted
        if kind == TECH:
            tech[teacher] += 1
        elif kind == WISDOM:
            wisdom[teacher] += 1
    if tech[a] != tech[b]:
        teacher = a if tech[a] > tech[b] else b
    elif wisdom[a] != wisdom[b]:
        teacher = b if wisdom[a] > wisdom[b] else a
    else:
        teacher, _ = guess_direction(list(pair.people), TECH)
    return Sides(tech=teacher, wisdom=b if teacher == a else a)
