"""Small helpers for DataTables whose rows are keyed by record uuid."""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist


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
