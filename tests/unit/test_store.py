"""The store: atomic, locked, never reuses ids, never overwrites a damaged file."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tinydb

from rmcoach.storage import store as store_mod
from rmcoach.storage.store import DamagedStore, NewerStore, Store, StoreWriteError, list_backups, restore_newest_backup
from tests.conftest import ROOT, run_cli

WRITER = r"""
import sys
from rmcoach.storage.store import Store
s = Store(sys.argv[1])
tag = sys.argv[2]
n = int(sys.argv[3])
for i in range(n):
    s.insert("notes", {"text": f"{tag}-{i}", "pad": "x" * 2000})
    print(f"{tag}-{i}", flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_insert_get_update_keep_uuid_timestamps_and_history(data_dir: Path) -> None:
    s = Store(data_dir)
    rec = s.insert("notes", {"text": "first"})
    assert len(rec["uuid"]) == 36 and rec["created"] and rec["updated"]
    s.update("notes", rec["uuid"], {"text": "second"}, keep_history=True, by="someone")
    got = s.get("notes", rec["uuid"])
    assert got["text"] == "second"
    assert got["history"][0]["version"]["text"] == "first"
    assert got["history"][0]["by"] == "someone"
    # a plain TinyDB can open and read it
    db = tinydb.TinyDB(s.path)
    assert db.table("notes").all()[0]["text"] == "second"
    db.close()


def test_doc_ids_are_never_reused(data_dir: Path) -> None:
    s = Store(data_dir)
    a = s.insert("notes", {"text": "a"})
    b = s.insert("notes", {"text": "b"})
    s.delete("notes", b["uuid"])
    assert s.get("notes", b["uuid"]) is None
    assert [r["text"] for r in s.all("notes")] == ["a"]
    # even if someone removes the document for real with plain TinyDB
    raw = json.loads(s.path.read_text())
    del raw["notes"]["2"]
    s.path.write_text(json.dumps(raw))
    c = s.insert("notes", {"text": "c"})
    keys = json.loads(s.path.read_text())["notes"].keys()
    assert "3" in keys and c["uuid"] != b["uuid"]
    assert a["uuid"] in s.path.read_text()


def test_a_second_instance_sees_writes_no_stale_cache(data_dir: Path) -> None:
    one, two = Store(data_dir), Store(data_dir)
    one.insert("notes", {"text": "from one"})
    from tinydb import Query

    assert len(two.db.table("notes").search(Query().text.exists())) == 1
    assert len(one.db.table("notes").search(Query().text.exists())) == 1
    two.insert("notes", {"text": "from two"})
    # the same query again must not come from a cache
    assert len(one.db.table("notes").search(Query().text.exists())) == 2
    assert {r["text"] for r in one.all("notes")} == {"from one", "from two"}


def test_writes_outside_a_transaction_are_refused(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "x"})
    with pytest.raises(RuntimeError):
        s.db.table("notes").insert({"text": "sneaky"})


def test_a_failed_transaction_writes_nothing(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "kept"})
    before = s.path.read_bytes()
    with pytest.raises(ZeroDivisionError):
        with s.transaction():
            s.insert("notes", {"text": "half"})
            1 / 0
    assert s.path.read_bytes() == before
    assert [r["text"] for r in s.all("notes")] == ["kept"]


def test_sigkill_during_writes_never_breaks_the_file_or_loses_acknowledged_writes(data_dir: Path) -> None:
    rng = random.Random(1234)
    acknowledged: list[str] = []
    for round_no in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), f"r{round_no}", "100000"],
            stdout=subprocess.PIPE, text=True, env=_env(),
        )
        # everything printed before the kill was acknowledged (printed after its commit);
        # the pipe holds it until we read it
        time.sleep(rng.uniform(0.3, 0.7))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        lines = out.splitlines()
        acknowledged.extend(line for line in lines if line)
        data = json.loads((data_dir / "rmcoach.json").read_text())  # always parses
        assert data["_meta"]["1"]["app"] == "rmcoach"
    texts = {r["text"] for r in Store(data_dir).all("notes")}
    assert acknowledged, "the writer never got going"
    missing = [a for a in acknowledged if a not in texts]
    assert not missing
    leftovers = [p.name for p in data_dir.iterdir() if ".tmp-" in p.name]
    Store(data_dir).insert("notes", {"text": "after"})
    assert not [p.name for p in data_dir.iterdir() if ".tmp-" in p.name], (os.getpid(), leftovers)
    del leftovers


