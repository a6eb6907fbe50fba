"""The learning log: a quick modal (ctrl+l from anywhere) and a browsable, filterable list."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Input, Label, RadioSet, Select, Static

from rmcoach.infra import validate
from rmcoach.features.learnings import (
    Learning,
    LearningError,
    add_learning,
    all_tags,
    clean_tags,
    clean_text,
    delete_learning,
    edit_learning,
    filter_learnings,
    learnings,
    remember_logger,
)
from rmcoach.records import tables
from rmcoach.records.privacy import PRIVATE, SHARED, TOGETHER
from rmcoach.features.skills import skills as visible_skills
from rmcoach.records.model import Pair
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import one_line, printable
from rmcoach.widgets.confirm import ConfirmModal
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.form import Field
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.widgets.tables import ListTable, cursor_key, move_to_key
from rmcoach.screens.base import AppModal, DataScreen
from rmcoach.infra.wording import plural
from rmcoach.widgets.toggles import Checkbox, RadioButton
from rmcoach.widgets.inputs import TypingInput


def select_value(select: Select[Any]) -> Any:
    """The Select's value, or None when nothing is chosen."""
    return None if select.is_blank() else select.value


_TITLES = ("dr", "dr.", "prof", "prof.", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame")


def short_name(pair: Pair | None, uuid: str) -> str:
    """"Sam" for Sam Patel, "Dr Okafor" for Dr Margaret Okafor - enough to tell two people apart."""
    person = pair.person(uuid) if pair and uuid else None
    words = printable(person.name, keep_newlines=False).split() if person else []
    if not words:
        return "someone"
    if len(words) >= 2 and words[0].casefold() in _TITLES:
        return f"{words[0]} {words[-1]}"
    return words[0]


def _name(pair: Pair | None, person_uuid: str | None) -> str:
    person = pair.person(person_uuid) if pair and person_uuid else None
    return person.name if person else "someone"


class SaveOnEnterCheckbox(Checkbox):
    """Space ticks it; Enter saves the form, as the form's hint promises."""

    inherit_bindings = False
    BINDINGS = [Binding("space", "toggle_button", "Toggle", show=False),
                Binding("enter", "screen.save", "Save", show=False)]


class SaveOnEnterRadioSet(RadioSet):
    """Arrows move, space chooses; Enter chooses the highlighted name and saves."""

    inherit_bindings = False
    BINDINGS = [Binding("down,right", "next_button", "Next option", show=False),
                Binding("up,left", "previous_button", "Previous option", show=False),
                Binding("space", "toggle_button", "Toggle", show=False),
                Binding("enter", "choose_and_save", "Save", show=False)]

    def action_choose_and_save(self) -> None:
        if self.pressed_button is None:
            self.action_toggle_button()
        self.call_after_refresh(self.screen.run_action, "save")


class QuickLogModal(LeaveGuard, AppModal[dict[str, Any] | None]):
    """Log (or edit) one learning: type, Enter, done."""
    DRAFT_TITLE = "Learning"  # what an unsaved draft of it is called

    DEFAULT_CSS = """
    QuickLogModal { align: center middle; }
    QuickLogModal > VerticalScroll { width: 84; height: auto; max-height: 90%; border: thick $accent; background: $surface; padding: 1 2; }
    QuickLogModal #who { height: auto; margin: 0 0 1 1; }
    QuickLogModal #who RadioSet { width: auto; }
    QuickLogModal #who RadioSet > RadioButton { width: auto; }  /* Textual's 1fr buttons push an auto-width set past the edge */
    QuickLogModal Select { margin: 0 0 1 0; }
    QuickLogModal #log-status { color: $error; margin: 0 0 0 1; }
    QuickLogModal .section { text-style: bold; color: $accent; margin: 0 0 1 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, *, skill: str | None = None, learning: Learning | None = None) -> None:
        super().__init__()
        self.preset_skill = learning.skill if learning else skill
        self.learning = learning

    def compose(self) -> ComposeResult:
        app = self.rm
        pair = app.require_pair()
        viewer = app.viewer
        self.ask_who = self.learning is None and (viewer is None or viewer == TOGETHER or not pair.person(viewer))
        skill_options = [(Text(one_line(s.title, 60)), s.uuid) for s in visible_skills(app.store, viewer)]
        known = {value for _, value in skill_options}
        with VerticalScroll():
            yield Label("What did you learn?" if self.learning is None else "Edit this learning", classes="section")
            yield Field("In your own words - a sentence is plenty", id="learn-text",
                        value=self.learning.text if self.learning else "",
                        placeholder="e.g. hover over a link to see where it really goes")
            if self.ask_who:
                with Vertical(id="who"):
                    yield Label("Which of you learned it?")
                    with SaveOnEnterRadioSet(id="who-set"):
                        for person in pair.people:
                            yield RadioButton(Text(printable(person.name, keep_newlines=False)))
                    yield Static("", classes="field-error", id="who-error").set_styles("display: none;")
            yield Label("Skill it belongs to (optional)", classes="hint")
            yield Select(skill_options, prompt="No particular skill", allow_blank=True, id="learn-skill",
                         value=self.preset_skill if self.preset_skill in known else Select.NULL)
            yield Field("Tags (optional, separated by spaces or commas)", id="learn-tags",
                        value=" ".join(self.learning.tags) if self.learning else "", placeholder="e.g. phishing security")
            # only the person who learned it decides whether it is private
            yield SaveOnEnterCheckbox("Private - only the one who learned it can see it", id="learn-private",
                           value=bool(self.learning and self.learning.visibility == PRIVATE),
                           disabled=bool(self.learning and self.learning.by != viewer))
            yield Static("Enter saves · Space ticks the box · Escape cancels", classes="hint")
            yield Static("", id="log-status")
        yield KeysFooter()  # the dialog's own keys, over the footer of the screen below

    def on_mount(self) -> None:
        self.query_one("#learn-text-input", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(None))

    def _who(self) -> str | None:
        app = self.rm
        if self.learning is not None:
            return self.learning.by
        if not self.ask_who:
            return app.viewer
        index = self.query_one("#who-set", RadioSet).pressed_index
        pair = app.require_pair()
        return pair.people[index].uuid if 0 <= index < len(pair.people) else None

    def action_save(self) -> None:
        app = self.rm
        text_field = self.query_one("#learn-text", Field)
        tags_field = self.query_one("#learn-tags", Field)
        ok = True
        try:
            clean_text(text_field.value)
            text_field.set_error(None)
        except LearningError as exc:
            text_field.set_error(str(exc))
            ok = False
        try:
            clean_tags(tags_field.value)
            tags_field.set_error(None)
        except LearningError as exc:
            tags_field.set_error(str(exc))
            ok = False
        who = self._who()
        if self.ask_who:
            error = self.query_one("#who-error", Static)
            error.update("Choose which of you learned it." if who is None else "")
            error.display = who is None
            ok = ok and who is not None
        if not ok or who is None:
            return
        skill = select_value(self.query_one("#learn-skill", Select))
        visibility = PRIVATE if self.query_one("#learn-private", Checkbox).value else SHARED
        text, tags, learning = text_field.value, tags_field.value, self.learning
        editor = app.viewer if app.viewer and app.viewer != TOGETHER else None

        def work(store: Store) -> dict[str, Any]:
            if learning is None:
                return add_learning(store, text=text, by=who, skill=skill, tags=tags, visibility=visibility)
            return edit_learning(store, learning.uuid, text=text, skill=skill, tags=tags, by=editor,
                                 visibility=visibility)

        def failed(exc: Exception) -> bool:
            if not isinstance(exc, LearningError):
                return False
            self.query_one(f"#learn-{exc.field}" if exc.field in ("text", "tags") else "#learn-text", Field).set_error(str(exc))
            return True

        def done(record: dict[str, Any]) -> None:
            if learning is None:
                remember_logger(app.data_dir, who)
            self.dismiss(record)

        app.save(self, work, done, status=self.query_one("#log-status", Static), failed=failed)


class LearningsScreen(DataScreen):
    """Every learning the viewer may see, filtered by person, skill, tag and dates."""

    SHOWS = (tables.LEARNINGS,)
    DEFAULT_CSS = """
    LearningsScreen #filters { height: auto; padding: 0 1; }
    LearningsScreen #filters > * { width: 1fr; margin: 0 1 0 0; }
    LearningsScreen #filters Input { width: 1fr; }
    LearningsScreen.-narrow #filters { layout: grid; grid-size: 3; grid-rows: 3; }
    LearningsScreen #filter-status { color: $error; padding: 0 2; height: auto; }
    LearningsScreen #count { padding: 0 2; color: $text-muted; }
    LearningsScreen DataTable { height: 1fr; margin: 0 1; }
    LearningsScreen #detail { height: 7; padding: 0 2; border-top: solid $primary; }
    LearningsScreen #empty { padding: 1 2; }
    """
    BINDINGS = [
        Binding("a", "add", "Log a learning"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("c", "clear_filters", "Clear filters"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Learning] = []
        self._shown: list[Learning] = []

    def compose(self) -> ComposeResult:
        app = self.rm
        pair = app.current_pair()
        self.title = f"{pair.title} - what we learned" if pair else "What we learned"
        yield Header()
        with Horizontal(id="filters"):
            yield Select([(Text(printable(p.name, keep_newlines=False)), p.uuid) for p in pair.people] if pair else [],
                         prompt="Anyone", id="f-person")
            yield Select([], prompt="Any skill", id="f-skill")
            yield TypingInput(placeholder="tag", id="f-tag")
            yield TypingInput(placeholder="from (date)", id="f-since")
            yield TypingInput(placeholder="to (date)", id="f-until")
            yield TypingInput(placeholder="words", id="f-text")
        yield Static("", id="filter-status")
        yield Static("", id="count")
        yield ListTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="empty")
        yield DetailPane(id="detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # the learning itself gets what the other columns leave (they shrink in a narrow terminal)
        who, skill, tags = (10, 12, 10) if self.app.size.width < 100 else (14, 20, 16)
        what = max(24, self.app.size.width - 10 - who - skill - tags - 14)
        table.add_column("Date", key="date", width=10)
        table.add_column("Who", key="who", width=who)
        table.add_column("Skill", key="skill", width=skill)
        table.add_column("Tags", key="tags", width=tags)
        table.add_column("What", key="what", width=what)
        self._what_width = what
        self._widths = (who, skill, tags)
        self.refresh_data()
        table.focus()

    # ---------------------------------------------------------------- data
    def refresh_data(self) -> None:
        app = self.rm
        self._items = learnings(app.store, app.viewer)
        self._skills = {s.uuid: s for s in visible_skills(app.store, app.viewer)}
        skill_select = self.query_one("#f-skill", Select)
        current = select_value(skill_select)
        options = [("Not linked to a skill", "-")] + [(Text(one_line(s.title, 40)), s.uuid) for s in self._skills.values()]
        with self.prevent(Select.Changed):
            skill_select.set_options(options)
            if current in {v for _, v in options}:
                skill_select.value = current
        tags = all_tags(self._items)
        self.query_one("#f-tag", Input).tooltip = ("Most used: " + ", ".join(t for t, _ in tags[:8])) if tags else None
        self._apply()

    def _filters(self) -> dict[str, Any] | None:
        status = self.query_one("#filter-status", Static)
        values: dict[str, Any] = {
            "person": select_value(self.query_one("#f-person", Select)),
            "skill": select_value(self.query_one("#f-skill", Select)),
            "tag": self.query_one("#f-tag", Input).value.strip(),
            "text": self.query_one("#f-text", Input).value,
        }
        for key, what in (("since", "The from date"), ("until", "The to date")):
            raw = self.query_one(f"#f-{key}", Input).value
            try:
                values[key] = validate.date(raw, what=what, required=False)
            except validate.Invalid as exc:
                status.update(Text(str(exc)))
                return None
        status.update("")
        return values

    def _apply(self) -> None:
        filters = self._filters()
        if filters is None:
            return
        app = self.rm
        pair = app.current_pair()
        self._shown = filter_learnings(self._items, **filters)
        table = self.query_one(DataTable)
        keep = self._cursor_uuid()
        keep_row = table.cursor_row
        table.clear()
        for item in self._shown:
            skill = self._skills.get(item.skill or "")
            what = one_line(item.text, 200) + ("  (edited)" if item.edited else "") + ("  [private]" if item.visibility == PRIVATE else "")
            who_w, skill_w, tags_w = self._widths
            table.add_row(item.on.isoformat() if item.on else "", Text(one_line(short_name(pair, item.by or ""), who_w)),
                          Text(one_line(skill.title, skill_w) if skill else ""),
                          Text(one_line(" ".join("#" + t for t in item.tags), tags_w)),
                          Text(one_line(what, self._what_width)), key=item.uuid)
        total = len(self._items)
        self.query_one("#count", Static).update(
            f"{len(self._shown)} of {plural(total, 'learning')}" if len(self._shown) != total
            else plural(total, "learning"))
        empty = self.query_one("#empty", Static)
        if not self._items:
            empty.update("Nothing logged yet. Press a (or ctrl+l from anywhere) to write down something you learned - "
                         "a sentence in your own words is enough. From the shell: rmcoach log \"what I learned\".")
        elif not self._shown:
            empty.update("No learning matches these filters; press c to clear them.")
        else:
            empty.update("")
        empty.display = not self._shown
        table.display = bool(self._shown)
        if keep and not self._move_to(keep) and table.row_count:
            # the row under the cursor is gone (deleted): stay at the same place in the list
            table.move_cursor(row=min(keep_row, table.row_count - 1), animate=False)
        self._show_detail()

    def _cursor_uuid(self) -> str | None:
        return cursor_key(self.query_one(DataTable))

    def _move_to(self, uuid: str) -> bool:
        return move_to_key(self.query_one(DataTable), uuid)

    def _current(self) -> Learning | None:
        uuid = self._cursor_uuid()
        return next((x for x in self._shown if x.uuid == uuid), None)

    def _show_detail(self) -> None:
        item = self._current()
        detail = self.query_one("#detail", DetailPane)
        if item is None:
            detail.show()
            detail.display = False
            return
        app = self.rm
        text = Text()
        text.append(f"{item.on.isoformat() if item.on else ''} · {printable(_name(app.current_pair(), item.by), keep_newlines=False)}", style="bold")
        skill = self._skills.get(item.skill or "")
        if skill:
            text.append(f" · {printable(skill.title, keep_newlines=False)}", style="italic")
        text.append("\n" + printable(item.text))
        detail.show(text)  # a pane of fixed size: moving through the list repaints only the pane
        detail.display = True

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self.when_resting(self._show_detail)

    @on(Select.Changed)
    @on(Input.Changed)
    def _filter_changed(self) -> None:
        self._apply()

    # ---------------------------------------------------------------- actions
    def show_record(self, table: str, uuid: str) -> None:
        """Open on one learning (used by search)."""
        if table != tables.LEARNINGS:
            return
        self.action_clear_filters()
        self._move_to(uuid)
        self._show_detail()

    def action_clear_filters(self) -> None:
        with self.prevent(Input.Changed, Select.Changed):
            for select_id in ("#f-person", "#f-skill"):
                self.query_one(select_id, Select).clear()
            for input_id in ("#f-tag", "#f-since", "#f-until", "#f-text"):
                self.query_one(input_id, Input).value = ""
        self._apply()

    def action_add(self) -> None:
        self.app.push_screen(QuickLogModal(), self._saved)

    def action_edit(self) -> None:
        item = self._current()
        if item is None:
            self.notify("Choose a learning in the list first.", timeout=3)
            return
        self.app.push_screen(QuickLogModal(learning=item), self._saved)

    def _saved(self, record: dict[str, Any] | None) -> None:
        if record:
            self.refresh_data()
            self._move_to(record["uuid"])
            self._show_detail()
            self.notify("Saved.", timeout=2)

    def action_delete(self) -> None:
        item = self._current()
        if item is None:
            return

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            self.rm.save(self, lambda store: delete_learning(store, item.uuid), lambda _: self.refresh_data())

        self.app.push_screen(ConfirmModal(self._delete_question(item)), answer)

    def _delete_question(self, item: Learning) -> str:
        """The confirmation says whose learning it is when it is not the viewer's own."""
        app = self.rm
        pair = app.current_pair()
        owner = pair.person(item.by) if pair and item.by else None
        me = app.viewer if app.viewer and app.viewer != TOGETHER else None
        if owner is not None and me is not None and owner.uuid != me:
            question = (f"This is {short_name(pair, owner.uuid)}'s learning, not yours. "
                        f"Delete it for both of you?")
        elif owner is not None and me is None:
            question = f"This is {short_name(pair, owner.uuid)}'s learning. Delete it for both of you?"
        else:
            question = "Delete this learning?"
        return f"{question}\n\n{one_line(item.text, 200)}"

    def action_back(self) -> None:
        self.dismiss()
