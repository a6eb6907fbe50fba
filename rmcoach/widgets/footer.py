"""The footer every screen uses: Textual's own, in its compact style, with the help key
first.  A busy screen has more keys than an 80- or 100-column terminal can show: the
footer shows the keys that fit whole, in order (never one cut in half), and "? Help"
(which lists every key) and the command palette always stay."""

from __future__ import annotations

from typing import Any
from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

HELP_ACTIONS = frozenset({"help", "app.help"})


class KeysFooter(Footer):
    # compact Textual gives the palette key a right margin, one cell short of the edge, and a key that
    # overflows underneath shows through in that cell: no margin, and the padding back
    DEFAULT_CSS = """
    KeysFooter.-compact FooterKey.-command-palette { margin-right: 0; padding-right: 1; }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # Footer's own arguments, passed through
        kwargs.setdefault("compact", True)
        super().__init__(*args, **kwargs)

    _composed_width = 0

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        first = [k for k in keys if isinstance(k, FooterKey) and k.action in HELP_ACTIONS]
        palette = [k for k in keys if isinstance(k, FooterKey) and k.has_class("-command-palette")]
        rest = [k for k in keys if k not in first and k not in palette]
        width = self.app.size.width
        self._composed_width = width
        room = width - sum(self._width(k) for k in first + palette) - 1
        shown: list[Any] = []
        for key in rest:
            needed = self._width(key)
            if needed > room:
                break  # the rest are in help and the palette
            room -= needed
            shown.append(key)
        yield from first
        yield from shown
        yield from palette

    @staticmethod
    def _width(key: object) -> int:
        """Cells a compact footer key takes: "KEY Description" and one space after it."""
        if not isinstance(key, FooterKey):
            return 0
        description = f" {key.description}" if key.description else ""
        return cell_len(str(key.key_display)) + cell_len(description) + 1

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Keys are composed once the app's first frame is on screen (as Textual's own footer
        does in a bare app, whose first frame has no keys yet): composing them and laying the
        screen out again cost a launch about as much as the rest of the first frame
        (the app calls :meth:`first_frame_shown` then)."""
        if not getattr(self.app, "first_frame_done", True):
            return
        super().bindings_changed(screen)

    def first_frame_shown(self) -> None:
        self.bindings_changed(self.screen)

    def on_resize(self, event: events.Resize) -> None:
        if self.app.size.width != self._composed_width:
            self.call_after_refresh(self.recompose)
