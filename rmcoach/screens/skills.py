"""Skills swapped both ways: the list, one skill's story, and the small forms around it."""

from __future__ import annotations

import datetime as _dt
from typing import Any, TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Header, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from rmcoach.records import tables
from rmcoach.records.privacy import PRIVATE, SHARED, TOGETHER
from rmcoach.screens.learnings import QuickLogModal, short_name
from rmcoach.features.skills import (
    KINDS,
    LEVELS,
    TASK_STATUSES,
    TECH,
    TOP,
    Skill,
    SkillError,
    SkillInput,
    add_skill,
    add_task,
    add_teachback,
    check_skill,
    check_task,
    check_teachback,
    delete_skill,
    edit_skill,
    guess_direction,
    level_dots,
    level_history,
    sessions_for_skill,
    set_level,
    suggestions,
    update_task,
)
from rmcoach.features.skills import (
    skills as visible_skills,
)
from rmcoach.records.model import Pair
from rmcoach.storage.store import Store
from rmcoach.widgets.saving import shown_on
from rmcoach.infra.textsafe import one_line, printable
from rmcoach.infra.wording import title_order
from rmcoach.widgets.confirm import ConfirmModal
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import AreaField, Field
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.widgets.tables import ListTable, cursor_key, move_to_key
from rmcoach.screens.base import AppModal, DataScreen

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp
from rmcoach.widgets.toggles import Checkbox

OWN_KIND = "__own__"

MODAL_CSS = """
{name} {{ align: center middle; }}
{name} > VerticalScroll {{ width: 92; height: auto; max-height: 95%; border: thick $accent; background: $surface; padding: 0 2; }}
{name} .section {{ text-style: bold; color: $accent; margin: 1 0 0 1; }}
{name} Select {{ margin: 0 0 1 0; }}
{name} .form-status {{ color: $error; margin: 0 0 0 1; }}
"""


def _first(pair: Pair | None, uuid: str) -> str:
    person = pair.person(uuid) if pair else None
    return printable(person.name, keep_newlines=False) if person else "someone"


def direction_label(pair: Pair | None, teacher: str, learner: str) -> str:
    return f"{_first(pair, teacher)} teaches {_first(pair, learner)}"


def short_direction(pair: Pair | None, teacher: str, learner: str) -> str:
    return f"{short_name(pair, teacher)} → {short_name(pair, learner)}"


def _viewer_uuid(app: RMCoachApp) -> str | None:
    return app.viewer if app.viewer and app.viewer != TOGETHER else None


