"""Trust and agreement: readiness, the first meeting guide, exercises, the
pair agreement and relationship health checks, one tab each."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.lazy import Lazy
from textual.widgets import Header, Markdown, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option
from textual.widgets._tabbed_content import ContentTabs

from rmcoach.features import agreement, health, trust
from rmcoach.infra import clock
from rmcoach.infra.dates import fmt_date
from rmcoach.records.privacy import TOGETHER
from rmcoach.records.agreement import Agreement
from rmcoach.records.model import Pair
from rmcoach.storage.store import Store
from rmcoach.infra.textsafe import printable
from rmcoach.widgets.bullets import BulletText
from rmcoach.widgets.detail import DetailPane
from rmcoach.widgets.footer import KeysFooter
from rmcoach.widgets.lists import QuickOptionList
from rmcoach.screens.base import DataScreen

TABS = {"readiness": "r", "first": "f", "exercises": "x", "agreement": "a", "health": "h"}
ACTION_TAB = {
    "take_readiness": "readiness",
    "share_readiness": "readiness",
    "open_guide": "first",
    "exercise_done": "exercises",
    "edit_agreement": "agreement",
    "acknowledge": "agreement",
    "versions": "agreement",
    "answer_health": "health",
    "share_health": "health",
}


def _text(s: str) -> Text:
    return Text(printable(s))


class TrustScreen(DataScreen):
    DEFAULT_CSS = """
    TrustScreen TabPane { padding: 0 1; }
    TrustScreen .panel { height: 1fr; }
    TrustScreen .lead { margin: 1 0; }
    TrustScreen #exercise-list { height: 12; margin: 0 0 1 0; }
    TrustScreen #agreement-md { margin: 0 1; }
    """
    # the tab labels show their letters, so the footer keeps its room for the active tab's own keys
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("r", "tab('readiness')", "Readiness", show=False),
        Binding("f", "tab('first')", "First meeting", show=False),
        Binding("x", "tab('exercises')", "Exercises", show=False),
        Binding("a", "tab('agreement')", "Agreement", show=False),
        Binding("h", "tab('health')", "Health", show=False),
        Binding("n", "take_readiness", "Take reflection"),
        Binding("s", "share_readiness", "Share my ratings"),
        Binding("g", "open_guide", "Open guide"),
        Binding("d", "exercise_done", "Mark done"),
        Binding("e", "edit_agreement", "Edit"),
        Binding("k", "acknowledge", "Acknowledge"),
        Binding("v", "versions", "Versions"),
        Binding("c", "answer_health", "Answer check"),
        Binding("s", "share_health", "Share my answers"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="readiness"):
            with TabPane("Readiness (r)", id="readiness"):
                with VerticalScroll(classes="panel"):
                    yield BulletText(id="readiness-body")
            with TabPane("First meeting (f)", id="first"):
                with VerticalScroll(classes="panel"):
                    yield BulletText(id="first-body")
            with TabPane("Exercises (x)", id="exercises"):
                with Vertical(classes="panel"):
                    yield Static(id="exercise-suggestion", classes="lead")
                    yield QuickOptionList(id="exercise-list")
                    # a fixed-size pane, drawn once the highlight rests (see widgets/detail.py)
                    yield DetailPane(id="exercise-detail")
            with TabPane("Agreement (a)", id="agreement"):
                with Lazy(VerticalScroll(classes="panel", id="agreement-scroll")):
                    yield Static(id="agreement-status", classes="lead")
                    yield Markdown("", id="agreement-md")
            with TabPane("Health (h)", id="health"):
                with Lazy(VerticalScroll(classes="panel", id="health-scroll")):
                    yield Static(id="health-due", classes="lead")
                    yield BulletText(id="health-body")
        yield KeysFooter()

    def on_mount(self) -> None:
        pair = self.rm.current_pair()
        if pair is not None:
            self.title = f"{pair.title} - trust and agreement"
        self.refresh_data()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    # ------------------------------------------------------------------ helpers
    @property
    def store(self) -> Store:
        return self.rm.store

    @property
    def viewer(self) -> str | None:
        return self.rm.viewer

    def _person_viewer(self) -> str | None:
        viewer = self.viewer
        return viewer if viewer and viewer != TOGETHER else None

    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()
        self.call_after_refresh(self.refresh_data)
        if self.active_tab() == "exercises":  # Down moves through the list, d marks the highlighted one
            self.query_one("#exercise-list", OptionList).focus()

    def action_tab(self, tab: str) -> None:
        # the focus leaves the pane first: a focused widget in a pane being hidden would hand
        # its focus to a neighbour in the same pane, and that pulls the old tab back to the front
        focused = self.focused
        if focused is not None and any(isinstance(a, TabPane) for a in focused.ancestors):
            self.set_focus(self.query_one(ContentTabs))
        self.query_one(TabbedContent).active = tab

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        wanted = ACTION_TAB.get(action)
        if wanted is None:
            return True
        if not self.is_mounted or self.active_tab() != wanted:
            return False
        if action in ("take_readiness", "share_readiness", "answer_health", "share_health") and self._person_viewer() is None:
            return False
        if action in ("acknowledge", "versions") and agreement.latest(self.store) is None:
            return False
        return True

    # ------------------------------------------------------------------ refresh
    def refresh_data(self) -> None:
        pair = self.rm.current_pair()
        if pair is None or not self.is_mounted:
            return
        self.query_one("#readiness-body", BulletText).update(_text(trust.render_readiness(self.store, pair, self.viewer)))
        self.query_one("#first-body", BulletText).update(self._first_meeting_text(pair))
        self._refresh_exercises(pair)
        for widget in self.query("#agreement-md"):
            self._refresh_agreement(pair)
            break
        for widget in self.query("#health-body"):
            self._refresh_health(pair)
            break
        self.refresh_bindings()

    def _first_meeting_text(self, pair: Pair) -> Text:
        record = trust.first_meeting(self.store)
        text = Text()
        if record is None:
            text.append("Your first meeting, step by step.\n", style="bold")
            text.append("Sit down together and press g. The guide has six steps, from getting to know each other to "
                        "confidentiality and its limits. Each of you answers, and there is room for shared notes. "
                        "You can leave at any step and carry on later.")
            return text
        answers = record.answers or {}
        if record.done:
            text.append(f"Done on {fmt_date(record.done_on)}. " if record.done_on else "Done. ", style="bold green")
            text.append("Press g to read or add to what you wrote.\n")
        else:
            index = trust.step_index(record.current_step)
            text.append(f"In progress - you stopped at step {index + 1} of {len(trust.STEP_IDS)}. ", style="bold")
            text.append("Press g to carry on where you left off.\n")
        for number, step in enumerate(trust.FIRST_MEETING_STEPS, start=1):
            got = answers.get(step.id) or {}
            filled = any(v.strip() for v in got.values())
            text.append(f"\n{'✓' if filled else '○'} {number}. {step.title}\n", style="bold" if filled else "")
            for person in pair.people:
                value = got.get(person.uuid, "").strip()
                if value:
                    text.append(f"   {printable(person.name, keep_newlines=False)}: ", style="italic")
                    text.append(printable(value) + "\n")
            shared = got.get("shared", "").strip()
            if shared:
                text.append("   Together: ", style="italic")
                text.append(printable(shared) + "\n")
        return text

    def _refresh_exercises(self, pair: Pair) -> None:
        done = trust.exercises_done(self.store, self.viewer)
        done_ids = {r.exercise_id for r in done}
        suggestion = trust.suggest_next(self.store, pair)
        lead = Text()
        if suggestion is None:
            lead.append("You have done every exercise in the library - repeat any that helped.")
        else:
            lead.append("Suggested next: ", style="bold")
            lead.append(f"{suggestion.title} ({suggestion.minutes} minutes). ")
            lead.append("Highlight an exercise and press d when you have done it.", style="dim")
        self.query_one("#exercise-suggestion", Static).update(lead)
        option_list = self.query_one("#exercise-list", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        for ex in trust.EXERCISE_LIBRARY:
            mark = "✓" if ex.id in done_ids else "○"
            star = "  ← suggested" if suggestion and ex.id == suggestion.id else ""
            option_list.add_option(Option(f"{mark} {ex.title} · {ex.minutes} min · {trust.STAGE_TITLES[ex.stage]}{star}", id=ex.id))
        if highlighted is None and suggestion is not None:
            highlighted = [e.id for e in trust.EXERCISE_LIBRARY].index(suggestion.id)
        option_list.highlighted = highlighted if highlighted is not None else 0
        self._show_exercise()

    @on(OptionList.OptionHighlighted, "#exercise-list")
    def _highlighted(self) -> None:
        self.when_resting(self._show_exercise)

    def _show_exercise(self) -> None:
        option_list = self.query_one("#exercise-list", OptionList)
        if option_list.highlighted is None:
            return
        ex = trust.EXERCISE_LIBRARY[option_list.highlighted]
        text = Text()
        text.append(ex.title + "\n", style="bold")
        text.append(f"{ex.purpose}\nAbout {ex.minutes} minutes · best {trust.STAGE_TITLES[ex.stage]}\n\n")
        for number, step in enumerate(ex.steps, start=1):
            text.append(f"{number}. {step}\n")
        pair = self.rm.current_pair()
        for rec in trust.exercises_done(self.store, self.viewer):
            if rec.exercise_id != ex.id:
                continue
            who = pair.person(rec.author or "") if pair else None
            text.append(f"\nDone on {fmt_date(rec.on)}" if rec.on else "\nDone", style="green")
            if who:
                text.append(f" (noted by {printable(who.name, keep_newlines=False)})")
            if rec.note:
                text.append(": " + printable(rec.note))
            text.append("\n")
        self.query_one("#exercise-detail", DetailPane).show(text)

    def _refresh_agreement(self, pair: Pair) -> None:
        record = agreement.latest(self.store)
        status = self.query_one("#agreement-status", Static)
        md = self.query_one("#agreement-md", Markdown)
        if record is None:
            status.update(Text("No agreement yet. Press e to start from a template with sensible defaults "
                               "(an hour every two weeks for about six months) and make it your own. "
                               "You both acknowledge it by name when it is ready."))
            md.update("")
            return
        line = Text()
        number = record.version
        if agreement.acknowledged_by_both(record, pair):
            line.append(f"Version {number}, acknowledged by both of you. ", style="bold green")
            line.append("Editing it (e) makes a new version you both acknowledge again. v shows every version and what changed.")
        else:
            names = " and ".join(printable(p.name, keep_newlines=False) for p in agreement.waiting_for(record, pair))
            mine = self._my_ack(record)
            if mine:
                line.append(f"You acknowledged version {number} on {mine}. It is waiting for {names}. ",
                            style="bold yellow")
            else:
                line.append(f"Version {number} is waiting for {names}. ", style="bold yellow")
                line.append("Press k to acknowledge it by name. ")
            if not record.acks:
                line.append("Nobody has acknowledged it yet, so edits (e) update this version.")
            else:
                line.append("Editing it now (e) makes a new version.")
        status.update(line)
        md.update(agreement.agreement_markdown(record, pair))

    def _refresh_health(self, pair: Pair) -> None:
        due = health.due_date(self.store, pair)
        today = clock.today()
        lead = Text()
        if due is None:
            lead.append("No more health checks are planned before your planned end; you can still run one any time. ")
        elif due <= today:
            lead.append("A health check is due now. ", style="bold magenta")
        else:
            lead.append(f"The next health check is due {fmt_date(due)}. ", style="bold")
        if self._person_viewer():
            lead.append("Press c to answer (privately); s shares your latest answers with the other person.")
        else:
            lead.append("Each of you answers privately: switch person with F2 to answer or share yours.")
        self.query_one("#health-due", Static).update(lead)
        self.query_one("#health-body", BulletText).update(_text(health.render_history(self.store, pair, self.viewer)))

    # ------------------------------------------------------------------ actions
    def action_take_readiness(self) -> None:
        from rmcoach.screens.trust_forms import ReadinessScreen

        if self._person_viewer():
            self.app.push_screen(ReadinessScreen())

    def action_share_readiness(self) -> None:
        viewer = self._person_viewer()
        if viewer is None:
            return
        def done(changed: int) -> None:
            if changed:
                self.rm.notify("Your readiness ratings are now shared: the review can compare your start "
                               "and latest when you look together.", timeout=5)
            else:
                self.rm.notify("Nothing to share: take the reflection first, or it is already shared.", timeout=4)
            self.refresh_data()

        self.rm.save(self, lambda store: trust.share_readiness(store, viewer), done)

    def action_open_guide(self) -> None:
        from rmcoach.screens.trust_forms import FirstMeetingScreen

        self.app.push_screen(FirstMeetingScreen())

    def action_exercise_done(self) -> None:
        from rmcoach.screens.trust_forms import ExerciseDoneScreen

        option_list = self.query_one("#exercise-list", OptionList)
        if option_list.highlighted is None:
            return
        ex = trust.EXERCISE_LIBRARY[option_list.highlighted]
        self.app.push_screen(ExerciseDoneScreen(ex.id))

    def action_edit_agreement(self) -> None:
        from rmcoach.screens.agreement_forms import AgreementEditScreen

        self.app.push_screen(AgreementEditScreen())

    def _my_ack(self, record: Agreement) -> str | None:
        """When the person at the keyboard acknowledged this version, in words (None: not yet)."""
        viewer = self._person_viewer()
        stamp = (record.acks or {}).get(viewer) if viewer else None
        return agreement.fmt_ack(stamp, record.logistics.tz if record.logistics else None) if stamp else None

    def action_acknowledge(self) -> None:
        from rmcoach.screens.trust_forms import AcknowledgeScreen

        record = agreement.latest(self.store)
        mine = self._my_ack(record) if record is not None else None
        if record is not None and mine:
            pair = self.rm.current_pair()
            waiting = agreement.waiting_for(record, pair) if pair is not None else []
            rest = (" It is waiting for " + " and ".join(printable(p.name, keep_newlines=False) for p in waiting) + "."
                    if waiting else "")
            self.rm.notify(f"You already acknowledged version {record.version} on {mine}.{rest}", timeout=5)
            return
        self.app.push_screen(AcknowledgeScreen())

    def action_versions(self) -> None:
        from rmcoach.screens.agreement_forms import VersionsScreen

        self.app.push_screen(VersionsScreen())

    def action_answer_health(self) -> None:
        from rmcoach.screens.health_forms import HealthCheckScreen

        if self._person_viewer():
            self.app.push_screen(HealthCheckScreen())

    def action_share_health(self) -> None:
        viewer = self._person_viewer()
        if viewer is None:
            return
        private = health.latest_private(self.store, viewer)
        if private is None:
            self.rm.notify("Nothing to share: your answers are already shared, or you have not answered yet.", timeout=5)
            return
        latest = private.uuid

        def done(_: object) -> None:
            self.rm.notify("Your latest answers are now shared with the other person.", timeout=4)
            self.refresh_data()

        self.rm.save(self, lambda store: health.share(store, latest, viewer), done)
