"""One sync run: fetch, merge field by field, push, then update the store.

The order makes every interruption safe (a killed process, the remote gone
mid-way, a full disk):

1. fetch the remote's ``main`` into this laptop's copy (nothing changes here);
2. inside one store transaction (the store's lock is held): turn this laptop's
   shared records into docs, stamping each field that changed since the last
   sync; merge them with the remote's docs against the last synced base;
   commit the result on top of the remote's commit and push it as a
   compare-and-swap (if the other laptop pushed meanwhile, nothing is written
   and the run starts again from 1); then write what came in to the store, in
   one atomic write;
3. save the new base (``sync/state.json``, atomic).

Stopped before the push: nothing changed anywhere.  Stopped after the push but
before the store write: the remote already holds this laptop's changes, and
the next run finds the same values on both sides (no conflict) and brings in
the rest.  Stopped before the state is saved: the store already holds the
merge, so the next run sees nothing new on either side.  Either way the next
run completes the work.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from rmcoach.records import tables as T
from rmcoach.infra import clock
from rmcoach.infra.wording import plural
from rmcoach.storage import locations, platform
from rmcoach.records.privacy import is_private
from rmcoach.storage.store import META, Store, oserror_reason
from rmcoach.sync import merge as M
from rmcoach.sync.clock import HybridClock, Stamp, instant_ms, ms_of, parse
from rmcoach.sync.repo import FORMAT, GitRemote, SyncError, is_local, split_credentials
from rmcoach.sync.state import SyncState, load, load_credentials, save_credentials, sync_dir

ATTEMPTS = 8
HOLD_ENV = "RMCOACH_SYNC_HOLD"  # "STEP:FILE" - stop (SIGSTOP) at STEP after writing FILE (the kill test)


@dataclass
class Outcome:
    remote: str
    sent: int = 0
    received: int = 0
    decisions: int = 0
    refused: list[str] = field(default_factory=list)
    joined: bool = False

    def line(self) -> str:
        where = self.remote
        if self.joined:
            head = f"Joined your pair from {where}: received {plural(self.received, 'record')}"
        else:
            head = f"Synced with {where}: sent {self.sent}, received {self.received}"
        if self.decisions:
            head += f", {self.decisions} need{'s' if self.decisions == 1 else ''} a decision (`rmcoach sync --conflicts`)"
        else:
            head += ", nothing needs a decision"
        if self.refused:
            head += f"; refused {plural(len(self.refused), 'change')} this laptop may not take ({self.refused[0]})"
        return head + "."


def _hold(step: str) -> None:
    """For the interruption test only: stop this process at ``step`` so it can be killed there."""
    spec = os.environ.get(HOLD_ENV, "")
    name, _, marker = spec.partition(":")
    if name == step and marker:
        Path(marker).write_text(step, encoding="utf-8")
        platform.stop_this_process()


class _Moved(Exception):
    """The remote moved between fetch and push: start again."""


def _lock(data_dir: Path) -> platform.ProcessLock:
    """One sync of a data folder at a time (the platform's cross-process lock)."""
    folder = sync_dir(data_dir)
    locations.ensure_private_dir(folder)
    lock = platform.process_lock(folder / ".lock")
    if not lock.acquire(30):
        raise SyncError("Another sync of this data folder is still running; try again when it has finished.")
    return lock


def _unlock(lock: platform.ProcessLock) -> None:
    lock.release()


def is_connected(data_dir: Path) -> bool:
    return (sync_dir(data_dir) / "state.json").exists()


def sync(data_dir: Path | str, remote: str | None = None, *, switch: bool = False,
         wall_ms: Callable[[], int] | None = None) -> Outcome:
    """Sync this data folder with its remote (``remote`` connects it; moving an already
    connected laptop elsewhere needs ``switch``, so a mistyped path cannot split the pair)."""
    data_dir = Path(data_dir)
    wall = wall_ms or (lambda: ms_of(clock.now()))
    if remote is None and not is_connected(data_dir):
        raise SyncError("This data folder is not connected to a shared repository yet: run "
                        "`rmcoach sync --remote WHERE` once (a folder on a USB stick or shared drive, or a git address).")
    given: tuple[str, str] | None = None
    if remote is not None:
        # a token in an https address is used, kept apart from the address, and never shown
        remote, given = split_credentials(remote)
    held = _lock(data_dir)
    try:
        state = load(data_dir)
        if remote is not None:
            remote = str(Path(remote).expanduser().resolve()) if is_local(remote) else remote
            if state is None:
                state = SyncState.new(data_dir, remote)
            elif state.remote != remote:
                if not switch:
                    raise SyncError(f"This laptop already syncs with {state.remote}; to move it to {remote} "
                                    f"instead, run `rmcoach sync --remote {remote} --switch`. Nothing was changed.")
                state.remote = remote
        assert state is not None
        credentials = given or load_credentials(data_dir, state.remote)
        git = GitRemote(sync_dir(data_dir) / "repo.git", state.remote, credentials)
        try:
            if remote is not None:
                git.create_if_missing()
            for _ in range(ATTEMPTS):
                try:
                    outcome = _attempt(data_dir, state, git, wall)
                except _Moved:
                    continue
                if remote is not None:  # the token that just worked is kept; one for an old address is dropped
                    save_credentials(data_dir, state.remote, credentials)
                return outcome
        finally:
            git.close()
        raise SyncError("The other laptop kept sending changes while this one synced; try again in a moment.")
    finally:
        _unlock(held)


def _pair_facts(raw: dict[str, Any]) -> M.PairFacts:
    pairs = [r for r in (raw.get(T.PAIR) or {}).values() if not r.get("deleted")]
    if not pairs:
        return M.PairFacts(None)
    people = pairs[0].get("people")
    return M.PairFacts(pairs[0].get("uuid"), tuple(p for p in people if isinstance(p, str)) if isinstance(people, list) else ())


def _attempt(data_dir: Path, state: SyncState, git: GitRemote, wall: Callable[[], int]) -> Outcome:
    tip = git.fetch()
    _hold("fetched")
    if tip is not None and tip == state.base_commit:
        pair_file, _ = git.read(tip, records=False)
        theirs = state.base
    else:
        pair_file, theirs = git.read_since(tip, state.base_commit, state.base)
    where = state.remote
    if tip is not None and (pair_file is None or pair_file.get("format") != FORMAT or not isinstance(pair_file.get("pair"), str)):
        raise SyncError(f"{where} is a git repository but not one rmcoach keeps for a pair, so nothing was sent or changed.")
    remote_pair = pair_file.get("pair") if pair_file else None
    store = Store(data_dir)
    store.check()
    if not store.exists() and remote_pair is None:
        raise SyncError(f"There is no pair here and none in {where} yet: set up your pair with `rmcoach` "
                        "on one laptop and sync it first.")
    outcome = Outcome(remote=where)
    with store.transaction():
        raw = store.raw()
        facts = _pair_facts(raw)
        if facts.pair_uuid and remote_pair and facts.pair_uuid != remote_pair:
            raise SyncError(f"{where} belongs to a different pair, so nothing was sent or changed: "
                            "each pair needs its own shared repository.")
        if state.pair and facts.pair_uuid and state.pair != facts.pair_uuid:
            raise SyncError(f"This data folder now holds a different pair from the one it synced with {where}, "
                            "so nothing was sent or changed: connect it to that pair's own repository.")
        outcome.joined = facts.pair_uuid is None
        hlc = HybridClock(state.laptop, parse(state.hlc) if state.hlc else None)
        now = wall()
        locals_: dict[str, dict[str, Any]] = {}
        mine: dict[str, dict[str, Any]] = {}
        chosen: dict[str, list[list[str]]] = {}
        for item in state.choices:
            chosen.setdefault(f"{item.get('table')}/{item.get('uuid')}", []).append(list(item.get("path") or []))
        for table, docs in raw.items():
            if table == META or not table.isidentifier():
                continue
            for record in docs.values():
                uuid = record.get("uuid")
                if not isinstance(uuid, str):
                    continue
                key = f"{table}/{uuid}"
                locals_[key] = record
                edited = instant_ms(record.get("updated"))
                moment = min(edited, now) if edited is not None else now
                base = state.base.get(key)

                def stamp(m: int = moment) -> str:  # bound now: each record's own edit moment
                    return str(hlc.tick(m))

                doc = M.project(table, record, base, stamp, chosen.get(key, ()))
                if doc is not None:
                    mine[key] = base if base is not None and M.unchanged(doc, base) else doc
        merged: dict[str, dict[str, Any]] = {}
        received: list[Stamp] = []
        for key in sorted(set(mine) | set(theirs) | set(state.base)):
            table, _, uuid = key.partition("/")
            base, their = state.base.get(key), theirs.get(key)
            if their is not None and their is not base:
                cleaned = M.clean_doc(their)
                if cleaned is None:
                    outcome.refused.append("a damaged record file")
                    their = base
                else:
                    their = cleaned
                    received.extend(M.doc_stamps(their))
            screened = M.screen_incoming(table, uuid, their, base, locals_.get(key), facts)
            outcome.refused.extend(screened.refused)
            result = M.merge_docs(base, mine.get(key), screened.doc)
            if result is not None:
                result = M.settle_clocks(M.without_marks(result), screened.doc, mine.get(key))
                merged[key] = result
                if not M.same(result, their):
                    outcome.sent += 1
        hlc.receive(received)
        if facts.pair_uuid is None:
            joined = [d for k, d in merged.items() if k.startswith("pair/") and M.kind(d) == "full"]
            if len(joined) != 1 or joined[0]["uuid"] != remote_pair:
                raise SyncError(f"{where} does not hold a complete pair to join, so nothing was changed.")
            outcome.sent = 0
        pair_uuid = facts.pair_uuid or remote_pair
        known = (pair_file or {}).get("laptops")
        laptops = {str(k): str(v) for k, v in known.items()} if isinstance(known, dict) else {}
        laptops[state.laptop] = state.laptop_name
        pair_doc = {"format": FORMAT, "version": 1, "pair": pair_uuid, "laptops": laptops}
        when = clock.now()
        message = _message(state, merged, theirs, outcome.joined)
        unchanged = {key for key, doc in merged.items() if doc is theirs.get(key)}
        try:
            commit = git.commit(pair_doc, merged, tip, message,
                                f"rmcoach on {state.laptop_name} <{state.laptop}@rmcoach.invalid>", when, unchanged)
        except OSError as exc:
            raise SyncError(f"Could not prepare the changes to send because {oserror_reason(exc)}; "
                            "nothing was sent or changed.") from None
        if commit is not None:
            if not git.push(commit, tip):
                raise _Moved()
        _hold("pushed")
        # what came in goes to the store (never over a record private here)
        writes: list[tuple[str, dict[str, Any]]] = []
        for key, doc in merged.items():
            local = locals_.get(key)
            if local is not None and is_private(local):
                continue
            if local is not None and M.same(mine.get(key), doc):
                continue
            record = M.to_record(doc, local)
            if local is not None and M.canonical(local) == M.canonical(record):
                continue
            if local is None and M.kind(doc) != "full":
                continue  # a tombstone for something never here: nothing to keep
            writes.append((doc["table"], record))
        store.put_raw_many(writes)
        outcome.received = len(writes)
        outcome.decisions = sum(len(d.get("conflicts") or []) for d in merged.values())
    _hold("stored")
    state.base = merged
    state.base_commit = commit or tip
    state.pair = pair_uuid
    state.hlc = str(hlc.last)
    state.choices = []
    state.laptops = {str(k): str(v) for k, v in laptops.items()}
    state.save()
    return outcome


def _message(state: SyncState, merged: dict[str, dict[str, Any]], theirs: dict[str, dict[str, Any]], joined: bool) -> str:
    if joined:
        return f"{state.laptop_name} ({state.laptop}) joined the pair\n"
    changed: dict[str, int] = {}
    for key, doc in merged.items():
        if not M.same(doc, theirs.get(key)):
            changed[doc["table"]] = changed.get(doc["table"], 0) + 1
    total = sum(changed.values())
    lines = [f"{state.laptop_name} ({state.laptop}) sent {plural(total, 'change')}", ""]
    lines += [f"- {table}: {n}" for table, n in sorted(changed.items())]
    return "\n".join(lines) + "\n"
