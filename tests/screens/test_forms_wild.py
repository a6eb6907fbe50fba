"""Wild input in every form and in the text-taking CLI commands.

Whatever a person types or pastes - any Unicode, emoji and wide characters, 5,000
characters, nothing, only spaces, control characters, terminal escape sequences, or
Rich/Textual markup - the app either saves it and then SHOWS it literally (markup as
plain brackets, escapes made visible), or refuses with a message next to the field and
stores nothing.  No exception ever escapes: Pilot re-raises anything unhandled in the app.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import datetime as _dt
import io
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Awaitable, Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.text import Text
from textual.widgets import DataTable, Input, RadioSet, Select, Static, TextArea

from rmcoach.features import agreement, health, trust
from rmcoach import cli
from rmcoach.app import make_app
from rmcoach.features.demo import build_demo
from rmcoach.features.learnings import clean_tags
from rmcoach.records.pairs import load_pair
from rmcoach.storage.prefs import Prefs
from rmcoach.screens.agreement_forms import AgreementEditScreen
from rmcoach.screens.health_forms import HealthCheckScreen
from rmcoach.screens.jargon import GlossaryScreen, TermFormModal
from rmcoach.screens.learnings import LearningsScreen, QuickLogModal
from rmcoach.screens.review import RetroScreen, ReviewScreen
from rmcoach.screens.sessions import SessionFormScreen, SessionsScreen
from rmcoach.screens.skills import OWN_KIND, SkillFormModal, SkillsScreen
from rmcoach.screens.trust import TrustScreen
from rmcoach.screens.trust_forms import FirstMeetingScreen
from rmcoach.features.sessions import check_topics
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.form import Field
from tests.conftest import saves_done

SIZE = (110, 40)
MARKUP = ["[bold red]x[/]", "[link=http://x]y[/link]", "[@click=app.quit]z[/]"]
ESCAPES = ["\x1b[2J", "\x1b]0;x\x07"]
SPECIAL = MARKUP + ESCAPES + [
    "", "   ", " \t \n ", "😀👩‍⚕️🇬🇧" * 12, "表計算" * 30, "x" * 5000, "a\x00b", "\u202eevil\u202c", "e\u0301\u0327",
    "line one\nline two", "\r\n", "[/]", "[", "\\[b]x[/b]", "\u200b", "\ufeffBOM", "٣",
]
WILD = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(max_size=60),
    st.tuples(st.sampled_from(SPECIAL), st.text(max_size=12), st.sampled_from(MARKUP)).map("".join),
)
RATING = st.sampled_from(["", "7", "-1", "10**100", "three", "3", " 4 ", "9" * 5000, "٣", "0x3", "1e2"]) | WILD
DATES = st.sampled_from(["", "31/02/2026", "next friday", "2026-13-01", "9999999999", "tomorrow 25:00", "1 Jan 1800",
                         "3 Dec", "FREQ=WEEKLY", "0", "2026-12-03 14:30"]) | WILD
SETTINGS = settings(max_examples=3, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_TEMPLATE: list[Path] = []


def _demo_copy() -> Path:
    """A fresh data folder with the demo pair (built once, copied per example)."""
    if not _TEMPLATE:
        base = Path(tempfile.mkdtemp(prefix="rmcoach-wild-"))
        atexit.register(shutil.rmtree, base, True)
        pair = build_demo(Store(base / "data"))
        Prefs(base / "data").set("owner", pair.people[0].uuid)
        _TEMPLATE.append(base / "data")
    folder = Path(tempfile.mkdtemp(prefix="rmcoach-wild-"))
    shutil.copytree(_TEMPLATE[0], folder / "data")
    return folder / "data"


def _run(body: Callable[[Any, Any, Path], Awaitable[None]]) -> None:
    data_dir = _demo_copy()

    async def go() -> None:
        app = make_app(data_dir, watch_interval=0)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await body(app, pilot, data_dir)
            assert app.return_code is None, "user text made the app quit"
            assert app.is_running

    try:
        asyncio.run(go())
    finally:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


def _plain(value: Any) -> str:
    if isinstance(value, Text):
        return value.plain
    plain = getattr(value, "plain", None)
    return plain if isinstance(plain, str) else str(value)


def _flat(text: str) -> str:
    return " ".join(text.split())


def screen_text(screen: Any) -> str:
    """What the screen shows: its visible Statics (and Labels), detail panes and every DataTable cell."""
    # a bullet text draws its text wrapped with hard breaks at its width: read what it was given
    parts = [_plain(getattr(w, "source", None) or w.render()) for w in screen.query(Static) if w.display]
    parts += [str(pane.text) for pane in screen.query("DetailPane") if pane.display]
    for table in screen.query(DataTable):
        for row in table.ordered_rows:
            parts += [_plain(cell) for cell in table.get_row(row.key)]
    return _flat("\n".join(parts))


def assert_shown(screen: Any, *values: str) -> None:
    text = screen_text(screen)
    for value in values:
        if not value:
            continue
        literal = _flat(printable(value))
        assert literal in text, f"{literal[:80]!r} is not shown literally on {type(screen).__name__}"


def refused(screen: Any, *status_ids: str) -> str:
    """The messages the form shows: its fields' errors and its status lines."""
    messages = [f.error for f in screen.query(Field) if f.error]
    for status_id in status_ids:
        for w in screen.query(status_id):
            messages.append(_plain(w.render()))
    return " ".join(m for m in messages if m.strip())


