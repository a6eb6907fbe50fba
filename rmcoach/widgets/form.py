"""Form fields that show their own validation message right under the input.

What a form does with errors, the same everywhere:
- ``set_error(message)`` shows the message under the field, and once the screen has
  drawn its errors the first invalid field (top to bottom) scrolls into view and takes
  focus, so the message is never below the fold with the cursor somewhere else.
- a message goes as soon as the field's value is valid: with a ``rule`` (the same check
  the screen runs on save, given to ``set_error`` or to the field) the field re-checks
  itself on every change; without one, the message goes at the person's first edit of
  that field (the screen checks everything again on save).
- focusing a pre-filled field puts the cursor at the end of its text; nothing is selected,
  so the next key adds to the value instead of silently replacing it.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, Static, TextArea

Rule = Callable[[str], Any]  # raises validate.Invalid (any ValueError) with the message to show


class FieldInput(Input):
    """An input that keeps its text when focused (Textual's default selects it all)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)

    def _on_focus(self, event: events.Focus) -> None:
        if not event.from_app_focus:  # the terminal window regaining focus moves nothing
            self.cursor_position = len(self.value)
        super()._on_focus(event)


class FieldArea(TextArea):
    """A text area whose cursor goes to the end of its text when reached from the keyboard."""

    def on_focus(self, event: events.Focus) -> None:
        # a click that focuses it comes after this and puts the cursor where it was clicked
        if not event.from_app_focus:
            self.cursor_location = self.document.end


class Field(Vertical):
    """A labelled single-line input with an error line beneath it."""

    DEFAULT_CSS = """
    Field { height: auto; margin: 0 0 1 0; }
    Field > Label { margin: 0 0 0 1; color: $text-muted; width: 1fr; }  /* a long label wraps, never cut */
    Field.-invalid > Input { border: tall $error; }
    """

    def __init__(self, label: str, *, value: str = "", placeholder: str = "", id: str, max_length: int = 0,
                 rule: Rule | None = None) -> None:
        super().__init__(id=id)
        self._label = label
        self._value = value
        self._placeholder = placeholder
        self._max_length = max_length
        self.rule = rule
        self.error = ""

    def compose(self) -> ComposeResult:
        yield Label(Text(self._label))  # labels may hold names: never markup
        yield FieldInput(value=self._value, placeholder=self._placeholder, id=f"{self.id}-input",
                         max_length=self._max_length)
        yield Static("", classes="field-error", id=f"{self.id}-error").set_styles("display: none;")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def value(self) -> str:
        return self.input.value

    def set_error(self, message: str | None, *, rule: Rule | None = None) -> None:
        if rule is not None:
            self.rule = rule
        self._show_error(message)
        if message and self.is_mounted:
            focus_first_invalid_soon(self.screen)

    def _show_error(self, message: str | None) -> None:
        self.error = message or ""
        line = self.query_one(".field-error", Static)
        line.update(Text(self.error))
        line.display = bool(self.error)
        self.set_class(bool(message), "-invalid")

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _recheck(self, event: Input.Changed | TextArea.Changed) -> None:
        if not self.error:
            return
        if self.rule is None:
            self._show_error(None)  # being fixed: the save checks it again
            return
        try:
            self.rule(self.value)
        except ValueError as exc:
            if str(exc) != self.error:
                self._show_error(str(exc))
        else:
            self._show_error(None)


class AreaField(Field):
    """A labelled multi-line text area with an error line beneath it."""

    DEFAULT_CSS = """
    AreaField > TextArea { height: 5; }
    AreaField.-invalid > TextArea { border: tall $error; }
    """

    def compose(self) -> ComposeResult:
        yield Label(Text(self._label))  # labels may hold names: never markup
        area = FieldArea(self._value, id=f"{self.id}-input", soft_wrap=True, tab_behavior="focus")
        area.show_line_numbers = False
        yield area
        yield Static("", classes="field-error", id=f"{self.id}-error").set_styles("display: none;")

    @property
    def value(self) -> str:
        return self.query_one(TextArea).text


def focus_first_invalid_soon(screen: Screen[Any]) -> None:
    """Once the screen has drawn this round of errors, bring the first invalid field
    into view and put the cursor in it (once per round, however many fields failed)."""
    if getattr(screen, "_focus_invalid_pending", False):
        return
    screen._focus_invalid_pending = True  # type: ignore[attr-defined]

    def go() -> None:
        screen._focus_invalid_pending = False  # type: ignore[attr-defined]
        focus_first_invalid(screen)

    screen.call_after_refresh(go)


def focus_first_invalid(screen: Screen[Any]) -> Field | None:
    for field in screen.query(Field):
        if field.error and field.display and field.is_mounted and all(a.display for a in field.ancestors_with_self
                                                                     if hasattr(a, "display")):
            entry = field.query_one(f"#{field.id}-input")
            if screen.focused is not entry:
                entry.focus(scroll_visible=False)
            field.scroll_visible(animate=False, top=False)
            return field
    return None


_V = TypeVar("_V")


class FieldChecks:
    """One save's pass over a form's fields, the same in every form.

    ``checks(field_id, rule)`` runs ``rule`` on the field's text: the value when it
    passes (the field's message goes), else None with the message shown under the
    field (gone again as soon as the text passes).  ``checks.fail(field_id, message)``
    marks a rule that spans fields.  ``checks.ok`` says whether everything passed; the
    first invalid field takes the cursor by itself (see :meth:`Field.set_error`)."""

    def __init__(self, screen: Screen[Any]) -> None:
        self._screen = screen
        self.ok = True

    def __call__(self, field_id: str, rule: Callable[[str], _V]) -> _V | None:
        field = self._screen.query_one(f"#{field_id}", Field)
        try:
            value = rule(field.value)
        except ValueError as exc:  # validate.Invalid: the sentence to show
            field.set_error(str(exc), rule=rule)
            self.ok = False
            return None
        field.set_error(None)
        return value

    def fail(self, field_id: str, message: str) -> None:
        self._screen.query_one(f"#{field_id}", Field).set_error(message)
        self.ok = False
