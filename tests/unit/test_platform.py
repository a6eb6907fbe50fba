"""Windows and macOS as well as Linux: every platform difference lives in
``rmcoach/storage/platform.py``, and the store's whole write path runs without
``fcntl`` - through the owner-file fallback, and through the Windows ``msvcrt``
lock code driven by a stand-in ``msvcrt`` module (its byte-range lock emulated
with ``lockf``), since the real one exists only on Windows."""

from __future__ import annotations

import ast
import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmcoach.storage import platform
from rmcoach.storage.store import Store, StoreWriteError, atomic_write_bytes
from tests.conftest import ROOT

# Installed as sitecustomize in a child process: hides fcntl (as on Windows) and, for
# "msvcrt", provides the Windows lock module's two calls on top of lockf.
BLOCKER = '''
import os, sys, types
mode = os.environ.get("RMCOACH_TEST_PLATFORM", "")
if mode:
    if mode == "msvcrt":
        import fcntl as _real
        import subprocess, asyncio  # they take "msvcrt importable" to mean Windows: load them first
        fake = types.ModuleType("msvcrt")
        fake.LK_UNLCK, fake.LK_NBLCK = 0, 2
        def locking(fd, how, nbytes):
            start = os.lseek(fd, 0, os.SEEK_CUR)
            try:
                _real.lockf(fd, _real.LOCK_UN if how == 0 else _real.LOCK_EX | _real.LOCK_NB, nbytes, start, 0)
            except BlockingIOError:
                raise PermissionError(13, "Permission denied") from None  # what msvcrt raises
        fake.locking = locking
        sys.modules["msvcrt"] = fake
    class _NoFcntl:
        def find_spec(self, name, path=None, target=None):
            if name == "fcntl":
                raise ImportError("fcntl is unavailable on this platform (test)")
            return None
    sys.modules.pop("fcntl", None)
    sys.meta_path.insert(0, _NoFcntl())
'''

# (value of RMCOACH_TEST_PLATFORM, the lock backend that must be chosen, the file whose
# removal takes the lock away)
BACKENDS = [
    pytest.param("", "flock", "rmcoach.json.lock", id="flock"),
    pytest.param("msvcrt", "msvcrt", "rmcoach.json.lock", id="msvcrt-code-path"),
    pytest.param("none", "owner-file", "rmcoach.json.lock.owner", id="owner-file-fallback"),
]


@pytest.fixture
def blocked_env(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER)

    def env(mode: str) -> dict[str, str]:
        return dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(site)]), RMCOACH_TEST_PLATFORM=mode)

    return env


def _py(code: str, *args: str, env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=120, **kw)


def _cli(*args: str, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rmcoach", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=120)


def _wait_for(condition, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


IMPORT_ALL = """
import importlib, pkgutil, sys
import rmcoach
from rmcoach.storage import platform
assert platform._fcntl is None, "fcntl was importable"
for info in pkgutil.walk_packages(rmcoach.__path__, "rmcoach."):
    importlib.import_module(info.name)
assert "fcntl" not in sys.modules
print(platform.lock_backend().kind)
"""

WRITER = """
import sys
from pathlib import Path
from rmcoach.storage.store import Store
store = Store(Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    store.insert("learnings", {"text": f"{sys.argv[2]}-{i}", "by": None, "tags": [], "visibility": "shared"})
"""


@pytest.mark.parametrize("mode,kind", [("msvcrt", "msvcrt"), ("none", "owner-file")])
def test_without_fcntl_the_package_imports_and_the_whole_write_path_works(
        tmp_path: Path, blocked_env, mode: str, kind: str) -> None:
    env = blocked_env(mode)
    imported = _py(IMPORT_ALL, env=env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == [kind]

    data = tmp_path / "data"
    made = _cli("demo", "--data-dir", str(data), env=env)
    assert made.returncode == 0, made.stderr
    # two processes writing at once through the fallback lose nothing
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(data), tag, "15"], env=env,
                                stderr=subprocess.PIPE, text=True) for tag in ("a", "b")]
    for w in writers:
        _, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    logged = _cli("log", "learned without fcntl", "--by", "Sam", "--data-dir", str(data), env=env)
    assert logged.returncode == 0, logged.stderr
    texts = {r["text"] for r in Store(data).all("learnings")}
    assert {f"{t}-{i}" for t in "ab" for i in range(15)} | {"learned without fcntl"} <= texts
    # backups were kept, privately
    assert (data / "rmcoach.json.prev").exists()
    assert list((data / "backups").glob("rmcoach-*.json"))
    assert (data / "rmcoach.json").stat().st_mode & 0o777 == 0o600
    assert not (data / "rmcoach.json.lock.owner").exists()  # released
    # damage, then doctor --restore puts the newest good backup back and keeps the damage aside
    (data / "rmcoach.json").write_bytes(b'{"cut short')
    restored = _cli("doctor", "--restore", "--data-dir", str(data), env=env)
    assert restored.returncode == 0, restored.stderr
    Store(data).check()
    assert list(data.glob("rmcoach.json.damaged-*"))[0].read_bytes() == b'{"cut short'


