"""The archive as data for researchers: articles as JSON, CSV and CSL-JSON; events, entities and milestones as JSON."""
from __future__ import annotations

import csv
import io
import json

from .archive import Archive, Event, MilestoneEntry, Term
from .citations import citable_article, csl_item
from .config import SiteConfig
from .model import Article
from .site import article_url, event_url, term_url

# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "

ARTICLE_COLUMNS = (
    "id", "title", "title_proposed", "subtitle", "date", "time", "utc_offset", "source", "publisher",
    "also_published_by", "author", "dateline", "language", "event_date", "event", "topics", "people",
    "entities", "summary", "url", "permalink",
)


def export_files(archive: Archive, config: SiteConfig) -> dict[str, bytes]:
    """Site path -> file content, for every export."""
    return {path: make(archive, config) for path, make in EXPORTS.items()}


def to_json(records: list) -> bytes:
    """A JSON array with one record per line: a diff of two exports shows the records that
    changed, and each line goes through json's C encoder (`indent` would use its pure-Python one,
    seconds at tens of thousands of articles)."""
    lines = ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return f"[\n{lines}\n]\n".encode("utf-8") if records else b"[]\n"


def article_record(article: Article, archive: Archive, config: SiteConfig) -> dict:
    return {
        "id": article.stem,
        "title": article.title,
        "title_proposed": article.title_proposed,
        "subtitle": article.subtitle,
        "date": article.date.isoformat() if article.date else None,
        "time": article.time,
        "utc_offset": article.utc_offset,
        "source": article.source,
        "publisher": article.publisher,
        "also_published_by": list(getattr(article, "also_published_by", ())),
        "author": article.author,
        "dateline": article.dateline,
        "language": article.language,
        "event_date": article.event_date.isoformat() if article.event_date else None,
        "event": archive.event_of.get(article.stem),
        "topics": list(article.topics),
        "people": list(article.people),
        "entities": list(article.entities),
        "summary": article.summary,
        "url": article.url,
        "permalink": config.absolute(article_url(article)),
        "milestones": [{"date": m.date, "label": m.label, "sentence": m.sentence} for m in article.milestones],
    }


def articles_csv(archive: Archive, config: SiteConfig) -> bytes:
    """One row per article; lists joined with '; '; cells that a spreadsheet would run are neutralized."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ARTICLE_COLUMNS)
    for article in archive.articles:
        record = article_record(article, archive, config)
        writer.writerow([csv_cell(record[column]) for column in ARTICLE_COLUMNS])
    return buffer.getvalue().encode("utf-8")


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csl_items(archive: Archive, config: SiteConfig) -> list[dict]:
    return [csl_item(citable_article(a, config.absolute(article_url(a)))) for a in archive.articles]


def event_record(event: Event, config: SiteConfig) -> dict:
    return {
        "id": event.id,
        "title": event.title,
        "date": event.date.isoformat() if event.date else None,
        "places": list(event.places),
        "summary": event.summary,
        "articles": [a.stem for a in event.articles],
        "sources": list(event.sources),
        "people": list(event.people),
        "entities": list(event.entities),
        "topics": list(event.topics),
        "chosen_by_hand": event.chosen_by_hand,
        "permalink": config.absolute(event_url(event)),
    }


def term_record(term: Term, config: SiteConfig) -> dict:
    return {
        "name": term.name,
        "slug": term.slug,
        "kind": term.entity_kind or term.kind,
        "role": term.role,
        "articles": [a.stem for a in term.articles],
        "events": [e.id for e in term.events],
        "mentioned_with": [{"name": c.name, "articles": c.count} for c in term.companions],
        "permalink": config.absolute(term_url(term)),
    }


def milestone_record(entry: MilestoneEntry, config: SiteConfig) -> dict:
    return {
        "date": entry.date,
        "label": entry.label,
        "mentions": [{"article": m.article.stem, "date": m.milestone.date, "sentence": m.milestone.sentence,
                      "permalink": config.absolute(article_url(m.article))} for m in entry.mentions],
    }


# Site path -> the function that makes the file from the archive.
EXPORTS = {
    "data/articles.json": lambda archive, config: to_json([article_record(a, archive, config)
                                                           for a in archive.articles]),
    "data/articles.csv": articles_csv,
    "data/articles.csl.json": lambda archive, config: to_json(csl_items(archive, config)),
    "data/events.json": lambda archive, config: to_json([event_record(e, config) for e in archive.events]),
    "data/entities.json": lambda archive, config: to_json([term_record(t, config)
                                                           for t in archive.people + archive.entities]),
    "data/milestones.json": lambda archive, config: to_json([milestone_record(m, config)
                                                             for m in archive.milestones]),
}
