"""Per-machine preferences (theme, who is at the keyboard, last person to log).

Kept beside the store in ``local.json`` but never part of it: these choices
belong to one machine, and export/import leaves them alone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from rmcoach.storage import locations
from rmcoach.storage.store import StoreError, atomic_write_bytes


class Prefs:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / locations.PREFS_NAME
        self._data: dict[str, Any] | None = None

    def _read(self) -> dict[str, Any]:
        if self._data is None:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                self._data = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self._data = {}
        return self._data

    def get(self, key: str, default: Any = None) -> Any:
        return self._read().get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data = None  # another process (the app, a shell command) may have changed it since
        data = dict(self._read())
        if data.get(key) == value:
            return
        data[key] = value
        locations.ensure_private_dir(self.path.parent)
        if self.path.exists():
            try:
                json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                # never overwrite a file we cannot read: keep it aside
                os.replace(self.path, self.path.with_suffix(".json.damaged"))
        try:
            atomic_write_bytes(self.path, json.dumps(data, indent=1).encode("utf-8"))
        except StoreError:
            return  # preferences are a convenience; failing to save one is not fatal
        self._data = data
