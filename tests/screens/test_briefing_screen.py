"""The briefing screen shows what each person teaches, their own tip and their own questions."""

from __future__ import annotations

from pathlib import Path

from rmcoach.app import make_app
from rmcoach.records.privacy import TOGETHER
from tests.conftest import until

SIZE = (110, 40)


def _briefing_text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query("Static") if w.display)


async def test_the_briefing_screen_speaks_to_the_person_at_the_keyboard(demo_dir: Path) -> None:
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.storage.store import Store
    from rmcoach.tips.sides import sides

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen)
                    and bool(getattr(app.screen, "briefing", None) and app.screen.briefing.tips),
                    "the whole briefing")
        pair = app.current_pair()
        margaret, sam = pair.people[0], pair.people[1]
        assert sides(Store(demo_dir), pair).wisdom == margaret.uuid
        b = app.screen.briefing
        text = _briefing_text(app)
        assert "teaching their topic" not in text
        assert "leads the first half, teaching " in text and "leads the second half, teaching " in text
        # Margaret is at the keyboard: her tip (the senior side's or both), and questions for her to ask Sam
        assert "A tip for you today" in text and b.tips[0].person == margaret.uuid
        assert b.tips[0].tip.audience in ("wisdom-side", "both") and b.tips[0].tip.title in text
        assert f"Questions you could ask {sam.name}" in text
        assert all(p.text in text for p in b.prompts[0].prompts)
        assert f"A tip for {sam.name}" not in text
        # looking together: one tip and one set of questions for each person
        app.set_viewer(TOGETHER)
        app.screen.refresh_data()
        await until(pilot, lambda: f"A tip for {sam.name}" in _briefing_text(app), "both people's tips")
        text = _briefing_text(app)
        assert f"A tip for {margaret.name}" in text
        assert f"Questions {sam.name} could ask {margaret.name}" in text
        assert f"Questions {margaret.name} could ask {sam.name}" in text


async def test_a_jargon_tip_appears_once_the_check_finds_jargon_in_your_topics(demo_dir: Path) -> None:
    from rmcoach.features import sessions
    from rmcoach.records.pairs import load_pair
    from rmcoach.storage.prefs import Prefs
    from rmcoach.screens.briefing import BriefingScreen
    from rmcoach.storage.store import Store

    store = Store(demo_dir)
    pair = load_pair(store)
    sam = pair.people[1]
    sessions.add_topic(store, "Set up the VPN and an API token for the dashboard", by=sam.uuid)
    Prefs(demo_dir).set("owner", sam.uuid)  # Sam's own computer: no who-is-here question
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        # the checker is built off the UI thread; the tip turns to plain words when it is ready
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen)
                    and "A jargon check of the topics you added found:" in _briefing_text(app),
                    "the jargon tip")
        text = _briefing_text(app)
        assert "VPN" in text.split("A jargon check of the topics you added found:")[1]
        tip = app.screen.briefing.tips[0]
        assert tip.moment == "jargon" and tip.tip.audience in ("tech-side", "both")


async def test_the_briefing_scrolls_with_the_keys_from_the_start(demo_dir: Path) -> None:
    """Its body comes once the file is read (after the first frame): it takes the focus then,
    so the arrow and page keys scroll the briefing as soon as it shows."""
    from textual.containers import VerticalScroll

    from rmcoach.screens.briefing import BriefingScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(80, 16)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen)
                    and bool(getattr(app.screen, "briefing", None) and app.screen.briefing.tips),
                    "the whole briefing")
        body = app.screen.query_one("#briefing-body", VerticalScroll)
        assert app.focused is body and body.max_scroll_y > 0
        await pilot.press("pagedown")
        await until(pilot, lambda: body.scroll_y > 0, "the briefing to scroll")
