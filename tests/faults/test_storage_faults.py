"""File-system faults at the edges: odd data folders, odd output paths, a linked
backups folder, and input that cannot be read - each refused in one sentence,
with nothing written where it must not be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rmcoach.storage.store import Store, StoreWriteError
from tests.conftest import ROOT, run_cli


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "unexpected" not in stderr
    return lines[0]


def test_an_empty_data_dir_is_refused_and_the_default_folder_is_not_touched(tmp_path: Path) -> None:
    default = Path(os.environ["RMCOACH_HOME"])
    for value in ("", "  "):
        for args in (["--data-dir", value, "log", "x", "--by", "Sam"], ["demo", "--data-dir", value]):
            result = run_cli(*args)
            assert result.returncode == 2
            assert "--data-dir is empty" in _one_sentence(result.stderr)
    for value in ("", " "):  # the environment variable the same way
        result = run_cli("log", "x", "--by", "Sam", env={"RMCOACH_HOME": value})
        assert result.returncode == 2
        assert "RMCOACH_HOME is set but empty" in _one_sentence(result.stderr)
    assert not default.exists()
    assert not any((tmp_path / "home").rglob("*"))


@pytest.mark.parametrize("where", ["file", "/dev/null"])
def test_a_data_dir_that_is_a_file_or_a_device_is_refused(tmp_path: Path, where: str) -> None:
    target = Path(where) if where.startswith("/") else tmp_path / "a-file"
    if where == "file":
        target.write_text("not a folder")
    before = os.stat(target)
    for args in (["next"], ["log", "x", "--by", "Sam"], ["demo"], ["doctor"], ["export"]):
        result = run_cli(*args, data_dir=target)
        assert result.returncode == 2, (args, result.stderr)
        assert "is not a folder" in _one_sentence(result.stderr)
    after = os.stat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)  # never chmod-ed or replaced


def test_the_store_itself_reports_a_data_dir_that_is_a_file(tmp_path: Path) -> None:
    from rmcoach.storage.store import StoreError

    target = tmp_path / "a-file"
    target.write_text("x")
    for folder in (target, target / "below"):
        for act in (lambda s: s.check(), lambda s: s.insert("learnings", {"text": "x"})):
            with pytest.raises(StoreError, match="is not a folder"):
                act(Store(folder))
    assert target.read_text() == "x" and target.stat().st_mode & 0o777 != 0o700


@pytest.mark.parametrize("command", ["export", "report", "ics"])
def test_output_onto_a_pipe_or_a_link_to_a_device_is_refused(demo_dir: Path, tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    device_link = tmp_path / "to-null"
    device_link.symlink_to("/dev/null")
    for target in (fifo, device_link):
        result = run_cli(command, "-o", str(target), data_dir=demo_dir)
        assert result.returncode == 2, result.stderr
        assert "is not a regular file" in _one_sentence(result.stderr)
    assert fifo.is_fifo() and device_link.is_symlink()
    # a regular file and a new path are fine
    (tmp_path / "old.txt").write_text("old")
    for target in (tmp_path / "old.txt", tmp_path / "new.txt"):
        result = run_cli(command, "-o", str(target), data_dir=demo_dir)
        assert result.returncode == 0, result.stderr
        assert target.read_text() != "old"


def _linked_backups(demo_dir: Path, tmp_path: Path) -> Path:
    foreign = tmp_path / "someone-elses"
    foreign.mkdir(mode=0o755)
    os.chmod(foreign, 0o755)
    for day in ("2020-01-01", "2020-01-02", "2020-01-03"):
        (foreign / f"rmcoach-{day}.json").write_text(f"theirs {day}")
    backups = demo_dir / "backups"
    if backups.exists():
        for f in backups.iterdir():
            f.unlink()
        backups.rmdir()
    backups.symlink_to(foreign)
    return foreign


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mode, p.read_bytes()) for p in folder.iterdir()} | {".": (folder.stat().st_mode, b"")}


def test_a_backups_folder_that_is_a_link_is_never_followed(demo_dir: Path, tmp_path: Path) -> None:
    foreign = _linked_backups(demo_dir, tmp_path)
    before, store_bytes = _snapshot(foreign), (demo_dir / "rmcoach.json").read_bytes()
    with pytest.raises(StoreWriteError, match="is a link to another folder"):
        Store(demo_dir).insert("learnings", {"text": "x"})
    result = run_cli("log", "through the link?", "--by", "Sam", data_dir=demo_dir)
    assert result.returncode == 3
    assert "never follows" in _one_sentence(result.stderr)
    assert _snapshot(foreign) == before
    assert (demo_dir / "rmcoach.json").read_bytes() == store_bytes
    # doctor does not offer the linked folder's files as backups
    assert "rmcoach-2020" not in run_cli("doctor", data_dir=demo_dir).stdout


def test_deeply_nested_json_on_import_is_one_sentence(demo_dir: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    before = (demo_dir / "rmcoach.json").read_bytes()
    for args, stdin in ((["import", str(deep)], None), (["import", "-"], deep.read_text())):
        result = run_cli(*args, data_dir=demo_dir, stdin=stdin)
        assert result.returncode != 0
        assert "nested too deeply" in _one_sentence(result.stderr)
    assert (demo_dir / "rmcoach.json").read_bytes() == before


def _bytes_cli(args: list[str], data: bytes) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "rmcoach", *args], input=data, capture_output=True, env=env,
                          timeout=60)


def test_invalid_utf8_on_standard_input_is_one_sentence(demo_dir: Path) -> None:
    before = (demo_dir / "rmcoach.json").read_bytes()
    for args, outcome in ((["log", "-", "--by", "Sam"], "nothing was logged"), (["import", "-"], "nothing was imported")):
        result = _bytes_cli([*args, "--data-dir", str(demo_dir)], b"caf\xe9 \xff\xfe")
        assert result.returncode == 2
        line = _one_sentence(result.stderr.decode())
        assert "not UTF-8" in line and outcome in line
    assert (demo_dir / "rmcoach.json").read_bytes() == before


def test_a_byte_order_mark_on_standard_input_is_dropped(demo_dir: Path) -> None:
    result = _bytes_cli(["log", "-", "--by", "Sam", "--data-dir", str(demo_dir)], "\ufeffcafé au lait".encode())
    assert result.returncode == 0, result.stderr
    assert "café au lait" in {r["text"] for r in Store(demo_dir).all("learnings")}


def test_saved_bytes_are_plain_json_that_tinydb_reads(data_dir: Path) -> None:
    from tinydb import TinyDB

    store = Store(data_dir)
    store.insert("learnings", {"text": "naïve café ✓ \u2028 \"quoted\"", "n": 2**70, "f": 0.1})
    raw = (data_dir / "rmcoach.json").read_bytes()
    data = json.loads(raw)
    assert raw == json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    with TinyDB(data_dir / "rmcoach.json") as db:
        (doc,) = db.table("learnings").all()
    assert doc["n"] == 2**70 and doc["text"].startswith("naïve")


def test_a_save_changes_no_table_read_before_it_and_writes_each_record_once(data_dir: Path) -> None:
    store = Store(data_dir)
    store.insert("learnings", {"text": "first"})
    before = store.raw()["learnings"]
    seen = dict(before)
    with store.transaction():
        for i in range(50):
            store.put_raw("learnings", {"uuid": f"u{i}", "text": f"imported {i}"})
        store.update("learnings", "u3", {"text": "changed"})
    assert before == seen  # the dict read earlier was not changed under its reader
    texts = sorted(r["text"] for r in Store(data_dir).all("learnings"))
    assert len(texts) == 51 and "changed" in texts and "imported 3" not in texts


def test_a_date_object_in_a_record_is_refused_as_before_not_silently_stored(data_dir: Path) -> None:
    import datetime as dt

    from rmcoach.storage.store import dumps

    with pytest.raises(TypeError):
        dumps({"t": {"1": {"on": dt.date(2026, 1, 1)}}})
    assert dumps({"t": {"1": {"n": 2**70}}}) == b'{"t":{"1":{"n":1180591620717411303424}}}'


def test_without_orjson_the_store_writes_the_same_bytes(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rmcoach.storage.store import dumps, loads

    data = {"_meta": {"1": {"app": "rmcoach", "text": "naïve ✓"}}, "t": {"1": {"x": [1, 2.5, None, True]}}}
    fast = dumps(data)
    monkeypatch.setitem(sys.modules, "orjson", None)  # `import orjson` now fails
    assert dumps(data) == fast and loads(fast) == data
