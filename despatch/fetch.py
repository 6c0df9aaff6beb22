"""`add URL`: fetch one web page into seeds/ (with its address), so it can be ingested like any seed."""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from slugify import slugify

TIMEOUT_SECONDS = 20
MAX_BYTES = 8 * 1024 * 1024
USER_AGENT = "despatch-archive/0.1 (+static site generator for a news archive)"


class FetchError(Exception):
    """A page that could not be fetched; the message says why, for a person."""


def fetch_to_seeds(url: str, seeds_dir: Path) -> Path:
    check_url(url)
    data, final_url = download(url)
    path = seeds_dir / seed_name(final_url)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    marker = f"<!-- despatch-source-url: {final_url} -->\n".encode("utf-8")
    path.write_bytes(marker + data)
    return path


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not a web address: {url!r} (expected http:// or https://)")


def download(url: str) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise FetchError(f"{url}: the server sent {kind}, not a web page")
            data = response.read(MAX_BYTES + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(f"{url}: cannot connect ({error.reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {TIMEOUT_SECONDS} s") from None
    if len(data) > MAX_BYTES:
        raise FetchError(f"{url}: the page is larger than {MAX_BYTES // 2**20} MB")
    return data, final_url


def seed_name(url: str) -> str:
    """A stable file name from the address: the same URL always lands in the same seed file."""
    parts = urlsplit(url)
    path = re.sub(r"\.(s?html?|php|aspx?)$", "", parts.path)
    slug = slugify(f"{parts.hostname} {path} {parts.query}", max_length=120, word_boundary=True)
    return f"{slug or 'page'}.html"
