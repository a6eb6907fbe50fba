"""Who is at the keyboard?  Asked at start, switchable from anywhere (F2)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from rmcoach.records.model import Pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.infra.textsafe import printable


class WhoScreen(ModalScreen[str | None]):
    DEFAULT_CSS = """
    WhoScreen { align: center middle; }
    WhoScreen > Vertical { width: 64; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    WhoScreen OptionList { height: auto; margin: 1 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, pair: Pair, current: str | None) -> None:
        super().__init__()
        self.pair = pair
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text(printable(p.name, keep_newlines=False)), id=p.uuid) for p in self.pair.people]
        options.append(Option("Both of us, together (private notes stay hidden)", id=TOGETHER))
        with Vertical():
            yield Label("Who is at the keyboard?")
            yield Static(
                "Private reflections are shown only to their author. When you look together, "
                "everything private stays hidden.",
                classes="hint",
            )
            yield OptionList(*options)

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        ids = [p.uuid for p in self.pair.people] + [TOGETHER]
        option_list.highlighted = ids.index(self.current) if self.current in ids else 0
        option_list.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
