"""Forms of the trust area: readiness reflection, the first meeting guide,
marking an exercise done, and acknowledging the agreement by name."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Input, Label, Static

from rmcoach.features import agreement, trust
from rmcoach.infra import clock, validate
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import StoreError
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import AreaField, Field
from rmcoach.widgets.guard import LeaveGuard


def label_safe(text: str) -> str:
    """User text for a widget label that reads markup: shown literally, on one line."""
    return printable(text, keep_newlines=False).replace("[", r"\[")


FORM_CSS = """
{name} VerticalScroll {{ padding: 0 2; }}
{name} .section {{ text-style: bold; margin: 1 0 0 1; color: $accent; }}
{name} .hint {{ margin: 0 0 1 1; }}
{name} #form-status {{ margin: 0 0 1 1; color: $error; }}
"""


class ReadinessScreen(LeaveGuard, Screen[None]):
    """One take of the readiness reflection (private to the person at the keyboard)."""

    DEFAULT_CSS = FORM_CSS.format(name="ReadinessScreen")
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Back")]

    def compose(self) -> ComposeResult:
        viewer = self.app.viewer  # type: ignore[attr-defined]
        _, last = trust.first_and_latest(self.app.store, viewer)  # type: ignore[attr-defined]
        previous = (last or {}).get("answers") or {}
        yield Header()
        with VerticalScroll():
            yield Static(Text(
                "Rate each statement from 1 (not at all) to 5 (completely). There are no right answers, and "
                "only you will see them. Statements you rate 1 or 2 come with a tip."), classes="hint")
            for side, title in trust.SIDE_TITLES.items():
                yield Label(title, classes="section")
                for s in trust.STATEMENTS:
                    if s.side == side:
                        yield Field(s.text, id=f"st-{s.id}", value=str(previous.get(s.id, "")), placeholder="1 to 5")
            yield AreaField("Anything you want to remember (optional, private)", id="notes")
            yield Static("", id="form-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = "Readiness reflection (private to you)"
        self.query(Input).first().focus()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss())

    def action_save(self) -> None:
        viewer = self.app.viewer  # type: ignore[attr-defined]
        if not viewer or viewer == TOGETHER:
            self.query_one("#form-status", Static).update("Switch person with F2 first: this reflection is private.")
            return
        raw = {s.id: self.query_one(f"#st-{s.id}", Field).value for s in trust.STATEMENTS}
        answers, errors = trust.check_answers(raw)
        for s in trust.STATEMENTS:
            self.query_one(f"#st-{s.id}", Field).set_error(errors.get(s.id))
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
        try:
            trust.save_readiness(self.app.store, viewer, answers, notes)  # type: ignore[attr-defined]
        except StoreError as exc:
            self.query_one("#form-status", Static).update(Text(str(exc)))
            return
        tips = trust.readiness_tips(answers)
        self.app.notify(f"Saved, privately. {len(tips)} tip(s) for you on the Readiness tab." if tips
                        else "Saved, privately.", timeout=4)
        self.dismiss()


class FirstMeetingScreen(Screen[None]):
    """The guided first meeting, one step at a time; leave and resume where you stopped."""

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
        record = trust.first_meeting(self.app.store)  # type: ignore[attr-defined]
        self.index = trust.step_index((record or {}).get("current_step"))

    def compose(self) -> ComposeResult:
        pair = self.app.current_pair()  # type: ignore[attr-defined]
        yield Header()
        with VerticalScroll():
            yield Label("", id="step-title", classes="section")
            yield Static("", id="prompts")
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
        pair = self.app.current_pair()  # type: ignore[attr-defined]
        return [p.uuid for p in pair.people] + ["shared"]

    def _show_step(self) -> None:
        step = trust.FIRST_MEETING_STEPS[self.index]
        self.title = f"First meeting - step {self.index + 1} of {len(trust.FIRST_MEETING_STEPS)}"
        self.query_one("#step-title", Label).update(f"Step {self.index + 1} of {len(trust.FIRST_MEETING_STEPS)}: {step.title}")
        self.query_one("#prompts", Static).update(Text("\n".join(f"• {p}" for p in step.prompts)))
        record = trust.first_meeting(self.app.store) or {}  # type: ignore[attr-defined]
        got = (record.get("answers") or {}).get(step.id) or {}
        ids = [f"answer-{i}" for i in range(len(self._keys()) - 1)] + ["answer-shared"]
        for key, field_id in zip(self._keys(), ids):
            field = self.query_one(f"#{field_id}", AreaField)
            field.query_one("TextArea").text = str(got.get(key) or "")  # type: ignore[attr-defined]
            field.set_error(None)
        self.query_one(f"#{ids[0]}-input").focus()

    def _save(self, next_index: int) -> bool:
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
        status = self.query_one("#form-status", Static)
        if not ok:
            status.update("Please fix the answers marked in red.")
            return False
        viewer = self.app.viewer  # type: ignore[attr-defined]
        try:
            trust.save_first_meeting_step(self.app.store, step.id, answers,  # type: ignore[attr-defined]
                                          current_step=trust.STEP_IDS[next_index],
                                          by=viewer if viewer != TOGETHER else None)
        except StoreError as exc:
            status.update(Text(str(exc)))
            return False
        status.update("")
        return True

    def action_save(self) -> None:
        if self._save(self.index):
            self.app.notify("Saved.", timeout=2)

    def action_step(self, delta: int) -> None:
        target = max(0, min(len(trust.STEP_IDS) - 1, self.index + delta))
        if target == self.index:
            self.app.notify("This is the last step - press ctrl+t when the meeting is done." if delta > 0
                            else "This is the first step.", timeout=3)
            return
        if self._save(target):
            self.index = target
            self._show_step()

    def action_done(self) -> None:
        if not self._save(self.index):
            return
        viewer = self.app.viewer  # type: ignore[attr-defined]
        try:
            trust.mark_first_meeting_done(self.app.store, by=viewer if viewer != TOGETHER else None)  # type: ignore[attr-defined]
        except StoreError as exc:
            self.query_one("#form-status", Static).update(Text(str(exc)))
            return
        self.app.notify("First meeting marked done. Next: draft your agreement (Agreement tab, e).", timeout=5)
        self.dismiss()

    def action_leave(self) -> None:
        if self._save(self.index):
            self.dismiss()


class ExerciseDoneScreen(LeaveGuard, ModalScreen[bool]):
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
            yield KeysFooter()

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
        viewer = self.app.viewer  # type: ignore[attr-defined]
        try:
            trust.mark_exercise_done(self.app.store, self.exercise.id, note=note,  # type: ignore[attr-defined]
                                     by=viewer if viewer != TOGETHER else None, on=on)
        except StoreError as exc:
            self.query_one("#form-status", Static).update(Text(str(exc)))
            return
        self.app.notify(f"Marked done: {self.exercise.title}", timeout=3)
        self.dismiss(True)


class AcknowledgeScreen(ModalScreen[bool]):
    """Acknowledge the latest agreement version by typing your name."""

    DEFAULT_CSS = """
    AcknowledgeScreen { align: center middle; }
    AcknowledgeScreen > Vertical { width: 80; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    AcknowledgeScreen #form-status { color: $error; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Acknowledge", priority=True), Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        record = agreement.latest(self.app.store)  # type: ignore[attr-defined]
        number = int((record or {}).get("version", 1))
        with Vertical():
            yield Label(f"Acknowledge version {number} of your agreement")
            yield Static(Text("By typing your full name you say you have read this version and agree to it. "
                              "The time is recorded. Each of you acknowledges it in your own name."), classes="hint")
            yield Field("Your full name", id="ack-name")
            yield Static("", id="form-status")
            yield Static("enter or ctrl+s acknowledges, escape cancels", classes="hint")
            yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#ack-name-input").focus()

    def action_cancel(self) -> None:
        self.dismiss(False)

    @on(Input.Submitted)
    def action_save(self) -> None:
        pair = self.app.current_pair()  # type: ignore[attr-defined]
        field = self.query_one("#ack-name", Field)
        record = agreement.latest(self.app.store)  # type: ignore[attr-defined]
        if pair is None or record is None:
            self.dismiss(False)
            return
        person = agreement.match_name(pair, field.value)
        viewer = self.app.viewer  # type: ignore[attr-defined]
        names = " or ".join(p.name for p in pair.people)
        if person is None:
            field.set_error(f"That does not match either name - type it as it is written: {names}.")
            return
        if viewer and viewer != TOGETHER and viewer != person.uuid:
            me = pair.person(viewer)
            field.set_error(f"{me.name if me else 'Someone else'} is at the keyboard. {person.name} acknowledges in "
                            "their own name: switch person with F2, or choose 'both of us' when you sit together.")
            return
        if person.uuid in (record.get("acks") or {}):
            field.set_error(f"{person.name} has already acknowledged this version.")
            return
        try:
            agreement.acknowledge(self.app.store, pair, person.uuid)  # type: ignore[attr-defined]
        except StoreError as exc:
            self.query_one("#form-status", Static).update(Text(str(exc)))
            return
        self.app.notify(f"Acknowledged by {person.name}.", timeout=3)
        self.dismiss(True)
