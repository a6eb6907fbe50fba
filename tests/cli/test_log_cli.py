"""`rmcoach log`: one line out, exit codes, who logged, skills and tags, no Textual, nothing lost alongside another writer."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from rmcoach.features.learnings import LAST_LOGGER
from rmcoach.records.pairs import load_pair
from rmcoach.storage.prefs import Prefs
from rmcoach.storage.store import Store
from tests.conftest import ROOT, run_cli


def _learnings(data_dir: Path) -> list[dict]:
    return Store(data_dir).all("learnings")


def test_no_pair_gives_a_one_line_hint(data_dir: Path) -> None:
    result = run_cli("log", "anything", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "rmcoach demo" in result.stderr and "`rmcoach`" in result.stderr
    assert not (data_dir / "rmcoach.json").exists()


def test_two_people_need_by_or_a_remembered_logger(demo_dir: Path) -> None:
    Prefs(demo_dir).set("owner", None)  # a shared computer: nobody's own
    before = len(_learnings(demo_dir))
    result = run_cli("log", "Hover before clicking", data_dir=demo_dir)
    assert result.returncode == 2
    assert "--by" in result.stderr and "Dr Margaret Okafor" in result.stderr and "Sam Patel" in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.rstrip().count(". ") == 0  # one sentence
    assert len(_learnings(demo_dir)) == before

    first = run_cli("log", "Hover before clicking", "--by", "sam", data_dir=demo_dir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("\n") == 1 and first.stdout.startswith("Logged for Sam Patel: Hover before clicking")
    pair = load_pair(Store(demo_dir))
    sam = pair.person("Sam Patel")
    assert Prefs(demo_dir).get(LAST_LOGGER) == sam.uuid

    second = run_cli("log", "Handover at eight is sacred", data_dir=demo_dir)  # no --by: the last logger
    assert second.returncode == 0 and "Sam Patel" in second.stdout
    assert "the last person who logged on this computer" in second.stdout  # and it says why
    third = run_cli("log", "Dictation learns my accent", "--by", "DR MARGARET OKAFOR", data_dir=demo_dir)
    assert third.returncode == 0 and "Dr Margaret Okafor" in third.stdout
    fourth = run_cli("log", "Templates can be edited", data_dir=demo_dir)
    assert "Dr Margaret Okafor" in fourth.stdout

    stored = {r["text"]: r for r in _learnings(demo_dir)}
    assert stored["Hover before clicking"]["by"] == sam.uuid and stored["Hover before clicking"]["author"] == sam.uuid
    assert stored["Handover at eight is sacred"]["by"] == sam.uuid
    assert stored["Templates can be edited"]["by"] == pair.people[0].uuid
    assert stored["Hover before clicking"]["visibility"] == "shared"

    unknown = run_cli("log", "x", "--by", "Zed", data_dir=demo_dir)
    assert unknown.returncode == 2 and "Zed" in unknown.stderr and "Sam Patel" in unknown.stderr


def test_without_by_the_computers_owner_logs_and_it_says_so(demo_dir: Path) -> None:
    pair = load_pair(Store(demo_dir))
    sam, margaret = pair.person("Sam Patel"), pair.person("Dr Margaret Okafor")
    Prefs(demo_dir).set(LAST_LOGGER, sam.uuid)
    assert run_cli("owner", "Okafor", data_dir=demo_dir).returncode == 0
    result = run_cli("log", "Ask what worries them first", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Logged for Dr Margaret Okafor (this computer's owner; --by chooses")
    rec = next(r for r in _learnings(demo_dir) if r["text"] == "Ask what worries them first")
    assert rec["by"] == margaret.uuid and rec["visibility"] == "shared"
    named = run_cli("log", "Passkeys replace passwords", "--by", "sam", data_dir=demo_dir)
    assert named.stdout.startswith("Logged for Sam Patel: ")  # --by said who: nothing to explain


def test_private_logs_a_private_learning(demo_dir: Path) -> None:
    result = run_cli("log", "I still fear the portal", "--by", "Okafor", "--private", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert "privately" in result.stdout
    rec = next(r for r in _learnings(demo_dir) if r["text"] == "I still fear the portal")
    assert rec["visibility"] == "private" and rec["author"] == rec["by"]
    shared = run_cli("export", "--shared", data_dir=demo_dir)
    assert "I still fear the portal" not in shared.stdout


def test_empty_text_is_refused(demo_dir: Path) -> None:
    before = len(_learnings(demo_dir))
    for text in ("", "   ", "\n\t"):
        result = run_cli("log", text, "--by", "sam", data_dir=demo_dir)
        assert result.returncode == 2 and "words of your own" in result.stderr
    empty_stdin = run_cli("log", "-", "--by", "sam", data_dir=demo_dir, stdin="  \n")
    assert empty_stdin.returncode == 2
    assert len(_learnings(demo_dir)) == before


def test_text_from_stdin_tags_and_skill(demo_dir: Path) -> None:
    result = run_cli("log", "-", "--by", "Dr", "--skill", "PHISH", "--tag", "Security,#links", "--tag", "email",
                     data_dir=demo_dir, stdin="Check the sender's real address\n")
    assert result.returncode == 0, result.stderr
    assert "(skill: Spotting phishing)" in result.stdout and "#security #links #email" in result.stdout
    rec = next(r for r in _learnings(demo_dir) if r["text"] == "Check the sender's real address")
    skill = next(s for s in Store(demo_dir).all("skills") if s["title"] == "Spotting phishing")
    assert rec["skill"] == skill["uuid"] and rec["tags"] == ["security", "links", "email"]

    several = run_cli("log", "x", "--by", "sam", "--skill", "ing", data_dir=demo_dir)
    assert several.returncode == 2 and "several skills" in several.stderr and "Clinical reasoning" in several.stderr
    close = run_cli("log", "x", "--by", "sam", "--skill", "clinical coding", data_dir=demo_dir)
    assert close.returncode == 2 and "Clinical reasoning" in close.stderr
    none = run_cli("log", "x", "--by", "sam", "--skill", "astrophysics", data_dir=demo_dir)
    assert none.returncode == 2 and "no skill matches" in none.stderr


def test_output_is_printable(demo_dir: Path) -> None:
    result = run_cli("log", "evil \x1b]0;title\x07 text", "--by", "sam", data_dir=demo_dir)
    assert result.returncode == 2 and "\x1b" not in result.stderr  # control characters are refused, not echoed


def test_log_does_not_import_textual(demo_dir: Path) -> None:
    code = (
        "import sys; from rmcoach.cli import main; "
        "rc = main(['--data-dir', %r, 'log', 'quick one', '--by', 'sam', '--skill', 'portal']); "
        "print(rc, 'textual' in sys.modules, 'dateutil.parser' in sys.modules)" % str(demo_dir)
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "0 False False", out.stdout + out.stderr


WRITER = """
import sys, time
from rmcoach.storage.store import Store
store = Store(sys.argv[1])
store.check()
print("ready", flush=True)
for i in range(int(sys.argv[2])):
    store.insert("actions", {"text": f"writer {i}", "status": "open"})
    time.sleep(0.005)
