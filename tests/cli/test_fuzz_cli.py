"""Fuzz every CLI command with random arguments and standard input: never a traceback."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmcoach import cli
from rmcoach.features.demo import build_demo
from rmcoach.storage.store import Store

# `serve` runs until Ctrl+C, so random arguments that happen to be valid would never return;
# tests/test_serve.py checks its arguments and refusals in a child process instead
COMMANDS = [m.NAME for m in cli._available_commands() if m.NAME != "serve"]
OPTIONS = ["--json", "--as", "--by", "--tag", "--skill", "--restore", "--shared", "--version", "-o", "--help", "-", "--data-dir"]
NASTY = st.lists(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
    | st.sampled_from(["\x1b[31m", "[bold]", "\n", "\t", "😀", "表", "", "  "]),
    max_size=5,
).map("".join)


def _run(argv: list[str], stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse's usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def fuzz_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("fuzz")
    build_demo(Store(base / "data"))
    return base


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    command=st.sampled_from(COMMANDS),
    tokens=st.lists(st.one_of(st.sampled_from(OPTIONS), NASTY, st.integers(-10**12, 10**12).map(str)), max_size=6),
    stdin=NASTY,
)
def test_random_arguments_never_end_in_a_traceback(fuzz_home: Path, command: str, tokens: list[str], stdin: str) -> None:
    # keep every path inside the fuzz folder: -o and --data-dir get safe values
    argv = [command]
    it = iter(tokens)
    for token in it:
        if token in ("-o", "--data-dir"):
            next(it, None)
            argv += [token, str(fuzz_home / "out" / "file.txt")] if token == "-o" else []
            continue
        argv.append(token)
    argv += ["--data-dir", str(fuzz_home / "data")]
    (fuzz_home / "out").mkdir(exist_ok=True)
    code, out, err = _run(argv, stdin)
    assert isinstance(code, int)
    assert "Traceback" not in err and "Traceback" not in out
    assert "something unexpected went wrong" not in err, (argv, err)
