"""The home screen: the pair at a glance and the way into every area."""

from __future__ import annotations

import datetime as _dt

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Static

from rmcoach.areas import key_of
from rmcoach.infra import clock
from rmcoach.records.model import Pair, Person
from rmcoach.features.status import StatusContext, collect
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.screens.base import DataScreen
from rmcoach.infra.wording import plural


def _person_card(person: Person, other: Person | None) -> Text:
    text = Text()
    text.append(printable(person.name, keep_newlines=False), style="bold")
    if person.role:
        text.append("\n" + printable(person.role, keep_newlines=False), style="italic")
    if person.brings:
        text.append("\n\nBrings: ", style="bold")
        text.append(printable(person.brings))
    if person.wants:
        text.append("\n\nWants to learn: ", style="bold")
        text.append(printable(person.wants))
    if not person.brings and not person.wants:
        text.append("\n\nNothing yet about what you bring or want to learn - press e to add it.", style="dim")
    del other
    return text


def pair_summary(pair: Pair, today: _dt.date | None = None) -> Text:
    today = today or clock.today()
    text = Text()
    text.append(printable(pair.title, keep_newlines=False), style="bold")
    names = " & ".join(printable(p.name, keep_newlines=False) for p in pair.people)
    text.append(f"  ·  {names}")
    if pair.context:
        text.append("\n" + printable(pair.context, keep_newlines=False), style="italic")
    day = pair.day_number(today)
    start = pair.start.strftime("%a %-d %b %Y")
    if day < 1:
        when = f"Starts {start} (in {plural(1 - day, 'day')})"
    else:
        week = (day - 1) // 7 + 1
        when = f"Started {start} · week {week}"
        if pair.end:
            total = max(1, round((pair.end - pair.start).days / 7))
            when += f" of about {total}"
            if today > pair.end:
                when += " · the planned time is over"
    text.append("\n" + when)
    return text


_LEVELS = {
    "ok": ("✓", "green"),
    "todo": ("○", "yellow"),
    "nudge": ("!", "bold magenta"),
    "info": ("·", "dim"),
}


class HomeScreen(DataScreen):
    AREA_KEYS = True  # every area key works here
    DEFAULT_CSS = """
    HomeScreen VerticalScroll { padding: 1 2; }
    HomeScreen #summary { margin: 0 0 1 0; }
    HomeScreen #status { margin: 0 0 1 0; height: auto; }
    HomeScreen #people { height: auto; }
    HomeScreen .card { width: 1fr; height: auto; border: round $primary; padding: 0 1; margin: 0 1 0 0; }
    HomeScreen #areas-title { text-style: bold; color: $accent; }
    HomeScreen #areas { margin: 0 0 1 0; }
    """
    # w logs a session here as on the briefing and the sessions list (one letter, one meaning)
    BINDINGS = [Binding("q", "app.quit", "Quit", show=False), Binding("w", "app.log_session", "Log session")]

    def __init__(self) -> None:
        super().__init__()
        for area in self.rm.areas():
            # listed with their keys in "What you can do" near the top; the footer keeps to the
            # keys that work everywhere, so "?" and the palette stay visible in a narrow terminal
            self._bindings.bind(area.key, f"app.open({area.key!r})", area.title.split(" ")[0], show=False)

    def compose(self) -> ComposeResult:
        summary, cards, areas = self._content()
        yield Header()
        with VerticalScroll():
            yield Static(summary, id="summary")
            # "where you stand" asks every feature; it is filled in right after the first paint
            yield Static(id="status").set_styles(display="none")
            yield Static("What you can do", id="areas-title")
            yield Static(areas, id="areas")
            with Horizontal(id="people"):
                for index, card in enumerate(cards, start=1):
                    yield Static(card, classes="card", id=f"card-{index}")
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.rm.store_opened:  # else the app calls store_opened once the file is read
            self.store_opened()

    def store_opened(self) -> None:
        self._shown_generation = self.rm.store.generation
        # after the first frame is on screen, so the pair is visible at once
        self.set_timer(0.02, self._show_status)

    status_shown = False  # the "where you stand" lines are in (they follow the first paint)

    def _show_status(self) -> None:
        status = self._status()
        widget = self.query_one("#status", Static)
        widget.update(status)
        widget.display = bool(status.plain)
        self.status_shown = True

    def on_screen_resume(self) -> None:
        if self.rm.store_opened and self._shown_generation != self.rm.store.generation:
            self.refresh_data()

    def _content(self) -> tuple[Text, list[Text], Table]:
        pair = self.rm.current_pair()
        if pair is None:
            return Text(), [], Table.grid()
        self.title = f"rmcoach - {pair.title}"
        cards = [_person_card(person, pair.other(person.uuid)) for person in pair.people[:2]]
        # a grid, so a description that wraps stays in its own column under itself
        areas = Table.grid(padding=(0, 1))
        areas.add_column(no_wrap=True)
        areas.add_column(ratio=1)
        rows = [(a.key, a.title, a.help) for a in self.rm.areas()]
        rows += [("?", "Help", "every key, where your data lives, and the commands for the shell"),
                 ("^p", "Command palette", "find any action by typing part of its name")]
        for key, title, help_text in rows:
            line = Text(title, style="bold")
            line.append(f" - {help_text}", style="")
            areas.add_row(Text(f" {key} ", style="reverse bold"), line)
        return pair_summary(pair), cards, areas

    def _status(self) -> Text:
        pair = self.rm.current_pair()
        text = Text()
        if pair is None:
            return text
        ctx = StatusContext(store=self.rm.store, pair=pair, viewer=self.rm.viewer, now=clock.now())
        for line in collect(ctx):
            marker, style = _LEVELS.get(line.level, _LEVELS["info"])
            text.append(f"{marker} ", style=style)
            text.append(printable(line.text, keep_newlines=False))
            key = key_of(line.area)
            if key:
                text.append(f"  [{key}]", style="dim")
            text.append("\n")
        text.rstrip()
        return text

    def refresh_data(self) -> None:
        if not self.query("#summary"):
            return  # not composed yet: store_opened draws it
        self._shown_generation = self.rm.store.generation
        summary, cards, areas = self._content()
        self.query_one("#summary", Static).update(summary)
        self._show_status()
        for index, card in enumerate(cards, start=1):
            self.query_one(f"#card-{index}", Static).update(card)
        self.query_one("#areas", Static).update(areas)
