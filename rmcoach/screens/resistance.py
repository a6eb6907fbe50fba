"""Find the cause of resistance: choose what it is about, rate the statements, read the ranked causes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Click
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable, Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from rmcoach.features import resistance as dg
from rmcoach.infra.dates import fmt_date
from rmcoach.records import tables
from rmcoach.records.privacy import PRIVATE, TOGETHER
from rmcoach.records.skills import SkillRecord
from rmcoach.infra.textsafe import one_line, printable
from rmcoach.tips import resistance as rz
from rmcoach.infra.validate import Invalid
from rmcoach.widgets.bullets import hang
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.lists import QuickOptionList
from rmcoach.widgets.form import Field
from rmcoach.widgets.tables import ListTable, cursor_key
from rmcoach.screens.base import AppModal, AppScreen, DataScreen
from rmcoach.screens.learnings import short_name

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp
from rmcoach.widgets.toggles import Checkbox

BAR_WIDTH = 12


def _viewer_uuid(app: RMCoachApp) -> str | None:
    return app.viewer if app.viewer and app.viewer != TOGETHER else None


def _day(saved: dg.Saved) -> str:
    day = saved.day
    return fmt_date(day) if day else saved.created[:10]


def score_bar(score: float, width: int = BAR_WIDTH) -> str:
    filled = max(0, min(width, round(score * width)))
    return "\u2588" * filled + "\u2591" * (width - filled)


def _learner_name(app: RMCoachApp, skill_uuid: str | None) -> str:
    pair = app.current_pair()
    if not skill_uuid or pair is None:
        return ""
    rec = app.store.record(SkillRecord, skill_uuid)
    person = pair.person(rec.learner) if rec and rec.learner else None
    return person.name if person else ""


# --------------------------------------------------------------------------- choosing the subject
@dataclass(frozen=True)
class Subject:
    """What the start dialog chose: the technology, the skill it is (if tracked), kept private or not."""

    tool: str
    skill: str | None
    private: bool


class StartModal(AppModal[Subject | None]):
    """What is the diagnosis about: a skill the pair tracks, or a technology typed in."""

    DEFAULT_CSS = """
    StartModal { align: center middle; }
    StartModal > VerticalScroll { width: 90; height: auto; max-height: 95%; border: thick $accent; background: $surface; padding: 0 2; }
    StartModal .section { text-style: bold; color: $accent; margin: 1 0 0 1; }
    StartModal #st-skills { height: auto; max-height: 12; margin: 0 0 1 0; }
    StartModal #st-status { color: $error; margin: 0 0 0 1; }
    """
    BINDINGS = [Binding("ctrl+s", "start", "Start", priority=True), Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        app = self.rm
        pair = app.require_pair()
        self._skills = dg.skill_choices(app.store, app.viewer)
        with VerticalScroll():
            yield Label("What do they resist? One technology or skill at a time.", classes="section")
            if self._skills:
                yield Static("Pick a skill you are swapping (Enter starts):", classes="hint")
                options = []
                for rec in self._skills:
                    line = Text(one_line(rec.title, 44), style="bold")
                    learner = pair.person(rec.learner) if rec.learner else None
                    if learner is not None:
                        line.append(f"  - {printable(learner.name, keep_newlines=False)} is learning it")
                    notes = len(dg.friction_for(app.store, rec.uuid))
                    if notes:
                        line.append(f"  ({notes} practice note{'s' if notes != 1 else ''} on friction)", style="italic")
                    options.append(Option(line, id=rec.uuid))
                yield OptionList(*options, id="st-skills")
            yield Field("Or type the technology", id="st-tool", placeholder="e.g. the patient portal, video clinics",
                        max_length=200)
            if _viewer_uuid(self.rm) is None:  # looking together: both see it as it is made
                yield Static("Looking together, so this diagnosis is shared with both of you. To keep one "
                             "to yourself, press F2 first and say who is at the keyboard.", classes="hint",
                             id="st-together")
            else:
                # it is about a person's reluctance: private to its author unless shared on purpose
                partner = self._partner_name()
                yield Checkbox(f"Share with partner ({partner}) - unticked, only you see it", id="st-share",
                               value=False)
            yield Static("ctrl+s starts with the typed technology · Escape cancels", classes="hint")
            yield Static("", id="st-status")
        yield KeysFooter()  # the dialog's own keys, over the footer of the screen below

    def on_mount(self) -> None:
        if self._skills:
            self.query_one("#st-skills", OptionList).focus()
        else:
            self.query_one("#st-tool-input").focus()

    def _partner_name(self) -> str:
        pair = self.rm.current_pair()
        me = _viewer_uuid(self.rm)
        other = pair.other(me) if pair is not None and me else None
        return printable(other.name, keep_newlines=False) if other is not None else "your partner"

    def _private(self) -> bool:
        boxes = list(self.query("#st-share").results(Checkbox))
        return bool(boxes) and not boxes[0].value

    @on(OptionList.OptionSelected, "#st-skills")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        rec = next((r for r in self._skills if r.uuid == event.option.id), None)
        if rec is not None:
            self.dismiss(Subject(rec.title, rec.uuid, self._private()))

    def action_start(self) -> None:
        field = self.query_one("#st-tool", Field)
        typed = field.value
        if not typed.strip() and self._skills:
            listing = self.query_one("#st-skills", OptionList)
            if listing.highlighted is not None:
                rec = self._skills[listing.highlighted]
                self.dismiss(Subject(rec.title, rec.uuid, self._private()))
                return
        try:
            tool = dg.check_tool(typed)
        except Invalid as exc:
            message = str(exc)
            if not typed.strip():
                message = "Type the technology's name, or pick a skill above." if self._skills else \
                    "Type the technology's name, e.g. the patient portal."
            field.set_error(message)
            return
        field.set_error(None)
        self.dismiss(Subject(tool, None, self._private()))

    def action_cancel(self) -> None:
        self.dismiss(None)


# --------------------------------------------------------------------------- the statements
class StatementRow(Widget, can_focus=True):
    """One statement with its 1-5 scale: number keys answer, 0 skips, up/down move."""

    DEFAULT_CSS = """
    StatementRow { height: auto; padding: 0 1; margin: 0 0 1 0; border-left: blank; }
    StatementRow:focus { border-left: thick $accent; background: $boost; }
    """
    BINDINGS = [
        Binding("1", "answer(1)", "Strongly disagree", show=False),
        Binding("2", "answer(2)", "Disagree", show=False),
        Binding("3", "answer(3)", "Neither", show=False),
        Binding("4", "answer(4)", "Agree", show=False),
        Binding("5", "answer(5)", "Strongly agree", show=False),
        Binding("0", "skip", "Skip"),
        Binding("backspace,delete", "answer(0)", "Clear", show=False),
        Binding("left", "nudge(-1)", "Less", show=False),
        Binding("right", "nudge(1)", "More", show=False),
        Binding("down,j", "move(1)", "Next", show=False),
        Binding("up,k", "move(-1)", "Previous", show=False),
    ]

    class Answered(Message):
        def __init__(self, row: "StatementRow") -> None:
            super().__init__()
            self.row = row

    def __init__(self, number: int, question: rz.Question, text: str, value: int | None = None) -> None:
        super().__init__(id=f"q-{question.id}")
        self.number = number
        self.question = question
        self.statement = text
        self.value = value

    def render(self) -> Text:
        text = Text()
        text.append(f"{self.number:>2}. ", style="bold")
        text.append(printable(self.statement, keep_newlines=False))
        text.append("\n    ")
        for n, label in rz.SCALE.items():
            chosen = self.value == n
            text.append(f" {n} {label} ", style="reverse bold" if chosen else "dim" if self.value else "")
            text.append(" ")
        return text

    def set_value(self, value: int | None) -> None:
        self.value = value
        self.refresh(layout=True)
        self.post_message(self.Answered(self))

    def action_answer(self, value: int) -> None:
        self.set_value(value or None)
        if value:
            self.action_move(1)

    def action_skip(self) -> None:
        """Leave this one unanswered and go on."""
        if self.value is not None:
            self.set_value(None)
        self.action_move(1)

    def action_nudge(self, delta: int) -> None:
        self.set_value(3 if self.value is None else max(1, min(5, self.value + delta)))

    def action_move(self, delta: int) -> None:
        rows = list(self.screen.query(StatementRow))
        index = rows.index(self) + delta
        if 0 <= index < len(rows):
            rows[index].focus()
            rows[index].scroll_visible()

    def on_click(self, event: Click) -> None:
        self.focus()


class QuestionnaireScreen(AppScreen[dg.Saved | None]):
    """Rate each statement about the other person and one technology; skipping is fine."""

    DEFAULT_CSS = """
    QuestionnaireScreen #qs-intro { padding: 0 2; margin: 0 0 1 0; }
    QuestionnaireScreen #qs-rows { height: 1fr; padding: 0 1; }
    QuestionnaireScreen #qs-progress { padding: 0 2; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "finish", "See the result", priority=True),
        Binding("1,2,3,4,5", "noop", "Answer (1-5)", key_display="1-5"),
    ]

    def __init__(self, tool: str, skill_uuid: str | None, private: bool) -> None:
        super().__init__()
        self.tool = tool
        self.skill_uuid = skill_uuid
        self.private = private

    def compose(self) -> ComposeResult:
        app = self.rm
        self.title = f"Find the cause of resistance - {one_line(self.tool, 40)}"
        learner = _learner_name(app, self.skill_uuid)
        intro = Text()
        intro.append("About: ", style="bold")
        intro.append(printable(self.tool, keep_newlines=False))
        if learner:
            intro.append(f"  ({printable(learner, keep_newlines=False)} is learning it)")
        intro.append("\nHow far do you agree with each statement about them? ")
        intro.append("1 strongly disagree ... 5 strongly agree; 3 counts as no sign either way; "
                     "0 skips one you cannot judge. "
                     "Up and down move; ctrl+s shows the result.", style="dim")
        self.friction = dg.friction_for(app.store, self.skill_uuid)
        if self.friction:
            intro.append("\nFrom the practice notes (these count too):", style="bold")
            for note in self.friction[:4]:
                intro.append("\n  \u201c" + one_line(note, 90) + "\u201d", style="italic")
        yield Header()
        yield Static(intro, id="qs-intro")
        with VerticalScroll(id="qs-rows"):
            for number, (question, text) in enumerate(rz.questions_for(self.tool), start=1):
                yield StatementRow(number, question, text)
        yield Static("", id="qs-progress")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query(StatementRow).first().focus()
        self._progress()

    def answers(self) -> dict[str, int]:
        return {row.question.id: row.value for row in self.query(StatementRow) if row.value}

    def _progress(self) -> None:
        done = len(self.answers())
        total = len(rz.QUESTIONS)
        text = f"{done} of {total} answered"
        if done and done * 2 < total:
            text += " - answer at least half for a ranking you can lean on"
        self.query_one("#qs-progress", Static).update(text)

    @on(StatementRow.Answered)
    def _answered(self) -> None:
        self._progress()

    def action_noop(self) -> None:
        self.notify("Move to a statement (up/down) and press 1 to 5.", timeout=3)

    def action_finish(self) -> None:
        answers = self.answers()
        if not answers:
            self.notify("Answer at least one statement first (1 to 5), or press Escape to leave.",
                        severity="warning", timeout=5)
            return
        app = self.rm
        tool, skill_uuid, author = self.tool, self.skill_uuid, _viewer_uuid(app)
        private, friction = self.private, self.friction
        # a refusal is a toast and the answers stay on screen to try again
        app.save(self, lambda store: dg.save(store, tool, answers, skill_uuid=skill_uuid, author=author,
                                             private=private, friction=friction), self.dismiss)

    def action_cancel(self) -> None:
        if not self.answers():
            self.dismiss(None)
            return
        from rmcoach.widgets.confirm import ConfirmModal

        def answer(yes: bool | None) -> None:
            if yes:
                self.dismiss(None)

        self.app.push_screen(ConfirmModal("Leave without saving these answers?"), answer)


