"""A fixed-size, scrolling pane for the detail beside a list.

Moving the highlight through a list shows the highlighted record here.  With Statics in
a VerticalScroll every new record changed their heights, so Textual laid out and
repainted the whole screen on each key.  This pane keeps its size (CSS decides it, its
content never does): showing a record renders it to lines once, at the pane's width, and
repaints only the pane.  Only a scrollbar appearing or going (content crossing the
pane's height) needs a new layout, and Textual does that by itself.
"""

from __future__ import annotations

from typing import Callable

from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.widget import Widget


class DetailPane(ScrollView, can_focus=True):
    """Shows one or more Rich renderables, one after the other, and scrolls them."""

    # the vertical bar is always there and the horizontal one never is: a bar that came and
    # went with each record's length changed the room for the text, so the text was wrapped
    # again, the screen laid out again and both bars (and their corner) repainted per key
    DEFAULT_CSS = """
    DetailPane { height: 1fr; overflow-x: hidden; overflow-y: scroll; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._parts: list[RenderableType] = []
        self._lines: list[tuple[list[Segment], int]] = []  # each screen line and its width in cells
        self._rendered_width = -1
        self._style: Style | None = None

    def show(self, *parts: RenderableType) -> None:
        """Replace what the pane shows (empty strings are left out) and scroll to its top.
        Only the lines on screen that differ from what was shown are repainted."""
        before, width_before = self._lines, self._rendered_width
        scrolled = self.scroll_offset.y != 0
        self._parts = [part for part in parts if not (isinstance(part, str) and not part)]
        self._rendered_width = -1
        self._render_parts()
        self.scroll_to(0, 0, animate=False, immediate=True)
        if scrolled or width_before != self._rendered_width or self._rendered_width <= 0:
            self.refresh()
            return
        after = self._lines
        height = self.scrollable_content_region.height
        start = None
        for y in range(min(height, max(len(before), len(after))) + 1):
            same = y >= height or (y < len(before) and y < len(after) and before[y] == after[y]) or \
                (y >= len(before) and y >= len(after))
            if not same and start is None:
                start = y
            elif same and start is not None:
                self.refresh_lines(start, y - start)
                start = None

    @property
    def text(self) -> str:
        """What the pane shows, as plain text, not wrapped to the pane's width."""
        plain: list[str] = []
        for part in self._parts:
            if isinstance(part, (str, Text)):
                plain.append(str(part))
            else:
                options = self.app.console.options.update_width(10_000)
                lines = self.app.console.render_lines(part, options, pad=False)
                plain.append("\n".join("".join(s.text for s in line).rstrip() for line in lines))
        return "\n".join(plain)

    def _render_parts(self, width: int | None = None) -> None:
        if width is None:
            width = self.scrollable_content_region.width
        if width <= 0 or not self.is_attached:
            return
        console = self.app.console
        options = console.options.update_width(width)
        lines: list[tuple[list[Segment], int]] = []
        for part in self._parts:
            renderable = Text(part) if isinstance(part, str) else part
            # segments, not Strips: a Strip is costly to build and only the lines on
            # screen become one, when painted
            lines.extend((line, Segment.get_line_length(line))
                         for line in console.render_lines(renderable, options, pad=False))
        self._lines = lines
        self._rendered_width = width
        # content shorter than the pane counts as the pane's height: the scroll bar (a full
        # thumb) is then the same for every such record and is not repainted
        size = Size(width, max(len(lines), self.scrollable_content_region.height))
        if size != self.virtual_size:
            # the pane's own size is unchanged: no layout of the screen, only its scrollbars
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._rendered_width:
            self._render_parts()
            self.refresh()
            return
        size = Size(self._rendered_width, max(len(self._lines), self.scrollable_content_region.height))
        if self._rendered_width > 0 and size != self.virtual_size:
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)

    def notify_style_update(self) -> None:
        self._style = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        if self._rendered_width != width:
            self._render_parts()
        # the widget's style is worked out from every ancestor's CSS: once, not per line
        style = self._style
        if style is None:
            style = self._style = self.rich_style
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, style)
        segments, length = self._lines[index]
        if scroll_x or length > width:
            return Strip(segments, length).crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
        line = list(Segment.apply_style(segments, style))
        if length < width:
            line.append(Segment(" " * (width - length), style))
        return Strip(line, width)


#: how long the highlight must rest on a row before its detail is drawn
REST = 0.06


class WhenResting:
    """Draws the detail of a list's highlighted row once the highlight rests, not for
    every row it passes (holding an arrow key would otherwise draw each one).  Each call
    replaces the one still waiting."""

    def __init__(self, owner: Widget, delay: float = REST) -> None:
        self._owner = owner
        self._delay = delay
        self._timer: Timer | None = None

    def __call__(self, draw: Callable[[], object]) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self._owner.set_timer(self._delay, draw)
