"""Optional fields stored as "" ("none chosen", as the app writes it, and as imports,
older copies and hand edits bring it) read as not set everywhere: found by an outside
review after features moved to typed records, when a rating, a level change's date and
a teach-back's confidence stored as "" stopped the report, the home screen and balance,
and printed blanks in the keepsake."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def _blank_out(demo_dir: Path) -> None:
    path = demo_dir / "rmcoach.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    session = next(s for s in data["sessions"].values() if s.get("ratings"))
    person = next(iter(session["ratings"]))
    session["ratings"][person]["useful"] = ""
    skill = next(s for s in data["skills"].values() if len(s.get("levels") or []) >= 2)
    for change in skill["levels"][-2:]:
        change["on"] = ""
    skill["teachbacks"] = [{"on": "2026-11-20", "explanation": "Said it back", "before": "", "after": ""}]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_blank_optional_fields_read_as_not_set_in_every_command(demo_dir: Path) -> None:
    _blank_out(demo_dir)
    doctor = run_cli("doctor", data_dir=demo_dir)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    for argv in (["report"], ["report", "--html"], ["keepsake"], ["brief"], ["export"]):
        done = run_cli(*argv, data_dir=demo_dir)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (argv, done.stderr)
        assert "something unexpected" not in done.stderr
    keepsake = run_cli("keepsake", data_dir=demo_dir).stdout
    assert "Said it back" in keepsake
    assert "confidence  of 5" not in keepsake and "None of 5" not in keepsake  # no blank scores
