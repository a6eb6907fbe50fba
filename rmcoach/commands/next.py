"""`rmcoach next`: when the next session is and who leads its first half."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "next"
HELP = "print the next session: date, time and zone, length and who leads first"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond --data-dir


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.features import checkins
    from rmcoach.infra import clock
    from rmcoach.infra.textsafe import printable

    pair = ctx.pair()
    if pair is None:
        ctx.stdout.write("No pair yet - run `rmcoach` to set one up, then agree how often you meet.\n")
        return 0
    store = ctx.store()
    schedule = checkins.load_schedule(store)
    if schedule is None:
        ctx.stdout.write(printable(checkins.rhythm_hint()) + "\n")
        return 0
    for line in checkins.describe_next(schedule, pair, store, clock.now()):
        ctx.stdout.write(printable(line) + "\n")
    return 0
