"""Forms of the trust area: readiness reflection, the first meeting guide,
marking an exercise done, and acknowledging the agreement by name."""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Header, Input, Label, Static, TextArea

from rmcoach.features import agreement, trust
from rmcoach.infra import clock, validate
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.bullets import BulletText
from rmcoach.widgets.form import AreaField, Field
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.infra.wording import plural
from rmcoach.screens.base import AppModal, AppScreen


def label_safe(text: str) -> str:
    """User text for a widget label that reads markup: shown literally, on one line."""
    return printable(text, keep_newlines=False).replace("[", r"\[")


FORM_CSS = """
{name} VerticalScroll {{ padding: 0 2; }}
{name} .section {{ text-style: bold; margin: 1 0 0 1; color: $accent; }}
{name} .hint {{ margin: 0 0 1 1; }}
{name} #form-status {{ margin: 0 0 1 1; color: $error; }}
"""


def _rating_rule(statement_id: str):  # type: ignore[no-untyped-def]
    """The save's own check of one rating, so its message goes as soon as the rating is fixed."""
    def rule(value: str) -> None:
        _, errors = trust.check_answers({statement_id: value})
        if errors.get(statement_id):
            raise validate.Invalid(errors[statement_id])
    return rule


class ReadinessScreen(LeaveGuard, AppScreen[None]):
    """One take of the readiness reflection (private to the person at the keyboard)."""
    DRAFT_TITLE = "Readiness reflection"  # what an unsaved draft of it is called

    DEFAULT_CSS = FORM_CSS.format(name="ReadinessScreen")
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Back")]

    def compose(self) -> ComposeResult:
        viewer = self.rm.viewer
        _, last = trust.first_and_latest(self.rm.store, viewer)
        previous = (last.answers if last else None) or {}
        yield Header()
        with VerticalScroll():
            yield Static(Text(
                "Rate each statement from 1 (not at all) to 5 (completely). There are no right answers, and "
                "only you will see them. Statements you rate 1 or 2 come with a tip."), classes="hint")
            for side, title in trust.SIDE_TITLES.items():
                yield Label(title, classes="section")
                for s in trust.STATEMENTS:
                    if s.side == side:
                        rating = previous.get(s.id)
                        yield Field(s.text, id=f"st-{s.id}", value="" if rating is None else str(rating),
                                    placeholder="1 to 5")
            yield AreaField("Anything you want to remember (optional, private)", id="notes")
            yield Static("", id="form-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = "Readiness reflection (private to you)"
        self.query(Input).first().focus()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss())

    def action_save(self) -> None:
        viewer = self.rm.viewer
        if not viewer or viewer == TOGETHER:
            self.query_one("#form-status", Static).update("Switch person with F2 first: this reflection is private.")
            return
        raw = {s.id: self.query_one(f"#st-{s.id}", Field).value for s in trust.STATEMENTS}
        answers, errors = trust.check_answers(raw)
        for s in trust.STATEMENTS:
            self.query_one(f"#st-{s.id}", Field).set_error(errors.get(s.id), rule=_rating_rule(s.id))
        notes_field = self.query_one("#notes", AreaField)
        try:
            notes = validate.long_text(notes_field.value, what="Your notes", limit=1000)
            notes_field.set_error(None)
        except validate.Invalid as exc:
            notes_field.set_error(str(exc))
            errors["notes"] = str(exc)
        if errors:
            self.query_one("#form-status", Static).update("Please fix the fields marked in red.")
            return
        def done(_: object) -> None:
            tips = trust.readiness_tips(answers)
            self.rm.notify(f"Saved, privately. {plural(len(tips), 'tip')} for you on the Readiness tab." if tips
                           else "Saved, privately.", timeout=4)
            self.dismiss()

        self.rm.save(self, lambda store: trust.save_readiness(store, viewer, answers, notes), done,
                     status=self.query_one("#form-status", Static))


