"""Check a piece of writing for jargon, unexplained acronyms and long sentences.

How matching works
------------------
The text is split into word tokens (letters and digits, with inner apostrophes:
``EHR's`` is one token).  Glossary terms and the pair's own terms are stored in
a token trie, so a 10,000-word text is checked with one pass of dictionary
look-ups; nothing is compiled until the first check.

* **Whole words only.**  A term never matches inside a longer word: "cache" is
  not found in "cachet", "app" not in "happy", "bug" not in "debugging".
* **Longest match wins.**  "two-factor authentication" is one finding, not
  "two-factor" plus something else.  Tokens of a multi-word term may be
  separated by spaces, one line break or a hyphen; a hyphen in a glossary form
  is optional ("e-mail", "e mail" and "email"; "pop-up", "pop up", "popup").
* **Inflections.**  The last word of a form also matches -s/-es/-ies plurals,
  -ing and -ed (with a dropped "e" or doubled final consonant) and a possessive
  's ("caches", "caching", "cached", "synced", "backups", "APIs", "EHR's").  For
  phrasal forms ending in up/in/out/on/off/down the first word is inflected
  instead ("backed up", "popped up").
* **Case.**  Ordinary words match in any case.  A token with two capital letters
  in a row (or a mixed-case acronym such as "SaaS") matches only in that exact
  case, so "PACS" is not "packs", "AI" is not "ai", "IT" is not "it".
* **Ambiguous words.**  A glossary form listed in ``GlossaryEntry.ambiguous`` is
  flagged only when, within eight words either side *and in the same sentence*,
  one of the entry's ``cues`` appears and none of its ``anti_cues`` does.  The
  window includes the term itself, so phrase cues such as "in the cloud" work.
  "Save it to the cloud" is flagged; "a cloud of smoke" and "cloudy weather" are
  not.  If the longest candidate fails this test a shorter candidate at the same
  place may still match.
* **Known terms.**  Terms the pair marked as known (canonical term or any alias,
  case-insensitive) are never reported; they still "use up" their words, so a
  known "SNOMED CT" does not produce an acronym finding for "CT".

Acronyms
--------
An all-capital token of 2-6 characters with at least two letters (digits
allowed, e.g. "HL7", "NEWS2"; a plural "s" or possessive "'s" is ignored, e.g.
"ECGs") that is not spelled out is reported once, at its first occurrence, as
kind ``"acronym"``.  It counts as spelled out when

* its expansion (known for glossary acronyms) appears anywhere before the
  first use, or
* the first use is followed by brackets holding the expansion or at least two
  words whose initials fit the letters - "ECG (electrocardiogram)" needs at
  least two words, so write "ECG (heart tracing)", or
* the first use is itself in brackets right after words whose initials fit:
  "multidisciplinary team meeting (MDT)".

Acronyms everyone knows are skipped: see :data:`KNOWN_ACRONYMS` (UK, NHS, GP,
OK, ID, PDF, IT, COVID ... ).  Common English words written in capitals for
emphasis ("do NOT", "URGENT") are skipped too (:data:`SHOUTED_WORDS`).

**Glossary acronyms are reported once, not twice.**  An acronym that is in the
glossary (EHR, FHIR, PACS) is reported as kind ``"jargon"`` at every use; the
first use additionally carries the spell-out advice in its suggestion
("...; spell out EHR (electronic health record) the first time") and no
separate ``"acronym"`` finding is made.  If the text spells the acronym out,
its uses are not reported at all: the writer has already explained it.

Long sentences
--------------
A sentence ends at ``.``, ``!``, ``?`` or an ellipsis followed by white space
(or the end of the text), at a blank line, and at a line break followed by a
list marker or heading ("- ", "* ", "# ").  A full stop after a common
abbreviation ("e.g.", "i.e.", "Dr.", "etc.", "approx."), after a single capital
initial ("J. Smith") or inside a number ("2.5") does not end a sentence.  A
word is a run of non-space characters holding a letter or digit, so
"two-factor" and "e.g." are one word each.  A sentence of more than
``max_sentence_words`` words gives one ``"long-sentence"`` finding covering the
sentence; its ``term`` is the first six words and "…".

Offsets are Python string indices (code points): ``text[f.start:f.end]`` is the
matched text, and ``line``/``column`` are 1-based, counting ``\\n`` as the line
break and each code point as one column.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any, Iterable

from rmcoach.tips import clinical_glossary as _clinical
from rmcoach.tips import glossary as _glossary

__all__ = [
    "Finding",
    "UserTerm",
    "Checker",
    "check",
    "summarise",
    "KNOWN_ACRONYMS",
    "SHOUTED_WORDS",
    "READERS",
    "READER_DOMAINS",
]

#: Who reads the text.  ``None`` (nobody in particular) keeps the original check.
READERS: tuple[str, ...] = ("clinical", "technology", "management")

#: Which glossary domains are jargon to each reader (see ``GlossaryEntry.domain``).
READER_DOMAINS: dict[str | None, frozenset[str]] = {
    None: frozenset({"tech", "tech-basic", "health-data"}),
    "clinical": frozenset({"tech", "health-data"}),
    "technology": frozenset({"clinical", "service", "health-data"}),
    "management": frozenset({"tech", "clinical"}),
}

#: Categories whose ambiguous words lean towards their technical sense for a reader: with
#: no cue either way they are flagged unless one of their anti-cues is near.
_READER_LEANING: dict[str | None, frozenset[str]] = {
    "clinical": frozenset({"software delivery", "AI", "EHR workflow", "office and file sharing"}),
}

#: Readers for whom an ambiguous technical form of two words or a hyphenated one ("roll
#: back", "hard stop", "check out") leans technical in every category, unless an anti-cue
#: names its everyday sense: a phrasal verb or compound noun sent by a technical colleague is
#: almost always the technical one.
_READER_LEANS_COMPOUNDS: frozenset[str | None] = frozenset({"clinical"})


#: Readers for whom an ambiguous word with no cue either way is reported when its sentence
#: already holds another finding for them (jargon keeps company; see ``Checker._company``).
_READER_KEEPS_COMPANY: frozenset[str | None] = frozenset({"clinical", "technology"})

#: General English words that some entry lists as an ambiguous form but that carry a sentence
#: in any field ("he takes bisoprolol", "a DNACPR in place", "reach the shared drive"): they
#: never ride on another finding; their own cues must say which sense is meant.
_NEVER_BY_COMPANY = frozenset("""
    take takes taking took taken place places reach reaches reached reaching grow grows grew grown
    present presents presented presenting handle handles handled handling model models exam exams
    feed feeds mg code codes coder coders filter filtered template templates
    list lists drain drains
