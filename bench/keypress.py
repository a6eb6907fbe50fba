"""Keypress work on every list of the app, against a bare DataTable, side by side.

    python bench/keypress.py [--data DIR] [--rounds 5] [--presses 16]

DIR is a copy of a pair's data folder (it is opened, never changed); without it a
5-year heavy pair is generated in a temporary folder.  Each round measures the bare
table and then every list; the figures are medians over the rounds, the ratio is the
median of each round's ratio.  `bench/run.py` prints the same figures with the rest.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import figures  # noqa: E402
from bench.heavy import generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, help="a pair's data folder (copied first)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--presses", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pair"
        if args.data is not None:
            shutil.copytree(args.data, folder)
        else:
            generate(folder, years=5)
        per_round = figures.keypress_rounds(folder, args.presses, args.rounds)
    ratios = figures.keypress_ratios(per_round)
    width = max(len(label) for label in per_round[0])
    print(f"{args.rounds} rounds of {args.presses} keys; CPU ms per key (median of the rounds' medians)")
    print(f"{'figure':<{width}}  {'work':>6}  {'ratio':>6}  {'range':>13}  goal")
    for label in per_round[0]:
        works = [r[label][0] for r in per_round]
        work = statistics.median(works)
        if label == figures.SEARCH_REFRESH:
            print(f"{label:<{width}}  {work:6.1f}  {'':>6}  {min(works):5.1f}-{max(works):5.1f}   -")
            continue
        ratio = ratios[label]
        goal, ok = figures.keypress_goal(label, work, ratio)
        verdict = goal if ok is None else f"{goal} ({'met' if ok else 'MISSED'})"
        print(f"{label:<{width}}  {work:6.1f}  {ratio:5.2f}x  {min(works):5.1f}-{max(works):5.1f}   {verdict}")


if __name__ == "__main__":
    main()
