"""`rmcoach ics`: the pair's schedule as an iCalendar file for any calendar app."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "ics"
HELP = "write the session schedule as an .ics calendar (stdout, or -o FILE)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (replaced atomically) instead of stdout")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.features import checkins
    from rmcoach.infra import clock
    from rmcoach.features.ics import to_ics
    from rmcoach.infra.textsafe import printable

    pair = ctx.pair()
    if pair is None:
        ctx.stderr.write("rmcoach: no pair yet - run `rmcoach` to set one up first.\n")
        return 1
    store = ctx.store()
    schedule = checkins.load_schedule(store)
    if schedule is None:
        ctx.stderr.write(printable("rmcoach: " + checkins.rhythm_hint()) + "\n")
        return 1
    names = " & ".join(p.name for p in pair.people)
    both = " and ".join(p.name for p in pair.people)
    # no ATTENDEE lines: rmcoach keeps no e-mail addresses, and calendar programs treat
    # attendees without one as invitations they cannot send; the names go in the text
    from rmcoach.features.agreement import latest

    version = latest(store) or {}
    where = " ".join(str((version.get("logistics") or {}).get("where") or "").split())
    text = to_ics(schedule, pair_uuid=pair.uuid, summary=f"{pair.title}: {names}",
                  description=f"{pair.title} session for {both}. One of you leads the first half, "
                              "the other the second.",
                  location=where, now=clock.now())
    if not args.output:
        ctx.stdout.write(text)
        return 0
    path = ctx.write_output(args.output, text)
    ctx.stdout.write(printable(f"Wrote {len(schedule.rules)} recurring event(s) to {path}.\n"))
    return 0
