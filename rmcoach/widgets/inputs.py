"""A text box whose typing repaints the box, not the whole screen.

Textual's ``Input`` sets its virtual (scrollable) width to the length of its text on
every change, and a change of virtual size asks for a new layout: each letter typed laid
the whole screen out again (on the search screen that was a third of a letter's work).
A box whose size its CSS fixes (not ``auto``) does not change size with its text; only
how far it can scroll sideways does, and the box keeps that right itself.
:class:`TypingInput` skips that layout and behaves the same in every other way.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Region
from textual.widgets import Input


class TypingInput(Input):
    """An ``Input`` that does not lay the screen out again for each letter typed."""

    _value_changing = False

    def _watch_value(self, value: str) -> None:
        self._value_changing = True
        try:
            super()._watch_value(value)
        finally:
            self._value_changing = False
        # what a layout would have done: no scrolling past the end of shorter text
        self.scroll_x = self.validate_scroll_x(self.scroll_x)

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> Any:
        if layout and self._value_changing and not self.styles.auto_dimensions:
            layout = False  # only the virtual width changed: the box keeps its size
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