def test_two_processes_writing_at_once_lose_nothing(data_dir: Path) -> None:
    Store(data_dir).insert("notes", {"text": "seed"})
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), tag, "60"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        for tag in ("a", "b")
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert err == ""
    texts = {r["text"] for r in Store(data_dir).all("notes")}
    assert {f"a-{i}" for i in range(60)} <= texts
    assert {f"b-{i}" for i in range(60)} <= texts
    assert len(texts) == 121


DAMAGED = {
    "truncated": b'{"_meta": {"1": {"app": "rmcoach", "schema": 1}}, "people": {"1": {"na',
    "nul-bytes": b'{"_meta": {"1": {"app": "rmcoach",\x00\x00\x00 "schema": 1}}}',
    "invalid-utf8": b'{"_meta": {"1": {"app": "rmcoach", "schema": 1, "x": "\xff\xfe"}}}',
    "json-list": b"[]",
    "foreign-json": b'{"accounts": [1, 2, 3]}',
    "plain-tinydb": b'{"_default": {"1": {"a": 1}}}',
    "empty-file": b"",
    "whitespace": b"   \n",
    "table-as-list": b'{"_meta": {"1": {"app": "rmcoach", "schema": 2}}, "notes": [{"uuid": "n1"}]}',
    "record-not-a-mapping": b'{"_meta": {"1": {"app": "rmcoach", "schema": 2}}, "notes": {"1": {}, "2": [1]}}',
    "key-not-a-document-id": b'{"_meta": {"1": {"app": "rmcoach", "schema": 2}}, "notes": {"1": {}, "x": {}}}',
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_a_damaged_store_is_reported_and_never_touched(data_dir: Path, case: str) -> None:
    data_dir.mkdir()
    path = data_dir / "rmcoach.json"
    path.write_bytes(DAMAGED[case])
    with pytest.raises(DamagedStore) as caught:
        Store(data_dir).check()
    if case in ("table-as-list", "record-not-a-mapping", "key-not-a-document-id"):
        assert "has a damaged table 'notes'" in str(caught.value)
    with pytest.raises(DamagedStore):
        Store(data_dir).insert("notes", {"text": "must not land"})
    from rmcoach.features.demo import build_demo
    from rmcoach.storage.portability import dumps, export_data

    export = data_dir.parent / "export.json"
    elsewhere = Store(data_dir.parent / "elsewhere")
    build_demo(elsewhere)
    export.write_text(dumps(export_data(elsewhere)))  # a good file to import: the store is what is damaged
    every_command = (["demo"], [], ["brief"], ["next"], ["log", "a learning"], ["jargon", "-"], ["agreement"],
                     ["ics"], ["report"], ["export"], ["import", str(export)])
    for args in every_command:
        result = run_cli(*args, data_dir=data_dir, stdin="Save it to the cloud.")
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, result.stderr
        assert str(path) in lines[0] and "rmcoach doctor" in lines[0], (args, lines)
    doctor = run_cli("doctor", data_dir=data_dir)
    assert doctor.returncode == 1 and "PROBLEM" in doctor.stdout and "Traceback" not in doctor.stderr
    assert "no good backup" in doctor.stdout and "--restore" not in doctor.stdout  # nothing to restore from
    assert path.read_bytes() == DAMAGED[case]


def test_a_newer_store_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "rmcoach.json"
    raw = json.dumps({"_meta": {"1": {"app": "rmcoach", "schema": 99}}}).encode()
    path.write_bytes(raw)
    with pytest.raises(NewerStore, match="newer rmcoach"):
        Store(data_dir).insert("notes", {"text": "no"})
    result = run_cli("demo", data_dir=data_dir)
    assert result.returncode != 0 and "newer rmcoach" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == raw


def test_an_older_store_is_backed_up_migrated_and_written_once(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "old shape"})
    original = s.path.read_bytes()

    current = store_mod.SCHEMA

    def to_next(data: dict) -> dict:
        for doc in data.get("notes", {}).values():
            doc["body"] = doc.pop("text")
        return data

    monkeypatch.setattr(store_mod, "SCHEMA", current + 1)
    monkeypatch.setitem(store_mod.MIGRATIONS, current, to_next)
    fresh = Store(data_dir)
    notes = fresh.all("notes")
    assert notes[0]["body"] == "old shape"
    assert fresh.meta()["schema"] == current + 1
    backups = list((data_dir / "backups").glob(f"rmcoach-schema{current}-*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert (backups[0].stat().st_mode & 0o777) == 0o600  # as private as the store itself
    assert json.loads(s.path.read_text())["_meta"]["1"]["schema"] == current + 1


def test_previous_version_and_daily_backups_are_kept(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "one"})
    first = s.path.read_bytes()
    s.insert("notes", {"text": "two"})
    assert (data_dir / "rmcoach.json.prev").read_bytes() == first
    second = s.path.read_bytes()
    s.insert("notes", {"text": "three"})
    assert (data_dir / "rmcoach.json.prev").read_bytes() == second
    bdir = data_dir / "backups"
    for day in range(1, 10):
        (bdir / f"rmcoach-2020-01-{day:02d}.json").write_bytes(first)
    today = next(bdir.glob(f"rmcoach-{__import__('datetime').date.today().isoformat()}.json"))
    today.unlink()
    s.insert("notes", {"text": "four"})
    dailies = sorted(p.name for p in bdir.glob("rmcoach-????-??-??.json"))
    assert len(dailies) == 7
    assert dailies[0] == "rmcoach-2020-01-04.json"


def test_doctor_restore_moves_damage_aside_and_restores_the_newest_good_backup(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "one"})
    s.insert("notes", {"text": "two"})
    good_prev = (data_dir / "rmcoach.json.prev").read_bytes()
    s.path.write_bytes(b'{"_meta": {"1": {"app": "rmc')
    result = run_cli("doctor", "--restore", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert s.path.read_bytes() == good_prev
    moved = list(data_dir.glob("rmcoach.json.damaged-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == b'{"_meta": {"1": {"app": "rmc'
    assert [r["text"] for r in Store(data_dir).all("notes")] == ["one"]


def test_restore_with_no_good_backup_changes_nothing(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "rmcoach.json").write_bytes(b"[]")
    with pytest.raises(store_mod.StoreError, match="No readable backup"):
        restore_newest_backup(data_dir)
    assert (data_dir / "rmcoach.json").read_bytes() == b"[]"
    assert list_backups(data_dir) == []


def test_permissions_are_private(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "one"})
    s.insert("notes", {"text": "two"})
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    for p in (s.path, s.lock_path, s.prev_path):
        assert (p.stat().st_mode & 0o777) == 0o600, p
    assert ((data_dir / "backups").stat().st_mode & 0o777) == 0o700


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EROFS])
def test_a_failed_save_explains_and_keeps_the_previous_data(data_dir: Path, monkeypatch: pytest.MonkeyPatch, err: int) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "safe"})
    before = s.path.read_bytes()
    real_write = os.write

    def failing_write(fd: int, data: bytes) -> int:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(store_mod.os, "write", failing_write)
    with pytest.raises(StoreWriteError) as info:
        s.insert("notes", {"text": "lost?"})
    monkeypatch.setattr(store_mod.os, "write", real_write)
    message = str(info.value)
    assert str(s.path) in message and ("disk is full" in message or "read-only" in message)
    assert s.path.read_bytes() == before
    assert [r["text"] for r in s.all("notes")] == ["safe"]
    assert not [p for p in data_dir.iterdir() if ".tmp-" in p.name]
    s.insert("notes", {"text": "retry works"})
    assert [r["text"] for r in s.all("notes")] == ["safe", "retry works"]


