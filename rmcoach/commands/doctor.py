"""`rmcoach doctor`: check the data file, list backups, restore the newest good one."""

from __future__ import annotations

import argparse
import datetime as _dt
from typing import Any

NAME = "doctor"
HELP = "check the data file and its backups; --restore brings back the newest good backup"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--restore",
        action="store_true",
        help="move a damaged data file aside (it is never deleted) and restore the newest backup that reads",
    )


def run(args: argparse.Namespace, ctx: Any) -> int:
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
            counts = {name: len(store.all(name)) for name in store.raw() if not name.startswith("_")}
            summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "no records yet"
            out.write(f"Status: ok (schema {meta.get('schema')} of {SCHEMA}; {summary})\n")
        else:
            out.write("Status: no data file yet (it is created when you set up your pair)\n")
    except StoreError as exc:
        healthy = False
        out.write(f"Status: PROBLEM - {getattr(exc, 'reason', exc)}\n")

    backups = list_backups(ctx.data_dir)
    if backups:
        out.write("Backups (newest first):\n")
        for path in backups:
            when = _dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            out.write(f"  {when}  {backup_status(path):<12} {path}\n")
    else:
        out.write("Backups: none yet (one is kept from the second save on)\n")

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
        if any(backup_status(path) == "ok" for path in backups):
            out.write("Run `rmcoach doctor --restore` to move the damaged file aside and restore the newest good backup.\n")
        else:
            out.write(f"There is no good backup to restore from. The damaged file is left as it is: rename it to "
                      f"start afresh, or put back a copy of {store.path.name} you made yourself.\n")
        return 1
    return 0
