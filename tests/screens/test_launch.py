"""Launch: the first frame comes from a quick look at the file (the pair's names, which
screen goes first); the whole file is read and checked right after it, before any record
is shown or any key is acted on.  A file that does not open still ends the launch with
one sentence, and nothing is written."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rmcoach import cli
from rmcoach.app import RMCoachApp, make_app
from rmcoach.features.demo import build_demo
from rmcoach.records.privacy import TOGETHER
from rmcoach.screens.briefing import BriefingScreen
from rmcoach.screens.who import WhoScreen
from rmcoach.storage.store import Store
from tests.conftest import until

SIZE = (110, 40)


def _demo(data_dir: Path):
    """The demo pair (it has a rhythm, so the briefing is the first screen), asking who is here."""
    return build_demo(Store(data_dir))


def _damage_a_learning(data_dir: Path) -> bytes:
    """A learning the load check refuses; the pair, its people and the agreements stay good."""
    path = data_dir / "rmcoach.json"
    data = json.loads(path.read_text())
    first = next(iter(data["learnings"]))
    data["learnings"][first]["text"] = 42
    path.write_text(json.dumps(data))
    return path.read_bytes()


async def test_the_whole_file_is_read_after_the_first_frame_and_the_briefing_follows(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pair = _demo(data_dir)
    app = make_app(data_dir, watch_interval=0)
    first_read_after_first_frame: list[bool] = []
    load = Store._load

    def watched(store: Store):
        if store is app._store and not first_read_after_first_frame:
            first_read_after_first_frame.append(app.first_frame_done)
        return load(store)

    monkeypatch.setattr(Store, "_load", watched)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.store_opened, "the file to be read")
        assert first_read_after_first_frame == [True]
        who = app.screen
        assert isinstance(who, WhoScreen) and who.has_class("-launch")
        assert [p.name for p in who.pair.people] == [p.name for p in pair.people]
        # the dialog's footer gets its keys once the first frame is up (as Textual's own does)
        from textual.widgets._footer import FooterKey

        await until(pilot, lambda: any(k.description == "My computer" for k in who.query(FooterKey)),
                    "the who dialog's footer keys")
        # nothing of the pair's screens is made until someone says who is here
        assert app.screen_stack == [who]
        await pilot.press("t")
        assert app.viewer == TOGETHER
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen) and app.screen_stack == [briefing]
        await until(pilot, lambda: getattr(briefing, "briefing", None) is not None, "the briefing to be drawn")
        shown = lambda: str(briefing.query_one("#briefing").render())  # noqa: E731
        await until(pilot, lambda: briefing.briefing.sections[0].title in shown(), "the briefing's first section")


async def test_a_key_typed_before_the_file_is_read_waits_for_it(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pair = _demo(data_dir)
    # the read after the first frame has not happened yet when the key comes
    monkeypatch.setattr(RMCoachApp, "on_ready", lambda self: setattr(self, "first_frame_done", True))
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.store_opened and isinstance(app.screen, WhoScreen)
        await pilot.press("1")
        assert app.store_opened  # read before the key was acted on
        assert app.viewer == pair.people[0].uuid  # and the key was not lost
        assert not isinstance(app.screen, WhoScreen)
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        await until(pilot, lambda: getattr(briefing, "briefing", None) is not None, "the briefing to be drawn")


async def test_a_file_damaged_past_the_names_stops_the_launch_and_nothing_is_written(data_dir: Path) -> None:
    _demo(data_dir)
    before = _damage_a_learning(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.load_error is not None, "the damage to be found")
    assert app.return_code == 1
    assert "cannot accept" in str(app.load_error)
    assert (data_dir / "rmcoach.json").read_bytes() == before


def test_the_command_line_reports_that_damage_in_one_sentence(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _demo(data_dir)
    before = _damage_a_learning(data_dir)
    run = RMCoachApp.run

    def headless(self: RMCoachApp, *args, **kwargs):
        kwargs["headless"] = True
        return run(self, *args, **kwargs)

    monkeypatch.setattr(RMCoachApp, "run", headless)
    err = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", err)
    code = cli.main(["--data-dir", str(data_dir)])
    said = err.getvalue()
    assert said.count("\n") == 1 and said.startswith("rmcoach: ") and "cannot accept" in said
    assert "Traceback" not in said
    # the same sentence and exit status as every command gives for that file
    err.seek(0), err.truncate()
    assert cli.main(["--data-dir", str(data_dir), "next"]) == code != 0
    assert err.getvalue() == said
    assert (data_dir / "rmcoach.json").read_bytes() == before


def test_opening_the_app_needs_no_parser_but_everything_else_gets_the_whole_one() -> None:
    for argv in ([], ["--data-dir", "x"], ["--data-dir=x", "--ask-who"], ["--data-dir", "a", "--data-dir", "b"],
                 ["--ask-who", "--data-dir="]):
        quick = cli._app_options(argv)
        full = cli.build_parser().parse_args(argv)
        assert quick is not None, argv
        assert (quick.data_dir, quick.ask_who) == (full.data_dir, full.ask_who), argv
        assert getattr(full, "_module", None) is None
    for argv in (["brief"], ["--help"], ["--version"], ["--data-dir"], ["breif"], ["--data-dir", "x", "next"],
                 ["--data", "x"], ["--ask"], ["--data-dir", "--ask-who"], ["--data-dir", "-x"]):
        assert cli._app_options(argv) is None, argv


def test_a_typo_still_gets_the_usual_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["breif"])
    assert stopped.value.code == 2
    assert "invalid choice: 'breif'" in capsys.readouterr().err


async def test_home_comes_once_the_question_is_answered(data_dir: Path) -> None:
    from textual.widgets import Static

    from rmcoach.screens.home import HomeScreen
    from tests.conftest import make_pair

    _, pair = make_pair(data_dir)  # no rhythm yet: home is the first screen
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        # the question is the launch's only screen: nothing of the pair's is made under it
        assert isinstance(app.screen, WhoScreen) and app.screen_stack == [app.screen]
        await until(pilot, lambda: app.store_opened, "the file to be read")
        await pilot.press("2")
        assert app.viewer == pair.people[1].uuid
        home = app.screen
        assert isinstance(home, HomeScreen) and app.screen_stack == [home]
        await until(pilot, lambda: bool(home.query("#summary")), "home to be composed")
        summary = str(home.query_one("#summary", Static).render())
        assert pair.people[0].name in summary and pair.people[1].name in summary
        await until(pilot, lambda: home.status_shown, "where you stand")
        # the area keys work at once, and going home stays on this screen
        await pilot.press("l")
        assert type(app.screen).__name__ == "LearningsScreen"
        app.show_home()
        await until(pilot, lambda: app.screen is home, "home again")


async def test_keys_typed_in_a_burst_with_the_answer_land_on_the_first_screen(data_dir: Path) -> None:
    from tests.conftest import burst, make_pair

    _, pair = make_pair(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "1", "l")
        await until(pilot, lambda: type(app.screen).__name__ == "LearningsScreen", "the learnings")
        assert app.viewer == pair.people[0].uuid


async def test_escape_at_the_launch_question_shows_the_pair_with_nothing_private(data_dir: Path) -> None:
    from rmcoach.screens.home import HomeScreen
    from tests.conftest import make_pair

    make_pair(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen) and app.viewer is None
        assert "nobody named yet" in app.sub_title


async def test_a_store_read_before_the_app_runs_stays_the_one_it_follows(data_dir: Path) -> None:
    pair = _demo(data_dir)
    app = make_app(data_dir, watch_interval=0)
    assert app.current_pair() == pair  # the whole file is read before the app runs
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        Store(data_dir).update("people", pair.people[1].uuid, {"name": "Renamed Elsewhere"})
        app.check_for_outside_changes()
        assert app.current_pair().people[1].name == "Renamed Elsewhere"


async def test_the_command_lines_app_sets_the_read_history_aside_from_the_cycle_collector(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the whole file is read, the command line's app freezes it for the cycle collector
    (a full collection walking the history paused the lists); an app made for a test does not."""
    import rmcoach.app as app_module

    _demo(data_dir)
    frozen: list[int] = []
    monkeypatch.setattr(app_module, "set_aside_for_good", lambda: frozen.append(1))
    plain = make_app(data_dir, watch_interval=0)
    async with plain.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: plain.store_opened, "the file to be read")
    assert frozen == []
    app = make_app(data_dir, watch_interval=0)
    app.freeze_history = True
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.store_opened, "the file to be read")
    assert frozen == [1]
    ran: list[RMCoachApp] = []
    monkeypatch.setattr(RMCoachApp, "run", lambda self, *a, **k: ran.append(self))
    cli._run_app(cli.Context(data_dir=data_dir))
    assert ran and ran[0].freeze_history


