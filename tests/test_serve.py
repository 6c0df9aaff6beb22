"""`build_site.py serve`: a preview that rebuilds when a content file changes and tells open pages to reload."""
from __future__ import annotations

import http.client
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, SEEDS, build_from_seeds

STARTUP_SECONDS = 180
CHANGE_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            result = condition()
        except (OSError, http.client.HTTPException):
            result = None
        if result:
            return result
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


@pytest.fixture
def preview(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "build_site.py"), "serve", "--port", str(port), "--quiet",
         "--seeds", str(tmp_path / "seeds"), "--content", str(tmp_path / "content"), "--output", str(tmp_path / "public")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: process.poll() is None and fetch(base)[0] == 200 or process.poll() is not None,
                 STARTUP_SECONDS, "the preview server")
        assert process.poll() is None, process.stdout.read()
        yield base, tmp_path
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def listen_for_reload(base: str, heard: threading.Event) -> None:
    connection = http.client.HTTPConnection(base.split("/")[2], timeout=CHANGE_SECONDS)
    connection.request("GET", "/__livereload")
    response = connection.getresponse()
    for line in response:
        if line.startswith(b"event: reload"):
            heard.set()
            return


def test_an_edited_article_is_served_and_open_pages_are_told_to_reload(preview):
    base, folder = preview
    article = next((folder / "content").glob("*.md"))
    url = f"{base}articles/{article.stem}/"
    status, page = fetch(url)
    assert status == 200
    assert '<script src="/__livereload.js"' in page
    assert "__livereload" not in (folder / "public" / "articles" / article.stem / "index.html").read_text(encoding="utf-8")
    assert "EventSource" in fetch(f"{base}__livereload.js")[1]

    heard = threading.Event()
    threading.Thread(target=listen_for_reload, args=(base, heard), daemon=True).start()
    time.sleep(1)  # let the stream open before the edit
    text = article.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    article.write_text(text.replace(title, "title: A title edited while the preview runs", 1), encoding="utf-8")

    wait_for(lambda: "A title edited while the preview runs" in fetch(url)[1], CHANGE_SECONDS, "the edited page")
    assert heard.wait(CHANGE_SECONDS), "no reload event after the rebuild"


def test_a_missing_page_gets_the_sites_404_page(preview):
    base, _ = preview
    status, page = fetch(f"{base}no/such/page/")
    assert status == 404
    assert "Page not found" in page


# ---------------------------------------------------------------- the edit shown before the rebuild


@pytest.fixture
def quick_site(tmp_path):
    """A site built from the seeds, with the article pages its build handed to a QuickPages."""
    from despatch.build import build_site
    from despatch.config import load_config
    from despatch.registry import load_registry
    from despatch.serve import QuickPages

    build_from_seeds(tmp_path)
    quick = QuickPages(tmp_path / "content", tmp_path / "public", ROOT / "templates",
                       lambda: (load_config(), load_registry()))
    build_site(tmp_path / "content", tmp_path / "public", load_registry(), load_config(),
               cache_dir=tmp_path / ".cache", on_article_pages=quick.remember)
    return quick, tmp_path


def retitle(article, title: str) -> None:
    text = article.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title:"))
    article.write_text(text.replace(old, f"title: {title}", 1), encoding="utf-8")


def test_an_edited_article_is_rendered_at_once_with_the_last_builds_neighbours(quick_site):
    quick, folder = quick_site
    article = sorted((folder / "content").glob("*.md"))[1]
    built = (folder / "public" / "articles" / article.stem / "index.html").read_text(encoding="utf-8")
    retitle(article, "Retitled while the rebuild runs")

    seed_with_the_same_name = folder / "seeds" / article.name
    seed_with_the_same_name.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    assert quick.show([str(article), str(seed_with_the_same_name), str(folder / "seeds" / "x.txt")]) == 1
    page = quick.pages[str((folder / "public" / "articles" / article.stem / "index.html").resolve())].decode()
    assert "<h1>Retitled while the rebuild runs</h1>" in page
    assert 'rel="prev"' in page and 'rel="prev"' in built  # the neighbours of the last build are kept
    assert page.split('rel="prev"')[1].split("</a>")[0] == built.split('rel="prev"')[1].split("</a>")[0]


def test_a_new_or_broken_article_waits_for_the_rebuild(quick_site):
    quick, folder = quick_site
    new = folder / "content" / "2024-01-01-new.md"
    new.write_text("---\ntitle: New\ndate: 2024-01-01\n---\nBody.\n", encoding="utf-8")
    broken = sorted((folder / "content").glob("*.md"))[0]
    broken.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    assert quick.show([str(new), str(broken)]) == 0
    assert quick.pages == {}


def test_the_server_sends_the_quick_page_until_it_is_forgotten(quick_site):
    from functools import partial
    from http.server import ThreadingHTTPServer

    from despatch.serve import Generation, PreviewHandler

    quick, folder = quick_site
    article = sorted((folder / "content").glob("*.md"))[2]
    retitle(article, "Shown from memory")
    quick.show([str(article)])
    handler = type("Handler", (PreviewHandler,), {"generation": Generation(), "quick": quick})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder / "public")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/articles/{article.stem}/"
    try:
        status, page = fetch(url)
        assert status == 200 and "Shown from memory" in page and "/__livereload.js" in page
        quick.forget()
        assert "Shown from memory" not in fetch(url)[1]  # the site folder's page again
    finally:
        server.shutdown()
        server.server_close()
