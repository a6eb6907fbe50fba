"""Tick boxes and radio buttons whose state reads without colour.

Textual draws the same glyph for on and off and tells them apart by colour alone, which
a monochrome terminal, a colour-blind eye or a screenshot in print loses.  These draw
``[x]`` / ``[ ]`` and ``(•)`` / ``( )`` (a ``SelectionList``'s boxes too); the colours stay
as an extra cue."""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.widgets import Checkbox as _Checkbox
from textual.widgets import RadioButton as _RadioButton
from textual.widgets import SelectionList as _SelectionList
from textual.widgets._toggle_button import ToggleButton


def _draw(widget: _Checkbox | _RadioButton, left: str, on: str, right: str) -> Content:
    button_style = widget.get_visual_style("toggle--button")
    plain = Style(background=widget.background_colors[1])
    return Content.assemble((left, plain), (on if widget.value else " ", button_style), (right, plain))


class Checkbox(_Checkbox):
    @property
    def _button(self) -> Content:
        return _draw(self, "[", "x", "]")


class RadioButton(_RadioButton):
    @property
    def _button(self) -> Content:
        return _draw(self, "(", "•", ")")


class SelectionList(_SelectionList):  # type: ignore[type-arg]
    """A list of tick boxes drawn [x] / [ ] (Textual draws the same box for both)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[0].text != ToggleButton.BUTTON_LEFT or \
                segments[1].text != ToggleButton.BUTTON_INNER:
            return strip
        meta = segments[1].style.meta if segments[1].style else {}
        index = meta.get("option") if meta else None
        try:
            ticked = index is not None and self.get_option_at_index(index).value in self._selected
        except Exception:  # a line without an option (padding)
            return strip
        style = segments[1].style
        segments[0:3] = [Segment("[", style), Segment("x" if ticked else " ", style), Segment("]", style)]
        return Strip(segments, strip.cell_length)
