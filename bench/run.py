"""rmcoach benchmarks: every figure measured side by side in one run.

    python bench/run.py [--runs N] [--quick]

Prints a table.  Goals (from the project's issues) are shown next to each
figure; the script never fails on a missed goal - it reports.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.heavy import generate  # noqa: E402
from rmcoach.storage.store import Store, atomic_write_bytes  # noqa: E402


def _child_env() -> dict[str, str]:
    """Children run as a user's would: with compiled bytecode allowed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    env = _child_env()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss


def side_by_side(a: list[str], b: list[str], runs: int) -> dict[str, float]:
    """Run A and B in turn (A B A B ...) after one warm-up each; medians and ratio medians."""
    _child(a), _child(b)
    ta, tb, ma, mb, ratios = [], [], [], [], []
    for _ in range(runs):
        t1, m1 = _child(a)
        t2, m2 = _child(b)
        ta.append(t1), tb.append(t2), ma.append(m1), mb.append(m2), ratios.append(t1 / t2)
    return {
        "a": statistics.median(ta), "b": statistics.median(tb), "ratio": statistics.median(ratios),
        "mem_a": statistics.median(ma), "mem_b": statistics.median(mb),
        "mem_ratio": statistics.median(x / y for x, y in zip(ma, mb)),
    }


def time_in_process(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def bench_save(data_dir: Path, repeat: int) -> tuple[float, float]:
    """Median save of one record on the heavy store, and the plain-json floor."""
    store = Store(data_dir)
    store.check()
    counter = iter(range(10**9))

    def save() -> None:
        store.insert("learnings", {"text": f"bench learning {next(counter)}", "by": None, "tags": ["bench"]})

    ours = time_in_process(save, repeat)
    data = json.loads(store.path.read_text())
    floor_path = data_dir / "floor.json"

    def floor() -> None:
        data["learnings"][str(len(data["learnings"]) + 10**6)] = {"text": "floor"}
        atomic_write_bytes(floor_path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())

    base = time_in_process(floor, repeat)
    floor_path.unlink()
    return ours, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="fewer runs and no 20-year pair, for a smoke test")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    repeat = 10 if args.quick else 40
    # compile once, as an installed package would be, so no run pays for compiling
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "rmcoach")], check=True, env=_child_env())
    from bench import figures

    rows: list[tuple[str, str, str]] = []
    py = sys.executable
    bare = [py, str(HERE / "launch.py"), "bare"]
    with tempfile.TemporaryDirectory() as tmp:
        heavy = Path(tmp) / "heavy5"
        generate(heavy, years=5)
        size = (heavy / "rmcoach.json").stat().st_size / 1e6
        launch = side_by_side([py, str(HERE / "launch.py"), "rmcoach", str(heavy)], bare, runs)
        rows.append(("launch to first frame, heavy pair vs bare Textual app",
                     f"{launch['a'] * 1000:.0f} ms vs {launch['b'] * 1000:.0f} ms = {launch['ratio']:.2f}x", "<= 1.25x"))
        rows.append(("peak memory, heavy pair vs bare Textual app",
                     f"{launch['mem_a'] / 1024:.0f} MiB vs {launch['mem_b'] / 1024:.0f} MiB = {launch['mem_ratio']:.2f}x", "<= 1.3x"))
        ours, floor = bench_save(heavy, 15 if args.quick else 60)
        rows.append(("save one record, heavy pair (median)", f"{ours * 1000:.1f} ms", "< 30 ms"))
        rows.append(("  vs plain json dump + atomic write of the same data",
                     f"{floor * 1000:.1f} ms = {ours / floor:.2f}x", "<= 1.5x"))
        saved = figures.save_session(heavy, repeat)
        rows.append(("save a session with 3 action items + reflection (median)", f"{saved['ours']:.1f} ms", "< 30 ms"))
        rows.append(("  vs plain json dump + atomic write of the same data",
                     f"{saved['floor']:.1f} ms = {saved['ours'] / saved['floor']:.2f}x", "<= 1.5x"))
        from bench.log_search import bench_log_vs_jrnl, bench_search  # issue 5: learning log and search
        logged = bench_log_vs_jrnl(heavy, Path(tmp), runs, side_by_side, print)
        if logged:
            rows.append((f"rmcoach log vs jrnl adding an entry ({logged['entries']} entries each)",
                         f"{logged['a'] * 1000:.0f} ms vs {logged['b'] * 1000:.0f} ms = {logged['ratio']:.2f}x", "< 1x (faster)"))
        found = bench_search(heavy)
        rows.append((f"search one query, heavy pair (median of {found['entries']} texts)",
                     f"{found['median'] * 1000:.1f} ms (p95 {found['p95'] * 1000:.1f} ms, index {found['build'] * 1000:.0f} ms)", "< 20 ms"))
        from bench.jargon import bench_jargon  # issue 6: the live jargon check
        checked = bench_jargon(50 if args.quick else 300)
        rows.append((f"jargon check of a {checked['words']:.0f}-word text (median)",
                     f"{checked['median'] * 1000:.1f} ms (p95 {checked['p95'] * 1000:.1f} ms)", "< 10 ms"))
        made = figures.briefing_and_report(heavy, repeat // 2)
        rows.append(("briefing, from opening the store to Markdown (median)", f"{made['brief']:.1f} ms", "-"))
        rows.append(("progress report, from opening the store to Markdown", f"{made['report']:.1f} ms", "-"))
        for label, (work, wall) in figures.keypress_latency(heavy, 6 if args.quick else 20).items():
            rows.append((f"keypress to repaint: {label}", f"{work:.1f} ms work, {wall:.1f} ms to idle", "< 50 ms"))

        growth: list[tuple[str, ...]] = []
        for years in (1, 5) if args.quick else (1, 5, 20):
            folder = heavy if years == 5 else Path(tmp) / f"heavy{years}"
            if years != 5:
                generate(folder, years=years)
            mb = (folder / "rmcoach.json").stat().st_size / 1e6
            start = side_by_side([py, str(HERE / "launch.py"), "rmcoach", str(folder)], bare, max(2, runs // 2))
            sess = figures.save_session(folder, max(5, repeat // 4))
            made = figures.briefing_and_report(folder, max(3, repeat // 8))
            found = bench_search(folder, 10)
            growth.append((f"{years:>2} years", f"{mb:5.1f} MB", f"{start['a'] * 1000:5.0f} ms ({start['ratio']:.2f}x)",
                           f"{sess['ours']:6.1f} ms", f"{made['brief']:6.1f} ms", f"{made['report']:6.1f} ms",
                           f"{found['median'] * 1000:5.1f} ms"))
    print(f"heavy pair: 5 years of weekly use, {size:.1f} MB store; {runs} paired runs; python {sys.version.split()[0]}")
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'measured':<44}  goal")
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<44}  {goal}")
    print()
    print("how the figures grow with the length of the history")
    head = ("history", "store", "launch (vs bare)", "save session", "briefing", "report", "search")
    print("  ".join(f"{h:<16}" for h in head))
    for row in growth:
        print("  ".join(f"{c:<16}" for c in row))


if __name__ == "__main__":
    main()
