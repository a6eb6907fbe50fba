"""Hand a printable page (rmcoach.web.paper) to the person at the screen.

In a browser tab served by ``rmcoach serve`` the page opens in a new tab of that
browser, ready to print. In a terminal it is saved in the Downloads folder under a
name that is not taken yet, and a note says where."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from textual.app import App

from rmcoach.storage.store import StoreError, atomic_write_bytes


def downloads_dir() -> Path:
    from platformdirs import user_downloads_dir

    return Path(user_downloads_dir())


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``... before the suffix when it is taken."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def hand_over(app: App[Any], filename: str, html: str, what: str) -> Path | None:
    """Open (browser) or save (terminal) one printable page; returns the saved path in a terminal."""
    if app.is_web:
        app.deliver_text(io.StringIO(html), save_filename=filename, open_method="browser",
                         mime_type="text/html", encoding="utf-8")
        app.notify(f"The {what} opens in a new browser tab, ready to print.", timeout=5)
        return None
    folder = downloads_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = free_name(folder, filename)
        atomic_write_bytes(path, html.encode("utf-8"))
    except (OSError, StoreError) as exc:
        app.notify(f"Could not save the {what} in {folder} ({getattr(exc, 'strerror', None) or exc}).",
                   title="Not saved", severity="error", timeout=10)
        return None
    app.notify(f"Saved the {what} as {path} - open it in a web browser to print it.", timeout=10)
    return path