""".split())


#: For those readers, words that say the sentence is about the computers count as a cue for
#: every ambiguous technical word, whatever its family ("the refresh failed, so the dashboard
#: shows last week's data"); the entry's anti-cues still win.
_READER_TECH_CONTEXT = (
    "dashboard; dashboards; EPR; EHR; PC; PCs; laptop; laptops; software; IT; IT team; database; "
    "spreadsheet; server; servers; supplier's system; login; logins; Wi-Fi; wifi; browser; app; apps; "
    "Teams; Outlook; SharePoint; intranet; computer; computers; service desk; helpdesk; developer; developers; "
    "load slowly; loads slowly; slow to load; buffering; buffers; laggy; lagging; images load; pages load; "
    "vendor; vendors"
)


#: Phrasal forms common in everyday and clinical speech ("a pacemaker check in March",
#: "a rash popped up"): they never lean, whatever their category; a cue must be near.
_EVERYDAY_PHRASAL = frozenset({
    "check in", "checked in", "check out", "checked out", "pop up", "popped up", "pops up", "popping up",
})


def _form_shape(form: str) -> str:
    """"everyday" for :data:`_EVERYDAY_PHRASAL`, "compound" for two or more words or a
    hyphenated word ("roll back", "pop-up"), else "word"."""
    if form.lower() in _EVERYDAY_PHRASAL:
        return "everyday"
    return "compound" if " " in form.strip() or "-" in form else "word"


#: Domains whose acronyms each reader already knows (never "spell out X" for them).
_READER_KNOWS: dict[str | None, frozenset[str]] = {
    None: frozenset(),
    "clinical": frozenset({"clinical", "service"}),
    "technology": frozenset({"tech", "tech-basic"}),
    "management": frozenset({"service", "health-data", "tech-basic"}),
}

KINDS = ("jargon", "acronym", "long-sentence")

#: Acronyms so familiar that spelling them out would be odd.
KNOWN_ACRONYMS: frozenset[str] = frozenset({
    "UK", "US", "USA", "EU", "UN", "NHS", "GP", "OK", "TV", "CEO", "AM", "PM", "ID", "PDF", "IT",
    "PC", "PIN", "BBC", "DIY", "ASAP", "COVID", "FAQ", "HR", "MP", "NB", "PS", "RSVP", "VIP",
    "DNA", "CV", "II", "III", "IV", "VI", "VII", "VIII", "CO2", "BST", "GMT", "AKA", "ETA",
})

#: Technology names that have the written shape of a clinical score ("tPA", "eGFR"), never flagged as one.
_NOT_SCORES = frozenset({"iOS", "vCPU", "vCPUs", "eSIM", "eSIMs", "iMac", "iMacs", "mAh", "dB", "kB", "kW", "kWh"})

#: Capitalised words a medicine-name shape must not report: days, months, titles and names of
#: things that follow a prescribing verb ("stopped Monday", "started January").
_NOT_NAMES = frozenset("""
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December Christmas Easter Today Yesterday Tomorrow Doctor Nurse
    Sister Matron Mum Dad This That Then There These Those When While After Before Once Last Next
    Teams Outlook Zoom Word Excel PowerPoint Windows Google Slack Epic Cerner Apple Android Chrome Edge
