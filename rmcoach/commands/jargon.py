"""`rmcoach jargon`: check a piece of writing for jargon, unexplained acronyms and long sentences.

Reads FILE (or standard input when FILE is "-" or left out) and prints one line
per finding, ``LINE:COL  term  → suggestion``, then a summary line.  With
``--json`` it prints only a JSON array of findings.  Exit status: 0 when the
text is clear, 1 when there are findings, 2 when the input cannot be read.
The pair's own glossary terms and the terms they both know are used when a
pair store exists; nothing is created.
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
    "marked as known are not reported. Exit status: 0 clear, 1 findings, 2 unreadable input."
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
                        help="print the findings as a JSON array and nothing else")


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


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.tips.jargon import Checker

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

    extra, known = [], []
    pair_terms = getattr(ctx, "pair_terms", None)
    if callable(pair_terms):
        # a damaged data file stops this command like every other one (StoreError,
        # one sentence pointing to `rmcoach doctor`); without a pair nothing is read
        extra, known = pair_terms()

    findings = Checker(extra, known).check(text)

    if args.json:
        json.dump([f.as_dict() for f in findings], ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 1 if findings else 0

    out = ctx.stdout
    for f in findings:
        out.write(f"{f.line}:{f.column}  {_escape(f.term)}  \u2192 {_escape(f.suggestion)}\n")
    if not findings:
        out.write("No jargon, unexplained acronyms or long sentences found.\n")
        return 0
    counts = {kind: sum(1 for f in findings if f.kind == kind) for kind in ("jargon", "acronym", "long-sentence")}
    parts = []
    if counts["jargon"]:
        parts.append(f"{counts['jargon']} jargon {'term' if counts['jargon'] == 1 else 'terms'}")
    if counts["acronym"]:
        parts.append(f"{counts['acronym']} unexplained {'acronym' if counts['acronym'] == 1 else 'acronyms'}")
    if counts["long-sentence"]:
        n = counts["long-sentence"]
        parts.append(f"{n} long {'sentence' if n == 1 else 'sentences'}")
    out.write(f"Found {len(findings)}: {', '.join(parts)}.\n")
    return 1