def test_no_temp_file_is_left_when_the_previous_copy_is_already_the_same_file(data_dir: Path) -> None:
    # what a writer killed between its snapshot and its save leaves behind
    s = Store(data_dir)
    s.insert("notes", {"text": "one"})
    s.prev_path.unlink(missing_ok=True)
    os.link(s.path, s.prev_path)
    s.insert("notes", {"text": "two"})
    assert not [p.name for p in data_dir.iterdir() if ".tmp-" in p.name]
    assert json.loads(s.prev_path.read_text())["notes"]["1"]["text"] == "one"


def test_a_leftover_temp_file_is_cleaned_up_by_the_next_save(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "first"})
    leftover = data_dir / ".rmcoach.json.tmp-99999-deadbeef"
    leftover.write_bytes(b'{"half": ')  # what a writer killed mid-save leaves behind
    Store(data_dir).insert("notes", {"text": "second"})
    assert not leftover.exists()
    assert [n["text"] for n in Store(data_dir).all("notes")] == ["first", "second"]


def test_preferences_from_two_processes_are_merged_not_lost(data_dir: Path) -> None:
    from rmcoach.storage.prefs import Prefs

    app_side = Prefs(data_dir)
    app_side.set("viewer", "A")
    Prefs(data_dir).set("last_logger", "B")  # `rmcoach log` in another terminal
    app_side.set("theme", "nord")  # the app still holds its old copy
    fresh = Prefs(data_dir)
    assert (fresh.get("viewer"), fresh.get("last_logger"), fresh.get("theme")) == ("A", "B", "nord")


