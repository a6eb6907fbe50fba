"""First-run setup, and later the place to edit the pair's details."""

from __future__ import annotations

import datetime as _dt
from typing import TypedDict

from dateutil.relativedelta import relativedelta
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Header, Label, RadioSet, Static

from rmcoach.infra import clock, validate
from rmcoach.records.model import DEFAULT_RELATIONSHIP, RELATIONSHIP_PRESETS, Pair
from rmcoach.records.pairs import PersonInput, create_pair, update_pair
from rmcoach.storage.store import Store
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import AreaField, Field, FieldChecks
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.screens.base import AppScreen
from rmcoach.widgets.toggles import RadioButton

INTRO = (
    "Welcome. rmcoach keeps one pair's record: two colleagues who teach each other - "
    "technology one way, professional wisdom the other. Both of you are mentor and learner. "
    "Start with who you are; everything can be changed later."
)


def _background(value: str) -> str:
    """A background the jargon check can use: empty, or words that map to one kind of reader."""
    from rmcoach.tips.readers import reader_from_background

    cleaned = validate.short_text(value, what="Background", limit=validate.NAME_MAX)
    if cleaned and reader_from_background(cleaned) is None:
        raise validate.Invalid("Say clinical, technology or management, or words such as 'ward nurse', "
                               "'data analyst' or 'service manager'.")
    return cleaned


def _fmt(d: _dt.date | None) -> str:
    return d.isoformat() if d else ""




class _PairFields(TypedDict):
    """What the form gives create_pair / update_pair once every field is valid."""

    people: tuple[PersonInput, PersonInput]
    relationship: str
    context: str
    start: _dt.date
    end: _dt.date | None


