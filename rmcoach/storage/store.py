"""The pair's store: one TinyDB JSON file, made crash-safe and multi-process safe.

Stock TinyDB rewrites its file in place, has no locking, reuses document ids
after a delete and keeps query caches that go stale when another process
writes.  This module keeps TinyDB (the file stays a plain TinyDB database that
``tinydb.TinyDB(path)`` opens) and fixes each of those weak spots:

* **Atomic writes** - the whole database is serialised first, written to a
  temporary file in the same directory, flushed and fsynced, moved over the
  old file with ``os.replace`` and the directory is fsynced.
* **One writer at a time** - every read-modify-write happens in
  :meth:`Store.transaction`, which holds an exclusive ``flock`` on a separate
  lock file and re-reads the file if anyone else changed it since we last
  looked (inode, size and mtime are compared), so no update is ever lost.
* **Stable ids** - every record carries a uuid and ISO-8601 ``created`` /
  ``updated`` stamps; references between records use uuids.  Records are
  never physically removed (a delete leaves a tombstone), and TinyDB doc ids
  come from a high-water mark kept in the file, so they are never reused.
* **No stale caches** - TinyDB's query cache is disabled.
* **Schema versions** - a store from a newer rmcoach is refused untouched;
  an older one is backed up, migrated in memory and written once.
* **Backups** - the previous good file is kept as ``rmcoach.json.prev`` and a
  copy per day in ``backups/`` (the last seven days are kept).
* **Damage is never overwritten** - a file that is not an rmcoach store is
  reported with one sentence naming it and nothing is written.
"""

from __future__ import annotations

import datetime as _dt
import errno
import fcntl
import functools
import json
import os
import shutil
import threading
import time
import types
import uuid as _uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from rmcoach.storage import locations

APP_MARK = "rmcoach"
SCHEMA = 1
META = "_meta"
LOCK_TIMEOUT = 15.0
DAILY_BACKUPS = 7

# Migrations: MIGRATIONS[n] turns a schema-n database dict into schema n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


# --------------------------------------------------------------------------- errors
class StoreError(Exception):
    """A problem the user must hear about in one clear sentence."""

    exit_code = 3

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DamagedStore(StoreError):
    """The file exists but is not a readable rmcoach store."""

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"The data file {path} {reason}, so rmcoach left it untouched: "
            f"run `rmcoach doctor` to check it and restore a backup.",
            path,
        )


class NewerStore(StoreError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            f"The data file {path} was written by a newer rmcoach (schema {version}, "
            f"this one knows {SCHEMA}), so it was left untouched: update rmcoach to open it.",
            path,
        )


class StoreWriteError(StoreError):
    """Saving failed; the previous file is intact."""

    reason: str = ""  # why, in a few words ("the disk is full")


class StoreBusy(StoreError):
    pass


def now_iso() -> str:
    """Record timestamps follow rmcoach's clock (real time, or pinned in tests and demos)."""
    from rmcoach.infra import clock

    return clock.now().isoformat(timespec="seconds")


def new_uuid() -> str:
    return str(_uuid.uuid4())


