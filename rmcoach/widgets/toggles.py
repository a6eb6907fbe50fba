"""Tick boxes and radio buttons whose state reads without colour.

Textual draws the same glyph for on and off and tells them apart by colour alone, which
a monochrome terminal, a colour-blind eye or a screenshot in print loses.  These draw
``[x]`` / ``[ ]`` and ``(•)`` / ``( )``; the colours stay as an extra cue."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widgets import Checkbox as _Checkbox
from textual.widgets import RadioButton as _RadioButton


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
