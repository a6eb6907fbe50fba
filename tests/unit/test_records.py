"""Typed records: one conversion per table, checked at the store's boundary
(load, save, import), and doctor's listing and setting aside of bad records."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmcoach.records import model
from rmcoach import records
from rmcoach.features.demo import build_demo
from rmcoach.records import RECORD_TYPES, RecordError, Refs, Session, tables
from rmcoach.records.base import compile_projector, compile_validator
from rmcoach.storage.store import DamagedStore, Store, StoreError
from tests.conftest import run_cli


def _demo_data(folder: Path) -> dict[str, Any]:
    build_demo(Store(folder))
    return json.loads((folder / "rmcoach.json").read_text())


def _write(folder: Path, data: dict[str, Any]) -> bytes:
    raw = json.dumps(data).encode()
    (folder / "rmcoach.json").write_bytes(raw)
    return raw


def _first(data: dict[str, Any], table: str) -> dict[str, Any]:
    return next(iter(data[table].values()))


# --------------------------------------------------------------------------- conversion
def test_every_table_has_one_record_type_and_the_names_are_defined_once() -> None:
    assert set(RECORD_TYPES) == {tables.META, *tables.ALL}
    assert all(cls.TABLE == name for name, cls in RECORD_TYPES.items())


def test_every_demo_record_converts_and_round_trips_exactly(data_dir: Path) -> None:
    data = _demo_data(data_dir)
    refs = records.refs_of(data)
    count = 0
    for name, cls in RECORD_TYPES.items():
        for raw in (data.get(name) or {}).values():
            record = cls.from_dict(raw, refs)
            assert record.to_dict() == raw
            count += 1
    assert count > 50


def _same_record(got: Any, want: Any) -> None:
    """Equal in every field, in ``extra`` and ``absent``, in the order of its attributes and
    in the dict it gives back (``==`` compares the declared fields only)."""
    assert type(got) is type(want) and got == want
    assert list(got.__dict__.items()) == list(want.__dict__.items())
    assert got.to_dict() == want.to_dict()
    for name in type(want)._specs:
        value = want.__dict__[name]
        assert type(got.__dict__[name]) is type(value), name
        if isinstance(value, tuple) and value and hasattr(value[0], "_specs"):
            for inner_got, inner_want in zip(got.__dict__[name], value):
                _same_record(inner_got, inner_want)


def test_the_trusted_builder_makes_what_from_dict_makes_for_every_demo_and_heavy_record(data_dir: Path,
                                                                                      tmp_path: Path) -> None:
    from bench.heavy import generate

    generate(tmp_path / "heavy", years=0.5)
    count = 0
    for data in (_demo_data(data_dir), json.loads((tmp_path / "heavy" / "rmcoach.json").read_text())):
        for name, cls in RECORD_TYPES.items():
            for raw in (data.get(name) or {}).values():
                _same_record(cls.from_checked(raw), cls.from_dict(raw))
                count += 1
    assert count > 400


def test_a_projection_reads_what_the_record_holds_for_every_demo_and_heavy_record(data_dir: Path,
                                                                                  tmp_path: Path) -> None:
    """Store.columns reads a few fields without building records: each value is the one the
    record built by from_dict holds (a name that is no field: what its ``extra`` holds)."""
    from bench.heavy import generate

    generate(tmp_path / "heavy", years=0.5)
    count = 0
    for data in (_demo_data(data_dir), json.loads((tmp_path / "heavy" / "rmcoach.json").read_text())):
        for name, cls in RECORD_TYPES.items():
            cls._fields_plan()
            fields = (*reversed(tuple(cls._specs)), "notable", "later_field")  # in another order too
            project = compile_projector(cls, fields)
            for raw in (data.get(name) or {}).values():
                typed = cls.from_dict(raw)
                want = tuple(getattr(typed, f) if f in cls._specs else typed.extra.get(f) for f in fields)
                got = project(raw)
                assert got == want and [type(v) for v in got] == [type(v) for v in want]
                count += 1
    assert count > 400
    raw = {"uuid": "s1", "date": "2026-09-01", "occurrence": "", "minutes": None, "later_field": [1]}
    assert compile_projector(Session, ("occurrence", "minutes", "notes", "date", "later_field"))(raw) == (
        None, None, "", _dt.date(2026, 9, 1), [1])


def test_the_trusted_builder_keeps_unknown_keys_and_knows_what_was_absent() -> None:
    raw = {"uuid": "s1", "date": "2026-09-01", "covered": [{"topic": "Portal", "later": 1}], "notes": "",
           "ratings": {"p1": {"useful": 4}}, "occurrence": "", "later_field": [1]}
    got, want = Session.from_checked(raw), Session.from_dict(raw)
    _same_record(got, want)
    assert got.extra == {"later_field": [1]} and got.covered[0].extra == {"later": 1}
    assert got.date == _dt.date(2026, 9, 1) and "minutes" in got.absent
    assert got.occurrence is None and got.blank == {"occurrence"}  # "none chosen" reads as None
    assert got.to_dict() == raw  # ... and is written back as it was stored
    assert Session.from_checked({"uuid": "s2", "date": "2026-09-01T14:00"}).date == _dt.datetime(2026, 9, 1, 14)


def test_an_empty_string_in_an_optional_field_reads_as_none_at_every_depth() -> None:
    """Found by an outside review: ``""`` (which the app writes for "none chosen", and
    imports and hand edits bring) passed the check and then reached code comparing it
    with a number or a date.  Typed fields hold their type or None, nothing else."""
    from rmcoach.records.skills import SkillRecord

    raw = {"uuid": "k1", "title": "Portal", "level": 2,
           "levels": [{"level": 1, "on": ""}, {"level": 2, "on": "2026-09-01"}],
           "teachbacks": [{"on": "2026-09-02", "before": "", "after": ""}]}
    for skill in (SkillRecord.from_dict(raw), SkillRecord.from_checked(raw)):
        assert [c.on for c in skill.levels] == [None, _dt.date(2026, 9, 1)]
        assert skill.teachbacks[0].before is None and skill.teachbacks[0].after is None
        assert skill.to_dict() == raw
    session = {"uuid": "s1", "date": "2026-09-01", "ratings": {"p1": {"useful": "", "comfort": 2}}, "lead": ""}
    for typed in (Session.from_dict(session), Session.from_checked(session)):
        assert typed.ratings["p1"].useful is None and typed.ratings["p1"].comfort == 2 and typed.lead is None
        assert typed.to_dict() == session
    assert Session.from_dict(session).replace(lead="p2").to_dict()["lead"] == "p2"


def test_a_session_is_typed() -> None:
    raw = {"uuid": "s1", "date": "2026-09-01T14:00", "minutes": 60, "covered": [{"topic": "Portal", "skill": None}],
           "ratings": {"p1": {"useful": 4, "comfort": 5}}, "lead": "p1", "visibility": "shared", "later_field": [1]}
    session = Session.from_dict(raw, Refs(people=frozenset({"p1", "p2"})))
    assert session.date == _dt.datetime(2026, 9, 1, 14, 0)
    assert session.covered[0].topic == "Portal" and session.ratings["p1"].useful == 4
    assert session.extra == {"later_field": [1]}  # a newer rmcoach's field survives
    assert session.to_dict() == raw
    assert Session.from_dict({"uuid": "s2", "date": "2026-09-01"}).date == _dt.date(2026, 9, 1)


@pytest.mark.parametrize("field,value,says", [
    ("ratings", "x", 'bad field "ratings": must be a mapping of ratings, not text'),
    ("ratings", {"p1": {"useful": 6}}, 'bad field "ratings.p1.useful": must be from 1 to 5, not 6'),
    ("covered", "x", 'bad field "covered": must be a list of covered topics, not text'),
    ("covered", [{"teacher": "stranger"}], 'bad field "covered.0.teacher": names nobody in this pair (stranger)'),
    ("date", "9999-12-31T10:00", 'bad field "date": is in the year 9999; rmcoach accepts years 1900 to 2200'),
    ("date", "0001-01-01T10:00", "is in the year 1"),
    ("date", "next tuesday", "must be a local date and time such as 2026-12-03T14:00, not next tuesday"),
    ("minutes", True, 'bad field "minutes": must be a whole number from 1 to 1440, not true/false'),
    ("visibility", "public", "must be one of shared, private, not public"),
])
def test_a_bad_field_is_named_with_its_table_and_record(field: str, value: Any, says: str) -> None:
    raw = {"uuid": "s1", "date": "2026-09-01T14:00", field: value}
    with pytest.raises(RecordError) as caught:
        Session.from_dict(raw, Refs(people=frozenset({"p1", "p2"})))
    message = str(caught.value)
    assert message.startswith("the sessions record s1 has a bad ") and says in message
    assert caught.value.table == "sessions" and caught.value.record == "s1"


def test_dates_are_kept_to_a_sane_window() -> None:
    for ok in ("1900-01-01", "2200-12-31"):
        records.LearningRecord.from_dict({"uuid": "l", "on": ok})
    for bad in ("1899-12-31", "2201-01-01", "2026-02-30", "2026-1-5", "20260105"):
        with pytest.raises(RecordError, match='field "on"'):
            records.LearningRecord.from_dict({"uuid": "l", "on": bad})


def test_a_record_without_a_uuid_is_named_by_its_place() -> None:
    found = records.problems({"learnings": {"7": {"text": "x"}}})
    assert [str(p) for p in found] == ['the learnings record number 7 has a bad field "uuid": is missing (every record has one)']


def test_a_pair_must_find_its_two_people(data_dir: Path) -> None:
    data = _demo_data(data_dir)
    data["people"] = {}
    found = records.problems(data)
    assert "finds 0 of its two people in the people table" in str(found[0])


def test_a_pair_that_lost_its_people_field_names_nobody(data_dir: Path) -> None:
    data = _demo_data(data_dir)
    del next(iter(data["pair"].values()))["people"]  # found by the bad-store property test
    found = records.problems(data)
    assert "finds 0 of its two people in the people table" in str(found[0])


def test_model_person_is_the_people_record() -> None:
    assert model.Person is records.Person
    person = model.Person.from_record({"uuid": "p", "name": "Sam", "role": "Analyst"})
    assert person.to_fields() == {"name": "Sam", "role": "Analyst", "brings": "", "wants": "", "background": ""}
    assert hash(person) == hash("p")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(RECORD_TYPES)), st.dictionaries(
    st.sampled_from(["uuid", "date", "on", "text", "author", "answers", "ratings", "covered", "levels", "version",
                     "logistics", "goals", "tasks", "level", "status", "history", "deleted", "people", "kind", "original",
                     "result", "acks", "tags", "start", "done", "minutes", "learned_most", "decision"]),
    st.one_of(st.none(), st.booleans(), st.integers(-2, 6), st.text(max_size=4), st.sampled_from(
        ["p1", "2026-09-01", "2026-09-01T10:00", "2026-09-01T10:00:00+00:00", "9999-01-01", "skip", "open"]),
        st.lists(st.one_of(st.integers(0, 5), st.text(max_size=2), st.just({"level": 2, "on": "2026-01-01"})), max_size=2),
        st.dictionaries(st.sampled_from(["p1", "x", "useful", "kind", "cadence"]), st.one_of(st.integers(0, 6), st.text(max_size=2)), max_size=2)),
    max_size=6))
def test_the_fast_check_agrees_with_the_full_conversion(table: str, raw: dict[str, Any]) -> None:
    cls = RECORD_TYPES[table]
    refs = Refs(people=frozenset({"p1", "p2"}))
    try:
        cls.from_dict(raw, refs)
        converts = True
    except RecordError:
        converts = False
    if compile_validator(cls)(raw, refs.people):  # the fast test passes only what converts
        assert converts
    if converts:  # what passed the check, the trusted builder makes exactly as from_dict does
        _same_record(cls.from_checked(raw), cls.from_dict(raw))
    if table not in ("pair", "people"):
        people = {"1": {"uuid": "p1"}, "2": {"uuid": "p2"}}
        assert bool(records.problems({table: {"1": raw}, "people": people})) != converts


# --------------------------------------------------------------------------- the store's boundary
def test_a_store_with_a_bad_record_is_refused_untouched(data_dir: Path) -> None:
    data = _demo_data(data_dir)
    session = _first(data, "sessions")
    session["ratings"] = "x"
    raw = _write(data_dir, data)
    store = Store(data_dir)
    with pytest.raises(DamagedStore) as caught:
        store.all("sessions")
    message = str(caught.value)
    assert f'the sessions record {session["uuid"]} has a bad field "ratings"' in message
    assert message.count(". ") == 0 and message.endswith("restore a backup.")
    assert (data_dir / "rmcoach.json").read_bytes() == raw


def test_nothing_that_would_not_load_is_ever_saved(data_dir: Path) -> None:
    _demo_data(data_dir)
    store = Store(data_dir)
    before = (data_dir / "rmcoach.json").read_bytes()
    with pytest.raises(StoreError, match=r'rmcoach did not save, because the learnings record .* bad field "on"'):
        store.insert("learnings", {"text": "x", "on": "9999-01-01"})
    with pytest.raises(StoreError, match="did not save"):
        store.update("learnings", store.all("learnings")[0]["uuid"], {"tags": "x"})
    assert (data_dir / "rmcoach.json").read_bytes() == before
    assert store.all("learnings")[0]["tags"] != "x"  # the refused change is not kept in memory either


# --------------------------------------------------------------------------- doctor
def _bad_demo(data_dir: Path) -> tuple[dict[str, Any], bytes]:
    data = _demo_data(data_dir)
    sessions = list(data["sessions"].values())
    sessions[0]["ratings"] = "x"
    sessions[1]["covered"] = "x"
    _first(data, "skills")["levels"] = "x"
    return data, _write(data_dir, data)


def test_doctor_lists_every_bad_record_and_sets_them_aside_without_losing_any(data_dir: Path) -> None:
    data, raw = _bad_demo(data_dir)
    report = run_cli("doctor", data_dir=data_dir)
    assert report.returncode == 1
    assert "Bad records (3):" in report.stdout and report.stdout.count('has a bad field "') == 4  # status + 3 lines
    assert "rmcoach doctor --set-aside" in report.stdout and "--restore" in report.stdout
    assert (data_dir / "rmcoach.json").read_bytes() == raw

    moved = run_cli("doctor", "--set-aside", data_dir=data_dir)
    assert moved.returncode == 0, moved.stderr
    assert "Moved 3 bad records into" in moved.stdout
    aside = next(data_dir.glob("rmcoach-set-aside-*.json"))
    kept = next(data_dir.glob("rmcoach.json.damaged-*"))
    assert kept.read_bytes() == raw
    payload = json.loads(aside.read_text())
    bad = [r for t in ("sessions", "skills") for r in payload["tables"][t]]
    assert sorted(r["uuid"] for r in bad) == sorted(
        [r["uuid"] for r in list(data["sessions"].values())[:2]] + [_first(data, "skills")["uuid"]])
    assert all(r in list(data["sessions"].values()) + list(data["skills"].values()) for r in bad)  # verbatim
    assert len(payload["set_aside"]) == 3

    store = Store(data_dir)
    assert len(store.all("sessions")) == len(data["sessions"]) - 2  # the rest opens again
    assert run_cli("brief", data_dir=data_dir).returncode == 0
    assert "Status: ok" in run_cli("doctor", data_dir=data_dir).stdout

    # fixed by hand, the set-aside file imports back (checked on the way in)
    refused = run_cli("import", str(aside), data_dir=data_dir)
    assert refused.returncode == 1 and "holds 3 records rmcoach cannot accept, so nothing was imported" in refused.stderr
    for record in payload["tables"]["sessions"]:
        record["ratings"], record["covered"] = {}, []
    payload["tables"]["skills"][0]["levels"] = []
    aside.write_text(json.dumps(payload))
    back = run_cli("import", str(aside), data_dir=data_dir)
    assert back.returncode == 0, back.stderr
    assert len(Store(data_dir).all("sessions")) == len(data["sessions"])


def test_doctor_will_not_set_aside_the_pair_or_its_people(data_dir: Path) -> None:
    data = _demo_data(data_dir)
    _first(data, "people")["name"] = 7
    raw = _write(data_dir, data)
    result = run_cli("doctor", "--set-aside", data_dir=data_dir)
    assert result.returncode == 3 and "run `rmcoach doctor --restore`" in result.stderr
    assert result.stderr.count("\n") == 1
    assert (data_dir / "rmcoach.json").read_bytes() == raw
    assert not list(data_dir.glob("rmcoach-set-aside-*"))


# --------------------------------------------------------------------------- import
def test_an_import_with_bad_records_is_refused_and_lists_them(data_dir: Path, tmp_path: Path) -> None:
    build_demo(Store(data_dir))
    export = run_cli("export", data_dir=data_dir)
    payload = json.loads(export.stdout)
    payload["tables"]["sessions"][0]["ratings"] = "x"
    payload["tables"]["agreements"][0]["logistics"] = "weekly"
    source = tmp_path / "theirs.json"
    source.write_text(json.dumps(payload))
    before = (data_dir / "rmcoach.json").read_bytes()
    result = run_cli("import", str(source), data_dir=data_dir)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "holds 2 records rmcoach cannot accept, so nothing was imported" in result.stderr
    assert 'bad field "ratings"' in result.stderr and 'bad field "logistics"' in result.stderr
    assert (data_dir / "rmcoach.json").read_bytes() == before


def test_a_raw_store_file_with_bad_records_is_refused_as_an_import(data_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    data = _demo_data(other)
    _first(data, "readiness")["answers"] = [1]
    source = other / "rmcoach.json"
    _write(other, data)
    build_demo(Store(data_dir))
    result = run_cli("import", str(source), data_dir=data_dir)
    assert result.returncode == 1 and 'bad field "answers": must be a mapping' in result.stderr


def test_large_tables_use_the_compiled_check_and_it_finds_the_same_problems(tmp_path: Path) -> None:
    from bench.heavy import generate

    generate(tmp_path / "heavy", 0.5)
    data = json.loads((tmp_path / "heavy" / "rmcoach.json").read_text())
    assert len(data["learnings"]) >= records.COMPILE_FROM
    assert records.problems(data) == []
    learning = list(data["learnings"].values())[7]
    learning["on"] = "0001-01-01"
    learning["tags"] = ["ok", 3]
    found = records.problems(data)
    assert [(p.table, p.record, p.field) for p in found] == [("learnings", learning["uuid"], "tags.1")]
    assert RECORD_TYPES["learnings"]._fast is not None


def test_doctor_set_aside_on_a_healthy_store_changes_nothing(data_dir: Path) -> None:
    build_demo(Store(data_dir))
    before = (data_dir / "rmcoach.json").read_bytes()
    result = run_cli("doctor", "--set-aside", data_dir=data_dir)
    assert result.returncode == 0 and "Every record is fine, so nothing was set aside." in result.stdout
    both = run_cli("doctor", "--set-aside", "--restore", data_dir=data_dir)
    assert both.returncode == 2 and both.stderr.count("\n") == 1
    assert (data_dir / "rmcoach.json").read_bytes() == before
    assert not list(data_dir.glob("rmcoach-set-aside-*"))


@pytest.mark.parametrize("uuid", [[], {}, 7, None])
def test_a_person_whose_uuid_is_not_text_is_named_not_a_crash(data_dir: Path, uuid: Any) -> None:
    data = _demo_data(data_dir)
    _first(data, "people")["uuid"] = uuid
    found = records.problems(data)
    assert "finds 1 of its two people" in str(found[0])
    assert any(p.table == "people" and p.field == "uuid" for p in found)


def test_a_retrospective_without_a_decision_may_say_so_with_null() -> None:
    from rmcoach.records.coaching import Retro

    assert Retro.from_dict({"uuid": "r1", "decision": None}).decision is None  # was refused as damage
    assert Retro.from_checked({"uuid": "r1", "decision": None}).to_dict() == {"uuid": "r1", "decision": None}
