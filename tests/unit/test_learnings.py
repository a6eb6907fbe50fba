"""Learning log core: validation, tags, editing with history, filters, privacy, who logged last."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import learnings
from rmcoach.features.learnings import LearningError
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import Store
from rmcoach.records import tables


@pytest.fixture
def pair_store(tmp_path: Path):
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")), relationship="tech exchange",
                       start=_dt.date(2026, 9, 1))
    return store, pair


def test_text_is_required_and_cleaned() -> None:
    for bad in ("", "   ", "\n\t \n"):
        with pytest.raises(LearningError) as err:
            learnings.clean_text(bad)
        assert err.value.field == "text" and "own" in str(err.value)
    with pytest.raises(LearningError):
        learnings.clean_text("evil \x1b[31m red")
    with pytest.raises(LearningError):
        learnings.clean_text("x" * 2001)
    assert learnings.clean_text("  hover first  \n") == "hover first"


def test_tags_are_split_lowercased_and_deduplicated() -> None:
    assert learnings.clean_tags("EPR, #Phishing  calls,epr") == ["epr", "phishing", "calls"]
    assert learnings.clean_tags(["a,b", "#B", "c"]) == ["a", "b", "c"]
    assert learnings.clean_tags("") == []
    with pytest.raises(LearningError) as err:
        learnings.clean_tags("x" * 31)
    assert err.value.field == "tags"
    with pytest.raises(LearningError):
        learnings.clean_tags(" ".join(f"t{i}" for i in range(13)))


def test_add_and_edit_keeps_history(pair_store) -> None:
    store, pair = pair_store
    a, b = (p.uuid for p in pair.people)
    rec = learnings.add_learning(store, text="Hover over links", by=a, tags="security", on=_dt.date(2026, 9, 3))
    assert {k: rec[k] for k in ("text", "by", "skill", "tags", "on", "author", "visibility")} == {
        "text": "Hover over links", "by": a, "skill": None, "tags": ["security"], "on": "2026-09-03",
        "author": a, "visibility": "shared"}
    learnings.edit_learning(store, rec["uuid"], text="Hover over links before clicking", skill=None,
                            tags=["security", "phishing"], by=a)
    stored = store.get(tables.LEARNINGS, rec["uuid"])
    assert stored["text"] == "Hover over links before clicking" and stored["tags"] == ["security", "phishing"]
    assert stored["history"][0]["version"]["text"] == "Hover over links"
    assert stored["history"][0]["by"] == a
    assert learnings.learnings(store, a)[0].edited
    with pytest.raises(LearningError):
        learnings.edit_learning(store, rec["uuid"], text=" ", skill=None, tags=[], by=a)
    assert store.get(tables.LEARNINGS, rec["uuid"])["text"] == "Hover over links before clicking"


def test_filters_by_person_skill_tag_dates_and_words(pair_store) -> None:
    store, pair = pair_store
    a, b = (p.uuid for p in pair.people)
    learnings.add_learning(store, text="Portal sorts by waiting longest", by=a, skill="S1", tags="portal", on=_dt.date(2026, 9, 3))
    learnings.add_learning(store, text="Start from what kills tonight", by=b, skill="S2", tags="reasoning", on=_dt.date(2026, 9, 10))
    learnings.add_learning(store, text="Templates are editable", by=a, skill="S1", tags=["portal", "templates"], on=_dt.date(2026, 9, 17))
    learnings.add_learning(store, text="Silence is fine", by=b, tags="listening", on=_dt.date(2026, 9, 24))
    items = learnings.learnings(store, a)
    assert [x.on for x in items] == [_dt.date(2026, 9, d) for d in (24, 17, 10, 3)]  # newest first, as dates

    def texts(**kw):
        return [x.text for x in learnings.filter_learnings(items, **kw)]

    assert texts(person=a) == ["Templates are editable", "Portal sorts by waiting longest"]
    assert texts(skill="S1", tag="#PORTAL") == ["Templates are editable", "Portal sorts by waiting longest"]
    assert texts(skill="-") == ["Silence is fine"]
    assert texts(tag="templates") == ["Templates are editable"]
    assert texts(tag="port") == []  # whole tags only
    assert texts(since=_dt.date(2026, 9, 10), until=_dt.date(2026, 9, 17)) == ["Templates are editable", "Start from what kills tonight"]
    assert texts(text="PORTAL longest") == ["Portal sorts by waiting longest"]
    assert texts(person=b, tag="portal") == []
    assert learnings.all_tags(items) == [("portal", 2), ("listening", 1), ("reasoning", 1), ("templates", 1)]


def test_private_learnings_only_for_their_author(pair_store) -> None:
    store, pair = pair_store
    a, b = (p.uuid for p in pair.people)
    learnings.add_learning(store, text="I was nervous", by=a, visibility="private")
    learnings.add_learning(store, text="Shared one", by=a)
    assert {x.text for x in learnings.learnings(store, a)} == {"I was nervous", "Shared one"}
    assert [x.text for x in learnings.learnings(store, b)] == ["Shared one"]
    assert [x.text for x in learnings.learnings(store, TOGETHER)] == ["Shared one"]


def test_last_logger_is_remembered_per_machine(tmp_path: Path) -> None:
    assert learnings.last_logger(tmp_path) is None
    learnings.remember_logger(tmp_path, "person-1")
    assert learnings.last_logger(tmp_path) == "person-1"
