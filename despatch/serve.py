"""Preview the site locally: serve the site folder, rebuild when a source changes, reload open pages.

The server adds one script tag to the HTML it sends (never to the files on disk): /__livereload.js,
served by this server only, listens on /__livereload (server-sent events) and reloads the page
after each rebuild. The pages' Content-Security-Policy allows scripts from 'self', so a script
file works where an inline script would be refused. Sources are watched by polling their sizes
and modification times, which needs no extra package and costs a few milliseconds a round.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from .registry import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent
POLL_SECONDS = 0.2
KEEPALIVE_SECONDS = 15
SCRIPT_PATH, EVENTS_PATH = "/__livereload.js", "/__livereload"
SCRIPT_TAG = f'<script src="{SCRIPT_PATH}" defer></script>'.encode()
LIVERELOAD_JS = f"""// Served by `build_site.py serve` only: reload this page when the site has been rebuilt.
(function () {{
  var source = new EventSource("{EVENTS_PATH}");
  source.addEventListener("reload", function () {{ window.location.reload(); }});
}})();
""".encode()


class Generation:
    """A counter of finished builds that event streams wait on."""

    def __init__(self) -> None:
        self.number = 0
        self.changed = threading.Condition()

    def advance(self) -> None:
        with self.changed:
            self.number += 1
            self.changed.notify_all()

    def wait_past(self, number: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.number != number, timeout=timeout)
            return self.number


class PreviewHandler(SimpleHTTPRequestHandler):
    """Files from the site folder; HTML gets the reload script; two paths of our own."""

    generation: Generation

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == SCRIPT_PATH:
            self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", LIVERELOAD_JS)
        elif path == EVENTS_PATH:
            self._stream_events()
        else:
            self._send_site_file(path)

    def _send_site_file(self, path: str) -> None:
        target = Path(self.translate_path(path))
        if target.is_dir() and not path.endswith("/"):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", path + "/")
            self.end_headers()
            return
        if target.is_dir():
            target = target / "index.html"
        if target.is_file() and target.suffix != ".html":
            return super().do_GET()
        status = HTTPStatus.OK
        if not target.is_file():
            status, target = HTTPStatus.NOT_FOUND, Path(self.directory) / "404.html"
        try:
            page = target.read_bytes()
        except OSError:
            return self.send_error(HTTPStatus.NOT_FOUND)
        self._send(status, "text/html; charset=utf-8", with_reload_script(page))

    def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _stream_events(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = self.generation.number
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while True:
                now = self.generation.wait_past(seen, KEEPALIVE_SECONDS)
                self.wfile.write(b"event: reload\ndata: reload\n\n" if now != seen else b": keep-alive\n\n")
                self.wfile.flush()
                seen = now
        except (BrokenPipeError, ConnectionResetError):
            return

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        pass


def with_reload_script(page: bytes) -> bytes:
    """The page with the reload script before </body> (or at the end if it has none)."""
    at = page.rfind(b"</body>")
    return page + SCRIPT_TAG if at < 0 else page[:at] + SCRIPT_TAG + b"\n" + page[at:]


def watched_folders(args) -> list[Path]:
    return [args.seeds, args.content, ROOT / "templates", ROOT / "static", DATA_DIR]


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file under the folders; a change in any of them means rebuild."""
    state = {}
    for folder in folders:
        for directory, _, files in os.walk(folder):
            for name in files:
                if name.startswith(".") or name.endswith("~"):
                    continue  # editors' swap and backup files
                path = os.path.join(directory, name)
                try:
                    info = os.stat(path)
                except FileNotFoundError:
                    continue
                state[path] = (info.st_mtime_ns, info.st_size)
    return state


def serve(args, rebuild: Callable[[], int]) -> int:
    """Build, serve on args.host:args.port, and rebuild on every change until interrupted."""
    folders = watched_folders(args)
    seen = snapshot(folders)
    rebuild_and_report(rebuild)
    generation = Generation()
    handler = type("Handler", (PreviewHandler,), {"generation": generation})
    server = ThreadingHTTPServer((args.host, args.port), partial(handler, directory=str(args.output.resolve())))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serve: http://{args.host}:{server.server_address[1]}/ (Ctrl-C to stop)", flush=True)
    try:
        watch(folders, seen, rebuild, generation)
    except KeyboardInterrupt:
        print("serve: stopped", file=sys.stderr)
    finally:
        server.shutdown()
        server.server_close()
    return 0


def watch(folders: list[Path], seen: dict, rebuild: Callable[[], int], generation: Generation) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        current = snapshot(folders)
        if current == seen:
            continue
        seen = current
        if rebuild_and_report(rebuild):
            generation.advance()


def rebuild_and_report(rebuild: Callable[[], int]) -> bool:
    """A build that fails (a template typo mid-edit, say) is reported; the last good site stays up."""
    try:
        rebuild()
    except Exception as error:  # noqa: BLE001 (the server must outlive any one failed build)
        print(f"serve: the build failed, still serving the previous site: {type(error).__name__}: {error}",
              file=sys.stderr, flush=True)
        return False
    return True
