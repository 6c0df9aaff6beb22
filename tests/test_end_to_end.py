"""The five seeds, ingested and built as a user would: the promises of the end-to-end issue."""
from __future__ import annotations

import hashlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

from conftest import SEEDS, run_cli

import pytest


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def internal_links(page: Path, site: Path) -> list[str]:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    base = "http://site/" + page.relative_to(site).as_posix()
    result = []
    for link in collector.links:
        absolute = urljoin(base, link)
        parts = urlsplit(absolute)
        if parts.netloc == "site":
            result.append(parts.path.lstrip("/"))
    return result


def resolves(site: Path, path: str) -> bool:
    target = site / path
    return target.is_file() or (target / "index.html").is_file()


def article_pages(site: Path) -> list[Path]:
    return sorted((site / "articles").glob("*/index.html"))


def test_every_seed_has_an_article_page(seed_site):
    assert len(article_pages(seed_site)) == len(list(SEEDS.glob("*.txt"))) == 5


def test_timeline_shows_three_events(seed_site):
    events = sorted(p.parent.name for p in (seed_site / "events").glob("*/index.html"))
    assert [e[:10] for e in events] == ["2022-09-15", "2023-03-01", "2023-12-04"]
    home = (seed_site / "index.html").read_text(encoding="utf-8")
    assert home.count('class="event-card"') == 3


def test_the_beijing_talks_event_gathers_three_articles(seed_site):
    page = next((seed_site / "events").glob("2023-03-01-*/index.html")).read_text(encoding="utf-8")
    linked = set(re.findall(r'href="\.\./\.\./articles/([^/"]+)/"', page))
    assert len(linked) == 3


def test_lukashenko_has_one_person_page_listing_all_five_articles(seed_site):
    pages = [p for p in (seed_site / "people").glob("*/index.html") if "lukashenk" in p.parent.name]
    assert [p.parent.name for p in pages] == ["alexander-lukashenko"]
    listed = set(re.findall(r'href="\.\./\.\./articles/([^/"]+)/"', pages[0].read_text(encoding="utf-8")))
    assert len(listed) == 5


def test_topic_pages_exist_and_are_linked_from_articles(seed_site):
    for page in article_pages(seed_site):
        topics = [link for link in internal_links(page, seed_site) if link.startswith("topics/") and link != "topics/"]
        assert topics, f"{page} links no topic"
        assert all(resolves(seed_site, t) for t in topics)
    assert (seed_site / "topics" / "index.html").is_file()


def test_every_internal_link_resolves(seed_site):
    broken = []
    for page in sorted(seed_site.rglob("*.html")):
        if page.name == "404.html":
            continue
        for link in internal_links(page, seed_site):
            if not resolves(seed_site, link):
                broken.append(f"{page.relative_to(seed_site)} -> {link}")
    assert broken == []


def test_feed_and_sitemap_are_well_formed_xml(seed_site):
    feed = ElementTree.parse(seed_site / "feed.xml").getroot()
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == 5
    sitemap = ElementTree.parse(seed_site / "sitemap.xml").getroot()
    locations = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locations) > 10 and all(loc.startswith("http") for loc in locations)


def test_not_found_page_exists(seed_site):
    assert "Page not found" in (seed_site / "404.html").read_text(encoding="utf-8")


def test_subpath_build_links_stay_under_the_subpath(subpath_site):
    not_found = (subpath_site / "404.html").read_text(encoding="utf-8")
    assert 'href="/archive/static/css/site.css' in not_found
    assert "http://127.0.0.1/archive/articles/" in (subpath_site / "sitemap.xml").read_text(encoding="utf-8")


@pytest.fixture
def workdir(tmp_path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def build(workdir: Path, *extra: str):
    result = run_cli("--seeds", str(workdir / "seeds"), "--content", str(workdir / "content"),
                     "--output", str(workdir / "public"), *extra)
    assert result.returncode == 0, result.stderr
    return result


def test_a_second_run_changes_no_byte(workdir):
    build(workdir)
    content, site = tree_digest(workdir / "content"), tree_digest(workdir / "public")
    build(workdir)
    assert tree_digest(workdir / "content") == content
    assert tree_digest(workdir / "public") == site


def test_a_hand_edit_survives_a_rebuild_and_shows_on_the_site(workdir):
    build(workdir)
    path = next((workdir / "content").glob("*-china-belarus-pledge-to-enhance-ties.md"))
    edited = path.read_text(encoding="utf-8").replace("title: China, Belarus pledge to enhance ties",
                                                      "title: China and Belarus pledge closer ties")
    path.write_text(edited, encoding="utf-8")
    (workdir / "seeds" / "003_b8e7a7bbb8fc7382.txt").write_text(
        (SEEDS / "003_b8e7a7bbb8fc7382.txt").read_text(encoding="utf-8") + "\nChanged seed.\n", encoding="utf-8")
    result = build(workdir)
    assert path.read_text(encoding="utf-8") == edited
    assert "kept" in result.stdout + result.stderr
    page = (workdir / "public" / "articles" / path.stem / "index.html").read_text(encoding="utf-8")
    assert "China and Belarus pledge closer ties" in page


def test_removing_a_seed_keeps_its_content_file(workdir):
    build(workdir)
    before = sorted(p.name for p in (workdir / "content").glob("*.md"))
    (workdir / "seeds" / "000_58d7e0cdbe7e7cbf.txt").unlink()
    build(workdir)
    assert sorted(p.name for p in (workdir / "content").glob("*.md")) == before


def test_a_hand_written_article_without_seed_is_built(workdir):
    (workdir / "content").mkdir()
    (workdir / "content" / "2024-05-01-notes.md").write_text(
        "---\ntitle: Research notes on the 2024 visit\ndate: 2024-05-01\nsource: BelTA\n---\n\nWritten by hand.\n",
        encoding="utf-8")
    build(workdir)
    assert (workdir / "public" / "articles" / "2024-05-01-notes" / "index.html").is_file()
