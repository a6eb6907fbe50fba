"""`rmcoach jargon`: check a piece of writing for jargon, unexplained acronyms and long sentences.

Reads FILE (or standard input when FILE is "-" or left out) and prints one line
per finding, ``LINE:COL  term  → suggestion``, then a summary line.  With
``--json`` it prints only a JSON object: ``reader`` (the reader used, or null),
``reader_from`` ("option", "person", "partner" or null), ``reader_person`` (whose
background was used, or null) and ``findings`` (the list).  Exit status: 0 when
the text is clear, 1 when there are findings, 2 when the input cannot be read or
the reader cannot be worked out.  The pair's own glossary terms and the terms
they both know are used when a pair store exists; nothing is created.

The reader decides what is jargon: ``--reader clinical`` flags technical words
and leaves clinical ones alone, ``--reader technology`` the other way round,
``--reader management`` flags both but not the NHS's own structures;
``--reader NAME`` uses that person's recorded background, and ``--as NAME`` (the
writer) uses their partner's.  With neither, every technical word is checked
as before.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "jargon"
HELP = "check text for jargon, unexplained acronyms and long sentences"
DESCRIPTION = (
    "Check a piece of writing for jargon, acronyms that are not spelled out, and sentences "
    "that run too long. Uses the built-in glossary plus the pair's own terms; terms you both "
    "marked as known are not reported. --reader decides who it is for: clinical, technology, "
    "management, or a person's name (their recorded background). "
    "Exit status: 0 clear, 1 findings, 2 unreadable input or unknown reader."
)

# C0 controls except tab, DEL and C1 controls: shown as \xNN so user text cannot drive the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", metavar="FILE",
                        help="text file to check (UTF-8); '-' or nothing reads standard input")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON object (the reader used and the findings) and nothing else")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--reader", metavar="READER",
                     help="who will read it: clinical, technology, management, or a name from the pair "
                          "(uses their recorded background)")
    who.add_argument("--as", dest="writer", metavar="NAME",
                     help="you are writing as NAME: check it for your partner")


def _read(path: str, ctx: Context) -> str:
    if path == "-":
        stream = ctx.stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data: bytes = buffer.read()
            return data.decode("utf-8")
        return stream.read()
    with open(path, "rb") as handle:
        return handle.read().decode("utf-8")


def _reader(args: argparse.Namespace, ctx: Context) -> tuple[str | None, str | None, str | None]:
    """(reader, where it came from, whose background) for the options given."""
    from rmcoach.cli import CommandError
    from rmcoach.tips.readers import READERS, person_reader

    value = (getattr(args, "reader", None) or "").strip()
    writer = (getattr(args, "writer", None) or "").strip()
    if not value and not writer:
        return None, None, None
    if value.casefold() in READERS:
        return value.casefold(), "option", None
    if value.casefold() == "tech":
        return "technology", "option", None
    store_path = ctx.data_dir / "rmcoach.json"
    if not store_path.exists():
        what = f"--reader {value}" if value else f"--as {writer}"
        raise CommandError(f"{what} names a person, but there is no pair yet; use --reader "
                           f"{' or '.join(READERS)}.", exit_code=2)
    pair = ctx.require_pair()
    if value:
        person = pair.person(value)
        if person is None:
            names = " or ".join(p.name for p in pair.people)
            raise CommandError(f"--reader must be {', '.join(READERS)}, or one of the pair: {names}.",
                               exit_code=2)
        source = "person"
    else:
        writer_person = ctx.person_named(pair, writer, "--as")
        partner = pair.other(writer_person.uuid)
        if partner is None:
            raise CommandError("the pair has only one person recorded; use --reader instead.", exit_code=2)
        person = partner
        source = "partner"
    reader = person_reader(person)
    if reader is None:
        raise CommandError(f"{person.name} has no background recorded (clinical, technology or management); "
                           f"add it with `rmcoach` (setup), or use --reader {' or '.join(READERS)}.",
                           exit_code=2)
    return reader, source, person.name


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.tips.jargon import Checker, summarise

    path = getattr(args, "file", "-") or "-"
    shown = "standard input" if path == "-" else _escape(path)
    try:
        text = _read(path, ctx)
    except UnicodeDecodeError as exc:
        ctx.stderr.write(f"rmcoach jargon: {shown} is not UTF-8 text (bad byte at position {exc.start}); "
                         "save it as UTF-8 and try again.\n")
        return 2
    except FileNotFoundError:
        ctx.stderr.write(f"rmcoach jargon: cannot read {shown}: there is no such file.\n")
        return 2
    except IsADirectoryError:
        ctx.stderr.write(f"rmcoach jargon: cannot read {shown}: it is a folder, not a file.\n")
        return 2
    except PermissionError:
        ctx.stderr.write(f"rmcoach jargon: cannot read {shown}: permission denied.\n")
        return 2
    except OSError as exc:
        reason = _escape(exc.strerror or type(exc).__name__)
        ctx.stderr.write(f"rmcoach jargon: cannot read {shown}: {reason}.\n")
        return 2

    reader, reader_from, reader_person = _reader(args, ctx)
    extra, known = [], []
    pair_terms = getattr(ctx, "pair_terms", None)
    if callable(pair_terms):
        # a damaged data file stops this command like every other one (StoreError,
        # one sentence pointing to `rmcoach doctor`); without a pair nothing is read
        extra, known = pair_terms()

    findings = Checker(extra, known, reader=reader).check(text)

    if args.json:
        json.dump({"reader": reader, "reader_from": reader_from, "reader_person": reader_person,
                   "findings": [f.as_dict() for f in findings]},
                  ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 1 if findings else 0

    out = ctx.stdout
    if reader is not None:
        whose = f" ({_escape(reader_person)}'s background)" if reader_person else ""
        out.write(f"Checked for a {reader} reader{whose}.\n")
    for f in findings:
        out.write(f"{f.line}:{f.column}  {_escape(f.term)}  \u2192 {_escape(f.suggestion)}\n")
    if not findings:
        out.write("No jargon, unexplained acronyms or long sentences found.\n")
        return 0
    out.write(summarise(findings) + "\n")
    return 1
