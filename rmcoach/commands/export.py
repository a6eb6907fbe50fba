"""`rmcoach export`: a complete, versioned JSON backup of the pair's store."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "export"
HELP = "write a complete JSON backup of the pair's data (--shared leaves out private notes)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--shared", action="store_true",
                        help="leave out everything private (for giving to your partner or a programme lead)")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.storage.portability import count_private, dumps, export_data

    store = ctx.store()
    if not store.exists():
        ctx.stderr.write(f"rmcoach: there is nothing to export yet in {store.path}; set up your pair with `rmcoach` first.\n")
        return 1
    payload = export_data(store, shared_only=args.shared)
    text = dumps(payload)
    if args.output:
        out = ctx.write_output(args.output, text)
        ctx.stdout.write(f"Exported {sum(len(v) for v in payload['tables'].values())} records to {out}.\n")
    else:
        ctx.stdout.write(text)
    private = count_private(payload)
    if private:
        ctx.stderr.write(
            f"Note: this backup includes {private} private item(s); use --shared before giving it to anyone.\n"
        )
    return 0
