"""`rmcoach keepsake`: "what we each learned", to keep and to file as appraisal or CPD evidence."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "keepsake"
HELP = "write 'what we each learned' (learnings, teach-backs, skills reached, the retrospective) as Markdown or --html"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--html", action="store_true", help="a self-contained page in large print, to print or file")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--as", dest="as_name", metavar="NAME",
                        help="your own copy: add the private items of NAME (one of the pair)")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.features.keepsake import keepsake_markdown
    from rmcoach.records.privacy import SHARED_VIEW
    from rmcoach.infra.textsafe import printable

    pair = ctx.require_pair()
    person = ctx.person_named(pair, args.as_name) if args.as_name else None
    text = keepsake_markdown(ctx.store(), pair, person.uuid if person else SHARED_VIEW)
    if args.html:
        from rmcoach.web.paper import markdown_page

        text = markdown_page(text, title=f"{pair.title}: what we each learned")
    else:
        text = printable(text)
    if args.output:
        out = ctx.write_output(args.output, text)
        ctx.stdout.write(printable(f"Wrote the keepsake to {out}.\n"))
    else:
        ctx.stdout.write(text)
    return 0
