"""Editing an open action item from the action items tab: text, owner and due date,
saved with history; closed items are refused; escape asks before dropping changes."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Select, TabbedContent

from rmcoach.app import make_app
from rmcoach.features import sessions
from rmcoach.records.pairs import load_pair
from rmcoach.storage.store import Store
from rmcoach.widgets.confirm import ConfirmModal
from rmcoach.widgets.form import Field
from tests.conftest import saves_done, until

SIZE = (110, 34)


def _add(data_dir: Path, text: str = "Try the template reply in clinic") -> tuple[str, list[str]]:
    store = Store(data_dir)
    pair = load_pair(store)
    assert pair is not None
    people = [p.uuid for p in pair.people]
    made = sessions.add_action(store, sessions.ActionInput(text, people[0], _dt.date(2026, 9, 25)), author=people[0])
    return made["uuid"], people


async def _open_actions_tab(app, pilot) -> None:  # type: ignore[no-untyped-def]
    from rmcoach.screens.sessions import SessionsScreen

    await pilot.press("c")
    await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the sessions screen")
    # the tabs settle from mounting first (a tab chosen while they mount can fall back to the first)
    await until(pilot, lambda: app.screen.query_one("#sessions-table", DataTable).has_focus, "the sessions list")
    await pilot.press("a")
    tabs, table = app.screen.query_one(TabbedContent), app.screen.query_one("#actions-table", DataTable)
    # the keys are the screen's: they act on the action items whether the list or the tab bar has focus
    await until(pilot, lambda: tabs.active == "tab-actions" and table.region.height > 0 and table.row_count > 0,
                "the action items tab")


def test_edit_action_keeps_history_and_refuses_closed_items(pair_dir: Path) -> None:
    uuid, people = _add(pair_dir)
    store = Store(pair_dir)
    changed = sessions.edit_action(store, uuid, sessions.ActionInput("  Try the   reply ", people[1], None),
                                   by=people[0])
    assert (changed["text"], changed["owner"], changed["due"]) == ("Try the reply", people[1], None)
    assert changed["history"][0]["version"]["text"] == "Try the template reply in clinic"
    sessions.set_action_status(store, uuid, sessions.DONE, by=people[0])
    with pytest.raises(ValueError, match="done; reopen it"):
        sessions.edit_action(store, uuid, sessions.ActionInput("Other", people[0]), by=people[0])
    with pytest.raises(ValueError, match="is needed"):
        sessions.edit_action(store, uuid, sessions.ActionInput("   ", people[0]), by=people[0])


async def test_e_on_the_action_items_tab_edits_text_owner_and_due(pair_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionsScreen
    from rmcoach.screens.sessions_forms import EditActionScreen

    uuid, people = _add(pair_dir)
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.show_home()
        await pilot.pause()
        await _open_actions_tab(app, pilot)
        # the footer and the palette offer it on this tab
        footer = {b.binding.action: b.enabled for b in app.screen.active_bindings.values()}
        assert footer.get("edit_action") is True and "edit" not in footer
        titles = [c.title for c in app._binding_commands(app.screen)]
        assert "Edit the highlighted action item" in titles
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditActionScreen), "the edit form")
        form = app.screen
        text = form.query_one("#action-text-input", Input)
        assert text.value == "Try the template reply in clinic" and text.has_focus
        assert form.query_one("#action-due-input", Input).value == "2026-09-25"
        # a due date that is not a date: one sentence under the field, nothing saved
        await pilot.press(*" twice")
        form.query_one("#action-due-input", Input).value = "whenever"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: form.query_one("#action-due", Field).error != "", "the due date's error")
        error = form.query_one("#action-due", Field).error
        assert error.count(".") <= 2 and "\n" not in error
        assert Store(pair_dir).get("actions", uuid)["text"] == "Try the template reply in clinic"
        form.query_one("#action-due-input", Input).value = "2026-10-02"
        form.query_one("#action-owner", Select).value = people[1]
        await pilot.press("ctrl+s")
        await saves_done(pilot)
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the form to close")
        table = app.screen.query_one("#actions-table", DataTable)
        assert "Try the template reply in clinic twice" in str(table.get_row(uuid)[1])
        assert "Sam Roe" in str(table.get_row(uuid)[2])
    record = Store(pair_dir).get("actions", uuid)
    assert record["text"] == "Try the template reply in clinic twice"
    assert record["owner"] == people[1] and record["due"] == "2026-10-02" and record["status"] == "open"
    assert record["history"][0]["version"]["text"] == "Try the template reply in clinic"
    assert record["history"][0]["by"] == people[0]


async def test_escape_asks_before_dropping_an_edit_and_closed_items_are_not_edited(pair_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionsScreen
    from rmcoach.screens.sessions_forms import EditActionScreen

    uuid, _ = _add(pair_dir)
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.show_home()
        await pilot.pause()
        await _open_actions_tab(app, pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditActionScreen), "the edit form")
        await pilot.press("escape")  # nothing changed: it just closes
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the form to close")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditActionScreen), "the edit form")
        await pilot.press(*" now")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the question")
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the form to close")
        assert Store(pair_dir).get("actions", uuid)["text"] == "Try the template reply in clinic"
        # a done item is reopened before it is edited
        await pilot.press("d")
        await until(pilot, lambda: Store(pair_dir).get("actions", uuid)["status"] == "done", "the item to be done")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        assert any("press o to open it again" in str(n.message) for n in app._notifications)
    assert "history" not in Store(pair_dir).get("actions", uuid) or all(
        v["version"]["text"] == "Try the template reply in clinic" for v in Store(pair_dir).get("actions", uuid)["history"])


async def test_e_on_the_sessions_tab_still_edits_the_session(demo_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.show_home()
        await pilot.pause()
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the sessions screen")
        footer = {b.binding.action for b in app.screen.active_bindings.values()}
        assert "edit" in footer and "edit_action" not in footer
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the session form")
        assert app.screen.session_uuid is not None


async def test_a_on_the_briefing_opens_the_action_items_to_edit_one(pair_dir: Path) -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.sessions import SessionsScreen
    from rmcoach.screens.sessions_forms import EditActionScreen

    uuid, _ = _add(pair_dir)
    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen), "the briefing")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the sessions screen")
        table = app.screen.query_one("#actions-table", DataTable)
        tabs = app.screen.query_one(TabbedContent)
        await until(pilot, lambda: tabs.active == "tab-actions" and table.region.height > 0 and table.row_count == 1,
                    "the action items tab")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditActionScreen), "the edit form")
        assert app.screen.action_uuid == uuid
