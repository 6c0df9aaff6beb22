"""Saved web pages (.html): trafilatura finds the article and the page's own metadata
(meta tags, JSON-LD); the text parser then reads wire attributions, datelines and bylines
from the article text as it does for copied text. Machine-readable metadata wins where
the page states it; the text fills the gaps."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from urllib.parse import urlsplit

from ..model import Message, ParsedArticle
from ..registry import Registry

MAX_HTML_BYTES = 8 * 1024 * 1024
_SEED_URL = re.compile(rb"<!--\s*despatch-source-url:\s*(\S+?)\s*-->")


def parse_html(data: bytes, filename: str, registry: Registry) -> tuple[ParsedArticle | None, list[Message]]:
    from . import parse_text  # the package's own text parser

    if len(data) > MAX_HTML_BYTES:
        return None, [Message(filename, f"page is larger than {MAX_HTML_BYTES // 2**20} MB", level="error")]
    document = _extract(data)
    if document is None or not (document.get("text") or "").strip():
        return None, [Message(filename, f"no article text found in {filename}", level="error")]
    text = _as_plain_text(document)
    parsed, messages = parse_text(text, filename, registry)
    if parsed is None:
        return None, messages
    return _with_page_metadata(parsed, document, _stored_url(data), registry), messages


def _extract(data: bytes) -> dict | None:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                               include_tables=False, output_format="python",
                                               # only dates the page states, never guesses from the URL or today
                                               date_extraction_params={"extensive_search": False,
                                                                       "original_date": True})
    except Exception:  # noqa: BLE001 - a broken page is reported, never a traceback
        return None
    if document is None:
        return None
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def _as_plain_text(document: dict) -> str:
    """Headline, then paragraphs separated by blank lines: the shape the text parser expects."""
    body = (document.get("text") or "").strip()
    title = (document.get("title") or "").strip()
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    head = [title] if title else []
    return "\n\n".join(head + lines) + "\n"


def _stored_url(data: bytes) -> str | None:
    """`add URL` writes the page's address into the saved file as a comment."""
    match = _SEED_URL.search(data[:4096])
    return match.group(1).decode("utf-8", "replace") if match else None


def _with_page_metadata(parsed: ParsedArticle, document: dict, stored_url: str | None,
                        registry: Registry) -> ParsedArticle:
    url = stored_url or _clean_url(document.get("url"))
    changes = {"url": url or parsed.url}
    published = _date(document.get("date"))
    if published and not parsed.date:
        changes["date"] = published
    if not parsed.title and document.get("title"):
        changes.update(title=" ".join(document["title"].split()), title_proposed=False)
    if not parsed.author and document.get("author"):
        changes["author"] = " ".join(document["author"].split())
    site = _site_source(document, url, registry)
    if not parsed.source and site:
        changes["source"] = site
    elif parsed.source and site and site != parsed.source and not parsed.publisher:
        changes["publisher"] = site  # a wire story hosted by another outlet
    return dataclasses.replace(parsed, **changes)


def _site_source(document: dict, url: str | None, registry: Registry) -> str | None:
    source = registry.source_named(document.get("sitename"))
    if source is None and url:
        host = urlsplit(url).hostname or ""
        source = next((s for s in registry.sources for d in s.domains if host == d or host.endswith("." + d)), None)
    return source.name if source else None


def _clean_url(url) -> str | None:
    if isinstance(url, str) and re.match(r"^https?://", url):
        return url
    return None


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
