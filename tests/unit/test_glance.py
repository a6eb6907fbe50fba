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