class FirstMeetingScreen(LeaveGuard, AppScreen[None]):
    """The guided first meeting, one step at a time; leave and resume where you stopped.
    Each step is saved when you move on or leave; LeaveGuard keeps a draft of the step
    being typed, so ctrl+q or a closed terminal mid-step loses nothing either."""
    DRAFT_TITLE = "First meeting"  # what an unsaved draft of it is called

    DEFAULT_CSS = FORM_CSS.format(name="FirstMeetingScreen") + """
    FirstMeetingScreen #prompts { margin: 0 0 1 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+n", "step(1)", "Next step", priority=True),
        Binding("ctrl+b", "step(-1)", "Previous step", priority=True),
        Binding("ctrl+t", "done", "Mark meeting done", priority=True),
        Binding("escape", "leave", "Save and leave"),
    ]

    def __init__(self) -> None:
        super().__init__()
        record = trust.first_meeting(self.rm.store)
        self.index = trust.step_index(record.current_step if record else None)
        self._current = trust.STEP_IDS[self.index]
        # answers of steps left but not yet saved (a save runs in the background), by step id
        self._unsaved: dict[str, dict[str, str]] = {}
        self._queued: tuple[Callable[[], object] | None, bool] | None = None  # waits for the running save

    def compose(self) -> ComposeResult:
        pair = self.rm.require_pair()
        yield Header()
        with VerticalScroll():
            yield Label("", id="step-title", classes="section")
            yield BulletText("", id="prompts")
            for index, person in enumerate(pair.people):
                yield AreaField(f"{label_safe(person.name)} says", id=f"answer-{index}")
            yield AreaField("Shared notes (what you agree together)", id="answer-shared")
            yield Static(Text("Both of you can read what is written here. ctrl+n and ctrl+b move between steps "
                              "(saving as you go); escape saves and leaves - you will come back to this step."),
                         classes="hint")
            yield Static("", id="form-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._show_step()

    def _keys(self) -> list[str]:
        pair = self.rm.require_pair()
        return [p.uuid for p in pair.people] + ["shared"]

    def _show_step(self) -> None:
        step = trust.FIRST_MEETING_STEPS[self.index]
        self.title = f"First meeting - step {self.index + 1} of {len(trust.FIRST_MEETING_STEPS)}"
        self.query_one("#step-title", Label).update(f"Step {self.index + 1} of {len(trust.FIRST_MEETING_STEPS)}: {step.title}")
        self.query_one("#prompts", Static).update(Text("\n".join(f"• {p}" for p in step.prompts)))
        record = trust.first_meeting(self.rm.store)
        saved = (record.answers if record else None) or {}
        got = self._unsaved.get(step.id) or saved.get(step.id) or {}
        ids = [f"answer-{i}" for i in range(len(self._keys()) - 1)] + ["answer-shared"]
        for key, field_id in zip(self._keys(), ids):
            field = self.query_one(f"#{field_id}", AreaField)
            field.query_one(TextArea).text = got.get(key, "")
            field.set_error(None)
        self.query_one(f"#{ids[0]}-input").focus()
        if self._draft_start is not None:  # a new step: its saved answers are the starting point
            self._snapshot()

    def _save(self, next_index: int, then: Callable[[], object] | None = None, *, finish: bool = False) -> bool:
        """Keep this step's answers and save them in the background (with ``finish``, also
        mark the meeting done), then ``then()``. False, saving nothing, when an answer is
        invalid. Moving between steps does not wait for the save: keys typed straight
        after ctrl+n land in the next step."""
        step = trust.FIRST_MEETING_STEPS[self.index]
        ids = [f"answer-{i}" for i in range(len(self._keys()) - 1)] + ["answer-shared"]
        answers: dict[str, str] = {}
        ok = True
        for key, field_id in zip(self._keys(), ids):
            field = self.query_one(f"#{field_id}", AreaField)
            try:
                answers[key] = validate.long_text(field.value, what="This answer")
                field.set_error(None)
            except validate.Invalid as exc:
                field.set_error(str(exc))
                ok = False
        if not ok:
            self.query_one("#form-status", Static).update("Please fix the answers marked in red.")
            return False
        self._unsaved[step.id] = answers
        self._current = trust.STEP_IDS[next_index]
        self._flush(then, finish)
        return True

    def _flush(self, then: Callable[[], object] | None, finish: bool) -> None:
        """Save every step's kept answers; while a save runs, the request waits for it."""
        if self.rm.saves.saving(self):
            queued_then, queued_finish = self._queued or (None, False)
            self._queued = (then or queued_then, finish or queued_finish)
            return
        todo, current = dict(self._unsaved), self._current
        viewer = self.rm.viewer
        by = viewer if viewer != TOGETHER else None

        def work(store: Store) -> None:
            for step_id, answers in todo.items():
                trust.save_first_meeting_step(store, step_id, answers, current_step=current, by=by)
            if finish:
                trust.mark_first_meeting_done(store, by=by)

        def done(_: None) -> None:
            for step_id, answers in todo.items():
                if self._unsaved.get(step_id) is answers:
                    del self._unsaved[step_id]
            queued, self._queued = self._queued, None
            if queued is not None:
                self._flush(*queued)
            if then is not None:
                then()

        def failed(_: Exception) -> bool:
            self._queued = None  # the refusal is shown; the answers stay kept for the next save
            return False

        self.rm.save(self, work, done, status=self.query_one("#form-status", Static), failed=failed)

    def action_save(self) -> None:
        self._save(self.index, lambda: self.rm.notify("Saved.", timeout=2))

    def action_step(self, delta: int) -> None:
        target = max(0, min(len(trust.STEP_IDS) - 1, self.index + delta))
        if target == self.index:
            self.rm.notify("This is the last step - press ctrl+t when the meeting is done." if delta > 0
                            else "This is the first step.", timeout=3)
            return
        if self._save(target):
            self.index = target
            self._show_step()

    def action_done(self) -> None:
        def marked() -> None:
            self.rm.notify("First meeting marked done. Next: draft your agreement (Agreement tab, e).", timeout=5)
            self.dismiss()

        self._save(self.index, marked, finish=True)

    def action_leave(self) -> None:
        self._save(self.index, self.dismiss)


