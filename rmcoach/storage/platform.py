"""Every difference between Windows, macOS and Linux that rmcoach's files meet.

This is the only module that may import a platform-only module (``fcntl`` on
POSIX, ``msvcrt`` on Windows) or ask which platform it runs on; a test checks
that no other module does.  It offers four things:

* :class:`ProcessLock` - one writer at a time across processes.  Backed by
  ``fcntl.flock`` on Linux and macOS, by ``msvcrt.locking`` on Windows, and by
  an exclusively created owner file where neither exists (see
  :class:`_OwnerFileLock`).  Every backend checks, once it holds the lock, that
  the lock path still names the file it locked, so a removed or replaced lock
  file is noticed instead of silently letting two writers in.
* :func:`replace` - ``os.replace`` that waits briefly while another program
  (an editor, a sync or backup tool, a virus scanner) holds the target open on
  Windows, then gives up with :class:`FileInUse`.
* :func:`fsync_file` / :func:`fsync_dir` - flush to the disk the way each
  platform can (``F_FULLFSYNC`` on macOS; no directory fsync on Windows).
* :func:`private_dir` / :func:`make_private` / :data:`PRIVATE_FILE_MODE` -
  owner-only permissions: 0700/0600 on POSIX; on Windows the folder's access
  list, inherited from the user's profile, already keeps it private.
* :func:`utf8_output` - redirected output in UTF-8 on Windows too.
"""

from __future__ import annotations

import abc

import errno
import importlib
import os
import socket
import stat
import sys
import time
import uuid as _uuid
from pathlib import Path
from typing import Any, Callable



