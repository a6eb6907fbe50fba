"""Reviewing progress together: timeline, trends, progress both ways, goals, the close."""

from __future__ import annotations

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Header, Label, RadioSet, Static

from rmcoach.infra import clock, validate
from rmcoach.records.model import Pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.features.skills import LEVELS
from rmcoach.records.coaching import Retro
from rmcoach.features.review import DECISIONS, Review, build_review, ladder_bar, report_markdown, save_retro
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import AreaField
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.screens.base import AppModal, DataScreen
from rmcoach.infra.wording import plural
from rmcoach.widgets.toggles import RadioButton

TIMELINE_ROWS = 14


def _t(text: str) -> str:
    return printable(str(text), keep_newlines=False)


def review_text(review: Review) -> dict[str, Text]:
    """The review's sections as Rich text (user text always literal)."""
    sections: dict[str, Text] = {}

    rhythm = Text(_t(review.kept))
    sections["rhythm"] = rhythm

    trends = Text()
    for t in review.trends:
        trends.append(f"{_t(t.name)}\n", style="bold")
        if t.useful or t.comfort:
            trends.append("  useful   ")
            trends.append(t.useful_line or "-", style="green")
            trends.append(f"  average {t.useful_avg}\n")
            trends.append("  comfort  ")
            trends.append(t.comfort_line or "-", style="cyan")
            trends.append(f"  average {t.comfort_avg}\n")
            if t.window_note:
                trends.append(f"  ({t.window_note})\n", style="dim")
        else:
            trends.append("  no ratings yet - they are added when you log a session\n", style="dim")
    sections["trends"] = trends

    progress = Text()
    if not review.directions:
        progress.append("No skills yet. Add one in each direction from the Skills area.\n", style="dim")
    # one scale for both directions, so their bars compare
    largest = max((n for d in review.directions for n in d.now_levels.values()), default=0)
    for d in review.directions:
        progress.append(f"{_t(d.label)}", style="bold")
        progress.append(f"  ({plural(d.level_ups, 'level-up')})\n")
        progress.append(f"  {'':<18}{'start':>6}{'now':>6}\n", style="dim")
        for level in LEVELS:
            then, now = d.start_levels.get(level, 0), d.now_levels.get(level, 0)
            if then or now:
                progress.append(f"  {level:<18}{then:>6}{now:>6}  ")
                progress.append(ladder_bar(now, largest) + "\n", style="green")
    for name, n in review.learnings.items():
        progress.append(f"{_t(name)} logged {plural(n, 'learning')}\n")
    for line in review.balance_lines:
        progress.append(_t(line) + "\n")
    sections["progress"] = progress

    goals = Text()
    if not review.goals:
        goals.append("No goals agreed yet - they come from your agreement.\n", style="dim")
    for g in review.goals:
        goals.append(f"{_t(g.person)}: ", style="bold")
        goals.append(_t(g.goal))
        if g.target:
            goals.append(f" (by {g.target})", style="dim")
        goals.append(f" - {_t(g.status)}\n")
    if review.self_ratings:
        goals.append("\nSelf-ratings, start against latest\n", style="bold")
        for line in review.self_ratings:
            goals.append(f"  {_t(line)}\n")
    sections["goals"] = goals

    timeline = Text()
    events = review.timeline[-TIMELINE_ROWS:]
    if len(review.timeline) > len(events):
        timeline.append(f"(the latest {len(events)} of {len(review.timeline)} events; the report has them all)\n", style="dim")
    for e in events:
        timeline.append(f"{e.on.isoformat()}  ", style="dim")
        timeline.append(f"{e.kind:<9} ", style="italic")
        timeline.append(_t(e.text) + "\n")
    if not events:
        timeline.append("Nothing yet - sessions, agreement versions, health checks and skill level-ups appear here.\n", style="dim")
    sections["timeline"] = timeline

    close = Text()
    if review.retro:
        r = review.retro
        names = {p.uuid: p.name for p in review.pair.people}
        if r.keep_doing:
            close.append("Keep doing: ", style="bold")
            close.append(_t(r.keep_doing) + "\n")
        for person, words in (r.learned_most or {}).items():
            if words:
                close.append(f"{_t(names.get(person, '?'))} learned most: ", style="bold")
                close.append(_t(words) + "\n")
        close.append("Decision: ", style="bold")
        decision = r.decision or ""
        close.append(DECISIONS.get(decision, _t(decision)) + "\n")
    elif review.planned_end_passed:
        close.append("Your planned time together is over. Press z for a closing retrospective: "
                     "what to keep, what each of you learned most, and whether to renew, change focus or end well.\n")
    else:
        close.append("When your planned time ends (or whenever you like), press z for a closing retrospective.\n", style="dim")
    sections["close"] = close
    for text in sections.values():
        text.rstrip()
    return sections


