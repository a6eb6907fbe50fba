"""The resistance diagnostic: scripted answer sets, comparison, storage."""

from __future__ import annotations

import json

import pytest

from rmcoach.tips.resistance import (
    ADKAR_ELEMENTS,
    CAUSES,
    QUESTIONS,
    Diagnosis,
    compare,
    diagnose,
    diagnosis_from_dict,
    diagnosis_to_dict,
    questions_for,
)

TOOL = "the patient portal inbox"


def ready(**overrides: int) -> dict[str, int]:
    """Someone broadly ready: agrees with positive statements, disagrees with reversed ones."""
    answers = {q.id: (2 if q.reverse else 4) for q in QUESTIONS}
    answers.update(overrides)
    return answers


def top(d: Diagnosis) -> str:
    return d.ranked[0].cause.id


def test_questionnaire_shape() -> None:
    assert 14 <= len(QUESTIONS) <= 20
    assert len({q.id for q in QUESTIONS}) == len(QUESTIONS)
    assert any(q.reverse for q in QUESTIONS) and any(not q.reverse for q in QUESTIONS)
    for q in QUESTIONS:
        assert q.model
        assert q.cause_weights and set(q.cause_weights) <= set(CAUSES)
        assert all(0 < w <= 1 for w in q.cause_weights.values())
    assert {q.adkar for q in QUESTIONS if q.adkar} == set(ADKAR_ELEMENTS)
    rendered = questions_for(TOOL)
    assert len(rendered) == len(QUESTIONS)
    assert sum(TOOL in text for _, text in rendered) >= len(QUESTIONS) - 4
    assert all("{tool}" not in text for _, text in rendered)
    assert "this technology" in questions_for("  ")[1][1]


def test_causes_have_strategies() -> None:
    assert len(CAUSES) >= 9
    for cause in CAUSES.values():
        assert 3 <= len(cause.strategies) <= 5
        assert cause.name and cause.explanation
        for s in cause.strategies:
            assert s.endswith(".") and s[0].isupper()


def test_all_ready_has_no_barrier_and_low_scores() -> None:
    d = diagnose(TOOL, ready())
    assert d.adkar_barrier is None
    assert all(r.score <= 0.3 for r in d.ranked)


def test_no_benefit() -> None:
    d = diagnose(TOOL, ready(sees_use=1, wants_it=2, aware_why=2, peers_use=2))
    assert top(d) == "no_benefit"
    assert d.adkar_barrier == "awareness"
    assert any("would help their own work" in r for r in d.ranked[0].reasons)
    assert "You answered 1 (strongly disagree)" in d.ranked[0].reasons[0]


def test_afraid_of_looking_incompetent() -> None:
    d = diagnose(TOOL, ready(uneasy_mistakes=5, asks_basics=1))
    assert top(d) == "losing_face"
    assert d.adkar_barrier is None


def test_no_time() -> None:
    d = diagnose(TOOL, ready(no_room=5, keeps_it_up=2), friction=["Clinic overran again, no time this week."])
    assert top(d) == "no_time"
    assert d.adkar_barrier == "reinforcement"
    assert any(r.startswith("Practice notes mention") for r in d.ranked[0].reasons)


def test_bad_past_rollout() -> None:
    d = diagnose(TOOL, ready(past_rollout=5, wants_it=3), friction=["He said the old system lost his letters."])
    assert top(d) == "bad_past"
    assert 'Practice notes mention "old system"' in d.ranked[0].reasons


def test_barrier_at_knowledge() -> None:
    d = diagnose(TOOL, ready(knows_steps=1, manages_alone=2, looks_easy=2))
    assert d.adkar_barrier == "knowledge"
    assert top(d) == "hard_to_use"


def test_barrier_order_is_first_failing() -> None:
    d = diagnose(TOOL, ready(knows_steps=1, keeps_it_up=1, sees_use=2, wants_it=2))
    assert d.adkar_barrier == "desire"


def test_friction_cues_raise_causes() -> None:
    base = diagnose(TOOL, ready())
    d = diagnose(TOOL, ready(), friction=["Forgot password and couldn't log in", "felt embarrassed to ask"])
    scores = {r.cause.id: r.score for r in d.ranked}
    before = {r.cause.id: r.score for r in base.ranked}
    assert scores["poor_support"] > before["poor_support"]
    assert scores["losing_face"] > before["losing_face"]
    assert top(d) == "poor_support"
    assert d.friction_notes == ("Forgot password and couldn't log in", "felt embarrassed to ask")


def test_unanswered_and_low_confidence() -> None:
    d = diagnose(TOOL, {"sees_use": 1, "wants_it": 1, "uneasy_mistakes": None})
    assert top(d) == "no_benefit"
    assert set(d.answers) == {"sees_use", "wants_it"}
    assert any("treat this ranking as a first guess" in r for r in d.ranked[0].reasons)
    full = diagnose(TOOL, ready())
    assert not any("first guess" in r for r in full.ranked[0].reasons)
    empty = diagnose(TOOL, {})
    assert empty.adkar_barrier is None and len(empty.ranked) == len(CAUSES)
    assert all(r.score == 0 for r in empty.ranked)


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, "3", True])
def test_invalid_answers_rejected(bad) -> None:
    with pytest.raises(ValueError) as exc:
        diagnose(TOOL, {"sees_use": bad})
    assert "sees_use" in str(exc.value)


def test_unknown_question_rejected() -> None:
    with pytest.raises(ValueError, match="unknown question"):
        diagnose(TOOL, {"nope": 3})


def test_compare_reports_changes() -> None:
    old = diagnose(TOOL, ready(knows_steps=1, manages_alone=1, looks_easy=1))
    new = diagnose(TOOL, ready(knows_steps=4, manages_alone=2, uneasy_mistakes=5, asks_basics=1))
    changes = compare(old, new)
    text = "\n".join(changes)
    assert "The ADKAR barrier moved from Knowledge to Ability." in changes
    assert "\u201cFinds it hard to use\u201d fell from" in text
    assert "\u201cWorried about looking incompetent\u201d rose from" in text
    assert "The main cause is now \u201cWorried about looking incompetent\u201d" in text
    assert any(c.startswith('The answer to "They know the basic steps') and c.endswith("moved from 1 to 4.")
               for c in changes)
    assert compare(new, new) == ["Nothing changed much since the last check-in."]
    gone = compare(old, diagnose(TOOL, ready()))
    assert "There is no ADKAR barrier any more (it was Knowledge)." in gone


def test_round_trip_through_json() -> None:
    d = diagnose(TOOL, ready(no_room=5), friction=["busy week"])
    data = json.loads(json.dumps(diagnosis_to_dict(d)))
    back = diagnosis_from_dict(data)
    assert back == d
    assert compare(d, back) == ["Nothing changed much since the last check-in."]


@pytest.mark.parametrize("data", [
    None,
    {"answers": {}},
    {"tool": "x", "ranked": [{"cause": "martians", "score": 0.1}]},
    {"tool": "x", "ranked": [{"cause": "no_time", "score": 3}]},
    {"tool": "x", "adkar_barrier": "enthusiasm"},
    {"tool": "x", "answers": {"sees_use": 9}},
])
def test_from_dict_rejects_malformed(data) -> None:
    with pytest.raises(ValueError):
        diagnosis_from_dict(data)