class SkillFormModal(LeaveGuard, AppModal[dict[str, Any] | None]):
    """Add a skill (from a starter idea or in your own words) or edit one."""
    DRAFT_TITLE = "Skill"  # what an unsaved draft of it is called

    DEFAULT_CSS = MODAL_CSS.format(name="SkillFormModal") + """
    SkillFormModal #suggestions { height: 12; margin: 0 0 1 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self, skill: Skill | None = None) -> None:
        super().__init__()
        self.skill = skill

    def compose(self) -> ComposeResult:
        app = self.rm
        pair = app.require_pair()
        a, b = pair.people[0], pair.people[1]
        self._directions = [(a.uuid, b.uuid), (b.uuid, a.uuid)]
        skill = self.skill
        with VerticalScroll():
            if skill is None:
                yield Label("Start from an idea, or write your own below", classes="section")
                taken = [s.title for s in visible_skills(app.store, app.viewer)]
                options: list[Option | None] = []
                for kind, heading in ((TECH, "Technology"), ("professional wisdom", "Professional wisdom")):
                    options.append(Option(Text(heading, style="bold"), disabled=True))
                    for index, idea in enumerate(suggestions(kind, exclude_titles=taken)):
                        line = Text("  ")
                        line.append(idea.title, style="bold")
                        line.append(f" - {idea.description}")
                        options.append(Option(line, id=f"{kind}|{idea.title}"))
                yield OptionList(*[o for o in options if o is not None], id="suggestions")
            else:
                yield Label("Edit this skill", classes="section")
            yield Field("Skill", id="sk-title", value=skill.title if skill else "", placeholder="e.g. Sorting the EPR inbox")
            direction = (skill.teacher, skill.learner) if skill else guess_direction(list(pair.people), TECH)
            yield Label("Who teaches whom", classes="hint")
            yield Select([(Text(direction_label(pair, t, l)), i) for i, (t, l) in enumerate(self._directions)],
                         allow_blank=False, id="sk-direction",
                         value=self._directions.index(direction) if direction in self._directions else 0)
            kind = skill.kind if skill else TECH
            yield Label("Kind", classes="hint")
            yield Select([("technology", TECH), ("professional wisdom", "professional wisdom"), ("our own words", OWN_KIND)],
                         allow_blank=False, id="sk-kind", value=kind if kind in KINDS else OWN_KIND)
            yield Field("Kind, in your own words", id="sk-kind-own", value="" if kind in KINDS else kind,
                        placeholder="e.g. research skills")
            yield AreaField("What it is", id="sk-description", value=skill.description if skill else "")
            yield AreaField("Why it matters to the learner", id="sk-why", value=skill.why if skill else "")
            yield Checkbox("Private - only I can see it", id="sk-private", value=bool(skill and skill.visibility == PRIVATE))
            yield Static("ctrl+s saves · Escape cancels", classes="hint")
            yield Static("", classes="form-status", id="sk-status")

    def on_mount(self) -> None:
        self._sync_kind()
        if self.skill is None:
            self.query_one("#suggestions", OptionList).focus()
        else:
            self.query_one("#sk-title-input").focus()

    @on(Select.Changed, "#sk-kind")
    def _sync_kind(self) -> None:
        self.query_one("#sk-kind-own", Field).display = self.query_one("#sk-kind", Select).value == OWN_KIND

    @on(OptionList.OptionSelected, "#suggestions")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        kind, _, title = str(event.option.id).partition("|")
        idea = next(s for s in suggestions(kind) if s.title == title)
        pair = self.rm.require_pair()
        teacher, learner = guess_direction(list(pair.people), idea.kind)
        self.query_one("#sk-title-input", Input).value = idea.title
        self.query_one("#sk-direction", Select).value = self._directions.index((teacher, learner))
        self.query_one("#sk-kind", Select).value = idea.kind
        from textual.widgets import TextArea

        self.query_one("#sk-description-input", TextArea).text = idea.description
        self.query_one("#sk-why-input", TextArea).text = idea.why
        self.query_one("#sk-title-input").focus()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(None))

    def action_save(self) -> None:
        app = self.rm
        pair = app.require_pair()
        choice = self.query_one("#sk-direction", Select).value  # an index into _directions (never blank)
        if not isinstance(choice, int):
            return
        teacher, learner = self._directions[choice]
        kind = self.query_one("#sk-kind", Select).value
        if kind == OWN_KIND:
            kind = self.query_one("#sk-kind-own", Field).value
        values = SkillInput(
            title=self.query_one("#sk-title", Field).value, teacher=teacher, learner=learner, kind=str(kind),
            description=self.query_one("#sk-description", AreaField).value, why=self.query_one("#sk-why", AreaField).value,
            visibility=PRIVATE if self.query_one("#sk-private", Checkbox).value else SHARED,
        )
        people = [p.uuid for p in pair.people]
        _, errors = check_skill(values, people)
        field_ids = {"title": "sk-title", "kind": "sk-kind-own", "description": "sk-description", "why": "sk-why"}
        for name, field_id in field_ids.items():
            self.query_one(f"#{field_id}", Field).set_error(errors.get(name))
        status = self.query_one("#sk-status", Static)
        if errors:
            status.update(Text(errors.get("teacher") or errors.get("visibility") or "Please fix the fields marked in red."))
            return
        skill, viewer = self.skill, _viewer_uuid(app)

        def work(store: Store) -> dict[str, Any]:
            if skill is None:
                return add_skill(store, people, values, author=viewer or learner)
            return edit_skill(store, skill.uuid, people, values, by=viewer)

        app.save(self, work, self.dismiss, status=status, failed=shown_on(status, SkillError))


class LevelModal(AppModal[int | None]):
    """Choose a level on the ladder, with an optional note for the history."""

    DEFAULT_CSS = MODAL_CSS.format(name="LevelModal") + "LevelModal OptionList { height: auto; margin: 1 0; }"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, skill: Skill) -> None:
        super().__init__()
        self.skill = skill

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label(Text(f"Where is {one_line(self.skill.title, 50)} now?"), classes="section")
            yield OptionList(*[Option(f"{i}  {level_dots(i)}  {name}", id=str(i)) for i, name in enumerate(LEVELS)], id="levels")
            yield Field("Note for the history (optional)", id="lv-note", placeholder="e.g. did it alone in Friday's clinic")
            yield Static("Enter on a level saves it · Escape cancels", classes="hint")
            yield Static("", classes="form-status", id="lv-status")

    def on_mount(self) -> None:
        levels = self.query_one("#levels", OptionList)
        levels.highlighted = self.skill.level
        levels.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._save(int(str(event.option.id)))

    def _save(self, level: int) -> None:
        app = self.rm
        note = self.query_one("#lv-note", Field)
        status = self.query_one("#lv-status", Static)
        skill_uuid, text, by = self.skill.uuid, note.value, _viewer_uuid(app)

        def failed(exc: Exception) -> bool:
            if not isinstance(exc, SkillError):
                return False
            if exc.field == "note":
                note.set_error(str(exc))
            else:
                status.update(Text(str(exc)))
            return True

        app.save(self, lambda store: set_level(store, skill_uuid, level, note=text, by=by),
                 lambda _: self.dismiss(level), status=status, failed=failed)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TaskModal(LeaveGuard, AppModal[dict[str, Any] | None]):
    """Add a practice task, or record how an existing one went (and what got in the way)."""
    DRAFT_TITLE = "Practice task"  # what an unsaved draft of it is called

    DEFAULT_CSS = MODAL_CSS.format(name="TaskModal")
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self, skill: Skill, *, update: bool) -> None:
        super().__init__()
        self.skill = skill
        self.update = update

    def compose(self) -> ComposeResult:
        tasks = list(self.skill.tasks)
        first = next(iter(self.skill.open_tasks or tasks), None)
        with VerticalScroll():
            if self.update:
                yield Label(Text(f"How did practice go? - {one_line(self.skill.title, 50)}"), classes="section")
                yield Select([(Text(one_line(t.text, 70)), t.id) for t in tasks], allow_blank=False, id="tk-which",
                             value=first.id if first else Select.NULL)
            else:
                yield Label(Text(f"Try it before next time - {one_line(self.skill.title, 50)}"), classes="section")
            yield Field("The task", id="tk-text", value=first.text if (self.update and first) else "",
                        placeholder="e.g. answer three portal messages on your own")
            yield Field("Due (optional)", id="tk-due", value=_day(first.due) if (self.update and first) else "",
                        placeholder="e.g. next tuesday or 2026-12-08")
            if self.update:
                yield Label("Status", classes="hint")
                yield Select([(s, s) for s in TASK_STATUSES], allow_blank=False, id="tk-status",
                             value=first.status if first else "open")
                yield Field("Tried on (optional)", id="tk-tried", value=_day(first.tried_on) if first else "",
                            placeholder="e.g. yesterday")
                yield AreaField("What got in the way (honestly - it helps find the real obstacle)", id="tk-friction",
                                value=first.friction if first else "")
            yield Static("ctrl+s saves · Escape cancels", classes="hint")
            yield Static("", classes="form-status", id="tk-status-line")

    def on_mount(self) -> None:
        self.query_one("#tk-text-input").focus()

    @on(Select.Changed, "#tk-which")
    def _which(self, event: Select.Changed) -> None:
        task = self.skill.task(str(event.value))
        if task is None:
            return
        from textual.widgets import Input, TextArea

        self.query_one("#tk-text-input", Input).value = task.text
        self.query_one("#tk-due-input", Input).value = _day(task.due)
        self.query_one("#tk-status", Select).value = task.status
        self.query_one("#tk-tried-input", Input).value = _day(task.tried_on)
        self.query_one("#tk-friction-input", TextArea).text = task.friction

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(None))

    def action_save(self) -> None:
        app = self.rm
        text = self.query_one("#tk-text", Field).value
        due = self.query_one("#tk-due", Field).value
        status = str(self.query_one("#tk-status", Select).value) if self.update else "open"
        tried = self.query_one("#tk-tried", Field).value if self.update else ""
        friction = self.query_one("#tk-friction", AreaField).value if self.update else ""
        _, errors = check_task(text, due, status, friction, tried)
        ids = {"text": "tk-text", "due": "tk-due"}
        if self.update:
            ids.update({"tried_on": "tk-tried", "friction": "tk-friction"})
        for name, field_id in ids.items():
            self.query_one(f"#{field_id}", Field).set_error(errors.get(name))
        if errors:
            return
        skill_uuid, by = self.skill.uuid, _viewer_uuid(app)
        task_id = str(self.query_one("#tk-which", Select).value) if self.update else None

        def work(store: Store) -> dict[str, Any]:
            if task_id is not None:
                return update_task(store, skill_uuid, task_id, text=text, due=due, status=status,
                                   friction=friction, tried_on=tried, by=by)
            return add_task(store, skill_uuid, text, due, by=by)

        line = self.query_one("#tk-status-line", Static)
        app.save(self, work, self.dismiss, status=line, failed=shown_on(line, SkillError))


class TeachBackModal(LeaveGuard, AppModal[dict[str, Any] | None]):
    """The learner explains the skill back in their own words and rates their confidence."""
    DRAFT_TITLE = "Teach-back"  # what an unsaved draft of it is called

    DEFAULT_CSS = MODAL_CSS.format(name="TeachBackModal") + """
    TeachBackModal #ratings { height: auto; }
    TeachBackModal #ratings > Field { width: 1fr; margin: 0 1 0 0; }
    TeachBackModal AreaField > TextArea { height: 7; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self, skill: Skill) -> None:
        super().__init__()
        self.skill = skill

    def compose(self) -> ComposeResult:
        pair = self.rm.current_pair()
        learner = _first(pair, self.skill.learner)
        teacher = _first(pair, self.skill.teacher)
        with VerticalScroll():
            yield Label(Text(f"Teach-back: {one_line(self.skill.title, 60)}"), classes="section")
            yield Static(Text(
                f"{learner}, explain it to {teacher} as if they had never seen it: what it is, what you do with it, "
                f"and why it matters. If something is missing, {teacher} explains that part again - that is the point, "
                "not a test."), classes="hint")
            with Horizontal(id="ratings"):
                yield Field("Confidence before, 1-5", id="tb-before", placeholder="1 = not at all, 5 = completely")
                yield Field("Confidence after, 1-5", id="tb-after", placeholder="1 = not at all, 5 = completely")
            yield AreaField("In your own words", id="tb-explanation")
            yield Static("ctrl+s saves · Escape cancels", classes="hint")
            yield Static("", classes="form-status", id="tb-status")

    def on_mount(self) -> None:
        self.query_one("#tb-before-input").focus()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(None))

    def action_save(self) -> None:
        app = self.rm
        explanation = self.query_one("#tb-explanation", AreaField).value
        before = self.query_one("#tb-before", Field).value
        after = self.query_one("#tb-after", Field).value
        _, errors = check_teachback(explanation, before, after)
        for name in ("explanation", "before", "after"):
            self.query_one(f"#tb-{name}", Field).set_error(errors.get(name))
        if errors:
            self.query_one("#tb-status", Static).update("Please fix the fields marked in red.")
            return
        skill_uuid, by = self.skill.uuid, _viewer_uuid(app)
        line = self.query_one("#tb-status", Static)
        app.save(self, lambda store: add_teachback(store, skill_uuid, explanation, before, after, by=by),
                 self.dismiss, status=line, failed=shown_on(line, SkillError))


