"""Small wording and ordering: counts read "1 day", not "1 days" or "1 day(s)"; the report
lists ladder levels lowest rung first; same-day learnings come newest logged first."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from rmcoach.infra import clock
from rmcoach.features import learnings
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.features.review import LEVELS, build_review, report_markdown
from rmcoach.storage.store import Store
from rmcoach.infra.wording import plural
from tests.conftest import run_cli


def test_plural() -> None:
    assert plural(1, "day") == "1 day" and plural(0, "day") == "0 days" and plural(2, "time") == "2 times"
    assert plural(2, "person", "people") == "2 people" and plural(1, "level-up") == "1 level-up"


def test_a_pair_starting_tomorrow_starts_in_1_day() -> None:
    from rmcoach.records.model import Pair, Person
    from rmcoach.screens.home import pair_summary

    pair = Pair(uuid="p", relationship="", context="", start=_dt.date(2026, 12, 2), end=None,
                people=(Person(uuid="a", name="Ann"), Person(uuid="b", name="Bo")))
    text = pair_summary(pair, today=_dt.date(2026, 12, 1)).plain
    assert "(in 1 day)" in text
    assert "(in 2 days)" in pair_summary(pair, today=_dt.date(2026, 11, 30)).plain


def _pair(store: Store):
    return create_pair(store, people=(PersonInput("Ann Lee"), PersonInput("Sam Roe")),
                       relationship="exchange", start=_dt.date(2026, 1, 5), end=None)


def test_the_report_lists_ladder_levels_in_ladder_order_and_counts_in_words(data_dir: Path) -> None:
    store = Store(data_dir)
    pair = _pair(store)
    ann, sam = (p.uuid for p in pair.people)
    with store.transaction():
        # met in this order: high rung first, then lower ones
        for title, level in (("Portal", 4), ("Video", 1), ("Dictation", 3), ("Phishing", 0), ("Rotas", 2)):
            store.insert("skills", {"title": title, "teacher": sam, "learner": ann, "kind": "technology",
                                    "level": level, "levels": [{"level": level, "on": "2026-01-10"}],
                                    "author": sam, "visibility": "shared"})
        store.insert("skills", {"title": "Bad news", "teacher": ann, "learner": sam, "kind": "professional wisdom",
                                "level": 2, "levels": [{"level": 1, "on": "2026-01-10"}, {"level": 2, "on": "2026-02-10"}],
                                "author": ann, "visibility": "shared"})
        store.insert("learnings", {"text": "one", "by": sam, "author": sam, "visibility": "shared", "tags": [],
                                   "on": "2026-02-03", "skill": None})
    report = report_markdown(build_review(store, pair, TOGETHER))
    line = next(x for x in report.splitlines() if x.startswith("- Sam Roe teaches Ann Lee"))
    then = line.split("at the start ", 1)[1].split(";", 1)[0]
    assert then == ", ".join(f"1 {lv}" for lv in LEVELS)
    assert "(1 level-up)" in report and "(0 level-ups)" in report
    assert "- Sam Roe logged 1 learning\n" in report and "- Ann Lee logged 0 learnings\n" in report


def test_same_day_learnings_are_newest_logged_first(data_dir: Path) -> None:
    store = Store(data_dir)
    pair = _pair(store)
    ann = pair.people[0].uuid
    with store.transaction():
        # logged on another laptop an hour ahead: 10:30+01:00 is 09:30 UTC, before 10:00 UTC
        store.insert("learnings", {"text": "morning, abroad", "by": ann, "author": ann, "visibility": "shared",
                                   "tags": [], "on": "2026-11-02", "created": "2026-11-02T10:30:00+01:00"})
        store.insert("learnings", {"text": "mid-morning", "by": ann, "author": ann, "visibility": "shared",
                                   "tags": [], "on": "2026-11-02", "created": "2026-11-02T10:00:00+00:00"})
        store.insert("learnings", {"text": "the day before", "by": ann, "author": ann, "visibility": "shared",
                                   "tags": [], "on": "2026-11-01", "created": "2026-11-01T18:00:00+00:00"})
    clock.freeze(_dt.datetime(2026, 11, 2, 16, 0, tzinfo=_dt.timezone.utc))
    try:  # two in the same second (a quick log right after another): the one saved last first
        learnings.add_learning(store, text="first of two", by=ann)
        learnings.add_learning(store, text="second of two", by=ann)
    finally:
        clock.freeze(None)
    order = [x.text for x in learnings.learnings(store, ann)]
    assert order == ["second of two", "first of two", "mid-morning", "morning, abroad", "the day before"]


def test_cli_counts_read_naturally(demo_dir: Path) -> None:
    pair_people = Store(demo_dir).all("people")
    learnings.add_learning(Store(demo_dir), text="Only mine", by=pair_people[0]["uuid"], visibility="private")
    out = run_cli("export", "-o", str(demo_dir.parent / "out.json"), data_dir=demo_dir)
    assert out.returncode == 0, out.stderr
    assert "(s)" not in out.stderr and "(s)" not in out.stdout
    private = sum(1 for t in ("reflections", "learnings", "readiness", "health_checks", "diagnoses", "actions")
                  for r in Store(demo_dir).all(t) if r.get("visibility") == "private")
    assert f"includes {plural(private, 'private item')};" in out.stderr


def test_titles_sort_numbers_as_numbers_and_ignore_case() -> None:
    from rmcoach.infra.wording import title_order

    titles = ["Skill 11", "skill 2", "Skill 101", "Excel", "excel 10", "Excel 9", "2FA codes", "²", "x²", ""]
    assert sorted(titles, key=title_order) == [
        "", "2FA codes", "Excel", "Excel 9", "excel 10", "skill 2", "Skill 11", "Skill 101", "x²", "²"]


def test_any_two_titles_compare() -> None:
    from hypothesis import given, settings, strategies as st

    from rmcoach.infra.wording import title_order

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.text(max_size=12), max_size=8))
    def check(titles: list[str]) -> None:
        ordered = sorted(titles, key=title_order)  # never a TypeError (a number met a word)
        assert sorted(ordered) == sorted(titles)

    check()


def test_the_skills_list_reads_skill_2_before_skill_10(data_dir: Path) -> None:
    from rmcoach.features.skills import skills
    from rmcoach.records import tables

    store = Store(data_dir)
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Roe")), relationship="x")
    ann, sam = (p.uuid for p in pair.people)
    for title in ("Excel 10", "Excel 2", "excel 1"):
        store.insert(tables.SKILLS, {"title": title, "teacher": sam, "learner": ann, "level": 0,
                                     "author": sam, "visibility": "shared"})
    assert [s.title for s in skills(store, TOGETHER)] == ["excel 1", "Excel 2", "Excel 10"]
