"""Decide the pages of the site: where each one goes, which template draws it, what it lists."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .archive import Archive, Event, MilestoneEntry, Term
from .charts import coverage_chart
from .config import SiteConfig
from .model import Article
from .registry import fold
from .search import LANGUAGE_NAMES, search_filters, search_parts

YEAR_PAGE_EVENTS = 100  # events per page of a year's timeline (a year of 10,000 articles has ~250)
HOME_EVENT_LIMIT = 80  # the home page stays under 200 KB at 10,000 articles; older years have their own pages
HOME_MILESTONE_LIMIT = 60  # milestones on the home timeline: the shown years' own, then the most cited
TERM_PAGE_SIZE = 100  # articles per page of a topic, source, person or entity listing
TERM_EVENT_LIMIT = 30  # newest events listed on a person or entity page
ARTICLE_TEMPLATE = "article.html"
SIMILAR_LIMIT = 5  # similar articles listed on an article page
SEARCH_ALIAS_LIMIT = 8  # other names per person or entity indexed with an article page
FEED_KINDS = ("topic", "person", "entity")  # terms with an Atom feed of their own
TERM_FEED_SIZE = 20  # newest articles in a topic's or entity's feed
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


def feed_url(term: Term) -> str | None:
    return f"{term_url(term)}feed.xml" if term.kind in FEED_KINDS else None


def feed_terms(archive: Archive) -> tuple[Term, ...]:
    """Terms that have an Atom feed: each topic, person and entity."""
    return archive.topics + archive.people + archive.entities


# ---------------------------------------------------------------- pages


def plan_pages(archive: Archive, search_part_size: int = SiteConfig.search_part_size) -> list[Page]:
    pages = [home_page(archive), not_found_page()]
    pages += article_pages(archive)
    pages += [Page(event_url(e), "event.html", e.title, {"event": e}) for e in archive.events]
    pages.append(search_page(archive, search_part_size))
    namesakes = {fold(t.name): t for t in archive.people + archive.entities}
    for terms, overview in ((archive.topics, "topics"), (archive.sources, "sources"),
                            (archive.people, "people"), (archive.entities, "entities")):
        if overview == "entities":
            pages.append(Page("entities/", "entities.html", "Entities", {"groups": entity_groups(terms)}))
        else:
            pages.append(Page(f"{overview}/", "terms.html", overview.capitalize(), {"terms": terms, "kind": overview}))
        for term in terms:
            pages += term_pages(term, namesakes.get(fold(term.name)) if term.kind == "topic" else None)
    for year in archive.years:
        pages += year_pages(archive, year)
    return pages


ENTITY_KIND_TITLES = {"organization": "Organizations", "place": "Places", "agreement": "Agreements",
                      "initiative": "Initiatives", "project": "Projects", "event": "Events"}


def entity_groups(terms: tuple[Term, ...]) -> tuple[tuple[str, tuple[Term, ...]], ...]:
    """Entities by kind (organizations first, as the registry lists them), each kind by name."""
    order = list(ENTITY_KIND_TITLES)
    kinds = sorted({t.entity_kind or "other" for t in terms},
                   key=lambda k: (order.index(k) if k in order else len(order), k))
    return tuple((ENTITY_KIND_TITLES.get(kind, kind.capitalize()),
                  tuple(sorted((t for t in terms if (t.entity_kind or "other") == kind), key=lambda t: t.name.casefold())))
                 for kind in kinds)


def search_page(archive: Archive, part_size: int) -> Page:
    """Pagefind's search box, over a list of links that works without JavaScript."""
    languages = sorted({a.language for a in archive.articles})
    return Page("search/", "search.html", "Search", {
        "search_bundles": tuple(bundle for bundle, _ in search_parts(
            [article_url(a) + "index.html" for a in archive.articles], part_size)),
        "years": archive.years, "topics": archive.topics, "sources": archive.sources,
        "languages": tuple((code, LANGUAGE_NAMES.get(code, code)) for code in languages),
        "total_articles": len(archive.articles),
    })


def home_page(archive: Archive) -> Page:
    recent = archive.events[-HOME_EVENT_LIMIT:]
    milestones = home_milestones(archive.milestones, recent)
    return Page("", "home.html", "Timeline", {
        "timeline": timeline(recent, milestones),
        "shown": len(recent),
        "total_events": len(archive.events),
        "total_articles": len(archive.articles),
        "total_milestones": len(archive.milestones),
        "shown_milestones": len(milestones),
        "years": archive.years,
        "chart": coverage_chart("coverage", "", [a.date for a in archive.articles],
                                [(m.date, m.label) for m in archive.milestones]),
    })


def home_milestones(milestones: tuple[MilestoneEntry, ...], events) -> tuple[MilestoneEntry, ...]:
    """The milestones of the years the home page shows, then earlier ones, most cited first, up to a limit."""
    first_year = min((e.date.year for e in events if e.date), default=0)
    ranked = sorted(milestones, key=lambda m: (m.year < first_year, -len(m.mentions), m.date, m.label))
    return tuple(ranked[:HOME_MILESTONE_LIMIT])


def not_found_page() -> Page:
    return Page("404.html", "404.html", "Page not found")


