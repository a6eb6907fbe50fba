"""The git side of sync, through dulwich (pure Python: no git program needed).

The pair's repository is plain and readable: ``rmcoach-pair.json`` says whose it
is (the pair's uuid and the laptops that sync with it), ``README.md`` says what
it is, and every shared record is one JSON file, ``tables/<table>/<uuid>.json``.
Each sync that changes something is one commit on ``main`` whose author is the
laptop that made it and whose message says what it sent, so ``git log --stat``
shows which laptop synced what, and when.

This laptop keeps its own bare copy in ``sync/repo.git`` (the objects it
fetched and the commits it made); pushing to the remote is a compare-and-swap
of ``main``, so two laptops pushing at once never overwrite each other - the
second one merges again and retries.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import shlex
import time
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from rmcoach.storage.store import StoreError

if TYPE_CHECKING:  # dulwich itself is imported only when a sync runs
    from dulwich.objects import Blob, Commit, ObjectID, ShaFile, Tree
    from dulwich.refs import Ref

# dulwich's Ref and ObjectID are NewTypes over bytes: at run time these are plain bytes.
BRANCH = cast("Ref", b"refs/heads/main")
HEAD = cast("Ref", b"HEAD")
PAIR_FILE = "rmcoach-pair.json"
README_FILE = "README.md"
TABLES = "tables"
FORMAT = "rmcoach-sync"
STALE_LOCK_SECONDS = 60
HTTP_TIMEOUT = 60.0  # seconds a git server may take to connect, or to answer once asked
_NAME_OK = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}$")

README_TEXT = """# rmcoach: one pair's shared records

