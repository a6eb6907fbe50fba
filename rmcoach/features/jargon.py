"""The pair's own jargon terms and their "we both know this now" marks.

Table ``glossary_terms`` (see ARCHITECTURE.md).  One record is either

* an **own term** (``own: true``): a word from the pair's world the built-in
  glossary does not know (a ward system's name, a local acronym) with what to
  say instead, an optional analogy and other spellings (``aliases``); its
  ``known`` flag says whether they both know it now, or
* a **known mark** (``own: false``, ``known: true``): a built-in glossary term
  (by its canonical name) or an acronym that the two of them now both know,
  so the checker stops flagging it.  Unmarking soft-deletes the mark.

Both kinds are shared: a glossary is only useful when both people see it.
:func:`pair_terms` turns the table into what :class:`rmcoach.tips.jargon.Checker`
takes, and :func:`checker_for` keeps one checker per store generation so the
app can check text live as a person types.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from rmcoach.infra import validate
from rmcoach.records import tables
from rmcoach.records.coaching import GlossaryTerm
from rmcoach.records.privacy import SHARED
from rmcoach.storage.store import Store, StoreError
from rmcoach.infra.textsafe import has_control_chars
from rmcoach.tips.jargon import Checker, Finding, UserTerm, summarise

if TYPE_CHECKING:
    from rmcoach.records.model import Pair

TABLE = tables.GLOSSARY_TERMS
TERM_MAX = 80
ALTERNATIVE_MAX = 120
ANALOGY_MAX = 200
ALIASES_MAX = 8


class TermError(StoreError):
    """A term that cannot be saved; ``field`` names the form field at fault."""

    exit_code = 2

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class OwnTerm:
    uuid: str
    term: str
    alternative: str
    analogy: str = ""
    aliases: tuple[str, ...] = ()
    known: bool = False

    @classmethod
    def from_record(cls, rec: GlossaryTerm) -> "OwnTerm":
        return cls(uuid=rec.uuid, term=rec.term, alternative=rec.alternative, analogy=rec.analogy,
                   aliases=tuple(a for a in rec.aliases if a.strip()), known=rec.known)

    def as_user_term(self) -> UserTerm:
        return UserTerm(self.term, self.alternative, self.analogy, self.aliases)


def norm(text: str) -> str:
    """How two spellings of a term are compared: case, hyphens and spacing ignored."""
    return " ".join(text.replace("-", " ").replace("\u2019", "'").split()).casefold()


# --------------------------------------------------------------------------- reading
def _records(store: Store) -> list[GlossaryTerm]:
    # the store only reads: with no file yet it is empty and nothing is created
    return [r for r in store.records(GlossaryTerm) if r.term.strip()]


def own_terms(store: Store) -> list[OwnTerm]:
    """The pair's own terms, alphabetically."""
    terms = [OwnTerm.from_record(r) for r in _records(store) if r.own]
    return sorted(terms, key=lambda t: t.term.casefold())


def known_marks(store: Store) -> list[GlossaryTerm]:
    """Marks on built-in terms or acronyms (not own terms), alphabetically."""
    marks = [r for r in _records(store) if not r.own and r.known]
    return sorted(marks, key=lambda r: r.term.casefold())


def known_terms(store: Store) -> list[str]:
    """Every term the pair both knows now: marked built-in terms and own terms marked known."""
    out = [r.term for r in known_marks(store)]
    for term in own_terms(store):
        if term.known:
            out.append(term.term)
    return out


def is_known(store: Store, term: str) -> bool:
    key = norm(term)
    return any(norm(k) == key for k in known_terms(store))


def pair_terms(store: Store) -> tuple[list[UserTerm], list[str]]:
    """(the pair's own terms as UserTerms, the terms they both know) for the checker.

    Reads only; when the store has no file yet nothing is created.
    """
    return [t.as_user_term() for t in own_terms(store)], known_terms(store)


_CHECKERS: dict[tuple[str, str | None], tuple[int, Checker]] = {}


def checker_for(store: Store | None, reader: str | None = None) -> Checker:
    """A checker with the pair's terms for this reader, rebuilt only when the store's data changed."""
    if store is None:
        return _plain_checker(reader)
    store.raw()  # notice another process's write (this bumps the generation)
    key = (str(store.path), reader)
    cached = _CHECKERS.get(key)
    if cached is not None and cached[0] == store.generation:
        return cached[1]
    extra, known = pair_terms(store)
    checker = Checker(extra, known, reader=reader)
    _CHECKERS[key] = (store.generation, checker)
    return checker


_PLAIN: dict[str | None, Checker] = {}


def _plain_checker(reader: str | None = None) -> Checker:
    checker = _PLAIN.get(reader)
    if checker is None:
        checker = _PLAIN[reader] = Checker(reader=reader)
    return checker


