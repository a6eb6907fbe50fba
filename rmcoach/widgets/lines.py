"""Widgets that are lines of text: a tick box and a short list of choices.

The who-is-here question is the first frame of most launches, and Textual's own tick box
and option list (their widget families, their styles, a scrolling view) cost that frame
more than the rest of the question.  These draw the same things as text, and read
without colour: ``[x]`` / ``[ ]`` for the tick box, a marker and bold for the highlighted
choice.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.events import Click, MouseMove
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static


class TickLine(Static, can_focus=True):
    """A tick box drawn as text, ``[x]`` or ``[ ]`` before its label (it reads without colour):
    space, enter or a click ticks or unticks it.  The question is the first frame of most
    launches, and Textual's own tick box (its widget family and their styles) cost that
    frame more than the rest of the question."""

    BINDINGS = [Binding("space,enter", "tick", "Tick", show=False)]
    DEFAULT_CSS = """
    TickLine { width: auto; height: auto; }
    TickLine:focus { background: $block-cursor-background; color: $block-cursor-foreground; }
    """

    class Changed(Message):
        def __init__(self, tick: TickLine) -> None:
            super().__init__()
            self.tick = tick

        @property
        def control(self) -> TickLine:
            return self.tick

    def __init__(self, label: str, *, value: bool = False, id: str | None = None) -> None:
        self.label = label
        self._value = value
        super().__init__(self._drawn(), id=id)

    def _drawn(self) -> Text:
        text = Text("[x] " if self._value else "[ ] ", style="bold")
        text.append(self.label)
        return text

    @property
    def value(self) -> bool:
        return self._value

    @value.setter
    def value(self, value: bool) -> None:
        if value != self._value:
            self._value = value
            self.update(self._drawn())
            self.post_message(self.Changed(self))

    def toggle(self) -> None:
        self.value = not self._value

    def action_tick(self) -> None:
        self.toggle()

    def on_click(self, event: Click) -> None:
        event.stop()
        self.toggle()


class Choices(Widget, can_focus=True):
    """A few choices, one per line: up and down move the highlight, enter chooses it, and a
    click chooses the line clicked (the mouse highlights the line it is over)."""

    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
        Binding("enter", "choose", "Choose", show=False),
    ]
    COMPONENT_CLASSES = {"choices--highlight"}
    DEFAULT_CSS = """
    Choices { height: auto; border: tall $border-blurred; padding: 0 1; background: $surface; }
    Choices:focus { border: tall $border; }
    Choices > .choices--highlight { background: $block-cursor-blurred-background; text-style: bold; }
    Choices:focus > .choices--highlight {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    """

    highlighted: reactive[int] = reactive(0)

    class Chosen(Message):
        """A choice was made: ``choice`` is its id."""

        def __init__(self, choices: Choices, choice: str) -> None:
            super().__init__()
            self.choices = choices
            self.choice = choice

        @property
        def control(self) -> Choices:
            return self.choices

    def __init__(self, options: list[tuple[Text, str]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.options = options

    def validate_highlighted(self, index: int) -> int:
        return max(0, min(index, len(self.options) - 1))

    def render(self) -> Text:
        style = self.get_component_rich_style("choices--highlight")
        lines = []
        for index, (label, _) in enumerate(self.options):
            chosen = index == self.highlighted
            line = Text("> " if chosen else "  ")
            line.append_text(label)
            if chosen:  # the whole width, as a list's cursor
                line.pad_right(max(0, self.size.width - line.cell_len))
                line.stylize(style)
            lines.append(line)
        return Text("\n").join(lines)

    def action_move(self, step: int) -> None:
        self.highlighted = (self.highlighted + step) % len(self.options)

    def action_move_to(self, index: int) -> None:
        self.highlighted = index % len(self.options)

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self, self.options[self.highlighted][1]))

    def _line_at(self, event: Click | MouseMove) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None or not 0 <= offset.y < len(self.options):
            return None
        return offset.y

    def on_mouse_move(self, event: MouseMove) -> None:
        line = self._line_at(event)
        if line is not None:
            self.highlighted = line

    def on_click(self, event: Click) -> None:
        line = self._line_at(event)
        if line is not None:
            event.stop()
            self.highlighted = line
            self.action_choose()