""".split())

#: Ordinary words people type in capitals for emphasis; not acronyms.
SHOUTED_WORDS: frozenset[str] = frozenset("""
A AN AND ARE AS AT BE BUT BY CAN DO DON'T FOR FROM GO HAS HAVE HE HER HIS HOW I IF IN IS IT ITS ME MY
NO NOR NOT NOW OF OFF ON ONE OR OUR OUT SHE SO THE THEM THEN THEY THIS TO TOO TWO UP US WAS WE WHAT
WHEN WHO WHY WILL YES YOU YOUR ALL ANY ONLY VERY MUST NEVER ALWAYS PLEASE STOP NOTE READ URGENT
IMPORTANT WARNING NEW FREE HELP DONE BEFORE AFTER SAVE SEND WAIT THANKS THANK AGAIN REALLY SURE
EVERY EACH JUST ALSO HERE THERE THAT WITH WHERE FIRST LAST NEXT TODAY WEEK DAY MORE LESS BIG
""".split())

_ABBREVIATIONS = frozenset({
    "eg", "ie", "dr", "mr", "mrs", "ms", "mx", "prof", "etc", "vs", "approx", "no", "st", "jr", "sr",
    "fig", "ref", "cf", "al", "dept", "min", "max", "tel", "est", "inc", "ltd", "co", "vol", "pp",
    "nb", "ps", "am", "pm", "sec", "mins", "hrs", "wk", "wks", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})

_PARTICLES = frozenset({"up", "in", "out", "on", "off", "down"})

# Regular expressions are compiled on first use (see _rx) to keep import fast.
_SOURCES = {
    # a word token: letters/digits with inner apostrophes ("EHR's")
    "token": r"[^\W_]+(?:['\u2019][^\W_]+)*",
    # (gap, token) pairs covering the text up to the last token
    "split": r"([^\W_]+(?:['\u2019][^\W_]+)*)",
    # an acronym, with a plural, a possessive or made a verb ("ECGs", "EHR's", "we TTA'd him")
    "acronym_token": r"([A-Z][A-Z0-9]{1,5})(?:s|['\u2019](?:s|d|ed|ing))?",
    # what may separate the words of a multi-word term
    "gap": r"[ \t\u00a0]*(?:[-\u2010\u2011\u2013&][ \t\u00a0]*|[./]|\r?\n[ \t\u00a0]*)?|[ \t\u00a0]+",
    "newline": r"\n",
    "caps_pair": r"[A-Z][A-Z0-9]",
    "abbrev_tail": r"([A-Za-z][A-Za-z.]*)$",
    "bracket_after": r"[ \t]*\(([^()\n]{1,160})\)",
    # a clinical score's name: seven or more letters and digits with two capitals ("CHA2DS2"),
    # one or two small letters before capitals ("qSOFA", "tPA"), or small letters inside an
    # abbreviation ("GPwSI": a GP with a special interest)
    "score_token": r"(?=[A-Za-z0-9]*[0-9])(?=[a-z0-9]*[A-Z][a-z0-9]*[A-Z])[A-Z][A-Za-z0-9]{6,11}|[a-z]{1,2}[A-Z]{2,5}|"
                   r"[A-Z]{2,}[a-z]{1,2}[A-Z]{1,4}",
    # the word (with inner hyphens) just before a shape: "role" of "role-based", "shadow" of "shadow mode"
    "word_before": r"([A-Za-z][A-Za-z-]*)[ -]?$",
}
_COMPILED: dict[str, re.Pattern[str]] = {}


def _rx(name: str) -> re.Pattern[str]:
    pattern = _COMPILED.get(name)
    if pattern is None:
        pattern = _COMPILED[name] = re.compile(_SOURCES[name])
    return pattern


_TERMINAL = ""  # trie key holding a node's terminal; never a token

# Ranks decide which entry owns a key when two would: the pair's own terms beat
# the glossary, and a written-out form beats a generated inflection.
_RANK_GLOSSARY_INFLECTED, _RANK_GLOSSARY, _RANK_USER_INFLECTED, _RANK_USER = 1, 2, 3, 4


@dataclass(frozen=True)
class Finding:
    kind: str          # "jargon" | "acronym" | "long-sentence"
    term: str          # the text as it appears (for long-sentence: the first few words + "…")
    start: int
    end: int           # character offsets into the checked text
    line: int
    column: int        # 1-based
    suggestion: str    # plain alternative / advice
    analogy: str = ""  # may be empty
    canonical: str = ""  # glossary canonical term (or user term)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UserTerm:
    """A term the pair added themselves."""

    term: str
    alternative: str
    analogy: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Terminal:
    payload: Any          # a GlossaryEntry or a UserTerm
    form: str             # the written form this key came from
    rank: int
    ambiguous: bool
    acronym_form: bool    # the form is the acronym itself (for the spell-out advice)


# ---------------------------------------------------------------- building keys

def _is_case_sensitive(token: str, acronym_entry: bool) -> bool:
    if len(token) == 1 and token.isupper():
        return True  # the "A" of "A&G" is not the article "a"
    caps = sum(1 for c in token if c.isupper())
    letters = sum(1 for c in token if c.isalpha())
    if caps >= 2 and caps * 2 >= letters:
        return True  # "LoS", "SpR": an abbreviation, not an ordinary word ("losing")
    return any(a.isupper() and b.isupper() for a, b in zip(token, token[1:]))


def _token_sequences(form: str) -> list[list[str]]:
    """Token lists for a written form; a hyphen between tokens is optional."""
    form = form.replace("\u2019", "'")
    pieces = [(m.start(), m.end(), m.group()) for m in _rx("token").finditer(form)]
    if not pieces:
        return []
    seqs: list[list[str]] = [[pieces[0][2]]]
    for (_, prev_end, _), (start, _, tok) in zip(pieces, pieces[1:]):
        gap = form[prev_end:start]
        if gap.strip() == "-" and gap == "-":
            seqs = [s[:-1] + [s[-1] + tok] for s in seqs] + [s + [tok] for s in seqs]
        else:
            seqs = [s + [tok] for s in seqs]
    return seqs


def _inflections(word: str) -> set[str]:
    """Regular inflected forms of a lower-case word (including the word)."""
    out = {word}
    if not word.isalpha():
        return out | {word + "s"}
    vowels = "aeiou"
    out.add(word + "s")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        out.add(word + "es")
    if len(word) > 2 and word.endswith("y") and word[-2] not in vowels:
        out.add(word[:-1] + "ies")
        out.add(word[:-1] + "ied")
    if word.endswith("e"):
        out.add(word[:-1] + "ing")
        out.add(word + "d")
    else:
        out.add(word + "ing")
        out.add(word + "ed")
        if (len(word) >= 3 and word[-1] not in vowels + "wxy" and word[-2] in vowels
                and word[-3] not in vowels):
            out.add(word + word[-1] + "ing")
            out.add(word + word[-1] + "ed")
    return out


def _keys_for(form: str, acronym_entry: bool) -> list[tuple[tuple[str, ...], bool]]:
    """(key tuple, is_inflected) pairs for a form."""
    result: list[tuple[tuple[str, ...], bool]] = []
    for seq in _token_sequences(form):
        cs = [_is_case_sensitive(t, acronym_entry) for t in seq]
        keys = [t if c else t.lower() for t, c in zip(seq, cs)]
        result.append((tuple(keys), False))
        idx = 0 if (len(keys) > 1 and keys[-1] in _PARTICLES) else len(keys) - 1
        base = keys[idx]
        if cs[idx]:
            variants = {base + "s", base + "'s", base + "'d", base + "'ed"}  # "TTA'd": an acronym made a verb
        else:
            variants = set()
            for v in _inflections(base):
                variants.add(v)
                if not v.endswith(("ing", "ed")):
                    variants.add(v + "'s")
        variants.discard(base)
        for v in variants:
            new = list(keys)
            new[idx] = v
            result.append((tuple(new), True))
    return result


def _acronym_form(form: str, acronym_entry: bool) -> bool:
    if not acronym_entry:
        return False
    toks = _rx("token").findall(form)
    return bool(toks) and all(t.isdigit() or sum(c.isupper() for c in t) >= 2 for t in toks)


def _norm(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("\u2019", "'").split()).casefold()


# The term trie: a node maps each next token to its child node, and _TERMINAL to the
# _Terminal a match ends on. A recursive alias would need an isinstance check at every
# step of the matching loop (the hot path of every check), so the values stay untyped.
_Trie = dict[str, Any]
# one finding before it becomes a Finding: kind, text, start, end, suggestion, analogy, canonical
_Raw = tuple[str, str, int, int, str, str, str]


def _insert(root: _Trie, keys: tuple[str, ...], terminal: _Terminal, owned: set[int] | None) -> None:
    """Insert ``terminal`` at ``keys``; with ``owned``, copy shared nodes on the way (copy-on-write)."""
    node = root
    for key in keys:
        child = node.get(key)
        if child is None:
            child = {}
            node[key] = child
            if owned is not None:
                owned.add(id(child))
        elif owned is not None and id(child) not in owned:
            child = dict(child)
            node[key] = child
            owned.add(id(child))
        node = child
    old = node.get(_TERMINAL)
    if old is None or terminal.rank > old.rank:
        node[_TERMINAL] = terminal


def _add_entry(root: _Trie, entry: Any, owned: set[int] | None, user: bool) -> None:
    acronym_entry = bool(getattr(entry, "acronym", False))
    ambiguous = {_norm(f) for f in getattr(entry, "ambiguous", ())}
    forms = (entry.term, *entry.aliases)
    plain_keys: set[tuple[str, ...]] = set()
    pending: list[tuple[tuple[str, ...], _Terminal]] = []
    for form in forms:
        amb = _norm(form) in ambiguous
        acro = _acronym_form(form, acronym_entry)
        for keys, inflected in _keys_for(form, acronym_entry):
            if user:
                rank = _RANK_USER_INFLECTED if inflected else _RANK_USER
            else:
                rank = _RANK_GLOSSARY_INFLECTED if inflected else _RANK_GLOSSARY
            if not amb:
                plain_keys.add(keys)
            pending.append((keys, _Terminal(entry, form, rank, amb, acro)))
    for keys, term in pending:
        if term.ambiguous and keys in plain_keys:
            term = _Terminal(term.payload, term.form, term.rank, False, term.acronym_form)
        _insert(root, keys, term, owned)


_BASE_ROOTS: dict[str | None, _Trie] = {}


def _all_entries() -> tuple[Any, ...]:
    return (*_glossary.ENTRIES, *_clinical.ENTRIES)


def _base_root(reader: str | None = None) -> _Trie:
    root = _BASE_ROOTS.get(reader)
    if root is None:
        root = {}
        domains = READER_DOMAINS[reader]
        for entry in _all_entries():
            if entry.domain in domains:
                _add_entry(root, entry, None, user=False)
        _BASE_ROOTS[reader] = root
    return root


_KNOWN_BY_READER: dict[str | None, frozenset[str]] = {}


def _reader_acronyms(reader: str | None) -> frozenset[str]:
    """Acronyms this reader knows: those of the glossary domains they work in."""
    found = _KNOWN_BY_READER.get(reader)
    if found is None:
        domains = _READER_KNOWS[reader]
        names: set[str] = set()
        for entry in _all_entries():
            if entry.domain in domains and entry.domain not in READER_DOMAINS[reader]:
                for form in entry.forms:
                    if _rx("acronym_token").fullmatch(form):
                        names.add(form)
        if reader is not None:
            names |= _clinical.EVERYDAY_HEALTH_ACRONYMS
        if "clinical" in domains:
            names |= _clinical.EVERYDAY_CLINICAL_ACRONYMS
        if "service" in domains:
            names |= _clinical.EVERYDAY_SERVICE_ACRONYMS
        if "tech" in domains:
            names |= _glossary.EVERYDAY_TECH_ACRONYMS
        if "clinical" in domains:
            names |= _glossary.CLINICAL_SYSTEM_ACRONYMS
        found = _KNOWN_BY_READER[reader] = frozenset(names)
    return found


_EXPANSIONS: dict[str, Any] | None = None


def _expansions() -> dict[str, Any]:
    """Acronym -> the built-in entry that spells it out (any domain), built on first use."""
    global _EXPANSIONS
    if _EXPANSIONS is None:
        found: dict[str, Any] = {}
        acronym_token = _rx("acronym_token").fullmatch
        for entry in _all_entries():
            if entry.expansion:
                for form in entry.forms:
                    if acronym_token(form):
                        found.setdefault(form, entry)
        _EXPANSIONS = found
    return _EXPANSIONS


def lookup(term: str) -> Any:
    """The built-in entry (technical or clinical) for a term or alias, or None."""
    return _glossary.lookup(term) or _clinical.lookup(term)


def reader_name(reader: str | None) -> str:
    """How a reader is described to people ("a clinical reader")."""
    return {None: "anyone", "clinical": "a clinical reader", "technology": "a technology reader",
            "management": "a management reader"}[reader]


# ---------------------------------------------------------------- cue words

_CUE_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers")


class _CueSet:
    """Context cues of one glossary entry, matched against a window of tokens.

    A cue is a word or phrase; its last word also matches the endings -s, -es,
    -ed, -d, -ing, -er, -ers (and the usual spelling changes).  Cues written
    with capitals match only that exact case; cues with no letters or digits
    ("@") match as plain characters.
    """

    __slots__ = ("words", "exact", "phrases", "lengths", "chars", "always", "heads", "exact_heads")

    def __init__(self, cues: Iterable[str]):
        cues = tuple(cues)
        #: the cue "*" means "in any context": only the anti-cues can stop the match
        self.always = "*" in cues
        cues = tuple(c for c in cues if c != "*")
        self.words: set[str] = set()
        self.exact: set[str] = set()
        self.phrases: set[tuple[str, ...]] = set()
        self.lengths: set[int] = set()
        self.chars: list[str] = []
        token = _rx("token")
        for cue in cues:
            toks = token.findall(cue.replace("\u2019", "'"))
            if not toks:
                self.chars.append(cue.strip())
                continue
            exact = any(c.isupper() for c in cue)
            last = toks[-1] if exact else toks[-1].lower()
            variants = {last + e for e in _CUE_ENDINGS} | {last}
            if not exact:
                variants |= _inflections(last)
            head = tuple(toks[:-1]) if exact else tuple(t.lower() for t in toks[:-1])
            for v in variants:
                if not head:
                    (self.exact if exact else self.words).add(v)
                else:
                    self.phrases.add(("\x00" if exact else "",) + head + (v,))
                    self.lengths.add(len(head) + 1)
        self.heads = {p[1] for p in self.phrases if p[0] == ""}
        self.exact_heads = {p[1] for p in self.phrases if p[0] == "\x00"}

    def found(self, lower: list[str], exact: list[str], raw: str) -> bool:
        words = self.words
        if words and not words.isdisjoint(lower):
            return True
        if self.exact and not self.exact.isdisjoint(exact):
            return True
        if self.phrases:
            phrases = self.phrases
            heads, exact_heads = self.heads, self.exact_heads
            last = len(lower)
            for p in range(last):
                if lower[p] in heads:
                    for length in self.lengths:
                        if p + length <= last and ("",) + tuple(lower[p:p + length]) in phrases:
                            return True
                if exact[p] in exact_heads:
                    for length in self.lengths:
                        if p + length <= last and ("\x00",) + tuple(exact[p:p + length]) in phrases:
                            return True
        return any(c in raw for c in self.chars)


_CUE_CACHE: dict[tuple[int, str], tuple[_CueSet, _CueSet]] = {}
_READER_TECH_CONTEXT_CUES = _CueSet(c.strip() for c in _READER_TECH_CONTEXT.split(";") if c.strip())


def _same_word(a: str, b: str) -> bool:
    """Are two normalised forms one word in different inflections ("merge", "merged")?"""
    if a == b:
        return True
    if " " in a or " " in b:
        return False
    return b in _inflections(a) or a in _inflections(b) or any(a + e == b or b + e == a for e in _CUE_ENDINGS)


def _cues_for(entry: Any, form: str = "") -> tuple[_CueSet, _CueSet]:
    """The entry's cues and anti-cues for one matched form.  A word is not its own context:
    cues that are the matched word itself (in any inflection) are ignored.  Another word of
    the same entry still counts, so "merged" and "branch" vouch for each other."""
    key = (id(entry), form)
    found = _CUE_CACHE.get(key)
    if found is None:
        own = _norm(form)
        cues = tuple(c for c in getattr(entry, "cues", ()) if not _same_word(_norm(c), own))
        found = (_CueSet(cues), _CueSet(getattr(entry, "anti_cues", ())))
        _CUE_CACHE[key] = found
    return found


@lru_cache(maxsize=4096)
def _is_sentence_gap(gap: str) -> bool:
    """Does the text between two tokens end a sentence?

    Yes after . ! ? or an ellipsis followed by white space, at a blank line, and
    at a line break followed by a list marker or heading ("- ", "* ", "# ").
    """
    if gap.count("\n") >= 2:
        return True
    if "." in gap or "!" in gap or "?" in gap or "\u2026" in gap:
        if " " in gap or "\n" in gap or "\t" in gap or "\u00a0" in gap:
            return True
    if "\n" in gap:
        rest = gap[gap.index("\n") + 1:].lstrip(" \t")
        if rest[:1] in ("-", "*", "\u2022", "+", "#") and rest[1:2] in (" ", "\t", "#"):
            return True
    return False


_EXPANSION_CACHE: dict[str, re.Pattern[str]] = {}


def _expansion_regex(expansion: str) -> re.Pattern[str]:
    pattern = _EXPANSION_CACHE.get(expansion)
    if pattern is None:
        words = [re.escape(w) for w in re.split(r"[\s\-,]+", expansion) if w]
        pattern = re.compile(r"(?<![^\W_])" + r"[\s\-,]+".join(words) + r"(?![^\W_])", re.IGNORECASE)
        _EXPANSION_CACHE[expansion] = pattern
    return pattern


# ---------------------------------------------------------------- helpers

_STOP_INITIAL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "a", "an", "to", "with", "by", "as"})


def _initials_fit(acronym: str, words: list[str]) -> bool:
    """Do the acronym's letters appear, in order, as initials of ``words``?

    The first letter must start the first counted word; small linking words may
    be skipped; a word may contribute inner capitals ("JavaScript").
    """
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(words) < 2 or not letters:
        return False
    initials: list[str] = []
    for w in words:
        caps = [c.lower() for c in w[1:] if c.isupper()]
        initials.append(w[0].lower() + "".join(caps))
    # try each start word whose initial is the first letter
    for start in range(len(initials)):
        if initials[start][0] != letters[0]:
            continue
        if len(words) - start > 2 * len(letters) + 2:
            continue
        i = 0
        for chunk, word in zip(initials[start:], words[start:]):
            for ch in chunk:
                if i < len(letters) and ch == letters[i]:
                    i += 1
            if i == len(letters):
                break
        if i == len(letters):
            return True
    return _loose_fit(letters, words)


def _loose_fit(letters: list[str], words: list[str]) -> bool:
    """Looser test for run-together words ("multidisciplinary team" for MDT).

    Some trailing run of words must start with the first letter, end with a word
    whose initial is one of the letters, hold every letter in order and have no
    more content words than letters plus one.
    """
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0][0].lower() != letters[0]:
            continue
        content = [w for w in tail if w.lower() not in _STOP_INITIAL_WORDS]
        if len(content) > len(letters) + 1:
            return False
        if len(tail) < 2:
            continue
        if tail[-1][0].lower() not in letters:
            continue
        chars = "".join(tail).lower()
        pos = 0
        for letter in letters:
            pos = chars.find(letter, pos)
            if pos < 0:
                break
            pos += 1
        else:
            return True
    return False


def _one_word_fit(acronym: str, words: list[str]) -> bool:
    """"electrocardiogram (ECG)": one long word holding the letters in order, from its first."""
    if not words:
        return False
    word = words[-1].lower()
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(word) < len(letters) + 3 or not letters or word[0] != letters[0]:
        return False
    pos = 1
    for letter in letters[1:]:
        pos = word.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


_GLOSS_SKIP = frozenset({"see", "eg", "e", "g", "ie", "i", "cf", "page", "below", "above", "optional"})


def _is_gloss(words: list[str]) -> bool:
    """Is a bracket's content a plain explanation ("heart tracing", "a blood test")?"""
    if len(words) < 2 or words[0].lower() in _GLOSS_SKIP:
        return False
    plain = [w for w in words if w.isalpha() and not w.isupper()]
    return len(plain) >= 2 and len(plain) * 2 > len(words)


