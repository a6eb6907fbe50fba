"""The tips library: every file parses, covers the moments, and renders as Markdown."""

from __future__ import annotations

import re

import pytest

from rmcoach.tips import library
from rmcoach.tips.library import AUDIENCES, MOMENTS, Tip, TipFormatError, all_tips, parse_tip, pick_tip, tips_for

FORBIDDEN = re.compile(r"\b(TODO|FIXME|XXX|TBD|lorem ipsum|placeholder)\b", re.IGNORECASE)


def test_enough_tips() -> None:
    tips = all_tips()
    assert len(tips) >= 30
    assert len({t.id for t in tips}) == len(tips)
    assert len({t.title for t in tips}) == len(tips)


@pytest.mark.parametrize("moment", MOMENTS)
def test_every_moment_has_two_tips(moment: str) -> None:
    assert len(tips_for(moment)) >= 2


def test_every_tip_is_well_formed() -> None:
    for tip in all_tips():
        assert tip.title and tip.title[0].isupper()
        assert tip.moments and set(tip.moments) <= set(MOMENTS)
        assert tip.audience in AUDIENCES
        sentences = [s for s in re.split(r"(?<=[.!?])[\"\u201d\u2019*_)]*\s+", tip.body) if s.strip()]
        assert 3 <= len(sentences) <= 10, (tip.id, len(sentences))
        assert not FORBIDDEN.search(tip.body + tip.title), tip.id
    assert {t.audience for t in all_tips()} == set(AUDIENCES)


def test_bodies_are_valid_markdown() -> None:
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # pragma: no cover - markdown-it-py is a project dependency
        for tip in all_tips():
            assert tip.body.strip()
        return
    md = MarkdownIt()
    for tip in all_tips():
        html = md.render(tip.body)
        assert html.startswith("<p>"), tip.id
        assert "---" not in tip.body, tip.id  # front matter never leaks into the body


def test_pick_tip_is_deterministic() -> None:
    a = pick_tip("before-session", "2025-03-04")
    assert pick_tip("before-session", "2025-03-04") == a
    assert "before-session" in a.moments
    picks = {pick_tip("any", f"2025-03-{d:02d}").id for d in range(1, 29)}
    assert len(picks) > 1  # different seeds spread across the tips


def test_pick_tip_falls_back_to_any(monkeypatch: pytest.MonkeyPatch) -> None:
    only_any = [Tip("a", "A", ("any",), "both", "Body. Two. Three."),
                Tip("b", "B", ("closing",), "both", "Body. Two. Three.")]
    monkeypatch.setattr(library, "_TIPS", only_any)
    assert pick_tip("drift", "x").id == "a"
    assert pick_tip("closing", "x").id == "b"


def test_unknown_moment_rejected() -> None:
    with pytest.raises(ValueError):
        tips_for("someday")


GOOD = "---\ntitle: T\nmoments: drift, any\naudience: both\n---\nBody here.\n"


def test_parser_accepts_good_and_crlf() -> None:
    tip = parse_tip("x", GOOD.replace("\n", "\r\n"))
    assert tip == Tip("x", "T", ("drift", "any"), "both", "Body here.")


@pytest.mark.parametrize("text, reason", [
    ("title: T\n", "start with"),
    ("---\ntitle: T\nmoments: any\naudience: both\nBody", "closing"),
    ("---\ntitle: T\naudience: both\n---\nBody", "missing moments"),
    ("---\ntitle: T\nmoments: someday\naudience: both\n---\nBody", "unknown moment"),
    ("---\ntitle: T\nmoments: any\naudience: everyone\n---\nBody", "audience"),
    ("---\ntitle: T\nmoments: any\naudience: both\n---\n\n", "no body"),
    ("---\ntitle: T\ncolour: red\nmoments: any\naudience: both\n---\nBody", "line 3"),
    ("---\ntitle: T\ntitle: U\nmoments: any\naudience: both\n---\nBody", "twice"),
])
def test_parser_rejects(text: str, reason: str) -> None:
    with pytest.raises(TipFormatError, match=reason):
        parse_tip("x", text)


def test_files_are_package_data() -> None:
    from importlib import resources

    folder = resources.files("rmcoach.tips").joinpath("library")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".md"))
    assert len(names) == len(all_tips())


