"""Plain language: the jargon check (ctrl+j from anywhere) and the glossary with the pair's own terms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, DataTable, Header, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from rmcoach.features import jargon as gs
from rmcoach.records.privacy import TOGETHER
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import one_line, printable
from rmcoach.tips.jargon import Finding
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.form import Field
from rmcoach.widgets.guard import LeaveGuard
from rmcoach.widgets.tables import ListTable, cursor_key
from rmcoach.widgets.inputs import TypingInput
from rmcoach.screens.base import AppModal, DataScreen
from rmcoach.infra.wording import plural

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp

CHECK_DELAY = 0.15  # seconds of quiet typing before the text is checked again
KIND_LABEL = {"jargon": "jargon", "acronym": "acronym", "long-sentence": "long sentence"}


def _viewer_uuid(app: RMCoachApp) -> str | None:
    return app.viewer if app.viewer and app.viewer != TOGETHER else None


def default_reader(app: RMCoachApp) -> tuple[str | None, str]:
    """(reader, who it is) for the person writing: their partner, read through their background.

    Looking together, or with no pair or no background to go on, there is no reader
    and every technical word is checked.
    """
    from rmcoach.tips.readers import person_reader

    person = app.viewer_person() if hasattr(app, "viewer_person") else None
    pair = app.current_pair() if person is not None else None
    partner = pair.other(person.uuid) if pair is not None and person is not None else None
    reader = person_reader(partner)
    if reader is None or partner is None:
        return None, ""
    return reader, partner.name


def _store(app: RMCoachApp) -> Any:
    """The pair's store when a pair exists (the checker then knows their own terms)."""
    return app.store if app.current_pair() is not None else None


