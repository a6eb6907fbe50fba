"""The tips library: every tip, filtered by moment, rendered as Markdown."""

from __future__ import annotations


from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, OptionList, Select
from textual.widgets.option_list import Option

from rmcoach.tips.library import MOMENTS, Tip, all_tips
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.lists import QuickOptionList
from rmcoach.screens.base import DataScreen

MOMENT_LABELS: dict[str, str] = {
    "first-meeting": "before a first meeting",
    "before-session": "before a session",
    "after-hard-session": "after a hard session",
    "resistance": "when resistance shows",
    "one-way": "when the exchange is one-way",
    "health-check-due": "when a health check is due",
    "drift": "when sessions drift",
    "jargon": "when explaining something technical",
    "closing": "when the relationship is closing",
    "any": "any time",
}
AUDIENCE_LABELS: dict[str, str] = {
    "tech-side": "for the one teaching technology",
    "wisdom-side": "for the one sharing professional wisdom",
    "both": "for both of you",
}


def audience_label(audience: str, names: dict[str, str]) -> str:
    """Who the tip is for, naming the person on that side of this pair when it is known."""
    label = AUDIENCE_LABELS.get(audience, audience)
    name = names.get(audience)
    return f"{label} ({name})" if name else label
ALL = "__all__"


def moment_label(moment: str) -> str:
    return MOMENT_LABELS.get(moment, moment.replace("-", " "))


class TipsScreen(DataScreen):
    """Browse all tips; the briefing picks one for the moment, here you can read them all."""

    DEFAULT_CSS = """
    TipsScreen #tp-body { height: 1fr; }
    TipsScreen #tp-left { width: 44; height: 1fr; border-right: solid $primary; }
    TipsScreen #tp-list { height: 1fr; }
    TipsScreen #tp-right { width: 1fr; height: 1fr; padding: 1 2 0 2; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("m", "moment", "Choose a moment"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._tips: list[Tip] = []

    def compose(self) -> ComposeResult:
        self.title = "Tips"
        tips = all_tips()
        counts = {m: sum(1 for t in tips if m in t.moments) for m in MOMENTS}
        options = [(f"Every moment ({len(tips)})", ALL)]
        options += [(f"{moment_label(m).capitalize()} ({counts[m]})", m) for m in MOMENTS if counts[m]]
        yield Header()
        with Horizontal(id="tp-body"):
            with Vertical(id="tp-left"):
                yield Select(options, allow_blank=False, value=ALL, id="tp-moment")
                yield QuickOptionList(id="tp-list")
            # the tip, in a pane of fixed size drawn once the highlight rests: a Markdown widget
            # built its blocks again and laid the screen out on every key (see widgets/detail.py)
            yield DetailPane(id="tp-right")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_data()
        self.query_one("#tp-list", OptionList).focus()

    def refresh_data(self) -> None:
        moment = str(self.query_one("#tp-moment", Select).value)
        tips = all_tips()
        self._tips = tips if moment == ALL else [t for t in tips if moment in t.moments]
        self._tips.sort(key=lambda t: t.title.casefold())
        listing = self.query_one("#tp-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(Text(t.title), id=t.id) for t in self._tips])
        if self._tips:
            listing.highlighted = 0
        self._show()

    @on(Select.Changed, "#tp-moment")
    def _moment_changed(self) -> None:
        self.refresh_data()
        self.query_one("#tp-list", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#tp-list")
    def _highlighted(self) -> None:
        self.when_resting(self._show)

    def current(self) -> Tip | None:
        listing = self.query_one("#tp-list", OptionList)
        index = listing.highlighted
        if index is None or not 0 <= index < len(self._tips):
            return None
        return self._tips[index]

    def _show(self) -> None:
        from rich.markdown import Markdown

        tip = self.current()
        pane = self.query_one("#tp-right", DetailPane)
        if tip is None:
            pane.show(Text("No tips for this moment; choose another with m.", style="italic"))
            return
        meta = Text(style="dim")
        meta.append("Fits: ", style="bold")
        meta.append(", ".join(moment_label(m) for m in tip.moments))
        meta.append(f"  ·  {audience_label(tip.audience, self._side_names())}\n")
        # the library's own Markdown (our text, never a person's)
        pane.show(meta, Text(tip.title + "\n", style="bold underline"), Markdown(tip.body, hyperlinks=False))

    def _side_names(self) -> dict[str, str]:
        """{"tech-side": name, "wisdom-side": name} for the current pair (empty without one)."""
        if getattr(self, "_names", None) is None:
            from rmcoach.infra.textsafe import one_line
            from rmcoach.tips.sides import TECH_SIDE, WISDOM_SIDE, sides

            app = self.rm
            pair = app.current_pair()
            self._names: dict[str, str] | None = {}
            if pair is not None:
                who = sides(app.store, pair)
                for side in (TECH_SIDE, WISDOM_SIDE):
                    person = pair.person(who.person_on(side))
                    if person is not None:
                        self._names[side] = one_line(person.name, 40)
        return self._names or {}

    def show_tip(self, tip_id: str) -> None:
        """Open on one tip (e.g. from the briefing)."""
        self.query_one("#tp-moment", Select).value = ALL
        self.refresh_data()
        index = next((i for i, t in enumerate(self._tips) if t.id == tip_id), None)
        if index is not None:
            self.query_one("#tp-list", OptionList).highlighted = index

    def action_moment(self) -> None:
        select = self.query_one("#tp-moment", Select)
        select.focus()
        select.action_show_overlay()

    def action_back(self) -> None:
        self.dismiss()
