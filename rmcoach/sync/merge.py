"""The per-field three-way merge, and the privacy rules around it.

A shared record travels as a *doc*, the JSON written to
``tables/<table>/<uuid>.json`` in the pair's repository::

    {"table": "actions", "uuid": "...",
     "fields": {"text": "...", "status": "done", "due": "2026-12-04", ...},
     "clocks": {"status": "2026-11-30T12:20:00.000Z/000000/ab12cd34", ...},
     "conflicts": [{"path": ["due"], "options": [{"value": "...", "clock": "..."}, ...]}]}

    {"table": "actions", "uuid": "...", "deleted": true, "clock": "..."}    # a tombstone: no content
    {"table": "actions", "uuid": "...", "withdrawn": true, "clock": "..."}  # made private again: no content

Merging a base (what both sides last agreed on) with two changed versions
works field by field: a field only one side changed takes that side's value;
a field both changed to the same value is simply that value; a dictionary
(acknowledgements, ratings, answers) merges key by key; a set (``tags``,
``aliases``, ``history``) keeps what either side added and drops what either
removed; ``updated`` is the later instant.  A field both changed *differently*
keeps both values in ``conflicts`` until the pair chooses one (the field holds
the one with the later clock meanwhile).  A record deleted on one side and
changed on the other stays, with a conflict at ``["deleted"]`` asking whether
to delete it; withdrawing a record (making it private) beats every change:
privacy first.  :func:`merge_docs` gives the same result whichever side is
``a`` and which ``b``.

Privacy by construction: :func:`project` never turns a private record (or a
private version in a record's history) into a doc, and :func:`screen_incoming`
refuses what another laptop may not do: claim a record is private, change who
wrote something, change who the pair is, or touch a record private here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rmcoach.records import tables as T
from rmcoach.records.privacy import is_private
from rmcoach.sync.clock import ZERO, Stamp, instant_ms, parse

SET_FIELDS = frozenset({"tags", "aliases", "history"})
# fields changed and changed back since the last sync (same value, but an edit all the same);
# only ever on this laptop's own doc during a merge, never written anywhere
TOUCHED = "_touched"
DELETED_PATH = "deleted"  # a conflict at ["deleted"]: removed on one laptop, changed on the other
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _eq(x: Any, y: Any) -> bool:
    if x is MISSING or y is MISSING:
        return x is y
    return canonical(x) == canonical(y)


def kind(doc: dict[str, Any] | None) -> str:
    if doc is None:
        return "none"
    if doc.get("deleted"):
        return "deleted"
    if doc.get("withdrawn"):
        return "withdrawn"
    return "full"


def _option_key(option: dict[str, Any]) -> str:
    return "absent" if option.get("absent") else canonical(option.get("value"))


def _conflict_map(doc: dict[str, Any] | None) -> dict[str, dict[str, dict[str, Any]]]:
    """conflicts as {path key: {option key: option}}."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    if doc is None or kind(doc) != "full":
        return out
    for item in doc.get("conflicts") or []:
        if not isinstance(item, dict) or not isinstance(item.get("path"), list):
            continue
        options = {}
        for option in item.get("options") or []:
            if isinstance(option, dict):
                options[_option_key(option)] = option
        if options:
            out[canonical(item["path"])] = options
    return out


def content(doc: dict[str, Any] | None) -> str:
    """What a doc says, leaving out its clocks (two docs with the same content agree)."""
    k = kind(doc)
    if k != "full":
        return k
    assert doc is not None
    conflicts = {p: sorted(opts) for p, opts in _conflict_map(doc).items()}
    return canonical([doc.get("fields") or {}, conflicts, sorted(doc.get(TOUCHED) or [])])


def same(x: dict[str, Any] | None, y: dict[str, Any] | None) -> bool:
    return x is y or content(x) == content(y)


def unchanged(x: dict[str, Any] | None, base: dict[str, Any] | None) -> bool:
    """``x`` is ``base`` untouched: the same content and the same clocks (a field written again
    with the value it had still carries a newer clock, and counts as a change)."""
    if x is base:
        return True
    if not same(x, base) or x is None or base is None:
        return False
    if kind(x) == "full":
        return (x.get("clocks") or {}) == (base.get("clocks") or {})
    return x.get("clock") == base.get("clock")


def doc_stamps(doc: dict[str, Any] | None) -> list[Stamp]:
    if doc is None:
        return []
    stamps = [parse(doc.get("clock"))] + [parse(c) for c in (doc.get("clocks") or {}).values()]
    for options in _conflict_map(doc).values():
        stamps.extend(parse(o.get("clock")) for o in options.values())
    return [s for s in stamps if s != ZERO]