class JargonArea(TextArea):
    """A text area that underlines the checker's findings in place."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        super().__init__(text, soft_wrap=True, tab_behavior="focus", **kwargs)
        self.show_line_numbers = False
        self.highlight_cursor_line = False  # its style would paint over the marks on the cursor's line
        self.spans: dict[int, list[tuple[int, int, str]]] = {}
        self._styles: dict[str, Style] = {}

    def on_mount(self) -> None:
        theme = self.app.current_theme
        self._styles = {
            "jargon": Style(bold=True, underline=True, color=theme.warning or "yellow"),
            "acronym": Style(bold=True, underline=True, color=theme.secondary or theme.accent or "cyan"),
            "long-sentence": Style(italic=True),
        }

    def show_findings(self, text: str, findings: list[Finding]) -> None:
        self.spans = gs.line_spans(text, findings)
        self._line_cache.clear()
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        for start, end, kind in self.spans.get(line_index, ()):
            style = self._styles.get(kind)
            if style is not None:
                line.stylize(style, start, end)
        return line


class FindingsList(OptionList):
    BINDINGS = [Binding("k", "screen.mark_known", "We both know this now")]


def finding_prompt(f: Finding) -> Text:
    line = Text()
    line.append(f"{f.line}:{f.column}".ljust(7), style="dim")
    line.append(one_line(f.term, 40), style="bold")
    if f.kind != "jargon":
        line.append(f"  ({KIND_LABEL.get(f.kind, f.kind)})", style="italic")
    line.append("  \u2192 " + printable(f.suggestion, keep_newlines=False))
    if f.analogy:
        line.append("\n        " + printable(f.analogy, keep_newlines=False), style="italic dim")
    return line


class JargonCheckModal(AppModal[str | None]):
    """Check a piece of writing; fix it here and (when it came from a form) put it back."""

    DEFAULT_CSS = """
    JargonCheckModal { align: center middle; }
    JargonCheckModal > #jc-box { width: 96%; height: 92%; border: thick $accent; background: $surface; padding: 0 1; }
    JargonCheckModal .section { text-style: bold; color: $accent; }
    JargonCheckModal #jc-text { height: 1fr; min-height: 5; }
    JargonCheckModal #jc-summary { margin: 1 0 0 0; text-style: bold; }
    JargonCheckModal #jc-findings { height: 1fr; min-height: 6; }
    JargonCheckModal .hint { color: $text-muted; }
    JargonCheckModal #jc-buttons { height: auto; }
    JargonCheckModal #jc-buttons Button { margin: 0 1 0 0; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("ctrl+s", "apply", "Put it back in the form", priority=True),
        Binding("ctrl+f", "focus_findings", "Findings"),
        Binding("ctrl+r", "next_reader", "Reader"),
    ]

    def __init__(self, text: str = "", target: Widget | None = None) -> None:
        super().__init__()
        self.initial = text
        self.target = target
        self.findings: list[Finding] = []
        self._timer: Timer | None = None
        self.reader: str | None = None
        self.reader_name = ""  # whose background chose the reader ("" when picked by hand)

    def compose(self) -> ComposeResult:
        with Vertical(id="jc-box"):
            where = "from the form you were in" if self.target is not None else "typed or pasted here"
            yield Label(f"Check for jargon - text {where}", classes="section")
            yield JargonArea(self.initial, id="jc-text")
            yield Static("", id="jc-reader", classes="hint")
            yield Static("", id="jc-summary")
            yield FindingsList(id="jc-findings")
            keys = ("Tab or ctrl+f to the findings · Enter goes to one · k: we both know this now"
                    " · ctrl+r changes who it is for")
            if self.target is not None:
                keys += " · ctrl+s puts the text back in the form"
            yield Static(keys + " · Escape closes", classes="hint")
            with Horizontal(id="jc-buttons"):
                if self.target is not None:
                    yield Button("Put it back in the form", id="jc-apply", variant="primary")
                yield Button("Close", id="jc-close")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.reader, self.reader_name = default_reader(self.rm)
        self.recheck()
        self.query_one(JargonArea).focus()

    def _show_reader(self) -> None:
        if self.reader is None:
            line = Text("Checked for anyone: every technical word is marked (ctrl+r to choose a reader).")
        elif self.reader_name:
            line = Text(f"Checked for {self.reader_name}, a {self.reader} reader (ctrl+r to change).")
        else:
            line = Text(f"Checked for a {self.reader} reader (ctrl+r to change).")
        self.query_one("#jc-reader", Static).update(line)

    def action_next_reader(self) -> None:
        """Cycle: the partner's reader (when known), then each reader, then anyone."""
        from rmcoach.tips.readers import READERS

        partner_reader, partner_name = default_reader(self.rm)
        choices: list[tuple[str | None, str]] = []
        if partner_reader is not None:
            choices.append((partner_reader, partner_name))
        choices += [(r, "") for r in READERS if r != partner_reader]
        choices.append((None, ""))
        current = (self.reader, self.reader_name)
        index = choices.index(current) if current in choices else -1
        self.reader, self.reader_name = choices[(index + 1) % len(choices)]
        self.recheck()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "apply":
            return self.target is not None
        return True

    @property
    def text(self) -> str:
        return self.query_one(JargonArea).text

    @on(TextArea.Changed, "#jc-text")
    def _typed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(CHECK_DELAY, self.recheck)

    def recheck(self) -> None:
        self._timer = None
        area = self.query_one(JargonArea)
        text = "\n".join(area.document.lines)
        self.findings = gs.checker_for(_store(self.rm), self.reader).check(text)
        self._show_reader()
        area.show_findings(text, self.findings)
        summary = self.query_one("#jc-summary", Static)
        if text.strip():
            summary.update(gs.summary(self.findings))
        else:
            summary.update("Type or paste what you want to explain; jargon is marked as you write.")
        listing = self.query_one(FindingsList)
        keep = listing.highlighted
        listing.clear_options()
        listing.add_options([Option(finding_prompt(f), id=str(i)) for i, f in enumerate(self.findings)])
        if self.findings:
            listing.highlighted = min(keep or 0, len(self.findings) - 1)

    @on(Button.Pressed, "#jc-apply")
    def _apply_pressed(self) -> None:
        self.action_apply()

    @on(Button.Pressed, "#jc-close")
    def _close_pressed(self) -> None:
        self.action_close()

    def _selected(self) -> Finding | None:
        listing = self.query_one(FindingsList)
        index = listing.highlighted
        if index is None or not 0 <= index < len(self.findings):
            return None
        return self.findings[index]

    @on(OptionList.OptionSelected, "#jc-findings")
    def _go_to(self, event: OptionList.OptionSelected) -> None:
        index = int(event.option.id or 0)
        if 0 <= index < len(self.findings):
            self.go_to(self.findings[index])

    def go_to(self, finding: Finding) -> None:
        area = self.query_one(JargonArea)
        text = "\n".join(area.document.lines)
        start = gs.location(text, finding.start)
        end = gs.location(text, min(finding.end, len(text)))
        area.selection = Selection(start, end)
        area.focus()
        area.scroll_cursor_visible()

    def action_focus_findings(self) -> None:
        self.query_one(FindingsList).focus()

    def action_mark_known(self) -> None:
        finding = self._selected()
        if finding is None:
            self.notify("Pick a finding first.", timeout=3)
            return
        name = gs.markable(finding)
        if name is None:
            self.notify("A long sentence is not a term to know - split it into shorter ones instead.", timeout=5)
            return
        store = _store(self.rm)
        if store is None:
            self.notify("Set up your pair first: the terms you both know are kept with the pair.", timeout=5)
            return
        by = _viewer_uuid(self.rm)

        def failed(exc: Exception) -> bool:
            if isinstance(exc, ValueError):
                self.notify(str(exc), severity="warning", timeout=5)
                return True
            return False

        def done(marked: str) -> None:
            self.notify(f"Marked \u201c{printable(marked, keep_newlines=False)}\u201d: you both know it now; "
                        "it is no longer flagged.", timeout=4, markup=False)
            self.recheck()

        self.rm.save(self, lambda worker_store: gs.mark_known(worker_store, name, by=by), done, failed=failed)

    def action_apply(self) -> None:
        target = self.target
        if target is None:
            return
        text = self.text
        if not target.is_attached:
            self.notify("The form this came from has closed; copy the text before closing.", severity="warning")
            return
        if isinstance(target, TextArea):
            target.text = text
        elif isinstance(target, Input):
            target.value = " ".join(text.split("\n"))
        self.dismiss(text)

    def action_close(self) -> None:
        self.dismiss(None)


