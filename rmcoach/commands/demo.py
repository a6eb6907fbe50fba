"""`rmcoach demo`: fill an empty data folder with a realistic sample pair."""

from __future__ import annotations

import argparse
from typing import Any

NAME = "demo"
HELP = "fill an empty data folder with a sample pair to explore (refuses if a pair exists)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond --data-dir


def run(args: argparse.Namespace, ctx: Any) -> int:
    from rmcoach.features.demo import build_demo
    from rmcoach.records.pairs import load_pair

    store = ctx.store()
    if load_pair(store) is not None:
        ctx.stderr.write(
            f"rmcoach: {store.path} already holds a pair, so the demo was not added; "
            "use an empty folder, e.g. `rmcoach demo --data-dir /tmp/rmcoach-demo`.\n"
        )
        return 1
    pair = build_demo(store)
    names = " and ".join(p.name for p in pair.people)
    ctx.stdout.write(f"Added the sample pair {names} to {store.path}.\n")
    ctx.stdout.write(f"Open it with: rmcoach --data-dir {ctx.data_dir}\n")
    return 0