# --------------------------------------------------------------------------- the result
def adkar_line(diagnosis: rz.Diagnosis) -> Text:
    """The five ADKAR steps and how each fared: in place, missing, or unknown (no clear answer)."""
    text = Text()
    text.append("ADKAR steps: ", style="bold")
    for n, element in enumerate(rz.ADKAR_ELEMENTS):
        state = rz.adkar_state(diagnosis.answers, element)
        if n:
            text.append(" \u2192 ")
        name = rz.ADKAR_NAMES[element]
        if element == diagnosis.adkar_barrier:
            text.append(f"{name} \u2717", style="bold reverse")
        elif state == rz.UNKNOWN:
            text.append(f"{name} ?", style="dim")
        elif state == rz.IN_PLACE:
            text.append(f"{name} \u2713")
        else:
            text.append(f"{name} \u2717", style="dim")
    text.append("  (\u2713 in place, \u2717 missing, ? no clear answer)", style="dim")
    return text


def conclusion_text(diagnosis: rz.Diagnosis) -> Text:
    """The one conclusion: a headline and the reasoning behind it."""
    c = diagnosis.conclusion
    text = Text()
    text.append(printable(c.headline, keep_newlines=False), style="bold")
    for line in c.explanation:
        text.append("\n" + printable(line, keep_newlines=False))
    return text


