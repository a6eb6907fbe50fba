"""Sync from the app: the quiet home line, the y key (and palette), and choosing in a dialog."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.storage.store import Store
from rmcoach.sync.engine import sync
from rmcoach.sync.state import load
from tests.conftest import go_home, until

SIZE = (120, 40)


def _status(app) -> str:
    return str(app.screen.query_one("#status", Static).render())


async def test_the_home_line_shows_unsent_changes_and_y_sends_them(demo_dir: Path, tmp_path: Path) -> None:
    remote = tmp_path / "pair.git"
    sync(demo_dir, str(remote))
    pair = load_pair(Store(demo_dir))
    added = Store(demo_dir).insert("learnings", {"text": "Sent from the app", "by": pair.people[0].uuid,
                                                 "author": pair.people[0].uuid, "visibility": "shared"})
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await until(pilot, lambda: "1 change not synced yet" in _status(app), "the unsent-changes line")
        await pilot.press("y")
        await until(pilot, lambda: "not synced" not in _status(app), "the line to go after syncing")
    assert f"learnings/{added['uuid']}" in load(demo_dir).base


async def test_y_without_a_connection_says_how_to_connect(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("y")
        await until(pilot, lambda: any("rmcoach sync --remote" in str(n.message) for n in app._notifications),
                    "the how-to-connect message")


async def test_a_conflict_is_chosen_in_the_app_and_reaches_the_other_laptop(demo_dir: Path, tmp_path: Path) -> None:
    remote = tmp_path / "pair.git"
    other = tmp_path / "other"
    sync(demo_dir, str(remote))
    sync(other, str(remote))
    here, there = Store(demo_dir), Store(other)
    pair = load_pair(here)
    uuid = here.all("people")[0]["uuid"]
    here.update("people", uuid, {"role": "Consultant (here)"}, keep_history=True)
    there.update("people", uuid, {"role": "Consultant (there)"}, keep_history=True)
    sync(other)
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("y")
        await until(pilot, lambda: app.screen.__class__.__name__ == "SyncChoicesScreen", "the choices dialog")
        options = app.screen.query_one(OptionList)
        wanted = next(i for i in range(options.option_count)
                      if "(there)" in str(options.get_option_at_index(i).prompt))
        options.highlighted = wanted
        await pilot.press("enter")
        await until(pilot, lambda: not load(demo_dir).choices and app.screen.__class__.__name__ != "SyncChoicesScreen"
                    and "need" not in _status(app), "the choice to be synced")
    assert here.get("people", uuid)["role"] == "Consultant (there)"
    assert sync(other).decisions == 0
    assert there.get("people", uuid)["role"] == "Consultant (there)"
    del pair
