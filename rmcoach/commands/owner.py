"""`rmcoach owner [NAME | --clear]`: whose computer this is.

A computer marked as one person's own opens as them without asking who is at
the keyboard; `rmcoach log` without --by logs for them.  The mark is a setting
of this computer (kept in its local preferences), never part of the pair's data.
"""

from __future__ import annotations

import argparse
from typing import Any

NAME = "owner"
HELP = "show or set whose computer this is, so rmcoach opens as them without asking"
DESCRIPTION = (
    "Without arguments, say whose computer this is. With NAME, mark this computer as that "
    "person's own: rmcoach then opens as them without asking who is at the keyboard, and "
    "`rmcoach log` logs for them. --clear takes the mark away, so every launch asks again. "
    "The mark belongs to this computer only and never travels with exports."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", nargs="?",
                        help="the person this computer belongs to: their name or any part of it")
    parser.add_argument("--clear", action="store_true", help="this computer is nobody's own: ask at every launch")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.cli import CommandError
    from rmcoach.storage.owner import owner_of, prefs_for, set_owner
    from rmcoach.infra.textsafe import printable

    if args.clear and args.name:
        raise CommandError("give a NAME or --clear, not both.", exit_code=2)
    pair = ctx.require_pair()
    prefs = prefs_for(ctx.data_dir)
    if args.clear:
        before = owner_of(prefs, pair)
        set_owner(prefs, None)
        if before is None:
            ctx.stdout.write("This computer was nobody's own already; rmcoach asks who is at the keyboard "
                             "each time it opens.\n")
        else:
            ctx.stdout.write(f"This computer is no longer {printable(before.name, keep_newlines=False)}'s; "
                             "rmcoach will ask who is at the keyboard each time it opens.\n")
        return 0
    if args.name is not None:
        person = ctx.person_named(pair, args.name, option="NAME")
        set_owner(prefs, person.uuid)
        ctx.stdout.write(f"This computer is now {printable(person.name, keep_newlines=False)}'s: rmcoach opens as "
                         "them without asking, and `rmcoach log` logs for them.\n")
        return 0
    owner = owner_of(prefs, pair)
    if owner is None:
        ctx.stdout.write("This computer is nobody's own: rmcoach asks who is at the keyboard each time it opens "
                         "(mark it with `rmcoach owner NAME`).\n")
    else:
        ctx.stdout.write(f"This computer is {printable(owner.name, keep_newlines=False)}'s: rmcoach opens as them "
                         "without asking (`rmcoach owner --clear` stops that).\n")
    return 0
