"""Repainting a few changed lines draws only the widgets (and lines) under them.

Why this exists: moving a list's highlight changes two rows of the table, and Textual
repaints just those lines on the terminal - but to get them it asks *every widget whose
container overlaps them* for *all* of its lines.  It picks widgets by their container's
clip, not by where they are, so on a screen the header, the footer, the tab bar and the
detail pane beside the list were each drawn whole for a change inside the table (14
widgets of 36 lines on the sessions screen, against 3 for a bare table), and each of
their lines went through the app's line filters again.  That was most of the work of
a key on every list with a header, a footer or a pane beside it.

:class:`LeanCompositor` gives the same picture: a widget whose visible area does not
touch the changed area adds nothing to it, so it is left out, and a widget that does
is asked only for the lines of the changed area (Textual asks a widget for part of its
lines whenever it is partly scrolled out of view, so every widget can answer that; the
lines it did not draw stay marked as changed and are drawn when they are next shown).
A widget whose changed part lies wholly under one drawn in front of it is not asked
either: the painter keeps the front-most picture of every cell (the containers behind a
table are not drawn for a change inside the table).  A full repaint (a new screen, a resize) still draws everything.  Every rmcoach screen
uses it (``screens/base.py``).
"""

from __future__ import annotations

from typing import Iterable

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip


class LeanCompositor(Compositor):
    """A ``Compositor`` that, for a partial repaint, draws only what the repaint shows."""

    def _get_renders(self, crop: Region | None = None) -> Iterable[tuple[Region, Region, list[Strip]]]:
        if not crop or crop.contains_region(self.size.region):
            yield from super()._get_renders(crop)
            return
        _rich_traceback_guard = True  # noqa: F841 (as Textual's own: a widget's error is the widget's)
        top, bottom = crop.y, crop.bottom
        drawn_in_front: list[Region] = []
        for widget, (region, clip) in self.visible_widgets.items():  # the front-most first
            if region.y >= bottom or region.bottom <= top:
                continue  # on other lines (most of a screen's widgets, cheaply told)
            shown = region.intersection(clip)
            changed = crop.intersection(shown)
            if not changed:
                continue
            if any(front.contains_region(changed) for front in drawn_in_front):
                # hidden there by a widget in front, whose picture wins on every cell of it
                # (the containers behind a table whose rows changed)
                continue
            # only the changed lines, across the whole visible width of the widget: the painter
            # divides each line at the edges of every widget on it, which this keeps intact
            y1, y2 = max(shown.y, top), min(shown.bottom, bottom)
            drawn = Region(shown.x, y1, shown.width, y2 - y1)
            drawn_in_front.append(drawn)
            yield drawn, drawn, widget.render_lines(
                Region(shown.x - region.x, y1 - region.y, shown.width, y2 - y1))
