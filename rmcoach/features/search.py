"""One search across everything the pair wrote.

:data:`SOURCES` lists what is searchable: a table, the text fields in it (as
paths: ``"notes"``, ``"goals.*.goal"`` - ``*`` walks every item of a list or
every value of a dict), a kind label shown with each result, and the home key
of the area where such a record belongs.  A feature makes its text searchable
by appending one :class:`Source`.

The index is built once per (store generation, viewer) and kept in memory, so
each keystroke only scans prepared lower-case strings.  Private records are
indexed only for their author (:func:`rmcoach.records.privacy.can_see`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from rmcoach.records import tables as T
from rmcoach.records.privacy import can_see

if TYPE_CHECKING:
    from rmcoach.storage.store import Store


@dataclass(frozen=True)
class Source:
    table: str
    fields: tuple[str, ...]
    kind: str
    area: str | None = None  # the home key of the area that shows this record
    title: str | None = None  # the field naming the record in a result, if any


SOURCES: list[Source] = [
    Source(T.SESSIONS, ("went_well", "notes", "covered.*.topic"), "session", "sessions"),
    Source(T.LEARNINGS, ("text", "tags.*"), "learning", "learnings"),
    Source(T.SKILLS, ("title", "description", "why", "tasks.*.text", "tasks.*.friction", "teachbacks.*.explanation"),
           "skill", "skills", title="title"),
    Source(T.ACTIONS, ("text",), "action item", "sessions"),
    Source(T.AGREEMENTS, ("goals.*.goal", "goals.*.success", "rules.*", "logistics.where", "logistics.who_books",
                          "logistics.reply_within"), "agreement", "trust"),
    Source(T.FIRST_MEETING, ("answers.*.*",), "first meeting", "trust"),
    Source(T.AGENDA_TOPICS, ("text",), "agenda topic", None),
    Source(T.REFLECTIONS, ("text",), "reflection", None),
    Source(T.READINESS, ("notes",), "readiness note", "trust"),
    Source(T.EXERCISES, ("note",), "trust exercise", "trust"),
    Source(T.GLOSSARY_TERMS, ("term", "alternative", "analogy", "aliases"), "glossary term", None, title="term"),
    Source(T.RETROS, ("keep_doing", "learned_most.*", "decision"), "retrospective", "review"),
    Source(T.HEALTH_CHECKS, ("answers.like_most", "answers.like_least", "answers.skills_growing"), "health check", "trust"),
    Source(T.DIAGNOSES, ("tool",), "diagnosis", "resistance", title="tool"),
]

FIELD_LABELS = {
    "went_well": "went well", "notes": "notes", "covered.*.topic": "covered", "text": "", "tags.*": "tag",
    "title": "title", "description": "what it is", "why": "why it matters", "tasks.*.text": "practice task",
    "tasks.*.friction": "what got in the way", "teachbacks.*.explanation": "teach-back",
    "goals.*.goal": "goal", "goals.*.success": "success looks like", "rules.*": "ground rule",
    "logistics.where": "where", "logistics.who_books": "who books", "logistics.reply_within": "replies",
    "answers.*.*": "answer", "note": "note", "term": "term", "alternative": "plain words", "analogy": "analogy",
    "aliases": "also called", "keep_doing": "keep doing", "learned_most.*": "learned most", "decision": "decision",
    "answers.like_most": "liked most", "answers.like_least": "liked least", "answers.skills_growing": "growing",
    "tool": "about",
}

SNIPPET = 90
MAX_RESULTS = 200


def walk(value: Any, path: str) -> Iterator[str]:
    """Every string reached by ``path`` ("a.*.b") inside ``value``."""
    parts = path.split(".") if path else []

    def go(node: Any, i: int) -> Iterator[str]:
        if i == len(parts):
            if isinstance(node, str):
                if node.strip():
                    yield node
            elif isinstance(node, (list, tuple)):  # a path ending at a list of strings
                for item in node:
                    if isinstance(item, str) and item.strip():
                        yield item
            return
        part = parts[i]
        if part == "*":
            items: Iterable[Any] = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
            for item in items:
                yield from go(item, i + 1)
        elif isinstance(node, dict) and part in node:
            yield from go(node[part], i + 1)

    yield from go(value, 0)


@dataclass(frozen=True)
class Entry:
    table: str
    uuid: str
    kind: str
    area: str | None
    day: str
    label: str  # which part of the record the text is from
    name: str  # the record's own title, if it has one
    text: str
    folded: str
    context: str = ""  # for a short field (a tag): the record's main text, shown beside it
    person: str = ""  # who learned it or owns it (a person uuid), when the record says


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    words: tuple[str, ...]  # the query's words, folded

    @cached_property
    def _window(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        # made only for the hits someone looks at, not for every match of every letter typed
        shown = f"{self.entry.text} · {self.entry.context}" if self.entry.context else self.entry.text
        return make_snippet(shown, list(self.words))

    @property
    def snippet(self) -> str:
        return self._window[0]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where the query words are, inside ``snippet``."""
        return self._window[1]

    @property
    def table(self) -> str:
        return self.entry.table

    @property
    def uuid(self) -> str:
        return self.entry.uuid


