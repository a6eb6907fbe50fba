"""The diagnostic on realistic pairs: answers as a junior colleague would give them (many
neutral, a few clear), practice notes in their own words, and the one conclusion we expect."""

from __future__ import annotations

import pytest

from rmcoach.tips.resistance import QUESTIONS, conclude, diagnose

TOOL = "the patient portal"


def answers(**clear: int) -> dict[str, int]:
    """Everything neutral except the statements the junior colleague felt sure about."""
    out = {q.id: 3 for q in QUESTIONS}
    out.update(clear)
    return out


VIGNETTES = [
    # (what happened, answers, practice notes, first cause expected (None: nothing stands out), barrier)
    ("sees no point in the portal; phone works fine",
     answers(sees_use=1, wants_it=2, current_way=5, peers_use=2), ["said it was pointless, phoned instead"],
     {"no_benefit", "workflow_works"}, "desire"),
    ("keen but never manages alone; logins fail",
     answers(sees_use=5, wants_it=4, knows_steps=4, manages_alone=1, missing_kit=5, no_help=4),
     ["couldn't log in on the ward PC", "smartcard not working again"], {"poor_support"}, "ability"),
    ("embarrassed in front of the team",
     answers(sees_use=4, uneasy_mistakes=5, asks_basics=1),
     ["didn't want to ask in front of the registrars", "felt silly when it froze"], {"losing_face"}, None),
    ("no time, but does see the use",
     answers(sees_use=5, wants_it=4, no_room=5, keeps_it_up=2, noticed=2),
     ["clinic overran, no time", "on call all week"], {"no_time"}, "reinforcement"),
    ("'no time' that is really 'not worth it'",
     answers(sees_use=2, wants_it=2, no_room=5), ["no time this week", "busy"], {"no_benefit"}, "desire"),
    ("burnt by the last system",
     answers(past_rollout=5, wants_it=2, sees_use=4, slows_them=4),
     ["the old system lost her letters", "said it never works"], {"bad_past"}, None),
    ("worried about patient data",
     answers(privacy_worry=5, safety_worry=4, sees_use=4, wants_it=2), ["worried who can see the messages"],
     {"privacy_safety"}, None),
    ("finds it fiddly and confusing",
     answers(looks_easy=1, knows_steps=2, manages_alone=2, believes_can=4, sees_use=4, wants_it=4),
     ["too many clicks", "got lost in the menus"], {"hard_to_use"}, "knowledge"),
    ("doubts herself",
     answers(believes_can=1, looks_easy=2, sees_use=4), ["said she is not a computer person", "gave up"],
     {"low_confidence"}, None),
    ("seniority in the way",
     answers(seniors_learn=1, asks_basics=2, sees_use=4), ["my registrar does the portal for me"],
     {"deference"}, None),
    ("all calm: nothing to find",
     answers(sees_use=4, wants_it=4, knows_steps=4, manages_alone=4), ["wasn't embarrassed at all", "not worried"],
     None, None),
    ("undecided about everything",
     answers(), ["no problems this week"], None, None),
]


@pytest.mark.parametrize("story, given, notes, first, barrier", VIGNETTES, ids=[v[0] for v in VIGNETTES])
def test_vignette(story: str, given: dict, notes: list, first: set | None, barrier: str | None) -> None:
    d = diagnose(TOOL, given, notes)
    c = conclude(d)
    assert c.barrier == barrier, (story, c.barrier)
    if first is None:
        assert not c.focus and (barrier or c.headline == "Nothing stands out on these answers."), story
    else:
        assert c.focus and c.focus[0].cause.id in first, (story, [(r.cause.id, r.score) for r in c.focus])
        assert len(c.focus) <= 3
    # one conclusion: a headline that names the barrier when there is one
    if barrier:
        assert c.headline.startswith("Start with "), c.headline
