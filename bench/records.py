"""What checking every record costs on load: the 5-year heavy pair.

    python bench/records.py [DIR] [--years 5] [--repeat 30]

Prints the median and best wall time and the median CPU time of: parsing the file (the
stdlib, orjson, and msgspec, which the store reads with), checking every
record (what the store adds to each load and save), converting every record to
its typed record with the checking ``from_dict`` and with the trusted builder the store
uses for records it has checked (``from_checked``), a whole cold ``Store.check()``, and
``Store.records`` of every table from cold and again after one record was saved.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heavy import generate  # noqa: E402
from rmcoach import records  # noqa: E402
from rmcoach.storage.store import Store, loads  # noqa: E402


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float]:
    """Median and best wall time, and median CPU time, in ms (CPU time is the steadier
    figure on a shared machine)."""
    fn()  # warm-up (builds the compiled checks once per process)
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(wall) * 1000, min(wall) * 1000, statistics.median(cpu) * 1000


def convert_all(data: dict[str, Any]) -> int:
    refs = records.refs_of(data)
    count = 0
    for name, cls in records.RECORD_TYPES.items():
        for raw in (data.get(name) or {}).values():
            cls.from_dict(raw, refs)
            count += 1
    return count


def convert_checked(data: dict[str, Any]) -> int:
    count = 0
    for name, cls in records.RECORD_TYPES.items():
        for raw in (data.get(name) or {}).values():
            cls.from_checked(raw)
            count += 1
    return count


def cold_check(folder: Path) -> None:
    Store(folder).check()


def cold_records(folder: Path) -> None:
    store = Store(folder)
    for cls in records.RECORD_TYPES.values():
        store.records(cls)


def records_after_a_save(store: Store, learning: str) -> Callable[[], None]:
    """Save one learning, then read every table as typed records (only what changed is built)."""
    def run() -> None:
        store.update("learnings", learning, {"text": "changed"})
        for cls in records.RECORD_TYPES.values():
            store.records(cls)
    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir", nargs="?")
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.dir) if args.dir else Path(tmp) / "heavy"
        if not (folder / "rmcoach.json").exists():
            generate(folder, args.years)
        raw = (folder / "rmcoach.json").read_bytes()
        text = raw.decode("utf-8")
        data = json.loads(text)
        count = sum(len(t) for name, t in data.items() if name in records.RECORD_TYPES)
        print(f"{folder / 'rmcoach.json'}: {len(text) / 1e6:.1f} MB, {count} records")
        rows = [
            ("parse the file (stdlib json.loads)", lambda: json.loads(text)),
            ("parse the file (orjson, read before)", lambda: orjson.loads(raw)),
            ("parse the file (msgspec, the store's)", lambda: loads(raw)),
            ("check every record (records.problems)", lambda: records.problems(data)),
            ("convert every record (from_dict)", lambda: convert_all(data)),
            ("convert every record (from_checked)", lambda: convert_checked(data)),
            ("Store.check() from cold", lambda: cold_check(folder)),
            ("Store.check() + records() of every table", lambda: cold_records(folder)),
        ]
        saved = Store(folder)
        learning = next(r["uuid"] for r in saved.view("learnings"))
        save_only = saved_run = None
        def save() -> None:
            saved.update("learnings", learning, {"text": "changed"})
        save_only = save
        saved_run = records_after_a_save(saved, learning)
        rows += [("save one learning", save_only),
                 ("save one learning + records() of every table", saved_run)]
        for label, fn in rows:
            median, best, cpu = timed(fn, args.repeat)
            print(f"  {label:<46} median {median:7.1f} ms   best {best:7.1f} ms   CPU {cpu:7.1f} ms")


if __name__ == "__main__":
    main()
