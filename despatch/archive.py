"""Group articles into what a researcher browses: events, topics, sources, people, entities, years."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from slugify import slugify

from .model import Article, Milestone
from .registry import Registry, fold

EVENT_WINDOW_DAYS = 1


@dataclass(frozen=True)
class Event:
    """One happening on the timeline, with every article that reports it."""

    id: str  # "2023-03-01-lukashenko-xi-jinping-sign-declaration"; its page is events/<id>/
    date: dt.date | None
    title: str
    articles: tuple[Article, ...]  # oldest first
    place: str | None = None
    summary: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return _unique(a.source for a in self.articles if a.source)

    @property
    def people(self) -> tuple[str, ...]:
        return _unique(p for a in self.articles for p in a.people)

    @property
    def topics(self) -> tuple[str, ...]:
        return _unique(t for a in self.articles for t in a.topics)

    @property
    def lead(self) -> Article:
        return self.articles[0]


@dataclass(frozen=True)
class Term:
    """A topic, source, person, entity or year: a page that lists its articles."""

    kind: str  # topic, source, person, entity, year
    slug: str
    name: str
    articles: tuple[Article, ...]  # newest first
    description: str = ""
    role: str = ""


@dataclass(frozen=True)
class MilestoneMention:
    milestone: Milestone
    article: Article


@dataclass(frozen=True)
class Archive:
    articles: tuple[Article, ...]  # oldest first
    events: tuple[Event, ...]  # oldest first
    topics: tuple[Term, ...]
    sources: tuple[Term, ...]
    people: tuple[Term, ...]
    entities: tuple[Term, ...]
    years: tuple[Term, ...]
    milestones: tuple[MilestoneMention, ...]
    event_of: dict  # article stem -> event id


def build_archive(articles: list[Article], registry: Registry) -> Archive:
    ordered = tuple(sorted(articles, key=lambda a: a.sort_key))
    events = group_events(ordered)
    return Archive(
        articles=ordered,
        events=events,
        topics=_topic_terms(ordered, registry),
        sources=_terms(ordered, "source", lambda a: [a.source] if a.source else [], registry),
        people=_terms(ordered, "person", lambda a: a.people, registry),
        entities=_terms(ordered, "entity", lambda a: a.entities, registry),
        years=_year_terms(ordered),
        milestones=_milestones(ordered),
        event_of={a.stem: e.id for e in events for a in e.articles},
    )


# ---------------------------------------------------------------- events


def event_day(article: Article) -> dt.date | None:
    return article.event_date or article.date


def group_events(articles: tuple[Article, ...]) -> tuple[Event, ...]:
    """Articles on the same event: a hand-set `event:` id, else the same event day (±1) and people."""
    by_hand: dict[str, list[Article]] = defaultdict(list)
    clusters: list[list[Article]] = []
    for article in sorted(articles, key=lambda a: (event_day(a) or dt.date.min, a.sort_key)):
        if article.event:
            by_hand[article.event].append(article)
            continue
        cluster = next((c for c in clusters if _same_event(c, article)), None)
        if cluster is None:
            clusters.append([article])
        else:
            cluster.append(article)
    events = [_event(members) for members in clusters]
    events += [_event(members, event_id) for event_id, members in by_hand.items()]
    return tuple(sorted(events, key=lambda e: (e.date or dt.date.min, e.id)))


def _same_event(cluster: list[Article], article: Article) -> bool:
    day = event_day(article)
    if day is None:
        return False
    for member in cluster:
        other = event_day(member)
        if other and abs((other - day).days) <= EVENT_WINDOW_DAYS and _share_people(member, article):
            return True
    return False


def _share_people(a: Article, b: Article) -> bool:
    if not a.people or not b.people:
        return not a.people and not b.people
    return bool(set(a.people) & set(b.people))


def _event(members: list[Article], event_id: str | None = None) -> Event:
    articles = tuple(sorted(members, key=lambda a: a.sort_key))
    lead = next((a for a in articles if not a.title_proposed), articles[0])
    day = _common_day(articles)
    if event_id is None:
        event_id = f"{day.isoformat() if day else 'undated'}-{slugify(lead.title, max_length=60, word_boundary=True) or 'event'}"
    else:
        event_id = slugify(event_id, max_length=80, word_boundary=True) or "event"
    place = next((a.dateline for a in articles if a.dateline), None)
    return Event(id=event_id, date=day, title=lead.title, articles=articles, place=place, summary=lead.summary)


def _common_day(articles: tuple[Article, ...]) -> dt.date | None:
    days = [event_day(a) for a in articles if event_day(a)]
    if not days:
        return None
    counts = defaultdict(int)
    for day in days:
        counts[day] += 1
    return max(sorted(counts), key=lambda d: counts[d])


# ---------------------------------------------------------------- index terms


def _newest_first(articles) -> tuple[Article, ...]:
    return tuple(sorted(articles, key=lambda a: a.sort_key, reverse=True))


def _terms(articles, kind: str, values, registry: Registry) -> tuple[Term, ...]:
    grouped: dict[str, list[Article]] = defaultdict(list)
    names: dict[str, str] = {}
    for article in articles:
        for name in values(article):
            slug = slugify(name, max_length=80, word_boundary=True) or "unnamed"
            grouped[slug].append(article)
            names.setdefault(slug, name)
    terms = []
    for slug in sorted(grouped):
        entity = registry.entity_named(names[slug]) if kind in ("person", "entity") else None
        terms.append(Term(kind=kind, slug=slug, name=names[slug], articles=_newest_first(grouped[slug]),
                          role=entity.role if entity else ""))
    return tuple(terms)


def _topic_terms(articles, registry: Registry) -> tuple[Term, ...]:
    grouped: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for topic in article.topics:
            grouped[slugify(topic, max_length=80) or "unnamed"].append(article)
    terms = []
    for slug in sorted(grouped):
        topic = registry.topic(slug)
        terms.append(Term(kind="topic", slug=slug, name=topic.name if topic else slug.replace("-", " ").capitalize(),
                          description=topic.description if topic else "", articles=_newest_first(grouped[slug])))
    return tuple(terms)


def _year_terms(articles) -> tuple[Term, ...]:
    grouped: dict[int, list[Article]] = defaultdict(list)
    for article in articles:
        if article.year:
            grouped[article.year].append(article)
    return tuple(Term(kind="year", slug=str(year), name=str(year), articles=_newest_first(grouped[year]))
                 for year in sorted(grouped))


def _milestones(articles) -> tuple[MilestoneMention, ...]:
    mentions = [MilestoneMention(m, a) for a in articles for m in a.milestones]
    return tuple(sorted(mentions, key=lambda m: (m.milestone.date, m.article.stem)))


def _unique(values) -> tuple:
    seen: dict = {}
    for value in values:
        seen.setdefault(fold(str(value)), value)
    return tuple(seen.values())
