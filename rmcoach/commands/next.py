"""`rmcoach next`: when the next session is and who leads its first half."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "next"
HELP = "print the next session: date, time and zone, length and who leads first"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond --data-dir


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.features import checkins
    from rmcoach.infra import clock
    from rmcoach.infra.textsafe import printable

    pair = ctx.require_pair()
    schedule = ctx.require_schedule()
    for line in checkins.describe_next(schedule, pair, ctx.store(), clock.now()):
        ctx.stdout.write(printable(line) + "\n")
    return 0
