"""A list's table (``ListTable``) works its style out once, not for every line it paints,
and still follows every change of CSS above it: a class on a container, the theme."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.dom import DOMNode

from rmcoach.widgets.tables import ListTable


class _TableApp(App[None]):
    CSS = """
    ListTable { background: 40%; }  /* partly see-through: the colour below shows */
    #box { background: darkblue; }
    #box.-warm { background: darkred; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            with Vertical():
                yield ListTable(cursor_type="row")


def _fresh(table: ListTable) -> Any:
    return DOMNode.rich_style.fget(table)  # type: ignore[attr-defined]


async def test_a_list_table_keeps_its_style_until_the_css_above_it_changes(monkeypatch: Any) -> None:
    app = _TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(ListTable)
        table.add_column("n")
        for n in range(30):
            table.add_row(str(n))
        table.focus()
        await pilot.pause()
        cold = table.rich_style
        assert cold == _fresh(table)

        worked_out = []
        original = DOMNode.rich_style

        def counted(node: DOMNode) -> Any:
            worked_out.append(node)
            return original.fget(node)  # type: ignore[attr-defined]

        monkeypatch.setattr(DOMNode, "rich_style", property(counted))
        for _ in range(6):
            await pilot.press("down")
        assert table.cursor_row == 6
        assert table not in worked_out  # every line painted with the style it kept

        monkeypatch.setattr(DOMNode, "rich_style", original)
        app.query_one("#box").add_class("-warm")  # an ancestor's background and colour change
        await pilot.pause()
        warm = table.rich_style
        assert warm != cold and warm == _fresh(table)

        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert table.rich_style == _fresh(table)
