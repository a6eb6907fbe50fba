"""Start an app, wait for its first painted frame, exit.  Used by bench/run.py.

    python bench/launch.py rmcoach DATA_DIR
    python bench/launch.py bare
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header, Static

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Static("Hello")
                yield Footer()

            def on_ready(self) -> None:
                self.exit()

        Bare().run(headless=True)
    else:
        from rmcoach.app import RMCoachApp

        class Timed(RMCoachApp):
            def on_ready(self) -> None:
                self.exit()

        Timed(Path(sys.argv[2]), watch_interval=0).run(headless=True)


if __name__ == "__main__":
    main()
