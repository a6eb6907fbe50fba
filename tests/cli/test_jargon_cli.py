"""`rmcoach jargon`: run() with a fake context, and the real command in a subprocess."""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

from tests.conftest import run_cli

import pytest

from rmcoach.commands import jargon as cmd
from rmcoach.tips.jargon import UserTerm

ROOT = Path(__file__).resolve().parents[2]


def _ctx(stdin_bytes: bytes = b"", terms=([], [])):
    stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")
    return types.SimpleNamespace(stdout=io.StringIO(), stderr=io.StringIO(), stdin=stdin,
                                 pair_terms=lambda: terms)


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rmcoach jargon")
    cmd.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_contract() -> None:
    assert cmd.NAME == "jargon"
    assert cmd.HELP == "check text for jargon, unexplained acronyms and long sentences"
    args = _args()
    assert args.file == "-" and args.json is False


def test_clean_text_exit_0() -> None:
    ctx = _ctx(b"Thanks for today, see you next week.")
    assert cmd.run(_args(), ctx) == 0
    assert "No jargon" in ctx.stdout.getvalue()
    assert ctx.stderr.getvalue() == ""


def test_findings_readable_output_exit_1(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text("Hello.\nSave it to the cloud and ask the MDT.\n", encoding="utf-8")
    ctx = _ctx()
    assert cmd.run(_args(str(f)), ctx) == 1
    lines = ctx.stdout.getvalue().splitlines()
    assert lines[0].startswith("2:16  cloud  \u2192 online storage")
    assert lines[1].startswith("2:34  MDT  \u2192 spell out MDT")
    assert lines[-1] == "Found 2: 1 jargon term, 1 unexplained acronym."


def test_json_output_only_json() -> None:
    ctx = _ctx("Use the EHR \U0001f600.".encode())
    assert cmd.run(_args("--json"), ctx) == 1
    data = json.loads(ctx.stdout.getvalue())
    assert isinstance(data, list) and data[0]["canonical"] == "EHR"
    assert data[0]["kind"] == "jargon" and data[0]["line"] == 1 and data[0]["column"] == 9
    clean = _ctx(b"All fine here.")
    assert cmd.run(_args("--json"), clean) == 0
    assert json.loads(clean.stdout.getvalue()) == []


def test_pair_terms_used() -> None:
    terms = ([UserTerm("MDT", "the team meeting")], ["cloud"])
    ctx = _ctx(b"Save it to the cloud and ask the MDT.", terms)
    assert cmd.run(_args("--json"), ctx) == 1
    data = json.loads(ctx.stdout.getvalue())
    assert [(d["canonical"], d["suggestion"]) for d in data] == [("MDT", "the team meeting")]


def test_a_damaged_store_stops_the_check_like_every_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "rmcoach.json").write_bytes(b'{"_meta": {"1": {"app": "rmc')
    result = run_cli("jargon", "-", data_dir=data, stdin="the cache")
    assert result.returncode == 3 and "rmcoach doctor" in result.stderr and "Traceback" not in result.stderr
    assert (data / "rmcoach.json").read_bytes() == b'{"_meta": {"1": {"app": "rmc'


def test_missing_file_exit_2(tmp_path: Path) -> None:
    ctx = _ctx()
    missing = tmp_path / "nope.txt"
    assert cmd.run(_args(str(missing)), ctx) == 2
    err = ctx.stderr.getvalue()
    assert str(missing) in err and err.count("\n") == 1
    assert ctx.stdout.getvalue() == ""


def test_directory_exit_2(tmp_path: Path) -> None:
    ctx = _ctx()
    assert cmd.run(_args(str(tmp_path)), ctx) == 2
    assert "folder" in ctx.stderr.getvalue()


def test_non_utf8_exit_2(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("caf\xe9 cache".encode("latin-1"))
    ctx = _ctx()
    assert cmd.run(_args(str(f)), ctx) == 2
    assert "not UTF-8" in ctx.stderr.getvalue()
    ctx = _ctx(b"\xff\xfe bad")
    assert cmd.run(_args("-"), ctx) == 2
    assert "standard input is not UTF-8" in ctx.stderr.getvalue()


def test_control_characters_escaped() -> None:
    ctx = _ctx("\x1b]0;evil\x07 the \x1b[31mcache\x1b[0m and MDT\x9b".encode())
    assert cmd.run(_args(), ctx) == 1
    out = ctx.stdout.getvalue()
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    ctx = _ctx(b"x")
    bad_name = "bad\x1bname.txt"
    assert cmd.run(_args(bad_name), ctx) == 2
    assert "\x1b" not in ctx.stderr.getvalue() and "\\x1b" in ctx.stderr.getvalue()


def test_long_sentence_term_has_no_newline() -> None:
    text = ("word " * 20 + "\n" + "word " * 20 + ".").encode()
    ctx = _ctx(text)
    assert cmd.run(_args(), ctx) == 1
    first = ctx.stdout.getvalue().splitlines()[0]
    assert first.startswith("1:1  word word word word word word\u2026  \u2192 this sentence has 40 words")


# ---------------------------------------------------------------- the real command

_HAS_CLI = importlib.util.find_spec("rmcoach.cli") is not None


def _run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "rmcoach", "jargon", *args], input=stdin,
                          capture_output=True, env=env, timeout=60, cwd=cwd)


@pytest.mark.skipif(not _HAS_CLI, reason="the rmcoach CLI is not built yet")
def test_subprocess_stdin_and_exit_codes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    clean = _run("--data-dir", str(data_dir), stdin=b"See you on Tuesday.")
    assert clean.returncode == 0, clean.stderr
    dirty = _run("--data-dir", str(data_dir), "-", stdin=b"Turn on two-factor authentication.")
    assert dirty.returncode == 1
    assert b"two-factor authentication" in dirty.stdout
    assert not data_dir.exists(), "checking text must not create the pair store"


@pytest.mark.skipif(not _HAS_CLI, reason="the rmcoach CLI is not built yet")
def test_subprocess_json_and_errors(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("The EHR and the MDT.", encoding="utf-8")
    out = _run("--data-dir", str(tmp_path / "d"), "--json", str(f))
    assert out.returncode == 1
    assert [d["kind"] for d in json.loads(out.stdout)] == ["jargon", "acronym"]
    missing = _run("--data-dir", str(tmp_path / "d"), str(tmp_path / "missing.txt"))
    assert missing.returncode == 2
    assert b"missing.txt" in missing.stderr and b"Traceback" not in missing.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    out = _run("--data-dir", str(tmp_path / "d"), str(bad))
    assert out.returncode == 2 and b"UTF-8" in out.stderr and b"Traceback" not in out.stderr