def _explained_after(text: str, end: int) -> bool:
    """Is a term followed straight away by a bracketed plain explanation?"""
    if text[end:end + 1] not in (" ", "("):
        return False
    m = _rx("bracket_after").match(text, end)
    return m is not None and _is_gloss(_rx("token").findall(m.group(1)))


#: What follows a term to say what it is ("X, which is an old name for ...", "X, i.e. ...",
#: "X is short for ...").  After an acronym, or a term followed by its own acronym in
#: brackets, "meaning" and "means" define it too ("MFA, meaning a code from your phone",
#: "DNACPR means do not attempt ..."), as does an appositive ("NEWS2, the early warning
#: score the nurses use, is ...").  "Which means" and "means the ..." say what follows from
#: it ("RBAC means a ward clerk sees other screens"), not what it is.  The definition runs
#: to the next comma or full stop.
_DEFINED_BY = re.compile(
    r"\)?[ \t]*,?[ \t]*(?:which is (?:an?|the)\b|that is,|i\.e\.,?|stands for\b|is short for\b|"
    r"is (?:an? |the )?(?:old |new |other |fancy |technical |posh |proper )?(?:name|word|term|abbreviation|"
    r"shorthand) for\b)[ \t]*(?P<d>[^,.;:!?\n]{1,160})")
