"""Reads that do not copy or rebuild the whole history: Store.view, the derived caches
and the uuid index give the same answers as reading everything again, and never
hand one caller's changes to another."""

from __future__ import annotations

import datetime as _dt
import gc
from pathlib import Path

import pytest

from rmcoach.features import checkins, sessions
from rmcoach.records import privacy, tables
from rmcoach.records.base import FrozenRecordError
from rmcoach.storage.store import DamagedStore, Store
from tests.conftest import make_pair


def test_all_gives_copies_that_callers_may_change(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "kept"})
    first = s.all("notes")
    first[0]["text"] = "changed by a caller"
    first.append({"text": "added by a caller"})
    again = s.all("notes")
    assert [r["text"] for r in again] == ["kept"]
    assert again[0] is not first[0]
    assert s.view("notes")[0]["text"] == "kept"


def test_a_view_taken_before_a_save_stays_as_it_was(data_dir: Path) -> None:
    s = Store(data_dir)
    rec = s.insert("notes", {"text": "one"})
    before = s.view("notes")
    s.update("notes", rec["uuid"], {"text": "two"})
    s.insert("notes", {"text": "three"})
    assert [r["text"] for r in before] == ["one"]
    assert [r["text"] for r in s.view("notes")] == ["two", "three"]
    s.delete("notes", rec["uuid"])
    assert [r["text"] for r in s.view("notes")] == ["three"]
    assert [r.get("text") for r in s.view("notes", include_deleted=True)] == [None, "three"]  # a tombstone


def test_derived_is_rebuilt_only_when_its_tables_change(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "a"})
    builds: list[int] = []

    def count() -> int:
        builds.append(1)
        return len(s.view("notes"))

    assert s.derived("count", count, tables=("notes",)) == 1
    assert s.derived("count", count, tables=("notes",)) == 1
    s.insert("other", {"text": "elsewhere"})  # another table: nothing to rebuild
    assert s.derived("count", count, tables=("notes",)) == 1
    assert len(builds) == 1
    s.insert("notes", {"text": "b"})
    assert s.derived("count", count, tables=("notes",)) == 2
    assert len(builds) == 2


def test_derived_follows_a_save_by_another_process(data_dir: Path) -> None:
    mine, theirs = Store(data_dir), Store(data_dir)
    mine.insert("notes", {"text": "a"})
    assert mine.derived("n", lambda: len(mine.view("notes")), tables=("notes",)) == 1
    theirs.insert("notes", {"text": "b"})
    assert mine.derived("n", lambda: len(mine.view("notes")), tables=("notes",)) == 2
    assert len(mine.view("notes")) == 2


def test_derived_inside_a_transaction_sees_each_change_and_a_rollback_undoes_them(data_dir: Path) -> None:
    s = Store(data_dir)
    s.insert("notes", {"text": "a"})
    with pytest.raises(RuntimeError):
        with s.transaction():
            s.insert("notes", {"text": "b"})
            assert len(s.view("notes")) == 2
            s.insert("notes", {"text": "c"})  # the same (already copied) table again
            assert [r["text"] for r in s.view("notes")] == ["a", "b", "c"]
            raise RuntimeError("give up")
    assert [r["text"] for r in s.view("notes")] == ["a"]


def test_the_uuid_index_follows_inserts_updates_and_imports(data_dir: Path) -> None:
    s = Store(data_dir)
    ids = [s.insert("notes", {"text": f"n{i}"})["uuid"] for i in range(5)]
    assert s.get("notes", ids[3])["text"] == "n3"
    with s.transaction():
        for i, uuid in enumerate(ids):  # an import replacing what is there ...
            s.put_raw("notes", {"uuid": uuid, "text": f"imported {i}"})
        s.put_raw("notes", {"uuid": "new-one", "text": "fresh"})  # ... and adding
        s.put_raw("notes", {"uuid": "new-one", "extra": 1})  # found again in the same transaction: replaced
        assert s.get("notes", "new-one") == {"uuid": "new-one", "extra": 1}
    assert len(s.view("notes")) == 6
    assert s.get("notes", ids[0])["text"] == "imported 0"
    got = s.get("notes", ids[1])
    got["text"] = "a caller's change"
    assert s.get("notes", ids[1])["text"] == "imported 1"
    s.delete("notes", ids[2])
    assert s.get("notes", ids[2]) is None
    assert s.get("notes", "no such uuid") is None
    assert s.get("no such table", ids[0]) is None


