"""Pilot tests: first-run setup, validation next to each field, editing the pair, help."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.screens.help import HelpScreen
from rmcoach.screens.home import HomeScreen
from rmcoach.screens.setup_forms import SetupScreen
from rmcoach.screens.who import WhoScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.form import Field
from tests.conftest import go_home

SIZE = (110, 40)


def _screen_text(app) -> str:
    return "\n".join(
        str(w.render()) for w in app.screen.query("Static") if w.display
    )


async def test_first_run_walks_through_setup_and_lands_home(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, SetupScreen)
        await pilot.press(*"Dr Ann Lee")
        await pilot.click("#p2-name-input")
        await pilot.press(*"Sam Roe")
        app.screen.query_one("#p1-role-input", Input).value = "Consultant physician"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WhoScreen)  # who is at the keyboard?
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Dr Ann Lee" in _screen_text(app) and "Sam Roe" in _screen_text(app)
    pair = load_pair(Store(data_dir))
    assert pair is not None
    assert [p.name for p in pair.people] == ["Dr Ann Lee", "Sam Roe"]
    assert pair.people[0].role == "Consultant physician"
    assert pair.relationship == "tech exchange"


async def test_setup_shows_each_problem_next_to_its_field_and_saves_nothing(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.query_one("#p1-name-input", Input).value = "   "
        screen.query_one("#p2-name-input", Input).value = "x" * 81
        screen.query_one("#p1-role-input", Input).value = "Boss\x1b[31m"
        screen.query_one("#start-input", Input).value = "the 45th of Smarch"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert screen.query_one("#p1-name", Field).error == "Name is needed."
        assert "80" in screen.query_one("#p2-name", Field).error
        assert "control characters" in screen.query_one("#p1-role", Field).error
        assert "date" in screen.query_one("#start", Field).error.lower()
        assert screen.query_one("#p1-name", Field).has_class("-invalid")
        # the message is visible on screen, right under the field
        assert "Name is needed." in _screen_text(app)
        # fix everything and it saves
        screen.query_one("#p1-name-input", Input).value = "Ann"
        screen.query_one("#p2-name-input", Input).value = "Ann"
        screen.query_one("#p1-role-input", Input).value = ""
        screen.query_one("#start-input", Input).value = "3 Dec 2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "different names" in screen.query_one("#p2-name", Field).error
        screen.query_one("#p2-name-input", Input).value = "Bo"
        screen.query_one("#end-input", Input).value = "1 Dec 2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "after the start" in screen.query_one("#end", Field).error
        assert not (data_dir / "rmcoach.json").exists()
        screen.query_one("#end-input", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")  # not saying who is here is allowed
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    pair = load_pair(Store(data_dir))
    assert pair is not None and pair.start.isoformat() == "2026-12-03" and pair.end is None


async def test_own_words_for_the_relationship_are_used_everywhere(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.query_one("#p1-name-input", Input).value = "Ann"
        screen.query_one("#p2-name-input", Input).value = "Bo"
        radios = list(screen.query("RadioButton"))
        await pilot.click(radios[-1])
        await pilot.pause()
        own = screen.query_one("#relationship-own", Field)
        assert own.display
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "name is needed" in own.error.lower()
        screen.query_one("#relationship-own-input", Input).value = "Tuesday swap shop"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Tuesday swap shop" in app.screen.title
        assert "Tuesday swap shop" in _screen_text(app)


async def test_edit_pair_details_later(demo_dir: Path) -> None:
    data_dir = demo_dir
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        app.screen.query_one("#p2-role-input", Input).value = "Senior analyst"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Senior analyst" in _screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    store = Store(data_dir)
    pair = load_pair(store)
    assert pair is not None and pair.people[1].role == "Senior analyst"
    person = store.get("people", pair.people[1].uuid)
    assert person["history"][0]["version"]["role"] == "Health informatics analyst"


async def test_help_opens_with_question_mark_and_closes_with_escape(demo_dir: Path) -> None:
    data_dir = demo_dir
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_theme_choice_is_remembered(demo_dir: Path) -> None:
    data_dir = demo_dir
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    again = make_app(data_dir, watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_command_palette_lists_every_area(demo_dir: Path) -> None:
    data_dir = demo_dir
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE):
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for area in app.areas():
            assert area.title in titles
        assert "Help" in titles


async def test_command_palette_reaches_every_key_of_the_screen_underneath(demo_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen
    from rmcoach.screens.skills import SkillsScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        shown = {b.description for _, b, enabled, _ in app.screen.active_bindings.values()
                 if b.show and enabled and b.description}
        assert shown - {"Back", "Help", "Quit", "Who's here", "palette"} <= set(commands)
        assert {"Level up", "Teach-back", "Log learning", "Check jargon"} <= set(commands)
        assert "key +" in commands["Level up"].help
        app.show_home()
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)
        command = {c.title: c for c in app.get_system_commands(app.screen)}["Log session"]
        await command.callback()  # what choosing it in the palette runs
        await pilot.pause()
        assert isinstance(app.screen, SessionFormScreen)


async def test_a_change_from_another_process_shows_up(demo_dir: Path) -> None:
    data_dir = demo_dir
    store = Store(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        pair = load_pair(store)
        assert pair is not None
        await go_home(app, pilot)
        other = Store(data_dir)
        other.update("people", pair.people[0].uuid, {"name": "Prof Margaret Okafor"})
        app.check_for_outside_changes()
        await pilot.pause()
        assert "Prof Margaret Okafor" in _screen_text(app)


async def test_who_is_at_the_keyboard_is_asked_once_and_remembered(data_dir: Path) -> None:
    from rmcoach.features.demo import build_demo
    from rmcoach.records.privacy import TOGETHER

    pair = build_demo(Store(data_dir))
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WhoScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.viewer == pair.people[1].uuid
        assert "Sam Patel at the keyboard" in app.sub_title
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, WhoScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.viewer == TOGETHER and "together" in app.sub_title
    again = make_app(data_dir, watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not isinstance(again.screen, WhoScreen)
        assert again.viewer == TOGETHER


async def test_a_failed_save_keeps_the_form_and_says_why(data_dir: Path, monkeypatch) -> None:
    import errno
    import os

    from rmcoach.storage import store as store_mod

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        screen.query_one("#p1-name-input", Input).value = "Ann"
        screen.query_one("#p2-name-input", Input).value = "Bo"
        monkeypatch.setattr(store_mod.os, "write", disk_full)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "disk is full" in str(screen.query_one("#form-status").render())
        assert screen.query_one("#p1-name-input", Input).value == "Ann"
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WhoScreen)
    assert load_pair(Store(data_dir)) is not None


async def test_a_file_replaced_under_the_running_app_is_detected_not_clobbered(demo_dir: Path) -> None:
    import os
    import shutil

    store = Store(demo_dir)
    pair = load_pair(store)
    assert pair is not None
    restored_copy = demo_dir.parent / "restored.json"
    shutil.copyfile(store.path, restored_copy)
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        # meanwhile someone edits with another process, then restores an older copy over it
        Store(demo_dir).update("people", pair.people[1].uuid, {"role": "changed elsewhere"})
        os.replace(restored_copy, store.path)
        raw = Store(demo_dir)
        raw.insert("learnings", {"text": "written into the restored file", "by": pair.people[1].uuid, "visibility": "shared"})
        app.check_for_outside_changes()
        await pilot.pause()
        # the app now saves: it must build on the restored file, not on what it had in memory
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#p1-role-input", Input).value = "Clinical lead"
        await pilot.press("ctrl+s")
        await pilot.pause()
    final = Store(demo_dir)
    texts = [r["text"] for r in final.all("learnings")]
    assert "written into the restored file" in texts
    people = {p["uuid"]: p for p in final.all("people")}
    assert people[pair.people[0].uuid]["role"] == "Clinical lead"
    assert people[pair.people[1].uuid]["role"] == "Health informatics analyst"
