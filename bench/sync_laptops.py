"""Many random histories of two or three simulated laptops, beyond what the property test
runs each time (it draws a few dozen).  Each world: random edits, deletions, private toggles,
offline spells, skewed clocks and zones, syncs at random moments; then everyone syncs twice
and the same three checks as tests/test_sync_property.py run.  Stops at the first failure and
prints its seed and steps.

    python bench/sync_laptops.py [--first SEED] [--worlds N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rmcoach.infra import clock  # noqa: E402
from tests.sync_sim import World  # noqa: E402
from tests.test_sync_property import play  # noqa: E402


def random_step(r: random.Random, laptops: int) -> tuple:
    who, pick = r.randrange(laptops), r.randrange(50)
    return r.choice([
        ("add", who, r.random() < 0.4), ("text", who, pick), ("tag", who, pick, r.choice(["a", "b", "c"])),
        ("action", who, pick, "status", r.choice(["done", "dropped", "open"])),
        ("action", who, pick, "due", r.choice(["2026-12-05", "2026-12-09"])),
        ("delete", who, pick), ("toggle", who, pick), ("toggle", who, pick),
        ("sync", who), ("sync", who), ("sync", who), ("offline", who),
        ("skew", who, r.randint(-9, 9), r.choice([0, 1, -5, 10])), ("wait", r.randint(1, 240)),
    ])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--worlds", type=int, default=100)
    args = parser.parse_args()
    totals = {"worlds": 0, "conflicts": 0, "made private again": 0, "deleted": 0}
    started = time.perf_counter()
    for seed in range(args.first, args.first + args.worlds):
        r = random.Random(seed)
        laptops = r.choice([2, 3])
        steps = [random_step(r, laptops) for _ in range(r.randint(5, 45))]
        with tempfile.TemporaryDirectory() as folder:
            try:
                world = World(Path(folder), laptops)
                play(world, steps)
                world.settle()
                world.check_identical()
                world.check_every_edit_kept()
                world.check_no_private_leak()
            except AssertionError as exc:
                print(f"seed {seed}, {laptops} laptops: {exc}\nsteps: {steps}")
                return 1
            finally:
                clock.freeze(None)
            docs = world.tip_docs().values()
            totals["worlds"] += 1
            totals["conflicts"] += sum(len(d.get("conflicts") or []) for d in docs)
            totals["made private again"] += sum(1 for d in docs if d.get("withdrawn"))
            totals["deleted"] += sum(1 for d in docs if d.get("deleted"))
    print(", ".join(f"{v} {k}" for k, v in totals.items()) + f" in {time.perf_counter() - started:.0f} s: all converged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
