"""The text boxes of search and of the list filters (``TypingInput``) show the same as
Textual's own ``Input`` for the same keys - text longer than the box scrolls with the
cursor and comes back when it is deleted - without laying the screen out again for each
letter typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from rmcoach.app import make_app
from rmcoach.widgets.inputs import TypingInput
from rmcoach.widgets.keys import KeysInOrder
from tests.conftest import burst, go_home, until


class _TwoBoxes(KeysInOrder, App[None]):
    CSS = "Input { width: 24; }"

    def compose(self) -> ComposeResult:
        yield Input(id="plain", select_on_focus=False)
        yield TypingInput(id="quick", select_on_focus=False)


def _shown(box: Input) -> str:
    return box.render_line(0).text


async def test_a_typing_input_shows_what_textuals_input_shows_for_the_same_keys() -> None:
    app = _TwoBoxes()
    long_text = "a referral letter for the clinic template"
    steps: list[tuple[str, ...]] = [
        tuple(long_text),  # longer than the box: it scrolls with the cursor
        ("home",), ("end",),
        ("left",) * 5, ("ctrl+k",),  # shorter at the right, the cursor still in view: less to scroll
        tuple("late"),
        ("backspace",) * 29,  # shorter than the box again: back to the start
        tuple("xyz"), ("left",) * 2, ("ctrl+w",),
    ]
    async with app.run_test(size=(60, 10)) as pilot:
        plain, quick = app.query_one("#plain", Input), app.query_one("#quick", Input)
        for keys in steps:
            for box in (plain, quick):
                box.focus()
                await pilot.pause()
                await burst(pilot, *keys)
            await pilot.pause()
            assert quick.value == plain.value
            assert quick.cursor_position == plain.cursor_position
            assert quick.scroll_x == plain.scroll_x, keys
            assert _shown(quick) == _shown(plain), keys
        assert plain.value == "a referral yz"


async def test_typing_in_search_lays_nothing_out_and_still_finds(demo_dir: Path, monkeypatch: Any) -> None:
    from rmcoach.screens.search import SearchScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await go_home(app, pilot)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen) and app.focused is not None
                    and app.focused.id == "query", "the search box")
        await pilot.pause()
        laid_out: list[object] = []
        refresh_layout = Screen._refresh_layout

        def counted(self: Screen[Any], *args: Any, **kwargs: Any) -> Any:
            laid_out.append(self)
            return refresh_layout(self, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        box = app.screen.query_one("#query", Input)
        assert isinstance(box, TypingInput)
        await burst(pilot, *"portal")
        assert box.value == "portal"
        assert laid_out == []
        monkeypatch.setattr(Screen, "_refresh_layout", refresh_layout)
        results = app.screen.query_one("#results")
        await until(pilot, lambda: getattr(results, "row_count", 0) > 0, "the results for what was typed")
