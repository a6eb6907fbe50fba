"""Pilot tests: ctrl+j jargon check from any form, the glossary, the resistance diagnostic, the tips browser."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, Static, TextArea

from rmcoach.features import resistance as dg
from rmcoach.tips import resistance as rz
from rmcoach.features import jargon as gs
from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.screens.jargon import FindingsList, GlossaryScreen, JargonArea, JargonCheckModal, TermFormModal
from rmcoach.screens.resistance import (
    DiagnosisResultScreen,
    QuestionnaireScreen,
    ResistanceScreen,
    StartModal,
    StatementRow,
)
from rmcoach.screens.tips import TipsScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.form import Field
from tests.conftest import go_home, until

SIZE = (110, 40)


def _static_text(screen) -> str:
    """What the screen's Statics and detail panes show."""
    from rmcoach.widgets.detail import DetailPane

    shown = [str(w.render()) for w in screen.query(Static) if w.display]
    return "\n".join(shown + [pane.text for pane in screen.query(DetailPane) if pane.display])


async def _settle(pilot, seconds: float = 0.3) -> None:
    await pilot.pause()
    await pilot.pause(seconds)


async def test_ctrl_j_checks_the_focused_text_area_and_apply_writes_back(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        # Sam writes, so the check is for Margaret, a clinical reader: technical words are jargon
        app.set_viewer(app.current_pair().people[1].uuid)
        form = TextArea("Log in to the EHR then open WardView.", id="someone-elses-form")
        await app.screen.mount(form)
        form.focus()
        await pilot.pause()
        await pilot.press("ctrl+j")
        await _settle(pilot)
        modal = app.screen
        assert isinstance(modal, JargonCheckModal) and modal.target is form
        assert [f.term for f in modal.findings] == ["EHR", "WardView"]  # an own term from the demo
        listing = modal.query_one(FindingsList)
        assert listing.option_count == 2
        assert "WardView" in str(listing.get_option_at_index(1).prompt)
        # highlighted in place: the line carries a style span exactly over each term
        area = modal.query_one(JargonArea)
        spans = [(s.start, s.end) for s in area.get_line(0).spans]
        text = area.text
        assert (text.index("EHR"), text.index("EHR") + 3) in spans
        assert (text.index("WardView"), text.index("WardView") + 8) in spans
        # edit the wording: the list follows after a short pause
        area.text = "Log in to the electronic patient record, then open WardView."
        await until(pilot, lambda: [f.term for f in modal.findings] == ["WardView"], "the recheck")
        assert [f.term for f in modal.findings] == ["WardView"]
        area.text = "Log in to the electronic patient record, then open the bed board."
        await until(pilot, lambda: modal.findings == [], "the recheck")
        assert modal.findings == []
        assert "No jargon found \u2014 plain and clear." in _static_text(modal)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, JargonCheckModal)
        assert form.text == "Log in to the electronic patient record, then open the bed board."