_DEFINED_BY_AFTER_ACRONYM = re.compile(
    r"\)?[ \t]*(?:,[ \t]*meaning\b|[ \t]means\b(?![ \t]+(?:well|business|nothing|a lot|that|we|you|I|they|he|she|it|"
    r"our|your|their|more|less|fewer|no|a|an|the|this|these|those|any|every|some|each|there|if|when)\b)|[ \t]*,[ \t]*(?:the|an?)\b(?=[^,.;:!?\n]{1,120},))"
    r"[ \t]*(?P<d>[^,.;:!?\n]{1,160})")
_ACRONYM_THEN_BRACKET = re.compile(r"\b[A-Z][A-Za-z0-9&]*[A-Z0-9]s?[ \t]*\(([^()\n]{1,160})\)")


def _definitions(text: str, raw: list[Any]) -> tuple[set[int], list[tuple[int, int]]]:
    """Findings that the text itself defines, and the spans of its definitions (whose own
    words are the explanation, not more jargon): see :data:`_DEFINED_BY`."""
    defined: set[int] = set()
    spans: list[tuple[int, int]] = []
    for n, r in enumerate(raw):
        start, end = r[2], r[3]
        acronym = bool(_rx("acronym_token").fullmatch(text[start:end])) or text[start - 1:start] == "("
        m = _DEFINED_BY.match(text, end)
        if m is None and acronym:
            m = _DEFINED_BY_AFTER_ACRONYM.match(text, end)
        if m is None and text[end:end + 1] in (" ", "("):
            own = _rx("bracket_after").match(text, end)
            if own is not None and _rx("acronym_token").fullmatch(own.group(1).strip()):
                m = _DEFINED_BY_AFTER_ACRONYM.match(text, own.end())
        if m is not None:
            defined.add(n)
            spans.append(m.span("d"))
    if "(" in text:
        for m in _ACRONYM_THEN_BRACKET.finditer(text):
            if _is_gloss(_rx("token").findall(m.group(1))):
                spans.append(m.span(1))
    return defined, spans


#: A cheap first look: only text with one of these can define a term in place.
_DEFINITION_WORDS = re.compile(r"\(|which |that is,|i\.e\.|stands for|short for|meaning|means|name for|word for|"
                               r"term for|abbreviation for|shorthand for|, (?:the|an?) ")


def _acronym_after(text: str, end: int, entry: Any) -> bool:
    """Is a written-out term followed by its own acronym in brackets ("electrocardiogram (ECG)")?"""
    if not getattr(entry, "acronym", False) or text[end:end + 1] not in (" ", "("):
        return False
    m = _rx("bracket_after").match(text, end)
    if not m:
        return False
    inside = m.group(1).strip()
    return any(inside == form for form in entry.forms if _rx("acronym_token").fullmatch(form))


def _acronym_before(text: str, start: int, entry: Any) -> bool:
    """Is a written-out term the bracketed expansion of its own acronym ("ECG (electrocardiogram)")?"""
    if not getattr(entry, "acronym", False) or start < 2 or text[start - 1] != "(":
        return False
    before = _rx("token").findall(text[max(0, start - 24):start - 1])
    return bool(before) and before[-1] in entry.forms


def _words_before(text: str, pos: int, limit: int = 12) -> list[str]:
    chunk = text[max(0, pos - 160):pos]
    cut = max(chunk.rfind("."), chunk.rfind("\n\n"), chunk.rfind(";"))
    if cut >= 0:
        chunk = chunk[cut + 1:]
    return _rx("token").findall(chunk)[-limit:]


# ---------------------------------------------------------------- the checker

