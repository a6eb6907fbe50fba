"""Faults while the app itself saves: the app killed mid-write, and the disk full or
read-only while a form is saved (a clear message, the file untouched, the typed text
still there to retry)."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from rmcoach.features import agreement
from rmcoach.storage import store as store_mod
from rmcoach.app import make_app
from rmcoach.screens.agreement_forms import AgreementEditScreen
from rmcoach.screens.learnings import QuickLogModal
from rmcoach.screens.sessions import SessionFormScreen
from rmcoach.screens.skills import SkillFormModal, SkillsScreen
from rmcoach.screens.trust import TrustScreen
from rmcoach.storage.store import Store
from tests.conftest import ROOT, go_home, until

SIZE = (110, 40)

# The child: the real app, headless, logging learnings through ctrl+l as fast as it can.
# It prints ACK only once the modal is gone, i.e. once the app has told the person "saved".
CHILD = r"""
import asyncio, sys
from rmcoach.app import make_app
from rmcoach.screens.learnings import QuickLogModal

async def main(folder, tag):
    app = make_app(folder, watch_interval=0)
    async with app.run_test(size=(110, 40)) as pilot:
        print("READY", flush=True)
        n = 0
        while True:
            text = f"{tag}-{n}"
            await pilot.press("ctrl+l")
            while not isinstance(app.screen, QuickLogModal):
                await pilot.pause(0.01)
            await pilot.press(*text)
            await pilot.press("enter")
            while isinstance(app.screen, QuickLogModal):
                await pilot.pause(0.01)
            print("ACK", text, flush=True)
            n += 1

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def _reader(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line.strip())


def test_killing_the_app_while_it_saves_never_loses_an_acknowledged_learning(demo_dir: Path) -> None:
    rng = random.Random(2026)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    acknowledged: list[str] = []
    rounds = 0
    while rounds < 10:  # a fixed number of rounds, however slow the machine
        tag = f"tui{rounds}x{rng.randrange(10**6)}"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(demo_dir), tag], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 20
        while "READY" not in lines and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert "READY" in lines, proc.stderr.read() if proc.poll() is not None else "the app did not start in 20 s"
        # wait for what the round needs - the first acknowledged save, however slow the machine -
        # then kill at a random moment after it: in the middle of a later save, or between two
        deadline = time.monotonic() + 120
        while not any(line.startswith("ACK ") for line in lines) and proc.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.01)
        assert any(line.startswith("ACK ") for line in lines), \
            proc.stderr.read() if proc.poll() is not None else "no save was acknowledged in 120 s"
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        reader.join(timeout=5)
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        acknowledged += [line.split(" ", 1)[1] for line in lines if line.startswith("ACK ")]
        Store(demo_dir).check()  # the store always opens
        texts = {r["text"] for r in Store(demo_dir).all("learnings")}
        missing = [a for a in acknowledged if a not in texts]
        assert not missing, f"acknowledged but lost after round {rounds}: {missing}"
        rounds += 1
    assert len(acknowledged) >= rounds  # every round saw at least one acknowledged save
    # no temp file is left behind once someone saves again
    Store(demo_dir).insert("learnings", {"text": "after the kills", "by": None, "visibility": "shared"})
    assert not [p for p in demo_dir.iterdir() if ".tmp-" in p.name]


# --------------------------------------------------------------------------- disk full / read-only
def _failing_write(code: int):
    def write(fd: int, data: bytes) -> int:
        raise OSError(code, os.strerror(code))
    return write


def _shown(app) -> str:
    """Every message on screen: the screen's own status lines and the notifications."""
    parts = [str(w.render()) for w in app.screen.query("Static") if w.display]
    parts += [n.message for n in app._notifications]
    return "\n".join(parts)


REASON = {errno.ENOSPC: "disk is full", errno.EROFS: "read-only"}


