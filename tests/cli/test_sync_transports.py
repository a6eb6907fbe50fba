"""`rmcoach sync` over the network transports a real pair uses - git's smart HTTP (a private
GitHub/GitLab repository, or the trust's own server) and ssh - without any network: the
HTTP server is dulwich's own WSGI application on 127.0.0.1 in a thread, and ssh is a fake
``ssh`` program first on PATH that serves the git command it is given against a local bare
repository (the way a real server's ssh does)."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from rmcoach.features.demo import build_demo
from rmcoach.features.sessions import set_action_status
from rmcoach.records.pairs import load_pair
from rmcoach.storage.store import Store
from rmcoach.sync.engine import sync
from rmcoach.sync.repo import SyncError
from rmcoach.sync.state import load
from tests.conftest import run_cli

TOKEN = "glpat-Zx9SECRETtoken7Q"


# --------------------------------------------------------------------------- helpers
def _pair_with_action(folder: Path) -> tuple[Store, Any, dict]:
    store = Store(folder)
    pair = build_demo(store)
    action = store.insert("actions", {"text": "Try the portal inbox", "owner": pair.people[0].uuid, "due": "2026-12-01",
                                      "status": "open", "author": pair.people[1].uuid, "visibility": "shared"})
    return store, pair, action


def _bare(path: Path) -> Path:
    from dulwich.repo import Repo

    path.mkdir(parents=True)
    Repo.init_bare(str(path)).close()  # HEAD names master, as `git init --bare` and the hosting sites make it
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a data folder and its bytes (the sync lock file is empty and only ever created)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _all_text(folder: Path) -> bytes:
    return b"".join(_snapshot(folder).values())


def _one_sentence(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # keep the test output clean
        pass


@pytest.fixture
def serve() -> Iterator[Callable[[Any], str]]:
    """Start a WSGI app on 127.0.0.1 (a free port) in a thread; returns its base URL."""
    servers: list[tuple[WSGIServer, threading.Thread]] = []

    def start(app: Any) -> str:
        server = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join()


def _git_app(repos: dict[str, Path]) -> Any:
    from dulwich.repo import Repo
    from dulwich.server import DictBackend
    from dulwich.web import make_wsgi_chain

    return make_wsgi_chain(DictBackend({f"/{name}": Repo(str(path)) for name, path in repos.items()}))


def _needs_token(app: Any, tokens: dict[str, str]) -> Any:
    """What a hosting site does: basic auth with a personal access token (tokens["now"]), or 401."""

    def guarded(environ: dict, start_response: Callable) -> Any:
        wanted = "Basic " + base64.b64encode(f"sam:{tokens['now']}".encode()).decode()
        if environ.get("HTTP_AUTHORIZATION") != wanted:
            start_response("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="git"'), ("Content-Type", "text/plain")])
            return [b"HTTP Basic: Access denied\n"]
        return app(environ, start_response)

    return guarded


def _status_app(status: str, body: bytes = b"no\n", content_type: str = "text/plain") -> Any:
    def app(environ: dict, start_response: Callable) -> Any:
        start_response(status, [("Content-Type", content_type)])
        return [body]

    return app


# --------------------------------------------------------------------------- addresses
@pytest.mark.parametrize("address, local", [
    ("/media/stick/pair.git", True), ("pair.git", True), ("~/Shared/pair.git", True),
    ("C:\\Users\\ada\\pair.git", True), ("D:/pair.git", True), ("E:", True), ("./odd:name", True),
    ("https://gitlab.example.org/ada/pair.git", False), ("ssh://git@example.org/ada/pair.git", False),
    ("git@github.com:ada/pair.git", False), ("trust-git:pairs/ours.git", False), ("file:///srv/pair.git", False),
])
def test_folders_and_git_addresses_are_told_apart_as_git_does(address: str, local: bool) -> None:
    from rmcoach.sync.repo import is_local

    assert is_local(address) is local


def test_a_token_is_taken_out_of_an_https_address_and_out_of_any_text() -> None:
    from rmcoach.sync.repo import hide_credentials, split_credentials

    assert split_credentials(f"https://sam:{TOKEN}@gitlab.example.org/ada/pair.git") == (
        "https://gitlab.example.org/ada/pair.git", ("sam", TOKEN))
    assert split_credentials("https://oauth2:a%40b@host/p.git") == ("https://host/p.git", ("oauth2", "a@b"))
    for plain in ("https://gitlab.example.org/ada/pair.git", "git@github.com:ada/pair.git",
                  "ssh://git@example.org/pair.git", "/media/stick/pair.git"):
        assert split_credentials(plain) == (plain, None)
    said = hide_credentials(f"failed for https://sam:{TOKEN}@host/p.git and http://x@y/z")
    assert TOKEN not in said and "https://host/p.git" in said and "http://y/z" in said


# --------------------------------------------------------------------------- smart HTTP
def test_two_laptops_sync_over_smart_http_from_an_empty_remote(tmp_path: Path, serve) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    senior = pair.people[0]
    secret = a.insert("reflections", {"session": None, "author": senior.uuid, "visibility": "private",
                                      "text": "only mine, never sent"})
    remote = _bare(tmp_path / "server" / "pair.git")
    url = serve(_git_app({"pair.git": remote})) + "/pair.git"
    first = run_cli("sync", "--remote", url, data_dir=tmp_path / "a")
    assert first.returncode == 0 and first.stdout.startswith(f"Synced with {url}: sent "), first.stderr
    joined = run_cli("sync", "--remote", url, data_dir=tmp_path / "b")
    assert joined.returncode == 0 and joined.stdout.startswith(f"Joined your pair from {url}"), joined.stderr
    b = Store(tmp_path / "b")
    assert load_pair(b).uuid == pair.uuid and b.get("actions", action["uuid"])["text"] == "Try the portal inbox"
    assert b.get("reflections", secret["uuid"]) is None
    # concurrent edits: done on one laptop, a new due date on the other, the same text changed on both
    set_action_status(a, action["uuid"], "done", by=senior.uuid)
    a.update("actions", action["uuid"], {"text": "Try it together"}, keep_history=True)
    b.update("actions", action["uuid"], {"due": "2026-12-12", "text": "Try it alone"}, keep_history=True)
    note = b.insert("learnings", {"text": "to be deleted", "visibility": "shared"})
    assert sync(tmp_path / "a").sent == 1
    second = run_cli("sync", data_dir=tmp_path / "b")
    assert second.returncode == 0 and "1 needs a decision" in second.stdout, second.stderr
    assert sync(tmp_path / "a").decisions == 1
    for store in (a, b):
        merged = store.get("actions", action["uuid"])
        assert merged["status"] == "done" and merged["due"] == "2026-12-12"
    assert a.get("learnings", note["uuid"])["text"] == "to be deleted"
    # a tombstone travels too
    a.delete("learnings", note["uuid"])
    assert sync(tmp_path / "a").sent == 1
    sync(tmp_path / "b")
    gone = next(r for r in b.all("learnings", include_deleted=True) if r["uuid"] == note["uuid"])
    assert gone.get("deleted") and "text" not in gone
    # the server's repository holds the pair's history, and never the private note
    from tests.sync_sim import git_object_texts

    texts = b"".join(git_object_texts(remote))
    assert b"Try it alone" in texts and b"only mine, never sent" not in texts


def test_a_token_in_an_https_address_is_used_but_never_shown_or_stored_in_the_sync_record(tmp_path: Path, serve) -> None:
    build_demo(Store(tmp_path / "a"))
    remote = _bare(tmp_path / "server" / "pair.git")
    tokens = {"now": TOKEN}
    base = serve(_needs_token(_git_app({"pair.git": remote}), tokens))
    clean = base + "/pair.git"
    with_token = base.replace("http://", f"http://sam:{TOKEN}@") + "/pair.git"
    # without the token the server says 401: one sentence that names the token, nothing changed
    refused = _one_sentence(run_cli("sync", "--remote", clean, data_dir=tmp_path / "a"))
    assert "token" in refused and "nothing was sent or changed" in refused
    first = run_cli("sync", "--remote", with_token, data_dir=tmp_path / "a")
    assert first.returncode == 0 and first.stdout.startswith(f"Synced with {clean}: sent"), first.stderr
    again = run_cli("sync", data_dir=tmp_path / "a")  # remembered for the next sync
    assert again.returncode == 0 and TOKEN not in again.stdout + again.stderr, again.stderr
    assert load(tmp_path / "a").remote == clean
    # the home screen's sync lines (an unsent change here) and the app's outcome line
    import datetime as _dt

    from rmcoach.features.status import StatusContext
    from rmcoach.sync.status import status_lines

    store = Store(tmp_path / "a")
    store.insert("learnings", {"text": "waiting to go", "visibility": "shared"})
    lines = status_lines(StatusContext(store=store, pair=load_pair(store), viewer=None, now=_dt.datetime(2026, 12, 1, 9)))
    assert lines and not any(TOKEN in line.text for line in lines)
    assert TOKEN not in sync(tmp_path / "a").line()
    state_file = tmp_path / "a" / "sync" / "state.json"
    assert TOKEN not in state_file.read_text() and TOKEN.encode() not in Store(tmp_path / "a").path.read_bytes()
    secret_files = [name for name, data in _snapshot(tmp_path / "a").items() if TOKEN.encode() in data]
    assert secret_files == [os.path.join("sync", "credentials.json")]
    if os.name == "posix":
        assert (tmp_path / "a" / "sync" / "credentials.json").stat().st_mode & 0o077 == 0
    # a wrong token: refused in one sentence that does not repeat it
    wrong = with_token.replace(TOKEN, "glpat-wrongWRONGwrong")
    before = _snapshot(tmp_path / "a")
    refused = _one_sentence(run_cli("sync", "--remote", wrong, data_dir=tmp_path / "a"))
    assert "wrongWRONG" not in refused and "token" in refused
    assert _snapshot(tmp_path / "a") == before  # not even the new token was kept
    # the partner joins with their own token in the address: it never reaches the shared repository
    joined = run_cli("sync", "--remote", with_token, data_dir=tmp_path / "b")
    assert joined.returncode == 0 and TOKEN not in joined.stdout, joined.stderr
    from tests.sync_sim import git_object_texts

    assert not any(TOKEN.encode() in blob for blob in git_object_texts(remote))
    # the token expires and a new one is made: the next sync says so; the new one, given the
    # same way (no --switch: it is the same repository), replaces the old one
    new_token = "glpat-NEWnewNEW42"
    tokens["now"] = new_token
    expired = _one_sentence(run_cli("sync", data_dir=tmp_path / "a"))
    assert "token" in expired and TOKEN not in expired
    renewed = run_cli("sync", "--remote", with_token.replace(TOKEN, new_token), data_dir=tmp_path / "a")
    assert renewed.returncode == 0 and new_token not in renewed.stdout, renewed.stderr
    kept = (tmp_path / "a" / "sync" / "credentials.json").read_text()
    assert new_token in kept and TOKEN not in kept
    # moving the laptop to a folder forgets the token
    moved = run_cli("sync", "--remote", str(tmp_path / "stick.git"), "--switch", data_dir=tmp_path / "a")
    assert moved.returncode == 0, moved.stderr
    assert not any(new_token.encode() in data for data in _snapshot(tmp_path / "a").values())


@pytest.mark.parametrize("status, words", [
    ("401 Unauthorized", "token"),
    ("403 Forbidden", "refused"),
    ("404 Not Found", "no repository"),
    ("500 Internal Server Error", "server"),
])
def test_a_server_that_refuses_is_one_sentence_and_changes_nothing(tmp_path: Path, serve, status: str, words: str) -> None:
    a, _, _ = _pair_with_action(tmp_path / "a")
    remote = _bare(tmp_path / "server" / "pair.git")
    good = serve(_git_app({"pair.git": remote})) + "/pair.git"
    assert sync(tmp_path / "a", good).sent > 0
    a.insert("learnings", {"text": "not sent yet", "visibility": "shared"})
    bad = serve(_status_app(status)) + "/pair.git"
    before = _snapshot(tmp_path / "a")
    message = _one_sentence(run_cli("sync", "--remote", bad, "--switch", data_dir=tmp_path / "a"))
    assert words in message and "nothing was sent or changed" in message, message
    assert _snapshot(tmp_path / "a") == before
    # a first connection that is refused leaves no sync record behind either
    fresh = _one_sentence(run_cli("sync", "--remote", bad, data_dir=tmp_path / "fresh"))
    assert words in fresh and not (tmp_path / "fresh" / "sync" / "state.json").exists()


def test_a_server_that_is_down_or_not_git_is_one_sentence_and_changes_nothing(tmp_path: Path, serve) -> None:
    a, _, _ = _pair_with_action(tmp_path / "a")
    remote = _bare(tmp_path / "server" / "pair.git")
    assert sync(tmp_path / "a", serve(_git_app({"pair.git": remote})) + "/pair.git").sent > 0
    a.insert("learnings", {"text": "not sent yet", "visibility": "shared"})
    before = _snapshot(tmp_path / "a")
    with socket.socket() as closed:  # bound but never listening: connections are refused
        closed.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{closed.getsockname()[1]}/pair.git"
        message = _one_sentence(run_cli("sync", "--remote", down, "--switch", data_dir=tmp_path / "a"))
    assert "could not connect" in message.lower() and "nothing was sent or changed" in message, message
    web_page = serve(_status_app("200 OK", b"<html><body>Welcome to our intranet</body></html>", "text/html"))
    message = _one_sentence(run_cli("sync", "--remote", web_page + "/pair.git", "--switch", data_dir=tmp_path / "a"))
    assert "not a git repository" in message and "nothing was sent or changed" in message, message
    assert _snapshot(tmp_path / "a") == before


def test_a_server_that_never_answers_is_given_up_on_in_one_sentence(tmp_path: Path, serve,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from rmcoach.sync import repo

    a, _, _ = _pair_with_action(tmp_path / "a")
    remote = _bare(tmp_path / "server" / "pair.git")
    assert sync(tmp_path / "a", serve(_git_app({"pair.git": remote})) + "/pair.git").sent > 0
    before = _snapshot(tmp_path / "a")
    monkeypatch.setattr(repo, "HTTP_TIMEOUT", 0.5)  # the real limit is a minute
    with socket.socket() as silent:  # takes connections (the kernel's queue) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        with pytest.raises(SyncError, match="did not answer in time.*nothing was sent or changed"):
            sync(tmp_path / "a", f"http://127.0.0.1:{silent.getsockname()[1]}/pair.git", switch=True)
    assert _snapshot(tmp_path / "a") == before


def test_a_read_only_token_fetches_but_cannot_send_and_nothing_here_changes(tmp_path: Path, serve) -> None:
    a, _, action = _pair_with_action(tmp_path / "a")
    remote = _bare(tmp_path / "server" / "pair.git")
    git = _git_app({"pair.git": remote})
    url = serve(git) + "/pair.git"
    assert sync(tmp_path / "a", url).sent > 0
    assert sync(tmp_path / "b", url).joined
    Store(tmp_path / "b").update("actions", action["uuid"], {"due": "2026-12-24"}, keep_history=True)
    assert sync(tmp_path / "b").sent == 1

    def read_only(environ: dict, start_response: Callable) -> Any:  # what a read-only token gets
        if "git-receive-pack" in environ.get("PATH_INFO", "") + environ.get("QUERY_STRING", ""):
            return _status_app("403 Forbidden")(environ, start_response)
        return git(environ, start_response)

    a.insert("learnings", {"text": "not sent yet", "visibility": "shared"})
    store_before = a.path.read_bytes()
    state_before = (tmp_path / "a" / "sync" / "state.json").read_bytes()
    limited = serve(read_only) + "/pair.git"
    message = _one_sentence(run_cli("sync", "--remote", limited, "--switch", data_dir=tmp_path / "a"))
    assert "refused access" in message and "your data here is unchanged" in message, message
    assert a.path.read_bytes() == store_before and (tmp_path / "a" / "sync" / "state.json").read_bytes() == state_before
    assert a.get("actions", action["uuid"])["due"] == "2026-12-01"  # what came in was not half-applied
    assert "sent 1, received 1" in run_cli("sync", "--remote", url, "--switch", data_dir=tmp_path / "a").stdout


# --------------------------------------------------------------------------- ssh
FAKE_SSH = r'''#!{python}
"""A stand-in for ssh: ignores the host and serves the git command on stdin/stdout."""
import os, shlex, sys

sys.path[:0] = {paths!r}
args = sys.argv[1:]
with open(os.environ["FAKE_SSH_LOG"], "a", encoding="utf-8") as log:
    log.write(repr(args) + "\n")
if os.environ.get("FAKE_SSH_FAIL") == "key":
    sys.stderr.write("git@example.invalid: Permission denied (publickey).\n")
    sys.exit(255)
if os.environ.get("FAKE_SSH_FAIL") == "hostkey":
    sys.stderr.write("No ED25519 host key is known for example.invalid and you have requested strict checking.\n"
                     "Host key verification failed.\n")
    sys.exit(255)
command = shlex.split(args[-1])
root = os.environ["FAKE_SSH_ROOT"]
path = command[1]
full = path if os.path.isabs(path) else os.path.join(root, path)
if not os.path.isdir(full):  # what git's own server programs say
    sys.stderr.write(f"fatal: '{{path}}' does not appear to be a git repository\n")
    sys.exit(128)
from dulwich.protocol import ReceivableProtocol
from dulwich.server import FileSystemBackend, ReceivePackHandler, UploadPackHandler


def read_some(size):  # what the pipe has now (at least one byte, or b"" at its end)
    return os.read(0, size)


def write(data):
    while data:
        data = data[os.write(1, data):]


# dulwich's serve_command reads stdin through one buffered read(), which waits for a full
# buffer while the pack arrives in pieces; its TCP server's protocol reads what is there
handler = {{"git-upload-pack": UploadPackHandler, "git-receive-pack": ReceivePackHandler}}[command[0]]
handler(FileSystemBackend("/"), [full], ReceivableProtocol(read_some, write)).handle()
'''


@pytest.fixture
def fake_ssh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if os.name != "posix":
        pytest.skip("the stand-in ssh is a POSIX script run through its #! line")
    import dulwich

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "ssh"
    paths = [str(Path(dulwich.__file__).parent.parent)]
    script.write_text(FAKE_SSH.format(python=sys.executable, paths=paths), encoding="utf-8")
    script.chmod(0o755)
    root = tmp_path / "ssh-home"
    root.mkdir()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("FAKE_SSH_ROOT", str(root))
    monkeypatch.setenv("FAKE_SSH_LOG", str(tmp_path / "ssh.log"))
    monkeypatch.delenv("GIT_SSH", raising=False)
    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    return root


@pytest.mark.parametrize("form", ["ssh://example.invalid{path}", "git@example.invalid:{relative}",
                                  "example.invalid:{relative}"])
def test_two_laptops_sync_over_ssh(tmp_path: Path, fake_ssh: Path, form: str) -> None:
    a, pair, action = _pair_with_action(tmp_path / "a")
    remote = _bare(fake_ssh / "pairs" / "ours.git")
    url = form.format(path=remote, relative="pairs/ours.git")
    first = run_cli("sync", "--remote", url, data_dir=tmp_path / "a")
    assert first.returncode == 0 and first.stdout.startswith(f"Synced with {url}: sent"), first.stderr
    joined = run_cli("sync", "--remote", url, data_dir=tmp_path / "b")
    assert joined.returncode == 0 and joined.stdout.startswith("Joined your pair"), joined.stderr
    b = Store(tmp_path / "b")
    set_action_status(a, action["uuid"], "done", by=pair.people[0].uuid)
    b.update("actions", action["uuid"], {"due": "2026-12-12"}, keep_history=True)
    note = b.insert("learnings", {"text": "gone soon", "visibility": "shared"})
    assert sync(tmp_path / "a").sent == 1
    assert sync(tmp_path / "b").decisions == 0
    sync(tmp_path / "a")
    for store in (a, b):
        merged = store.get("actions", action["uuid"])
        assert merged["status"] == "done" and merged["due"] == "2026-12-12"
    b.delete("learnings", note["uuid"])
    sync(tmp_path / "b")
    sync(tmp_path / "a")
    assert a.get("learnings", note["uuid"]) is None
    log = (tmp_path / "ssh.log").read_text()
    assert "example.invalid" in log and "git-receive-pack" in log and "git-upload-pack" in log
    # ssh never stops to ask (a passphrase, a new host key): the app syncs with no one to answer
    assert all("BatchMode=yes" in line for line in log.splitlines())


def test_git_ssh_command_is_honoured_as_git_does(tmp_path: Path, fake_ssh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pair_with_action(tmp_path / "a")
    _bare(fake_ssh / "ours.git")
    monkeypatch.setenv("GIT_SSH_COMMAND", f"{tmp_path / 'bin' / 'ssh'} -i {tmp_path / 'work-key'}")
    assert sync(tmp_path / "a", "git@example.invalid:ours.git").sent > 0
    log = (tmp_path / "ssh.log").read_text()
    assert "work-key" in log and "BatchMode" not in log


def test_git_ssh_names_a_program_run_as_it_is(tmp_path: Path, fake_ssh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIT_SSH is a program's path (plink on Windows), run with no options of ours, even with
    a space in its folder; GIT_SSH_COMMAND still wins when both are set."""
    _pair_with_action(tmp_path / "a")
    _bare(fake_ssh / "ours.git")
    spaced = tmp_path / "Program Files" / "ssh tool"
    spaced.parent.mkdir()
    spaced.symlink_to(tmp_path / "bin" / "ssh")
    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    monkeypatch.setenv("GIT_SSH", str(spaced))
    assert sync(tmp_path / "a", "git@example.invalid:ours.git").sent > 0
    log = (tmp_path / "ssh.log").read_text()
    assert "git-receive-pack" in log and "BatchMode" not in log
    monkeypatch.setenv("GIT_SSH_COMMAND", f"{tmp_path / 'bin' / 'ssh'} -i {tmp_path / 'work-key'}")
    (tmp_path / "ssh.log").write_text("")
    Store(tmp_path / "a").insert("learnings", {"text": "sent with the work key", "visibility": "shared"})
    assert sync(tmp_path / "a").sent == 1
    assert "work-key" in (tmp_path / "ssh.log").read_text()