class Checker:
    """A reusable checker: build once (with the pair's terms), call :meth:`check` often."""

    def __init__(self, extra_terms: Iterable[UserTerm] = (), known_terms: Iterable[str] = (),
                 max_sentence_words: int = 25, reader: str | None = None):
        if max_sentence_words < 1:
            raise ValueError("max_sentence_words must be at least 1")
        if reader is not None and reader not in READERS:
            raise ValueError(f"reader must be one of {', '.join(READERS)} (or None), not {reader!r}")
        self.reader = reader
        self.max_sentence_words = int(max_sentence_words)
        self.extra_terms: tuple[UserTerm, ...] = tuple(extra_terms)
        self._reader_acronyms = _reader_acronyms(reader)
        self._families = _families_for(reader)
        self._family_memo: dict[str, tuple[str, str] | None] = {}  # token -> family match (typing repeats words)
        self._leaning = _READER_LEANING.get(reader, frozenset())
        self._leans_compounds = reader in _READER_LEANS_COMPOUNDS
        self._keeps_company = reader in _READER_KEEPS_COMPANY
        self._shapes = _shapes_for(reader)
        self._own_forms = _reader_known_forms(reader) if self._shapes is not None else frozenset()
        #: clinical scores written as letters and digits are acronyms for a reader new to clinical work
        self._score_shapes = reader is not None and "clinical" in READER_DOMAINS[reader]
        base = _base_root(reader)
        if self.extra_terms:
            root = dict(base)
            owned: set[int] = {id(root)}
            for term in self.extra_terms:
                if not isinstance(term, UserTerm):
                    raise TypeError(f"extra_terms must be UserTerm objects, not {type(term).__name__}")
                if term.term.strip():
                    _add_entry(root, term, owned, user=True)
            self._root = root
        else:
            self._root = base
        known_keys = {_norm(k) for k in known_terms if isinstance(k, str) and k.strip()}
        self._known_keys = frozenset(known_keys)
        known_ids: set[int] = set()
        for key in known_keys:
            entry = lookup(key)
            if entry is not None:
                known_ids.add(id(entry))
        for term in self.extra_terms:
            if {_norm(term.term), *(_norm(a) for a in term.aliases)} & known_keys:
                known_ids.add(id(term))
        self._known_ids = frozenset(known_ids)

    # -- public -----------------------------------------------------------
    def check(self, text: str) -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError(f"check() needs text (str), not {type(text).__name__}")
        if not text or text.isspace():
            return []
        flat = _rx("split").split(text)  # [gap, token, gap, token, ..., gap]
        tokens = flat[1::2]
        if not tokens:
            return []
        gaps = flat[0::2]
        offsets = list(accumulate(map(len, flat)))  # token k spans offsets[2k]..offsets[2k+1]
        raw: list[_Raw] = []
        deferred: list[tuple[int, int, _Terminal]] | None = [] if self._keeps_company else None
        consumed = self._terms(text, tokens, gaps, offsets, raw, deferred)
        if self._families:
            self._family_terms(text, tokens, offsets, consumed, raw)
        if self._shapes is not None:
            consumed = self._shape_terms(text, tokens, consumed, raw)
        self._acronyms(text, tokens, offsets, consumed, raw)
        if deferred:
            self._company(text, tokens, gaps, offsets, deferred, raw)
        if raw and (_DEFINITION_WORDS.search(text) is not None):
            defined, spans = _definitions(text, raw)
            if defined or spans:
                raw = [r for n, r in enumerate(raw) if n not in defined
                       and not any(b <= r[2] and r[3] <= e for b, e in spans)]
        self._long_sentences(text, tokens, gaps, offsets, raw)
        if not raw:
            return []
        newlines = [m.start() for m in _rx("newline").finditer(text)] if "\n" in text else []
        order = {k: n for n, k in enumerate(KINDS)}
        raw.sort(key=lambda r: (r[2], order[r[0]], r[3]))
        findings = []
        for kind, term, start, end, suggestion, analogy, canonical in raw:
            line = bisect_right(newlines, start - 1) + 1 if newlines else 1
            line_start = newlines[line - 2] + 1 if line > 1 else 0
            findings.append(Finding(kind, term, start, end, line, start - line_start + 1,
                                    suggestion, analogy, canonical))
        return findings

    # -- terms ------------------------------------------------------------
    def _terms(self, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
               raw: list[_Raw], deferred: list[tuple[int, int, _Terminal]] | None = None) -> list[tuple[int, int]]:
        root = self._root
        n = len(tokens)
        consumed: list[tuple[int, int]] = []
        hitset = {t for t in set(tokens) if t in root or t.lower() in root or "\u2019" in t}
        if not hitset:
            return consumed
        spelled: dict[int, bool] = {}
        seen_acronym: set[int] = set()
        gap_match = _rx("gap").fullmatch
        gap_memo: dict[str, bool] = {}

        def gap_ok(gap: str) -> bool:
            found = gap_memo.get(gap)
            if found is None:
                found = gap_memo[gap] = gap_match(gap) is not None
            return found

        following = 0
        for i in [k for k, t in enumerate(tokens) if t in hitset]:
            if i < following:
                continue
            t = tokens[i].replace("\u2019", "'")
            low = t.lower()
            if low not in root and t not in root:
                continue
            # the common case: a one-word term that nothing longer starts with
            only = root.get(t) if low == t else (root.get(t) if low not in root else
                                                  (root.get(low) if t not in root else None))
            if only is not None and _TERMINAL not in only:
                # only the start of longer terms ("out" of "out of scope"): go on only when
                # the next word continues one of them
                if i + 1 >= n:
                    continue
                nt = tokens[i + 1]
                if nt not in only and nt.lower() not in only and nt.replace("\u2019", "'") not in only:
                    continue
            if only is not None and len(only) == 1:
                term = only.get(_TERMINAL)
                if term is not None and not term.ambiguous:
                    candidates: list[tuple[int, _Terminal]] = [(i, term)]
                    stack = []
                else:
                    candidates = []
                    stack = [(root, i, t, low)]
            else:
                # walk the trie (at most two branches per step: exact case and lower case)
                candidates = []
                stack = [(root, i, t, low)]
            while stack:
                node, j, tok, tok_low = stack.pop()
                first = node.get(tok)
                second = node.get(tok_low) if tok_low != tok else None
                for child in (first, second):
                    if child is None:
                        continue
                    term = child.get(_TERMINAL)
                    if term is not None:
                        candidates.append((j, term))
                    if len(child) > (term is not None) and j + 1 < n:
                        nt = tokens[j + 1].replace("\u2019", "'")
                        nt_low = nt.lower()
                        if (nt in child or nt_low in child) and gap_ok(gaps[j + 1]):
                            stack.append((child, j + 1, nt, nt_low))
            if not candidates:
                continue
            if len(candidates) > 1:
                candidates.sort(key=lambda c: (c[0], c[1].rank), reverse=True)
            chosen = None
            waiting: tuple[int, _Terminal] | None = None
            for j, term in candidates:
                if term.ambiguous:
                    shape = _form_shape(term.form)
                    if not self._context_ok(text, tokens, gaps, offsets, i, j, term.payload,
                                            self._leaning, self._leans_compounds, shape, term.form):
                        if waiting is None and deferred is not None and shape != "everyday":
                            waiting = (j, term)  # checked for company (and anti-cues) at the end
                        continue
                chosen = (j, term)
                break
            if chosen is None:
                if waiting is not None and deferred is not None:
                    deferred.append((i, waiting[0], waiting[1]))
                continue
            j, term = chosen
            following = j + 1
            consumed.append((offsets[2 * i], offsets[2 * j + 1]))
            self._emit(text, tokens, gaps, offsets, i, j, term, spelled, seen_acronym, raw)
        return consumed

    def _emit(self, text: str, tokens: list[str], gaps: list[str], offsets: list[int], i: int, j: int,
              term: _Terminal, spelled: dict[int, bool], seen_acronym: set[int], raw: list[_Raw]) -> None:
        """Report the glossary term matched on tokens i..j (unless known or explained in the text)."""
        start, end = offsets[2 * i], offsets[2 * j + 1]
        entry = term.payload
        if id(entry) in self._known_ids:
            return
        suggestion, analogy = entry.alternative, entry.analogy
        senses = getattr(entry, "senses", ())
        if senses:
            suggestion, analogy = self._sense(text, tokens, gaps, offsets, i, j, entry)
        if not term.acronym_form and (_explained_after(text, end) or _acronym_after(text, end, entry)
                                      or _acronym_before(text, start, entry)):
            return  # "troponin (a blood test for heart damage)", "electrocardiogram (ECG)": explained
        if term.acronym_form and str(getattr(entry, "expansion", "")):
            key = id(entry)
            if key not in spelled:
                spelled[key] = self._spelled_out(text, start, end, term.form, entry.expansion)
            if spelled[key]:
                return
            if key not in seen_acronym:
                seen_acronym.add(key)
                suggestion = f"{suggestion}; spell out {term.form} ({entry.expansion}) the first time"
        raw.append(("jargon", text[start:end], start, end, suggestion, analogy, entry.term))

    def _company(self, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
                 deferred: list[tuple[int, int, _Terminal]], raw: list[_Raw]) -> None:
        """Jargon keeps company: an ambiguous word with no cue either way is reported when the
        same sentence (within its eight-word window) already holds a finding for this reader:
        "she's tachycardic and hypotensive, so we think she's septic", "the ward has poor
        bandwidth, so the PACS images load slowly".  A plain sentence has no finding to lean
        on, so this never turns a plain sentence into a false alarm."""
        spelled: dict[int, bool] = {}
        seen: set[int] = set()
        changed = True
        while deferred and changed:
            changed = False
            spans = sorted((r[2], r[3]) for r in raw if r[0] != "long-sentence")
            starts = [sp[0] for sp in spans]
            keep = []
            for i, j, term in deferred:
                s, e = offsets[2 * i], offsets[2 * j + 1]
                k = bisect_right(starts, e - 1) - 1
                if k >= 0 and spans[k][1] > s:
                    continue  # another finding already covers these words
                lo, hi = self._window_bounds(gaps, i, j, len(tokens))
                ws, we = offsets[2 * lo], offsets[2 * hi + 1]
                a = bisect_right(starts, we - 1)
                b = bisect_right(starts, ws - 1) - 1
                if not any(ws <= spans[x][0] and spans[x][1] <= we for x in range(max(b, 0), a)):
                    keep.append((i, j, term))  # nothing near yet; a word accepted now may still bring it in
                    continue
                if term.form.lower() in _NEVER_BY_COMPANY or (i == j and tokens[i].lower() in _NEVER_BY_COMPANY):
                    continue  # a general English word never rides on company
                if self._vetoed(text, tokens, gaps, offsets, i, j, term.payload):
                    continue  # an anti-cue names the everyday sense
                self._emit(text, tokens, gaps, offsets, i, j, term, spelled, seen, raw)
                changed = True
            deferred = keep

    @staticmethod
    def _window_bounds(gaps: list[str], i: int, j: int, n: int) -> tuple[int, int]:
        """The first and last token of up to eight words either side of tokens i..j, in their sentence."""
        lo = i
        while lo > 0 and i - lo < 8 and not _is_sentence_gap(gaps[lo]):
            lo -= 1
        hi = j
        last = n - 1
        while hi < last and hi - j < 8 and not _is_sentence_gap(gaps[hi + 1]):
            hi += 1
        return lo, hi

    @classmethod
    def _window(cls, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
                i: int, j: int) -> tuple[list[str], list[str], str]:
        """Up to eight words either side of tokens i..j, inside their sentence."""
        lo, hi = cls._window_bounds(gaps, i, j, len(tokens))
        exact = [t.replace("\u2019", "'") for t in tokens[lo:hi + 1]]
        exact = [t[:-2] if t.endswith("'s") else t for t in exact]  # "the model's accuracy"
        lower = [t.lower() for t in exact]
        raw = text[max(0, offsets[2 * lo] - 1):offsets[2 * hi + 1]]
        return lower, exact, raw

    @classmethod
    def _context_ok(cls, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
                    i: int, j: int, entry: Any, leaning: frozenset[str] = frozenset(),
                    leans: bool = False, shape: str = "word", form: str = "") -> bool:
        cues, anti = _cues_for(entry, form)
        lower, exact, raw = cls._window(text, tokens, gaps, offsets, i, j)
        if anti.found(lower, exact, raw):
            return False
        if cues.always or cues.found(lower, exact, raw):
            return True
        if leans and _READER_TECH_CONTEXT_CUES.found(lower, exact, raw):
            return True  # a clinical reader: the sentence is plainly about the computers
        # a reader's leaning: what a technical colleague writes to a clinician is about
        # computers unless an anti-cue says otherwise ("released home", "deploy nurses")
        # Phrasal verbs and compound nouns of any technical family ("roll back", "spin up", "hard
        # stop") lean the same way: their everyday senses are rare and named by the anti-cues.
        if not getattr(entry, "anti_cues", ()):
            return False
        if shape == "everyday":
            return False  # "check in", "popped up": a cue must say it is the technical sense
        return (leans and shape == "compound") or (bool(leaning) and getattr(entry, "category", "") in leaning)

    @classmethod
    def _vetoed(cls, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
                i: int, j: int, entry: Any) -> bool:
        """An anti-cue near the word names its everyday sense."""
        lower, exact, raw = cls._window(text, tokens, gaps, offsets, i, j)
        return _cues_for(entry)[1].found(lower, exact, raw)

    @classmethod
    def _sense(cls, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
               i: int, j: int, entry: Any) -> tuple[str, str]:
        """The explanation for the sense the words around the term point to."""
        lower, exact, raw = cls._window(text, tokens, gaps, offsets, i, j)
        for cues, alternative, analogy in entry.senses:
            if _sense_cues(cues).found(lower, exact, raw):
                return alternative, analogy
        return entry.alternative, entry.analogy

    # -- families ---------------------------------------------------------
    def _family_terms(self, text: str, tokens: list[str], offsets: list[int],
                      consumed: list[tuple[int, int]], raw: list[Any]) -> None:
        """Words no glossary lists but whose shape gives them away (see :mod:`clinical_glossary`)."""
        hits: dict[str, tuple[str, str]] = {}
        memo = self._family_memo
        if len(memo) > 50_000:
            memo.clear()
        for tok in set(tokens):
            if tok in memo:
                found = memo[tok]
            else:
                found = memo[tok] = _family_match(self._families, tok)
            if found is not None:
                hits[tok] = found
        if not hits:
            return
        starts = [c[0] for c in consumed]
        known = self._known_keys
        for i, tok in enumerate(tokens):
            found = hits.get(tok)
            if found is None:
                continue
            s, e = offsets[2 * i], offsets[2 * i + 1]
            k = bisect_right(starts, s) - 1
            if k >= 0 and consumed[k][1] > s:
                continue
            if tok.lower() in known or _explained_after(text, e):
                continue
            suggestion = found[0]
            # the word itself is the canonical name, so "we both know this now" marks just this word
            raw.append(("jargon", text[s:e], s, e, suggestion, "", text[s:e]))

    # -- shapes -----------------------------------------------------------
    def _shape_terms(self, text: str, tokens: list[str], consumed: list[tuple[int, int]],
                     raw: list[_Raw]) -> list[tuple[int, int]]:
        """Written shapes that give jargon away (see ``glossary.SHAPES``, ``clinical_glossary.SHAPES``)."""
        assert self._shapes is not None
        vocab: set[str] | None = None
        taken: list[tuple[int, int]] | None = None
        starts: list[int] = []
        added: list[tuple[int, int]] = []
        known = self._known_keys
        for words, chars, pattern, heads, only_there, suggestion, canonical in self._shapes:
            if words:
                if vocab is None:
                    vocab = {t.lower() for t in set(tokens)}
                if words.isdisjoint(vocab) and not any(c in text for c in chars):
                    continue
            elif not any(c in text for c in chars):
                continue
            for m in pattern.finditer(text):
                s, e = m.span()
                if s and text[s].isalnum() and text[s - 1].isalnum():
                    continue  # not the start of a word
                if pattern.groups:  # the shape names the words to report ("started Tazocin": Tazocin)
                    k = next((g for g in range(1, pattern.groups + 1) if m.group(g) is not None), 0)
                    s, e = m.span(k)
                    if m.group(k) in _NOT_NAMES or _glossary.lookup(m.group(k)) is not None:
                        continue  # a day, a title, or a technology name ("started Teams calls")
                if heads is not None:  # take in the word just before: "role-based", "shadow mode"
                    before = _rx("word_before").search(text, max(0, s - 40), s)
                    if before is None or (heads and before.group(1).lower() not in heads):
                        continue
                    if not only_there:
                        s = before.start(1)
                if taken is None:
                    taken = sorted([*consumed, *((r[2], r[3]) for r in raw)])
                    starts = [c[0] for c in taken]
                k = bisect_right(starts, e - 1) - 1
                if k >= 0 and taken[k][1] > s:
                    continue  # a glossary term or a family word already covers it
                found = text[s:e]
                if _norm(found) in known or _explained_after(text, e) or found in self._own_forms:
                    continue
                raw.append(("jargon", found, s, e, suggestion, "", found))
                added.append((s, e))
        if not added:
            return consumed
        return sorted([*consumed, *added])

    # -- acronyms ---------------------------------------------------------
    def _spelled_out(self, text: str, start: int, end: int, acronym: str, expansion: str) -> bool:
        if expansion:
            pattern = _expansion_regex(expansion)
            if pattern.search(text, 0, start):
                return True
        m = _rx("bracket_after").match(text, end)
        if m:
            inside = m.group(1)
            if expansion and _expansion_regex(expansion).search(inside):
                return True
            words = _rx("token").findall(inside)
            if _initials_fit(acronym, words) or _is_gloss(words) or (len(words) == 1 and _one_word_fit(acronym, words)):
                return True
        if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")":
            before = _words_before(text, start - 1)
            if _initials_fit(acronym, before) or _one_word_fit(acronym, before):
                return True
            if len(before) >= 2 and all(not w.isupper() for w in before[-2:]):
                return True  # "a heart tracing (ECG)": the plain words come first
        return False

    def _acronyms(self, text: str, tokens: list[str], offsets: list[int],
                  consumed: list[tuple[int, int]], raw: list[_Raw]) -> None:
        acronym_token = _rx("acronym_token").fullmatch
        # every use of each acronym, in order, in one pass over the tokens
        bases: dict[str, str] = {}
        scores = self._score_shapes
        for tok in set(tokens):
            if len(tok) <= 8 and tok[:2].isupper():
                m = acronym_token(tok)
                if m:
                    bases[tok] = m.group(1)
                    continue
            if scores and tok not in _NOT_SCORES and _rx("score_token").fullmatch(tok):
                bases[tok] = tok  # "CHA2DS2", "qSOFA": a clinical score written as letters and digits
        uses: dict[str, list[int]] = {}
        if bases:
            for i, tok in enumerate(tokens):
                if tok in bases:
                    uses.setdefault(bases[tok], []).append(i)
        first = {base: positions[0] for base, positions in uses.items()}
        if not first:
            return
        starts = [c[0] for c in consumed]
        known = self._known_keys
        for acronym, index in first.items():
            if sum(c.isalpha() for c in acronym) < 2:
                continue
            if (acronym in KNOWN_ACRONYMS or acronym in SHOUTED_WORDS or acronym.casefold() in known
                    or acronym in self._reader_acronyms):
                continue
            # the first use outside a matched term (a known "SNOMED CT" covers its "CT")
            first_use: int | None = None
            for candidate in uses[acronym]:
                s = offsets[2 * candidate]
                k = bisect_right(starts, s) - 1
                if not (k >= 0 and consumed[k][1] > s):
                    first_use = candidate
                    break
            if first_use is None:
                continue
            s, e = offsets[2 * first_use], offsets[2 * first_use + 1]
            if self._spelled_out(text, s, s + len(acronym), acronym, ""):
                continue
            known_entry = _expansions().get(acronym)
            if known_entry is not None:  # a glossary of another reader knows what it stands for
                advice = f"spell out {acronym} ({known_entry.expansion}) the first time"
            else:
                advice = f"spell out {acronym} the first time, e.g. 'the full words ({acronym})'"
            raw.append(("acronym", text[s:e], s, e, advice, "", acronym))

    # -- long sentences ---------------------------------------------------
    def _long_sentences(self, text: str, tokens: list[str], gaps: list[str], offsets: list[int],
                        raw: list[_Raw]) -> None:
        limit = self.max_sentence_words
        n = len(tokens)
        if n <= limit:
            return
        breaks = [g for g in set(gaps) if _is_sentence_gap(g)]
        ends: list[int] = []  # a sentence ends after token k-1 when gap k is a break
        if breaks:
            brk = set(breaks)
            for k in [k for k, g in enumerate(gaps) if g in brk]:
                if 0 < k < n and gaps[k][0] == "." and not _ends_sentence(tokens[k - 1], gaps[k - 1]):
                    continue
                ends.append(k)
        ends.append(n)
        begin = 0
        for k in ends:
            if k - begin > limit:  # a word holds at least one token: only then count words
                s, e = offsets[2 * begin], offsets[2 * k - 1]
                if k < len(gaps):  # keep the closing punctuation with the sentence
                    gap = gaps[k]
                    e += len(gap) - len(gap.lstrip(".!?\u2026\"')]\u2019\u201d"))
                words = [w for w in text[s:e].split() if _has_alnum(w)]
                if len(words) > limit:
                    first = " ".join(words[:6])
                    raw.append(("long-sentence", first + "\u2026", s, e,
                                f"this sentence has {len(words)} words (more than {limit}); split it into "
                                "shorter ones, ideally under 20 words each",
                                "", ""))
            begin = max(begin, k)


