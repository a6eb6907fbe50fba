"""Readiness, the first-meeting guide, exercises and suggestions; readiness privacy."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import agreement, trust
from rmcoach.infra import clock
from rmcoach.records import tables
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import SHARED_VIEW, TOGETHER
from rmcoach.features.status import StatusContext
from rmcoach.storage.store import Store, StoreError

FROZEN = _dt.datetime(2026, 12, 1, 9, 0, tzinfo=_dt.timezone.utc)


@pytest.fixture
def setup(tmp_path: Path):
    clock.freeze(FROZEN)
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")),
                       relationship="tech exchange", start=_dt.date(2026, 12, 1), end=_dt.date(2027, 6, 1))
    yield store, pair
    clock.freeze(None)


def test_statements_cover_both_sides_with_tips() -> None:
    sides = {s.side for s in trust.STATEMENTS}
    assert sides == {"learner", "teacher"}
    assert len({s.id for s in trust.STATEMENTS}) == len(trust.STATEMENTS) >= 8
    assert all(s.tip and s.text for s in trust.STATEMENTS)
    assert any("basic" in s.text for s in trust.STATEMENTS)
    assert any("disagree" in s.text for s in trust.STATEMENTS)
    assert any("jargon" in s.text for s in trust.STATEMENTS)


def test_tips_only_for_answers_of_two_or_less() -> None:
    answers = {s.id: 3 for s in trust.STATEMENTS}
    assert trust.readiness_tips(answers) == []
    first, second = trust.STATEMENTS[0], trust.STATEMENTS[5]
    answers[first.id], answers[second.id] = 2, 1
    tips = trust.readiness_tips(answers)
    assert [s.id for s, _ in tips] == [first.id, second.id]
    assert tips[0][1] == first.tip


def test_check_answers_rejects_missing_and_out_of_range() -> None:
    raw = {s.id: "4" for s in trust.STATEMENTS}
    raw[trust.STATEMENTS[0].id] = "7"
    raw[trust.STATEMENTS[1].id] = ""
    raw[trust.STATEMENTS[2].id] = "x"
    answers, errors = trust.check_answers(raw)
    assert set(errors) == {s.id for s in trust.STATEMENTS[:3]}
    assert "1 to 5" in errors[trust.STATEMENTS[0].id]


def test_readiness_retake_keeps_the_first_and_stays_private(setup) -> None:
    store, pair = setup
    a, b = pair.people
    low = {s.id: 4 for s in trust.STATEMENTS} | {"learn_basic_question": 1}
    trust.save_readiness(store, a.uuid, low, "SECRET-NOTE-ANN", on=_dt.date(2026, 11, 28))
    trust.save_readiness(store, a.uuid, low | {"learn_basic_question": 4}, "later", on=_dt.date(2027, 1, 10))
    first, last = trust.first_and_latest(store, a.uuid)
    assert first.answers["learn_basic_question"] == 1 and last.answers["learn_basic_question"] == 4
    assert first.visibility == "private" and first.author == a.uuid
    assert first.on == _dt.date(2026, 11, 28) and last.on == _dt.date(2027, 1, 10)
    mine = trust.render_readiness(store, pair, a.uuid)
    assert "(started at 1)" in mine and "taken it 2 times" in mine
    for viewer in (b.uuid, TOGETHER, SHARED_VIEW, None):
        shown = trust.render_readiness(store, pair, viewer)
        assert "SECRET-NOTE-ANN" not in shown and "later" not in shown
        assert trust.readiness_takes(store, viewer) == [] or viewer == a.uuid
    assert "Press n to start" in trust.render_readiness(store, pair, b.uuid)
    with pytest.raises(StoreError):
        trust.save_readiness(store, a.uuid, {"learn_basic_question": 3})


def test_first_meeting_save_resume_and_done(setup) -> None:
    store, pair = setup
    a, b = pair.people
    assert not trust.first_meeting_done(store)
    trust.save_first_meeting_step(store, "know_each_other", {a.uuid: "hi", b.uuid: "hello", "shared": ""},
                                  current_step="past_experience", by=a.uuid)
    trust.save_first_meeting_step(store, "past_experience", {a.uuid: "mentored once", b.uuid: "", "shared": "ok"},
                                  current_step="past_experience", by=a.uuid)
    record = trust.first_meeting(store)
    assert record.current_step == "past_experience" and trust.step_index(record.current_step) == 1
    assert record.answers["know_each_other"][b.uuid] == "hello"
    assert len(record.history) == 1
    assert len(store.all(trust.FIRST_MEETING)) == 1
    done = trust.mark_first_meeting_done(store, by=b.uuid, on=_dt.date(2026, 12, 2))
    assert trust.first_meeting_done(store) and done.done_on == _dt.date(2026, 12, 2)
    with pytest.raises(StoreError):
        trust.save_first_meeting_step(store, "nope", {}, current_step="nope", by=None)
    titles = " ".join(s.title for s in trust.FIRST_MEETING_STEPS).lower()
    for word in ("know each other", "mentoring", "technology", "learn", "success", "confidentiality"):
        assert word in titles


def test_exercise_library_and_suggestions_follow_progress(setup) -> None:
    store, pair = setup
    assert len(trust.EXERCISE_LIBRARY) >= 8
    for ex in trust.EXERCISE_LIBRARY:
        assert ex.purpose and ex.steps and ex.minutes > 0 and ex.stage in trust.STAGES
    assert trust.suggest_next(store, pair).stage == "before-first-meeting"
    for ex in trust.EXERCISE_LIBRARY:
        if ex.stage == "before-first-meeting":
            trust.mark_exercise_done(store, ex.id, note="done", by=pair.people[0].uuid)
    # nothing left for this stage: an "any time" one comes next
    assert trust.suggest_next(store, pair).stage == "any"
    trust.mark_first_meeting_done(store, by=None)
    assert trust.suggest_next(store, pair).stage == "early"
    for ex in trust.EXERCISE_LIBRARY:
        if ex.stage == "early":
            trust.mark_exercise_done(store, ex.id, note="", by=None)
    for _ in range(4):
        store.insert(tables.SESSIONS, {"date": "2026-12-01T14:00", "visibility": "shared"})
    assert trust.progress(store, pair).stage == "early"  # agreement not acknowledged yet
    record, _ = agreement.save(store, agreement.template(pair, tz="Europe/London"), by=None)
    for p in pair.people:
        agreement.acknowledge(store, pair, p.uuid)
    assert trust.progress(store, pair).stage == "established"
    assert trust.suggest_next(store, pair).stage == "established"
    for ex in trust.EXERCISE_LIBRARY:
        trust.mark_exercise_done(store, ex.id, note="", by=None)
    assert trust.suggest_next(store, pair) is None
    with pytest.raises(StoreError):
        trust.mark_exercise_done(store, "nope", note="", by=None)


def test_status_lines_for_first_meeting_and_readiness(setup) -> None:
    store, pair = setup
    a = pair.people[0]
    ctx = StatusContext(store=store, pair=pair, viewer=a.uuid, now=clock.now())
    texts = [line.text for line in trust.status_lines(ctx)]
    assert any("First meeting not held yet" in t for t in texts)
    assert any("readiness reflection is not done" in t for t in texts)
    together = StatusContext(store=store, pair=pair, viewer=TOGETHER, now=clock.now())
    assert not any("readiness" in line.text for line in trust.status_lines(together))
    trust.save_readiness(store, a.uuid, {s.id: 3 for s in trust.STATEMENTS})
    trust.save_first_meeting_step(store, "know_each_other", {"shared": "x"}, current_step="want_to_learn", by=None)
    texts = [line.text for line in trust.status_lines(ctx)]
    assert any("step 3 of 6" in t for t in texts) and not any("readiness" in t for t in texts)
    trust.mark_first_meeting_done(store, by=None)
    assert trust.status_lines(ctx)[0].text == "First meeting done"


def test_records_with_empty_optional_fields_still_read(setup) -> None:
    """A reflection, a first meeting and an exercise stored with "" for their days read as "no day"."""
    store, pair = setup
    a = pair.people[0]
    store.insert(trust.READINESS, {"author": a.uuid, "visibility": "private", "answers": {}, "on": ""})
    store.insert(trust.FIRST_MEETING, {"answers": {}, "current_step": "", "done": True, "done_on": ""})
    store.insert(trust.EXERCISES, {"exercise_id": "jargon_jar", "on": "", "visibility": "shared"})
    assert "Your latest reflection" in trust.render_readiness(store, pair, a.uuid)
    assert trust.first_meeting_done(store) and trust.first_meeting(store).done_on is None
    assert [e.exercise_id for e in trust.exercises_done(store, None)] == ["jargon_jar"]
    assert trust.suggest_next(store, pair).id != "jargon_jar"
