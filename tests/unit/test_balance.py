"""Balance of the exchange: a scripted history with exact counts, windows, the one-way nudge."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import balance
from rmcoach.features.balance import Direction
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.features.status import StatusContext
from rmcoach.storage.store import Store, StoreError
from rmcoach.records import tables


@pytest.fixture
def scripted(tmp_path: Path):
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")), relationship="tech exchange",
                       start=_dt.date(2026, 9, 1))
    a, b = (p.uuid for p in pair.people)
    with store.transaction():
        x = store.insert(tables.SKILLS, {"title": "Portal", "teacher": b, "learner": a, "kind": "technology", "level": 3,
                                    "levels": [{"level": 0, "on": "2026-09-01"}, {"level": 1, "on": "2026-09-08"},
                                               {"level": 2, "on": "2026-09-20"}, {"level": 1, "on": "2026-09-25"},
                                               {"level": 3, "on": "2026-10-01"}]})["uuid"]
        store.insert(tables.SKILLS, {"title": "Reasoning", "teacher": a, "learner": b, "kind": "professional wisdom", "level": 2,
                                "levels": [{"level": 0, "on": "2026-09-01"}, {"level": 2, "on": "2026-09-10"}]})

        def session(day: str, minutes: int, covered: list) -> None:
            store.insert(tables.SESSIONS, {"date": f"2026-{day}T14:00", "minutes": minutes, "covered": covered,
                                      "author": a, "visibility": "shared"})

        ab = {"teacher": a, "learner": b, "skill": None, "topic": "wisdom"}
        ba = {"teacher": b, "learner": a, "skill": None, "topic": "tech"}
        session("09-08", 60, [ab, ba, ba])  # inserted out of order on purpose
        session("09-01", 60, [ab, ba])
        session("09-15", 45, [ba])
        session("09-22", 30, [])
        session("09-29", 60, [{"skill": x, "topic": "portal"}])  # direction taken from the skill
        session("10-06", 90, [ba, ba])
        for by, day in ((b, "09-02"), (b, "09-20"), (a, "09-03"), (a, "09-16"), (a, "10-01")):
            store.insert(tables.LEARNINGS, {"text": "t", "by": by, "on": f"2026-{day}", "author": by, "visibility": "shared", "tags": []})
        store.insert(tables.LEARNINGS, {"text": "private", "by": a, "on": "2026-10-02", "author": a, "visibility": "private", "tags": []})
    return store, pair, a, b


def test_whole_relationship_counts(scripted) -> None:
    store, pair, a, b = scripted
    result = balance.compute(store, pair, viewer=b)
    ab, ba = Direction(a, b), Direction(b, a)
    assert result.directions == (ab, ba)
    whole = result.whole
    assert whole.session_count == 6
    assert whole.sessions == {ab: 2, ba: 5}
    assert whole.minutes == {ab: pytest.approx(50.0), ba: pytest.approx(265.0)}
    assert whole.skills == {ab: 1, ba: 3}  # level rises only; the drop back to 1 does not count
    assert whole.learnings == {ab: 2, ba: 3}  # the private learning is not counted for the other person
    assert whole.share("sessions", ab) == pytest.approx(2 / 7)


def test_recent_window_is_the_last_n_sessions_onwards(scripted) -> None:
    store, pair, a, b = scripted
    ab, ba = Direction(a, b), Direction(b, a)
    result = balance.compute(store, pair, viewer=a)
    recent = result.recent
    assert result.recent_n == 4 and recent.since == _dt.date(2026, 9, 15) and recent.session_count == 4
    assert recent.sessions == {ab: 0, ba: 3}
    assert recent.minutes == {ab: 0, ba: pytest.approx(195.0)}
    assert recent.skills == {ab: 0, ba: 2}
    assert recent.learnings == {ab: 1, ba: 3}  # the author sees their own private learning counted
    two = balance.compute(store, pair, viewer=a, recent=2)
    assert two.recent.since == _dt.date(2026, 9, 29) and two.recent.sessions == {ab: 0, ba: 2}


def test_one_way_streak_skips_sessions_with_nothing_covered(scripted) -> None:
    store, pair, a, b = scripted
    result = balance.compute(store, pair, viewer=TOGETHER)
    assert result.streak == 3 and result.streak_direction == Direction(b, a) and result.one_way
    text = balance.nudge(result, {a: "Dr Ann Lee", b: "Sam Roe"})
    assert text is not None
    assert "last 3 sessions" in text and "Sam Roe teaching Dr Ann Lee" in text and "one-way tutoring" in text
    ctx = StatusContext(store=store, pair=pair, viewer=a, now=_dt.datetime(2026, 10, 7, 9, 0))
    lines = balance.status_lines(ctx)
    assert len(lines) == 1 and lines[0].level == "nudge" and lines[0].area == "balance"


def test_a_two_way_session_breaks_the_streak(scripted) -> None:
    store, pair, a, b = scripted
    store.insert(tables.SESSIONS, {"date": "2026-10-13T14:00", "minutes": 60, "visibility": "shared",
                              "covered": [{"teacher": a, "learner": b}, {"teacher": b, "learner": a}]})
    result = balance.compute(store, pair)
    assert result.streak == 0 and not result.one_way
    assert balance.nudge(result, {}) is None


def test_empty_pair_and_odd_records(tmp_path: Path) -> None:
    store = Store(tmp_path / "d")
    pair = create_pair(store, people=(PersonInput("A"), PersonInput("B")), relationship="x")
    # odd records are never written (rmcoach.records refuses them at the store)
    for odd in ({"minutes": "sixty", "covered": {"A": ["x"]}},
                {"covered": [None, "text", {"teacher": "stranger", "learner": "B"}]}):
        with pytest.raises(StoreError, match="rmcoach did not save"):
            store.insert(tables.SESSIONS, {"date": "2026-09-01T10:00", **odd})
    store.insert(tables.SESSIONS, {"date": "2026-09-01T10:00", "covered": [{"topic": "no one named"}]})
    store.insert(tables.SESSIONS, {"date": "2026-09-08T10:00"})
    result = balance.compute(store, pair)
    assert result.whole.session_count == 2
    assert sum(result.whole.sessions.values()) == 0 and result.whole.share("sessions", result.directions[0]) is None
    assert result.streak == 0


def test_bar_shapes() -> None:
    assert balance.bar(0.25, 8) == "██░░░░░░"
    assert balance.bar(1.0, 4) == "████"
    assert balance.bar(None, 3) == "···"
