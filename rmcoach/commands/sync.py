"""`rmcoach sync`: keep this laptop and the partner's in step through a shared git repository."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "sync"
HELP = "bring this laptop and your partner's in step through a shared folder or git repository"
DESCRIPTION = (
    "Send this laptop's shared changes and bring in your partner's, through a git repository: "
    "a folder on a USB stick or shared drive, or a private repository. Private notes never leave "
    "this laptop. The first time, say where with --remote; in an empty data folder that joins the "
    "pair already there. After that, `rmcoach sync` alone."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--remote", metavar="WHERE",
                        help="the shared repository: a folder (created if empty) or any address git understands")
    parser.add_argument("--switch", action="store_true",
                        help="with --remote: move a laptop that already syncs elsewhere to this shared repository")
    parser.add_argument("--conflicts", action="store_true",
                        help="list the changes both laptops made differently, waiting for you to choose")
    parser.add_argument("--choose", metavar="CHOICE",
                        help="keep one value of a conflict, e.g. 1b (from --conflicts), then sync")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.sync import conflicts as C
    from rmcoach.sync.engine import sync
    from rmcoach.sync.repo import SyncError
    from rmcoach.sync.state import load
    from rmcoach.infra.textsafe import printable

    if args.conflicts:
        store = ctx.store()
        found = C.open_conflicts(load(ctx.data_dir), None, C.people_names(store))
        if not found:
            ctx.stdout.write("Nothing needs a decision.\n")
            return 0
        for line in C.describe(found):
            ctx.stdout.write(printable(line, keep_newlines=False) + "\n")
        ctx.stdout.write("Keep one with `rmcoach sync --choose 1a` (number and letter).\n")
        return 0
    chosen = ""
    if args.choose:
        chosen = C.choose(ctx.data_dir, args.choose)
    try:
        outcome = sync(ctx.data_dir, args.remote, switch=args.switch)
    except SyncError as exc:
        if chosen:
            raise SyncError(f"Chosen ({chosen}), and it will be sent with the next sync: {exc}") from None
        raise
    line = outcome.line()
    if chosen:
        line = f"Chosen: {chosen}. {line}"
    ctx.stdout.write(printable(line, keep_newlines=False) + "\n")
    return 0
