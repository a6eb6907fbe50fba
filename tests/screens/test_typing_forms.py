"""Every form in the app: a burst of keys (typed text, Tab, typed text, Tab, ... all handed
to the app at once, as a terminal delivers fast typing) lands field by field.

Each test walks the form's own focus order: it types a different word into every text
box and presses Tab after it (and only Tab over radio buttons, checkboxes and choosers),
in ONE burst, then checks that each box got its own word - after whatever it held."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from rmcoach.app import make_app
from rmcoach.storage.store import Store
from tests.conftest import burst, go_home, saves_done, until

SIZE = (110, 34)


def _text(widget) -> str:
    return widget.value if isinstance(widget, Input) else widget.text


async def _burst_through_form(pilot, limit: int = 14) -> dict:
    """Type word N into the Nth text box of the focus order, Tab between: one burst."""
    app = pilot.app
    screen = app.screen
    await until(pilot, lambda: screen.focused is not None, "the form to put the cursor somewhere")
    chain = list(screen.focus_chain)
    start = chain.index(screen.focused)
    keys: list[str] = []
    expected = {}
    for n, widget in enumerate(chain[start:start + limit]):
        if isinstance(widget, (Input, TextArea)) and not widget.read_only if isinstance(widget, TextArea) else isinstance(widget, Input):
            word = f"w{chr(97 + n)}q"
            expected[widget] = _text(widget) + word
            keys += [*word]
        keys.append("tab")
    assert len(expected) >= 1
    await burst(pilot, *keys)
    got = {w: _text(w) for w in expected}
    assert {w.id: v for w, v in got.items()} == {w.id: v for w, v in expected.items()}
    return got


async def _open(app, pilot, keys: tuple[str, ...], screen_name: str) -> None:
    await go_home(app, pilot)
    for key in keys:
        await pilot.press(key)
        await pilot.pause()
    await until(pilot, lambda: type(app.screen).__name__ == screen_name, f"the {screen_name}")


FORMS = [
    (("e",), "SetupScreen"),
    (("t", "a", "e"), "AgreementEditScreen"),
    (("t", "r", "n"), "ReadinessScreen"),
    (("t", "f", "g"), "FirstMeetingScreen"),
    (("t", "h", "c"), "HealthCheckScreen"),
    (("t", "a", "k"), "AcknowledgeScreen"),
    (("c", "w"), "SessionFormScreen"),
    (("c", "m"), "MoveSessionScreen"),
    (("b", "n"), "TopicScreen"),
    (("s", "a"), "SkillFormModal"),
    (("s", "t"), "TaskModal"),
    (("s", "b"), "TeachBackModal"),
    (("s", "v"), "LevelModal"),
    (("ctrl+l",), "QuickLogModal"),
    (("l", "e"), "QuickLogModal"),
    (("d", "n"), "StartModal"),
    (("j", "a"), "TermFormModal"),
    (("v", "z"), "RetroScreen"),
]


@pytest.mark.parametrize("keys,screen_name", FORMS, ids=[name + "-" + "".join(k) for k, name in FORMS])
async def test_a_burst_through_the_form_lands_field_by_field(demo_dir: Path, keys, screen_name) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        if screen_name == "AcknowledgeScreen":
            from rmcoach.records.privacy import TOGETHER

            app.set_viewer(TOGETHER)  # the demo's owner has acknowledged already: k would only say so
        await _open(app, pilot, keys, screen_name)
        await _burst_through_form(pilot)


async def test_readiness_ratings_typed_in_a_burst_are_stored_one_per_statement(demo_dir: Path) -> None:
    from rmcoach.features import trust

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, ("t", "r", "n"), "ReadinessScreen")
        for field in app.screen.query("Input"):
            field.value = ""
        app.screen.query("Input").first().focus()
        await pilot.pause()
        ratings = [str(1 + n % 5) for n in range(len(trust.STATEMENTS))]
        keys = []
        for r in ratings:
            keys += [r, "tab"]
        await burst(pilot, *keys, *"remember this", "ctrl+s")
        await until(pilot, lambda: type(app.screen).__name__ == "TrustScreen", "the reflection to be saved")
        viewer = app.viewer
    _, latest = trust.first_and_latest(Store(demo_dir), viewer)
    assert [latest.answers[s.id] for s in trust.STATEMENTS] == [int(r) for r in ratings]
    assert latest.notes == "remember this"


async def test_first_meeting_answers_typed_in_a_burst_stay_with_their_step(demo_dir: Path) -> None:
    from rmcoach.features import trust

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open(app, pilot, ("t", "f", "g"), "FirstMeetingScreen")
        app.screen.index = first = 0  # the demo stopped at the last step: start from the first
        app.screen._show_step()
        for area in app.screen.query(TextArea):
            area.text = ""
        app.screen.query(TextArea).first().focus()
        await pilot.pause()
        await burst(pilot, *"one", "tab", *"two", "tab", *"both", "ctrl+n", *"next", "tab", *"later", "ctrl+s")
        await until(pilot, lambda: app.screen.index == first + 1, "the next step")
        await saves_done(pilot)  # the step's save and the ctrl+s queued behind it
        store = Store(demo_dir)
        pair = app.current_pair()
    answers = trust.first_meeting(store).answers
    a, b = (p.uuid for p in pair.people)
    step, nxt = trust.STEP_IDS[first], trust.STEP_IDS[first + 1]
    assert (answers[step][a], answers[step][b], answers[step]["shared"]) == ("one", "two", "both")
    # the next step already held the demo's answers: the cursor went to their end
    assert answers[nxt][a].endswith("next") and answers[nxt][b].endswith("later")
    assert "later" not in answers[nxt][a] and "next" not in answers[nxt][b]
    assert not any(w in answers[step][k] for w in ("next", "later") for k in (a, b, "shared"))


async def test_a_learning_typed_in_a_burst_is_saved_with_its_tags(demo_dir: Path) -> None:
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        known = {r["uuid"] for r in Store(demo_dir).all("learnings")}
        await burst(pilot, "ctrl+l", *"Shift F9 refreshes the ward list", "tab", "tab", *"epr shortcuts", "ctrl+s")
        await until(pilot, lambda: len(Store(demo_dir).all("learnings")) == len(known) + 1, "the learning to be saved")
    # the new one (not the newest by time: the demo's learnings may share its second)
    [newest] = [r for r in Store(demo_dir).all("learnings") if r["uuid"] not in known]
    assert newest["text"] == "Shift F9 refreshes the ward list"
    assert newest["tags"] == ["epr", "shortcuts"]
