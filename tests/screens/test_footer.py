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
            typing = type(app.focused).__name__ in ("Input", "TextArea") or "Input" in {
                c.__name__ for c in type(app.focused).__mro__}  # "?" types there: help is F1
            assert keys[0] == ("F1" if typing else "?", "Help"), (key, keys[:3])
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


async def test_at_80_columns_no_footer_key_is_cut_and_help_and_palette_stay(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ("", "t", "c", "s"):
            if key:
                app.show_home()
                await pilot.pause()
                await pilot.press(key)
            await until(pilot, lambda: app.screen.query(KeysFooter) and _footer_keys(app), "the footer")
            footer = app.screen.query_one(KeysFooter)
            shown = list(footer.query(FooterKey))
            assert shown[0].description == "Help" and shown[-1].has_class("-command-palette")
            for k in shown:  # every key whole, inside the 80 columns, none under another
                assert k.region.right <= 80 and k.region.width >= len(k.key_display) + len(k.description) + 1, k
            rights = [k.region.x for k in shown]
            assert rights == sorted(rights)
            for a, b in zip(shown, shown[1:]):
                assert a.region.right <= b.region.x, (a.description, b.description)


async def test_the_briefing_footer_shows_who_is_here_at_110_and_keeps_its_keys_at_80(demo_dir: Path) -> None:
    """Found by an outside tester: the briefing's footer left out "F2 Who's here", which the
    other screens show at 110 columns (its own six keys left no room for it)."""
    from rmcoach.screens.briefing import BriefingScreen

    wide = ["?", "h", "w", "a", "n", "m", "c", "^q", "F2", "^p"]
    narrow = ["?", "h", "w", "a", "n", "m", "^p"]
    for size, expected in (((110, 34), wide), ((80, 24), narrow)):
        app = make_app(demo_dir, watch_interval=0)
        async with app.run_test(size=size) as pilot:
            await go_home(app, pilot)
            await pilot.press("b")
            await until(pilot, lambda: isinstance(app.screen, BriefingScreen) and bool(_footer_keys(app)), "the briefing")
            assert [k for k, _ in _footer_keys(app)] == expected, (size, _footer_keys(app))
            line = app.screen._compositor.render_strips()[-1].text
            if "F2" in expected:
                assert "F2 Who's here" in line and "a Actions" in line, line
