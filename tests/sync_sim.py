"""Simulated laptops for the sync tests: each one a data folder with its own (skewed)
clock, all syncing with one bare repository, and a ledger of who changed what and
what each laptop knew at the time (to tell a superseded edit from a lost one)."""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmcoach.infra import clock
from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.records.privacy import is_private
from rmcoach.storage.store import Store
from rmcoach.sync import merge as M
from rmcoach.sync.engine import sync
from rmcoach.sync.state import load

START = _dt.datetime(2026, 11, 2, 9, 0, tzinfo=_dt.timezone.utc)


@dataclass
class Edit:
    id: int
    laptop: int
    uuid: str
    field: str
    value: Any
    seen: frozenset = frozenset()  # the values of this field the laptop knew when it made this edit


@dataclass
class Laptop:
    index: int
    folder: Path
    person: str
    skew: _dt.timedelta = _dt.timedelta(0)
    zone: _dt.timezone = _dt.timezone.utc
    offline: bool = False
    known: set[int] = field(default_factory=set)

    @property
    def store(self) -> Store:
        return Store(self.folder)


class World:
    def __init__(self, root: Path, laptops: int) -> None:
        self.root = root
        self.remote = root / "shared.git"
        self.now = START
        self.counter = itertools.count(1)
        self.edits: list[Edit] = []
        self.repo_known: set[int] = set()
        self.private_texts: dict[str, int] = {}  # text written while its record was private -> laptop
        self.exposed: set[str] = set()
        self.untracked: set[str] = set()  # records ever deleted or made private: edits there follow those rules
        first = root / "laptop0"
        self.at(None)
        pair = create_pair(Store(first), people=(PersonInput("Dr Ada Okafor", "Consultant"), PersonInput("Sam Lee", "Analyst")),
                           relationship="Tech exchange")
        people = [p.uuid for p in pair.people]
        self.laptops = [Laptop(i, root / f"laptop{i}", people[i % 2]) for i in range(laptops)]
        store = Store(first)
        self.actions = []
        for n in range(2):
            rec = store.insert("actions", {"text": f"Action {n}", "owner": people[n % 2], "due": "2026-12-01",
                                           "status": "open", "author": people[0], "visibility": "shared"})
            self.actions.append(rec["uuid"])
        self.sync(0, connect=True)
        for i in range(1, laptops):
            self.sync(i, connect=True)

    # ------------------------------------------------------------------ clocks
    def at(self, laptop: Laptop | None) -> None:
        moment = self.now + (laptop.skew if laptop else _dt.timedelta(0))
        clock.freeze(moment.astimezone(laptop.zone if laptop else _dt.timezone.utc))

    def tick(self, minutes: int) -> None:
        self.now += _dt.timedelta(minutes=minutes)

    # ------------------------------------------------------------------ edits
    def _record(self, laptop: Laptop, table: str, uuid: str) -> dict[str, Any] | None:
        return laptop.store.get(table, uuid)

    def _note(self, laptop: Laptop, uuid: str, name: str, value: Any) -> None:
        # this edit knowingly replaces every value of the field this laptop had seen; an edit
        # anywhere, before or after, that wrote one of those same values is replaced by it too
        # (the merge compares values, as git does: writing a value the field already had
        # elsewhere is no news)
        seen = frozenset(M.canonical(old.value) for old in self.edits
                         if old.uuid == uuid and old.field == name and old.id in laptop.known)
        e = Edit(next(self.counter), laptop.index, uuid, name, value, seen)
        self.edits.append(e)
        laptop.known.add(e.id)

    def candidates(self, laptop: Laptop, table: str) -> list[dict[str, Any]]:
        return sorted((r for r in laptop.store.all(table) if not is_private(r) or r.get("author") == laptop.person),
                      key=lambda r: r["uuid"])

    def add_learning(self, i: int, private: bool) -> None:
        laptop = self.laptops[i]
        self.at(laptop)
        text = f"{'secret' if private else 'note'}-{next(self.counter)}-{i}"
        rec = laptop.store.insert("learnings", {"text": text, "by": laptop.person, "author": laptop.person, "tags": [],
                                                "skill": None, "on": clock.today().isoformat(),
                                                "visibility": "private" if private else "shared"})
        if private:
            self.private_texts[text] = i
        self._note(laptop, rec["uuid"], "text", text)

    def edit_text(self, i: int, pick: int) -> None:
        laptop = self.laptops[i]
        found = self.candidates(laptop, "learnings")
        if not found:
            return
        rec = found[pick % len(found)]
        self.at(laptop)
        private = is_private(rec)
        text = f"{'secret' if private else 'edit'}-{next(self.counter)}-{i}"
        laptop.store.update("learnings", rec["uuid"], {"text": text}, keep_history=True, by=laptop.person)
        if private:
            self.private_texts[text] = i
        self._note(laptop, rec["uuid"], "text", text)

    def tag(self, i: int, pick: int, tag: str) -> None:
        laptop = self.laptops[i]
        found = [r for r in self.candidates(laptop, "learnings") if not is_private(r)]
        if not found:
            return
        rec = found[pick % len(found)]
        self.at(laptop)
        laptop.store.update("learnings", rec["uuid"], {"tags": sorted(set(rec.get("tags") or []) | {tag})})
        self._note(laptop, rec["uuid"], f"tag:{tag}", True)

    def edit_action(self, i: int, pick: int, name: str, value: str) -> None:
        laptop = self.laptops[i]
        rec = self._record(laptop, "actions", self.actions[pick % len(self.actions)])
        if rec is None or rec.get(name) == value:
            return
        self.at(laptop)
        laptop.store.update("actions", rec["uuid"], {name: value}, keep_history=True, by=laptop.person)
        self._note(laptop, rec["uuid"], name, value)

    def delete(self, i: int, pick: int) -> None:
        laptop = self.laptops[i]
        found = [r for r in self.candidates(laptop, "learnings") if not is_private(r)]
        if not found:
            return
        rec = found[pick % len(found)]
        self.at(laptop)
        laptop.store.delete("learnings", rec["uuid"])
        self.untracked.add(rec["uuid"])

    def toggle(self, i: int, pick: int) -> None:
        laptop = self.laptops[i]
        found = [r for r in self.candidates(laptop, "learnings") if r.get("author") == laptop.person]
        if not found:
            return
        rec = found[pick % len(found)]
        self.at(laptop)
        now_private = not is_private(rec)
        laptop.store.update("learnings", rec["uuid"], {"visibility": "private" if now_private else "shared"},
                            keep_history=True, by=laptop.person)
        self.untracked.add(rec["uuid"])
        if now_private:
            return
        # made shared: what it says now may leave this laptop from the next sync on

    # ------------------------------------------------------------------ syncing
    def _expose(self, laptop: Laptop) -> None:
        for table, docs in laptop.store.raw().items():
            if table == "_meta":
                continue
            for rec in docs.values():
                if is_private(rec) or rec.get("deleted"):
                    continue
                fields = M.shared_fields(rec)
                self.exposed.update(t for t in self.private_texts if t in json.dumps(fields, ensure_ascii=False))

    def sync(self, i: int, *, connect: bool = False) -> str:
        laptop = self.laptops[i]
        if laptop.offline and not connect:
            return "offline"
        self.at(laptop)
        self._expose(laptop)
        outcome = sync(laptop.folder, str(self.remote) if connect else None)
        self.repo_known |= laptop.known
        laptop.known = set(self.repo_known)
        return outcome.line()

    def settle(self) -> None:
        for laptop in self.laptops:
            laptop.offline = False
        for _ in range(2):
            for laptop in self.laptops:
                self.tick(1)
                self.sync(laptop.index)

    # ------------------------------------------------------------------ what must hold
    def tip_docs(self) -> dict[str, dict[str, Any]]:
        state = load(self.laptops[0].folder)
        assert state is not None
        return state.base

    def check_identical(self) -> None:
        docs = self.tip_docs()
        for laptop in self.laptops:
            state = load(laptop.folder)
            assert state is not None
            assert {k: M.content(v) for k, v in state.base.items()} == {k: M.content(v) for k, v in docs.items()}
            raw = laptop.store.raw()
            for table, records in raw.items():
                if table == "_meta":
                    continue
                for rec in records.values():
                    key = f"{table}/{rec['uuid']}"
                    doc = docs.get(key)
                    if is_private(rec):
                        assert rec.get("author") == laptop.person, "a private record reached another person's laptop"
                        assert doc is None or M.kind(doc) == "withdrawn", key
                    elif rec.get("deleted"):
                        # (a record made and deleted between two syncs never needed to travel)
                        assert doc is None or M.kind(doc) in ("deleted", "withdrawn"), key
                    else:
                        assert doc is not None and M.kind(doc) == "full", key
                        assert M.canonical(M.shared_fields(rec)) == M.canonical(doc["fields"]), key
            for key, doc in docs.items():
                table, _, uuid = key.partition("/")
                if M.kind(doc) == "full":
                    assert any(r.get("uuid") == uuid for r in (raw.get(table) or {}).values()), f"{key} missing on laptop {laptop.index}"

    def check_every_edit_kept(self) -> None:
        docs = self.tip_docs()
        for e in self.edits:
            if e.uuid in self.untracked or any(
                    o is not e and o.uuid == e.uuid and o.field == e.field and M.canonical(e.value) in o.seen
                    and o.value != e.value for o in self.edits):
                continue
            key = next((k for k in docs if k.endswith("/" + e.uuid)), None)
            if key is None:
                continue  # a private record never shared: not the merge's business
            doc = docs[key]
            assert M.kind(doc) == "full", (e, doc)
            fields = doc["fields"]
            if e.field.startswith("tag:"):
                assert e.field[4:] in (fields.get("tags") or []), (e, fields.get("tags"))
                continue
            if fields.get(e.field) == e.value:
                continue
            options = [o.get("value") for c in doc.get("conflicts") or [] if c["path"] == [e.field] for o in c["options"]]
            assert e.value in options, f"edit {e} is neither the final value nor a recorded conflict: {doc}"

    def check_no_private_leak(self) -> None:
        secret = {t: i for t, i in self.private_texts.items() if t not in self.exposed}
        if not secret:
            return
        blobs = git_object_texts(self.remote)
        for laptop in self.laptops:
            blobs += git_object_texts(laptop.folder / "sync" / "repo.git")
        everything = b"\n".join(blobs)
        for text in secret:
            assert text.encode() not in everything, f"private text {text} is in a git object"
        for laptop in self.laptops:
            files = b"\n".join(p.read_bytes() for p in laptop.folder.rglob("*") if p.is_file() and "repo.git" not in p.parts)
            for text, owner in secret.items():
                if self.laptops[owner].person != laptop.person:
                    assert text.encode() not in files, f"private text {text} reached laptop {laptop.index}"
                elif owner != laptop.index:
                    assert text.encode() not in files, f"private text {text} left laptop {owner}"


def git_object_texts(git_dir: Path) -> list[bytes]:
    """Every object in a repository, decompressed (loose objects and packs alike)."""
    from dulwich.repo import Repo

    if not (git_dir / "objects").exists():
        return []
    repo = Repo(str(git_dir))
    try:
        found = [repo.object_store[sha].as_raw_string() for sha in repo.object_store]
    finally:
        repo.close()
    # belt and braces: also inflate loose files directly
    for path in (git_dir / "objects").rglob("*"):
        if path.is_file() and len(path.parent.name) == 2:
            try:
                found.append(zlib.decompress(path.read_bytes()))
            except zlib.error:
                pass
    return found
