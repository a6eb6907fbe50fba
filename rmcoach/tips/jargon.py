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

from rmcoach.tips import glossary as _glossary

__all__ = [
    "Finding",
    "UserTerm",
    "Checker",
    "check",
    "KNOWN_ACRONYMS",
    "SHOUTED_WORDS",
]

KINDS = ("jargon", "acronym", "long-sentence")

#: Acronyms so familiar that spelling them out would be odd.
KNOWN_ACRONYMS: frozenset[str] = frozenset({
    "UK", "US", "USA", "EU", "UN", "NHS", "GP", "OK", "TV", "CEO", "AM", "PM", "ID", "PDF", "IT",
    "PC", "PIN", "BBC", "DIY", "ASAP", "COVID", "FAQ", "HR", "MP", "NB", "PS", "RSVP", "VIP",
    "DNA", "CV", "II", "III", "IV", "VI", "VII", "VIII", "CO2", "BST", "GMT", "AKA", "ETA",
})

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
    "acronym_token": r"([A-Z][A-Z0-9]{1,5})(?:s|['\u2019]s)?",
    # what may separate the words of a multi-word term
    "gap": r"[ \t\u00a0]*(?:[-\u2010\u2011\u2013][ \t\u00a0]*|\r?\n[ \t\u00a0]*)?|[ \t\u00a0]+",
    "newline": r"\n",
    "caps_pair": r"[A-Z][A-Z0-9]",
    "abbrev_tail": r"([A-Za-z][A-Za-z.]*)$",
    "bracket_after": r"[ \t]*\(([^()\n]{1,160})\)",
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
    caps = sum(1 for c in token if c.isupper())
    if caps >= 2 and acronym_entry:
        return True
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
            variants = {base + "s", base + "'s"}
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


_BASE_ROOT: _Trie | None = None


def _base_root() -> _Trie:
    global _BASE_ROOT
    if _BASE_ROOT is None:
        root: _Trie = {}
        for entry in _glossary.ENTRIES:
            _add_entry(root, entry, None, user=False)
        _BASE_ROOT = root
    return _BASE_ROOT


# ---------------------------------------------------------------- cue words

_CUE_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers")


class _CueSet:
    """Context cues of one glossary entry, matched against a window of tokens.

    A cue is a word or phrase; its last word also matches the endings -s, -es,
    -ed, -d, -ing, -er, -ers (and the usual spelling changes).  Cues written
    with capitals match only that exact case; cues with no letters or digits
    ("@") match as plain characters.
    """

    __slots__ = ("words", "exact", "phrases", "lengths", "chars")

    def __init__(self, cues: Iterable[str]):
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

    def found(self, lower: list[str], exact: list[str], raw: str) -> bool:
        words = self.words
        if words and not words.isdisjoint(lower):
            return True
        if self.exact and not self.exact.isdisjoint(exact):
            return True
        if self.phrases:
            phrases = self.phrases
            for length in self.lengths:
                for p in range(len(lower) - length + 1):
                    if ("",) + tuple(lower[p:p + length]) in phrases:
                        return True
                    if ("\x00",) + tuple(exact[p:p + length]) in phrases:
                        return True
        return any(c in raw for c in self.chars)


_CUE_CACHE: dict[int, tuple[_CueSet, _CueSet]] = {}


