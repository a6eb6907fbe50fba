"""Export the pair's data, and merge another copy of it back in.

``rmcoach export`` writes a complete, versioned JSON copy; ``rmcoach import``
merges one back, by uuid, with the same per-field merge as ``rmcoach sync``
(:mod:`rmcoach.sync.merge`):

* a record only one side has is added (subject to the privacy rules below);
* a record both sides changed is merged field by field against the latest
  version both have seen (from their histories): ticking an action done on
  one laptop and moving its due date on the other keeps both;
* a field both changed differently keeps the later change (compared as UTC
  instants, whatever offset each laptop wrote) and both versions stay in the
  record's history - nothing is silently lost, and no entry is ever doubled;
* deletions travel as tombstones (``deleted: true``).

Merging A into B and B into A gives the same records.  A file from another
pair is refused whole; a file from the other laptop cannot bring private
records in, touch a record private here, change who wrote something, or
change who the pair is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rmcoach.records import tables as T
from rmcoach.infra import clock
from rmcoach.records.privacy import can_see, is_private
from rmcoach.storage.store import META, SCHEMA, Store, StoreError, tombstone_of

EXPORT_FORMAT = "rmcoach-export"
EXPORT_VERSION = 1


class ImportRefused(StoreError):
    exit_code = 1


def _canonical(record: object) -> str:
    """Canonical JSON text of a record (or of any JSON value, e.g. a missing version: None)."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _pair_record(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any] | None:
    pairs = [r for r in tables.get(T.PAIR, []) if not r.get("deleted")]
    return pairs[0] if pairs else None


def export_data(store: Store, *, shared_only: bool = False) -> dict[str, Any]:
    """Everything in the store as one JSON-safe dict (private items dropped if ``shared_only``)."""
    meta = store.meta()
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, docs in sorted(store.raw().items()):
        if name == META:
            continue
        # a deleted item travels as its tombstone only, whatever an older rmcoach left in it
        records = [tombstone_of(d) if d.get("deleted") else dict(d) for d in docs.values()]
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
    except RecursionError:
        raise ImportRefused(f"{source} is nested too deeply to be an rmcoach export, so nothing was imported.") from None
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
    _refuse_bad_records(tables, source)
    return payload


def _refuse_bad_records(tables: dict[str, Any], source: str, shown: int = 5) -> None:
    """Every record must convert to its typed record; list the ones that do not."""
    from rmcoach import records

    # people are checked against the file's own people table; a file without one
    # (records set aside by `doctor`) is checked against the store when it is saved
    refs = records.refs_of(tables) if tables.get(records.tables.PEOPLE) else records.Refs()
    found = list(records.iter_problems(tables, refs))
    if not found:
        return
    listed = "; ".join(str(p) for p in found[:shown])
    if len(found) > shown:
        listed += f"; and {len(found) - shown} more"
    many = f"{len(found)} records" if len(found) > 1 else "a record"
    raise ImportRefused(f"{source} holds {many} rmcoach cannot accept, so nothing was imported ({listed}).")


def _from_store_file(data: dict[str, Any], source: str) -> dict[str, Any]:
    from rmcoach.storage.store import validate_bytes

    validate_bytes(__import__("pathlib").Path(source), json.dumps(data).encode(), check_records=False)
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
    refused: list[str] = field(default_factory=list)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    def summary(self) -> str:
        parts = [f"{self.total_added} added", f"{self.total_updated} updated", f"{self.unchanged} already up to date"]
        if self.conflicts:
            parts.append(f"{self.conflicts} changed differently on both sides (the later change kept, "
                         "the other in its history)")
        if self.refused:
            parts.append(f"{len(self.refused)} refused ({self.refused[0]})")
        return ", ".join(parts)


def _core(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "history"}


def _as_doc(table: str, record: dict[str, Any], *, history: bool = True) -> dict[str, Any]:
    """A store record as a sync doc whose every field carries the record's own edit time
    (as a UTC instant, so stamps written with different offsets compare correctly)."""
    from rmcoach.sync.clock import Stamp, instant_ms

    if record.get("deleted"):
        return {"table": table, "uuid": record["uuid"], "deleted": True,
                "clock": str(Stamp(instant_ms(record.get("updated")) or 0, 0, ""))}
    fields = {k: v for k, v in record.items() if k != "uuid" and (history or k != "history")}
    stamp = str(Stamp(instant_ms(record.get("updated")) or 0, 0, ""))
    return {"table": table, "uuid": record["uuid"], "fields": fields, "clocks": {k: stamp for k in fields}}


