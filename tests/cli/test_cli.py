"""The command line: entry points, --data-dir anywhere, RMCOACH_HOME, demo, doctor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rmcoach import __version__
from rmcoach.records.pairs import load_pair
from rmcoach.storage.store import SCHEMA, Store
from tests.conftest import ROOT, run_cli


def test_version_and_help_from_both_entry_points() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"rmcoach {__version__}"
    helped = run_cli("--help")
    assert helped.returncode == 0
    for name in ("doctor", "demo"):
        assert name in helped.stdout
    script = Path(sys.executable).parent / "rmcoach"
    if script.exists():  # installed console script
        assert subprocess.run([str(script), "--version"], capture_output=True, text=True).stdout.strip() == f"rmcoach {__version__}"


def test_data_dir_before_or_after_the_subcommand(tmp_path: Path) -> None:
    before = tmp_path / "before"
    after = tmp_path / "after"
    r1 = run_cli("--data-dir", str(before), "demo")
    r2 = run_cli("demo", "--data-dir", str(after))
    assert r1.returncode == 0 and r2.returncode == 0, (r1.stderr, r2.stderr)
    assert (before / "rmcoach.json").exists() and (after / "rmcoach.json").exists()


def test_rmcoach_home_environment_variable(tmp_path: Path) -> None:
    home = tmp_path / "via-env"
    result = run_cli("demo", env={"RMCOACH_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "rmcoach.json").exists()


def test_default_data_dir_comes_from_platformdirs(tmp_path: Path) -> None:
    env: dict[str, str | None] = {"RMCOACH_HOME": None, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = run_cli("demo", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "xdg" / "rmcoach" / "rmcoach.json").exists()


def test_demo_refuses_a_folder_that_already_has_a_pair(data_dir: Path) -> None:
    assert run_cli("demo", data_dir=data_dir).returncode == 0
    before = (data_dir / "rmcoach.json").read_bytes()
    again = run_cli("demo", data_dir=data_dir)
    assert again.returncode == 1 and "already holds a pair" in again.stderr
    assert (data_dir / "rmcoach.json").read_bytes() == before
    pair = load_pair(Store(data_dir))
    assert pair is not None and pair.people[0].role == "Consultant cardiologist"


def test_doctor_on_a_healthy_store_lists_backups(data_dir: Path) -> None:
    run_cli("demo", data_dir=data_dir)
    Store(data_dir).insert("notes", {"text": "second save"})
    result = run_cli("doctor", data_dir=data_dir)
    assert result.returncode == 0
    assert "Status: ok" in result.stdout and "rmcoach.json.prev" in result.stdout
    restore = run_cli("doctor", "--restore", data_dir=data_dir)
    assert restore.returncode == 0 and "nothing was restored" in restore.stdout


def test_usage_errors_exit_2_without_traceback() -> None:
    result = run_cli("no-such-command")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_store_file_is_plain_tinydb(data_dir: Path) -> None:
    run_cli("demo", data_dir=data_dir)
    code = f"import tinydb; db = tinydb.TinyDB({str(data_dir / 'rmcoach.json')!r}); print(len(db.table('people')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "2"
    assert json.loads((data_dir / "rmcoach.json").read_text())["_meta"]["1"]["schema"] == SCHEMA
