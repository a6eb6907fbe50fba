"""`rmcoach prompt`: questions to ask each other in the ten minutes before a session."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "prompt"
HELP = "print conversation prompts for the next session, fitted to the moment (both of you unless --as NAME)"
DESCRIPTION = ("Print a few questions each of you could ask the other in the ten minutes before the next "
               "session, drawn to fit the moment (a first meeting, after a hard session, a one-way streak, "
               "resistance found, the close) and the direction of the exchange. The briefing shows the same ones.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="viewer", metavar="NAME", help="only the questions for this person to ask")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.infra import clock
    from rmcoach.features.briefing import current_moment
    from rmcoach.infra.dates import fmt_date
    from rmcoach.infra.textsafe import printable
    from rmcoach.tips.prompts import MOMENT_WORDS
    from rmcoach.tips.personal import person_prompts
    from rmcoach.tips.sides import SIDE_WORDS

    pair = ctx.require_pair()
    viewer = ctx.person_named(pair, args.viewer).uuid if args.viewer else None
    store = ctx.store()
    situation = current_moment(store, pair, viewer, clock.now())
    moment, nxt = situation.moment, situation.next
    decks = person_prompts(store, pair, viewer, moment, situation.seed, one_way_teacher=situation.one_way_teacher)

    def name(uuid: str) -> str:
        person = pair.person(uuid)
        return person.name if person else ""

    if args.json:
        data = {
            "moment": moment,
            "fits": MOMENT_WORDS.get(moment, moment),
            "session": nxt.index if nxt else None,
            "date": nxt.start.isoformat() if nxt else None,
            "askers": [{"name": name(d.person), "side": d.side, "asks": name(d.partner),
                        "prompts": [{"text": p.text, "about": p.about} for p in d.prompts]} for d in decks],
        }
        json.dump(data, ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    when = f"session {nxt.index} ({fmt_date(nxt.start)})" if nxt else "your next session"
    lines = [f"Questions for the ten minutes before {when}, fitting {MOMENT_WORDS.get(moment, moment)}.", ""]
    for d in decks:
        if viewer:
            lines.append(f"You could ask {name(d.partner)}:")
        else:
            lines.append(f"{name(d.person)} ({SIDE_WORDS.get(d.side, d.side)}) could ask {name(d.partner)}:")
        lines += [f"  - {p.text}" for p in d.prompts]
        lines.append("")
    ctx.stdout.write(printable("\n".join(lines).rstrip() + "\n"))
    return 0
