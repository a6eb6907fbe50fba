"""Repainting after a key: what the terminal shows after the partial repaints of moving
a list's highlight (and drawing its detail) is exactly what a full repaint shows, and a
key on a list draws only the widgets under the rows it changed (not the header, the
footer, the tab bar or the detail pane beside the list, nor the containers the table
hides)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.segment import ControlType
from textual._compositor import ChopsUpdate, LayoutUpdate
from textual._styles_cache import StylesCache
from textual.strip import Strip
from textual.widgets import DataTable

from rmcoach.app import make_app
from rmcoach.widgets.compositor import LeanCompositor
from rmcoach.widgets.detail import DetailPane, WhenResting
from tests.conftest import burst, go_home, until

SIZE = (110, 36)
Cell = tuple[str, Any]


def _grid_from_strips(strips: list[Any]) -> list[list[Cell]]:
    grid = []
    for strip in strips:
        row: list[Cell] = []
        for segment in strip:
            for char in segment.text:
                row.append((char, segment.style))
                row.extend(("", segment.style) for _ in range(cell_len(char) - 1))
        grid.append(row)
    return grid


class _Terminal:
    """A grid of cells that the app's updates are written to, as a terminal would."""

    def __init__(self, strips: list[Any]) -> None:
        self.grid = _grid_from_strips(strips)
        self.partial = 0

    def show(self, app: Any, update: Any) -> None:
        if isinstance(update, LayoutUpdate):
            self.grid = _grid_from_strips([Strip.join(list(line)) for line in update.strips])
            return
        if not isinstance(update, ChopsUpdate):
            return
        self.partial += 1
        x = y = 0
        for segment in update.__rich_console__(app.console, app.console.options):
            if segment.control:
                for code in segment.control:
                    if code[0] == ControlType.CURSOR_MOVE_TO:
                        x, y = code[1], code[2]
                continue
            if segment.text == "\n":
                continue
            for char in segment.text:
                width = cell_len(char)
                self.grid[y][x] = (char, segment.style)
                for extra in range(1, width):
                    self.grid[y][x + extra] = ("", segment.style)
                x += width


async def _opened(app: Any, pilot: Any, key: str, focused: str) -> None:
    await go_home(app, pilot)
    await pilot.press(key)
    await until(pilot, lambda: app.focused is not None and app.focused.id == focused, f"the list {focused}")


async def test_moving_the_highlight_shows_what_a_full_repaint_shows(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        for key, focused in (("c", "sessions-table"), ("s", "table"), ("j", "gl-table")):
            await _opened(app, pilot, key, focused)
            screen = app.screen
            assert isinstance(screen._compositor, LeanCompositor)
            await pilot.pause()
            terminal = _Terminal(screen._compositor.render_strips())
            shown = app._display
            app._display = lambda s, update: (terminal.show(app, update), shown(s, update))[1]
            try:
                pane = screen.query(DetailPane).first()
                before = pane.text
                await burst(pilot, "down", "down", "down")
                await until(pilot, lambda: pane.text != before, "the detail of the highlighted row")
                before = pane.text
                await pilot.press("up")
                await until(pilot, lambda: pane.text != before, "the detail of the row above")
                await pilot.pause()
            finally:
                app._display = shown
            assert terminal.partial > 0
            full = _grid_from_strips(screen._compositor.render_strips())
            assert [[c for c, _ in row] for row in terminal.grid] == [[c for c, _ in row] for row in full]
            assert terminal.grid == full


async def test_a_key_on_a_list_draws_only_the_widgets_under_the_rows_it_changed(demo_dir: Path,
                                                                                monkeypatch: Any) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _opened(app, pilot, "c", "sessions-table")
        await pilot.pause()
        drawn: list[str] = []
        render_widget = StylesCache.render_widget

        def recorded(self: StylesCache, widget: Any, crop: Any) -> Any:
            drawn.append(type(widget).__name__)
            return render_widget(self, widget, crop)

        monkeypatch.setattr(StylesCache, "render_widget", recorded)
        # the detail is drawn once the highlight rests, apart from the key: held back here
        monkeypatch.setattr(WhenResting, "__call__", lambda self, draw: None)
        table = app.screen.query_one("#sessions-table", DataTable)
        await burst(pilot, "down")
        await until(pilot, lambda: "FitTable" in drawn, "the table to be repainted")
        assert table.cursor_row == 1
        # not the widgets beside the rows (they did not change) ...
        assert not {"Header", "KeysFooter", "ContentTabs", "TypingInput", "DetailPane"} & set(drawn), drawn
        # ... nor the containers behind the table (it covers them there)
        assert not {"Vertical", "Horizontal", "TabPane", "ContentSwitcher", "TabbedContent",
                    "SessionsScreen"} & set(drawn), drawn
