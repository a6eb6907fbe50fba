"""The app in a web browser, safe by default.

Built on textual-serve's pieces (its ``AppService`` runs one app process per
browser tab and its page script draws the terminal), with everything that
faces the network written here:

- it listens on a loopback address only (``check_host`` refuses any other);
- each run has a random token; ``/`` needs ``?token=...`` and the websocket's
  path carries it (``/ws/<token>``); wrong or missing -> 403;
- every request must name this computer in its ``Host`` header (a page on
  another site that re-points its own name at 127.0.0.1 - DNS rebinding - is
  refused), and the websocket's ``Origin`` must be this very address (a page on
  another site cannot open the app in its visitor's browser, even knowing the token);
- the page, its script, its stylesheet and its font come from this server; the
  page's Content-Security-Policy forbids loading anything from elsewhere;
- each browser connection starts ``rmcoach --ask-who``, so whoever sits at
  that browser says who they are; the process ends when its tab closes, and
  stopping the server ends every one of them.

The parent process never imports Textual (the app runs in the children).
"""

from __future__ import annotations

import asyncio
import hmac
import html
import ipaddress
import json
import re
import os
import secrets
import socket
import sys
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import IO, Any, Awaitable, Callable

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from rmcoach.storage import platform

DEFAULT_PORT = 8765
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")
FONT_MESSAGE = "rmcoach:font/"  # an app asks its tab for a font size with open_url("rmcoach:font/22")
_LOCAL_HOST = re.compile(r"(?i)(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?")
MIN_FONT, MAX_FONT, DEFAULT_FONT = 10, 40, 16
STOP_GRACE = 5.0  # seconds an app gets to quit by itself before it is ended

# The page script of textual-serve, and the one line we add to it so an app can
# change its tab's font size (the readable presentation) without a reload.
_SCRIPT_ANCHOR = 'case"pong":this.onPong(s);break;'
_SCRIPT_ADDITION = ('case"rmcoach_font":this.terminal.options.fontSize=s,this.fit();break;')


class ServeError(Exception):
    """The server cannot start: one sentence for the person who ran it."""


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_host(host: str) -> str:
    """The address to listen on, or ServeError for anything reachable from another machine."""
    if not is_loopback(host):
        raise ServeError(f"serve listens on this computer only, so --host {host} is refused; "
                         "to use it from another machine, forward a port over SSH (see the README).")
    name = host.strip().strip("[]").lower()
    return "127.0.0.1" if name == "localhost" else name


def _static_dir() -> Path:
    return Path(str(files("textual_serve"))) / "static"


def patched_script(original: str) -> str:
    if _SCRIPT_ANCHOR not in original:
        raise ServeError("the installed textual-serve is not the version rmcoach was built for; "
                         "reinstall rmcoach to get the matching one.")
    return original.replace(_SCRIPT_ANCHOR, _SCRIPT_ADDITION + _SCRIPT_ANCHOR, 1)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rmcoach</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/xterm.css">
<style>
@font-face {
  font-family: "Roboto Mono";
  src: url("/static/fonts/RobotoMono-VariableFont_wght.ttf") format("truetype");
  font-weight: 100 700; font-style: normal;
}
html, body { margin: 0; height: 100%; background: #0c181f; color: #f2f2f2;
  font-family: "Roboto Mono", monospace; }