def result_summary(saved: dg.Saved, before: dg.Saved | None, changed: list[str], learner: str) -> Text:
    d = saved.diagnosis
    text = Text()
    text.append(printable(saved.tool, keep_newlines=False), style="bold")
    text.append(f" - diagnosis of {_day(saved)}")
    if learner:
        text.append(f" ({printable(learner, keep_newlines=False)} is learning it)")
    if saved.visibility == PRIVATE:
        text.append("  [private: only you see it; s shares it with your partner]", style="italic")
    else:
        text.append("  [shared with both of you]", style="italic")
    answered = len(d.answers)
    text.append(f"\n{answered} of {len(rz.QUESTIONS)} statements answered", style="dim")
    neutral = sum(1 for a in d.answers.values() if not rz.is_evidence(a))
    if neutral:
        text.append(f" ({neutral} neutral, which count as no sign either way)", style="dim")
    if d.friction_notes:
        text.append(f"; {len(d.friction_notes)} practice note{'s' if len(d.friction_notes) != 1 else ''} read",
                    style="dim")
    if before is not None:
        text.append(f"\n\nWhat changed since {_day(before)}:", style="bold")
        for line in changed:
            text.append("\n  \u2022 " + printable(line, keep_newlines=False))
    text.append("\n\n")
    text.append_text(conclusion_text(d))
    text.append("\n\n")
    text.append_text(adkar_line(d))
    return text


