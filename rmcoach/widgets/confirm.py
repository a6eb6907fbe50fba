"""A yes/no question over the current screen."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ConfirmModal(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal > Vertical { width: 70; height: auto; border: thick $warning; background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("y", "yes", "Yes"), Binding("n,escape", "no", "No")]
    # for a question that may meet a fast typist (a draft offered when a form opens):
    # letters do nothing, so a name typed at once is never read as the answer
    TYPING_SAFE_BINDINGS = [Binding("ctrl+y", "yes", "Yes"), Binding("escape", "no", "No")]

    def __init__(self, question: str, *, typing_safe: bool = False) -> None:
        super().__init__()
        self.question = question
        self.typing_safe = typing_safe
        if typing_safe:
            self._bindings = self._bindings.__class__(self.TYPING_SAFE_BINDINGS)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            yield Static("ctrl+y = yes · Escape = no (letters you type are ignored here)" if self.typing_safe
                         else "y = yes · n or Escape = no", classes="hint")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
