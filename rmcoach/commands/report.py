"""`rmcoach report`: a Markdown progress report of the shared view."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "report"
HELP = "write a Markdown progress report of what you share (--as NAME adds that person's private notes)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--html", action="store_true",
                        help="a self-contained page in large print, to print or file (no outside resources)")
    parser.add_argument("--as", dest="as_name", metavar="NAME",
                        help="your own copy: add the private notes of NAME (one of the pair)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.records.privacy import SHARED_VIEW
    from rmcoach.features.review import build_review, report_markdown

    pair = ctx.require_pair()
    viewer = ctx.person_named(pair, args.as_name).uuid if args.as_name else SHARED_VIEW
    text = report_markdown(build_review(ctx.store(), pair, viewer))
    if args.html:
        from rmcoach.web.paper import markdown_page

        text = markdown_page(text, title=f"{pair.title}: progress report",
                             footer="rmcoach progress report" + (" · includes private notes of "
                                                                 f"{ctx.person_named(pair, args.as_name).name}"
                                                                 if args.as_name else " · shared items only"))
    if args.output:
        out = ctx.write_output(args.output, text)
        ctx.stdout.write(f"Wrote the report to {out}.\n")
    else:
        ctx.stdout.write(text)
    return 0
