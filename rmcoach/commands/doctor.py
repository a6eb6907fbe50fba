"""`rmcoach doctor`: check the data file, list its bad records and backups; set the bad
records aside into a file, or restore the newest good backup."""

from __future__ import annotations

import argparse
import datetime as _dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "doctor"
HELP = ("check the data file and its backups; --set-aside moves bad records into a file, "
        "--restore brings back the newest good backup")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--restore",
        action="store_true",
        help="move a damaged data file aside (it is never deleted) and restore the newest backup that reads",
    )
    parser.add_argument(
        "--set-aside",
        action="store_true",
        help="move the records rmcoach cannot accept into a file in the data folder (nothing is deleted) "
             "and keep everything else",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.infra.textsafe import printable
    from rmcoach.storage.store import (
        SCHEMA,
        Store,
        StoreError,
        backup_status,
        list_backups,
        restore_newest_backup,
    )

    out = ctx.stdout
    store = Store(ctx.data_dir)
    healthy = True
    out.write(f"Data file: {store.path}\n")
    try:
        store.check()
        if store.exists():
            from rmcoach.records.pairs import load_pair

            load_pair(store)  # a pair without its two people is damage too
            meta = store.meta()
            counts = {name: len(store.view(name)) for name in store.raw() if not name.startswith("_")}
            summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "no records yet"
            out.write(f"Status: ok (schema {meta.get('schema')} of {SCHEMA}; {summary})\n")
        else:
            out.write("Status: no data file yet (it is created when you set up your pair)\n")
    except StoreError as exc:
        healthy = False
        out.write(f"Status: PROBLEM - {getattr(exc, 'reason', exc)}\n")
    from rmcoach.records.setaside import inspect, set_aside

    found = None if healthy else inspect(store.path)
    if found is not None and found.problems:
        out.write(f"Bad records ({len(found.problems)}):\n")
        for problem in found.problems:
            out.write(f"  - {printable(str(problem), keep_newlines=False)}\n")

    backups = list_backups(ctx.data_dir)
    if backups:
        out.write("Backups (newest first):\n")
        for path in backups:
            when = _dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            out.write(f"  {when}  {backup_status(path):<12} {path}\n")
    else:
        out.write("Backups: none yet (one is kept from the second save on)\n")

    if args.restore and args.set_aside:
        ctx.stderr.write("rmcoach: choose one of --restore and --set-aside.\n")
        return 2
    if args.set_aside:
        if healthy and store.exists():
            out.write("Every record is fine, so nothing was set aside.\n")
            return 0
        count, aside, damaged = set_aside(ctx.data_dir)
        out.write(f"Moved {count} bad record{'s' if count != 1 else ''} into {aside}; the data file as it was "
                  f"is kept as {damaged}. Fix them there and `rmcoach import` that file to bring them back.\n")
        return 0
    if args.restore:
        if healthy and store.exists():
            out.write("The data file is fine, so nothing was restored.\n")
            return 0
        used, moved = restore_newest_backup(ctx.data_dir)
        if moved:
            out.write(f"Moved the damaged file to {moved}\n")
        out.write(f"Restored {used} as {store.path}\n")
        return 0
    if not healthy:
        if found is not None and found.can_set_aside:
            out.write("Run `rmcoach doctor --set-aside` to move the bad records into a file in the data folder "
                      "(nothing is deleted, everything else opens again), or `rmcoach doctor --restore` to "
                      "go back to the newest good backup.\n")
        elif any(backup_status(path) == "ok" for path in backups):
            out.write("Run `rmcoach doctor --restore` to move the damaged file aside and restore the newest good backup.\n")
        else:
            out.write(f"There is no good backup to restore from. The damaged file is left as it is: rename it to "
                      f"start afresh, or put back a copy of {store.path.name} you made yourself.\n")
        return 1
    return 0