async def _refused_then_saved(app, pilot, monkeypatch, store_path: Path, form_type: type, code: int,
                              save_keys: tuple[str, ...], typed: dict[str, str]) -> None:
    """Press save with writes failing: message, form still open, text kept, file unchanged.
    Then save again with the disk back."""
    screen = app.screen
    assert isinstance(screen, form_type)
    before = store_path.read_bytes()
    monkeypatch.setattr(store_mod.os, "write", _failing_write(code))
    await pilot.press(*save_keys)
    # the save runs in a worker: wait for its refusal before letting writes through again
    await until(pilot, lambda: REASON[code] in _shown(app), "the refusal")
    monkeypatch.undo()
    assert app.screen is screen, "the form closed although nothing was saved"
    assert REASON[code] in _shown(app)
    assert "nothing you typed was lost" in _shown(app)
    assert "Traceback" not in _shown(app)
    for selector, value in typed.items():
        widget = screen.query_one(selector)
        assert (widget.text if isinstance(widget, TextArea) else widget.value) == value
    assert store_path.read_bytes() == before
    assert not [p for p in store_path.parent.iterdir() if ".tmp-" in p.name]
    await pilot.press(*save_keys)
    await until(pilot, lambda: app.screen is not screen, "the form to close once saved")


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
async def test_quick_learning_on_a_full_or_read_only_disk(demo_dir: Path, monkeypatch, code: int) -> None:
    app = make_app(demo_dir, watch_interval=0)
    store = Store(demo_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press(*"Mute before typing a password")
        await _refused_then_saved(app, pilot, monkeypatch, store.path, QuickLogModal, code, ("enter",),
                                  {"#learn-text-input": "Mute before typing a password"})
    assert "Mute before typing a password" in [r["text"] for r in Store(demo_dir).all("learnings")]


async def test_session_log_on_a_full_disk(demo_dir: Path, monkeypatch) -> None:
    app = make_app(demo_dir, watch_interval=0)
    store = Store(demo_dir)
    before = len(store.all("sessions"))
    notes = "We tried **two-factor** sign-in.\n- [ ] check the rota app"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")  # the briefing's "write up the session"
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionFormScreen)
        screen.query_one("#notes-input", TextArea).text = notes
        screen.query_one("#went-well-input", TextArea).text = "Calm pace"
        screen.query_one("#useful-0-input", Input).value = "4"
        screen.query_one("#action-1-text-input", Input).value = "Set up the password manager"
        await _refused_then_saved(app, pilot, monkeypatch, store.path, SessionFormScreen, errno.ENOSPC, ("ctrl+s",),
                                  {"#notes-input": notes, "#went-well-input": "Calm pace", "#useful-0-input": "4",
                                   "#action-1-text-input": "Set up the password manager"})
    final = Store(demo_dir)
    assert len(final.all("sessions")) == before + 1
    assert any(s.get("notes") == notes and s.get("went_well") == "Calm pace" for s in final.all("sessions"))
    assert "Set up the password manager" in [a["text"] for a in final.all("actions")]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
async def test_add_skill_on_a_full_or_read_only_disk(demo_dir: Path, monkeypatch, code: int) -> None:
    app = make_app(demo_dir, watch_interval=0)
    store = Store(demo_dir)
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SkillsScreen)
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SkillFormModal)
        screen.query_one("#sk-title-input", Input).value = "Sharing a screen on Teams"
        screen.query_one("#sk-description-input", TextArea).text = "Show one window, not the whole desktop"
        await _refused_then_saved(app, pilot, monkeypatch, store.path, SkillFormModal, code, ("ctrl+s",),
                                  {"#sk-title-input": "Sharing a screen on Teams",
                                   "#sk-description-input": "Show one window, not the whole desktop"})
    titles = [s["title"] for s in Store(demo_dir).all("skills")]
    assert "Sharing a screen on Teams" in titles


async def test_agreement_edit_on_a_full_disk(demo_dir: Path, monkeypatch) -> None:
    app = make_app(demo_dir, watch_interval=0)
    store = Store(demo_dir)
    versions = len(agreement.versions(store))
    async with app.run_test(size=SIZE) as pilot:
        await go_home(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TrustScreen)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementEditScreen)
        screen.query_one("#goal-0-0-goal-input", Input).value = "Run a video clinic alone"
        screen.query_one("#rule-feedback-input", TextArea).text = "Say it kindly, say it soon"
        await _refused_then_saved(app, pilot, monkeypatch, store.path, AgreementEditScreen, errno.ENOSPC, ("ctrl+s",),
                                  {"#goal-0-0-goal-input": "Run a video clinic alone",
                                   "#rule-feedback-input": "Say it kindly, say it soon"})
    final = Store(demo_dir)
    latest = agreement.latest(final)
    assert len(agreement.versions(final)) == versions + 1
    assert "Run a video clinic alone" in [g.goal for g in latest.goals]
    assert latest.rules["feedback"] == "Say it kindly, say it soon"


async def test_a_file_damaged_under_the_running_app_is_reported_and_the_screens_keep_working(demo_dir: Path) -> None:
    """A hand edit (or another program) breaks a record while the app is open: one toast
    names the damage, every area still opens on the last good data, and a save is refused
    with a sentence instead of a traceback."""
    import json

    from rmcoach.app import make_app
    from rmcoach.screens.sessions import SessionsScreen
    from rmcoach.storage.store import StoreError
    from tests.conftest import go_home, until

    app = make_app(demo_dir, watch_interval=0)
    async with app.run_test(size=(110, 34)) as pilot:
        await go_home(app, pilot)
        path = demo_dir / "rmcoach.json"
        data = json.loads(path.read_text())
        session = next(iter(data["sessions"].values()))
        session["ratings"] = "x"
        before = json.dumps(data).encode()
        path.write_bytes(before)
        notes: list[str] = []
        original = app.notify
        app.notify = lambda message, **kw: (notes.append(message), original(message, **kw))  # type: ignore[method-assign]
        app.check_for_outside_changes()
        assert any("ratings" in n and "nothing can be saved" in n for n in notes)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, SessionsScreen), "the sessions area on the last good data")
        app.check_for_outside_changes()  # the same damage is not reported again every few seconds
        assert sum("nothing can be saved" in n for n in notes) == 1
        try:
            app.store.insert("learnings", {"text": "x"})
        except StoreError as exc:
            assert "damaged" in str(exc) or "cannot accept" in str(exc) or "ratings" in str(exc)
        else:
            raise AssertionError("a save went through over a damaged file")
        assert path.read_bytes() == before  # the damaged file is left exactly as it was
