"""The readable view: chosen per person with F3 (or the palette), remembered for that
person on this machine, and never taken for the machine's own theme."""

from __future__ import annotations

from pathlib import Path

from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.readable import is_readable, set_readable
from tests.conftest import until


def test_the_choice_is_kept_per_person(tmp_path: Path) -> None:
    prefs = Prefs(tmp_path)
    set_readable(prefs, "a", True)
    assert is_readable(Prefs(tmp_path), "a") and not is_readable(Prefs(tmp_path), "b")
    assert not is_readable(prefs, None)
    set_readable(prefs, "a", False)
    assert not is_readable(Prefs(tmp_path), "a")


async def test_f3_turns_it_on_for_the_person_at_the_keyboard_only(demo_dir: Path) -> None:
    from rmcoach.app import make_app
    from rmcoach.widgets.readable import THEME_NAME

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await until(pilot, lambda: app.viewer is not None, "the remembered person")
        margaret, sam = app.current_pair().people
        assert app.viewer == margaret.uuid and app.theme != THEME_NAME
        normal = app.theme
        await pilot.press("f3")
        await until(pilot, lambda: app.theme == THEME_NAME, "the readable theme")
        assert app.has_class("-readable")
        assert Prefs(demo_dir).get("readable") == {margaret.uuid: True}
        assert Prefs(demo_dir).get("theme") in (None, normal)  # the machine's theme is untouched
        app.set_viewer(sam.uuid)
        await until(pilot, lambda: app.theme == normal, "the normal theme for Sam")
        assert not app.has_class("-readable")
        app.set_viewer(TOGETHER)
        await pilot.pause()
        assert app.theme == normal
        app.set_viewer(margaret.uuid)
        await until(pilot, lambda: app.theme == THEME_NAME, "Margaret's readable view again")

    # a new start with Margaret remembered at the keyboard comes back readable
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await until(pilot, lambda: app.theme == THEME_NAME, "the readable view remembered for Margaret")
        await pilot.press("f3")
        await until(pilot, lambda: app.theme != THEME_NAME, "the readable view off")
        assert Prefs(demo_dir).get("readable") == {}


async def test_the_palette_reaches_it(demo_dir: Path) -> None:
    from rmcoach.app import make_app
    from rmcoach.widgets.readable import THEME_NAME

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 36)) as pilot:
        await until(pilot, lambda: app.viewer is not None, "the remembered person")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Readable view on or off" in titles
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Readable view on or off")
        command.callback()
        await until(pilot, lambda: app.theme == THEME_NAME, "the readable theme")


async def test_nobody_at_the_keyboard_yet_is_told_to_say_who(demo_dir: Path) -> None:
    from rmcoach.app import make_app
    from rmcoach.screens.who import WhoScreen

    app = make_app(demo_dir, watch_interval=0, always_ask=True)
    async with app.run_test(size=(110, 36)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the who-is-here question")
        assert app.viewer is None
        app.action_toggle_readable()
        await pilot.pause()
        assert Prefs(demo_dir).get("readable") is None
        margaret, sam = app.current_pair().people
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.viewer == sam.uuid, "Sam chosen")
        # asked each time, so the choice is not remembered as this machine's person
        assert Prefs(demo_dir).get("owner") == margaret.uuid  # the computer is still marked as hers
