"""Forms of the session log that stand on their own: editing an open action item."""

from __future__ import annotations

import datetime as _dt
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, Select, Static

from rmcoach.features import sessions
from rmcoach.infra import validate
from rmcoach.infra.textsafe import printable
from rmcoach.records import privacy
from rmcoach.records.sessions import Action
from rmcoach.screens.base import AppModal
from rmcoach.storage.store import StoreError
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import Field
from rmcoach.widgets.guard import LeaveGuard


class EditActionScreen(LeaveGuard, AppModal[bool]):
    """Change what an open action item says, who owns it and when it is due."""
    DRAFT_TITLE = "Action item"  # what an unsaved draft of it is called

    DEFAULT_CSS = """
    EditActionScreen { align: center middle; }
    EditActionScreen > Vertical { width: 76; max-width: 100%; height: auto; max-height: 100%;
                                  border: thick $accent; background: $surface; padding: 1 2; }
    EditActionScreen #action-owner { margin: 0 0 1 0; }
    EditActionScreen #action-status { color: $error; height: auto; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Cancel")]

    def __init__(self, action_uuid: str) -> None:
        super().__init__()
        self.action_uuid = action_uuid

    def compose(self) -> ComposeResult:
        pair = self.rm.require_pair()
        people = [(Text(printable(p.name, keep_newlines=False)), p.uuid) for p in pair.people[:2]]
        item = self.rm.store.record(Action, self.action_uuid)  # None: gone meanwhile (the save says so)
        owner = item.owner if item is not None and item.owner in {uuid for _, uuid in people} else people[0][1]
        due = item.due.isoformat() if item is not None and item.due else ""
        with Vertical():
            yield Label("Edit the action item")
            yield Static("Change the words, who does it or by when. The earlier version is kept.", classes="hint")
            yield Field("Action item", id="action-text", value=item.text if item is not None else "",
                        placeholder="e.g. Try the template reply in clinic")
            yield Label("Who does it")
            yield Select(people, value=owner, allow_blank=False, id="action-owner")
            yield Field("Due (optional; empty for no date)", id="action-due", value=due,
                        placeholder="e.g. next friday or 2026-12-18")
            yield Static("", id="action-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#action-text-input", Input).focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        app = self.rm
        text_field = self.query_one("#action-text", Field)
        due_field = self.query_one("#action-due", Field)
        status = self.query_one("#action-status", Static)
        ok = True
        due: _dt.date | None = None
        try:
            validate.short_text(text_field.value, what="The action item", required=True, limit=200)
            text_field.set_error(None)
        except validate.Invalid as exc:
            text_field.set_error(str(exc))
            ok = False
        try:
            due = sessions.check_due(due_field.value)
            due_field.set_error(None)
        except validate.Invalid as exc:
            due_field.set_error(str(exc), rule=sessions.check_due)
            ok = False
        if not ok:
            status.update("Please fix the fields marked in red; nothing was saved.")
            return
        status.update("")
        owner = str(self.query_one("#action-owner", Select).value)
        item = sessions.ActionInput(text_field.value, owner, due)
        viewer = app.viewer
        by = viewer if viewer and viewer != privacy.TOGETHER else None
        uuid = self.action_uuid

        def failed(exc: Exception) -> bool:
            if isinstance(exc, validate.Invalid):
                text_field.set_error(str(exc))
                return True
            if isinstance(exc, ValueError) and not isinstance(exc, StoreError):
                status.update(Text(str(exc)))
                return True
            return False

        def done(_: object) -> None:
            self.rm.notify("Action item changed.", timeout=3)
            self.dismiss(True)

        app.save(self, lambda store: sessions.edit_action(store, uuid, item, by=by), done,
                 status=status, failed=failed)

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(False))