def _max_clock(*clocks: Any) -> str:
    stamps = [c for c in clocks if isinstance(c, str) and parse(c) != ZERO]
    return max(stamps, key=parse) if stamps else ""


# --------------------------------------------------------------------------- merging
def _set3(base: Any, a: Any, b: Any) -> list[Any]:
    def keyed(v: Any) -> dict[str, Any]:
        return {canonical(x): x for x in v} if isinstance(v, list) else {}

    kb, ka, kt = keyed(base), keyed(a), keyed(b)
    keep = {k: v for k, v in {**ka, **kt}.items()
            if (k in ka and k in kt) or (k in ka and k not in kb) or (k in kt and k not in kb)}
    items = list(keep.values())
    if all(isinstance(x, dict) and "at" in x for x in items):  # history: oldest first
        return sorted(items, key=lambda h: (instant_ms(h.get("at")) or 0, canonical(h)))
    return sorted(items, key=canonical)


def _pick(av: Any, ac: str, bv: Any, bc: str) -> Any:
    """The interim value of a conflict: the later clock, ties by content (symmetric)."""
    ka = (parse(ac), "" if av is MISSING else canonical(av))
    kb = (parse(bc), "" if bv is MISSING else canonical(bv))
    return av if ka >= kb else bv


def _option(value: Any, clock: str) -> dict[str, Any]:
    if value is MISSING:
        return {"absent": True, "clock": clock}
    return {"value": value, "clock": clock}


def _merge_value(path: list[str], bv: Any, av: Any, tv: Any, ac: str, tc: str,
                 conflicts: list[tuple[list[str], list[dict[str, Any]]]],
                 a_touched: bool = False, b_touched: bool = False) -> Any:
    if _eq(av, tv):
        return av
    if _eq(av, bv) and not a_touched:
        return tv
    if _eq(tv, bv) and not b_touched:
        return av
    name = path[0]
    if len(path) == 1 and name == "updated":
        present = [v for v in (av, tv) if v is not MISSING]
        return max(present, key=lambda v: (instant_ms(v) or 0, canonical(v)))
    if len(path) == 1 and name in SET_FIELDS and all(v is MISSING or isinstance(v, list) for v in (av, tv, bv)):
        return _set3(bv, av, tv)
    if isinstance(av, dict) and isinstance(tv, dict) and (bv is MISSING or isinstance(bv, dict)):
        base = bv if isinstance(bv, dict) else {}
        out = {}
        for key in sorted(set(av) | set(tv) | set(base)):
            value = _merge_value(path + [key], base.get(key, MISSING), av.get(key, MISSING),
                                 tv.get(key, MISSING), ac, tc, conflicts)
            if value is not MISSING:
                out[key] = value
        return out
    conflicts.append((path, [_option(av, ac), _option(tv, tc)]))
    return _pick(av, ac, tv, tc)


def _dig(fields: dict[str, Any], path: list[str]) -> Any:
    value: Any = fields
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return MISSING
        value = value[key]
    return value


