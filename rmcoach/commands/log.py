"""`rmcoach log "TEXT"`: add a learning from the shell in one line, without opening the app."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "log"
HELP = "log something you learned, e.g. rmcoach log \"hover over links before clicking\" --tag phishing"
DESCRIPTION = (
    "Add a learning to the pair's log without opening the app. TEXT is what you learned, "
    "in your own words (use - to read it from standard input). With two people, say who "
    "learned it with --by; otherwise the last person who logged on this machine is used."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="what you learned (- reads standard input)")
    parser.add_argument("--by", metavar="NAME", help="who learned it: their name or any part of it (\"Margaret\", \"Okafor\")")
    parser.add_argument("--skill", metavar="NAME", help="link it to a skill (part of the skill's name)")
    parser.add_argument("--tag", metavar="TAG", action="append", default=[],
                        help="a tag; repeat for more (commas also separate tags)")


def _fail(ctx: Any, message: str, code: int) -> int:
    from rmcoach.infra.textsafe import printable

    ctx.stderr.write(f"rmcoach: {printable(message, keep_newlines=False)}\n")
    return code


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.storage import locations
    from rmcoach.features.learnings import LearningError, add_learning, clean_text, last_logger, remember_logger
    from rmcoach.infra.textsafe import one_line, printable

    text = ctx.stdin.read() if args.text == "-" else args.text
    if not (ctx.data_dir / locations.STORE_NAME).exists():
        return _fail(ctx, "there is no pair here yet: run `rmcoach` to set yours up, "
                          "or `rmcoach demo` to try a sample pair.", 1)
    pair = ctx.pair()
    if pair is None:
        return _fail(ctx, "there is no pair here yet: run `rmcoach` to set yours up, "
                          "or `rmcoach demo` to try a sample pair.", 1)
    try:
        text = clean_text(text)
    except LearningError as exc:
        return _fail(ctx, str(exc), 2)
    names = " or ".join(f'"{p.name}"' for p in pair.people)
    if args.by is not None:
        person = pair.person(args.by)
        if person is None:
            return _fail(ctx, f'nobody in this pair matches "{args.by}"; use --by {names}.', 2)
    elif len(pair.people) == 1:
        person = pair.people[0]
    else:
        remembered = last_logger(ctx.data_dir)
        person = pair.person(remembered) if remembered else None
        if person is None:
            return _fail(ctx, f"who learned it? Add --by NAME with {names}.", 2)
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
        record = add_learning(ctx.store(), text=text, by=person.uuid, skill=skill_uuid, tags=args.tag)
    except LearningError as exc:
        return _fail(ctx, str(exc), 2)
    remember_logger(ctx.data_dir, person.uuid)
    line = f"Logged for {printable(person.name, keep_newlines=False)}: {one_line(record['text'], 60)}"
    if skill_title:
        line += f" (skill: {one_line(skill_title, 40)})"
    if record["tags"]:
        line += " " + " ".join("#" + printable(t, keep_newlines=False) for t in record["tags"])
    ctx.stdout.write(line + "\n")
    return 0