@pytest.mark.parametrize("mode,kind", [("msvcrt", "msvcrt"), ("none", "owner-file")])
def test_without_fcntl_a_writer_killed_holding_the_lock_does_not_block_the_next(
        tmp_path: Path, blocked_env, mode: str, kind: str) -> None:
    env = blocked_env(mode)
    data = tmp_path / "data"
    Store(data).insert("learnings", {"text": "first"})
    ready = tmp_path / "ready"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, pathlib\nfrom rmcoach.storage.store import Store\n"
        "s = Store(pathlib.Path(sys.argv[1]))\n"
        "with s.transaction():\n"
        "    s.insert('learnings', {'text': 'never acknowledged'})\n"
        "    pathlib.Path(sys.argv[2]).touch()\n"
        "    sys.stdin.read()\n"), str(data), str(ready)],
        env=env, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for(ready.exists, "the writer to take the lock")
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    after = _py(WRITER, str(data), "after", "1", env=env)
    assert after.returncode == 0, after.stderr
    texts = {r["text"] for r in Store(data).all("learnings")}
    assert texts == {"first", "after-0"}


LONG_WRITER = """
import sys, time
from pathlib import Path
from rmcoach.storage.store import Store, StoreError
store = Store(Path(sys.argv[1]))
ready, go = Path(sys.argv[2]), Path(sys.argv[3])
try:
    with store.transaction():
        store.insert("learnings", {"text": "from the long writer", "by": None, "tags": []})
        ready.touch()
        while not go.exists():
            time.sleep(0.01)
except StoreError as exc:
    print(exc, file=sys.stderr)
    sys.exit(3)
"""


def _long_writer(data: Path, tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.Popen, Path]:
    ready, go = tmp_path / "ready", tmp_path / "go"
    proc = subprocess.Popen([sys.executable, "-c", LONG_WRITER, str(data), str(ready), str(go)], env=env,
                            stderr=subprocess.PIPE, text=True)
    _wait_for(ready.exists, "the long writer to hold the lock")
    return proc, go


@pytest.mark.parametrize("mode,kind,lock_file", BACKENDS)
def test_a_lock_file_removed_under_a_writer_loses_no_acknowledged_write(
        demo_dir: Path, tmp_path: Path, blocked_env, mode: str, kind: str, lock_file: str) -> None:
    env = blocked_env(mode)
    proc, go = _long_writer(demo_dir, tmp_path, env)
    (demo_dir / lock_file).unlink()
    # a second writer now gets a fresh lock file and saves; its entry is acknowledged
    second = _cli("log", "logged while the lock was gone", "--by", "Sam", "--data-dir", str(demo_dir), env=env)
    assert second.returncode == 0, second.stderr
    assert "Logged" in second.stdout
    go.touch()
    _, err = proc.communicate(timeout=120)
    # the long writer notices its lock was taken away and does not write over that entry
    assert proc.returncode == 3
    assert "removed or replaced" in err and err.count("\n") == 1
    texts = {r["text"] for r in Store(demo_dir).all("learnings")}
    assert "logged while the lock was gone" in texts
    assert "from the long writer" not in texts


@pytest.mark.parametrize("mode,kind,lock_file", BACKENDS)
def test_a_lock_file_replaced_under_a_writer_with_nobody_else_saving_still_saves(
        demo_dir: Path, tmp_path: Path, blocked_env, mode: str, kind: str, lock_file: str) -> None:
    env = blocked_env(mode)
    proc, go = _long_writer(demo_dir, tmp_path, env)
    lock = demo_dir / lock_file
    lock.unlink()
    lock.write_text("someone else's file")  # replaced: a different file at the same path
    if kind == "owner-file":
        lock.unlink()
    go.touch()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "from the long writer" in {r["text"] for r in Store(demo_dir).all("learnings")}


