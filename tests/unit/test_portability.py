"""Export and import: complete round trips, privacy of shared exports, symmetric merges."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rmcoach.features.demo import build_demo
from rmcoach.records.pairs import load_pair
from rmcoach.storage.portability import ImportRefused, export_data, import_data, parse_export, records_by_uuid
from rmcoach.storage.store import Store
from tests.conftest import run_cli

SECRET = "I felt out of my depth and did not say so"


def _with_private_note(store: Store) -> None:
    pair = load_pair(store)
    assert pair is not None
    store.insert("reflections", {"session": None, "author": pair.people[0].uuid, "visibility": "private", "text": SECRET})
    store.insert("learnings", {"text": "Shared learning", "by": pair.people[1].uuid, "author": pair.people[1].uuid,
                               "visibility": "shared", "tags": [], "skill": None, "on": "2026-11-01"})


def test_export_then_import_into_an_empty_folder_is_a_complete_copy(tmp_path: Path) -> None:
    a = Store(tmp_path / "a")
    build_demo(a)
    _with_private_note(a)
    payload = parse_export(json.dumps(export_data(a)), "test")
    b = Store(tmp_path / "b")
    report = import_data(b, payload)
    assert report.total_added == sum(len(v) for v in payload["tables"].values())
    assert records_by_uuid(a) == records_by_uuid(b)
    again = import_data(b, payload)
    assert again.total_added == 0 and again.total_updated == 0


def test_a_shared_export_never_contains_private_text(tmp_path: Path) -> None:
    a = Store(tmp_path / "a")
    build_demo(a)
    _with_private_note(a)
    full = json.dumps(export_data(a), ensure_ascii=False)
    shared = json.dumps(export_data(a, shared_only=True), ensure_ascii=False)
    assert SECRET in full
    assert SECRET not in shared and "Shared learning" in shared
    result = run_cli("export", "--shared", data_dir=tmp_path / "a")
    assert result.returncode == 0 and SECRET not in result.stdout
    complete = run_cli("export", data_dir=tmp_path / "a")
    assert SECRET in complete.stdout and "private item" in complete.stderr


def test_two_copies_changed_independently_merge_to_the_same_result_both_ways(tmp_path: Path) -> None:
    a = Store(tmp_path / "a")
    pair = build_demo(a)
    b_dir = tmp_path / "b"
    import_data(Store(b_dir), parse_export(json.dumps(export_data(a)), "a"))
    b = Store(b_dir)
    senior, junior = pair.people
    # both sides change the same person; each adds its own records; one deletes
    a.update("people", senior.uuid, {"role": "Consultant cardiologist and clinical lead"}, keep_history=True)
    b.update("people", senior.uuid, {"brings": "Thirty years of ward rounds"}, keep_history=True)
    only_a = a.insert("learnings", {"text": "from laptop A", "by": junior.uuid, "visibility": "shared"})
    only_b = b.insert("learnings", {"text": "from laptop B", "by": senior.uuid, "visibility": "shared"})
    gone = b.insert("learnings", {"text": "written then deleted", "by": senior.uuid, "visibility": "shared"})
    b.delete("learnings", gone["uuid"])
    export_a = parse_export(json.dumps(export_data(a)), "a")
    export_b = parse_export(json.dumps(export_data(b)), "b")
    shutil.copytree(tmp_path / "a", tmp_path / "a2")
    shutil.copytree(b_dir, tmp_path / "b2")
    a2, b2 = Store(tmp_path / "a2"), Store(tmp_path / "b2")
    report = import_data(a2, export_b)
    import_data(b2, export_a)
    assert records_by_uuid(a2) == records_by_uuid(b2)
    texts = {r["text"] for r in a2.all("learnings")}
    assert {"from laptop A", "from laptop B"} <= texts and "written then deleted" not in texts
    assert a2.get("learnings", only_a["uuid"]) and a2.get("learnings", only_b["uuid"])
    person = a2.get("people", senior.uuid)
    assert person is not None
    versions = [h["version"] for h in person["history"]]
    # the losing side's change is kept in history, nothing silently lost
    everything = json.dumps(person)
    assert "Consultant cardiologist and clinical lead" in everything and "Thirty years of ward rounds" in everything
    assert versions and report.conflicts == 1


def test_a_file_from_another_pair_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    a = Store(tmp_path / "a")
    build_demo(a)
    other = Store(tmp_path / "other")
    build_demo(other)
    out = tmp_path / "other.json"
    assert run_cli("export", "-o", str(out), data_dir=tmp_path / "other").returncode == 0
    before = a.path.read_bytes()
    result = run_cli("import", str(out), data_dir=tmp_path / "a")
    assert result.returncode == 1 and "different pair" in result.stderr and "Traceback" not in result.stderr
    assert a.path.read_bytes() == before


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json at all", "not valid JSON"),
        ('{"hello": 1}', "not an rmcoach export"),
        ('{"format": "rmcoach-export", "format_version": 1, "schema": 99, "tables": {}}', "newer rmcoach"),
        ('{"format": "rmcoach-export", "format_version": 1, "schema": 1, "tables": {"x": [1]}}', "damaged"),
    ],
)
def test_bad_files_are_refused_with_a_clear_sentence(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ImportRefused, match=message):
        parse_export(content, "f.json")
    f = tmp_path / "f.json"
    f.write_text(content)
    build_demo(Store(tmp_path / "a"))
    result = run_cli("import", str(f), data_dir=tmp_path / "a")
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr


def test_import_cli_round_trip_and_missing_file(tmp_path: Path) -> None:
    build_demo(Store(tmp_path / "a"))
    out = tmp_path / "backup.json"
    assert run_cli("export", "-o", str(out), data_dir=tmp_path / "a").returncode == 0
    result = run_cli("import", str(out), data_dir=tmp_path / "b")
    assert result.returncode == 0 and "added" in result.stdout
    assert load_pair(Store(tmp_path / "b")) is not None
    missing = run_cli("import", str(tmp_path / "nope.json"), data_dir=tmp_path / "b")
    assert missing.returncode == 2 and "does not exist" in missing.stderr


@pytest.mark.parametrize("command", ["export", "report", "ics"])
def test_an_output_file_never_replaces_pair_data(tmp_path: Path, command: str) -> None:
    data = tmp_path / "data"
    other = tmp_path / "other"
    build_demo(Store(data))
    build_demo(Store(other))
    Store(data).insert("learnings", {"text": "one more", "by": None, "visibility": "shared"})  # makes .prev and a backup
    backups = sorted((data / "backups").iterdir())
    protected = [data / "rmcoach.json", data / "rmcoach.json.prev", data / "rmcoach.json.lock", backups[0],
                 other / "rmcoach.json"]
    before = {p: p.read_bytes() for p in protected}
    for target in protected:
        result = run_cli(command, "-o", str(target), data_dir=data)
        assert result.returncode == 2, (target, result.stderr)
        assert "nothing was written" in result.stderr and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1
    assert {p: p.read_bytes() for p in protected} == before
    Store(data).check()  # still opens
    missing = run_cli(command, "-o", str(tmp_path / "no" / "such" / "out.txt"), data_dir=data)
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"rmcoach: could not write {tmp_path / 'no' / 'such' / 'out.txt'} because its folder does not exist."
    fine = run_cli(command, "-o", str(tmp_path / "out.txt"), data_dir=data)
    assert fine.returncode == 0, fine.stderr
    again = run_cli(command, "-o", str(tmp_path / "out.txt"), data_dir=data)  # replacing an earlier output is fine
    assert again.returncode == 0, again.stderr
