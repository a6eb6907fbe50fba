"""Tests for rmcoach.features.schedule: cadences, DST, skips and moves, history, drift, leads."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from rmcoach.features.schedule import (
    Cadence,
    DriftReport,
    Occurrence,
    Schedule,
    ScheduleRule,
    SessionChange,
    drift,
    lead_for,
)

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
UTC = timezone.utc


def aware(y, mo, d, h=0, mi=0, tz=LONDON):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def fortnightly_tuesdays(**kw) -> Schedule:
    rule = ScheduleRule(Cadence.every_n_weeks(2, 1), datetime(2026, 1, 6, 14, 0), LONDON, 60, **kw)
    return Schedule.single(rule)


def weekly(weekday=3, start=datetime(2026, 1, 1, 14, 0), tz=LONDON, minutes=60, **kw) -> Schedule:
    return Schedule.single(ScheduleRule(Cadence.weekly(weekday), start, tz, minutes, **kw))


# --------------------------------------------------------------------------
# Cadence
# --------------------------------------------------------------------------

def test_cadence_rrule_text_and_description():
    assert Cadence.weekly(1).to_rrule() == "FREQ=WEEKLY;BYDAY=TU"
    assert Cadence.weekly(1).describe() == "every week on Tuesday"
    c = Cadence.every_n_weeks(2, 1)
    assert c.to_rrule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    assert c.describe() == "every 2 weeks on Tuesday"
    last_friday = Cadence.monthly(-1, 4)
    assert last_friday.to_rrule() == "FREQ=MONTHLY;BYDAY=-1FR"
    assert last_friday.describe() == "monthly on the last Friday"
    assert Cadence.monthly(2, 1).describe() == "monthly on the 2nd Tuesday"


def test_custom_rrule_is_normalised_and_described():
    c = Cadence.parse_rrule("RRULE:freq=weekly;interval=3;byday=MO,TH")
    assert c.kind == "rrule"
    assert c.to_rrule() == "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH"
    assert c.describe() == "every 3 weeks on Monday and Thursday"
    assert Cadence.parse_rrule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1").describe() == \
        "monthly on the last weekday"
    assert Cadence.parse_rrule("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6").describe() == \
        "monthly on the 15th, 6 times"
    assert Cadence.parse_rrule("FREQ=WEEKLY;BYDAY=TU") == Cadence("rrule", rrule="RRULE:FREQ=WEEKLY;BYDAY=TU")


@pytest.mark.parametrize(
    "text, words",
    [
        ("FREQ=SOMETIMES", 'unknown frequency "SOMETIMES"'),
        ("", "empty"),
        ("BYDAY=TU", "needs a FREQ"),
        ("FREQ=HOURLY", "at most daily"),
        ("FREQ=WEEKLY;BYDAY=XX", "not valid"),
        ("FREQ=WEEKLY;BYHOUR=9", "start time"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20261231", "both COUNT and UNTIL"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
        ("FREQ=WEEKLY;UNTIL=soon", "UNTIL"),
        ("FREQ=WEEKLY;FREQ=DAILY", "twice"),
        ("FREQ=WEEKLY;NONSENSE", "NAME=VALUE"),
        ("FREQ=WEEKLY;X-FOO=1", "do not support"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never produces a date"),
    ],
)
def test_bad_custom_rules_give_clear_sentences(text, words):
    with pytest.raises(ValueError) as err:
        Cadence.parse_rrule(text)
    assert words in str(err.value)
    assert str(err.value).endswith(".")


def test_impossible_rule_is_refused_not_searched_for_ever():
    # dateutil alone would walk years looking for 31 April; parse_rrule gives up early
    with pytest.raises(ValueError) as err:
        Cadence.parse_rrule("FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31")
    assert str(err.value).endswith(".")


def test_cadence_field_checks():
    with pytest.raises(ValueError):
        Cadence("fortnightly")
    with pytest.raises(ValueError):
        Cadence.weekly(7)
    with pytest.raises(ValueError):
        Cadence.monthly(5, 0)
    with pytest.raises(ValueError):
        Cadence.every_n_weeks(0, 0)


# --------------------------------------------------------------------------
# Rules and basic enumeration
# --------------------------------------------------------------------------

def test_rule_start_must_fall_on_the_cadence():
    with pytest.raises(ValueError, match="does not fall on the cadence"):
        ScheduleRule(Cadence.weekly(1), datetime(2026, 1, 5, 14, 0), LONDON, 60)  # a Monday
    first = ScheduleRule.first_on_or_after(Cadence.weekly(1), datetime(2026, 1, 5, 14, 0))
    assert first == datetime(2026, 1, 6, 14, 0)
    last_fri = ScheduleRule.first_on_or_after(Cadence.monthly(-1, 4), datetime(2026, 6, 1, 10, 0))
    assert last_fri == datetime(2026, 6, 26, 10, 0)


def test_rule_field_checks():
    with pytest.raises(ValueError, match="zone"):
        ScheduleRule(Cadence.weekly(1), datetime(2026, 1, 6, 14), "Nowhere/Town", 60)
    with pytest.raises(ValueError, match="between 1 minute"):
        ScheduleRule(Cadence.weekly(1), datetime(2026, 1, 6, 14), LONDON, 0)
    with pytest.raises(ValueError, match="before the first session"):
        ScheduleRule(Cadence.weekly(1), datetime(2026, 1, 6, 14), LONDON, 60, until=date(2026, 1, 1))
    with pytest.raises(ValueError, match="without a zone"):
        ScheduleRule(Cadence.weekly(1), aware(2026, 1, 6, 14), LONDON, 60)


def test_fortnightly_occurrences_have_aware_times_and_indices():
    s = fortnightly_tuesdays()
    occ = s.occurrences(datetime(2026, 1, 1), datetime(2026, 2, 28))
    assert [o.start for o in occ] == [aware(2026, 1, 6, 14), aware(2026, 1, 20, 14),
                                      aware(2026, 2, 3, 14), aware(2026, 2, 17, 14)]
    assert [o.index for o in occ] == [1, 2, 3, 4]
    assert all(o.end - o.start == timedelta(hours=1) for o in occ)
    assert all(o.start.tzinfo == ZoneInfo(LONDON) for o in occ)
    later = s.occurrences(datetime(2027, 1, 1), datetime(2027, 1, 31))
    assert [o.index for o in later] == [27, 28]


def test_window_is_start_inclusive_end_exclusive_and_accepts_aware_bounds():
    s = fortnightly_tuesdays()
    assert len(s.occurrences(aware(2026, 1, 6, 14), aware(2026, 1, 20, 14))) == 1
    in_tokyo = datetime(2026, 1, 6, 23, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 14:00 London
    assert s.occurrences(in_tokyo, in_tokyo + timedelta(minutes=1))[0].index == 1


def test_monthly_nth_and_last_weekday():
    rule = ScheduleRule(Cadence.monthly(-1, 4), datetime(2026, 1, 30, 10, 0), LONDON, 45)
    days = [o.start.date() for o in Schedule.single(rule).occurrences(datetime(2026, 1, 1), datetime(2026, 6, 1))]
    assert days == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27), date(2026, 4, 24), date(2026, 5, 29)]
    rule = ScheduleRule(Cadence.monthly(2, 1), datetime(2026, 1, 13, 10, 0), LONDON, 45)
    days = [o.start.date() for o in Schedule.single(rule).occurrences(datetime(2026, 1, 1), datetime(2026, 4, 1))]
    assert days == [date(2026, 1, 13), date(2026, 2, 10), date(2026, 3, 10)]


def test_custom_rule_with_its_own_count_is_honoured():
    cad = Cadence.parse_rrule("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5")
    rule = ScheduleRule(cad, datetime(2026, 1, 5, 9, 0), LONDON, 30)
    occ = Schedule.single(rule).occurrences(datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert [o.start.day for o in occ] == [5, 8, 12, 15, 19]
    assert Schedule.single(rule).next_after(aware(2026, 2, 1)) is None


def test_count_and_until_are_honoured():
    by_count = fortnightly_tuesdays(count=6)
    assert len(by_count.occurrences(datetime(2026, 1, 1), datetime(2030, 1, 1))) == 6
    by_until = fortnightly_tuesdays(until=date(2026, 3, 3))  # inclusive
    assert [o.index for o in by_until.occurrences(datetime(2026, 1, 1), datetime(2030, 1, 1))] == [1, 2, 3, 4, 5]
    assert by_until.next_after(aware(2026, 3, 3, 15, 0)) is None
    assert by_until.previous_before(aware(2027, 1, 1)).index == 5


def test_unbounded_queries_are_capped():
    s = Schedule.single(ScheduleRule(Cadence.parse_rrule("FREQ=DAILY"), datetime(2026, 1, 1, 8, 0), LONDON, 15))
    far = s.occurrences(datetime(2030, 1, 1), datetime(9000, 1, 1))
    assert far and far[-1].index == 20_000  # capped per rule, so the walk always ends
    assert s.next_after(aware(2026, 6, 1, 12)).start == aware(2026, 6, 2, 8)


# --------------------------------------------------------------------------
# Daylight saving
# --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "tz, start, spring, autumn",
    [
        (LONDON, datetime(2026, 3, 19, 14, 0), date(2026, 3, 29), date(2026, 10, 25)),
        (NEW_YORK, datetime(2026, 3, 5, 14, 0), date(2026, 3, 8), date(2026, 11, 1)),
    ],
)
def test_session_stays_at_local_time_across_dst(tz, start, spring, autumn):
    s = weekly(weekday=start.weekday(), start=start, tz=tz)
    occ = s.occurrences(datetime(2026, 1, 1), datetime(2026, 12, 31))
    assert all((o.start.hour, o.start.minute) == (14, 0) for o in occ)
    offsets = {o.start.date(): o.start.utcoffset() for o in occ}
    before_spring = max(d for d in offsets if d < spring)
    after_spring = min(d for d in offsets if d > spring)
    before_autumn = max(d for d in offsets if d < autumn)
    after_autumn = min(d for d in offsets if d > autumn)
    assert offsets[after_spring] - offsets[before_spring] == timedelta(hours=1)
    assert offsets[before_autumn] - offsets[after_autumn] == timedelta(hours=1)
    # The real gap between the sessions either side of the change is 7 days minus an hour.
    by_day = {o.start.date(): o for o in occ}
    gap = by_day[after_spring].start.astimezone(UTC) - by_day[before_spring].start.astimezone(UTC)
    assert gap == timedelta(days=7, hours=-1)


def test_session_inside_spring_forward_gap_is_shifted_forward():
    # Sundays at 01:30 in London; 29 March 2026 01:30 does not exist.
    s = weekly(weekday=6, start=datetime(2026, 3, 22, 1, 30))
    occ = s.occurrences(datetime(2026, 3, 1), datetime(2026, 4, 10))
    gap_day = next(o for o in occ if o.start.date() == date(2026, 3, 29))
    assert (gap_day.start.hour, gap_day.start.minute) == (2, 30)
    assert gap_day.start.utcoffset() == timedelta(hours=1)
    assert gap_day.end - gap_day.start == timedelta(hours=1)
    after = next(o for o in occ if o.start.date() == date(2026, 4, 5))
    assert (after.start.hour, after.start.minute) == (1, 30)
    # New York: 02:30 on 8 March 2026 does not exist -> 03:30 EDT.
    ny = weekly(weekday=6, start=datetime(2026, 3, 1, 2, 30), tz=NEW_YORK)
    o = ny.occurrences(datetime(2026, 3, 8), datetime(2026, 3, 9))[0]
    assert (o.start.hour, o.start.minute, o.start.utcoffset()) == (3, 30, timedelta(hours=-4))


def test_ambiguous_fall_back_time_is_the_first_one():
    s = weekly(weekday=6, start=datetime(2026, 10, 18, 1, 30), minutes=60)
    o = s.occurrences(datetime(2026, 10, 25), datetime(2026, 10, 26))[0]
    assert o.start.fold == 0 and o.start.utcoffset() == timedelta(hours=1)  # 01:30 BST
    # The session lasts a real hour: it ends at 01:30 GMT.
    assert o.end.astimezone(UTC) - o.start.astimezone(UTC) == timedelta(hours=1)
    assert o.end.utcoffset() == timedelta(0)


# --------------------------------------------------------------------------
# Skips and moves
# --------------------------------------------------------------------------

def test_skip_keeps_numbering_and_hides_the_session():
    s = fortnightly_tuesdays().skip(datetime(2026, 1, 20, 14, 0), note="on call")
    occ = s.occurrences(datetime(2026, 1, 1), datetime(2026, 2, 28))
    assert [o.index for o in occ] == [1, 3, 4]
    assert s.is_skipped(datetime(2026, 1, 20, 14, 0))
    restored = s.restore(datetime(2026, 1, 20, 14, 0))
    assert [o.index for o in restored.occurrences(datetime(2026, 1, 1), datetime(2026, 2, 28))] == [1, 2, 3, 4]


def test_move_puts_session_at_new_time_with_moved_from():
    s = fortnightly_tuesdays().move(datetime(2026, 1, 20, 14, 0), datetime(2026, 1, 22, 9, 30),
                                   note="clinic overran", minutes=45)
    occ = s.occurrences(datetime(2026, 1, 1), datetime(2026, 2, 28))
    moved = occ[1]
    assert moved.index == 2 and moved.moved
    assert moved.start == aware(2026, 1, 22, 9, 30)
    assert moved.end - moved.start == timedelta(minutes=45)
    assert moved.moved_from == aware(2026, 1, 20, 14, 0)
    assert moved.note == "clinic overran"
    assert occ[0].moved_from is None


def test_move_across_windows_and_reorder():
    # Session 3 (3 Feb) moved before session 2 (20 Jan) and another moved far out.
    s = (fortnightly_tuesdays()
         .move(datetime(2026, 2, 3, 14), datetime(2026, 1, 15, 8, 0))
         .move(datetime(2026, 6, 9, 14), datetime(2026, 1, 16, 8, 0)))
    occ = s.occurrences(datetime(2026, 1, 14), datetime(2026, 1, 21))
    assert [o.index for o in occ] == [3, 12, 2]
    assert s.occurrences(datetime(2026, 6, 1), datetime(2026, 6, 30))[0].index == 13


def test_move_and_skip_by_aware_time_and_by_current_time():
    s = fortnightly_tuesdays().move(aware(2026, 1, 20, 14), aware(2026, 1, 21, 18, tz=NEW_YORK))
    o = s.occurrences(datetime(2026, 1, 19), datetime(2026, 1, 31))[0]
    assert o.start == aware(2026, 1, 21, 23, 0)  # 18:00 New York is 23:00 London
    # A moved session can be addressed by where it is now; skipping replaces the move.
    s2 = s.skip(datetime(2026, 1, 21, 23, 0))
    assert [x.index for x in s2.occurrences(datetime(2026, 1, 1), datetime(2026, 2, 28))] == [1, 3, 4]
    assert len(s2.changes) == 1


def test_changes_must_name_a_real_session():
    s = fortnightly_tuesdays()
    with pytest.raises(ValueError, match="no scheduled session"):
        s.skip(datetime(2026, 1, 13, 14, 0))
    with pytest.raises(ValueError, match="no scheduled session"):
        s.move(datetime(2026, 1, 20, 15, 0), datetime(2026, 1, 21, 15, 0))
    with pytest.raises(ValueError):
        fortnightly_tuesdays(count=2).skip(datetime(2026, 2, 3, 14, 0))


def test_next_after_and_previous_before():
    s = fortnightly_tuesdays()
    during = aware(2026, 1, 20, 14, 30)
    assert s.next_after(during).index == 2  # still in progress: still next
    assert s.next_after(aware(2026, 1, 20, 15, 0)).index == 3  # ended: the next one
    assert s.previous_before(during).index == 1
    assert s.previous_before(aware(2026, 1, 20, 15, 0)).index == 2
    assert s.previous_before(aware(2025, 12, 1)) is None
    assert s.next_after(aware(2025, 12, 1)).index == 1
    skipped = s.skip(datetime(2026, 1, 20, 14))
    assert skipped.next_after(aware(2026, 1, 19)).index == 3


# --------------------------------------------------------------------------
# Changing the rule, keeping history
# --------------------------------------------------------------------------

def test_change_rule_from_keeps_history_and_continues_numbering():
    s = fortnightly_tuesdays().skip(datetime(2026, 2, 17, 14)).skip(datetime(2026, 6, 23, 14))
    new_start = ScheduleRule.first_on_or_after(Cadence.monthly(-1, 4), datetime(2026, 6, 1, 10, 0))
    new_rule = ScheduleRule(Cadence.monthly(-1, 4), new_start, LONDON, 45)
    changed = s.change_rule_from(date(2026, 6, 1), new_rule)
    assert len(changed.rules) == 2
    assert changed.rules[0].until == date(2026, 5, 31)
    assert changed.rules[0].start == s.rules[0].start
    # The June skip belonged to the old rhythm's future and is gone; February's stays.
    assert [c.original for c in changed.changes] == [datetime(2026, 2, 17, 14)]
    history = changed.occurrences(datetime(2026, 1, 1), datetime(2026, 6, 1))
    assert [o.index for o in history] == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11]
    future = changed.occurrences(datetime(2026, 6, 1), datetime(2026, 9, 1))
    assert [(o.index, o.start) for o in future] == [
        (12, aware(2026, 6, 26, 10)), (13, aware(2026, 7, 31, 10)), (14, aware(2026, 8, 28, 10))]
    assert all(o.rule_index == 1 for o in future)
    # Changing again from a date before the second rule began drops it.
    again = changed.change_rule_from(date(2026, 6, 10), ScheduleRule(
        Cadence.weekly(2), datetime(2026, 6, 10, 12), LONDON, 30))
    assert len(again.rules) == 2 and again.rules[1].cadence == Cadence.weekly(2)


def test_change_rule_from_rejects_new_rule_starting_too_early():
    with pytest.raises(ValueError, match="on or after"):
        fortnightly_tuesdays().change_rule_from(
            date(2026, 6, 1), ScheduleRule(Cadence.weekly(1), datetime(2026, 5, 26, 14), LONDON, 60))


def test_zone_change_between_rules():
    s = fortnightly_tuesdays().change_rule_from(
        date(2026, 3, 1), ScheduleRule(Cadence.weekly(1), datetime(2026, 3, 3, 9), NEW_YORK, 60))
    occ = s.occurrences(aware(2026, 2, 1), aware(2026, 3, 20))
    assert [o.start.tzinfo for o in occ] == [ZoneInfo(LONDON)] * 2 + [ZoneInfo(NEW_YORK)] * 3
    assert [o.index for o in occ] == [3, 4, 5, 6, 7]


# --------------------------------------------------------------------------
# Storage
# --------------------------------------------------------------------------

def test_round_trip_through_json():
    s = (fortnightly_tuesdays()
         .skip(datetime(2026, 1, 20, 14), note="leave")
         .move(datetime(2026, 2, 3, 14), datetime(2026, 2, 4, 8, 0), note="ward round", minutes=30)
         .change_rule_from(date(2026, 4, 1), ScheduleRule(
             Cadence.parse_rrule("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4"), datetime(2026, 4, 15, 12), NEW_YORK, 50,
             until=date(2026, 12, 31))))
    data = json.loads(json.dumps(s.to_dict()))
    again = Schedule.from_dict(data)
    assert again == s
    window = (datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert again.occurrences(*window) == s.occurrences(*window)
    for cad in (Cadence.weekly(3), Cadence.every_n_weeks(3, 0), Cadence.monthly(-1, 2)):
        assert Cadence.from_dict(json.loads(json.dumps(cad.to_dict()))) == cad
    change = SessionChange(datetime(2026, 1, 20, 14), "skip", note="x")
    assert SessionChange.from_dict(json.loads(json.dumps(change.to_dict()))) == change


def test_empty_schedule_is_quiet():
    s = Schedule(rules=())
    assert s.occurrences(datetime(2026, 1, 1), datetime(2027, 1, 1)) == []
    assert s.next_after(aware(2026, 1, 1)) is None
    assert drift(s, [], aware(2026, 1, 1)) == DriftReport()


# --------------------------------------------------------------------------
# Drift
# --------------------------------------------------------------------------

def test_drift_matches_logs_within_tolerance_once_each():
    s = weekly()  # Thursdays 14:00 from 1 Jan 2026
    now = aware(2026, 2, 6, 12)  # sessions 1 Jan .. 5 Feb are due (6 of them)
    logs = [date(2026, 1, 1), datetime(2026, 1, 9, 10, 0),  # a day late
            date(2026, 1, 12),  # Monday after 8 Jan: 4 days late -> no match for 8 Jan's neighbour
            date(2026, 1, 15), date(2026, 1, 15),  # the duplicate counts once
            date(2026, 2, 2)]  # 3 days early for 5 Feb
    report = drift(s, logs, now)
    assert report.scheduled == 6
    assert [o.start.date() for o in report.due_unlogged] == [date(2026, 1, 22), date(2026, 1, 29)]
    assert report.held == 4
    assert report.kept_ratio == pytest.approx(4 / 6)
    assert report.consecutive_missed == 0
    assert report.extra_logs == 2
    assert report.days_since_last_log == 4


def test_drift_consecutive_missed_and_long_gap_messages():
    s = weekly()
    now = aware(2026, 3, 1, 12)
    report = drift(s, [date(2026, 1, 1), date(2026, 1, 8)], now)
    assert report.consecutive_missed == 7
    assert report.days_since_last_log == 52
    assert any("Seven sessions in a row have no log" in m for m in report.messages)
    assert any("It has been 7 weeks since you last met — a short check-in is better than none." == m
               for m in report.messages)
    assert any("2 of 9 planned sessions" in m for m in report.messages)


def test_drift_two_in_a_row_message():
    s = weekly()
    report = drift(s, [date(2026, 1, 1)], aware(2026, 1, 16, 9))
    assert report.consecutive_missed == 2
    assert report.messages[0] == ("Two sessions in a row have no log — was it just the notes, "
                                  "or did the meetings slip?")
    single = drift(s, [date(2026, 1, 1), date(2026, 1, 8)], aware(2026, 1, 16, 9))
    assert single.consecutive_missed == 1
    assert "Thu 15 Jan 2026" in single.messages[0]


def test_drift_session_in_progress_is_not_due_and_all_well_is_silent():
    s = weekly()
    report = drift(s, [date(2026, 1, 1), date(2026, 1, 8)], aware(2026, 1, 15, 14, 30))
    assert report.scheduled == 2 and report.due_unlogged == [] and report.messages == []
    assert report.kept_ratio == 1.0


def test_drift_tolerance_shrinks_for_close_sessions():
    # Mondays and Wednesdays: gaps of 2 and 5 days -> logs must be on the day.
    cad = Cadence.parse_rrule("FREQ=WEEKLY;BYDAY=MO,WE")
    s = Schedule.single(ScheduleRule(cad, datetime(2026, 1, 5, 9), LONDON, 30))
    report = drift(s, [date(2026, 1, 6)], aware(2026, 1, 8, 12))
    assert report.held == 0 and report.consecutive_missed == 2


def test_drift_finished_schedule_suggests_closing_review():
    s = fortnightly_tuesdays(count=3)
    logs = [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]
    report = drift(s, logs, aware(2026, 2, 10))
    assert report.kept_ratio == 1.0
    assert report.messages == ["All planned sessions are behind you — a good moment for a closing review."]


def test_drift_moved_session_matches_its_new_date():
    s = weekly().move(datetime(2026, 1, 8, 14), datetime(2026, 1, 13, 14))
    report = drift(s, [date(2026, 1, 1), date(2026, 1, 13)], aware(2026, 1, 14))
    assert report.due_unlogged == [] and report.held == 2


# --------------------------------------------------------------------------
# Who leads
# --------------------------------------------------------------------------

def test_lead_alternates_unless_planned():
    assert [lead_for(i, "Priya", "Dr Okafor") for i in range(1, 5)] == ["Priya", "Dr Okafor", "Priya", "Dr Okafor"]
    plan = {3: "Dr Okafor"}
    assert lead_for(3, "Priya", "Dr Okafor", plan) == "Dr Okafor"
    assert lead_for(4, "Priya", "Dr Okafor", plan) == "Dr Okafor"
    with pytest.raises(ValueError):
        lead_for(0, "Priya", "Dr Okafor")


def test_occurrence_is_frozen():
    o = fortnightly_tuesdays().next_after(aware(2026, 1, 1))
    assert isinstance(o, Occurrence)
    with pytest.raises(Exception):
        o.index = 5  # type: ignore[misc]


def test_find_by_original_or_current_time():
    s = fortnightly_tuesdays().move(datetime(2026, 1, 20, 14), datetime(2026, 1, 22, 9)).skip(
        datetime(2026, 2, 3, 14), note="leave")
    assert s.find(datetime(2026, 1, 20, 14)).index == 2
    assert s.find(aware(2026, 1, 22, 9)).moved_from == aware(2026, 1, 20, 14)
    skipped = s.find(datetime(2026, 2, 3, 14))
    assert skipped.index == 3 and skipped.note == "leave" and s.is_skipped(datetime(2026, 2, 3, 14))
    assert s.find(datetime(2026, 1, 21, 14)) is None


# --------------------------------------------------------------------------
# Asking about today does not depend on where the walk starts
# --------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ZONES = (LONDON, NEW_YORK, "Pacific/Auckland", "Asia/Kolkata", "UTC")
CADENCES = st.one_of(
    st.builds(Cadence.weekly, st.integers(0, 6)),
    st.builds(Cadence.every_n_weeks, st.integers(2, 4), st.integers(0, 6)),
    st.builds(Cadence.monthly, st.sampled_from([1, 2, -1]), st.integers(0, 6)),
)


@st.composite
def histories(draw: st.DrawFn) -> Schedule:
    """A bounded history of one or two rhythms, in any zone, with skips and moves (some far in time)."""
    tz = draw(st.sampled_from(ZONES))
    begin = datetime(draw(st.integers(2000, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28)),
                     draw(st.integers(0, 23)), draw(st.sampled_from([0, 30])))
    cadence = draw(CADENCES)
    rule = ScheduleRule(cadence, ScheduleRule.first_on_or_after(cadence, begin), tz, draw(st.integers(15, 180)),
                        count=draw(st.integers(1, 150)))
    schedule = Schedule.single(rule)
    if draw(st.booleans()):
        later = draw(CADENCES)
        when = rule.start + timedelta(days=draw(st.integers(1, 900)))
        second = ScheduleRule(later, ScheduleRule.first_on_or_after(later, when), draw(st.sampled_from(ZONES)),
                              draw(st.integers(15, 180)), count=draw(st.integers(1, 150)))
        schedule = schedule.change_rule_from(second.start.date(), second)
    originals = [o.original_start.replace(tzinfo=None) for o in schedule.all_occurrences(limit=10**6)]
    for pick in draw(st.lists(st.integers(0, len(originals) - 1), max_size=6, unique=True)):
        naive = originals[pick]
        if draw(st.booleans()):
            schedule = schedule.skip(naive)
        else:
            schedule = schedule.move(naive, naive + timedelta(days=draw(st.integers(-800, 800)),
                                                               minutes=draw(st.integers(0, 600))))
    return schedule


def _fresh(schedule: Schedule) -> Schedule:
    return Schedule(rules=schedule.rules, changes=schedule.changes)


def _utc_of(o: Occurrence) -> datetime:
    return o.start.astimezone(UTC)


@settings(max_examples=120, deadline=None)
@given(histories(), st.integers(-400, 12000), st.integers(0, 2000), st.sampled_from(ZONES + (None,)))
def test_a_window_mid_history_finds_what_a_walk_from_the_first_session_finds(schedule, from_day, length, zone):
    """occurrences() places only the sessions near the window asked about (and the
    moved ones); the numbers and times must be those of placing every session."""
    every = _fresh(schedule).all_occurrences(limit=10**6)  # places every session from the first
    first = schedule.rules[0].start
    lo = first + timedelta(days=from_day, hours=from_day % 24)
    hi = lo + timedelta(days=length, minutes=length)
    if zone is not None:
        lo, hi = lo.replace(tzinfo=ZoneInfo(zone)), hi.replace(tzinfo=ZoneInfo(zone))
    lo_utc = (lo if zone else lo.replace(tzinfo=ZoneInfo(schedule.tz))).astimezone(UTC)
    hi_utc = (hi if zone else hi.replace(tzinfo=ZoneInfo(schedule.tz))).astimezone(UTC)
    want = sorted((o for o in every if lo_utc <= _utc_of(o) < hi_utc), key=lambda o: (_utc_of(o), o.index))
    cold = _fresh(schedule)
    assert cold.occurrences(lo, hi) == want  # asked first, on a schedule that walked nothing yet
    assert cold.all_occurrences(limit=10**6) == every  # and what it skipped is placed right later
    assert cold.occurrences(lo, hi) == want
    now = lo_utc
    later = sorted((o for o in every if o.end.astimezone(UTC) > now), key=lambda o: (_utc_of(o), o.index))
    assert _fresh(schedule).next_after(now) == (later[0] if later else None)
    ended = [o for o in every if o.end.astimezone(UTC) <= now]
    assert _fresh(schedule).previous_before(now) == (ended[-1] if ended else None)


def test_a_walked_schedule_is_freed_as_soon_as_it_is_let_go() -> None:
    # the schedule remembers its walk (a generator over its sessions); that generator must
    # not hold the schedule itself, or each schedule the briefing or the report walked would
    # stay in memory (with every session it placed) until a rare full cycle collection
    import gc
    import weakref

    schedule = Schedule.single(ScheduleRule(Cadence.every_n_weeks(2, 1), datetime(2026, 1, 6, 14, 0), LONDON, 60))
    assert schedule.occurrences(datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert schedule.next_after(aware(2026, 6, 1)) is not None
    gone = weakref.ref(schedule)
    paused = gc.isenabled()
    gc.disable()
    try:
        del schedule
        assert gone() is None
    finally:
        if paused:
            gc.enable()
