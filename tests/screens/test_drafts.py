"""Nothing typed is lost on quit: a half-filled form is kept as a draft on disk as it is
typed (so a closed terminal or a crash keeps it too), offered back to the same person
the next time they open that form, and dropped when the form is saved or left on purpose."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from rmcoach.storage import drafts
from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.prefs import Prefs
from rmcoach.storage.store import Store
from rmcoach.widgets.confirm import ConfirmModal
from tests.conftest import burst, go_home, until

SIZE = (110, 34)


def test_drafts_belong_to_their_author_and_a_damaged_one_is_ignored(tmp_path: Path) -> None:
    d = drafts.new("SessionFormScreen", "Session log", "anna", {"notes": ""}, {"notes": "my private worry"})
    assert drafts.save(tmp_path, d)
    assert drafts.load(tmp_path, "SessionFormScreen", "anna").values == {"notes": "my private worry"}
    assert drafts.load(tmp_path, "SessionFormScreen", "sam") is None
    assert [x.title for x in drafts.for_viewer(tmp_path, "anna")] == ["Session log"]
    assert drafts.for_viewer(tmp_path, "sam") == [] and drafts.for_viewer(tmp_path, TOGETHER) == []
    assert not drafts.offered_to(d, "sam") and drafts.offered_to(d, "anna")
    assert not drafts.offered_to(d, None) and not drafts.offered_to(d, TOGETHER)
    for path in (tmp_path / drafts.FOLDER).glob("*.json"):
        path.write_text("{not json")
    assert drafts.load(tmp_path, "SessionFormScreen", "anna") is None
    drafts.discard(tmp_path, "SessionFormScreen", "anna")
    assert drafts.for_viewer(tmp_path, "anna") == []


async def test_quitting_a_half_filled_first_run_form_keeps_it_and_the_next_launch_offers_it(data_dir: Path) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, *"Anna Smith", "tab", *"Registrar")
        await burst(pilot, "ctrl+q")
    assert load_pair(Store(data_dir)) is None
    assert [d.title for d in drafts.for_viewer(data_dir, None)] == ["Pair details"]
    again = make_app(data_dir, watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ConfirmModal), "the offer to put the draft back")
        await pilot.press("ctrl+y")
        form = again.screen
        await until(pilot, lambda: form.query_one("#p1-name-input", Input).value == "Anna Smith", "the draft back")
        assert form.query_one("#p1-role-input", Input).value == "Registrar"
        form.query_one("#p2-name-input", Input).focus()
        await burst(pilot, *"Sam Roe", "ctrl+s")
        await until(pilot, lambda: load_pair(Store(data_dir)) is not None, "the pair to be saved")
    assert drafts.for_viewer(data_dir, None) == []  # saved: the draft is gone


async def test_a_draft_is_on_disk_while_typing_without_any_quit(demo_dir: Path) -> None:
    """A closed terminal or a crash gives no warning: the draft is already written."""
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        viewer = app.viewer
        await burst(pilot, "ctrl+l", *"half a thought")
        await until(pilot, lambda: drafts.load(demo_dir, "QuickLogModal", viewer) is not None, "the draft on disk")
        assert drafts.load(demo_dir, "QuickLogModal", viewer).values["learn-text-input"] == "half a thought"
        # the other person never sees it offered
        other = next(p.uuid for p in app.current_pair().people if p.uuid != viewer)
        assert drafts.for_viewer(demo_dir, other) == []
        # leaving on purpose (escape, yes) drops it
        await burst(pilot, "escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the leave question")
        await pilot.press("y")
        await until(pilot, lambda: drafts.load(demo_dir, "QuickLogModal", viewer) is None, "the draft to go")


async def test_a_draft_is_only_offered_back_to_its_author(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        anna = app.viewer
        await burst(pilot, "ctrl+l", *"only mine")
        await burst(pilot, "ctrl+q")
    sam = next(p.uuid for p in load_pair(Store(demo_dir)).people if p.uuid != anna)
    Prefs(demo_dir).set("owner", sam)  # Sam's computer now: it opens as Sam
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await burst(pilot, "ctrl+l")
        await until(pilot, lambda: type(app.screen).__name__ == "QuickLogModal", "the quick log")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmModal)
        assert app.screen.query_one("#learn-text-input", Input).value == ""
    assert drafts.load(demo_dir, "QuickLogModal", anna).values["learn-text-input"] == "only mine"


async def test_quitting_mid_step_in_the_first_meeting_keeps_the_step_as_a_draft(demo_dir: Path) -> None:
    from textual.widgets import TextArea

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        viewer = app.viewer
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("f", "g")
        await until(pilot, lambda: type(app.screen).__name__ == "FirstMeetingScreen", "the first meeting guide")
        step = app.screen.index
        await burst(pilot, *" and one more thing")
        await burst(pilot, "ctrl+q")
    draft = drafts.load(demo_dir, "FirstMeetingScreen", viewer)
    assert draft is not None and draft.values["answer-0-input"].endswith(" and one more thing")
    again = make_app(demo_dir, watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await go_home(again, pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("f", "g")
        await until(pilot, lambda: isinstance(again.screen, ConfirmModal), "the offer to put the draft back")
        await pilot.press("ctrl+y")
        await until(pilot, lambda: type(again.screen).__name__ == "FirstMeetingScreen", "the guide")
        assert again.screen.index == step
        box = again.screen.query_one("#answer-0-input", TextArea)
        await until(pilot, lambda: box.text.endswith(" and one more thing"), "the step's typing back")


async def test_a_name_typed_at_once_is_never_read_as_the_answer_to_the_draft_offer(data_dir: Path) -> None:
    """The offer comes up as the form opens: a fast typist's "N" must not discard the draft."""
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, *"Anna Smith", "tab", *"Registrar")
        await burst(pilot, "ctrl+q")
    again = make_app(data_dir, watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ConfirmModal), "the offer to put the draft back")
        await burst(pilot, *"Nadia Khan")
        assert isinstance(again.screen, ConfirmModal)  # still asking: letters are not answers
        await pilot.press("ctrl+y")
        form = again.screen
        await until(pilot, lambda: form.query_one("#p1-name-input", Input).value == "Anna Smith", "the draft back")


async def test_no_draft_is_left_behind_once_the_first_run_form_is_saved(data_dir: Path) -> None:
    """The first-run draft is written before anyone is named; saving the form (which then
    asks who is here) removes it, so names and roles do not linger in a file."""
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        form = app.screen
        await burst(pilot, *"Anna Smith")
        await until(pilot, lambda: drafts.for_viewer(data_dir, None) != [], "the draft on disk while typing")
        form.query_one("#p2-name-input", Input).focus()
        await burst(pilot, *"Sam Roe", "ctrl+s")
        await until(pilot, lambda: load_pair(Store(data_dir)) is not None, "the pair to be saved")
        await until(pilot, lambda: not any((data_dir / "drafts").glob("*.json")), "the draft to go")
