"""Answering a relationship health check (private until the author shares it)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Label, RadioSet, Select, Static

from rmcoach.features import agreement, health
from rmcoach.records.privacy import SHARED, TOGETHER
from rmcoach.records.trust import HealthCheck
from rmcoach.screens.trust_forms import FORM_CSS, label_safe
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import AreaField, Field
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.screens.base import AppScreen

from rmcoach.widgets.toggles import RadioButton


class HealthCheckScreen(LeaveGuard, AppScreen[None]):
    DRAFT_TITLE = "Health check"  # what an unsaved draft of it is called
    DEFAULT_CSS = FORM_CSS.format(name="HealthCheckScreen") + """
    HealthCheckScreen RadioSet { margin: 0 0 0 1; width: auto; }
    HealthCheckScreen RadioSet > RadioButton { width: auto; }  /* Textual's 1fr buttons push an auto-width set past the edge */
    HealthCheckScreen Select { margin: 0 0 0 1; width: 40; }
    HealthCheckScreen .goal-label { margin: 1 0 0 1; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Back")]

    def __init__(self) -> None:
        super().__init__()
        store = self.rm.store
        self.viewer = self.rm.viewer
        self.goals = agreement.current_goals(store)
        mine = health.own_answers_in_open_round(store, self.viewer) if self.viewer else None
        self.previous = (mine.answers if mine else None) or health.NO_ANSWERS

    def compose(self) -> ComposeResult:
        pair = self.rm.current_pair()
        prev = self.previous
        yield Header()
        with VerticalScroll():
            yield Static(Text("Answer for yourself. Your answers stay private until you choose to share them "
                              "(s on the Health tab)."), classes="hint")
            yield Label("How often we meet is", classes="section")
            with RadioSet(id="frequency"):
                for key, label in health.FREQUENCY.items():
                    yield RadioButton(label, value=prev.frequency == key, id=f"freq-{key}")
            yield Static("", classes="field-error", id="frequency-error")
            yield Label("From 1 (not at all) to 5 (completely)", classes="section")
            for key, label in health.RATINGS.items():
                rating = getattr(prev, key)
                yield Field(label, id=key, value="" if rating is None else str(rating), placeholder="1 to 5")
            for key, label in health.TEXTS.items():
                yield AreaField(label, id=key, value=getattr(prev, key))
            yield Label("Progress on each goal in your agreement", classes="section")
            if not self.goals:
                yield Static("Your agreement has no goals yet - add them on the Agreement tab.", classes="hint")
            options = [(label, key) for key, label in health.GOAL_STATUS.items()]
            for goal in self.goals:
                owner = pair.person(goal.person or "") if pair else None
                whose = label_safe(owner.name) if owner else "one of you"
                yield Label(f"{label_safe(goal.goal)} ({whose})", classes="goal-label")
                current = (prev.goals or {}).get(goal.id)
                yield Select(options, prompt="How far has it come?", id=f"goal-{goal.id}",
                             value=current if current in health.GOAL_STATUS else Select.NULL)
                yield Static("", classes="field-error", id=f"goal-{goal.id}-error")
            yield Static("", id="form-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = "Health check (private to you)"
        self.query_one("#frequency", RadioSet).focus()
        for error in self.query(".field-error"):
            if error.id and (error.id == "frequency-error" or error.id.startswith("goal-")):
                error.display = False

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss())

    def _set_error(self, widget_id: str, message: str | None) -> None:
        line = self.query_one(f"#{widget_id}-error", Static)
        line.update(Text(message or ""))
        line.display = bool(message)

    def action_save(self) -> None:
        if not self.viewer or self.viewer == TOGETHER:
            self.query_one("#form-status", Static).update("Switch person with F2 first: these answers are private.")
            return
        pressed = self.query_one("#frequency", RadioSet).pressed_button
        raw: dict[str, Any] = {"frequency": (pressed.id or "").removeprefix("freq-") if pressed else None}
        for key in (*health.RATINGS, *health.TEXTS):
            raw[key] = self.query_one(f"#{key}", Field).value
        raw["goals"] = {}
        for goal in self.goals:
            value = self.query_one(f"#goal-{goal.id}", Select).value
            raw["goals"][goal.id] = value if isinstance(value, str) else None
        answers, errors = health.check_answers(raw, [g.id for g in self.goals])
        self._set_error("frequency", errors.get("frequency"))
        for key in (*health.RATINGS, *health.TEXTS):
            self.query_one(f"#{key}", Field).set_error(errors.get(key))
        for goal in self.goals:
            self._set_error(f"goal-{goal.id}", errors.get(f"goal:{goal.id}"))
        status = self.query_one("#form-status", Static)
        if errors:
            status.update("Please answer the questions marked in red.")
            return
        pair, viewer = self.rm.require_pair(), self.viewer

        def done(record: HealthCheck) -> None:
            if record.visibility == SHARED:
                self.rm.notify("Saved. You shared these answers earlier, so the other person sees the change.", timeout=5)
            else:
                self.rm.notify("Saved, privately. Press s on the Health tab to share your answers.", timeout=5)
            self.dismiss()

        self.rm.save(self, lambda store: health.save_answers(store, pair, viewer, answers), done, status=status)
