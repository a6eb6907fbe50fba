"""Typed views the features use: the pair with its two people in order.

A :class:`Person` is the ``people`` table's typed record (``rmcoach.records``);
:class:`Pair` is a view over the stored pair record (``records.PairRecord``)
with its people resolved.  Every stored record has been checked by
``rmcoach.records`` before anything here sees it.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, NamedTuple

from rmcoach.infra import clock
from rmcoach.records.people import Person

__all__ = ["DEFAULT_RELATIONSHIP", "RELATIONSHIP_PRESETS", "Pair", "Person"]


RELATIONSHIP_PRESETS = ("tech exchange", "reverse mentoring", "meeting of the minds")
DEFAULT_RELATIONSHIP = "tech exchange"


def _date(value: Any) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev", "nurse"})


def _name_forms(person: "Person") -> tuple[str, ...]:
    """The ways someone might shorten a name: each part onwards, and title + surname."""
    words = [w.strip(".,") for w in person.name.casefold().split()]
    words = [w for w in words if w]
    forms = [" ".join(words[i:]) for i in range(len(words))]
    if len(words) > 2 and words[0] in _TITLES:
        forms.append(f"{words[0]} {words[-1]}")
    return tuple(forms)


# a NamedTuple, not a dataclass: the launch makes it, and a dataclass's code generation
# cost the first frame half a millisecond per class
class Pair(NamedTuple):
    uuid: str
    relationship: str
    context: str
    start: _dt.date
    end: _dt.date | None
    people: tuple[Person, ...] = ()
    created: str = ""
    updated: str = ""

    @classmethod
    def from_record(cls, rec: dict[str, Any], people: list[Person]) -> "Pair":
        order = rec.get("people") or []
        by_uuid = {p.uuid: p for p in people}
        ordered = tuple(by_uuid[u] for u in order if u in by_uuid)
        return cls(
            uuid=rec["uuid"],
            relationship=str(rec.get("relationship") or DEFAULT_RELATIONSHIP),
            context=str(rec.get("context", "")),
            start=_date(rec.get("start")) or clock.today(),
            end=_date(rec.get("end")),
            people=ordered,
            created=str(rec.get("created", "")),
            updated=str(rec.get("updated", "")),
        )

    def person(self, uuid_or_name: str) -> Person | None:
        for p in self.people:
            if p.uuid == uuid_or_name:
                return p
        folded = uuid_or_name.strip().casefold()
        for p in self.people:
            if p.name.casefold() == folded:
                return p
        if not folded:
            return None
        # on the command line a unique start of the name is enough, and so is the start
        # of a later part of it: "Margaret", "Okafor" or "Dr Okafor" for "Dr Margaret Okafor"
        plain = " ".join(w.strip(".,") for w in folded.split())
        for forms, query in ((lambda p: (p.name.casefold(),), folded), (_name_forms, plain)):
            hits = [p for p in self.people if any(f.startswith(query) for f in forms(p))]
            if len(hits) == 1:
                return hits[0]
            if hits:
                return None
        return None

    def other(self, person_uuid: str) -> Person | None:
        for p in self.people:
            if p.uuid != person_uuid:
                return p
        return None

    @property
    def title(self) -> str:
        """The relationship name with a capital first letter, for headings."""
        name = self.relationship.strip()
        return name[:1].upper() + name[1:]

    def day_number(self, today: _dt.date | None = None) -> int:
        today = today or clock.today()
        return (today - self.start).days + 1
