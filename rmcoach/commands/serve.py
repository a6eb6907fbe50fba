"""`rmcoach serve`: the app in a web browser on this computer, one app per tab."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "serve"
HELP = "open rmcoach in a web browser on this computer (prints the address to open, with its key)"
DESCRIPTION = (
    "Serve rmcoach to a web browser on this computer. It listens on 127.0.0.1 only; the address "
    "it prints first carries a key made for this run, and each browser tab asks who is at the "
    "keyboard. To use it from another machine, forward the port over SSH (see the README)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8765, metavar="N",
                        help="port to listen on (default 8765; 0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1", metavar="HOST",
                        help="loopback address to listen on (127.0.0.1, localhost or ::1); nothing else is accepted")
    parser.add_argument("--no-open", action="store_true", help="print the address but do not open a browser")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.cli import CommandError

    if not 0 <= args.port <= 65535:
        raise CommandError("--port must be a number from 0 to 65535.", exit_code=2)
    from rmcoach.web.serve import ServeError, check_host, serve

    try:
        check_host(args.host)
        ctx.pair()  # a damaged data file is reported here, not inside every tab
        return serve(ctx.data_dir, host=args.host, port=args.port, open_browser=not args.no_open, out=ctx.stdout)
    except ServeError as exc:
        raise CommandError(str(exc), exit_code=2) from None
