"""Bullet lists whose wrapped lines stay under their text ("hanging indent").

Rich wraps a long ``  • item`` line back to the left edge, so a list of long items reads
as one block.  :class:`BulletText` is a ``Static`` for text holding bullet lines: at
whatever width it is drawn, a bullet line that does not fit is wrapped under the first
letter after its bullet.  An indented line (``   4/5  statement``, ``   Anna: answer``,
``     → strategy``) hangs the same way, under the first letter of its text.
:class:`Hung` does the same for a renderable drawn by another widget (an option in a
list)."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.widgets import Static

#: a bullet, or an indent with an optional marker (a score "4/5", an arrow, a dot, a tick)
BULLET = re.compile(r"^(\s*[•◦▪‣]\s+|\s+(?:(?:[·→✓○\-]|\d+/\d+)\s+)?)")


def hang(text: Text, width: int, console: Console) -> Text:
    """``text`` with every too-long bullet line wrapped under its text, not its bullet."""
    out = Text(end="")
    lines = text.split("\n", allow_blank=True)
    for n, line in enumerate(lines):
        if n:
            out.append("\n")
        match = BULLET.match(line.plain)
        if not match or cell_len(line.plain) <= width:
            out.append_text(line)
            continue
        prefix_len = len(match.group(1))
        indent = cell_len(match.group(1))
        body = line[prefix_len:]
        pieces = body.wrap(console, max(width - indent, 8))
        for i, piece in enumerate(pieces):
            if i:
                out.append("\n" + " " * indent)
            else:
                out.append_text(line[:prefix_len])
            piece.rstrip()
            out.append_text(piece)
    return out


class Hung:
    """A Rich renderable: ``text`` with its bullet and indented lines hung at any width."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield hang(self.text, options.max_width, console)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)


class BulletText(Static):
    """A Static whose bullet lines keep their indent when they wrap."""

    def __init__(self, content: Any = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._source = Text()
        self.update(content)

    def update(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        self._source = content if isinstance(content, Text) else Text(str(content))
        super().update(self._source)

    def _hung(self, width: int) -> Text:
        if width <= 0 or not self.is_mounted:
            return self._source
        return hang(self._source, width, self.app.console)

    def render(self) -> Any:
        return self._hung(self.content_region.width)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return len(self._hung(width).split("\n", allow_blank=True))
