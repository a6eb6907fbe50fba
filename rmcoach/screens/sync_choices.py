"""Choosing between two laptops' different changes to the same field, after a sync."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from rmcoach.sync.conflicts import Conflict, show_options
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.screens.base import AppModal


class SyncChoicesScreen(AppModal[str | None]):
    """Lists every open conflict with its values; Enter keeps the highlighted value (e.g. "1b")."""

    DEFAULT_CSS = """
    SyncChoicesScreen { align: center middle; }
    SyncChoicesScreen > Vertical { width: 90%; max-width: 100; height: auto; max-height: 90%;
                                   border: thick $accent; background: $surface; padding: 1 2; }
    SyncChoicesScreen OptionList { height: auto; max-height: 24; margin: 1 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Later")]

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__()
        self.conflicts = conflicts

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        for c in self.conflicts:
            options.append(Option(Text(f"{c.number}. {printable(c.label, keep_newlines=False)}", style="bold"),
                                  disabled=True))
            for o, shown in zip(c.options, show_options(c.options)):
                line = Text(f"   keep: {printable(shown, keep_newlines=False)}")
                if o.laptop:
                    line.append(f"  (from {printable(o.laptop, keep_newlines=False)})", style="dim")
                options.append(Option(line, id=f"{c.number}{o.letter}"))
        with Vertical():
            yield Label("The two laptops changed these differently - which should stay?")
            yield Static("Both values were kept. Your choice goes to the other laptop with the next sync; "
                         "Escape leaves them for later.", classes="hint")
            yield OptionList(*options)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