def _ends_sentence(previous_token: str, gap_before_it: str) -> bool:
    """Does a full stop after ``previous_token`` end the sentence?"""
    if previous_token.lower() in _ABBREVIATIONS:
        return False
    if len(previous_token) == 1 and previous_token.isupper():
        return False  # an initial, "J. Smith"
    if gap_before_it == ".":
        return False  # "e.g." / "i.e."
    return True


def _has_alnum(word: str) -> bool:
    return any(c.isalnum() for c in word)


@lru_cache(maxsize=16)
def _cached_checker(extra: tuple[UserTerm, ...], known: tuple[str, ...], reader: str | None) -> Checker:
    return Checker(extra, known, reader=reader)


def check(text: str, extra_terms: Iterable[UserTerm] = (), known_terms: Iterable[str] = (),
          reader: str | None = None) -> list[Finding]:
    """Check ``text`` with a cached :class:`Checker` for these terms and this reader."""
    extra = tuple(extra_terms)
    known = tuple(sorted({k for k in known_terms if isinstance(k, str)}))
    try:
        checker = _cached_checker(extra, known, reader)
    except TypeError:  # a term that cannot be hashed (e.g. aliases given as a list)
        checker = Checker(extra, known, reader=reader)
    return checker.check(text)


def is_acronym_finding(finding: Finding) -> bool:
    """Is this finding about an acronym (a glossary one such as EHR, or an unknown one)?"""
    if finding.kind == "acronym":
        return True
    if finding.kind != "jargon":
        return False
    letters = [c for c in finding.term if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper())
    # "EHR", "NEWS2", "SpR", "eGFR": mostly capitals, and no spaces
    return " " not in finding.term.strip() and caps >= 2 and caps * 2 >= len(letters)


