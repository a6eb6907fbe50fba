"""Tests for rmcoach.features.ics, checked with an independent parser (icalendar)
and by expanding the written recurrence with dateutil."""

from __future__ import annotations

import re
import subprocess
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rruleset, rrulestr
from hypothesis import given, settings, strategies as st

from rmcoach.features.ics import _trigger, escape_text, event_uid, fold_line, to_ics, vtimezone_lines
from rmcoach.features.schedule import Cadence, Schedule, ScheduleRule
from tests.conftest import run_cli

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
UTC = timezone.utc
NOW = datetime(2026, 1, 2, 9, 0, tzinfo=UTC)
PAIR = "0b7c1e0e-6a53-4c36-9d0e-1c2f5a6f7e11"


def rule(cadence, start, tz=LONDON, minutes=60, **kw):
    return ScheduleRule(cadence, start, tz, minutes, **kw)


def rich_schedule() -> Schedule:
    """Fortnightly Tuesdays, a skip, a move, then a change to the last Friday monthly."""
    s = Schedule.single(rule(Cadence.every_n_weeks(2, 1), datetime(2026, 1, 6, 14, 0)))
    s = s.skip(datetime(2026, 2, 17, 14)).skip(datetime(2026, 3, 17, 14))
    s = s.move(datetime(2026, 3, 31, 14), datetime(2026, 4, 2, 9, 30), note="clinic", minutes=45)
    new = rule(Cadence.monthly(-1, 4), datetime(2026, 6, 26, 10, 0), minutes=45)
    return s.change_rule_from(date(2026, 6, 1), new)


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def masters(cal):
    return [e for e in cal.walk("VEVENT") if e.get("RECURRENCE-ID") is None]


def overrides(cal):
    return [e for e in cal.walk("VEVENT") if e.get("RECURRENCE-ID") is not None]


def exdates(event) -> list[datetime]:
    value = event.get("EXDATE")
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [d.dt for item in items for d in item.dts]