print("done", flush=True)
"""


def test_log_alongside_another_process_writing_loses_nothing(demo_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    actions_before = len(Store(demo_dir).all("actions"))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_dir), "60"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        procs = [subprocess.Popen([sys.executable, "-m", "rmcoach", "log", f"parallel {i}", "--by", "sam", "--data-dir",
                                   str(demo_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
                 for i in range(4)]
        codes = [p.wait(timeout=60) for p in procs]
    finally:
        writer.wait(timeout=60)
    assert codes == [0, 0, 0, 0]
    store = Store(demo_dir)
    texts = {r["text"] for r in store.all("learnings")}
    assert {f"parallel {i}" for i in range(4)} <= texts
    assert len(store.all("actions")) == actions_before + 60


def test_log_while_the_app_is_open(demo_dir: Path) -> None:
    """A real `python -m rmcoach` under a pseudo-terminal holds the store; a log from the shell still lands."""
    import pty

    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm-256color", COLUMNS="100", LINES="30")
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes the app
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "rmcoach", "--data-dir", str(demo_dir)], env)
    try:
        deadline = time.monotonic() + 20
        seen = b""
        while time.monotonic() < deadline and b"Tech exchange" not in seen:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
        result = run_cli("log", "Logged while the app was open", "--by", "sam", data_dir=demo_dir)
        assert result.returncode == 0, result.stderr
        os.write(fd, b"\x11")  # ctrl+q
        end = time.monotonic() + 10
        while time.monotonic() < end:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            try:
                os.read(fd, 65536)
            except OSError:
                pass
            time.sleep(0.05)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert any(r["text"] == "Logged while the app was open" for r in _learnings(demo_dir))


def test_by_accepts_any_part_of_a_name_but_never_guesses(demo_dir: Path, tmp_path: Path) -> None:
    for name in ("Margaret", "okafor", "Dr. Okafor", "margaret ok"):
        result = run_cli("log", f"via {name}", "--by", name, data_dir=demo_dir)
        assert result.returncode == 0 and "Logged for Dr Margaret Okafor" in result.stdout, (name, result.stderr)
    brief = run_cli("brief", "--as", "Okafor", data_dir=demo_dir)
    assert brief.returncode == 0, brief.stderr
    from rmcoach.records.pairs import PersonInput, create_pair

    store = Store(tmp_path / "lees")
    pair = create_pair(store, people=(PersonInput("Dr Ann Lee"), PersonInput("Sam Lee")), relationship="swap")
    assert pair.person("Lee") is None  # both are Lees: ambiguous, so nobody
    assert pair.person("Ann").name == "Dr Ann Lee" and pair.person("Dr Lee").name == "Dr Ann Lee"
    assert pair.person("sam").name == "Sam Lee"


def test_a_private_learning_is_never_filed_under_a_guess(demo_dir: Path) -> None:
    """On a computer nobody marked as theirs, the last logger is only a guess: a private
    learning without --by is refused (a shared one may still use the guess, and says so)."""
    from rmcoach.storage.prefs import Prefs

    Prefs(demo_dir).set("owner", None)
    shared = run_cli("log", "the guess is fine for shared notes", "--by", "Sam", data_dir=demo_dir)
    assert shared.returncode == 0, shared.stderr
    out = run_cli("log", "mine alone", "--private", data_dir=demo_dir)
    assert out.returncode == 2 and "--by" in out.stderr and "Traceback" not in out.stderr
    from rmcoach.storage.store import Store

    assert not [r for r in Store(demo_dir).all("learnings") if r.get("text") == "mine alone"]
    ok = run_cli("log", "mine alone", "--private", "--by", "Margaret", data_dir=demo_dir)
    assert ok.returncode == 0 and "privately" in ok.stdout
