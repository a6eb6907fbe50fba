"""An OptionList whose highlight repaints two options, not the whole list.

Textual's ``OptionList`` repaints every line it shows when the highlight moves (its
``highlighted`` is a repainting reactive); on a list of tips that was most of a key's
painting.  :class:`QuickOptionList` repaints the option the highlight leaves and the one
it lands on, and behaves the same in every other way.
"""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import OptionList


class QuickOptionList(OptionList):
    """An ``OptionList`` that repaints only the options whose highlight changed."""

    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        # runs before OptionList's own watcher (which scrolls to the option and says so)
        self._repaint_option(old)
        self._repaint_option(new)

    def _repaint_option(self, index: int | None) -> None:
        if index is None:
            return
        if not self.is_mounted or not self.size.width:
            self.refresh()
            return
        try:
            line, height = self._index_to_line[index], self._heights[index]
        except (KeyError, IndexError):  # lines not worked out for it (yet): paint it all
            self.refresh()
            return
        self.refresh_lines(line, height)
