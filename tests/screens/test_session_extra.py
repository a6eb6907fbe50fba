"""Logging a meeting a day or more before a scheduled session asks whether it was that
session held early or an extra meeting, instead of silently taking the numbered session."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from textual.widgets import Input, RadioSet

from rmcoach.features import checkins
from rmcoach.app import make_app
from rmcoach.storage.store import Store
from tests.conftest import until
from tests.conftest import screen_text as _text

SIZE = (110, 40)


def test_held_early_is_only_a_day_or_more_before_a_session(pair_dir: Path) -> None:
    schedule = checkins.load_schedule(Store(pair_dir))
    early = checkins.held_early(schedule, _dt.datetime(2026, 9, 14, 10, 0))
    assert early is not None and early.index == 2
    assert checkins.held_early(schedule, _dt.datetime(2026, 9, 12, 10, 0)).index == 2  # three days before
    assert checkins.held_early(schedule, _dt.datetime(2026, 9, 15, 9, 0)) is None  # the same day
    assert checkins.held_early(schedule, _dt.datetime(2026, 9, 16, 14, 0)) is None  # late, not early
    assert checkins.held_early(schedule, _dt.datetime(2026, 9, 8, 14, 0)) is None  # far from any session


async def _log_on(app, pilot, when: str):
    from rmcoach.screens.sessions import SessionFormScreen

    await pilot.pause()
    await pilot.press("w")
    await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the session form")
    form = app.screen
    form.query_one("#when-input", Input).value = when
    form.query_one("#topics-0-input").text = "Breaking bad news"
    await until(pilot, lambda: form.query_one("#occ-choice", RadioSet).display, "the question")
    assert "the day before session 2 (Tue 15 Sep 2026). Which was it?" in _text(app)
    return form


async def test_a_day_early_it_asks_and_an_extra_meeting_leaves_the_session_to_come(pair_dir: Path) -> None:
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        form = await _log_on(app, pilot, "2026-09-14 10:00")
        await pilot.press("ctrl+s")  # no answer yet: nothing is saved, and it says why
        await until(pilot, lambda: "held early or an extra meeting" in _text(app), "the reason")
        assert app.screen is form and Store(pair_dir).all("sessions") == []
        form.query_one("#occ-extra").value = True
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is not form, "the save")
    [record] = Store(pair_dir).all("sessions")
    assert record["occurrence"] is None and record["extra"] is True and record["date"] == "2026-09-14T10:00"
    # session 2 is still due: the extra meeting does not stand for it
    store = Store(pair_dir)
    target = checkins.default_log_target(store, checkins.load_schedule(store), _dt.datetime(
        2026, 9, 15, 15, 30, tzinfo=_dt.timezone.utc))
    assert target is not None and target.index == 2


async def test_a_day_early_it_can_be_that_session_held_early(pair_dir: Path) -> None:
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        form = await _log_on(app, pilot, "2026-09-14 10:00")
        form.query_one("#occ-early").value = True
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is not form, "the save")
    [record] = Store(pair_dir).all("sessions")
    assert record["occurrence"] == 2 and record["extra"] is False


async def test_editing_an_extra_meeting_keeps_it_an_extra_meeting(pair_dir: Path) -> None:
    """The extra-meeting mark is stored as ``extra``, a key the Session record type keeps
    among its undeclared keys: the edit form still reads it, and saving keeps it."""
    from rmcoach.features import sessions
    from rmcoach.records import tables
    from rmcoach.records.sessions import Session
    from rmcoach.screens.sessions import SessionFormScreen

    store = Store(pair_dir)
    pair_people = [p["uuid"] for p in store.all(tables.PEOPLE)]
    logged = sessions.log_session(store, sessions.SessionInput(
        start=_dt.datetime(2026, 9, 14, 10, 0), lead=pair_people[0], minutes=40, extra=True), author=None)
    typed = store.record(Session, logged["uuid"])
    assert typed is not None and sessions.is_extra(typed) and typed.occurrence is None
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(SessionFormScreen(logged["uuid"]))
        await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the edit form")
        form = app.screen
        assert form.query_one("#occ-extra").value is True and form.query_one("#occ-early").value is False
        assert form.query_one("#minutes-input", Input).value == "40"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is not form, "the save")
    [record] = Store(pair_dir).all(tables.SESSIONS)
    assert record["extra"] is True and record["occurrence"] is None and record["history"]
