"""Pilot tests: the review screen, looking together, the report and the closing retrospective."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import RadioSet, TextArea

from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.screens.review import ReportScreen, RetroScreen, ReviewScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.form import AreaField
from rmcoach.records import tables
from tests.conftest import go_home

SIZE = (120, 44)
SECRET = "a private worry about the new rota"


def _text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query("Static") if w.display)


async def test_review_hides_private_notes_when_looking_together(demo_dir: Path) -> None:
    store = Store(demo_dir)
    pair = load_pair(store)
    assert pair is not None
    store.insert(tables.REFLECTIONS, {"session": None, "author": pair.people[0].uuid, "visibility": "private", "text": SECRET})
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "Viewing as Dr Margaret Okafor" in _text(app)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        assert SECRET in app.screen.markdown  # her own copy shows her private notes
        await pilot.press("escape")
        await pilot.press("g")  # look together
        await pilot.pause()
        assert app.viewer == TOGETHER
        assert "Viewing as" not in _text(app)
        await pilot.press("r")
        await pilot.pause()
        assert SECRET not in app.screen.markdown
        assert "Meeting rhythm" in app.screen.markdown
        # what the screen draws: the lines of the report's body, as painted
        body = app.screen.query_one("#report-body")
        drawn = "\n".join(strip.text for strip in body.render_lines(body.region.reset_offset))
        assert "Meeting rhythm" in drawn and "How the sessions felt" in drawn and SECRET not in drawn
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)


async def test_closing_retrospective_validates_and_is_stored(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RetroScreen)
        screen.query_one("#keep TextArea", TextArea).text = "Meeting in the library, not the office"
        screen.query_one("#learned-1 TextArea", TextArea).text = "Bad\x1b[31m"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "control characters" in screen.query_one("#learned-1", AreaField).error
        assert "Choose what happens next" in str(screen.query_one("#retro-status").render())
        screen.query_one("#learned-1 TextArea", TextArea).text = "Video clinics"
        screen.query_one(RadioSet).query("RadioButton").first().value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "Meeting in the library" in _text(app)
    retro = Store(demo_dir).all(tables.RETROS)
    assert retro and retro[0]["decision"] == "renew" and retro[0]["keep_doing"].startswith("Meeting in the library")


async def test_the_close_names_the_retro_key_z_once_the_planned_time_is_over(demo_dir: Path) -> None:
    import datetime as _dt

    from rmcoach.infra import clock

    pair = load_pair(Store(demo_dir))
    assert pair is not None and pair.end is not None
    clock.freeze(_dt.datetime.combine(pair.end + _dt.timedelta(days=3), _dt.time(10), tzinfo=_dt.timezone.utc))
    try:
        app = make_app(demo_dir, watch_interval=0)
        async with app.run_test(size=SIZE) as pilot:
            await go_home(app, pilot)
            await pilot.press("v")
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)
            text = _text(app)
            assert "planned time together is over. Press z for a closing retrospective" in text
            assert "Press c" not in text
            await pilot.press("z")
            await pilot.pause()
            assert isinstance(app.screen, RetroScreen)
    finally:
        clock.freeze(None)


async def test_a_long_history_reads_as_short_trend_lines_and_bars_in_proportion(data_dir: Path) -> None:
    """Five years of weekly sessions: each trend is one short line (the latest sessions) with
    a note, and the ladder's bars differ when the counts do."""
    import datetime as _dt

    from rmcoach.features.review import TREND_SESSIONS
    from rmcoach.records.pairs import PersonInput, create_pair
    from rmcoach.storage.prefs import Prefs

    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")),
                       relationship="meeting of the minds", start=_dt.date(2020, 1, 1))
    ann, sam = (p.uuid for p in pair.people)
    with store.transaction():
        for i in range(60):
            store.insert(tables.SESSIONS, {
                "date": f"{(_dt.date(2020, 1, 6) + _dt.timedelta(days=7 * i)).isoformat()}T14:00", "minutes": 45,
                "lead": ann, "covered": [], "ratings": {ann: {"useful": 4, "comfort": 3}},
                "author": ann, "visibility": "shared", "notes": "", "went_well": ""})
        for n in range(26):  # 19 can teach it back, 7 do it alone
            store.insert(tables.SKILLS, {"title": f"Skill {n}", "teacher": sam, "learner": ann, "kind": "technology",
                                         "level": 4 if n < 19 else 3, "levels": [{"level": 4 if n < 19 else 3, "on": "2020-02-01"}],
                                         "author": sam, "visibility": "shared"})
    Prefs(data_dir).set("owner", ann)  # her computer: no question at launch
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        text = _text(app)
        useful = next(line for line in text.splitlines() if line.strip().startswith("useful"))
        assert len(useful.split()[1]) == TREND_SESSIONS
        assert f"the latest {TREND_SESSIONS} of 60 rated sessions" in " ".join(text.split())
        bars = {line.split()[-2]: line.split()[-1] for line in text.splitlines()
                if line.strip().startswith(("can teach it back", "does it alone"))}
        assert bars == {"19": "■" * 12, "7": "■" * 4}  # capped at twelve, 19 and 12 looked the same
