"""The session log: log or edit a session, browse and search past ones, tick
off action items, add agenda topics, and skip or move a single session."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

from rich.console import RenderableType
from rich.text import Text
from textual.timer import Timer
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Button,
    DataTable,
    Header,
    Input,
    Label,
    Markdown,
    OptionList,
    RadioSet,
    Select,
    Static,
    TabbedContent,
    Tabs,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from rmcoach.features import checkins, sessions
from rmcoach.infra import clock, validate
from rmcoach.records import privacy, tables
from rmcoach.records.sessions import Rating, Session
from rmcoach.records.skills import SkillRecord
from rmcoach.infra.dates import DateParseError, fmt_date, fmt_when, localize, parse_when
from rmcoach.records.model import Pair
from rmcoach.storage.store import Store, StoreError
from rmcoach.infra.textsafe import one_line, printable
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import AreaField, Field, FieldChecks
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.widgets.tables import FitTable, move_to_key
from rmcoach.screens.base import AppModal, AppScreen, DataScreen
from rmcoach.infra.wording import plural
from rmcoach.widgets.toggles import RadioButton, SelectionList
from rmcoach.widgets.inputs import TypingInput

STATUS_WORDS = {sessions.OPEN: "open", sessions.DONE: "done", sessions.DROPPED: "dropped"}



def _name(pair: Pair | None, uuid: object) -> str:
    person = pair.person(str(uuid)) if pair is not None and uuid else None
    return one_line(person.name, 40) if person else "—"


def _score(value: int | None) -> str:
    """One rating as shown: "4/5", or "not rated" when that person left it empty."""
    return "not rated" if value is None else f"{value}/5"


def _input_value(dt: _dt.datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- log / edit a session
class ActionRow(Horizontal):
    """One new action item: what, who, by when."""

    DEFAULT_CSS = """
    ActionRow { height: auto; }
    ActionRow > Field { width: 1fr; }
    ActionRow > .owner { width: 28; margin: 1 1 0 0; }
    ActionRow > .due { width: 26; }
    .-narrow ActionRow { layout: vertical; }
    .-narrow ActionRow > .owner, .-narrow ActionRow > .due { width: 1fr; margin: 0 1 0 0; }
    """

    def __init__(self, number: int, people: list[tuple[Text, str]]) -> None:
        super().__init__(id=f"action-{number}")
        self.number = number
        self.people = people

    def compose(self) -> ComposeResult:
        yield Field("Action item", id=f"action-{self.number}-text", placeholder="e.g. Try the template reply in clinic")
        yield Select(self.people, value=self.people[0][1], allow_blank=False, id=f"action-{self.number}-owner",
                     classes="owner")
        due = Field("Due (optional)", id=f"action-{self.number}-due", placeholder="e.g. next friday")
        due.add_class("due")
        yield due


class SessionFormScreen(LeaveGuard, AppScreen[bool]):
    """Log a new session (``session_uuid`` None) or edit a logged one."""
    DRAFT_TITLE = "Session log"  # what an unsaved draft of it is called

    DEFAULT_CSS = """
    SessionFormScreen VerticalScroll { padding: 0 2; }
    SessionFormScreen .section { text-style: bold; margin: 1 0 0 1; color: $accent; }
    SessionFormScreen .row { height: auto; }
    SessionFormScreen .row > Field, SessionFormScreen .row > Vertical { width: 1fr; height: auto; }
    SessionFormScreen SelectionList { height: auto; max-height: 8; margin: 0 1 1 1; }
    SessionFormScreen RadioSet { margin: 0 0 1 1; width: auto; }
    SessionFormScreen RadioSet > RadioButton { width: auto; }  /* Textual's 1fr buttons push an auto-width set past the edge */
    SessionFormScreen #notes-row { height: auto; }
    SessionFormScreen #notes { width: 1fr; }
    SessionFormScreen #notes > TextArea { height: 12; }
    SessionFormScreen #notes-preview { width: 1fr; height: 14; border: round $primary; margin: 1 0 0 1; overflow-y: auto; }
    SessionFormScreen #when-shown { margin: 0 0 0 1; color: $text-muted; }
    SessionFormScreen #form-status { margin: 0 0 0 1; color: $error; }
    SessionFormScreen #buttons { height: auto; margin: 1 0 1 1; }
    SessionFormScreen #buttons Button { margin: 0 2 0 0; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+n", "add_action", "Another action item"),
        Binding("ctrl+o", "reflection", "My private reflection"),
        Binding("ctrl+r", "toggle_preview", "Notes preview"),
        Binding("escape", "cancel", "Back"),
    ]

    def __init__(self, session_uuid: str | None = None) -> None:
        super().__init__()
        self.session_uuid = session_uuid
        self.action_rows = 0

    # -- building
    def _setup(self) -> None:
        app = self.rm
        self.store = app.store
        self.pair = app.require_pair()
        self.viewer = app.viewer
        self.schedule = checkins.load_schedule(self.store)
        self.record = self.store.record(Session, self.session_uuid)
        what = "edit the session log" if self.record is not None else "log a session"
        self.title = f"{self.pair.title} - {what}" if self.pair else what.capitalize()
        now = clock.now()
        self.target = None
        if self.record is not None:
            self.default_start = sessions.session_start(self.record) or now.replace(tzinfo=None)
        else:
            self.target = checkins.default_log_target(self.store, self.schedule, now)
            self.default_start = (self.target.start.replace(tzinfo=None) if self.target is not None
                                  else now.replace(tzinfo=None, second=0, microsecond=0))

    def compose(self) -> ComposeResult:
        self._setup()
        pair, record = self.pair, self.record
        people = list(pair.people[:2]) if pair else []
        yield Header()
        with VerticalScroll(id="form"):
            if record is None:
                about = ("Logging session " + str(self.target.index) + " as planned."
                         if self.target is not None else "Logging a session.")
                yield Static(Text(about + " Change the date if you met on another day."), classes="hint")
            else:
                yield Static(Text("Editing a logged session; the earlier version is kept in its history."),
                             classes="hint")
            minutes = (record.minutes if record is not None else None) or \
                (self.target.minutes if self.target is not None else sessions.DEFAULT_MINUTES)
            with Horizontal(classes="row"):
                yield Field("Date and time", id="when", value=_input_value(self.default_start),
                            placeholder="e.g. 2026-12-03 14:30 or 3 Dec 2pm")
                yield Field("Length in minutes", id="minutes", value=str(minutes))
            yield Static("", id="when-shown")
            # a date a day or more before a scheduled session: that session held early, or an extra meeting?
            with RadioSet(id="occ-choice") as choice:
                choice.display = False
                extra = record is not None and sessions.is_extra(record)
                yield RadioButton("That session, held early", id="occ-early",
                                  value=record is not None and record.occurrence is not None and not extra)
                yield RadioButton("An extra meeting; that session is still to come", id="occ-extra", value=extra)
            yield Label("Who led the first half?", classes="section")
            lead = record.lead if record is not None else None
            if lead is None and people:
                index = self.target.index if self.target is not None else 1
                lead = checkins.who_leads(pair, index, checkins.lead_plan(self.store))
            with RadioSet(id="lead"):
                for p in people:
                    yield RadioButton(Text(printable(p.name, keep_newlines=False)), value=(p.uuid == lead))
            covered = record.covered if record is not None else ()
            for i, teacher in enumerate(people):
                learner = pair.other(teacher.uuid)
                if learner is None:
                    continue
                yield Label(Text(f"{printable(teacher.name, keep_newlines=False)} taught "
                                 f"{printable(learner.name, keep_newlines=False)}"), classes="section")
                mine = [c for c in covered if c.teacher == teacher.uuid]
                chosen = {c.skill for c in mine if c.skill}
                options = [(Text(one_line(s.title, 70)), s.uuid, s.uuid in chosen)
                           for s in sessions.skills_for(self.store, teacher.uuid, learner.uuid, self.viewer)]
                if options:
                    yield SelectionList(*options, id=f"skills-{i}")
                topics = [c.topic for c in mine if not c.skill and c.topic]
                field = AreaField("Topics (one per line)" + (" - or tick skills above" if options else ""),
                                  id=f"topics-{i}", value="\n".join(topics))
                yield field
            open_topics = sessions.agenda(self.store, self.viewer)
            if open_topics:
                yield Label("Agenda topics you covered (they leave the agenda)", classes="section")
                yield SelectionList(*[(Text(one_line(t.text, 80)), t.uuid) for t in open_topics],
                                    id="topics-done")
            yield AreaField("What went well", id="went-well", value=record.went_well if record is not None else "")
            yield Label("How it felt (1-5, leave empty to skip)", classes="section")
            ratings = (record.ratings if record is not None else None) or {}
            for i, p in enumerate(people):
                scores = ratings.get(p.uuid) or Rating(useful=None, comfort=None)
                with Horizontal(classes="row"):
                    yield Field(f"{one_line(p.name, 30)}: how useful", id=f"useful-{i}",
                                value=str(scores.useful or ""), placeholder="1-5")
                    yield Field(f"{one_line(p.name, 30)}: how comfortable", id=f"comfort-{i}",
                                value=str(scores.comfort or ""), placeholder="1-5")
            yield Label("Shared notes (Markdown; ctrl+r shows or hides the preview)", classes="section")
            yield Static(Text("Tip: an unticked task line such as \"- [ ] ask about rotas\" is carried "
                              "over to the next briefing."), classes="hint")
            notes = record.notes if record is not None else ""
            with Horizontal(id="notes-row"):
                yield AreaField("Notes", id="notes", value=notes)
                yield Markdown(notes, id="notes-preview")
            yield Label("New action items (ctrl+n adds another)", classes="section")
            yield Vertical(id="actions", classes="row")
            yield Label("Private reflection", classes="section")
            if self.viewer and self.viewer != privacy.TOGETHER:
                own = sessions.reflection_of(self.store, self.session_uuid, self.viewer) if self.session_uuid else None
                person = pair.person(self.viewer) if pair else None
                yield AreaField(f"Only {one_line(person.name, 40) if person else 'you'} will see this",
                                id="reflection", value=own.text if own is not None else "")
            else:
                yield Static(Text("Private reflections are hidden while you look together; each of you can add one "
                                  "later with F2 (who is at the keyboard)."), classes="hint", id="reflection-hidden")
            yield Static("", id="form-status")
            with Horizontal(id="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Add action item (ctrl+n)", id="add-action")
                yield Button("Cancel (esc)", id="cancel")
        yield KeysFooter()

    def action_reflection(self) -> None:
        """Straight to the private reflection box (it sits below the notes and action items)."""
        boxes = self.query("#reflection-input")
        if boxes:
            boxes.first().focus()
            self.query_one("#reflection").scroll_visible(animate=False)
        else:
            self.rm.notify("Private reflections are hidden while you look together: press F2 to say who you are.",
                            timeout=5)

    async def on_mount(self) -> None:
        await self.action_add_action()
        self.query_one("#when-input", Input).focus()
        self._show_when(self.query_one("#when-input", Input).value)

    # -- live feedback
    @on(Input.Changed, "#when-input")
    def _when_changed(self, event: Input.Changed) -> None:
        self._show_when(event.value)

    def _show_when(self, text: str) -> None:
        shown = self.query_one("#when-shown", Static)
        try:
            value = sessions.check_when(text, default=self.default_start)
        except validate.Invalid:
            shown.update("")
            return
        occ = checkins.occurrence_near(self.schedule, value)
        early = checkins.held_early(self.schedule, value)
        choice = self.query_one("#occ-choice", RadioSet)
        choice.display = early is not None
        if early is not None:
            days = (early.start.date() - value.date()).days
            before = "the day" if days == 1 else f"{days} days"
            shown.update(Text(f"Read as {fmt_when(value)} - {before} before session {early.index} "
                              f"({fmt_date(early.start)}). Which was it?"))
            self.query_one("#occ-early", RadioButton).label = Text(
                f"Session {early.index}, held early (it was planned for {fmt_date(early.start)})")
            self.query_one("#occ-extra", RadioButton).label = Text(
                f"An extra meeting (session {early.index} is still to come)")
            return
        extra = f" - session {occ.index} in your rhythm" if occ is not None else ""
        shown.update(Text(f"Read as {fmt_when(value)}{extra}"))

    @on(TextArea.Changed, "#notes-input")
    async def _notes_changed(self, event: TextArea.Changed) -> None:
        preview = self.query_one("#notes-preview", Markdown)
        if preview.display:
            await preview.update(event.text_area.text)

    def action_toggle_preview(self) -> None:
        preview = self.query_one("#notes-preview", Markdown)
        preview.display = not preview.display
        if preview.display:
            preview.update(self.query_one("#notes", AreaField).value)

    @on(Button.Pressed, "#add-action")
    async def action_add_action(self) -> None:
        people = [(Text(printable(p.name, keep_newlines=False)), p.uuid) for p in self.pair.people[:2]]
        if not people:
            return
        self.action_rows += 1
        row = ActionRow(self.action_rows, people)
        await self.query_one("#actions", Vertical).mount(row)
        if self.action_rows > 1:
            for found in row.query(Input).results(Input):
                found.focus()
                row.scroll_visible()
                break

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(False))

    # -- saving
    def _collect(self) -> sessions.SessionInput | None:
        check = FieldChecks(self)
        pair = self.pair
        people = list(pair.people[:2])
        when = check("when", lambda v: sessions.check_when(v, default=self.default_start))
        minutes = check("minutes", sessions.check_minutes)
        lead_index = self.query_one("#lead", RadioSet).pressed_index
        lead = people[lead_index].uuid if 0 <= lead_index < len(people) else people[0].uuid
        covered: list[sessions.Covered] = []
        for i, teacher in enumerate(people):
            learner = pair.other(teacher.uuid)
            if learner is None:
                continue
            for lst in self.query(f"#skills-{i}").results(SelectionList):
                for skill_uuid in lst.selected:
                    skill = self.store.record(SkillRecord, str(skill_uuid))
                    covered.append(sessions.Covered(teacher.uuid, learner.uuid, str(skill_uuid),
                                                    skill.title if skill is not None else ""))
            topics = check(f"topics-{i}", lambda v: sessions.check_topics(v, what="Topics")) or []
            covered += [sessions.Covered(teacher.uuid, learner.uuid, None, t) for t in topics]
        went_well = check("went-well", lambda v: validate.long_text(v, what="What went well"))
        ratings: dict[str, dict[str, int]] = {}
        for i, p in enumerate(people):
            useful = check(f"useful-{i}", lambda v: sessions.check_rating(v, what="Usefulness"))
            comfort = check(f"comfort-{i}", lambda v: sessions.check_rating(v, what="Comfort"))
            scores = {k: v for k, v in (("useful", useful), ("comfort", comfort)) if v is not None}
            if scores:
                ratings[p.uuid] = scores
        notes = check("notes", lambda v: validate.long_text(v, what="The notes", limit=sessions.NOTES_MAX))
        actions: list[sessions.ActionInput] = []
        for row in self.query(ActionRow).results(ActionRow):
            n = row.number
            text = check(f"action-{n}-text", lambda v: validate.short_text(v, what="The action item", limit=200))
            due_field = self.query_one(f"#action-{n}-due", Field)
            if not text:
                due_field.set_error(None)
                if due_field.value.strip():
                    check.fail(f"action-{n}-text", "Say what the action item is, or clear its due date.")
                continue
            due = check(f"action-{n}-due", sessions.check_due)
            owner = self.query_one(f"#action-{n}-owner", Select).value
            actions.append(sessions.ActionInput(text, str(owner), due))
        reflection = ""
        if self.query("#reflection"):
            reflection = check("reflection", lambda v: validate.long_text(
                v, what="The reflection", limit=sessions.REFLECTION_MAX)) or ""
        topics_done: tuple[str, ...] = ()
        for lst in self.query("#topics-done").results(SelectionList):
            topics_done = tuple(str(u) for u in lst.selected)
        status = self.query_one("#form-status", Static)
        if not check.ok or when is None:
            status.update("Please fix the fields marked in red; nothing was saved.")
            return None
        occ = checkins.occurrence_near(self.schedule, when)
        extra = False
        early = checkins.held_early(self.schedule, when)
        if early is not None:  # never take a numbered session silently: they said which it was
            picked = self.query_one("#occ-choice", RadioSet).pressed_index
            if picked < 0:
                self.query_one("#occ-choice", RadioSet).display = True
                status.update(f"Say whether this was session {early.index} held early or an extra meeting; "
                              "nothing was saved.")
                self.query_one("#occ-choice", RadioSet).focus()
                return None
            extra = picked == 1
            occ = None if extra else early
        if occ is not None:
            for other in self.store.records(Session):
                if other.occurrence == occ.index and other.uuid != self.session_uuid:
                    self.query_one("#when", Field).set_error(
                        f"Session {occ.index} ({fmt_date(occ.start)}) is already logged - edit that one "
                        "from the sessions list, or give the date you really met.")
                    status.update("Please fix the fields marked in red; nothing was saved.")
                    return None
        status.update("")
        return sessions.SessionInput(
            start=when, lead=lead, occurrence=occ.index if occ is not None else None, extra=extra,
            minutes=minutes or sessions.DEFAULT_MINUTES, covered=tuple(covered), went_well=went_well or "",
            notes=notes or "", ratings=ratings, actions=tuple(actions), reflection=reflection,
            topics_done=topics_done)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        data = self._collect()
        if data is None:
            return
        author = self.viewer if self.viewer and self.viewer != privacy.TOGETHER else None
        session_uuid = self.session_uuid
        status = self.query_one("#form-status", Static)

        def work(store: Store) -> None:
            if session_uuid:
                sessions.edit_session(store, session_uuid, data, by=author)
            else:
                sessions.log_session(store, data, author=author)

        def failed(exc: Exception) -> bool:
            if isinstance(exc, validate.Invalid):
                status.update(Text(str(exc)))
                return True
            return False

        def done(_: None) -> None:
            self.rm.notify("Session saved." if session_uuid else "Session logged.", timeout=3)
            self.dismiss(True)

        self.rm.save(self, work, done, status=status, failed=failed)


