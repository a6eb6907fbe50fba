"""Saved resistance diagnoses: storage, privacy, comparison on a rerun, strategies turned into work."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from rmcoach.features import resistance as dg
from rmcoach.features.demo import build_demo
from rmcoach.records import tables
from rmcoach.records.skills import SkillRecord
from rmcoach.records.privacy import TOGETHER
from rmcoach.features.status import StatusContext
from rmcoach.storage.store import Store
from rmcoach.tips import resistance as rz
from rmcoach.infra import clock

STRUGGLING = {"looks_easy": 1, "knows_steps": 2, "manages_alone": 1, "believes_can": 2, "missing_kit": 5}
BETTER = {"looks_easy": 4, "knows_steps": 4, "manages_alone": 4, "believes_can": 5, "missing_kit": 1}


@pytest.fixture
def demo(data_dir: Path):
    store = Store(data_dir)
    pair = build_demo(store)
    return store, pair


def _skill(store: Store, title_part: str) -> dict:
    return next(r for r in store.all(tables.SKILLS) if title_part in r["title"].casefold())


def test_a_diagnosis_is_saved_against_the_skill_with_its_practice_notes(demo) -> None:
    store, pair = demo
    skill = _skill(store, "password")
    sam = pair.people[1].uuid
    saved = dg.save(store, skill["title"], STRUGGLING, skill_uuid=skill["uuid"], author=sam)
    rec = store.get(dg.TABLE, saved.uuid)
    assert rec["subject"] == skill["uuid"] and rec["tool"] == "Password managers"
    assert rec["author"] == sam and rec["visibility"] == "private"  # about a person's reluctance: private first
    assert dg.get(store, saved.uuid, pair.people[0].uuid) is None
    assert rec["result"]["answers"] == STRUGGLING
    assert rec["result"]["friction_notes"] == ["No time between clinics; did four of twelve."]
    again = rz.diagnosis_from_dict(rec["result"])
    assert again.ranked[0].cause.id in {"hard_to_use", "poor_support", "low_confidence"}
    assert saved.skill_uuid == skill["uuid"]
    assert saved.day == _dt.date.fromisoformat(saved.created[:10])  # the stamp stays text; its day is a date


def test_a_typed_tool_is_saved_under_its_lower_case_name(demo) -> None:
    store, pair = demo
    saved = dg.save(store, "  Video   Clinics ", {"sees_use": 1}, author=TOGETHER)
    assert saved.subject == "video clinics" and saved.tool == "Video Clinics"
    assert saved.author is None  # together: nobody in particular
    assert saved.visibility == "shared"  # both saw it being made
    assert saved.skill_uuid is None


def test_running_again_compares_with_the_previous_one(demo) -> None:
    store, pair = demo
    first = dg.save(store, "the EPR inbox", STRUGGLING, author=pair.people[1].uuid, private=False,
                    created="2026-01-05T10:00:00+00:00")
    second = dg.save(store, "The EPR inbox", BETTER, author=pair.people[1].uuid, private=False)
    assert dg.previous(store, first, None) is None
    before, changed = dg.changes(store, second, None)
    assert before is not None and before.uuid == first.uuid
    assert any("moved from 1 to 4" in line for line in changed)
    assert any("fell from" in line for line in changed)
    assert [s.uuid for s in dg.history(store, "the epr inbox", None)] == [first.uuid, second.uuid]


def test_private_diagnoses_are_hidden_from_the_other_person_and_together(demo) -> None:
    store, pair = demo
    margaret, sam = pair.people[0].uuid, pair.people[1].uuid
    saved = dg.save(store, "dictation", STRUGGLING, author=sam, private=True)
    assert dg.get(store, saved.uuid, sam) is not None
    assert dg.get(store, saved.uuid, margaret) is None
    assert dg.get(store, saved.uuid, TOGETHER) is None
    assert saved.uuid not in [s.uuid for s in dg.all_saved(store, TOGETHER)]
    with pytest.raises(dg.DiagnosisError):
        dg.save(store, "dictation", STRUGGLING, author=TOGETHER, private=True)
    with pytest.raises(dg.DiagnosisError):
        dg.set_private(store, saved.uuid, True, by=margaret)
    dg.set_private(store, saved.uuid, False, by=sam)
    assert dg.get(store, saved.uuid, margaret) is not None


def test_invalid_input_is_refused(demo) -> None:
    store, pair = demo
    with pytest.raises(ValueError):
        dg.save(store, "", {"sees_use": 3}, author=None)
    with pytest.raises(dg.DiagnosisError):
        dg.save(store, "portal", {"sees_use": 9}, author=None)
    with pytest.raises(dg.DiagnosisError):
        dg.save(store, "portal", {"sees_use": 3}, skill_uuid="0" * 8 + "-0000-4000-8000-" + "0" * 12, author=None)


def test_a_strategy_becomes_an_agenda_item_the_briefing_can_show(demo) -> None:
    store, pair = demo
    sam = pair.people[1].uuid
    strategy = rz.CAUSES["no_time"].strategies[0]
    rec = dg.add_agenda_item(store, "Password managers", strategy, by=sam)
    assert rec.text == f"Password managers: {strategy}" and rec.by == sam
    stored = store.get(tables.AGENDA_TOPICS, rec.uuid)
    assert stored["text"] == f"Password managers: {strategy}"
    assert stored["by"] == sam and stored["author"] == sam and stored["visibility"] == "shared"
    assert stored["for_session"] is None and stored["done"] is False
    with pytest.raises(dg.DiagnosisError):
        dg.add_agenda_item(store, "Password managers", strategy, by=sam)
    long_tool = "x" * 80
    assert dg.agenda_text(long_tool, strategy) == strategy
    together = dg.add_agenda_item(store, "Video", strategy, by=TOGETHER)
    assert together.by is None


def test_a_strategy_becomes_a_practice_task_with_history(demo) -> None:
    store, pair = demo
    skill = _skill(store, "password")
    before = len(skill["tasks"])
    strategy = rz.CAUSES["no_time"].strategies[1]
    task = dg.add_practice_task(store, skill["uuid"], strategy, by=pair.people[1].uuid)
    rec = store.get(tables.SKILLS, skill["uuid"])
    assert len(rec["tasks"]) == before + 1
    assert rec["tasks"][:-1] == skill["tasks"]  # the earlier tasks are written back exactly as they were
    assert rec["tasks"][-1] == task.to_dict()
    assert task.text == strategy and task.status == "open" and task.due is None
    assert task.friction == "" and task.tried_on is None and len(task.id) == 32
    assert rec["history"][-1]["by"] == pair.people[1].uuid
    with pytest.raises(dg.DiagnosisError):
        dg.add_practice_task(store, skill["uuid"], strategy, by=None)


def test_status_line_nudges_about_friction_until_diagnosed(demo) -> None:
    store, pair = demo
    ctx = StatusContext(store=store, pair=pair, viewer=pair.people[1].uuid, now=clock.now())
    lines = dg.status_lines(ctx)
    assert len(lines) == 1 and lines[0].area == "resistance"
    assert "Password managers" in lines[0].text and "Dr Margaret Okafor's" in lines[0].text
    skill = _skill(store, "password")
    found = dg.undiagnosed_friction(store, pair.people[1].uuid)
    assert isinstance(found, SkillRecord) and found.uuid == skill["uuid"]
    choices = dg.skill_choices(store, pair.people[1].uuid)
    assert found in choices and all(isinstance(c, SkillRecord) and c.title.strip() for c in choices)
    dg.save(store, skill["title"], STRUGGLING, skill_uuid=skill["uuid"], author=pair.people[1].uuid)
    assert all("Password managers" not in line.text for line in dg.status_lines(ctx))


def test_demo_has_two_portal_diagnoses_that_show_change(demo) -> None:
    store, pair = demo
    portal = _skill(store, "portal")
    runs = dg.history(store, portal["uuid"], None)
    assert len(runs) == 2
    before, changed = dg.changes(store, runs[-1], None)
    assert before is not None and before.uuid == runs[0].uuid
    assert changed and changed != ["Nothing changed much since the last check-in."]
