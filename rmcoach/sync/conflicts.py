"""Changes both laptops made differently to the same field, and choosing between them.

A conflict lives in the shared record itself (``conflicts`` in its doc), so
both laptops list the same ones, numbered the same way, until either laptop
chooses; the choice travels with the next sync and closes it everywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.records import tables as T
from rmcoach.records.privacy import is_private
from rmcoach.storage.store import Store, StoreError
from rmcoach.sync import merge as M
from rmcoach.sync.clock import parse
from rmcoach.sync.repo import SyncError
from rmcoach.sync.state import SyncState, load

LABEL_FIELDS = ("title", "text", "name", "term", "topic", "relationship", "goal", "date")
TABLE_NAMES = {T.ACTIONS: "action item", T.LEARNINGS: "learning", T.SESSIONS: "session", T.SKILLS: "skill",
               T.PEOPLE: "person", T.PAIR: "pair", T.AGREEMENTS: "agreement", T.AGENDA_TOPICS: "agenda topic",
               T.GLOSSARY_TERMS: "glossary term", T.HEALTH_CHECKS: "health check",
               T.SCHEDULE_CHANGES: "schedule change", T.DIAGNOSES: "diagnosis", T.EXERCISES: "trust exercise",
               T.FIRST_MEETING: "first meeting", T.RETROS: "closing retrospective",
               T.READINESS: "readiness reflection"}


@dataclass(frozen=True)
class Option:
    letter: str
    value: Any
    absent: bool
    laptop: str  # the name of the laptop that made this change, when known
    words: str = ""  # how to show it, when the value itself would not say


@dataclass(frozen=True)
class Conflict:
    number: int
    table: str
    uuid: str
    path: list[str]
    label: str
    options: list[Option]


def _short(value: Any, width: int = 70) -> str:
    if value is None or value == "":
        text = "(empty)"
    elif isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show_option(option: Option) -> str:
    if option.words:
        return option.words
    return "(removed)" if option.absent else _short(option.value)


def show_options(options: list[Option], width: int = 70) -> list[str]:
    """Each option as shown side by side: long texts that start alike are shown from a
    little before where they differ ("…where they differ"), so two versions of one
    paragraph never look the same."""
    texts = [" ".join(o.value.split()) if isinstance(o.value, str) and not o.words and not o.absent else None
             for o in options]
    plain = [t for t in texts if t is not None]
    if len(plain) < 2 or all(len(t) <= width for t in plain):
        return [show_option(o) for o in options]
    common = 0
    for chars in zip(*plain):
        if len(set(chars)) != 1:
            break
        common += 1
    start = max(0, common - 20)
    shown = []
    for option, text in zip(options, texts):
        if text is None or start == 0:
            shown.append(show_option(option))
            continue
        tail = "…" + text[start:]
        shown.append(tail if len(tail) <= width else tail[: width - 1] + "…")
    return shown


def open_conflicts(state: SyncState | None, laptops: dict[str, str] | None = None,
                   names: dict[str, str] | None = None) -> list[Conflict]:
    """Every open conflict after the last sync, in a stable order (numbered from 1)."""
    if state is None:
        return []
    if laptops is None:
        laptops = {**state.laptops, state.laptop: f"{state.laptop_name} (this laptop)"}
    names = names or {}
    found: list[Conflict] = []
    chosen = {(c.get("table"), c.get("uuid"), M.canonical(c.get("path"))) for c in state.choices}
    for key in sorted(state.base):
        doc = state.base[key]
        if M.kind(doc) != "full":
            continue
        fields = doc.get("fields") or {}
        label_value = next((fields[f] for f in LABEL_FIELDS if isinstance(fields.get(f), str) and fields[f]), "")
        for item in doc.get("conflicts") or []:
            path = [str(p) for p in item.get("path") or []]
            if (doc["table"], doc["uuid"], M.canonical(path)) in chosen:
                continue  # already chosen here; it goes with the next sync
            raw = list(item.get("options") or [])
            current = M._dig(fields, path) if path != [M.DELETED_PATH] else M.MISSING
            if current is not M.MISSING and all(o.get("absent") or M.canonical(o.get("value")) != M.canonical(current) for o in raw):
                raw.append({"value": current, "clock": ""})
            raw.sort(key=lambda o: (parse(o.get("clock")), M._option_key(o)))
            options = [Option(chr(ord("a") + i), o.get("value"), bool(o.get("absent")),
                              laptops.get(parse(o.get("clock")).laptop, "")) for i, o in enumerate(raw[:26])]
            where = " › ".join(names.get(p, p) for p in path)
            if path == [M.DELETED_PATH]:
                where = "deleted on one laptop, changed on the other"
                options = [Option(o.letter, o.value, o.absent, o.laptop, "delete it" if o.value is True else
                                  "keep it, with the changes") for o in options]
            kind = TABLE_NAMES.get(doc["table"], doc["table"])
            label = f"{kind} “{_short(label_value, 40)}”, {where}" if label_value else f"{kind}, {where}"
            found.append(Conflict(len(found) + 1, doc["table"], doc["uuid"], path, label, options))
    return found


def describe(conflicts: list[Conflict]) -> list[str]:
    lines = []
    for c in conflicts:
        lines.append(f"{c.number}. {c.label}")
        for o, shown in zip(c.options, show_options(c.options)):
            by = f"  (from {o.laptop})" if o.laptop else ""
            lines.append(f"   {c.number}{o.letter}: {shown}{by}")
    return lines


def people_names(store: Store) -> dict[str, str]:
    return {p["uuid"]: str(p.get("name") or "") for p in store.all(T.PEOPLE) if p.get("name")}


def choose(data_dir: Path, spec: str, laptops: dict[str, str] | None = None) -> str:
    """Keep one of a conflict's values (``spec`` like ``1b``); returns what was chosen, in words."""
    match = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z])\s*", spec or "")
    if not match:
        raise SyncError(f"--choose takes a conflict number and a letter, like 1b (got {spec!r}).")
    store = Store(data_dir)
    store.check()
    state = load(data_dir)
    conflicts = open_conflicts(state, laptops, people_names(store))
    number, letter = int(match.group(1)), match.group(2).lower()
    if not conflicts:
        raise SyncError("Nothing is waiting for a decision, so there is nothing to choose.")
    if not 1 <= number <= len(conflicts):
        raise SyncError(f"There is no conflict {number}; `rmcoach sync --conflicts` lists the {len(conflicts)} waiting.")
    conflict = conflicts[number - 1]
    option = next((o for o in conflict.options if o.letter == letter), None)
    if option is None:
        raise SyncError(f"Conflict {number} has no choice {letter}; pick one of "
                        f"{', '.join(conflict.number.__str__() + o.letter for o in conflict.options)}.")
    assert state is not None
    with store.transaction():
        record = store.get(conflict.table, conflict.uuid)
        if record is None or is_private(record):
            raise StoreError("That record is no longer shared here, so there is nothing to choose.")
        top = conflict.path[0]
        value = json.loads(json.dumps(record.get(top))) if top in record else None
        if len(conflict.path) == 1:
            new_top = M.MISSING if option.absent else option.value
        else:
            new_top = value if isinstance(value, dict) else {}
            holder = new_top
            for key in conflict.path[1:-1]:
                holder = holder.setdefault(key, {})
            if option.absent:
                holder.pop(conflict.path[-1], None)
            else:
                holder[conflict.path[-1]] = option.value
        if new_top is M.MISSING:
            kept = {k: v for k, v in record.items() if k != top}
            store.put_raw(conflict.table, kept)
            store.update(conflict.table, conflict.uuid, {}, keep_history=True)
        else:
            store.update(conflict.table, conflict.uuid, {top: new_top}, keep_history=True)
    state.choices.append({"table": conflict.table, "uuid": conflict.uuid, "path": conflict.path})
    state.save()
    return f"kept {show_option(option)} for {conflict.label}"