async def test_ctrl_j_from_an_input_and_selecting_a_finding_moves_the_cursor(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        # Sam writes, so the check is for Margaret, a clinical reader: technical words are jargon
        app.set_viewer(app.current_pair().people[1].uuid)
        field = Input("We sync the DICOM images to the cloud storage", id="agenda-item")
        await app.screen.mount(field)
        field.focus()
        await pilot.pause()
        await pilot.press("ctrl+j")
        await _settle(pilot)
        modal = app.screen
        assert isinstance(modal, JargonCheckModal)
        terms = [f.term for f in modal.findings]
        assert terms == ["sync", "DICOM", "cloud storage"]  # PACS itself a consultant uses daily
        await pilot.press("ctrl+f", "down", "down", "enter")
        await pilot.pause()
        area = modal.query_one(JargonArea)
        start = field.value.index("cloud storage")
        assert area.selection.start == (0, start) and area.selection.end == (0, start + len("cloud storage"))
        assert area.selected_text == "cloud storage"
        area.text = "We copy the scan images to online storage"
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert field.value == "We copy the scan images to online storage"


async def test_marking_a_finding_known_from_the_check(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        from rmcoach.records.privacy import TOGETHER

        app.set_viewer(TOGETHER)  # looking together: no reader, every technical word
        await pilot.press("ctrl+j")
        await _settle(pilot)
        modal = app.screen
        assert isinstance(modal, JargonCheckModal) and modal.target is None
        assert "Type or paste" in _static_text(modal)
        await pilot.press(*"Check the EHR for the MDT.")  # typed: checked live as they type
        await until(pilot, lambda: [f.term for f in modal.findings] == ["EHR", "MDT"], "the live check")
        assert modal.query_one(JargonArea).text == "Check the EHR for the MDT."
        assert [f.term for f in modal.findings] == ["EHR", "MDT"]
        await pilot.press("tab", "k")
        await until(pilot, lambda: [f.term for f in modal.findings] == ["MDT"], "EHR to be marked known")
        assert [f.term for f in modal.findings] == ["MDT"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JargonCheckModal)
    assert gs.is_known(Store(demo_dir), "EHR")


async def test_glossary_add_own_term_shows_errors_next_to_the_field(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("j")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GlossaryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count > 390
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TermFormModal)
        form.query_one("#tf-term-input", Input).value = "ward-view"
        form.query_one("#tf-alternative-input", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TermFormModal)
        assert "already one of your own terms" in form.query_one("#tf-term", Field).error
        assert form.query_one("#tf-alternative", Field).error == "What to say instead is needed."
        assert "What to say instead is needed." in _static_text(form)
        form.query_one("#tf-term-input", Input).value = "Bleepweb"
        form.query_one("#tf-alternative-input", Input).value = "the online bleep directory"
        form.query_one("#tf-aliases-input", Input).value = "Bleep Web"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GlossaryScreen)
        # the new term is in the table, selected, and in the store
        assert screen.current().term == "Bleepweb"
        # k marks it known (and shows the tick)
        await pilot.press("k")
        await pilot.pause()
        assert screen.current().known is True
        # filter narrows the table
        await pilot.press("slash", *"bleepweb")
        await pilot.pause()
        assert table.row_count == 1
    store = Store(demo_dir)
    own = {t.term: t for t in gs.own_terms(store)}
    assert own["Bleepweb"].aliases == ("Bleep Web",) and own["Bleepweb"].known


async def test_diagnostic_end_to_end_with_keys(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ResistanceScreen)
        assert app.screen.query_one(DataTable).row_count == 2  # the demo's two portal diagnoses
        await pilot.press("n")
        await pilot.pause()
        start = app.screen
        assert isinstance(start, StartModal)
        # pick "Password managers" from the skills (technology first, alphabetical)
        listing = start.query_one("#st-skills", OptionList)
        index = next(i for i in range(listing.option_count)
                     if "Password managers" in str(listing.get_option_at_index(i).prompt))
        listing.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        questions = app.screen
        assert isinstance(questions, QuestionnaireScreen)
        assert "No time between clinics" in _static_text(questions)  # the practice note is shown
        # answer with number keys; each answer moves to the next statement; 0 skips
        for key in ["4", "2", "2", "2", "2", "1", "2", "2", "2", "0", "4", "5", "2"]:
            await pilot.press(key)
            await pilot.pause()
        answers = questions.answers()
        assert len(answers) == 12
        assert answers["aware_why"] == 4 and answers["manages_alone"] == 1 and answers["noticed"] == 2
        assert "uneasy_mistakes" not in answers and answers["no_room"] == 5
        assert f"12 of {len(rz.QUESTIONS)} answered" in _static_text(questions)
        await pilot.press("up", "right")  # back to "past rollout" (answered 2) and one step more
        await pilot.pause()
        assert questions.answers()["past_rollout"] == 3
        await pilot.press("ctrl+s")
        await _settle(pilot)
        result = app.screen
        assert isinstance(result, DiagnosisResultScreen)
        shown = _static_text(result)
        assert "Password managers" in shown and "ADKAR" in shown
        saved_now = result.saved.diagnosis
        # one conclusion, naming the barrier and the cause that goes with it
        assert saved_now.conclusion.headline in shown and shown.count("Start with") == 1
        assert "The barrier point is" not in shown and "Less likely" not in shown
        strategies = result.query_one("#dr-list", OptionList)
        ids = [str(strategies.get_option_at_index(i).id) for i in range(strategies.option_count)]
        assert 1 <= sum(i.startswith("c:") for i in ids) <= 3  # the few causes that matter
        assert sum(i.startswith("s:") for i in ids) <= 7  # not 24 strategies
        assert ids[0] == f"c:{saved_now.conclusion.focus[0].cause.id}"
        first = strategies.get_option_at_index(0)
        assert "%" in str(first.prompt)  # a score bar heads the list
        assert "You answered" in str(first.prompt)  # with the reasoning
        highlighted = strategies.get_option_at_index(strategies.highlighted)
        assert str(highlighted.id).startswith("s:")
        strategy_text = str(highlighted.prompt).split("\u2192 ", 1)[1].strip()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("down", "t")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResistanceScreen)
        assert app.screen.query_one(DataTable).row_count == 3
        # the list gives the same one conclusion: the barrier and the cause behind it, in one cell
        table = app.screen.query_one(DataTable)
        cells = [str(table.get_row_at(i)[2]) for i in range(table.row_count)]
        from rmcoach.screens.resistance import where_to_start

        assert where_to_start(saved_now) in cells and ":" in where_to_start(saved_now)
    store = Store(demo_dir)
    skill = next(r for r in store.all("skills") if r["title"] == "Password managers")
    me = load_pair(store).people[0].uuid  # the demo computer is the first person's
    assert dg.history(store, skill["uuid"], None) == []  # it starts private to its author
    saved = dg.history(store, skill["uuid"], me)
    assert len(saved) == 1 and saved[0].diagnosis.answers["no_room"] == 5 and saved[0].visibility == "private"
    topics = [t["text"] for t in store.all("agenda_topics")]
    assert f"Password managers: {strategy_text}" in topics
    assert skill["tasks"][-1]["status"] == "open" and skill["tasks"][-1]["text"] != strategy_text