async def test_an_owned_computer_with_a_file_in_an_older_order_still_opens_on_the_briefing(data_dir: Path) -> None:
    from rmcoach.storage.owner import set_owner
    from rmcoach.storage.prefs import Prefs

    pair = _demo(data_dir)
    set_owner(Prefs(data_dir), pair.people[0].uuid)
    path = data_dir / "rmcoach.json"
    data = json.loads(path.read_text())
    path.write_text(json.dumps({name: data[name] for name in data if name != "agreements"}
                               | {"agreements": data["agreements"]}))
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.viewer == pair.people[0].uuid


async def test_quitting_at_the_first_frame_on_an_owned_computer_leaves_no_error(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The briefing's body is mounted once the file is read, just after the first frame: a
    quit asked for at that frame (as the launch bench does, or ctrl+q at once) closes cleanly."""
    from rmcoach.storage.owner import set_owner
    from rmcoach.storage.prefs import Prefs

    pair = _demo(data_dir)
    set_owner(Prefs(data_dir), pair.people[0].uuid)
    ready = RMCoachApp.on_ready

    def quit_at_once(self: RMCoachApp) -> None:
        ready(self)
        self.exit(0)

    monkeypatch.setattr(RMCoachApp, "on_ready", quit_at_once)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: not app.is_running, "the app to close")
    assert app.return_code == 0 and app._exception is None
