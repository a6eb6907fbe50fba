"""Privacy on screen: a resistance diagnosis starts private to its author and is shared only
on purpose; deleting the partner's learning says whose it is first."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, DataTable, Static

from rmcoach.features import resistance as dg
from rmcoach.features import learnings
from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.screens.learnings import LearningsScreen
from rmcoach.screens.resistance import DiagnosisResultScreen, QuestionnaireScreen, ResistanceScreen, StartModal
from rmcoach.storage.store import Store
from rmcoach.widgets.confirm import ConfirmModal
from tests.conftest import go_home, until

SIZE = (110, 40)


def _footer_keys(screen) -> set[str]:
    return {b.description for _, b, enabled, _ in screen.active_bindings.values() if enabled}


async def test_a_diagnosis_starts_private_and_sharing_is_a_deliberate_step(demo_dir: Path) -> None:
    store = Store(demo_dir)
    pair = load_pair(store)
    me, partner = pair.people[0].uuid, pair.people[1].uuid
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        assert app.viewer == me
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ResistanceScreen), "the resistance screen")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, StartModal), "the start dialog")
        share = app.screen.query_one("#st-share", Checkbox)
        assert not share.value and "Share with partner (Sam Patel)" in str(share.label)
        app.screen.query_one("#st-tool-input").value = "the dictation app"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, QuestionnaireScreen), "the statements")
        await pilot.press("4", "2")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, DiagnosisResultScreen), "the result")
        result = app.screen
        summary = str(result.query_one("#dr-summary", Static).render())
        assert "private: only you see it" in summary
        assert "Share with partner" in _footer_keys(result) and "Make private" not in _footer_keys(result)
        saved = result.saved
        assert store.get(dg.TABLE, saved.uuid)["visibility"] == "private"
        assert dg.get(store, saved.uuid, partner) is None

        await pilot.press("s")
        await until(pilot, lambda: Store(demo_dir).get(dg.TABLE, saved.uuid)["visibility"] == "shared",
                    "the diagnosis to be shared")
        assert dg.get(Store(demo_dir), saved.uuid, partner) is not None
        await until(pilot, lambda: "shared with both of you" in str(result.query_one("#dr-summary", Static).render()),
                    "the summary to say it is shared")
        assert "Make private" in _footer_keys(result) and "Share with partner" not in _footer_keys(result)


async def test_ticking_share_at_the_start_shares_it(demo_dir: Path) -> None:
    store = Store(demo_dir)
    pair = load_pair(store)
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ResistanceScreen), "the resistance screen")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, StartModal), "the start dialog")
        app.screen.query_one("#st-share", Checkbox).value = True
        app.screen.query_one("#st-tool-input").value = "video clinics"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, QuestionnaireScreen), "the statements")
        await pilot.press("3", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, DiagnosisResultScreen), "the result")
    saved = [s for s in dg.all_saved(Store(demo_dir), pair.people[1].uuid) if s.tool == "video clinics"]
    assert len(saved) == 1 and saved[0].visibility == "shared"


async def _delete_question(app, pilot, text: str) -> str:
    await go_home(app, pilot)
    await pilot.press("l")
    await until(pilot, lambda: isinstance(app.screen, LearningsScreen), "the learnings")
    screen = app.screen
    table = screen.query_one(DataTable)
    row = next(i for i in range(table.row_count) if text in str(table.get_row_at(i)[-1]))
    table.move_cursor(row=row)
    await pilot.press("d")
    await until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the confirmation")
    return app.screen.question


async def test_deleting_the_partners_learning_says_whose_it_is(demo_dir: Path) -> None:
    store = Store(demo_dir)
    pair = load_pair(store)
    me, sam = pair.people[0].uuid, pair.people[1].uuid
    learnings.add_learning(store, text="Passkeys replace passwords", by=sam)
    learnings.add_learning(store, text="Silence after a question helps", by=me)
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        question = await _delete_question(app, pilot, "Passkeys replace passwords")
        assert question.startswith("This is Sam's learning, not yours.")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, LearningsScreen), "the list again")
        assert any(r["text"] == "Passkeys replace passwords" for r in Store(demo_dir).all("learnings"))
        mine = await _delete_question(app, pilot, "Silence after a question helps")
        assert mine.startswith("Delete this learning?") and "not yours" not in mine
        await pilot.press("y")
        await until(pilot, lambda: not any(r["text"] == "Silence after a question helps"
                                           for r in Store(demo_dir).all("learnings")), "the deletion")


async def test_a_shared_diagnosis_says_whose_answers_they_were(demo_dir: Path) -> None:
    from textual.widgets import OptionList

    from rmcoach.tips import resistance as rz

    store = Store(demo_dir)
    pair = load_pair(store)
    me, sam = pair.people[0].uuid, pair.people[1].uuid
    answers = {q.id: 5 for q in rz.QUESTIONS}
    mine = dg.save(store, "the bed board", answers, author=me, private=True)
    sams = dg.save(store, "the bed board", answers, author=sam, private=False)

    def listing(app) -> str:
        options = app.screen.query_one("#dr-list", OptionList)
        return "\n".join(str(options.get_option_at_index(i).prompt) for i in range(options.option_count))

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        assert app.viewer == me
        app.push_screen(DiagnosisResultScreen(sams.uuid))
        await until(pilot, lambda: "answered" in listing(app), "Sam's result")
        assert "Sam answered 5 (strongly agree)" in listing(app) and "You answered" not in listing(app)
        app.pop_screen()
        app.push_screen(DiagnosisResultScreen(mine.uuid))
        await until(pilot, lambda: "answered" in listing(app), "my own result")
        assert "You answered 5 (strongly agree)" in listing(app) and "Sam answered" not in listing(app)