def article_pages(archive: Archive) -> list[Page]:
    pages = []
    articles = archive.articles
    events = {e.id: e for e in archive.events}
    topic_names = {t.slug: t.name for t in archive.topics}
    aliases = {t.name: t.aliases for t in archive.people + archive.entities if t.aliases}
    for index, article in enumerate(articles):
        event = events.get(archive.event_of.get(article.stem))
        same_event = tuple(a for a in event.articles if a.stem != article.stem) if event else ()
        shown = {a.stem for a in same_event}
        pages.append(Page(article_url(article), ARTICLE_TEMPLATE, article.title, {
            "article": article,
            "previous": articles[index - 1] if index > 0 else None,
            "next": articles[index + 1] if index + 1 < len(articles) else None,
            "event": event,
            "same_event": same_event,
            "similar": tuple(a for a in archive.similar.get(article.stem, ())
                             if a.stem not in shown)[:SIMILAR_LIMIT],
            "search_filters": search_filters(article, topic_names),
            "search_aliases": search_aliases(article, aliases),
        }))
    return pages


def search_aliases(article: Article, aliases: dict[str, tuple[str, ...]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Names of what the article mentions that its text does not use: indexed with the page, so a
    search for any of them ("Great Stone") finds every article about the same thing."""
    text = f"{article.title}\n{article.body}".casefold()
    found = []
    for name in (*article.people, *article.entities):
        missing = tuple(a for a in aliases.get(name, ()) if a.casefold() not in text)[:SEARCH_ALIAS_LIMIT]
        if missing:
            found.append((name, missing))
    return tuple(found)


def term_pages(term: Term, namesake: Term | None = None) -> list[Page]:
    """A term's listing, a page per TERM_PAGE_SIZE articles; a topic links to the entity of the same name."""
    chunks = [term.articles[i:i + TERM_PAGE_SIZE] for i in range(0, len(term.articles), TERM_PAGE_SIZE)] or [()]
    chart = coverage_chart(f"chart-{term.slug}", term.name, [a.date for a in term.articles], small=True)
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        url = term_url(term) if number == 1 else f"{term_url(term)}page/{number}/"
        template = "entity.html" if term.kind in ("person", "entity") else "term.html"
        pages.append(Page(url, template, term.name, {
            "term": term, "articles": chunk, "page_number": number, "page_count": len(chunks),
            "page_urls": [term_url(term)] + [f"{term_url(term)}page/{n}/" for n in range(2, len(chunks) + 1)],
            "chart": chart if number == 1 else None,
            "events": term.events[:TERM_EVENT_LIMIT] if number == 1 else (),
            "feed": feed_url(term),
            "namesake": namesake,
        }))
    return pages


def year_pages(archive: Archive, year: Term) -> list[Page]:
    """A year's timeline, newest first, YEAR_PAGE_EVENTS events a page so no page grows with the archive."""
    events = sorted((e for e in archive.events if e.date and e.date.year == int(year.slug)),
                    key=lambda e: (e.date, e.id), reverse=True)
    chunks = [events[i:i + YEAR_PAGE_EVENTS] for i in range(0, len(events), YEAR_PAGE_EVENTS)] or [[]]
    milestones = _milestones_by_page([m for m in archive.milestones if m.year == int(year.slug)], chunks)
    urls = [term_url(year)] + [f"{term_url(year)}page/{n}/" for n in range(2, len(chunks) + 1)]
    return [Page(url, "year.html", year.name, {
        "year": year, "timeline": timeline(chunk, marks), "years": archive.years,
        "page_number": number, "page_count": len(chunks), "page_urls": urls,
    }) for number, (url, chunk, marks) in enumerate(zip(urls, chunks, milestones), start=1)]


def _milestones_by_page(milestones: list, chunks: list[list[Event]]) -> list[list]:
    """Each milestone goes to the first page that reaches back to its month (undated months: the last)."""
    pages: list[list] = [[] for _ in chunks]
    for milestone in milestones:
        month = milestone.month or 0
        index = next((i for i, chunk in enumerate(chunks) if chunk and chunk[-1].date.month <= month), len(chunks) - 1)
        pages[index].append(milestone)
    return pages


@dataclass(frozen=True)
class Month:
    year: int
    month: int  # 0: milestones the texts date only by year
    events: tuple[Event, ...]
    milestones: tuple[MilestoneEntry, ...] = ()

    @property
    def name(self) -> str:
        import calendar
        if not self.month:
            return f"{self.year}, month not given"
        return f"{calendar.month_name[self.month]} {self.year}"

    @property
    def anchor(self) -> str:
        return f"{self.year}-{self.month:02d}"


def timeline(events, milestones=()) -> tuple[tuple[int, tuple[Month, ...]], ...]:
    """Events and milestones newest first, grouped by year, then by month."""
    by_month: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for event in events:
        if event.date:
            by_month[(event.date.year, event.date.month)].append(event)
    milestones_by_month: dict[tuple[int, int], list[MilestoneEntry]] = defaultdict(list)
    for entry in milestones:
        milestones_by_month[(entry.year, entry.month or 0)].append(entry)
    years: dict[int, list[Month]] = defaultdict(list)
    for (year, month) in sorted(set(by_month) | set(milestones_by_month), reverse=True):
        ordered = sorted(by_month[(year, month)], key=lambda e: (e.date, e.id), reverse=True)
        marked = sorted(milestones_by_month[(year, month)], key=lambda m: (m.date, m.label), reverse=True)
        years[year].append(Month(year, month, tuple(ordered), tuple(marked)))
    return tuple((year, tuple(years[year])) for year in sorted(years, reverse=True))
