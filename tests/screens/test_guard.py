"""A stray Escape never throws away what someone typed: forms ask first, and only then."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from rmcoach.app import make_app
from rmcoach.screens.learnings import QuickLogModal
from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.confirm import ConfirmModal
from tests.conftest import go_home

SIZE = (110, 34)


async def test_escape_on_an_untouched_form_just_leaves(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, SessionFormScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)


async def test_escape_after_typing_asks_and_keeps_the_text_unless_told(demo_dir: Path) -> None:
    before = len(Store(demo_dir).all("learnings"))
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, QuickLogModal)
        await pilot.press(*"A long thought I do not want to lose")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert app.screen is modal
        assert modal.query_one("#learn-text-input", Input).value == "A long thought I do not want to lose"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # yes, throw it away
        await pilot.pause()
        assert not isinstance(app.screen, (QuickLogModal, ConfirmModal))
    assert len(Store(demo_dir).all("learnings")) == before


async def test_the_session_log_asks_before_dropping_an_action_item(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, SessionFormScreen)
        form.query_one("#action-1-text-input", Input).value = "Important action I must not lose"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("escape")  # Escape on the question means no
        await pilot.pause()
        assert app.screen is form
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "Important action I must not lose" in {a["text"] for a in Store(demo_dir).all("actions")}