# --------------------------------------------------------------------------- topics
class TopicScreen(LeaveGuard, AppModal[bool]):
    """Add a topic to the agenda of the next session."""
    DRAFT_TITLE = "Agenda topic"  # what an unsaved draft of it is called

    DEFAULT_CSS = """
    TopicScreen { align: center middle; }
    TopicScreen > Vertical { width: 72; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    TopicScreen #topic-status { color: $error; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("A topic for the agenda")
            yield Static("Something either of you wants to talk about or learn next time.", classes="hint")
            yield Field("Topic", id="topic", placeholder="e.g. what to do when the EPR freezes mid-clinic")
            yield Static("", id="topic-status")
            yield Static("ctrl+s save · escape cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#topic-input", Input).focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        app = self.rm
        field = self.query_one("#topic", Field)
        viewer = app.viewer
        by = viewer if viewer and viewer != privacy.TOGETHER else None
        schedule = checkins.load_schedule(app.store)
        nxt = schedule.next_after(clock.now()) if schedule is not None else None
        text, for_session = field.value, nxt.index if nxt is not None else None

        def failed(exc: Exception) -> bool:
            if isinstance(exc, validate.Invalid):
                field.set_error(str(exc))
                return True
            return False

        def done(_: object) -> None:
            self.rm.notify("Topic added to the agenda.", timeout=3)
            self.dismiss(True)

        app.save(self, lambda store: sessions.add_topic(store, text, by=by, for_session=for_session), done,
                 status=self.query_one("#topic-status", Static), failed=failed)

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(False))


# --------------------------------------------------------------------------- skip or move
class MoveSessionScreen(LeaveGuard, AppModal[bool]):
    """Skip, move or put back one upcoming session."""
    DRAFT_TITLE = "Skip or move a session"  # what an unsaved draft of it is called

    DEFAULT_CSS = """
    MoveSessionScreen { align: center middle; }
    MoveSessionScreen > VerticalScroll { width: 84; height: 90%; border: thick $accent; background: $surface; padding: 1 2; }
    MoveSessionScreen OptionList { height: auto; max-height: 10; margin: 0 0 1 0; }
    MoveSessionScreen RadioSet { margin: 0 0 1 0; }
    MoveSessionScreen #move-status { color: $error; }
    """
    BINDINGS = [Binding("ctrl+s", "apply", "Apply", priority=True), Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        app = self.rm
        self.schedule = checkins.load_schedule(app.store)
        now = clock.now()
        self.choices: list[tuple[_dt.datetime, str]] = []
        options: list[Option] = []
        if self.schedule is not None:
            for occ in checkins.upcoming(self.schedule, now, 8):
                label = f"Session {occ.index}: {fmt_when(occ.start)}"
                if occ.moved:
                    label += f" (moved from {fmt_date(occ.original_start)})"
                self.choices.append((occ.start, "planned"))
                options.append(Option(Text(label)))
            for start, note in checkins.skipped_upcoming(app.store, self.schedule, now):
                self.choices.append((start, "skipped"))
                options.append(Option(Text(f"Skipped: {fmt_when(start)}" + (f" - {one_line(note, 40)}" if note else ""))))
        with VerticalScroll():
            yield Label("Skip or move one session")
            yield Static("The rhythm itself stays as agreed; change it in the agreement.", classes="hint")
            if not options:
                yield Static(Text(checkins.rhythm_hint() if self.schedule is None else
                                  "No upcoming sessions to change."), id="move-empty")
                return
            yield OptionList(*options, id="move-which")
            with RadioSet(id="move-kind"):
                yield RadioButton("Move it", value=True)
                yield RadioButton("Skip it")
                yield RadioButton("Put it back where the rhythm has it")
            yield Field("New date and time (for a move)", id="move-when", placeholder="e.g. thursday 15:00 or 3 Dec 2pm")
            yield Field("New length in minutes (optional)", id="move-minutes", placeholder="leave empty to keep it")
            yield Field("Note (optional)", id="move-note", placeholder="e.g. clinic overran")
            yield Static("", id="move-status")
            yield Static("ctrl+s apply · escape cancel", classes="hint")

    def on_mount(self) -> None:
        for lst in self.query("#move-which").results(OptionList):
            lst.highlighted = 0
            lst.focus()

    def _chosen(self) -> tuple[_dt.datetime, str] | None:
        lst = self.query_one("#move-which", OptionList)
        index = lst.highlighted
        return self.choices[index] if index is not None and 0 <= index < len(self.choices) else None

    def action_apply(self) -> None:
        if not self.choices or self.schedule is None:
            self.dismiss(False)
            return
        chosen = self._chosen()
        status = self.query_one("#move-status", Static)
        if chosen is None:
            status.update("Pick a session first.")
            return
        start, state = chosen
        kind = self.query_one("#move-kind", RadioSet).pressed_index
        note_field = self.query_one("#move-note", Field)
        try:
            note = validate.short_text(note_field.value, what="The note", limit=checkins.NOTE_MAX)
            note_field.set_error(None)
        except validate.Invalid as exc:
            note_field.set_error(str(exc))
            return
        when_field = self.query_one("#move-when", Field)
        minutes_field = self.query_one("#move-minutes", Field)
        error_field: Field | None = None  # where a refusal of the change itself is shown
        work: Callable[[Store], str | None]
        if kind == 2 or state == "skipped":
            occ = self.schedule.find(start)
            original = (occ.original_start if occ is not None else start).replace(tzinfo=None)
            message = "Session put back."
            if state == "skipped" and kind != 2:
                message = "Session put back; move it now if you need to."
            work = lambda store: message if checkins.restore_session(store, original) else None  # noqa: E731
        elif kind == 1:
            message = f"Skipped the session on {fmt_date(start)}."

            def work(store: Store) -> str | None:
                checkins.skip_session(store, start, note)
                return message
        else:
            tz = self.schedule.tz or "UTC"
            try:
                new_start = parse_when(when_field.value, default=start.replace(tzinfo=None),
                                       now=clock.now().replace(tzinfo=None))
            except DateParseError as exc:
                when_field.set_error(str(exc))
                return
            minutes = None
            if minutes_field.value.strip():
                try:
                    minutes = sessions.check_minutes(minutes_field.value)
                    minutes_field.set_error(None)
                except validate.Invalid as exc:
                    minutes_field.set_error(str(exc))
                    return
            new_start = localize(new_start.replace(tzinfo=None), tz) if new_start.tzinfo is None else new_start
            message, error_field = f"Moved to {fmt_when(new_start)}.", when_field

            def work(store: Store) -> str | None:
                checkins.move_session(store, start, new_start, minutes=minutes, note=note)
                return message

        def failed(exc: Exception) -> bool:
            if isinstance(exc, StoreError) or not isinstance(exc, ValueError):
                return False
            if error_field is not None:
                error_field.set_error(str(exc))
            else:
                status.update(Text(str(exc)))
            return True

        def done(said: str | None) -> None:
            if said is None:
                status.update("That session is already where the rhythm puts it.")
                return
            if error_field is not None:
                error_field.set_error(None)
            self.rm.notify(said, timeout=4)
            self.dismiss(True)

        self.rm.save(self, work, done, status=status, failed=failed)

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(False))


# --------------------------------------------------------------------------- browse
def _rendered_notes(notes: str) -> RenderableType:
    """Session notes rendered from Markdown (terminal control characters made visible)."""
    if not notes.strip():
        return ""
    from rich.markdown import Markdown as RichMarkdown

    return RichMarkdown(printable(notes), hyperlinks=False)


ACTIONS_EMPTY = ("No action items yet. You agree them at the end of a session: press w to write up the "
                 "session and add each one there (ctrl+n adds another). Open items then show here and on "
                 "every briefing until they are done.")


class SessionsScreen(DataScreen):
    """Past sessions (newest first, filterable) and the action items."""

    DEFAULT_CSS = """
    /* the tab's pane lays the list and the session side by side itself: a row container
       around them was one more queue each highlight went through on its way to the screen */
    SessionsScreen #tab-sessions { layout: horizontal; height: 1fr; }
    SessionsScreen #sessions-left { width: 60; }
    SessionsScreen #sessions-table { height: 1fr; }
    SessionsScreen #session-view { width: 1fr; border: round $primary; padding: 0 1; }
    SessionsScreen #actions-table { height: 1fr; }
    SessionsScreen.-narrow #tab-sessions { layout: vertical; }
    SessionsScreen.-narrow #sessions-left { width: 1fr; height: 1fr; }
    SessionsScreen.-narrow #session-view { height: 1fr; }
    SessionsScreen .hint { margin: 0 1; }
    SessionsScreen #actions-empty { margin: 1 1; text-style: bold; }
    """
    BINDINGS = [
        Binding("w", "log", "Log session"),
        Binding("e", "edit", "Edit"),
        # on the action items tab the same key edits the highlighted open item
        Binding("e", "edit_action", "Edit", tooltip="Edit the highlighted action item"),
        Binding("a", "switch_tab", "Actions/sessions"),
        Binding("slash", "filter", "Filter", key_display="/"),
        Binding("d", "done", "Done"),
        Binding("x", "drop", "Drop"),
        Binding("o", "reopen", "Reopen"),
        Binding("m", "move", "Skip/move"),
        Binding("escape", "back", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="tabs"):
            with TabPane("Sessions", id="tab-sessions"):
                with Vertical(id="sessions-left"):
                    yield TypingInput(placeholder="Filter by date, notes or topics ( / )", id="filter")
                    table: DataTable[Any] = FitTable(fit=2, id="sessions-table", cursor_type="row", zebra_stripes=True)
                    table.add_columns("Date", "First half", "Topics")
                    yield table
                # a fixed-size pane: showing another session repaints only the pane
                yield DetailPane(id="session-view")
            with TabPane("Action items", id="tab-actions"):
                yield Static("e edits the highlighted item · d marks it done · x drops it · o opens it again. "
                             "Open items appear on every briefing until they are closed.", classes="hint")
                # below 100 columns owner, due date and "agreed" wrap in narrow columns: nothing runs off the edge
                actions: DataTable[Any] = FitTable(fit=1, caps={2: 12, 3: 14, 4: 11}, wrap=True, id="actions-table",
                                                   cursor_type="row", zebra_stripes=True)
                actions.add_columns("Status", "Action item", "Owner", "Due", "Agreed")
                yield Static(ACTIONS_EMPTY, id="actions-empty", classes="hint")
                yield actions
        yield KeysFooter()

    def on_mount(self) -> None:
        pair = self.rm.current_pair()
        if pair is not None:
            self.title = f"rmcoach - {pair.title}: sessions"
        self.refresh_data()
        self.query_one("#sessions-table", DataTable).focus()
        self.call_after_refresh(self._set_opened)

    def _set_opened(self) -> None:
        self._opened = True

    def on_screen_resume(self) -> None:
        if self._shown_generation != self.rm.store.generation:
            self.refresh_data()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        tabs = list(self.query(TabbedContent).results(TabbedContent))
        if not tabs:  # asked (by the footer) before the tabs are mounted: nothing to decide yet
            return True
        on_actions = tabs[0].active == "tab-actions"
        if action in ("edit", "edit_action"):  # one key, the tab decides which
            return (action == "edit_action") == on_actions
        # the other tab's keys are hidden (False), not shown dimmed (None): they do nothing there
        if action in ("done", "drop", "reopen"):
            return on_actions
        if action == "filter":
            return not on_actions
        return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    # -- data
    def refresh_data(self) -> None:
        app = self.rm
        self._shown_generation = app.store.generation
        self._fill_sessions()
        self._fill_actions()

    def _fill_sessions(self) -> None:
        app = self.rm
        pair = app.current_pair()
        table = self.query_one("#sessions-table", DataTable)
        selected = self._selected_session()
        table.clear()
        query = self.query_one("#filter", Input).value
        records = sessions.search_sessions(app.store, query, pair)
        skills = sessions.skills_index(app.store)
        for r in records:
            start = sessions.session_start(r)
            topics = "; ".join(sessions.topic_label(c, skills) for c in r.covered)
            table.add_row(Text(fmt_date(start) if start else "?"), Text(_name(pair, r.lead)),
                          Text(one_line(topics, 60)), key=r.uuid)
        if selected and any(r.uuid == selected for r in records):
            table.move_cursor(row=table.get_row_index(selected))
        if not records:
            empty = ("No sessions match that filter." if query.strip() else
                     "No sessions logged yet - press w to write up your first one after you meet.")
            self.query_one("#session-view", DetailPane).show(Text(empty))
        else:
            self._show_session(self._selected_session() or records[0].uuid)

    def _selected_session(self) -> str | None:
        table = self.query_one("#sessions-table", DataTable)
        if table.row_count == 0:
            return None
        try:
            key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        except Exception:  # an empty or just-cleared table has no cell there
            return None
        return str(key.value) if key.value is not None else None

    def _show_session(self, uuid: str) -> None:
        app = self.rm
        store, pair, viewer = app.store, app.require_pair(), app.viewer
        record = store.record(Session, uuid)
        if record is None:
            return
        skills = sessions.skills_index(store)
        text = Text()
        text.append(sessions.describe_session(record), style="bold")
        text.append(f"  ·  {record.minutes or '?'} minutes\n")
        text.append(f"First half led by {_name(pair, record.lead)}\n")
        for teacher in pair.people[:2]:
            learner = pair.other(teacher.uuid)
            labels = [sessions.topic_label(c, skills) for c in record.covered if c.teacher == teacher.uuid]
            if learner is not None and labels:
                text.append(f"{_name(pair, teacher.uuid)} taught {_name(pair, learner.uuid)}: ", style="bold")
                text.append(printable("; ".join(labels), keep_newlines=False) + "\n")
        if record.went_well:
            text.append("What went well: ", style="bold")
            text.append(printable(record.went_well) + "\n")
        for person_uuid, scores in (record.ratings or {}).items():
            text.append(f"{_name(pair, person_uuid)}: useful {_score(scores.useful)}, "
                        f"comfortable {_score(scores.comfort)}\n", style="dim")
        for a in sessions.session_actions(store, uuid, viewer):
            text.append(f"Action ({STATUS_WORDS[a.status]}): ", style="bold")
            text.append(printable(a.text, keep_newlines=False))
            text.append(f" - {_name(pair, a.owner)}\n")
        for r in sessions.session_reflections(store, uuid, viewer):
            text.append("Your private reflection: ", style="bold italic")
            text.append(printable(r.text) + "\n", style="italic")
        if record.history:
            text.append(f"Edited {plural(len(record.history), 'time')}; earlier versions are kept.\n", style="dim")
        self.query_one("#session-view", DetailPane).show(text, _rendered_notes(record.notes))

    def _fill_actions(self) -> None:
        app = self.rm
        pair = app.current_pair()
        table = self.query_one("#actions-table", DataTable)
        selected = None
        if table.row_count:
            try:
                selected = str(table.coordinate_to_cell_key(table.cursor_coordinate)[0].value)
            except Exception:  # nothing highlighted yet
                selected = None
        table.clear()
        today = clock.today()
        for a in sessions.all_actions(app.store, app.viewer):
            held = app.store.record(Session, a.session)
            agreed = sessions.session_start(held) if held is not None else None
            due = sessions.due_text(a.due, today) if a.status == sessions.OPEN else \
                (f"due {fmt_date(a.due)}" if a.due else "")
            table.add_row(Text(STATUS_WORDS[a.status]), Text(one_line(a.text, 60)), Text(_name(pair, a.owner)),
                          Text(due), Text(fmt_date(agreed) if agreed else ""), key=a.uuid)
        self.query_one("#actions-empty", Static).display = table.row_count == 0
        if selected:
            try:
                table.move_cursor(row=table.get_row_index(selected))
            except Exception:  # the item is gone
                pass

    @on(Input.Changed, "#filter")
    def _filter(self) -> None:
        self._fill_sessions()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#sessions-table", DataTable).focus()

    @on(DataTable.RowHighlighted, "#sessions-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        # show the session once the highlight rests, not for every row it passes
        if event.row_key.value:
            uuid = str(event.row_key.value)
            self.when_resting(lambda: self._show_session(uuid))

    @on(DataTable.RowSelected, "#sessions-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self._show_session(str(event.row_key.value))
            self.query_one("#session-view").focus()

    # -- actions
    def action_back(self) -> None:
        if self.focused is self.query_one("#filter", Input) and self.query_one("#filter", Input).value:
            self.query_one("#filter", Input).value = ""
            return
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    SHOWS = (tables.SESSIONS, tables.ACTIONS)  # search opens these here

    def show_record(self, table: str, uuid: str) -> None:
        """Open on one session or action item (used by search)."""
        # after the tabs have settled from mounting, or they switch back to the first tab
        self.call_after_refresh(self._show_record, table, uuid)

    def _keep_tab(self, tab: str, tries: int) -> None:
        tabs = self.query_one(TabbedContent)
        if tabs.active != tab:
            tabs.active = tab
        if tries > 0:
            self.call_after_refresh(self._keep_tab, tab, tries - 1)

    def _show_record(self, table: str, uuid: str, tries: int = 5) -> None:
        tabs = self.query_one(TabbedContent)
        if table == tables.ACTIONS:
            tabs.active = "tab-actions"
            if tries > 0:  # a tab set while the tabs are still mounting can be set back to the first: check
                self.call_after_refresh(self._keep_tab, "tab-actions", tries - 1)
            grid = self.query_one("#actions-table", DataTable)
            move_to_key(grid, uuid)
            grid.focus()
            return
        if table != tables.SESSIONS:
            return
        tabs.active = "tab-sessions"
        box = self.query_one("#filter", Input)
        if box.value:
            with self.prevent(Input.Changed):
                box.value = ""
            self._fill_sessions()
        grid = self.query_one("#sessions-table", DataTable)
        if move_to_key(grid, uuid):
            self._show_session(uuid)
        grid.focus()

    # the list that should have the focus once the tabs have switched (None: no switch under way)
    _focus_after_switch: DataTable[Any] | None = None
    _opened = False  # set once on_mount has run and the first frame of the screen is drawn
    _let_go: Timer | None = None  # ends the watch on the focus after a tab switch

    def action_switch_tab(self) -> None:
        if not self._opened:
            # typed straight after the key that opened this screen: switch once it is set up,
            # or its first tab would be put back over the switch
            self.call_after_refresh(self.action_switch_tab)
            return
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-sessions" if tabs.active == "tab-actions" else "tab-actions"
        table = self.query_one("#actions-table" if tabs.active == "tab-actions" else "#sessions-table", DataTable)
        self._focus_after_switch = table
        if self._let_go is not None:
            self._let_go.stop()
            self._let_go = None
        table.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """While the panes swap, the widget that had the focus is hidden and Textual hands
        the focus to the tab bar, sometimes after the list took it: give it back to the
        list, until the list has it."""
        target = self._focus_after_switch
        if target is None:
            return
        if event.widget is target:
            # Textual may still hand the focus to the tab bar once the panes have swapped
            # (after the list took it): keep watching for a moment, then let go, so Tab can
            # still reach the tab bar later
            if self._let_go is None:
                self._let_go = self.set_timer(1.5, self._stop_watching_focus)
        elif isinstance(event.widget, Tabs):
            self.call_after_refresh(target.focus)

    def _stop_watching_focus(self) -> None:
        self._focus_after_switch = None
        self._let_go = None

    def action_filter(self) -> None:
        self.query_one(TabbedContent).active = "tab-sessions"
        self.query_one("#filter", Input).focus()

    def action_log(self) -> None:
        self.app.push_screen(SessionFormScreen(), lambda _: self.refresh_data())

    def action_edit(self) -> None:
        uuid = self._selected_session()
        if uuid is None:
            self.rm.notify("Pick a session in the list first.", timeout=3)
            return
        self.app.push_screen(SessionFormScreen(uuid), lambda _: self.refresh_data())

    def action_move(self) -> None:
        self.app.push_screen(MoveSessionScreen(), lambda _: self.refresh_data())

    def _set_status(self, status: str) -> None:
        table = self.query_one("#actions-table", DataTable)
        if table.row_count == 0:
            self.rm.notify("No action items yet - add them when you log a session.", timeout=3)
            return
        key = str(table.coordinate_to_cell_key(table.cursor_coordinate)[0].value)
        app = self.rm
        by = app.viewer if app.viewer and app.viewer != privacy.TOGETHER else None
        app.save(self, lambda store: sessions.set_action_status(store, key, status, by=by),
                 lambda _: self._fill_actions())

    def action_done(self) -> None:
        self._set_status(sessions.DONE)

    def action_drop(self) -> None:
        self._set_status(sessions.DROPPED)

    def action_reopen(self) -> None:
        self._set_status(sessions.OPEN)

    def action_edit_action(self) -> None:
        from rmcoach.screens.sessions_forms import EditActionScreen

        table = self.query_one("#actions-table", DataTable)
        if table.row_count == 0:
            self.rm.notify("No action items yet - add them when you log a session.", timeout=3)
            return
        key = str(table.coordinate_to_cell_key(table.cursor_coordinate)[0].value)
        from rmcoach.records.sessions import Action

        item = self.rm.store.record(Action, key)
        if item is None:
            return
        if item.status != sessions.OPEN:
            self.rm.notify(f"That item is {item.status}: press o to open it again, then e to edit it.", timeout=4)
            return
        self.app.push_screen(EditActionScreen(key), lambda _: self.refresh_data())
