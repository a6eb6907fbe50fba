"""rmcoach sync and import: each concrete merge bug from the issue, privacy refusals,
joining, conflicts and choosing, a missing remote, and a sync killed at every stage."""

from __future__ import annotations

import datetime as _dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmcoach.infra import clock
from rmcoach.features.demo import build_demo
from rmcoach.records.pairs import load_pair
from rmcoach.storage.portability import export_data, import_data, parse_export
from rmcoach.records.privacy import is_private
from rmcoach.features.sessions import set_action_status
from rmcoach.storage.store import Store
from rmcoach.sync import merge as M
from rmcoach.sync.engine import sync
from rmcoach.sync.state import load
from tests.conftest import ROOT, run_cli
from tests.sync_sim import git_object_texts

SECRET = "I still feel lost in the new rota system"


def _pair_with_action(folder: Path) -> tuple[Store, object, dict]:
    store = Store(folder)
    pair = build_demo(store)
    action = store.insert("actions", {"text": "Try the portal inbox", "owner": pair.people[0].uuid, "due": "2026-12-01",
                                      "status": "open", "author": pair.people[1].uuid, "visibility": "shared"})
    return store, pair, action


def _copy_via_export(src: Store, dest: Path) -> Store:
    import_data(Store(dest), parse_export(json.dumps(export_data(src)), "copy"))
    return Store(dest)


def _import(dest: Store, src: Store) -> object:
    return import_data(dest, parse_export(json.dumps(export_data(src)), "the other laptop"))


def _plant(remote: Path, work: Path, table: str, uuid: str, doc: dict) -> None:
    """Change the shared repository behind rmcoach's back (as a tampered remote would)."""
    from dulwich import porcelain

    repo = porcelain.clone(str(remote), str(work), checkout=True, branch=b"main")
    target = work / "tables" / table / f"{uuid}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc, indent=1))
    porcelain.add(repo, [str(target)])
    porcelain.commit(repo, message=b"planted", author=b"x <x@x>", committer=b"x <x@x>")
    porcelain.push(repo, str(remote), b"refs/heads/main:refs/heads/main")
    repo.close()


# --------------------------------------------------------------------------- the cases, through import
def test_import_done_on_one_laptop_and_new_due_date_on_the_other_keeps_both(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    b = _copy_via_export(a, tmp_path / "b")
    set_action_status(a, action["uuid"], "done", by=pair.people[0].uuid)
    b.update("actions", action["uuid"], {"due": "2026-12-12"}, keep_history=True, by=pair.people[1].uuid)
    report = _import(a, b)
    merged = a.get("actions", action["uuid"])
    assert merged["status"] == "done" and merged["due"] == "2026-12-12"
    assert report.conflicts == 0
    _import(b, a)
    assert M.canonical(b.get("actions", action["uuid"])) == M.canonical(merged)


def test_import_compares_edit_times_as_instants_not_as_text(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    b = _copy_via_export(a, tmp_path / "b")
    # 12:20 in UTC is twenty minutes after 13:00 in London summer time (12:00 UTC)
    clock.freeze(_dt.datetime(2026, 7, 1, 12, 20, tzinfo=_dt.timezone.utc))
    a.update("actions", action["uuid"], {"text": "Later, made in UTC"})
    clock.freeze(_dt.datetime(2026, 7, 1, 13, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=1))))
    b.update("actions", action["uuid"], {"text": "Earlier, made in London"})
    clock.freeze(None)
    report = _import(b, a)
    merged = b.get("actions", action["uuid"])
    assert merged["text"] == "Later, made in UTC"
    assert report.conflicts == 1
    assert "Earlier, made in London" in json.dumps(merged["history"])


def test_import_refuses_another_pairs_file_even_without_its_pair_record(tmp_path: Path) -> None:
    a, _, _ = _pair_with_action(tmp_path / "a")
    other = Store(tmp_path / "other")
    build_demo(other)
    payload = export_data(other)
    del payload["tables"]["pair"]  # a trimmed file: only people and their notes
    before = a.path.read_bytes()
    f = tmp_path / "other.json"
    f.write_text(json.dumps(payload))
    result = run_cli("import", str(f), data_dir=tmp_path / "a")
    assert result.returncode == 1 and "different pair" in result.stderr
    assert result.stderr.count("\n") == 1 and a.path.read_bytes() == before


