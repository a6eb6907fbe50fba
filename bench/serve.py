"""`rmcoach serve`: from starting the server to the first painted screen in Chromium,
against a bare Textual app (Header, Static, Footer) served the same way.

    python bench/serve.py [--runs N] [--data-dir DIR]

One headless Chromium (started before timing, fresh profile) opens each run's
address. A run is timed from launching the server process until the page has
drawn the app's first frame (textual-serve's page marks that with the
``-first-byte`` class), split into: server up (address printed), page loaded,
first frame. The rmcoach runs use the demo pair unless --data-dir is given.
Needs /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.browser import Browser, available  # noqa: E402


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


async def one_run(browser: Browser, cmd: list[str]) -> tuple[float, float, float]:
    """(server up, page loaded, first frame) in seconds from launching the server."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env())
    try:
        assert proc.stdout is not None
        url = (await asyncio.to_thread(proc.stdout.readline)).strip()
        up = time.perf_counter() - start
        await browser.open(url)
        await browser.wait_for("document.readyState === 'complete'")
        loaded = time.perf_counter() - start
        await browser.wait_for("document.body.classList.contains('-first-byte')", timeout=120)
        painted = time.perf_counter() - start
        await browser.open("about:blank")  # the tab's app ends, as when a person closes it
        return up, loaded, painted
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:6.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    if not available():
        print("bench/serve.py needs /usr/bin/chromium.")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(args.data_dir) if args.data_dir else Path(folder) / "demo"
        if not args.data_dir:
            subprocess.run([sys.executable, "-m", "rmcoach", "--data-dir", str(data_dir), "demo"],
                           check=True, capture_output=True, env=_env())
        # compile once, as an installed package would be
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "rmcoach"), str(HERE)], check=False)
        commands = {
            "rmcoach": [sys.executable, "-m", "rmcoach", "serve", "--port", "0", "--no-open", "--data-dir", str(data_dir)],
            "bare": [sys.executable, str(HERE / "serve_bare.py")],
        }
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
        async with Browser() as browser:
            for name, cmd in commands.items():  # one warm-up each (disk caches), not counted
                await one_run(browser, cmd)
            for _ in range(args.runs):
                for name, cmd in commands.items():  # interleaved, so load on the machine hits both alike
                    results[name].append(await one_run(browser, cmd))
    print(f"serve start -> first painted screen in headless Chromium, {args.runs} paired runs (medians)")
    for name, rows in results.items():
        up, loaded, painted = zip(*rows)
        print(f"  {name:8} server up {_ms(list(up))} | page loaded {_ms(list(loaded))} | "
              f"first screen {_ms(list(painted))}")
    ratio = [r[2] / b[2] for r, b in zip(results["rmcoach"], results["bare"])]
    print(f"  rmcoach / bare, first screen: {statistics.median(ratio):.2f}x (paired median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
