"""`rmcoach ics`: the pair's schedule as an iCalendar file for any calendar app."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "ics"
HELP = "write the session schedule as an .ics calendar (stdout, or -o FILE)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (replaced atomically) instead of stdout")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.infra import clock
    from rmcoach.features.ics import to_ics
    from rmcoach.infra.textsafe import printable
    from rmcoach.infra.wording import plural

    pair = ctx.require_pair()
    schedule = ctx.require_schedule()
    store = ctx.store()
    names = " & ".join(p.name for p in pair.people)
    both = " and ".join(p.name for p in pair.people)
    # no ATTENDEE lines: rmcoach keeps no e-mail addresses, and calendar programs treat
    # attendees without one as invitations they cannot send; the names go in the text
    from rmcoach.features.agreement import latest

    version = latest(store)
    where = " ".join(version.logistics.where.split()) if version and version.logistics else ""
    text = to_ics(schedule, pair_uuid=pair.uuid, summary=f"{pair.title}: {names}",
                  description=f"{pair.title} session for {both}. One of you leads the first half, "
                              "the other the second.",
                  location=where, now=clock.now())
    if not args.output:
        ctx.stdout.write(text)
        return 0
    path = ctx.write_output(args.output, text)
    ctx.stdout.write(printable(f"Wrote {plural(len(schedule.rules), 'recurring event')} to {path}.\n"))
    return 0
