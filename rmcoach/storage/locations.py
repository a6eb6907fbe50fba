"""Where rmcoach keeps its files: one place that resolves every path.

Order of precedence for the data directory: an explicit ``--data-dir``, then the
``RMCOACH_HOME`` environment variable, then the platform's user data directory
for "rmcoach" (from platformdirs, which Textual already depends on).
"""

from __future__ import annotations

import os
from pathlib import Path

STORE_NAME = "rmcoach.json"
LOCK_SUFFIX = ".lock"
PREV_SUFFIX = ".prev"
BACKUP_DIR = "backups"
PREFS_NAME = "local.json"
ENV_HOME = "RMCOACH_HOME"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("rmcoach", appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_HOME, "").strip()
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) with owner-only permissions (0700)."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
    try:
        if (path.stat().st_mode & 0o777) != 0o700:
            os.chmod(path, 0o700)
    except PermissionError:
        pass