def where_to_start(d: rz.Diagnosis) -> str:
    """The conclusion in a few words, for a table cell: the barrier and the cause behind it."""
    c = d.conclusion
    barrier = rz.ADKAR_NAMES[c.barrier] if c.barrier else ""
    cause = c.focus[0].cause.name if c.focus else ""
    if barrier and cause:
        return f"{barrier}: {cause}"
    return barrier or cause or "nothing stands out"


def shown_causes(d: rz.Diagnosis) -> list[rz.RankedCause]:
    """The few causes that matter, in the order the conclusion gives them (none when nothing stands out)."""
    return list(d.conclusion.focus)


class DiagnosisResultScreen(DataScreen):
    """Ranked causes with their reasons and strategies; strategies become agenda items or practice tasks."""

    DEFAULT_CSS = """
    DiagnosisResultScreen #dr-top { height: auto; max-height: 45%; padding: 0 2; border-bottom: solid $primary; }
    DiagnosisResultScreen #dr-list { height: 1fr; }
    DiagnosisResultScreen #dr-keys { color: $text-muted; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("a", "agenda", "Put on the agenda"),
        Binding("t", "task", "Make it a practice task"),
        Binding("s", "share", "Share with partner"),
        Binding("p", "make_private", "Make private"),
        Binding("r", "again", "Run it again"),
    ]

    def __init__(self, diagnosis_uuid: str) -> None:
        super().__init__()
        self.diagnosis_uuid = diagnosis_uuid
        self.saved: dg.Saved | None = None
        self.done: dict[str, str] = {}  # option id -> what became of it
        self._hung_width = 0  # the width the options were last hung at

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="dr-top"):
            yield Static("", id="dr-summary")
        yield QuickOptionList(id="dr-list")
        yield Static("Pick a strategy (up/down), then a puts it on the next session's agenda, "
                     "t makes it a practice task for the skill", id="dr-keys")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_data()
        self.query_one("#dr-list", OptionList).focus()
        self.call_after_refresh(self._rehang)

    def on_resize(self) -> None:
        self.call_after_refresh(self._rehang)

    def _rehang(self) -> None:
        """Hang the options again once the list's width is known, or when it changes."""
        listing = self.query_one("#dr-list", OptionList)
        if self._options_width(listing) != self._hung_width and self.saved is not None:
            self.refresh_data()

    @staticmethod
    def _options_width(listing: OptionList) -> int:
        """The columns an option's text gets: the list's content less its gutter and the
        options' padding, and two more that Textual keeps for an option's own margin (a line
        as wide as the content region is cut short by them)."""
        padding = listing.get_component_styles("option-list--option").padding.width
        return listing.scrollable_content_region.width - listing._get_left_gutter_width() - padding - 2

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "task":
            return bool(self.saved and self.saved.skill_uuid)
        if action in ("share", "make_private"):
            if not (self.saved and self.saved.author and self.saved.author == _viewer_uuid(self.rm)):
                return False
            return (self.saved.visibility == PRIVATE) == (action == "share")
        return True

    def refresh_data(self) -> None:
        app = self.rm
        saved = dg.get(app.store, self.diagnosis_uuid, app.viewer)
        if saved is None:
            self.dismiss()
            return
        self.saved = saved
        self.title = f"Find the cause of resistance - {one_line(saved.tool, 40)}"
        before, changed = dg.changes(app.store, saved, app.viewer)
        learner = _learner_name(app, saved.skill_uuid)
        answered_by = (short_name(app.current_pair(), saved.author)
                       if saved.author and saved.author != _viewer_uuid(app) else None)
        self.query_one("#dr-summary", Static).update(result_summary(saved, before, changed, learner))
        listing = self.query_one("#dr-list", OptionList)
        keep = listing.highlighted
        listing.clear_options()
        # the options' text width once laid out: their indented lines are hung there (Textual
        # wraps a long line back to the left edge); before the first layout, drawn as they come
        width = self._options_width(listing)
        self._hung_width = width

        def hung(text: Text) -> Text:
            return hang(text, width, self.app.console) if width > 20 else text

        main = shown_causes(saved.diagnosis)
        options: list[Option] = []
        if not main:
            options.append(Option(Text("No cause stands out, so there are no strategies to pick. Ask them what "
                                       "gets in the way, or run it again together (r).", style="italic"),
                                  id="none"))
        for rank, r in enumerate(main, start=1):
            head = Text()
            head.append(f"{rank}. {score_bar(r.score)} {round(r.score * 100):>3}%  ", style="bold")
            head.append(r.cause.name, style="bold")
            head.append("\n   " + r.cause.explanation, style="italic")
            for reason in r.reasons:
                shown = dg.reason_for(reason, answered_by)
                head.append("\n   \u00b7 " + printable(shown, keep_newlines=False), style="dim")
            options.append(Option(hung(head), id=f"c:{r.cause.id}", disabled=False))
            for i, strategy in enumerate(rz.strategies_for(rank - 1, r.cause)):
                oid = f"s:{r.cause.id}:{i}"
                line = Text("     \u2192 ")
                line.append(strategy)
                if oid in self.done:
                    line.append(f"  \u2713 {self.done[oid]}", style="bold green")
                options.append(Option(hung(line), id=oid))
        others = len(rz.CAUSES) - len(main)
        if main and others:
            options.append(Option(Text(f"The other {others} causes checked show little or no sign on these "
                                       "answers.", style="dim"), id="rest"))
        listing.add_options(options)
        if keep is not None and keep < len(options):
            listing.highlighted = keep
        else:
            first = next((i for i, o in enumerate(options) if str(o.id).startswith("s:")), 0)
            listing.highlighted = first

    def _strategy(self) -> tuple[str, str] | None:
        listing = self.query_one("#dr-list", OptionList)
        if listing.highlighted is None:
            return None
        oid = str(listing.get_option_at_index(listing.highlighted).id)
        if not oid.startswith("s:"):
            self.notify("Pick one of the strategies (the lines with \u2192) first.", timeout=3)
            return None
        _, cause, index = oid.split(":")
        return oid, rz.CAUSES[cause].strategies[int(index)]

    def action_agenda(self) -> None:
        picked = self._strategy()
        if picked is None or self.saved is None:
            return
        oid, strategy = picked
        tool, by = self.saved.tool, _viewer_uuid(self.rm)

        def done(_: object) -> None:
            self.done[oid] = "on the agenda"
            self.notify("Added to the agenda for your next session; the briefing will show it.", timeout=4)
            self.refresh_data()

        self.rm.save(self, lambda store: dg.add_agenda_item(store, tool, strategy, by=by), done)

    def action_task(self) -> None:
        picked = self._strategy()
        if picked is None or self.saved is None or not self.saved.skill_uuid:
            return
        oid, strategy = picked
        skill_uuid, by = self.saved.skill_uuid, _viewer_uuid(self.rm)

        def done(_: object) -> None:
            self.done[oid] = "a practice task"
            self.notify("Added as a practice task on the skill (see Skills swapped).", timeout=4)
            self.refresh_data()

        self.rm.save(self, lambda store: dg.add_practice_task(store, skill_uuid, strategy, by=by), done)

    def action_share(self) -> None:
        self._set_private(False)

    def action_make_private(self) -> None:
        self._set_private(True)

    def _set_private(self, private: bool) -> None:
        if self.saved is None:
            return
        uuid, by = self.saved.uuid, _viewer_uuid(self.rm)

        def done(_: object) -> None:
            self.notify("Now private: only you see it." if private else "Now shared with both of you.", timeout=3)
            self.refresh_data()
            self.refresh_bindings()

        self.rm.save(self, lambda store: dg.set_private(store, uuid, private, by=by), done)

    def action_again(self) -> None:
        if self.saved is None:
            return
        saved = self.saved

        def finished(new: dg.Saved | None) -> None:
            if new is not None:
                self.app.switch_screen(DiagnosisResultScreen(new.uuid))

        self.app.push_screen(QuestionnaireScreen(saved.tool, saved.skill_uuid, saved.visibility == PRIVATE), finished)

    def action_back(self) -> None:
        self.dismiss()