def test_every_tip_keeps_to_the_markdown_the_briefing_renders() -> None:
    # the briefing screen styles paragraphs, **strong**, *emphasis* and `code`; nothing else may
    # appear, or it would show as raw symbols
    from rmcoach.screens.briefing import markdown_text

    for tip in all_tips():
        for line in tip.body.splitlines():
            assert not re.match(r"\s*([#>|]|[-+*]\s|\d+[.)]\s|```)", line), (tip.id, line)
        assert not re.search(r"\[[^\]]*\]\(|<[a-z/]", tip.body), tip.id
        shown = markdown_text(tip.body).plain
        assert "**" not in shown and "`" not in shown and not re.search(r"(?<![\w*])\*\S", shown), (tip.id, shown)


def test_a_tip_is_styled_on_screen_and_kept_as_markdown_in_the_printed_briefing() -> None:
    from rmcoach.features.briefing import Briefing, Section, briefing_markdown
    from rmcoach.screens.briefing import section_text

    tip = next(t for t in all_tips() if "**" in t.body)
    section = Section("A tip for today", paragraphs=(tip.title,), strong_first=True, markdown=tip.body)
    text = section_text(section)
    assert "**" not in text.plain
    bold = [text.plain[s.start:s.end] for s in text.spans if s.style == "bold"]
    first_strong = re.search(r"\*\*(.+?)\*\*", tip.body).group(1)
    assert first_strong in bold
    printed = briefing_markdown(Briefing(heading="Today", sections=(section,)))
    assert f"**{first_strong}**" in printed and "\\*" not in printed
    from markdown_it import MarkdownIt

    assert f"<strong>{first_strong}</strong>".replace('"', "&quot;") in MarkdownIt("commonmark").render(printed)


def test_tips_and_readiness_statements_fit_either_person_and_any_name_for_the_relationship() -> None:
    from rmcoach.features.trust import STATEMENTS

    for tip in all_tips():  # the pair names the relationship; a tip never names it for them
        assert "reverse mentoring" not in (tip.title + tip.body).casefold(), tip.id
    for statement in STATEMENTS:  # both people answer every statement, senior or junior
        text = statement.text.casefold()
        assert "more junior" not in text and "more senior" not in text, statement.id


# --------------------------------------------------------------------------- both sides (issue 15)
def test_the_senior_side_has_tips_of_its_own() -> None:
    tips = all_tips()
    wisdom = [t for t in tips if t.audience == "wisdom-side"]
    assert len(wisdom) >= 8
    text = " ".join((t.title + " " + t.body).casefold() for t in wisdom)
    for theme in ("how you decide", "ask", "listen", "corrected"):
        assert theme in text, theme
    ids = {t.id for t in tips}
    # deference, one reporting line, ground rules, readiness before the first meeting
    assert {"deference-speak-up", "give-permission-to-correct", "same-reporting-line", "ground-rules",
            "ready-for-the-first-meeting"} <= ids
    rules = next(t for t in tips if t.id == "ground-rules").body.casefold()
    assert "end the arrangement" in rules and "cancel" in rules and "reply" in rules


def test_the_weak_tips_are_rewritten() -> None:
    everything = " ".join(t.body for t in all_tips()).casefold()
    for gone in ("you were asking where the inbox was", "without being overheard", "what a browser tab is",
                 "walks you through the likely causes", "or for the other side, sit in on a clinic"):
        assert gone not in everything, gone
    cause = next(t for t in all_tips() if t.id == "find-the-cause")
    assert "?" in cause.body and "app" not in cause.body.casefold()
    office = next(t for t in all_tips() if t.id == "away-from-office")
    assert "café is not private" in office.body


@pytest.mark.parametrize("moment", [m for m in MOMENTS if m != "any"])
@pytest.mark.parametrize("side", ["tech-side", "wisdom-side"])
def test_each_reader_gets_a_tip_meant_for_them(moment: str, side: str) -> None:
    for seed in ("a", "b", "c"):
        tip = pick_tip(moment, seed, side)
        assert tip.audience in (side, "both")
    other = "wisdom-side" if side == "tech-side" else "tech-side"
    assert all(pick_tip(moment, s, side).audience != other for s in "defgh")


def test_pick_tip_can_pass_over_a_tip_already_shown() -> None:
    first = pick_tip("first-meeting", "x", "tech-side")
    assert pick_tip("first-meeting", "x", "tech-side", (first.id,)).id != first.id
    with pytest.raises(ValueError):
        pick_tip("closing", "x", "senior")


def test_tips_never_talk_down_to_either_person() -> None:
    for tip in all_tips():
        body = tip.body.casefold()
        for phrase in ("good job", "well done!", "simple for you", "even you", "at your age", "a month ago you"):
            assert phrase not in body, (tip.id, phrase)
