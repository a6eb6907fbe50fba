"""The exchange balance: which way the teaching has flowed, lately and overall."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from rmcoach.features.balance import DEFAULT_RECENT, MEASURES, Balance, Split, bar, compute, nudge
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter

BAR = 30


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def render_split(split: Split, balance: Balance, names: dict[str, str]) -> Text:
    first, second = balance.directions
    text = Text()
    label_a = f"{names[first.teacher]} → {names[first.learner]}"
    label_b = f"{names[second.teacher]} → {names[second.learner]}"
    text.append("  ")
    text.append("█ ", style="green")
    text.append(printable(label_a, keep_newlines=False))
    text.append("     ")
    text.append("░ ", style="cyan")
    text.append(printable(label_b, keep_newlines=False) + "\n")
    for measure, title in MEASURES:
        values = getattr(split, measure)
        a, b = values.get(first, 0), values.get(second, 0)
        share = split.share(measure, first)
        text.append(f"  {title:<18}")
        shape = bar(share, BAR)
        left = shape.count("█")
        if share is None:
            text.append(shape, style="dim")
            text.append("  nothing yet\n", style="dim")
            continue
        text.append(shape[:left], style="green")
        text.append(shape[left:], style="cyan")
        text.append(f"  {_fmt(a)} : {_fmt(b)}\n")
    return text


class BalanceScreen(Screen[None]):
    DEFAULT_CSS = """
    BalanceScreen VerticalScroll { padding: 1 2; }
    BalanceScreen .heading { text-style: bold; color: $accent; margin: 1 0 0 0; }
    BalanceScreen #nudge { color: $warning; margin: 0 0 1 0; }
    """
    BINDINGS = [
        Binding("+,=", "more", "More sessions", key_display="+"),
        Binding("-", "fewer", "Fewer sessions", key_display="-"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.recent = DEFAULT_RECENT

    def compose(self) -> ComposeResult:
        pair = self.app.current_pair()  # type: ignore[attr-defined]
        self.title = f"{pair.title} - which way it flows" if pair else "Exchange balance"
        yield Header()
        with VerticalScroll():
            yield Static("", id="nudge")
            yield Static("", id="recent-title", classes="heading")
            yield Static("", id="recent")
            yield Static("The whole relationship", classes="heading")
            yield Static("", id="whole")
            yield Static(
                "\nA session counts for a direction when something was taught that way in it. Skill steps are moves up "
                "the ladder; learnings count for the person who logged them; minutes are split evenly over what "
                "each session covered. Nobody needs a perfect 50:50 - but if one bar is almost solid, ask whether "
                "the other person has had room to teach.", classes="hint")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_data()

    def refresh_data(self) -> None:
        app: Any = self.app
        pair = app.current_pair()
        balance = compute(app.store, pair, app.viewer, self.recent)
        names = {p.uuid: p.name for p in pair.people}
        message = nudge(balance, names)
        self.query_one("#nudge", Static).update(Text("! " + printable(message)) if message else "")
        self.query_one("#nudge", Static).display = bool(message)
        held = balance.recent.session_count
        if held:
            since = balance.recent.since or ""
            title = f"The last {held} session{'s' if held != 1 else ''} (since {since})  ·  + / - to change"
        else:
            title = "Lately: no sessions logged yet - the bars fill in as you log sessions and skills"
        self.query_one("#recent-title", Static).update(title)
        self.query_one("#recent", Static).update(render_split(balance.recent, balance, names))
        self.query_one("#whole", Static).update(render_split(balance.whole, balance, names))

    def action_more(self) -> None:
        self.recent = min(52, self.recent + 1)
        self.refresh_data()

    def action_fewer(self) -> None:
        self.recent = max(1, self.recent - 1)
        self.refresh_data()

    def action_back(self) -> None:
        self.dismiss()
