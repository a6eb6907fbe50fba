"""The briefing: the first screen once a rhythm is set, read before each session."""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from rmcoach.areas import key_of
from rmcoach.infra import clock
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.screens.base import DataScreen
from rmcoach.widgets.bullets import BulletText

if TYPE_CHECKING:  # the briefing's features load once there is data to brief on (after the first frame)
    from rmcoach.features.briefing import Briefing, Section


_EMPHASIS = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"
                       r"|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")


def markdown_text(source: str) -> Text:
    """Our tips' Markdown (paragraphs, **strong**, *emphasis*, `keys`) as styled text: the
    subset the tip library is written in (a test holds every tip to it)."""
    text = Text()
    for n, paragraph in enumerate(p for p in re.split(r"\n\s*\n", source.strip()) if p.strip()):
        if n:
            text.append("\n\n")
        line = " ".join(paragraph.split())
        at = 0
        for match in _EMPHASIS.finditer(line):
            text.append(line[at:match.start()])
            code, strong, em, em2 = match.groups()
            if code is not None:
                text.append(code, style="bold reverse")
            elif strong is not None:
                text.append(strong, style="bold")
            else:
                text.append(em if em is not None else em2, style="italic")
            at = match.end()
        text.append(line[at:])
    return text


def section_text(section: Section) -> Text:
    text = Text()
    title = section.title + ("  (only you see this)" if section.private else "")
    text.append(printable(title, keep_newlines=False) + "\n", style="bold")
    for i, p in enumerate(section.paragraphs):
        text.append(printable(p) + "\n", style="bold italic" if i == 0 and section.strong_first else "")
    if section.markdown:
        text.append_text(markdown_text(section.markdown))
        text.append("\n")
    for item in section.items:
        text.append("  • ")
        text.append(printable(item, keep_newlines=False) + "\n")
    if not section.items and not section.paragraphs and not section.markdown and section.empty:
        text.append(printable(section.empty) + "\n", style="dim italic")
    return text


def briefing_text(b: Briefing) -> Text:
    text = Text()
    for i, section in enumerate(b.sections):
        if i:
            text.append("\n")
        text.append_text(section_text(section))
    return text


