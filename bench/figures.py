"""In-process figures for bench/run.py: saving a session, the briefing, the report,
keypress-to-repaint, and how each grows with the length of a pair's history."""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
import statistics
import time
from pathlib import Path
from typing import Any, Callable

from rmcoach.storage.store import Store, atomic_write_bytes

# In-process figures are CPU time: on a shared machine, wall time also counts the time
# other processes hold the CPU, which grows with the length of a task and would make
# the growth ratios (20 years against 5) say more about the neighbours than the code.
CLOCK = time.process_time


def median_ms(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t = CLOCK()
        fn()
        samples.append(CLOCK() - t)
    return statistics.median(samples) * 1000


def save_session(data_dir: Path, repeat: int) -> dict[str, float]:
    """Median time to log one session with three action items and a reflection, and the
    floor: serialising and atomically writing the same data with plain json."""
    from rmcoach.records.pairs import load_pair
    from rmcoach.features.sessions import ActionInput, Covered, SessionInput, log_session

    store = Store(data_dir)
    pair = load_pair(store)
    assert pair is not None
    a, b = (p.uuid for p in pair.people)
    day = iter(range(10**6))

    def save() -> None:
        start = _dt.datetime(1990, 1, 1, 9, 0) + _dt.timedelta(days=next(day))
        log_session(store, SessionInput(
            start=start, lead=a, covered=(Covered(a, b, None, "clinical reasoning"), Covered(b, a, None, "portal inbox")),
            went_well="We both came with a question.", notes="## Notes\n\nTried the portal together.",
            ratings={a: {"useful": 4, "comfort": 4}, b: {"useful": 5, "comfort": 4}},
            actions=tuple(ActionInput(f"action {i}", a if i % 2 else b, None) for i in range(3)),
            reflection="A private thought.",
        ), author=a)

    ours = median_ms(save, repeat)
    data = json.loads(store.path.read_text())
    floor_path = data_dir / "floor.json"

    def floor() -> None:
        n = next(day)
        data["sessions"][str(10**7 + n)] = {"text": "floor", "n": n}
        for k in range(3):
            data["actions"][str(10**7 + 10 * n + k)] = {"text": "floor action"}
        atomic_write_bytes(floor_path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())

    base = median_ms(floor, repeat)
    floor_path.unlink()
    return {"ours": ours, "floor": base}


def interleaved_ms(fns: dict[Any, Callable[[], Any]], repeat: int) -> dict[Any, float]:
    """Median CPU time of each of ``fns``, sampled in turn (one of each, then again), so
    that what neighbours on a shared machine do meanwhile weighs on each alike: figures
    compared as a ratio (20 years against 5) are measured side by side, not minutes apart."""
    for fn in fns.values():
        fn()  # warm-up
    samples: dict[Any, list[float]] = {key: [] for key in fns}
    for _ in range(repeat):
        for key, fn in fns.items():
            t = CLOCK()
            made = fn()
            samples[key].append(CLOCK() - t)
            # what the figure made (an open store) is let go after the clock stopped: freeing
            # a 20-year store is not part of opening it (and the app never does it on the way)
            del made
    return {key: statistics.median(values) * 1000 for key, values in samples.items()}


def briefing_and_report(folders: dict[Any, Path], repeat: int) -> dict[Any, dict[str, float]]:
    """Median time to build the briefing and the report from a freshly opened store, and to
    open it alone, for each history in ``folders``, the histories sampled in turn."""
    from rmcoach.infra import clock
    from rmcoach.features.briefing import build_briefing, briefing_markdown
    from rmcoach.records.pairs import load_pair
    from rmcoach.records.privacy import SHARED_VIEW
    from rmcoach.features.review import build_review, report_markdown

    def brief(data_dir: Path) -> Callable[[], Store]:
        def run() -> Store:
            store = Store(data_dir)
            pair = load_pair(store)
            briefing_markdown(build_briefing(store, pair, SHARED_VIEW, clock.now()))
            return store
        return run

    def report(data_dir: Path) -> Callable[[], Store]:
        def run() -> Store:
            store = Store(data_dir)
            pair = load_pair(store)
            report_markdown(build_review(store, pair, SHARED_VIEW))
            return store
        return run

    def open_only(data_dir: Path) -> Callable[[], Store]:
        def run() -> Store:
            store = Store(data_dir)
            store.check()
            return store
        return run

    fns = {(key, kind): make(folder) for key, folder in folders.items()
           for kind, make in (("brief", brief), ("report", report), ("open", open_only))}
    medians = interleaved_ms(fns, repeat)
    return {key: {kind: medians[(key, kind)] for kind in ("brief", "report", "open")} for key in folders}


def cold_processes(folders: dict[Any, Path], warm: Path, repeat: int,
                   kinds: tuple[str, ...] = ("brief", "report", "open")) -> dict[Any, dict[str, float]]:
    """Median CPU time of the briefing and the report from opening the store, and of the
    open alone, each in a fresh process (bench/cold.py: why), the histories and figures
    sampled in turn so that neighbours weigh on each alike."""
    import subprocess
    import sys

    child = Path(__file__).resolve().parent / "cold.py"
    samples: dict[tuple[Any, str], list[float]] = {(key, kind): [] for key in folders for kind in kinds}
    for _ in range(repeat):
        for key, folder in folders.items():
            for kind in kinds:
                out = subprocess.run([sys.executable, str(child), kind, str(folder), str(warm)],
                                     capture_output=True, text=True, check=True)
                samples[(key, kind)].append(float(out.stdout))
    return {key: {kind: statistics.median(samples[(key, kind)]) for kind in kinds} for key in folders}


def report_on_open_store(folders: dict[Any, Path], repeat: int) -> dict[Any, float]:
    """Median time to build the progress report on a store that is open but has built
    nothing yet: what the review screen's report (``r``) costs the first time in a
    session, the app having read the file at launch (the histories sampled in turn)."""
    from rmcoach.records.pairs import load_pair
    from rmcoach.records.privacy import SHARED_VIEW
    from rmcoach.features.review import build_review, report_markdown

    samples: dict[Any, list[float]] = {key: [] for key in folders}
    for round_ in range(repeat + 1):  # the first round warms up
        for key, folder in folders.items():
            store = Store(folder)
            store.check()  # read and checked, as at launch: not timed
            t = CLOCK()
            report_markdown(build_review(store, load_pair(store), SHARED_VIEW))
            took = CLOCK() - t
            if round_:
                samples[key].append(took)
            del store
    return {key: statistics.median(values) * 1000 for key, values in samples.items()}


def report_command(folders: dict[Any, Path], repeat: int, out: Path) -> dict[Any, dict[str, float]]:
    """``rmcoach report`` run as a person runs it, a process per report, the histories in
    turn: the median CPU time the process used (user and system, read from the operating
    system; less disturbed by neighbours than the wall time, also given)."""
    import os
    import subprocess
    import sys

    samples: dict[Any, list[tuple[float, float]]] = {key: [] for key in folders}
    for round_ in range(repeat + 1):  # the first round warms the disk cache
        for key, folder in folders.items():
            wall = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "rmcoach", "report", "--data-dir", str(folder), "-o", str(out)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - wall
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode != 0:
                raise RuntimeError(f"rmcoach report failed on {folder}: {proc.stderr.read().decode() if proc.stderr else ''}")
            if proc.stderr:
                proc.stderr.close()
            if round_:
                samples[key].append((usage.ru_utime + usage.ru_stime, wall))
    return {key: {"cpu": statistics.median(c for c, _ in values) * 1000,
                  "wall": statistics.median(w for _, w in values) * 1000} for key, values in samples.items()}


def parse_only(folders: dict[Any, Path], repeat: int) -> dict[Any, float]:
    """Median time to read and parse each store file with msgspec, nothing checked or built:
    what any reader of the whole file pays at least (the histories sampled in turn)."""
    import msgspec

    from rmcoach.storage.store import no_cycle_collection

    decode = msgspec.json.Decoder().decode

    def parse(path: Path) -> Callable[[], Any]:
        def run() -> Any:
            with no_cycle_collection():  # as the store reads it
                return decode(path.read_bytes())
        return run

    return interleaved_ms({key: parse(folder / "rmcoach.json") for key, folder in folders.items()}, repeat)


SEARCH_REFRESH = "search: results once typing pauses (not a keypress)"
FLOOR = "a bare Textual DataTable (the floor)"

# Every list of the app, reached from the home screen: (label, keys that open it, what is timed).
# Moving the highlight goes four rows down and four up, again and again, on every list and on
# the bare table alike (the shortest list, the exercises, has ten rows).
MOVE = ("down", "down", "down", "down", "up", "up", "up", "up")
LISTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("sessions list: move highlight", ("c",), "move"),
    ("action items list: move highlight", ("c", "a"), "move"),
    ("skills list: move highlight", ("s",), "move"),
    ("learnings table: move highlight", ("l",), "move"),
    ("glossary: move highlight", ("j",), "move"),
    ("trust exercises: move highlight", ("t", "x"), "move"),
    ("tips: move highlight", ("i",), "move"),
    ("search: type a letter", ("f",), "type"),
    ("search results: move highlight", ("f", *"portal", "wait", "down"), "move"),
)
TYPED = "portal inbox template referral clinic"
# the screen each list is on and the widget that must have the focus (a key that landed
# elsewhere - a list that lost the focus to the tab bar - would time the wrong thing)
OPENS = {"sessions list: move highlight": ("SessionsScreen", "sessions-table"),
         "action items list: move highlight": ("SessionsScreen", "actions-table"),
         "skills list: move highlight": ("SkillsScreen", "table"),
         "learnings table: move highlight": ("LearningsScreen", "table"),
         "glossary: move highlight": ("GlossaryScreen", "gl-table"),
         "trust exercises: move highlight": ("TrustScreen", "exercise-list"),
         "tips: move highlight": ("TipsScreen", "tp-list"),
         "search: type a letter": ("SearchScreen", "query"),
         "search results: move highlight": ("SearchScreen", "results")}