def test_import_refuses_a_planted_private_record_and_a_flipped_private_one(tmp_path: Path) -> None:
    a, pair, _ = _pair_with_action(tmp_path / "a")
    senior, junior = pair.people
    mine = a.insert("reflections", {"session": None, "author": senior.uuid, "visibility": "private", "text": SECRET})
    b = _copy_via_export(a, tmp_path / "b")  # a full copy (the other laptop, set up from a backup)
    # the other laptop plants a private note "by" the senior, and turns the senior's note shared with a newer stamp
    clock.freeze(clock.now() + _dt.timedelta(days=2))
    planted = b.insert("learnings", {"text": "planted", "by": senior.uuid, "author": senior.uuid, "visibility": "private"})
    b.update("reflections", mine["uuid"], {"visibility": "shared", "text": "now everyone reads this"})
    b.update("actions", a.all("actions")[0]["uuid"], {"author": junior.uuid if a.all("actions")[0]["author"] != junior.uuid else senior.uuid})
    clock.freeze(None)
    report = _import(a, b)
    assert a.get("learnings", planted["uuid"]) is None
    kept = a.get("reflections", mine["uuid"])
    assert kept["visibility"] == "private" and kept["text"] == SECRET
    assert len(report.refused) == 3 and "refused" in report.summary()