async def test_diagnostic_rerun_shows_what_changed(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")  # the newest portal diagnosis
        await _settle(pilot)
        result = app.screen
        assert isinstance(result, DiagnosisResultScreen)
        assert "What changed since" in _static_text(result)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuestionnaireScreen)
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await _settle(pilot)
        assert isinstance(app.screen, DiagnosisResultScreen)
        text = _static_text(app.screen)
        assert "What changed since" in text and f"1 of {len(rz.QUESTIONS)} statements answered" in text


async def test_neutral_answers_give_nothing_stands_out_and_no_strategies(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        start = app.screen
        start.query_one("#st-tool-input", Input).value = "Dictation software"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, QuestionnaireScreen), "the statements")
        questions = app.screen
        await pilot.press(*["3"] * len(rz.QUESTIONS))
        await until(pilot, lambda: len(questions.answers()) == len(rz.QUESTIONS), "every statement answered")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, DiagnosisResultScreen), "the result")
        result = app.screen
        await until(pilot, lambda: "Nothing stands out" in _static_text(result), "the conclusion")
        assert f"({len(rz.QUESTIONS)} neutral, which count as no sign either way)" in _static_text(result)
        listing = result.query_one("#dr-list", OptionList)
        ids = [str(listing.get_option_at_index(i).id) for i in range(listing.option_count)]
        assert ids == ["none"]
        assert "No cause stands out" in str(listing.get_option_at_index(0).prompt)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ResistanceScreen), "the list")
        table = app.screen.query_one(DataTable)
        assert any("nothing stands out" in str(table.get_row_at(i)[2]) for i in range(table.row_count))
        me = app.viewer
    # a diagnosis starts private to its author: read it as them
    saved = [s for s in dg.all_saved(Store(demo_dir), me) if s.subject == "dictation software"]
    assert len(saved) == 1 and saved[0].diagnosis.top is None


async def test_typed_technology_is_validated_next_to_the_field(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        start = app.screen
        start.query_one("#st-tool-input", Input).value = "x" * 90
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "keep it to 80" in start.query_one("#st-tool", Field).error
        start.query_one("#st-tool-input", Input).value = "Dictation software"
        await pilot.press("ctrl+s")
        await pilot.pause()
        questions = app.screen
        assert isinstance(questions, QuestionnaireScreen) and questions.skill_uuid is None
        await pilot.press("ctrl+s")  # nothing answered yet: nothing saved
        await pilot.pause()
        assert isinstance(app.screen, QuestionnaireScreen)
        assert isinstance(questions.focused, StatementRow)
    assert not [s for s in dg.all_saved(Store(demo_dir), None) if s.subject == "dictation software"]


async def test_tips_browser_renders_a_tip(demo_dir: Path) -> None:
    from rmcoach.tips.library import all_tips

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("i")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, TipsScreen)
        listing = screen.query_one("#tp-list", OptionList)
        assert listing.option_count == len(all_tips()) >= 30
        await pilot.press("down")
        tip = screen.current()
        assert tip is not None and tip is screen._tips[1]
        # the pane follows the highlight once it rests: the tip's title, then its Markdown body
        await until(pilot, lambda: tip.title in _static_text(screen), "the highlighted tip")
        import re

        word = re.search(r"[A-Za-z]{6,}", tip.body).group(0)
        assert "Fits:" in _static_text(screen)
        assert word in _static_text(screen)
        # a tip for one side names who that is in this pair
        side_tip = next(t for t in all_tips() if t.audience == "wisdom-side")
        screen.show_tip(side_tip.id)
        await until(pilot, lambda: "(Dr Margaret Okafor)" in _static_text(screen), "the reader's name")
        assert "for the one sharing professional wisdom (Dr Margaret Okafor)" in _static_text(screen)
        # filter by a moment
        from textual.widgets import Select

        screen.query_one("#tp-moment", Select).value = "resistance"
        await _settle(pilot)
        assert 0 < listing.option_count < len(all_tips())
        assert all("resistance" in t.moments for t in screen._tips)