def long_clean(value: str) -> str:
    return value.strip()


def short_clean(value: str) -> str:
    return " ".join(value.split())


async def _press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await saves_done(pilot)  # a key that saved: wait for the outcome


def _batch(*fields: st.SearchStrategy[str]) -> st.SearchStrategy[list[tuple[str, ...]]]:
    """Sets of values typed one after another into the same running app (the explicit
    example of each test holds two; a generated one holds one, to keep the suite quick)."""
    return st.lists(st.tuples(*fields), min_size=1, max_size=1)


def _typed(widget: Any, value: str) -> str:
    """Put ``value`` in a text box; returns what the box then holds (an Input keeps its
    max_length; a TextArea reads \\r, \\x1c-\\x1e and friends as line breaks)."""
    if isinstance(widget, TextArea):
        widget.text = value
        return widget.text
    widget.value = value
    return widget.value


def _changed(data_dir: Path, table: str, before: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The one record of ``table`` that is new or different since ``before`` (record stamps
    have one-second steps, so the newest by stamp can tie with the demo's own records)."""
    after = {r["uuid"]: r for r in Store(data_dir).all(table)}
    changed = [r for uuid, r in after.items() if before.get(uuid) != r]
    assert len(changed) == 1, [r["uuid"] for r in changed]
    return changed[0]


def _snapshot(data_dir: Path, table: str) -> dict[str, dict[str, Any]]:
    return {r["uuid"]: r for r in Store(data_dir).all(table)}


async def _close_if(app: Any, pilot: Any, form: Any, *, leaving_saves: bool = False) -> None:
    from rmcoach.widgets.confirm import ConfirmModal

    if app.screen is form:
        changed = form.form_changed() if hasattr(form, "form_changed") else False
        await _press(pilot, "escape")
        if changed and not leaving_saves:  # what was typed is only thrown away after a yes
            assert isinstance(app.screen, ConfirmModal)
            await _press(pilot, "y")
    assert app.screen is not form


# --------------------------------------------------------------------------- quick learning
@SETTINGS
@example([(MARKUP[2] + MARKUP[1], "#EHR ehr, Ehr " + MARKUP[0]), (ESCAPES[0] + "after", "ok"), ("   ", "")])
@given(_batch(WILD, WILD))
def test_quick_learning_with_wild_input(batch: list[tuple[str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.push_screen(LearningsScreen())
        await pilot.pause()
        for text, tags in batch:
            before = Store(data_dir).path.read_bytes()
            known = _snapshot(data_dir, "learnings")
            await _press(pilot, "a")
            modal = app.screen
            assert isinstance(modal, QuickLogModal)
            typed_text = _typed(modal.query_one("#learn-text-input", Input), text)
            typed_tags = _typed(modal.query_one("#learn-tags-input", Input), tags)
            await _press(pilot, "ctrl+s")
            if app.screen is modal:
                assert refused(modal, "#log-status", "#who-error"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert modal.query_one("#learn-text", Field).value == typed_text
                await _close_if(app, pilot, modal)
                continue
            stored = _changed(data_dir, "learnings", known)
            assert stored["text"] == long_clean(typed_text)
            assert stored["tags"] == clean_tags(typed_tags)
            assert isinstance(app.screen, LearningsScreen)
            assert_shown(app.screen, stored["text"])

    _run(body)


# --------------------------------------------------------------------------- add a skill
@SETTINGS
@example([(MARKUP[2], MARKUP[1] + "\n" + "表計算" * 30, MARKUP[0], "our " + MARKUP[0]),
          ("x" * 5000, "x" * 5000, ESCAPES[1], "   ")])
@given(_batch(WILD, WILD, WILD, WILD))
def test_add_skill_with_wild_input(batch: list[tuple[str, str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.push_screen(SkillsScreen())
        await pilot.pause()
        for title, description, why, kind in batch:
            before = Store(data_dir).path.read_bytes()
            count = len(Store(data_dir).all("skills"))
            known = _snapshot(data_dir, "skills")
            await _press(pilot, "a")
            modal = app.screen
            assert isinstance(modal, SkillFormModal)
            title = _typed(modal.query_one("#sk-title-input", Input), title)
            description = _typed(modal.query_one("#sk-description-input", TextArea), description)
            why = _typed(modal.query_one("#sk-why-input", TextArea), why)
            modal.query_one("#sk-kind", Select).value = OWN_KIND
            await pilot.pause()
            kind = _typed(modal.query_one("#sk-kind-own-input", Input), kind)
            await _press(pilot, "ctrl+s")
            if app.screen is modal:
                assert refused(modal, "#sk-status"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert modal.query_one("#sk-title-input", Input).value == title
                assert modal.query_one("#sk-why-input", TextArea).text == why
                await _close_if(app, pilot, modal)
                continue
            skills = Store(data_dir).all("skills")
            assert len(skills) == count + 1
            stored = _changed(data_dir, "skills", known)
            assert stored["title"] == short_clean(title)
            assert stored["description"] == long_clean(description)
            assert stored["why"] == long_clean(why)
            assert stored["kind"] == short_clean(kind)
            screen = app.screen
            assert isinstance(screen, SkillsScreen)
            screen.show_record("skills", stored["uuid"])
            await pilot.pause()
            assert_shown(screen, stored["title"], stored["description"], stored["why"])

    _run(body)


# --------------------------------------------------------------------------- log a session
@SETTINGS
@example([("# Heading\n- [ ] carry " + MARKUP[2], MARKUP[0], MARKUP[1] + "\n" + "😀👩‍⚕️", MARKUP[2], "4", "next friday"),
          ("x" * 5000, ESCAPES[0], "a;b", "   ", "10**100", "31/02/2026")])
@given(_batch(WILD, WILD, WILD, WILD, RATING, DATES))
def test_session_log_with_wild_input(batch: list[tuple[str, str, str, str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.push_screen(SessionsScreen())
        await pilot.pause()
        sessions_screen = app.screen
        for notes, went_well, topics, action, useful, due in batch:
            before = Store(data_dir).path.read_bytes()
            count = len(Store(data_dir).all("sessions"))
            known = _snapshot(data_dir, "sessions")
            await _press(pilot, "w")
            form = app.screen
            assert isinstance(form, SessionFormScreen)
            notes = _typed(form.query_one("#notes-input", TextArea), notes)
            went_well = _typed(form.query_one("#went-well-input", TextArea), went_well)
            topics = _typed(form.query_one("#topics-0-input", TextArea), topics)
            action = _typed(form.query_one("#action-1-text-input", Input), action)
            useful = _typed(form.query_one("#useful-0-input", Input), useful)
            due = _typed(form.query_one("#action-1-due-input", Input), due)
            form.query_one("#comfort-1-input", Input).value = "three"  # always wrong: words are not numbers
            await _press(pilot, "ctrl+s")
            assert app.screen is form
            assert "whole number" in form.query_one("#comfort-1", Field).error
            assert Store(data_dir).path.read_bytes() == before
            form.query_one("#comfort-1-input", Input).value = ""
            await _press(pilot, "ctrl+s")
            if app.screen is form:
                assert refused(form, "#form-status"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert form.query_one("#notes-input", TextArea).text == notes
                assert form.query_one("#action-1-text-input", Input).value == action
                await _close_if(app, pilot, form)
                continue
            store = Store(data_dir)
            assert len(store.all("sessions")) == count + 1
            stored = _changed(data_dir, "sessions", known)
            assert stored["notes"] == long_clean(notes)
            assert stored["went_well"] == long_clean(went_well)
            topics_stored = [c["topic"] for c in stored["covered"] if not c.get("skill")]
            assert topics_stored == check_topics(topics, what="Topics")
            if useful.strip():
                assert 1 <= stored["ratings"][load_pair(store).people[0].uuid]["useful"] <= 5
            saved_actions = [a for a in store.all("actions") if a.get("session") == stored["uuid"]]
            actions = [a["text"] for a in saved_actions]
            assert actions == ([short_clean(action)] if short_clean(action) else [])
            for saved in saved_actions:  # a due date is a real date or nothing, never the raw text
                assert saved.get("due") is None or _dt.date.fromisoformat(saved["due"]).year >= 1900
                assert bool(saved.get("due")) == bool(due.strip())
            assert app.screen is sessions_screen
            sessions_screen._show_session(stored["uuid"])
            await pilot.pause()
            assert_shown(sessions_screen, stored["went_well"], *topics_stored, *actions)

    _run(body)


# --------------------------------------------------------------------------- the agreement
CADENCE = st.sampled_from(["every 0 weeks", "FREQ=SOMETIMES", "FREQ=WEEKLY;INTERVAL=0", "every 2 weeks",
                           "weekly", "every 99999999999999999999 days", "RRULE:FREQ=DAILY;COUNT=-1"]) | WILD
MINUTES = st.sampled_from(["99999999999999999999", "45", "0", "-5", "sixty", "", "10**100", "60"]) | WILD


@SETTINGS
@example([(MARKUP[2] + " " + MARKUP[1], "every 2 weeks", "45"),
          (MARKUP[0] + ESCAPES[1], "FREQ=SOMETIMES", "99999999999999999999")])
@given(_batch(WILD, CADENCE, MINUTES))
def test_agreement_edit_with_wild_input(batch: list[tuple[str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.show_home()
        await pilot.pause()
        await _press(pilot, "t", "a")
        for goal, cadence, minutes in batch:
            store = Store(data_dir)
            before = store.path.read_bytes()
            versions = len(agreement.versions(store))
            await _press(pilot, "e")
            form = app.screen
            assert isinstance(form, AgreementEditScreen)
            goal = _typed(form.query_one("#goal-0-0-goal-input", Input), goal)
            _typed(form.query_one("#cadence-input", Input), cadence)
            _typed(form.query_one("#minutes-input", Input), minutes)
            await _press(pilot, "ctrl+s")
            if app.screen is form:
                assert refused(form, "#form-status"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert form.query_one("#goal-0-0-goal-input", Input).value == goal
                await _close_if(app, pilot, form)
                continue
            store = Store(data_dir)
            assert isinstance(app.screen, TrustScreen)
            if len(agreement.versions(store)) == versions and store.path.read_bytes() == before:
                continue  # "nothing changed, so nothing was saved"
            latest = agreement.latest(store)
            goals = [g.goal for g in latest.goals]
            if short_clean(goal):
                assert short_clean(goal) in goals
                assert_shown(app.screen, short_clean(goal))
            assert 15 <= latest.logistics.minutes <= 240

    _run(body)


# --------------------------------------------------------------------------- our own glossary term
@SETTINGS
@example([(MARKUP[0], "plain words " + MARKUP[1], "like a " + MARKUP[2], "a, b"),
          ("x" * 5000, ESCAPES[0], "   ", ",,,")])
@given(_batch(WILD, WILD, WILD, WILD))
def test_own_glossary_term_with_wild_input(batch: list[tuple[str, str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.push_screen(GlossaryScreen())
        await pilot.pause()
        for term, alternative, analogy, aliases in batch:
            before = Store(data_dir).path.read_bytes()
            await _press(pilot, "a")
            modal = app.screen
            assert isinstance(modal, TermFormModal)
            typed = {}
            for field_id, value in (("tf-term", term), ("tf-alternative", alternative), ("tf-analogy", analogy),
                                    ("tf-aliases", aliases)):
                typed[field_id] = _typed(modal.query_one(f"#{field_id}-input", Input), value)
            await _press(pilot, "ctrl+s")
            if app.screen is modal:
                assert refused(modal, "#tf-status"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert modal.query_one("#tf-term", Field).value == typed["tf-term"]
                await _close_if(app, pilot, modal)
                continue
            own = [r for r in Store(data_dir).all("glossary_terms") if r.get("own")]
            stored = max(own, key=lambda r: r["updated"] + r["uuid"])
            assert stored["term"] == short_clean(typed["tf-term"])
            assert stored["alternative"] == short_clean(typed["tf-alternative"])
            screen = app.screen
            assert isinstance(screen, GlossaryScreen)
            assert_shown(screen, stored["term"], stored["alternative"], stored.get("analogy") or "")

    _run(body)


# --------------------------------------------------------------------------- a health check
@SETTINGS
@example([(MARKUP[2], MARKUP[0] + "\n" + MARKUP[1], "表計算" * 30, "4"),
          (ESCAPES[1], "   ", "x" * 5000, "10**100")])
@given(_batch(WILD, WILD, WILD, RATING))
def test_health_check_with_wild_input(batch: list[tuple[str, str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.show_home()
        await pilot.pause()
        await _press(pilot, "t", "h")
        for like_most, like_least, growing, rating in batch:
            await _press(pilot, "c")
            form = app.screen
            assert isinstance(form, HealthCheckScreen)
            form.query_one("#frequency", RadioSet).query_one("#freq-right").value = True
            _typed(form.query_one("#follow_up-input", Input), rating)
            form.query_one("#safe-input", Input).value = "5"
            form.query_one("#two_way-input", Input).value = "4"
            typed = {}
            for key, value in (("like_most", like_most), ("like_least", like_least), ("skills_growing", growing)):
                typed[key] = _typed(form.query_one(f"#{key}-input", TextArea), value)
            for select in form.query(Select):
                select.value = "some"
            before = Store(data_dir).path.read_bytes()
            known = _snapshot(data_dir, health.TABLE)
            await _press(pilot, "ctrl+s")
            if app.screen is form:
                assert refused(form, "#form-status", ".field-error"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert form.query_one("#like_most-input", TextArea).text == typed["like_most"]
                await _close_if(app, pilot, form)
                continue
            mine = _changed(data_dir, health.TABLE, known)
            answers = mine["answers"]
            for key, value in typed.items():
                assert answers[key] == long_clean(value)
            assert 1 <= answers["follow_up"] <= 5
            assert isinstance(app.screen, TrustScreen)
            assert_shown(app.screen, *(answers[key] for key in typed))

    _run(body)


# --------------------------------------------------------------------------- the first meeting
@SETTINGS
@example([(MARKUP[2], MARKUP[0] + "表計算" * 30, MARKUP[1] + "\n" + "😀" * 100), ("", ESCAPES[0], "x" * 5000)])
@given(_batch(WILD, WILD, WILD))
def test_first_meeting_answers_with_wild_input(batch: list[tuple[str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.show_home()
        await pilot.pause()
        await _press(pilot, "t", "f")
        for first, second, shared in batch:
            before = Store(data_dir).path.read_bytes()
            await _press(pilot, "g")
            form = app.screen
            assert isinstance(form, FirstMeetingScreen)
            typed = [_typed(form.query_one(f"#{field_id}-input", TextArea), value)
                     for field_id, value in (("answer-0", first), ("answer-1", second), ("answer-shared", shared))]
            await _press(pilot, "ctrl+s")
            assert app.screen is form  # ctrl+s saves and stays on the step
            if refused(form, "#form-status"):
                assert Store(data_dir).path.read_bytes() == before
                assert form.query_one("#answer-0-input", TextArea).text == typed[0]
                for field_id in ("answer-0", "answer-1", "answer-shared"):
                    form.query_one(f"#{field_id}-input", TextArea).text = ""
                await _close_if(app, pilot, form, leaving_saves=True)  # leaving saves: the empty answers are fine
                continue
            record = trust.first_meeting(Store(data_dir))
            pair = load_pair(Store(data_dir))
            step = record.answers[trust.STEP_IDS[form.index]]
            cleaned = [long_clean(t) for t in typed]
            assert [step[pair.people[0].uuid], step[pair.people[1].uuid], step["shared"]] == cleaned
            await _press(pilot, "escape")  # save and leave: the first meeting tab shows the answers
            assert isinstance(app.screen, TrustScreen)
            assert_shown(app.screen, *cleaned)

    _run(body)


# --------------------------------------------------------------------------- the closing retrospective
@SETTINGS
@example([(MARKUP[2], MARKUP[0], MARKUP[1] + "\n" + "表計算" * 30), ("\x1d\x10", ESCAPES[1], "x" * 5000)])
@given(_batch(WILD, WILD, WILD))
def test_retro_with_wild_input(batch: list[tuple[str, str, str]]) -> None:
    async def body(app: Any, pilot: Any, data_dir: Path) -> None:
        app.show_home()
        await pilot.pause()
        await _press(pilot, "v")
        for keep, learned_1, learned_2 in batch:
            before = Store(data_dir).path.read_bytes()
            await _press(pilot, "z")
            form = app.screen
            assert isinstance(form, RetroScreen)
            typed = [_typed(form.query_one(f"#{field_id}-input", TextArea), value)
                     for field_id, value in (("keep", keep), ("learned-1", learned_1), ("learned-2", learned_2))]
            form.query_one(RadioSet).query("RadioButton").first().value = True
            await _press(pilot, "ctrl+s")
            if app.screen is form:
                assert refused(form, "#retro-status"), "refused without saying why"
                assert Store(data_dir).path.read_bytes() == before
                assert form.query_one("#keep-input", TextArea).text == typed[0]
                await _close_if(app, pilot, form)
                continue
            (retro,) = Store(data_dir).all("retros")
            pair = load_pair(Store(data_dir))
            cleaned = [long_clean(t) for t in typed]
            assert retro["keep_doing"] == cleaned[0]
            assert [retro["learned_most"][p.uuid] for p in pair.people] == cleaned[1:]
            assert isinstance(app.screen, ReviewScreen)
            assert_shown(app.screen, *cleaned)

    _run(body)


# --------------------------------------------------------------------------- the CLI
def _cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


CLI_WILD = st.one_of(
    st.sampled_from([s for s in SPECIAL if "\x00" not in s]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40).filter(lambda s: "\x00" not in s),
)
WHO = st.sampled_from(["Sam", "Dr Okafor", "sam", "", "Nobody", "[bold]Sam[/]"]) | CLI_WILD


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@example(text=MARKUP[2], tags=[MARKUP[0]], skill=None, by="Sam")
@example(text=ESCAPES[0], tags=[], skill=None, by="Sam")
@example(text="-starts with a dash", tags=["#ehr", "EHR"], skill=None, by="Sam")
@given(text=CLI_WILD, tags=st.lists(CLI_WILD, max_size=3), skill=st.none() | CLI_WILD, by=WHO)
def test_rmcoach_log_with_wild_values(text: str, tags: list[str], skill: str | None, by: str) -> None:
    data_dir = _demo_copy()
    try:
        before = Store(data_dir).path.read_bytes()
        known = _snapshot(data_dir, "learnings")
        argv = ["log", "--data-dir", str(data_dir), "--by", by]
        for tag in tags:
            argv += ["--tag", tag]
        if skill is not None:
            argv += ["--skill", skill]
        argv += ["--", text]
        code, out, err = _cli(argv)
        assert "Traceback" not in out + err and "something unexpected" not in err
        assert "\x1b" not in out + err, "user text reached the terminal with its escape codes"
        if code != 0:
            assert code in (1, 2) and err.strip(), (code, err)
            assert Store(data_dir).path.read_bytes() == before
            return
        stored = _changed(data_dir, "learnings", known)
        assert stored["text"] == long_clean(text)
        assert stored["tags"] == clean_tags(tags)
        assert "Logged" in out
    finally:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@example(stdin="We'll check the EHR and the PACS " + MARKUP[2] + ESCAPES[1])
@example(stdin="x" * 5000)
@example(stdin="")
@given(stdin=CLI_WILD | st.lists(CLI_WILD, max_size=4).map("\n".join))
def test_rmcoach_jargon_with_wild_stdin(stdin: str) -> None:
    data_dir = _TEMPLATE[0] if _TEMPLATE else _demo_copy()
    code, out, err = _cli(["jargon", "--data-dir", str(data_dir)], stdin=stdin)
    assert "Traceback" not in out + err and "something unexpected" not in err
    assert "\x1b" not in out + err, "user text reached the terminal with its escape codes"
    assert isinstance(code, int) and code in (0, 1, 2), (code, err)
