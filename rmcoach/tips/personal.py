"""What each reader of the briefing gets: the tip meant for their side of the exchange,
the questions they could ask their partner, and the jargon check of the topics they added.

A reader is the person at the keyboard, or each of the two when they look together (or
when no one is named, as in ``rmcoach brief`` without ``--as``).  Which side a person is
on comes from :mod:`rmcoach.tips.sides`; tips from :mod:`rmcoach.tips.library`
(``audience`` is the reader), questions from :mod:`rmcoach.tips.prompts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rmcoach.records import privacy
from rmcoach.storage.store import Store

if TYPE_CHECKING:
    from rmcoach.records.model import Pair, Person
    from rmcoach.tips.jargon import Checker
    from rmcoach.tips.library import Tip
    from rmcoach.tips.prompts import Prompt


def pick_for(moment: str, seed: str, side: str | None = None, exclude: tuple[str, ...] = ()) -> Tip | None:
    """A tip for ``moment`` meant for ``side``, or None when the library has none to give."""
    from rmcoach.tips.library import pick_tip

    try:
        return pick_tip(moment, seed, side, exclude)
    except (KeyError, ValueError, LookupError):
        return None


# --------------------------------------------------------------------------- jargon in what each person wrote
JARGON_SHOWN = 4


READER_OF = {"tech-side": "clinical", "wisdom-side": "technology"}  # who reads what each side writes


def reader_of_text(pair: Pair, writer: str, side: str | None) -> str | None:
    """Who reads what ``writer`` wrote: their partner's recorded background (or role) decides;
    without one, the other side of the exchange (tech words for the clinician, clinical words
    for the analyst)."""
    from rmcoach.tips.readers import person_reader

    return person_reader(pair.other(writer)) or READER_OF.get(side or "")


_checker_ready = False


def jargon_checker(reader: str | None = None) -> Checker:
    """The built-in glossary's checker for a reader, built once per process (it takes a moment
    the first time; the briefing screen builds the two readers' checkers off the UI thread,
    see :func:`jargon_checker_ready`)."""
    from rmcoach.features import jargon as glossary_store

    return glossary_store.checker_for(None, reader)


def warm_jargon_checkers() -> None:
    """Build the checkers the briefing uses (both readers), so the next briefing draws at once."""
    global _checker_ready
    for reader in (None, *READER_OF.values()):
        jargon_checker(reader)
    _checker_ready = True


def jargon_checker_ready() -> bool:
    return _checker_ready


def jargon_by_person(store: Store, pair: Pair, viewer: str | None) -> dict[str, list[str]]:
    """Jargon a check finds in the open topics each person added (uuid -> terms, first few):
    the words the partner may not know, so that person's tip is about plain words.
    Terms the pair marked as known are left out."""
    from rmcoach.features import sessions

    texts: dict[str, list[str]] = {}
    for t in sessions.agenda(store, viewer):
        if t.by and pair.person(t.by) is not None:
            texts.setdefault(t.by, []).append(t.text)
    if not texts:
        return {}
    from rmcoach.features import jargon as glossary_store
    from rmcoach.tips.sides import sides

    who = sides(store, pair)
    known = {" ".join(k.split()).casefold() for k in glossary_store.known_terms(store)}
    found: dict[str, list[str]] = {}
    for person, lines in texts.items():
        checker = jargon_checker(reader_of_text(pair, person, who.side_of(person)))
        terms: list[str] = []
        for line in lines:
            for f in checker.check(line):
                names = {" ".join(str(x).split()).casefold() for x in (f.term, f.canonical) if x}
                if f.kind in ("jargon", "acronym") and f.term not in terms and not names & known:
                    terms.append(f.term)
        if terms:
            found[person] = terms[:JARGON_SHOWN]
    return found


# --------------------------------------------------------------------------- tips and prompts for each person
@dataclass(frozen=True)
class PersonTip:
    person: str  # uuid
    side: str  # "tech-side" | "wisdom-side"
    moment: str
    tip: Any  # rmcoach.tips.library.Tip
    jargon: tuple[str, ...] = ()  # the terms that made it a jargon tip


@dataclass(frozen=True)
class PersonPrompts:
    person: str  # uuid of the one who asks
    partner: str  # uuid of the one asked
    side: str
    prompts: tuple[Prompt, ...]


def readers(pair: Pair, viewer: str | None) -> list[Person]:
    """Whose tips and prompts the briefing shows: the viewer's own, or both people's when looking together."""
    person = pair.person(viewer) if viewer and viewer != privacy.TOGETHER else None
    if person is not None:
        return [person]
    return list(pair.people)


def person_tips(store: Store, pair: Pair, viewer: str | None, moment: str, seed: str,
                jargon: dict[str, list[str]] | None = None) -> list[PersonTip]:
    from rmcoach.tips.sides import sides

    who = sides(store, pair)
    jargon = jargon if jargon is not None else {}
    out: list[PersonTip] = []
    for person in readers(pair, viewer):
        side = who.side_of(person.uuid) or "both"
        terms = tuple(jargon.get(person.uuid, ()))
        mine = "jargon" if terms else moment
        tip = pick_for(mine, f"{seed}:{person.uuid}", side if side != "both" else None,
                   tuple(t.tip.id for t in out))
        if tip is not None:
            out.append(PersonTip(person.uuid, side, mine, tip, terms))
    return out


def person_prompts(store: Store, pair: Pair, viewer: str | None, moment: str, seed: str, *,
                   one_way_teacher: str | None = None) -> list[PersonPrompts]:
    """Questions for each reader to ask their partner; ``one_way_teacher`` is the only person who
    taught lately (a one-way streak), so the questions can turn the exchange round."""
    from rmcoach.tips import prompts as deck
    from rmcoach.tips.sides import sides

    who = sides(store, pair)
    one_way_side = who.side_of(one_way_teacher) if one_way_teacher and moment == "one-way" else None
    out: list[PersonPrompts] = []
    for person in readers(pair, viewer):
        partner = pair.other(person.uuid)
        side = who.side_of(person.uuid)
        if partner is None or side is None:
            continue
        dealt = tuple(p for d in out for p in d.prompts)
        drawn = deck.draw(moment, side, seed, favour=deck.favour_for(moment, side, one_way_side), exclude=dealt)
        out.append(PersonPrompts(person.uuid, partner.uuid, side, tuple(drawn)))
    return out