class SkillsScreen(DataScreen):
    """All skills both ways, and the story of the highlighted one."""

    SHOWS = (tables.SKILLS,)
    DEFAULT_CSS = """
    SkillsScreen #body { height: 1fr; }
    SkillsScreen DataTable { width: 1fr; height: 1fr; }
    SkillsScreen #detail-scroll { width: 42; height: 1fr; border-left: solid $primary; padding: 0 1; }
    SkillsScreen.-narrow #body { layout: vertical; }
    SkillsScreen.-narrow #detail-scroll { width: 1fr; border-left: none; border-top: solid $primary; }
    SkillsScreen #keys { color: $text-muted; padding: 0 1; }
    SkillsScreen #empty { padding: 1 2; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("a", "add", "Add"),
        Binding("+,=", "level_up", "Level up", key_display="+"),
        Binding("-", "level_down", "Level down", key_display="-"),
        Binding("t", "add_task", "Task"),
        Binding("r", "update_task", "How it went"),
        Binding("b", "teachback", "Teach-back"),
        Binding("e", "edit", "Edit skill", show=False),
        Binding("v", "set_level", "Set level with a note", show=False),
        Binding("n", "log", "Log a learning for this skill", show=False),
        Binding("d", "delete", "Delete skill", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._skills: list[Skill] = []

    def compose(self) -> ComposeResult:
        pair = self.rm.current_pair()
        self.title = f"{pair.title} - skills swapped" if pair else "Skills swapped"
        yield Header()
        yield Static("", id="empty")
        with Horizontal(id="body"):
            yield ListTable(id="table", cursor_type="row", zebra_stripes=True)
            # a fixed-size pane: showing another skill's story repaints only the pane
            yield DetailPane(id="detail-scroll")
        yield Static("e edit · v set level with a note · n log a learning for it · d delete", id="keys")
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Skill", key="title", width=24)
        table.add_column("Who → whom", key="dir", width=16)
        table.add_column("Level", key="level", width=22)
        self.refresh_data()
        table.focus()

    def refresh_data(self) -> None:
        app = self.rm
        pair = app.require_pair()
        keep = self._cursor_uuid()
        self._skills = visible_skills(app.store, app.viewer)
        # the two directions side by side: group by learner, then title
        order = {p.uuid: i for i, p in enumerate(pair.people)}
        self._skills.sort(key=lambda s: (order.get(s.learner, 9), title_order(s.title)))
        table = self.query_one(DataTable)
        table.clear()
        for skill in self._skills:
            table.add_row(
                Text(one_line(skill.title, 24)), Text(one_line(short_direction(pair, skill.teacher, skill.learner), 16)),
                Text(f"{level_dots(skill.level)} {skill.level_name}"), key=skill.uuid,
            )
        empty = self.query_one("#empty", Static)
        empty.display = not self._skills
        self.query_one("#body").display = bool(self._skills)
        if not self._skills:
            empty.update(
                "No skills yet. Press a to pick from starter ideas in both directions - technology one way, "
                "professional wisdom the other - or write your own. A good swap has at least one skill each way.")
        if keep:
            self._move_to(keep)
        self._show_detail()

    def _cursor_uuid(self) -> str | None:
        return cursor_key(self.query_one(DataTable))

    def _move_to(self, uuid: str) -> None:
        move_to_key(self.query_one(DataTable), uuid)

    def current(self) -> Skill | None:
        uuid = self._cursor_uuid()
        return next((s for s in self._skills if s.uuid == uuid), None)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        # show the story once the highlight rests, not for every row it passes
        self.when_resting(self._show_detail)

    def _show_detail(self) -> None:
        skill = self.current()
        detail = self.query_one("#detail-scroll", DetailPane)
        if skill is None:
            detail.show()
            return
        app = self.rm
        detail.show(skill_story(app.current_pair(), skill, sessions_for_skill(app.store, skill.uuid, app.viewer)))

    def show_record(self, table: str, uuid: str) -> None:
        """Open on one skill (used by search)."""
        if table == tables.SKILLS:
            self._move_to(uuid)
            self._show_detail()

    # ---------------------------------------------------------------- actions
    def _need_skill(self) -> Skill | None:
        skill = self.current()
        if skill is None:
            self.notify("Add a skill first (press a).", timeout=3)
        return skill

    def _after(self, result: Any) -> None:
        if result is not None:
            uuid = result.get("uuid") if isinstance(result, dict) else None
            self.refresh_data()
            if uuid:
                self._move_to(uuid)
                self._show_detail()

    def action_add(self) -> None:
        self.app.push_screen(SkillFormModal(), self._after)

    def action_edit(self) -> None:
        skill = self._need_skill()
        if skill:
            self.app.push_screen(SkillFormModal(skill), self._after)

    def _step(self, delta: int) -> None:
        skill = self._need_skill()
        if skill is None:
            return
        level = max(0, min(TOP, skill.level + delta))
        if level == skill.level:
            self.notify("Already at the top of the ladder." if delta > 0 else "Already at the start.", timeout=2)
            return
        def done(_: object) -> None:
            self.refresh_data()
            self.notify(f"{one_line(skill.title, 40)}: {LEVELS[level]}", timeout=2, markup=False)

        by = _viewer_uuid(self.rm)
        self.rm.save(self, lambda store: set_level(store, skill.uuid, level, by=by), done)

    def action_level_up(self) -> None:
        self._step(1)

    def action_level_down(self) -> None:
        self._step(-1)

    def action_set_level(self) -> None:
        skill = self._need_skill()
        if skill:
            self.app.push_screen(LevelModal(skill), lambda level: self.refresh_data() if level is not None else None)

    def action_add_task(self) -> None:
        skill = self._need_skill()
        if skill:
            self.app.push_screen(TaskModal(skill, update=False), lambda r: self.refresh_data() if r else None)

    def action_update_task(self) -> None:
        skill = self._need_skill()
        if skill is None:
            return
        if not skill.tasks:
            self.notify("This skill has no practice tasks yet; press t to add one.", timeout=3)
            return
        self.app.push_screen(TaskModal(skill, update=True), lambda r: self.refresh_data() if r else None)

    def action_teachback(self) -> None:
        skill = self._need_skill()
        if skill:
            self.app.push_screen(TeachBackModal(skill), lambda r: self.refresh_data() if r else None)

    def action_log(self) -> None:
        skill = self._need_skill()
        if skill:
            self.app.push_screen(QuickLogModal(skill=skill.uuid), lambda r: self.notify("Learning logged.", timeout=2) if r else None)

    def action_delete(self) -> None:
        skill = self._need_skill()
        if skill is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.rm.save(self, lambda store: delete_skill(store, skill.uuid), lambda _: self.refresh_data())

        self.app.push_screen(ConfirmModal(f"Delete the skill {one_line(skill.title, 60)} with its history?"), answer)

    def action_back(self) -> None:
        self.dismiss()


def _day(day: _dt.date | None) -> str:
    """A stored day as the forms and the story show it (YYYY-MM-DD; empty for none)."""
    return day.isoformat() if day else ""


def skill_story(pair: Pair | None, skill: Skill, session_days: list[_dt.date]) -> Text:
    """Everything about one skill, as text."""
    text = Text()
    text.append(printable(skill.title, keep_newlines=False) + "\n", style="bold")
    text.append(f"{direction_label(pair, skill.teacher, skill.learner)} · {printable(skill.kind, keep_newlines=False)}")
    if skill.visibility == PRIVATE:
        text.append(" · private")
    text.append("\n")
    text.append(f"{level_dots(skill.level)} {skill.level_name}\n", style="bold")
    if skill.description:
        text.append("\nWhat it is: ", style="bold")
        text.append(printable(skill.description) + "\n")
    if skill.why:
        text.append("Why it matters: ", style="bold")
        text.append(printable(skill.why) + "\n")
    text.append("\nProgress\n", style="bold underline")
    for change in level_history(skill):
        text.append(f"  {_day(change.on)}  {LEVELS[max(0, min(TOP, change.level))]}")
        if change.note:
            text.append(" - " + printable(change.note, keep_newlines=False), style="italic")
        text.append("\n")
    text.append("\nPractice tasks\n", style="bold underline")
    if not skill.tasks:
        text.append("  None yet - press t to set something to try before next time.\n", style="dim")
    for task in skill.tasks:
        text.append(f"  [{task.status}] ", style="bold" if task.status == "open" else "dim")
        text.append(printable(task.text, keep_newlines=False))
        if task.due:
            text.append(f" (due {_day(task.due)})", style="dim")
        text.append("\n")
        if task.friction:
            text.append("     got in the way: ", style="italic")
            text.append(printable(task.friction, keep_newlines=False) + "\n")
    text.append("\nTeach-backs\n", style="bold underline")
    if not skill.teachbacks:
        text.append("  None yet - press b when the learner is ready to explain it back.\n", style="dim")
    for tb in skill.teachbacks:
        scores = f"  confidence {tb.before} → {tb.after}" if tb.before and tb.after else ""
        text.append(f"  {_day(tb.on)}{scores}\n", style="bold")
        text.append("  " + printable(tb.explanation) + "\n")
    text.append("\nWorked on in sessions: ", style="bold")
    text.append(", ".join(_day(d) for d in session_days) if session_days else "none recorded yet")
    return text
