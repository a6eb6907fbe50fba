"""What is typed lands where it was typed: bursts of keys through whole forms, `?` in a text
box, pre-filled values that a keystroke must not replace, validation that shows the first
bad field and goes when it is fixed.

The bursts use ``burst`` (tests/conftest.py): every key is handed to the app at once, the
way a terminal delivers fast typing, with no pause for the app to catch up between keys.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from textual.widgets import Input, TextArea

from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.screens.help import HelpScreen
from rmcoach.screens.setup_forms import SetupScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.form import Field
from tests.conftest import burst, go_home, until

SIZE = (110, 34)


def _values(screen) -> dict[str, str]:
    out = {}
    for w in screen.query("Input, TextArea"):
        out[w.id] = w.value if isinstance(w, Input) else w.text
    return out


async def test_a_burst_through_the_first_run_form_lands_field_by_field(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, SetupScreen)
        await burst(pilot, *"Anna Smith", "tab", *"Registrar", "tab", *"clinical", "tab", *"Clinics", "tab",
                    *"Ward IT", "tab", *"Sam Roe", "tab", *"Analyst", "tab", *"technology", "tab", *"Data", "tab",
                    *"Wards", "tab", *"Northgate")
        values = _values(app.screen)
        assert values["p1-name-input"] == "Anna Smith"
        assert values["p1-role-input"] == "Registrar"
        assert values["p1-background-input"] == "clinical"
        assert values["p1-brings-input"] == "Clinics"
        assert values["p1-wants-input"] == "Ward IT"
        assert values["p2-name-input"] == "Sam Roe"
        assert values["p2-role-input"] == "Analyst"
        assert values["p2-background-input"] == "technology"
        assert values["p2-brings-input"] == "Data"
        assert values["p2-wants-input"] == "Wards"
        assert values["context-input"] == "Northgate"
        await burst(pilot, "ctrl+s")
        await until(pilot, lambda: load_pair(Store(data_dir)) is not None, "the pair to be saved")
    pair = load_pair(Store(data_dir))
    assert [(p.name, p.role, p.brings, p.wants) for p in pair.people] == [
        ("Anna Smith", "Registrar", "Clinics", "Ward IT"), ("Sam Roe", "Analyst", "Data", "Wards")]
    assert pair.context == "Northgate"


async def test_editing_keys_in_a_burst_keep_their_order(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, *"abc", "backspace", "d", "left", "left", "X", "end", "!")
        assert _values(app.screen)["p1-name-input"] == "aXbd!"


async def test_question_mark_in_a_field_types_it_and_keeps_the_prefilled_text(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        start = screen.query_one("#start-input", Input)
        before = start.value
        assert before  # pre-filled with today
        start.focus()
        await pilot.pause()
        await burst(pilot, "question_mark")
        assert not isinstance(app.screen, HelpScreen)
        assert start.value == before + "?"
        # focusing by Tab does not select the text either: the next key adds to it
        screen.query_one("#context-input", Input).focus()
        await pilot.pause()
        await burst(pilot, "tab", "x")
        assert start.value == before + "?x"
        # in a multi-line box too, the cursor goes to the end of what is there
        brings = screen.query_one("#p1-brings-input", TextArea)
        brings.text = "Ward rounds"
        screen.query_one("#p1-background-input", Input).focus()
        await pilot.pause()
        await burst(pilot, "tab", *" and clinics")
        assert brings.text == "Ward rounds and clinics"


async def test_help_is_f1_inside_a_form_and_the_footer_says_so(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        footer_keys = lambda: [k.key_display for k in app.screen.query("FooterKey") if k.action in ("help", "app.help")]
        assert footer_keys() == ["?"]
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SetupScreen), "the pair form")
        await until(pilot, lambda: footer_keys() == ["F1"], "the footer to show F1 for help in a text box")
        await burst(pilot, "f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")


async def test_the_first_invalid_field_comes_into_view_with_the_cursor_and_its_message_goes_when_fixed(
        data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        screen.query_one("#p1-name-input", Input).value = "Ann"
        screen.query_one("#p2-name-input", Input).value = "Bo"
        end = screen.query_one("#end-input", Input)
        end.value = "the 45th of Smarch"
        screen.query_one("#p1-name-input", Input).focus()
        form = screen.query_one("#form")
        form.scroll_home(animate=False)
        await pilot.pause()
        await burst(pilot, "ctrl+s")
        field = screen.query_one("#end", Field)
        await until(pilot, lambda: app.focused is end, "the bad field to take the cursor")
        assert field.error
        await until(pilot, lambda: form.scroll_offset.y > 0 and field.region.y < 24, "the bad field to scroll into view")
        await burst(pilot, *[ "backspace"] * 20)
        await burst(pilot, *"1 Jan 2027")
        assert not field.error and not field.has_class("-invalid")
        assert load_pair(Store(data_dir)) is None


async def test_ticked_and_unticked_read_differently_without_colour(demo_dir: Path) -> None:
    """The rendered characters (what a monochrome terminal shows) differ for on and off."""
    from rmcoach.widgets.toggles import Checkbox, RadioButton

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("e")  # the pair form: a radio set with one option on
        await until(pilot, lambda: isinstance(app.screen, SetupScreen), "the pair form")
        radios = list(app.screen.query(RadioButton))
        drawn = {str(r.render().plain if hasattr(r.render(), "plain") else r.render())[:3] for r in radios}
        assert drawn == {"(•)", "( )"}
        await burst(pilot, "escape")
        await burst(pilot, "ctrl+l")  # the quick log: a tick box
        await until(pilot, lambda: type(app.screen).__name__ == "QuickLogModal", "the quick log")
        box = app.screen.query_one(Checkbox)
        text = lambda: str(box.render().plain)[:3]
        assert text() == "[ ]"
        box.value = True
        await pilot.pause()
        assert text() == "[x]"


async def test_exercises_list_takes_the_keys_and_the_tab_keys_still_work(demo_dir: Path) -> None:
    from textual.widgets import OptionList

    from rmcoach.features import trust
    from rmcoach.screens.trust_forms import ExerciseDoneScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("t")
        await until(pilot, lambda: type(app.screen).__name__ == "TrustScreen", "the trust screen")
        trust_screen = app.screen
        await pilot.press("x")
        listing = trust_screen.query_one("#exercise-list", OptionList)
        await until(pilot, lambda: app.focused is listing, "the exercise list to take focus")
        start = listing.highlighted
        await pilot.press("down")
        assert listing.highlighted == (start + 1) % len(trust.EXERCISE_LIBRARY)
        wanted = trust.EXERCISE_LIBRARY[listing.highlighted].id
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDoneScreen), "the mark-done form")
        assert app.screen.exercise.id == wanted
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is trust_screen, "back on the trust screen")
        tabs = trust_screen.query_one("TabbedContent")
        for key, tab in (("a", "agreement"), ("x", "exercises"), ("r", "readiness"), ("x", "exercises"), ("h", "health")):
            await pilot.press(key)
            await until(pilot, lambda: tabs.active == tab, f"the {tab} tab")


async def test_the_private_reflection_is_reached_by_key_and_shown_to_its_author_in_the_detail(demo_dir: Path) -> None:
    from rmcoach.features import sessions
    from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the sessions screen")
        listing = app.screen
        before = {r["uuid"] for r in Store(demo_dir).all(sessions.SESSIONS)}
        await burst(pilot, "w")
        await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the session form")
        await burst(pilot, "ctrl+o", *"I talked too much about myself", "tab", "ctrl+o", *"; next time ask first")
        box = app.screen.query_one("#reflection-input", TextArea)
        assert box.text == "I talked too much about myself; next time ask first"
        await burst(pilot, "ctrl+s")
        await until(pilot, lambda: app.screen is listing, "the session to be saved")
        new = next(r for r in Store(demo_dir).all(sessions.SESSIONS) if r["uuid"] not in before)
        listing._show_session(new["uuid"])
        await pilot.pause()
        detail = listing.query_one("#session-view", DetailPane).text
        assert "I talked too much about myself; next time ask first" in detail
        # the other person never sees it there
        other = next(p.uuid for p in app.current_pair().people if p.uuid != app.viewer)
        app.set_viewer(other)
        listing._show_session(new["uuid"])
        await pilot.pause()
        assert "talked too much" not in listing.query_one("#session-view", DetailPane).text


async def test_ctrl_j_checks_the_quick_log_text_and_f1_opens_help_inside_a_dialog(demo_dir: Path) -> None:
    from rmcoach.screens.jargon import JargonCheckModal

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await burst(pilot, "ctrl+l", *"the EHR and the PACS")
        await until(pilot, lambda: type(app.screen).__name__ == "QuickLogModal", "the quick log")
        await burst(pilot, "ctrl+j")
        await until(pilot, lambda: isinstance(app.screen, JargonCheckModal), "the jargon check")
        await burst(pilot, "escape")
        await until(pilot, lambda: type(app.screen).__name__ == "QuickLogModal", "back in the quick log")
        assert app.screen.query_one("#learn-text-input", Input).value == "the EHR and the PACS"
        await burst(pilot, "f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help from inside the dialog")


async def test_the_palette_finds_log_a_session_from_every_screen(demo_dir: Path) -> None:
    from textual.fuzzy import Matcher as Fuzzy

    from rmcoach.screens.sessions import SessionFormScreen

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        for key in ("t", "s", "l", "j", "d", "i", "x", "v"):
            app.show_home()
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            found = [c for c in app.get_system_commands(app.screen) if Fuzzy("log a session").match(c.title) > 0]
            assert found, key
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Log a session")
        command.callback()
        await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the session form")


async def test_wrapped_bullet_lines_keep_their_indent(demo_dir: Path) -> None:
    from rmcoach.widgets.bullets import BulletText

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await go_home(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("f", "g")
        await until(pilot, lambda: type(app.screen).__name__ == "FirstMeetingScreen", "the first meeting guide")
        prompts = app.screen.query_one("#prompts", BulletText)
        await until(pilot, lambda: prompts.content_region.width > 0, "the prompts to be laid out")
        lines = prompts.render().plain.split("\n")
        assert any(len(line) > prompts.content_region.width - 10 for line in lines)  # something wraps at 80
        for line in lines:
            assert line.startswith("• ") or line.startswith("  "), line
            assert len(line) <= prompts.content_region.width


async def test_wrapped_indented_lines_hang_under_their_text_on_the_trust_screen(demo_dir: Path) -> None:
    """The readiness list ("   4/5  statement") and first-meeting answers ("   Name: answer")
    wrap under their text at 80 columns, not back to the left edge."""
    from rmcoach.widgets.bullets import BulletText

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await go_home(app, pilot)
        await pilot.press("t")
        await until(pilot, lambda: bool(app.screen.query("#readiness-body")), "the trust screen")
        body = app.screen.query_one("#readiness-body", BulletText)
        await until(pilot, lambda: body.content_region.width > 0 and "4/5" in body.render().plain, "the ratings")
        lines = body.render().plain.split("\n")
        score = re.compile(r"^( +\d/5 +)\S")
        rated = [i for i, line in enumerate(lines) if score.match(line)]
        wrapped = [(i + 1, len(score.match(lines[i]).group(1))) for i in rated  # type: ignore[union-attr]
                   if i + 1 < len(lines) and lines[i + 1].strip() and not score.match(lines[i + 1])]
        assert wrapped, "\n".join(lines)  # something wraps at 80 columns
        for i, indent in wrapped:
            assert lines[i].startswith(" " * indent) and lines[i][indent] != " ", lines[i]
        for line in lines:  # lines that are not indented are wrapped by Rich as it draws
            assert not line.startswith(" ") or len(line) <= body.content_region.width


def test_hang_keeps_bullets_scores_and_indents_under_their_text() -> None:
    from rich.console import Console
    from rich.text import Text

    from rmcoach.widgets.bullets import hang

    console = Console(width=40)
    words = "word " * 20
    for line, indent in ((f"  • {words}", 4), (f"   4/5  {words}", 8), (f"     \u2192 {words}", 7),
                         (f"   Anna: {words}", 3)):
        out = hang(Text(line), 40, console).plain.split("\n")
        assert len(out) > 1
        assert all(part.startswith(" " * indent) and part[indent] != " " for part in out[1:]), out
        assert all(len(part) <= 40 for part in out)
    top = hang(Text(f"1. Heading {words}"), 40, console).plain.split("\n")
    assert len(top) > 1 and all(len(part) <= 40 for part in top)  # wrapped as Rich would, with hard breaks


async def test_readiness_brings_the_bad_rating_into_view_and_its_message_goes_when_fixed(demo_dir: Path) -> None:
    from rmcoach.features import trust

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await go_home(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("r", "n")
        await until(pilot, lambda: type(app.screen).__name__ == "ReadinessScreen", "the readiness form")
        screen = app.screen
        first = screen.query_one(f"#st-{trust.STATEMENTS[0].id}", Field)
        for box in screen.query(Input):
            box.value = "3"
        first.input.value = "43"
        screen.query_one("#notes-input", TextArea).focus()  # at the bottom: the first field is out of view
        await pilot.pause()
        await burst(pilot, "ctrl+s")
        await until(pilot, lambda: app.focused is first.input, "the bad rating to take the cursor")
        await until(pilot, lambda: first.region.y >= 0 and first.region.bottom <= 24, "the bad rating in view")
        assert first.error
        await burst(pilot, "end", "0", "home", "delete", "delete")
        assert first.input.value == "0" and first.error  # still not a rating: the message stays
        await burst(pilot, "end", "backspace", "4")
        assert first.input.value == "4" and not first.error  # valid again: the message is gone


async def test_ticked_skills_in_the_session_form_read_without_colour(demo_dir: Path) -> None:
    from rmcoach.screens.sessions import SessionFormScreen
    from rmcoach.widgets.toggles import SelectionList

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, SessionFormScreen), "the session form")
        listing = app.screen.query_one("#skills-0", SelectionList)
        await until(pilot, lambda: listing.option_count > 0 and listing.content_region.width > 0, "the skills list")
        listing.select(listing.get_option_at_index(0).value)
        await pilot.pause()
        rows = ["".join(s.text for s in listing.render_line(y)) for y in range(listing.option_count)]
        assert rows[0].lstrip().startswith("[x]"), rows[0]
        assert all(r.lstrip().startswith("[ ]") for r in rows[1:]), rows


@pytest.mark.parametrize("size", [(110, 34), (80, 30)])
async def test_every_cause_and_strategy_of_a_diagnosis_is_on_screen_whole(demo_dir: Path, size: tuple[int, int]) -> None:
    """The result's options hang their wrapped lines, and none loses its last line: a strategy
    that fits on one line was once drawn as nothing (and 'a' acted on the unseen one)."""
    from textual.geometry import Region
    from textual.widgets import OptionList

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=size) as pilot:
        await go_home(app, pilot)
        await pilot.press("d")
        await until(pilot, lambda: type(app.screen).__name__ == "ResistanceScreen", "the diagnostic")
        await pilot.press("enter")
        await until(pilot, lambda: bool(app.screen.query("#dr-list")), "a diagnosis's result")
        listing = app.screen.query_one("#dr-list", OptionList)
        await until(pilot, lambda: listing.option_count > 0 and getattr(app.screen, "_hung_width", 0) > 20,
                    "the causes, hung at the list's width")
        expected = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        strips = listing.render_lines(Region(0, 0, listing.size.width, listing.virtual_size.height))
        shown = "\n".join(strip.text.strip().strip("\u258a\u258e\u2594\u2581").rstrip() for strip in strips)
        flat = " ".join(shown.split())
        strategies = [text for text in expected if "\u2192" in text]
        assert strategies, expected
        for text in expected:
            if text[:1].isdigit() or "\u2192" in text:  # every cause and strategy (the note after may be below)
                assert " ".join(text.split()) in flat, shown


async def test_a_bullet_text_is_as_tall_as_its_wrapped_paragraphs(demo_dir: Path) -> None:
    """A paragraph with no indent wraps as Rich would, and the widget is tall enough for all
    of it (it was sized by its hard line breaks, so the rest of the paragraph was cut)."""
    from rmcoach.widgets.bullets import BulletText

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(60, 30)) as pilot:
        await go_home(app, pilot)
        paragraph = ("Readiness reflections are private: each of you sees only your own. Switch person "
                     "with F2 to take yours or look at it.")
        body = BulletText(f"{paragraph}\n  \u2022 {paragraph}")
        await app.screen.mount(body)
        await until(pilot, lambda: body.content_region.width > 0, "the text to be laid out")
        width = body.content_region.width
        lines = [line.plain for line in body.render().wrap(app.console, width)]  # as drawn
        assert len(lines) >= 4 and body.content_region.height == len(lines), lines
        assert " ".join(" ".join(lines).split()).count("look at it.") == 2
