"""The schedule as the agreement sets it: versions, rule changes, skips and moves, drift lines."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import pytest

from rmcoach.features import checkins
from rmcoach.features.schedule import Cadence
from rmcoach.features.status import StatusContext
from rmcoach.records import tables
from rmcoach.storage.store import Store, StoreError
from tests.conftest import add_agreement, fortnightly, logistics, make_pair, utc

def test_no_agreement_means_no_schedule(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    assert checkins.load_schedule(store) is None
    assert "agreement" in checkins.rhythm_hint("t") and "press t" in checkins.rhythm_hint("t")


def test_first_version_gives_the_rule(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    fortnightly(store)
    schedule = checkins.load_schedule(store)
    assert schedule is not None and len(schedule.rules) == 1
    occ = schedule.next_after(utc(2026, 9, 2))
    assert occ is not None and occ.index == 2
    assert occ.start.replace(tzinfo=None) == _dt.datetime(2026, 9, 15, 14, 0)


def test_first_session_off_the_cadence_moves_to_the_first_matching_day(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    add_agreement(store, 1, logistics(Cadence.weekly(3), "2026-09-01T10:00"))  # a Tuesday, cadence Thursday
    schedule = checkins.load_schedule(store)
    assert schedule is not None
    assert schedule.rules[0].start == _dt.datetime(2026, 9, 3, 10, 0)


def test_a_later_version_changes_the_rhythm_from_its_date_and_keeps_history(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    fortnightly(store)
    # version 2: weekly on Thursday at 15:00, 45 minutes, from 1 Oct
    add_agreement(store, 2, logistics(Cadence.weekly(3), "2026-09-01T15:00", minutes=45, effective_from="2026-10-01"))
    schedule = checkins.load_schedule(store)
    assert schedule is not None and len(schedule.rules) == 2
    starts = [o.start.replace(tzinfo=None) for o in schedule.occurrences(utc(2026, 8, 1), utc(2026, 10, 16))]
    assert starts == [_dt.datetime(2026, 9, 1, 14), _dt.datetime(2026, 9, 15, 14), _dt.datetime(2026, 9, 29, 14),
                      _dt.datetime(2026, 10, 1, 15), _dt.datetime(2026, 10, 8, 15), _dt.datetime(2026, 10, 15, 15)]
    late = schedule.occurrences(utc(2026, 10, 1), utc(2026, 10, 2))[0]
    assert late.minutes == 45 and late.index == 4


def test_a_version_that_only_changes_wording_keeps_one_rule(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    fortnightly(store)
    lg = logistics(Cadence.every_n_weeks(2, 1), "2026-09-01T14:00", effective_from="2026-10-20")
    lg["where"] = "The coffee shop"
    add_agreement(store, 2, lg)
    schedule = checkins.load_schedule(store)
    assert schedule is not None and len(schedule.rules) == 1


def test_version_order_not_insert_order_and_broken_logistics_are_skipped(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    add_agreement(store, 2, logistics(Cadence.weekly(3), "2026-09-01T15:00", effective_from="2026-10-01"))
    # logistics that are not even the right shape are never written (rmcoach.records) ...
    for broken in ("meet sometimes", {"cadence": {"kind": "fortnightly"}}):
        with pytest.raises(StoreError, match='bad field "logistics'):
            store.insert(tables.AGREEMENTS, {"version": 3, "logistics": broken})
    # ... and a well-formed rhythm the schedule cannot use is skipped
    store.insert(tables.AGREEMENTS, {"version": 4, "logistics": {"cadence": {"kind": "rrule", "rrule": "FREQ=HOURLY"},
                                                                 "first": "2026-09-01T15:00", "tz": "Europe/London",
                                                                 "minutes": 60}})
    fortnightly(store)
    schedule = checkins.load_schedule(store)
    assert schedule is not None and len(schedule.rules) == 2
    assert schedule.rules[0].cadence == Cadence.every_n_weeks(2, 1)


def test_versions_that_set_no_rhythm_are_skipped(data_dir: Path) -> None:
    """Logistics the records accept but that name no full rhythm (no cadence, no zone, no
    length, an empty first session, or no logistics at all) leave the schedule as it was."""
    store, _ = make_pair(data_dir)
    fortnightly(store)
    partial = [{k: v for k, v in logistics(Cadence.weekly(3), "2026-09-01T15:00").items() if k != key}
               for key in ("cadence", "tz", "minutes")]
    partial.append(dict(logistics(Cadence.weekly(3), "2026-09-01T15:00"), first=""))
    for n, lg in enumerate(partial, 2):
        add_agreement(store, n, lg)
    store.insert(tables.AGREEMENTS, {"version": 9, "logistics": None})
    schedule = checkins.load_schedule(store)
    assert schedule is not None and len(schedule.rules) == 1
    assert schedule.rules[0].cadence == Cadence.every_n_weeks(2, 1)


def test_a_first_session_stored_with_seconds_starts_on_the_minute(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    add_agreement(store, 1, logistics(Cadence.every_n_weeks(2, 1), "2026-09-01T14:00:30"))
    schedule = checkins.load_schedule(store)
    assert schedule is not None and schedule.rules[0].start == _dt.datetime(2026, 9, 1, 14, 0)


def test_number_of_sessions_counts_across_rules(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    fortnightly(store)
    add_agreement(store, 2, logistics(Cadence.weekly(3), "2026-09-01T15:00", effective_from="2026-10-01", sessions=6))
    schedule = checkins.load_schedule(store)
    assert schedule is not None
    assert len(schedule.all_occurrences()) == 6


def test_skip_and_move_are_stored_and_validated(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    fortnightly(store)
    now = utc(2026, 9, 2, 9)
    checkins.skip_session(store, _dt.datetime(2026, 9, 15, 14, 0), "conference", now=now)
    checkins.move_session(store, _dt.datetime(2026, 9, 29, 14, 0), _dt.datetime(2026, 9, 30, 9, 30),
                          minutes=45, now=now)
    schedule = checkins.load_schedule(store)
    assert schedule is not None
    assert schedule.is_skipped(_dt.datetime(2026, 9, 15, 14, 0))
    nxt = schedule.next_after(now)
    assert nxt is not None and nxt.moved and nxt.index == 3
    assert nxt.start.replace(tzinfo=None) == _dt.datetime(2026, 9, 30, 9, 30) and nxt.minutes == 45
    records = store.all(tables.SCHEDULE_CHANGES)
    assert {r["kind"] for r in records} == {"skip", "move"}
    assert all(r["original"] in ("2026-09-15T14:00:00", "2026-09-29T14:00:00") for r in records)

    with pytest.raises(ValueError, match="no planned session"):
        checkins.skip_session(store, _dt.datetime(2026, 9, 16, 14, 0), now=now)
    with pytest.raises(ValueError, match="already over"):
        checkins.skip_session(store, _dt.datetime(2026, 9, 1, 14, 0), now=now)
    with pytest.raises(ValueError, match="already passed"):
        checkins.move_session(store, _dt.datetime(2026, 10, 13, 14, 0), _dt.datetime(2026, 9, 1, 9, 0), now=now)
    with pytest.raises(ValueError, match="Session 5 is already"):
        checkins.move_session(store, _dt.datetime(2026, 10, 13, 14, 0), _dt.datetime(2026, 10, 27, 14, 0), now=now)
    with pytest.raises(ValueError, match="5 to 480"):
        checkins.move_session(store, _dt.datetime(2026, 10, 13, 14, 0), _dt.datetime(2026, 10, 14, 14, 0),
                              minutes=2, now=now)
    # moving again replaces the earlier change instead of stacking a second one
    checkins.move_session(store, _dt.datetime(2026, 9, 30, 9, 30), _dt.datetime(2026, 10, 1, 9, 0), now=now)
    assert len(store.all(tables.SCHEDULE_CHANGES)) == 2
    assert checkins.restore_session(store, _dt.datetime(2026, 9, 29, 14, 0))
    schedule = checkins.load_schedule(store)
    assert schedule is not None and not schedule.changes[0].kind == "move"


def test_skip_without_schedule_says_how_to_set_one(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    with pytest.raises(ValueError, match="agreement"):
        checkins.skip_session(store, _dt.datetime(2026, 9, 15, 14, 0))


def test_who_leads_alternates_from_the_senior_person_unless_the_log_says_otherwise(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    senior, junior = pair.people[0].uuid, pair.people[1].uuid
    assert [checkins.who_leads(pair, i) for i in (1, 2, 3)] == [senior, junior, senior]
    store.insert("sessions", {"date": "2026-09-01T14:00", "occurrence": 1, "lead": junior, "covered": []})
    plan = checkins.lead_plan(store)
    assert checkins.who_leads(pair, 1, plan) == junior
    assert "Dr Ann Lee leads the first half" in checkins.lead_sentence(pair, senior)


def _status(store: Store, pair: Any, now: _dt.datetime) -> list[str]:
    return [line.text for line in checkins.status_lines(StatusContext(store, pair, None, now))]


def test_status_lines_next_session_missing_logs_and_drift(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    assert any("No meeting rhythm" in t for t in _status(store, pair, utc(2026, 9, 2)))
    fortnightly(store)
    lines = _status(store, pair, utc(2026, 9, 2, 9))
    assert lines[0].startswith("Next session: Tue 15 Sep 2026, 14:00 (BST), in 13 days")
    assert "Sam Roe leads the first half" in lines[0]
    assert any("One due session without a log (Tue 1 Sep 2026)" in t for t in lines)
    # log the first, miss the next two: a gentle nudge about two in a row
    store.insert("sessions", {"date": "2026-09-01T14:00", "occurrence": 1, "lead": pair.people[0].uuid})
    lines = _status(store, pair, utc(2026, 10, 1, 9))
    assert any("2 due sessions without a log" in t for t in lines)
    assert not any("One due session" in t for t in lines)
    lines = _status(store, pair, utc(2026, 11, 20, 9))
    assert any("weeks since you last met" in t for t in lines)


def test_logging_the_due_session_clears_the_line(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    store.insert("sessions", {"date": "2026-09-02T10:00", "occurrence": 1, "lead": pair.people[0].uuid})
    lines = _status(store, pair, utc(2026, 9, 3, 9))
    assert not any("without a log" in t for t in lines)
    assert not any("no log" in t for t in lines)


def test_occurrence_near_and_default_log_target(data_dir: Path) -> None:
    store, _ = make_pair(data_dir)
    fortnightly(store)
    schedule = checkins.load_schedule(store)
    occ = checkins.occurrence_near(schedule, _dt.datetime(2026, 9, 17, 9, 0))
    assert occ is not None and occ.index == 2
    assert checkins.occurrence_near(schedule, _dt.datetime(2026, 9, 22, 9, 0)) is None
    target = checkins.default_log_target(store, schedule, utc(2026, 9, 20, 9))
    assert target is not None and target.index == 2
    # during the session itself, it is the one to log
    target = checkins.default_log_target(store, schedule, utc(2026, 9, 29, 13, 30))
    assert target is not None and target.index == 3


def test_describe_next_for_the_cli(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    schedule = checkins.load_schedule(store)
    lines = checkins.describe_next(schedule, pair, store, utc(2026, 9, 2))
    assert lines[0].startswith("Next session: Tue 15 Sep 2026, 14:00–15:00 (BST, Europe/London), 60 minutes")
    assert "Sam Roe leads the first half" in lines[1]
