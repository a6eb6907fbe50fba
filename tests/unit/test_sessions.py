"""The session log core: checks, logging, editing with history, actions, topics, search."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.records import privacy
from rmcoach.features import sessions
from rmcoach.infra import validate
from rmcoach.features.demo import build_demo
from rmcoach.storage.store import Store
from tests.conftest import fortnightly, make_pair

NOW = _dt.datetime(2026, 9, 20, 9, 0, tzinfo=_dt.timezone.utc)


def _input(pair, **kw) -> sessions.SessionInput:
    a, b = pair.people[0].uuid, pair.people[1].uuid
    base = dict(start=_dt.datetime(2026, 9, 15, 14, 0), lead=a, occurrence=2, minutes=60,
                covered=(sessions.Covered(a, b, None, "Reading a ward round"),
                         sessions.Covered(b, a, None, "Password manager")),
                went_well="Real examples", notes="## Notes\n\n- [ ] ask about rotas\n- [x] done thing",
                ratings={a: {"useful": 4, "comfort": 2}, b: {"useful": 5, "comfort": 4}},
                actions=(sessions.ActionInput("Try the vault", b, _dt.date(2026, 9, 25)),),
                reflection="I felt slow today.")
    base.update(kw)
    return sessions.SessionInput(**base)


def test_field_checks_give_one_sentence_each() -> None:
    assert sessions.check_when("2026-09-15 14:00", now=NOW) == _dt.datetime(2026, 9, 15, 14, 0)
    assert sessions.check_when("15 Sep 2pm", now=NOW) == _dt.datetime(2026, 9, 15, 14, 0)
    with pytest.raises(validate.Invalid, match="Could not read"):
        sessions.check_when("the 45th of Smarch", now=NOW)
    with pytest.raises(validate.Invalid, match="still to come"):
        sessions.check_when("2026-10-01 10:00", now=NOW)
    assert sessions.check_rating("", what="Comfort") is None
    assert sessions.check_rating(" 3 ", what="Comfort") == 3
    with pytest.raises(validate.Invalid, match="from 1 to 5"):
        sessions.check_rating("7", what="Comfort")
    with pytest.raises(validate.Invalid, match="whole number"):
        sessions.check_rating("great", what="Usefulness")
    assert sessions.check_minutes("") == 60
    with pytest.raises(validate.Invalid):
        sessions.check_minutes("0")
    assert sessions.check_topics("a; b\n\n c ", what="Topics") == ["a", "b", "c"]
    with pytest.raises(validate.Invalid, match="control"):
        sessions.check_topics("bad\x1b[31m", what="Topics")
    with pytest.raises(validate.Invalid, match="120"):
        sessions.check_topics("x" * 121, what="Topics")
    assert sessions.check_due("", today=_dt.date(2026, 9, 20)) is None
    assert sessions.check_due("2026-09-25") == _dt.date(2026, 9, 25)


def test_log_session_stores_session_actions_and_private_reflection(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    a, b = pair.people[0].uuid, pair.people[1].uuid
    record = sessions.log_session(store, _input(pair), author=a)
    saved = store.get("sessions", record["uuid"])
    assert saved["date"] == "2026-09-15T14:00" and saved["occurrence"] == 2 and saved["visibility"] == "shared"
    assert saved["covered"][0] == {"teacher": a, "learner": b, "skill": None, "topic": "Reading a ward round"}
    assert saved["ratings"][a] == {"useful": 4, "comfort": 2}
    [action] = store.all("actions")
    assert action["status"] == "open" and action["owner"] == b and action["due"] == "2026-09-25"
    assert action["session"] == record["uuid"]
    [reflection] = store.all("reflections")
    assert reflection["visibility"] == "private" and reflection["author"] == a
    assert sessions.reflections_visible(store, record["uuid"], b) == []
    assert sessions.reflections_visible(store, record["uuid"], privacy.TOGETHER) == []
    assert len(sessions.reflections_visible(store, record["uuid"], a)) == 1


def test_no_reflection_is_saved_when_looking_together(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    sessions.log_session(store, _input(pair), author=privacy.TOGETHER)
    assert store.all("reflections") == []


def test_editing_a_session_keeps_its_history(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    a = pair.people[0].uuid
    record = sessions.log_session(store, _input(pair), author=a)
    sessions.edit_session(store, record["uuid"], _input(pair, went_well="Even better", actions=(),
                                                         reflection="On reflection, fine."), by=a)
    saved = store.get("sessions", record["uuid"])
    assert saved["went_well"] == "Even better"
    assert saved["history"][0]["version"]["went_well"] == "Real examples"
    assert saved["history"][0]["by"] == a
    [reflection] = store.all("reflections")
    assert reflection["text"] == "On reflection, fine."
    assert reflection["history"][0]["version"]["text"] == "I felt slow today."
    assert len(store.all("actions")) == 1  # nothing duplicated


def test_invalid_input_saves_nothing(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    with pytest.raises(validate.Invalid):
        sessions.log_session(store, _input(pair, ratings={pair.people[0].uuid: {"useful": 9}}), author=None)
    assert store.all("sessions") == []


def test_actions_open_done_dropped(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    sessions.log_session(store, _input(pair, actions=(
        sessions.ActionInput("Later", pair.people[0].uuid, _dt.date(2026, 10, 9)),
        sessions.ActionInput("Sooner", pair.people[1].uuid, _dt.date(2026, 9, 18)),
        sessions.ActionInput("Whenever", pair.people[1].uuid, None),
    )), author=None)
    assert [x["text"] for x in sessions.open_actions(store, None)] == ["Sooner", "Later", "Whenever"]
    sooner = sessions.open_actions(store, None)[0]
    sessions.set_action_status(store, sooner["uuid"], sessions.DONE, by=pair.people[0].uuid,
                               today=_dt.date(2026, 9, 20))
    done = store.get("actions", sooner["uuid"])
    assert done["status"] == "done" and done["closed_on"] == "2026-09-20" and done["history"]
    later = sessions.open_actions(store, None)[0]
    sessions.set_action_status(store, later["uuid"], sessions.DROPPED)
    assert [x["text"] for x in sessions.open_actions(store, None)] == ["Whenever"]
    sessions.set_action_status(store, later["uuid"], sessions.OPEN)
    assert len(sessions.open_actions(store, None)) == 2
    with pytest.raises(ValueError):
        sessions.set_action_status(store, later["uuid"], "finished")
    assert sessions.due_text("2026-09-18", _dt.date(2026, 9, 20)).startswith("overdue since")
    assert sessions.due_text("2026-09-20", _dt.date(2026, 9, 20)) == "due today"


def test_topics_and_carried_over_lines(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    topic = sessions.add_topic(store, "  What to do when the EPR freezes ", by=pair.people[0].uuid, for_session=2)
    assert topic["text"] == "What to do when the EPR freezes"
    with pytest.raises(validate.Invalid):
        sessions.add_topic(store, "   ", by=None)
    record = sessions.log_session(store, _input(pair, topics_done=(topic["uuid"],)), author=None)
    assert sessions.open_topics(store, None) == []
    assert store.get("agenda_topics", topic["uuid"])["done_in"] == record["uuid"]
    assert sessions.carried_over(record) == ["ask about rotas"]


def test_search_by_date_notes_topics_and_names(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    sessions.log_session(store, _input(pair), author=None)
    sessions.log_session(store, _input(pair, start=_dt.datetime(2026, 9, 1, 14, 0), occurrence=1,
                                       covered=(), notes="Ground rules"), author=None)
    assert [r["date"] for r in sessions.all_sessions(store)] == ["2026-09-15T14:00", "2026-09-01T14:00"]
    assert len(sessions.search_sessions(store, "", pair)) == 2
    assert [r["date"] for r in sessions.search_sessions(store, "password", pair)] == ["2026-09-15T14:00"]
    assert [r["date"] for r in sessions.search_sessions(store, "ground RULES", pair)] == ["2026-09-01T14:00"]
    assert [r["date"] for r in sessions.search_sessions(store, "1 Sep", pair)] == ["2026-09-01T14:00"]
    assert [r["date"] for r in sessions.search_sessions(store, "sam roe", pair)] == ["2026-09-15T14:00"]
    assert sessions.search_sessions(store, "nothing like this", pair) == []


def test_odd_records_do_not_break_reading(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    store.insert("sessions", {"date": "2026-09-01", "covered": {"x": ["y"]}, "ratings": "n/a"})
    store.insert("sessions", {"date": "not a date"})
    assert len(sessions.all_sessions(store)) == 2
    assert sessions.search_sessions(store, "sep", pair)
    assert sessions.covered_items(store.all("sessions")[0]) == []


def test_demo_history_follows_the_agreement(data_dir: Path) -> None:
    from rmcoach.features import checkins
    from rmcoach.features.status import StatusContext

    today = _dt.date(2026, 11, 24)
    store = Store(data_dir)
    pair = build_demo(store, today=today)
    schedule = checkins.load_schedule(store)
    if schedule is None:
        pytest.skip("the demo has no agreement in this build")
    logged = store.all("sessions")
    assert 6 <= len(logged) <= 12
    for record in logged:
        occ = checkins.occurrence_near(schedule, sessions.session_start(record))
        assert occ is not None and occ.index == record["occurrence"]
        teachers = {c["teacher"] for c in record["covered"]}
        assert teachers == {pair.people[0].uuid, pair.people[1].uuid}
    statuses = {a["status"] for a in store.all("actions")}
    assert {"open", "done"} <= statuses
    authors = [r["author"] for r in store.all("reflections")]
    assert authors.count(pair.people[0].uuid) >= 2 and authors.count(pair.people[1].uuid) >= 2
    now = _dt.datetime(2026, 11, 24, 9, 30, tzinfo=_dt.timezone.utc)
    lines = [line.text for line in checkins.status_lines(StatusContext(store, pair, None, now))]
    assert any(t.startswith("One due session without a log") for t in lines)


def test_demo_step_without_agreement_adds_nothing(data_dir: Path) -> None:
    from rmcoach.features.sessions_demo import add_demo_sessions

    store, pair = make_pair(data_dir)
    add_demo_sessions(store, pair, _dt.date(2026, 11, 24))
    assert store.all("sessions") == []
    fortnightly(store)
    add_demo_sessions(store, pair, _dt.date(2026, 11, 24))
    assert 1 <= len(store.all("sessions")) <= 12
