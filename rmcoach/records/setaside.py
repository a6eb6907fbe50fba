"""Find the records a store cannot accept, and move them aside into a file.

``rmcoach doctor`` lists every bad record (:func:`inspect`) and, with
``--set-aside``, runs :func:`set_aside`: under the store's write lock it

1. keeps the damaged file as it was, as ``rmcoach.json.damaged-<time>`` (a hard
   link when possible, so nothing is copied);
2. writes the bad records, exactly as they were, into
   ``rmcoach-set-aside-<time>.json`` in the data folder - an rmcoach export that
   also lists what is wrong with each, so after fixing them by hand
   ``rmcoach import`` brings them back (checked again on the way in);
3. writes the store without them (atomically).

The pair record and the people cannot be set aside (every other record hangs
off them): for those the answer is ``--restore`` or a hand fix.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.records import RecordError, iter_problems, tables

SET_ASIDE_PREFIX = "rmcoach-set-aside-"


@dataclass(frozen=True)
class Inspection:
    """What is wrong with the records of a store file whose shape is sound."""

    data: dict[str, Any]
    problems: tuple[RecordError, ...]

    @property
    def can_set_aside(self) -> bool:
        return bool(self.problems) and not any(
            p.table in (tables.META, tables.PAIR, tables.PEOPLE) for p in self.problems)


def inspect(path: Path) -> Inspection | None:
    """The bad records of the store at ``path`` (None when the file itself is
    missing, unreadable or not an rmcoach store: then there are no records to list)."""
    from rmcoach.storage.store import SCHEMA, StoreError, schema_of, validate_bytes

    try:
        raw = path.read_bytes()
        data = validate_bytes(path, raw, check_records=False)
    except (OSError, StoreError):
        return None
    if schema_of(data) != SCHEMA:
        return None
    return Inspection(data, tuple(iter_problems(data)))


def _free_name(folder: Path, stem: str, suffix: str = "") -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 1
    while os.path.lexists(candidate):
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def set_aside(data_dir: Path) -> tuple[int, Path, Path]:
    """Move every bad record of the store in ``data_dir`` into a file of its own.

    Returns (how many records, the set-aside file, the copy of the damaged file).
    Raises ``StoreError`` with one sentence when there is nothing to do or it
    cannot be done; the store is then left as it was.
    """
    from rmcoach.infra import clock
    from rmcoach.storage import locations
    from rmcoach.storage.store import (
        META, Store, StoreError, _link_or_copy, atomic_write_bytes, now_iso, schema_of,
    )

    data_dir = Path(data_dir)
    store = Store(data_dir)
    store._acquire()
    try:
        found = inspect(store.path)
        if found is None:
            raise StoreError(f"{store.path} is missing or is not an rmcoach data file, so there are no records "
                             "to set aside: run `rmcoach doctor` to see what is wrong.", store.path)
        if not found.problems:
            raise StoreError(f"Every record in {store.path} is fine, so nothing was set aside.", store.path)
        if not found.can_set_aside:
            raise StoreError(f"The header, the pair or its people in {store.path} are damaged, and everything else hangs off "
                             "them, so nothing was set aside: run `rmcoach doctor --restore` to go back to the "
                             "newest good backup.", store.path)
        data = found.data
        bad: dict[str, set[str]] = {}
        for problem in found.problems:
            bad.setdefault(problem.table, set()).add(problem.key)
        moved: dict[str, list[Any]] = {}
        kept = dict(data)
        for table, doc_ids in bad.items():
            keep: dict[str, Any] = {}
            for doc_id, record in data[table].items():
                if doc_id in doc_ids:
                    moved.setdefault(table, []).append(record)
                else:
                    keep[doc_id] = record
            kept[table] = keep
        count = sum(len(v) for v in moved.values())
        still = list(iter_problems(kept))
        if still or not count:
            raise StoreError(f"Setting the bad records of {store.path} aside would not leave a store that opens, "
                             "so nothing was changed: run `rmcoach doctor --restore` instead.", store.path)
        meta = next(iter(data[META].values()))
        stamp = clock.now().strftime("%Y%m%dT%H%M%S")
        pair = next((r for r in (data.get(tables.PAIR) or {}).values() if isinstance(r, dict)), None)
        payload = {
            "format": "rmcoach-export",
            "format_version": 1,
            "schema": schema_of(data),
            "store_uuid": meta.get("store_uuid"),
            "pair_uuid": pair.get("uuid") if pair else None,
            "exported": now_iso(),
            "shared_only": False,
            "set_aside": [
                {"table": p.table, "record": p.record, "field": p.field, "problem": p.problem, "why": str(p)}
                for p in found.problems
            ],
            "tables": moved,
        }
        aside = _free_name(data_dir, f"{SET_ASIDE_PREFIX}{stamp}", ".json")
        damaged = _free_name(data_dir, f"{locations.STORE_NAME}.damaged-{stamp}")
        try:
            _link_or_copy(store.path, damaged)
        except OSError as exc:
            raise StoreError(f"Could not keep a copy of {store.path} ({exc.strerror or exc}), so nothing was "
                             "changed.", store.path) from None
        text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        atomic_write_bytes(aside, text.encode("utf-8"))
        clean = json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write_bytes(store.path, clean)
        return count, aside, damaged
    finally:
        store._release()
