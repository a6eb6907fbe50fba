"""Footers that follow the active tab or dialog: each tab's own keys show at 80 columns,
the other tab's keys are hidden (not shown dimmed), and a dialog shows its own keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from rmcoach.app import make_app
from rmcoach.records.privacy import TOGETHER
from rmcoach.widgets.footer import KeysFooter
from tests.conftest import go_home, until

NARROW = (80, 24)


def _footer(app) -> list[tuple[str, str]]:
    footers = app.screen.query(KeysFooter)
    if not footers:
        return []
    return [(str(k.key_display), str(k.description)) for k in footers.first().query(FooterKey)]


def _descriptions(app) -> set[str]:
    return {d for _, d in _footer(app)}


async def test_trust_footer_shows_the_active_tabs_own_keys_at_80_columns(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=NARROW) as pilot:
        await go_home(app, pilot)
        await pilot.press("t")
        await until(pilot, lambda: type(app.screen).__name__ == "TrustScreen" and bool(_footer(app)), "the trust screen")
        expected = {
            "r": {"Take reflection", "Share my ratings"},
            "f": {"Open guide"},
            "x": {"Mark done"},
            "a": {"Edit", "Acknowledge", "Versions"},
            "h": {"Answer check", "Share my answers"},
        }
        others = set().union(*expected.values())
        for key, own in expected.items():
            await pilot.press(key)
            await until(pilot, lambda: own <= _descriptions(app), f"the keys of tab {key}: {_footer(app)}")
            shown = _descriptions(app)
            # the tab letters are on the tab labels, not in the footer
            assert not shown & {"Readiness", "First meeting", "Exercises", "Agreement", "Health"}, shown
            assert not (shown & others) - own, (key, shown)  # no other tab's keys


async def test_sessions_footer_hides_the_other_tabs_keys(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 30)) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await until(pilot, lambda: type(app.screen).__name__ == "SessionsScreen" and bool(_footer(app)), "sessions")
        keys = _footer(app)
        assert ("/", "Filter") in keys and ("e", "Edit") in keys
        assert not {"Done", "Drop", "Reopen"} & _descriptions(app), keys
        screen = app.screen
        assert screen.check_action("done", ()) is False and screen.check_action("edit", ()) is True
        await pilot.press("a")
        await until(pilot, lambda: "Done" in _descriptions(app), "the action items keys")
        keys = _footer(app)
        assert "Filter" not in _descriptions(app), keys
        assert {"Done", "Drop", "Reopen", "Edit"} <= _descriptions(app)
        assert screen.check_action("filter", ()) is False
        assert not screen.query_one("#actions-empty").display  # the demo has action items
        assert screen.check_action("edit", ()) is False and screen.check_action("edit_action", ()) is True


async def test_dialogs_show_their_own_keys_in_the_bottom_row_not_the_screen_below(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    cases = [  # keys from home, the dialog, the key that saves or starts in it
        (("t", "a", "k"), "AcknowledgeScreen", "Acknowledge"),
        (("t", "x", "d"), "ExerciseDoneScreen", "Save"),
        (("d", "n"), "StartModal", "Start"),
        (("j", "a"), "TermFormModal", "Save"),
        (("v", "z"), "RetroScreen", "Save"),
        (("ctrl+l",), "QuickLogModal", "Save"),
    ]
    async with app.run_test(size=NARROW) as pilot:
        app.set_viewer(TOGETHER)  # the demo's owner has acknowledged the agreement: k would only say so
        for keys, dialog, save in cases:
            await go_home(app, pilot)
            for key in keys:
                await pilot.press(key)
            await until(pilot, lambda: type(app.screen).__name__ == dialog, f"the dialog {dialog}")
            await until(pilot, lambda: bool(_footer(app)), f"the footer of {dialog}")
            footer = app.screen.query_one(KeysFooter)
            assert footer.region.bottom == NARROW[1] and footer.region.width == NARROW[0], (dialog, footer.region)
            assert _footer(app) == [("^s", save), ("esc", "Cancel")], (dialog, _footer(app))
            await pilot.press("escape")
            await until(pilot, lambda: type(app.screen).__name__ != dialog, f"{dialog} to close")


async def test_briefing_footer_keeps_the_action_items_key_at_80_columns(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=NARROW) as pilot:
        await go_home(app, pilot)
        await pilot.press("b")
        await until(pilot, lambda: type(app.screen).__name__ == "BriefingScreen" and bool(_footer(app)), "the briefing")
        shown = _descriptions(app)
        assert {"Home", "Log session", "Actions", "Add topic", "Skip/move"} <= shown, _footer(app)
        await pilot.press("a")
        await until(pilot, lambda: type(app.screen).__name__ == "SessionsScreen", "the action items")
        await until(pilot, lambda: app.screen.query_one("TabbedContent").active == "tab-actions", "the actions tab")


async def test_empty_action_items_tab_says_how_to_add_one(pair_dir: Path) -> None:
    from textual.widgets import Static

    app = make_app(pair_dir, watch_interval=0)
    async with app.run_test(size=NARROW) as pilot:
        await go_home(app, pilot)
        await pilot.press("c", "a")
        await until(pilot, lambda: type(app.screen).__name__ == "SessionsScreen"
                    and app.screen.query_one("TabbedContent").active == "tab-actions", "the action items tab")
        note = app.screen.query_one("#actions-empty", Static)
        await until(pilot, lambda: note.display and note.region.height > 0, "the empty-state note on screen")
        text = str(note.render())
        assert "No action items yet" in text and "press w" in text


async def test_glossary_filter_placeholder_fits_at_80_columns(demo_dir: Path) -> None:
    from rich.cells import cell_len
    from textual.widgets import Input

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=NARROW) as pilot:
        await go_home(app, pilot)
        await pilot.press("j")
        await until(pilot, lambda: type(app.screen).__name__ == "GlossaryScreen", "the glossary")
        box = app.screen.query_one("#gl-filter", Input)
        await until(pilot, lambda: box.content_size.width > 0, "the filter box laid out")
        assert cell_len(box.placeholder) <= box.content_size.width - 1, (box.placeholder, box.content_size)