class SetupScreen(LeaveGuard, AppScreen[None]):
    DRAFT_TITLE = "Pair details"  # what an unsaved draft of it is called
    DEFAULT_CSS = """
    SetupScreen VerticalScroll { padding: 0 2; }
    SetupScreen .section { text-style: bold; margin: 1 0 0 1; color: $accent; }
    SetupScreen #people { height: auto; }
    SetupScreen #people > Vertical { width: 1fr; height: auto; margin: 0 1 0 0; }
    SetupScreen RadioSet { margin: 0 0 0 1; width: auto; }
    SetupScreen RadioSet > RadioButton { width: auto; }  /* Textual's 1fr buttons push an auto-width set past the edge */
    SetupScreen #buttons { height: auto; margin: 1 0 1 1; }
    SetupScreen #buttons Button { margin: 0 2 0 0; }
    SetupScreen #form-status { margin: 0 0 0 1; color: $error; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Back"),
    ]

    def __init__(self, *, first_run: bool, pair: Pair | None = None) -> None:
        super().__init__()
        self.first_run = first_run
        self.pair = pair

    def compose(self) -> ComposeResult:
        pair = self.pair
        a = pair.people[0] if pair else None
        b = pair.people[1] if pair and len(pair.people) > 1 else None
        relationship = pair.relationship if pair else DEFAULT_RELATIONSHIP
        preset = relationship if relationship in RELATIONSHIP_PRESETS else None
        yield Header()
        with VerticalScroll(id="form"):
            if self.first_run:
                yield Static(Text(INTRO), classes="hint")
            yield Label("What will you call this relationship?", classes="section")
            yield Static(
                "Some senior colleagues feel 'being mentored' undersells their experience - pick a name you are both happy with.",
                classes="hint",
            )
            with RadioSet(id="relationship-preset"):
                for name in RELATIONSHIP_PRESETS:
                    yield RadioButton(name, value=(name == preset))
                yield RadioButton("our own words (below)", value=(preset is None))
            yield Field("Your own words for it", id="relationship-own",
                        value="" if preset else relationship, placeholder="e.g. Tuesday swap shop")
            with Horizontal(id="people"):
                for index, person in ((1, a), (2, b)):
                    with Vertical():
                        yield Label(f"Person {index}", classes="section")
                        yield Field("Name", id=f"p{index}-name", value=person.name if person else "",
                                    placeholder="e.g. Dr Margaret Okafor" if index == 1 else "e.g. Sam Patel")
                        yield Field("Role (optional)", id=f"p{index}-role", value=person.role if person else "",
                                    placeholder="e.g. Consultant cardiologist" if index == 1 else "e.g. Health informatics analyst")
                        yield Field("Background (optional): clinical, technology, management or your own words",
                                    id=f"p{index}-background", value=person.background if person else "",
                                    placeholder="e.g. clinical, or 'ward nurse'" if index == 1
                                    else "e.g. technology, or 'data analyst'")
                        yield AreaField("What I bring", id=f"p{index}-brings", value=person.brings if person else "")
                        yield AreaField("What I want to learn", id=f"p{index}-wants", value=person.wants if person else "")
            yield Label("About the relationship", classes="section")
            yield Field("Context (organisation or field, optional)", id="context",
                        value=pair.context if pair else "", placeholder="e.g. Cardiology and the digital team, Northgate General")
            today = clock.today()
            yield Field("Start date", id="start", value=_fmt(pair.start if pair else today),
                        placeholder="e.g. 2026-12-03 or 3 Dec 2026")
            default_end = pair.end if pair else today + relativedelta(months=6)
            yield Field("Planned end (optional; many programmes run about six months)", id="end",
                        value=_fmt(default_end), placeholder="leave empty for open-ended")
            yield Static("", id="form-status")
            with Horizontal(id="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                if not self.first_run:
                    yield Button("Cancel (esc)", id="cancel")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#p1-name-input").focus()
        self._sync_own_words()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel" and self.first_run:
            return False  # nothing to go back to yet
        return True

    @on(RadioSet.Changed)
    def _sync_own_words(self) -> None:
        own = self.query_one("#relationship-own", Field)
        own.display = self._chosen_preset() is None

    def _chosen_preset(self) -> str | None:
        index = self.query_one(RadioSet).pressed_index
        if 0 <= index < len(RELATIONSHIP_PRESETS):
            return RELATIONSHIP_PRESETS[index]
        return None

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        values = self._collect()
        if values is None:
            return
        first_run, pair = self.first_run, self.pair

        def work(store: Store) -> None:
            if first_run:
                create_pair(store, **values)
            else:
                assert pair is not None
                update_pair(store, pair, **values)

        def done(_: None) -> None:
            self.rm.notify("Saved.", timeout=3)
            self.forget_draft()  # the first-run form stays in its own stack under home: drop the draft now
            self.rm.show_home()

        self.rm.save(self, work, done, status=self.query_one("#form-status", Static))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if not self.first_run:
            self.leave_or_ask(lambda: self.dismiss())

    def _field(self, field_id: str) -> Field:
        return self.query_one(f"#{field_id}", Field)

    def _collect(self) -> _PairFields | None:
        """Validate every field, show each message next to its field; None if any failed."""
        check = FieldChecks(self)

        preset = self._chosen_preset()
        if preset is None:
            relationship = check("relationship-own", lambda v: validate.name(v, what="The relationship's name"))
        else:
            self._field("relationship-own").set_error(None)
            relationship = preset
        people = []
        for i in (1, 2):
            people.append(
                PersonInput(
                    name=check(f"p{i}-name", lambda v: validate.name(v, what="Name")) or "",
                    role=check(f"p{i}-role", lambda v: validate.short_text(v, what="Role", limit=validate.NAME_MAX)) or "",
                    background=check(f"p{i}-background", _background) or "",
                    brings=check(f"p{i}-brings", lambda v: validate.long_text(v, what="This", limit=600)) or "",
                    wants=check(f"p{i}-wants", lambda v: validate.long_text(v, what="This", limit=600)) or "",
                )
            )
        if check.ok and people[0].name.casefold() == people[1].name.casefold():
            check.fail("p2-name", "The two people need different names so rmcoach can tell you apart.")
        context = check("context", lambda v: validate.short_text(v, what="Context", limit=200))
        start = check("start", lambda v: validate.date(v, what="Start date"))
        end = check("end", lambda v: validate.date(v, what="Planned end", required=False))
        if start and end and end <= start:
            check.fail("end", "The planned end must come after the start date.")
        status = self.query_one("#form-status", Static)
        if not check.ok or relationship is None or start is None:
            status.update("Please fix the fields marked in red.")
            return None
        status.update("")
        return {
            "people": (people[0], people[1]),
            "relationship": relationship,
            "context": context or "",
            "start": start,
            "end": end,
        }

