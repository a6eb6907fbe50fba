"""Pilot tests: add a skill from a starter idea, move its level, a teach-back with a bad rating,
the quick learning log from the home screen, the learnings list, balance and search screens."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, DataTable, Input, OptionList, RadioSet, Static, TextArea

from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.screens.balance import BalanceScreen
from rmcoach.screens.home import HomeScreen
from rmcoach.screens.learnings import LearningsScreen, QuickLogModal
from rmcoach.screens.search import RecordModal, SearchScreen
from rmcoach.screens.skills import SkillFormModal, SkillsScreen, TeachBackModal
from rmcoach.storage.store import Store
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.form import Field
from rmcoach.records import tables
from tests.conftest import go_home, until

SIZE = (110, 40)


def _text(screen) -> str:
    shown = [str(w.render()) for w in screen.query(Static) if w.display]
    return "\n".join(shown + [pane.text for pane in screen.query(DetailPane) if pane.display])


def _skill(data_dir: Path, title: str) -> dict:
    return next(s for s in Store(data_dir).all(tables.SKILLS) if s["title"] == title)


async def test_add_a_skill_from_a_starter_idea_then_move_its_level(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        await pilot.press("a")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, SkillFormModal)
        ideas = modal.query_one("#suggestions", OptionList)
        ideas.highlighted = next(i for i in range(ideas.option_count)
                                 if ideas.get_option_at_index(i).id == "professional wisdom|Bedside manner")
        await pilot.press("enter")
        await pilot.pause()
        assert modal.query_one("#sk-title-input", Input).value == "Bedside manner"
        modal.query_one("#sk-why-input", TextArea).text = "Sam builds tools for worried patients."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        pair = load_pair(Store(demo_dir))
        senior, junior = pair.people
        stored = _skill(demo_dir, "Bedside manner")
        assert (stored["teacher"], stored["learner"]) == (senior.uuid, junior.uuid)
        assert stored["kind"] == "professional wisdom" and stored["why"] == "Sam builds tools for worried patients."
        assert stored["level"] == 0 and len(stored["levels"]) == 1
        assert "Bedside manner" in _text(app.screen)  # the new skill is highlighted and its story shown

        await pilot.press("plus", "plus")
        await pilot.pause()
        stored = _skill(demo_dir, "Bedside manner")
        assert stored["level"] == 2 and [c["level"] for c in stored["levels"]] == [0, 1, 2]
        assert "tried with help" in _text(app.screen)
        await pilot.press("minus")
        await pilot.pause()
        assert _skill(demo_dir, "Bedside manner")["level"] == 1

        # a level with a note, through the ladder picker
        await pilot.press("v")
        await pilot.pause()
        app.screen.query_one("#lv-note-input", Input).value = "did it alone on the ward"
        levels = app.screen.query_one("#levels", OptionList)
        levels.focus()
        levels.highlighted = 3
        await pilot.press("enter")
        await pilot.pause()
        stored = _skill(demo_dir, "Bedside manner")
        assert stored["level"] == 3 and stored["levels"][-1]["note"] == "did it alone on the ward"
        assert "did it alone on the ward" in _text(app.screen)


async def test_adding_a_skill_with_no_name_shows_the_problem_and_saves_nothing(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    before = len(Store(demo_dir).all(tables.SKILLS))
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(SkillsScreen())
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, SkillFormModal)
        assert modal.query_one("#sk-title", Field).error == "The skill's name is needed."
        assert "The skill's name is needed." in _text(modal)
    assert len(Store(demo_dir).all(tables.SKILLS)) == before


async def test_teach_back_refuses_a_confidence_of_seven_next_to_its_field(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(SkillsScreen())
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)
        table.move_cursor(row=table.get_row_index(_skill(demo_dir, "Password managers")["uuid"]))
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, TeachBackModal)
        modal.query_one("#tb-before-input", Input).value = "2"
        modal.query_one("#tb-after-input", Input).value = "7"
        modal.query_one("#tb-explanation-input", TextArea).text = "One vault, one strong key, and it fills the rest in."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TeachBackModal)
        after = modal.query_one("#tb-after", Field)
        assert after.error == "Confidence after must be from 1 to 5, not 7." and after.has_class("-invalid")
        assert modal.query_one("#tb-before", Field).error == ""
        assert "not 7" in _text(modal)
        assert _skill(demo_dir, "Password managers")["teachbacks"] == []
        modal.query_one("#tb-after-input", Input).value = "4"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        teachbacks = _skill(demo_dir, "Password managers")["teachbacks"]
        assert len(teachbacks) == 1 and (teachbacks[0]["before"], teachbacks[0]["after"]) == (2, 4)
        assert "confidence 2 → 4" in _text(app.screen)


async def test_practice_task_friction_is_recorded(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(SkillsScreen())
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        uuid = _skill(demo_dir, "Spotting phishing")["uuid"]
        table.move_cursor(row=table.get_row_index(uuid))
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#tk-text-input", Input).value = "Report one suspicious email"
        app.screen.query_one("#tk-due-input", Input).value = "not a date at all"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.query_one("#tk-due", Field).error
        app.screen.query_one("#tk-due-input", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#tk-friction-input", TextArea).text = "Couldn't find the report button on the ward PC"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
    from rmcoach.features.skills import friction_notes

    assert friction_notes(Store(demo_dir), uuid) == ["Couldn't find the report button on the ward PC"]


async def test_ctrl_l_logs_a_learning_from_the_home_screen(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    before = len(Store(demo_dir).all(tables.LEARNINGS))
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, QuickLogModal)
        await pilot.press(*"Ask what worries them first")
        app.screen.query_one("#learn-tags-input", Input).value = "Listening, #meetings"
        app.screen.query_one("#learn-text-input", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LearningsScreen)
        table = app.screen.query_one(DataTable)
        assert "Ask what worries them first" in str(table.get_row_at(0)[-1])
    stored = Store(demo_dir).all(tables.LEARNINGS)
    assert len(stored) == before + 1
    new = next(r for r in stored if r["text"] == "Ask what worries them first")
    viewer = Prefs(demo_dir).get("owner")
    assert new["by"] == viewer and new["author"] == viewer and new["tags"] == ["listening", "meetings"]
    assert Prefs(demo_dir).get("last_logger") == viewer


async def test_quick_log_asks_who_when_both_are_looking(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        app.set_viewer(TOGETHER)
        await pilot.press("ctrl+l")
        await pilot.pause()
        modal = app.screen
        await pilot.press(*"Silence is fine")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuickLogModal)
        assert "Choose which of you learned it." in _text(modal)
        modal.query_one("#learn-text-input", Input).value = "   "
        await pilot.press("enter")
        await pilot.pause()
        assert modal.query_one("#learn-text", Field).error.startswith("Write what you learned")
        modal.query_one("#learn-text-input", Input).value = "Silence is fine"
        radio = modal.query_one("#who-set", RadioSet)
        radio.focus()
        await pilot.press("down", "space")
        modal.query_one("#learn-text-input", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuickLogModal)
    pair = load_pair(Store(demo_dir))
    rec = next(r for r in Store(demo_dir).all(tables.LEARNINGS) if r["text"] == "Silence is fine")
    assert rec["by"] in {p.uuid for p in pair.people}


async def test_enter_saves_from_the_private_box_and_the_name_list(demo_dir: Path) -> None:
    from rmcoach.records.privacy import TOGETHER

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, QuickLogModal)
        await pilot.press(*"Passkeys replace passwords")
        modal.query_one("#learn-private", Checkbox).focus()
        await pilot.press("space")  # space ticks
        await pilot.pause()
        assert modal.query_one("#learn-private", Checkbox).value
        await pilot.press("enter")  # enter saves, as the hint says
        await pilot.pause()
        assert not isinstance(app.screen, QuickLogModal)
    rec = next(r for r in Store(demo_dir).all(tables.LEARNINGS) if r["text"] == "Passkeys replace passwords")
    assert rec["visibility"] == "private"
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        app.set_viewer(TOGETHER)
        await pilot.press("ctrl+l")
        await pilot.pause()
        modal = app.screen
        await pilot.press(*"Ask the family first")
        modal.query_one("#who-set", RadioSet).focus()
        await pilot.press("down", "enter")  # enter picks the highlighted name and saves
        await until(pilot, lambda: not isinstance(app.screen, QuickLogModal), "the learning to save")
    pair = load_pair(Store(demo_dir))
    rec = next(r for r in Store(demo_dir).all(tables.LEARNINGS) if r["text"] == "Ask the family first")
    assert rec["by"] in {p.uuid for p in pair.people}


async def test_learnings_filter_and_edit_keeps_history(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(LearningsScreen())
        await pilot.pause()
        screen = app.screen
        total = len(Store(demo_dir).all(tables.LEARNINGS))
        assert f"{total} learnings" in _text(screen)
        screen.query_one("#f-tag", Input).value = "#video"
        await pilot.pause()
        table = screen.query_one(DataTable)
        assert 0 < table.row_count < total
        assert all("#video" in str(table.get_row_at(i)[3]) for i in range(table.row_count))
        screen.query_one("#f-since", Input).value = "the 45th of Smarch"
        await pilot.pause()
        assert "date" in _text(screen).lower()
        await pilot.press("c")
        await pilot.pause()
        assert table.row_count == total
        table.focus()
        table.move_cursor(row=0)
        first_uuid = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, QuickLogModal)
        app.screen.query_one("#learn-text-input", Input).value = "Edited in my own words"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LearningsScreen)
        assert "Edited in my own words" in _text(app.screen)
    rec = Store(demo_dir).get(tables.LEARNINGS, first_uuid)
    assert rec["text"] == "Edited in my own words" and len(rec["history"]) == 1


async def test_deleting_a_learning_keeps_the_place_in_the_list(demo_dir: Path) -> None:
    """After d and y the highlight stays where it was (on the next learning), not back at the top."""
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(LearningsScreen())
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)
        assert table.row_count >= 4
        table.focus()
        table.move_cursor(row=2)
        await pilot.pause()
        gone = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        after = str(table.coordinate_to_cell_key((3, 0)).row_key.value)
        await pilot.press("d")
        await until(pilot, lambda: type(app.screen).__name__ == "ConfirmModal", "the question")
        await pilot.press("y")
        await until(pilot, lambda: app.screen is screen and Store(demo_dir).get(tables.LEARNINGS, gone) is None,
                    "the learning to go")
        await until(pilot, lambda: table.cursor_row == 2, "the highlight to stay in its place")
        assert str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value) == after


async def test_balance_screen_shows_both_directions(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(BalanceScreen())
        await pilot.pause()
        text = _text(app.screen)
        assert "Dr Margaret Okafor → Sam Patel" in text and "Sam Patel → Dr Margaret Okafor" in text
        assert "The whole relationship" in text and "learnings logged" in text and "█" in text
        await pilot.press("minus")
        await pilot.pause()
        assert "The last 3 sessions" in _text(app.screen)


async def test_search_as_you_type_and_open_where_it_belongs(demo_dir: Path) -> None:
    zebra = Store(demo_dir).insert(tables.ACTIONS, {"text": "Send the zebra-crossing template reply", "owner": None,
                                               "status": "open"})
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await pilot.press(*"ward pc")
        table = screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count >= 1, "results for 'ward pc'")
        assert table.row_count >= 1
        assert str(table.get_row_at(0)[0]) == "skill"
        await pilot.press("enter")  # Enter in the box moves to the results
        await pilot.pause()
        await pilot.press("enter")  # Enter on a result opens it
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        assert app.screen.current().title == "Patient-portal messaging"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        box = screen.query_one("#query", Input)
        box.focus()
        box.value = "zebra template"
        await until(pilot, lambda: table.row_count == 1 and str(table.get_row_at(0)[0]) == "action item",
                    "the action item to be the only result")
        assert table.row_count == 1 and str(table.get_row_at(0)[0]) == "action item"
        table.focus()
        await pilot.press("enter")
        await pilot.pause()
        from textual.widgets import TabbedContent

        from rmcoach.screens.sessions import SessionsScreen
        from rmcoach.widgets.tables import cursor_key

        assert isinstance(app.screen, SessionsScreen)  # action items open in their own list
        await until(pilot, lambda: app.screen.query_one(TabbedContent).active == "tab-actions", "the actions tab")
        assert cursor_key(app.screen.query_one("#actions-table", DataTable)) == zebra["uuid"]
        await pilot.press("escape")
        await pilot.pause()
        box.focus()
        box.value = "setting up portal inbox"
        await until(pilot, lambda: table.row_count >= 1 and str(table.get_row_at(0)[0]) == "session", "a session")
        table.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionsScreen)  # and a session opens on itself, its notes shown
        hit = screen._hits[0]
        await until(pilot, lambda: cursor_key(app.screen.query_one("#sessions-table", DataTable)) == hit.uuid,
                    "the session to be highlighted")
        assert "Setting up the patient portal inbox" in app.screen.query_one("#session-view", DetailPane).text
        await pilot.press("escape")
        await pilot.pause()
        box.focus()
        box.value = "overrun clinic"  # a health check: no list of its own, so it opens by itself
        await until(pilot, lambda: table.row_count == 1 and str(table.get_row_at(0)[0]) == "health check", "it")
        table.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordModal)
        assert "We overrun when clinic runs late." in _text(app.screen)


async def test_user_text_with_brackets_is_shown_as_text(demo_dir: Path) -> None:
    store = Store(demo_dir)
    pair = load_pair(store)
    senior, junior = pair.people
    store.insert(tables.SKILLS, {"title": "[red]Not markup[/red]", "teacher": junior.uuid, "learner": senior.uuid,
                            "kind": "technology", "description": "[b]plain[/b]", "why": "", "level": 0, "levels": [],
                            "tasks": [], "teachbacks": [], "author": senior.uuid, "visibility": "shared"})
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(SkillsScreen())
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        titles = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "[red]Not markup[/red]" in titles
        table.move_cursor(row=titles.index("[red]Not markup[/red]"))
        await pilot.pause()
        assert "[b]plain[/b]" in _text(app.screen)
