"""Search: matching every word, ranking, snippets, privacy, the index following the store, speed."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import search
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.features.search import Searcher, Source
from rmcoach.storage.store import Store


@pytest.fixture
def filled(tmp_path: Path):
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")), relationship="tech exchange",
                       start=_dt.date(2026, 9, 1))
    a, b = (p.uuid for p in pair.people)
    with store.transaction():
        skill = store.insert("skills", {"title": "Password managers", "teacher": b, "learner": a, "kind": "technology",
                                        "description": "One vault for every login", "why": "Fewer resets", "level": 1,
                                        "tasks": [{"id": "t1", "text": "Move ten logins", "friction": "The ward PC blocks the vault extension"}],
                                        "teachbacks": [{"on": "2026-09-20", "explanation": "A locked cupboard with one key", "before": 2, "after": 4}],
                                        "author": a, "visibility": "shared"})
        store.insert("learnings", {"text": "The vault fills passwords in for me", "by": a, "tags": ["security"],
                                   "on": "2026-09-10", "author": a, "visibility": "shared"})
        store.insert("learnings", {"text": "Passwords on sticky notes were a habit", "by": a, "tags": [],
                                   "on": "2026-09-12", "author": a, "visibility": "private"})
        store.insert("sessions", {"date": "2026-09-08T14:00", "notes": "We set up the password vault together",
                                  "went_well": "Calm pace", "covered": [{"teacher": b, "learner": a, "skill": skill["uuid"], "topic": "Vault basics"}],
                                  "author": a, "visibility": "shared"})
        store.insert("reflections", {"session": "s", "author": b, "visibility": "private", "text": "I rushed the vault part"})
        store.insert("actions", {"text": "Install the vault on the phone", "owner": a, "due": "2026-09-15", "status": "open"})
        for version in (1, 2):
            store.insert("agreements", {"version": version, "goals": [{"id": "g", "person": a, "goal": "Use a password vault", "success": "No resets for a month"}],
                                        "rules": {"confidentiality": "What we say stays here", "respect": "", "questions": "", "feedback": "", "pause_end": ""},
                                        "logistics": {"where": "Library room 2"}})
        store.insert("first_meeting", {"answers": {"hopes": {a: "To stop fearing the vault", "shared": "Both want calm sessions"}}})
        store.insert("learnings", {"text": "Deleted vault note", "by": a, "deleted": True, "tags": []})
    return store, pair, a, b


def test_every_word_must_match_and_case_does_not_matter(filled) -> None:
    store, pair, a, b = filled
    index = search.Index.build(store.raw(), a)
    kinds = {h.entry.kind for h in index.search("VAULT")}
    assert kinds == {"skill", "learning", "session", "action item", "agreement", "first meeting"}
    assert [h.entry.kind for h in index.search("vault phone")] == ["action item"]
    assert index.search("vault zebra") == []
    assert index.search("   ") == []
    assert not any("Deleted" in h.snippet for h in index.search("vault"))


def test_one_hit_per_record_and_identical_agreement_text_once(filled) -> None:
    store, pair, a, b = filled
    hits = Searcher(store).search("vault", a)
    assert len({h.uuid for h in hits}) == len(hits)
    assert sum(1 for h in hits if h.entry.kind == "agreement") == 1
    conf = Searcher(store).search("stays here", a)
    assert len(conf) == 1 and conf[0].entry.label == "ground rule"


def test_ranking_prefers_titles_phrases_and_whole_words(filled) -> None:
    store, pair, a, b = filled
    hits = Searcher(store).search("password", a)
    assert hits[0].entry.kind == "skill" and hits[0].entry.label == "title"
    phrase = Searcher(store).search("password vault", a)
    assert phrase[0].entry.kind == "agreement"  # "Use a password vault": short text with the exact phrase
    tag = Searcher(store).search("security", a)
    assert tag[0].entry.label == "tag" and "The vault fills passwords in for me" in tag[0].snippet


def test_private_items_only_for_their_author(filled) -> None:
    store, pair, a, b = filled
    searcher = Searcher(store)
    assert any("sticky notes" in h.snippet for h in searcher.search("sticky", a))
    assert searcher.search("sticky", b) == []
    assert searcher.search("sticky", TOGETHER) == []
    assert searcher.search("sticky", None) == []
    assert [h.entry.kind for h in searcher.search("rushed", b)] == ["reflection"]
    assert searcher.search("rushed", a) == []


def test_snippet_highlights_each_match(filled) -> None:
    text = "x " * 80 + "the Vault and the vault again " + "y " * 80
    snippet, spans = search.make_snippet(text, ["vault"])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[s:e].lower() for s, e in spans] == ["vault", "vault"]
    short, spans = search.make_snippet("Vault", ["vault"])
    assert short == "Vault" and spans == ((0, 5),)


def test_index_follows_the_store_generation(filled) -> None:
    store, pair, a, b = filled
    searcher = Searcher(store)
    first = searcher.index(a)
    assert searcher.index(a) is first  # cached
    assert searcher.search("kettle", a) == []
    store.insert("learnings", {"text": "The kettle is the real meeting room", "by": a, "tags": [], "author": a, "visibility": "shared"})
    assert [h.entry.kind for h in searcher.search("kettle", a)] == ["learning"]
    other = Store(store.data_dir)  # another process writes
    other.insert("actions", {"text": "Buy a kettle", "owner": b, "status": "open"})
    assert {h.entry.kind for h in searcher.search("kettle", a)} == {"learning", "action item"}


def test_sources_registry_is_open_for_other_features(filled, monkeypatch) -> None:
    store, pair, a, b = filled
    store.insert("house_rules", {"rule": "Phones face down", "visibility": "shared"})
    assert Searcher(store).search("face down", a) == []
    monkeypatch.setattr(search, "SOURCES", search.SOURCES + [Source("house_rules", ("rule",), "house rule")])
    hits = Searcher(store).search("face down", a)
    assert [h.entry.kind for h in hits] == ["house rule"]
    store.insert("glossary_terms", {"term": "EPR", "alternative": "the electronic patient record", "aliases": ["e-record"]})
    assert [h.entry.label for h in Searcher(store).search("e-record", a)] == ["also called"]
    assert list(search.walk({"a": [{"b": "x"}, {"b": "y"}, {"c": "z"}]}, "a.*.b")) == ["x", "y"]
    assert list(search.walk({"t": ["p", " ", "q"]}, "t")) == ["p", "q"]


def test_search_finds_things_in_the_heavy_pair(tmp_path: Path) -> None:
    # the speed goal is measured in bench/run.py; here: years of records index and answer
    from bench.heavy import generate

    store = generate(tmp_path / "heavy", years=5)
    searcher = Searcher(store)
    for query in ("portal", "password manager", "clinic"):
        hits = searcher.search(query, None)
        assert hits, query
        words = query.split()
        assert all(all(w in h.entry.folded for w in words) for h in hits[:20]), query
    assert searcher.search("zzz qqq", None) == []


def test_the_same_tag_on_different_learnings_finds_each_of_them(filled) -> None:
    store, pair, a, b = filled
    store.insert("learnings", {"text": "Locks itself after five minutes", "by": b, "tags": ["security"],
                               "author": b, "visibility": "shared"})
    hits = Searcher(store).search("security", a)
    assert sorted(h.entry.context for h in hits) == ["Locks itself after five minutes", "The vault fills passwords in for me"]
    assert {h.entry.person for h in hits} == {a, b}


def test_health_checks_and_diagnoses_are_found_private_answers_only_by_their_author(tmp_path: Path) -> None:
    from rmcoach.features.demo import build_demo
    from rmcoach.records.pairs import load_pair
    from rmcoach.records.privacy import TOGETHER

    store = Store(tmp_path / "demo")
    build_demo(store)
    pair = load_pair(store)
    senior, junior = (p.uuid for p in pair.people)
    shared = Searcher(store).search("overrun clinic", TOGETHER)  # the senior's shared health-check answer
    assert [(h.entry.kind, h.entry.label) for h in shared] == [("health check", "liked least")]
    private = "hold back"  # in the junior's answers, not shared yet
    assert [h.entry.kind for h in Searcher(store).search(private, junior)] == ["health check"]
    assert Searcher(store).search(private, senior) == [] and Searcher(store).search(private, TOGETHER) == []
    found = Searcher(store).search("portal", junior)
    assert "diagnosis" in {h.entry.kind for h in found}


def test_typing_on_narrows_to_the_same_results_as_a_fresh_search(tmp_path: Path) -> None:
    from bench.heavy import generate

    store = generate(tmp_path / "heavy", years=1)
    typed = Searcher(store)
    for query in ("p", "po", "portal", "portal i", "portal inbox", "portal", "cl", "clinic", "clinic z", "clinic"):
        narrowed = [(h.table, h.uuid, h.snippet) for h in typed.search(query, None)]
        fresh = [(h.table, h.uuid, h.snippet) for h in Searcher(store).search(query, None)]
        assert narrowed == fresh, query


def _reference_search(entries: list[search.Entry], query: str, limit: int) -> list[tuple[str, float, str]]:
    """The ranking written out plainly: score every entry holding every word, best first,
    newest first among equals, stored order among ties, one hit per record and per text."""
    words = [w for w in query.casefold().split() if w]
    if not words:
        return []
    phrase = " ".join(words)
    scored = [(search._score(e, words, phrase), e) for e in entries if all(w in e.folded for w in words)]
    scored.sort(key=lambda se: (se[0], se[1].day), reverse=True)
    out, seen, seen_text = [], set(), set()
    for score, e in scored:
        same = (e.table, e.label, e.folded + "\x00" + e.context)
        if e.uuid in seen or same in seen_text:
            continue
        seen.add(e.uuid)
        seen_text.add(same)
        out.append((e.uuid, score, e.text))
        if len(out) >= limit:
            break
    return out


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXTS = st.lists(st.sampled_from(["portal", "port", "al", "Clinic", "call", "p", "audit", "x-ray"]),
                  min_size=1, max_size=5).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["learnings", "skills"]), st.integers(0, 6),
                          st.sampled_from(["", "title", "tag"]), st.sampled_from(["", "2024-01-02", "2025-06-30"]),
                          _TEXTS), max_size=40),
       st.lists(st.sampled_from(["p", "po", "portal", "port al", "clinic call", "CALL", "zz", "al p", "x"]),
                min_size=1, max_size=4),
       st.integers(1, 6))
def test_search_ranks_exactly_as_scoring_every_entry_would(rows, queries, limit) -> None:
    """The index keeps what a query needs in flat lists and narrows as typing goes on;
    the hits, their scores and their order must be those of the plain ranking."""
    entries = [search.Entry(table, f"r{n}", "kind", None, day, label, "", text, text.casefold(),
                            "ctx" if label == "tag" else "")
               for table, n, label, day, text in rows]
    index = search.Index(entries)
    for query in queries:  # one after another, as typed: later ones may narrow earlier results
        got = [(h.uuid, h.score, h.entry.text) for h in index.search(query, limit)]
        assert got == _reference_search(entries, query, limit)
