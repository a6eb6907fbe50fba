"""Pilot tests: the briefing as the first screen, logging a session, validation, the sessions list."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from textual.widgets import DataTable, Input, TextArea

from rmcoach.records import privacy
from rmcoach.features import sessions
from rmcoach.app import make_app
from rmcoach.storage.prefs import Prefs
from rmcoach.storage.store import Store
from rmcoach.widgets.form import Field
from tests.conftest import until
from tests.conftest import make_pair
from tests.conftest import screen_text as _text

SIZE = (110, 40)


async def test_briefing_is_the_first_screen_when_a_rhythm_is_set(pair_dir: Path) -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.home import HomeScreen

    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        text = _text(app)
        assert "Session 3: Tue 29 Sep 2026, 14:00 (BST)" in text
        assert "Dr Ann Lee leads the first half" in text
        await pilot.press("h")
        await until(pilot, lambda: getattr(app.screen, "status_shown", False), "the home status lines")
        assert isinstance(app.screen, HomeScreen)
        assert "Next session: Tue 29 Sep 2026" in _text(app)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_home_is_the_first_screen_without_a_rhythm(data_dir: Path, frozen) -> None:
    from rmcoach.screens.home import HomeScreen

    _, pair = make_pair(data_dir)
    Prefs(data_dir).set("owner", pair.people[0].uuid)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: getattr(app.screen, "status_shown", False), "the home status lines")
        assert isinstance(app.screen, HomeScreen)
        assert "No meeting rhythm yet" in _text(app)


async def test_log_a_session_with_actions_and_see_them_in_the_next_briefing(pair_dir: Path) -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.sessions import SessionFormScreen

    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionFormScreen)
        assert screen.query_one("#when-input", Input).value == "2026-09-15 14:00"  # the scheduled session
        assert "Read as Tue 15 Sep 2026, 14:00 - session 2" in _text(app)
        screen.query_one("#topics-0-input", TextArea).text = "Breaking bad news"
        screen.query_one("#topics-1-input", TextArea).text = "Portal inbox; Password vault"
        screen.query_one("#went-well-input", TextArea).text = "Real examples from clinic"
        screen.query_one("#useful-0-input", Input).value = "5"
        screen.query_one("#comfort-0-input", Input).value = "4"
        screen.query_one("#useful-1-input", Input).value = "4"
        screen.query_one("#notes-input", TextArea).text = "## Portal\n\n**Filters** set up"
        screen.query_one("#reflection-input", TextArea).text = "PRIVATE: I rushed the silences."
        screen.query_one("#action-1-text-input", Input).value = "Try the template reply"
        screen.query_one("#action-1-due-input", Input).value = "2026-09-22"
        await pilot.press("ctrl+n")
        await pilot.pause()
        screen.query_one("#action-2-text-input", Input).value = "Send the article on bad news"
        from textual.widgets import Select

        pair = app.current_pair()
        screen.query_one("#action-2-owner", Select).value = pair.people[1].uuid
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        text = _text(app)
        assert "Try the template reply — Dr Ann Lee, due Tue 22 Sep 2026" in text
        assert "Send the article on bad news — Sam Roe" in text
        assert "Dr Ann Lee taught Sam Roe: Breaking bad news" in text
        assert "PRIVATE: I rushed the silences." in text  # Ann is at the keyboard: her own reflection
        app.set_viewer(privacy.TOGETHER)
        await pilot.pause()
        assert "PRIVATE: I rushed" not in _text(app)
    store = Store(pair_dir)
    [record] = store.all("sessions")
    assert record["occurrence"] == 2 and record["date"] == "2026-09-15T14:00"
    assert [c["topic"] for c in record["covered"]] == ["Breaking bad news", "Portal inbox", "Password vault"]
    assert record["ratings"][pair.people[0].uuid] == {"useful": 5, "comfort": 4}
    assert record["ratings"][pair.people[1].uuid] == {"useful": 4}
    assert len(store.all("actions")) == 2
    [reflection] = store.all("reflections")
    assert reflection["visibility"] == "private" and reflection["author"] == pair.people[0].uuid


async def test_validation_shows_next_to_date_and_rating_and_saves_nothing(pair_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen

    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#when-input", Input).value = "the 45th of Smarch"
        screen.query_one("#comfort-1-input", Input).value = "9"
        screen.query_one("#useful-0-input", Input).value = "very"
        screen.query_one("#action-1-due-input", Input).value = "someday soon"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SessionFormScreen)
        assert "Could not read" in screen.query_one("#when", Field).error
        assert screen.query_one("#when", Field).has_class("-invalid")
        assert "from 1 to 5, not 9" in screen.query_one("#comfort-1", Field).error
        assert "whole number" in screen.query_one("#useful-0", Field).error
        assert "Say what the action item is" in screen.query_one("#action-1-text", Field).error
        assert "Could not read" in _text(app) and "not 9" in _text(app)
        assert Store(pair_dir).all("sessions") == []
        # a date still to come is refused too
        screen.query_one("#when-input", Input).value = "2026-09-29 14:00"
        screen.query_one("#comfort-1-input", Input).value = ""
        screen.query_one("#useful-0-input", Input).value = ""
        screen.query_one("#action-1-due-input", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "still to come" in screen.query_one("#when", Field).error
        assert screen.query_one("#comfort-1", Field).error == ""
        # lenient reading: "15 Sep 2pm" is fine
        screen.query_one("#when-input", Input).value = "15 Sep 2pm"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SessionFormScreen)
    assert [r["date"] for r in Store(pair_dir).all("sessions")] == ["2026-09-15T14:00"]


async def test_reflection_box_is_hidden_when_looking_together(pair_dir: Path) -> None:
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.set_viewer(privacy.TOGETHER)
        await pilot.press("w")
        await pilot.pause()
        assert not app.screen.query("#reflection")
        assert "Private reflections are hidden while you look together" in _text(app)


async def test_sessions_list_filter_view_edit_and_actions(pair_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen

    store = Store(pair_dir)
    from rmcoach.records.pairs import load_pair

    pair = load_pair(store)
    a, b = pair.people[0].uuid, pair.people[1].uuid
    for day, topic, notes in ((1, "Ground rules", "We agreed **ground rules**"), (15, "Portal inbox", "Filters")):
        sessions.log_session(store, sessions.SessionInput(
            start=_dt.datetime(2026, 9, day, 14, 0), lead=a, occurrence=1 if day == 1 else 2,
            covered=(sessions.Covered(b, a, None, topic),), notes=notes,
            actions=(sessions.ActionInput(f"Action from {day}", b, None),)), author=a)
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionsScreen)
        table = screen.query_one("#sessions-table", DataTable)
        assert table.row_count == 2
        assert str(table.get_row_at(0)[0]) == "Tue 15 Sep 2026"  # newest first
        await pilot.press("slash")
        await pilot.press(*"ground")
        await pilot.pause()
        assert table.row_count == 1
        assert "Ground rules" in _text(app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, SessionFormScreen)
        app.screen.query_one("#went-well-input", TextArea).text = "Clear rules"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert "Edited 1 time;" in _text(app)
        # the action items tab: mark one done, drop the other
        await pilot.press("a")
        await pilot.pause()
        actions = screen.query_one("#actions-table", DataTable)
        await until(pilot, lambda: actions.has_focus, 'the action items list to take the focus')
        assert actions.row_count == 2
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("up", "x")  # the cursor follows the done item to the end of the list
        await pilot.pause()
    statuses = sorted(x["status"] for x in Store(pair_dir).all("actions"))
    assert statuses == ["done", "dropped"]
    edited = [r for r in Store(pair_dir).all("sessions") if r["date"].startswith("2026-09-01")][0]
    assert edited["went_well"] == "Clear rules" and edited["history"][0]["version"]["went_well"] == ""


async def test_skip_and_move_a_session_from_the_briefing(pair_dir: Path) -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.sessions import MoveSessionScreen

    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MoveSessionScreen)
        screen.query_one("#move-when-input", Input).value = "not a time at all"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Could not read" in screen.query_one("#move-when", Field).error
        screen.query_one("#move-when-input", Input).value = "2026-09-01 10:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "already passed" in screen.query_one("#move-when", Field).error
        screen.query_one("#move-when-input", Input).value = "30 Sep 9:30"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert "Session 3: Wed 30 Sep 2026, 09:30 (BST)" in _text(app)
        assert "Moved from Tue 29 Sep 2026" in _text(app)
        # skip the next one (now the moved session 3)
        await pilot.press("m")
        await pilot.pause()
        from textual.widgets import RadioSet

        app.screen.query_one("#move-kind", RadioSet).query("RadioButton")[1].value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Session 4: Tue 13 Oct 2026" in _text(app)
    kinds = [r["kind"] for r in Store(pair_dir).all("schedule_changes")]
    assert kinds == ["skip"]


async def test_a_session_already_logged_is_not_logged_twice(pair_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen

    from rmcoach.records.pairs import load_pair

    store = Store(pair_dir)
    pair = load_pair(store)
    sessions.log_session(store, sessions.SessionInput(start=_dt.datetime(2026, 9, 15, 14, 0),
                                                      lead=pair.people[0].uuid, occurrence=2), author=None)
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#when-input", Input).value = "2026-09-15 14:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SessionFormScreen)
        assert "already logged" in screen.query_one("#when", Field).error
    assert len(Store(pair_dir).all("sessions")) == 1


async def test_the_action_owner_list_shows_names_as_typed(pair_dir: Path) -> None:
    from textual.widgets import Select

    from rmcoach.records.pairs import load_pair
    from rmcoach.screens.sessions import SessionFormScreen

    store = Store(pair_dir)
    pair = load_pair(store)
    store.update("people", pair.people[0].uuid, {"name": "[bold]Dr Ann[/bold] Lee"})
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, SessionFormScreen)
        owner = app.screen.query_one("#action-1-owner", Select)
        assert str(owner.query_one("SelectCurrent #label").render()) == "[bold]Dr Ann[/bold] Lee"