# --------------------------------------------------------------------------- validation
def _one_term(value: str, *, what: str) -> str:
    if has_control_chars(value):
        raise validate.Invalid(f"{what} cannot contain control characters (such as tabs, line breaks or escape codes).")
    cleaned = " ".join(value.split())
    if not cleaned:
        raise validate.Invalid(f"{what} is needed.")
    if len(cleaned) > TERM_MAX:
        raise validate.Invalid(f"{what} is {len(cleaned)} characters long; please keep it to {TERM_MAX}.")
    if not re.search(r"[^\W_]", cleaned):
        raise validate.Invalid(f"{what} needs at least one letter or digit.")
    return cleaned


def split_aliases(text: str) -> list[str]:
    """Other spellings typed as a comma- or semicolon-separated list."""
    return [" ".join(part.split()) for part in re.split(r"[,;]", text) if part.strip()]


def check_term(term: str, alternative: str, analogy: str = "", aliases: str | Iterable[str] = "", *,
               store: Store | None = None, editing: str | None = None
               ) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean an own term's fields; returns (fields, {field: message}).

    Fields: ``term``, ``alternative``, ``analogy``, ``aliases``.  With ``store``
    a term (or alias) that is already one of the pair's own terms - other than
    the one being edited - is refused.
    """
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    try:
        out["term"] = _one_term(term, what="The term")
    except validate.Invalid as exc:
        errors["term"] = str(exc)
    try:
        out["alternative"] = validate.short_text(alternative, what="What to say instead", required=True,
                                                 limit=ALTERNATIVE_MAX)
    except validate.Invalid as exc:
        errors["alternative"] = str(exc)
    try:
        out["analogy"] = validate.short_text(analogy, what="The analogy", limit=ANALOGY_MAX)
    except validate.Invalid as exc:
        errors["analogy"] = str(exc)
    raw_aliases = split_aliases(aliases) if isinstance(aliases, str) else [" ".join(a.split()) for a in aliases]
    clean_aliases: list[str] = []
    try:
        if isinstance(aliases, str) and has_control_chars(aliases):
            raise validate.Invalid("Other spellings cannot contain control characters.")
        if len(raw_aliases) > ALIASES_MAX:
            raise validate.Invalid(f"{len(raw_aliases)} other spellings is a lot; keep it to {ALIASES_MAX}.")
        seen = {norm(out["term"])} if "term" in out else set()
        for alias in raw_aliases:
            cleaned = _one_term(alias, what=f"The spelling \u201c{alias[:20]}\u201d")
            if norm(cleaned) in seen:
                continue
            seen.add(norm(cleaned))
            clean_aliases.append(cleaned)
    except validate.Invalid as exc:
        errors["aliases"] = str(exc)
    out["aliases"] = clean_aliases
    if store is not None and "term" in out:
        taken: dict[str, OwnTerm] = {}
        for existing in own_terms(store):
            if existing.uuid == editing:
                continue
            for form in (existing.term, *existing.aliases):
                taken.setdefault(norm(form), existing)
        clash = taken.get(norm(out["term"]))
        if clash is not None:
            errors["term"] = f"\u201c{out['term']}\u201d is already one of your own terms ({clash.term}); edit that one instead."
        elif "aliases" not in errors:
            for alias in clean_aliases:
                clash = taken.get(norm(alias))
                if clash is not None:
                    errors["aliases"] = f"\u201c{alias}\u201d already belongs to your own term {clash.term}."
                    break
    return out, errors


def _raise_first(errors: dict[str, str]) -> None:
    for field in ("term", "alternative", "analogy", "aliases"):
        if field in errors:
            raise TermError(errors[field], field)


# --------------------------------------------------------------------------- writing
def add_term(store: Store, term: str, alternative: str, analogy: str = "", aliases: str | Iterable[str] = "", *,
             author: str | None = None) -> OwnTerm:
    """Add one of the pair's own terms (raises :class:`TermError` when invalid)."""
    with store.transaction():
        fields, errors = check_term(term, alternative, analogy, aliases, store=store)
        _raise_first(errors)
        added = store.insert(TABLE, {**fields, "own": True, "known": False, "author": author, "visibility": SHARED})
        return OwnTerm.from_record(GlossaryTerm.from_dict(added))


def edit_term(store: Store, term_uuid: str, term: str, alternative: str, analogy: str = "",
              aliases: str | Iterable[str] = "", *, by: str | None = None) -> OwnTerm:
    with store.transaction():
        rec = store.record(GlossaryTerm, term_uuid)
        if rec is None or not rec.own:
            raise TermError("That term no longer exists; it may have been removed elsewhere.")
        fields, errors = check_term(term, alternative, analogy, aliases, store=store, editing=term_uuid)
        _raise_first(errors)
        return OwnTerm.from_record(GlossaryTerm.from_dict(store.update(TABLE, term_uuid, fields, keep_history=True,
                                                                       by=by)))


