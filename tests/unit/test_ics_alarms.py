"""Calendar reminders: every session event (and every moved one) carries two VALARMs,
checked with an independent parser (icalendar) and by importing into calcurse."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from rmcoach.features.ics import _trigger, to_ics
from tests.conftest import run_cli
from tests.test_ics import NOW, PAIR, parse, rich_schedule


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
