"""Drafts: what someone typed into a form and has not saved yet, kept on disk as they type.

A form writes its draft (debounced) while it differs from what it showed on opening; the
draft is dropped when the form is saved or deliberately left.  Quitting, a closed terminal
or a crash leave it in place, and the next time the same person opens the same form (as it
opened before) it is offered back.

Each draft belongs to whoever was at the keyboard when it was typed (``author``: a person's
uuid, ``privacy.TOGETHER``, or None when nobody has said who they are) and is only ever
offered, listed or mentioned to that same viewer - a draft may hold private words.

Drafts live beside the store in ``drafts/<form>.json`` (one per form), written atomically;
they are never part of the store, an export or a backup.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rmcoach.infra import clock
from rmcoach.storage import locations
from rmcoach.storage.store import StoreError, atomic_write_bytes

FOLDER = "drafts"


@dataclass
class Draft:
    key: str                     # the form (its screen class name)
    title: str                   # what to call it when offering it back
    author: str | None           # who typed it
    saved: str                   # local date-time of the last write
    start: dict[str, Any] = field(default_factory=dict)   # the form as it opened
    values: dict[str, Any] = field(default_factory=dict)  # the form as typed (widget id -> value)


def _path(data_dir: Path, key: str, author: str | None) -> Path:
    """One file per form and person: one person's draft never overwrites the other's."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", f"{key}--{author or 'anyone'}")[:120] or "form"
    return Path(data_dir) / FOLDER / f"{safe}.json"


def save(data_dir: Path, draft: Draft) -> bool:
    """Write (replace) the draft; False when the disk refused (the form keeps its text)."""
    path = _path(data_dir, draft.key, draft.author)
    try:
        locations.ensure_private_dir(path.parent)
        atomic_write_bytes(path, json.dumps(asdict(draft), ensure_ascii=False).encode("utf-8"))
    except (OSError, StoreError):
        return False
    return True


def load(data_dir: Path, key: str, author: str | None) -> Draft | None:
    """The draft of this form typed by this viewer, if any."""
    return _read(_path(data_dir, key, author))


def _read(path: Path) -> Draft | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        draft = Draft(key=str(raw["key"]), title=str(raw.get("title") or raw["key"]),
                      author=raw.get("author") if isinstance(raw.get("author"), str) else None,
                      saved=str(raw.get("saved") or ""), start=dict(raw.get("start") or {}),
                      values=dict(raw.get("values") or {}))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none, or damaged: a draft is a convenience, never an error
    return draft


def discard(data_dir: Path, key: str, author: str | None) -> None:
    try:
        _path(data_dir, key, author).unlink()
    except OSError:
        pass


def offered_to(draft: Draft | None, viewer: str | None) -> bool:
    """A draft is only ever shown to whoever typed it: the same person, both together, or
    (before anyone has said who they are, as on the first-run form) nobody in particular."""
    return draft is not None and draft.author == viewer


def for_viewer(data_dir: Path, viewer: str | None) -> list[Draft]:
    folder = Path(data_dir) / FOLDER
    try:
        paths = sorted(folder.glob("*.json"))
    except OSError:
        return []
    drafts = [_read(p) for p in paths]
    return [d for d in drafts if d is not None and offered_to(d, viewer)]


def new(key: str, title: str, author: str | None, start: dict[str, Any], values: dict[str, Any]) -> Draft:
    return Draft(key=key, title=title, author=author, saved=clock.now().strftime("%Y-%m-%dT%H:%M"),
                 start=start, values=values)
