"""`rmcoach log "TEXT"`: add a learning from the shell in one line, without opening the app."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "log"
HELP = "log something you learned, e.g. rmcoach log \"hover over links before clicking\" --tag phishing"
DESCRIPTION = (
    "Add a learning to the pair's log without opening the app. TEXT is what you learned, "
    "in your own words (use - to read it from standard input). With two people, say who "
    "learned it with --by; otherwise this computer's owner (see `rmcoach owner`) is used, else "
    "the last person who logged on this computer, and the output says which. --private keeps "
    "it to the person who learned it."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="what you learned (- reads standard input)")
    parser.add_argument("--by", metavar="NAME", help="who learned it: their name or any part of it (\"Margaret\", \"Okafor\")")
    parser.add_argument("--skill", metavar="NAME", help="link it to a skill (part of the skill's name)")
    parser.add_argument("--tag", metavar="TAG", action="append", default=[],
                        help="a tag; repeat for more (commas also separate tags)")
    parser.add_argument("--private", action="store_true",
                        help="only the person who learned it will see it (never in shared exports or reports)")


def _fail(ctx: Context, message: str, code: int) -> int:
    from rmcoach.infra.textsafe import printable

    ctx.stderr.write(f"rmcoach: {printable(message, keep_newlines=False)}\n")
    return code


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.features.learnings import LearningError, add_learning, clean_text, last_logger, remember_logger
    from rmcoach.infra.textsafe import one_line, printable

    text = ctx.read_stdin("nothing was logged") if args.text == "-" else args.text
    pair = ctx.require_pair()
    try:
        text = clean_text(text)
    except LearningError as exc:
        return _fail(ctx, str(exc), 2)
    names = " or ".join(f'"{p.name}"' for p in pair.people)
    why = ""  # how the person was chosen, when --by did not say
    if args.by is not None:
        person = pair.person(args.by)
        if person is None:
            return _fail(ctx, f'nobody in this pair matches "{args.by}"; use --by {names}.', 2)
    elif len(pair.people) == 1:
        person = pair.people[0]
    else:
        from rmcoach.storage.owner import owner_of, prefs_for

        person = owner_of(prefs_for(ctx.data_dir), pair)
        why = "this computer's owner"
        if person is None and args.private:
            # a private note must never be filed under the wrong person: on a computer nobody
            # has marked as theirs, the last logger is only a guess, so ask instead
            return _fail(ctx, f"a private learning needs to know whose it is: pass --by with {names} "
                              "(or mark this computer as yours with `rmcoach owner NAME`).", 2)
        if person is None:
            remembered = last_logger(ctx.data_dir)
            person = next((p for p in pair.people if p.uuid == remembered), None) if remembered else None
            why = "the last person who logged on this computer"
        if person is None:
            return _fail(ctx, f"this computer does not know who you are yet, so pass --by with {names}.", 2)
    skill_uuid = None
    skill_title = ""
    if args.skill:
        from rmcoach.features.skills import find_skill

        match, close = find_skill(ctx.store(), args.skill, person.uuid)
        if match is None:
            listed = "; ".join(f'"{s.title}"' for s in close[:6])
            folded = args.skill.casefold().strip()
            if close and all(folded in s.title.casefold() for s in close):
                return _fail(ctx, f'"{args.skill}" matches several skills: {listed}; type more of the name.', 2)
            if close:
                return _fail(ctx, f'no skill is called "{args.skill}"; close ones: {listed}.', 2)
            return _fail(ctx, f'no skill matches "{args.skill}"; leave out --skill or add the skill in the app first.', 2)
        skill_uuid, skill_title = match.uuid, match.title
    try:
        record = add_learning(ctx.store(), text=text, by=person.uuid, skill=skill_uuid, tags=args.tag,
                              visibility="private" if args.private else "shared")
    except LearningError as exc:
        return _fail(ctx, str(exc), 2)
    remember_logger(ctx.data_dir, person.uuid)
    line = f"Logged for {printable(person.name, keep_newlines=False)}"
    if why:
        line += f" ({why}; --by chooses someone else)"
    if args.private:
        line += ", privately"
    line += f": {one_line(record['text'], 60)}"
    if skill_title:
        line += f" (skill: {one_line(skill_title, 40)})"
    if record["tags"]:
        line += " " + " ".join("#" + printable(t, keep_newlines=False) for t in record["tags"])
    ctx.stdout.write(line + "\n")
    return 0
