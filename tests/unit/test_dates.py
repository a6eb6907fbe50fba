"""Tests for rmcoach.infra.dates: lenient parsing and unambiguous display."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from rmcoach.infra.dates import (
    DateParseError,
    fmt_date,
    fmt_duration,
    fmt_when,
    humanize_until,
    localize,
    parse_date,
    parse_when,
)

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 9, 0)          # a Tuesday
SESSION = datetime(2026, 12, 3, 14, 0)     # Thursday's scheduled session


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-12-03 14:30", datetime(2026, 12, 3, 14, 30)),
        ("2026-12-03", datetime(2026, 12, 3, 0, 0)),
        ("2026-12-03T14:30", datetime(2026, 12, 3, 14, 30)),
        ("3 Dec 2pm", datetime(2026, 12, 3, 14, 0)),
        ("3 Dec at 2pm", datetime(2026, 12, 3, 14, 0)),
        ("3 December 2026 14:30", datetime(2026, 12, 3, 14, 30)),
        ("3/12/2026 14:30", datetime(2026, 12, 3, 14, 30)),
        ("3/12/26", datetime(2026, 12, 3, 0, 0)),
        ("Dec 26", datetime(2026, 12, 26, 0, 0)),
        ("tomorrow 10am", datetime(2026, 12, 2, 10, 0)),
        ("Tomorrow at 10 am", datetime(2026, 12, 2, 10, 0)),
        ("today", datetime(2026, 12, 1, 0, 0)),
        ("yesterday 17:45", datetime(2026, 11, 30, 17, 45)),
        ("next tuesday 9:15", datetime(2026, 12, 8, 9, 15)),
        ("tuesday", datetime(2026, 12, 1, 0, 0)),
        ("this friday noon", datetime(2026, 12, 4, 12, 0)),
        ("last fri", datetime(2026, 11, 27, 0, 0)),
        ("in 2 weeks", datetime(2026, 12, 15, 0, 0)),
        ("in 3 days", datetime(2026, 12, 4, 0, 0)),
        ("in a fortnight", datetime(2026, 12, 15, 0, 0)),
        ("2 days ago", datetime(2026, 11, 29, 0, 0)),
    ],
)
def test_parse_when_examples(text, expected):
    assert parse_when(text, now=NOW) == expected


def test_missing_parts_come_from_default():
    # Only a time: the date of the scheduled session is kept.
    assert parse_when("2pm", default=SESSION, now=NOW) == datetime(2026, 12, 3, 14, 0)
    assert parse_when("9:30", default=SESSION, now=NOW) == datetime(2026, 12, 3, 9, 30)
    # Only a date: the session's time is kept.
    assert parse_when("5 Dec", default=SESSION, now=NOW) == datetime(2026, 12, 5, 14, 0)
    # Relative day without a time: the session's time.
    assert parse_when("tomorrow", default=SESSION, now=NOW) == datetime(2026, 12, 2, 14, 0)


def test_day_first_is_the_default_and_can_be_switched():
    assert parse_when("3/12/2026", now=NOW).month == 12
    assert parse_when("3/12/2026", now=NOW, dayfirst=False) == datetime(2026, 3, 12)
    # ISO dates are year-month-day whatever the preference.
    assert parse_when("2026-03-12", now=NOW) == datetime(2026, 3, 12)


def test_tz_makes_result_aware_and_converts_offsets():
    got = parse_when("3 Dec 2pm", tz="Europe/London", now=NOW)
    assert got.tzinfo is not None and got.utcoffset() == timedelta(0)
    assert (got.hour, got.minute) == (14, 0)
    summer = parse_when("3 Jul 2026 2pm", tz="Europe/London", now=NOW)
    assert summer.utcoffset() == timedelta(hours=1)
    converted = parse_when("2026-07-03T13:00Z", tz="Europe/London", now=NOW)
    assert (converted.hour, converted.utcoffset()) == (14, timedelta(hours=1))
    # An aware default lends its zone.
    aware_default = datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    assert parse_when("4pm", default=aware_default, now=NOW).tzinfo == ZoneInfo("America/New_York")


def test_relative_words_use_now_in_the_zone():
    late_utc = datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc)  # already 2 Dec in Tokyo
    got = parse_when("today", tz="Asia/Tokyo", now=late_utc)
    assert got.date() == date(2026, 12, 2)


def test_spring_forward_gap_moves_forward_and_fall_back_takes_first():
    gap = parse_when("29 Mar 2026 01:30", tz="Europe/London", now=NOW)
    assert (gap.hour, gap.minute, gap.utcoffset()) == (2, 30, timedelta(hours=1))
    ambiguous = parse_when("25 Oct 2026 01:30", tz="Europe/London", now=NOW)
    assert ambiguous.utcoffset() == timedelta(hours=1)  # the first 01:30 (BST)
    assert localize(datetime(2026, 3, 8, 2, 30), "America/New_York").hour == 3


def test_unreadable_text_gives_one_clear_sentence():
    with pytest.raises(DateParseError) as err:
        parse_when("32 Dec", now=NOW)
    message = str(err.value)
    assert message == 'Could not read "32 Dec" as a date — try "2026-12-03 14:30" or "3 Dec 2pm".'
    with pytest.raises(DateParseError) as err:  # a date-only field suggests dates only
        parse_date("31/02/2026", today=NOW.date())
    assert str(err.value) == 'Could not read "31/02/2026" as a date — try "2026-12-03", "3 Dec" or "next friday".'
    with pytest.raises(DateParseError, match="Could not read"):
        parse_when("when pigs fly", now=NOW)
    with pytest.raises(DateParseError, match="Could not read"):
        parse_when("tomorrow at teatime", now=NOW)
    with pytest.raises(DateParseError, match="Could not read"):
        parse_when("31 Feb 2026", now=NOW)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_asks_for_a_date(text):
    with pytest.raises(DateParseError, match="A date is needed"):
        parse_when(text)


@pytest.mark.parametrize("text", ["1999-05-01", "3 Dec 2101", "in 9999 weeks", "12 Jan 1850"])
def test_absurd_years_are_refused(text):
    with pytest.raises(DateParseError, match="2000 and 2100"):
        parse_when(text, now=NOW)


def test_error_is_a_value_error():
    assert issubclass(DateParseError, ValueError)


def test_bad_zone_name_is_a_value_error():
    with pytest.raises(ValueError, match="time zone"):
        parse_when("3 Dec 2pm", tz="Mars/Olympus_Mons")


def test_parse_date():
    today = date(2026, 2, 28)
    assert parse_date("tomorrow", today=today) == date(2026, 3, 1)
    assert parse_date("3/12/2026", today=today) == date(2026, 12, 3)
    assert parse_date("next monday", today=today) == date(2026, 3, 2)
    assert parse_date("3 Dec", today=today) == date(2026, 12, 3)
    assert parse_date("in 2 weeks", today=today) == date(2026, 3, 14)
    with pytest.raises(DateParseError):
        parse_date("not a date", today=today)


def test_display():
    assert fmt_date(date(2026, 12, 3)) == "Thu 3 Dec 2026"
    assert fmt_when(datetime(2026, 12, 3, 14, 30, tzinfo=LONDON)) == "Thu 3 Dec 2026, 14:30 (GMT)"
    assert fmt_when(datetime(2026, 7, 3, 9, 5, tzinfo=LONDON)) == "Fri 3 Jul 2026, 09:05 (BST)"
    assert fmt_when(datetime(2026, 7, 3, 9, 5)) == "Fri 3 Jul 2026, 09:05"
    assert fmt_when(datetime(2026, 7, 3, 9, 5, tzinfo=ZoneInfo("Asia/Dubai"))).endswith("(UTC+04)")


@pytest.mark.parametrize(
    "delta, expected",
    [
        (timedelta(days=2, hours=3), "in 2 days 3 hours"),
        (timedelta(minutes=45), "in 45 minutes"),
        (timedelta(minutes=44, seconds=50), "in 45 minutes"),
        (-timedelta(days=3), "3 days ago"),
        (timedelta(hours=1, minutes=1), "in 1 hour 1 minute"),
        (timedelta(days=1), "in 1 day"),
        (timedelta(days=9, hours=13), "in 10 days"),
        (timedelta(seconds=10), "now"),
    ],
)
def test_fmt_duration(delta, expected):
    assert fmt_duration(delta) == expected


def test_humanize_until_counts_real_hours_across_dst():
    before = datetime(2026, 3, 28, 12, 0, tzinfo=LONDON)
    after = datetime(2026, 3, 29, 12, 0, tzinfo=LONDON)  # clocks went forward overnight
    assert humanize_until(after, before) == "in 23 hours"


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_parse_when_only_raises_date_parse_error(text):
    try:
        result = parse_when(text, now=NOW)
    except DateParseError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(result, datetime)
        assert 2000 <= result.year <= 2100


_WORDS = st.sampled_from(["tomorrow", "next", "in", "weeks", "days", "ago", "at", "pm", "am", "Dec",
                          "tuesday", "noon", "3", "12", "2026", "99", "14:30", "/", "-", ":", ".", "+05:00", "Z"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=6), st.sampled_from([None, "Europe/London", "America/New_York"]))
def test_date_like_word_salad_never_escapes(words, tz):
    text = " ".join(words)
    for call in (lambda: parse_when(text, tz=tz, now=NOW, default=SESSION),
                 lambda: parse_date(text, today=NOW.date())):
        try:
            call()
        except DateParseError:
            pass


@settings(max_examples=150, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)),
       st.sampled_from(["{d} {mon} {y} {hm}", "{y}-{m:02d}-{d:02d} {hm}", "{d}/{m}/{y} {hm}"]))
def test_written_dates_read_back(dt, pattern):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    text = pattern.format(d=dt.day, m=dt.month, y=dt.year, mon=months[dt.month - 1],
                          hm=f"{dt.hour:02d}:{dt.minute:02d}")
    assert parse_when(text, now=NOW) == dt.replace(second=0, microsecond=0)
    assert parse_when(text, now=NOW).time() == time(dt.hour, dt.minute)


@pytest.mark.parametrize("text", ["\x00", "-1", "+3", "25:00", "tomorrow 13pm", "24/24/2024", "1 Jan 10000"])
def test_odd_inputs_are_refused_politely(text):
    with pytest.raises(DateParseError) as err:
        parse_when(text, tz="Europe/London", now=NOW)
    assert '""' not in str(err.value)