def keypress_ratios(per_round: list[dict[str, tuple[float, float]]]) -> dict[str, float]:
    """Each figure's median ratio to the floor of the same round."""
    return {label: statistics.median(r[label][0] / r[FLOOR][0] for r in per_round) for label in per_round[0]}


DETAIL = " - its detail, drawn once the highlight rests"
# figures whose goal is only one frame (16 ms): a list's detail, drawn when the highlight
# rests (not on the keypress: holding an arrow key draws none), and scrolling the briefing
FRAME_ONLY = "briefing: scroll"


def keypress_rounds(data_dir: Path, presses: int, rounds: int) -> list[dict[str, tuple[float, float]]]:
    """Median work (CPU time) of a key press, from the press until the app is idle again
    (the key handled and the screen repainted), on every list of the app with the pair in
    ``data_dir`` and on a bare Textual DataTable (the floor).  A list whose detail is drawn
    once the highlight rests (``WhenResting``) has that drawing timed on its own, as a second
    figure (label + :data:`DETAIL`): it is not part of the keypress - a held arrow key, or
    keys typed faster than the rest, draw none - but it is work the person waits for when
    they stop.  Each round measures the floor and then the app, so a list's ratio to the
    floor is taken side by side (:func:`keypress_ratios`).  One dict per round: label ->
    (median CPU ms, median wall ms to idle)."""
    from rmcoach.app import make_app
    from rmcoach.widgets import detail

    from textual.app import App, ComposeResult
    from textual.widgets import DataTable

    from textual import events
    from textual._wait import wait_for_idle

    async def press(app: Any, key: str) -> None:
        """One key, as the terminal sends it, then wait until the app is idle.  Not Pilot's
        ``press``/``pause``: they post a callback to every widget of the screen and wait
        for each, CPU time that grows with the number of widgets and that no keypress in
        a terminal pays (it made a screen of 40 widgets look 7 ms slower per key)."""
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
        # idle: a 20 ms slice in which the process used under 1 ms of CPU, after at
        # least this long (a frame is painted within 1/60 s of the key)
        await wait_for_idle(0.05)

    # the detail a key asked to draw once the highlight rests: held here, not on a timer,
    # and drawn (and timed) after the key's own work is over
    resting: list[Any] = []

    def hold(self: Any, draw: Any) -> None:
        resting[:] = [draw]

    async def timed(pilot: Any, keys: list[str]) -> tuple[tuple[float, float], tuple[float, float] | None]:
        # Two clocks: the CPU time the process spends from the key until it is idle again
        # (handling the key and repainting: the work a person waits for), and the wall time
        # until then, which also counts the waiting itself - so the same measure on a bare
        # Textual table is printed as the floor.  Then the same for the detail, if any.
        work, wall, dwork, dwall = [], [], [], []
        for key in keys:
            resting.clear()
            t, w = time.process_time(), time.perf_counter()
            await press(pilot.app, key)
            work.append(time.process_time() - t)
            wall.append(time.perf_counter() - w)
            if resting:
                draw = resting.pop()
                t, w = time.process_time(), time.perf_counter()
                draw()
                await wait_for_idle(0.05)
                dwork.append(time.process_time() - t)
                dwall.append(time.perf_counter() - w)
        await pilot.pause()
        key_figure = (statistics.median(work) * 1000, statistics.median(wall) * 1000)
        if not dwork:
            return key_figure, None
        return key_figure, (statistics.median(dwork) * 1000, statistics.median(dwall) * 1000)

    moves = [MOVE[i % len(MOVE)] for i in range(presses)]

    class BareTable(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("when", "what")
            for i in range(200):
                table.add_row(str(i), "a line of text like a learning or a session topic")
            table.focus()

    async def floor(results: dict[str, tuple[float, float]]) -> None:
        async with BareTable().run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.3)
            results[FLOOR] = (await timed(pilot, moves))[0]

    async def measure(results: dict[str, tuple[float, float]]) -> None:
        from rmcoach.screens.who import WhoScreen

        app = make_app(data_dir, watch_interval=0)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.3)
            # the app asks who is at the keyboard (the generated pair's computer is nobody's):
            # the first person answers, else every key below would land on that question
            if isinstance(app.screen, WhoScreen):
                await pilot.press("1")
                await pilot.pause(0.3)
            assert app.viewer is not None and not isinstance(app.screen, WhoScreen)
            results[FRAME_ONLY] = (await timed(pilot, moves))[0]
            for label, opening, kind in LISTS:
                app.show_home()
                await pilot.pause(0.1)
                for key in opening:
                    if key == "wait":
                        await pilot.pause(0.4)
                    else:
                        await pilot.press(key)
                screen_name, focused_id = OPENS[label]
                for _ in range(40):
                    await pilot.pause(0.05)
                    if type(app.screen).__name__ == screen_name and app.focused is not None \
                            and app.focused.id == focused_id:
                        break
                else:
                    raise SystemExit(f"{label}: the keys would land on {app.focused!r} of {app.screen!r}")
                # letters typed in a row: the results follow once typing pauses (timed below)
                keys = moves if kind == "move" else list(TYPED[:presses])
                results[label], drawn = await timed(pilot, keys)
                if drawn is not None:
                    results[label + DETAIL] = drawn
            # search rewrites its results once typing pauses, not per letter: that rewrite
            # (the search and the repaint of the result table) is timed on its own here,
            # one letter of a new word at a time, each followed by a pause longer than the wait
            from rmcoach.screens.search import DEBOUNCE

            app.show_home()
            await pilot.pause(0.1)
            await pilot.press("f")
            await pilot.pause(0.3)
            refresh = []
            for key in "portal":
                await pilot.press(key)
                t = time.process_time()
                await pilot.pause(DEBOUNCE + 0.15)
                refresh.append(time.process_time() - t)
            results[SEARCH_REFRESH] = (statistics.median(refresh) * 1000, (DEBOUNCE + 0.15) * 1000)

    out = []
    held = detail.WhenResting.__call__
    detail.WhenResting.__call__ = hold  # type: ignore[method-assign]
    try:
        for _ in range(rounds):
            results: dict[str, tuple[float, float]] = {}
            asyncio.run(floor(results))
            asyncio.run(measure(results))
            out.append(results)
    finally:
        detail.WhenResting.__call__ = held  # type: ignore[method-assign]
    return out