# --------------------------------------------------------------------------- in process
def test_the_lock_notices_its_file_was_removed(tmp_path: Path) -> None:
    for backend in (platform._FlockLock, platform._OwnerFileLock):
        path = tmp_path / f"{backend.kind}.lock"
        lock = backend(path)
        assert lock.acquire(5)
        assert lock.still_held()
        (path if backend is platform._FlockLock else lock.owner_path).unlink()
        assert not lock.still_held()
        lock.release()
        again = backend(path)
        assert again.acquire(5)  # a fresh lock file is made and locked
        again.release()


def test_a_busy_lock_times_out(tmp_path: Path) -> None:
    holder = platform._OwnerFileLock(tmp_path / "x.lock")
    assert holder.acquire(1)
    assert not platform._OwnerFileLock(tmp_path / "x.lock").acquire(0.05)  # same live process: not stale
    holder.release()


def _refusing_replace(times: int, winerror: int | None):
    calls = []
    real = os.replace

    def fake(src, dst):
        calls.append(dst)
        if len(calls) <= times:
            exc = PermissionError(errno.EACCES, "Access is denied")
            if winerror is not None:
                exc.winerror = winerror  # what Windows sets when a reader holds the file open
            raise exc
        real(src, dst)

    return fake, calls


def test_replace_waits_while_another_program_holds_the_file_open(tmp_path: Path, monkeypatch) -> None:
    fake, calls = _refusing_replace(3, winerror=32)
    monkeypatch.setattr(platform.os, "replace", fake)
    target = tmp_path / "out.json"
    atomic_write_bytes(target, b"{}")
    assert target.read_bytes() == b"{}" and len(calls) == 4


def test_replace_gives_up_on_a_file_held_open_with_one_sentence(tmp_path: Path, monkeypatch) -> None:
    fake, calls = _refusing_replace(10**6, winerror=5)
    monkeypatch.setattr(platform.os, "replace", fake)
    monkeypatch.setattr(platform, "REPLACE_PATIENCE", 0.05)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.json"
    target.write_bytes(b"old")
    with pytest.raises(StoreWriteError) as caught:
        atomic_write_bytes(target, b"new")
    assert "another program" in str(caught.value) and "intact" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]  # the temporary file is gone


def test_a_plain_permission_error_is_not_retried(tmp_path: Path, monkeypatch) -> None:
    fake, calls = _refusing_replace(10**6, winerror=None)
    monkeypatch.setattr(platform.os, "replace", fake)
    with pytest.raises(StoreWriteError) as caught:
        atomic_write_bytes(tmp_path / "out.json", b"new")
    assert len(calls) == 1 and "read-only or not yours" in str(caught.value)