This repository is written by `rmcoach sync`. Each file under `tables/` is one
record the pair shares (a session, an action item, a learning...), as JSON.
Private notes are never written here. `git log --stat` shows which laptop sent
which change, and when. Please change it only through rmcoach.
"""


class SyncError(StoreError):
    """Sync could not go on: one sentence for the person, nothing half-done."""

    exit_code = 1


_USERINFO = re.compile(r"(?i)\b(https?://)[^/@\s]*@")


def _describe(exc: BaseException) -> str:
    if type(exc).__name__ == "FileLocked":
        return "the other laptop is sending to it at this moment"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return hide_credentials(text[:160])


def hide_credentials(text: str) -> str:
    """``text`` with the user name and token of every web address taken out."""
    return _USERINFO.sub(r"\1", text)


def is_local(url: str) -> bool:
    """A folder (a USB stick, a shared drive), not a git address.  As git reads them:
    ``scheme://...`` and ``[user@]host:path`` (a colon before any slash) are addresses,
    ``C:\\...`` is a Windows drive."""
    if "://" in url:
        return False
    if re.match(r"^[A-Za-z]:([\\/]|$)", url):
        return True
    return not re.match(r"^(?:[^@/\\:\s]+@)?[\w.-]+:", url)


def ssh_command() -> str:
    """The ssh program to run, chosen as git chooses it: ``GIT_SSH_COMMAND`` when set (a
    command line), else ``GIT_SSH`` (a program's path, such as PuTTY's plink on Windows, run
    with no options of ours), else this computer's ``ssh`` in batch mode, so that it never
    stops to ask for a passphrase or to accept a host key - there may be no one to answer (the
    app syncs in the background) - but fails, and says so."""
    command = os.environ.get("GIT_SSH_COMMAND")
    if command:
        return command
    program = os.environ.get("GIT_SSH")
    if program:
        # dulwich splits the command as the platform's shell would: quote the path whole
        from rmcoach.storage import platform

        return f'"{program}"' if platform.WINDOWS else shlex.quote(program)
    return "ssh -o BatchMode=yes -o ConnectTimeout=30"


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """An https address with a user name and token in it (``https://NAME:TOKEN@host/repo``),
    as the address without them and (NAME, TOKEN); other addresses are returned as they are."""
    from urllib.parse import unquote, urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or "@" not in parts.netloc:
            return url, None
        userinfo, _, host = parts.netloc.rpartition("@")
        name, _, token = userinfo.partition(":")
    except ValueError:
        return url, None
    return urlunsplit(parts._replace(netloc=host)), (unquote(name), unquote(token))


def _network_reason(exc: BaseException, url: str) -> str:
    """Why a git address could not be used, in words a person can act on."""
    if is_local(url):
        return _describe(exc)
    name = type(exc).__name__
    text = str(exc)
    status = re.search(r"unexpected http resp (\d{3})", text)
    if name == "HTTPUnauthorized":
        return ("the server asked for a user name and personal access token, or did not accept the ones given: "
                "put them in the address, https://NAME:TOKEN@host/path")
    if name == "HTTPProxyUnauthorized":
        return "the network's proxy asked for a password"
    if name == "NotGitRepository" or re.search(r"(?i)does not appear to be a git repository|repository not found", text):
        return "there is no repository at that address, or this account may not see it"
    if status and status.group(1) == "403":
        return "the server refused access: check that your account or token may read and write this repository"
    if status and status.group(1).startswith("5"):
        return f"the server had a problem, HTTP {status.group(1)}: try again later"
    if status:
        return f"the server answered HTTP {status.group(1)}"
    if "Permission denied" in text or "publickey" in text:
        return ("the server did not accept this laptop's ssh key: add this laptop's public key "
                "(for example ~/.ssh/id_ed25519.pub) to your account on the server, and load a key "
                "that has a passphrase with ssh-add first")
    if "Host key verification failed" in text or "host key" in text.lower():
        return ("this laptop does not know the server's host key yet: connect once with "
                "`ssh` in a terminal and accept it")
    if isinstance(exc, FileNotFoundError) and "ssh" in str(exc.filename or text):
        return "this computer has no ssh program; use the repository's https address instead"
    if re.search(r"(?i)timed out|timeout", text):
        return "the server did not answer in time: check that this laptop is online, then try again"
    if re.search(r"(?i)max retries|refused|resolv|unreachable|name or service|getaddrinfo|NewConnectionError", text):
        return "could not connect to the server: check that this laptop is online and the address is right"
    if re.search(r"(?i)content.type|pkt-line|invalid|unexpected|protocol|hangup|hung up", text + name):
        return "the address answered, but it is not a git repository"
    return _describe(exc)


class GitRemote:
    """This laptop's bare copy and the pair's remote repository."""

    def __init__(self, local_dir: Path, url: str, credentials: tuple[str, str] | None = None) -> None:
        from dulwich.repo import Repo

        self.url = url
        self.credentials = credentials
        self.local_dir = Path(local_dir)
        if (self.local_dir / "HEAD").exists():
            self.repo = Repo(str(self.local_dir))
        else:
            self.local_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.repo = Repo.init_bare(str(self.local_dir))
        self._clean_stale_locks(self.local_dir)

    def close(self) -> None:
        self.repo.close()

    @staticmethod
    def _clean_stale_locks(git_dir: Path) -> None:
        """A killed sync can leave ``refs/heads/main.lock`` behind in this laptop's own copy;
        the sync lock is ours, so nobody else is writing it."""
        for lock in (git_dir / "refs" / "heads").glob("*.lock"):
            try:
                lock.unlink()
            except OSError:
                pass

    # ------------------------------------------------------------------ remote
    def _client(self) -> tuple[Any, str]:
        from dulwich.client import get_transport_and_path

        name, token = self.credentials or (None, None)
        try:
            return get_transport_and_path(self.url, username=name, password=token, ssh_command=ssh_command(),
                                          pool_manager=self._http_pool())
        except Exception as exc:  # noqa: BLE001 - dulwich raises many kinds for a bad address
            raise SyncError(f"{self.url} is not an address git understands ({_describe(exc)}); nothing was sent or changed.") from None

    def _http_pool(self) -> Any:
        """For an http(s) address, dulwich's own connection pool (proxies as it finds them) with
        a time limit: without one a server that takes the connection and never answers would
        keep the sync, and the app's "Syncing...", waiting for ever."""
        if not re.match(r"(?i)^https?://", self.url):
            return None
        from dulwich.client import default_urllib3_manager

        return default_urllib3_manager(None, base_url=self.url, timeout=HTTP_TIMEOUT)

    def create_if_missing(self) -> bool:
        """Make an empty bare repository at a folder address that has none yet (True if made)."""
        if not is_local(self.url):
            return False
        path = Path(self.url).expanduser()
        if path.is_dir():
            if any(path.iterdir()):
                return False
        elif path.exists():
            return False
        from dulwich.repo import Repo

        if not path.parent.is_dir():
            # a mistyped USB-stick path must not quietly start a second shared folder
            raise SyncError(f"The folder {path.parent} does not exist: check that the USB stick or drive is "
                            "plugged in and the path is right; nothing was sent or changed.")
        try:
            path.mkdir(exist_ok=True)
            made = Repo.init_bare(str(path))
            made.refs.set_symbolic_ref(HEAD, BRANCH)
            made.close()
        except OSError as exc:
            raise SyncError(f"Could not create the shared repository at {path} ({_describe(exc)}); nothing was sent or changed.") from None
        return True

    def fetch(self) -> str | None:
        """Bring the remote's ``main`` into this laptop's copy; its commit id (None: empty)."""
        if is_local(self.url):
            path = Path(self.url).expanduser()
            if path.is_dir() and any(path.iterdir()) and not (path / "HEAD").exists() and not (path / ".git").exists():
                raise SyncError(f"{path} is a folder with other things in it, not a shared rmcoach repository; "
                                "give a new or empty folder (nothing was sent or changed).")
            if not (path / "HEAD").exists() and not (path / ".git").exists():
                raise SyncError(f"Could not reach the shared repository at {path} (it is not there - is the "
                                "USB stick or shared drive connected?); nothing was sent or changed.")
        client, remote_path = self._client()

        def wants(refs: Any, depth: Any = None) -> list[bytes]:
            sha = refs.get(BRANCH)
            return [sha] if sha and sha not in self.repo.object_store else []

        try:
            result = client.fetch(remote_path, self.repo, determine_wants=wants)
        except Exception as exc:  # noqa: BLE001 - network, permissions, a broken remote
            raise SyncError(f"Could not reach the shared repository at {self.url} ({_network_reason(exc, self.url)}); "
                            "nothing was sent or changed.") from None
        refs = result.refs or {}
        sha = refs.get(BRANCH)
        if not sha and any(name.startswith(b"refs/heads/") for name, value in refs.items() if value):
            raise SyncError(f"{self.url} already holds other work and no rmcoach pair, so nothing was sent or "
                            "changed: give a new, empty repository.")
        return sha.decode("ascii") if sha else None

    def push(self, commit: str, expected: str | None) -> bool:
        """Move the remote's ``main`` from ``expected`` to ``commit``; False if it moved meanwhile."""
        self._clear_stale_remote_lock()
        client, path = self._client()
        new = _oid(commit)
        old = _oid(expected) if expected else None
        moved = False

        def update_refs(refs: Any) -> dict[Ref, ObjectID]:
            nonlocal moved
            if refs.get(BRANCH) != old:
                moved = True
                return {}
            return {BRANCH: new}

        def generate(have: Any, want: Any, ofs_delta: bool = False, progress: Any = None) -> Any:
            return self.repo.generate_pack_data(have, want, ofs_delta=ofs_delta, progress=progress)

        try:
            result = client.send_pack(path, update_refs, generate)
        except Exception as exc:  # noqa: BLE001
            raise SyncError(f"Could not send to the shared repository at {self.url} ({_network_reason(exc, self.url)}); "
                            "your data here is unchanged and the next sync will try again.") from None
        if moved or any(result.ref_status.values() if result.ref_status else ()):
            return False
        self.repo.refs[BRANCH] = new
        if old is None:
            self._point_head_at_main()
        return True

    def _point_head_at_main(self) -> None:
        """A repository made empty with `git init --bare` names ``master`` as its current branch;
        so that a plain `git log` there shows the pair's history, point it at ``main``."""
        if not is_local(self.url):
            return
        from dulwich.repo import Repo

        try:
            remote = Repo(str(Path(self.url).expanduser()))
        except Exception:  # noqa: BLE001 - only a courtesy for people reading the repository
            return
        try:
            target = remote.refs.get_symrefs().get(HEAD)
            if target != BRANCH and (target is None or target not in remote.refs):
                remote.refs.set_symbolic_ref(HEAD, BRANCH)
        except Exception:  # noqa: BLE001
            pass
        finally:
            remote.close()

    def _clear_stale_remote_lock(self) -> None:
        """A laptop killed in the middle of moving ``main`` on a shared folder leaves
        ``refs/heads/main.lock`` behind, and git tools then refuse every later push.  Moving
        a ref takes milliseconds, so a lock older than a minute belongs to nobody."""
        if not is_local(self.url):
            return
        remote = Path(self.url).expanduser()
        for lock in (remote / "refs" / "heads" / "main.lock", remote / ".git" / "refs" / "heads" / "main.lock"):
            try:
                if time.time() - lock.stat().st_mtime > STALE_LOCK_SECONDS:
                    lock.unlink()
            except OSError:
                continue

    # ------------------------------------------------------------------ trees
    def read(self, commit: str | None, *, records: bool = True) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
        """(the pair file, every record doc by "table/uuid") at ``commit``."""
        if commit is None:
            return None, {}
        try:
            tree = self._tree(self._commit(_oid(commit)).tree)
        except KeyError:
            raise SyncError("The shared repository is missing part of its history; nothing was changed.") from None
        pair = None
        docs: dict[str, dict[str, Any]] = {}
        for entry in tree.items():
            name = entry.path.decode("utf-8", "replace")
            if name == PAIR_FILE:
                pair = _json(self._blob(entry.sha).data)
            elif name == TABLES and records and entry.mode & 0o040000:
                for table_entry in self._tree(entry.sha).items():
                    table = table_entry.path.decode("utf-8", "replace")
                    if not table.isidentifier() or not table_entry.mode & 0o040000:
                        continue
                    for rec in self._tree(table_entry.sha).items():
                        fname = rec.path.decode("utf-8", "replace")
                        if not fname.endswith(".json"):
                            continue
                        doc = _json(self._blob(rec.sha).data)
                        uuid = fname[:-5]
                        if isinstance(doc, dict) and _NAME_OK.match(uuid):
                            doc["table"], doc["uuid"] = table, uuid
                            docs[f"{table}/{uuid}"] = doc
        return (pair if isinstance(pair, dict) else None), docs

    def read_since(self, commit: str | None, base_commit: str | None,
                   base: dict[str, dict[str, Any]]) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
        """Like :meth:`read`, but a record file unchanged since ``base_commit`` is taken from
        ``base`` (the docs of that commit) instead of being read and parsed again."""
        if commit is None or base_commit is None or _oid(base_commit) not in self.repo.object_store:
            return self.read(commit)
        pair, _ = self.read(commit, records=False)
        before, after = self._blob_ids(base_commit), self._blob_ids(commit)
        docs: dict[str, dict[str, Any]] = {}
        for key, sha in after.items():
            table, _, uuid = key.partition("/")
            if before.get(key) == sha and key in base:
                docs[key] = base[key]
                continue
            if not table.isidentifier() or not _NAME_OK.match(uuid):
                continue
            doc = _json(self._blob(sha).data)
            if isinstance(doc, dict):
                doc["table"], doc["uuid"] = table, uuid
                docs[key] = doc
        return pair, docs

    def _blob_ids(self, commit: str | None) -> dict[str, ObjectID]:
        """"table/uuid" -> blob id of each record file at ``commit`` (trees only, no file is read)."""
        if commit is None:
            return {}
        found: dict[str, ObjectID] = {}
        root = self._tree(self._commit(_oid(commit)).tree)
        try:
            _, tables_id = root[TABLES.encode()]
        except KeyError:
            return found
        for table_entry in self._tree(tables_id).items():
            table = table_entry.path.decode("utf-8", "replace")
            if not table_entry.mode & 0o040000:
                continue
            for rec in self._tree(table_entry.sha).items():
                name = rec.path.decode("utf-8", "replace")
                if name.endswith(".json"):
                    found[f"{table}/{name[:-5]}"] = rec.sha
        return found

    def commit(self, pair: dict[str, Any], docs: dict[str, dict[str, Any]], parent: str | None,
               message: str, who: str, when: _dt.datetime, unchanged: AbstractSet[str] = frozenset()) -> str | None:
        """A commit with these records on top of ``parent``; None when it would change nothing.
        Records in ``unchanged`` are exactly as in ``parent``, so their files are reused as they are."""
        from dulwich.objects import Blob, Commit, Tree

        store = self.repo.object_store
        new: list[ShaFile] = []
        reuse = self._blob_ids(parent) if unchanged else {}

        def blob(data: bytes) -> ObjectID:
            b = Blob.from_string(data)
            new.append(b)
            return b.id

        by_table: dict[str, Tree] = {}
        for key in sorted(docs):
            doc = docs[key]
            table, uuid = doc["table"], doc["uuid"]
            if not table.isidentifier() or not _NAME_OK.match(uuid):
                continue
            tree = by_table.setdefault(table, Tree())
            known = reuse.get(key) if key in unchanged else None
            tree.add(f"{uuid}.json".encode(), 0o100644, known or blob(dump(doc)))
        tables = Tree()
        for table, tree in sorted(by_table.items()):
            new.append(tree)
            tables.add(table.encode(), 0o040000, tree.id)
        root = Tree()
        root.add(PAIR_FILE.encode(), 0o100644, blob(dump(pair)))
        root.add(README_FILE.encode(), 0o100644, blob(README_TEXT.encode("utf-8")))
        if by_table:
            new.append(tables)
            root.add(TABLES.encode(), 0o040000, tables.id)
        new.append(root)
        if parent is not None and self._tree(self._commit(_oid(parent)).tree).id == root.id:
            return None
        c = Commit()
        c.tree = root.id
        c.parents = [_oid(parent)] if parent else []
        c.author = c.committer = who.encode("utf-8")
        c.author_time = c.commit_time = int(when.timestamp())
        offset = when.utcoffset()
        c.author_timezone = c.commit_timezone = int(offset.total_seconds()) if offset else 0
        c.encoding = b"UTF-8"
        c.message = message.encode("utf-8")
        new.append(c)
        store.add_objects([(o, None) for o in new if o.id not in store])
        return c.id.decode("ascii")

    # The kind of each object read is known from where its id came from: a ref or a
    # parent names a commit, a commit's tree and a 0o040000 entry name trees, other
    # entries name blobs.  ``Repo.__getitem__`` returns the base ``ShaFile``, so say which.
    def _commit(self, sha: ObjectID) -> Commit:
        return cast("Commit", self.repo[sha])

    def _tree(self, sha: ObjectID) -> Tree:
        return cast("Tree", self.repo[sha])

    def _blob(self, sha: ObjectID) -> Blob:
        return cast("Blob", self.repo[sha])


def _oid(hexsha: str) -> ObjectID:
    """A commit id as text, as the hex ``ObjectID`` (bytes) dulwich takes."""
    return cast("ObjectID", hexsha.encode("ascii"))


def dump(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