def remove_term(store: Store, term_uuid: str) -> None:
    """Soft-delete an own term (or a known mark)."""
    with store.transaction():
        if store.record(GlossaryTerm, term_uuid) is None:
            raise TermError("That term no longer exists; it may have been removed elsewhere.")
        store.delete(TABLE, term_uuid)


def _find_own(store: Store, term: str) -> OwnTerm | None:
    key = norm(term)
    for own in own_terms(store):
        if key in {norm(own.term), *(norm(a) for a in own.aliases)}:
            return own
    return None


def mark_known(store: Store, term: str, *, by: str | None = None) -> str:
    """Mark a built-in term, an own term or an acronym as known by both; returns the name marked.

    A glossary alias marks its canonical term ("wifi" marks "Wi-Fi").
    """
    from rmcoach.tips.jargon import lookup  # technical or clinical

    cleaned = _one_term(term, what="The term")
    with store.transaction():
        own = _find_own(store, cleaned)
        if own is not None:
            if not own.known:
                store.update(TABLE, own.uuid, {"known": True}, keep_history=True, by=by)
            return own.term
        entry = lookup(cleaned)
        name = entry.term if entry is not None else cleaned
        if any(norm(r.term) == norm(name) for r in known_marks(store)):
            return name
        store.insert(TABLE, {"term": name, "alternative": "", "analogy": "", "aliases": [], "own": False,
                             "known": True, "author": by, "visibility": SHARED})
        return name


def unmark_known(store: Store, term: str, *, by: str | None = None) -> bool:
    """Take away a "we both know this" mark; returns False when there was none."""
    from rmcoach.tips.jargon import lookup  # technical or clinical

    key = norm(term)
    entry = lookup(term)
    keys = {key} | ({norm(entry.term)} if entry is not None else set())
    changed = False
    with store.transaction():
        own = _find_own(store, term)
        if own is not None and own.known:
            store.update(TABLE, own.uuid, {"known": False}, keep_history=True, by=by)
            changed = True
        for rec in known_marks(store):
            if norm(rec.term) in keys:
                store.delete(TABLE, rec.uuid)
                changed = True
    return changed


def markable(finding: Finding) -> str | None:
    """The name to mark known for a finding, or None (a long sentence is not a term)."""
    if finding.kind == "long-sentence":
        return None
    return finding.canonical or finding.term


# --------------------------------------------------------------------------- text layout
def line_spans(text: str, findings: Iterable[Finding]) -> dict[int, list[tuple[int, int, str]]]:
    """Finding ranges cut into per-line pieces: {line index (0-based): [(start col, end col, kind)]}.

    Offsets are code points, as :meth:`Checker.check` reports them; lines are
    split at ``\\n`` (what a TextArea shows as one line).
    """
    starts = [0]
    for index, ch in enumerate(text):
        if ch == "\n":
            starts.append(index + 1)
    from bisect import bisect_right

    out: dict[int, list[tuple[int, int, str]]] = {}
    for f in findings:
        first = bisect_right(starts, f.start) - 1
        last = bisect_right(starts, max(f.start, f.end - 1)) - 1
        for line in range(first, last + 1):
            line_start = starts[line]
            line_end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
            a = max(f.start, line_start) - line_start
            b = min(f.end, line_end) - line_start
            if b > a:
                out.setdefault(line, []).append((a, b, f.kind))
    return out


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column), both 0-based, of a code-point offset into ``text``."""
    before = text[:offset]
    row = before.count("\n")
    column = offset - (before.rfind("\n") + 1)
    return row, column


def summary(findings: list[Finding]) -> str:
    """One line saying what was found, or the clean-state message."""
    if not findings:
        return "No jargon found \u2014 plain and clear."
    return summarise(findings)


# --------------------------------------------------------------------------- demo
_DEMO_TERMS = (
    ("WardView", "the electronic bed board on each ward",
     "like the whiteboard at the nurses' station, but every ward sees the same one", "Ward View"),
    ("Orbit", "the trust's staff intranet", "like the notice board in the doctors' mess, for the whole hospital",
     "the Orbit"),
)


def demo_step(store: Store, pair: Pair, today: _dt.date) -> None:
    """Two local terms from Northgate General and one term they both know now."""
    del today
    junior = pair.people[1].uuid if len(pair.people) > 1 else None
    for term, alternative, analogy, alias in _DEMO_TERMS:
        store.insert(TABLE, {"term": term, "alternative": alternative, "analogy": analogy, "aliases": [alias],
                             "own": True, "known": False, "author": junior, "visibility": SHARED})
    mark_known(store, "Wi-Fi", by=junior)