def open_jargon_check(app: RMCoachApp) -> None:
    """ctrl+j: check the text of the focused text box, or an empty one."""
    if isinstance(app.screen, JargonCheckModal):
        return
    focused = app.focused
    target: Widget | None = None
    text = ""
    if isinstance(focused, JargonArea):
        return
    if isinstance(focused, TextArea) and not focused.read_only:
        target, text = focused, focused.text
    elif isinstance(focused, Input) and not focused.password:
        target, text = focused, focused.value
    app.push_screen(JargonCheckModal(text, target))


# --------------------------------------------------------------------------- glossary screen
class TermFormModal(LeaveGuard, AppModal[gs.OwnTerm | None]):
    """Add or edit one of the pair's own terms."""
    DRAFT_TITLE = "Glossary term"  # what an unsaved draft of it is called

    DEFAULT_CSS = """
    TermFormModal { align: center middle; }
    TermFormModal > VerticalScroll { width: 84; height: auto; max-height: 95%; border: thick $accent; background: $surface; padding: 0 2; }
    TermFormModal .section { text-style: bold; color: $accent; margin: 1 0 1 1; }
    TermFormModal #tf-status { color: $error; margin: 0 0 0 1; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True), Binding("escape", "cancel", "Cancel")]
    FIELDS = {"term": "tf-term", "alternative": "tf-alternative", "analogy": "tf-analogy", "aliases": "tf-aliases"}

    def __init__(self, term: gs.OwnTerm | None = None, *, preset: str = "") -> None:
        super().__init__()
        self.term = term
        self.preset = preset

    def compose(self) -> ComposeResult:
        t = self.term
        with VerticalScroll():
            yield Label("Edit your own term" if t else "Add a term from your world", classes="section")
            yield Field("Term (as it is written)", id="tf-term", value=t.term if t else self.preset,
                        placeholder="e.g. WardView", max_length=200)
            yield Field("Say instead", id="tf-alternative", value=t.alternative if t else "",
                        placeholder="e.g. the electronic bed board on each ward")
            yield Field("An everyday comparison (optional)", id="tf-analogy", value=t.analogy if t else "",
                        placeholder="e.g. like the whiteboard at the nurses' station")
            yield Field("Other spellings, separated by commas (optional)", id="tf-aliases",
                        value=", ".join(t.aliases) if t else "", placeholder="e.g. Ward View, the ward view")
            yield Static("ctrl+s saves · Escape cancels", classes="hint")
            yield Static("", id="tf-status")
        yield KeysFooter()  # the dialog's own keys, over the footer of the screen below

    def on_mount(self) -> None:
        self.query_one("#tf-term-input", Input).focus()

    def _value(self, name: str) -> str:
        return self.query_one(f"#{self.FIELDS[name]}", Field).value

    def action_save(self) -> None:
        app = self.rm
        values = {name: self._value(name) for name in self.FIELDS}
        _, errors = gs.check_term(values["term"], values["alternative"], values["analogy"], values["aliases"],
                                  store=app.store, editing=self.term.uuid if self.term else None)
        for name, field_id in self.FIELDS.items():
            self.query_one(f"#{field_id}", Field).set_error(errors.get(name))
        status = self.query_one("#tf-status", Static)
        status.update("")
        if errors:
            first = next(n for n in self.FIELDS if n in errors)
            self.query_one(f"#{self.FIELDS[first]}-input").focus()
            return
        term, by = self.term, _viewer_uuid(app)

        def work(store: Store) -> gs.OwnTerm:
            if term is None:
                return gs.add_term(store, values["term"], values["alternative"], values["analogy"],
                                   values["aliases"], author=by)
            return gs.edit_term(store, term.uuid, values["term"], values["alternative"],
                                values["analogy"], values["aliases"], by=by)

        def failed(exc: Exception) -> bool:
            if not isinstance(exc, gs.TermError):
                return False
            if exc.field in self.FIELDS:
                self.query_one(f"#{self.FIELDS[exc.field]}", Field).set_error(str(exc))
            else:
                status.update(Text(str(exc)))
            return True

        app.save(self, work, self.dismiss, status=status, failed=failed)

    def action_cancel(self) -> None:
        self.leave_or_ask(lambda: self.dismiss(None))


SHOW_ALL, SHOW_OURS, SHOW_KNOWN = "all", "ours", "known"


@dataclass(frozen=True)
class GlossaryRow:
    """One line of the glossary table: a built-in entry, one of the pair's own terms
    (``own``), or a "we both know this" mark on a term no glossary has."""

    key: str
    term: str
    alt: str = ""
    analogy: str = ""
    cat: str = ""
    aliases: tuple[str, ...] = ()
    known: bool = False
    own: gs.OwnTerm | None = None
    expansion: str = ""


class GlossaryScreen(DataScreen):
    """The built-in glossary, the pair's own terms, and what they both know now."""

    DEFAULT_CSS = """
    GlossaryScreen #gl-top { height: auto; padding: 0 1; }
    GlossaryScreen #gl-filter { width: 1fr; }
    GlossaryScreen #gl-show { width: 40; }
    GlossaryScreen.-narrow #gl-show { width: 34; }
    GlossaryScreen #gl-count { color: $text-muted; padding: 0 2; }
    GlossaryScreen #gl-body { height: 1fr; }
    GlossaryScreen #gl-table { width: 1fr; height: 1fr; }
    GlossaryScreen #gl-detail { width: 32; height: 1fr; border-left: solid $primary; padding: 0 1; }
    GlossaryScreen #gl-keys { color: $text-muted; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "filter", "Filter", key_display="/"),
        Binding("a", "add", "Add own term"),
        Binding("k", "toggle_known", "Known to both"),
        Binding("c", "check", "Check a text"),
        Binding("e", "edit", "Edit own term", show=False),
        Binding("d", "remove", "Remove own term", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[str, GlossaryRow] = {}

    def compose(self) -> ComposeResult:
        pair = self.rm.current_pair()
        self.title = f"{pair.title} - jargon and glossary" if pair else "Jargon and glossary"
        from rmcoach.tips.clinical_glossary import CATEGORIES as CLINICAL_CATEGORIES
        from rmcoach.tips.glossary import CATEGORIES

        yield Header()
        with Horizontal(id="gl-top"):
            yield TypingInput(placeholder="Filter by word or category", id="gl-filter")
            options = [("Every term", SHOW_ALL), ("Our own terms", SHOW_OURS), ("Known to both of us", SHOW_KNOWN)]
            options += [(f"Category: {c}", c) for c in CATEGORIES]
            options += [(f"Clinical: {c}", c) for c in CLINICAL_CATEGORIES]
            yield Select(options, allow_blank=False, value=SHOW_ALL, id="gl-show")
        yield Static("", id="gl-count")
        with Horizontal(id="gl-body"):
            yield ListTable(id="gl-table", cursor_type="row", zebra_stripes=True)
            # a fixed-size pane, drawn once the highlight rests: moving repaints the row and the pane
            yield DetailPane(id="gl-detail")
        yield Static("e edit · d remove (own terms) · ctrl+j checks the text you are writing, from any screen",
                     id="gl-keys")
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("\u2713", key="known", width=1)
        table.add_column("Term", key="term", width=18)
        table.add_column("Say instead", key="alt", width=22)
        table.add_column("Analogy", key="analogy", width=16)
        table.add_column("Category", key="cat", width=11)
        self.refresh_data()
        table.focus()

    def _all_rows(self) -> list[GlossaryRow]:
        from rmcoach.tips.clinical_glossary import ENTRIES as CLINICAL
        from rmcoach.tips.glossary import ENTRIES

        store = self.rm.store
        known = {gs.norm(k) for k in gs.known_terms(store)}
        rows: list[GlossaryRow] = []
        for own in gs.own_terms(store):
            rows.append(GlossaryRow(key=f"own:{own.uuid}", term=own.term, alt=own.alternative, analogy=own.analogy,
                                    cat="our own", aliases=own.aliases, known=own.known, own=own))
        glossary_names = set()
        for prefix, entry in [("g", e) for e in ENTRIES] + [("c", e) for e in CLINICAL]:
            glossary_names.add(gs.norm(entry.term))
            rows.append(GlossaryRow(key=f"{prefix}:{entry.term}", term=entry.term, alt=entry.alternative,
                                    analogy=entry.analogy, cat=entry.category, aliases=tuple(entry.aliases),
                                    known=gs.norm(entry.term) in known, expansion=entry.expansion))
        for mark in gs.known_marks(store):
            if gs.norm(mark.term) not in glossary_names:
                rows.append(GlossaryRow(key=f"mark:{mark.uuid}", term=mark.term, cat="marked known", known=True))
        return rows

    def _matches(self, row: GlossaryRow, words: list[str], show: str) -> bool:
        if show == SHOW_OURS and row.own is None:
            return False
        if show == SHOW_KNOWN and not row.known:
            return False
        if show not in (SHOW_ALL, SHOW_OURS, SHOW_KNOWN) and row.cat != show:
            return False
        hay = " ".join([row.term, row.alt, row.analogy, row.cat, row.expansion, *row.aliases]).casefold()
        return all(w in hay for w in words)

    def refresh_data(self) -> None:
        table = self.query_one(DataTable)
        keep = self._cursor_key()
        words = self.query_one("#gl-filter", Input).value.casefold().split()
        show = str(self.query_one("#gl-show", Select).value)
        rows = self._all_rows()
        shown = [r for r in rows if self._matches(r, words, show)]
        self._rows = {r.key: r for r in shown}
        table.clear()
        for r in shown:
            table.add_row(Text("\u2713" if r.known else ""), Text(one_line(r.term, 18), style="bold" if r.own else ""),
                          Text(one_line(r.alt, 22)), Text(one_line(r.analogy, 16)), Text(one_line(r.cat, 11)),
                          key=r.key)
        ours = sum(1 for r in rows if r.own is not None)
        count = f"{len(shown)} of {plural(len(rows), 'term')} shown · {ours} of your own"
        if not shown:
            count += " · nothing matches: clear the filter, or press a to add the term as your own"
        elif ours == 0:
            count += " · press a to add a word from your own world (a ward system, a local acronym)"
        self.query_one("#gl-count", Static).update(count)
        if keep and keep in self._rows:
            table.move_cursor(row=table.get_row_index(keep))
        self._show_detail()

    def _cursor_key(self) -> str | None:
        return cursor_key(self.query_one(DataTable))

    def current(self) -> GlossaryRow | None:
        key = self._cursor_key()
        return self._rows.get(key) if key else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self.when_resting(self._show_detail)

    def _show_detail(self) -> None:
        row = self.current()
        detail = self.query_one("#gl-detail", DetailPane)
        if row is None:
            detail.show()
            return
        text = Text()
        text.append(printable(row.term, keep_newlines=False), style="bold")
        if row.expansion:
            text.append(f"\n{row.expansion}", style="italic")
        if row.alt:
            text.append("\n\nSay instead: ", style="bold")
            text.append(printable(row.alt, keep_newlines=False))
        if row.analogy:
            text.append("\n\nAnalogy: ", style="bold")
            text.append(printable(row.analogy, keep_newlines=False))
        if row.aliases:
            text.append("\n\nAlso written: ", style="bold")
            text.append(printable(", ".join(row.aliases), keep_newlines=False))
        text.append(f"\n\nCategory: {row.cat}", style="dim")
        if row.known:
            text.append("\n\n\u2713 You both know this now, so the check no longer flags it (k to undo).")
        else:
            text.append("\n\nOnce you both know it, press k and the check stops flagging it.", style="dim")
        if row.own is not None:
            text.append("\n\nYour own term: e edits it, d removes it.", style="dim")
        detail.show(text)

    @on(Input.Changed, "#gl-filter")
    @on(Select.Changed, "#gl-show")
    def _refilter(self) -> None:
        self.refresh_data()

    @on(Input.Submitted, "#gl-filter")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_filter(self) -> None:
        self.query_one("#gl-filter", Input).focus()

    def _after_form(self, result: gs.OwnTerm | None) -> None:
        if result is not None:
            self.notify(f"Saved \u201c{printable(result.term, keep_newlines=False)}\u201d.",
                        timeout=3, markup=False)
            self.query_one("#gl-filter", Input).value = ""
            self.refresh_data()
            table = self.query_one(DataTable)
            key = f"own:{result.uuid}"
            if key in self._rows:
                table.move_cursor(row=table.get_row_index(key))
            table.focus()

    def action_add(self) -> None:
        preset = self.query_one("#gl-filter", Input).value.strip() if not self._rows else ""
        self.app.push_screen(TermFormModal(preset=preset), self._after_form)

    def action_edit(self) -> None:
        row = self.current()
        if row is None or row.own is None:
            self.notify("Only your own terms can be edited; pick one (they are in bold, category 'our own').",
                        timeout=4)
            return
        self.app.push_screen(TermFormModal(row.own), self._after_form)

    def action_remove(self) -> None:
        from rmcoach.widgets.confirm import ConfirmModal

        row = self.current()
        if row is None or row.own is None:
            self.notify("Only your own terms can be removed; built-in ones can be marked known with k.", timeout=4)
            return
        own = row.own

        def answer(yes: bool | None) -> None:
            if yes:
                self.rm.save(self, lambda store: gs.remove_term(store, own.uuid), lambda _: self.refresh_data())

        self.app.push_screen(ConfirmModal(f"Remove your term {one_line(own.term, 50)}?"), answer)

    def action_toggle_known(self) -> None:
        row = self.current()
        if row is None:
            return
        app = self.rm
        known, term, by = row.known, row.term, _viewer_uuid(app)

        def work(store: Store) -> None:
            if known:
                gs.unmark_known(store, term, by=by)
            else:
                gs.mark_known(store, term, by=by)

        def done(_: None) -> None:
            message = ("no longer marked as known; the check flags it again" if known
                       else "marked: you both know it now")
            self.notify(f"{one_line(term, 40)}: {message}.", timeout=3, markup=False)
            self.refresh_data()

        app.save(self, work, done)

    def action_check(self) -> None:
        self.app.push_screen(JargonCheckModal())

    def action_back(self) -> None:
        self.dismiss()
