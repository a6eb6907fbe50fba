"""Skills core: validation, the level ladder and its dated history, tasks with friction, teach-backs."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.infra import clock
from rmcoach.features import skills
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import TOGETHER
from rmcoach.records.skills import SkillRecord
from rmcoach.features.skills import SkillError, SkillInput
from rmcoach.storage.store import Store, StoreError
from rmcoach.records import tables


@pytest.fixture
def pair_store(tmp_path: Path):
    store = Store(tmp_path / "data")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee", "Consultant physician"), PersonInput("Sam Roe", "Analyst")),
                       relationship="tech exchange", start=_dt.date(2026, 9, 1))
    return store, pair


def _add(store, pair, title="Password managers", teacher=1, learner=0, **kw):
    people = [p.uuid for p in pair.people]
    values = SkillInput(title=title, teacher=people[teacher], learner=people[learner], kind=kw.pop("kind", "technology"),
                        description=kw.pop("description", "One vault"), why=kw.pop("why", "Fewer resets"), **kw)
    return skills.add_skill(store, people, values, author=people[learner], on=_dt.date(2026, 9, 2))


def test_check_skill_reports_each_field() -> None:
    cleaned, errors = skills.check_skill(SkillInput(title="  ", teacher="a", learner="a", kind=""), ["a", "b"])
    assert errors["title"] == "The skill's name is needed."
    assert errors["kind"] == "The kind of skill is needed."
    assert "different people" in errors["teacher"]
    _, errors = skills.check_skill(SkillInput(title="x" * 101, teacher="a", learner="z", kind="mine"), ["a", "b"])
    assert "100" in errors["title"] and "two of you" in errors["teacher"]
    cleaned, errors = skills.check_skill(SkillInput(title="  Video   calls ", teacher="a", learner="b", kind="our words"), ["a", "b"])
    assert errors == {} and cleaned.title == "Video calls" and cleaned.kind == "our words"


def test_add_skill_records_the_starting_level_and_refuses_bad_input(pair_store) -> None:
    store, pair = pair_store
    rec = _add(store, pair)
    assert rec["level"] == 0
    assert rec["levels"] == [{"level": 0, "on": "2026-09-02", "note": ""}]
    assert rec["tasks"] == [] and rec["teachbacks"] == [] and rec["visibility"] == "shared"
    with pytest.raises(SkillError) as err:
        _add(store, pair, title="")
    assert err.value.field == "title"
    assert len(store.all(tables.SKILLS)) == 1


def test_every_level_change_is_kept_with_its_date_and_note(pair_store) -> None:
    store, pair = pair_store
    rec = _add(store, pair)
    skills.set_level(store, rec["uuid"], 1, on=_dt.date(2026, 9, 9), note="watched it")
    skills.set_level(store, rec["uuid"], 1, on=_dt.date(2026, 9, 10))  # no change: nothing recorded
    skills.set_level(store, rec["uuid"], 3, on=_dt.date(2026, 9, 23), note="alone on Friday")
    skills.set_level(store, rec["uuid"], 2, on=_dt.date(2026, 9, 30), note="rusty after leave")
    stored = store.get(tables.SKILLS, rec["uuid"])
    assert stored["level"] == 2
    typed = store.record(SkillRecord, rec["uuid"])
    history = skills.level_history(typed)
    assert [(c.on, c.level, c.note) for c in history] == [  # the days are dates, not text
        (_dt.date(2026, 9, 2), 0, ""), (_dt.date(2026, 9, 9), 1, "watched it"),
        (_dt.date(2026, 9, 23), 3, "alone on Friday"), (_dt.date(2026, 9, 30), 2, "rusty after leave")]
    assert skills.level_on(typed, _dt.date(2026, 9, 22)) == 1
    assert skills.level_on(typed, _dt.date(2026, 9, 23)) == 3
    assert skills.level_on(typed, _dt.date(2026, 8, 1)) == 0
    assert len(stored["history"]) == 3  # each edit kept the previous version
    with pytest.raises(SkillError):
        skills.set_level(store, rec["uuid"], 5)
    with pytest.raises(SkillError) as err:
        skills.set_level(store, rec["uuid"], 4, note="x" * 300)
    assert err.value.field == "note"


def test_step_level_uses_today_and_stops_at_the_ends(pair_store) -> None:
    store, pair = pair_store
    rec = _add(store, pair)
    clock.freeze(_dt.datetime(2026, 10, 5, 9, 0))
    try:
        skills.step_level(store, rec["uuid"], -1)
        for _ in range(6):
            skills.step_level(store, rec["uuid"], +1)
    finally:
        clock.freeze(None)
    stored = store.get(tables.SKILLS, rec["uuid"])
    assert stored["level"] == 4
    assert [c["level"] for c in stored["levels"]] == [0, 1, 2, 3, 4]
    assert stored["levels"][-1]["on"] == "2026-10-05"


def test_tasks_keep_friction_for_the_resistance_diagnostic(pair_store) -> None:
    store, pair = pair_store
    rec = _add(store, pair)
    first = skills.add_task(store, rec["uuid"], "Move ten logins", "2026-09-16")
    second = skills.add_task(store, rec["uuid"], "Turn on two-step login")
    assert first["status"] == "open" and first["due"] == "2026-09-16" and second["due"] is None
    with pytest.raises(SkillError) as err:
        skills.add_task(store, rec["uuid"], "Try it", "the 45th of Smarch")
    assert err.value.field == "due"
    clock.freeze(_dt.datetime(2026, 9, 15, 12, 0))
    try:
        skills.update_task(store, rec["uuid"], first["id"], text="Move ten logins", due="2026-09-16", status="tried",
                           friction="  Couldn't log in from the ward PC  ")
    finally:
        clock.freeze(None)
    skills.update_task(store, rec["uuid"], second["id"], text="Turn on two-step login", status="dropped",
                       friction="No time between clinics")
    assert skills.friction_notes(store, rec["uuid"]) == ["Couldn't log in from the ward PC", "No time between clinics"]
    skill = skills.Skill.from_record(store.record(SkillRecord, rec["uuid"]))
    assert skill.task(first["id"]).tried_on == _dt.date(2026, 9, 15)
    assert skill.open_tasks == []
    assert skills.friction_notes(store, "no-such-skill") == []
    with pytest.raises(SkillError):
        skills.update_task(store, rec["uuid"], "nope", text="x")


def test_teachback_validates_confidence_and_is_stored(pair_store) -> None:
    store, pair = pair_store
    rec = _add(store, pair)
    fields, errors = skills.check_teachback("", "0", "7")
    assert errors == {"explanation": "The explanation is needed.",
                      "before": "Confidence before must be from 1 to 5, not 0.",
                      "after": "Confidence after must be from 1 to 5, not 7."}
    with pytest.raises(SkillError) as err:
        skills.add_teachback(store, rec["uuid"], "It is a vault", 2, 7)
    assert err.value.field == "after"
    skills.add_teachback(store, rec["uuid"], "It is a vault with one key", "2", "4", on=_dt.date(2026, 9, 20))
    stored = store.get(tables.SKILLS, rec["uuid"])
    assert stored["teachbacks"] == [{"on": "2026-09-20", "explanation": "It is a vault with one key", "before": 2, "after": 4}]


def test_sessions_for_skill_reads_covered_items(pair_store) -> None:
    store, pair = pair_store
    rec = _add(store, pair)
    a, b = (p.uuid for p in pair.people)
    store.insert(tables.SESSIONS, {"date": "2026-09-10T14:00", "covered": [{"teacher": b, "learner": a, "skill": rec["uuid"], "topic": "vault"}]})
    store.insert(tables.SESSIONS, {"date": "2026-09-03T14:00", "covered": [{"teacher": b, "learner": a, "skill": rec["uuid"], "topic": ""}]})
    with pytest.raises(StoreError, match='bad field "covered"'):  # an odd shape is never written
        store.insert(tables.SESSIONS, {"date": "2026-09-17T14:00", "covered": {"odd": "shape"}})
    store.insert(tables.SESSIONS, {"date": "2026-09-24T14:00", "covered": [{"teacher": a, "learner": b, "skill": None}]})
    assert skills.sessions_for_skill(store, rec["uuid"]) == [_dt.date(2026, 9, 3), _dt.date(2026, 9, 10)]


def test_private_skills_show_only_to_their_author(pair_store) -> None:
    store, pair = pair_store
    a, b = (p.uuid for p in pair.people)
    _add(store, pair, title="Shared one")
    _add(store, pair, title="Secret one", visibility="private")  # author = learner = person a
    assert [s.title for s in skills.skills(store, a)] == ["Secret one", "Shared one"]
    assert [s.title for s in skills.skills(store, b)] == ["Shared one"]
    assert [s.title for s in skills.skills(store, TOGETHER)] == ["Shared one"]


def test_find_skill_matches_a_unique_part_of_the_title(pair_store) -> None:
    store, pair = pair_store
    _add(store, pair, title="Password managers")
    _add(store, pair, title="Patient-portal messaging")
    _add(store, pair, title="Clinical reasoning", teacher=0, learner=1, kind="professional wisdom")
    match, _ = skills.find_skill(store, "PASSWORD")
    assert match is not None and match.title == "Password managers"
    match, close = skills.find_skill(store, "pa")
    assert match is None and {s.title for s in close} == {"Password managers", "Patient-portal messaging"}
    match, close = skills.find_skill(store, "clinical coding")
    assert match is None and [s.title for s in close] == ["Clinical reasoning"]
    assert skills.find_skill(store, "   ") == (None, [])


def test_suggestions_cover_both_directions_and_skip_taken_titles(pair_store) -> None:
    store, pair = pair_store
    tech = skills.suggestions("technology")
    wisdom = skills.suggestions("professional wisdom")
    assert {"Patient-portal messaging", "Password managers", "Spotting phishing"} <= {s.title for s in tech}
    assert {"Bedside manner", "Clinical reasoning", "Handling pushback"} <= {s.title for s in wisdom}
    assert all(s.description and s.why for s in tech + wisdom)
    assert "Password managers" not in {s.title for s in skills.suggestions(exclude_titles=["password MANAGERS"])}
    senior, junior = pair.people
    assert skills.guess_direction(list(pair.people), "technology") == (junior.uuid, senior.uuid)
    assert skills.guess_direction(list(pair.people), "professional wisdom") == (senior.uuid, junior.uuid)
    assert skills.guess_direction([junior, senior], "technology") == (junior.uuid, senior.uuid)


def test_demo_step_links_skills_into_existing_sessions(pair_store) -> None:
    store, pair = pair_store
    senior, junior = (p.uuid for p in pair.people)
    session = store.insert(tables.SESSIONS, {"date": "2026-09-10T14:00", "covered": [
        {"teacher": junior, "learner": senior, "skill": None, "topic": "Setting up the patient portal inbox"},
        {"teacher": senior, "learner": junior, "skill": None, "topic": "Thinking through chest pain"}]})
    with store.transaction():
        skills.demo_step(store, pair, _dt.date(2026, 12, 1))
    titles = {r["uuid"]: r["title"] for r in store.all(tables.SKILLS)}
    covered = store.get(tables.SESSIONS, session["uuid"])["covered"]
    assert titles[covered[0]["skill"]] == "Patient-portal messaging"
    assert covered[0]["topic"] == "Setting up the patient portal inbox"
    assert covered[1]["skill"] in titles
    both_ways = {(r["teacher"], r["learner"]) for r in store.all(tables.SKILLS)}
    assert both_ways == {(junior, senior), (senior, junior)}
    assert any(skills.friction_notes(store, u) for u in titles)
    assert any(r["teachbacks"] for r in store.all(tables.SKILLS))
    assert len({r["level"] for r in store.all(tables.SKILLS)}) >= 4


def test_status_line_counts_each_persons_skills_and_tasks(pair_store) -> None:
    from rmcoach.features.status import StatusContext

    store, pair = pair_store
    ctx = StatusContext(store=store, pair=pair, viewer=pair.people[0].uuid, now=_dt.datetime(2026, 10, 1, 9, 0))
    (empty,) = skills.status_lines(ctx)
    assert empty.level == "todo" and empty.area == "skills" and "starter ideas" in empty.text
    rec = _add(store, pair, title="Password managers")
    _add(store, pair, title="Clinical reasoning", teacher=0, learner=1, kind="professional wisdom")
    done = _add(store, pair, title="Video calls")
    skills.set_level(store, done["uuid"], 4)
    skills.add_task(store, rec["uuid"], "Move ten logins", "2026-09-20")
    skills.add_task(store, rec["uuid"], "Turn on two-step login", "2026-10-20")
    (line,) = skills.status_lines(ctx)
    assert line.text == ("Skills being learned: Dr Ann Lee 1, Sam Roe 1 (1 can already be taught back); "
                         "2 practice tasks to try, 1 past due")
    assert line.level == "todo"
    assert line.area == "skills"  # the area's id (the home screen shows its key), not a key letter


def test_visible_records_keeps_the_same_typed_records_as_can_see_keeps_dicts() -> None:
    from rmcoach.records import privacy
    from rmcoach.records.skills import LearningRecord

    raws = [
        {"uuid": "l1", "visibility": "shared", "author": "a"}, {"uuid": "l2", "visibility": "private", "author": "a"},
        {"uuid": "l3", "visibility": "private", "author": "b"}, {"uuid": "l4", "author": "a"},
        {"uuid": "l5", "visibility": "private"},
    ]
    typed = [LearningRecord.from_dict(r) for r in raws]
    for viewer in (None, "", privacy.TOGETHER, "a", "b", "c"):
        assert [r.uuid for r in privacy.visible_records(typed, viewer)] == \
            [r["uuid"] for r in raws if privacy.can_see(r, viewer)]
