"""`add URL` and saved .html pages, end to end, against a local HTTP server (never the internet)."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from conftest import run_cli
from despatch.content import read_article
from despatch.fetch import FetchError, check_url, seed_name

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Belarus, China sign agreement on grain exports - Example News</title>
<meta property="og:title" content="Belarus, China sign agreement on grain exports">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-06-14T10:20:00+03:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="weather">Minsk +21°C</div>
<article>
<h1>Belarus, China sign agreement on grain exports</h1>
<p>MINSK, 14 June (BelTA) – Belarus and China signed an agreement on the export of Belarusian grain
to China during the meeting of the intergovernmental cooperation committee in Minsk on Tuesday,
the Ministry of Agriculture and Food said.</p>
<p>The agreement opens the Chinese market to Belarusian barley and rapeseed, the ministry said, and
sets out the phytosanitary requirements that exporters have to meet. The first shipments are
expected in the autumn, according to the ministry.</p>
<p>Trade between the two countries has grown quickly in recent years, and agricultural exports have
become one of its main drivers, officials of both sides noted during the meeting.</p>
</article>
<footer>© Example News. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def local_server(tmp_path):
    root = tmp_path / "www"
    (root / "news").mkdir(parents=True)
    (root / "news" / "grain-agreement.html").write_text(PAGE, encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def cli(tmp_path: Path, *args: str):
    return run_cli(*args, "--seeds", str(tmp_path / "seeds"), "--content", str(tmp_path / "content"),
                   "--output", str(tmp_path / "public"))


def test_add_url_stores_the_page_ingests_it_and_builds(tmp_path, local_server):
    url = f"{local_server}/news/grain-agreement.html"
    result = cli(tmp_path, "add", url)
    assert result.returncode == 0, result.stderr
    seeds = list((tmp_path / "seeds").glob("*.html"))
    assert len(seeds) == 1 and url in seeds[0].read_text(encoding="utf-8")
    [content] = list((tmp_path / "content").glob("*.md"))
    article, _ = read_article(content)
    assert article.url == url
    assert article.title == "Belarus, China sign agreement on grain exports"
    assert article.date.isoformat() == "2023-06-14"
    assert article.source == "BelTA" and article.dateline == "Minsk"
    assert "Subscribe" not in article.body and "°C" not in article.body
    assert (tmp_path / "public" / "articles" / content.stem / "index.html").is_file()


def test_a_saved_html_page_in_seeds_is_ingested(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "grain.html").write_text(PAGE, encoding="utf-8")
    result = cli(tmp_path)
    assert result.returncode == 0, result.stderr
    [content] = list((tmp_path / "content").glob("*.md"))
    assert content.name.startswith("2023-06-14-belarus-china-sign-agreement-on-grain-exports")


def test_add_url_reports_a_missing_page_clearly(tmp_path, local_server):
    result = cli(tmp_path, "add", f"{local_server}/news/nothing-here.html")
    assert "404" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "content").exists() or not list((tmp_path / "content").glob("*.md"))


def test_add_url_refuses_what_is_not_a_web_page(tmp_path, local_server):
    result = cli(tmp_path, "add", f"{local_server}/photo.jpg")
    assert "not a web page" in result.stderr and "Traceback" not in result.stderr


def test_add_url_reports_an_unreachable_server(tmp_path):
    result = cli(tmp_path, "add", "http://127.0.0.1:9/nothing")
    assert "cannot connect" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("url", ["ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "example.org"])
def test_only_web_addresses_are_fetched(url):
    with pytest.raises(FetchError):
        check_url(url)


def test_the_same_url_always_maps_to_the_same_seed_file():
    assert seed_name("https://eng.belta.by/politics/view/x-123-2023/") == seed_name("https://eng.belta.by/politics/view/x-123-2023/")
    assert seed_name("https://eng.belta.by/a/").endswith(".html")