def _common_base(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any] | None:
    """The latest version both copies have seen (from their histories), if any."""
    from rmcoach.sync.clock import instant_ms

    def versions(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
        found = {_canonical(h["version"]): h["version"] for h in record.get("history") or []
                 if isinstance(h, dict) and isinstance(h.get("version"), dict)}
        found[_canonical(_core(record))] = _core(record)
        return found

    a, b = versions(mine), versions(theirs)
    shared = [a[k] for k in a.keys() & b.keys()]
    if not shared:
        return None
    return max(shared, key=lambda v: (instant_ms(v.get("updated")) or 0, _canonical(v)))


def merge_records(table: str, mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """One record changed on both copies, merged field by field (the same merge as sync).

    The base is the latest version both have seen (their histories tell); a field only
    one side changed since then takes that side's value, dictionaries merge per key, sets
    and history as unions (so no history entry is ever doubled).  A field both changed
    differently (or any differing field when there is no common version) takes the later
    change, measured as a UTC instant, and both whole versions are kept in the history.
    Returns (merged record, whether anything conflicted).  Symmetric in mine/theirs."""
    from rmcoach.sync import merge as M

    history = M._set3(M.MISSING, list(mine.get("history") or []), list(theirs.get("history") or []))
    if mine.get("deleted") or theirs.get("deleted"):
        gone = [r for r in (mine, theirs) if r.get("deleted")]
        # a deletion wins, as a tombstone: no content and no history (nor the other side's words)
        return tombstone_of(max(gone, key=lambda r: _canonical(_core(r)))), False
    base = _common_base(mine, theirs)
    base_doc = _as_doc(table, dict(base, uuid=mine["uuid"]), history=False) if base is not None else None
    a, b = _as_doc(table, mine, history=False), _as_doc(table, theirs, history=False)
    if base_doc is not None:  # a field still as in the common version keeps that version's clock
        for side in (a, b):
            for name, value in side["fields"].items():
                if name in base_doc["fields"] and M._eq(value, base_doc["fields"][name]):
                    side["clocks"][name] = base_doc["clocks"][name]
    merged = M.merge_docs(base_doc, a, b)
    assert merged is not None
    if M.kind(merged) != "full":
        return dict(mine), False
    record = {"uuid": mine["uuid"], **(merged.get("fields") or {})}
    conflicted = bool(merged.get("conflicts"))
    if conflicted:
        known = {_canonical(h.get("version")) for h in history if isinstance(h, dict)}
        for side in (_core(mine), _core(theirs)):
            if _canonical(side) != _canonical(_core(record)) and _canonical(side) not in known:
                history.append({"at": side.get("updated"), "by": None, "version": side, "merged": True})
                known.add(_canonical(side))
        history = M._set3(M.MISSING, history, history)
    if history:
        record["history"] = history
    return record, conflicted


def _people_of(tables: dict[str, list[dict[str, Any]]]) -> set[str]:
    return {r["uuid"] for r in tables.get(T.PEOPLE, []) if not r.get("deleted")}


def import_data(store: Store, payload: dict[str, Any], source: str = "the file") -> MergeReport:
    """Merge ``payload`` (from :func:`parse_export`) into ``store`` in one atomic write.

    A copy of this very store (the same store uuid, e.g. a backup) or a copy into an
    empty folder is taken whole.  Anything else is the other laptop's copy, and follows
    the same rules as sync: nothing private comes in, a record private here is not
    touched, nobody's authorship changes, and the pair stays who it is."""
    from rmcoach.sync import merge as M

    report = MergeReport()
    with store.transaction():
        raw = store.raw()
        local_tables = {name: list(docs.values()) for name, docs in raw.items() if name != META}
        local_pair = _pair_record(local_tables)
        their_pair = _pair_record(payload["tables"])
        foreign_people = _people_of(payload["tables"]) - set(local_pair.get("people") or []) if local_pair else set()
        if local_pair and ((their_pair and local_pair["uuid"] != their_pair["uuid"]) or foreign_people):
            raise ImportRefused(
                f"{source} belongs to a different pair, so nothing was imported: "
                "rmcoach keeps one pair per data folder (use --data-dir for another)."
            )
        trusted = local_pair is None or (payload.get("store_uuid") and payload.get("store_uuid") == store.meta().get("store_uuid"))
        facts = M.PairFacts(local_pair["uuid"], tuple(local_pair.get("people") or [])) if local_pair else M.PairFacts(None)
        writes: list[tuple[str, dict[str, Any]]] = []
        for table, records in payload["tables"].items():
            if table == META or not table.isidentifier():
                continue
            local = {r["uuid"]: r for r in local_tables.get(table, [])}
            for incoming in records:
                if incoming.get("deleted"):  # an export from an older rmcoach may carry a full tombstone
                    incoming = tombstone_of(incoming)
                current = local.get(incoming["uuid"])
                if not trusted:
                    screened = M.screen_incoming(table, incoming["uuid"], _as_doc(table, incoming),
                                                 _as_doc(table, current) if current is not None else None,
                                                 current, facts)
                    if screened.refused:
                        report.refused.extend(screened.refused)
                    if screened.doc is None or (current is not None and M.kind(screened.doc) == "full"
                                                and screened.doc.get("fields") == _as_doc(table, current).get("fields")):
                        if not screened.refused:
                            report.unchanged += 1
                        continue
                    if M.kind(screened.doc) == "full":
                        incoming = {"uuid": incoming["uuid"], **screened.doc["fields"]}
                if current is None:
                    writes.append((table, incoming))
                    local[incoming["uuid"]] = incoming
                    report.added[table] = report.added.get(table, 0) + 1
                    continue
                if _canonical(current) == _canonical(incoming):
                    report.unchanged += 1
                    continue
                merged, conflicted = merge_records(table, current, incoming)
                if _canonical(merged) == _canonical(current):
                    report.unchanged += 1
                    continue
                report.conflicts += conflicted
                writes.append((table, merged))
                local[incoming["uuid"]] = merged
                report.updated[table] = report.updated.get(table, 0) + 1
        store.put_raw_many(writes)
    return report


def records_by_uuid(store: Store) -> dict[str, dict[str, str]]:
    """Every record as canonical JSON keyed by table and uuid (for comparing stores)."""
    return {
        name: {d["uuid"]: _canonical(d) for d in docs.values()}
        for name, docs in store.raw().items()
        if name != META
    }
