"""Helpers for the browser tests: the system Chromium, a site served on 127.0.0.1, a recorder of what went wrong."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def chromium_path() -> str | None:
    found = next((path for path in CHROMIUM_CANDIDATES if os.access(path, os.X_OK)), None)
    return found or shutil.which("chromium")


def missing_tool(message: str) -> None:
    """A tool the tests need is absent: in CI that fails the run, on a laptop it skips the test."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def require_chromium() -> str:
    """The browser's path (see missing_tool for what happens without one)."""
    path = chromium_path()
    if path is None:
        missing_tool("no Chromium found (install Debian's chromium: .ci/run does it)")
    return path


@contextmanager
def launch_chromium(**options) -> Iterator["playwright.sync_api.Browser"]:  # noqa: F821
    """One headless system Chromium (Playwright cannot download its own here)."""
    from playwright.sync_api import sync_playwright

    executable = require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, **options)
        try:
            yield browser
        finally:
            browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files like a static host: a missing path gets the site's 404 page, with status 404."""

    not_found_page: Path | None = None

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass

    def send_error(self, code, message=None, explain=None) -> None:
        if code != 404 or self.not_found_page is None or not self.not_found_page.is_file():
            return super().send_error(code, message, explain)
        body = self.not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve_folder(path: Path, not_found: str | None = "404.html") -> Iterator[str]:
    """Serve `path` over HTTP on 127.0.0.1 and a free port; yields the base URL ('http://127.0.0.1:PORT/')."""
    root = Path(path).resolve()
    handler = type("Handler", (_QuietHandler,), {"not_found_page": root / not_found if not_found else None})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass
class Trouble:
    """What a reader would notice, or should never happen: errors, failed loads, calls to other hosts."""

    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.console_errors or self.failed_requests or self.external_requests)


def watch(page, expected_missing: tuple[str, ...] = ()) -> Trouble:
    """Record console errors, failed or 4xx/5xx requests, and abort (and record) any request off 127.0.0.1."""
    trouble = Trouble()

    def route(request_route) -> None:
        url = request_route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "about:")):
            request_route.continue_()
        else:
            trouble.external_requests.append(url)
            request_route.abort()

    def response(resp) -> None:
        if resp.status >= 400 and not resp.url.endswith(expected_missing or ("\0",)):
            trouble.failed_requests.append(f"{resp.status} {resp.url}")

    page.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and trouble.console_errors.append(message.text))
    page.on("pageerror", lambda error: trouble.console_errors.append(str(error)))
    page.on("requestfailed", lambda request: request.url not in trouble.external_requests
            and trouble.failed_requests.append(f"{request.failure} {request.url}"))
    page.on("response", response)
    return trouble


def screenshot(page, name: str) -> Path:
    """The page's first two screens, under test-artifacts/screenshots/ (git-ignored), for people to look at."""
    target = ARTIFACTS / "screenshots" / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = min(2 * size["height"], page.evaluate("document.scrollingElement.scrollHeight"))
    page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": size["width"], "height": height})
    return target


def page_kinds(site: Path) -> dict[str, str]:
    """One site-relative URL for each kind of page the site has; 'not found' is a path that does not exist."""
    def first(pattern: str) -> str | None:
        found = sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.glob(pattern))
        return found[0] if found else None

    articles = sorted(site.glob("articles/*/index.html"), key=lambda p: (-p.stat().st_size, p.as_posix()))
    kinds = {
        "home": "",
        "year": first("[12][0-9][0-9][0-9]/index.html"),
        "event": first("events/*/index.html"),
        "article": articles[0].parent.relative_to(site).as_posix() + "/" if articles else None,
        "topics": "topics/",
        "topic": first("topics/*/index.html"),
        "source": first("sources/*/index.html"),
        "person": first("people/*/index.html"),
        "entity": first("entities/*/index.html"),
        "search": "search/" if (site / "search" / "index.html").is_file() else None,
        "not-found": "no-such-page/",
    }
    return {kind: url for kind, url in kinds.items() if url is not None}