def _optional(name: str) -> Any:
    """A platform-only module, or None where this platform has none (typed loosely so
    the module type-checks for Windows and POSIX alike)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


_fcntl: Any = _optional("fcntl")  # Linux and macOS
_msvcrt: Any = _optional("msvcrt")  # Windows

WINDOWS = os.name == "nt"
MACOS = sys.platform == "darwin"
POSIX = os.name == "posix"

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
# os.open flags: binary on Windows, never follow a link planted where our own file should be
BINARY = _BINARY = getattr(os, "O_BINARY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

# How long a replace waits for another program to let go of the target (Windows).
REPLACE_PATIENCE = 2.0
# Windows errors meaning "another program has this file open": access denied (a reader
# opened it without FILE_SHARE_DELETE), sharing violation, lock violation.
_IN_USE_WINERRORS = frozenset({5, 32, 33})

# flock's answers on a file system that has no such locks
_NO_FLOCK = frozenset(getattr(errno, name) for name in ("ENOTSUP", "EOPNOTSUPP", "ENOLCK", "ENOSYS")
                      if hasattr(errno, name))

_POLL = 0.005  # seconds between tries while waiting for a lock or a file


class FileInUse(PermissionError):
    """Another program kept a file open past :data:`REPLACE_PATIENCE` (Windows)."""


class LockLost(Exception):
    """The lock file we held was removed or replaced by something else."""


# --------------------------------------------------------------------------- locks
class ProcessLock(abc.ABC):
    """An exclusive lock shared by every rmcoach process using ``path``.

    ``acquire(timeout)`` returns True once held and False after ``timeout``
    seconds (raises OSError when the lock file cannot be made at all).
    ``still_held()`` tells whether ``path`` still names what we locked: call it
    before committing work done under the lock.
    """

    kind = "abstract"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def acquire(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if self._try_acquire():
                if self.still_held():
                    return True
                self._drop()  # the path was removed or replaced meanwhile: lock the new one
                continue
            if time.monotonic() > deadline:
                return False
            time.sleep(_POLL)

    def release(self) -> None:
        self._drop()

    # what each backend provides
    @abc.abstractmethod
    def _try_acquire(self) -> bool: ...

    @abc.abstractmethod
    def _drop(self) -> None: ...

    @abc.abstractmethod
    def still_held(self) -> bool: ...


class _DescriptorLock(ProcessLock):
    """A lock held through an open descriptor on the lock file (flock or msvcrt)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _BINARY | _NOFOLLOW, PRIVATE_FILE_MODE)
        return self._fd

    def still_held(self) -> bool:
        if self._fd is None:
            return False
        try:
            ours = os.fstat(self._fd)
            there = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        return (ours.st_dev, ours.st_ino) == (there.st_dev, there.st_ino)

    def _close(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None


class _FlockLock(_DescriptorLock):
    """Linux and macOS: ``flock`` on the lock file (released by the kernel if we die).

    A file system that cannot flock (some network shares answer "not supported" or
    "no locks available") gets the owner-file lock instead, for this lock's life."""

    kind = "flock"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._fallback: _OwnerFileLock | None = None

    def _try_acquire(self) -> bool:
        if self._fallback is not None:
            return self._fallback._try_acquire()
        fd = self._open()
        try:
            _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno not in _NO_FLOCK:
                raise
            self._close()
            self._fallback = _OwnerFileLock(self.path)
            return self._fallback._try_acquire()
        return True

    def still_held(self) -> bool:
        if self._fallback is not None:
            return self._fallback.still_held()
        return super().still_held()

    def _drop(self) -> None:
        if self._fallback is not None:
            self._fallback._drop()
            return
        if self._fd is not None:
            try:
                _fcntl.flock(self._fd, _fcntl.LOCK_UN)
            except OSError:
                pass
            self._close()


class _MsvcrtLock(_DescriptorLock):
    """Windows: ``msvcrt.locking`` on the lock file's first byte (released if we die).

    Windows refuses to delete a file another process has open, so the lock file
    cannot vanish under a holder there; the identity check still runs."""

    kind = "msvcrt"

    def _try_acquire(self) -> bool:
        fd = self._open()
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            _msvcrt.locking(fd, _msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK, getattr(errno, "EDEADLOCK", errno.EDEADLK)):
                return False
            raise
        return True

    def _drop(self) -> None:
        if self._fd is not None:
            try:
                os.lseek(self._fd, 0, os.SEEK_SET)
                _msvcrt.locking(self._fd, _msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
            self._close()


class _OwnerFileLock(ProcessLock):
    """The portable fallback: holding the lock means having created ``<lock>.owner``.

    Creating a file with ``O_EXCL`` is atomic on every platform and file system.
    The file names its owner (host, process id, a random token).  An owner file
    left behind by a killed process is taken over when that process is gone (same
    host), or once it is older than :attr:`STALE_AFTER` (a process id reused by
    another program, or an owner on another machine; no rmcoach save takes that long).
    Taking over moves the file aside first and checks it moved the stale one; a
    holder displaced by a race notices through :meth:`still_held` before it writes.
    """

    kind = "owner-file"
    STALE_AFTER = 600.0

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.owner_path = self.path.with_name(self.path.name + ".owner")
        self._token = f"{socket.gethostname()} {os.getpid()} {_uuid.uuid4().hex}"
        self._held = False

    def _try_acquire(self) -> bool:
        try:
            fd = os.open(self.owner_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _NOFOLLOW,
                         PRIVATE_FILE_MODE)
        except FileExistsError:
            self._break_if_stale()
            return False
        try:
            os.write(fd, self._token.encode("utf-8"))
            fsync_file(fd)
        finally:
            os.close(fd)
        # the ordinary lock file still exists, so every backend sees the same files
        os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | _BINARY | _NOFOLLOW, PRIVATE_FILE_MODE))
        self._held = True
        return True

    def _owner(self) -> str | None:
        try:
            with open(self.owner_path, "rb") as handle:
                return handle.read(512).decode("utf-8", "replace")
        except OSError:
            return None

    def still_held(self) -> bool:
        return self._held and self._owner() == self._token

    def _break_if_stale(self) -> None:
        text = self._owner()
        try:
            age = time.time() - os.stat(self.owner_path, follow_symlinks=False).st_mtime
        except OSError:
            return
        parts = (text or "").split()
        stale = age > self.STALE_AFTER
        if len(parts) == 3 and parts[0] == socket.gethostname() and parts[1].isdigit():
            stale = stale or not _process_alive(int(parts[1]))
        elif not parts:
            stale = age >= 5  # empty: being written by its owner now, or its owner died doing so
        if stale:
            try:
                # move it aside first, so two waiters never both remove a fresh owner
                aside = self.owner_path.with_name(f"{self.owner_path.name}.stale-{_uuid.uuid4().hex[:8]}")
                os.rename(self.owner_path, aside)
            except OSError:
                return
            moved = _read(aside)
            try:
                os.unlink(aside)
            except OSError:
                pass
            if moved != text and moved:
                # a new owner took the lock between our look and the move: give it back if
                # nobody else got in; otherwise its still_held() check tells it, before it writes
                try:
                    fd = os.open(self.owner_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _NOFOLLOW,
                                 PRIVATE_FILE_MODE)
                except OSError:
                    return
                try:
                    os.write(fd, moved.encode("utf-8"))
                finally:
                    os.close(fd)

    def _drop(self) -> None:
        if self._held and self._owner() == self._token:
            try:
                os.unlink(self.owner_path)
            except OSError:
                pass
        self._held = False


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes()[:512].decode("utf-8", "replace")
    except OSError:
        return None


def _process_alive(pid: int) -> bool:
    """Whether a process of this machine still runs (the owner-file lock's stale check)."""
    if pid == os.getpid():
        return True
    if POSIX:
        try:
            os.kill(pid, 0)  # signal 0 only asks whether the process exists
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return True  # no safe check here (os.kill would end it on Windows): the age decides


def lock_backend() -> type[ProcessLock]:
    """The best lock this platform has: flock, then msvcrt, then the owner file."""
    if _fcntl is not None and hasattr(_fcntl, "flock"):
        return _FlockLock
    if _msvcrt is not None:
        return _MsvcrtLock
    return _OwnerFileLock


