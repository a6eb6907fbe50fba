"""The quick look at a store file for the first frame: the pair and whether a rhythm is
set, from the small tables only; None (the full load decides and explains) whenever it
is not sure."""

from __future__ import annotations

import json
from pathlib import Path

from rmcoach.features.demo import build_demo
from rmcoach.records.pairs import load_pair
from rmcoach.storage.glance import glance
from rmcoach.storage.store import SCHEMA, Store
from tests.conftest import make_pair


def _edit(data_dir: Path, change) -> None:
    path = data_dir / "rmcoach.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_the_pair_and_its_rhythm_as_the_full_load_reads_them(data_dir: Path) -> None:
    store = Store(data_dir)
    build_demo(store)
    seen = glance(data_dir)
    assert seen is not None and seen.rhythm
    assert seen.pair == load_pair(Store(data_dir))


def test_a_pair_without_a_rhythm(data_dir: Path) -> None:
    make_pair(data_dir)
    seen = glance(data_dir)
    assert seen is not None and not seen.rhythm
    assert [p.name for p in seen.pair.people] == ["Dr Ann Lee", "Sam Roe"]


def test_a_damaged_record_outside_the_small_tables_is_left_to_the_full_load(data_dir: Path) -> None:
    build_demo(Store(data_dir))

    def damage(data):
        data["learnings"][next(iter(data["learnings"]))]["text"] = 42
    _edit(data_dir, damage)
    assert glance(data_dir) is not None  # the names are good; the load after the first frame refuses the file


def test_not_sure_means_none(data_dir: Path, tmp_path: Path) -> None:
    assert glance(tmp_path / "nowhere") is None  # no file: setup, decided by the full load
    empty = tmp_path / "empty"
    Store(empty).check()
    make_pair(empty)
    path = data_dir / "rmcoach.json"
    data_dir.mkdir(parents=True)
    for raw in (b"", b"{not json", b"[]", b'{"people": {}}', b"\x00\x01"):
        path.write_bytes(raw)
        assert glance(data_dir) is None, raw
    original = (empty / "rmcoach.json").read_text()
    cases = {
        "newer schema": lambda d: d["_meta"]["1"].update(schema=SCHEMA + 1),
        "older schema": lambda d: d["_meta"]["1"].update(schema=SCHEMA - 1),
        "foreign file": lambda d: d["_meta"]["1"].update(app="something else"),
        "a person whose name is a number": lambda d: d["people"][next(iter(d["people"]))].update(name=42),
        "a pair with one of its people": lambda d: d["people"].pop(next(iter(d["people"]))),
        "no pair yet": lambda d: d.update(pair={}),
    }
    for what, change in cases.items():
        data = json.loads(original)
        change(data)
        path.write_text(json.dumps(data))
        assert glance(data_dir) is None, what


# --------------------------------------------------------------------------- the head of the file
def test_rmcoach_writes_the_small_tables_first_and_the_look_reads_only_the_head(
        data_dir: Path, monkeypatch) -> None:
    from rmcoach.records import tables
    from rmcoach.storage import glance as glance_mod
    from rmcoach.storage.store import LEADING_TABLES

    assert LEADING_TABLES == (tables.META, tables.PEOPLE, tables.PAIR, tables.AGREEMENTS)
    store = Store(data_dir)
    build_demo(store)
    store.insert(tables.LEARNINGS, {"text": "x" * 200_000, "by": None, "tags": []})  # history past the first read
    raw = (data_dir / "rmcoach.json").read_bytes()
    assert list(json.loads(raw))[:4] == list(LEADING_TABLES)
    # the whole file is never scanned: the msgspec scan is not reached
    monkeypatch.setattr(glance_mod, "_decoder", lambda: (_ for _ in ()).throw(AssertionError("scanned")))
    seen = glance(data_dir)
    assert seen is not None and seen.rhythm is True and seen.pair == load_pair(Store(data_dir))


def test_a_file_in_another_order_still_gives_the_names(data_dir: Path) -> None:
    build_demo(Store(data_dir))
    path = data_dir / "rmcoach.json"
    data = json.loads(path.read_text())
    # an older rmcoach's order: the agreements after the history
    reordered = {name: data[name] for name in data if name != "agreements"} | {"agreements": data["agreements"]}
    path.write_text(json.dumps(reordered, indent=2))  # whitespace anywhere, as a hand edit leaves it
    seen = glance(data_dir)
    # the names come from the head; the rhythm is not known from it (the app reads the whole
    # file before its first frame when it needs the rhythm: on a computer marked as one's own)
    assert seen is not None and seen.rhythm is None and seen.pair == load_pair(Store(data_dir))
    # the people after the history: the whole file is scanned
    moved = {name: data[name] for name in data if name != "people"} | {"people": data["people"]}
    path.write_text(json.dumps(moved))
    seen = glance(data_dir)
    assert seen is not None and seen.pair == load_pair(Store(data_dir))


def test_small_tables_longer_than_the_first_read_are_read_whole(data_dir: Path) -> None:
    from rmcoach.storage.glance import _HEAD

    build_demo(Store(data_dir))

    def long_names(data):
        for person in data["people"].values():
            person["name"] = person["name"] + " é" * (_HEAD // 2)  # a character cut by the first read too
    _edit(data_dir, long_names)
    seen = glance(data_dir)
    assert seen is not None and seen.pair == load_pair(Store(data_dir))
    assert seen.pair.people[0].name.endswith(" é")


def test_a_table_twice_or_a_damaged_head_is_left_to_the_whole_scan(data_dir: Path) -> None:
    from rmcoach.storage.glance import _leading_tables

    make_pair(data_dir)
    path = data_dir / "rmcoach.json"
    text = path.read_text()
    twice = text[:-1] + ',"people":{}}'
    path.write_text('{"people":{},' + text[1:])
    assert _leading_tables(path) is None  # the last "people" counts, as the full load reads it
    path.write_text(twice)
    assert _leading_tables(path) is None
    path.write_bytes(text.encode()[:20] + b"\xff\xfe" + text.encode()[20:])
    assert glance(data_dir) is None
