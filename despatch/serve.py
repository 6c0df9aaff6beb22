"""Preview the site locally: serve the site folder, rebuild when a source changes, reload open pages.

An edited article is shown at once: its page is rendered alone from the edited file, with the
neighbours, event and similar articles of the last build, and served from memory while the
full rebuild runs (seconds at tens of thousands of articles); open pages reload twice, once for
the edit and once for the rebuilt site.

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

from .build import ArticlePages
from .config import SiteConfig
from .content import read_article
from .registry import DATA_DIR, Registry
from .render import make_environment, render_page
from .site import Page

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


class QuickPages:
    """Pages of edited articles, rendered at once and served until the rebuild replaces them."""

    def __init__(self, content: Path, output: Path, templates: Path,
                 load_settings: Callable[[], tuple[SiteConfig, Registry]]):
        self.content = content.resolve()
        self.output = output.resolve()
        self.templates = templates
        self.load_settings = load_settings
        self.built: ArticlePages | None = None
        self.settings: tuple | None = None
        self.pages: dict[str, bytes] = {}  # file path in the site folder -> the page

    def remember(self, built: ArticlePages) -> None:
        """The article pages of the build under way; templates and settings are read again with them."""
        self.built, self.settings = built, None

    def show(self, paths: list[str]) -> int:
        """Render the pages of the edited content files among `paths`; how many were rendered.

        A new article (no page yet) or a file that does not read waits for the rebuild, which
        reports what is wrong with it."""
        shown = 0
        for path in paths:
            page = self._page(Path(path))
            if page is not None:
                self.pages[str(self.output / page.path)] = self._render(page)
                shown += 1
        return shown

    def forget(self) -> None:
        self.pages = {}

    def _page(self, path: Path) -> Page | None:
        if (self.built is None or path.suffix != ".md" or path.resolve().parent != self.content
                or path.stem not in self.built.by_stem):
            return None
        try:
            article, _ = read_article(path)
        except OSError:
            return None
        if article is None:
            return None
        page = self.built.by_stem[path.stem]
        return Page(page.url, page.template, article.title, {**page.context, "article": article})

    def _render(self, page: Page) -> bytes:
        if self.settings is None:
            config, registry = self.load_settings()
            self.settings = (config, make_environment(self.templates, config, registry))
        config, env = self.settings
        return render_page(env, page, self.built.static_hash, config).encode("utf-8")


class PreviewHandler(SimpleHTTPRequestHandler):
    """Files from the site folder, or an edited article's page from memory; HTML gets the reload
    script; two paths of our own."""

    generation: Generation
    quick: QuickPages | None = None

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
        quick = self.quick.pages.get(str(target)) if self.quick else None
        if quick is not None:
            return self._send(status, "text/html; charset=utf-8", with_reload_script(quick))
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


def serve(args, rebuild: Callable[[], int], quick: QuickPages | None = None) -> int:
    """Build, serve on args.host:args.port, and rebuild on every change until interrupted."""
    folders = watched_folders(args)
    seen = snapshot(folders)
    rebuild_and_report(rebuild)
    generation = Generation()
    handler = type("Handler", (PreviewHandler,), {"generation": generation, "quick": quick})
    server = ThreadingHTTPServer((args.host, args.port), partial(handler, directory=str(args.output.resolve())))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serve: http://{args.host}:{server.server_address[1]}/ (Ctrl-C to stop)", flush=True)
    try:
        watch(folders, seen, rebuild, generation, quick)
    except KeyboardInterrupt:
        print("serve: stopped", file=sys.stderr)
    finally:
        server.shutdown()
        server.server_close()
    return 0


def watch(folders: list[Path], seen: dict, rebuild: Callable[[], int], generation: Generation,
          quick: QuickPages | None = None) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        current = snapshot(folders)
        if current == seen:
            continue
        changed = [path for path in current.keys() | seen.keys() if current.get(path) != seen.get(path)]
        seen = current
        if quick and show_at_once(quick, changed):
            generation.advance()
        if rebuild_and_report(rebuild):
            if quick:
                quick.forget()
            generation.advance()


def show_at_once(quick: QuickPages, changed: list[str]) -> bool:
    """Edited articles' pages, rendered before the rebuild; a failure here only leaves it to the rebuild."""
    try:
        return quick.show(sorted(changed)) > 0
    except Exception as error:  # noqa: BLE001 (a template mid-edit, say: the rebuild reports it properly)
        print(f"serve: could not show the edit before the rebuild: {type(error).__name__}: {error}",
              file=sys.stderr, flush=True)
        return False


def rebuild_and_report(rebuild: Callable[[], int]) -> bool:
    """A build that fails (a template typo mid-edit, say) is reported; the last good site stays up."""
    try:
        rebuild()
    except Exception as error:  # noqa: BLE001 (the server must outlive any one failed build)
        print(f"serve: the build failed, still serving the previous site: {type(error).__name__}: {error}",
              file=sys.stderr, flush=True)
        return False
    return True