def _merge_options(x: dict[str, dict[str, Any]], y: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = dict(x)
    for key, option in y.items():
        if key in out:
            out[key] = dict(out[key], clock=_max_clock(out[key].get("clock"), option.get("clock")))
        else:
            out[key] = option
    return out


def merge_docs(base: dict[str, Any] | None, a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    """The three-way merge of one record's docs.  ``None`` = that side has nothing for it."""
    a = base if a is None else a
    b = base if b is None else b
    if a is None or b is None:
        return a if b is None else b
    if a is b:
        return a
    if same(a, b):
        return _combine(a, b)
    if unchanged(a, base):
        return b
    if unchanged(b, base):
        return a
    ka, kb = kind(a), kind(b)
    if "withdrawn" in (ka, kb) or (ka == "deleted" and kb == "deleted"):
        gone = "withdrawn" if "withdrawn" in (ka, kb) else "deleted"
        clock = _max_clock(*(d.get("clock") for d in (a, b) if kind(d) == gone))
        return {"table": a["table"], "uuid": a["uuid"], gone: True, "clock": clock}
    if "deleted" in (ka, kb):
        # deleted on one laptop, changed on the other: keep it, and ask whether to delete it
        dropped, kept = (a, b) if ka == "deleted" else (b, a)
        clock = _max_clock(*(kept.get("clocks") or {}).values())
        held = _conflict_map(kept)
        held[canonical([DELETED_PATH])] = {"true": {"value": True, "clock": dropped.get("clock") or ""},
                                           "false": {"value": False, "clock": clock}}
        return dict(kept, conflicts=_conflict_list(held))
    return _merge_full(base if kind(base) == "full" else None, a, b)


def _combine(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Two docs with the same content: keep the later clock of each field (symmetric)."""
    if kind(a) != "full":
        return dict(a, clock=_max_clock(a.get("clock"), b.get("clock")))
    ca, cb = a.get("clocks") or {}, b.get("clocks") or {}
    if ca == cb and a.get("conflicts") == b.get("conflicts"):
        return a
    merged = dict(a)
    merged["clocks"] = {k: _max_clock(ca.get(k), cb.get(k)) for k in sorted(set(ca) | set(cb))}
    ma, mb = _conflict_map(a), _conflict_map(b)
    if ma or mb:
        merged["conflicts"] = _conflict_list({p: _merge_options(ma.get(p, {}), mb.get(p, {})) for p in set(ma) | set(mb)})
    return merged


def _conflict_list(mapping: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    return [{"path": json.loads(p), "options": [opts[k] for k in sorted(opts)]}
            for p, opts in sorted(mapping.items()) if len(opts) > 1]


def _merge_full(base: dict[str, Any] | None, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    bf = (base or {}).get("fields") or {}
    af, tf = a.get("fields") or {}, b.get("fields") or {}
    ac, tc = a.get("clocks") or {}, b.get("clocks") or {}
    found: list[tuple[list[str], list[dict[str, Any]]]] = []
    fields: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    bc = (base or {}).get("clocks") or {}
    ta, tb = set(a.get(TOUCHED) or ()), set(b.get(TOUCHED) or ())
    for name in sorted(set(af) | set(tf) | set(bf)):
        # written again with the value it had: a change all the same (its clock moved on)
        a_again = name in ta or (name in bc and name in ac and ac[name] != bc[name])
        b_again = name in tb or (name in bc and name in tc and tc[name] != bc[name])
        value = _merge_value([name], bf.get(name, MISSING), af.get(name, MISSING), tf.get(name, MISSING),
                             ac.get(name, ""), tc.get(name, ""), found, a_again, b_again)
        if value is not MISSING:
            fields[name] = value
    for name in sorted(set(ac) | set(tc)):
        clocks[name] = _max_clock(ac.get(name), tc.get(name))
    # conflicts: the list itself merges three ways (one side choosing removes one)
    mb, ma, mt = _conflict_map(base), _conflict_map(a), _conflict_map(b)
    merged: dict[str, dict[str, dict[str, Any]]] = {}
    for key in set(ma) | set(mt) | set(mb):
        xa, xt, xb = ma.get(key), mt.get(key), mb.get(key)
        if _eq(_keys(xa), _keys(xt)):
            result = _merge_options(xa or {}, xt or {}) if xa is not None else None
        elif _eq(_keys(xa), _keys(xb)):
            result = xt
        elif _eq(_keys(xt), _keys(xb)):
            result = xa
        else:
            result = _merge_options(xa or {}, xt or {})
        if result:
            merged[key] = result
    for path, offered in found:
        key = canonical(path)
        merged[key] = _merge_options(merged.get(key, {}), {_option_key(o): o for o in offered})
    # the value the field holds now is always one of the choices
    for key, options in merged.items():
        path = json.loads(key)
        if path == [DELETED_PATH]:
            continue
        current = _dig(fields, path)
        clock = clocks.get(path[0], "")
        merged[key] = _merge_options(options, {_option_key(_option(current, clock)): _option(current, clock)})
    doc: dict[str, Any] = {"table": a["table"], "uuid": a["uuid"], "fields": fields, "clocks": clocks}
    conflicts = _conflict_list(merged)
    if conflicts:
        doc["conflicts"] = conflicts
    return doc


def _keys(options: dict[str, Any] | None) -> list[str] | None:
    return None if options is None else sorted(options)


def new_conflicts(before: dict[str, Any] | None, after: dict[str, Any] | None) -> int:
    """How many conflicts ``after`` has that ``before`` did not."""
    old = _conflict_map(before)
    return sum(1 for p, opts in _conflict_map(after).items() if p not in old or set(opts) - set(old[p]))


# --------------------------------------------------------------------------- store records <-> docs
def shareable_history(history: Any) -> Any:
    """A record's history without any version that was private when it was written."""
    if not isinstance(history, list):
        return history
    return [h for h in history if not (isinstance(h, dict) and isinstance(h.get("version"), dict)
                                       and is_private(h["version"]))]


def shared_fields(record: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in record.items() if k not in ("uuid", "deleted", "withdrawn")}
    if "history" in fields:
        fields["history"] = shareable_history(fields["history"])
    return fields


def project(table: str, record: dict[str, Any], base: dict[str, Any] | None,
            stamp: Callable[[], str], choices: Iterable[list[str]] = ()) -> dict[str, Any] | None:
    """This laptop's version of a record as a doc, ready to merge (None: nothing to share).

    A field that differs from ``base`` (what was last synced) gets a fresh stamp;
    the others keep the base's.  A private record becomes at most a content-free
    "withdrawn" doc (only when it was shared before), never its text."""
    uuid = record["uuid"]
    bk = kind(base)
    if is_private(record) or record.get("withdrawn"):
        if bk == "none":
            return None
        if bk in ("withdrawn", "deleted"):
            return base
        return {"table": table, "uuid": uuid, "withdrawn": True, "clock": stamp()}
    if record.get("deleted"):
        if bk == "deleted":
            return base
        if bk == "none":
            return None  # created and deleted between two syncs: nothing to tell
        return {"table": table, "uuid": uuid, "deleted": True, "clock": stamp()}
    fields = shared_fields(record)
    base_fields = (base or {}).get("fields") or {} if bk == "full" else {}
    base_clocks = (base or {}).get("clocks") or {} if bk == "full" else {}
    touched = _changed_back(record, base_fields) if bk == "full" else set()
    clocks: dict[str, str] = {}
    for name in sorted(set(fields) | set(base_fields)):
        if name in base_clocks and name not in touched and _eq(fields.get(name, MISSING), base_fields.get(name, MISSING)):
            clocks[name] = base_clocks[name]
        else:
            clocks[name] = stamp()
    doc: dict[str, Any] = {"table": table, "uuid": uuid, "fields": fields, "clocks": clocks}
    touched = {name for name in touched if _eq(fields.get(name, MISSING), base_fields.get(name, MISSING))}
    if touched:
        doc[TOUCHED] = sorted(touched)
    if bk == "full":
        chosen = {canonical(list(p)) for p in choices}
        kept = {p: o for p, o in _conflict_map(base).items() if p not in chosen}
        if kept:
            doc["conflicts"] = _conflict_list(kept)
    return doc


def _changed_back(record: dict[str, Any], base_fields: dict[str, Any]) -> set[str]:
    """Fields this laptop changed since the last sync and then set back to the synced value
    (the record's own history shows the versions in between)."""
    history = record.get("history")
    if not isinstance(history, list):
        return set()
    synced_history = base_fields.get("history")
    if len(history) == len(synced_history if isinstance(synced_history, list) else []):
        return set()  # no version was added since (each edit that keeps history adds one)
    synced = {canonical(h) for h in synced_history or []}
    found: set[str] = set()
    for entry in history:
        version = entry.get("version") if isinstance(entry, dict) else None
        if not isinstance(version, dict) or canonical(entry) in synced:
            continue
        for name, value in version.items():
            if name not in ("updated", "uuid", "history") and not _eq(value, base_fields.get(name, MISSING)):
                found.add(name)
    return found


def settle_clocks(merged: dict[str, Any], theirs: dict[str, Any] | None, mine: dict[str, Any] | None) -> dict[str, Any]:
    """Where the merge kept the value the repository already has, keep its clock too (unless
    this laptop wrote that value again): clocks then move only with real changes, so a laptop
    that replaces a value it has seen is never mistaken for a rival change."""
    if kind(merged) != "full" or kind(theirs) != "full":
        return merged
    assert theirs is not None
    again = set((mine or {}).get(TOUCHED) or ())
    tf, tc = theirs.get("fields") or {}, theirs.get("clocks") or {}
    clocks = dict(merged.get("clocks") or {})
    for name, value in (merged.get("fields") or {}).items():
        if name not in again and name in tc and name in tf and _eq(value, tf[name]):
            clocks[name] = tc[name]
    if clocks == merged.get("clocks"):
        return merged
    settled = dict(merged, clocks=clocks)
    return theirs if same(settled, theirs) and clocks == tc else settled


def without_marks(doc: dict[str, Any]) -> dict[str, Any]:
    """A doc as it is written to the repository (no merge-time marks)."""
    return {k: v for k, v in doc.items() if k != TOUCHED} if TOUCHED in doc else doc


def to_record(doc: dict[str, Any], local: dict[str, Any] | None) -> dict[str, Any]:
    """The store record for a merged doc (keeping this laptop's own private history)."""
    k = kind(doc)
    if k != "full":
        record = {"uuid": doc["uuid"], "deleted": True}
        if local and "created" in local:
            record["created"] = local["created"]
        if local and "updated" in local:
            record["updated"] = local["updated"]
        if k == "withdrawn":
            record["withdrawn"] = True
        return record
    record = {"uuid": doc["uuid"], **(doc.get("fields") or {})}
    if local and isinstance(local.get("history"), list):
        private = [h for h in local["history"] if h not in (shareable_history(local["history"]) or [])]
        if private:  # after the shared ones, whose order must stay exactly as synced
            record["history"] = list(record.get("history") or []) + private
    return record


# --------------------------------------------------------------------------- what may come in
def clean_doc(doc: Any) -> dict[str, Any] | None:
    """A doc read from the repository, checked for shape (None: damaged, e.g. edited by hand)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("table"), str) or not isinstance(doc.get("uuid"), str):
        return None
    head = {"table": doc["table"], "uuid": doc["uuid"]}
    for gone in ("deleted", "withdrawn"):
        if doc.get(gone) is True:
            clock = doc.get("clock")
            return {**head, gone: True, "clock": clock if isinstance(clock, str) else ""}
    fields = doc.get("fields")
    if not isinstance(fields, dict):
        return None
    raw_clocks = doc.get("clocks")
    clocks = raw_clocks if isinstance(raw_clocks, dict) else {}
    out: dict[str, Any] = {**head, "fields": fields,
                           "clocks": {k: v for k, v in clocks.items() if isinstance(k, str) and isinstance(v, str)}}
    conflicts = []
    raw_conflicts = doc.get("conflicts")
    for item in raw_conflicts if isinstance(raw_conflicts, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("path"), list) or not item["path"] \
                or not all(isinstance(p, str) for p in item["path"]) or not isinstance(item.get("options"), list):
            continue
        options = [o for o in item["options"] if isinstance(o, dict) and ("value" in o or o.get("absent") is True)]
        if len(options) > 1:
            conflicts.append({"path": item["path"], "options": options})
    if conflicts:
        out["conflicts"] = conflicts
    return out


@dataclass
class PairFacts:
    """Who the pair is on this laptop (None before joining)."""

    pair_uuid: str | None
    people: tuple[str, ...] = ()


@dataclass
class Screened:
    doc: dict[str, Any] | None  # what to merge (the base when the change was refused)
    refused: list[str] = field(default_factory=list)  # why, for each refused change


def screen_incoming(table: str, uuid: str, incoming: dict[str, Any] | None, base: dict[str, Any] | None,
                    local: dict[str, Any] | None, facts: PairFacts) -> Screened:
    """Keep only what another laptop may legitimately change."""
    if incoming is None or same(incoming, base):
        return Screened(incoming)
    refused: list[str] = []
    k = kind(incoming)
    if local is not None and is_private(local):
        if k != "full":
            return Screened(base)  # removed elsewhere while private here: it simply stays here
        return Screened(base, ["a change to a record that is private on this laptop"])
    if k == "full":
        fields = incoming.get("fields") or {}
        if is_private(fields):
            return Screened(base, ["a private record: those stay on their author's laptop"])
        if not isinstance(fields, dict):
            return Screened(base, ["a damaged record"])
    if table == T.PAIR:
        if facts.pair_uuid and uuid != facts.pair_uuid:
            return Screened(base, ["a second pair"])
        if k != "full":
            return Screened(base, ["removing the pair"])
    if table == T.PEOPLE and facts.pair_uuid and uuid not in facts.people:
        return Screened(base, ["a person who is not one of the pair"])
    if table == T.PEOPLE and k != "full":
        return Screened(base, ["removing one of the pair"])
    if k != "full":
        return Screened(incoming)
    fields = dict(incoming["fields"])
    known = local if local is not None and not local.get("deleted") else ((base or {}).get("fields") if kind(base) == "full" else None)
    if table == T.PAIR and facts.pair_uuid and known is not None and not _eq(fields.get("people", MISSING), known.get("people", MISSING)):
        fields["people"] = known.get("people")
        refused.append("a change to who the pair is")
    if known is not None and "author" in known and not _eq(fields.get("author", MISSING), known.get("author", MISSING)):
        fields["author"] = known["author"]
        refused.append("a change to who wrote a record")
    elif known is None and facts.people and fields.get("author") not in (None, *facts.people):
        return Screened(base, ["a record written by someone outside the pair"])
    if "history" in fields:
        fields["history"] = shareable_history(fields["history"])
    if refused or fields != incoming["fields"]:
        return Screened(dict(incoming, fields=fields), refused)
    return Screened(incoming)
