"""Lean pages: an article with its CSS weighs under 50 KB, nothing render-blocking comes from another site,
and nothing inline would break the Content-Security-Policy."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from browser_support import ARTIFACTS, page_kinds
from conftest import run_cli

ARTICLE_BUDGET = 50 * 1024  # bytes of HTML and CSS, before compression
SUBRESOURCE_RELS = {"stylesheet", "preload", "modulepreload", "icon", "manifest", "prefetch", "apple-touch-icon"}
PAGE_OVERHEAD_BUDGET = 24 * 1024  # leaves 26 KB for the text itself, more than the longest seed has
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}  # data, never run: CSP does not apply


class PageParts(HTMLParser):
    """What a page loads, links to itself with, and carries inline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.subresources: list[str] = []  # fetched while the page renders
        self.self_links: list[str] = []  # canonical and alternate: this site's own addresses
        self.inline: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if "style" in attributes:
            self.inline.append(f"style attribute on <{tag}>")
        if tag == "style":
            self.inline.append("<style> element")
        if tag == "link":
            rels = set((attributes.get("rel") or "").lower().split())
            target = self.subresources if rels & SUBRESOURCE_RELS else self.self_links
            target.append(attributes.get("href") or "")
        if tag in ("script", "img", "iframe", "video", "audio", "source", "embed") and attributes.get("src"):
            self.subresources.append(attributes["src"])
        self._in_script = tag == "script" and not attributes.get("src") and attributes.get("type") not in DATA_SCRIPT_TYPES
        if any(name.startswith("on") for name in attributes):
            self.inline.append(f"event handler attribute on <{tag}>")

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append(f"inline script: {data.strip()[:40]}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


def parts_of(path: Path) -> PageParts:
    parser = PageParts()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def stylesheet_bytes(site: Path, page: Path, parts: PageParts) -> int:
    total = 0
    for href in parts.subresources:
        path = href.split("?")[0]
        if path.endswith(".css"):
            # The 404 page links from the site's root (it is served at any depth); the test sites live at '/'.
            total += (site / path.lstrip("/") if path.startswith("/") else page.parent / path).resolve().stat().st_size
    return total


def weight(site: Path, page: Path) -> int:
    """Bytes a first visit downloads to draw the page: the HTML and its stylesheets."""
    return page.stat().st_size + stylesheet_bytes(site, page, parts_of(page))


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_article_with_its_css_weighs_under_50_kb(seed_site):
    weights = {p.parent.name: weight(seed_site, p) for p in seed_site.glob("articles/*/index.html")}
    assert weights
    heavy = {name: size for name, size in weights.items() if size >= ARTICLE_BUDGET}
    _record_weights(seed_site)
    assert not heavy, heavy


def _record_weights(site: Path) -> None:
    """The heaviest page of each kind, in KB with its CSS, for the report."""
    by_kind = {}
    for kind, url in page_kinds(site).items():
        path = site / ("404.html" if kind == "not-found" else url + "index.html")
        by_kind[kind] = round(weight(site, path) / 1024, 1)
    by_kind["article (heaviest)"] = max(round(weight(site, p) / 1024, 1) for p in site.glob("articles/*/index.html"))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weights.json").write_text(json.dumps(by_kind, indent=1), encoding="utf-8")


def test_nothing_a_page_loads_comes_from_another_site(seed_site, subpath_site):
    foreign = {}
    for site in (seed_site, subpath_site):
        for page in html_pages(site):
            outside = [url for url in parts_of(page).subresources if urlsplit(url).scheme or urlsplit(url).netloc]
            if outside:
                foreign[str(page.relative_to(site))] = outside
    assert not foreign, foreign


def test_canonical_and_feed_links_point_into_the_site_itself(subpath_site):
    base = "http://127.0.0.1/archive/"
    stray = {}
    for page in html_pages(subpath_site):
        links = [href for href in parts_of(page).self_links
                 if (urlsplit(href).scheme or urlsplit(href).netloc) and not href.startswith(base)]
        if links:
            stray[str(page.relative_to(subpath_site))] = links
    assert not stray, stray


def test_no_page_has_inline_script_or_style_that_the_csp_would_block(seed_site):
    inline = {str(p.relative_to(seed_site)): parts_of(p).inline for p in html_pages(seed_site) if parts_of(p).inline}
    assert not inline, inline


def test_the_page_around_an_article_leaves_most_of_the_budget_to_its_text(tmp_path):
    """Header, record, citation and stylesheet together stay small, so even a long interview fits in 50 KB."""
    content = tmp_path / "content"
    content.mkdir()
    paragraph = "Belarus and China signed agreements on trade, education and industrial parks. " * 6
    body = "\n\n".join([paragraph] * 60)  # about 28 KB of text, as long as the longest seeds and more
    (content / "2023-03-01-long.md").write_text(
        f"---\ntitle: A long interview\ndate: 2023-03-01\nsource: BelTA\ntopics: [diplomacy]\n"
        f"people: [Xi Jinping]\n---\n{body}\n", encoding="utf-8")
    result = run_cli("build", "--content", str(content), "--output", str(tmp_path / "public"))
    assert result.returncode == 0, result.stderr
    page = tmp_path / "public" / "articles" / "2023-03-01-long" / "index.html"
    overhead = weight(tmp_path / "public", page) - len(body.encode())
    assert overhead < PAGE_OVERHEAD_BUDGET, f"the page and its CSS add {overhead} bytes to the text"