def process_lock(path: Path) -> ProcessLock:
    return lock_backend()(path)


# --------------------------------------------------------------------------- writing
def _in_use(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in _IN_USE_WINERRORS


def replace(src: Path | str, dst: Path | str) -> None:
    """``os.replace`` that waits up to :data:`REPLACE_PATIENCE` seconds while another
    program holds ``dst`` open (Windows refuses the rename then), then raises
    :class:`FileInUse`."""
    deadline = time.monotonic() + REPLACE_PATIENCE
    delay = _POLL
    while True:
        try:
            os.replace(src, dst)
            return
        except OSError as exc:
            if not _in_use(exc):
                raise
            if time.monotonic() > deadline:
                raise FileInUse(errno.EACCES, "another program has the file open", str(dst)) from None
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def fsync_file(fd: int) -> None:
    """Flush a file to the disk itself (macOS's fsync stops at the drive's cache)."""
    if MACOS and _fcntl is not None and hasattr(_fcntl, "F_FULLFSYNC"):
        try:
            _fcntl.fcntl(fd, _fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass  # some file systems (network shares) do not support it
    os.fsync(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable.  Windows cannot open a folder to flush it
    (NTFS journals the rename itself), so there this does nothing."""
    if WINDOWS:
        return
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- privacy
def private_dir(path: Path) -> None:
    """Create ``path`` (and parents) for the user alone: 0700 on POSIX.  On Windows
    a folder inherits its access list from its parent; rmcoach's default folder is
    in the user's profile (%LOCALAPPDATA%), which only that user can open."""
    path = Path(path)
    if not path.exists():
        path.mkdir(parents=True, mode=PRIVATE_DIR_MODE, exist_ok=True)
    if not POSIX:
        return
    try:
        st = os.stat(path)
        # a file where our folder should be is never changed (callers refuse links they must not follow)
        if stat.S_ISDIR(st.st_mode) and (st.st_mode & 0o777) != PRIVATE_DIR_MODE:
            os.chmod(path, PRIVATE_DIR_MODE)
    except PermissionError:
        pass


def make_private(path: Path) -> None:
    """Make a file the user's alone (0600 on POSIX; inherited access on Windows)."""
    if POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)


# --------------------------------------------------------------------------- text streams
def utf8_output(*streams: object) -> None:
    """Write redirected output as UTF-8 everywhere.  On Windows a redirected stream
    (``rmcoach export > pair.json``) uses the ANSI code page, which cannot hold most
    names and symbols; the console itself is already UTF-8 there, and Linux and macOS
    use the locale's encoding, which is UTF-8 on any current system."""
    if not WINDOWS:
        return
    for stream in streams:
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            try:
                reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass


def stop_this_process() -> None:
    """Stop this process where it stands, to be killed there (interruption tests only;
    a no-op where the platform has no SIGSTOP, such as Windows)."""
    import signal

    stop = getattr(signal, "SIGSTOP", None)
    if stop is not None:
        os.kill(os.getpid(), stop)


# --------------------------------------------------------------------------- child processes (rmcoach serve)
def _end_with_parent() -> Callable[[], None] | None:
    """On Linux, a child that the kernel ends (SIGTERM) if its parent is killed outright,
    so even `kill -9` of the server leaves no app behind.  The C library is loaded here,
    in the parent: between fork and exec the child only makes the call."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def set_death_signal() -> None:
        prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the call: end now
            os._exit(1)

    return set_death_signal


def child_group_options() -> dict[str, Any]:
    """Options for starting a child in a process group of its own (so Ctrl+C reaches the
    parent, which ends its children in order): a new session on POSIX (ended with the
    parent on Linux), a new process group on Windows."""
    if os.name == "nt":
        import subprocess

        return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
    return {"start_new_session": True, "preexec_fn": _end_with_parent()}


def end_child_group(pid: int, *, force: bool = False) -> None:
    """Ask a child started with :func:`child_group_options` and everything it started to end
    (``force``: kill it).  Raises OSError where a group cannot be signalled (Windows): the
    caller then ends the child process itself."""
    import signal

    killpg = getattr(os, "killpg", None)
    sig = getattr(signal, "SIGKILL" if force else "SIGTERM", None)
    if killpg is None or sig is None:
        raise OSError("process groups cannot be signalled on this platform")
    killpg(pid, sig)


def on_stop_request(loop: Any, callback: Callable[[], None]) -> None:
    """Call ``callback`` on Ctrl+C or a polite request to stop (SIGINT, SIGTERM) where the
    event loop can watch for them; on Windows Ctrl+C arrives as KeyboardInterrupt instead."""
    import signal

    for name in ("SIGINT", "SIGTERM"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            loop.add_signal_handler(sig, callback)
        except RuntimeError:  # includes the "not implemented" of event loops without signal support (Windows)
            pass
