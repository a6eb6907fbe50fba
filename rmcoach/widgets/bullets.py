"""Bullet lists whose wrapped lines stay under their text ("hanging indent").

Rich wraps a long ``  • item`` line back to the left edge, so a list of long items reads
as one block.  :class:`BulletText` is a ``Static`` for text holding bullet lines: at
whatever width it is drawn, a bullet line that does not fit is wrapped under the first
letter after its bullet.  An indented line (``   4/5  statement``, ``   Anna: answer``,
``     → strategy``) hangs the same way, under the first letter of its text.
:func:`hang` does the same for text another widget draws (a list's options), given the
width it is drawn at."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.widgets import Static

#: a bullet, or an indent with an optional marker (a score "4/5", an arrow, a dot, a tick)
BULLET = re.compile(r"^(\s*[•◦▪‣]\s+|\s+(?:(?:[·→✓○\-]|\d+/\d+)\s+)?)")


def hang(text: Text, width: int, console: Console) -> Text:
    """``text`` wrapped to ``width`` with hard line breaks: every too-long bullet or indented
    line wrapped under its text, not its bullet; any other line wrapped as Rich would.  The
    result has exactly as many lines as it takes on screen, so a widget can size itself by
    them."""
    out = Text(end="")
    lines = text.split("\n", allow_blank=True)
    for n, line in enumerate(lines):
        if n:
            out.append("\n")
        if cell_len(line.plain) <= width:
            out.append_text(line)
            continue
        match = BULLET.match(line.plain)
        prefix_len = len(match.group(1)) if match else 0
        indent = cell_len(match.group(1)) if match else 0
        if indent > width // 2:
            prefix_len = indent = 0  # too deep to hang at this width: wrap as it comes
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


class BulletText(Static):
    """A Static whose bullet lines keep their indent when they wrap."""

    def __init__(self, content: Any = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._source = Text()
        self.update(content)

    def update(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        self._source = content if isinstance(content, Text) else Text(str(content))
        super().update(self._source)

    @property
    def source(self) -> Text:
        """The text as given, before it is wrapped to the widget's width."""
        return self._source

    def _hung(self, width: int) -> Text:
        if width <= 0 or not self.is_mounted:
            return self._source
        return hang(self._source, width, self.app.console)

    def render(self) -> Any:
        return self._hung(self.content_region.width)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return len(self._hung(width).split("\n", allow_blank=True))