def test_an_ssh_login_that_fails_names_the_keys_and_changes_nothing(tmp_path: Path, fake_ssh: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    a, _, _ = _pair_with_action(tmp_path / "a")
    remote = _bare(fake_ssh / "ours.git")
    url = "git@example.invalid:ours.git"
    assert sync(tmp_path / "a", url).sent > 0
    a.insert("learnings", {"text": "not sent yet", "visibility": "shared"})
    before = _snapshot(tmp_path / "a")
    monkeypatch.setenv("FAKE_SSH_FAIL", "key")
    message = _one_sentence(run_cli("sync", data_dir=tmp_path / "a"))
    assert "ssh key" in message and "public key" in message and "nothing was sent or changed" in message, message
    assert _snapshot(tmp_path / "a") == before
    monkeypatch.setenv("FAKE_SSH_FAIL", "hostkey")
    message = _one_sentence(run_cli("sync", data_dir=tmp_path / "a"))
    assert "host key" in message and "nothing was sent or changed" in message, message
    assert _snapshot(tmp_path / "a") == before
    monkeypatch.setenv("FAKE_SSH_FAIL", "key")
    with pytest.raises(SyncError, match="key"):
        sync(tmp_path / "fresh", "git@example.invalid:other.git")
    assert not (tmp_path / "fresh" / "sync" / "state.json").exists()
    assert remote.is_dir()
    monkeypatch.delenv("FAKE_SSH_FAIL")
    message = _one_sentence(run_cli("sync", "--remote", "git@example.invalid:typo.git", "--switch", data_dir=tmp_path / "a"))
    assert "no repository at that address" in message and "nothing was sent or changed" in message, message
    assert _snapshot(tmp_path / "a") == before
