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
