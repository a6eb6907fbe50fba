"""The session log core: checks, logging, editing with history, actions, topics, search."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.records import privacy, tables
from rmcoach.records.sessions import Action, AgendaTopic, Reflection, Session
from rmcoach.features import sessions
from rmcoach.infra import validate
from rmcoach.features.demo import build_demo
from rmcoach.storage.store import Store, StoreError
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
    saved = store.get(tables.SESSIONS, record["uuid"])
    assert saved["date"] == "2026-09-15T14:00" and saved["occurrence"] == 2 and saved["visibility"] == "shared"
    assert saved["covered"][0] == {"teacher": a, "learner": b, "skill": None, "topic": "Reading a ward round"}
    assert saved["ratings"][a] == {"useful": 4, "comfort": 2}
    [action] = store.all(tables.ACTIONS)
    assert action["status"] == "open" and action["owner"] == b and action["due"] == "2026-09-25"
    assert action["session"] == record["uuid"]
    [reflection] = store.all(tables.REFLECTIONS)
    assert reflection["visibility"] == "private" and reflection["author"] == a
    # read back as typed records: dates as dates, nested items as records
    held = store.record(Session, record["uuid"])
    assert held is not None and sessions.session_start(held) == _dt.datetime(2026, 9, 15, 14, 0)
    assert held.covered[1].topic == "Password manager" and held.ratings[a].comfort == 2
    [typed_action] = sessions.session_actions(store, record["uuid"], None)
    assert typed_action.due == _dt.date(2026, 9, 25) and typed_action.owner == b
    assert sessions.session_reflections(store, record["uuid"], b) == []
    assert sessions.session_reflections(store, record["uuid"], privacy.TOGETHER) == []
    [mine] = sessions.session_reflections(store, record["uuid"], a)
    assert isinstance(mine, Reflection) and mine.text == "I felt slow today."
    assert sessions.reflection_of(store, record["uuid"], a) == mine


def test_no_reflection_is_saved_when_looking_together(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    sessions.log_session(store, _input(pair), author=privacy.TOGETHER)
    assert store.all(tables.REFLECTIONS) == []


def test_editing_a_session_keeps_its_history(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    a = pair.people[0].uuid
    record = sessions.log_session(store, _input(pair), author=a)
    sessions.edit_session(store, record["uuid"], _input(pair, went_well="Even better", actions=(),
                                                         reflection="On reflection, fine."), by=a)
    saved = store.get(tables.SESSIONS, record["uuid"])
    assert saved["went_well"] == "Even better"
    assert saved["history"][0]["version"]["went_well"] == "Real examples"
    assert saved["history"][0]["by"] == a
    [reflection] = store.records(Reflection)
    assert reflection.text == "On reflection, fine."
    assert reflection.history[0]["version"]["text"] == "I felt slow today."
    assert len(store.records(Action)) == 1  # nothing duplicated


def test_invalid_input_saves_nothing(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    with pytest.raises(validate.Invalid):
        sessions.log_session(store, _input(pair, ratings={pair.people[0].uuid: {"useful": 9}}), author=None)
    assert store.records(Session) == ()


def test_actions_open_done_dropped(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    sessions.log_session(store, _input(pair, actions=(
        sessions.ActionInput("Later", pair.people[0].uuid, _dt.date(2026, 10, 9)),
        sessions.ActionInput("Sooner", pair.people[1].uuid, _dt.date(2026, 9, 18)),
        sessions.ActionInput("Whenever", pair.people[1].uuid, None),
    )), author=None)
    assert [x.text for x in sessions.open_action_items(store, None)] == ["Sooner", "Later", "Whenever"]
    sooner = sessions.open_action_items(store, None)[0]
    sessions.set_action_status(store, sooner.uuid, sessions.DONE, by=pair.people[0].uuid,
                               today=_dt.date(2026, 9, 20))
    done = store.record(Action, sooner.uuid)
    assert done is not None and done.status == "done" and done.closed_on == _dt.date(2026, 9, 20) and done.history
    later = sessions.open_action_items(store, None)[0]
    sessions.set_action_status(store, later.uuid, sessions.DROPPED)
    assert [x.text for x in sessions.open_action_items(store, None)] == ["Whenever"]
    assert [x.text for x in sessions.all_actions(store, None)] == ["Whenever", "Sooner", "Later"]
    sessions.set_action_status(store, later.uuid, sessions.OPEN)
    assert len(sessions.open_action_items(store, None)) == 2
    with pytest.raises(ValueError):
        sessions.set_action_status(store, later.uuid, "finished")
    assert sessions.due_text(_dt.date(2026, 9, 18), _dt.date(2026, 9, 20)).startswith("overdue since")
    assert sessions.due_text(_dt.date(2026, 9, 20), _dt.date(2026, 9, 20)) == "due today"
    assert sessions.due_text(None, _dt.date(2026, 9, 20)) == ""
    assert sessions.due_text("2026-09-18", _dt.date(2026, 9, 20)).startswith("overdue since")  # a stored string


def test_topics_and_carried_over_lines(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    topic = sessions.add_topic(store, "  What to do when the EPR freezes ", by=pair.people[0].uuid, for_session=2)
    assert topic["text"] == "What to do when the EPR freezes"
    with pytest.raises(validate.Invalid):
        sessions.add_topic(store, "   ", by=None)
    record = sessions.log_session(store, _input(pair, topics_done=(topic["uuid"],)), author=None)
    assert sessions.agenda(store, None) == []
    done = store.record(AgendaTopic, topic["uuid"])
    assert done is not None and done.done and done.done_in == record["uuid"]
    assert sessions.carried_over(store.record(Session, record["uuid"])) == ["ask about rotas"]


def test_search_by_date_notes_topics_and_names(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    sessions.log_session(store, _input(pair), author=None)
    sessions.log_session(store, _input(pair, start=_dt.datetime(2026, 9, 1, 14, 0), occurrence=1,
                                       covered=(), notes="Ground rules"), author=None)
    sep15, sep1 = _dt.datetime(2026, 9, 15, 14, 0), _dt.datetime(2026, 9, 1, 14, 0)
    assert [r.date for r in sessions.logged_sessions(store)] == [sep15, sep1]
    assert len(sessions.search_sessions(store, "", pair)) == 2
    assert [r.date for r in sessions.search_sessions(store, "password", pair)] == [sep15]
    assert [r.date for r in sessions.search_sessions(store, "ground RULES", pair)] == [sep1]
    assert [r.date for r in sessions.search_sessions(store, "1 Sep", pair)] == [sep1]
    assert [r.date for r in sessions.search_sessions(store, "sam roe", pair)] == [sep15]
    assert sessions.search_sessions(store, "nothing like this", pair) == []
    latest = sessions.latest_session(store, before=_dt.datetime(2026, 9, 10))
    assert latest is not None and latest.date == sep1


def test_odd_records_are_never_written_and_a_date_only_session_reads(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    before = (data_dir / "rmcoach.json").read_bytes()
    for odd in ({"date": "2026-09-01", "covered": {"x": ["y"]}, "ratings": "n/a"}, {"date": "not a date"}):
        with pytest.raises(StoreError, match="rmcoach did not save, because the sessions record"):
            store.insert(tables.SESSIONS, odd)
    assert (data_dir / "rmcoach.json").read_bytes() == before
    store.insert(tables.SESSIONS, {"date": "2026-09-01"})
    [only] = sessions.logged_sessions(store)
    assert only.date == _dt.date(2026, 9, 1) and only.covered == () and not only.ratings
    assert sessions.session_start(only) == _dt.datetime(2026, 9, 1, 0, 0)
    assert "00:00" not in sessions.describe_session(only)  # a date alone is shown without a time
    assert sessions.search_sessions(store, "sep", pair)


def test_demo_history_follows_the_agreement(data_dir: Path) -> None:
    from rmcoach.features import checkins
    from rmcoach.features.status import StatusContext

    today = _dt.date(2026, 11, 24)
    store = Store(data_dir)
    pair = build_demo(store, today=today)
    schedule = checkins.load_schedule(store)
    if schedule is None:
        pytest.skip("the demo has no agreement in this build")
    logged = store.records(Session)
    assert 6 <= len(logged) <= 12
    for record in logged:
        start = sessions.session_start(record)
        assert start is not None
        occ = checkins.occurrence_near(schedule, start)
        assert occ is not None and occ.index == record.occurrence
        teachers = {c.teacher for c in record.covered}
        assert teachers == {pair.people[0].uuid, pair.people[1].uuid}
    statuses = {a.status for a in store.records(Action)}
    assert {"open", "done"} <= statuses
    authors = [r.author for r in store.records(Reflection)]
    assert authors.count(pair.people[0].uuid) >= 2 and authors.count(pair.people[1].uuid) >= 2
    now = _dt.datetime(2026, 11, 24, 9, 30, tzinfo=_dt.timezone.utc)
    lines = [line.text for line in checkins.status_lines(StatusContext(store, pair, None, now))]
    assert any(t.startswith("One due session without a log") for t in lines)


def test_demo_step_without_agreement_adds_nothing(data_dir: Path) -> None:
    from rmcoach.features.sessions_demo import add_demo_sessions

    store, pair = make_pair(data_dir)
    add_demo_sessions(store, pair, _dt.date(2026, 11, 24))
    assert store.records(Session) == ()
    fortnightly(store)
    add_demo_sessions(store, pair, _dt.date(2026, 11, 24))
    assert 1 <= len(store.records(Session)) <= 12
