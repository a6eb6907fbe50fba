"""Editing the pair agreement, and comparing its versions."""

from __future__ import annotations

import datetime as _dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Label, Markdown, Select, Static

from rmcoach.features import agreement
from rmcoach.infra.dates import fmt_date
from rmcoach.records.agreement import Agreement
from rmcoach.screens.trust_forms import FORM_CSS, label_safe
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.bullets import BulletText
from rmcoach.widgets.form import AreaField, Field
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.screens.base import AppScreen, DataScreen

LOGISTIC_FIELDS = (
    ("cadence", "How often", agreement.CADENCE_EXAMPLES),
    ("weekday", "On which weekday (empty: the first session's day)", "e.g. Tuesday"),
    ("first", "First session under this rhythm (date and time)", "e.g. 2026-12-01 14:00 or 1 Dec 2pm"),
    ("tz", "Time zone", "e.g. Europe/London"),
    ("minutes", f"Minutes per session ({agreement.MIN_MINUTES}-{agreement.MAX_MINUTES})", "e.g. 60"),
    ("where", "Where, or which channel", "e.g. library seminar room, or Teams"),
    ("until", "Until (date, optional)", "e.g. 2027-06-01"),
    ("sessions", "Or a number of sessions (optional)", "e.g. 6"),
    ("who_books", "Who books sessions", ""),
    ("reply_within", "How fast we reply between sessions", "e.g. 48 hours on working days"),
    ("effective_from", "This rhythm applies from (date)", "when you change the rhythm, the day it starts"),
)


