"""The readable presentation (high contrast, more space; a larger font in the browser),
chosen per person and remembered on this machine.

Kept in the machine's preferences (``local.json``), keyed by the person's uuid (or
``privacy.TOGETHER`` for both looking at one screen), so each person's choice comes
back when they say they are at the keyboard. Never part of the shared data file."""

from __future__ import annotations

from typing import Any

PREF_KEY = "readable"
BROWSER_FONT = 16  # the page's font size in pixels, as served
BROWSER_FONT_READABLE = 22


def is_readable(prefs: Any, viewer: str | None) -> bool:
    chosen = prefs.get(PREF_KEY)
    return bool(viewer) and isinstance(chosen, dict) and chosen.get(viewer) is True


def set_readable(prefs: Any, viewer: str, on: bool) -> None:
    chosen = prefs.get(PREF_KEY)
    chosen = dict(chosen) if isinstance(chosen, dict) else {}
    if on:
        chosen[viewer] = True
    else:
        chosen.pop(viewer, None)
    prefs.set(PREF_KEY, chosen)


def browser_font(on: bool) -> int:
    return BROWSER_FONT_READABLE if on else BROWSER_FONT