@pytest.mark.parametrize(("raw", "words"), [
    (b"\xff\xfe{}", "is not valid UTF-8 text"),
    (b"   \n ", "is blank"),
    (b'{"_meta": {"1": {"app": "rmcoach"', "is not valid JSON"),
])
def test_a_damaged_file_is_still_named_for_what_is_wrong(data_dir: Path, raw: bytes, words: str) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "rmcoach.json").write_bytes(raw)
    with pytest.raises(DamagedStore, match=words):
        Store(data_dir).check()


def test_visible_matches_can_see_for_every_viewer() -> None:
    records = [
        {"visibility": "shared", "author": "a"}, {"visibility": "private", "author": "a"},
        {"visibility": "private", "author": "b"}, {"author": "a"}, {"visibility": "private"},
    ]
    for viewer in (None, "", privacy.TOGETHER, "a", "b", "c"):
        assert privacy.visible(records, viewer) == [r for r in records if privacy.can_see(r, viewer)]


def _session(store: Store, day: str, lead: str) -> dict:
    return store.insert(tables.SESSIONS, {"date": day, "lead": lead, "covered": [], "occurrence": None,
                                            "author": lead, "visibility": "shared"})


def test_session_reads_follow_every_change(data_dir: Path) -> None:
    s, pair = make_pair(data_dir)  # records name people of the pair (the store checks it)
    p1, p2 = (p.uuid for p in pair.people)
    old = _session(s, "2026-01-05T14:00", p1)
    new = _session(s, "2026-02-02T14:00", p1)
    assert [r.uuid for r in sessions.logged_sessions(s)] == [new["uuid"], old["uuid"]]
    assert getattr(sessions.latest_session(s, before=_dt.datetime(2026, 1, 20)), "uuid", None) == old["uuid"]
    sessions.add_action(s, sessions.ActionInput("try it", p1), author=p1, session=old["uuid"])
    [action] = sessions.open_action_items(s, None)
    assert [a.uuid for a in sessions.session_actions(s, old["uuid"], None)] == [action.uuid]
    sessions.set_action_status(s, action.uuid, sessions.DONE)
    assert sessions.open_action_items(s, None) == []
    assert sessions.session_actions(s, old["uuid"], None)[0].status == sessions.DONE
    newest = _session(s, "2026-03-02T14:00", lead=p2)
    assert getattr(sessions.latest_session(s), "uuid", None) == newest["uuid"]
    s.update(tables.SESSIONS, newest["uuid"], {"occurrence": 7})
    assert checkins.lead_plan(s) == {7: p2}
    assert len(checkins.logged_dates(s)) == 3
    s.delete(tables.SESSIONS, newest["uuid"])
    assert getattr(sessions.latest_session(s), "uuid", None) == new["uuid"]
    assert checkins.lead_plan(s) == {}


def test_private_reflections_stay_with_their_author(data_dir: Path) -> None:
    s, pair = make_pair(data_dir)
    p1, p2 = (p.uuid for p in pair.people)
    rec = _session(s, "2026-01-05T14:00", p1)
    s.insert(tables.REFLECTIONS, {"session": rec["uuid"], "author": p1, "visibility": "private", "text": "mine"})
    assert [r.text for r in sessions.session_reflections(s, rec["uuid"], p1)] == ["mine"]
    assert sessions.session_reflections(s, rec["uuid"], p2) == []
    assert sessions.session_reflections(s, rec["uuid"], privacy.TOGETHER) == []
    found = sessions.reflection_of(s, rec["uuid"], p1)
    assert found is not None
    with pytest.raises(FrozenRecordError):  # shared between callers, so nobody can change it
        found.text = "changed by a caller"  # type: ignore[misc]
    assert getattr(sessions.reflection_of(s, rec["uuid"], p1), "text", None) == "mine"