def test_import_never_doubles_history(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    b = _copy_via_export(a, tmp_path / "b")
    a.update("actions", action["uuid"], {"text": "from a"}, keep_history=True)
    b.update("actions", action["uuid"], {"text": "from b"}, keep_history=True)
    for _ in range(3):
        _import(a, b)
        _import(b, a)
    for store in (a, b):
        history = store.get("actions", action["uuid"])["history"]
        assert len({M.canonical(h) for h in history}) == len(history)
    assert M.canonical(a.get("actions", action["uuid"])) == M.canonical(b.get("actions", action["uuid"]))


def test_import_writes_once_however_many_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, _, _ = _pair_with_action(tmp_path / "a")
    for n in range(300):
        a.put_raw("learnings", {"uuid": f"00000000-0000-4000-8000-{n:012d}", "text": f"n{n}", "visibility": "shared"})
    writes: list[int] = []
    original = Store._commit
    monkeypatch.setattr(Store, "_commit", lambda self, data: (writes.append(1), original(self, data)))
    _copy_via_export(a, tmp_path / "b")
    assert len(writes) == 1


# --------------------------------------------------------------------------- sync through the command line
def _sync(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_cli("sync", *extra, data_dir=folder)


def test_two_laptops_join_sync_and_choose_a_conflict(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    senior = pair.people[0]
    a.insert("reflections", {"session": None, "author": senior.uuid, "visibility": "private", "text": SECRET})
    remote = tmp_path / "stick" / "pair.git"
    remote.parent.mkdir()  # the stick is plugged in
    first = _sync(tmp_path / "a", "--remote", str(remote))
    assert first.returncode == 0 and "sent" in first.stdout and first.stdout.count("\n") == 1, first.stderr
    joined = _sync(tmp_path / "b", "--remote", str(remote))
    assert joined.returncode == 0 and joined.stdout.startswith("Joined your pair"), joined.stderr
    b = Store(tmp_path / "b")
    assert load_pair(b).uuid == pair.uuid
    assert SECRET not in b.path.read_text()
    # done on one laptop, a new due date and a new text on the other, the same text changed on both
    set_action_status(a, action["uuid"], "done", by=senior.uuid)
    a.update("actions", action["uuid"], {"text": "Try the portal inbox together"}, keep_history=True)
    b.update("actions", action["uuid"], {"due": "2026-12-12", "text": "Try the portal inbox alone"}, keep_history=True)
    assert _sync(tmp_path / "a").returncode == 0
    second = _sync(tmp_path / "b")
    assert second.returncode == 0 and "1 needs a decision" in second.stdout
    assert "1 needs a decision" in _sync(tmp_path / "a").stdout
    for store in (a, b):
        merged = store.get("actions", action["uuid"])
        assert merged["status"] == "done" and merged["due"] == "2026-12-12"
    listed = _sync(tmp_path / "a", "--conflicts")
    assert "together" in listed.stdout and "alone" in listed.stdout and "1a" in listed.stdout
    letter = "a" if "1a: Try the portal inbox alone" in listed.stdout else "b"
    chose = _sync(tmp_path / "a", "--choose", f"1{letter}")
    assert chose.returncode == 0 and "nothing needs a decision" in chose.stdout, chose.stderr
    assert "nothing needs a decision" in _sync(tmp_path / "b").stdout
    assert b.get("actions", action["uuid"])["text"] == "Try the portal inbox alone"
    assert _sync(tmp_path / "b", "--conflicts").stdout.startswith("Nothing needs a decision")
    # the repository: one readable file per record, commits naming the laptop, no private text anywhere
    assert (b"Try the portal inbox alone" in b"".join(git_object_texts(remote)))
    assert not any(SECRET.encode() in blob for blob in git_object_texts(remote))
    log = subprocess.run(["git", "-C", str(remote), "log", "--format=%an|%s", "main"], capture_output=True, text=True)
    if log.returncode == 0:  # the git program is only used here to show what a person would see
        assert "rmcoach on" in log.stdout and "sent" in log.stdout


def test_another_pairs_remote_is_refused_in_one_sentence(tmp_path: Path) -> None:
    build_demo(Store(tmp_path / "a"))
    build_demo(Store(tmp_path / "other"))
    remote = tmp_path / "other.git"
    assert _sync(tmp_path / "other", "--remote", str(remote)).returncode == 0
    before = Store(tmp_path / "a").path.read_bytes()
    result = _sync(tmp_path / "a", "--remote", str(remote))
    assert result.returncode == 1 and "different pair" in result.stderr and result.stderr.count("\n") == 1
    assert Store(tmp_path / "a").path.read_bytes() == before


def test_a_missing_remote_is_one_sentence_and_changes_nothing(tmp_path: Path) -> None:
    build_demo(Store(tmp_path / "a"))
    remote = tmp_path / "stick" / "pair.git"
    remote.parent.mkdir()
    assert _sync(tmp_path / "a", "--remote", str(remote)).returncode == 0
    Store(tmp_path / "a").insert("learnings", {"text": "new", "visibility": "shared"})
    before = Store(tmp_path / "a").path.read_bytes()
    os.rename(tmp_path / "stick", tmp_path / "stick-away")
    result = _sync(tmp_path / "a")
    assert result.returncode == 1 and "Could not reach" in result.stderr and "Traceback" not in result.stderr
    assert Store(tmp_path / "a").path.read_bytes() == before
    os.rename(tmp_path / "stick-away", tmp_path / "stick")
    assert "sent 1" in _sync(tmp_path / "a").stdout
    empty = _sync(tmp_path / "fresh")
    assert empty.returncode == 1 and "not connected" in empty.stderr


def test_planted_records_in_the_remote_are_refused(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    senior, junior = pair.people
    mine = a.insert("reflections", {"session": None, "author": senior.uuid, "visibility": "private", "text": SECRET})
    remote = tmp_path / "pair.git"
    assert sync(tmp_path / "a", str(remote)).sent > 0
    doc = load(tmp_path / "a").base[f"actions/{action['uuid']}"]
    fields = dict(doc["fields"], author=senior.uuid, text="rewritten")
    _plant(remote, tmp_path / "w1", "actions", action["uuid"], dict(doc, fields=fields))
    _plant(remote, tmp_path / "w2", "reflections", mine["uuid"],
           {"table": "reflections", "uuid": mine["uuid"], "fields": {"text": "exposed", "author": senior.uuid,
                                                                    "visibility": "shared"}, "clocks": {}})
    _plant(remote, tmp_path / "w3", "learnings", "11111111-2222-4333-8444-555555555555",
           {"fields": {"text": "planted private", "author": junior.uuid, "visibility": "private"}, "clocks": {}})
    _plant(remote, tmp_path / "w4", "pair", pair.uuid,
           {"fields": dict(load(tmp_path / "a").base[f"pair/{pair.uuid}"]["fields"], people=[senior.uuid, "someone-else"]), "clocks": {}})
    outcome = sync(tmp_path / "a")
    assert len(outcome.refused) == 4 and "refused 4" in outcome.line()
    assert a.get("actions", action["uuid"])["author"] == action["author"]
    assert a.get("actions", action["uuid"])["text"] == "rewritten"  # the text change itself is fine
    assert a.get("reflections", mine["uuid"])["text"] == SECRET and is_private(a.get("reflections", mine["uuid"]))
    assert a.get("learnings", "11111111-2222-4333-8444-555555555555") is None
    assert load_pair(a).people[1].uuid == junior.uuid


def test_making_a_shared_record_private_takes_it_off_the_other_laptop(tmp_path: Path) -> None:
    a, pair, _ = _pair_with_action(tmp_path / "a")
    senior = pair.people[0]
    note = a.insert("learnings", {"text": "first shared, then private", "by": senior.uuid, "author": senior.uuid,
                                  "visibility": "shared"})
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    sync(tmp_path / "b", str(remote))
    assert Store(tmp_path / "b").get("learnings", note["uuid"])["text"] == "first shared, then private"
    a.update("learnings", note["uuid"], {"visibility": "private", "text": SECRET}, keep_history=True)
    sync(tmp_path / "a")
    sync(tmp_path / "b")
    on_b = Store(tmp_path / "b").all("learnings", include_deleted=True)
    gone = next(r for r in on_b if r["uuid"] == note["uuid"])
    assert gone.get("deleted") and "text" not in gone
    assert SECRET not in (tmp_path / "b" / "rmcoach.json").read_text()
    assert not any(SECRET.encode() in blob for blob in git_object_texts(remote))
    assert a.get("learnings", note["uuid"])["text"] == SECRET


# --------------------------------------------------------------------------- interruptions
@pytest.mark.parametrize("step", ["fetched", "pushed", "stored"])
def test_a_sync_killed_at_any_stage_is_completed_by_the_next(tmp_path: Path, step: str) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    sync(tmp_path / "b", str(remote))
    b = Store(tmp_path / "b")
    set_action_status(a, action["uuid"], "done", by=pair.people[0].uuid)
    b.update("actions", action["uuid"], {"due": "2026-12-24"}, keep_history=True)
    b.insert("learnings", {"text": "from b", "visibility": "shared"})
    assert "sent 1" in sync(tmp_path / "a").line()
    marker = tmp_path / "held"
    env = dict(os.environ, PYTHONPATH=str(ROOT), RMCOACH_SYNC_HOLD=f"{step}:{marker}")
    proc = subprocess.Popen([sys.executable, "-m", "rmcoach", "sync", "--data-dir", str(tmp_path / "b")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():  # wait for the outcome (the process reached the step), not for a time
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the sync never reached the step"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    Store(tmp_path / "b").check()  # the store still opens
    again = run_cli("sync", data_dir=tmp_path / "b")
    assert again.returncode == 0 and "nothing needs a decision" in again.stdout, again.stderr
    assert sync(tmp_path / "a").decisions == 0
    for folder in ("a", "b"):
        merged = Store(tmp_path / folder).get("actions", action["uuid"])
        assert merged["status"] == "done" and merged["due"] == "2026-12-24", folder
        assert "from b" in {r.get("text") for r in Store(tmp_path / folder).all("learnings")}


# --------------------------------------------------------------------------- the merge itself
values = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["x", "y", "z"]),
                   st.lists(st.sampled_from(["p", "q", "r"]), max_size=3),
                   st.dictionaries(st.sampled_from(["k", "m"]), st.integers(0, 2), max_size=2))
field_sets = st.dictionaries(st.sampled_from(["text", "tags", "due", "answers", "updated"]), values, max_size=4)
clocks = st.integers(0, 5)


def _doc(fields: dict, stamp: int, gone: str | None) -> dict:
    clock_text = f"2026-01-01T00:00:0{stamp}.000Z/000000/l{stamp}"
    if gone:
        return {"table": "t", "uuid": "u", gone: True, "clock": clock_text}
    return {"table": "t", "uuid": "u", "fields": fields, "clocks": {k: clock_text for k in fields}}


@settings(max_examples=300)
@given(base=field_sets, a=field_sets, b=field_sets, ca=clocks, cb=clocks,
       ga=st.sampled_from([None, None, None, "deleted", "withdrawn"]), gb=st.sampled_from([None, None, None, "deleted", "withdrawn"]))
def test_merge_order_does_not_matter(base: dict, a: dict, b: dict, ca: int, cb: int, ga: str | None, gb: str | None) -> None:
    bd, ad, td = _doc(base, 0, None), _doc(a, ca, ga), _doc(b, cb, gb)
    one, two = M.merge_docs(bd, ad, td), M.merge_docs(bd, td, ad)
    assert M.canonical(one) == M.canonical(two)
    if ga is None and gb is None:  # nothing dropped: each changed value is kept or offered
        for side in (a, b):
            for name, value in side.items():
                if name == "updated" or M._eq(value, base.get(name, M.MISSING)):
                    continue
                options = [o.get("value") for c in one.get("conflicts") or [] for o in c["options"]]
                assert M._eq(one["fields"].get(name, M.MISSING), value) or value in options or isinstance(value, (list, dict))


def test_when_the_other_laptop_sends_mid_sync_this_one_merges_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rmcoach.sync.engine as engine

    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    sync(tmp_path / "b", str(remote))
    set_action_status(a, action["uuid"], "done", by=pair.people[0].uuid)
    Store(tmp_path / "b").update("actions", action["uuid"], {"due": "2026-12-24"}, keep_history=True)
    fired: list[str] = []

    def other_laptop_first(step: str) -> None:
        if step == "fetched" and not fired:
            fired.append(step)
            sync(tmp_path / "b")  # lands between this laptop's fetch and its push

    monkeypatch.setattr(engine, "_hold", other_laptop_first)
    outcome = sync(tmp_path / "a")
    monkeypatch.undo()
    assert fired and outcome.sent == 1 and outcome.received == 1
    sync(tmp_path / "b")
    for folder in ("a", "b"):
        merged = Store(tmp_path / folder).get("actions", action["uuid"])
        assert merged["status"] == "done" and merged["due"] == "2026-12-24", folder


def test_a_full_disk_or_a_stale_lock_does_not_stop_the_next_sync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from rmcoach.storage.store import StoreWriteError
    from rmcoach.sync.repo import GitRemote, SyncError

    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    sync(tmp_path / "b", str(remote))
    set_action_status(a, action["uuid"], "done", by=pair.people[0].uuid)
    Store(tmp_path / "b").update("actions", action["uuid"], {"due": "2026-12-24"}, keep_history=True)
    # no room to prepare the commit: one sentence, nothing anywhere changed
    before = (tmp_path / "a" / "rmcoach.json").read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(GitRemote, "commit", full)
    with pytest.raises(SyncError, match="the disk is full"):
        sync(tmp_path / "a")
    monkeypatch.undo()
    assert (tmp_path / "a" / "rmcoach.json").read_bytes() == before
    assert sync(tmp_path / "a").sent == 1
    # the store cannot be written after the push went out
    original = Store._commit

    def full_store(self, data):
        raise StoreWriteError("Could not save: the disk is full.")

    monkeypatch.setattr(Store, "_commit", full_store)
    with pytest.raises(StoreWriteError):
        sync(tmp_path / "b")
    monkeypatch.setattr(Store, "_commit", original)
    # a laptop killed while moving the shared branch left its lock behind, long ago
    lock = remote / "refs" / "heads" / "main.lock"
    lock.write_text("stale")
    os.utime(lock, (time.time() - 3600, time.time() - 3600))
    assert sync(tmp_path / "b").decisions == 0
    assert sync(tmp_path / "a").decisions == 0
    for folder in ("a", "b"):
        merged = Store(tmp_path / folder).get("actions", action["uuid"])
        assert merged["status"] == "done" and merged["due"] == "2026-12-24", folder


def test_a_folder_that_is_not_a_shared_repository_is_refused(tmp_path: Path) -> None:
    build_demo(Store(tmp_path / "a"))
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("dear colleague")
    result = _sync(tmp_path / "a", "--remote", str(documents))
    assert result.returncode == 1 and "not a shared rmcoach repository" in result.stderr
    assert sorted(p.name for p in documents.iterdir()) == ["letter.txt"]


def test_a_change_set_back_before_syncing_still_counts_against_the_other_laptops_change(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    sync(tmp_path / "b", str(remote))
    b = Store(tmp_path / "b")
    set_action_status(a, action["uuid"], "done", by=pair.people[0].uuid)
    sync(tmp_path / "a")
    # offline, b drops the action and then reopens it: "open" is a decision too, not "no change"
    set_action_status(b, action["uuid"], "dropped", by=pair.people[1].uuid)
    set_action_status(b, action["uuid"], "open", by=pair.people[1].uuid)
    outcome = sync(tmp_path / "b")
    assert outcome.decisions >= 1  # the status, and with it the date it was closed
    doc = load(tmp_path / "b").base[f"actions/{action['uuid']}"]
    assert {o["value"] for c in doc["conflicts"] if c["path"] == ["status"] for o in c["options"]} == {"done", "open"}


def test_a_record_file_damaged_by_hand_is_refused_and_repaired(tmp_path: Path) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    _plant(remote, tmp_path / "w", "actions", action["uuid"], {"fields": "oops", "clocks": [1, 2]})
    outcome = sync(tmp_path / "a")
    assert outcome.refused == ["a damaged record file"]
    assert a.get("actions", action["uuid"])["text"] == "Try the portal inbox"
    assert sync(tmp_path / "b", str(remote)).refused == []  # the next sync found it mended
    assert Store(tmp_path / "b").get("actions", action["uuid"])["text"] == "Try the portal inbox"


@pytest.mark.parametrize("keep", [True, False])
def test_deleted_on_one_laptop_and_changed_on_the_other_is_asked_not_dropped(tmp_path: Path, keep: bool) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = tmp_path / "pair.git"
    sync(tmp_path / "a", str(remote))
    sync(tmp_path / "b", str(remote))
    b = Store(tmp_path / "b")
    a.delete("actions", action["uuid"])
    b.update("actions", action["uuid"], {"due": "2026-12-24"}, keep_history=True)
    sync(tmp_path / "a")
    assert sync(tmp_path / "b").decisions == 1
    assert sync(tmp_path / "a").decisions == 1
    assert a.get("actions", action["uuid"])["due"] == "2026-12-24"  # back until you choose
    listed = _sync(tmp_path / "a", "--conflicts").stdout
    assert "deleted on one laptop, changed on the other" in listed and "delete it" in listed and "keep it" in listed
    letter = next(line.split(":")[0].strip()[-1] for line in listed.splitlines()
                  if ("keep it" if keep else "delete it") in line)
    assert _sync(tmp_path / "a", "--choose", f"1{letter}").returncode == 0
    sync(tmp_path / "b")
    for store in (a, b):
        found = store.get("actions", action["uuid"])
        assert (found is not None and found["due"] == "2026-12-24") if keep else found is None
    assert sync(tmp_path / "a").decisions == 0 and sync(tmp_path / "b").decisions == 0


def test_sync_never_loads_the_app_and_import_never_loads_git(tmp_path: Path) -> None:
    build_demo(Store(tmp_path / "a"))
    code = (
        "import sys; from rmcoach.cli import main; "
        f"main(['--data-dir', {str(tmp_path / 'a')!r}, 'sync', '--remote', {str(tmp_path / 'r.git')!r}]); "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr
    code = (
        "import sys; from rmcoach.cli import main; "
        f"main(['--data-dir', {str(tmp_path / 'b')!r}, 'import', '-']); print('dulwich' in sys.modules)"
    )
    payload = json.dumps(export_data(Store(tmp_path / "a")))
    out = subprocess.run([sys.executable, "-c", code], input=payload, capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr


def test_an_empty_bare_repository_made_elsewhere_works_and_one_with_other_work_is_refused(tmp_path: Path) -> None:
    from dulwich import porcelain
    from dulwich.repo import Repo

    build_demo(Store(tmp_path / "a"))
    empty = tmp_path / "made-with-git-init.git"
    Repo.init_bare(str(empty), mkdir=True).close()  # its HEAD names master, as `git init --bare` does
    assert _sync(tmp_path / "a", "--remote", str(empty)).returncode == 0
    repo = Repo(str(empty))
    try:
        assert repo.refs.get_symrefs()[b"HEAD"] == b"refs/heads/main"  # so a plain `git log` there shows the pair
    finally:
        repo.close()
    other = tmp_path / "project.git"
    Repo.init_bare(str(other), mkdir=True).close()
    work = porcelain.init(str(tmp_path / "project"))
    (tmp_path / "project" / "notes.txt").write_text("someone else's work")
    porcelain.add(work, [str(tmp_path / "project" / "notes.txt")])
    porcelain.commit(work, message=b"theirs", author=b"x <x@x>", committer=b"x <x@x>")
    porcelain.push(work, str(other), b"HEAD:refs/heads/master")
    work.close()
    result = _sync(tmp_path / "a", "--remote", str(other), "--switch")
    assert result.returncode == 1 and "already holds other work" in result.stderr
    assert "Synced with" in _sync(tmp_path / "a").stdout  # still connected to the first one


def test_remotes_a_senior_partner_would_give_are_recognised() -> None:
    """A USB stick or shared drive on Windows, a UNC share, a Mac volume are folders;
    an ssh or https address is a network remote."""
    from rmcoach.sync.repo import is_local

    for folder in ("E:\\pair.git", "\\\\server\\share\\pair.git", "/Volumes/STICK/our-pair", "~/pair.git",
                   "C:/Users/Margaret/pair.git", "our-pair"):
        assert is_local(folder), folder
    for remote in ("https://example.org/pair.git", "ssh://host/pair.git", "git@host:pair.git",
                   "file:///srv/pair.git"):
        assert not is_local(remote), remote


def test_a_mistyped_remote_never_splits_the_pair(tmp_path: Path) -> None:
    """A path whose folder is not there (the stick not plugged in, a typo) is refused, and a
    laptop that already syncs somewhere moves only when asked to with --switch."""
    build_demo(Store(tmp_path / "a"))
    missing = _sync(tmp_path / "a", "--remote", str(tmp_path / "no-stick" / "deeper" / "pair.git"))
    assert missing.returncode != 0 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "no-stick").exists()
    assert _sync(tmp_path / "a", "--remote", str(tmp_path / "pair.git")).returncode == 0
    other = _sync(tmp_path / "a", "--remote", str(tmp_path / "elsewhere.git"))
    assert other.returncode != 0 and "--switch" in other.stderr
    assert not (tmp_path / "elsewhere.git").exists()
    assert _sync(tmp_path / "a").returncode == 0  # still syncing with the first one
    moved = _sync(tmp_path / "a", "--remote", str(tmp_path / "elsewhere.git"), "--switch")
    assert moved.returncode == 0, moved.stderr


def test_two_versions_of_one_long_text_are_shown_where_they_differ() -> None:
    from rmcoach.sync.conflicts import Option, show_options

    start = "Margaret taught with a story about a night on call when the registrar froze and she "
    a = Option("a", start + "talked him through it step by step. XMARK LAPTOP-A", False, "laptop A")
    b = Option("b", start + "talked him through it step by step. LAPTOP-B", False, "laptop B")
    shown = show_options([a, b])
    assert shown[0] != shown[1]
    assert "XMARK LAPTOP-A" in shown[0] and "LAPTOP-B" in shown[1] and shown[0].startswith("…")
    assert show_options([Option("a", "short", False, ""), Option("b", "brief", False, "")]) == ["short", "brief"]