def _cues_for(entry: Any) -> tuple[_CueSet, _CueSet]:
    key = id(entry)
    found = _CUE_CACHE.get(key)
    if found is None:
        found = (_CueSet(getattr(entry, "cues", ())), _CueSet(getattr(entry, "anti_cues", ())))
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
                 max_sentence_words: int = 25):
        if max_sentence_words < 1:
            raise ValueError("max_sentence_words must be at least 1")
        self.max_sentence_words = int(max_sentence_words)
        self.extra_terms: tuple[UserTerm, ...] = tuple(extra_terms)
        base = _base_root()
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
            entry = _glossary.lookup(key)
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
        consumed = self._terms(text, tokens, gaps, offsets, raw)
        self._acronyms(text, tokens, offsets, consumed, raw)
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
               raw: list[_Raw]) -> list[tuple[int, int]]:
        root = self._root
        n = len(tokens)
        consumed: list[tuple[int, int]] = []
        hitset = {t for t in set(tokens) if t in root or t.lower() in root or "\u2019" in t}
        if not hitset:
            return consumed
        spelled: dict[int, bool] = {}
        seen_acronym: set[int] = set()
        known_ids = self._known_ids
        gap_ok = _rx("gap").fullmatch
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
            for j, term in candidates:
                if term.ambiguous and not self._context_ok(text, tokens, gaps, offsets, i, j, term.payload):
                    continue
                chosen = (j, term)
                break
            if chosen is None:
                continue
            j, term = chosen
            start, end = offsets[2 * i], offsets[2 * j + 1]
            following = j + 1
            entry = term.payload
            consumed.append((start, end))
            if id(entry) in known_ids:
                continue
            suggestion = entry.alternative
            if term.acronym_form and getattr(entry, "expansion", None):
                key = id(entry)
                if key not in spelled:
                    spelled[key] = self._spelled_out(text, start, end, term.form, entry.expansion)
                if spelled[key]:
                    continue
                if key not in seen_acronym:
                    seen_acronym.add(key)
                    suggestion = f"{suggestion}; spell out {term.form} ({entry.expansion}) the first time"
            raw.append(("jargon", text[start:end], start, end, suggestion, entry.analogy, entry.term))
        return consumed

    @staticmethod
    def _context_ok(text: str, tokens: list[str], gaps: list[str], offsets: list[int],
                    i: int, j: int, entry: Any) -> bool:
        cues, anti = _cues_for(entry)
        lo = i
        while lo > 0 and i - lo < 8 and not _is_sentence_gap(gaps[lo]):
            lo -= 1
        hi = j
        last = len(tokens) - 1
        while hi < last and hi - j < 8 and not _is_sentence_gap(gaps[hi + 1]):
            hi += 1
        exact = [t.replace("\u2019", "'") for t in tokens[lo:hi + 1]]
        lower = [t.lower() for t in exact]
        raw = text[max(0, offsets[2 * lo] - 1):offsets[2 * hi + 1]]
        if anti.found(lower, exact, raw):
            return False
        return cues.found(lower, exact, raw)

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
            if _initials_fit(acronym, _rx("token").findall(inside)):
                return True
        if start > 0 and text[start - 1] == "(":
            if _initials_fit(acronym, _words_before(text, start - 1)):
                return True
        return False

    def _acronyms(self, text: str, tokens: list[str], offsets: list[int],
                  consumed: list[tuple[int, int]], raw: list[_Raw]) -> None:
        acronym_token = _rx("acronym_token").fullmatch
        # every use of each acronym, in order, in one pass over the tokens
        bases: dict[str, str] = {}
        for tok in set(tokens):
            if len(tok) <= 8 and tok[:2].isupper():
                m = acronym_token(tok)
                if m:
                    bases[tok] = m.group(1)
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
            if acronym in KNOWN_ACRONYMS or acronym in SHOUTED_WORDS or acronym.casefold() in known:
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
            raw.append(("acronym", text[s:e], s, e,
                        f"spell out {acronym} the first time, e.g. 'the full words ({acronym})'",
                        "", acronym))

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
def _cached_checker(extra: tuple[UserTerm, ...], known: tuple[str, ...]) -> Checker:
    return Checker(extra, known)


def check(text: str, extra_terms: Iterable[UserTerm] = (), known_terms: Iterable[str] = ()) -> list[Finding]:
    """Check ``text`` with a cached :class:`Checker` for these terms."""
    extra = tuple(extra_terms)
    known = tuple(sorted({k for k in known_terms if isinstance(k, str)}))
    try:
        checker = _cached_checker(extra, known)
    except TypeError:  # a term that cannot be hashed (e.g. aliases given as a list)
        checker = Checker(extra, known)
    return checker.check(text)
