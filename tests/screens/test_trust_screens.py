"""Pilot tests: the trust hub, the first-meeting guide, editing and acknowledging the
agreement, and answering a health check."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from textual.widgets import Input, Select, TextArea

from rmcoach.features import agreement, health, trust
from rmcoach.app import make_app
from rmcoach.records.pairs import PersonInput, create_pair, load_pair
from rmcoach.storage.prefs import Prefs
from rmcoach.records.privacy import TOGETHER
from rmcoach.screens.agreement_forms import AgreementEditScreen, VersionsScreen
from rmcoach.screens.health_forms import HealthCheckScreen
from rmcoach.screens.trust import TrustScreen
from rmcoach.screens.trust_forms import AcknowledgeScreen, FirstMeetingScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.form import Field

SIZE = (110, 40)


def _screen_text(app) -> str:
    """What the screen's Statics and detail panes show."""
    from rmcoach.widgets.detail import DetailPane

    shown = [str(w.render()) for w in app.screen.query("Static") if w.display]
    return "\n".join(shown + [pane.text for pane in app.screen.query(DetailPane) if pane.display])


def _fresh(data_dir: Path, *, with_agreement: bool = False):
    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")),
                       relationship="tech exchange", start=_dt.date.today(),
                       end=_dt.date.today() + _dt.timedelta(weeks=26))
    if with_agreement:
        fields = agreement.template(pair, tz="Europe/London")
        fields["goals"] = [{"id": "g1", "person": pair.people[0].uuid, "goal": "Video clinics", "success": "Alone",
                            "target": None}]
        agreement.save(store, fields, by=None)
    Prefs(data_dir).set("owner", pair.people[0].uuid)
    return store, pair


async def _open_trust(pilot, app) -> TrustScreen:
    await pilot.pause()
    app.show_home()
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(app.screen, TrustScreen)
    return app.screen


async def test_first_meeting_guide_leave_and_resume(data_dir: Path) -> None:
    store, pair = _fresh(data_dir)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("f")
        await pilot.pause()
        assert "press g" in _screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, FirstMeetingScreen)
        assert "Step 1 of 6" in str(app.screen.query_one("#step-title").render())
        await pilot.press(*"I run clinics")
        app.screen.query_one("#answer-1-input", TextArea).text = "I build dashboards"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Step 2 of 6" in str(app.screen.query_one("#step-title").render())
        app.screen.query_one("#answer-shared-input", TextArea).text = "Both new to mentoring"
        await pilot.press("escape")  # save and leave at step 2
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
        assert "stopped at step 2 of 6" in _screen_text(app)
        assert "I build dashboards" in _screen_text(app)
        record = trust.first_meeting(store)
        assert record.current_step == "past_experience" and not record.done
        assert record.answers["know_each_other"][pair.people[0].uuid] == "I run clinics"
        await pilot.press("g")  # resume where they stopped
        await pilot.pause()
        assert "Step 2 of 6" in str(app.screen.query_one("#step-title").render())
        assert app.screen.query_one("#answer-shared-input", TextArea).text == "Both new to mentoring"
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert app.screen.query_one("#answer-0-input", TextArea).text == "I run clinics"
        app.screen.query_one("#answer-0-input", TextArea).text = "bad \x1b[31m"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Step 1 of 6" in str(app.screen.query_one("#step-title").render())  # not moved while invalid
        assert "control characters" in app.screen.query_one("#answer-0", Field).error
        app.screen.query_one("#answer-0-input", TextArea).text = "I run clinics"
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
        assert "Done on" in _screen_text(app)
    assert trust.first_meeting_done(Store(data_dir))


