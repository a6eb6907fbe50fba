"""Export the pair's data, and merge another copy of it back in.

A pair who each keep rmcoach on their own laptop bring their records
together with ``rmcoach export`` on one machine and ``rmcoach import`` on the
other.  The merge works record by record, by uuid:

* a record only one side has is added;
* a record both sides have and that is identical is left alone;
* when both changed it, the newer ``updated`` stamp wins (ties broken by
  content so the result never depends on the direction) and the losing
  version is kept in the winner's ``history`` - nothing is silently lost;
* deletions travel as tombstones (``deleted: true``) like any other change.

Merging A into B and B into A gives the same records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rmcoach.infra import clock
from rmcoach.records.privacy import can_see, is_private
from rmcoach.storage.store import META, SCHEMA, Store, StoreError

EXPORT_FORMAT = "rmcoach-export"
EXPORT_VERSION = 1


class ImportRefused(StoreError):
    exit_code = 1


def _canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _pair_record(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any] | None:
    pairs = [r for r in tables.get("pair", []) if not r.get("deleted")]
    return pairs[0] if pairs else None


def export_data(store: Store, *, shared_only: bool = False) -> dict[str, Any]:
    """Everything in the store as one JSON-safe dict (private items dropped if ``shared_only``)."""
    meta = store.meta()
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, docs in sorted(store.raw().items()):
        if name == META:
            continue
        records = [dict(d) for d in docs.values()]
        if shared_only:
            records = [_strip_private_history(r) for r in records if can_see(r, None)]
        tables[name] = records
    pair = _pair_record(tables)
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "schema": meta.get("schema", SCHEMA),
        "store_uuid": meta.get("store_uuid"),
        "pair_uuid": pair["uuid"] if pair else None,
        "exported": clock.now().isoformat(timespec="seconds"),
        "shared_only": shared_only,
        "tables": tables,
    }


def _strip_private_history(record: dict[str, Any]) -> dict[str, Any]:
    history = record.get("history")
    if not history:
        return record
    kept = [h for h in history if not is_private(h.get("version", {}))]
    clean = dict(record)
    clean["history"] = kept
    return clean


def count_private(payload: dict[str, Any]) -> int:
    return sum(1 for records in payload["tables"].values() for r in records if is_private(r))


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def parse_export(text: str, source: str) -> dict[str, Any]:
    """Check an export file; raise ImportRefused with one clear sentence."""
    try:
        payload = json.loads(text)
    except ValueError:
        raise ImportRefused(f"{source} is not valid JSON, so nothing was imported.") from None
    if isinstance(payload, dict) and payload.get("_meta"):
        # a raw store file (rmcoach.json copied from another machine) is accepted too
        payload = _from_store_file(payload, source)
    if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
        raise ImportRefused(f"{source} is not an rmcoach export, so nothing was imported.")
    version = payload.get("format_version")
    schema = payload.get("schema")
    if not isinstance(version, int) or not isinstance(schema, int):
        raise ImportRefused(f"{source} has no readable version, so nothing was imported.")
    if version > EXPORT_VERSION or schema > SCHEMA:
        raise ImportRefused(
            f"{source} was written by a newer rmcoach (schema {schema}); update rmcoach to import it."
        )
    tables = payload.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(v, list) and all(isinstance(r, dict) and isinstance(r.get("uuid"), str) for r in v)
        for v in tables.values()
    ):
        raise ImportRefused(f"{source} has damaged tables, so nothing was imported.")
    return payload


def _from_store_file(data: dict[str, Any], source: str) -> dict[str, Any]:
    from rmcoach.storage.store import validate_bytes

    validate_bytes(__import__("pathlib").Path(source), json.dumps(data).encode())
    meta = next(iter(data[META].values()))
    tables = {name: list(docs.values()) for name, docs in data.items() if name != META}
    pair = _pair_record(tables)
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "schema": meta.get("schema"),
        "store_uuid": meta.get("store_uuid"),
        "pair_uuid": pair["uuid"] if pair else None,
        "tables": tables,
    }


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    unchanged: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    def summary(self) -> str:
        parts = [f"{self.total_added} added", f"{self.total_updated} updated", f"{self.unchanged} already up to date"]
        if self.conflicts:
            parts.append(f"{self.conflicts} changed on both sides (the newer kept, the other in its history)")
        return ", ".join(parts)


def merge_records(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """The merged version of one record changed on both sides (symmetric)."""
    a_core = {k: v for k, v in mine.items() if k != "history"}
    b_core = {k: v for k, v in theirs.items() if k != "history"}
    key_a = (str(a_core.get("updated", "")), _canonical(a_core))
    key_b = (str(b_core.get("updated", "")), _canonical(b_core))
    winner, loser = (a_core, b_core) if key_a >= key_b else (b_core, a_core)
    history: dict[str, dict[str, Any]] = {}
    for entry in list(mine.get("history") or []) + list(theirs.get("history") or []):
        history[_canonical(entry)] = entry
    loser_known = any(_canonical(h.get("version") or {}) == _canonical(loser) for h in history.values())
    if key_a != key_b and not loser_known:
        snapshot = {"at": loser.get("updated"), "by": None, "version": loser, "merged": True}
        history[_canonical(snapshot)] = snapshot
    merged = dict(winner)
    if history:
        merged["history"] = sorted(history.values(), key=lambda h: (str(h.get("at") or ""), _canonical(h)))
    return merged


def import_data(store: Store, payload: dict[str, Any], source: str = "the file") -> MergeReport:
    """Merge ``payload`` (from :func:`parse_export`) into ``store`` in one atomic write."""
    report = MergeReport()
    with store.transaction():
        local_tables = {name: list(docs.values()) for name, docs in store.raw().items() if name != META}
        local_pair = _pair_record(local_tables)
        their_pair = _pair_record(payload["tables"])
        if local_pair and their_pair and local_pair["uuid"] != their_pair["uuid"]:
            raise ImportRefused(
                f"{source} belongs to a different pair, so nothing was imported: "
                "rmcoach keeps one pair per data folder (use --data-dir for another)."
            )
        for table, records in payload["tables"].items():
            if table == META or not table.isidentifier():
                continue
            local = {r["uuid"]: r for r in local_tables.get(table, [])}
            for record in records:
                current = local.get(record["uuid"])
                if current is None:
                    store.put_raw(table, record)
                    report.added[table] = report.added.get(table, 0) + 1
                    continue
                if _canonical(current) == _canonical(record):
                    report.unchanged += 1
                    continue
                merged = merge_records(current, record)
                if _canonical(merged) == _canonical(current):
                    report.unchanged += 1
                    continue
                if any(h.get("merged") for h in merged.get("history", [])) and len(merged.get("history", [])) > len(
                    current.get("history") or []
                ):
                    report.conflicts += 1
                store.put_raw(table, merged)
                report.updated[table] = report.updated.get(table, 0) + 1
    return report


def records_by_uuid(store: Store) -> dict[str, dict[str, str]]:
    """Every record as canonical JSON keyed by table and uuid (for comparing stores)."""
    return {
        name: {d["uuid"]: _canonical(d) for d in docs.values()}
        for name, docs in store.raw().items()
        if name != META
    }
