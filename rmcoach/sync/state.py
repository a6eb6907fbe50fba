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
CREDENTIALS_NAME = "credentials.json"
CREDENTIALS_FORMAT = "rmcoach-sync-credentials"


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


# The user name and token of an https remote (``https://NAME:TOKEN@host/repo``) are kept apart
# from the sync record, in a file only this user may read, so that the address shown in every
# message and kept in ``state.json`` never carries them.
def load_credentials(data_dir: Path, remote: str) -> tuple[str, str] | None:
    """The user name and token saved for ``remote`` (None: none saved, or saved for another address)."""
    try:
        raw = json.loads((sync_dir(data_dir) / CREDENTIALS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if (not isinstance(raw, dict) or raw.get("format") != CREDENTIALS_FORMAT or raw.get("remote") != remote
            or not isinstance(raw.get("username"), str) or not isinstance(raw.get("token"), str)):
        return None
    return raw["username"], raw["token"]


def save_credentials(data_dir: Path, remote: str, credentials: tuple[str, str] | None) -> None:
    """Keep (or, with None, forget) the user name and token for ``remote``."""
    path = sync_dir(data_dir) / CREDENTIALS_NAME
    if credentials is None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(f"Could not remove the old access token in {path} ({exc.strerror}).", path) from None
        return
    locations.ensure_private_dir(path.parent)
    payload = {"format": CREDENTIALS_FORMAT, "remote": remote, "username": credentials[0], "token": credentials[1]}
    atomic_write_bytes(path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