def keypress_goal(label: str, work: float, ratio: float) -> tuple[str, bool | None]:
    """The goal a keypress figure is held to, and whether it is met (None: no goal)."""
    if label in (FLOOR, SEARCH_REFRESH):
        return "-", None
    if label == FRAME_ONLY or label.endswith(DETAIL):
        return "<= 16 ms", work <= 16
    return "<= 16 ms and <= 1.5x", work <= 16 and ratio <= 1.5


def briefing_after_save(data_dir: Path, repeat: int) -> float:
    """Median time to build the briefing (and its Markdown) on an open store just after
    a session was logged: what the app pays to redraw the briefing once the pair has
    saved.  The save itself is not timed; what it changed (the sessions table) has to be
    read again, what it did not change (actions, skills, the schedule) does not."""
    from rmcoach.infra import clock
    from rmcoach.features.briefing import build_briefing, briefing_markdown
    from rmcoach.records.pairs import load_pair
    from rmcoach.records.privacy import SHARED_VIEW

    store = Store(data_dir)
    pair = load_pair(store)
    assert pair is not None
    lead = pair.people[0].uuid
    day = iter(range(10**6))
    samples = []
    for i in range(repeat + 1):
        store.insert("sessions", {"date": (_dt.datetime(1990, 1, 1, 9) + _dt.timedelta(days=next(day))).isoformat(),
                                  "lead": lead, "covered": [], "author": lead, "visibility": "shared"})
        t = CLOCK()
        briefing_markdown(build_briefing(store, pair, SHARED_VIEW, clock.now()))
        if i:  # the first build also reads what nothing else had read yet
            samples.append(CLOCK() - t)
    return statistics.median(samples) * 1000


def import_records(data_dir: Path | None, scratch: Path, count: int, repeat: int) -> float:
    """Median time to import ``count`` new learnings (as `rmcoach import` does: one
    merge, one write) into a copy of the store in ``data_dir`` (None: an empty store)."""
    import shutil

    from rmcoach.storage.portability import import_data

    samples = []
    for n in range(repeat):
        target = scratch / f"import-{n}"
        shutil.rmtree(target, ignore_errors=True)
        if data_dir is not None:
            shutil.copytree(data_dir, target)
        else:
            target.mkdir(parents=True)
        records = [{"uuid": f"00000000-0000-4000-8000-{n:04d}{i:08d}", "text": f"imported learning {i}",
                    "by": None, "tags": ["imported"], "on": "2026-01-01", "author": None, "visibility": "shared",
                    "created": "2026-01-01T10:00:00", "updated": "2026-01-01T10:00:00"} for i in range(count)]
        payload = {"tables": {"learnings": records}}
        store = Store(target)
        t = CLOCK()
        import_data(store, payload, "bench")
        samples.append(CLOCK() - t)
        shutil.rmtree(target, ignore_errors=True)
    return statistics.median(samples) * 1000
