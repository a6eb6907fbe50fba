"""Search everything the pair wrote, as you type; Enter opens a result where it belongs."""

from __future__ import annotations

from typing import Any, TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import DataTable, Header, Input, Static

from rmcoach.screens.learnings import short_name
from rmcoach.features.search import Hit, Searcher, record_text
from rmcoach.infra.textsafe import one_line, printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.inputs import TypingInput
from rmcoach.widgets.tables import ListTable
from rmcoach.screens.base import AppModal, DataScreen

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp

# The results follow the typing once it pauses this long.  Rewriting the result table
# repaints every visible cell of it (Textual's DataTable drops its whole render cache on
# any cell update), which costs more than a frame; a person typing a word presses keys
# closer together than this, so the table is rewritten once per pause, not per letter.
DEBOUNCE = 0.2
SHOWN = 40  # a screenful and a bit; more words narrow it down
WHERE, WHERE_NARROW = 22, 16  # cells of the "Where" column, from 100 columns and below


def highlighted(hit: Hit) -> Text:
    text = Text(printable(hit.snippet, keep_newlines=False))
    for start, end in hit.spans:
        text.stylize("bold reverse", start, end)
    return text


def screen_for(app: RMCoachApp, table: str, area_id: str | None) -> type[DataScreen] | None:
    """The area screen that can show a record of ``table`` (it lists the table in SHOWS), if any."""
    areas = list(app.areas())
    areas.sort(key=lambda a: a.id != area_id)  # the source's own area first
    for area in areas:
        if area.screen is None:
            continue
        cls = area.screen()
        if table in cls.SHOWS:
            return cls
    return None


class RecordModal(AppModal[None]):
    """A found record, read-only, when no area shows it."""

    DEFAULT_CSS = """
    RecordModal { align: center middle; }
    RecordModal > VerticalScroll { width: 90%; max-width: 100; height: auto; max-height: 90%; border: thick $accent; background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape,q,enter", "close", "Close")]

    def __init__(self, hit: Hit, record: dict[str, Any]) -> None:
        super().__init__()
        self.hit = hit
        self.record = record

    def compose(self) -> ComposeResult:
        text = Text()
        text.append(f"{self.hit.entry.kind.capitalize()}", style="bold")
        if self.hit.entry.day:
            text.append(f" · {self.hit.entry.day}")
        text.append("\n")
        for label, body in record_text(self.record, self.hit.table):
            text.append(f"\n{label.capitalize()}\n", style="bold underline")
            text.append(printable(body) + "\n")
        with VerticalScroll():
            yield Static(text)
            yield Static("Escape closes", classes="hint")

    def action_close(self) -> None:
        self.dismiss()


class SearchScreen(DataScreen):
    DEFAULT_CSS = """
    SearchScreen #query { margin: 0 1; }
    SearchScreen #summary { padding: 0 2; color: $text-muted; height: 1; }
    SearchScreen.-narrow #summary { height: 2; }  /* its longest line wraps below 100 columns */
    SearchScreen DataTable { height: 1fr; margin: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("down", "to_results", "Results", show=False),
        Binding("ctrl+f", "to_query", "Edit search"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self._hits: list[Hit] = []
        self._rows: list[tuple[object, ...]] = []  # what each table row shows now
        self._where = WHERE

    def compose(self) -> ComposeResult:
        pair = self.rm.current_pair()
        self.title = f"{pair.title} - search" if pair else "Search"
        yield Header()
        yield TypingInput(placeholder="Type to search notes, learnings, skills, action items, the agreement…", id="query")
        yield Static("", id="summary")
        yield ListTable(id="results", cursor_type="row", zebra_stripes=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.searcher = Searcher(self.rm.store)
        table = self.query_one(DataTable)
        width = self.app.size.width
        self._where = WHERE if width >= 100 else WHERE_NARROW
        table.add_column("Kind", key="kind", width=13)
        table.add_column("Date", key="date", width=10)
        table.add_column("Where", key="where", width=self._where)
        # a fixed width (what the screen leaves: margins, cell padding, the scroll bar), so rewriting
        # cells never re-measures the table, and nothing runs past the right edge at 80 columns
        table.add_column("Found", key="found", width=max(20, width - 13 - 10 - self._where - 14))
        self.refresh_data()
        self.query_one("#query", Input).focus()

    @on(Input.Changed, "#query")
    def _typed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self.refresh_data)

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        self.refresh_data()
        if self._hits:
            self.query_one(DataTable).focus()

    def refresh_data(self) -> None:
        app = self.rm
        query = self.query_one("#query", Input).value
        self._hits = self.searcher.search(query, app.viewer)
        table = self.query_one(DataTable)
        pair = app.current_pair()
        rows: list[tuple[object, ...]] = []
        for hit in self._hits[:SHOWN]:
            who = short_name(pair, hit.entry.person) if hit.entry.person and pair and pair.person(hit.entry.person) else ""
            where = hit.entry.name or " · ".join(x for x in (who, hit.entry.label) if x)
            found = highlighted(hit)
            found.no_wrap, found.overflow = True, "ellipsis"  # a long match ends in "…", not mid-word
            rows.append((hit.entry.kind, hit.entry.day, Text(one_line(where, self._where)), found))
        # rows are keyed by position: rewrite only the cells that changed in rows that
        # stay and add or drop only the difference, so typing a letter does not lay the
        # whole table out again (and a letter that changes nothing repaints nothing)
        before = table.row_count
        columns = [column.key for column in table.ordered_columns]
        for index, row in enumerate(rows[:before]):
            shown = self._rows[index] if index < len(self._rows) else ()
            for position, (column, value) in enumerate(zip(columns, row)):
                if position >= len(shown) or shown[position] != value:
                    table.update_cell(str(index), column, value)
        for index in range(before, len(rows)):
            table.add_row(*rows[index], key=str(index))
        for index in range(len(rows), before):
            table.remove_row(str(index))
        self._rows = rows
        # one line of fixed height: updating it never needs a new layout while typing
        if not query.strip():
            message = "Type a word or two; every word must appear. Private notes show only for their author."
        elif not self._hits:
            message = f"Nothing matches \u201c{one_line(query.strip(), 40)}\u201d - try fewer or shorter words."
        else:
            more = f" (showing the best {SHOWN})" if len(self._hits) > SHOWN else ""
            message = f"{len(self._hits)} found{more} · Enter opens one · ctrl+f back to the search box"
        self.query_one("#summary", Static).update(Text(message), layout=False)

    def action_to_results(self) -> None:
        if self._hits:
            self.query_one(DataTable).focus()

    def action_to_query(self) -> None:
        self.query_one("#query", Input).focus()

    @on(DataTable.RowSelected)
    async def _open(self, event: DataTable.RowSelected) -> None:
        index = int(str(event.row_key.value))
        if 0 <= index < len(self._hits):
            await self.open_hit(self._hits[index])

    async def open_hit(self, hit: Hit) -> None:
        app = self.rm
        record = app.store.get(hit.table, hit.uuid)
        if record is None:
            self.notify("That item has been removed since you searched.", timeout=3)
            self.refresh_data()
            return
        cls = screen_for(app, hit.table, hit.entry.area)
        if cls is None:
            await app.push_screen(RecordModal(hit, record))
            return
        screen = cls()
        await app.push_screen(screen)
        screen.show_record(hit.table, hit.uuid)

    def action_back(self) -> None:
        self.dismiss()