def summarise(findings: list[Finding]) -> str:
    """One line counting what was found; every finding is counted once, in one group.

    Acronyms are counted together whether the glossary knows them (EHR, NSTEMI) or
    not, so the count matches the acronyms marked in the text.
    """
    acronyms = sum(1 for f in findings if is_acronym_finding(f))
    long = sum(1 for f in findings if f.kind == "long-sentence")
    terms = len(findings) - acronyms - long
    parts = []
    if terms:
        parts.append(f"{terms} jargon {'term' if terms == 1 else 'terms'}")
    if acronyms:
        parts.append(f"{acronyms} {'acronym' if acronyms == 1 else 'acronyms'} to spell out or explain")
    if long:
        parts.append(f"{long} long {'sentence' if long == 1 else 'sentences'}")
    return f"Found {len(findings)}: {', '.join(parts)}."


# ---------------------------------------------------------------- families

_SENSE_CACHE: dict[tuple[str, ...], "_CueSet"] = {}


def _sense_cues(cues: tuple[str, ...]) -> "_CueSet":
    found = _SENSE_CACHE.get(cues)
    if found is None:
        found = _SENSE_CACHE[cues] = _CueSet(cues)
    return found


#: one shape: trigger words (lower case) or characters, the compiled pattern, the words allowed
#: just before it (None: none taken; empty: any word), whether that word only has to be there
#: (not taken into the finding), suggestion, canonical
_Shape = tuple[frozenset[str], tuple[str, ...], re.Pattern[str], frozenset[str] | None, bool, str, str]
_SHAPE_CACHE: dict[str | None, tuple[_Shape, ...]] = {}


def _shapes_for(reader: str | None) -> tuple[_Shape, ...] | None:
    """The written shapes of the domains that are jargon to this reader; None with no reader."""
    if reader is None:
        return None
    found = _SHAPE_CACHE.get(reader)
    if found is None:
        domains = READER_DOMAINS[reader]
        shapes = []
        for domain, triggers, src, before, suggestion, canonical in (*_glossary.SHAPES, *_clinical.SHAPES):
            if domain not in domains:
                continue
            words = frozenset(t for t in triggers.split() if t.isalnum())
            chars = tuple(t for t in triggers.split() if not t.isalnum())
            heads = None if not before else frozenset() if before == "*" else frozenset(before.lstrip("!").split())
            shapes.append((words, chars, re.compile(src), heads, before.startswith("!"), suggestion, canonical))
        found = _SHAPE_CACHE[reader] = tuple(shapes)
    return found or None


_KNOWN_FORMS: dict[str | None, frozenset[str]] = {}


def _reader_known_forms(reader: str | None) -> frozenset[str]:
    """Every form of the glossary entries that are not jargon to this reader (their own world,
    or too everyday), as written: a shape or a word ending never reports one of them."""
    found = _KNOWN_FORMS.get(reader)
    if found is None:
        domains = READER_DOMAINS[reader] if reader is not None else frozenset()
        found = _KNOWN_FORMS[reader] = frozenset(
            form for entry in _all_entries() if entry.domain not in domains for form in entry.forms
        ) if domains else frozenset()
    return found


_FamilyGroups = tuple[tuple[re.Pattern[str], dict[str, tuple[str, str]], Any], ...]
_FAMILY_CACHE: dict[str | None, _FamilyGroups] = {}


def _families_for(reader: str | None) -> _FamilyGroups:
    """(compiled pattern, {ending: (suggestion, canonical)}, exceptions) groups for a reader."""
    found = _FAMILY_CACHE.get(reader)
    if found is None:
        groups = []
        domains = READER_DOMAINS[reader] if reader is not None else frozenset()  # no reader: today's check
        # a word the reader knows from an entry of their own world ("e-prescribing" for a
        # clinician) is not given away by its shape either
        known = frozenset(form.lower() for form in _reader_known_forms(reader) if " " not in form)
        for domain, endings, exceptions, shape in (*_clinical.FAMILIES, *_glossary.FAMILIES):
            if domain not in domains:
                continue
            exceptions = frozenset(exceptions) | known
            table = dict(endings)
            alternation = "|".join(sorted((re.escape(k) for k in table), key=len, reverse=True))
            pattern = re.compile(shape.format(alternation))
            groups.append((pattern, table, exceptions))
        found = _FAMILY_CACHE[reader] = tuple(groups)
    return found


def _family_match(groups: _FamilyGroups, token: str) -> tuple[str, str] | None:
    for pattern, table, exceptions in groups:
        m = pattern.fullmatch(token)
        if m and token.lower() not in exceptions:
            return table[m.group(1).lower() if m.group(1).lower() in table else m.group(1)]
    return None
