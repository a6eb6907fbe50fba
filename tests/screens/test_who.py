"""Who is at the keyboard: asked at every launch (one key each), nothing private on screen
before the answer, unless a person marked this computer as their own - in the app or
with `rmcoach owner`.  A browser tab (always_ask / --ask-who) asks regardless."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Static

from rmcoach.app import make_app
from rmcoach.features.demo import build_demo
from rmcoach.storage.owner import OWNER
from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.screens.who import WhoScreen
from rmcoach.widgets.lines import TickLine
from rmcoach.storage.store import Store
from tests.conftest import run_cli, until

SIZE = (110, 40)
SECRET = "Private worry"


def _pair_with_private_reflections(data_dir: Path):
    """The demo pair; every session carries the first person's private reflection, so the
    briefing (the first screen) shows one as soon as that person is known to be there."""
    store = Store(data_dir)
    pair = build_demo(store)
    me = pair.people[0].uuid
    with store.transaction():
        for i, session in enumerate(store.all("sessions")):
            store.insert("reflections", {"session": session["uuid"], "author": me, "visibility": "private",
                                         "text": f"{SECRET} number {i}: I felt out of my depth"})
    return pair


def _everything_on_screen(app) -> str:
    """The text of every widget of every screen in the stack (what is drawn, covered or not)."""
    parts = []
    for screen in app.screen_stack:
        for widget in screen.query(Static):
            parts.append(str(widget.render()))
    parts.append(app.sub_title)
    return "\n".join(parts)


async def test_a_launch_asks_first_and_shows_nothing_private_before_the_answer(data_dir: Path) -> None:
    pair = _pair_with_private_reflections(data_dir)
    # the way rmcoach used to remember the last person at the keyboard changes nothing now
    Prefs(data_dir).set("viewer", pair.people[0].uuid)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WhoScreen)
        assert app.viewer is None
        first = _everything_on_screen(app)
        assert SECRET not in first
        assert SECRET not in app.export_screenshot()
        await pilot.press("1")
        await until(pilot, lambda: SECRET in _everything_on_screen(app), "the briefing to show my reflection")
        assert app.viewer == pair.people[0].uuid and not isinstance(app.screen, WhoScreen)


async def test_every_launch_asks_again_even_after_looking_together(data_dir: Path) -> None:
    pair = _pair_with_private_reflections(data_dir)
    for key, expected in (("t", TOGETHER), ("2", pair.people[1].uuid), ("1", pair.people[0].uuid)):
        app = make_app(data_dir, watch_interval=0)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, WhoScreen), "every launch asks, whoever was here last"
            await pilot.press("escape")  # not saying: nothing private shows, and F2 asks again
            await until(pilot, lambda: not isinstance(app.screen, WhoScreen), "the question to close")
            assert app.viewer is None and SECRET not in _everything_on_screen(app)
            await pilot.press("f2")
            await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the who-is-here question")
            await pilot.press(key)
            await until(pilot, lambda: app.viewer == expected, "the answer")
            assert SECRET not in _everything_on_screen(app) or expected == pair.people[0].uuid
            await pilot.press("f2")  # switchable any time, again with one key
            await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the who-is-here question")
            await pilot.press("t")
            await until(pilot, lambda: app.viewer == TOGETHER, "looking together")
            assert SECRET not in _everything_on_screen(app)


async def test_marking_this_computer_as_mine_in_the_app_opens_as_me_next_time(data_dir: Path) -> None:
    pair = _pair_with_private_reflections(data_dir)
    sam = pair.people[1].uuid
    data_before = (data_dir / "rmcoach.json").read_bytes()
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = app.screen.query_one("#who-mine", TickLine)
        assert not box.value  # not ticked unless someone ticks it
        await pilot.press("m", "2")
        await until(pilot, lambda: app.viewer == sam, "Sam at the keyboard")
    assert Prefs(data_dir).get(OWNER) == sam
    # the mark is this computer's: it is not in the pair's data (which travels between laptops)
    assert (data_dir / "rmcoach.json").read_bytes() == data_before

    again = make_app(data_dir, watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not isinstance(again.screen, WhoScreen) and again.viewer == sam
        # handing over to the other person does not move the mark
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(again.screen, WhoScreen), "the who-is-here question")
        assert "Sam Patel's" in _everything_on_screen(again)
        await pilot.press("1")
        await until(pilot, lambda: again.viewer == pair.people[0].uuid, "the hand-over")
    assert Prefs(data_dir).get(OWNER) == sam

    # a browser tab asks regardless, and never offers to mark the computer
    tab = make_app(data_dir, watch_interval=0, always_ask=True)
    async with tab.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(tab.screen, WhoScreen) and tab.viewer is None
        assert not tab.screen.query("#who-mine")
        assert SECRET not in _everything_on_screen(tab)
        await pilot.press("m", "1")
        await until(pilot, lambda: tab.viewer == pair.people[0].uuid, "the answer")
    assert Prefs(data_dir).get(OWNER) == sam

    # Sam takes the mark away again: choose himself with the box unticked
    last = make_app(data_dir, watch_interval=0)
    async with last.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(last.screen, WhoScreen), "the who-is-here question")
        assert last.screen.query_one("#who-mine", TickLine).value
        await pilot.press("m", "2")
        await until(pilot, lambda: not isinstance(last.screen, WhoScreen), "the answer")
    assert Prefs(data_dir).get(OWNER) is None


async def test_the_palette_marks_and_unmarks_this_computer(data_dir: Path) -> None:
    pair = _pair_with_private_reflections(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("1")
        await until(pilot, lambda: app.viewer == pair.people[0].uuid, "the answer")
        titles = {c.title: c for c in app.get_system_commands(app.screen)}
        mine = next(c for t, c in titles.items() if t.startswith("This is my computer"))
        mine.callback()
        assert Prefs(data_dir).get(OWNER) == pair.people[0].uuid
        titles = {c.title: c for c in app.get_system_commands(app.screen)}
        stop = next(c for t, c in titles.items() if t.startswith("Ask who is here at every launch"))
        stop.callback()
        assert Prefs(data_dir).get(OWNER) is None


def test_owner_command_shows_sets_and_clears(demo_dir: Path) -> None:
    Prefs(demo_dir).set(OWNER, None)
    data_before = (demo_dir / "rmcoach.json").read_bytes()
    shown = run_cli("owner", data_dir=demo_dir)
    assert shown.returncode == 0 and "nobody's own" in shown.stdout and "rmcoach owner NAME" in shown.stdout
    marked = run_cli("owner", "sam", data_dir=demo_dir)
    assert marked.returncode == 0, marked.stderr
    assert "Sam Patel's" in marked.stdout
    sam = next(p for p in json.loads((demo_dir / "rmcoach.json").read_text())["people"].values()
               if p["name"] == "Sam Patel")
    assert Prefs(demo_dir).get(OWNER) == sam["uuid"]
    assert "Sam Patel's" in run_cli("owner", data_dir=demo_dir).stdout
    cleared = run_cli("owner", "--clear", data_dir=demo_dir)
    assert cleared.returncode == 0 and "no longer Sam Patel's" in cleared.stdout
    assert Prefs(demo_dir).get(OWNER) is None
    assert (demo_dir / "rmcoach.json").read_bytes() == data_before  # never in the pair's data

    unknown = run_cli("owner", "Zed", data_dir=demo_dir)
    assert unknown.returncode == 2 and "Sam Patel" in unknown.stderr and "Traceback" not in unknown.stderr
    both = run_cli("owner", "sam", "--clear", data_dir=demo_dir)
    assert both.returncode == 2 and both.stderr.count("\n") == 1


def test_owner_command_without_a_pair(data_dir: Path) -> None:
    result = run_cli("owner", "sam", data_dir=data_dir)
    assert result.returncode == 1 and "rmcoach demo" in result.stderr
    assert not (data_dir / "local.json").exists()


def test_ask_who_is_a_hidden_flag_that_reaches_the_app(monkeypatch, demo_dir: Path) -> None:
    from rmcoach import cli

    assert "--ask-who" not in cli.build_parser().format_help()
    seen = {}

    class FakeApp:
        return_code = 0
        load_error = None  # the file opened (the app reports one that does not, see cli._run_app)

        def run(self) -> None:
            pass

    def fake_make_app(data_dir, **kwargs):
        seen.update(kwargs)
        return FakeApp()

    import rmcoach.app

    monkeypatch.setattr(rmcoach.app, "make_app", fake_make_app)
    assert cli.main(["--data-dir", str(demo_dir), "--ask-who"]) == 0
    assert seen == {"always_ask": True}
    assert cli.main(["--data-dir", str(demo_dir)]) == 0
    assert seen == {"always_ask": False}


async def test_escape_on_the_question_says_that_nobody_is_named(demo_dir: Path) -> None:
    from rmcoach.app import make_app
    from rmcoach.screens.who import WhoScreen
    from tests.conftest import until

    app = make_app(demo_dir, watch_interval=0, always_ask=True)
    async with app.run_test(size=(110, 34)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the who-is-here question")
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, WhoScreen), "the question to close")
        assert app.viewer is None and "nobody named yet" in app.sub_title and "private notes hidden" in app.sub_title


async def test_the_my_computer_box_ticks_by_key_space_and_click_and_reads_without_colour(data_dir: Path) -> None:
    _pair_with_private_reflections(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = app.screen.query_one("#who-mine", TickLine)
        assert str(box.render()).startswith("[ ] This is my computer")
        await pilot.press("m")
        assert box.value and str(box.render()).startswith("[x] ")
        await pilot.click("#who-mine")
        assert not box.value
        box.focus()
        await pilot.press("space")
        assert box.value
        await pilot.press("enter")
        assert not box.value
        assert isinstance(app.screen, WhoScreen)  # ticking never answers the question


async def test_the_answers_are_chosen_with_arrows_and_enter_or_a_click(data_dir: Path) -> None:
    from rmcoach.widgets.lines import Choices

    pair = _pair_with_private_reflections(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        choices = app.screen.query_one(Choices)
        assert app.focused is choices and choices.highlighted == 0
        assert str(choices.render()).splitlines()[0].startswith("> 1  ")  # the highlight reads without colour
        await pilot.press("down", "down", "down")  # round past the last answer
        assert choices.highlighted == 0
        await pilot.press("end", "up")
        assert choices.highlighted == 1
        await pilot.press("enter")
        await until(pilot, lambda: app.viewer == pair.people[1].uuid, "the second person")
        # F2: the question over the screen, on the person at the keyboard; a click answers
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the question")
        choices = app.screen.query_one(Choices)
        assert choices.highlighted == 1
        await pilot.click(Choices, offset=(4, 3))  # the border's row, then the third answer
        await until(pilot, lambda: app.viewer == TOGETHER, "both together")
        assert not isinstance(app.screen, WhoScreen)


async def test_the_box_shows_the_mark_to_whoever_is_at_the_keyboard_and_unticking_it_clears_it(data_dir: Path) -> None:
    """The computer is Margaret's and Sam took the keyboard: the box still shows the mark,
    as the line above it says; choosing Sam without touching it moves nothing, and
    unticking it then choosing Margaret clears the mark, as the line says."""
    pair = _pair_with_private_reflections(data_dir)
    first, second = (p.uuid for p in pair.people[:2])
    Prefs(data_dir).set(OWNER, first)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.viewer == first, "the owner at the keyboard")
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the question")
        await pilot.press("2")
        await until(pilot, lambda: app.viewer == second, "the hand-over")
        assert Prefs(data_dir).get(OWNER) == first
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, WhoScreen), "the question again")
        box = app.screen.query_one("#who-mine", TickLine)
        assert box.value and "Untick the box" in _everything_on_screen(app)
        await pilot.press("m", "1")
        await until(pilot, lambda: app.viewer == first, "the owner again")
    assert Prefs(data_dir).get(OWNER) is None