def expand(text: str, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC of every instance in [start, end), computed from
    the parsed calendar with dateutil, overrides applied."""
    cal = parse(text)
    moved = {}
    for ev in overrides(cal):
        moved[(str(ev.get("UID")), ev.get("RECURRENCE-ID").dt.astimezone(UTC))] = ev
    out = []
    for ev in masters(cal):
        dtstart = ev.get("DTSTART").dt
        duration = ev.get("DURATION").dt
        rs = rruleset()
        rs.rrule(rrulestr(ev.get("RRULE").to_ical().decode(), dtstart=dtstart))
        for ex in exdates(ev):
            rs.exdate(ex)
        for inst in rs.between(start - timedelta(days=400), end + timedelta(days=400), inc=True):
            key = (str(ev.get("UID")), inst.astimezone(UTC))
            if key in moved:
                o = moved[key]
                s, d = o.get("DTSTART").dt, o.get("DURATION").dt
            else:
                s, d = inst, duration
            s_utc = s.astimezone(UTC)
            if start <= s_utc < end:
                out.append((s_utc, s_utc + d))
    return sorted(out)


def from_schedule(s: Schedule, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    return sorted((o.start.astimezone(UTC), o.end.astimezone(UTC)) for o in s.occurrences(start, end))


def assert_wire_format(text: str) -> None:
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75, line
        assert line  # no empty lines


# --------------------------------------------------------------------------
# Structure, field by field
# --------------------------------------------------------------------------

def test_calendar_headers_and_timezone():
    text = to_ics(rich_schedule(), pair_uuid=PAIR, summary="Tech exchange", now=NOW)
    assert_wire_format(text)
    cal = parse(text)
    assert str(cal.get("VERSION")) == "2.0"
    assert str(cal.get("PRODID")).startswith("-//rmcoach//")
    assert str(cal.get("CALSCALE")) == "GREGORIAN"
    assert str(cal.get("METHOD")) == "PUBLISH"
    zones = cal.walk("VTIMEZONE")
    assert [str(z.get("TZID")) for z in zones] == [LONDON]
    kinds = {c.name for c in zones[0].subcomponents}
    assert kinds == {"STANDARD", "DAYLIGHT"}


def test_one_recurring_event_per_rule_with_history():
    s = rich_schedule()
    cal = parse(to_ics(s, pair_uuid=PAIR, summary="Tech exchange", now=NOW))
    first, second = masters(cal)
    assert first.get("DTSTART").dt == datetime(2026, 1, 6, 14, 0, tzinfo=ZoneInfo(LONDON))
    assert first.get("DTSTART").params["TZID"] == LONDON
    rr = first.get("RRULE")
    assert rr["FREQ"] == ["WEEKLY"] and rr["INTERVAL"] == [2] and rr["BYDAY"] == ["TU"]
    # The old rule ends at its last session, 26 May 14:00 BST = 13:00 UTC.
    assert rr["UNTIL"] == [datetime(2026, 5, 26, 13, 0, tzinfo=UTC)]
    assert first.get("DURATION").dt == timedelta(hours=1)
    rr2 = second.get("RRULE")
    assert rr2["FREQ"] == ["MONTHLY"] and rr2["BYDAY"] == ["-1FR"] and "UNTIL" not in rr2
    assert second.get("DTSTART").dt == datetime(2026, 6, 26, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert second.get("DURATION").dt == timedelta(minutes=45)
    assert first.get("DTSTAMP").dt == NOW
    assert int(first.get("SEQUENCE")) > int(second.get("SEQUENCE")) == 0


def test_uids_are_stable_and_distinct():
    a = parse(to_ics(rich_schedule(), pair_uuid=PAIR, summary="x", now=NOW))
    b = parse(to_ics(rich_schedule(), pair_uuid=PAIR, summary="changed title"))
    uids_a = [str(e.get("UID")) for e in masters(a)]
    uids_b = [str(e.get("UID")) for e in masters(b)]
    assert uids_a == uids_b
    assert len(set(uids_a)) == 2
    assert uids_a == [event_uid(PAIR, 0), event_uid(PAIR, 1)]
    other = parse(to_ics(rich_schedule(), pair_uuid="another-pair", summary="x", now=NOW))
    assert not set(uids_a) & {str(e.get("UID")) for e in masters(other)}


def test_exdates_and_overrides():
    cal = parse(to_ics(rich_schedule(), pair_uuid=PAIR, summary="x", now=NOW))
    first = masters(cal)[0]
    tz = ZoneInfo(LONDON)
    assert exdates(first) == [datetime(2026, 2, 17, 14, tzinfo=tz), datetime(2026, 3, 17, 14, tzinfo=tz)]
    (moved,) = overrides(cal)
    assert str(moved.get("UID")) == str(first.get("UID"))
    assert moved.get("RECURRENCE-ID").dt == datetime(2026, 3, 31, 14, tzinfo=tz)
    assert moved.get("RECURRENCE-ID").params["TZID"] == LONDON
    assert moved.get("DTSTART").dt == datetime(2026, 4, 2, 9, 30, tzinfo=tz)
    assert moved.get("DURATION").dt == timedelta(minutes=45)
    assert "Moved from Tue 31 Mar 2026, 14:00 (BST). clinic" in str(moved.get("DESCRIPTION"))


def test_text_escaping_round_trips():
    summary = "Tech exchange, Dr Okafor; Priya \\ 🩺🎉 — café\nsecond line"
    description = "Agenda:\n1. Patient portal, inbox; filters\n2. Ward round tips 👩🏽‍⚕️" + " é" * 60
    text = to_ics(rich_schedule(), pair_uuid=PAIR, summary=summary, description=description,
                  location="Library, 2nd floor; room 3", now=NOW,
                  attendees=[("Dr Ada Okafor, FRCP", "ada@example.org"), ('Priya "P" Shah', None)])
    assert_wire_format(text)
    cal = parse(text)
    for ev in masters(cal):
        assert str(ev.get("SUMMARY")) == summary
        assert str(ev.get("DESCRIPTION")) == description
        assert str(ev.get("LOCATION")) == "Library, 2nd floor; room 3"
        attendees = ev.get("ATTENDEE")
        assert [str(a) for a in attendees] == ["mailto:ada@example.org", "invalid:nomail"]
        assert attendees[0].params["CN"] == "Dr Ada Okafor, FRCP"
        assert attendees[1].params["CN"] == "Priya 'P' Shah"


def test_escape_text_rules():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"
    assert escape_text("bell\x07") == "bell"


# --------------------------------------------------------------------------
# Folding
# --------------------------------------------------------------------------

def test_fold_never_splits_multibyte_sequences():
    line = "DESCRIPTION:" + "é" * 100 + "🎉" * 40
    pieces = fold_line(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert pieces[0] + "".join(p[1:] for p in pieces[1:]) == line
    assert all(p.startswith(" ") for p in pieces[1:])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_fold_property(text):
    line = "X-TEST:" + text
    pieces = fold_line(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert pieces[0] + "".join(p[1:] for p in pieces[1:]) == line


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120))
def test_any_summary_round_trips_through_icalendar(summary):
    s = Schedule.single(rule(Cadence.weekly(0), datetime(2026, 1, 5, 9, 0), count=2))
    text = to_ics(s, pair_uuid=PAIR, summary=summary, now=NOW)
    assert_wire_format(text)
    (ev,) = masters(parse(text))
    assert str(ev.get("SUMMARY")) == summary


# --------------------------------------------------------------------------
# Expansion agrees with the schedule
# --------------------------------------------------------------------------

WINDOW = (datetime(2025, 6, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))

SCHEDULES = {
    "weekly": lambda: Schedule.single(rule(Cadence.weekly(3), datetime(2026, 1, 1, 14, 0))),
    "every_3_weeks_ny": lambda: Schedule.single(
        rule(Cadence.every_n_weeks(3, 0), datetime(2026, 1, 5, 8, 30), tz=NEW_YORK, minutes=50)),
    "monthly_2nd_tuesday_count": lambda: Schedule.single(
        rule(Cadence.monthly(2, 1), datetime(2026, 1, 13, 12, 0), count=6)),
    "monthly_last_friday_until": lambda: Schedule.single(
        rule(Cadence.monthly(-1, 4), datetime(2026, 1, 30, 16, 0), until=date(2026, 11, 30))),
    "custom_rrule": lambda: Schedule.single(rule(
        Cadence.parse_rrule("RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        datetime(2026, 1, 30, 15, 0))),
    "custom_with_count": lambda: Schedule.single(rule(
        Cadence.parse_rrule("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=9"), datetime(2026, 1, 5, 9, 0))),
    "gap_and_fold": lambda: Schedule.single(rule(Cadence.weekly(6), datetime(2026, 3, 1, 1, 30))),
    "ny_gap": lambda: Schedule.single(rule(Cadence.weekly(6), datetime(2026, 3, 1, 2, 30), tz=NEW_YORK)),
    "history_skip_move": rich_schedule,
    "zone_change": lambda: Schedule.single(rule(Cadence.weekly(1), datetime(2026, 1, 6, 14)))
        .skip(datetime(2026, 1, 13, 14))
        .change_rule_from(date(2026, 3, 1), rule(Cadence.every_n_weeks(2, 2), datetime(2026, 3, 4, 9), tz=NEW_YORK))
        .move(datetime(2026, 3, 18, 9), datetime(2026, 3, 19, 17)),
}


@pytest.mark.parametrize("name", sorted(SCHEDULES))
def test_expansion_matches_schedule(name):
    s = SCHEDULES[name]()
    text = to_ics(s, pair_uuid=PAIR, summary=name, now=NOW)
    assert_wire_format(text)
    expected = from_schedule(s, *WINDOW)
    assert expected, "the window should hold sessions"
    assert expand(text, *WINDOW) == expected


def test_bounded_rule_uses_count_when_only_counted():
    s = SCHEDULES["monthly_2nd_tuesday_count"]()
    (ev,) = masters(parse(to_ics(s, pair_uuid=PAIR, summary="x", now=NOW)))
    assert ev.get("RRULE")["COUNT"] == [6]
    s2 = SCHEDULES["custom_with_count"]()
    (ev2,) = masters(parse(to_ics(s2, pair_uuid=PAIR, summary="x", now=NOW)))
    assert ev2.get("RRULE")["COUNT"] == [9]


def test_gap_session_in_ics_is_written_as_wall_clock():
    s = SCHEDULES["gap_and_fold"]()
    text = to_ics(s, pair_uuid=PAIR, summary="x", now=NOW)
    assert "DTSTART;TZID=Europe/London:20260301T013000" in text
    gap = [o for o in s.occurrences(datetime(2026, 3, 29), datetime(2026, 3, 30))][0]
    assert (gap.start.hour, gap.start.minute) == (2, 30)


# --------------------------------------------------------------------------
# VTIMEZONE correctness, checked with icalendar's own reading of it
# --------------------------------------------------------------------------

@pytest.mark.parametrize("tzid", [LONDON, NEW_YORK, "Australia/Sydney", "Asia/Kolkata", "Europe/Istanbul"])
def test_vtimezone_offsets_match_zoneinfo(tzid):
    lines = vtimezone_lines(tzid, 2015, 2031, earliest=datetime(2016, 1, 1, tzinfo=UTC))
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines, "END:VCALENDAR"]) + "\r\n"
    tz = parse(text).walk("VTIMEZONE")[0].to_tz()
    zone = ZoneInfo(tzid)
    t = datetime(2016, 1, 1, tzinfo=UTC)
    while t < datetime(2031, 12, 1, tzinfo=UTC):
        assert t.astimezone(tz).utcoffset() == t.astimezone(zone).utcoffset(), t
        t += timedelta(hours=13)


def test_vtimezone_uses_yearly_rules_for_regular_zones():
    lines = vtimezone_lines(NEW_YORK, 2025, 2037)
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" in lines
    assert "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU" in lines
    assert sum(1 for line in lines if line.startswith("BEGIN:")) == 3  # VTIMEZONE + 2 observances
    london = vtimezone_lines(LONDON, 2025, 2037)
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in london
    assert "TZOFFSETFROM:+0100" in london and "TZOFFSETTO:+0000" in london


def test_zone_without_dst_gets_one_standard_observance():
    lines = vtimezone_lines("Asia/Tokyo", 2025, 2030)
    assert lines.count("BEGIN:STANDARD") == 1 and "BEGIN:DAYLIGHT" not in lines
    assert "TZOFFSETTO:+0900" in lines


def test_each_rule_zone_gets_a_vtimezone():
    text = to_ics(SCHEDULES["zone_change"](), pair_uuid=PAIR, summary="x", now=NOW)
    cal = parse(text)
    assert sorted(str(z.get("TZID")) for z in cal.walk("VTIMEZONE")) == [NEW_YORK, LONDON]
    assert re.search(r"^EXDATE;TZID=Europe/London:20260113T140000\r$", text, re.M)
    assert re.search(r"^RECURRENCE-ID;TZID=America/New_York:20260318T090000\r$", text, re.M)


# --------------------------------------------------------------------------
# Property: for random schedules the calendar file and the schedule agree
# --------------------------------------------------------------------------

_cadences = st.one_of(
    st.builds(Cadence.weekly, st.integers(0, 6)),
    st.builds(Cadence.every_n_weeks, st.integers(1, 4), st.integers(0, 6)),
    st.builds(Cadence.monthly, st.sampled_from([1, 2, 3, 4, -1]), st.integers(0, 6)),
    st.sampled_from(["FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=WEEKLY;BYDAY=MO,TH",
                     "FREQ=DAILY;INTERVAL=10"]).map(Cadence.parse_rrule),
)


@st.composite
def _rules(draw, earliest: datetime):
    cadence = draw(_cadences)
    clock_time = draw(st.sampled_from([(0, 30), (1, 30), (2, 30), (9, 0), (14, 0), (23, 45)]))
    day = earliest + timedelta(days=draw(st.integers(0, 120)))
    start = ScheduleRule.first_on_or_after(cadence, day.replace(hour=clock_time[0], minute=clock_time[1]))
    bound = draw(st.sampled_from(["none", "count", "until"]))
    kw = {}
    if bound == "count":
        kw["count"] = draw(st.integers(1, 25))
    elif bound == "until":
        kw["until"] = start.date() + timedelta(days=draw(st.integers(0, 300)))
    tz = draw(st.sampled_from([LONDON, NEW_YORK, "Australia/Sydney"]))
    return ScheduleRule(cadence, start, tz, draw(st.integers(15, 120)), **kw)


@st.composite
def _schedules(draw):
    s = Schedule.single(draw(_rules(datetime(2026, 1, 1))))
    if draw(st.booleans()):
        when = s.rules[0].start.date() + timedelta(days=draw(st.integers(1, 200)))
        s = s.change_rule_from(when, draw(_rules(datetime.combine(when, datetime.min.time()))))
    sessions = s.all_occurrences(limit=30)
    for occ in draw(st.lists(st.sampled_from(sessions), max_size=4, unique_by=lambda o: o.index)):
        if draw(st.booleans()):
            s = s.skip(occ.original_start)
        else:
            shift = timedelta(hours=draw(st.integers(-72, 72)), minutes=draw(st.sampled_from([0, 30])))
            new_start = (occ.original_start.replace(tzinfo=None) + shift)
            s = s.move(occ.original_start, new_start, minutes=draw(st.none() | st.integers(10, 90)))
    return s


@settings(max_examples=40, deadline=None)
@given(_schedules())
def test_random_schedules_round_trip_through_ics(s):
    window = (datetime(2025, 12, 1, tzinfo=UTC), datetime(2027, 12, 1, tzinfo=UTC))
    text = to_ics(s, pair_uuid=PAIR, summary="Property", now=NOW)
    assert_wire_format(text)
    occ = s.occurrences(*window)
    assert expand(text, *window) == from_schedule(s, *window)
    # Numbering is unique and stable; splitting the window changes nothing.
    assert len({o.index for o in occ}) == len(occ)
    middle = datetime(2026, 9, 1, tzinfo=UTC)
    assert s.occurrences(window[0], middle) + s.occurrences(middle, window[1]) == occ


# --------------------------------------------------------------------------- reminders (VALARM)
def _alarms(event) -> list[tuple[timedelta, str]]:
    return [(a.get("TRIGGER").dt, str(a.get("DESCRIPTION"))) for a in event.walk("VALARM")]


def test_every_event_reminds_fifteen_minutes_before_and_the_evening_before() -> None:
    cal = parse(to_ics(rich_schedule(), pair_uuid=PAIR, summary="Tech exchange", now=NOW))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 3  # two rules and one moved session
    for event in events:
        start = event.get("DTSTART").dt.replace(tzinfo=None)
        (soon, soon_text), (evening, evening_text) = _alarms(event)
        assert soon == -timedelta(minutes=15) and "15 minutes" in soon_text
        reminded = start + evening
        assert reminded.date() == start.date() - timedelta(days=1) and reminded.hour == 19 and reminded.minute == 0
        assert "tomorrow" in evening_text and "topic" in evening_text
        for alarm in event.walk("VALARM"):
            assert alarm.get("ACTION") == "DISPLAY"


def test_the_moved_session_is_reminded_at_its_new_time() -> None:
    cal = parse(to_ics(rich_schedule(), pair_uuid=PAIR, summary="Tech exchange", now=NOW))
    [moved] = [e for e in cal.walk("VEVENT") if e.get("RECURRENCE-ID") is not None]
    assert moved.get("DTSTART").dt.replace(tzinfo=None) == datetime(2026, 4, 2, 9, 30)
    assert _alarms(moved)[1][0] == -timedelta(hours=14, minutes=30)  # 19:00 the day before


def test_reminders_can_be_left_out() -> None:
    text = to_ics(rich_schedule(), pair_uuid=PAIR, summary="Tech exchange", now=NOW, reminders=False)
    assert "VALARM" not in text


@pytest.mark.parametrize("minutes, text", [(15, "-PT15M"), (60, "-PT1H"), (19 * 60, "-PT19H"),
                                           (14 * 60 + 30, "-PT14H30M"), (24 * 60, "-P1D"),
                                           (26 * 60 + 5, "-P1DT2H5M"), (0, "-PT0M")])
def test_trigger_durations(minutes: int, text: str) -> None:
    assert _trigger(minutes) == text
    assert icalendar.vDuration.from_ical(text) == -timedelta(minutes=minutes)


@pytest.mark.skipif(shutil.which("calcurse") is None, reason="calcurse is not installed here")
def test_the_demo_pairs_calendar_imports_into_calcurse_with_its_reminders(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sessions.ics"
    assert run_cli("ics", "-o", str(out), data_dir=demo_dir).returncode == 0
    calendar_dir = tmp_path / "calcurse"
    calendar_dir.mkdir()
    result = subprocess.run(["calcurse", "-D", str(calendar_dir), "-i", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "0 skipped" in result.stdout and "2 apps" in result.stdout
    appointments = (calendar_dir / "apts").read_text().splitlines()
    assert len(appointments) == 2
    # calcurse marks an appointment that has an alarm with "!" before its text
    assert all("!Tech exchange" in line for line in appointments)