async def test_edit_and_acknowledge_the_agreement(data_dir: Path) -> None:
    store, pair = _fresh(data_dir)
    ann, sam = pair.people
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        assert "No agreement yet" in _screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementEditScreen)
        assert screen.query_one("#minutes-input", Input).value == "60"
        screen.query_one("#minutes-input", Input).value = "500"
        screen.query_one("#cadence-input", Input).value = "now and then"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AgreementEditScreen)
        assert "outside 15 to 240" in screen.query_one("#minutes", Field).error
        assert "how often" in screen.query_one("#cadence", Field).error.lower()
        assert "outside 15 to 240" in _screen_text(app)
        assert agreement.latest(store) is None
        screen.query_one("#minutes-input", Input).value = "45"
        screen.query_one("#cadence-input", Input).value = "every 3 weeks"
        screen.query_one("#goal-1-0-goal-input", Input).value = "Learn case reasoning"
        screen.query_one("#goal-1-0-success-input", Input).value = "Follow an MDT"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
        v1 = agreement.latest(store)
        assert v1.version == 1 and v1.logistics.minutes == 45
        assert v1.logistics.cadence.interval == 3
        assert [g.goal for g in v1.goals] == ["Learn case reasoning"]
        # acknowledge by name: the wrong name, then the other person's name, then your own
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, AcknowledgeScreen)
        await pilot.press(*"Nobody", "enter")
        await pilot.pause()
        assert "does not match" in app.screen.query_one("#ack-name", Field).error
        app.screen.query_one("#ack-name-input", Input).value = "Sam Roe"
        await pilot.press("enter")
        await pilot.pause()
        assert "F2" in app.screen.query_one("#ack-name", Field).error
        app.screen.query_one("#ack-name-input", Input).value = "dr ann lee"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
        assert "waiting for Sam Roe" in _screen_text(app)
        app.set_viewer(TOGETHER)
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        app.screen.query_one("#ack-name-input", Input).value = "Sam Roe"
        await pilot.press("enter")
        await pilot.pause()
        assert "acknowledged by both" in _screen_text(app)
        assert agreement.acknowledged_by_both(agreement.latest(store), load_pair(store))
        # a change now makes version 2
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#reply_within-input", Input).value = "24 hours"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert agreement.latest(store).version == 2 and agreement.latest(store).acks == {}
        assert "Version 2 is waiting for Dr Ann Lee and Sam Roe" in _screen_text(app)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, VersionsScreen)
        assert "Replies between sessions changed from 48 hours on working days to 24 hours" in _screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)


async def test_answer_a_health_check_privately_then_share(data_dir: Path) -> None:
    store, pair = _fresh(data_dir, with_agreement=True)
    ann, sam = pair.people
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("h")
        await pilot.pause()
        assert "No health checks yet" in _screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HealthCheckScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HealthCheckScreen)
        assert "Choose too often" in _screen_text(app)
        assert "Choose how far this goal has come." in _screen_text(app)
        await pilot.click("#freq-too_rare")
        for key, value in (("follow_up", "4"), ("safe", "5"), ("two_way", "3")):
            screen.query_one(f"#{key}-input", Input).value = value
        screen.query_one("#like_least-input", TextArea).text = "ANN-PRIVATE-LEAST"
        screen.query_one("#goal-g1", Select).value = "good"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
        (record,) = store.all(health.TABLE)
        assert record["visibility"] == "private" and record["answers"]["frequency"] == "too_rare"
        assert record["answers"]["goals"] == {"g1": "good"}
        assert "ANN-PRIVATE-LEAST" in _screen_text(app)
        app.set_viewer(sam.uuid)
        await pilot.pause()
        assert "ANN-PRIVATE-LEAST" not in _screen_text(app)
        assert "not answered, or kept private" in _screen_text(app)
        app.set_viewer(ann.uuid)
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert store.all(health.TABLE)[0]["visibility"] == "shared"
        app.set_viewer(TOGETHER)
        await pilot.pause()
        assert "ANN-PRIVATE-LEAST" in _screen_text(app)
    assert health.latest_goal_progress(Store(data_dir), TOGETHER) == {"g1": "good"}


async def test_readiness_is_private_in_together_mode(demo_dir: Path) -> None:
    store = Store(demo_dir)
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        assert "only you can see it" in _screen_text(app)
        assert "Worried I will look slow" not in _screen_text(app)  # the first take's note, not the latest
        assert "Much easier now" in _screen_text(app)
        app.set_viewer(TOGETHER)
        await pilot.pause()
        text = _screen_text(app)
        assert "private" in text and "F2" in text and "Much easier now" not in text
        await pilot.press("x")
        await pilot.pause()
        assert "Suggested next" in _screen_text(app)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"Lovely")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
    notes = [r["note"] for r in store.all(trust.EXERCISES)]
    assert "Lovely" in notes


async def test_share_my_readiness_ratings_for_the_review(data_dir: Path) -> None:
    store, pair = _fresh(data_dir)
    me = pair.people[0].uuid
    answers = {s.id: 2 for s in trust.STATEMENTS}
    trust.save_readiness(store, me, answers)
    trust.save_readiness(store, me, {s.id: 4 for s in trust.STATEMENTS})
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("r")
        await pilot.pause()
        assert "press s to share" in _screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert "shared with your partner" in _screen_text(app)
    from rmcoach.features.review import build_review

    review = build_review(Store(data_dir), pair, TOGETHER)
    assert review.self_ratings == ["Dr Ann Lee: 2.0 at the start, 4.0 now (of 5)"]


