"""The footer: compact, "? Help" first on every screen, and the home screen's area keys
listed in the page rather than crowding the footer."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from textual.widgets._footer import FooterKey

from rmcoach.app import make_app
from rmcoach.widgets.footer import KeysFooter
from tests.conftest import go_home, until

SIZE = (100, 30)


def _footer_keys(app) -> list[tuple[str, str]]:
    footer = app.screen.query_one(KeysFooter)
    return [(k.key_display, k.description) for k in footer.query(FooterKey)]


async def test_help_comes_first_and_the_palette_stays_on_every_busy_screen(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        for key in ("t", "c", "s", "l", "v", "j", "f"):
            await pilot.press(key)
            await until(pilot, lambda: app.screen.query(KeysFooter) and _footer_keys(app), f"the footer after {key}")
            keys = _footer_keys(app)
            assert keys[0] == ("?", "Help"), (key, keys[:3])
            assert keys[-1][1] == "palette", (key, keys[-1])
            assert app.screen.query_one(KeysFooter).compact
            palette = app.screen.query_one(KeysFooter).query_one(".-command-palette")
            assert palette.region.right == SIZE[0]  # covers the last cell: overflowing keys never show through
            await pilot.press("escape")
            await pilot.pause()


async def test_home_lists_every_area_key_in_the_page_not_the_footer(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await until(pilot, lambda: bool(_footer_keys(app)), "the footer")
        shown = {description for _, description in _footer_keys(app)}
        listed = app.screen.query_one("#areas", Static)
        grid = listed.content  # a Rich grid: key column, then title and description
        cells = [str(c) for column in grid.columns for c in column.cells]
        for area in app.areas():
            assert area.title.split(" ")[0] not in shown
            assert f" {area.key} " in cells
            assert any(c.startswith(area.title) for c in cells)
        assert ("?", "Help") == _footer_keys(app)[0]
        await pilot.press("s")  # the keys still work although the footer leaves them out
        await pilot.pause()
        assert type(app.screen).__name__ == "SkillsScreen"


async def test_an_80_column_terminal_stacks_panes_instead_of_squeezing_them(demo_dir: Path) -> None:
    from textual.widgets import DataTable

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await go_home(app, pilot)
        assert app.screen.has_class("-narrow")
        await pilot.press("c")
        await pilot.pause()
        left, detail = app.screen.query_one("#sessions-left"), app.screen.query_one("#session-view")
        assert detail.region.y >= left.region.bottom and detail.region.width >= 70  # below, full width
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert app.screen.query_one("#detail-scroll").region.width >= 70
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        table = app.screen.query_one("#table", DataTable)
        what = table.columns["what"]
        assert what.width >= 24 and table.size.width <= 80
    async with make_app(demo_dir, watch_interval=0).run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert pilot.app.screen.has_class("-wide") and not pilot.app.screen.has_class("-narrow")
