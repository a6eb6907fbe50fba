"""The Textual application: it opens the store, picks the first screen, and
offers every action through keys, the footer and the command palette."""

from __future__ import annotations

import sys
from pathlib import Path
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Iterable, TypeVar

from textual import events
from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from rmcoach import __version__
from rmcoach.areas import AREAS, Area
from rmcoach.records.model import Pair, Person
from rmcoach.storage.glance import Glance, glance
from rmcoach.storage.owner import owner_of, set_owner
from rmcoach.records.pairs import load_pair
from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import Store, StoreError, set_aside_for_good
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.keys import KeysInOrder
from rmcoach.widgets.readable import READABLE_CSS, THEME_NAME as READABLE_THEME, ReadableMixin
from rmcoach.widgets.saving import Saves

if TYPE_CHECKING:  # the sync package is imported only when a sync runs
    from rmcoach.screens.who import WhoAnswer
    from rmcoach.sync.conflicts import Conflict

T = TypeVar("T")


class RMCoachApp(KeysInOrder, ReadableMixin, App[int]):
    TITLE = "rmcoach"
    SUB_TITLE = f"v{__version__}"
    # every screen gets -narrow below 100 columns: side-by-side panes stack, so an
    # 80-column terminal still shows whole names and sentences
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    CSS = """
    .field-error { color: $error; height: auto; margin: 0 0 0 1; }
    .hint { color: $text-muted; }
    /* a dialog never runs past the terminal's edge (80 columns included): its box shrinks to fit */
    ModalScreen > Vertical, ModalScreen > VerticalScroll, ModalScreen > Container { max-width: 100%; }
    """ + READABLE_CSS
    BINDINGS = [
        # "?" types a question mark inside a text box; F1 opens help from anywhere, and the
        # footer shows F1 while a text box has the cursor (get_key_display)
        Binding("question_mark", "help", "Help", key_display="?"),
        # F1 is a priority key so it also works inside dialogs (which hide the app's other keys);
        # the footer shows it where "?" would type (Textual drops "?" from a text box's keys)
        Binding("f1", "help", "Help", key_display="F1", priority=True),
        Binding("f2", "switch_person", "Who's here", key_display="F2"),
        Binding("f3", "toggle_readable", "Readable", show=False,
                tooltip="Readable view: high contrast and more space, for this person"),
        Binding("ctrl+l", "log_learning", "Log learning"),
        # priority: also inside dialogs such as the quick log, whose own keys hide the app's
        Binding("ctrl+j", "check_jargon", "Check jargon", priority=True),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, data_dir: Path, *, watch_interval: float = 2.0, always_ask: bool = False) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        # a shared screen (a browser tab) never inherits who sat here last: it asks each time
        self.always_ask = always_ask
        self._store = Store(self.data_dir)
        self._store.keep_last_good = True  # a file damaged under a running app: keep showing the last good data
        # the launch (see _open_store): the first frame is drawn from a quick look at the file
        # (the pair's names); the whole file is read and checked right after it is on screen
        self._glance: Glance | None = None
        self.store_opened = False  # True once the whole file has been read and checked
        self.load_error: StoreError | None = None  # the file could not be opened: the launch stops
        #: set the parsed history aside from the cycle collector once read (the command line sets it)
        self.freeze_history = False
        self.prefs = Prefs(self.data_dir)
        self._watch_interval = watch_interval
        # True for a front end where every launch must ask (a browser tab): the computer's
        # owner mark is neither used nor offered
        self.always_ask = always_ask
        self.viewer: str | None = None  # a person's uuid, or privacy.TOGETHER; None until answered
        self.nobody_named = False  # the question who is here was put away unanswered (the header says so)
        self.saves = Saves(self)  # saves in flight, each in a thread worker (see save)
        self.quitting = False  # set by ctrl+q: forms keep their drafts instead of dropping them
        self._drafts_mentioned: set[str | None] = set()
        # area keys work on the hub screens (those with AREA_KEYS = True: home, briefing,
        # review), so a stray letter in a busy form never navigates away
        for area in AREAS:
            self._bindings.bind(area.key, f"open({area.key!r})", area.title, show=False)

    # ------------------------------------------------------------------ start-up
    @property
    def store(self) -> Store:
        """The pair's store, read and checked whole (on first use if that has not happened yet)."""
        if not self.store_opened:
            self._open_store()
        return self._store

    first_frame_done = False  # the first frame is on screen (Textual's Ready)

    def on_ready(self) -> None:
        # the first frame is on screen: now read and check the whole file, fill the screens,
        # and give the footers their keys (widgets/footer.py)
        self.first_frame_done = True
        for screen in self.screen_stack:
            for footer in screen.query(KeysFooter):
                footer.call_later(footer.first_frame_shown)  # in the footer's own context (its compose binds to it)
        self.call_after_refresh(self._open_store)

    def _open_store(self) -> None:
        """Read and check the whole file (once); then the screens show their data.  A file
        that does not open ends the launch: its one sentence is printed by the command line
        (``load_error``), and nothing has been written."""
        if self.store_opened:
            return
        self.store_opened = True
        try:
            self._store.check()
            pair = load_pair(self._store)
            if self.freeze_history:
                # The parsed history (hundreds of thousands of dicts and strings at 5 years) lives
                # as long as the app: left in the collector's care, every full collection walks
                # all of it, a 150 ms pause every few dozen keys on a long list.  Set aside, it is
                # still freed by reference counting when a reload replaces it (parsed JSON holds
                # no cycles).  Only for the one app of a process (the command line sets it): in a
                # test run it would keep every earlier app's objects for good.
                set_aside_for_good()
        except StoreError as exc:
            self.load_error = exc
            # asked for once the app has started (this can run while its first screen is being
            # made), and nothing of the file is shown meanwhile: current_pair() is None
            self.call_later(partial(self.exit, return_code=1))
            return
        seen = self._glance.pair if self._glance is not None else None
        self._glance = None  # from now on the pair comes from the checked store
        if seen is not None and (pair is None or [p.uuid for p in pair.people] != [p.uuid for p in seen.people]):
            # the pair changed between the look and the load (another process saved meanwhile):
            # the question asked about the people read before is asked again about these
            from rmcoach.screens.who import WhoScreen

            self.viewer = None
            if self.screen_stack and isinstance(self.screen_stack[0], WhoScreen):
                # the launch's own question (nothing beneath it): a new one takes its place
                self.call_later(self._ask_again_at_launch)
            else:
                for screen in self.screen_stack:
                    if isinstance(screen, WhoScreen):
                        screen.dismiss(None)
                self.call_later(partial(self.ask_who, at_launch=True))
        from rmcoach.screens.base import DataScreen

        for screen in self.screen_stack:
            if isinstance(screen, DataScreen) and screen.is_mounted:
                screen.store_opened()
        if self.viewer is not None:
            self._show_viewer()

    async def on_event(self, event: events.Event) -> None:
        # a key or click that comes before the whole file is read waits for it (the read runs
        # right here, then the key): nothing typed is lost, and nothing acts on unread data
        if isinstance(event, events.InputEvent) and not self.store_opened:
            self._open_store()
            if self.load_error is not None:
                return
        await super().on_event(event)

    def on_mount(self) -> None:
        if self.load_error is not None:
            return  # the launch stops (see _open_store)
        theme = self.prefs.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._restore_viewer()
        if self._watch_interval:
            self.set_interval(self._watch_interval, self.check_for_outside_changes)

    def get_default_screen(self) -> Screen[Any]:
        """The first screen is painted directly: the question who is at the keyboard when
        this launch asks it (the pair's screens come once it is answered), else the
        briefing when a rhythm is set, home when a pair exists, or setup.  A quick look at
        the file decides (see storage/glance.py); when it is unsure the whole file is read
        here, as before."""
        if not self.store_opened:  # (a caller may have read the store before running the app)
            self._glance = glance(self.data_dir)
        if self._glance is None or (self._glance.rhythm is None and not self._asks_at_launch()):
            self._open_store()
            if self.load_error is not None:
                return Screen()  # the launch stops (exit is under way): nothing of the file is shown
        if self.current_pair() is None:
            from rmcoach.screens.setup_forms import SetupScreen

            return SetupScreen(first_run=True)
        if self._asks_at_launch():
            # nothing of the pair's screens is made until someone says who is here
            return self._who_screen(at_launch=True)
        return self._first_screen()

    def _first_screen(self) -> Screen[Any]:
        """The pair's first screen: the briefing when a rhythm is set (brief them first), else home."""
        if self._glance is not None and self._glance.rhythm is not None:
            rhythm = self._glance.rhythm
        else:
            from rmcoach.features.checkins import load_schedule

            rhythm = load_schedule(self.store) is not None
        if rhythm:
            from rmcoach.screens.briefing import BriefingScreen

            return BriefingScreen()
        from rmcoach.screens.home import HomeScreen

        return HomeScreen()

    def _asks_at_launch(self) -> bool:
        """True when this launch asks who is at the keyboard (see _restore_viewer)."""
        return self.always_ask or owner_of(self.prefs, self.current_pair()) is None

    def _remember_theme(self, theme: object) -> None:
        name = getattr(theme, "name", str(theme))
        if name != READABLE_THEME:  # the readable view is remembered per person, not as this machine's theme
            self.prefs.set("theme", name)

    # ------------------------------------------------------------------ who is here
    def _restore_viewer(self) -> None:
        """Every launch asks who is at the keyboard, before anything private can show
        (the viewer stays None, which sees nothing private, until the answer) - unless
        a person marked this computer as their own."""
        pair = self.current_pair()
        if pair is None:
            return
        owner = None if self.always_ask else owner_of(self.prefs, pair)
        if owner is not None:
            self.set_viewer(owner.uuid)
        else:
            self.ask_who(at_launch=True)

    def set_viewer(self, viewer: str) -> None:
        self.viewer = viewer
        self._show_viewer()
        self.apply_readable()
        self.refresh_screen()
        self.mention_drafts()

    async def action_quit(self) -> None:
        """Quit at once; a half-filled form is kept as a draft and offered back next time."""
        self.quitting = True
        for screen in self.screen_stack:
            keep = getattr(screen, "keep_draft", None)
            if callable(keep):
                keep()
        await super().action_quit()

    def mention_drafts(self) -> None:
        """Say (once per person per run) that unsaved typing from last time is waiting."""
        from rmcoach.storage import drafts

        if self.viewer in self._drafts_mentioned:
            return
        self._drafts_mentioned.add(self.viewer)
        waiting = drafts.for_viewer(self.data_dir, self.viewer)
        if waiting:
            names = "; ".join(f"{d.title} ({d.saved.replace('T', ' ')})" for d in waiting[:3])
            self.notify(f"Unsaved typing kept from last time: {names}. Open that form again to pick it up.",
                        title="Drafts", timeout=10)

    def computer_owner(self) -> Person | None:
        """The person this computer is marked as belonging to (never in a browser tab)."""
        return None if self.always_ask else owner_of(self.prefs, self.current_pair())

    def set_computer_owner(self, person_uuid: str | None) -> None:
        set_owner(self.prefs, person_uuid)
        pair = self.current_pair()
        person = pair.person(person_uuid) if pair and person_uuid else None
        if person is not None:
            self.notify(f"This computer is now {person.name}'s: rmcoach opens as them without asking.", timeout=5)
        else:
            self.notify("rmcoach will ask who is at the keyboard each time it opens on this computer.", timeout=5)

    def refresh_screen(self) -> None:
        """Ask the current screen to redraw its data (if it is up and knows how)."""
        if not self.store_opened:
            return  # the screens are drawn once the file is read (_open_store)
        from rmcoach.screens.base import DataScreen

        screen = self.screen
        if isinstance(screen, DataScreen) and screen.is_mounted:
            screen.refresh_data()

    #: between the screen's title and who is here in the header, as inside every title ("Tech
    #: exchange - what we learned"): Textual's own header puts an em dash there
    TITLE_SEPARATOR = " - "

    def format_title(self, title: str, sub_title: str) -> Content:
        if not sub_title:
            return Content(title)
        return Content.assemble(Content(title), (self.TITLE_SEPARATOR, "dim"), Content(sub_title).stylize("dim"))

    def _show_viewer(self, width: int | None = None) -> None:
        self.sub_title = self.viewer_label(width)

    def viewer_label(self, width: int | None = None) -> str:
        pair = self.current_pair()
        # below 100 columns the header keeps the screen's title whole: the words go, the name stays
        width = self.size.width if width is None else width
        narrow = 0 < width < 100
        if self.viewer == TOGETHER:
            return "both of you - private hidden" if narrow else "both of you together - private notes hidden"
        if self.viewer is None and self.nobody_named:
            # fits beside every title of the sample pair at 110 columns, and beside "what we learned" at 80
            return "nobody named: private hidden" if narrow else "nobody named yet - private notes hidden (press F2)"
        person = pair.person(self.viewer) if pair and self.viewer else None
        if person is None:
            return ""
        return person.name if narrow else f"{person.name} at the keyboard"

    def on_resize(self, event: events.Resize) -> None:
        if self.viewer is not None or self.nobody_named:  # before the answer the header shows the version
            self._show_viewer(event.size.width)  # the event's size: the app's may not have moved yet

    def viewer_person(self) -> Person | None:
        """The person at the keyboard, or None when both are looking together."""
        pair = self.current_pair()
        if pair is None or not self.viewer or self.viewer == TOGETHER:
            return None
        return pair.person(self.viewer)

    def action_switch_person(self) -> None:
        from rmcoach.widgets.guard import LeaveGuard

        if any(isinstance(s, LeaveGuard) for s in self.screen_stack):
            # a form may hold the person's private words (a reflection, readiness notes):
            # it is theirs, so nobody else takes the keyboard while it is open
            self.notify("Save or leave this form first (Escape), then say who is at the keyboard.",
                        title="A form is open", timeout=6)
            return
        self.ask_who()

    def ask_who(self, *, at_launch: bool = False) -> None:
        from rmcoach.screens.who import WhoScreen

        if self.current_pair() is None or any(isinstance(s, WhoScreen) for s in self.screen_stack):
            return
        self.push_screen(self._who_screen(at_launch=at_launch), self._who_answered)

    def _who_screen(self, *, at_launch: bool) -> Screen[Any]:
        from rmcoach.screens.who import WhoScreen

        pair = self.current_pair()
        assert pair is not None
        owner = self.computer_owner()
        screen = WhoScreen(pair, self.viewer, owner=owner.uuid if owner else None,
                           allow_owner=not self.always_ask, at_launch=at_launch)
        # the width's class (-narrow or -wide) from the start, as Textual gives it once the
        # screen is sized: added then, it would style the whole question a second time
        for at, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True):
            if self.size.width >= at:
                screen.add_class(name)
                break
        return screen

    def _who_answered(self, answer: WhoAnswer | None) -> None:
        if answer is None:
            if self.viewer is None:  # nobody named: say what that means instead of the version
                self.nobody_named = True
                self._show_viewer()
            return
        if answer.owner_change:
            self.set_computer_owner(answer.owner)
        self.set_viewer(answer.viewer)

    def _ask_again_at_launch(self) -> None:
        if self.current_pair() is None:
            from rmcoach.screens.setup_forms import SetupScreen

            self.switch_screen(SetupScreen(first_run=True))
        else:
            self.switch_screen(self._who_screen(at_launch=True))

    def answered_at_launch(self, answer: WhoAnswer | None) -> None:
        """The question the launch opened with is answered: the pair's first screen takes its
        place (the whole file is read by now: a key waits for it, see on_event)."""
        self._open_store()
        if self.load_error is not None:
            return
        self._who_answered(answer)
        launch = self.screen
        if not launch._result_callbacks:
            # Textual gives the first screen of an app no result callback, and switching
            # away from a screen takes its callback off
            launch._push_result_callback(self, None)
        self.switch_screen(self._first_screen())

    def current_pair(self) -> Pair | None:
        if self.load_error is not None:
            return None  # the file did not open: the app is closing and shows nothing of it
        if self._glance is not None and not self.store_opened:  # the first frame: from the quick look
            return self._glance.pair
        return load_pair(self.store)

    def require_pair(self) -> Pair:
        """The pair, for the screens that open only once it exists (every area and form:
        with no pair the app shows setup, and setup creates the pair before going on)."""
        pair = load_pair(self.store)
        if pair is None:
            raise StoreError("No pair is set up in this folder.")
        return pair

    def show_home(self) -> None:
        """Go to the home screen from anywhere (closing whatever is open above it)."""
        from rmcoach.screens.home import HomeScreen

        if not isinstance(self.screen_stack[0], HomeScreen):
            # the first screen was setup or the briefing: home gets a stack of its own
            if "home" not in self._modes:
                self.add_mode("home", HomeScreen)
            self.switch_mode("home")
            if not self.viewer and self.current_pair() is not None:
                self.call_after_refresh(self.ask_who)
        while len(self.screen_stack) > 1:  # the home screen is the base: drop what is above it
            self.pop_screen()

    # ------------------------------------------------------------------ outside changes
    def check_for_outside_changes(self) -> None:
        """Another process (a CLI command, a restore) changed the file: show it."""
        if self.saves.busy:  # our own save is landing: it is read when it finishes
            return
        try:
            if not self.store.changed_on_disk():
                return
            self.store.raw()  # keeps the last good data when the file is damaged (see store.damage)
        except StoreError as exc:
            self.notify(str(exc), title="Data file problem", severity="error", timeout=15)
            return
        if self.store.damage is not None:
            self.notify(f"{self.store.damage} This window keeps showing what it last read, and nothing can "
                        "be saved until the file is put right (`rmcoach doctor` says how).",
                        title="Data file problem", severity="error", timeout=20)
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

    def save(self, screen: Screen[Any], work: Callable[[Store], T], done: Callable[[T], object], *,
             status: Static | None = None, failed: Callable[[Exception], bool] | None = None) -> bool:
        """Every save of the app: ``work(store)`` in a thread worker, then ``done(result)``
        on the UI thread, the screen usable meanwhile (see rmcoach/widgets/saving.py)."""
        return self.saves.start(screen, work, done, status=status, failed=failed)

    def save_failed(self, exc: StoreError) -> None:
        self.notify(str(exc), title="Not saved", severity="error", timeout=12)

    # ------------------------------------------------------------------ sync
    _syncing = False

    def action_sync_now(self, choice: str | None = None) -> None:
        """Sync in the background (the screen stays usable), then offer any choices waiting."""
        from rmcoach.sync.engine import is_connected

        if not is_connected(self.data_dir):
            self.notify("This laptop is not connected to a shared repository yet: run "
                        "`rmcoach sync --remote WHERE` once in a terminal (the README shows how).", title="Sync", timeout=10)
            return
        if self._syncing:
            return
        self._syncing = True
        self.notify("Syncing...", title="Sync", timeout=2)
        self.run_worker(partial(self._sync_in_thread, choice), thread=True, group="sync", exit_on_error=False)

    def _sync_in_thread(self, choice: str | None) -> None:
        from rmcoach.sync.conflicts import choose, open_conflicts
        from rmcoach.sync.engine import sync
        from rmcoach.sync.state import load

        try:
            prefix = f"Chosen: {choose(self.data_dir, choice)}. " if choice else ""
            line, severity = prefix + sync(self.data_dir).line(), "information"
        except StoreError as exc:
            line, severity = str(exc), "error"
        except Exception as exc:  # noqa: BLE001 - a sync problem is a message, never a crash of the app
            line, severity = f"Sync stopped unexpectedly ({type(exc).__name__}); your data here is unchanged.", "error"
        try:
            from rmcoach.sync.conflicts import people_names

            waiting = open_conflicts(load(self.data_dir), None, people_names(Store(self.data_dir)))
        except StoreError:
            waiting = []
        self.call_from_thread(self._synced, line, severity, waiting)

    def _synced(self, line: str, severity: SeverityLevel, waiting: list[Conflict]) -> None:
        from rmcoach.screens.sync_choices import SyncChoicesScreen

        self._syncing = False
        self.notify(line, title="Sync", severity=severity, timeout=8)
        self.refresh_screen()
        if waiting and not isinstance(self.screen, SyncChoicesScreen):
            def chosen(choice: str | None) -> None:
                if choice:
                    self.action_sync_now(choice)

            self.push_screen(SyncChoicesScreen(waiting), chosen)

    # ------------------------------------------------------------------ actions
    def action_log_learning(self) -> None:
        from rmcoach.screens.learnings import QuickLogModal

        if self.current_pair() is not None and not isinstance(self.screen, QuickLogModal):
            self.push_screen(QuickLogModal(), self._learning_logged)

    def _learning_logged(self, saved: dict[str, Any] | None) -> None:
        if saved:
            self.notify("Learning logged.", timeout=2)
            self.refresh_screen()

    def action_log_session(self) -> None:
        from rmcoach.screens.sessions import SessionFormScreen

        if self.current_pair() is not None and not isinstance(self.screen, SessionFormScreen):
            self.push_screen(SessionFormScreen(), lambda _: self.refresh_screen())

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
        if area.screen is not None:
            screen_class = area.screen()
            if not isinstance(self.screen, screen_class):
                self.push_screen(screen_class())
        elif area.action is not None:
            getattr(self, f"action_{area.action}")()

    def get_key_display(self, binding: Binding) -> str:
        if binding.action == "help" and _is_text_box(self.focused):
            return "F1"
        return super().get_key_display(binding)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            from rmcoach.screens.base import DataScreen

            return isinstance(self.screen, DataScreen) and self.screen.AREA_KEYS
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

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "What rmcoach does and every key", self.action_help)
        if self.current_pair() is not None:
            yield SystemCommand("Switch person", "Say who is at the keyboard, or that you are both looking", self.action_switch_person)
            yield from self._owner_commands()
            yield SystemCommand("Readable view on or off", "High contrast and more space (a larger font in the "
                                "browser), remembered for the person at the keyboard - key F3", self.action_toggle_readable)
            yield SystemCommand("Home", "Back to the home screen", self.action_home)
            yield SystemCommand("Log a session", "Write down a session you held: who led, what was covered, "
                                "how it went, action items", self.action_log_session)
        for area in self.areas():
            yield SystemCommand(area.title, area.help, partial(self.open_area, area))
        yield from self._binding_commands(screen)

    def _owner_commands(self) -> Iterable[SystemCommand]:
        """Mark this computer as the person at the keyboard's own, or take the mark away."""
        if self.always_ask:
            return
        owner = self.computer_owner()
        me = self.viewer_person()
        # no names in these titles: the palette draws its text as markup
        if owner is not None:
            yield SystemCommand("Ask who is here at every launch",
                                "This computer stops opening as its owner without asking",
                                partial(self.set_computer_owner, None))
        if me is not None and (owner is None or owner.uuid != me.uuid):
            yield SystemCommand("This is my computer: open as me without asking",
                                "A setting of this computer only; it never travels with your data",
                                partial(self.set_computer_owner, me.uuid))

    # actions the palette already offers above, or that make no sense from it
    _NOT_IN_PALETTE = frozenset({"help", "switch_person", "toggle_readable", "home", "open", "quit", "command_palette", "back",
                                 "focus_next", "focus_previous", "copy_text"})

    def _binding_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
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


def _is_text_box(widget: object) -> bool:
    """A text box (an Input or a TextArea) - where "?" types a question mark.  TextArea is
    not imported for this: until a screen with one has been opened, none can have focus
    (and the first frame, which shows none, does not pay for importing it)."""
    if isinstance(widget, Input):
        return True
    text_area = sys.modules.get("textual.widgets._text_area")
    return text_area is not None and isinstance(widget, text_area.TextArea)


def make_app(data_dir: Path | str, *, watch_interval: float = 2.0, always_ask: bool = False) -> RMCoachApp:
    """The one factory used by the CLI, the Pilot tests and the snapshot tests.

    ``always_ask=True`` asks who is at the keyboard at every launch even on a computer
    marked as one person's own (a browser tab is a launch of its own)."""
    return RMCoachApp(Path(data_dir), watch_interval=watch_interval, always_ask=always_ask)
