"""The pair agreement: template, form validation, versioning, acknowledgement, diff, Markdown."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import agreement
from rmcoach.infra import clock
from rmcoach.records.agreement import Agreement, Goal
from rmcoach.records.agreement import Cadence as StoredCadence
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.storage.store import Store

FROZEN = _dt.datetime(2026, 12, 1, 9, 0, tzinfo=_dt.timezone.utc)  # a Tuesday


@pytest.fixture
def frozen():
    clock.freeze(FROZEN)
    yield
    clock.freeze(None)


@pytest.fixture
def setup(tmp_path: Path, frozen):
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee", wants="Video clinics"), PersonInput("Sam Roe")),
                       relationship="tech exchange", start=_dt.date(2026, 12, 1), end=_dt.date(2027, 6, 1))
    return store, pair


def _valid_form(pair) -> dict[str, str]:
    values = agreement.form_values(agreement.draft(agreement.template(pair, tz="Europe/London")), pair)
    for i in range(2):
        for slot in range(3):
            for part in ("goal", "success", "target"):
                values.setdefault(f"goal-{i}-{slot}-{part}", "")
    values["goal-0-0-success"] = "I run a video clinic alone"
    values["goal-1-0-goal"] = "Learn how a consultant reasons"
    values["goal-1-0-success"] = "I follow an MDT discussion"
    values["goal-1-0-target"] = "1 Mar 2027"
    return values


def test_template_has_nhs_style_defaults(setup) -> None:
    store, pair = setup
    t = agreement.template(pair, tz="Europe/London")
    lg = t["logistics"]
    assert lg["minutes"] == 60
    assert lg["cadence"]["kind"] == "every_n_weeks" and lg["cadence"]["interval"] == 2
    assert lg["first"] == "2026-12-01T14:00"
    assert lg["until"] == "2027-06-01"
    assert "48 hours" in lg["reply_within"]
    assert "senior" in lg["who_books"] and "office" in lg["where"]
    assert "at any time" in t["rules"]["pause_end"]
    assert "patient" in t["rules"]["confidentiality"]
    assert [g["goal"] for g in t["goals"]] == ["Video clinics"]


def test_form_round_trip_and_schedule_rule(setup) -> None:
    store, pair = setup
    result = agreement.parse_form(_valid_form(pair), pair)
    assert result.errors == {}
    fields = result.fields
    assert len(fields["goals"]) == 2
    assert fields["goals"][1]["target"] == "2027-03-01"
    rule = agreement.schedule_rule(agreement.draft(fields))
    assert rule.minutes == 60 and rule.start == _dt.datetime(2026, 12, 1, 14, 0)
    again = agreement.parse_form(agreement.form_values(agreement.draft(fields), pair) | {
        f"goal-{i}-{s}-{p}": "" for i in range(2) for s in range(2, 3) for p in ("goal", "success", "target")}, pair)
    assert again.fields == fields


@pytest.mark.parametrize("key,value,needle", [
    ("minutes", "300", "outside 15 to 240"),
    ("minutes", "ten", "whole minutes"),
    ("tz", "Mars/Olympus", "time zone"),
    ("first", "the 45th of Smarch", "date"),
    ("cadence", "whenever", "how often"),
    ("cadence", "FREQ=HOURLY", "at most daily"),
    ("weekday", "Funday", "weekday"),
    ("until", "1 Nov 2026", "before the first session"),
    ("sessions", "-3", "whole number"),
    ("rule-respect", "   ", "needed"),
    ("goal-1-0-success", "", "success looks like"),
    ("where", "", "needed"),
])
def test_form_errors_are_keyed_by_field(setup, key, value, needle) -> None:
    store, pair = setup
    raw = _valid_form(pair)
    raw[key] = value
    result = agreement.parse_form(raw, pair)
    assert result.fields is None
    assert needle.lower() in result.errors[key].lower(), result.errors


def test_first_session_moves_onto_the_cadence(setup) -> None:
    store, pair = setup
    raw = _valid_form(pair)
    raw["first"] = "2026-12-03 10:00"  # a Thursday
    raw["weekday"] = "Tuesday"
    raw["cadence"] = "weekly"
    result = agreement.parse_form(raw, pair)
    assert result.fields["logistics"]["first"] == "2026-12-08T10:00"
    assert "moved" in result.note


def test_cadence_words_round_trip() -> None:
    for words in ("weekly", "every 3 weeks", "monthly on the last Friday", "monthly on the 2nd Tuesday",
                  "FREQ=WEEKLY;INTERVAL=3;BYDAY=TH"):
        cadence = agreement.parse_cadence(words, 1)
        assert agreement.parse_cadence(agreement.cadence_words(cadence), 1) == cadence
        stored = StoredCadence.load(cadence.to_dict())
        assert agreement.cadence_words(stored) == agreement.cadence_words(cadence)
        assert agreement.schedule_cadence(stored) == cadence


def test_versioning_drafts_update_in_place_and_acknowledged_versions_fork(setup) -> None:
    store, pair = setup
    a, b = pair.people
    fields = agreement.parse_form(_valid_form(pair), pair).fields
    record, what = agreement.save(store, fields, by=a.uuid)
    assert what == "created" and record.version == 1
    assert agreement.save(store, fields, by=a.uuid)[1] == "unchanged"
    changed = dict(fields, rules=dict(fields["rules"], respect="We listen."))
    record, what = agreement.save(store, changed, by=b.uuid)
    assert what == "updated" and record.version == 1
    assert record.history[0]["version"]["rules"]["respect"] != "We listen."
    agreement.acknowledge(store, pair, a.uuid)
    latest = agreement.latest(store)
    assert a.uuid in latest.acks and not agreement.acknowledged_by_both(latest, pair)
    assert [p.name for p in agreement.waiting_for(latest, pair)] == ["Sam Roe"]
    agreement.acknowledge(store, pair, b.uuid)
    assert agreement.acknowledged_by_both(agreement.latest(store), pair)
    assert _dt.datetime.fromisoformat(agreement.latest(store).acks[b.uuid]) == FROZEN.replace(microsecond=0)
    # edit an acknowledged version: a new version, no acks, the old one kept unchanged
    weekly = dict(changed, logistics=dict(changed["logistics"], cadence={"kind": "weekly", "interval": 1, "weekday": 1,
                                                                          "nth": 1, "rrule": ""}))
    record, what = agreement.save(store, weekly, by=a.uuid)
    assert what == "new_version" and record.version == 2 and record.acks == {}
    assert record.supersedes == agreement.get_version(store, 1).uuid
    assert agreement.acknowledged_by_both(agreement.get_version(store, 1), pair)
    assert agreement.latest_acknowledged(store, pair).version == 1
    assert [v.version for v in agreement.versions(store)] == [1, 2]
    # half-acknowledged versions fork too
    agreement.acknowledge(store, pair, a.uuid)
    record, what = agreement.save(store, dict(weekly, rules=dict(weekly["rules"], feedback="Kindly.")), by=b.uuid)
    assert what == "new_version" and record.version == 3


def test_versions_read_as_typed_records(setup) -> None:
    """What the feature hands out is the typed record: dates are dates, times are datetimes."""
    store, pair = setup
    saved, _ = agreement.save(store, agreement.parse_form(_valid_form(pair), pair).fields, by=None)
    latest = agreement.latest(store)
    assert isinstance(latest, Agreement) and latest == saved
    assert latest.logistics.first == _dt.datetime(2026, 12, 1, 14, 0)
    assert latest.logistics.until == _dt.date(2027, 6, 1)
    goals = agreement.current_goals(store)
    assert all(isinstance(g, Goal) for g in goals)
    assert [g.target for g in goals] == [None, _dt.date(2027, 3, 1)]
    values = agreement.form_values(latest, pair)
    assert values["first"] == "2026-12-01 14:00" and values["goal-1-0-target"] == "2027-03-01"
    # a version that does not say when and how often cannot be scheduled: one clear ValueError
    with pytest.raises(ValueError, match="how often"):
        agreement.schedule_rule(latest.replace(logistics=None))


def test_acknowledge_refuses_strangers_and_matches_names(setup) -> None:
    store, pair = setup
    with pytest.raises(agreement.AgreementError):
        agreement.acknowledge(store, pair, pair.people[0].uuid)  # nothing to acknowledge yet
    agreement.save(store, agreement.parse_form(_valid_form(pair), pair).fields, by=None)
    with pytest.raises(agreement.AgreementError):
        agreement.acknowledge(store, pair, "not-a-person")
    assert agreement.match_name(pair, "  dr ann   LEE ").uuid == pair.people[0].uuid
    assert agreement.match_name(pair, "Ann") is None


def test_diff_lists_goal_rule_and_logistics_changes(setup) -> None:
    store, pair = setup
    a = agreement.parse_form(_valid_form(pair), pair).fields
    goals = [dict(a["goals"][0], success="I run two clinics alone")]
    goals.append({"id": "new", "person": pair.people[1].uuid, "goal": "Present to the board", "success": "Done",
                  "target": None})
    b = dict(a, goals=goals, rules=dict(a["rules"], questions="Ask anything."),
             logistics=dict(a["logistics"], minutes=45,
                            cadence={"kind": "weekly", "interval": 1, "weekday": 1, "nth": 1, "rrule": ""}))
    lines = agreement.diff_versions(agreement.draft(a), agreement.draft(b), pair)
    text = "\n".join(lines)
    assert "Goal added for Sam Roe: \"Present to the board\"" in text
    assert "Goal removed for Sam Roe: \"Learn how a consultant reasons\"" in text
    assert "What success looks like for \"Video clinics\" changed from \"I run a video clinic alone\" to \"I run two clinics alone\"" in text
    assert "Ground rule 'No judgement for questions' changed" in text
    assert "Length changed from 60 minutes to 45 minutes" in text
    assert "How often changed from every 2 weeks on Tuesday to every week on Tuesday" in text
    assert agreement.diff_versions(agreement.draft(a), agreement.draft(a), pair) == []


def test_diff_of_the_rhythm_start_day_reads_as_a_sentence(setup) -> None:
    store, pair = setup
    a = agreement.parse_form(_valid_form(pair), pair).fields
    a["logistics"] = dict(a["logistics"], effective_from="2026-08-25")
    b = dict(a, logistics=dict(a["logistics"], effective_from="2026-09-08", where="Video call"))
    text = "\n".join(agreement.diff_versions(agreement.draft(a), agreement.draft(b), pair))
    assert "The day this rhythm applies from changed from Tue 25 Aug 2026 to Tue 8 Sep 2026" in text
    assert "This rhythm applies from changed" not in text
    assert "Where or how we meet changed from" in text


def test_markdown_is_commonmark_and_user_text_stays_literal(setup) -> None:
    from markdown_it import MarkdownIt

    store, pair = setup
    fields = agreement.parse_form(_valid_form(pair), pair).fields
    fields["goals"][0]["goal"] = "# not a heading <b>bold</b> [link](http://x) *star*"
    fields["rules"]["respect"] = "- not a list\n1. not numbered\n> not a quote"
    record, _ = agreement.save(store, fields, by=None)
    agreement.acknowledge(store, pair, pair.people[0].uuid)
    md = agreement.agreement_markdown(agreement.latest(store), pair)
    tokens = MarkdownIt("commonmark").parse(md)
    kinds = {t.type for t in tokens}
    assert "html_block" not in kinds and "blockquote_open" not in kinds
    inline = [c for t in tokens if t.children for c in t.children]
    assert not any(c.type in ("html_inline", "link_open", "em_open") for c in inline)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "Tech exchange: our agreement"
    assert {"Goals", "Ground rules", "How we meet", "Acknowledged"} <= set(headings)
    html = MarkdownIt("commonmark").render(md)
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "# not a heading" in html
    assert "Waiting for Sam Roe" in md
    assert "every 2 weeks on Tuesday" in md and "60 minutes" in md


def test_build_schedule_follows_the_latest_rhythm_from_its_date(setup) -> None:
    store, pair = setup
    from rmcoach.features.demo import build_demo

    demo_store = Store(store.data_dir.parent / "demo")
    demo_pair = build_demo(demo_store, today=_dt.date(2026, 11, 24))
    from rmcoach.features.checkins import load_schedule

    schedule = load_schedule(demo_store)
    assert schedule is not None
    assert len(schedule.rules) == 2
    first, second = schedule.rules
    assert first.start == _dt.datetime.combine(demo_pair.start, _dt.time(14, 0))
    assert first.cadence.kind == "every_n_weeks" and second.cadence.kind == "weekly"
    assert first.until == second.start.date() - _dt.timedelta(days=1)
    versions = agreement.versions(demo_store)
    assert [agreement.acknowledged_by_both(v, demo_pair) for v in versions] == [True, True]
    assert any("every week" in line for line in agreement.diff_versions(versions[0], versions[1], demo_pair))
    # each version is dated the day it was written in the story, before its acknowledgements, never today
    for v in versions:
        created, updated = _dt.datetime.fromisoformat(v.created), _dt.datetime.fromisoformat(v.updated)
        acks = [_dt.datetime.fromisoformat(str(a)) for a in (v.acks or {}).values()]
        assert created.date() < _dt.date(2026, 11, 24) and created <= min(acks) and updated == max(acks)
    assert _dt.datetime.fromisoformat(versions[0].created).date() == demo_pair.start - _dt.timedelta(days=1)
    assert (_dt.datetime.fromisoformat(versions[1].created).date()
            == second.start.date() - _dt.timedelta(days=3))


def test_status_lines(setup) -> None:
    from rmcoach.features.status import StatusContext

    store, pair = setup
    ctx = StatusContext(store=store, pair=pair, viewer=None, now=clock.now())
    assert "No agreement yet" in agreement.status_lines(ctx)[0].text
    agreement.save(store, agreement.parse_form(_valid_form(pair), pair).fields, by=None)
    agreement.acknowledge(store, pair, pair.people[1].uuid)
    assert "waiting for Dr Ann Lee" in agreement.status_lines(ctx)[0].text
    agreement.acknowledge(store, pair, pair.people[0].uuid)
    assert "acknowledged by both" in agreement.status_lines(ctx)[0].text


def test_a_version_with_empty_optional_fields_still_reads_everywhere(setup) -> None:
    """A store may hold "" for any optional field (the app writes "" for "none chosen"); the
    typed record reads it as None (and writes it back as stored)."""
    store, pair = setup
    blank = {"cadence": "", "first": "", "tz": "", "minutes": "", "until": "", "sessions": "", "effective_from": ""}
    store.insert(agreement.TABLE, {"version": 2, "goals": [{"id": "g1", "person": "", "goal": "Odd", "target": ""}],
                                   "logistics": blank, "acks": {}})
    version = agreement.latest(store)
    assert version.logistics.first is None and version.goals[0].target is None
    md = agreement.agreement_markdown(version, pair)
    assert "(not readable)" in md and "open-ended" in md and "(not set)" in md
    values = agreement.form_values(version, pair)
    assert values["first"] == "" and values["until"] == "" and values["minutes"] == "" and values["sessions"] == ""
    assert agreement.goal_slots(version, pair) == [agreement.GOAL_SLOTS, agreement.GOAL_SLOTS]
    assert agreement.diff_versions(version, version, pair) == []
    with pytest.raises(ValueError):
        agreement.schedule_rule(version)
    from rmcoach.features.status import StatusContext

    ctx = StatusContext(store=store, pair=pair, viewer=None, now=clock.now())
    assert "version 2 is waiting" in agreement.status_lines(ctx)[0].text
