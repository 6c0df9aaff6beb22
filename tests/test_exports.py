"""Data exports: articles as JSON, CSV and CSL-JSON, events, entities and milestones as JSON, feeds per term."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from xml.etree import ElementTree as ET

import pytest

from despatch.archive import build_archive
from despatch.config import SiteConfig
from despatch.exports import ARTICLE_COLUMNS, articles_csv, csv_cell, export_files
from despatch.model import Article
from despatch.registry import load_registry

CONFIG = SiteConfig(base_url="https://example.org/archive/")


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+7 495", "'+7 495"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("BelTA", "BelTA"), (None, ""), (True, "true"), (["a", "b"], "a; b"), (["=x"], "'=x"),
])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralized(value, cell):
    assert csv_cell(value) == cell


def test_csv_has_one_row_per_article_with_every_column():
    articles = [Article(stem="a", title="=cmd|' /C calc'!A0", body="", date=dt.date(2023, 3, 1), topics=("trade",)),
                Article(stem="b", title="Line\nbreak, \"quoted\"", body="", people=("Xi Jinping", "Alexander Lukashenko"))]
    rows = list(csv.DictReader(io.StringIO(articles_csv(build_archive(articles, load_registry()), CONFIG).decode())))
    assert [r["id"] for r in rows] == ["b", "a"]  # undated first: oldest first
    assert rows[1]["title"].startswith("'=")
    assert rows[0]["title"] == "Line\nbreak, \"quoted\""
    assert rows[0]["people"] == "Xi Jinping; Alexander Lukashenko"
    assert rows[1]["permalink"] == "https://example.org/archive/articles/a/"
    assert tuple(rows[0]) == ARTICLE_COLUMNS


def test_exports_are_deterministic():
    articles = [Article(stem=f"s{i}", title=f"T{i}", body="Body text here.", date=dt.date(2023, 1, 1 + i))
                for i in range(5)]
    registry = load_registry()
    assert export_files(build_archive(articles, registry), CONFIG) == \
        export_files(build_archive(list(reversed(articles)), registry), CONFIG)


def test_json_exports_hold_one_record_per_line_so_a_diff_shows_the_records_that_changed():
    articles = [Article(stem=f"s{i}", title=f"Title {i}\nwith a line break", body="Body.", date=dt.date(2023, 1, 1 + i))
                for i in range(3)]
    exported = export_files(build_archive(articles, load_registry()), CONFIG)["data/articles.json"].decode("utf-8")
    lines = exported.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    assert [json.loads(line.rstrip(","))["id"] for line in lines[1:-1]] == ["s0", "s1", "s2"]
    assert json.loads(exported) == [json.loads(line.rstrip(",")) for line in lines[1:-1]]


def test_seed_exports_load_and_agree(seed_site):
    data = seed_site / "data"
    articles = json.loads((data / "articles.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((data / "articles.csv").read_text(encoding="utf-8"), newline="")))
    assert len(articles) == len(rows) == 5
    assert [a["id"] for a in articles] == [r["id"] for r in rows]
    assert all(a["event"] for a in articles)
    events = json.loads((data / "events.json").read_text(encoding="utf-8"))
    assert sorted(stem for e in events for stem in e["articles"]) == sorted(a["id"] for a in articles)
    entities = {e["name"]: e for e in json.loads((data / "entities.json").read_text(encoding="utf-8"))}
    assert entities["China-Belarus Industrial Park"]["kind"] == "project"
    assert len(entities["China-Belarus Industrial Park"]["articles"]) == 5
    assert entities["Alexander Lukashenko"]["kind"] == "person"
    milestones = json.loads((data / "milestones.json").read_text(encoding="utf-8"))
    assert all(m["mentions"] and m["mentions"][0]["sentence"] for m in milestones)


def test_seed_csl_json_has_required_fields(seed_site):
    items = json.loads((seed_site / "data" / "articles.csl.json").read_text(encoding="utf-8"))
    assert len(items) == 5
    for item in items:
        assert item["id"] and item["type"] == "article-newspaper" and item["title"]
        assert item["URL"].startswith("http")
    dated = [i for i in items if "issued" in i]
    assert len(dated) == 5
    assert {i.get("container-title") for i in items} >= {"BelTA", "Xinhua", "China Daily"}


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("feed, entries", [
    ("entities/china-belarus-industrial-park/feed.xml", 5),
    ("entities/shanghai-cooperation-organization/feed.xml", 3),
    ("people/alexander-lukashenko/feed.xml", 5),
])
def test_each_entity_has_an_atom_feed(seed_site, feed, entries):
    root = ET.parse(seed_site / feed).getroot()
    assert len(root.findall(f"{ATOM}entry")) == entries


def test_each_topic_has_an_atom_feed_linked_from_its_page(seed_site):
    topics = sorted((seed_site / "topics").glob("*/index.html"))
    assert topics
    for page in topics:
        assert (page.parent / "feed.xml").is_file()
        assert 'type="application/atom+xml"' in page.read_text(encoding="utf-8")
