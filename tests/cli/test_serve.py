"""`rmcoach serve`: each security rule proved over real HTTP and websocket
connections to a server started as a person would start it, and the served app
driven over its websocket."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest

from tests.conftest import ROOT, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]")


class Served:
    """`python -m rmcoach serve --port 0 --no-open` in its own process."""

    def __init__(self, data_dir: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "rmcoach", "serve", "--port", "0", "--no-open", "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        try:
            self.url = self.lines.get(timeout=60).strip()
        except queue.Empty:
            self.proc.kill()
            raise AssertionError("serve printed no address") from None
        parts = urlsplit(self.url)
        self.host, self.port = parts.hostname, parts.port
        self.token = parts.query.removeprefix("token=")
        self.base = f"http://{self.host}:{self.port}"
        self.origin = self.base

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)

    def ws_url(self, token: str | None = None) -> str:
        return f"ws://{self.host}:{self.port}/ws/{self.token if token is None else token}?width=100&height=30"

    def children(self) -> list[int]:
        """The app processes the server started (one per connected tab)."""
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                fields = stat.rpartition(")")[2].split()
                if int(fields[1]) == self.proc.pid and fields[0] != "Z":
                    pids.append(int(entry.name))
        return pids

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("serve did not stop on Ctrl+C") from None


@pytest.fixture
def served(demo_dir: Path):
    server = Served(demo_dir)
    yield server
    server.stop()


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


async def wait_until(condition, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


class Screen:
    """What a websocket client has been sent by the app, as plain text."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.text = ""  # escape codes removed as each frame arrives
        self.strings: list[list] = []

    async def wait_for(self, words: str, timeout: float = 90) -> None:
        start = 0  # only text that arrived since the last look is searched again

        def shown() -> bool:
            nonlocal start
            found = words in self.text[start:]
            start = max(0, len(self.text) - len(words))
            return found

        await self.wait_until(shown, f"the served app to show {words!r}", timeout)

    async def wait_for_message(self, kind: str, timeout: float = 90) -> list:
        await self.wait_until(lambda: any(m and m[0] == kind for m in self.strings), f"a {kind!r} message", timeout)
        return next(m for m in self.strings if m and m[0] == kind)

    async def wait_until(self, condition, what: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out waiting for {what}")
            try:
                message = await self.ws.receive(timeout=left)
            except asyncio.TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                self.text += ANSI.sub("", message.data.decode("utf-8", "replace"))
            elif message.type == aiohttp.WSMsgType.TEXT:
                self.strings.append(json.loads(message.data))
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                raise AssertionError(f"the app closed while waiting for {what}")


# ---------------------------------------------------------------------- bind address
@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_a_host_other_computers_can_reach_is_refused_in_one_sentence(data_dir: Path, host: str) -> None:
    result = run_cli("serve", "--host", host, "--no-open", data_dir=data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "refused" in result.stderr and "SSH" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_busy_port_or_an_impossible_one_is_refused_in_one_sentence(data_dir: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--port", str(port), "--no-open", data_dir=data_dir)
    assert result.returncode == 2 and f"port {port} is already in use" in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    result = run_cli("serve", "--port", "70000", "--no-open", data_dir=data_dir)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def _listening_addresses(port: int) -> list[str]:
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, _, hex_port = local.rpartition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


def test_it_listens_on_the_loopback_address_only(served: Served) -> None:
    assert served.url.startswith("http://127.0.0.1:") and "token=" in served.url
    # the kernel's own table of listening sockets: only 127.0.0.1 (0100007F), never 0.0.0.0
    assert _listening_addresses(served.port) == ["0100007F"]


# ---------------------------------------------------------------------- token
async def test_the_page_needs_this_runs_token(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        for url in (served.base + "/", served.base + "/?token=", served.base + "/?token=guess",
                    served.base + "/?token=" + served.token[:-1]):
            async with http.get(url) as response:
                assert response.status == 403, url
                assert "rmcoach" not in (await response.text()).lower().replace("rmcoach serve", "")
        async with http.get(served.url) as response:
            assert response.status == 200
            page = await response.text()
            assert f"/ws/{served.token}" in page
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]


async def test_the_websocket_needs_the_token_even_from_our_own_origin(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        for token in ("", "guess", served.token + "x"):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(served.ws_url(token), origin=served.origin)
            assert refused.value.status in (403, 404)
        assert served.children() == []  # nothing was started for them


# ---------------------------------------------------------------------- origin and host
@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1.evil.example",
                                    "https://127.0.0.1", None])
async def test_a_websocket_from_another_origin_is_refused_even_with_the_token(served: Served, origin) -> None:
    async with aiohttp.ClientSession() as http:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(served.ws_url(), origin=origin)
        assert refused.value.status == 403
    assert served.children() == []


async def test_a_rebound_outside_name_is_refused(served: Served) -> None:
    """DNS rebinding: a page at evil.example re-points its name at 127.0.0.1; its requests
    then carry Host: evil.example, and get nothing, even with the token."""
    async with aiohttp.ClientSession() as http:
        host = f"evil.example:{served.port}"
        async with http.get(served.url, headers={"Host": host}) as response:
            assert response.status == 403
        async with http.get(served.base + "/static/textual.js", headers={"Host": host}) as response:
            assert response.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(served.ws_url(), origin=f"http://{host}", headers={"Host": host})
        assert refused.value.status == 403


# ---------------------------------------------------------------------- nothing from outside
async def test_nothing_served_refers_to_another_computer(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(served.url) as response:
            page = await response.text()
        references = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', page) + re.findall(r"url\(\s*\"?([^\")]*)", page)
        assert references and all(ref.startswith("/static/") or ref.startswith("data:") for ref in references)
        assert "http://" not in page.replace(f"ws://127.0.0.1:{served.port}", "")
        assert "https://" not in page and "googleapis" not in page
        for path, kind in (("/static/textual.js", "javascript"), ("/static/xterm.css", "css"),
                           ("/static/fonts/RobotoMono-VariableFont_wght.ttf", "font")):
            async with http.get(served.base + path) as response:
                assert response.status == 200 and kind in response.headers["Content-Type"]
                body = await response.read()
            if kind != "font":
                text = body.decode("utf-8")
                assert not re.search(r"https?://[a-z0-9]", text, re.I), path
                assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text), path
        async with http.get(served.base + "/static/fonts/..%2Frmcoach.json") as response:
            assert response.status == 404


# ---------------------------------------------------------------------- the app itself
async def test_each_browser_connection_asks_who_is_here_and_ends_with_its_tab(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(served.ws_url(), origin=served.origin)
        await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
        screen = Screen(ws)
        # the demo folder remembers who sat here last; a browser connection asks anyway
        await screen.wait_for("Who is at the keyboard?")
        assert "Both of us, together" in screen.text
        [app_pid] = served.children()
        await ws.send_str(json.dumps(["stdin", "\r"]))  # the first person is highlighted
        await screen.wait_for("Dr Margaret Okafor at the keyboard")
        await ws.close()
        await wait_until(lambda: not alive(app_pid), "the tab's app process to end")


async def test_a_printable_briefing_is_handed_to_the_browser_once(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(served.ws_url(), origin=served.origin)
        await ws.send_str(json.dumps(["resize", {"width": 110, "height": 36}]))
        screen = Screen(ws)
        await screen.wait_for("Who is at the keyboard?")
        await ws.send_str(json.dumps(["stdin", "\r"]))
        await screen.wait_for("Okafor at the keyboard")
        await ws.send_str(json.dumps(["stdin", "p"]))
        key = (await screen.wait_for_message("deliver_file_start"))[1]
        url = f"{served.base}/download/{key}"
        async with http.get(url, headers={"Host": f"evil.example:{served.port}"}) as response:
            assert response.status == 403
        async with http.get(url) as response:
            assert response.status == 200 and response.headers["Content-Type"].startswith("text/html")
            assert response.headers["Content-Disposition"].startswith("inline")
            page = await response.text()
        assert "<h2>Who leads each half</h2>" in page and "default-src 'none'" in page
        async with http.get(url) as response:
            assert response.status == 404  # handed over once
        async with http.get(f"{served.base}/download/not-a-key") as response:
            assert response.status == 404
        await ws.close()


async def test_ctrl_c_stops_every_tab_and_leaves_no_process(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        sockets = [await http.ws_connect(served.ws_url(), origin=served.origin) for _ in range(2)]
        for ws in sockets:
            await Screen(ws).wait_for("Who is at the keyboard?")
        apps = served.children()
        assert len(apps) == 2
        assert served.stop() == 0
        for pid in apps:
            await wait_until(lambda pid=pid: not alive(pid), f"app process {pid} to end")
        assert "Stopped" in "".join(served.lines.queue)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
async def test_even_a_killed_server_leaves_no_app_behind(served: Served) -> None:
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(served.ws_url(), origin=served.origin)
        await Screen(ws).wait_for("Who is at the keyboard?")
        [app_pid] = served.children()
        served.proc.kill()  # kill -9: the server gets no chance to tidy up
        served.proc.wait()
        await wait_until(lambda: not alive(app_pid), "the orphaned app to end")


def test_the_served_app_starts_with_ask_who(tmp_path: Path) -> None:
    from rmcoach.web.serve import Server

    server = Server(tmp_path, port=0)
    assert server.app_argv[-1] == "--ask-who" and str(tmp_path) in server.app_argv
    assert len(server.token) >= 32 and Server(tmp_path, port=0).token != server.token


def test_serve_does_not_load_textual_in_the_server_process() -> None:
    code = ("import sys; from rmcoach.commands import serve; import rmcoach.web.serve; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------------- a real browser
chromium = pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="Chromium is not installed here")


@chromium
async def test_chromium_loads_the_served_app_from_this_computer_only(served: Served, tmp_path: Path) -> None:
    from tests.browser import Browser

    async with Browser() as browser:
        await browser.open(served.url)
        await browser.wait_for("document.body && document.body.classList.contains('-first-byte')")
        await wait_until(lambda: "Who is at the keyboard?" in ANSI.sub("", browser.drawn), "the who-is-here question")
        assert len(served.children()) == 1
        shot = tmp_path / "served.png"
        await browser.screenshot(shot)
        if os.environ.get("RMCOACH_SCREENSHOTS"):
            Path(os.environ["RMCOACH_SCREENSHOTS"]).mkdir(parents=True, exist_ok=True)
            (Path(os.environ["RMCOACH_SCREENSHOTS"]) / "served.png").write_bytes(shot.read_bytes())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
        font_loaded = await browser.evaluate("document.fonts.check('16px \"Roboto Mono\"')")
        assert font_loaded
        requests = list(browser.requests)
    assert requests
    local = (f"http://127.0.0.1:{served.port}/", f"ws://127.0.0.1:{served.port}/", "data:")
    assert all(url.startswith(local) for url in requests), requests


@chromium
async def test_the_readable_view_gives_the_browser_tab_a_larger_font(served: Served, tmp_path: Path) -> None:
    from tests.browser import Browser

    async with Browser() as browser:
        await browser.open(served.url)
        await browser.wait_for("document.body && document.body.classList.contains('-first-byte')")
        await wait_until(lambda: "Who is at the keyboard?" in ANSI.sub("", browser.drawn), "the who-is-here question")
        await browser.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
        sizes_before = [f for f in browser.frames_sent if f.startswith('["resize"')]
        await browser.press("Enter", 13)  # the first person: Dr Margaret Okafor
        await wait_until(lambda: "Okafor at the keyboard" in ANSI.sub("", browser.drawn), "Margaret chosen")
        await browser.press("F3", 114)
        await wait_until(lambda: '["rmcoach_font", 22]' in browser.frames_received, "the larger font message")
        await wait_until(lambda: len([f for f in browser.frames_sent if f.startswith('["resize"')]) > len(sizes_before),
                         "the page to refit the terminal")
        last = json.loads([f for f in browser.frames_sent if f.startswith('["resize"')][-1])[1]
        first = json.loads(sizes_before[-1])[1] if sizes_before else {"width": 10_000, "height": 10_000}
        assert last["width"] < first["width"] and last["height"] < first["height"]  # bigger letters, fewer cells
        shot = tmp_path / "readable.png"
        await browser.screenshot(shot)
        if os.environ.get("RMCOACH_SCREENSHOTS"):
            (Path(os.environ["RMCOACH_SCREENSHOTS"]) / "readable.png").write_bytes(shot.read_bytes())
    from rmcoach.storage.prefs import Prefs

    margaret = Prefs(served_data(served)).get("readable")
    assert isinstance(margaret, dict) and list(margaret.values()) == [True]


def served_data(served: Served) -> Path:
    return Path(served.proc.args[served.proc.args.index("--data-dir") + 1])
