"""The `rmcoach` command line.

With no subcommand it opens the app; every other subcommand runs without
importing Textual (a test checks this), so the quick ones stay quick.
Subcommands live in ``rmcoach/commands/<name>.py`` and expose ``NAME``,
``HELP``, ``add_arguments(parser)`` and ``run(args, ctx) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Sequence

from rmcoach import __version__
from rmcoach.storage import locations

COMMANDS = ("brief", "next", "log", "jargon", "agreement", "ics", "report", "export", "import", "doctor", "demo",
            "serve", "keepsake")


def _available_commands() -> list[Any]:
    modules = []
    for name in COMMANDS:
        try:
            modules.append(importlib.import_module(f"rmcoach.commands.{name.replace('import', 'import_')}"))
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("rmcoach.commands"):
                continue  # a command that is not part of this build
            raise
    return modules


class CommandError(Exception):
    """A command cannot go on: one sentence for the user and the exit status."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Context:
    """What a subcommand gets: where the data is and the three standard streams."""

    data_dir: Path
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    _store: Any = None

    def store(self) -> Any:
        """The pair's store, checked (raises StoreError on a damaged file)."""
        if self._store is None:
            from rmcoach.storage.store import Store

            self._store = Store(self.data_dir)
            self._store.check()
        return self._store

    def pair(self) -> Any:
        from rmcoach.records.pairs import load_pair

        return load_pair(self.store())

    def require_pair(self) -> Any:
        """The pair, or a CommandError saying how to set one up."""
        pair = self.pair()
        if pair is None:
            raise CommandError("there is no pair yet - run `rmcoach` to set one up, or `rmcoach demo` to explore a sample.")
        return pair

    def person_named(self, pair: Any, name: str, option: str = "--as") -> Any:
        """The person a command-line name refers to (full name, or a part of it only they match)."""
        person = pair.person(name)
        if person is None:
            names = " or ".join(p.name for p in pair.people)
            raise CommandError(f"{option} must name one of the pair: {names}.", exit_code=2)
        return person

    def write_output(self, raw: str, text: str) -> Path:
        """Write a command's output file atomically.  Refuses the pair's own data file,
        its backups or any other rmcoach data file, so an export can never replace data."""
        from rmcoach.storage.store import StoreWriteError, atomic_write_bytes, protected_path

        out = Path(raw).expanduser()
        why = protected_path(out, self.data_dir)
        if why:
            raise CommandError(f"{why}; nothing was written - choose another file name.", exit_code=2)
        if out.is_dir():
            raise CommandError(f"{out} is a folder; give a file name inside it.", exit_code=2)
        try:
            atomic_write_bytes(out, text.encode("utf-8"))
        except StoreWriteError as exc:
            raise CommandError(f"could not write {out} because {exc.reason or 'the write failed'}.",
                               exit_code=1) from None
        return out

    def pair_terms(self) -> tuple[list[Any], list[str]]:
        """The pair's own glossary terms and the ones they both know now."""
        try:
            from rmcoach.features.jargon import pair_terms
        except ModuleNotFoundError:
            return [], []
        store_path = self.data_dir / locations.STORE_NAME
        if not store_path.exists():
            return [], []
        return pair_terms(self.store())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmcoach",
        description=(
            "A coaching companion for one reverse-mentoring pair: trust, a two-sided "
            "agreement, regular check-ins, skill swaps and plain-language tips. "
            "Run with no command to open the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"rmcoach {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help=f"folder holding the pair's data (default: ${locations.ENV_HOME} or your user data folder)",
    )
    # the browser (`rmcoach serve`) starts one app per tab with this: ask who is here every time
    parser.add_argument("--ask-who", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _available_commands():
        p = sub.add_parser(module.NAME, help=module.HELP, description=getattr(module, "DESCRIPTION", module.HELP))
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="folder holding the pair's data")
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def _report(ctx_stderr: IO[str], message: str) -> None:
    from rmcoach.infra.textsafe import printable

    ctx_stderr.write(f"rmcoach: {printable(message, keep_newlines=False)}\n")
    ctx_stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    from rmcoach.storage.store import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(data_dir=locations.resolve_data_dir(args.data_dir))
    try:
        module = getattr(args, "_module", None)
        if module is None:
            return _run_app(ctx, always_ask=args.ask_who)
        return int(module.run(args, ctx) or 0)
    except (StoreError, CommandError) as exc:
        _report(sys.stderr, str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
        except OSError:
            pass
        return 0
    except Exception as exc:  # the last line of defence: never a traceback for a user
        if os.environ.get("RMCOACH_DEBUG"):
            raise
        _report(sys.stderr, f"something unexpected went wrong ({type(exc).__name__}: {exc}); "
                "set RMCOACH_DEBUG=1 to see the details.")
        return 1


def _run_app(ctx: Context, *, always_ask: bool = False) -> int:
    ctx.pair()  # a damaged store (or a pair missing its people) is reported before the screen takes over
    from rmcoach.app import make_app

    app = make_app(ctx.data_dir, always_ask=always_ask)
    app.run()
    return int(app.return_code or 0)