async def test_home_shows_the_friction_nudge(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await until(pilot, lambda: "friction" in str(app.screen.query_one("#status", Static).render()),
                    "the home status lines")
        text = str(app.screen.query_one("#status", Static).render())
        assert "practice notes mention friction with Password managers" in text


async def test_looking_together_a_diagnosis_is_shared_and_says_so(demo_dir: Path) -> None:
    from rmcoach.records.privacy import TOGETHER

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        app.set_viewer(TOGETHER)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert not app.screen.query("#st-share")
        assert "F2" in str(app.screen.query_one("#st-together", Static).render())


def test_where_to_start_is_the_conclusion_in_a_few_words() -> None:
    from rmcoach.screens.resistance import where_to_start

    base = {q.id: 3 for q in rz.QUESTIONS}
    assert where_to_start(rz.diagnose("x", base)) == "nothing stands out"
    both = rz.diagnose("x", base | {"knows_steps": 1, "looks_easy": 1, "manages_alone": 1})
    assert where_to_start(both) == "Knowledge: Finds it hard to use"
    cause_only = rz.diagnose("x", base | {"privacy_worry": 5, "safety_worry": 5})
    assert where_to_start(cause_only) == "Privacy or safety worries"
    barrier_only = rz.diagnose("x", base | {"aware_why": 2})
    assert where_to_start(barrier_only) == "Awareness"


async def test_jargon_check_defaults_to_the_writers_partner_as_reader(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    text = "Her troponin was raised, so I pushed the fix to staging."
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        pair = app.current_pair()
        margaret, sam = pair.people
        # Margaret writes: the reader is Sam (technology), so the clinical word is the jargon
        app.set_viewer(margaret.uuid)
        form = TextArea(text, id="note")
        await app.screen.mount(form)
        form.focus()
        await pilot.pause()
        await pilot.press("ctrl+j")
        await until(pilot, lambda: isinstance(app.screen, JargonCheckModal) and app.screen.findings, "the check")
        modal = app.screen
        assert modal.reader == "technology" and modal.reader_name == "Sam Patel"
        assert [f.term for f in modal.findings] == ["troponin"]
        assert "Checked for Sam Patel, a technology reader" in _static_text(modal)
        # ctrl+r goes through the other readers, then anyone
        await pilot.press("ctrl+r")
        await until(pilot, lambda: modal.reader == "clinical", "the next reader")
        assert "troponin" not in [f.term for f in modal.findings]
        assert any("staging" in f.term for f in modal.findings)
        assert "Checked for a clinical reader" in _static_text(modal)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, JargonCheckModal), "the check to close")
        # Sam writes: the reader is Margaret (clinical)
        app.set_viewer(sam.uuid)
        form.focus()
        await pilot.pause()
        await pilot.press("ctrl+j")
        await until(pilot, lambda: isinstance(app.screen, JargonCheckModal) and app.screen.findings, "the check")
        modal = app.screen
        assert modal.reader == "clinical" and modal.reader_name == "Dr Margaret Okafor"
        assert [f.term for f in modal.findings if "troponin" in f.term] == []
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, JargonCheckModal), "the check to close")
        # looking together: nobody in particular, today's check
        from rmcoach.records.privacy import TOGETHER

        app.set_viewer(TOGETHER)
        form.focus()
        await pilot.pause()
        await pilot.press("ctrl+j")
        await until(pilot, lambda: isinstance(app.screen, JargonCheckModal) and app.screen.findings, "the check")
        assert app.screen.reader is None
        assert "Checked for anyone" in _static_text(app.screen)


async def test_glossary_screen_lists_the_clinical_glossary_too(demo_dir: Path) -> None:
    from rmcoach.tips import clinical_glossary, glossary

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, GlossaryScreen), "the glossary")
        screen = app.screen
        table = screen.query_one(DataTable)
        assert table.row_count >= len(glossary.ENTRIES) + len(clinical_glossary.ENTRIES)
        await pilot.press("slash", *"troponin")
        await until(pilot, lambda: table.row_count == 1, "the filter")
        row = screen.current()
        assert row.term == "troponin" and row.cat == "clinical terms"
        assert "heart muscle" in row.alt