class ExerciseDoneScreen(LeaveGuard, AppModal[bool]):
    DRAFT_TITLE = "Trust exercise note"  # what an unsaved draft of it is called
    DEFAULT_CSS = """
    ExerciseDoneScreen { align: center middle; }
    ExerciseDoneScreen > Vertical { width: 80; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    ExerciseDoneScreen #form-status { color: $error; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Cancel")]

    def __init__(self, exercise_id: str) -> None:
        super().__init__()
        self.exercise = trust.exercise(exercise_id)

    def compose(self) -> ComposeResult:
        assert self.exercise is not None
        with Vertical():
            yield Label(Text(f"Mark done: {self.exercise.title}"))
            yield Field("When", id="on", value=clock.today().isoformat(), placeholder="e.g. today or 3 Dec 2026")
            yield AreaField("A note for both of you (what you noticed, what to try next)", id="note")
            yield Static("", id="form-status")
            yield Static("ctrl+s saves, escape cancels", classes="hint")
        yield KeysFooter()  # the dialog's own keys, over the footer of the screen below

    def on_mount(self) -> None:
        self.query_one("#note-input").focus()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(False))

    def action_save(self) -> None:
        assert self.exercise is not None
        on_field, note_field = self.query_one("#on", Field), self.query_one("#note", AreaField)
        ok = True
        try:
            on = validate.date(on_field.value, what="The date")
            on_field.set_error(None)
        except validate.Invalid as exc:
            on_field.set_error(str(exc))
            ok = False
        try:
            note = validate.long_text(note_field.value, what="The note", limit=1000)
            note_field.set_error(None)
        except validate.Invalid as exc:
            note_field.set_error(str(exc))
            ok = False
        if not ok:
            return
        viewer = self.rm.viewer
        exercise = self.exercise

        def done(_: object) -> None:
            self.rm.notify(f"Marked done: {exercise.title}", timeout=3)
            self.dismiss(True)

        self.rm.save(self, lambda store: trust.mark_exercise_done(store, exercise.id, note=note,
                                                                  by=viewer if viewer != TOGETHER else None, on=on),
                     done, status=self.query_one("#form-status", Static))


class AcknowledgeScreen(AppModal[bool]):
    """Acknowledge the latest agreement version by typing your name."""

    DEFAULT_CSS = """
    AcknowledgeScreen { align: center middle; }
    AcknowledgeScreen > Vertical { width: 80; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    AcknowledgeScreen #form-status { color: $error; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Acknowledge", priority=True), Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        record = agreement.latest(self.rm.store)
        number = record.version if record else 1
        with Vertical():
            yield Label(f"Acknowledge version {number} of your agreement")
            yield Static(Text("By typing your full name you say you have read this version and agree to it. "
                              "The time is recorded. Each of you acknowledges it in your own name."), classes="hint")
            yield Field("Your full name", id="ack-name")
            yield Static("", id="form-status")
            yield Static("enter or ctrl+s acknowledges, escape cancels", classes="hint")
        yield KeysFooter()  # the dialog's own keys, over the footer of the screen below

    def on_mount(self) -> None:
        self.query_one("#ack-name-input").focus()

    def action_cancel(self) -> None:
        self.dismiss(False)

    @on(Input.Submitted)
    def action_save(self) -> None:
        pair = self.rm.current_pair()
        field = self.query_one("#ack-name", Field)
        record = agreement.latest(self.rm.store)
        if pair is None or record is None:
            self.dismiss(False)
            return
        person = agreement.match_name(pair, field.value)
        viewer = self.rm.viewer
        names = " or ".join(p.name for p in pair.people)
        if person is None:
            field.set_error(f"That does not match either name - type it as it is written: {names}.")
            return
        if viewer and viewer != TOGETHER and viewer != person.uuid:
            me = pair.person(viewer)
            field.set_error(f"{me.name if me else 'Someone else'} is at the keyboard. {person.name} acknowledges in "
                            "their own name: switch person with F2, or choose 'both of us' when you sit together.")
            return
        if person.uuid in (record.acks or {}):
            field.set_error(f"{person.name} has already acknowledged this version.")
            return
        def done(_: object) -> None:
            self.rm.notify(f"Acknowledged by {person.name}.", timeout=3)
            self.dismiss(True)

        self.rm.save(self, lambda store: agreement.acknowledge(store, pair, person.uuid), done,
                     status=self.query_one("#form-status", Static))
