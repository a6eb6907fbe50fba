"""Relationship health checks: rounds, privacy until shared, due dates, goal progress."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import agreement, health
from rmcoach.infra import clock
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import SHARED_VIEW, TOGETHER
from rmcoach.features.status import StatusContext
from rmcoach.storage.store import Store

D = _dt.date


@pytest.fixture
def setup(tmp_path: Path):
    clock.freeze(_dt.datetime(2027, 3, 2, 9, 0, tzinfo=_dt.timezone.utc))
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee", wants="Video clinics"), PersonInput("Sam Roe", wants="Case reasoning")),
                       relationship="tech exchange", start=D(2026, 12, 1), end=D(2027, 6, 1))
    agreement.save(store, agreement.template(pair, tz="Europe/London"), by=None)
    yield store, pair
    clock.freeze(None)


def _answers(goals, status="some", **extra):
    base = {"frequency": "right", "follow_up": 4, "safe": 4, "two_way": 3, "like_most": "", "like_least": "",
            "skills_growing": "", "goals": {g.id: status for g in goals}}
    base.update(extra)
    return base


def test_check_answers_validates_every_question(setup) -> None:
    store, pair = setup
    goals = agreement.current_goals(store)
    answers, errors = health.check_answers({"frequency": "sometimes", "follow_up": "9", "safe": "", "two_way": "3",
                                            "goals": {goals[0].id: "nearly"}}, [g.id for g in goals])
    assert {"frequency", "follow_up", "safe"} <= set(errors)
    assert f"goal:{goals[0].id}" in errors and f"goal:{goals[1].id}" in errors
    ok, errors = health.check_answers(_answers(goals), [g.id for g in goals])
    assert errors == {} and ok["two_way"] == 3


def test_due_dates_midpoint_then_every_three_months() -> None:
    pair = type("P", (), {})()
    pair.start, pair.end = D(2026, 12, 1), D(2027, 12, 1)
    mid = D(2027, 6, 1)
    assert health.next_due(pair, []) == D(2027, 3, 1)  # three months from the start comes first
    assert health.next_due(pair, [D(2027, 3, 3)]) == mid  # then the mid-point
    assert health.next_due(pair, [D(2027, 5, 25)]) == D(2027, 8, 25)  # close to the mid-point counts as it
    assert health.next_due(pair, [D(2027, 10, 1)]) is None  # the next would fall after the end
    pair.end = D(2027, 4, 1)
    assert health.next_due(pair, []) == D(2027, 1, 30)  # mid-point of a short pairing
    pair.end = None
    assert health.next_due(pair, [D(2027, 1, 10)]) == D(2027, 4, 10)


def test_answers_are_private_until_shared_and_rounds_group_both(setup) -> None:
    store, pair = setup
    a, b = pair.people
    goals = agreement.current_goals(store)
    rec_a = health.save_answers(store, pair, a.uuid, _answers(goals, "good", like_least="ANN-PRIVATE-WORRY"),
                                on=D(2027, 3, 1))
    rec_b = health.save_answers(store, pair, b.uuid, _answers(goals, "achieved", like_most="SAM-SHARED-JOY"),
                                on=D(2027, 3, 2))
    assert rec_a.round == rec_b.round and rec_a.visibility == "private"
    assert health.latest_private(store, b.uuid) == rec_b
    assert health.share(store, rec_b.uuid, b.uuid).visibility == "shared"
    assert health.latest_private(store, b.uuid) is None
    with pytest.raises(health.HealthError):
        health.share(store, rec_a.uuid, b.uuid)  # only the author shares
    for viewer in (b.uuid, TOGETHER, SHARED_VIEW, None):
        shown = health.render_history(store, pair, viewer)
        assert "ANN-PRIVATE-WORRY" not in shown
        assert "SAM-SHARED-JOY" in shown
    assert "ANN-PRIVATE-WORRY" in health.render_history(store, pair, a.uuid)
    # editing your answers in the open round updates them, with history
    again = health.save_answers(store, pair, a.uuid, _answers(goals, "some"), on=D(2027, 3, 2))
    assert again.uuid == rec_a.uuid and len(again.history) == 1
    assert len(health.rounds(store)) == 1
    # goal progress: from what the viewer may see; the goal owner's own rating wins
    owner_of = {g.id: g.person for g in goals}
    seen_by_a = health.latest_goal_progress(store, a.uuid)
    for gid, status in seen_by_a.items():
        assert status == ("some" if owner_of[gid] == a.uuid else "achieved")
    assert set(health.latest_goal_progress(store, TOGETHER).values()) == {"achieved"}
    # three months later a new round starts
    later = health.save_answers(store, pair, b.uuid, _answers(goals), on=D(2027, 5, 20))
    assert later.round != rec_b.round and len(health.rounds(store)) == 2
    assert [r.on for r in health.history(store, a.uuid)] == [D(2027, 5, 20), D(2027, 3, 1)]


def test_status_line_says_when_due(setup) -> None:
    store, pair = setup
    ctx = StatusContext(store=store, pair=pair, viewer=None, now=clock.now())
    assert "due now" in health.status_lines(ctx)[0].text  # 3 months from 1 Dec is 1 Mar, today is 2 Mar
    health.save_answers(store, pair, pair.people[0].uuid, _answers(agreement.current_goals(store)), on=D(2027, 2, 25))
    assert health.status_lines(ctx)[0].text == "Next health check due Tue 25 May 2027"


def test_answers_with_empty_optional_fields_still_read(setup) -> None:
    """A health check stored with "" for its day and its answers reads as "not given"."""
    store, pair = setup
    a = pair.people[0]
    store.insert(health.TABLE, {"round": "r1", "author": a.uuid, "visibility": "shared",
                                "on": "", "answers": ""})
    (found,) = health.rounds(store)
    assert found.on == clock.today() and found.by(a.uuid).answers is None
    shown = health.render_history(store, pair, a.uuid)
    assert "Meeting frequency: -" in shown and "-/5" in shown
    assert health.latest_goal_progress(store, a.uuid) == {}
