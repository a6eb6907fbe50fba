"""The pair's store: one TinyDB JSON file, made crash-safe and multi-process safe.

Stock TinyDB rewrites its file in place, has no locking, reuses document ids
after a delete and keeps query caches that go stale when another process
writes.  This module keeps TinyDB (the file stays a plain TinyDB database that
``tinydb.TinyDB(path)`` opens) and fixes each of those weak spots:

* **Atomic writes** - the whole database is serialised first, written to a
  temporary file in the same directory, flushed and fsynced, moved over the
  old file with ``os.replace`` and the directory is fsynced.
* **One writer at a time** - every read-modify-write happens in
  :meth:`Store.transaction`, which holds an exclusive lock on a separate lock
  file (``rmcoach.storage.platform.ProcessLock``: flock, msvcrt or an owner
  file) and re-reads the file if anyone else changed it since we last looked
  (inode, size and mtime are compared), so no update is ever lost.  Before it
  writes, it checks that the lock file is still the one it locked: a lock file
  removed or replaced meanwhile (which would let a second writer in) is
  noticed, and the save is refused if another writer saved in between.
* **Serialised once** - a save turns into JSON only the tables it changed, with
  orjson (stdlib json only for what orjson cannot encode), and writes them in turn
  with the JSON of the other tables kept from the previous save; the file is plain
  JSON that TinyDB reads, byte for byte what serialising the whole database gives.
* **Checked once** - every record is checked when the file is read (a store with
  a record that would not load is refused, untouched); a save checks only the records
  it changed (:func:`_refuse_bad_records`), so what is written always loads and a
  save costs the same check however long the history.
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
import functools
import gc
import json
import os
import shutil
import threading
import types
import uuid as _uuid
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar, cast

from rmcoach.storage import locations
from rmcoach.storage import platform as _platform

if TYPE_CHECKING:  # TinyDB itself loads on first query or write (a quick command line)
    from tinydb import TinyDB

    from rmcoach.records.base import Common, Record

APP_MARK = "rmcoach"
SCHEMA = 2
META = "_meta"
#: the small tables a file starts with (the header, the people, the pair, the agreements):
#: the launch's quick look reads them from the head of the file (storage/glance.py)
LEADING_TABLES = (META, "people", "pair", "agreements")
LOCK_TIMEOUT = 15.0
DAILY_BACKUPS = 7

# What a tombstone keeps: only what a merge needs to carry the deletion across
# (which record, that it is gone, and when).  The table it sits in is the rest.
TOMBSTONE_FIELDS = ("uuid", "created", "updated")


def tombstone_of(record: dict[str, Any]) -> dict[str, Any]:
    """The tombstone of ``record``: its uuid and timestamps, ``deleted: true``, nothing else
    (no text, no history: a deleted item's words must not travel in an export or a sync)."""
    stone = {k: record[k] for k in TOMBSTONE_FIELDS if k in record}
    stone["deleted"] = True
    return stone


def _strip_tombstones(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 -> 2: tombstones used to keep the whole deleted record; keep only what merging needs."""
    for name, table in data.items():
        if name == META or not isinstance(table, dict):
            continue
        for key, doc in list(table.items()):
            if isinstance(doc, dict) and doc.get("deleted"):
                table[key] = tombstone_of(doc)
    return data


# Migrations: MIGRATIONS[n] turns a schema-n database dict into schema n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _strip_tombstones}


# --------------------------------------------------------------------------- errors
_T = TypeVar("_T")
_R = TypeVar("_R", bound="Record")

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
            f"run `rmcoach doctor`, which lists what is wrong and offers to set bad records aside "
            f"(nothing lost) or to restore a backup.",
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
def validate_bytes(path: Path, raw: bytes, *, check_records: bool = True) -> dict[str, Any]:
    """Parse and check a store file's bytes; raise :class:`DamagedStore`.

    ``check_records`` False checks only the file's shape (``doctor`` then lists
    the bad records itself)."""
    if not raw:
        raise DamagedStore(path, "is empty")
    if b"\x00" in raw:
        raise DamagedStore(path, "contains NUL bytes (it looks corrupted)")
    try:
        data = loads(raw)  # the parser checks the UTF-8 too, so a good file is read once
    except (ValueError, RecursionError):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DamagedStore(path, "is not valid UTF-8 text") from None
        if not text.strip():
            raise DamagedStore(path, "is blank")
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
        # keys parsed from JSON are text: each must be a document id, each value a record
        # (tested by C loops, not a Python test per record: this pass reads every record)
        if not isinstance(table, dict) or not all(map(str.isdigit, table)) or not (
                set(map(type, table.values())) <= {dict}):
            raise DamagedStore(path, f"has a damaged table {name!r}")
    if check_records and version == SCHEMA:
        _check_records(path, data)
    return data


def dumps(data: Any) -> bytes:
    """The database as compact UTF-8 JSON, byte for byte what
    ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` gives, about
    thirty times faster (orjson); the stdlib covers what orjson refuses (integers
    beyond 64 bits).  Dates and dataclasses, which orjson would turn into text on
    its own, go to the stdlib too, which refuses them as before: records hold ISO
    strings, never date objects."""
    try:
        import orjson
    except ImportError:
        orjson = None  # type: ignore[assignment]  # optional import: mypy types the name as the module
    if orjson is not None:
        try:
            return orjson.dumps(data, option=orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS)
        except (TypeError, ValueError):
            pass
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(raw: bytes) -> Any:
    """Parse JSON bytes: msgspec when it accepts them, else the stdlib (which also
    takes what a hand edit may leave, such as NaN or infinities).

    msgspec reads the same values as the stdlib (integers of any size stay integers,
    duplicate keys keep the last value) and refuses the rest, which the stdlib then
    reads or explains.  It reads a store a third faster than orjson did in a fresh
    process, and in a long-running one, where orjson slowed down more than the file
    grew, about twice as fast at 20 years (bench/records.py)."""
    # Parsing makes one object per value (about a million for a 20-year history).  The
    # cycle collector would walk the growing heap again and again meanwhile, though
    # parsed JSON holds no cycles: paused, reading stays proportional to the file.
    with no_cycle_collection():
        decode = _json_decoder()
        if decode is not None:
            try:
                return decode(raw)
            except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
                pass
        return json.loads(raw.decode("utf-8"))


@functools.lru_cache(maxsize=1)
def _json_decoder() -> Callable[[bytes], Any] | None:
    """msgspec's JSON decoder, or None: then the stdlib reads everything (orjson is not
    used to read: it would read an integer beyond 64 bits, left by a hand edit, as a float)."""
    try:
        import msgspec.json
    except ImportError:
        return None
    return cast("Callable[[bytes], Any]", msgspec.json.Decoder().decode)


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while building many objects that hold no cycles (parsed
    JSON, typed records): it would otherwise walk the whole growing heap again and again.

    On the way out, what was built is handed straight to the oldest generation (freezing
    and unfreezing moves every tracked object there, at no cost per object).  Left young,
    the first collections after the pause would walk all of it twice more (the young and
    the middle generation): at 20 years 14 ms of an 85 ms cold briefing, five to ten times
    the 5-year figure (the walk misses the caches once the history outgrows them).  In the
    oldest generation it is walked only by full collections, which the collector spaces
    out as the heap grows.  Nothing is kept alive by this (reference counting frees the
    objects as before, and the next full collection finds any cycle), and a process that
    set objects aside for good (the app's ``gc.freeze`` after loading) keeps them so:
    then nothing is moved."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            with _FREEZING:  # never between another thread's freeze and unfreeze
                if not gc.get_freeze_count():
                    gc.freeze()
                    gc.unfreeze()
            gc.enable()


_FREEZING = threading.Lock()


def set_aside_for_good() -> None:
    """Exempt everything alive now from the cycle collector for good (``gc.freeze``): for
    the one app of a process, once it has read the history.  Done under the same lock as
    the move to the oldest generation above, whose unfreeze would otherwise undo it."""
    with _FREEZING:
        gc.freeze()


def not_a_folder(data_dir: Path) -> StoreError:
    return StoreError(
        f"The data folder {data_dir} is not a folder (it, or a folder above it, is a file or "
        "a device), so rmcoach used nothing there: give --data-dir a folder.", data_dir)


def _check_records(path: Path, data: dict[str, Any]) -> None:
    """Refuse a store holding a record that does not convert to its typed record."""
    from rmcoach import records

    found = records.problems(data, limit=1)
    if found:
        raise DamagedStore(path, f"has a record rmcoach cannot accept ({records.describe(records.problems(data))})")


def read_store_file(path: Path) -> dict[str, Any] | None:
    """Return the parsed store at ``path`` or None when there is no file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise not_a_folder(path.parent) from None
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


def oserror_reason(exc: OSError) -> str:
    """Why a write failed, as words that fit mid-sentence ("the disk is full")."""
    if isinstance(exc, _platform.FileInUse):
        return "another program (an editor, a sync or backup tool, or a virus scanner) kept it open"
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


def atomic_write_bytes(path: Path, payload: bytes | list[bytes]) -> None:
    """Write ``payload`` (bytes, or pieces written one after another) to ``path``
    atomically (temp file, fsync, replace, fsync dir)."""
    folder = path.parent
    tmp = folder / f".{path.name}.tmp-{os.getpid()}-{_uuid.uuid4().hex[:8]}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _platform.BINARY, _platform.PRIVATE_FILE_MODE)
        try:
            for piece in [payload] if isinstance(payload, bytes) else payload:
                view = memoryview(piece)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            _platform.fsync_file(fd)
        finally:
            os.close(fd)
        _platform.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        error = StoreWriteError(_explain_oserror(path, exc), path)
        error.reason = oserror_reason(exc)
        raise error from None
    _platform.fsync_dir(folder)


def _link_or_copy(src: Path, dst: Path) -> None:
    """Make ``dst`` a snapshot of ``src`` (hard link when possible), atomically."""
    tmp = dst.parent / f".{dst.name}.tmp-{os.getpid()}-{_uuid.uuid4().hex[:8]}"
    try:
        os.link(src, tmp)
    except OSError:
        shutil.copyfile(src, tmp)
        _platform.make_private(tmp)
    _platform.replace(tmp, dst)
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


def _same_stamp(a: Any, b: Any) -> bool:
    """Stamps match: the same generation, or the very same table dicts (by identity,
    never by content: comparing the data would cost what the cache saves) with the
    same change counts."""
    if isinstance(a, int) or isinstance(b, int):
        return bool(a == b)
    return len(a) == len(b) and all(x[0] is y[0] and x[1] == y[1] for x, y in zip(a, b))


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
        # True when every record of ``_cache`` passed the whole-store check (on load or
        # before the save that wrote it); False for a store migrated from an older schema,
        # which is checked when it is next saved
        self._checked = False
        # A long-running reader (the app) sets this: when the file is damaged under it, reads
        # go on showing the last good data (saves still refuse, naming the damage), so a
        # screen never meets a traceback; ``damage`` then holds the reason.
        self.keep_last_good = False
        self.damage: StoreError | None = None
        self._damaged_key: tuple[int, int, int] | None = None
        self._tx: dict[str, Any] | None = None
        self._tx_dirty = False
        self._depth = 0
        self._thread_lock = threading.RLock()
        self._lock: _platform.ProcessLock | None = None
        # True while a save waits for another process's lock (read from another thread:
        # the app's saves run in a worker and show a waiting line meanwhile)
        self.waiting_for_lock = False
        self._tx_key: tuple[int, int, int] | None = None
        self._tx_copied: set[str] = set()  # tables already copied in the open transaction
        # the records the open transaction changed (table -> doc ids), which are all a save
        # has to check when the rest passed before; None: check every record (a fresh or
        # migrated store, or TinyDB rewrote tables itself)
        self._tx_changed: dict[str, set[str]] | None = None
        self.generation = 0  # bumps whenever the data we see changes (also inside a transaction)
        self._db: TinyDB | None = None
        # derived read-only data, rebuilt when the generation moves on (see derived())
        self._derived: dict[Any, tuple[Any, Any]] = {}
        self._table_writes: dict[str, int] = {}  # changes per table in this process (see _stamp)
        # uuid -> document id per table, tied to the table's dict it was built from
        self._uuid_index: dict[str, tuple[dict[str, Any], dict[str, int]]] = {}
        # the JSON of each table as last written, with the table's dict and change count it
        # was made from: a save serialises only the tables it changed (see _serialise)
        self._serialised: dict[str, tuple[dict[str, Any], int, bytes]] = {}
        # typed records per kind, by the identity of the stored dict each was made from
        # (a save replaces a changed record's dict and keeps the others, see records())
        self._typed: dict[type, dict[int, tuple[dict[str, Any], Any]]] = {}
        # the same for what records_where built (parts of a table): the table's dict they were
        # built from, what was built from it, and what was built from the version before it
        self._typed_part: dict[type, tuple[Any, dict[int, tuple[dict[str, Any], Any]],
                                           dict[int, tuple[dict[str, Any], Any]]]] = {}

    @property
    def db(self) -> TinyDB:
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
        except NotADirectoryError:
            raise not_a_folder(self.data_dir) from None
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
        checked = True  # read_store_file checked every record of a current-schema store
        if data is not None:
            version = schema_of(data)
            if version > SCHEMA:
                raise NewerStore(self.path, version)
            if version < SCHEMA:
                data = self._migrate(data, version)
                key = self._stat_key()
                checked = False
        self._cache, self._cache_key, self._checked = data, key, checked
        self._serialised = {}  # new dicts: what was serialised before is not theirs
        self.generation += 1
        return data

    def check(self) -> None:
        """Raise a :class:`StoreError` if the file is damaged, foreign or newer."""
        self._load()

    def exists(self) -> bool:
        return self._load() is not None

    def changed_on_disk(self) -> bool:
        """True when the file on disk differs from what this process last saw (a damaged
        file already reported while keeping the last good data counts as seen)."""
        key = self._stat_key()
        return key != self._cache_key and key != self._damaged_key

    def raw(self) -> dict[str, Any]:
        """The whole database (read-only view; do not mutate)."""
        if self._tx is not None:
            return self._tx
        if not self.keep_last_good:
            return self._load() or {}
        try:
            data = self._load() or {}
        except StoreError as exc:
            if self._cache is None:
                raise
            self.damage, self._damaged_key = exc, self._stat_key()
            return self._cache
        self.damage, self._damaged_key = None, None
        return data

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
        self._tx_changed = None  # TinyDB may have changed any record: check them all
        self._uuid_index.clear()  # TinyDB changes tables in place: rebuild the indexes
        self._serialised = {}  # and serialise them again
        self._derived.clear()
        self._typed.clear()  # and records in place: their typed forms are stale
        self._typed_part.clear()
        self.generation += 1

    # ---------------------------------------------------------------- locking
    def _acquire(self) -> None:
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise not_a_folder(self.data_dir)
        try:
            locations.ensure_private_dir(self.data_dir)
        except (NotADirectoryError, FileExistsError):
            raise not_a_folder(self.data_dir) from None
        except OSError as exc:
            raise StoreWriteError(_explain_oserror(self.path, exc), self.path) from None
        lock = _platform.process_lock(self.lock_path)
        try:
            held = lock.acquire(0)
            if not held:  # another process is saving: say so while we wait (the app shows it)
                self.waiting_for_lock = True
                try:
                    held = lock.acquire(LOCK_TIMEOUT)
                finally:
                    self.waiting_for_lock = False
        except OSError as exc:
            lock.release()
            raise StoreWriteError(_explain_oserror(self.path, exc), self.path) from None
        if not held:
            lock.release()
            raise StoreBusy(
                f"Another rmcoach has been saving to {self.path} for over "
                f"{int(LOCK_TIMEOUT)} seconds; try again in a moment.",
                self.path,
            )
        self._lock = lock

    def _release(self) -> None:
        if self._lock is not None:
            try:
                self._lock.release()
            finally:
                self._lock = None

    def _lock_still_ours(self) -> None:
        """Before writing: if the lock file was removed or replaced while we held it,
        another writer may have been let in.  Lock the lock file now at the path (waiting
        for that writer), then write only if nobody saved since we read the data."""
        if self._lock is None or self._lock.still_held():
            return
        self._release()
        self._acquire()
        if self._stat_key() != self._tx_key:
            raise StoreBusy(
                f"The lock file {self.lock_path} was removed or replaced while rmcoach was "
                "saving, and another rmcoach saved in the meantime, so this change was not "
                "written (the other one was kept): please do it again.",
                self.path,
            )

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
                self._tx_key = self._cache_key
                self._cleanup_temp_files()
                if current is None:
                    current = fresh_database()
                    self._tx_dirty = True
                else:
                    self._tx_dirty = False
                # what was loaded passed the whole check: only what changes needs it again
                self._tx_changed = {} if current is self._cache and self._checked else None
                self._tx = current
                try:
                    yield self
                except BaseException:
                    self._cache, self._cache_key = None, None
                    self.generation += 1  # what was derived from the dropped changes is stale
                    raise
                if self._tx_dirty:
                    try:
                        self._lock_still_ours()
                        self._commit(self._tx)
                    except BaseException:
                        self._cache, self._cache_key = None, None
                        self.generation += 1
                        raise
            finally:
                self._tx = None
                self._tx_copied = set()
                self._tx_changed = None
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
        _refuse_bad_records(self.path, data, self._tx_changed)
        payload, serialised = self._serialise(data)
        if self._cache_key is not None or self.path.exists():
            self._snapshot_backups()
        atomic_write_bytes(self.path, payload)
        self._cache, self._cache_key, self._checked = data, self._stat_key(), True
        self._serialised = serialised
        self.generation += 1

    def _serialise(self, data: dict[str, Any]) -> tuple[list[bytes], dict[str, tuple[dict[str, Any], int, bytes]]]:
        """The whole database as :func:`dumps` gives it, serialising only the tables
        changed since the last save: a table whose dict is the very one written last
        time with the same change count (``_put`` replaces a table's dict on its first
        change in a transaction and counts every change) reuses its JSON.  The header is
        always serialised (its id counters change in place; it is one small record).
        Returns the JSON in pieces (written one after another, never joined: joining
        would copy the whole file once more) and what to remember once they are written."""
        parts: list[bytes] = []
        serialised: dict[str, tuple[dict[str, Any], int, bytes]] = {}
        leading = [name for name in LEADING_TABLES if name in data]
        for name in leading + [name for name in data if name not in LEADING_TABLES]:
            table = data[name]
            writes = self._table_writes.get(name, 0)
            found = self._serialised.get(name)
            if name != META and found is not None and found[0] is table and found[1] == writes:
                body = found[2]
            else:
                body = dumps(table)
            if name != META:
                serialised[name] = (table, writes, body)
            parts += (b"," if parts else b"{", dumps(name), b":", body)
        parts.append(b"}" if parts else b"{}")
        return parts, serialised

    def _own_backup_dir(self) -> Path:
        """The backups folder, refused when it is a link (it is never followed: a save
        would otherwise write, prune and re-permission someone else's folder)."""
        if os.path.islink(self.backup_dir):
            raise StoreWriteError(
                f"The backups folder {self.backup_dir} is a link to another folder, which rmcoach "
                "never follows, so nothing was saved: replace the link with a real folder.",
                self.path,
            )
        return self.backup_dir

    def _snapshot_backups(self) -> None:
        """Keep the current (known good) file as .prev and as today's copy."""
        backup_dir = self._own_backup_dir()
        try:
            _link_or_copy(self.path, self.prev_path)
            today = _dt.date.today().isoformat()
            daily = backup_dir / f"rmcoach-{today}.json"
            if not daily.exists():
                locations.ensure_private_dir(backup_dir)
                _link_or_copy(self.path, daily)
                dailies = sorted(backup_dir.glob("rmcoach-????-??-??.json"))
                for old in dailies[:-DAILY_BACKUPS]:
                    old.unlink()
        except OSError as exc:
            raise StoreWriteError(_explain_oserror(self.path, exc), self.path) from None

    def _migrate(self, data: dict[str, Any], version: int) -> dict[str, Any]:
        """Back up, migrate to the current schema and write once, atomically."""
        with self._thread_lock:
            own_lock = self._lock is None
            if own_lock:
                self._acquire()
            try:
                backup_dir = self._own_backup_dir()
                locations.ensure_private_dir(backup_dir)
                stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S")
                _link_or_copy(self.path, backup_dir / f"rmcoach-schema{version}-{stamp}.json")  # private, 0600
                for step in range(version, SCHEMA):
                    if step not in MIGRATIONS:
                        raise DamagedStore(self.path, f"uses schema {step}, which this rmcoach cannot upgrade")
                    data = MIGRATIONS[step](data)
                    next(iter(data[META].values()))["schema"] = step + 1
                atomic_write_bytes(self.path, dumps(data))
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
            self._put(table, self._next_doc_id(table), record)
            return record

    def put_raw(self, table: str, record: dict[str, Any]) -> None:
        """Insert or replace a whole record as given (used by import/merge)."""
        with self.transaction():
            found = self._doc_id_of(table, record["uuid"])
            if found is None:
                self._put(table, self._next_doc_id(table), record)
            else:
                # replace, not update: a field the new version lacks (a tombstone's text) must go
                self._put(table, found, record)

    def _put(self, table: str, doc_id: int, record: dict[str, Any]) -> None:
        """Store a copy of ``record`` as document ``doc_id`` of ``table`` in the open
        transaction.  A table's dict is copied on its first change in a transaction (so
        whoever still holds the version read before is not disturbed) and changed in
        place after that, so an import of many records costs one copy, not one per record."""
        assert self._tx is not None
        rows = self._tx.get(table)
        before = rows
        if table not in self._tx_copied or rows is None:
            rows = dict(rows or {})
            self._tx[table] = rows
            self._tx_copied.add(table)
        stored = dict(record)
        rows[str(doc_id)] = stored
        if self._tx_changed is not None:
            self._tx_changed.setdefault(table, set()).add(str(doc_id))
        # keep the uuid index of this table current instead of rebuilding it: an import
        # of many records looks each uuid up in constant time (a fresh copy of the
        # table gets a fresh copy of its index, so the one read before stays true)
        indexed = self._uuid_index.get(table)
        if indexed is not None and indexed[0] is before:
            index = indexed[1] if rows is before else dict(indexed[1])
            if isinstance(stored.get("uuid"), str):
                index.setdefault(stored["uuid"], doc_id)
            self._uuid_index[table] = (rows, index)
        self._table_writes[table] = self._table_writes.get(table, 0) + 1
        self._tx_dirty = True
        self.generation += 1

    def _index_of(self, table: str) -> dict[str, int]:
        """uuid -> document id for ``table`` as it is now (the first document wins,
        as the scan this replaces did)."""
        rows = self.raw().get(table) or {}
        indexed = self._uuid_index.get(table)
        if indexed is not None and indexed[0] is rows:
            return indexed[1]
        index: dict[str, int] = {}
        for key, doc in rows.items():
            uuid = doc.get("uuid")
            if isinstance(uuid, str) and uuid not in index:
                index[uuid] = int(key)
        self._uuid_index[table] = (rows, index)
        return index

    def put_raw_many(self, records: "list[tuple[str, dict[str, Any]]]") -> None:
        """Insert or replace many whole records at once (import and sync): one uuid index
        per table and one write, so a merge costs the same per record however big the store is."""
        if not records:
            return
        with self.transaction():
            for table, record in records:
                # the table's uuid index is built once and kept current by _put, which also
                # copies the table once (readers of the version before are not disturbed)
                found = self._index_of(table).get(record["uuid"])
                self._put(table, self._next_doc_id(table) if found is None else found, record)

    def _doc_id_of(self, table: str, record_uuid: str) -> int | None:
        return self._index_of(table).get(record_uuid)

    def get(self, table: str, record_uuid: str) -> dict[str, Any] | None:
        doc_id = self._doc_id_of(table, record_uuid)
        if doc_id is None:
            return None
        doc = self.raw()[table][str(doc_id)]
        return None if doc.get("deleted") else dict(doc)

    def all(self, table: str, *, include_deleted: bool = False) -> list[dict[str, Any]]:
        """The records of ``table``, each a fresh copy the caller may change."""
        return [dict(d) for d in self.view(table, include_deleted=include_deleted)]

    def view(self, table: str, *, include_deleted: bool = False) -> tuple[dict[str, Any], ...]:
        """The records of ``table`` as stored, not copied: read them, never change them
        (to change one, go through :meth:`update`; to keep a changed copy, ``dict(r)``).
        The store never changes a stored record in place - a save replaces it - so a
        view taken earlier stays as it was.  Built once per generation."""
        return self.derived(("view", table, include_deleted), lambda: tuple(
            d for d in (self.raw().get(table) or {}).values() if include_deleted or not d.get("deleted")),
            tables=(table,))

    def records(self, kind: type[_R]) -> tuple[_R, ...]:
        """The live records of ``kind``'s table as typed records (``records.sessions.Session``
        and friends), in stored order; built once per change of that table.  Every record
        was checked when the file was loaded (a store that fails the check never opens),
        so this conversion does not fail on a store that loaded.

        What it costs: a record the check passed is built without testing it again
        (``Record.from_checked``, about a third of ``from_dict``); and a record whose stored
        dict is the one converted before (a save replaces only the dicts it changes) is
        not converted again, so after saving one record only that record is built."""
        table = kind.TABLE
        return self.derived(("records", kind), lambda: self._build_typed(kind), tables=(table,))

    def _build_typed(self, kind: type[_R], rows: tuple[dict[str, Any], ...] | None = None) -> tuple[_R, ...]:
        """Typed records for ``rows`` (all live records of ``kind`` when None), reusing the
        ones built before from the very same stored dicts."""
        whole = rows is None
        if rows is None:
            rows = self.view(kind.TABLE)
        before = self._typed.get(kind, {})
        # what records_where built (parts of the table) from this version of the table, and
        # from the version before it (a save replaces the table's dict but few of its records)
        table = self.raw().get(kind.TABLE)
        part_of = self._typed_part.get(kind)
        if part_of is None or part_of[0] is not table:
            part_of = (table, {}, part_of[1] if part_of is not None else {})
            if not whole:
                self._typed_part[kind] = part_of
        _table, part, part_before = part_of
        # inside a transaction a record may be new and not yet checked: check it as it is built
        convert: Callable[[dict[str, Any]], _R] = (
            kind.from_checked if self._tx is None and self._checked else kind.from_dict)
        now: dict[int, tuple[dict[str, Any], Any]] = {} if whole else part
        out = []
        with no_cycle_collection():  # typed records hold no cycles (at 20 years: half the time)
            for raw in rows:
                key = id(raw)
                found = before.get(key)
                if found is None or found[0] is not raw:
                    found = part.get(key)
                    if found is None or found[0] is not raw:
                        found = part_before.get(key)
                if found is not None and found[0] is raw:
                    typed = found[1]
                else:
                    typed = convert(raw)
                now[id(raw)] = (raw, typed)
                out.append(typed)
        if whole:  # the records a save replaced are let go
            self._typed[kind] = now
        return tuple(out)

    def records_where(self, kind: type[_R], name: str, value: Any) -> tuple[_R, ...]:
        """The live records of ``kind`` whose field ``name`` is ``value``: what filtering
        :meth:`records` gives, in stored order.

        Only those records are built: the stored dicts are grouped by the field once per
        change of the table (a pass that reads one key of each), and each group is built
        when it is first asked for.  The briefing's open action items and the last
        session's actions are a handful of the thousands of action items at 20 years.
        For a field stored as its typed value (a choice, a number, true/false, text, a
        uuid); a field that may be empty only for a value that is not empty (an empty one
        is stored as "" or null and read as None): other fields are refused."""
        field = next((row for row in kind._fields_plan() if row[0] == name), None)
        fast: tuple[str, Any] = field[5].fast if field is not None else ("", None)
        if fast[0] == "optional" and value is not None and value != "":
            fast = cast("tuple[str, Any]", fast[1].fast)
        if field is None or not isinstance(value, (str, int)) or fast[0] not in (
                "enum", "int", "bool", "text", "ref", "person"):
            raise ValueError(f"{kind.__name__}.{name} is not a field stored as its typed value "
                             f"(or {value!r} is not stored as it is)")
        default = field[3]

        def group() -> tuple[dict[Any, list[dict[str, Any]]], dict[Any, tuple[_R, ...]]]:
            rows: dict[Any, list[dict[str, Any]]] = {}
            for raw in self.view(kind.TABLE):
                key = raw.get(name, default)
                if isinstance(key, (str, int)):  # what the check lets through (a bool is an int)
                    rows.setdefault(key, []).append(raw)
            return rows, {}

        rows, built = self.derived(("records-where", kind, name), group, tables=(kind.TABLE,))
        found = built.get(value)
        if found is None:
            found = built[value] = self._build_typed(kind, tuple(rows.get(value, ())))
        return found

    def columns(self, kind: "type[Record]", fields: tuple[str, ...]) -> tuple[tuple[Any, ...], ...]:
        """The typed values of ``fields`` for every live record of ``kind``, in stored order:
        for each record the tuple ``getattr(record, name)`` gives (``record.extra.get(name)``
        for a name that is no field), without building the records; built once per change
        of the table.  For a feature that reads a few fields of thousands of records (the
        report counts the learnings): about a third of building them all at 20 years."""
        def build() -> tuple[tuple[Any, ...], ...]:
            if self._tx is not None or not self._checked:
                # records not checked yet (a save under way, a migrated store): the checking
                # conversion, which refuses what the projection would trust
                kind._fields_plan()
                plan = kind._plan_names
                return tuple(tuple(getattr(r, n) if n in plan else r.extra.get(n) for n in fields)
                             for r in self.records(kind))
            from rmcoach.records.base import compile_projector

            project = compile_projector(kind, fields)
            with no_cycle_collection():
                return tuple([project(raw) for raw in self.view(kind.TABLE)])

        return self.derived(("columns", kind, fields), build, tables=(kind.TABLE,))

    def record(self, kind: type[_R], record_uuid: str | None) -> _R | None:
        """One live typed record of ``kind`` by uuid, or None (no such record, or deleted)."""
        if not record_uuid:
            return None
        table = kind.TABLE
        index = self.derived(("record-index", kind), lambda: {cast("Common", r).uuid: r for r in self.records(kind)},
                             tables=(table,))
        return index.get(record_uuid)

    def _stamp(self, tables: tuple[str, ...]) -> tuple[Any, ...]:
        """What ``tables`` are now: each table's dict (a save that changes a table gives it
        a new dict, a reload gives every table a new one) and this process's count of
        changes to it (an open transaction changes its own copy in place)."""
        data = self.raw()
        return tuple((data.get(t), self._table_writes.get(t, 0)) for t in tables)

    def derived(self, key: Any, build: Callable[[], _T], *, tables: tuple[str, ...] | None = None) -> _T:
        """``build()``, remembered until the data it comes from changes.  With ``tables``
        it is rebuilt only when one of those tables changes (saving a learning does not
        re-sort the sessions); without, whenever any data changes (the generation moves
        on).  A save in another process is noticed first.  For read-only values derived
        from the records - indexes, sorted orders - that would otherwise be rebuilt from
        the whole history on every call; callers must not change what they get."""
        self.raw()  # notice another process's save first (this moves the generation on)
        stamp: Any = self.generation if tables is None else self._stamp(tables)
        found = self._derived.get(key)
        if found is not None and _same_stamp(found[0], stamp):
            return cast(_T, found[1])
        value = build()
        if len(self._derived) > 256:  # keys include viewers and session uuids: keep it bounded
            self._derived.clear()
        self._derived[key] = (stamp, value)
        return value

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
            self._put(table, doc_id, new)
            return new

    def delete(self, table: str, record_uuid: str) -> None:
        """Soft delete: the record stays as a tombstone so merges can see it - its uuid,
        timestamps and ``deleted: true`` only; its content and history are dropped
        (the rotating backups still hold earlier versions)."""
        with self.transaction():
            doc_id = self._doc_id_of(table, record_uuid)
            if doc_id is None:
                raise StoreError(f"That item no longer exists in {self.path}; it may have been removed elsewhere.")
            stone = tombstone_of(dict(self.raw()[table][str(doc_id)]))
            stone["updated"] = now_iso()
            self._put(table, doc_id, stone)


def _refuse_bad_records(path: Path, data: dict[str, Any], changed: dict[str, set[str]] | None = None) -> None:
    """Nothing that would fail to load is ever written (one sentence, file untouched).

    ``changed`` (table -> doc ids) names the only records that may have changed since
    every record passed the check (on load, or before the previous save): then only
    those are checked (``records.changed_problems``), so a save costs the same check
    however long the history.  None checks every record."""
    from rmcoach import records

    found = records.problems(data, limit=1) if changed is None else records.changed_problems(data, changed, limit=1)
    if found:
        raise StoreError(f"rmcoach did not save, because {found[0]}; {path} is unchanged.", path)


# --------------------------------------------------------------------------- doctor
def list_backups(data_dir: Path) -> list[Path]:
    """Backups newest first: the previous version, then the daily copies."""
    data_dir = Path(data_dir)
    found: list[Path] = []
    prev = data_dir / (locations.STORE_NAME + locations.PREV_SUFFIX)
    if prev.exists():
        found.append(prev)
    bdir = data_dir / locations.BACKUP_DIR
    if bdir.is_dir() and not bdir.is_symlink():  # a linked backups folder is never followed
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
            try:
                _platform.replace(store_path, moved)
            except OSError as exc:
                raise StoreWriteError(
                    f"Could not move the damaged {store_path} aside because {oserror_reason(exc)}, "
                    "so nothing was restored or changed.", store_path) from None
        atomic_write_bytes(store_path, good[0].read_bytes())
    finally:
        store._release()
    return good[0], moved
