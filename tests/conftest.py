"""Shared fixtures.  No test may touch the real home directory: HOME, the XDG
folders and RMCOACH_HOME all point into a per-test temporary folder."""

from __future__ import annotations

import os
import datetime as _dt
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from rmcoach.features.schedule import Cadence
from rmcoach.records.model import Pair
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent

# A shared 2-core CI machine is slow at times: never fail a property test on timing,
# only on what it finds.
settings.register_profile(
    "rmcoach", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
settings.load_profile("rmcoach")


@pytest.fixture(autouse=True)
def _presses_wait_for_saves(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key that starts a save (ctrl+s, enter on a form, ``d`` on an action...) hands the
    store work to a thread; on a busy machine the next key can arrive before the save is
    back, and a test would look at a half-finished state.  So in tests every key press and
    click waits for the outcome of the saves it started, as a person waits for the form to
    close.  Tests that watch a save while it runs are marked ``saves_in_flight``."""
    if request.node.get_closest_marker("saves_in_flight"):
        return
    from textual.pilot import Pilot

    original_press, original_click = Pilot.press, Pilot.click

    async def _settle(pilot: Any) -> None:
        saves = getattr(pilot.app, "saves", None)
        if saves is not None and saves.busy:
            await until(pilot, lambda: not saves.busy, "the save to finish", timeout=30)

    async def press(self: Any, *keys: str) -> None:
        for key in keys:  # one at a time: a save started mid-sequence finishes before the next key
            await original_press(self, key)
            await _settle(self)

    async def click(self: Any, *args: Any, **kwargs: Any) -> bool:
        result = await original_click(self, *args, **kwargs)
        await _settle(self)
        return bool(result)

    monkeypatch.setattr(Pilot, "press", press)
    monkeypatch.setattr(Pilot, "click", click)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("RMCOACH_HOME", str(tmp_path / "default-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run_cli(*args: str, data_dir: Path | None = None, stdin: str | None = None,
            env: dict[str, str | None] | None = None, timeout: float = 60):
    """Run `python -m rmcoach ARGS` in a subprocess; returns CompletedProcess.
    In ``env`` a value of None removes that variable."""
    import subprocess

    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    for name, value in (env or {}).items():
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    cmd = [sys.executable, "-m", "rmcoach", *args]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=full_env, timeout=timeout)


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    """A data folder with the demo pair, on a computer marked as the first person's own
    (so the app opens as them without asking who is at the keyboard)."""
    from rmcoach.features.demo import build_demo
    from rmcoach.storage.prefs import Prefs
    from rmcoach.storage.store import Store

    pair = build_demo(Store(data_dir))
    Prefs(data_dir).set("owner", pair.people[0].uuid)
    return data_dir


async def go_home(app, pilot) -> None:
    """Open the home screen whatever the first screen was (the briefing, when a rhythm is set),
    and wait for its status lines, which arrive just after the first paint."""
    app.show_home()
    await until(pilot, lambda: getattr(app.screen, "status_shown", True), "the home screen's status lines")


async def until(pilot, condition, what: str = "the screen to catch up", timeout: float = 15.0) -> None:
    """Wait until `condition()` is true.  Screens debounce typing with short timers;
    a fixed pause that is enough on a quiet machine is not enough on a busy CI box,
    so tests wait for the outcome itself (and fail with a clear message if it never comes)."""
    import time

    deadline = time.monotonic() + timeout
    await pilot.pause()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        await pilot.pause(0.05)


async def saves_done(pilot) -> None:
    """Wait until every save the app started has finished (saves run in a thread worker:
    a test that pressed save waits for the outcome before it looks at the store or the form)."""
    await until(pilot, lambda: not pilot.app.saves.busy, "the save to finish", timeout=30)


async def burst(pilot, *keys: str) -> None:
    """Send keys the way a terminal delivers fast typing: all in one go, with no pause for
    the app to catch up between them (``pilot.press`` waits for the app to go idle after
    every key, which hides keys landing in the wrong place).  Keys are named as for
    ``pilot.press``.  Then wait until the app has handled them all."""
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    app = pilot.app
    before = getattr(app, "keys_handled", None)
    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        try:
            char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
        except KeyError:
            char = key if len(key) == 1 else None
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)

    def all_taken() -> bool:
        if not app._message_queue.empty():
            return False
        if before is None:  # an app without KeysInOrder: the queue is all there is to watch
            return True
        return app.keys_handled >= before + len(keys) and not app._walking

    await until(pilot, all_taken, "the app to take every key")
    await pilot.pause()


# ---------------------------------------------------------------- a pair with a rhythm
LONDON = "Europe/London"


def utc(*args: int) -> _dt.datetime:
    return _dt.datetime(*args, tzinfo=_dt.timezone.utc)


def logistics(cadence: Cadence, first: str, *, minutes: int = 60, tz: str = LONDON,
              effective_from: str | None = None, until: str | None = None,
              sessions: int | None = None) -> dict[str, Any]:
    return {"cadence": cadence.to_dict(), "first": first, "tz": tz, "minutes": minutes, "where": "Library",
            "until": until, "sessions": sessions, "who_books": "", "reply_within": "",
            "effective_from": effective_from or first[:10]}


def add_agreement(store: Store, version: int, lg: dict[str, Any]) -> dict[str, Any]:
    return store.insert("agreements", {"version": version, "supersedes": None, "goals": [], "rules": {},
                                       "logistics": lg, "acks": {}})


def make_pair(data_dir: Path) -> tuple[Store, Pair]:
    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee", "Consultant"), PersonInput("Sam Roe", "Analyst")),
                       relationship="tech exchange", start=_dt.date(2026, 9, 1))
    return store, pair


def fortnightly(store: Store) -> None:
    """Every 2 weeks on Tuesday 14:00 from 1 Sep 2026."""
    add_agreement(store, 1, logistics(Cadence.every_n_weeks(2, 1), "2026-09-01T14:00"))


# ------------------------------------------------- a pair meeting fortnightly, on a frozen clock
CHECKIN_NOW = _dt.datetime(2026, 9, 15, 15, 30, tzinfo=_dt.timezone.utc)  # session 2 ended at 15:00 BST


@pytest.fixture
def frozen() -> Any:
    from rmcoach.infra import clock

    clock.freeze(CHECKIN_NOW)
    yield CHECKIN_NOW
    clock.freeze(None)


@pytest.fixture
def pair_dir(data_dir: Path, frozen: Any) -> Path:
    """A fortnightly pair on this computer of its first person (no who-is-here question)."""
    from rmcoach.storage.prefs import Prefs

    store, pair = make_pair(data_dir)
    fortnightly(store)
    Prefs(data_dir).set("owner", pair.people[0].uuid)
    return data_dir


def screen_text(app: Any) -> str:
    """Every visible Static and detail pane on the current screen, one per line."""
    shown = [str(w.render()) for w in app.screen.query("Static") if w.display]
    return "\n".join(shown + [str(getattr(pane, "text")) for pane in app.screen.query("DetailPane") if pane.display])
