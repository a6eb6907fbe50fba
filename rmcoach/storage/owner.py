"""Whose computer this is: the one per-machine setting that lets rmcoach open
without asking who is at the keyboard.

On a laptop the two share, every launch asks who is there, so nobody sees the
other's private notes by accident.  A person may mark a computer as their own;
then it opens as them.  The mark lives in the machine's local preferences file
(``local.json`` beside the store), never in the pair's data, which travels
between laptops.  ``rmcoach owner`` and the who-is-here screen set it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

OWNER = "owner"  # Prefs key: the person uuid this computer belongs to, or None


def owner_uuid(prefs: Any) -> str | None:
    value = prefs.get(OWNER)
    return value if isinstance(value, str) and value else None


def owner_of(prefs: Any, pair: Any) -> Any:
    """The pair's person this computer is marked as belonging to (None if unset or unknown)."""
    uuid = owner_uuid(prefs)
    if uuid is None or pair is None:
        return None
    return next((p for p in pair.people if p.uuid == uuid), None)


def set_owner(prefs: Any, person_uuid: str | None) -> None:
    prefs.set(OWNER, person_uuid or None)


def prefs_for(data_dir: Path) -> Any:
    from rmcoach.storage.prefs import Prefs

    return Prefs(Path(data_dir))
