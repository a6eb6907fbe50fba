"""What a save checks: every record passed the check when the file was loaded, so a
save checks only the records it changes - and still never writes a record that would
not load, nor overwrites a file damaged or replaced since it was loaded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rmcoach import records
from rmcoach.records import tables
from rmcoach.records.skills import LearningRecord
from rmcoach.storage.store import DamagedStore, Store, StoreError
from tests.conftest import make_pair


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every set of tables a check is run on (as table -> doc ids)."""
    seen: list[dict[str, Any]] = []
    real = records.iter_problems

    def spy(tables_: Any, refs: Any = None) -> Any:
        seen.append({name: sorted(rows) for name, rows in tables_.items() if isinstance(rows, dict)})
        return real(tables_, refs)

    monkeypatch.setattr(records, "iter_problems", spy)
    return seen


def _with_learnings(data_dir: Path, count: int) -> Store:
    store, pair = make_pair(data_dir)
    with store.transaction():
        for i in range(count):
            store.insert(tables.LEARNINGS, {"text": f"learning {i}", "by": pair.people[0].uuid, "tags": ["t"]})
    return Store(data_dir)  # a fresh process's view: loaded, and checked whole on load


def test_a_save_checks_only_the_records_it_changes(data_dir: Path, checked: list[dict[str, Any]]) -> None:
    store = _with_learnings(data_dir, 50)
    store.check()
    assert checked and len(checked[-1][tables.LEARNINGS]) == 50  # loading checks everything
    checked.clear()
    added = store.insert(tables.LEARNINGS, {"text": "one more", "by": None, "tags": []})
    assert len(checked) == 1
    assert set(checked[0]) == {tables.META, tables.LEARNINGS}  # the header, whose id counters changed
    assert len(checked[0][tables.LEARNINGS]) == 1
    checked.clear()
    first = store.view(tables.LEARNINGS)[0]
    store.update(tables.LEARNINGS, first["uuid"], {"text": "changed"})
    store.update(tables.LEARNINGS, added["uuid"], {"text": "changed too"})
    assert [len(c[tables.LEARNINGS]) for c in checked] == [1, 1]
    assert Store(data_dir).get(tables.LEARNINGS, first["uuid"])["text"] == "changed"  # type: ignore[index]


def test_a_record_changed_by_a_save_is_checked_and_a_bad_one_refused(data_dir: Path) -> None:
    store = _with_learnings(data_dir, 3)
    store.check()
    before = store.path.read_bytes()
    target = store.view(tables.LEARNINGS)[1]["uuid"]
    with pytest.raises(StoreError, match=rf'did not save, because the learnings record {target} has a bad field "tags"'):
        store.update(tables.LEARNINGS, target, {"tags": "not a list"})
    with pytest.raises(StoreError, match='did not save, because the learnings record .* bad field "on"'):
        store.insert(tables.LEARNINGS, {"text": "x", "on": "9999-01-01"})
    with pytest.raises(StoreError, match="did not save"):
        store.put_raw_many([(tables.LEARNINGS, {"uuid": "imported", "text": 5})])
    with pytest.raises(StoreError, match="did not save"):  # a reference to nobody in the people table
        store.insert(tables.ACTIONS, {"text": "x", "owner": "a stranger"})
    assert store.path.read_bytes() == before
    assert all(isinstance(r.tags, tuple) for r in store.records(LearningRecord))
    assert Store(data_dir).check() is None  # what is on disk still loads


def test_a_change_to_the_people_or_the_pair_checks_everything(data_dir: Path, checked: list[dict[str, Any]]) -> None:
    store = _with_learnings(data_dir, 5)
    store.check()
    person = store.view(tables.PEOPLE)[0]
    checked.clear()
    store.update(tables.PEOPLE, person["uuid"], {"role": "Registrar"})
    assert len(checked) == 1 and len(checked[0][tables.LEARNINGS]) == 5
    pair = store.view(tables.PAIR)[0]
    before = store.path.read_bytes()
    with pytest.raises(StoreError, match="did not save, because .*finds 1 of its two people"):
        store.update(tables.PAIR, pair["uuid"], {"people": [person["uuid"], "nobody"]})
    assert store.path.read_bytes() == before


def test_what_a_save_has_not_checked_is_checked_whole(data_dir: Path, checked: list[dict[str, Any]]) -> None:
    store = _with_learnings(data_dir, 5)
    checked.clear()
    fresh = Store(data_dir / "new")
    fresh.insert(tables.LEARNINGS, {"text": "first ever", "by": None, "tags": []})
    assert checked and tables.PEOPLE not in checked[-1]  # a new store: all of it (one record) checked
    checked.clear()
    with store.transaction():  # TinyDB rewriting tables itself: every record checked
        store.db.table(tables.LEARNINGS).update({"text": "through TinyDB"}, doc_ids=[1])
    assert checked and len(checked[-1][tables.LEARNINGS]) == 5
    assert Store(data_dir).view(tables.LEARNINGS)[0]["text"] == "through TinyDB"


def test_a_store_migrated_on_load_is_checked_whole_when_it_is_next_saved(data_dir: Path) -> None:
    store = _with_learnings(data_dir, 3)
    data = json.loads(store.path.read_text())
    data["_meta"]["1"]["schema"] = 1  # schema 1 stores are migrated, not checked, on load
    data[tables.LEARNINGS]["2"]["tags"] = "bad"  # a record this save does not touch
    store.path.write_text(json.dumps(data))
    migrated = Store(data_dir)
    with pytest.raises(StoreError, match='did not save, because the learnings record .* bad field "tags"'):
        migrated.insert(tables.LEARNINGS, {"text": "new", "by": None, "tags": []})


