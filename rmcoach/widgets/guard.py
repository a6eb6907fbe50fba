"""Forms never throw away what someone typed on a single stray Escape.

A form screen mixes in :class:`LeaveGuard` (before its Screen base) and leaves through
``self.leave_or_ask(...)``: when anything differs from what the form showed when it
opened, the person is asked first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable, Callable

from textual.widgets import Checkbox, Input, RadioSet, Select, TextArea

from rmcoach.widgets.confirm import ConfirmModal

QUESTION = "Leave without saving what you typed here?"

if TYPE_CHECKING:
    # what the mixin is mixed into: the checker sees a Screen's methods on self, while
    # at run time the mixin stays a plain class (before the Screen base in the MRO)
    from textual.screen import Screen

    _GuardBase = Screen[Any]
else:
    _GuardBase = object


def _value(widget: object) -> Any:
    if isinstance(widget, Input):
        return widget.value.strip()
    if isinstance(widget, TextArea):
        return widget.text.strip()
    if isinstance(widget, Select):
        return None if widget.value is Select.NULL else widget.value
    if isinstance(widget, Checkbox):
        return widget.value
    if isinstance(widget, RadioSet):
        return widget.pressed_index if widget.pressed_index >= 0 else None
    return None


class LeaveGuard(_GuardBase):
    _remembered: dict[str, Any] | None = None

    def on_mount(self) -> Awaitable[None] | None:  # a form may mount asynchronously
        # runs after the screen's own on_mount (Textual calls each class's handler):
        # remember the form once its first values are in place
        self.call_after_refresh(self.remember_form)
        return None

    def _form_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        for n, widget in enumerate(self.query("Input, TextArea, Select, Checkbox, RadioSet")):
            value = _value(widget)
            if value not in (None, "", False):
                state[widget.id or f"#{n}"] = value
        return state

    def remember_form(self) -> None:
        self._remembered = self._form_state()

    def form_changed(self) -> bool:
        return self._remembered is not None and self._form_state() != self._remembered

    def leave_or_ask(self, leave: Callable[[], Any]) -> None:
        """Leave at once when nothing changed; otherwise ask, and leave only on yes."""
        if not self.form_changed():
            leave()
            return

        def answer(yes: bool | None) -> None:
            if yes:
                leave()

        self.app.push_screen(ConfirmModal(QUESTION), answer)
