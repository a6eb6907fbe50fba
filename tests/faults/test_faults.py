"""Faults with the real commands: `rmcoach log` killed mid-write, and the app plus two
CLI processes writing at the same time."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.storage.store import Store
from tests.conftest import ROOT


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def test_killing_rmcoach_log_at_random_moments_never_loses_an_acknowledged_entry(demo_dir: Path) -> None:
    rng = random.Random(99)
    acknowledged = []
    for n in range(30):
        text = f"kill-test entry {n}"
        proc = subprocess.Popen([sys.executable, "-m", "rmcoach", "log", text, "--by", "Sam", "--data-dir", str(demo_dir)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        time.sleep(rng.uniform(0.0, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        if proc.returncode == 0 and "Logged" in out:
            acknowledged.append(text)
        Store(demo_dir).check()  # always opens
    texts = {r["text"] for r in Store(demo_dir).all("learnings")}
    assert all(a in texts for a in acknowledged)


async def test_the_app_and_two_cli_processes_writing_at_once_lose_nothing(demo_dir: Path) -> None:
    script = (
        "import subprocess, sys\n"
        "for i in range(12):\n"
        "    r = subprocess.run([sys.executable, '-m', 'rmcoach', 'log', f'{sys.argv[1]}-{i}', '--by', 'Sam', "
        "'--data-dir', sys.argv[2]], capture_output=True, text=True)\n"
        "    assert r.returncode == 0, r.stderr\n"
    )
    writers = [subprocess.Popen([sys.executable, "-c", script, tag, str(demo_dir)], env=_env(),
                                stderr=subprocess.PIPE, text=True) for tag in ("cli-a", "cli-b")]
    app = make_app(demo_dir, watch_interval=0.2)
    store = Store(demo_dir)
    pair = load_pair(store)
    assert pair is not None
    async with app.run_test(size=(110, 40)) as pilot:
        for i in range(12):
            app.store.insert("learnings", {"text": f"app-{i}", "by": pair.people[0].uuid, "author": pair.people[0].uuid,
                                           "visibility": "shared", "tags": [], "skill": None, "on": "2026-11-22"})
            await pilot.pause(0.05)
        for w in writers:
            _, err = w.communicate(timeout=240)
            assert w.returncode == 0, err
    texts = {r["text"] for r in Store(demo_dir).all("learnings")}
    for tag in ("cli-a", "cli-b"):
        assert {f"{tag}-{i}" for i in range(12)} <= texts
    assert {f"app-{i}" for i in range(12)} <= texts