# --------------------------------------------------------------------------- the area
class ResistanceScreen(DataScreen):
    """Past diagnoses, newest first, and the way to run a new one."""

    SHOWS = (tables.DIAGNOSES,)
    DEFAULT_CSS = """
    ResistanceScreen #rs-intro { padding: 0 2; margin: 0 0 1 0; }
    ResistanceScreen #rs-body { height: 1fr; }
    ResistanceScreen #rs-table { width: 1fr; height: 1fr; }
    ResistanceScreen #rs-detail { width: 38; height: 1fr; border-left: solid $primary; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("n", "new", "New diagnosis"),
        Binding("enter", "open", "Open", show=True),
        Binding("r", "again", "Run it again"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._saved: list[dg.Saved] = []

    def compose(self) -> ComposeResult:
        pair = self.rm.current_pair()
        self.title = f"{pair.title} - cause of resistance" if pair else "Find the cause of resistance"
        yield Header()
        yield Static(Text(
            "When they keep putting a tool off, find out why before pushing it. "
            f"Rate {len(rz.QUESTIONS)} short statements "
            "(about usefulness, ease, time, past experience, confidence, culture) and get one conclusion: "
            "where to start, the few causes behind it and strategies for each, or a plain \"nothing stands out\". "
            "Run it alone or together; each run is kept so you can see what changed."), id="rs-intro")
        with Horizontal(id="rs-body"):
            yield ListTable(id="rs-table", cursor_type="row", zebra_stripes=True)
            # a fixed-size pane, drawn once the highlight rests (see widgets/detail.py)
            yield DetailPane(id="rs-detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Date", key="date", width=15)
        table.add_column("About", key="about", width=24)
        table.add_column("Where to start", key="start", width=38)
        self.refresh_data()
        table.focus()

    def refresh_data(self) -> None:
        app = self.rm
        table = self.query_one(DataTable)
        keep = self._cursor()
        self._saved = dg.all_saved(app.store, app.viewer)
        table.clear()
        for s in self._saved:
            table.add_row(_day(s), Text(one_line(s.tool, 24)),
                          Text(one_line(where_to_start(s.diagnosis), 38)), key=s.uuid)
        if keep and any(s.uuid == keep for s in self._saved):
            table.move_cursor(row=table.get_row_index(keep))
        self._show_detail()

    def _cursor(self) -> str | None:
        return cursor_key(self.query_one(DataTable))

    def current(self) -> dg.Saved | None:
        key = self._cursor()
        return next((s for s in self._saved if s.uuid == key), None)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self.when_resting(self._show_detail)

    def _show_detail(self) -> None:
        detail = self.query_one("#rs-detail", DetailPane)
        saved = self.current()
        if saved is None:
            detail.show(Text("No diagnoses yet. Press n, pick the skill or type the technology they resist, "
                               "and rate the statements. It takes about five minutes."))
            return
        d = saved.diagnosis
        text = Text()
        text.append(printable(saved.tool, keep_newlines=False), style="bold")
        text.append(f"\n{_day(saved)}" + ("  (private)" if saved.visibility == PRIVATE else ""), style="dim")
        text.append("\n\n")
        text.append_text(conclusion_text(d))
        for r in shown_causes(d):
            text.append(f"\n{score_bar(r.score, 8)} {round(r.score * 100):>3}% ")
            text.append(r.cause.name)
        text.append("\n\n")
        text.append_text(adkar_line(d))
        text.append("\n\nEnter opens it with the strategies; r runs it again to see what changed.", style="dim")
        detail.show(text)

    def show_record(self, table: str, uuid: str) -> None:
        """Open on one diagnosis (used by search)."""
        if table == tables.DIAGNOSES and any(s.uuid == uuid for s in self._saved):
            data = self.query_one(DataTable)
            data.move_cursor(row=data.get_row_index(uuid))
            self._show_detail()

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        saved = self.current()
        if saved is None:
            self.action_new()
            return
        self.app.push_screen(DiagnosisResultScreen(saved.uuid), lambda _: self.refresh_data())

    def _run(self, tool: str, skill: str | None, private: bool) -> None:
        def finished(saved: dg.Saved | None) -> None:
            self.refresh_data()
            if saved is not None:
                self.app.push_screen(DiagnosisResultScreen(saved.uuid), lambda _: self.refresh_data())

        self.app.push_screen(QuestionnaireScreen(tool, skill, private), finished)

    def action_new(self) -> None:
        def chosen(choice: Subject | None) -> None:
            if choice is not None:
                self._run(choice.tool, choice.skill, choice.private)

        self.app.push_screen(StartModal(), chosen)

    def action_again(self) -> None:
        saved = self.current()
        if saved is None:
            self.action_new()
            return
        self._run(saved.tool, saved.skill_uuid, saved.visibility == PRIVATE)

    def action_back(self) -> None:
        self.dismiss()