def _day(rec: Mapping[str, Any]) -> str:
    for key in ("on", "date", "due", "created"):
        value = rec.get(key)
        if isinstance(value, str) and len(value) >= 10:
            return value[:10]
    return ""


class Index:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        # What a query reads of each entry, side by side in flat lists: the folded text, the
        # part of the score that does not depend on the query, and the rank of its day among
        # all days (so "newest first" compares small integers, not date strings).  A query
        # then touches the entries it matched and no more: with a long history, reaching
        # into every Entry object and its strings was what made search grow faster than it.
        self._folded = [e.folded for e in entries]
        self._base = [_base_score(e) for e in entries]
        rank = {day: r for r, day in enumerate(sorted({e.day for e in entries}))}
        self._day_rank = [rank[e.day] for e in entries]
        self._last: tuple[str, list[int]] | None = None  # the last phrase and every entry it matched

    @classmethod
    def build(cls, raw: Mapping[str, Any], viewer: str | None, sources: Iterable[Source] | None = None) -> "Index":
        entries: list[Entry] = []
        for source in list(sources if sources is not None else SOURCES):
            table = raw.get(source.table)
            if not isinstance(table, dict):
                continue
            for rec in table.values():
                if not isinstance(rec, dict) or rec.get("deleted") or not can_see(rec, viewer):
                    continue
                uuid = str(rec.get("uuid") or "")
                day = _day(rec)
                name = str(rec.get(source.title) or "") if source.title else ""
                main = next(walk(rec, source.fields[0]), "") if source.fields else ""
                person = str(rec.get("by") or rec.get("owner") or "")
                for path in source.fields:
                    label = FIELD_LABELS.get(path, path)
                    for text in walk(rec, path):
                        if label == "tag":
                            entries.append(Entry(source.table, uuid, source.kind, source.area, day, label, name,
                                                 "#" + text, "#" + text.casefold(), main, person))
                        else:
                            entries.append(Entry(source.table, uuid, source.kind, source.area, day, label, name,
                                                 text, text.casefold(), "", person))
        return cls(entries)

    def search(self, query: str, limit: int = MAX_RESULTS) -> list[Hit]:
        """Records with a field containing every word of ``query``; best first, one hit per record.

        Identical text in several records (an agreement's unchanged goal in each
        version) is shown once, from the newest record.
        """
        words = [w for w in query.casefold().split() if w]
        if not words:
            return []
        phrase = " ".join(words)
        folded = self._folded
        first = words[0]
        # typing on narrows: a query that extends the last one can only match what the
        # last one matched, so only those entries are looked at again
        last = self._last
        if last is not None and phrase.startswith(last[0]):
            matched = [i for i in last[1] if first in folded[i]]
        else:
            matched = [i for i, text in enumerate(folded) if first in text]
        for w in words[1:]:
            matched = [i for i in matched if w in folded[i]]
        self._last = (phrase, matched)
        entries, base, day_rank = self.entries, self._base, self._day_rank
        several = len(words) > 1
        keys = [(_text_score(folded[i], words, phrase, several) + base[i], day_rank[i]) for i in matched]
        # best first, newest first among equals, in stored order among ties (a stable sort)
        order = sorted(range(len(matched)), key=keys.__getitem__, reverse=True)
        scored = ((keys[j][0], entries[matched[j]]) for j in order)
        hits: list[Hit] = []
        seen: set[str] = set()
        seen_text: set[tuple[str, str, str]] = set()
        for score, entry in scored:
            same_text = (entry.table, entry.label, entry.folded + "\x00" + entry.context)
            if entry.uuid in seen or same_text in seen_text:
                continue
            seen.add(entry.uuid)
            seen_text.add(same_text)
            hits.append(Hit(entry, score, tuple(words)))
            if len(hits) >= limit:
                break
        return hits