def test_typed_records_follow_saves_here_and_in_another_process(data_dir: Path) -> None:
    from rmcoach.records.sessions import Action

    store, pair = make_pair(data_dir)
    a = pair.people[0].uuid
    first = store.insert("actions", {"text": "Try the portal", "owner": a, "due": "2026-10-02"})
    typed = store.records(Action)
    assert [(r.text, r.due) for r in typed] == [("Try the portal", _dt.date(2026, 10, 2))]
    assert store.records(Action) is typed  # built once while the table is unchanged
    assert store.record(Action, first["uuid"]) is typed[0]
    Store(data_dir).update("actions", first["uuid"], {"status": "done"})  # another writer
    assert store.record(Action, first["uuid"]).status == "done"
    store.delete("actions", first["uuid"])
    assert store.records(Action) == () and store.record(Action, first["uuid"]) is None
    assert store.record(Action, None) is None and store.record(Action, "no-such-uuid") is None


def test_typed_records_are_rebuilt_only_for_the_records_a_save_changed(data_dir: Path) -> None:
    from rmcoach.records.sessions import Action

    store, pair = make_pair(data_dir)
    a = pair.people[0].uuid
    with store.transaction():
        made = [store.insert("actions", {"text": f"Step {i}", "owner": a}) for i in range(5)]
    before = store.records(Action)
    store.update("actions", made[2]["uuid"], {"status": "done"})
    after = store.records(Action)
    assert after is not before and after[2].status == "done" and after[2] is not before[2]
    assert all(after[i] is before[i] for i in (0, 1, 3, 4))  # the same objects, not built again
    Store(data_dir).update("actions", made[0]["uuid"], {"text": "Changed elsewhere"})  # a reload
    assert [r.text for r in store.records(Action)] == ["Changed elsewhere", "Step 1", "Step 2", "Step 3", "Step 4"]


def test_typed_records_inside_a_transaction_check_what_is_not_saved_yet(data_dir: Path) -> None:
    from rmcoach.records import RecordError
    from rmcoach.records.sessions import Action
    from rmcoach.storage.store import StoreError

    store, pair = make_pair(data_dir)
    store.insert("actions", {"text": "Checked", "owner": pair.people[0].uuid})
    store.records(Action)
    with pytest.raises(StoreError):
        with store.transaction():
            store.insert("actions", {"text": "Not checked yet", "due": "someday"})
            with pytest.raises(RecordError):  # built by the checking conversion, never trusted
                store.records(Action)
            store.insert("actions", {"text": "still bad", "status": 7})  # the save refuses it
    assert [r.text for r in store.records(Action)] == ["Checked"]


def test_a_store_migrated_from_an_older_schema_is_not_trusted_until_it_is_saved(data_dir: Path) -> None:
    import json

    from rmcoach.records import RecordError
    from rmcoach.records.sessions import Action

    store, pair = make_pair(data_dir)
    store.insert("actions", {"text": "Fine", "owner": pair.people[0].uuid})
    data = json.loads(store.path.read_text())
    data["_meta"]["1"]["schema"] = 1  # schema 1 stores are migrated, not checked, on load
    data["actions"]["99"] = {"uuid": "bad", "text": "Due on a bad day", "due": "2026-13-45"}
    store.path.write_text(json.dumps(data))
    with pytest.raises(RecordError):
        Store(data_dir).records(Action)