SECTION_TITLES = {
    "rhythm": "Meeting rhythm",
    "trends": "How the sessions felt",
    "progress": "Progress in each direction",
    "goals": "Goals and self-ratings",
    "timeline": "Timeline",
    "close": "Closing retrospective",
}


class ReviewScreen(DataScreen):
    AREA_KEYS = True  # every area key works here
    DEFAULT_CSS = """
    ReviewScreen VerticalScroll { padding: 0 2; }
    ReviewScreen .section-title { text-style: bold; color: $accent; margin: 1 0 0 0; }
    ReviewScreen #viewer-note { color: $warning; margin: 1 0 0 0; }
    ReviewScreen #columns { height: auto; }
    ReviewScreen #columns > Vertical { width: 1fr; height: auto; margin: 0 2 0 0; }
    """
    BINDINGS = [
        Binding("escape", "app.home", "Home"),
        Binding("r", "report", "Report"),
        Binding("z", "retro", "Closing retro"),
        Binding("g", "together", "Together"),
        Binding("k", "keepsake", "Keepsake", show=False,
                tooltip="What we each learned: a page to keep or file as appraisal evidence"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(id="viewer-note")
            with Horizontal(id="columns"):
                with Vertical():
                    for key in ("rhythm", "trends", "goals"):
                        yield Label(SECTION_TITLES[key], classes="section-title")
                        yield Static(id=f"review-{key}")
                with Vertical():
                    for key in ("progress", "close"):
                        yield Label(SECTION_TITLES[key], classes="section-title")
                        yield Static(id=f"review-{key}")
            yield Label(SECTION_TITLES["timeline"], classes="section-title")
            yield Static(id="review-timeline")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = "Looking back together"
        self.refresh_data()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def _review(self) -> Review | None:
        pair = self.rm.current_pair()
        if pair is None:
            return None
        return build_review(self.rm.store, pair, self.rm.viewer, clock.now())

    def refresh_data(self) -> None:
        review = self._review()
        if review is None:
            return
        for key, text in review_text(review).items():
            self.query_one(f"#review-{key}", Static).update(text)
        note = self.query_one("#viewer-note", Static)
        person = self.rm.viewer_person()
        if person is not None:
            note.update(Text(f"Viewing as {_t(person.name)}. Reviewing with your partner? Press g to look together "
                             "- private notes stay hidden."))
            note.display = True
        else:
            note.display = False

    def action_together(self) -> None:
        self.rm.set_viewer(TOGETHER)

    def action_report(self) -> None:
        review = self._review()
        if review is not None:
            self.app.push_screen(ReportScreen(report_markdown(review)))

    def action_keepsake(self) -> None:
        from rmcoach.features.keepsake import keepsake_markdown
        from rmcoach.web.paper import markdown_page
        from rmcoach.widgets.paper_out import hand_over

        app = self.rm
        pair = app.current_pair()
        if pair is not None:
            text = keepsake_markdown(app.store, pair, app.viewer)
            hand_over(app, f"rmcoach-keepsake-{clock.today().isoformat()}.html",
                      markdown_page(text, title=f"{pair.title}: what we each learned"), "keepsake")

    def action_retro(self) -> None:
        pair = self.rm.current_pair()
        if pair is None:
            return
        review = self._review()
        self.app.push_screen(RetroScreen(pair, review.retro if review else None), lambda _: self.refresh_data())


class ReportScreen(AppModal[None]):
    DEFAULT_CSS = """
    ReportScreen { align: center middle; }
    ReportScreen > VerticalScroll { width: 94%; height: 92%; border: thick $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,q", "close", "Close")]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("The same report `rmcoach report` writes. Press escape to close.", classes="hint")
            # drawn by Rich as one block of text: Textual's Markdown widget makes a widget per
            # paragraph and list item, and a few years' timeline (hundreds of lines) took
            # seconds to appear.  The text is ours, user words escaped (review.md_escape).
            yield Static(RichMarkdown(self.markdown), id="report-body")
        yield KeysFooter()

    def action_close(self) -> None:
        self.dismiss()


class RetroScreen(LeaveGuard, AppModal[bool]):
    DRAFT_TITLE = "Closing retrospective"  # what an unsaved draft of it is called
    DEFAULT_CSS = """
    RetroScreen { align: center middle; }
    RetroScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: thick $accent; background: $surface; padding: 0 1; }
    RetroScreen RadioSet { width: auto; margin: 0 0 1 1; }
    RetroScreen RadioSet > RadioButton { width: auto; }  /* Textual's 1fr buttons push an auto-width set past the edge */
    RetroScreen #retro-status { color: $error; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Cancel")]

    def __init__(self, pair: Pair, existing: Retro | None) -> None:
        super().__init__()
        self.pair = pair
        self.existing = existing

    def compose(self) -> ComposeResult:
        existing = self.existing
        learned = (existing.learned_most if existing else None) or {}
        with VerticalScroll():
            yield Label("Closing retrospective", classes="section-title")
            yield Static("Look back together: what worked, what each of you learned most, and what happens next.",
                         classes="hint")
            yield AreaField("What should we keep doing (here or in other pairs)?", id="keep",
                            value=existing.keep_doing if existing else "")
            for i, person in enumerate(self.pair.people, start=1):
                yield AreaField(f"What {person.name} learned most", id=f"learned-{i}",
                                value=learned.get(person.uuid, ""))
            yield Label("What next?")
            with RadioSet(id="decision"):
                for key, text in DECISIONS.items():
                    yield RadioButton(text, value=bool(existing and existing.decision == key))
            yield Static("", id="retro-status")
            yield Button("Save (ctrl+s)", variant="primary", id="save")
        yield KeysFooter()  # the dialog's own keys, over the footer of the screen below

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        ok = True
        values = {}
        for field_id in ("keep", "learned-1", "learned-2"):
            field = self.query_one(f"#{field_id}", AreaField)
            try:
                values[field_id] = validate.long_text(field.value, what="This")
                field.set_error(None)
            except validate.Invalid as exc:
                field.set_error(str(exc))
                ok = False
        index = self.query_one(RadioSet).pressed_index
        status = self.query_one("#retro-status", Static)
        if index < 0:
            status.update("Choose what happens next: renew, change focus or end well.")
            ok = False
        if not ok:
            return
        viewer = self.rm.viewer_person()
        learned_most = {p.uuid: values[f"learned-{i}"] for i, p in enumerate(self.pair.people, start=1)}
        decision, author = list(DECISIONS)[index], viewer.uuid if viewer else None

        def done(_: object) -> None:
            self.rm.notify("Retrospective saved.", timeout=3)
            self.dismiss(True)

        self.rm.save(self, lambda store: save_retro(store, keep_doing=values["keep"], learned_most=learned_most,
                                                    decision=decision, author=author), done, status=status)

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(False))