@pytest.mark.parametrize("damage", ["garbage", "bad record", "foreign"])
def test_a_file_damaged_since_it_was_loaded_is_never_overwritten(data_dir: Path, damage: str) -> None:
    store = _with_learnings(data_dir, 3)
    store.check()
    data = json.loads(store.path.read_text())
    if damage == "garbage":
        raw = store.path.read_bytes()[:-40]
    elif damage == "bad record":
        data[tables.LEARNINGS]["1"]["tags"] = "bad"
        raw = json.dumps(data).encode()
    else:
        raw = b'{"accounts": {"1": {"a": 1}}}'
    store.path.write_bytes(raw)
    with pytest.raises(DamagedStore):
        store.insert(tables.LEARNINGS, {"text": "must not land", "by": None, "tags": []})
    store.keep_last_good = True  # as the app reads: the last good data is shown, saving still refuses
    assert len(store.view(tables.LEARNINGS)) == 3 and store.damage is not None
    with pytest.raises(DamagedStore):
        store.insert(tables.LEARNINGS, {"text": "must not land", "by": None, "tags": []})
    assert store.path.read_bytes() == raw


def test_an_import_in_this_process_is_seen_by_what_was_read_before(data_dir: Path) -> None:
    store = _with_learnings(data_dir, 3)
    assert len(store.records(LearningRecord)) == 3
    held = store.raw()[tables.LEARNINGS]
    store.put_raw_many([(tables.LEARNINGS, {"uuid": "imported-1", "text": "from the other laptop", "tags": []}),
                        (tables.LEARNINGS, {"uuid": "imported-1", "text": "newer", "tags": []})])
    assert [r.text for r in store.records(LearningRecord)][-1] == "newer"
    assert len(store.records(LearningRecord)) == 4 and store.record(LearningRecord, "imported-1") is not None
    assert len(held) == 3  # a reader holding the table before is not changed under it
    assert Store(data_dir).get(tables.LEARNINGS, "imported-1")["text"] == "newer"  # type: ignore[index]


# --------------------------------------------------------------------------- serialising
def _same_as_whole(path: Path) -> None:
    """The file is byte for byte what serialising the whole database at once gives."""
    from rmcoach.storage import store as store_mod

    raw = path.read_bytes()
    data = json.loads(raw)
    assert raw == store_mod.dumps(data)
    assert raw == json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_a_save_serialises_only_the_tables_it_changed(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rmcoach.storage import store as store_mod

    store = _with_learnings(data_dir, 5)
    store.insert(tables.ACTIONS, {"text": "first save after loading: every table", "owner": None})
    serialised: list[Any] = []
    real = store_mod.dumps

    def spy(value: Any) -> bytes:
        serialised.append(value)
        return real(value)

    monkeypatch.setattr(store_mod, "dumps", spy)
    store.insert(tables.ACTIONS, {"text": "second", "owner": None})
    tables_serialised = [v for v in serialised if isinstance(v, dict)]
    assert store.raw()[tables.ACTIONS] in tables_serialised  # the changed table
    assert store.raw()[tables.LEARNINGS] not in tables_serialised  # an unchanged one is reused
    assert store.raw()[tables.PEOPLE] not in tables_serialised
    _same_as_whole(store.path)


def test_what_is_written_is_always_the_whole_database(data_dir: Path) -> None:
    store = _with_learnings(data_dir, 4)
    other = Store(data_dir)  # another process
    first = store.view(tables.LEARNINGS)[0]["uuid"]
    steps = [
        lambda: store.insert(tables.LEARNINGS, {"text": "ünïcode ✓ and \"quotes\"", "by": None, "tags": ["x"]}),
        lambda: store.update(tables.LEARNINGS, first, {"text": "edited"}, keep_history=True),
        lambda: store.delete(tables.LEARNINGS, first),
        lambda: other.insert(tables.LEARNINGS, {"text": "from elsewhere", "by": None, "tags": []}),
        lambda: store.insert(tables.ACTIONS, {"text": "after the other one saved", "owner": None}),
        lambda: store.put_raw_many([(tables.LEARNINGS, {"uuid": "imported", "text": "in", "tags": []}),
                                    (tables.GLOSSARY_TERMS, {"uuid": "g1", "term": "EPR", "alternative": "the record"})]),
    ]
    for step in steps:
        step()
        _same_as_whole(store.path)
    with store.transaction():  # TinyDB changing a table in place
        store.db.table(tables.LEARNINGS).update({"text": "through TinyDB"}, doc_ids=[2])
    _same_as_whole(store.path)
    with pytest.raises(RuntimeError):  # a change dropped with its transaction is never written later
        with store.transaction():
            store.insert(tables.LEARNINGS, {"text": "rolled back", "by": None, "tags": []})
            raise RuntimeError("abandoned")
    store.insert(tables.ACTIONS, {"text": "last", "owner": None})
    _same_as_whole(store.path)
    texts = [r["text"] for r in Store(data_dir).view(tables.LEARNINGS)]
    assert "from elsewhere" in texts and "through TinyDB" in texts and "rolled back" not in texts
    assert "edited" not in texts  # deleted after the edit
    assert [r["text"] for r in Store(data_dir).view(tables.ACTIONS)] == ["after the other one saved", "last"]
    import tinydb

    with tinydb.TinyDB(store.path, access_mode="r") as plain:  # still a plain TinyDB file
        assert len(plain.table(tables.LEARNINGS)) == len(Store(data_dir).raw()[tables.LEARNINGS])
