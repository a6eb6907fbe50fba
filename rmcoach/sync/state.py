"""What this laptop last synced, kept beside the store in ``sync/state.json``.

It holds the remote's address, this laptop's id and name, the pair it belongs
to, the last commit it synced with and that commit's shared records (the
*base* of the next three-way merge), the clock's last stamp, and choices made
with ``rmcoach sync --choose`` that are not sent yet.  Only shared records are
ever in it, exactly as they are in the repository.  It is written atomically
after the store, so an interrupted sync leaves the old state, and the next
sync simply repeats the work (see ``engine.py``).
"""

from __future__ import annotations

import json
import socket
import uuid as _uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmcoach.storage import locations
from rmcoach.storage.store import StoreError, atomic_write_bytes

FOLDER = "sync"
STATE_NAME = "state.json"
FORMAT = "rmcoach-sync-state"


def sync_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def laptop_name() -> str:
    try:
        name = socket.gethostname().split(".")[0].strip()
    except OSError:
        name = ""
    return name or "a laptop"


@dataclass
class SyncState:
    path: Path
    remote: str
    laptop: str
    laptop_name: str
    pair: str | None = None
    base_commit: str | None = None
    hlc: str = ""
    base: dict[str, dict[str, Any]] = field(default_factory=dict)  # "table/uuid" -> doc
    choices: list[dict[str, Any]] = field(default_factory=list)  # {"table", "uuid", "path"} not yet sent
    laptops: dict[str, str] = field(default_factory=dict)  # laptop id -> name, from the repository

    @classmethod
    def new(cls, data_dir: Path, remote: str) -> "SyncState":
        return cls(path=sync_dir(data_dir) / STATE_NAME, remote=remote, laptop=_uuid.uuid4().hex[:8],
                   laptop_name=laptop_name())

    def save(self) -> None:
        locations.ensure_private_dir(self.path.parent)
        payload = {
            "format": FORMAT, "version": 1, "remote": self.remote, "laptop": self.laptop,
            "laptop_name": self.laptop_name, "pair": self.pair, "base_commit": self.base_commit,
            "hlc": self.hlc, "choices": self.choices, "laptops": self.laptops, "base": self.base,
        }
        atomic_write_bytes(self.path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def load(data_dir: Path) -> SyncState | None:
    """This folder's sync state, or None when it has never been connected."""
    path = sync_dir(data_dir) / STATE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        raise StoreError(f"The sync record {path} is damaged; move it aside and run "
                         "`rmcoach sync --remote WHERE` again to reconnect.", path) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or not isinstance(raw.get("remote"), str):
        raise StoreError(f"The sync record {path} is not one rmcoach wrote; move it aside and run "
                         "`rmcoach sync --remote WHERE` again to reconnect.", path)
    base, choices = raw.get("base"), raw.get("choices")
    return SyncState(
        path=path, remote=raw["remote"], laptop=str(raw.get("laptop") or _uuid.uuid4().hex[:8]),
        laptop_name=str(raw.get("laptop_name") or laptop_name()), pair=raw.get("pair"),
        base_commit=raw.get("base_commit"), hlc=str(raw.get("hlc") or ""),
        base=base if isinstance(base, dict) else {},
        choices=choices if isinstance(choices, list) else [],
        laptops={str(k): str(v) for k, v in raw["laptops"].items()} if isinstance(raw.get("laptops"), dict) else {},
    )
