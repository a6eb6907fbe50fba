"""`rmcoach brief`: the briefing for the next session as Markdown."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "brief"
HELP = "print the briefing for the next session as Markdown (shared view unless --as NAME)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="viewer", metavar="NAME",
                        help="include your own private reflection (give your name); without it only shared items")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.infra import clock
    from rmcoach.features.briefing import briefing_markdown, build_briefing
    from rmcoach.infra.textsafe import printable

    pair = ctx.require_pair()
    viewer = ctx.person_named(pair, args.viewer).uuid if args.viewer else None
    text = briefing_markdown(build_briefing(ctx.store(), pair, viewer, clock.now()))
    ctx.stdout.write(printable(text))
    return 0
