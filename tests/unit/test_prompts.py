"""Conversation prompts and who reads what: the deck, the draw, the sides, and `rmcoach prompt`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmcoach.tips import prompts as pr
from rmcoach.tips.sides import TECH_SIDE, WISDOM_SIDE, sides
from tests.conftest import run_cli
from tests.conftest import fortnightly, make_pair

KEY_MOMENTS = ("first-meeting", "before-session", "after-hard-session", "one-way", "resistance", "closing")


def test_the_deck_parses_and_every_prompt_is_a_question_in_our_words() -> None:
    deck = pr.deck()
    assert len(deck) >= 50
    assert len({p.text for p in deck}) == len(deck)
    for p in deck:
        assert p.text.endswith("?") and p.text[0].isupper()
        assert p.asker in pr.ASKERS and p.about in pr.ABOUTS
        assert "reverse mentoring" not in p.text.casefold() and "rmcoach" not in p.text.casefold()


@pytest.mark.parametrize("moment", KEY_MOMENTS)
@pytest.mark.parametrize("side", [TECH_SIDE, WISDOM_SIDE])
def test_each_moment_has_prompts_for_each_side(moment: str, side: str) -> None:
    fits = [p for p in pr.deck() if moment in p.moments and p.asker in (side, pr.EITHER)]
    assert len(fits) >= 3, (moment, side)
    drawn = pr.draw(moment, side, "seed")
    assert len(drawn) == pr.PER_PERSON and all(p in fits for p in drawn)


def test_the_junior_can_ask_the_senior_about_professional_wisdom() -> None:
    wisdom = [p for p in pr.deck() if p.asker == TECH_SIDE and p.about == "wisdom"]
    assert len(wisdom) >= 10
    assert {m for p in wisdom for m in p.moments} >= {"first-meeting", "before-session", "one-way", "closing"}
    # an ordinary session deals the tech side at least one question about the other side's craft
    for seed in ("a", "b", "c", "d"):
        assert any(p.about == "wisdom" for p in pr.draw("before-session", TECH_SIDE, seed))


def test_a_one_way_streak_turns_the_questions_round() -> None:
    # only technology was taught: the tech side asks about wisdom, the wisdom side offers it
    assert pr.favour_for("one-way", TECH_SIDE, TECH_SIDE) == "wisdom"
    tech = pr.draw("one-way", TECH_SIDE, "x", favour="wisdom")
    assert tech[0].about == "wisdom" and tech[1].about == "wisdom"
    # only wisdom was taught: the technology half comes first
    assert pr.favour_for("one-way", WISDOM_SIDE, WISDOM_SIDE) == "technology"
    assert pr.draw("one-way", WISDOM_SIDE, "x", favour="technology")[0].about == "technology"
    assert pr.favour_for("before-session", TECH_SIDE, None) is None


def test_the_draw_is_stable_varies_with_the_seed_and_skips_what_was_dealt() -> None:
    assert pr.draw("before-session", TECH_SIDE, "s1") == pr.draw("before-session", TECH_SIDE, "s1")
    seen = {tuple(p.text for p in pr.draw("before-session", TECH_SIDE, f"s{i}")) for i in range(12)}
    assert len(seen) > 1
    first = pr.draw("resistance", WISDOM_SIDE, "s")
    second = pr.draw("resistance", TECH_SIDE, "s", exclude=tuple(first))
    assert not set(first) & set(second)
    # a moment with no prompts of its own is topped up from an ordinary session's
    assert len(pr.draw("jargon", TECH_SIDE, "s")) == pr.PER_PERSON
    with pytest.raises(ValueError):
        pr.draw("someday", TECH_SIDE)
    with pytest.raises(ValueError):
        pr.draw("closing", "both")


@pytest.mark.parametrize("line, reason", [
    ("first-meeting | either | pairing", "expected"),
    ("someday | either | pairing | Why?", "unknown moment"),
    ("closing | boss | pairing | Why?", "asker"),
    ("closing | either | gossip | Why?", "about"),
    ("closing | either | pairing | Tell me.", "question"),
])
def test_bad_deck_lines_are_named(line: str, reason: str) -> None:
    with pytest.raises(pr.PromptFormatError, match=reason) as exc:
        pr.parse_deck("# comment\n\n" + line)
    assert "line 3" in str(exc.value)


def test_the_deck_is_package_data() -> None:
    from importlib import resources

    assert resources.files("rmcoach.tips").joinpath("prompts.txt").is_file()


# --------------------------------------------------------------------------- sides
def test_sides_follow_who_teaches_technology(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)  # "Dr Ann Lee, Consultant" and "Sam Roe, Analyst"
    ann, sam = pair.people[0].uuid, pair.people[1].uuid
    who = sides(store, pair)
    assert (who.tech, who.wisdom) == (sam, ann)  # from the titles, before any skill
    assert who.side_of(sam) == TECH_SIDE and who.side_of(ann) == WISDOM_SIDE and who.side_of("x") is None
    # the record beats the titles: here the consultant teaches the technology
    for title in ("Spreadsheets", "Dictation"):
        store.insert("skills", {"title": title, "teacher": ann, "learner": sam, "kind": "technology", "level": 1})
    assert sides(store, pair).tech == ann
    store2, pair2 = make_pair(data_dir.parent / "other")
    a2, b2 = pair2.people[0].uuid, pair2.people[1].uuid
    store2.insert("skills", {"title": "Reading a room", "teacher": b2, "learner": a2,
                             "kind": "professional wisdom", "level": 1})
    assert sides(store2, pair2).wisdom == b2


# --------------------------------------------------------------------------- the command
def test_prompt_command_prints_both_peoples_questions(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    result = run_cli("prompt", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Questions for the ten minutes before session" in out and "your first meeting" in out
    assert "Dr Ann Lee (teaches professional wisdom) could ask Sam Roe:" in out
    assert "Sam Roe (teaches technology) could ask Dr Ann Lee:" in out
    assert out.count("  - ") == 2 * pr.PER_PERSON
    texts = {p.text for p in pr.deck() if "first-meeting" in p.moments}
    assert all(line[4:] in texts for line in out.splitlines() if line.startswith("  - "))


def test_prompt_command_as_one_person_and_json(data_dir: Path) -> None:
    store, pair = make_pair(data_dir)
    fortnightly(store)
    result = run_cli("prompt", "--as", "Sam", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["moment"] == "first-meeting" and isinstance(data["session"], int)
    assert [a["name"] for a in data["askers"]] == ["Sam Roe"]
    asker = data["askers"][0]
    assert asker["side"] == TECH_SIDE and asker["asks"] == "Dr Ann Lee" and len(asker["prompts"]) == 3
    text = run_cli("prompt", "--as", "Sam", data_dir=data_dir).stdout
    assert "You could ask Dr Ann Lee:" in text and "Dr Ann Lee (" not in text
    # the briefing deals the same questions
    from rmcoach.infra import clock
    from rmcoach.features.briefing import build_briefing

    b = build_briefing(store, pair, pair.people[1].uuid, clock.now())
    assert [p.text for p in b.prompts[0].prompts] == [p["text"] for p in asker["prompts"]]


def test_prompt_command_errors_are_one_sentence(data_dir: Path) -> None:
    result = run_cli("prompt", data_dir=data_dir)
    assert result.returncode == 1 and "no pair here yet" in result.stderr and "Traceback" not in result.stderr
    make_pair(data_dir)
    bad = run_cli("prompt", "--as", "Nobody", data_dir=data_dir)
    assert bad.returncode == 2 and "--as must name one of the pair" in bad.stderr
    # without a rhythm it still deals questions, for "your next session"
    ok = run_cli("prompt", data_dir=data_dir)
    assert ok.returncode == 0 and "your next session" in ok.stdout


def test_the_prompt_command_does_not_import_textual(data_dir: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    store, _ = make_pair(data_dir)
    fortnightly(store)
    code = ("import sys, io; from rmcoach.cli import main; sys.stdout = io.StringIO(); "
            "rc = main(['--data-dir', %r, 'prompt']); sys.stdout = sys.__stdout__; "
            "print(rc, 'textual' in sys.modules)" % str(data_dir))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "0 False", out.stdout + out.stderr


def test_a_prompt_about_what_the_asker_teaches_comes_from_the_side_that_teaches_it() -> None:
    """"Learn from me" / "teach you" questions are asked by the side that teaches that subject:
    the tech side offers technology, the wisdom side offers professional wisdom."""
    offers = {"tech-side": "technology", "wisdom-side": "wisdom"}
    for p in pr.deck():
        text = p.text.casefold()
        if p.asker in offers and ("learn from me" in text or "learn from my side" in text or "teaching you" in text):
            assert p.about in (offers[p.asker], "pairing"), p.text


def test_asking_what_would_make_a_tool_worth_it_is_for_the_partner_of_the_one_putting_it_off() -> None:
    # the one putting a tool off is learning the technology; the question is asked by the one teaching it
    prompt = next(p for p in pr.deck() if p.text == "What would have to change for this to be worth your time?")
    assert prompt.asker == TECH_SIDE
    assert prompt not in pr.draw("resistance", WISDOM_SIDE, "any", n=len(pr.deck()))