def test_a_pair_missing_its_people_is_damage_not_a_crash(data_dir: Path) -> None:
    from rmcoach.features.demo import build_demo

    build_demo(Store(data_dir))
    path = data_dir / "rmcoach.json"
    data = json.loads(path.read_text())
    data["people"] = {}  # edited by hand
    path.write_text(json.dumps(data))
    raw = path.read_bytes()
    for args in ([], ["report"], ["brief"], ["next"], ["log", "x"]):
        result = run_cli(*args, data_dir=data_dir)
        assert result.returncode == 3, (args, result.stderr)
        assert result.stderr.strip().endswith("or to restore a backup.")
        assert "0 of its two people" in result.stderr and result.stderr.count("\n") == 1
    doctor = run_cli("doctor", data_dir=data_dir)
    assert doctor.returncode == 1 and "PROBLEM - has a record rmcoach cannot accept" in doctor.stdout
    assert "finds 0 of its two people" in doctor.stdout
    assert path.read_bytes() == raw


# --------------------------------------------------------------------------- reading the file's JSON
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**80), 2**80) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=25)


def _typed(value: object) -> object:
    """``value`` with the type of every number kept visible (1 and 1.0 compare equal)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _decoders(monkeypatch: pytest.MonkeyPatch, which: str) -> None:
    """Make the store read with msgspec (as installed) or, without it, with the stdlib (orjson
    is there, and must not be used to read)."""
    store_mod._json_decoder.cache_clear()
    if which == "stdlib":
        monkeypatch.setitem(sys.modules, "msgspec", None)  # `import msgspec` now fails
        monkeypatch.setitem(sys.modules, "msgspec.json", None)


@pytest.fixture(params=["msgspec", "stdlib"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    _decoders(monkeypatch, request.param)
    yield request.param
    store_mod._json_decoder.cache_clear()


@settings(max_examples=150, deadline=None)
@given(value=_JSON, ascii_only=st.booleans())
def test_the_store_reads_json_as_the_stdlib_does(value: object, ascii_only: bool) -> None:
    """Whichever parser is fastest, what the file says is what the stdlib would read:
    integers of any size stay integers, floats stay floats, text stays text."""
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
    assert _typed(store_mod.loads(raw)) == _typed(json.loads(raw))


@pytest.mark.parametrize("raw", [
    b'{"a":1,"a":2}', b'{"n":123456789012345678901234567890}', b'{"n":-9223372036854775809}',
    b'{"a":NaN,"b":Infinity}', b'{"a":1e400}', b'{"s":"\\ud800"}', b'{"\\u0000":"x"}', b'{"a":-0.0}',
])
def test_every_parser_reads_hand_edits_as_the_stdlib_does(raw: bytes, decoder: str) -> None:
    got, want = store_mod.loads(raw), json.loads(raw)
    assert repr(_typed(got)) == repr(_typed(want))  # repr: NaN is never equal to itself


@pytest.mark.parametrize("raw", [b'{"a":"x\x01y"}', b'\xef\xbb\xbf{"a":1}', b'{"a":1,}', b"[" * 5000 + b"]" * 5000])
def test_every_parser_refuses_what_the_stdlib_refuses(raw: bytes, decoder: str) -> None:
    with pytest.raises((ValueError, RecursionError)):
        store_mod.loads(raw)
