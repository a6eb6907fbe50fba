"""`rmcoach agreement` through a real subprocess."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli


def test_prints_the_latest_version_as_markdown(demo_dir: Path) -> None:
    out = run_cli("agreement", data_dir=demo_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# Tech exchange: our agreement")
    assert "Version 2" in out.stdout and "every week on" in out.stdout
    assert "## Ground rules" in out.stdout and out.stderr == ""


def test_an_older_version_on_request(demo_dir: Path) -> None:
    out = run_cli("agreement", "--version", "1", data_dir=demo_dir)
    assert out.returncode == 0
    assert "Version 1" in out.stdout and "every 2 weeks on" in out.stdout
    missing = run_cli("agreement", "--version", "9", data_dir=demo_dir)
    assert missing.returncode == 1 and "no version 9" in missing.stderr and missing.stdout == ""


def test_hints_when_there_is_nothing_to_print(data_dir: Path) -> None:
    out = run_cli("agreement", data_dir=data_dir)
    assert out.returncode == 1 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "rmcoach" in out.stderr
    from rmcoach.records.pairs import PersonInput, create_pair
    from rmcoach.storage.store import Store

    create_pair(Store(data_dir), people=(PersonInput("Ann"), PersonInput("Bo")), relationship="tech exchange")
    out = run_cli("agreement", data_dir=data_dir)
    assert out.returncode == 1 and "no agreement yet" in out.stderr and "press t" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_does_not_import_textual(demo_dir: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("import sys; from rmcoach.cli import main; rc = main(['--data-dir', %r, 'agreement']); "
            "print('textual' in sys.modules)" % str(demo_dir))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "False"