def test_no_directory_fsync_on_windows(tmp_path: Path, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(platform, "WINDOWS", True)
    monkeypatch.setattr(platform.os, "open", lambda *a, **k: opened.append(a) or 0)
    platform.fsync_dir(tmp_path)
    assert opened == []


def test_permissions_are_left_to_the_profile_on_windows(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(platform, "POSIX", False)
    monkeypatch.setattr(platform.os, "chmod", lambda *a, **k: pytest.fail("chmod on Windows"))
    platform.private_dir(tmp_path / "new" / "folder")
    assert (tmp_path / "new" / "folder").is_dir()
    (tmp_path / "f").write_text("x")
    platform.make_private(tmp_path / "f")


def test_the_store_works_on_the_owner_file_lock(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(platform, "lock_backend", lambda: platform._OwnerFileLock)
    store = Store(data_dir)
    for i in range(3):
        store.insert("learnings", {"text": f"n{i}"})
    assert len(Store(data_dir).all("learnings")) == 3
    assert not (data_dir / "rmcoach.json.lock.owner").exists()


# --------------------------------------------------------------------------- the rule
POSIX_ONLY_MODULES = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix", "signal",
                      "readline", "syslog", "msvcrt", "winreg", "nt", "_winapi", "winsound"}
POSIX_ONLY_CALLS = {"getuid", "geteuid", "getgid", "getegid", "kill", "killpg", "fork", "chown", "lchown",
                    "chmod", "lchmod", "mkfifo", "setsid", "getpgid", "getppid", "statvfs", "sync"}


def test_no_module_but_the_platform_module_uses_anything_platform_only() -> None:
    found = []
    package = ROOT / "rmcoach"
    for path in sorted(package.rglob("*.py")):
        if path == package / "storage" / "platform.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [f"{where}: import {a.name}" for a in node.names if a.name.split(".")[0] in POSIX_ONLY_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in POSIX_ONLY_MODULES:
                found.append(f"{where}: from {node.module} import")
            elif isinstance(node, ast.Attribute) and node.attr in POSIX_ONLY_CALLS and (
                    node.attr == "chmod" or isinstance(node.value, ast.Name) and node.value.id == "os"):
                found.append(f"{where}:{node.lineno}: .{node.attr}")
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant) \
                    and str(node.args[0].value).split(".")[0] in POSIX_ONLY_MODULES:
                found.append(f"{where}:{node.lineno}: imports {node.args[0].value}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("/dev/"):
                found.append(f"{where}:{node.lineno}: {node.value}")
    assert found == []


def test_redirected_output_is_utf8_on_windows(tmp_path: Path, monkeypatch) -> None:
    import io

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    platform.utf8_output(stream)  # not Windows: left as the locale says
    assert stream.encoding == "cp1252"
    monkeypatch.setattr(platform, "WINDOWS", True)
    platform.utf8_output(stream)
    stream.write("Dr Ọkafor ✓")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "Dr Ọkafor ✓"


def test_an_owner_file_left_empty_or_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    import socket

    lock = platform._OwnerFileLock(tmp_path / "x.lock")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock.owner_path.write_text(f"{socket.gethostname()} {dead.pid} abc")
    assert lock.acquire(5)
    lock.release()
    lock.owner_path.write_text("")
    old = time.time() - 60
    os.utime(lock.owner_path, (old, old))
    assert lock.acquire(5)
    lock.release()
    lock.owner_path.write_text("elsewhere 1 abc")  # another machine's, fresh: respected
    assert not platform._OwnerFileLock(tmp_path / "x.lock").acquire(0.05)


APP_SAVES = """
import asyncio, sys, time
from rmcoach.app import make_app
from rmcoach.screens.learnings import QuickLogModal
from rmcoach.storage import platform
assert platform._fcntl is None and "fcntl" not in sys.modules

async def main(folder):
    app = make_app(folder, watch_interval=0)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("ctrl+l")
        deadline = time.monotonic() + 60
        while not isinstance(app.screen, QuickLogModal):
            assert time.monotonic() < deadline, "the quick log did not open"
            await pilot.pause(0.02)
        await pilot.press(*"saved by the app")
        await pilot.press("enter")
        while isinstance(app.screen, QuickLogModal):
            assert time.monotonic() < deadline, "the quick log did not save"
            await pilot.pause(0.02)

asyncio.run(main(sys.argv[1]))
"""


def test_without_fcntl_the_app_saves_through_the_fallback(demo_dir: Path, blocked_env) -> None:
    ran = _py(APP_SAVES, str(demo_dir), env=blocked_env("none"))
    assert ran.returncode == 0, ran.stderr
    assert "saved by the app" in {r["text"] for r in Store(demo_dir).all("learnings")}
    assert not (demo_dir / "rmcoach.json.lock.owner").exists()


def test_a_file_system_without_flock_falls_back_to_the_owner_file(data_dir: Path, monkeypatch) -> None:
    import fcntl
    import types

    def no_flock(fd: int, how: int) -> None:
        if how != fcntl.LOCK_UN:
            raise OSError(errno.ENOLCK, "No locks available")

    fake = types.SimpleNamespace(flock=no_flock, LOCK_EX=fcntl.LOCK_EX, LOCK_NB=fcntl.LOCK_NB, LOCK_UN=fcntl.LOCK_UN)
    monkeypatch.setattr(platform, "_fcntl", fake)
    lock = platform.process_lock(data_dir / "x.lock")
    data_dir.mkdir()
    assert lock.acquire(5) and lock.still_held()
    assert (data_dir / "x.lock.owner").exists()
    assert not platform.process_lock(data_dir / "x.lock").acquire(0.05)  # held by us: the other waits
    lock.release()
    assert not (data_dir / "x.lock.owner").exists()
    Store(data_dir).insert("learnings", {"text": "saved without flock"})
    assert Store(data_dir).all("learnings")[0]["text"] == "saved without flock"
