"""The Textual application: it opens the store, picks the first screen, and
offers every action through keys, the footer and the command palette."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from functools import partial
from typing import Iterable

from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.binding import Binding
from textual.screen import Screen

from rmcoach import __version__
from rmcoach.records.model import Pair, Person
from rmcoach.records.pairs import load_pair
from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import Store, StoreError
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.readable import READABLE_CSS, THEME_NAME as READABLE_THEME, ReadableMixin


@dataclass(frozen=True)
class Area:
    """One place in the app: reachable by a key on the home screen and from the palette.

    ``target`` is either the name of an RMCoachApp action (without ``action_``)
    or ``"module:ScreenClass"`` under ``rmcoach.screens`` - such a screen is
    imported only when opened and is constructed with no arguments.
    """

    key: str
    title: str
    help: str
    target: str
    needs_pair: bool = True


# Each feature adds its line here; the home screen, the footer, the help
# screen and the command palette are all built from this one list.
AREAS: tuple[Area, ...] = (
    Area("e", "Edit pair details", "Change names, roles, what each brings, the relationship's name and dates", "edit_pair"),
    Area("t", "Trust and agreement", "Readiness, the first meeting guide, trust exercises, your agreement and health checks", "trust:TrustScreen"),
    Area("b", "Briefing", "Before a session: who leads which half, the agenda, last time's recap and a tip", "briefing:BriefingScreen"),
    Area("c", "Sessions and actions", "Log a session, browse and search past ones, tick off action items, skip or move a session", "sessions:SessionsScreen"),
    Area("v", "Review together", "Look back: sessions kept, how they felt, progress both ways, goals, the close", "review:ReviewScreen"),
    Area("s", "Skills swapped", "Skills each of you is learning from the other: level, practice tasks, teach-backs", "skills:SkillsScreen"),
    Area("l", "Learnings", "Everything you have logged as learned, by person, skill, tag and date (ctrl+l logs one from anywhere)", "learnings:LearningsScreen"),
    Area("x", "Exchange balance", "How the teaching splits between the two directions, lately and overall", "balance:BalanceScreen"),
    Area("f", "Search everything", "Find any note, learning, skill, action item or agreement text as you type", "search:SearchScreen"),
    Area("j", "Jargon and glossary", "Plain words for technical terms, your own terms, what you both know now (ctrl+j checks any text)", "jargon:GlossaryScreen"),
    Area("d", "Find the cause of resistance", "A guided diagnostic about one technology or skill, with strategies to try", "resistance:ResistanceScreen"),
    Area("i", "Tips", "Short coaching tips for each moment: before a session, when resistance shows, and more", "tips:TipsScreen"),
)


class RMCoachApp(ReadableMixin, App[int]):
    TITLE = "rmcoach"
    SUB_TITLE = f"v{__version__}"
    # every screen gets -narrow below 100 columns: side-by-side panes stack, so an
    # 80-column terminal still shows whole names and sentences
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    CSS = """
    .field-error { color: $error; height: auto; margin: 0 0 0 1; }
    .hint { color: $text-muted; }
    """ + READABLE_CSS
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("f2", "switch_person", "Who's here"),
        Binding("f3", "toggle_readable", "Readable", show=False,
                tooltip="Readable view: high contrast and more space, for this person"),
        Binding("ctrl+l", "log_learning", "Log learning"),
        Binding("ctrl+j", "check_jargon", "Check jargon"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, data_dir: Path, *, watch_interval: float = 2.0, always_ask: bool = False) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        # a shared screen (a browser tab) never inherits who sat here last: it asks each time
        self.always_ask = always_ask
        self.store = Store(self.data_dir)
        self.prefs = Prefs(self.data_dir)
        self._watch_interval = watch_interval
        self.viewer: str | None = None  # a person's uuid, or privacy.TOGETHER
        # area keys work on the hub screens (those with AREA_KEYS = True: home, briefing,
        # review), so a stray letter in a busy form never navigates away
        for area in AREAS:
            self._bindings.bind(area.key, f"open({area.key!r})", area.title, show=False)

    # ------------------------------------------------------------------ start-up
    def on_mount(self) -> None:
        theme = self.prefs.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._restore_viewer()
        if self._watch_interval:
            self.set_interval(self._watch_interval, self.check_for_outside_changes)

    def get_default_screen(self) -> Screen:
        """The first screen is painted directly: home when a pair exists, else setup."""
        if self.current_pair() is None:
            from rmcoach.screens.setup_forms import SetupScreen

            return SetupScreen(first_run=True)
        from rmcoach.features.checkins import load_schedule

        if load_schedule(self.store) is not None:  # a rhythm is set: brief them first
            from rmcoach.screens.briefing import BriefingScreen

            return BriefingScreen()
        from rmcoach.screens.home import HomeScreen

        return HomeScreen()

    def _remember_theme(self, theme: object) -> None:
        name = getattr(theme, "name", str(theme))
        if name != READABLE_THEME:  # the readable view is remembered per person, not as this machine's theme
            self.prefs.set("theme", name)

    # ------------------------------------------------------------------ who is here
    def _restore_viewer(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        remembered = None if self.always_ask else self.prefs.get("viewer")
        if remembered == TOGETHER or (isinstance(remembered, str) and pair.person(remembered)):
            self.set_viewer(remembered, remember=False)
        else:
            self.call_after_refresh(self.action_switch_person)

    def set_viewer(self, viewer: str, *, remember: bool = True) -> None:
        self.viewer = viewer
        if remember and not self.always_ask:
            self.prefs.set("viewer", viewer)
        self._show_viewer()
        self.apply_readable()
        self.refresh_screen()

    def refresh_screen(self) -> None:
        """Ask the current screen to redraw its data (if it is up and knows how)."""
        screen = self.screen
        refresh = getattr(screen, "refresh_data", None)
        if callable(refresh) and screen.is_mounted:
            refresh()

    def _show_viewer(self) -> None:
        self.sub_title = self.viewer_label()

    def viewer_label(self) -> str:
        pair = self.current_pair()
        if self.viewer == TOGETHER:
            return "both of you together - private notes hidden"
        person = pair.person(self.viewer) if pair and self.viewer else None
        return f"{person.name} at the keyboard" if person else ""

    def viewer_person(self) -> Person | None:
        """The person at the keyboard, or None when both are looking together."""
        pair = self.current_pair()
        if pair is None or not self.viewer or self.viewer == TOGETHER:
            return None
        return pair.person(self.viewer)

    def action_switch_person(self) -> None:
        from rmcoach.screens.who import WhoScreen

        pair = self.current_pair()
        if pair is None or isinstance(self.screen, WhoScreen):
            return

        def chosen(viewer: str | None) -> None:
            if viewer:
                self.set_viewer(viewer)

        self.push_screen(WhoScreen(pair, self.viewer), chosen)

    def current_pair(self) -> Pair | None:
        return load_pair(self.store)

    def show_home(self) -> None:
        """Go to the home screen from anywhere (closing whatever is open above it)."""
        from rmcoach.screens.home import HomeScreen

        if not isinstance(self.screen_stack[0], HomeScreen):
            # the first screen was setup or the briefing: home gets a stack of its own
            if "home" not in self._modes:
                self.add_mode("home", HomeScreen)
            self.switch_mode("home")
            if not self.viewer and self.current_pair() is not None:
                self.call_after_refresh(self.action_switch_person)
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
        self.notify("Your data changed outside this window (another rmcoach command, the other laptop's "
                    "import, or a restore); showing the latest.", timeout=5)
        self.refresh_screen()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every toast shows its words as typed: names, terms and file paths may hold
        square brackets, so no message is ever read as markup (``markup`` is ignored)."""
        super().notify(printable(message), title=printable(title, keep_newlines=False), severity=severity,
                       timeout=timeout, markup=False)

    def save_failed(self, exc: StoreError) -> None:
        self.notify(str(exc), title="Not saved", severity="error", timeout=12)

    # ------------------------------------------------------------------ actions
    def action_log_learning(self) -> None:
        from rmcoach.screens.learnings import QuickLogModal

        if self.current_pair() is not None and not isinstance(self.screen, QuickLogModal):
            self.push_screen(QuickLogModal(), self._learning_logged)

    def _learning_logged(self, saved: dict | None) -> None:
        if saved:
            self.notify("Learning logged.", timeout=2)
            self.refresh_screen()

    def action_check_jargon(self) -> None:
        from rmcoach.screens.jargon import open_jargon_check

        open_jargon_check(self)  # the focused text box's text, or an empty one

    def action_help(self) -> None:
        from rmcoach.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_home(self) -> None:
        self.show_home()

    def action_edit_pair(self) -> None:
        from rmcoach.screens.setup_forms import SetupScreen

        pair = self.current_pair()
        if pair is not None:
            self.push_screen(SetupScreen(first_run=False, pair=pair))

    def open_area(self, area: Area) -> None:
        if ":" in area.target:
            import importlib

            module, _, cls = area.target.partition(":")
            screen_class = getattr(importlib.import_module(f"rmcoach.screens.{module}"), cls)
            if not isinstance(self.screen, screen_class):
                self.push_screen(screen_class())
        else:
            getattr(self, f"action_{area.target}")()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return bool(getattr(self.screen, "AREA_KEYS", False))
        if action == "log_learning":  # nothing to log into before the pair exists
            return self.current_pair() is not None
        return True

    def action_open(self, key: str) -> None:
        for area in self.areas():
            if area.key == key:
                self.open_area(area)
                return

    def areas(self) -> Iterable[Area]:
        has_pair = self.current_pair() is not None
        return [a for a in AREAS if has_pair or not a.needs_pair]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "What rmcoach does and every key", self.action_help)
        if self.current_pair() is not None:
            yield SystemCommand("Switch person", "Say who is at the keyboard, or that you are both looking", self.action_switch_person)
            yield SystemCommand("Readable view on or off", "High contrast and more space (a larger font in the "
                                "browser), remembered for the person at the keyboard - key F3", self.action_toggle_readable)
            yield SystemCommand("Home", "Back to the home screen", self.action_home)
        for area in self.areas():
            yield SystemCommand(area.title, area.help, partial(self.open_area, area))
        yield from self._binding_commands(screen)

    # actions the palette already offers above, or that make no sense from it
    _NOT_IN_PALETTE = frozenset({"help", "switch_person", "toggle_readable", "home", "open", "quit", "command_palette", "back",
                                 "focus_next", "focus_previous", "copy_text"})

    def _binding_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every key of the screen underneath (and every app-wide key) as a palette
        command, so whatever a key does can also be found by typing its name."""
        seen: set[str] = set()
        for namespace, binding, enabled, tooltip in screen.active_bindings.values():
            name = binding.action.rpartition(".")[2].partition("(")[0]
            if not enabled or not binding.description or name in self._NOT_IN_PALETTE:
                continue
            if namespace is not screen and namespace is not self:
                continue  # a widget's own keys (cursor moves, text editing) stay with the widget
            title = tooltip or binding.description
            if title in seen:
                continue
            seen.add(title)
            key = self.get_key_display(binding)
            where = "Works anywhere" if namespace is self else "On this screen"
            yield SystemCommand(title, f"{where} - key {key}", partial(self.run_action, binding.action, namespace))


def make_app(data_dir: Path | str, **kwargs: float | bool) -> RMCoachApp:
    """The one factory used by the CLI, the Pilot tests and the snapshot tests."""
    return RMCoachApp(Path(data_dir), **kwargs)
