"""Lists under fast keys: after a burst of arrow keys the detail beside a list shows the
highlighted record, and the action keys act on that record; keys no widget takes go
straight to the bindings, keys a widget handles still reach it; a detail pane that
repaints only its changed lines shows exactly the new record."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Input

from rmcoach.app import make_app
from rmcoach.features import jargon as gs
from rmcoach.features import sessions
from rmcoach.records.sessions import Session
from rmcoach.storage.store import Store
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.keys import KeysInOrder, passes_through
from tests.conftest import burst, go_home, saves_done, until

SIZE = (110, 40)


async def test_the_session_detail_follows_a_burst_of_down_keys_and_e_edits_that_session(demo_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the sessions screen")
        screen = app.screen
        table = screen.query_one("#sessions-table", DataTable)
        assert table.row_count >= 4
        await burst(pilot, "down", "down", "down")
        assert table.cursor_row == 3
        uuid = screen._selected_session()
        record = app.store.record(Session, uuid)
        assert record is not None
        pane = screen.query_one("#session-view", DetailPane)
        await until(pilot, lambda: sessions.describe_session(record) in pane.text, "the detail of the highlighted session")
        others = [app.store.record(Session, str(key.value)) for key in list(table.rows)[:3]]
        assert all(sessions.describe_session(o) not in pane.text for o in others if o is not None)
        await burst(pilot, "up", "e")
        await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the session form")
        assert app.screen.session_uuid == str(list(table.rows)[2].value)


async def test_the_glossary_detail_follows_a_burst_and_k_marks_the_highlighted_term(demo_dir: Path) -> None:
    from rmcoach.screens.jargon import GlossaryScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, GlossaryScreen), "the glossary")
        screen = app.screen
        table = screen.query_one("#gl-table", DataTable)
        await burst(pilot, *["down"] * 6)
        row = screen.current()
        assert row is not None and table.cursor_row == 6
        pane = screen.query_one("#gl-detail", DetailPane)
        await until(pilot, lambda: pane.text.startswith(row.term), "the detail of the highlighted term")
        known_before = row.known
        await burst(pilot, "k")
        await saves_done(pilot)
        known = {gs.norm(t) for t in gs.known_terms(Store(demo_dir))}
        assert (gs.norm(row.term) in known) is not known_before


async def test_tips_and_exercises_show_the_highlighted_one_after_a_burst(demo_dir: Path) -> None:
    from rmcoach.features import trust
    from rmcoach.screens.tips import TipsScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, TipsScreen), "the tips")
        screen = app.screen
        await burst(pilot, *["down"] * 5)
        tip = screen.current()
        assert tip is screen._tips[5]
        pane = screen.query_one("#tp-right", DetailPane)
        await until(pilot, lambda: tip.title in pane.text, "the highlighted tip")
        assert screen._tips[4].title not in pane.text
        await go_home(app, pilot)
        await pilot.press("t")
        await until(pilot, lambda: type(app.screen).__name__ == "TrustScreen", "the trust screen")
        await burst(pilot, "x")
        listing = app.screen.query_one("#exercise-list")
        await until(pilot, lambda: app.focused is listing, "the exercise list")
        start = listing.highlighted
        await burst(pilot, "down", "down", "down")
        wanted = trust.EXERCISE_LIBRARY[(start + 3) % len(trust.EXERCISE_LIBRARY)]
        assert listing.highlighted == (start + 3) % len(trust.EXERCISE_LIBRARY)
        detail = app.screen.query_one("#exercise-detail", DetailPane)
        await until(pilot, lambda: detail.text.startswith(wanted.title), "the highlighted exercise")


# ------------------------------------------------------------------ keys that pass through
class _Picky(Vertical):
    """A container that uses the j key itself."""

    pressed = 0

    def key_j(self) -> None:
        self.pressed += 1


class _Listening(Vertical):
    seen: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.seen = []

    @on(events.Key)
    def _seen(self, event: events.Key) -> None:
        self.seen.append(event.key)


def test_passes_through_tells_keys_a_widget_could_take_from_the_others() -> None:
    table = DataTable()
    assert passes_through(table, events.Key("down", None))  # only its binding acts on it
    assert passes_through(Vertical(), events.Key("x", "x"))
    assert not passes_through(Input(), events.Key("a", "a"))  # Input types it in its own key handler
    assert not passes_through(_Picky(), events.Key("j", "j"))
    assert passes_through(_Picky(), events.Key("k", "k"))
    assert not passes_through(_Listening(), events.Key("down", None))


class _KeysApp(KeysInOrder, App[None]):
    def compose(self) -> ComposeResult:
        with _Picky():
            with _Listening():
                yield DataTable()


async def test_a_key_a_container_handles_still_reaches_it_and_arrows_reach_the_table() -> None:
    app = _KeysApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(DataTable)
        table.add_columns("n")
        for n in range(10):
            table.add_row(str(n))
        table.focus()
        await pilot.pause()
        await burst(pilot, "down", "down", "j", "down")
        assert table.cursor_row == 3
        assert app.query_one(_Picky).pressed == 1
        assert app.query_one(_Listening).seen == ["down", "down", "j", "down"]


# ------------------------------------------------------------------ the pane shows the new record whole
class _PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield DetailPane(id="pane")


async def test_a_detail_pane_repainting_only_changed_lines_shows_exactly_the_new_text() -> None:
    app = _PaneApp()
    async with app.run_test(size=(30, 8)) as pilot:
        pane = app.query_one(DetailPane)
        pane.show(Text("alpha\nbravo\ncharlie\ndelta\necho"))
        await pilot.pause()
        pane.show(Text("alpha\nBRAVO\ncharlie"))
        await pilot.pause()
        shown = [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]
        assert [line.rstrip("▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▐▕ ") for line in shown[:5]] == ["alpha", "BRAVO", "charlie", "", ""]
        pane.show(Text("\n".join(f"line {n}" for n in range(20))))
        await pilot.pause()
        pane.scroll_to(0, 5, animate=False, immediate=True)
        await pilot.pause()
        pane.show(Text("short"))  # from a scrolled pane: back to the top, all of it new
        await pilot.pause()
        shown = [strip.text.rstrip("▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▐▕ ") for strip in app.screen._compositor.render_strips()]
        assert shown[:3] == ["short", "", ""]
