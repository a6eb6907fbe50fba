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

    pair = ctx.require_pair()
    schedule = ctx.require_schedule()
    for line in checkins.describe_next(schedule, pair, ctx.store(), clock.now()):
        ctx.stdout.write(printable(line) + "\n")
    return 0
