"""A few snapshot tests at a fixed terminal size and a frozen clock."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach import clock
from rmcoach.app import make_app
from rmcoach.demo import build_demo
from rmcoach.prefs import Prefs
from rmcoach.store import Store

FROZEN = _dt.datetime(2026, 11, 24, 9, 30, tzinfo=_dt.timezone.utc)


async def settle(pilot) -> None:
    """Let the lines that arrive after the first paint arrive."""
    await pilot.pause(0.3)
    await pilot.pause()


@pytest.fixture
def frozen_clock():
    clock.freeze(FROZEN)
    yield FROZEN
    clock.freeze(None)


def test_home_screen_snapshot(snap_compare, tmp_path: Path, frozen_clock) -> None:
    pair = build_demo(Store(tmp_path / "data"), today=FROZEN.date())
    Prefs(tmp_path / "data").set("viewer", pair.people[0].uuid)
    app = make_app(tmp_path / "data", watch_interval=0)
    assert snap_compare(app, terminal_size=(110, 34), run_before=settle)


def test_first_run_snapshot(snap_compare, tmp_path: Path, frozen_clock) -> None:
    app = make_app(tmp_path / "data", watch_interval=0)
    assert snap_compare(app, terminal_size=(110, 34))
