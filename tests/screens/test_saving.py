"""Saves run off the UI thread: while another rmcoach holds the store's lock (an import,
a sync), a form's save waits in a worker, the screen keeps handling keys and says it is
waiting, a second ctrl+s does not save twice, and the save lands once the lock is free."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from rmcoach.app import make_app
from rmcoach.screens.learnings import QuickLogModal
from rmcoach.storage.store import Store
from rmcoach.widgets.saving import WAITING
from tests.conftest import until

SIZE = (110, 40)
pytestmark = pytest.mark.saves_in_flight  # these tests watch saves while they run


class _HeldLock:
    """Another writer holding the store's lock (a separate Store: its own lock descriptor,
    exactly what another process's import holds) until released."""

    def __init__(self, data_dir: Path) -> None:
        self.held = threading.Event()
        self.release = threading.Event()
        self.thread = threading.Thread(target=self._hold, args=(Store(data_dir),), daemon=True)

    def _hold(self, store: Store) -> None:
        with store.transaction():
            self.held.set()
            self.release.wait(60)

    def __enter__(self) -> "_HeldLock":
        self.thread.start()
        assert self.held.wait(30), "the other writer never got the lock"
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.thread.join(30)


def _status(screen: QuickLogModal) -> str:
    return str(screen.query_one("#log-status", Static).render())


async def test_quick_log_waits_for_another_writer_without_freezing(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    text = "Check the sender address before opening"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+l")
        await until(pilot, lambda: isinstance(app.screen, QuickLogModal), "the quick log")
        modal = app.screen
        assert isinstance(modal, QuickLogModal)
        await pilot.press(*text)
        with _HeldLock(demo_dir) as other:
            await pilot.press("ctrl+s")
            await until(pilot, lambda: WAITING in _status(modal), "the waiting line")
            # the screen still takes keys while the save waits: focus moves to the next field
            before = app.focused
            await pilot.press("tab")
            await until(pilot, lambda: app.focused is not before, "focus to move while saving")
            await pilot.press("ctrl+s")  # a second save while the first waits: ignored
            assert app.screen is modal, "the form closed before anything was saved"
            assert modal.query_one("#learn-text-input").value == text
            assert text not in [r["text"] for r in Store(demo_dir).all("learnings")]
            other.release.set()
            await until(pilot, lambda: app.screen is not modal, "the form to close once saved", timeout=30)
        stored = [r["text"] for r in Store(demo_dir).all("learnings")]
        assert stored.count(text) == 1
        assert any("Learning logged" in n.message for n in app._notifications)


async def test_a_busy_store_keeps_the_form_open_with_its_text(demo_dir: Path, monkeypatch) -> None:
    """Past the lock's time limit the save is refused in one sentence and nothing typed is lost."""
    from rmcoach.storage import store as store_mod

    monkeypatch.setattr(store_mod, "LOCK_TIMEOUT", 0.3)
    app = make_app(demo_dir, watch_interval=0)
    text = "Lock the screen when you step away"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+l")
        await until(pilot, lambda: isinstance(app.screen, QuickLogModal), "the quick log")
        modal = app.screen
        assert isinstance(modal, QuickLogModal)
        await pilot.press(*text)
        with _HeldLock(demo_dir):
            await pilot.press("ctrl+s")
            await until(pilot, lambda: "try again in a moment" in _status(modal), "the refusal")
        assert app.screen is modal
        assert modal.query_one("#learn-text-input").value == text
        await pilot.press("ctrl+s")  # the lock is free again: this one lands
        await until(pilot, lambda: app.screen is not modal, "the form to close once saved")
    assert [r["text"] for r in Store(demo_dir).all("learnings")].count(text) == 1


async def test_a_form_closed_while_its_save_waits_still_saves_and_says_so(demo_dir: Path) -> None:
    from rmcoach.widgets.confirm import ConfirmModal

    app = make_app(demo_dir, watch_interval=0)
    text = "Use the ward printer queue page"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+l")
        await until(pilot, lambda: isinstance(app.screen, QuickLogModal), "the quick log")
        modal = app.screen
        assert isinstance(modal, QuickLogModal)
        await pilot.press(*text)
        with _HeldLock(demo_dir) as other:
            await pilot.press("ctrl+s")
            await until(pilot, lambda: WAITING in _status(modal), "the waiting line")
            await pilot.press("escape")  # leave the form while its save waits
            if isinstance(app.screen, ConfirmModal):
                await pilot.press("y")
            await until(pilot, lambda: not isinstance(app.screen, (QuickLogModal, ConfirmModal)), "the form to close")
            other.release.set()
            await until(pilot, lambda: any(n.message == "Saved." for n in app._notifications), "the saved toast")
        assert not app.saves.busy
    assert [r["text"] for r in Store(demo_dir).all("learnings")].count(text) == 1
