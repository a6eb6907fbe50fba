"""`rmcoach brief`: the briefing for the next session as Markdown, or as a one-page
large-print HTML page to print (--html)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "brief"
HELP = ("print the briefing for the next session as Markdown (shared view with both people's tips unless --as NAME), "
        "or --html for a one-page large-print sheet")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="viewer", metavar="NAME",
                        help="your own view (give your name): your private reflection, your tip and your questions "
                             "to ask; without it, shared items and a tip and questions for each of you")
    parser.add_argument("--html", action="store_true",
                        help="a self-contained page in large print that fits one A4 or Letter sheet, to print")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.infra import clock
    from rmcoach.infra.textsafe import printable

    pair = ctx.require_pair()
    viewer = ctx.person_named(pair, args.viewer).uuid if args.viewer else None
    if args.html:
        from rmcoach.web.paper import briefing_page

        text = briefing_page(ctx.store(), pair, viewer, clock.now())
    else:
        from rmcoach.features.briefing import briefing_markdown, build_briefing

        text = printable(briefing_markdown(build_briefing(ctx.store(), pair, viewer, clock.now())))
    if args.output:
        out = ctx.write_output(args.output, text)
        ctx.stdout.write(printable(f"Wrote the briefing to {out}.\n"))
    else:
        ctx.stdout.write(text)
    return 0
