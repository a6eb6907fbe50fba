"""Start an app as a user would, report its first painted frame, exit.  Used by bench/run.py.

    python bench/launch.py rmcoach DATA_DIR [--ask-who]   # `rmcoach --data-dir DATA_DIR`, headless
    python bench/launch.py bare                 # a bare Textual app: Header, Static, Footer

Both apps are timed the same way: the parent puts the moment it spawned this process
in ``RMCOACH_BENCH_SPAWN`` (``time.monotonic_ns()``, one clock for every process of
the machine); when Textual posts ``Ready`` (its first frame is laid out and painted)
the child writes ``first-frame MS`` on its standard output and asks the app to exit.
How long the process then takes to end is the parent's to measure (a separate figure).
rmcoach is started through its command line (``rmcoach.cli.main``), so the launch
includes everything a user's ``rmcoach`` does before the first frame.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SPAWN = int(os.environ.get("RMCOACH_BENCH_SPAWN") or time.monotonic_ns())


def _instrument() -> None:
    """Every Textual app in this process runs headless and reports its first frame."""
    from textual.app import App

    run = App.run

    def headless_run(self: App[object], *args: object, **kwargs: object) -> object:
        kwargs["headless"] = True
        return run(self, *args, **kwargs)  # type: ignore[arg-type]

    def on_ready(self: App[object]) -> None:
        took = (time.monotonic_ns() - SPAWN) / 1e6
        cpu = time.process_time() * 1000  # this process's CPU time, start-up included
        os.write(1, f"first-frame {took:.3f} cpu {cpu:.3f}\n".encode())  # fd 1: Textual redirects sys.stdout
        self.exit()

    App.run = headless_run  # type: ignore[method-assign]
    App.on_ready = on_ready  # type: ignore[attr-defined]


def main() -> None:
    mode = sys.argv[1]
    _instrument()
    if mode == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header, Static

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Static("Hello")
                yield Footer()

        Bare().run()
    else:
        from rmcoach.cli import main as rmcoach

        code = rmcoach(["--data-dir", sys.argv[2], *sys.argv[3:]])
        if code:
            raise SystemExit(code)


if __name__ == "__main__":
    main()
