"""`rmcoach import FILE`: merge a backup or the other laptop's copy into this store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "import"
HELP = "merge an export (or another copy of your pair's data) into this store, record by record"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a file written by `rmcoach export` ('-' for standard input)")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.storage.portability import import_data, parse_export

    if args.file == "-":
        source, text = "standard input", ctx.stdin.read()
    else:
        path = Path(args.file).expanduser()
        source = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            ctx.stderr.write(f"rmcoach: {path} does not exist, so nothing was imported.\n")
            return 2
        except UnicodeDecodeError:
            ctx.stderr.write(f"rmcoach: {path} is not UTF-8 text, so nothing was imported.\n")
            return 2
        except OSError as exc:
            ctx.stderr.write(f"rmcoach: could not read {path} ({exc.strerror}), so nothing was imported.\n")
            return 2
    payload = parse_export(text, source)
    store = ctx.store()
    report = import_data(store, payload, source)
    ctx.stdout.write(f"Merged {source} into {store.path}: {report.summary()}.\n")
    return 0
