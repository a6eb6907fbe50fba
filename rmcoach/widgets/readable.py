"""The readable presentation in the app: a high-contrast theme, more space between
things, plain-white hints, and (in a browser tab served by ``rmcoach serve``) a larger
font. F3 or the palette turns it on or off for the person at the keyboard; the choice
is remembered for that person (``rmcoach.storage.readable``)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, cast

from textual.theme import Theme

from rmcoach.storage.readable import browser_font, is_readable, set_readable

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp

THEME_NAME = "rmcoach-readable"
SERVED_ENV = "RMCOACH_SERVED"  # set by `rmcoach serve` for the app it starts in each tab

HIGH_CONTRAST = Theme(
    name=THEME_NAME,
    primary="#FFD700",
    secondary="#7FDBFF",
    accent="#FFD700",
    warning="#FFB000",
    error="#FF6B6B",
    success="#5CFF5C",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1C1C1C",
    boost="#2A2A2A",
    dark=True,
    text_alpha=1.0,
    luminosity_spread=0.05,
    variables={
        "text-muted": "#FFFFFF",
        "footer-key-foreground": "#FFD700",
        "block-cursor-background": "#FFD700",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
        "input-selection-background": "#FFD700 60%",
        "border": "#FFFFFF",
        "border-blurred": "#BBBBBB",
    },
)

# more room around things; nothing here changes what a screen holds, only how it breathes
READABLE_CSS = """
App.-readable Screen { padding: 0 1; }
App.-readable .hint { color: $foreground; text-style: italic; }
App.-readable Input, App.-readable TextArea, App.-readable Select, App.-readable Checkbox,
App.-readable RadioSet, App.-readable SelectionList, App.-readable Button { margin: 0 0 1 0; }
App.-readable Input:focus, App.-readable TextArea:focus { border: thick $accent; }
App.-readable OptionList, App.-readable DataTable, App.-readable ListView { margin: 0 0 1 0; }
App.-readable DataTable > .datatable--cursor { text-style: bold; }
/* ticked and unticked must not look alike: grey on black when off, black on green when on */
App.-readable ToggleButton > .toggle--button { color: #8A8A8A; background: #000000; }
App.-readable ToggleButton.-on > .toggle--button { color: #000000; background: #5CFF5C; text-style: bold; }
App.-readable SelectionList > .selection-list--button,
App.-readable SelectionList > .selection-list--button-highlighted { color: #8A8A8A; background: #000000; }
App.-readable SelectionList > .selection-list--button-selected,
App.-readable SelectionList > .selection-list--button-selected-highlighted {
    color: #000000; background: #5CFF5C; text-style: bold;
}
"""


class ReadableMixin:
    """For RMCoachApp: ``apply_readable()`` after the viewer changes, F3 to toggle."""

    def readable_on(self) -> bool:
        return is_readable(self.prefs, self.viewer)  # type: ignore[attr-defined]

    def apply_readable(self) -> None:
        on = self.readable_on()
        app = cast("RMCoachApp", self)
        if THEME_NAME not in app.available_themes:
            app.register_theme(HIGH_CONTRAST)
        app.set_class(on, "-readable")
        if on and app.theme != THEME_NAME:
            app.theme = THEME_NAME
        elif not on and app.theme == THEME_NAME:
            normal = app.prefs.get("theme")
            app.theme = normal if isinstance(normal, str) and normal in app.available_themes else "textual-dark"
        if os.environ.get(SERVED_ENV) and app.is_web:
            # the page in the browser changes its font size when it sees this (rmcoach.web.serve)
            app.open_url(f"rmcoach:font/{browser_font(on)}")

    def action_toggle_readable(self) -> None:
        app = cast("RMCoachApp", self)
        if not app.viewer:
            app.notify("Say who is at the keyboard first (F2): the readable view is remembered for each person.")
            return
        on = not self.readable_on()
        set_readable(app.prefs, app.viewer, on)
        self.apply_readable()
        app.notify("Readable view on: high contrast and more space." if on else "Readable view off.", timeout=3)
