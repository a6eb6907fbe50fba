"""The `rmcoach` command line.

With no subcommand it opens the app; every other subcommand runs without
importing Textual (a test checks this), so the quick ones stay quick.
Subcommands live in ``rmcoach/commands/<name>.py`` and expose ``NAME``,
``HELP``, ``add_arguments(parser)`` and ``run(args, ctx) -> int``.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, Sequence

from rmcoach import __version__
from rmcoach.storage import locations

if TYPE_CHECKING:  # the store and records load only when a command needs them (quick start)
    import argparse
    from rmcoach.tips.jargon import UserTerm
    from rmcoach.features.schedule import Schedule
    from rmcoach.records.model import Pair, Person
    from rmcoach.storage.store import Store

COMMANDS = ("brief", "prompt", "next", "log", "owner", "jargon", "agreement", "ics", "report", "export", "import", "sync",
            "doctor", "demo",
            "serve", "keepsake")


def _available_commands() -> list[ModuleType]:
    modules: list[ModuleType] = []
    for name in COMMANDS:
        try:
            modules.append(importlib.import_module(f"rmcoach.commands.{name.replace('import', 'import_')}"))
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("rmcoach.commands"):
                continue  # a command that is not part of this build
            raise
    return modules


NO_PAIR = "there is no pair here yet - run `rmcoach` to set yours up, or `rmcoach demo` to explore a sample."


class CommandError(Exception):
    """A command cannot go on: one sentence for the user and the exit status."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    """What a subcommand gets: where the data is and the three standard streams (a plain
    class: a dataclass's code generation cost every command, the app's launch included)."""

    def __init__(self, data_dir: Path, stdout: IO[str] | None = None, stderr: IO[str] | None = None,
                 stdin: IO[str] | None = None) -> None:
        self.data_dir = data_dir
        self.stdout = sys.stdout if stdout is None else stdout
        self.stderr = sys.stderr if stderr is None else stderr
        self.stdin = sys.stdin if stdin is None else stdin
        self._store: Store | None = None

    def store(self) -> Store:
        """The pair's store, checked (raises StoreError on a damaged file)."""
        if self._store is None:
            from rmcoach.storage.store import Store

            store = Store(self.data_dir)
            store.check()
            self._store = store
        return self._store

    def pair(self) -> Pair | None:
        from rmcoach.records.pairs import load_pair

        return load_pair(self.store())

    def require_pair(self) -> Pair:
        """The pair, or a CommandError saying how to set one up (every command that needs
        a pair says the same sentence on stderr and exits 1)."""
        if not (self.data_dir / locations.STORE_NAME).exists():
            raise CommandError(NO_PAIR)
        pair = self.pair()
        if pair is None:
            raise CommandError(NO_PAIR)
        return pair

    def require_schedule(self) -> Schedule:
        """The pair's schedule, or a CommandError saying how to set the rhythm (exit 1)."""
        from rmcoach.features import checkins

        schedule = checkins.load_schedule(self.store())
        if schedule is None:
            raise CommandError(checkins.rhythm_hint())
        return schedule

    def person_named(self, pair: Pair, name: str, option: str = "--as") -> Person:
        """The person a command-line name refers to (full name, or a part of it only they match)."""
        person = pair.person(name)
        if person is None:
            names = " or ".join(p.name for p in pair.people)
            raise CommandError(f"{option} must name one of the pair: {names}.", exit_code=2)
        return person

    def read_stdin(self, outcome: str) -> str:
        """Standard input as UTF-8 text (a byte-order mark, as Windows tools write, is
        dropped); anything else is refused in one sentence ending with ``outcome``."""
        stream = getattr(self.stdin, "buffer", None)
        try:
            if stream is None:
                return self.stdin.read()
            data: bytes = stream.read()
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(f"standard input is not UTF-8 text, so {outcome}.", exit_code=2) from None

    def write_output(self, raw: str, text: str) -> Path:
        """Write a command's output file atomically.  Refuses the pair's own data file,
        its backups or any other rmcoach data file, so an export can never replace data;
        and anything but a regular file or a new path (a device, a pipe, a socket)."""
        import stat

        from rmcoach.storage.store import StoreWriteError, atomic_write_bytes, protected_path

        out = Path(raw).expanduser()
        try:
            mode: int | None = os.stat(out).st_mode
        except OSError:
            mode = None  # a new path (or a dangling link, which the write replaces)
        if mode is not None and stat.S_ISDIR(mode):
            raise CommandError(f"{out} is a folder; give a file name inside it.", exit_code=2)
        if mode is not None and not stat.S_ISREG(mode):
            # checked before anything opens it: opening a pipe would wait for a writer
            raise CommandError(f"{out} is not a regular file (it is a device, a pipe or a socket), "
                               "so nothing was written: give a file name.", exit_code=2)
        why = protected_path(out, self.data_dir)
        if why:
            raise CommandError(f"{why}; nothing was written - choose another file name.", exit_code=2)
        try:
            atomic_write_bytes(out, text.encode("utf-8"))
        except StoreWriteError as exc:
            raise CommandError(f"could not write {out} because {exc.reason or 'the write failed'}.",
                               exit_code=1) from None
        return out

    def pair_terms(self) -> tuple[list[UserTerm], list[str]]:
        """The pair's own glossary terms and the ones they both know now."""
        try:
            from rmcoach.features.jargon import pair_terms
        except ModuleNotFoundError:
            return [], []
        store_path = self.data_dir / locations.STORE_NAME
        if not store_path.exists():
            return [], []
        return pair_terms(self.store())


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; ``commands=False`` leaves out the subcommands (each
    one's module is imported to describe it)."""
    import argparse

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
    # a front end that is a launch of its own each time (a browser tab) asks who is at the
    # keyboard even on a computer marked as one person's own
    parser.add_argument("--ask-who", action="store_true", help=argparse.SUPPRESS)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _available_commands():
        p = sub.add_parser(module.NAME, help=module.HELP, description=getattr(module, "DESCRIPTION", module.HELP))
        p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="folder holding the pair's data")
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def _app_options(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options of a command line that only opens the app (no subcommand, no help or
    version), read without argparse: opening the app is the launch a person waits for, and
    building even the small parser cost it a couple of milliseconds.  None for anything
    else - a subcommand, a typo, ``--help`` - which gets the whole parser, with its usual
    messages.  The result is what the parser would give (the last ``--data-dir`` wins)."""
    data_dir: str | None = None
    ask_who = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest and not rest[0].startswith("-"):  # (argparse's own reading)
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.partition("=")[2]
        elif arg == "--ask-who":
            ask_who = True
        else:
            return None
    return SimpleNamespace(data_dir=data_dir, ask_who=ask_who)


def _report(ctx_stderr: IO[str], message: str) -> None:
    from rmcoach.infra.textsafe import printable

    ctx_stderr.write(f"rmcoach: {printable(message, keep_newlines=False)}\n")
    ctx_stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    from rmcoach.storage.platform import utf8_output
    from rmcoach.storage.store import StoreError

    utf8_output(sys.stdout, sys.stderr)

    opens_app = _app_options(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv) if opens_app is None else opens_app
    if args.data_dir is not None and not args.data_dir.strip():
        _report(sys.stderr, "--data-dir is empty (an unset variable?), so nothing was read or "
                "written: give it a folder, or leave it out to use the usual one.")
        return 2
    env_home = os.environ.get(locations.ENV_HOME)
    if args.data_dir is None and env_home is not None and not env_home.strip():
        _report(sys.stderr, f"${locations.ENV_HOME} is set but empty (an unset variable?), so nothing was "
                f"read or written: give it a folder, or unset it to use the usual one.")
        return 2
    ctx = Context(data_dir=locations.resolve_data_dir(args.data_dir))
    if os.path.exists(ctx.data_dir) and not os.path.isdir(ctx.data_dir):
        _report(sys.stderr, f"{ctx.data_dir} is not a folder (it is a file or a device), so nothing "
                f"was read or written there: give --data-dir (or ${locations.ENV_HOME}) a folder.")
        return 2
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
    from rmcoach.app import make_app

    app = make_app(ctx.data_dir, always_ask=always_ask)
    app.freeze_history = True  # the one app of this process
    app.run()
    if app.load_error is not None:
        # a damaged store (or a pair missing its people): the app stopped before showing or
        # writing anything of it; the one sentence is said here, once the screen is given back
        raise app.load_error
    return int(app.return_code or 0)
