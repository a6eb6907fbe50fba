"""One letter, one meaning: on the hub screens (home, briefing, review) every area key
opens its area, so a letter learned on the home screen does the same thing everywhere."""

from __future__ import annotations

from pathlib import Path

from rmcoach.app import make_app
from rmcoach.areas import AREAS, BY_KEY
from tests.conftest import go_home, until

SIZE = (110, 34)


def _screen_keys(screen: object) -> dict[str, str]:
    """The letters the screen itself binds, with their actions."""
    keys: dict[str, str] = {}
    for binding in getattr(screen, "BINDINGS", []):
        for key in binding.key.split(","):
            keys[key.strip()] = binding.action
    return keys


async def test_an_area_key_on_a_hub_screen_opens_that_area(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        for hub in ("b", "v"):
            await go_home(app, pilot)
            await pilot.press(hub)
            hub_class = BY_KEY[hub].screen() if BY_KEY[hub].screen else None
            await until(pilot, lambda: hub_class is not None and isinstance(app.screen, hub_class), "the hub screen")
            clashes = [k for k in _screen_keys(app.screen) if k in BY_KEY]
            for key in clashes:  # a letter the hub binds itself must still open the area of that letter
                area = BY_KEY[key]
                assert area.screen is not None, key
                target = area.screen()
                await pilot.press(key)
                await until(pilot, lambda: isinstance(app.screen, target), f"{key} to open {area.title}")
                app.pop_screen()
                await until(pilot, lambda: isinstance(app.screen, hub_class), "back on the hub")


def test_log_session_and_learnings_never_share_a_letter() -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.review import ReviewScreen
    from rmcoach.screens.sessions import SessionsScreen

    learnings = next(a.key for a in AREAS if a.id == "learnings")
    sessions = next(a.key for a in AREAS if a.id == "sessions")
    from rmcoach.screens.home import HomeScreen

    assert _screen_keys(HomeScreen).get("w") == "app.log_session"
    for screen in (BriefingScreen, SessionsScreen):
        keys = _screen_keys(screen)
        assert keys.get("w") == "log" and learnings not in keys
    assert _screen_keys(ReviewScreen).get("z") == "retro" and sessions not in _screen_keys(ReviewScreen)


async def test_w_logs_a_session_from_home_briefing_and_sessions_list(demo_dir: Path) -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.screens.home import HomeScreen
    from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        for opener, where in (("", HomeScreen), ("b", BriefingScreen), ("c", SessionsScreen)):
            await go_home(app, pilot)
            if opener:
                await pilot.press(opener)
            await until(pilot, lambda: isinstance(app.screen, where), f"{where.__name__}")
            await pilot.press("w")
            await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), f"w on {where.__name__}")
            await pilot.press("escape")  # nothing typed: it just closes
            await until(pilot, lambda: isinstance(app.screen, where), f"back on {where.__name__}")
