"""Snapshot tests at a fixed terminal size and a frozen clock: first run, the briefing,
home and the review screen on the demo pair."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from textual.widgets import Static

from rmcoach.infra import clock
from rmcoach.app import make_app
from rmcoach.features.demo import build_demo
from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import Store
from tests.conftest import until

FROZEN = _dt.datetime(2026, 11, 24, 9, 30, tzinfo=_dt.timezone.utc)  # a Tuesday: session day
SIZE = (110, 34)


def _fully_painted(screen) -> bool:
    """The briefing and home paint their first lines at once and the rest a moment later."""
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.home import HomeScreen

    if isinstance(screen, BriefingScreen):
        briefing = getattr(screen, "briefing", None)
        return briefing is not None and bool(briefing.tip_title)
    if isinstance(screen, HomeScreen):
        return bool(str(screen.query_one("#status", Static).render()).strip())
    return True


async def settle(pilot) -> None:
    """Let the lines that arrive after the first paint arrive."""
    await pilot.pause(0.1)
    await until(pilot, lambda: _fully_painted(pilot.app.screen), "the rest of the screen")
    await pilot.pause()


@pytest.fixture
def frozen_clock():
    clock.freeze(FROZEN)
    yield FROZEN
    clock.freeze(None)


@pytest.fixture
def demo(tmp_path: Path, frozen_clock, monkeypatch: pytest.MonkeyPatch) -> Path:
    # record uuids seed choices such as the briefing's tip: make them repeatable
    import uuid

    from rmcoach.storage import store

    counter = iter(range(1, 10**6))
    monkeypatch.setattr(store, "new_uuid", lambda: str(uuid.UUID(int=next(counter))))
    data = tmp_path / "data"
    pair = build_demo(Store(data), today=FROZEN.date())
    Prefs(data).set("viewer", pair.people[0].uuid)
    return data


def test_first_run_snapshot(snap_compare, tmp_path: Path, frozen_clock) -> None:
    app = make_app(tmp_path / "data", watch_interval=0)
    assert snap_compare(app, terminal_size=SIZE)


def test_briefing_snapshot(snap_compare, demo: Path) -> None:
    assert snap_compare(make_app(demo, watch_interval=0), terminal_size=SIZE, run_before=settle)


def test_home_screen_snapshot(snap_compare, demo: Path) -> None:
    async def home(pilot) -> None:
        pilot.app.show_home()
        await settle(pilot)

    assert snap_compare(make_app(demo, watch_interval=0), terminal_size=SIZE, run_before=home)


def test_review_screen_snapshot(snap_compare, demo: Path) -> None:
    Prefs(demo).set("viewer", TOGETHER)

    async def review(pilot) -> None:
        pilot.app.show_home()
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)

    assert snap_compare(make_app(demo, watch_interval=0), terminal_size=(120, 50), run_before=review)
