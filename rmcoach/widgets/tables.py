"""Small helpers for DataTables whose rows are keyed by record uuid."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.dom import DOMNode
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist, RowKey


def cursor_key(table: DataTable[Any]) -> str | None:
    """The key of the highlighted row, or None when the table is empty."""
    if not table.row_count:
        return None
    try:
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    except Exception:  # a table being cleared has no cell under the cursor
        return None
    return str(key) if key is not None else None


def move_to_key(table: DataTable[Any], key: str) -> bool:
    """Highlight the row with ``key``; False when there is no such row."""
    try:
        table.move_cursor(row=table.get_row_index(key))
    except RowDoesNotExist:
        return False
    return True


class ListTable(DataTable[Any]):
    """A ``DataTable`` for a list the person moves through: its style is worked out once
    per change of CSS, not for every line it paints.

    Textual's table asks for its ``rich_style`` for each line it draws, and that walks every
    ancestor's CSS (seven containers for a table in a tab) and blends their colours: about
    a tenth of a key's work on such a list.  Here it is kept until a style of the table or
    of one of its ancestors changes (a theme, readable mode, a class)."""

    _style_key: tuple[int, ...] = ()
    _style_kept: Style | None = None

    @property
    def rich_style(self) -> Style:
        key = tuple(node.styles._cache_key for node in self.ancestors_with_self)
        if self._style_kept is None or key != self._style_key:
            self._style_kept = DOMNode.rich_style.fget(self)  # type: ignore[attr-defined]
            self._style_key = key
        return self._style_kept


class FitTable(ListTable):
    """A table that stays inside its own width, so no column is cut at the right edge.

    Column ``fit`` (an index) takes the room the other columns leave, never less than
    ``least`` cells. Below ``narrow_below`` cells of table width, a column listed in
    ``caps`` (index -> most cells) is held to that width. Text that does not fit its
    column either wraps onto more lines (``wrap=True``: rows grow, nothing is hidden) or
    ends with an ellipsis (the whole text shown elsewhere, such as a detail pane).
    Widths follow the table's size and are worked out again after rows are added."""

    def __init__(self, *, fit: int, caps: dict[int, int] | None = None, narrow_below: int = 100,
                 wrap: bool = False, least: int = 16, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._fit = fit
        self._caps = dict(caps or {})
        self._narrow_below = narrow_below
        self._wrap = wrap
        self._least = least
        self._refit_pending = False

    def add_row(self, *cells: Any, height: int | None = 1, key: str | None = None,
                label: Any = None) -> RowKey:
        shaped = tuple(self._shaped(index, cell) for index, cell in enumerate(cells))
        row = super().add_row(*shaped, height=None if self._wrap else height, key=key, label=label)
        self._refit_soon()
        return row

    def _shaped(self, index: int, cell: Any) -> Any:
        if self._wrap or not isinstance(cell, Text) or (index != self._fit and index not in self._caps):
            return cell
        text = cell.copy()
        text.no_wrap = True
        text.overflow = "ellipsis"
        return text

    def on_resize(self) -> None:
        self._refit_soon()

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        # wrapped rows grow taller, a scroll bar comes and takes two columns from the room the
        # widths were fitted to: fit them again (the outer size did not change, so no resize)
        self._refit_soon()

    def _refit_soon(self) -> None:
        if not self._refit_pending:
            self._refit_pending = True
            self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        self._refit_pending = False
        columns = self.ordered_columns
        if len(columns) <= self._fit or not self.size.width:
            return
        narrow = self.size.width < self._narrow_below
        used = 0
        for index, column in enumerate(columns):
            if index == self._fit:
                continue
            cap = self._caps.get(index) if narrow else None
            column.auto_width = False
            column.width = column.content_width if cap is None else min(cap, column.content_width)
            used += column.get_render_width(self)
        room = self.scrollable_content_region.width - used - 2 * self.cell_padding
        fit = columns[self._fit]
        fit.auto_width = False
        fit.width = max(self._least, room)
        if self._wrap:  # heights follow the new widths: measured again from zero
            for row in self.rows.values():
                if row.auto_height:
                    row.height = 0
            self._new_rows.update(self.rows)
        self._require_update_dimensions = True
        self._clear_caches()
        self.refresh()