class BriefingScreen(DataScreen):
    AREA_KEYS = True  # a hub: every area key works here
    DEFAULT_CSS = """
    BriefingScreen VerticalScroll { padding: 1 2; }
    BriefingScreen #briefing-heading { text-style: bold; color: $accent; margin: 0 0 1 0; }
    BriefingScreen #briefing-keys { color: $text-muted; margin: 1 0 0 0; }
    """
    BINDINGS = [
        Binding("h,escape", "home", "Home"),
        # in order of use before a session: at 80 columns everything up to "m" fits (c is an area key too);
        # "Actions" (the sessions screen's word for them too) leaves room at 110 columns for the app's
        # "F2 Who's here" after these, as on the other screens: "Action items" pushed it out by two cells
        Binding("w", "log", "Log session"),
        Binding("a", "actions", "Actions", tooltip="Open the action items, to tick one off or change it"),
        Binding("n", "topic", "Add topic"),
        Binding("m", "move", "Skip/move"),
        Binding("c", "sessions", "Sessions"),
        Binding("q", "app.quit", "Quit", show=False),
        Binding("p", "paper", "Print version", show=False,
                tooltip="The briefing as one large-print page to print (opens in the browser, or saved to Downloads)"),
    ]

    def compose(self) -> ComposeResult:
        # the briefing's body comes once the file is read (store_opened): it has nothing to
        # show before, and making its scrolling view and text blocks cost the first frame of
        # a launch that opens here (a computer marked as one person's own) about 6 ms
        yield Header()
        yield KeysFooter()

    def _body(self) -> VerticalScroll:
        return VerticalScroll(
            Static("", id="briefing-heading"),
            BulletText("", id="briefing"),
            Static(Text(
                "w write up the session · n add a topic for the agenda · m skip or move a session · "
                "c past sessions · a action items (e there changes one) · h home"), id="briefing-keys"),
            id="briefing-body",
        )

    def on_mount(self) -> None:
        pair = self.rm.current_pair()
        if pair is not None:
            self.title = f"rmcoach - {pair.title}"
        if self.rm.store_opened:  # else the app calls store_opened once the file is read
            self.store_opened()

    def store_opened(self) -> None:
        if not self.query("#briefing-body"):
            self.call_later(self._mount_body)
            return
        # paint "when and who leads" at once; the agenda, recap and tip follow a moment later
        self.refresh_data(when_only=True)
        self.set_timer(0.02, self.refresh_data)

    async def _mount_body(self) -> None:
        if not self.is_attached or self._closing:
            return  # the app is closing (asked to quit as it started): nothing to draw
        if not self.query("#briefing-body"):
            body = self._body()
            await self.mount(body, before=self.query_one(KeysFooter))
            if self.focused is None:  # the arrow and page keys scroll the briefing, as before
                body.focus()
        self.store_opened()

    def on_screen_resume(self) -> None:
        if self.rm.store_opened and self._shown_generation != self.rm.store.generation:
            self.refresh_data()

    def refresh_data(self, when_only: bool = False) -> None:
        if not self.query("#briefing"):
            return  # not composed yet: store_opened draws it
        app = self.rm
        self._shown_generation = app.store.generation
        pair = app.current_pair()
        if pair is None:
            return
        self.title = f"rmcoach - {pair.title}"
        from rmcoach.features.briefing import build_briefing
        from rmcoach.tips.personal import jargon_checker_ready

        ready = jargon_checker_ready()
        b = build_briefing(app.store, pair, app.viewer, clock.now(),
                           rhythm_key=key_of("trust"), when_only=when_only, check_jargon=ready)
        if not when_only and not ready:
            self._warm_checker()
        self.briefing = b
        self.query_one("#briefing-heading", Static).update(Text(printable(b.heading, keep_newlines=False)))
        self.query_one("#briefing", Static).update(briefing_text(b))

    _warming: threading.Thread | None = None

    def _warm_checker(self) -> None:
        """Build the jargon checkers off the UI thread, then redraw with the jargon check.

        A daemon thread, not a Textual worker: it only fills a cache, so quitting never
        waits for it (the app closes at once, and the process ends with it)."""
        if self._warming is not None and self._warming.is_alive():
            return
        self._warming = threading.Thread(target=self._warm_in_thread, name="rmcoach-jargon-warm", daemon=True)
        self._warming.start()

    def _warm_in_thread(self) -> None:
        from rmcoach.tips.personal import warm_jargon_checkers

        warm_jargon_checkers()
        try:
            self.app.call_from_thread(self._after_warm)
        except Exception:  # noqa: BLE001 - the app closed (or is closing) while the checker was built
            pass

    def _after_warm(self) -> None:
        if self.is_attached:
            self.refresh_data()

    # ------------------------------------------------------------------ actions
    def action_home(self) -> None:
        self.rm.show_home()

    def action_log(self) -> None:
        from rmcoach.screens.sessions import SessionFormScreen

        self.app.push_screen(SessionFormScreen())

    def action_sessions(self) -> None:
        from rmcoach.screens.sessions import SessionsScreen

        self.app.push_screen(SessionsScreen())

    def action_actions(self) -> None:
        """The sessions area on its action items tab (open items come first, the cursor on the first)."""
        from rmcoach.screens.sessions import SessionsScreen

        screen = SessionsScreen()
        self.app.push_screen(screen)
        screen.show_record("actions", "")  # no one item: the tab itself, its first row highlighted

    def action_topic(self) -> None:
        from rmcoach.screens.sessions import TopicScreen

        self.app.push_screen(TopicScreen(), lambda _: self.refresh_data())

    def action_paper(self) -> None:
        from rmcoach.web.paper import briefing_page
        from rmcoach.widgets.paper_out import hand_over

        app = self.rm
        pair = app.current_pair()
        if pair is not None:
            now = clock.now()
            hand_over(app, f"rmcoach-briefing-{now.date().isoformat()}.html",
                      briefing_page(app.store, pair, app.viewer, now), "printable briefing")

    def action_move(self) -> None:
        from rmcoach.screens.sessions import MoveSessionScreen

        self.app.push_screen(MoveSessionScreen(), lambda _: self.refresh_data())