def test_records_where_follows_saves_here_and_in_another_process(data_dir: Path) -> None:
    """The open action items, built from the stored dicts that match: the same records as
    filtering them all, through saves, deletes and another writer's save."""
    from rmcoach.records.sessions import Action

    store, pair = make_pair(data_dir)
    a = pair.people[0].uuid
    with store.transaction():
        made = [store.insert("actions", {"text": f"Step {i}", "owner": a}) for i in range(4)]
        store.insert("actions", {"text": "Done already", "owner": a, "status": "done"})
    store.update("actions", made[1]["uuid"], {"status": "dropped"})

    def expected() -> list[str]:
        return [r.text for r in Store(data_dir).records(Action) if r.status == "open"]

    assert [r.text for r in store.records_where(Action, "status", "open")] == expected() == [
        "Step 0", "Step 2", "Step 3"]  # "open" when the status was never written
    assert store.records_where(Action, "status", "open") is store.records_where(Action, "status", "open")
    assert [r.text for r in store.records_where(Action, "status", "done")] == ["Done already"]
    store.update("actions", made[2]["uuid"], {"status": "done"})
    store.delete("actions", made[3]["uuid"])
    assert [r.text for r in store.records_where(Action, "status", "open")] == expected() == ["Step 0"]
    Store(data_dir).update("actions", made[1]["uuid"], {"status": "open"})  # another writer
    assert [r.text for r in store.records_where(Action, "status", "open")] == expected() == ["Step 0", "Step 1"]


def test_records_where_builds_the_matching_records_once(data_dir: Path) -> None:
    """What it built is what the whole table's records then are (not built again), and
    when the whole table was built first it is filtered, not built anew."""
    from rmcoach.records.sessions import Action

    store, pair = make_pair(data_dir)
    with store.transaction():
        for i in range(3):
            store.insert("actions", {"text": f"Step {i}", "status": "open" if i != 1 else "done"})
    fresh = Store(data_dir)
    part = fresh.records_where(Action, "status", "open")
    whole = fresh.records(Action)
    assert whole[0] is part[0] and whole[2] is part[1]
    again = Store(data_dir)
    whole = again.records(Action)
    assert again.records_where(Action, "status", "done")[0] is whole[1]
    # a save replaces the table's dict and one record: the others are not built again,
    # though the whole table was never built in this store
    third = Store(data_dir)
    before = third.records_where(Action, "status", "open")
    third.insert("actions", {"text": "Step 3"})
    after = third.records_where(Action, "status", "open")
    assert [r.text for r in after] == ["Step 0", "Step 2", "Step 3"]
    assert after[0] is before[0] and after[1] is before[1]


def test_records_where_finds_a_uuid_in_a_field_that_may_be_empty(data_dir: Path) -> None:
    """The action items of one session: its uuid is stored as it is (no session is "")."""
    from rmcoach.records.sessions import Action

    store, pair = make_pair(data_dir)
    with store.transaction():
        store.insert("actions", {"text": "From the first", "session": "s-1"})
        store.insert("actions", {"text": "From none", "session": ""})
        store.insert("actions", {"text": "Also the first", "session": "s-1", "status": "done"})
    assert [r.text for r in store.records_where(Action, "session", "s-1")] == ["From the first", "Also the first"]
    assert store.records_where(Action, "session", "s-2") == ()
    Store(data_dir).insert("actions", {"text": "For the second", "session": "s-2"})
    assert [r.text for r in store.records_where(Action, "session", "s-2")] == ["For the second"]
    assert [r.session for r in store.records(Action)] == ["s-1", None, "s-1", "s-2"]


def test_records_where_refuses_a_field_stored_in_another_form(data_dir: Path) -> None:
    from rmcoach.records.sessions import Action

    store, _pair = make_pair(data_dir)
    with pytest.raises(ValueError):
        store.records_where(Action, "due", _dt.date(2026, 10, 2))  # stored as text
    with pytest.raises(ValueError):
        store.records_where(Action, "owner", None)  # "" is stored for nobody
    with pytest.raises(ValueError):
        store.records_where(Action, "session", "")
    with pytest.raises(ValueError):
        store.records_where(Action, "no_such_field", 1)


