"""`rmcoach jargon --reader` and `--as`: who the text is for, and --json saying which reader was used."""

from __future__ import annotations

import json
from pathlib import Path

from rmcoach.records.pairs import PersonInput, create_pair
from rmcoach.storage.store import Store
from tests.conftest import run_cli

TEXT = "His troponin was raised, so I pushed the fix to staging and opened a pull request."


def _json(result) -> dict:
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_reader_clinical_and_technology_without_a_pair(data_dir: Path) -> None:
    clinical = _json(run_cli("jargon", "--reader", "clinical", "--json", data_dir=data_dir, stdin=TEXT))
    assert clinical["reader"] == "clinical" and clinical["reader_from"] == "option"
    assert clinical["reader_person"] is None
    found = [f["term"] for f in clinical["findings"]]
    assert "troponin" not in found and "staging" in found and "pull request" in found
    technology = _json(run_cli("jargon", "--reader", "technology", "--json", data_dir=data_dir, stdin=TEXT))
    assert technology["reader"] == "technology"
    assert [f["term"] for f in technology["findings"]] == ["troponin"]
    assert not data_dir.exists(), "checking text must not create the pair store"


def test_no_reader_keeps_todays_check_and_says_so_in_json(data_dir: Path) -> None:
    plain = _json(run_cli("jargon", "--json", data_dir=data_dir, stdin="The ECG and the EHR."))
    assert plain["reader"] is None and plain["reader_from"] is None
    assert [(f["term"], f["kind"]) for f in plain["findings"]] == [("ECG", "acronym"), ("EHR", "jargon")]


def test_text_output_names_the_reader_and_counts_acronyms_together(data_dir: Path) -> None:
    result = run_cli("jargon", "--reader", "technology", data_dir=data_dir,
                     stdin="We gave DAPT for the NSTEMI and rang the SpR.")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "Checked for a technology reader."
    assert any("dual antiplatelet therapy" in line for line in lines)
    assert lines[-1] == "Found 3: 3 acronyms to spell out or explain."


def test_reader_by_name_uses_the_recorded_background(demo_dir: Path) -> None:
    # the demo pair: Dr Margaret Okafor (clinical) and Sam Patel (technology)
    for_sam = _json(run_cli("jargon", "--reader", "Sam", "--json", data_dir=demo_dir, stdin=TEXT))
    assert for_sam["reader"] == "technology" and for_sam["reader_from"] == "person"
    assert for_sam["reader_person"] == "Sam Patel"
    assert [f["term"] for f in for_sam["findings"]] == ["troponin"]
    # writing as Sam means checking for Margaret
    as_sam = _json(run_cli("jargon", "--as", "Sam", "--json", data_dir=demo_dir, stdin=TEXT))
    assert as_sam["reader"] == "clinical" and as_sam["reader_from"] == "partner"
    assert as_sam["reader_person"] == "Dr Margaret Okafor"
    assert "troponin" not in [f["term"] for f in as_sam["findings"]]
    text = run_cli("jargon", "--reader", "Okafor", data_dir=demo_dir, stdin=TEXT)
    assert text.stdout.splitlines()[0] == "Checked for a clinical reader (Dr Margaret Okafor's background)."


def test_a_role_stands_in_for_a_missing_background(data_dir: Path) -> None:
    create_pair(Store(data_dir), people=(PersonInput("Ann Lee", role="Ward sister"), PersonInput("Bo Roe")),
                relationship="tech exchange")
    found = _json(run_cli("jargon", "--reader", "Ann", "--json", data_dir=data_dir, stdin=TEXT))
    assert found["reader"] == "clinical"
    nobody = run_cli("jargon", "--reader", "Bo", data_dir=data_dir, stdin=TEXT)
    assert nobody.returncode == 2
    assert "Bo Roe has no background recorded" in nobody.stderr and "Traceback" not in nobody.stderr
    assert nobody.stderr.count("\n") == 1


def test_unknown_reader_names_and_no_pair_are_clear_errors(data_dir: Path, demo_dir: Path) -> None:
    no_pair = run_cli("jargon", "--reader", "Sam", data_dir=data_dir.parent / "empty", stdin=TEXT)
    assert no_pair.returncode == 2 and "there is no pair yet" in no_pair.stderr
    assert "Traceback" not in no_pair.stderr
    stranger = run_cli("jargon", "--reader", "Zed", data_dir=demo_dir, stdin=TEXT)
    assert stranger.returncode == 2 and "Dr Margaret Okafor or Sam Patel" in stranger.stderr
    assert "clinical, technology" in stranger.stderr  # the readers by kind are named too
    both = run_cli("jargon", "--reader", "clinical", "--as", "Sam", data_dir=demo_dir, stdin=TEXT)
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_background_is_stored_with_each_person(data_dir: Path) -> None:
    from rmcoach.records.pairs import load_pair

    store = Store(data_dir)
    create_pair(store, people=(PersonInput("Ann Lee", background="ward nurse"),
                               PersonInput("Bo Roe", background="technology")), relationship="tech exchange")
    pair = load_pair(store)
    assert [p.background for p in pair.people] == ["ward nurse", "technology"]
