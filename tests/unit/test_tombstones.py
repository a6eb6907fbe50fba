"""A deleted item leaves a tombstone with only what merging needs (uuid, timestamps,
deleted, its table); its words never stay in the live store nor go out in an export,
and a migration (after the usual backup) cleans tombstones an older rmcoach left."""

from __future__ import annotations

import json
from pathlib import Path

from rmcoach.features import learnings
from rmcoach.features.demo import build_demo
from rmcoach.storage.portability import export_data, import_data, parse_export
from rmcoach.storage.store import SCHEMA, Store
from tests.conftest import run_cli

DELETED = "Logged by mistake as shared: my worry about the registrar"
EARLIER = "An earlier wording of that worry"


def _raw_record(data_dir: Path, table: str, uuid: str) -> dict:
    data = json.loads((data_dir / "rmcoach.json").read_text())
    return next(d for d in data[table].values() if d["uuid"] == uuid)


def test_deleting_drops_content_and_history_from_the_live_store(demo_dir: Path) -> None:
    store = Store(demo_dir)
    me = next(iter(json.loads((demo_dir / "rmcoach.json").read_text())["people"].values()))["uuid"]
    rec = learnings.add_learning(store, text=EARLIER, by=me, tags="worry")
    learnings.edit_learning(store, rec["uuid"], text=DELETED, skill=None, tags="worry", by=me)
    assert _raw_record(demo_dir, "learnings", rec["uuid"])["history"]
    learnings.delete_learning(store, rec["uuid"])

    stone = _raw_record(demo_dir, "learnings", rec["uuid"])
    assert set(stone) == {"uuid", "created", "updated", "deleted"} and stone["deleted"] is True
    assert stone["created"] == rec["created"]
    text = (demo_dir / "rmcoach.json").read_text()
    assert DELETED not in text and EARLIER not in text
    assert store.get("learnings", rec["uuid"]) is None
    for args in (("export",), ("export", "--shared")):
        out = run_cli(*args, data_dir=demo_dir)
        assert out.returncode == 0 and DELETED not in out.stdout and EARLIER not in out.stdout
        assert rec["uuid"] in out.stdout  # the deletion itself still travels, for the other laptop


def _plant_old_tombstone(data_dir: Path) -> str:
    """A schema-1 store as an older rmcoach left it: a deleted learning that still has its text and history."""
    store = Store(data_dir)
    build_demo(store)
    data = json.loads((data_dir / "rmcoach.json").read_text())
    person = next(iter(data["people"].values()))["uuid"]
    stone = {"uuid": "5f0c4a52-3b8e-4d0e-9d8a-6f2b8e7c1a01", "text": DELETED, "by": person, "author": person,
             "visibility": "shared", "tags": ["worry"], "skill": None, "on": "2026-11-02", "deleted": True,
             "history": [{"at": "2026-11-02T10:00:00+00:00", "by": person, "version": {"text": EARLIER}}],
             "created": "2026-11-02T09:00:00+00:00", "updated": "2026-11-02T11:00:00+00:00"}
    data["learnings"][str(10_000)] = stone
    data["_meta"]["1"]["schema"] = 1
    (data_dir / "rmcoach.json").write_text(json.dumps(data))
    return stone["uuid"]


def test_a_migration_cleans_a_planted_tombstone_after_backing_up(data_dir: Path) -> None:
    uuid = _plant_old_tombstone(data_dir)
    original = (data_dir / "rmcoach.json").read_bytes()
    assert DELETED.encode() in original

    out = run_cli("export", "--shared", data_dir=data_dir)  # the first command to open it migrates it
    assert out.returncode == 0, out.stderr
    assert DELETED not in out.stdout and EARLIER not in out.stdout

    data = json.loads((data_dir / "rmcoach.json").read_text())
    assert data["_meta"]["1"]["schema"] == SCHEMA
    stone = next(d for d in data["learnings"].values() if d["uuid"] == uuid)
    assert stone == {"uuid": uuid, "created": "2026-11-02T09:00:00+00:00",
                     "updated": "2026-11-02T11:00:00+00:00", "deleted": True}
    assert DELETED not in (data_dir / "rmcoach.json").read_text()
    backups = list((data_dir / "backups").glob("rmcoach-schema1-*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == original  # the backup keeps the earlier version
    # live records are untouched by the migration
    assert len(Store(data_dir).all("learnings")) == len([d for d in data["learnings"].values() if not d.get("deleted")])


def test_no_export_carries_a_tombstones_text(data_dir: Path) -> None:
    """Even a tombstone that reached the live store some other way is exported bare."""
    store = Store(data_dir)
    build_demo(store)
    store.put_raw("learnings", {"uuid": "a1", "text": DELETED, "deleted": True, "visibility": "shared",
                                "history": [{"version": {"text": EARLIER}}],
                                "created": "2026-11-02T09:00:00+00:00", "updated": "2026-11-02T11:00:00+00:00"})
    for shared in (False, True):
        dumped = json.dumps(export_data(store, shared_only=shared))
        assert DELETED not in dumped and EARLIER not in dumped and '"a1"' in dumped


def test_importing_a_deletion_never_brings_its_words_along(tmp_path: Path) -> None:
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a = Store(a_dir)
    pair = build_demo(a)
    me = pair.people[0].uuid
    rec = learnings.add_learning(a, text=DELETED, by=me)
    import_data(Store(b_dir), parse_export(json.dumps(export_data(a)), "a"))
    learnings.delete_learning(a, rec["uuid"])
    # the other laptop still has the live record: the deletion wins and leaves nothing behind
    b = Store(b_dir)
    import_data(b, parse_export(json.dumps(export_data(a)), "a"))
    assert b.get("learnings", rec["uuid"]) is None
    assert DELETED not in (b_dir / "rmcoach.json").read_text()
    # and the other way round: merging the live copy into the deleted one keeps it deleted and bare
    c_dir = tmp_path / "c"
    c = Store(c_dir)
    import_data(c, parse_export(json.dumps(export_data(a)), "a"))
    older = dict(rec)
    import_data(c, parse_export(json.dumps({**export_data(a), "tables": {"learnings": [older]}}), "old"))
    assert c.get("learnings", rec["uuid"]) is None
    assert DELETED not in (c_dir / "rmcoach.json").read_text()

    # an export written by an older rmcoach carries the whole deleted record: imported bare
    d_dir = tmp_path / "d"
    old_style = export_data(a)
    old_style["schema"] = 1
    old_style["tables"]["learnings"] = [dict(rec, deleted=True, updated="2099-01-01T00:00:00+00:00")
                                        if r["uuid"] == rec["uuid"] else r for r in old_style["tables"]["learnings"]]
    import_data(Store(d_dir), parse_export(json.dumps(old_style), "old"))
    assert DELETED not in (d_dir / "rmcoach.json").read_text()
