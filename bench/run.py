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


def _launch(cmd: list[str]) -> dict[str, float]:
    """One launch: first frame (ms from spawn, reported by the child), the child's CPU time
    up to it (ms), when the process had ended (ms from spawn) and its peak RSS (KiB)."""
    env = _child_env()
    spawned = time.monotonic_ns()
    env["RMCOACH_BENCH_SPAWN"] = str(spawned)  # the child times its first frame from here
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    ended = (time.monotonic_ns() - spawned) / 1e6
    if os.waitstatus_to_exitcode(status) != 0 or not out.startswith(b"first-frame "):
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}")
    words = out.split()
    return {"frame": float(words[1]), "cpu": float(words[3]), "exit": ended, "mem": usage.ru_maxrss}


def launch_side_by_side(a: list[str], b: list[str], runs: int) -> dict[str, float]:
    """Launch A and B in turn (A B A B ...) after one warm-up each: medians of each figure
    and of the paired ratios (first frame wall and CPU, process end, memory)."""
    _launch(a), _launch(b)
    pairs = [(_launch(a), _launch(b)) for _ in range(runs)]
    med = statistics.median
    out = {f"{key}_{side}": med(p[i][key] for p in pairs)
           for key in ("frame", "cpu", "exit", "mem") for i, side in enumerate("ab")}
    for key in ("frame", "cpu", "exit", "mem"):
        out[f"{key}_ratio"] = med(x[key] / y[key] for x, y in pairs)
    return out


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
    parser.add_argument("--launch-only", action="store_true",
                        help="only the launch rows (1, 5 and 20 years against a bare Textual app)")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    repeat = 10 if args.quick else 40
    # compile once, as an installed package would be, so no run pays for compiling
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "rmcoach")], check=True, env=_child_env())
    from bench import figures
    from bench.log_search import bench_search, bench_search_growth

    rows: list[tuple[str, str, str]] = []
    py = sys.executable
    bare = [py, str(HERE / "launch.py"), "bare"]

    def ratio_row(name: str, a: float, b: float, goal: float, unit: str = "ms") -> None:
        verdict = "met" if a / b <= goal else "MISSED"
        rows.append((name, f"{a:.1f} {unit} vs {b:.1f} {unit} = {a / b:.2f}x", f"<= {goal}x ({verdict})"))

    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for years in (1, 5) if args.quick else (1, 5, 20):
            folders[years] = Path(tmp) / f"heavy{years}"
            generate(folders[years], years=years)
        heavy = folders[5]
        size = (heavy / "rmcoach.json").stat().st_size / 1e6
        longest = max(folders)
        if args.launch_only:
            print(f"launch to first frame, {runs} paired runs (medians; ratios are medians of the pairs)")
            for years, goal in ((1, None), (5, 1.15), (20, 1.25)):
                if years not in folders:
                    continue
                for how, extra in (("opens on the briefing", []), ("asks who is here", ["--ask-who"])):
                    got = launch_side_by_side([py, str(HERE / "launch.py"), "rmcoach", str(folders[years]), *extra],
                                              bare, runs)
                    verdict = "-" if goal is None else f"<= {goal}x ({'met' if got['frame_ratio'] <= goal else 'MISSED'})"
                    print(f"{years:>2} years, {how}: {got['frame_a']:.0f} ms vs bare {got['frame_b']:.0f} ms = "
                          f"{got['frame_ratio']:.2f}x (CPU {got['cpu_ratio']:.2f}x); process ended after "
                          f"{got['exit_a']:.0f} vs {got['exit_b']:.0f} ms; memory {got['mem_ratio']:.2f}x  {verdict}")
            return

        # -- everything per length of history, reused for the ratios below.  The cold
        # briefing and report each run in a fresh process (bench/cold.py says why), and they
        # and the search are sampled history by history in turn (see figures.interleaved_ms):
        # their growth ratios are then measured side by side.
        warm = Path(tmp) / "warm"
        generate(warm, years=1)  # each cold process first runs the code once on this
        cold = figures.cold_processes(folders, warm, 4 if args.quick else 12)
        alternated = figures.briefing_and_report({5: folders[5], longest: folders[longest]}, max(5, repeat // 2))
        searched = bench_search_growth(folders, 10)
        growth: dict[int, dict[str, float]] = {}
        for years, folder in folders.items():
            start = launch_side_by_side([py, str(HERE / "launch.py"), "rmcoach", str(folder)], bare,
                                        runs if years != 1 else max(3, runs // 2))
            made = cold[years]
            growth[years] = {
                "mb": (folder / "rmcoach.json").stat().st_size / 1e6, "open": made["open"],
                "launch": start["frame_a"], "launch_ratio": start["frame_ratio"], "bare": start["frame_b"],
                "launch_cpu_ratio": start["cpu_ratio"], "exit": start["exit_a"], "exit_bare": start["exit_b"],
                "mem": start["mem_a"] / 1024, "mem_ratio": start["mem_ratio"],
                "session": figures.save_session(folder, max(5, repeat // 4))["ours"],
                "brief_open": figures.briefing_after_save(folder, max(5, repeat // 4)),
                "brief": made["brief"], "report": made["report"], "search": searched[years] * 1000,
                "import": figures.import_records(folder, Path(tmp), 3000, 3),
            }
        empty_import = figures.import_records(None, Path(tmp), 3000, 3)

        for years, goal in ((5, 1.15), (20, 1.25)):
            if years in growth:
                g = growth[years]
                verdict = "met" if g["launch_ratio"] <= goal else "MISSED"
                rows.append((f"launch to first frame, {years}-year pair vs bare Textual app (opens on the briefing)",
                             f"{g['launch']:.0f} ms vs {g['bare']:.0f} ms = {g['launch_ratio']:.2f}x",
                             f"<= {goal}x ({verdict})"))
                asks = launch_side_by_side([py, str(HERE / "launch.py"), "rmcoach", str(folders[years]), "--ask-who"],
                                           bare, runs)
                verdict = "met" if asks["frame_ratio"] <= goal else "MISSED"
                rows.append(("  the same when it asks who is at the keyboard (a shared computer)",
                             f"{asks['frame_a']:.0f} ms vs {asks['frame_b']:.0f} ms = {asks['frame_ratio']:.2f}x",
                             f"<= {goal}x ({verdict})"))
                rows.append(("  the same in CPU time (less disturbed by a busy machine)",
                             f"{g['launch_cpu_ratio']:.2f}x", "-"))
                rows.append(("  until the process has ended (it quits at its first frame)",
                             f"{g['exit']:.0f} ms vs {g['exit_bare']:.0f} ms", "-"))
                rows.append((f"peak memory, {years}-year pair vs bare Textual app",
                             f"{g['mem']:.0f} MiB = {g['mem_ratio']:.2f}x", "-"))
        ours, floor = bench_save(heavy, 15 if args.quick else 60)
        rows.append(("save one record, heavy pair (median)", f"{ours * 1000:.1f} ms", "< 30 ms"))
        rows.append(("  vs stdlib json.dumps + atomic write of the same data",
                     f"{floor * 1000:.1f} ms = {ours / floor:.2f}x", "<= 0.5x"))
        if longest != 5:  # a save checks and serialises only what it changed: flat in the history
            ours, floor = bench_save(folders[longest], 15 if args.quick else 60)
            rows.append((f"save one record, {longest}-year pair (median)", f"{ours * 1000:.1f} ms", "-"))
            rows.append(("  vs stdlib json.dumps + atomic write of the same data",
                         f"{floor * 1000:.1f} ms = {ours / floor:.2f}x", "<= 0.5x"))
        saved = figures.save_session(heavy, repeat)
        rows.append(("save a session with 3 action items + reflection (median)", f"{saved['ours']:.1f} ms", "< 30 ms"))
        rows.append(("  vs stdlib json.dumps + atomic write of the same data",
                     f"{saved['floor']:.1f} ms = {saved['ours'] / saved['floor']:.2f}x", "<= 0.5x"))
        from bench.serialisers import bench_serialisers  # why the store serialises with orjson
        serialised = bench_serialisers(heavy / "rmcoach.json", 10 if args.quick else 30)
        stdlib_ms = serialised["stdlib json"][0]  # type: ignore[index]
        for name, result in serialised.items():
            if result is None:
                rows.append((f"  serialise the whole store with {name}", "not installed", "-"))
                continue
            took, same = result
            rows.append((f"  serialise the whole store with {name}",
                         f"{took:.1f} ms = {took / stdlib_ms:.2f}x stdlib, bytes {'identical' if same else 'DIFFER'}",
                         "identical bytes"))
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
        for reader in ("clinical", "technology"):  # issue 15: the same check for a reader
            checked = bench_jargon(50 if args.quick else 300, reader=reader)
            rows.append((f"jargon check for a {reader} reader (median)",
                         f"{checked['median'] * 1000:.1f} ms (p95 {checked['p95'] * 1000:.1f} ms)", "< 10 ms"))

        # -- growth: the longest history against the 5-year one (4x the data at 20 years)
        g5, gl = growth[5], growth[longest]
        scale = longest / 5
        for key, label in (("brief_open", "briefing on an open store, just after a save"),
                           ("brief", "briefing, cold: a fresh process opens the store, to Markdown"),
                           ("report", "progress report, cold: a fresh process opens the store, to Markdown"),
                           ("search", "search one query"), ("import", "import 3,000 records")):
            ratio_row(f"{label}: {longest} vs 5 years", gl[key], g5[key], scale)
            if key in ("brief", "report"):
                a, b = alternated[longest][key], alternated[5][key]
                rows.append(("  the same in one long process, the histories alternated (see bench/cold.py)",
                             f"{a:.1f} ms vs {b:.1f} ms = {a / b:.2f}x", "-"))
        on_open = figures.report_on_open_store({5: folders[5], longest: folders[longest]}, max(5, repeat // 2))
        ratio_row(f"progress report on an open store (the review screen's report): {longest} vs 5 years",
                  on_open[longest], on_open[5], scale)
        command = figures.report_command({5: folders[5], longest: folders[longest]}, max(3, runs * 2),
                                         Path(tmp) / "report.md")
        ratio_row(f"`rmcoach report` as a command, CPU time of the process: {longest} vs 5 years",
                  command[longest]["cpu"], command[5]["cpu"], scale)
        rows.append(("  the same in wall time, spawn to exit",
                     f"{command[longest]['wall']:.0f} ms vs {command[5]['wall']:.0f} ms = "
                     f"{command[longest]['wall'] / command[5]['wall']:.2f}x", "-"))
        verdict = "met" if gl["brief_open"] < 50 else "MISSED"
        rows.append((f"briefing on an open store at {longest} years", f"{gl['brief_open']:.1f} ms", f"< 50 ms ({verdict})"))
        rows.append(("  reading the store file alone (part of 'from opening')",
                     f"{gl['open']:.1f} ms at {longest} years, {g5['open']:.1f} ms at 5 = "
                     f"{gl['open'] / g5['open']:.2f}x", "-"))
        parsed = figures.parse_only({5: folders[5], longest: folders[longest]}, max(5, repeat // 4))
        rows.append(("  parsing the file alone (msgspec, nothing checked or built: any reader's floor)",
                     f"{parsed[longest]:.1f} ms at {longest} years, {parsed[5]:.1f} ms at 5 = "
                     f"{parsed[longest] / parsed[5]:.2f}x", "-"))
        rows.append((f"import 3,000 records into the {longest}-year pair vs into an empty store",
                     f"{gl['import']:.1f} ms vs {empty_import:.1f} ms = {gl['import'] / empty_import:.2f}x",
                     "- (the goal is the growth above)"))

        # -- keypresses on every list with the 5-year pair, against a bare DataTable, round by round
        per_round = figures.keypress_rounds(heavy, 8 if args.quick else 16, 1 if args.quick else 3)
        ratios = figures.keypress_ratios(per_round)
        for label in per_round[0]:
            work = statistics.median(r[label][0] for r in per_round)
            wall = statistics.median(r[label][1] for r in per_round)
            if label == figures.FLOOR:
                rows.append((f"keypress to repaint: {label}", f"{work:.1f} ms work, {wall:.1f} ms to idle", "-"))
                continue
            if label == figures.SEARCH_REFRESH:
                rows.append((label, f"{work:.1f} ms work, after a {wall:.0f} ms pause", "-"))
                continue
            goal, ok = figures.keypress_goal(label, work, ratios[label])
            name = label if label.endswith(figures.DETAIL) else f"keypress to repaint: {label}"
            rows.append((name, f"{work:.1f} ms work = {ratios[label]:.2f}x bare, {wall:.1f} ms to idle",
                         f"{goal} ({'met' if ok else 'MISSED'})"))

    print(f"heavy pair: 5 years of weekly use, {size:.1f} MB store; {runs} paired runs; python {sys.version.split()[0]}")
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'measured':<48}  goal")
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<48}  {goal}")
    print()
    print("how the figures grow with the length of the history (ms unless said)")
    head = ("history", "store", "read file", "launch (vs bare)", "save session", "briefing, open",
            "briefing, cold", "report, cold", "search", "import 3,000")
    print(" | ".join(head))
    for years, g in growth.items():
        print(" | ".join((f"{years} years", f"{g['mb']:.1f} MB", f"{g['open']:.0f}",
                          f"{g['launch']:.0f} ({g['launch_ratio']:.2f}x)", f"{g['session']:.1f}",
                          f"{g['brief_open']:.1f}", f"{g['brief']:.1f}", f"{g['report']:.1f}",
                          f"{g['search']:.1f}", f"{g['import']:.0f}")))
    print(f"import 3,000 records into an empty store: {empty_import:.0f} ms")


if __name__ == "__main__":
    main()
