"""The footer every screen uses: Textual's own, in its compact style, with the help key
first.  A busy screen has more keys than a 100-column terminal can show; whatever else
scrolls out of sight, "? Help" (which lists every key) and the command palette stay."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
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

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        first = [k for k in keys if isinstance(k, FooterKey) and k.action in HELP_ACTIONS]
        yield from first
        yield from (k for k in keys if k not in first)