# --------------------------------------------------------------------------- file checks
def validate_bytes(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse and check a store file's bytes; raise :class:`DamagedStore`."""
    if not raw:
        raise DamagedStore(path, "is empty")
    if b"\x00" in raw:
        raise DamagedStore(path, "contains NUL bytes (it looks corrupted)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DamagedStore(path, "is not valid UTF-8 text") from None
    if not text.strip():
        raise DamagedStore(path, "is blank")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise DamagedStore(path, "is not valid JSON (it may have been cut short)") from None
    if not isinstance(data, dict):
        raise DamagedStore(path, "does not look like an rmcoach data file")
    meta_table = data.get(META)
    meta = None
    if isinstance(meta_table, dict) and len(meta_table) == 1:
        meta = next(iter(meta_table.values()))
    if not isinstance(meta, dict) or meta.get("app") != APP_MARK:
        raise DamagedStore(path, "does not look like an rmcoach data file")
    version = meta.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedStore(path, "has no valid schema version")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and k.isdigit() and isinstance(v, dict) for k, v in table.items()
        ):
            raise DamagedStore(path, f"has a damaged table {name!r}")
    return data


def read_store_file(path: Path) -> dict[str, Any] | None:
    """Return the parsed store at ``path`` or None when there is no file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise DamagedStore(path, "is a folder, not a file") from None
    except PermissionError:
        raise StoreError(
            f"rmcoach may not read the data file {path}: check its permissions.", path
        ) from None
    return validate_bytes(path, raw)


def schema_of(data: dict[str, Any]) -> int:
    return int(next(iter(data[META].values()))["schema"])


def fresh_database(store_uuid: str | None = None) -> dict[str, Any]:
    stamp = now_iso()
    return {
        META: {
            "1": {
                "app": APP_MARK,
                "schema": SCHEMA,
                "store_uuid": store_uuid or new_uuid(),
                "created": stamp,
                "next_ids": {},
            }
        }
    }


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def oserror_reason(exc: OSError) -> str:
    """Why a write failed, as words that fit mid-sentence ("the disk is full")."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "its folder is read-only or not yours"
    if exc.errno == errno.EDQUOT:
        return "your disk quota is used up"
    if exc.errno == errno.ENOENT:
        return "its folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    why = exc.strerror or str(exc)
    return why[:1].lower() + why[1:]


def _explain_oserror(path: Path, exc: OSError) -> str:
    return (f"Could not save to {path} because {oserror_reason(exc)}; the previous data is intact "
            "and nothing you typed was lost.")


def protected_path(path: Path, data_dir: Path) -> str | None:
    """Why writing an export or report to ``path`` would destroy pair data (or None).

    The store, its lock, ``.prev`` and anything in ``backups/`` of ``data_dir`` are
    never an output, nor is any existing file anywhere that holds an rmcoach store."""
    target = path.expanduser().resolve()
    folder = data_dir.expanduser().resolve()
    if target.parent == folder and target.name.startswith(locations.STORE_NAME):
        return f"{path} is where rmcoach keeps this pair's data"
    if (folder / locations.BACKUP_DIR) in target.parents:
        return f"{path} is inside rmcoach's backups folder"
    try:
        with open(target, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if f'"{META}"'.encode() in head and f'"{APP_MARK}"'.encode() in head and b'"schema"' in head:
        return f"{path} holds an rmcoach data file"
    return None


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` atomically (temp file, fsync, replace, fsync dir)."""
    folder = path.parent
    tmp = folder / f".{path.name}.tmp-{os.getpid()}-{_uuid.uuid4().hex[:8]}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        error = StoreWriteError(_explain_oserror(path, exc), path)
        error.reason = oserror_reason(exc)
        raise error from None
    _fsync_dir(folder)


def _link_or_copy(src: Path, dst: Path) -> None:
    """Make ``dst`` a snapshot of ``src`` (hard link when possible), atomically."""
    tmp = dst.parent / f".{dst.name}.tmp-{os.getpid()}-{_uuid.uuid4().hex[:8]}"
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
        os.chmod(tmp, 0o600)
    os.replace(tmp, dst)
    # renaming a hard link onto another link of the same file does nothing (POSIX),
    # which happens when a writer was killed between snapshot and save: tidy up
    if os.path.lexists(tmp):
        os.unlink(tmp)


# --------------------------------------------------------------------------- TinyDB glue
@functools.lru_cache(maxsize=1)
def _tinydb() -> Any:
    """TinyDB with our storage and an uncached table, built on first write or query
    (reading the store needs no TinyDB import, which keeps the command line quick)."""
    from tinydb import TinyDB
    from tinydb.storages import Storage
    from tinydb.table import Document, Table

    class StoreTable(Table):
        """TinyDB table without a query cache (another process may have written)."""

        def __init__(self, storage: Storage, name: str, cache_size: int = 0, persist_empty: bool = False) -> None:
            super().__init__(storage, name, cache_size=0, persist_empty=persist_empty)

    class StoreStorage(Storage):
        """TinyDB storage that delegates to the owning :class:`Store`."""

        def __init__(self, store: "Store") -> None:
            self._store = store

        def read(self) -> dict[str, dict[str, Any]] | None:
            return self._store._tinydb_read()

        def write(self, data: dict[str, dict[str, Any]]) -> None:
            self._store._tinydb_write(data)

    class StoreTinyDB(TinyDB):
        table_class = StoreTable

    return types.SimpleNamespace(TinyDB=StoreTinyDB, Storage=StoreStorage, Document=Document)


# --------------------------------------------------------------------------- the store
class Store:
    """The pair's data file.  Reads are cheap; writes go through :meth:`transaction`."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / locations.STORE_NAME
        self.lock_path = self.data_dir / (locations.STORE_NAME + locations.LOCK_SUFFIX)
        self.prev_path = self.data_dir / (locations.STORE_NAME + locations.PREV_SUFFIX)
        self.backup_dir = self.data_dir / locations.BACKUP_DIR
        self._cache: dict[str, Any] | None = None
        self._cache_key: tuple[int, int, int] | None = None
        self._tx: dict[str, Any] | None = None
        self._tx_dirty = False
        self._depth = 0
        self._thread_lock = threading.RLock()
        self._lock_fd: int | None = None
        self.generation = 0  # bumps whenever the data we see changes
        self._db: Any = None

    @property
    def db(self) -> Any:
        """The TinyDB database over this file (for queries; writes go through transactions)."""
        if self._db is None:
            glue = _tinydb()
            self._db = glue.TinyDB(storage=glue.Storage, store=self)
        return self._db

    # ---------------------------------------------------------------- reading
    def _stat_key(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _load(self) -> dict[str, Any] | None:
        key = self._stat_key()
        if key is None:
            if self._cache is not None:
                self.generation += 1
            self._cache, self._cache_key = None, None
            return None
        if key == self._cache_key and self._cache is not None:
            return self._cache
        data = read_store_file(self.path)
        if data is not None:
            version = schema_of(data)
            if version > SCHEMA:
                raise NewerStore(self.path, version)
            if version < SCHEMA:
                data = self._migrate(data, version)
                key = self._stat_key()
        self._cache, self._cache_key = data, key
        self.generation += 1
        return data

    def check(self) -> None:
        """Raise a :class:`StoreError` if the file is damaged, foreign or newer."""
        self._load()

    def exists(self) -> bool:
        return self._load() is not None

    def changed_on_disk(self) -> bool:
        """True when the file on disk differs from what this process last saw."""
        return self._stat_key() != self._cache_key

    def raw(self) -> dict[str, Any]:
        """The whole database (read-only view; do not mutate)."""
        if self._tx is not None:
            return self._tx
        return self._load() or {}

    def meta(self) -> dict[str, Any]:
        data = self.raw()
        table = data.get(META) or {}
        return next(iter(table.values())) if table else {}

    def _tinydb_read(self) -> dict[str, Any] | None:
        if self._tx is not None:
            return self._tx
        return self._load()

    def _tinydb_write(self, data: dict[str, Any]) -> None:
        if self._tx is None:
            raise RuntimeError("rmcoach store: writes must happen inside Store.transaction()")
        self._tx = data
        self._tx_dirty = True

    # ---------------------------------------------------------------- locking
    def _acquire(self) -> None:
        locations.ensure_private_dir(self.data_dir)
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreWriteError(_explain_oserror(self.path, exc), self.path) from None
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise StoreBusy(
                        f"Another rmcoach has been saving to {self.path} for over "
                        f"{int(LOCK_TIMEOUT)} seconds; try again in a moment.",
                        self.path,
                    ) from None
                time.sleep(0.005)
        self._lock_fd = fd

    def _release(self) -> None:
        if self._lock_fd is not None:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            finally:
                os.close(self._lock_fd)
                self._lock_fd = None

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """Hold the write lock, work on fresh data, write once at the end.

        Nested transactions join the outer one.  If the block raises, nothing
        is written and the in-memory view is dropped so the next read reloads.
        """
        with self._thread_lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._acquire()
            self._depth = 1
            try:
                current = self._load()
                self._cleanup_temp_files()
                if current is None:
                    current = fresh_database()
                    self._tx_dirty = True
                else:
                    self._tx_dirty = False
                self._tx = current
                try:
                    yield self
                except BaseException:
                    self._cache, self._cache_key = None, None
                    raise
                if self._tx_dirty:
                    try:
                        self._commit(self._tx)
                    except BaseException:
                        self._cache, self._cache_key = None, None
                        raise
            finally:
                self._tx = None
                self._tx_dirty = False
                self._depth = 0
                self._release()

    def _cleanup_temp_files(self) -> None:
        # We hold the exclusive lock: no other writer is mid-write, so any
        # temp file present was left behind by a killed process.
        for folder in (self.data_dir, self.backup_dir):
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith(".rmcoach") and ".tmp-" in entry.name:
                    try:
                        os.unlink(entry.path)
                    except OSError:
                        pass

    def _commit(self, data: dict[str, Any]) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        had_file = self.path.exists()
        if had_file:
            self._snapshot_backups()
        atomic_write_bytes(self.path, payload)
        self._cache, self._cache_key = data, self._stat_key()
        self.generation += 1

    def _snapshot_backups(self) -> None:
        """Keep the current (known good) file as .prev and as today's copy."""
        try:
            _link_or_copy(self.path, self.prev_path)
            today = _dt.date.today().isoformat()
            daily = self.backup_dir / f"rmcoach-{today}.json"
            if not daily.exists():
                locations.ensure_private_dir(self.backup_dir)
                _link_or_copy(self.path, daily)
                dailies = sorted(self.backup_dir.glob("rmcoach-????-??-??.json"))
                for old in dailies[:-DAILY_BACKUPS]:
                    old.unlink()
        except OSError as exc:
            raise StoreWriteError(_explain_oserror(self.path, exc), self.path) from None

    def _migrate(self, data: dict[str, Any], version: int) -> dict[str, Any]:
        """Back up, migrate to the current schema and write once, atomically."""
        with self._thread_lock:
            own_lock = self._lock_fd is None
            if own_lock:
                self._acquire()
            try:
                locations.ensure_private_dir(self.backup_dir)
                stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
                _link_or_copy(self.path, self.backup_dir / f"rmcoach-schema{version}-{stamp}.json")  # private, 0600
                for step in range(version, SCHEMA):
                    if step not in MIGRATIONS:
                        raise DamagedStore(self.path, f"uses schema {step}, which this rmcoach cannot upgrade")
                    data = MIGRATIONS[step](data)
                    next(iter(data[META].values()))["schema"] = step + 1
                payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                atomic_write_bytes(self.path, payload)
            finally:
                if own_lock:
                    self._release()
        return data

    # ---------------------------------------------------------------- records
    def _next_doc_id(self, table: str) -> int:
        """The high-water mark kept in the file; a full scan only if someone else
        (plain TinyDB, an older copy) used ids beyond it."""
        meta = self.meta()
        ids = meta.setdefault("next_ids", {})
        existing = self.raw().get(table) or {}
        doc_id = int(ids.get(table, 1) or 1)
        if str(doc_id) in existing or (existing and doc_id <= len(existing) and str(len(existing)) in existing):
            doc_id = max(doc_id, max((int(k) for k in existing), default=0) + 1)
        ids[table] = doc_id + 1
        return doc_id

    def insert(self, table: str, fields: dict[str, Any], *, record_uuid: str | None = None) -> dict[str, Any]:
        """Add a record with a fresh uuid and timestamps; returns the stored dict."""
        with self.transaction():
            stamp = now_iso()
            record = dict(fields)
            record["uuid"] = record_uuid or new_uuid()
            record.setdefault("created", stamp)
            record["updated"] = stamp
            doc_id = self._next_doc_id(table)
            self._tx_dirty = True
            self.db.table(table).insert(_tinydb().Document(record, doc_id=doc_id))
            return record

    def put_raw(self, table: str, record: dict[str, Any]) -> None:
        """Insert or replace a whole record as given (used by import/merge)."""
        with self.transaction():
            found = self._doc_id_of(table, record["uuid"])
            if found is None:
                doc_id = self._next_doc_id(table)
                self._tx_dirty = True
                self.db.table(table).insert(_tinydb().Document(dict(record), doc_id=doc_id))
            else:
                self.db.table(table).upsert(_tinydb().Document(dict(record), doc_id=found))

    def _doc_id_of(self, table: str, record_uuid: str) -> int | None:
        for key, doc in (self.raw().get(table) or {}).items():
            if doc.get("uuid") == record_uuid:
                return int(key)
        return None

    def get(self, table: str, record_uuid: str) -> dict[str, Any] | None:
        for doc in (self.raw().get(table) or {}).values():
            if doc.get("uuid") == record_uuid:
                return None if doc.get("deleted") else dict(doc)
        return None

    def all(self, table: str, *, include_deleted: bool = False) -> list[dict[str, Any]]:
        docs = (self.raw().get(table) or {}).values()
        return [dict(d) for d in docs if include_deleted or not d.get("deleted")]

    def update(
        self,
        table: str,
        record_uuid: str,
        changes: dict[str, Any],
        *,
        keep_history: bool = False,
        by: str | None = None,
    ) -> dict[str, Any]:
        """Change fields of a record; optionally keep the previous version in ``history``."""
        with self.transaction():
            doc_id = self._doc_id_of(table, record_uuid)
            if doc_id is None:
                raise StoreError(f"That item no longer exists in {self.path}; it may have been removed elsewhere.")
            current = dict(self.raw()[table][str(doc_id)])
            new = dict(current)
            new.update(changes)
            if keep_history:
                snapshot = {k: v for k, v in current.items() if k != "history"}
                new["history"] = list(current.get("history", [])) + [
                    {"at": now_iso(), "by": by, "version": snapshot}
                ]
            new["updated"] = now_iso()
            self.db.table(table).update(_replace_with(new), doc_ids=[doc_id])
            return new

    def delete(self, table: str, record_uuid: str) -> None:
        """Soft delete: the record stays as a tombstone so merges can see it."""
        self.update(table, record_uuid, {"deleted": True})


def _replace_with(new: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def transform(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(new)

    return transform


# --------------------------------------------------------------------------- doctor
def list_backups(data_dir: Path) -> list[Path]:
    """Backups newest first: the previous version, then the daily copies."""
    data_dir = Path(data_dir)
    found: list[Path] = []
    prev = data_dir / (locations.STORE_NAME + locations.PREV_SUFFIX)
    if prev.exists():
        found.append(prev)
    bdir = data_dir / locations.BACKUP_DIR
    if bdir.is_dir():
        found.extend(bdir.glob("rmcoach-*.json"))
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def backup_status(path: Path) -> str:
    try:
        data = read_store_file(path)
    except StoreError as exc:
        return getattr(exc, "reason", str(exc))
    if data is None:
        return "missing"
    version = schema_of(data)
    if version > SCHEMA:
        return f"from a newer rmcoach (schema {version})"
    return "ok"


def restore_newest_backup(data_dir: Path) -> tuple[Path, Path | None]:
    """Move a damaged store aside (never deleting it) and restore the newest good backup.

    Returns (backup used, where the damaged file was moved or None).
    """
    data_dir = Path(data_dir)
    store_path = data_dir / locations.STORE_NAME
    good = [b for b in list_backups(data_dir) if backup_status(b) == "ok"]
    if not good:
        raise StoreError(f"No readable backup of {store_path} was found, so nothing was changed.")
    store = Store(data_dir)
    store._acquire()
    try:
        moved: Path | None = None
        if store_path.exists():
            stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
            moved = data_dir / f"{locations.STORE_NAME}.damaged-{stamp}"
            n = 1
            while moved.exists():
                moved = data_dir / f"{locations.STORE_NAME}.damaged-{stamp}-{n}"
                n += 1
            os.replace(store_path, moved)
        atomic_write_bytes(store_path, good[0].read_bytes())
    finally:
        store._release()
    return good[0], moved