def test_columns_follow_saves_here_and_in_another_process(data_dir: Path) -> None:
    """The typed values of a few fields of every learning, read without building the records:
    the same as the records hold, through saves, deletes and another writer's save."""
    from rmcoach.records.skills import LearningRecord

    store, pair = make_pair(data_dir)
    a, b = (p.uuid for p in pair.people)
    fields = ("visibility", "author", "by", "on", "tags", "notable")

    def expected() -> list[tuple[object, ...]]:
        return [tuple(getattr(r, f) if f != "notable" else r.extra.get(f) for f in fields)
                for r in Store(data_dir).records(LearningRecord)]

    first = store.insert("learnings", {"text": "Filters", "by": a, "on": "2026-10-02", "tags": ["notable"]})
    store.insert("learnings", {"text": "Mine", "by": "", "author": b, "visibility": "private", "notable": True})
    got = store.columns(LearningRecord, fields)
    assert list(got) == expected() == [("shared", None, a, _dt.date(2026, 10, 2), ("notable",), None),
                                       ("private", b, None, None, (), True)]
    assert store.columns(LearningRecord, fields) is got  # built once while the table is unchanged
    assert privacy.visible_rows(got, privacy.TOGETHER) == [got[0]]
    assert privacy.visible_rows(got, b) == list(got) and privacy.visible_rows(got, a) == [got[0]]
    store.update("learnings", first["uuid"], {"on": ""})
    assert store.columns(LearningRecord, fields)[0][3] is None
    Store(data_dir).delete("learnings", first["uuid"])  # another writer
    assert list(store.columns(LearningRecord, fields)) == expected() == [("private", b, None, None, (), True)]


def test_columns_inside_a_transaction_check_what_is_not_saved_yet(data_dir: Path) -> None:
    from rmcoach.records import RecordError
    from rmcoach.records.skills import LearningRecord
    from rmcoach.storage.store import StoreError

    store, _pair = make_pair(data_dir)
    store.insert("learnings", {"text": "Checked", "on": "2026-10-02"})
    with pytest.raises(StoreError):
        with store.transaction():
            store.insert("learnings", {"text": "Not checked yet", "on": "someday"})
            with pytest.raises(RecordError):  # read by the checking conversion, never trusted
                store.columns(LearningRecord, ("on",))
            store.insert("learnings", {"text": "still bad", "on": 7})  # the save refuses it
    assert store.columns(LearningRecord, ("text", "on")) == (("Checked", _dt.date(2026, 10, 2)),)


def _in_generation(obj: object, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation=generation))


def test_a_loaded_history_goes_straight_to_the_oldest_generation(data_dir: Path) -> None:
    """The collector's young passes would walk the freshly read history twice more; it is
    handed to the oldest generation as soon as it is built (and the collector stays on)."""
    writer = Store(data_dir)
    for n in range(3):
        writer.insert("notes", {"text": f"note {n}", "tags": ["a", "b"]})
    assert gc.isenabled() and not gc.get_freeze_count()
    reader = Store(data_dir)
    table = reader.raw()["notes"]  # a dict of dicts: tracked by the collector
    assert gc.is_tracked(table)
    assert _in_generation(table, 2) and not _in_generation(table, 0)
    assert gc.isenabled()


def test_objects_set_aside_for_good_stay_set_aside(data_dir: Path) -> None:
    """After the app's ``gc.freeze`` a later read moves nothing (unfreezing would hand the
    frozen history back to the collector), and a paused collector stays paused."""
    from rmcoach.storage.store import set_aside_for_good

    Store(data_dir).insert("notes", {"text": "one"})
    set_aside_for_good()
    try:
        frozen = gc.get_freeze_count()
        Store(data_dir).raw()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        Store(data_dir).raw()
        assert not gc.isenabled()
    finally:
        gc.enable()
