"""Serve a bare Textual app (Header, Static, Footer) exactly as `rmcoach serve` serves
rmcoach: the same server, page and checks. Used by bench/serve.py as the floor.

    python bench/serve_bare.py            # prints the address first, Ctrl+C stops
    python bench/serve_bare.py --app      # the bare app itself (what each tab runs)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def bare_app() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    Bare().run()


def main() -> int:
    if "--app" in sys.argv:
        bare_app()
        return 0
    from rmcoach.web.serve import serve

    with tempfile.TemporaryDirectory() as folder:
        return serve(Path(folder), port=0, open_browser=False,
                     app_argv=[sys.executable, str(Path(__file__).resolve()), "--app"])


if __name__ == "__main__":
    raise SystemExit(main())