def _score(entry: Entry, words: list[str], phrase: str) -> float:
    """How well ``entry`` (which contains every word) matches: higher is better."""
    return _text_score(entry.folded, words, phrase, len(words) > 1) + _base_score(entry)


def _text_score(folded: str, words: list[str], phrase: str, several: bool) -> float:
    """The part of the score that depends on the query."""
    score = 1.0
    if several and phrase in folded:
        score += 3
    for w in words:
        at = folded.find(w)
        if at == 0 or not folded[at - 1].isalnum():
            score += 1  # the word starts here rather than sitting inside another word
        end = at + len(w)
        if end == len(folded) or not folded[end].isalnum():
            score += 0.5
    return score


def _base_score(entry: Entry) -> float:
    """The part of the score that depends on the entry alone."""
    score = 0.0
    if entry.label == "title":
        score += 2
    elif entry.label == "tag":
        score += 1.5
    if len(entry.folded) < 160:
        score += 0.5  # a short text that matches is about the query rather than mentioning it
    return score


def make_snippet(text: str, words: list[str], width: int = SNIPPET) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line window around the first match and the spans of every query word in it."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    at = min((folded.find(w) for w in words if w in folded), default=0)
    start = max(0, at - width // 3)
    if start:
        space = flat.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and at - space < width // 2 else start
    end = min(len(flat), start + width)
    snippet = flat[start:end]
    prefix = "…" if start else ""
    suffix = "…" if end < len(flat) else ""
    shown = prefix + snippet + suffix
    lowered = shown.casefold()
    spans = []
    for w in words:
        for m in re.finditer(re.escape(w), lowered):
            spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return shown, tuple(merged)


class Searcher:
    """Keeps one index per viewer and rebuilds it when the store's data changed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._key: tuple[int, str | None] | None = None
        self._index: Index | None = None

    def index(self, viewer: str | None) -> Index:
        raw = self.store.raw()  # reloads if another process wrote; bumps the generation
        key = (self.store.generation, viewer)
        if self._index is None or key != self._key:
            self._index = Index.build(raw, viewer)
            self._key = key
        return self._index

    def search(self, query: str, viewer: str | None, limit: int = MAX_RESULTS) -> list[Hit]:
        return self.index(viewer).search(query, limit)


def record_text(rec: Mapping[str, Any], table: str) -> list[tuple[str, str]]:
    """(label, text) pairs for showing a found record read-only."""
    out: list[tuple[str, str]] = []
    for source in SOURCES:
        if source.table != table:
            continue
        for path in source.fields:
            for text in walk(rec, path):
                out.append((FIELD_LABELS.get(path, path) or source.kind, text))
    return out
