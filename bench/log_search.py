"""Benchmarks for the learning log and search (issue 5), used by bench/run.py.

* ``rmcoach log "TEXT"`` on the heavy pair against ``jrnl "TEXT"`` adding an
  entry to a plain-text journal with as many entries as the pair has
  learnings; both are whole processes, run in turn (A B A B ...).  jrnl is
  installed into ``bench/.cache/jrnl-venv`` the first time; when it cannot
  be installed the comparison is skipped with a note.
* search on the heavy pair: the median time of one query against the
  in-memory index (the index is built once per change of the data).
"""

from __future__ import annotations

import datetime as _dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
JRNL_VENV = CACHE / "jrnl-venv"

JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


def jrnl_binary(note: Callable[[str], None]) -> Path | None:
    """The jrnl executable in its own venv, installing it on first use; None if that fails."""
    exe = JRNL_VENV / "bin" / "jrnl"
    if exe.exists():
        return exe
    note("installing jrnl into bench/.cache/jrnl-venv (first run only) ...")
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True, capture_output=True, timeout=300)
        subprocess.run([str(JRNL_VENV / "bin" / "pip"), "install", "-q", "jrnl"], check=True, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        note(f"jrnl could not be installed ({type(exc).__name__}), so the log comparison is skipped")
        return None
    return exe if exe.exists() else None


def write_journal(path: Path, entries: int) -> None:
    """A jrnl plain-text journal with ``entries`` entries of about the size of a learning."""
    start = _dt.datetime(2021, 11, 1, 9, 0)
    words = ("portal inbox message template consent clinic video call password manager phishing calendar "
             "invite handover bedside family conversation reasoning escalation audit dashboard").split()
    chunks = []
    for i in range(entries):
        when = (start + _dt.timedelta(hours=21 * i)).strftime("%Y-%m-%d %I:%M:%S %p")
        title = " ".join(words[(i + k) % len(words)] for k in range(8)).capitalize()
        body = " ".join(words[(i * 3 + k) % len(words)] for k in range(12))
        chunks.append(f"[{when}] {title}. {body} @tag{i % 9}\n")
    path.write_text("\n".join(chunks), encoding="utf-8")


def bench_log_vs_jrnl(heavy: Path, tmp: Path, runs: int, side_by_side: Callable, note: Callable[[str], None]) -> dict | None:
    """Median wall time of `rmcoach log` vs `jrnl` adding one entry; None when jrnl is unavailable."""
    from rmcoach.storage.store import Store

    exe = jrnl_binary(note)
    if exe is None:
        return None
    entries = len(Store(heavy).all("learnings"))
    jdir = tmp / "jrnl"
    (jdir / "config").mkdir(parents=True, exist_ok=True)
    journal = jdir / "journal.txt"
    write_journal(journal, entries)
    config = jdir / "config" / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal), encoding="utf-8")
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    os.environ["XDG_CONFIG_HOME"] = str(jdir / "config")
    os.environ["XDG_DATA_HOME"] = str(jdir / "data")
    try:
        text = "Hover over a link to see where it really goes"
        result = side_by_side(
            [sys.executable, "-m", "rmcoach", "log", text, "--by", "sam", "--tag", "phishing", "--data-dir", str(heavy)],
            [str(exe), "--config-file", str(config), f"{text} @phishing"],
            runs,
        )
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    result["entries"] = entries
    return result


def bench_search(heavy: Path, repeat: int = 20) -> dict:
    """Median time of one search query on the heavy pair, and the one-off index build."""
    from rmcoach.features.search import Searcher
    from rmcoach.storage.store import Store

    store = Store(heavy)
    store.check()
    searcher = Searcher(store)
    start = time.perf_counter()
    index = searcher.index(None)
    build = time.perf_counter() - start
    samples = []
    for _ in range(repeat):
        for query in SEARCH_QUERIES:
            t = time.process_time()  # CPU time: see bench/figures.py CLOCK
            searcher.search(query, None)
            samples.append(time.process_time() - t)
    return {"median": statistics.median(samples), "p95": sorted(samples)[int(len(samples) * 0.95)],
            "build": build, "entries": len(index.entries)}


SEARCH_QUERIES = ("portal", "password manager", "clinic", "p", "feedback listening", "zzz", "video call audit",
                  "phishing", "dash", "career research teaching")


def bench_search_growth(folders: dict, repeat: int = 10) -> dict:
    """Median time of one query per history in ``folders``, the histories queried in turn
    (each query on each history, then the next), so that they are compared side by side."""
    from rmcoach.features.search import Searcher
    from rmcoach.storage.store import Store

    searchers = {}
    for key, folder in folders.items():
        store = Store(folder)
        store.check()
        searchers[key] = Searcher(store)
        searchers[key].index(None)
    samples: dict = {key: [] for key in folders}
    for _ in range(repeat):
        for query in SEARCH_QUERIES:
            for key, searcher in searchers.items():
                t = time.process_time()
                searcher.search(query, None)
                samples[key].append(time.process_time() - t)
    return {key: statistics.median(values) for key, values in samples.items()}
