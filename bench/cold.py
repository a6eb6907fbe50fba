"""One cold figure in a process of its own.  Used by bench/run.py (``figures.cold_processes``).

    python bench/cold.py KIND DATA_DIR WARM_DIR     # KIND: brief, report or open

A cold start is a fresh process: the app at launch and every command read the store
once, in memory the process has just asked for.  This child imports what the figure
needs and runs it once on ``WARM_DIR`` (a short history: the code's first-use costs,
such as compiled record checks, are not the history's), then times KIND once on
``DATA_DIR`` and prints the CPU milliseconds.

Timed in one long process instead, the histories sampled in turn, the shorter history
ran in memory the longer one had just let go, while the longer had to be given fresh
pages every time: at 20 years about a thousand page faults and 3.6 ms of system time
per report, at 5 years none; the bare parse of the file grew 4.7x to 5.0x that way
against 3.4x to 3.9x on its own.  A process per sample gives every history the same
start.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(kind: str, data_dir: Path, warm_dir: Path) -> float:
    from rmcoach.features.briefing import briefing_markdown, build_briefing
    from rmcoach.features.review import build_review, report_markdown
    from rmcoach.infra import clock
    from rmcoach.records.pairs import load_pair
    from rmcoach.records.privacy import SHARED_VIEW
    from rmcoach.storage.store import Store

    def run(folder: Path) -> Store:
        store = Store(folder)
        if kind == "open":
            store.check()
        elif kind == "brief":
            briefing_markdown(build_briefing(store, load_pair(store), SHARED_VIEW, clock.now()))
        elif kind == "report":
            report_markdown(build_review(store, load_pair(store), SHARED_VIEW))
        else:
            raise SystemExit(f"unknown figure {kind!r}")
        return store

    warmed = run(warm_dir)
    del warmed
    start = time.process_time()
    made = run(data_dir)
    took = time.process_time() - start
    del made
    return took * 1000


if __name__ == "__main__":
    print(f"{main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])):.3f}")
