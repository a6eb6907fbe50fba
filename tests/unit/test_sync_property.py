"""Two and three simulated laptops (each a data folder, one bare repository between them)
make random interleaved edits, deletions and private toggles, go offline, drift hours
apart and change time zone, and sync at random moments.  After everyone syncs twice:
every shared record is identical everywhere, every edit is the final value or a recorded
conflict, and no private text is in any git object or on any other laptop."""

from __future__ import annotations

import datetime as _dt
import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rmcoach.infra import clock
from tests.sync_sim import World

_runs = itertools.count()


def step(laptops: int) -> st.SearchStrategy:
    who = st.integers(0, laptops - 1)
    pick = st.integers(0, 50)
    return st.one_of(
        st.tuples(st.just("add"), who, st.booleans()),
        st.tuples(st.just("text"), who, pick),
        st.tuples(st.just("tag"), who, pick, st.sampled_from(["portal", "ward", "email", "teams"])),
        st.tuples(st.just("action"), who, pick, st.sampled_from(["status", "due"]),
                  st.sampled_from(["done", "dropped", "open", "2026-12-05", "2026-12-09", "2027-01-04"])),
        st.tuples(st.just("delete"), who, pick),
        st.tuples(st.just("toggle"), who, pick),
        st.tuples(st.just("sync"), who),
        st.tuples(st.just("sync"), who),
        st.tuples(st.just("offline"), who),
        st.tuples(st.just("skew"), who, st.integers(-9, 9), st.sampled_from([0, 1, -5, 10])),
        st.tuples(st.just("wait"), st.integers(1, 240)),
    )


def play(world: World, steps: list[tuple]) -> None:
    for s in steps:
        op = s[0]
        if op == "add":
            world.add_learning(s[1], s[2])
        elif op == "text":
            world.edit_text(s[1], s[2])
        elif op == "tag":
            world.tag(s[1], s[2], s[3])
        elif op == "action":
            value = s[4]
            if (s[3] == "status") != (value in ("done", "dropped", "open")):
                continue
            world.edit_action(s[1], s[2], s[3], value)
        elif op == "delete":
            world.delete(s[1], s[2])
        elif op == "toggle":
            world.toggle(s[1], s[2])
        elif op == "sync":
            world.sync(s[1])
        elif op == "offline":
            world.laptops[s[1]].offline = not world.laptops[s[1]].offline
        elif op == "skew":
            laptop = world.laptops[s[1]]
            laptop.skew = _dt.timedelta(hours=s[2])
            laptop.zone = _dt.timezone(_dt.timedelta(hours=s[3]))
        elif op == "wait":
            world.tick(s[1])
        world.tick(1)


def run_world(tmp_path: Path, laptops: int, steps: list[tuple]) -> World:
    root = tmp_path / f"world{next(_runs)}"
    root.mkdir()
    try:
        world = World(root, laptops)
        play(world, steps)
        world.settle()
        world.check_identical()
        world.check_every_edit_kept()
        world.check_no_private_leak()
        return world
    finally:
        clock.freeze(None)


@settings(max_examples=30)
@given(steps=st.lists(step(2), min_size=4, max_size=30))
def test_two_laptops_converge_and_keep_every_edit_and_every_secret(tmp_path: Path, steps: list[tuple]) -> None:
    run_world(tmp_path, 2, steps)


@settings(max_examples=20)
@given(steps=st.lists(step(3), min_size=4, max_size=36))
def test_three_laptops_converge_and_keep_every_edit_and_every_secret(tmp_path: Path, steps: list[tuple]) -> None:
    run_world(tmp_path, 3, steps)


def test_concurrent_edits_of_one_field_are_a_conflict_on_every_laptop(tmp_path: Path) -> None:
    world = run_world(tmp_path, 2, [("action", 0, 0, "due", "2026-12-05"), ("action", 1, 0, "due", "2026-12-09"),
                                    ("sync", 0), ("sync", 1)])
    doc = world.tip_docs()[f"actions/{world.actions[0]}"]
    options = {o["value"] for c in doc["conflicts"] for o in c["options"]}
    assert options == {"2026-12-05", "2026-12-09"}
