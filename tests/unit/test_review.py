"""The review figures on a scripted history, privacy of the report, and the report command."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from rmcoach.infra import clock
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.features.review import build_review, report_markdown, save_retro, sparkline
from rmcoach.storage.store import Store
from rmcoach.records import tables
from tests.conftest import run_cli

SECRET = "honestly I dread the portal training"


@pytest.fixture
def scripted(data_dir: Path):
    clock.freeze(_dt.datetime(2026, 6, 1, 12, 0, tzinfo=_dt.timezone.utc))
    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam *Roe*")),
                       relationship="meeting of the minds", start=_dt.date(2026, 1, 5), end=_dt.date(2026, 5, 31))
    ann, sam = (p.uuid for p in pair.people)
    with store.transaction():
        for i, (u_ann, c_ann, u_sam, c_sam) in enumerate([(3, 2, 4, 4), (4, 3, 4, 5), (5, 4, 5, 5)]):
            store.insert(tables.SESSIONS, {
                "date": f"2026-0{i + 2}-02T14:00", "minutes": 60, "lead": ann if i % 2 == 0 else sam,
                "covered": [{"teacher": sam, "learner": ann, "skill": None, "topic": "portal inbox"},
                            {"teacher": ann, "learner": sam, "skill": None, "topic": "breaking bad news"}],
                "ratings": {ann: {"useful": u_ann, "comfort": c_ann}, sam: {"useful": u_sam, "comfort": c_sam}},
                "author": ann, "visibility": "shared", "notes": "", "went_well": "",
            })
        store.insert(tables.REFLECTIONS, {"session": None, "author": ann, "visibility": "private", "text": SECRET})
        store.insert(tables.SKILLS, {"title": "Patient portal", "teacher": sam, "learner": ann, "kind": "technology",
                                "level": 3, "levels": [{"level": 0, "on": "2026-01-10"}, {"level": 2, "on": "2026-02-02"},
                                                       {"level": 3, "on": "2026-04-01"}],
                                "author": sam, "visibility": "shared"})
        store.insert(tables.SKILLS, {"title": "Difficult conversations", "teacher": ann, "learner": sam,
                                "kind": "professional wisdom", "level": 1,
                                "levels": [{"level": 1, "on": "2026-01-20"}], "author": ann, "visibility": "shared"})
        for n in range(3):
            store.insert(tables.LEARNINGS, {"text": f"learned {n}", "by": ann, "author": ann, "visibility": "shared",
                                       "tags": ["notable"] if n == 0 else [], "on": "2026-02-03", "skill": None})
        store.insert(tables.LEARNINGS, {"text": "mine only", "by": sam, "author": sam, "visibility": "private", "tags": [],
                                   "on": "2026-02-03", "skill": None})
        store.insert(tables.READINESS, {"author": ann, "visibility": "shared", "answers": {"a": 2, "b": 2}})
        store.insert(tables.READINESS, {"author": ann, "visibility": "shared", "answers": {"a": 4, "b": 5}})
        store.insert(tables.AGREEMENTS, {"version": 1, "goals": [{"id": "g1", "person": ann, "goal": "Answer portal messages",
                                                            "success": "weekly", "target": "2026-04-01"}],
                                    "rules": {}, "logistics": {}, "acks": {ann: "2026-08-01T09:00:00+00:00", sam: "2026-08-01T10:00:00+00:00"}})
    yield store, pair
    clock.freeze(None)


def test_every_figure_on_a_scripted_history(scripted) -> None:
    store, pair = scripted
    ann, sam = pair.people
    review = build_review(store, pair, TOGETHER)
    assert review.held == 3
    trends = {t.name: t for t in review.trends}
    assert trends["Dr Ann Lee"].useful == [3, 4, 5] and trends["Dr Ann Lee"].comfort == [2, 3, 4]
    assert trends["Dr Ann Lee"].useful_avg == 4.0 and trends["Sam *Roe*"].comfort_avg == 4.7
    directions = {d.label: d for d in review.directions}
    tech = directions["Sam *Roe* teaches Dr Ann Lee"]
    assert tech.start_levels == {"not started": 1} and tech.now_levels == {"does it alone": 1}
    assert tech.level_ups == 2
    assert directions["Dr Ann Lee teaches Sam *Roe*"].level_ups == 0
    assert review.learnings == {"Dr Ann Lee": 3, "Sam *Roe*": 0}  # Sam's private learning is hidden together
    assert review.self_ratings == ["Dr Ann Lee: 2.0 at the start, 4.5 now (of 5)"]
    assert [g.goal for g in review.goals] == ["Answer portal messages"]
    assert review.goals[0].target == "Wed 1 Apr 2026"  # dates read the same as everywhere else
    assert "by Wed 1 Apr 2026" in report_markdown(review)
    kinds = [e.kind for e in review.timeline]
    assert kinds.count("session") == 3 and kinds.count("skill") == 2 and "agreement" in kinds and "learning" in kinds
    assert review.planned_end_passed
    assert sparkline([1, 3, 5]) == "▁▅█"


def test_private_items_never_reach_the_shared_report(scripted) -> None:
    store, pair = scripted
    shared = report_markdown(build_review(store, pair, TOGETHER))
    assert SECRET not in shared and "mine only" not in shared
    own = report_markdown(build_review(store, pair, pair.people[0].uuid))
    assert SECRET in own and "My private notes" in own
    other = report_markdown(build_review(store, pair, pair.people[1].uuid))
    assert SECRET not in other


def test_the_report_is_commonmark_and_shows_user_text_literally(scripted) -> None:
    store, pair = scripted
    html = MarkdownIt("commonmark").render(report_markdown(build_review(store, pair, TOGETHER)))
    assert "Sam *Roe*" in html and "<em>Roe</em>" not in html
    assert html.count("<h2>") >= 5


def test_closing_retrospective_is_recorded_and_reported(scripted) -> None:
    store, pair = scripted
    ann, sam = pair.people
    with pytest.raises(ValueError):
        save_retro(store, keep_doing="x", learned_most={}, decision="maybe", author=ann.uuid)
    save_retro(store, keep_doing="Meeting away from the ward", learned_most={ann.uuid: "The portal", sam.uuid: "Listening"},
               decision="renew", author=ann.uuid)
    text = report_markdown(build_review(store, pair, TOGETHER))
    assert "Keep doing: Meeting away from the ward" in text and "renew for another round" in text


def test_report_command(scripted, data_dir: Path, tmp_path: Path) -> None:
    result = run_cli("report", data_dir=data_dir)
    assert result.returncode == 0 and "progress report" in result.stdout and SECRET not in result.stdout
    mine = run_cli("report", "--as", "Dr Ann", data_dir=data_dir)
    assert mine.returncode == 0 and SECRET in mine.stdout
    out = tmp_path / "r.md"
    assert run_cli("report", "-o", str(out), data_dir=data_dir).returncode == 0
    assert "Meeting rhythm" in out.read_text()
    bad = run_cli("report", "--as", "Nobody", data_dir=data_dir)
    assert bad.returncode == 2 and "one of the pair" in bad.stderr
    empty = run_cli("report", data_dir=tmp_path / "empty")
    assert empty.returncode == 1 and "no pair" in empty.stderr


def test_timeline_dates_are_when_things_happened_not_when_they_were_typed_in(scripted) -> None:
    store, pair = scripted
    ann, sam = (p.uuid for p in pair.people)
    # answered on 1 March but entered (or imported) on 1 June
    store.insert(tables.HEALTH_CHECKS, {"round": "r1", "author": ann, "visibility": "shared", "on": "2026-03-01",
                                   "answers": {"safe": 4}})
    store.insert(tables.AGREEMENTS, {"version": 2, "goals": [], "rules": {}, "logistics": {},
                                "acks": {ann: "2026-02-10T09:00:00+00:00", sam: "2026-02-11T17:00:00+00:00"}})
    store.insert(tables.READINESS, {"author": sam, "visibility": "shared", "on": "2026-05-01", "answers": {"a": 5}})
    store.insert(tables.READINESS, {"author": sam, "visibility": "shared", "on": "2026-01-06", "answers": {"a": 1}})
    review = build_review(store, pair, TOGETHER)
    events = {(e.kind, e.text): e.on for e in review.timeline}
    assert events[("health", "Health check")] == _dt.date(2026, 3, 1)
    assert events[("agreement", "Agreement version 2 (acknowledged by both)")] == _dt.date(2026, 2, 10)
    assert "Sam *Roe*: 1.0 at the start, 5.0 now (of 5)" in review.self_ratings  # by the day answered
    report = report_markdown(review)
    assert "- Sun 1 Mar 2026: Health check" in report and "Started Mon 5 Jan 2026" in report


def test_the_rhythm_line_never_claims_more_than_all_and_counts_extra_meetings_apart(scripted) -> None:
    import dataclasses

    store, pair = scripted
    review = build_review(store, pair, TOGETHER)
    assert dataclasses.replace(review, held=12, scheduled=10).kept == \
        "12 sessions held, for 10 scheduled so far: every one kept"  # was "12 of 10 ... (100%)"
    assert dataclasses.replace(review, held=7, scheduled=10, extra=2).kept == \
        "7 of 10 scheduled sessions held (70%), and 2 extra meetings"
    assert dataclasses.replace(review, held=1, scheduled=None, extra=1).kept == \
        "1 session held (no schedule to compare with), and 1 extra meeting"


def test_private_notes_say_what_each_item_holds_on_the_day_it_belongs_to(scripted) -> None:
    from rmcoach.features import resistance as dg
    from rmcoach.tips import resistance as rz

    store, pair = scripted
    ann = pair.people[0].uuid
    first_session = min(store.all(tables.SESSIONS), key=lambda s: s["date"])
    store.insert(tables.REFLECTIONS, {"session": first_session["uuid"], "author": ann, "visibility": "private",
                                      "text": "I rushed the portal bit"})
    store.insert(tables.HEALTH_CHECKS, {"round": "r9", "author": ann, "visibility": "private", "on": "2026-03-01",
                                        "answers": {"follow_up": 3, "two_way": 4, "goals": {"g1": "some"}}})
    dg.save(store, "the portal", {q.id: 5 for q in rz.QUESTIONS}, author=ann, private=True)
    review = build_review(store, pair, ann)
    items = {e.kind: e for e in review.private_items if e.kind != "Reflection" or "rushed" in e.text}
    assert items["Reflection"].on == _dt.date(2026, 2, 2)  # its session's day, not 1 June when typed
    health = items["Health-check answers"].text
    assert "Actions we agree are followed up: 3/5" in health and "The exchange feels two-way: 4/5" in health
    assert "follow up" not in health and "two way" not in health
    assert "Answer portal messages" in health and "some progress" in health
    diagnosis = items["Resistance diagnosis"].text
    assert diagnosis.startswith("the portal: ") and len(diagnosis) > len("the portal: ")
    assert "Resistance diagnosis: the portal: " in report_markdown(review)


def _rated_sessions(store: Store, pair, useful: list[int]) -> None:
    ann, sam = (p.uuid for p in pair.people)
    with store.transaction():
        for i, score in enumerate(useful):
            day = _dt.date(2020, 1, 6) + _dt.timedelta(days=7 * i)
            store.insert(tables.SESSIONS, {
                "date": f"{day.isoformat()}T14:00", "minutes": 45, "lead": ann, "covered": [],
                "ratings": {ann: {"useful": score, "comfort": 6 - score}}, "author": ann, "visibility": "shared",
                "notes": "", "went_well": ""})


def test_a_long_history_draws_the_latest_ratings_and_averages_them_all(data_dir: Path) -> None:
    """Found at five years of weekly sessions: the trend drew one block per session ever held
    (260 blocks per line, wrapped into a wall).  It draws the latest TREND_SESSIONS, says so,
    and its averages still cover every session."""
    from rmcoach.features.review import TREND_SESSIONS

    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")),
                       relationship="meeting of the minds", start=_dt.date(2020, 1, 1))
    old, recent = [1] * 40, [5, 4] * (TREND_SESSIONS // 2)
    _rated_sessions(store, pair, old + recent)
    trend = {t.name: t for t in build_review(store, pair, TOGETHER).trends}["Dr Ann Lee"]
    assert trend.useful_line == sparkline(recent) and len(trend.useful_line) == TREND_SESSIONS
    assert trend.comfort_line == sparkline([6 - v for v in recent])
    assert trend.useful_avg == round(sum(old + recent) / len(old + recent), 1)  # every session, not the window
    n = len(old + recent)
    assert trend.window_note == f"the latest {TREND_SESSIONS} of {n} rated sessions; the averages cover all {n}"
    report = report_markdown(build_review(store, pair, TOGETHER))
    line = next(x for x in report.splitlines() if x.startswith("- Dr Ann Lee: usefulness"))
    assert f"`{sparkline(recent)}`" in line and trend.window_note in line
    assert sparkline(old) not in report  # the old ratings are in the average only


def test_a_short_history_draws_every_rating_and_says_nothing_more(scripted) -> None:
    store, pair = scripted
    trend = {t.name: t for t in build_review(store, pair, TOGETHER).trends}["Dr Ann Lee"]
    assert trend.useful_line == sparkline([3, 4, 5]) and trend.window_note == ""
    assert "rated sessions" not in report_markdown(build_review(store, pair, TOGETHER))


@pytest.mark.parametrize(("count", "largest", "blocks"), [
    (0, 10, 0), (1, 1, 1), (5, 10, 5), (12, 12, 12), (1, 300, 1), (19, 19, 12), (12, 19, 8), (24, 24, 12),
    (12, 24, 6)])
def test_ladder_bars_are_in_proportion_to_the_largest_rung(count: int, largest: int, blocks: int) -> None:
    """Bars were one block per skill, capped at twelve: 12 and 19 skills drew the same bar.
    One block per skill stays while the largest rung fits; beyond, bars are in proportion."""
    from rmcoach.features.review import ladder_bar

    assert ladder_bar(count, largest) == "■" * blocks
