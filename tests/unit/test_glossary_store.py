"""The pair's own glossary terms and "we both know this now" marks, and how the checker uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmcoach.features import jargon as gs
from rmcoach.features.demo import build_demo
from rmcoach.storage.store import Store
from rmcoach.tips.jargon import Checker
from tests.conftest import run_cli


@pytest.fixture
def store(data_dir: Path) -> Store:
    store = Store(data_dir)
    build_demo(store)
    return store


def _terms(findings) -> list[str]:
    return [f.term for f in findings if f.kind == "jargon"]


def test_pair_terms_on_a_missing_store_are_empty_and_create_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    assert gs.pair_terms(Store(folder)) == ([], [])
    assert not folder.exists()
    checker = gs.checker_for(Store(folder))
    assert _terms(checker.check("Open the EHR.")) == ["EHR"]
    assert not folder.exists()


def test_own_terms_feed_the_checker_with_inflections_and_aliases(store: Store) -> None:
    gs.add_term(store, "Bleepweb", "the online bleep directory", "like the switchboard's paper list",
                "Bleep Web, bleep-web")
    extra, known = gs.pair_terms(store)
    assert "Bleepweb" in [t.term for t in extra]
    checker = Checker(extra, known)
    found = checker.check("Look it up on Bleepweb, or on Bleep Web from a ward PC.")
    assert _terms(found) == ["Bleepweb", "Bleep Web"]
    assert found[0].suggestion == "the online bleep directory"
    assert found[0].analogy == "like the switchboard's paper list"


def test_known_terms_stop_being_flagged_and_unmarking_brings_them_back(store: Store) -> None:
    text = "Save it to the cloud storage and check the EHR on the wifi."
    before = _terms(gs.checker_for(store).check(text))
    assert "EHR" in before and "wifi" not in before  # the demo pair already knows Wi-Fi
    assert gs.mark_known(store, "ehr") == "EHR"  # an alias or any case marks the canonical term
    after = _terms(gs.checker_for(store).check(text))
    assert "EHR" not in after and "cloud storage" in after
    assert gs.is_known(store, "EHR")
    assert gs.unmark_known(store, "EHR")
    assert "EHR" in _terms(gs.checker_for(store).check(text))
    assert not gs.unmark_known(store, "EHR")


def test_marking_an_own_term_known_sets_its_flag(store: Store) -> None:
    rec = gs.add_term(store, "Bleepweb", "the online bleep directory")
    assert isinstance(rec, gs.OwnTerm) and rec.term == "Bleepweb" and not rec.known
    gs.mark_known(store, "bleepweb", by=None)
    assert store.get(gs.TABLE, rec.uuid)["known"] is True
    assert "Bleepweb" not in [m.term for m in gs.known_marks(store)]  # an own term is flagged, not marked
    assert "Bleepweb" in gs.known_terms(store)
    assert _terms(gs.checker_for(store).check("Use Bleepweb.")) == []
    gs.unmark_known(store, "Bleepweb")
    assert store.get(gs.TABLE, rec.uuid)["known"] is False


def test_an_acronym_can_be_marked_known(store: Store) -> None:
    text = "The MDT meets on Friday."
    assert [f.kind for f in gs.checker_for(store).check(text)] == ["acronym"]
    gs.mark_known(store, "MDT")
    assert gs.checker_for(store).check(text) == []


def test_checker_for_is_cached_until_the_store_changes(store: Store) -> None:
    first = gs.checker_for(store)
    assert gs.checker_for(store) is first
    gs.add_term(store, "Bleepweb", "the online bleep directory")
    second = gs.checker_for(store)
    assert second is not first
    assert _terms(second.check("Bleepweb")) == ["Bleepweb"]
    # another process's write is noticed too
    Store(store.data_dir).insert(gs.TABLE, {"term": "Pagerline", "alternative": "the paging phone line",
                                            "analogy": "", "aliases": [], "own": True, "known": False,
                                            "author": None, "visibility": "shared"})
    assert _terms(gs.checker_for(store).check("Ring Pagerline.")) == ["Pagerline"]


@pytest.mark.parametrize(
    ("term", "alternative", "aliases", "field", "message"),
    [
        ("", "something", "", "term", "The term is needed."),
        ("   ", "something", "", "term", "The term is needed."),
        ("x" * 81, "something", "", "term", "keep it to 80"),
        ("Ward\x1b[31mView", "something", "", "term", "control characters"),
        ("Bleep\tweb", "something", "", "term", "control characters"),
        ("---", "something", "", "term", "letter or digit"),
        ("Pagerline", "", "", "alternative", "What to say instead is needed."),
        ("Pagerline", "y" * 121, "", "alternative", "keep it to 120"),
        ("Pagerline", "the phone line", "ok, " + "z" * 81, "aliases", "keep it to 80"),
        ("WardView", "another meaning", "", "term", "already one of your own terms"),
        ("ward-view", "another meaning", "", "term", "already one of your own terms"),
        ("Pagerline", "the phone line", "Ward View", "aliases", "already belongs to your own term WardView"),
    ],
)
def test_invalid_terms_say_what_is_wrong_and_save_nothing(store: Store, term, alternative, aliases, field,
                                                         message) -> None:
    count = len(store.all(gs.TABLE))
    _, errors = gs.check_term(term, alternative, "", aliases, store=store)
    assert message in errors[field]
    with pytest.raises(gs.TermError) as caught:
        gs.add_term(store, term, alternative, "", aliases)
    assert caught.value.field == field
    assert len(store.all(gs.TABLE)) == count


def test_edit_keeps_history_and_may_keep_its_own_name(store: Store) -> None:
    own = next(t for t in gs.own_terms(store) if t.term == "WardView")
    gs.edit_term(store, own.uuid, "WardView", "the ward's electronic bed board", "", "Ward View", by="someone")
    rec = store.get(gs.TABLE, own.uuid)
    assert rec["alternative"] == "the ward's electronic bed board"
    assert rec["history"][-1]["version"]["alternative"] == "the electronic bed board on each ward"
    assert rec["history"][-1]["by"] == "someone"


def test_remove_is_a_soft_delete(store: Store) -> None:
    own = next(t for t in gs.own_terms(store) if t.term == "Orbit")
    gs.remove_term(store, own.uuid)
    assert "Orbit" not in [t.term for t in gs.own_terms(store)]
    assert any(r["uuid"] == own.uuid and r.get("deleted") for r in store.all(gs.TABLE, include_deleted=True))
    assert _terms(gs.checker_for(store).check("See Orbit.")) == []
    with pytest.raises(gs.TermError):
        gs.remove_term(store, own.uuid)


def test_line_spans_cut_findings_per_line() -> None:
    text = "the EHR\nand a very\nlong one"
    findings = Checker(max_sentence_words=3).check(text)
    spans = gs.line_spans(text, findings)
    assert (4, 7, "jargon") in spans[0]
    assert any(kind == "long-sentence" for _, _, kind in spans[1])
    assert gs.location(text, text.index("very")) == (1, 6)


def test_summary_has_a_clean_state() -> None:
    assert gs.summary([]) == "No jargon found \u2014 plain and clear."
    # both are acronyms to the reader: the glossary one (EHR) and the unknown one (MDT) count together
    assert gs.summary(Checker().check("The EHR and the MDT.")) == "Found 2: 2 acronyms to spell out or explain."


def test_rmcoach_jargon_uses_the_pairs_terms(data_dir: Path) -> None:
    store = Store(data_dir)
    build_demo(store)
    gs.add_term(store, "Bleepweb", "the online bleep directory")
    text = "Find it on Bleepweb over the Wi-Fi, then open WardView.\n"
    result = run_cli("jargon", "--json", data_dir=data_dir, stdin=text)
    assert result.returncode == 1, result.stderr
    found = json.loads(result.stdout)["findings"]
    assert [f["term"] for f in found] == ["Bleepweb", "WardView"]  # Wi-Fi is known to the demo pair
    gs.mark_known(store, "Bleepweb")
    gs.mark_known(store, "WardView")
    clean = run_cli("jargon", data_dir=data_dir, stdin=text)
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_rmcoach_jargon_without_a_pair_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    result = run_cli("jargon", data_dir=folder, stdin="Ring WardView about the EHR.\n")
    assert result.returncode == 1
    assert "EHR" in result.stdout and "WardView" not in result.stdout
    assert not folder.exists()
