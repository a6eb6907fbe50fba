"""Form fields that show their own validation message right under the input."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static, TextArea


class Field(Vertical):
    """A labelled single-line input with an error line beneath it."""

    DEFAULT_CSS = """
    Field { height: auto; margin: 0 0 1 0; }
    Field > Label { margin: 0 0 0 1; color: $text-muted; }
    Field.-invalid > Input { border: tall $error; }
    """

    def __init__(self, label: str, *, value: str = "", placeholder: str = "", id: str, max_length: int = 0) -> None:
        super().__init__(id=id)
        self._label = label
        self._value = value
        self._placeholder = placeholder
        self._max_length = max_length
        self.error = ""

    def compose(self) -> ComposeResult:
        yield Label(Text(self._label))  # labels may hold names: never markup
        yield Input(value=self._value, placeholder=self._placeholder, id=f"{self.id}-input", max_length=self._max_length)
        yield Static("", classes="field-error", id=f"{self.id}-error").set_styles("display: none;")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def value(self) -> str:
        return self.input.value

    def set_error(self, message: str | None) -> None:
        self.error = message or ""
        line = self.query_one(".field-error", Static)
        line.update(Text(self.error))
        line.display = bool(self.error)
        self.set_class(bool(message), "-invalid")


class AreaField(Field):
    """A labelled multi-line text area with an error line beneath it."""

    DEFAULT_CSS = """
    AreaField > TextArea { height: 5; }
    AreaField.-invalid > TextArea { border: tall $error; }
    """

    def compose(self) -> ComposeResult:
        yield Label(Text(self._label))  # labels may hold names: never markup
        area = TextArea(self._value, id=f"{self.id}-input", soft_wrap=True, tab_behavior="focus")
        area.show_line_numbers = False
        yield area
        yield Static("", classes="field-error", id=f"{self.id}-error").set_styles("display: none;")

    @property
    def value(self) -> str:
        return self.query_one(TextArea).text
