"""Decide the pages of the site: where each one goes, which template draws it, what it lists."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .archive import Archive, Event, Term
from .model import Article

HOME_EVENT_LIMIT = 120  # the home page stays small; older years have their own pages
TERM_PAGE_SIZE = 100  # articles per page of a topic, source, person or entity listing
KIND_FOLDERS = {"topic": "topics", "source": "sources", "person": "people", "entity": "entities"}


@dataclass(frozen=True)
class Page:
    url: str  # site-relative URL, "" for home, "articles/x/" for others
    template: str
    title: str
    context: dict = field(default_factory=dict, compare=False)

    @property
    def path(self) -> str:
        """File path inside the output folder."""
        if self.url.endswith(".html") or self.url.endswith(".xml") or self.url.endswith(".json"):
            return self.url
        return f"{self.url}index.html"


# ---------------------------------------------------------------- URLs, one place


def article_url(article: Article) -> str:
    return f"articles/{article.stem}/"


def event_url(event: Event) -> str:
    return f"events/{event.id}/"


def term_url(term: Term) -> str:
    if term.kind == "year":
        return f"{term.slug}/"
    return f"{KIND_FOLDERS[term.kind]}/{term.slug}/"


def term_url_by_name(kind: str, slug: str) -> str:
    return f"{KIND_FOLDERS[kind]}/{slug}/"


# ---------------------------------------------------------------- pages


def plan_pages(archive: Archive) -> list[Page]:
    pages = [home_page(archive), not_found_page()]
    pages += article_pages(archive)
    pages += [Page(event_url(e), "event.html", e.title, {"event": e}) for e in archive.events]
    for terms, overview in ((archive.topics, "topics"), (archive.sources, "sources"),
                            (archive.people, "people"), (archive.entities, "entities")):
        pages.append(Page(f"{overview}/", "terms.html", overview.capitalize(), {"terms": terms, "kind": overview}))
        for term in terms:
            pages += term_pages(term)
    pages += [year_page(archive, year) for year in archive.years]
    return pages


def home_page(archive: Archive) -> Page:
    recent = archive.events[-HOME_EVENT_LIMIT:]
    return Page("", "home.html", "Timeline", {
        "timeline": timeline(recent),
        "shown": len(recent),
        "total_events": len(archive.events),
        "total_articles": len(archive.articles),
        "years": archive.years,
        "milestones": archive.milestones,
    })


def not_found_page() -> Page:
    return Page("404.html", "404.html", "Page not found")


def article_pages(archive: Archive) -> list[Page]:
    pages = []
    articles = archive.articles
    events = {e.id: e for e in archive.events}
    for index, article in enumerate(articles):
        event = events.get(archive.event_of.get(article.stem))
        pages.append(Page(article_url(article), "article.html", article.title, {
            "article": article,
            "previous": articles[index - 1] if index > 0 else None,
            "next": articles[index + 1] if index + 1 < len(articles) else None,
            "event": event,
            "same_event": tuple(a for a in event.articles if a.stem != article.stem) if event else (),
        }))
    return pages


def term_pages(term: Term) -> list[Page]:
    chunks = [term.articles[i:i + TERM_PAGE_SIZE] for i in range(0, len(term.articles), TERM_PAGE_SIZE)] or [()]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        url = term_url(term) if number == 1 else f"{term_url(term)}page/{number}/"
        pages.append(Page(url, "term.html", term.name, {
            "term": term, "articles": chunk, "page_number": number, "page_count": len(chunks),
            "page_urls": [term_url(term)] + [f"{term_url(term)}page/{n}/" for n in range(2, len(chunks) + 1)],
        }))
    return pages


def year_page(archive: Archive, year: Term) -> Page:
    events = [e for e in archive.events if e.date and e.date.year == int(year.slug)]
    return Page(term_url(year), "year.html", year.name, {
        "year": year, "timeline": timeline(events), "years": archive.years,
    })


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    events: tuple[Event, ...]

    @property
    def name(self) -> str:
        import calendar
        return f"{calendar.month_name[self.month]} {self.year}"

    @property
    def anchor(self) -> str:
        return f"{self.year}-{self.month:02d}"


def timeline(events) -> tuple[tuple[int, tuple[Month, ...]], ...]:
    """Events newest first, grouped by year, then by month."""
    by_month: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for event in events:
        if event.date:
            by_month[(event.date.year, event.date.month)].append(event)
    years: dict[int, list[Month]] = defaultdict(list)
    for (year, month) in sorted(by_month, reverse=True):
        ordered = sorted(by_month[(year, month)], key=lambda e: (e.date, e.id), reverse=True)
        years[year].append(Month(year, month, tuple(ordered)))
    return tuple((year, tuple(years[year])) for year in sorted(years, reverse=True))
