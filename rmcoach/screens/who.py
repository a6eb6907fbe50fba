"""Who is at the keyboard?  Asked at every launch (unless this computer is marked as
one person's own), switchable from anywhere (F2).

One key answers: 1 or 2 for either person, t for both of you together.  The
"this is my computer" box marks the computer as the chosen person's, so rmcoach
opens as them next time; it changes nothing unless it is touched.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, Static

from rmcoach.records.model import Pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.lines import Choices, TickLine
from rmcoach.screens.base import AppModal


class WhoAnswer(NamedTuple):
    """Who is here, and what to do with this computer's owner mark."""

    viewer: str
    owner_change: bool = False  # True: set the owner to ``owner``
    owner: str | None = None


class WhoScreen(AppModal[WhoAnswer | None]):
    DEFAULT_CSS = """
    WhoScreen { align: center middle; }
    /* at launch nothing of the pair's screens shows until someone says who is here (and a
       plain background spares the first frame drawing the screen underneath, dimmed) */
    WhoScreen.-launch { background: $background; }
    WhoScreen > Vertical { width: 70; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    WhoScreen Choices { margin: 1 0 0 0; }
    WhoScreen #who-owner, WhoScreen #who-mine { margin: 1 0 0 0; }
    """
    BINDINGS = [
        Binding("1", "pick(0)", "First person", show=False),
        Binding("2", "pick(1)", "Second person", show=False),
        Binding("t,3", "pick_together", "Both of us", show=False),
        Binding("m", "toggle_mine", "My computer"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, pair: Pair, current: str | None, *, owner: str | None = None,
                 allow_owner: bool = True, at_launch: bool = False) -> None:
        super().__init__(classes="-launch" if at_launch else None)
        self.pair = pair
        self.current = current
        self.owner = owner
        self.allow_owner = allow_owner  # a browser tab never marks a computer as someone's
        self._mine_touched = False

    def compose(self) -> ComposeResult:
        options = []
        for number, person in enumerate(self.pair.people[:2], start=1):
            label = Text(f"{number}  ", style="bold")
            label.append(printable(person.name, keep_newlines=False))
            options.append((label, person.uuid))
        together = Text("t  ", style="bold")
        together.append("Both of us, together (private notes stay hidden)")
        options.append((together, TOGETHER))
        with Vertical():
            yield Label("Who is at the keyboard?")
            yield Static(
                "Press 1 or 2 for one of you, t for both together. Private notes are shown only to "
                "their author; looking together, everything private stays hidden.",
                classes="hint",
            )
            yield Choices(options)
            if self.allow_owner:
                owner = self.pair.person(self.owner) if self.owner else None
                if owner is not None:
                    yield Static(Text(f"This computer is marked as {printable(owner.name, keep_newlines=False)}'s: "
                                      "rmcoach opens as them without asking. Untick the box (m) and choose "
                                      "them to stop that."), classes="hint", id="who-owner")
                # ticked while the computer is marked, whoever is at the keyboard now (as the
                # line above says); it changes the mark only if it is touched
                yield TickLine("This is my computer: open as me without asking (m)", id="who-mine",
                               value=owner is not None)
        yield KeysFooter()

    def on_mount(self) -> None:
        choices = self.query_one(Choices)
        ids = [p.uuid for p in self.pair.people[:2]] + [TOGETHER]
        choices.highlighted = ids.index(self.current) if self.current in ids else 0
        choices.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_mine":
            return self.allow_owner
        return True

    @on(TickLine.Changed, "#who-mine")
    def _mine_changed(self) -> None:
        self._mine_touched = True

    def action_toggle_mine(self) -> None:
        for box in self.query("#who-mine").results(TickLine):
            box.toggle()

    @on(Choices.Chosen)
    def _chosen(self, event: Choices.Chosen) -> None:
        event.stop()
        self._answer(event.choice)

    def action_pick(self, index: int) -> None:
        if 0 <= index < len(self.pair.people):
            self._answer(self.pair.people[index].uuid)

    def action_pick_together(self) -> None:
        self._answer(TOGETHER)

    def _answer(self, viewer: str) -> None:
        boxes = list(self.query("#who-mine").results(TickLine))
        mine = boxes[0].value if boxes else False
        if not self._mine_touched or not boxes:
            self._finish(WhoAnswer(viewer))
            return
        if viewer == TOGETHER:
            if mine:
                self.notify("A computer is one person's own: choose 1 or 2 with the box ticked.",
                            severity="warning", timeout=5)
                return
            self._finish(WhoAnswer(viewer))
            return
        if mine:
            self._finish(WhoAnswer(viewer, owner_change=True, owner=viewer))
        elif self.owner == viewer:
            self._finish(WhoAnswer(viewer, owner_change=True, owner=None))
        else:
            self._finish(WhoAnswer(viewer))

    def _finish(self, answer: WhoAnswer | None) -> None:
        """Give the answer: to whoever asked, or - asked as the launch's first screen, with
        nothing beneath it - to the app, which puts the pair's first screen in its place."""
        if self.app.screen_stack[:1] == [self]:
            self.rm.answered_at_launch(answer)
        else:
            self.dismiss(answer)

    def action_cancel(self) -> None:
        # not saying is allowed: then nobody is at the keyboard as far as rmcoach knows,
        # and everything private stays hidden until someone says who they are (F2)
        self._finish(None)