#terminal { position: absolute; inset: 0; opacity: 0; transition: opacity .2s ease-out; }
body.-first-byte #terminal { opacity: 1; }
.notice { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  font-size: 20px; text-align: center; z-index: 10; background: #0c181f; }
.notice div { max-width: 36em; padding: 2em; border: 2px solid #f2f2f2; }
body.-first-byte .starting { display: none; }
.ended { display: none; }
body.-closed .ended { display: flex; }
button { font: inherit; padding: .6em 1.4em; margin-top: 1em; background: #ffd24a; color: #000;
  border: 0; cursor: pointer; }
button:focus, button:hover { outline: 3px solid #fff; }
</style>
<script src="/static/textual.js"></script>
</head>
<body>
<div class="notice starting"><div>Starting rmcoach&hellip;</div></div>
<div class="notice ended"><div>This rmcoach window has closed.<br>
<button type="button" onclick="window.location.reload()">Open it again</button></div></div>
<div id="terminal" class="textual-terminal" data-session-websocket-url="$ws_url" data-font-size="$font_size"></div>
</body>
</html>
"""


def _csp(host: str) -> str:
    return ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"font-src 'self'; img-src 'self' data:; connect-src 'self' ws://{host}; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")


class TabApp(AppService):
    """One app process for one browser tab: started without a shell, in its own
    process group (Ctrl+C reaches the server, which ends it in order), and ended
    for sure when the tab goes away."""

    def __init__(self, argv: list[str], *, on_font: Callable[[int], Any], **kwargs: Any) -> None:
        super().__init__(" ".join(argv), **kwargs)
        self.argv = argv
        self._on_font = on_font

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=environment, **platform.child_group_options())
        self._stdin = process.stdin
        return process

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width=width, height=height)
        environment["RMCOACH_SERVED"] = "1"  # the app may then ask its tab for a larger font
        return environment

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def on_meta(self, data: bytes) -> None:
        try:
            meta = json.loads(data)
        except ValueError:
            return
        url = str(meta.get("url", "")) if isinstance(meta, dict) and meta.get("type") == "open_url" else ""
        if url.startswith(FONT_MESSAGE):
            try:
                size = int(url[len(FONT_MESSAGE):])
            except ValueError:
                return
            await self._on_font(max(MIN_FONT, min(MAX_FONT, size)))
            return
        await super().on_meta(data)

    async def end(self) -> None:
        """Ask the app to quit; end its process if it has not gone within STOP_GRACE."""
        try:
            await asyncio.wait_for(self.stop(), STOP_GRACE)
        except (asyncio.TimeoutError, ConnectionError, RuntimeError, OSError):
            pass
        process = self._process
        if process is None or process.returncode is not None:
            return
        for force, grace in ((False, 2.0), (True, 5.0)):
            try:
                platform.end_child_group(process.pid, force=force)
            except (ProcessLookupError, PermissionError, OSError):
                try:
                    process.kill() if force else process.terminate()
                except ProcessLookupError:
                    return
            try:
                await asyncio.wait_for(process.wait(), grace)
                return
            except asyncio.TimeoutError:
                continue


@dataclass
class Server:
    """The web server for one run of ``rmcoach serve``."""

    data_dir: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    app_argv: list[str] | None = None

    def __post_init__(self) -> None:
        self.host = check_host(self.host)
        if self.app_argv is None:
            self.app_argv = [sys.executable, "-m", "rmcoach", "--data-dir", str(self.data_dir), "--ask-who"]
        static = _static_dir()
        try:
            self._script = patched_script((static / "js" / "textual.js").read_text(encoding="utf-8")).encode("utf-8")
            # its comments name the projects it came from: never loaded, but no outside address is sent at all
            css = (static / "css" / "xterm.css").read_text(encoding="utf-8")
            self._css = re.sub(r"/\*.*?\*/", "", css, flags=re.S).encode("utf-8")
        except OSError as exc:
            raise ServeError(f"textual-serve's page files are missing ({exc.strerror}); reinstall rmcoach.") from None
        self._font_dir = static / "fonts"
        self._tabs: set[TabApp] = set()
        self._sockets: set[web.WebSocketResponse] = set()
        self._runner: web.AppRunner | None = None
        self._downloads = DownloadManager()

    # ------------------------------------------------------------------ addresses
    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/?token={self.token}"

    def app_pids(self) -> list[int]:
        return [pid for tab in self._tabs if (pid := tab.pid) is not None]

    # ------------------------------------------------------------------ checks
    def _token_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(str(given).encode(), self.token.encode())

    @staticmethod
    def _host_ok(request: web.Request) -> bool:
        """The Host header names this computer (a rebound outside name is refused)."""
        return bool(_LOCAL_HOST.fullmatch(request.headers.get("Host", "")))

    @staticmethod
    def _origin_ok(request: web.Request) -> bool:
        """A websocket is opened only by this server's own page: Origin must be http://<Host>."""
        origin = request.headers.get("Origin")
        host = request.headers.get("Host", "")
        return origin is not None and bool(host) and origin.lower() == f"http://{host}".lower()

    @web.middleware
    async def _guard(self, request: web.Request,
                     handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
        if not self._host_ok(request):
            return web.Response(status=403, text="This address is not served here.\n")
        response = await handler(request)
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    # ------------------------------------------------------------------ routes
    def make_web_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        app.add_routes([
            web.get("/", self.handle_page),
            web.get("/ws/{token}", self.handle_socket),
            web.get("/static/textual.js", self._fixed(self._script, "text/javascript")),
            web.get("/static/xterm.css", self._fixed(self._css, "text/css")),
            web.get("/static/fonts/{name}", self.handle_font),
            web.get("/download/{key}", self.handle_download),
        ])
        return app

    @staticmethod
    def _fixed(body: bytes, content_type: str) -> Callable[[web.Request], Any]:
        async def handler(request: web.Request) -> web.Response:
            return web.Response(body=body, content_type=content_type, charset="utf-8")

        return handler

    async def handle_font(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = self._font_dir / name
        if "/" in name or "\\" in name or not name.endswith(".ttf") or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "font/ttf"})

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """A page an app handed over (a printable briefing, the keepsake): its key is random,
        made for that one delivery by an app started through the token, and works once."""
        key = request.match_info["key"]
        try:
            meta = await self._downloads.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound() from None
        response = web.StreamResponse()
        content_type = meta.mime_type + (f"; charset={meta.encoding}" if meta.encoding else "")
        response.headers["Content-Type"] = content_type
        safe_name = re.sub(r"[^A-Za-z0-9._-]", "_", meta.file_name or "rmcoach.html")
        disposition = "inline" if meta.open_method == "browser" else "attachment"
        response.headers["Content-Disposition"] = f'{disposition}; filename="{safe_name}"'
        await response.prepare(request)
        async for chunk in self._downloads.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def handle_page(self, request: web.Request) -> web.Response:
        if not self._token_ok(request.query.get("token")):
            return web.Response(status=403, text="This page needs the address rmcoach serve printed "
                                                 "(with its token) when it started.\n")
        try:
            font = max(MIN_FONT, min(MAX_FONT, int(request.query.get("fontsize", DEFAULT_FONT))))
        except ValueError:
            font = DEFAULT_FONT
        host = request.headers["Host"]
        page = PAGE.replace("$ws_url", html.escape(f"ws://{host}/ws/{self.token}", quote=True))
        page = page.replace("$font_size", str(font))
        return web.Response(text=page, content_type="text/html", charset="utf-8",
                            headers={"Content-Security-Policy": _csp(host)})

    async def handle_socket(self, request: web.Request) -> web.StreamResponse:
        if not self._token_ok(request.match_info.get("token")):
            return web.Response(status=403, text="Wrong or missing token.\n")
        if not self._origin_ok(request):
            return web.Response(status=403, text="Only rmcoach's own page may connect.\n")
        socket_ = web.WebSocketResponse(heartbeat=15)
        await socket_.prepare(request)
        self._sockets.add(socket_)

        async def send_font(size: int) -> None:
            await socket_.send_str(json.dumps(["rmcoach_font", size]))

        tab = TabApp(list(self.app_argv or []), on_font=send_font, write_bytes=socket_.send_bytes,
                     write_str=socket_.send_str, close=socket_.close, download_manager=self._downloads)
        self._tabs.add(tab)
        try:
            width = _size(request.query.get("width"), 80)
            height = _size(request.query.get("height"), 24)
            await tab.start(width, height)
            await self._relay(socket_, tab)
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # one tab's trouble is reported in a sentence; the server goes on
            sys.stderr.write(f"rmcoach serve: a browser tab's rmcoach stopped unexpectedly "
                             f"({type(exc).__name__}: {exc}).\n")
        finally:
            await tab.end()
            self._tabs.discard(tab)
            self._sockets.discard(socket_)
            if not socket_.closed:
                await socket_.close()
        return socket_

    @staticmethod
    async def _relay(socket_: web.WebSocketResponse, tab: TabApp) -> None:
        """What the page sends: keys and clicks, window size, focus, keep-alive pings."""
        async for message in socket_:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind = envelope[0]
            data = envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await tab.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                await tab.set_terminal_size(_size(data.get("width"), 80), _size(data.get("height"), 24))
            elif kind == "ping":
                await socket_.send_json(["pong", data])
            elif kind == "blur":
                await tab.blur()
            elif kind == "focus":
                await tab.focus()

    # ------------------------------------------------------------------ run
    async def start(self) -> None:
        sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            if self.port and exc.errno in (98, 48, 10048):  # address in use (Linux, macOS, Windows)
                raise ServeError(f"port {self.port} is already in use; choose another with --port N "
                                 "(--port 0 picks a free one).") from None
            raise ServeError(f"could not listen on {self.host} port {self.port} ({exc.strerror}).") from None
        self.port = sock.getsockname()[1]
        self._runner = web.AppRunner(self.make_web_app(), handle_signals=False, access_log=None,
                                     shutdown_timeout=STOP_GRACE)
        await self._runner.setup()
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        """End every tab's app, then the server itself."""
        await asyncio.gather(*(tab.end() for tab in list(self._tabs)), return_exceptions=True)
        for socket_ in list(self._sockets):
            await socket_.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def _size(value: Any, default: int) -> int:
    try:
        return max(10, min(1000, int(value)))
    except (TypeError, ValueError):
        return default


def _can_open_browser() -> bool:
    """A graphical browser can open here (never a text-mode one that would take over this terminal)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def serve(data_dir: Path, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT, open_browser: bool = True,
          out: IO[str] = sys.stdout, app_argv: list[str] | None = None) -> int:
    """Run until Ctrl+C (or SIGTERM); the address to open is the first line printed.
    ``app_argv`` replaces the app started per tab (the bench serves a bare Textual app this way)."""
    server = Server(Path(data_dir), host=host, port=port, app_argv=app_argv)

    async def main() -> None:
        await server.start()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        platform.on_stop_request(loop, stop.set)
        out.write(server.url + "\n")
        out.flush()  # the address first, before anything else can delay it
        out.write("Open that address in your browser; the key at its end is for this run only, "
                  "so keep it to yourselves.\n")
        opened = False
        if open_browser and _can_open_browser():
            import webbrowser

            opened = webbrowser.open(server.url)
        if open_browser and not opened:
            out.write("(No browser could be opened from here: copy the address into one.)\n")
        out.write("Each browser tab is its own rmcoach and asks who is at the keyboard. Press Ctrl+C to stop.\n")
        out.flush()
        try:
            await stop.wait()
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    out.write("Stopped; every browser tab's rmcoach has ended.\n")
    out.flush()
    return 0
