"""`rmcoach next`, `rmcoach brief` and `rmcoach ics` in a subprocess."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from rmcoach.features import sessions
from tests.conftest import run_cli
from tests.conftest import add_agreement, fortnightly, logistics, make_pair
from rmcoach.features.schedule import Cadence


def _future_pair(data_dir: Path):
    """A pair meeting every 2 weeks on Tuesdays at 14:00 from a date that stays in the future."""
    store, pair = make_pair(data_dir)
    first = _dt.date.today() + _dt.timedelta(days=30)
    first += _dt.timedelta(days=(1 - first.weekday()) % 7)
    add_agreement(store, 1, logistics(Cadence.every_n_weeks(2, 1), f"{first.isoformat()}T14:00"))
    return store, pair, first


def test_next_prints_date_time_zone_and_who_leads(data_dir: Path) -> None:
    _, _, first = _future_pair(data_dir)
    out = run_cli("next", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert f"{first.day} " in out.stdout and "14:00–15:00" in out.stdout and "Europe/London" in out.stdout
    assert "60 minutes" in out.stdout
    assert "Dr Ann Lee leads the first half" in out.stdout


def test_next_without_schedule_says_how_to_set_one(data_dir: Path) -> None:
    make_pair(data_dir)
    out = run_cli("next", data_dir=data_dir)
    assert out.returncode == 1 and out.stdout == ""
    assert "agreement" in out.stderr and "rmcoach agreement" not in out.stderr  # that only prints it
    assert "press t for Trust and agreement, a for the Agreement tab and e to edit it" in out.stderr
    ics = run_cli("ics", data_dir=data_dir)  # the same sentence and exit status everywhere
    assert ics.returncode == 1 and ics.stderr == out.stderr


def test_brief_prints_markdown_shared_unless_as(data_dir: Path) -> None:
    store, pair, first = _future_pair(data_dir)
    a, b = pair.people[0].uuid, pair.people[1].uuid
    sessions.log_session(store, sessions.SessionInput(
        start=_dt.datetime(2026, 1, 6, 14, 0), lead=a,
        covered=(sessions.Covered(a, b, None, "Ward rounds"),),
        actions=(sessions.ActionInput("Try the portal", a, None),),
        reflection="PRIVATE-NOTE only for Ann"), author=a)
    out = run_cli("brief", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# Tech exchange — briefing for")
    assert "## Open action items" in out.stdout and "- Try the portal — Dr Ann Lee" in out.stdout
    assert "PRIVATE-NOTE" not in out.stdout
    mine = run_cli("brief", "--as", "Dr Ann", data_dir=data_dir)
    assert mine.returncode == 0 and "PRIVATE-NOTE" in mine.stdout
    theirs = run_cli("brief", "--as", "Sam Roe", data_dir=data_dir)
    assert theirs.returncode == 0 and "PRIVATE-NOTE" not in theirs.stdout
    bad = run_cli("brief", "--as", "Nobody", data_dir=data_dir)
    assert bad.returncode == 2 and "Dr Ann Lee" in bad.stderr


def test_brief_without_pair_or_schedule(data_dir: Path, tmp_path: Path) -> None:
    out = run_cli("brief", data_dir=tmp_path / "empty")
    assert out.returncode == 1 and out.stdout == "" and "no pair" in out.stderr
    make_pair(data_dir)
    out = run_cli("brief", data_dir=data_dir)
    assert out.returncode == 0
    assert "## Open action items" in out.stdout and "agreement" in out.stdout


def test_ics_to_stdout_and_file_parses_with_icalendar(data_dir: Path, tmp_path: Path) -> None:
    import icalendar

    store, pair = make_pair(data_dir)
    fortnightly(store)
    add_agreement(store, 2, logistics(Cadence.weekly(3), "2026-09-01T15:00", minutes=45, effective_from="2026-10-01"))
    store.insert("schedule_changes", {"original": "2026-09-15T14:00", "kind": "skip", "new_start": None,
                                      "new_minutes": None, "note": "conference"})
    out = run_cli("ics", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    cal = icalendar.Calendar.from_ical(out.stdout)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 2
    uids = {str(e["UID"]) for e in events}
    assert len(uids) == 2
    first = events[0]
    assert str(first["SUMMARY"]) == "Tech exchange: Dr Ann Lee & Sam Roe"
    assert first["DTSTART"].dt.replace(tzinfo=None) == _dt.datetime(2026, 9, 1, 14, 0)
    assert str(first["DTSTART"].dt.tzinfo) == "Europe/London"
    assert first["RRULE"]["FREQ"] == ["WEEKLY"] and first["RRULE"]["INTERVAL"] == [2]
    exdates = [d.dt.replace(tzinfo=None) for ex in ([first["EXDATE"]] if not isinstance(first["EXDATE"], list)
                                                    else first["EXDATE"]) for d in ex.dts]
    assert exdates == [_dt.datetime(2026, 9, 15, 14, 0)]
    second = events[1]
    assert second["DTSTART"].dt.replace(tzinfo=None) == _dt.datetime(2026, 10, 1, 15, 0)
    assert second["DURATION"].dt == _dt.timedelta(minutes=45)

    target = tmp_path / "out" / "sessions.ics"
    target.parent.mkdir()
    written = run_cli("ics", "-o", str(target), data_dir=data_dir)
    assert written.returncode == 0, written.stderr
    assert "Wrote 2" in written.stdout
    again = icalendar.Calendar.from_ical(target.read_bytes())
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == uids  # stable UIDs
    assert not [p for p in target.parent.iterdir() if p.name != "sessions.ics"]  # no temp files left


def test_ics_without_schedule_fails_with_a_message(data_dir: Path, tmp_path: Path) -> None:
    make_pair(data_dir)
    out = run_cli("ics", data_dir=data_dir)
    assert out.returncode == 1 and out.stdout == "" and "agreement" in out.stderr
    folder = run_cli("ics", "-o", str(tmp_path), data_dir=data_dir)
    assert folder.returncode == 1