class AgreementEditScreen(LeaveGuard, AppScreen[None]):
    DRAFT_TITLE = "Agreement"  # what an unsaved draft of it is called
    DEFAULT_CSS = FORM_CSS.format(name="AgreementEditScreen") + """
    AgreementEditScreen .goal-row { height: auto; }
    AgreementEditScreen .goal-row > Field { width: 2fr; margin: 0 1 0 0; }
    AgreementEditScreen .goal-row > Field.target { width: 1fr; }
    AgreementEditScreen.-narrow .goal-row > Field.target { width: 16; }  /* a whole date below 100 columns */
    AgreementEditScreen #edit-intro { margin: 1 0 0 1; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Cancel")]

    def __init__(self) -> None:
        super().__init__()
        self.pair = self.rm.require_pair()
        self.record = agreement.latest(self.rm.store)
        base = self.record or agreement.draft(agreement.template(self.pair))
        self.values = agreement.form_values(base, self.pair)
        self.slots = agreement.goal_slots(base, self.pair)

    def compose(self) -> ComposeResult:
        v = self.values
        yield Header()
        with VerticalScroll(id="form"):
            yield Static(self._intro(), id="edit-intro")
            yield Label("Goals - each of you, with what success looks like", classes="section")
            for index, person in enumerate(self.pair.people):
                yield Label(f"{label_safe(person.name)}'s goals", classes="section")
                for slot in range(self.slots[index]):
                    prefix = f"goal-{index}-{slot}"
                    with Horizontal(classes="goal-row"):
                        yield Field("Goal", id=f"{prefix}-goal", value=v.get(f"{prefix}-goal", ""))
                        yield Field("What success looks like", id=f"{prefix}-success", value=v.get(f"{prefix}-success", ""))
                        target = Field("By (optional)", id=f"{prefix}-target", value=v.get(f"{prefix}-target", ""),
                                       placeholder="e.g. 1 Mar 2027")
                        target.add_class("target")
                        yield target
            yield Static("Leave a row empty if you need fewer goals.", classes="hint")
            yield Label("Ground rules", classes="section")
            for key, label in agreement.RULE_LABELS.items():
                yield AreaField(label, id=f"rule-{key}", value=v.get(f"rule-{key}", ""))
            yield Label("How we meet", classes="section")
            for key, label, placeholder in LOGISTIC_FIELDS:
                yield Field(label, id=key, value=v.get(key, ""), placeholder=placeholder)
            yield Static("", id="form-status")
        yield KeysFooter()

    def _intro(self) -> Text:
        text = Text()
        if self.record is None:
            text.append("A starting template in plain words - change anything. ", style="bold")
            text.append("When you save, it becomes version 1 and waits for both of you to acknowledge it.")
        elif self.record.acks:
            n = self.record.version
            text.append(f"Version {n} has been acknowledged. ", style="bold")
            text.append(f"Saving a change makes version {n + 1}, which you both acknowledge again; "
                        f"version {n} is kept.")
        else:
            text.append(f"Version {self.record.version} is a draft nobody has acknowledged yet; ", style="bold")
            text.append("saving updates it (the earlier wording is kept in its history).")
        return text

    def on_mount(self) -> None:
        self.title = "Our agreement - edit"
        self.query_one("#goal-0-0-goal-input").focus()

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss())

    def _raw(self) -> dict[str, str]:
        raw: dict[str, str] = {}
        for field in self.query(Field):
            raw[str(field.id)] = field.value
        for index in range(len(self.pair.people)):
            for slot in range(self.slots[index]):
                key = f"goal-{index}-{slot}-id"
                if self.values.get(key):
                    raw[key] = self.values[key]
        return raw

    def action_save(self) -> None:
        result = agreement.parse_form(self._raw(), self.pair)
        for field in self.query(Field):  # the first invalid field takes the cursor (Field.set_error)
            field.set_error(result.errors.get(str(field.id)))
        status = self.query_one("#form-status", Static)
        if result.fields is None:
            status.update("Please fix the fields marked in red.")
            return
        viewer = self.rm.viewer
        by = viewer if viewer and viewer != "together" else None
        fields, note = result.fields, result.note

        def done(saved: tuple[Agreement, str]) -> None:
            self._saved(*saved, note)

        self.rm.save(self, lambda store: agreement.save(store, fields, by=by), done, status=status)

    def _saved(self, record: Agreement, what: str, note: str | None) -> None:
        message = {
            "created": "Version 1 saved. Each of you now acknowledges it (k).",
            "updated": f"Version {record.version} updated.",
            "new_version": f"Saved as version {record.version}; it needs both acknowledgements again (k).",
            "unchanged": "Nothing changed, so nothing was saved.",
        }[what]
        if note:
            message += " " + note
        self.rm.notify(message, timeout=6)
        self.dismiss()


def _made_on(record: Agreement) -> str:
    """The day a version was made, in the app's date format (the stamp's own text if it is not a time)."""
    stamp = record.created or ""
    try:
        return fmt_date(_dt.date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp


class VersionsScreen(DataScreen):
    """Every version of the agreement, and what changed between any two."""

    DEFAULT_CSS = """
    VersionsScreen #pickers { height: auto; margin: 1 1 0 1; }
    VersionsScreen #pickers > Select { width: 1fr; margin: 0 1 0 0; }
    VersionsScreen #diff { margin: 1 2; }
    VersionsScreen Markdown { margin: 0 1; }
    """
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        records = agreement.versions(self.rm.store)
        options = [(f"Version {r.version} ({_made_on(r)})" if r.created else f"Version {r.version}", r.version)
                   for r in records]
        newest = records[-1].version if records else 1
        older = max(1, newest - 1)
        yield Header()
        with Horizontal(id="pickers"):
            yield Select(options, value=older, allow_blank=False, id="from", prompt="From")
            yield Select(options, value=newest, allow_blank=False, id="to", prompt="To")
        with VerticalScroll():
            yield BulletText(id="diff")
            yield Markdown("", id="version-md")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = "Our agreement - versions and what changed"
        self.refresh_data()

    @on(Select.Changed)
    def refresh_data(self) -> None:
        store = self.rm.store
        pair = self.rm.current_pair()
        a_num, b_num = self.query_one("#from", Select).value, self.query_one("#to", Select).value
        a = agreement.get_version(store, int(a_num)) if isinstance(a_num, int) else None
        b = agreement.get_version(store, int(b_num)) if isinstance(b_num, int) else None
        text = Text()
        if a is None or b is None or pair is None:
            text.append("There is only one version so far.")
        else:
            text.append(f"From version {a.version} to version {b.version}:\n", style="bold")
            lines = agreement.diff_versions(a, b, pair)
            if not lines:
                text.append("No differences." if a.version != b.version else "The same version is chosen twice - pick another.")
            for line in lines:
                text.append(f"• {label_plain(line)}\n")
        self.query_one("#diff", Static).update(text)
        self.query_one("#version-md", Markdown).update(agreement.agreement_markdown(b, pair) if b and pair else "")


def label_plain(text: str) -> str:
    from rmcoach.infra.textsafe import printable

    return printable(text, keep_newlines=False)