async def test_toasts_show_names_as_typed_never_as_markup(data_dir: Path) -> None:
    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr [bold]Ann[/bold] Lee [/oops"), PersonInput("Sam Roe")),
                       relationship="tech exchange", start=_dt.date.today(),
                       end=_dt.date.today() + _dt.timedelta(weeks=26))
    fields = agreement.template(pair, tz="Europe/London")
    agreement.save(store, fields, by=None)
    Prefs(data_dir).set("owner", pair.people[0].uuid)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, AcknowledgeScreen)
        app.screen.query_one("#ack-name-input", Input).value = "Dr [bold]Ann[/bold] Lee [/oops"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)  # no markup error on the way
        toasts = list(app._notifications)
        assert toasts and toasts[-1].message == "Acknowledged by Dr [bold]Ann[/bold] Lee [/oops."
        assert not toasts[-1].markup
        app.notify("line one\x1b[31m red\x07", title="a [b]title[/b]")
        await pilot.pause()
        last = list(app._notifications)[-1]
        assert "\x1b" not in last.message and "\x07" not in last.message and last.title == "a [b]title[/b]"
    assert agreement.latest(store).acks


def test_the_rhythm_hint_names_the_keys_the_app_really_uses() -> None:
    from rmcoach.areas import key_of
    from rmcoach.features.checkins import AGREEMENT_KEYS
    from rmcoach.screens.trust import TrustScreen

    area, tab, edit = AGREEMENT_KEYS
    assert key_of("trust") == area
    actions = {b.key: b.action for b in TrustScreen.BINDINGS if not isinstance(b, tuple)}
    assert actions[tab] == "tab('agreement')" and actions[edit] == "edit_agreement"


async def test_after_acknowledging_the_status_says_so_and_k_does_not_reopen_the_dialog(data_dir: Path) -> None:
    from tests.conftest import until

    store, pair = _fresh(data_dir, with_agreement=True)
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("a")
        await until(pilot, lambda: "Press k to acknowledge it by name" in _screen_text(app), "the agreement status")
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, AcknowledgeScreen), "the acknowledge dialog")
        app.screen.query_one("#ack-name-input", Input).value = "Dr Ann Lee"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrustScreen), "the trust screen")
        stamp = agreement.latest(store).acks[pair.people[0].uuid]
        when = agreement.fmt_ack(stamp, agreement.latest(store).logistics.tz)
        await until(pilot, lambda: f"You acknowledged version 1 on {when}" in _screen_text(app), "the new status")
        text = _screen_text(app)
        assert "waiting for Sam Roe" in text and "Press k to acknowledge" not in text
        await pilot.press("k")
        await until(pilot, lambda: any("You already acknowledged version 1" in str(n.message)
                                       for n in app._notifications), "the note that it is done")
        assert isinstance(app.screen, TrustScreen)


async def test_trust_dates_use_the_apps_date_format_not_iso(demo_dir: Path) -> None:
    import re

    from rmcoach.infra.dates import fmt_date
    from tests.conftest import until

    store = Store(demo_dir)
    first = trust.first_meeting(store)
    assert first is not None and first.done_on is not None
    iso = re.compile(r"\d{4}-\d{2}-\d{2}")
    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await _open_trust(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: f"Done on {fmt_date(first.done_on)}." in _screen_text(app), "the first meeting")
        await pilot.press("x")
        await until(pilot, lambda: app.screen.focused is app.screen.query_one("#exercise-list"), "the exercises")
        done = trust.exercises_done(store, app.viewer)
        assert done and done[0].on is not None
        ids = [e.id for e in trust.EXERCISE_LIBRARY]
        app.screen.query_one("#exercise-list").highlighted = ids.index(done[0].exercise_id)
        await until(pilot, lambda: f"Done on {fmt_date(done[0].on)}" in _screen_text(app), "the exercise detail")
        assert not iso.search(_screen_text(app))
        await pilot.press("a")
        await pilot.press("v")
        await until(pilot, lambda: isinstance(app.screen, VersionsScreen), "the versions")
        labels = [str(label) for select in app.screen.query(Select) for label, _ in select._options]
        versions = agreement.versions(store)
        made = fmt_date(_dt.date.fromisoformat(versions[0].created[:10]))
        assert f"Version 1 ({made})" in labels, labels
        assert not any(iso.search(label) for label in labels), labels
