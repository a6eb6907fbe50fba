"""The Textual application: it opens the store, picks the first screen, and
offers every action through keys, the footer and the command palette."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from rmcoach import __version__
from rmcoach.model import Pair
from rmcoach.pairs import load_pair
from rmcoach.prefs import Prefs
from rmcoach.store import Store, StoreError


@dataclass(frozen=True)
class Area:
    """One place in the app: reachable by a key on the home screen and from the palette."""

    key: str
    title: str
    help: str
    action: str  # name of an RMCoachApp action, without the "action_" prefix
    needs_pair: bool = True


AREAS: tuple[Area, ...] = (
    Area("e", "Edit pair details", "Change names, roles, what each brings, the relationship's name and dates", "edit_pair"),
)


class RMCoachApp(App[int]):
    TITLE = "rmcoach"
    SUB_TITLE = f"v{__version__}"
    CSS = """
    .field-error { color: $error; height: auto; margin: 0 0 0 1; }
    .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, data_dir: Path, *, watch_interval: float = 2.0) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.store = Store(self.data_dir)
        self.prefs = Prefs(self.data_dir)
        self._watch_interval = watch_interval
        self._seen_generation = -1

    # ------------------------------------------------------------------ start-up
    def on_mount(self) -> None:
        theme = self.prefs.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self._watch_interval:
            self.set_interval(self._watch_interval, self.check_for_outside_changes)

    def get_default_screen(self) -> Screen:
        """The first screen is painted directly: home when a pair exists, else setup."""
        if self.current_pair() is None:
            from rmcoach.screens.setup import SetupScreen

            return SetupScreen(first_run=True)
        from rmcoach.screens.home import HomeScreen

        return HomeScreen()

    def _remember_theme(self, theme: object) -> None:
        self.prefs.set("theme", getattr(theme, "name", str(theme)))

    def current_pair(self) -> Pair | None:
        return load_pair(self.store)

    def show_home(self) -> None:
        from rmcoach.screens.home import HomeScreen

        if not isinstance(self.screen_stack[0], HomeScreen):
            # straight after first-run setup: the home screen gets a stack of its own
            self.add_mode("home", HomeScreen)
            self.switch_mode("home")
            return
        while len(self.screen_stack) > 1:  # the home screen is the base: drop what is above it
            self.pop_screen()

    # ------------------------------------------------------------------ outside changes
    def check_for_outside_changes(self) -> None:
        """Another process (a CLI command, a restore) changed the file: show it."""
        try:
            if not self.store.changed_on_disk():
                return
            self.store.check()
        except StoreError as exc:
            self.notify(str(exc), title="Data file problem", severity="error", timeout=15)
            return
        refresh = getattr(self.screen, "refresh_data", None)
        if callable(refresh):
            refresh()

    def save_failed(self, exc: StoreError) -> None:
        self.notify(str(exc), title="Not saved", severity="error", timeout=12)

    # ------------------------------------------------------------------ actions
    def action_help(self) -> None:
        from rmcoach.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_edit_pair(self) -> None:
        from rmcoach.screens.setup import SetupScreen

        pair = self.current_pair()
        if pair is not None:
            self.push_screen(SetupScreen(first_run=False, pair=pair))

    def areas(self) -> Iterable[Area]:
        has_pair = self.current_pair() is not None
        return [a for a in AREAS if has_pair or not a.needs_pair]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "What rmcoach does and every key", self.action_help)
        for area in self.areas():
            yield SystemCommand(area.title, area.help, self._runner(area.action))

    def _runner(self, action: str) -> Callable[[], object]:
        return getattr(self, f"action_{action}")


def make_app(data_dir: Path | str, **kwargs: float) -> RMCoachApp:
    """The one factory used by the CLI, the Pilot tests and the snapshot tests."""
    return RMCoachApp(Path(data_dir), **kwargs)
