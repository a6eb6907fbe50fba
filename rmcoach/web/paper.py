"""rmcoach on paper: self-contained, printable HTML in large print.

Every page is rendered from CommonMark with markdown-it-py (raw HTML off and
images off, so nothing typed into rmcoach can add markup or load anything),
wrapped in one stylesheet that lives inside the file. The page's own
Content-Security-Policy forbids loading anything at all, so it opens and
prints the same with no network.

- ``briefing_page``: the one-page briefing for the next session (who leads each
  half and what each teaches, the agenda, open actions, one tip), trimmed so a
  busy pair's still fits one A4 or Letter page.
- ``markdown_page``: any of our Markdown documents (the progress report, the keepsake).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from markdown_it import MarkdownIt

from rmcoach.infra.textsafe import md_inline, one_line

if TYPE_CHECKING:
    from rmcoach.records.model import Pair
    from rmcoach.storage.store import Store

# what one printed page holds, in large print (the test prints the demo pair to PDF)
PAGE_ITEMS = 4  # per list (the last line says how many more when there are)
PAGE_TEXT = 90  # characters per item

_CSP = "default-src 'none'; style-src 'unsafe-inline'"

_STYLE = """
@page { margin: 12mm 14mm; }
html { font-family: "Atkinson Hyperlegible", Verdana, "DejaVu Sans", Arial, sans-serif;
       color: #000; background: #fff; }
body { margin: 0 auto; max-width: 46em; font-size: 14pt; line-height: 1.35; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 .5em; border-bottom: 3px solid #000; padding-bottom: .2em; }
h2 { font-size: 16pt; margin: .7em 0 .2em; }
h3 { font-size: 15pt; margin: .6em 0 .2em; }
p { margin: .25em 0; }
ul, ol { margin: .2em 0; padding-left: 1.3em; }
li { margin: .12em 0; }
strong { font-weight: 700; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .95em; }
a { color: #000; }
table { border-collapse: collapse; margin: .3em 0; }
th, td { border: 1px solid #000; padding: .15em .5em; text-align: left; vertical-align: top; }
.lead { border: 2px solid #000; padding: .3em .6em; margin: .4em 0; }
.muted { font-style: italic; }
footer { margin-top: 1em; font-size: 11pt; border-top: 1px solid #000; padding-top: .3em; }
@media screen { body { padding: 1.5em; } }
@media print { h2, h3 { break-after: avoid; } li, .lead { break-inside: avoid; } }
"""


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")  # an image would be loaded from wherever it points
    md.enable("table")
    return md


def render(markdown_text: str) -> str:
    """CommonMark to an HTML fragment (raw HTML is shown as text, images are not loaded)."""
    return str(_markdown().render(markdown_text))


def page(title: str, body_html: str, *, footer: str = "") -> str:
    """A complete, self-contained HTML document."""
    foot = f"<footer>{html.escape(footer)}</footer>\n" if footer else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"{body_html}{foot}</body>\n</html>\n"
    )


def markdown_page(markdown_text: str, *, title: str, footer: str = "") -> str:
    return page(title, render(markdown_text), footer=footer)


# --------------------------------------------------------------------------- the briefing
def _trim(items: list[str], limit: int = PAGE_ITEMS, more: str = "more") -> list[str]:
    items = [one_line(i, PAGE_TEXT) for i in items]
    if len(items) > limit:
        extra = len(items) - limit + 1
        items = items[:limit - 1] + [f"... and {extra} {more}"]
    return items


def _bullets(items: list[str], empty: str) -> list[str]:
    if not items:
        return [f"*{md_inline(empty)}*", ""]
    return [f"- {md_inline(i)}" for i in items] + [""]


def teaching_lines(store: Store, pair: Pair, viewer: str | None) -> dict[str, list[str]]:
    """What each person is teaching now: skills they teach that are under way (levels 1-3),
    else any skill they teach that is not yet taught back; keyed by teacher uuid."""
    from rmcoach.records.privacy import visible_records
    from rmcoach.records.skills import SkillRecord

    skills = visible_records(store.records(SkillRecord), viewer)
    out: dict[str, list[str]] = {}
    for person in pair.people:
        mine = [s for s in skills if s.teacher == person.uuid]
        under_way = [s for s in mine if s.level in (1, 2, 3)] or [s for s in mine if s.level == 0]
        out[person.uuid] = [s.title for s in under_way if s.title]
    return out


def briefing_markdown_for_paper(briefing: Any, pair: Any, teaching: dict[str, list[str]]) -> str:
    """The briefing cut to what one page holds: when, who leads which half and what
    each teaches, the agenda, the open action items and the tip's headline and first lines."""
    out = [f"# {md_inline(briefing.heading)}", ""]
    when = briefing.section("When and who leads")
    nxt = briefing.next
    if nxt is not None:  # on paper, the date itself: "starts in 3 hours" is stale once printed
        from rmcoach.infra.dates import fmt_when

        line = f"Session {nxt.index}: {fmt_when(nxt.start)}, {nxt.minutes} minutes."
        if nxt.moved:
            line += f" (Moved from {fmt_when(nxt.original_start)}.)"
        out += [md_inline(line), ""]
    elif when is not None and when.paragraphs:
        out += [md_inline(when.paragraphs[0]), ""]
    if briefing.lead and pair.other(briefing.lead) is not None:
        order = [pair.person(briefing.lead), pair.other(briefing.lead)]
        out += ["## Who leads each half", ""]
        for half, person in zip(("First half", "Second half"), order):
            topics = teaching.get(person.uuid) or []
            what = "; ".join(one_line(t, 60) for t in topics[:3]) if topics else "their own choice of topic"
            if len(topics) > 3:
                what += f" (and {len(topics) - 3} more)"
            out.append(f"- **{half}: {md_inline(person.name)}** teaches {md_inline(what)}")
        out.append("")
    agenda = []
    for title in ("Topics you chose", "Carried over"):
        section = briefing.section(title)
        if section is not None:
            agenda += list(section.items)
    out += ["## Agenda", ""] + _bullets(_trim(agenda, more="more topics"),
                                        "No topics chosen yet: bring one question each.")
    actions = briefing.section("Open action items")
    out += ["## Open action items", ""] + _bullets(
        _trim([i for i in (actions.items if actions else ()) if not i.startswith("…")], more="more open items"),
        "No open action items: agree one or two at the end.")
    if briefing.tip_title:
        out += ["## A tip for today", "", f"**{md_inline(briefing.tip_title)}**", ""]
        first = _first_paragraph(briefing.tip_body)
        if first:
            out += [md_inline(one_line(first, 240)), ""]
    return "\n".join(out).rstrip() + "\n"


def _first_paragraph(markdown_text: str) -> str:
    """The first prose paragraph of one of our tips, as plain text."""
    for block in (markdown_text or "").split("\n\n"):
        text = " ".join(line.strip() for line in block.splitlines()).strip()
        if text and not text.startswith("#"):
            return text.lstrip("-* ").replace("**", "").replace("*", "").replace("_", " ").strip()
    return ""


def briefing_page(store: Any, pair: Any, viewer: str | None, now: Any) -> str:
    """The printable one-page briefing for the next session."""
    from rmcoach.features.briefing import build_briefing
    from rmcoach.infra.dates import fmt_date

    briefing = build_briefing(store, pair, viewer, now)
    text = briefing_markdown_for_paper(briefing, pair, teaching_lines(store, pair, viewer))
    footer = f"rmcoach · printed {fmt_date(now.date())} · shared items only" if viewer is None or viewer == "together" \
        else f"rmcoach · printed {fmt_date(now.date())}"
    return markdown_page(text, title=briefing.heading, footer=footer)
