"""Forms never throw away what someone typed: not on a stray Escape, not on ctrl+q, not
when the terminal closes or the machine crashes.

A form screen mixes in :class:`LeaveGuard` (before its Screen base) and leaves through
``self.leave_or_ask(...)``: when anything differs from what the form showed when it
opened, the person is asked first.

Drafts (``rmcoach.storage.drafts``): while the form differs from how it opened, what is typed is
written to a draft file in the data folder, a moment after the typing pauses.  Saving the
form or leaving it deliberately drops the draft; ctrl+q writes it at once and quits.  The
next time the same person opens the same form, they are asked whether to pick up where
they left off.  Only the fields they had changed are put back, and only when the form
opened with the same content in those fields (so a draft for one session is never
poured into another)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable, Callable

from textual.widgets import Checkbox, Input, RadioButton, RadioSet, Select, TextArea

from rmcoach.storage import drafts
from rmcoach.widgets.confirm import ConfirmModal

QUESTION = "Leave without saving what you typed here?"
GUARDED = "Input, TextArea, Select, Checkbox, RadioSet"  # what a form's state is made of
DRAFT_DELAY = 0.4  # seconds of quiet typing before the draft is written

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


def _exact(widget: Any) -> Any:
    """The value as typed, for a draft (JSON-friendly; None when it cannot be kept)."""
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, TextArea):
        return widget.text
    value = _value(widget)
    return value if isinstance(value, (str, int, bool)) else None


def _put(widget: Any, value: Any) -> None:
    if isinstance(widget, Input) and isinstance(value, str):
        widget.value = value
    elif isinstance(widget, TextArea) and isinstance(value, str):
        widget.text = value
    elif isinstance(widget, Checkbox) and isinstance(value, bool):
        widget.value = value
    elif isinstance(widget, RadioSet) and isinstance(value, int):
        buttons = list(widget.query(RadioButton))
        if 0 <= value < len(buttons):
            buttons[value].value = True
    elif isinstance(widget, Select):
        try:
            widget.value = value
        except Exception:  # an option that is no longer there: leave the choice as it is
            pass


class LeaveGuard(_GuardBase):
    _remembered: dict[str, Any] | None = None
    _draft_start: dict[str, Any] | None = None
    _draft_timer: Any = None
    _draft_asked = False

    _keys_at_mount = 0

    def on_mount(self) -> Awaitable[None] | None:  # a form may mount asynchronously
        # runs after the screen's own on_mount (Textual calls each class's handler): remember
        # the form now, and again once values set after the first refresh are in place -
        # unless a key was typed meanwhile (fast typing starts before that refresh)
        self._keys_at_mount = getattr(self.app, "keys_handled", 0)
        self._snapshot()
        self.call_after_refresh(self.remember_form)
        return None

    def _snapshot(self) -> None:
        self._remembered = self._form_state()
        self._draft_start = self._form_values()
        # whose typing this is, fixed when the form opens: saving the first-run form names
        # the person at the keyboard, and the draft written before that must still go
        self._draft_owner = self._draft_author()

    def _form_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        for n, widget in enumerate(self.query(GUARDED)):
            value = _value(widget)
            if value not in (None, "", False):
                state[widget.id or f"#{n}"] = value
        return state

    def _form_values(self) -> dict[str, Any]:
        return {w.id: _exact(w) for w in self.query(GUARDED) if w.id}

    def remember_form(self) -> None:
        if getattr(self.app, "keys_handled", 0) == self._keys_at_mount:
            self._snapshot()
        if not self._draft_asked:
            self._draft_asked = True
            self._offer_draft()

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

    # ------------------------------------------------------------------ drafts
    def draft_key(self) -> str:
        return type(self).__name__

    def draft_title(self) -> str:
        return str(getattr(self, "DRAFT_TITLE", "") or getattr(self, "title", "") or type(self).__name__)

    def _draft_author(self) -> str | None:
        return getattr(self.app, "viewer", None)

    def _data_dir(self) -> Any:
        return getattr(self.app, "data_dir", None)

    def on_input_changed(self) -> None:
        self._typed()

    def on_text_area_changed(self) -> None:
        self._typed()

    def on_checkbox_changed(self) -> None:
        self._typed()

    def on_radio_set_changed(self) -> None:
        self._typed()

    def on_select_changed(self) -> None:
        self._typed()

    def _typed(self) -> None:
        if self._draft_start is None or self._data_dir() is None:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.keep_draft)

    def keep_draft(self) -> None:
        """Write the draft now (or drop it when the form is back to how it opened)."""
        data_dir = self._data_dir()
        if self._draft_start is None or data_dir is None:
            return
        author = getattr(self, "_draft_owner", None)
        if self.form_changed():
            drafts.save(data_dir, drafts.new(self.draft_key(), self.draft_title(), author,
                                             self._draft_start, self._form_values()))
        else:
            drafts.discard(data_dir, self.draft_key(), author)

    def forget_draft(self) -> None:
        """The form was saved: its draft goes now, and nothing typed before is written again."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
        data_dir = self._data_dir()
        if data_dir is not None and self._draft_start is not None:
            drafts.discard(data_dir, self.draft_key(), getattr(self, "_draft_owner", None))
        self._draft_start = None

    def on_unmount(self) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
        if getattr(self.app, "quitting", False):
            return  # ctrl+q already kept the draft
        data_dir = self._data_dir()
        if data_dir is not None and self._draft_start is not None:
            drafts.discard(data_dir, self.draft_key(), getattr(self, "_draft_owner", None))  # saved, or left on purpose

    def _offer_draft(self) -> None:
        data_dir = self._data_dir()
        if data_dir is None or self._draft_start is None:
            return
        viewer = self._draft_author()
        draft = drafts.load(data_dir, self.draft_key(), viewer)
        if draft is None or not drafts.offered_to(draft, viewer):
            return
        start = self._draft_start
        changed = {k: v for k, v in draft.values.items() if draft.start.get(k) != v}
        if not changed or any(start.get(k) != draft.start.get(k) for k in changed if k in start):
            return  # nothing typed, or the form now opens on different content: not this draft

        def answer(yes: bool | None) -> None:
            if not yes:
                drafts.discard(data_dir, self.draft_key(), viewer)
                return
            for widget in self.query(GUARDED):
                if widget.id in changed:
                    _put(widget, changed[widget.id])

        when = draft.saved.replace("T", " at ")
        self.app.push_screen(ConfirmModal(
            f"You were typing in this form ({when}) and it was not saved. Put back what you typed?",
            typing_safe=True), answer)
