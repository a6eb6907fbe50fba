"""What a key set off is finished before the next key, and finding that out costs little:
a widget that is idle is not sent anything, one that is busy for a moment is watched
until it is idle, and one whose handler keeps it busy longer is still waited for (with
a marker queued behind its work) before the next key is taken."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable

from rmcoach.app import make_app
from rmcoach.widgets import keys
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.keys import KeysInOrder
from tests.conftest import burst, go_home, until


class _SlowBox(Vertical):
    """A container whose handler for a moved highlight takes many turns of the event loop."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int, int]] = []  # (start/end, the row handled, the row highlighted then)

    async def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(DataTable)
        self.seen.append(("start", event.cursor_row, table.cursor_row))
        for _ in range(keys.IDLE_TURNS * 4):  # longer than the watch: the marker has to wait for it
            await asyncio.sleep(0)
        self.seen.append(("end", event.cursor_row, table.cursor_row))


class _SlowApp(KeysInOrder, App[None]):
    def compose(self) -> ComposeResult:
        with _SlowBox():
            with Vertical():
                yield DataTable(cursor_type="row")


async def test_a_slow_handler_up_the_chain_finishes_before_the_next_key_is_taken(monkeypatch: Any) -> None:
    marked = []
    original = keys._marked

    async def counted(node: Any) -> bool:
        marked.append(type(node).__name__)
        return await original(node)

    monkeypatch.setattr(keys, "_marked", counted)
    app = _SlowApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(DataTable)
        table.add_column("n")
        for n in range(10):
            table.add_row(str(n))
        table.focus()
        box = app.query_one(_SlowBox)
        await until(pilot, lambda: box.seen and box.seen[-1][0] == "end", "the first highlight to be handled")
        box.seen.clear()
        marked.clear()
        await burst(pilot, "down", "down", "down")
        await until(pilot, lambda: len(box.seen) == 6, "three highlights handled")
        # each highlight's handler ended before the next key moved the highlight again
        assert box.seen == [("start", 1, 1), ("end", 1, 1), ("start", 2, 2), ("end", 2, 2),
                            ("start", 3, 3), ("end", 3, 3)]
        assert "_SlowBox" in marked  # it stayed busy past the watch: waited for with a marker


async def test_keys_on_a_list_in_a_tab_are_settled_without_sending_its_containers_anything(
        demo_dir: Path, monkeypatch: Any) -> None:
    from rmcoach.screens.sessions import SessionsScreen

    marked = []
    original = keys._marked

    async def counted(node: Any) -> bool:
        marked.append(type(node).__name__)
        return await original(node)

    monkeypatch.setattr(keys, "_marked", counted)
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen) and app.focused is not None
                    and app.focused.id == "sessions-table", "the sessions list")
        await pilot.pause()
        table = app.screen.query_one("#sessions-table", DataTable)
        pane = app.screen.query_one("#session-view", DetailPane)
        before = pane.text
        marked.clear()
        await burst(pilot, "down", "down", "down", "up")
        assert table.cursor_row == 2
        await until(pilot, lambda: pane.text != before, "the highlighted session's detail")
        # the highlight went up through seven containers to the screen, each idle again by
        # the time the key was settled: none was sent a marker to run
        assert marked == []
