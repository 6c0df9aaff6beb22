"""Group articles into what a researcher browses: events, milestones, topics, sources, people, entities, years."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from slugify import slugify

from .entities import entity_matcher, first_appearances
from .frontmatter import safe_load
from .model import Article, Message, Milestone
from .registry import Registry, fold
from .related import STOPWORDS, Vector, WordCounts, cosine, count_vectors, most_similar, text_vectors, word_counts

EVENT_WINDOW_DAYS = 1  # reports of one event give its day, or the day after
SIMILAR_REPORTS = 0.12  # text similarity that, with a shared person or place, makes two reports one event
SAME_STORY = 0.45  # text similarity that alone makes two reports on the same days one event
RELATED_COUNT = 5  # similar articles shown on each article page
COMPANION_COUNT = 8  # names shown as "often mentioned with" on a person or entity page
COMPANION_NAMES = 20  # names of one article counted for co-occurrence, in order of appearance
LABEL_SIMILARITY = 0.3  # word overlap at which two milestone labels on one date are the same milestone
PLACE_KINDS = ("place",)


@dataclass(frozen=True)
class Event:
    """One happening on the timeline, with every article that reports it."""

    id: str  # "2023-03-01-lukashenko-xi-jinping-sign-declaration"; its page is events/<id>/
    date: dt.date | None
    title: str
    articles: tuple[Article, ...]  # oldest first
    place: str | None = None
    summary: str = ""
    places: tuple[str, ...] = ()
    chosen_by_hand: bool = False  # an `event:` field or data/events.yaml decided its articles

    @property
    def sources(self) -> tuple[str, ...]:
        return _unique(a.source for a in self.articles if a.source)

    @property
    def people(self) -> tuple[str, ...]:
        return _unique(p for a in self.articles for p in a.people)

    @property
    def entities(self) -> tuple[str, ...]:
        return _unique(e for a in self.articles for e in a.entities)

    @property
    def topics(self) -> tuple[str, ...]:
        return _unique(t for a in self.articles for t in a.topics)

    @property
    def lead(self) -> Article:
        return self.articles[0]


@dataclass(frozen=True)
class EventChoice:
    """A person's decision about one event, from data/events.yaml: which articles it has, its title."""

    id: str
    title: str = ""
    summary: str = ""
    articles: tuple[str, ...] = ()  # content file stems that belong to this event
    exclude: tuple[str, ...] = ()  # stems that do not: each becomes an event of its own


@dataclass(frozen=True)
class Companion:
    """A name often mentioned together with a person or entity."""

    kind: str  # person or entity
    slug: str
    name: str
    count: int  # articles that mention both


@dataclass(frozen=True)
class Term:
    """A topic, source, person, entity or year: a page that lists its articles."""

    kind: str  # topic, source, person, entity, year
    slug: str
    name: str
    articles: tuple[Article, ...]  # newest first
    description: str = ""
    role: str = ""
    entity_kind: str = ""  # from the registry: person, organization, place, agreement, initiative, project
    events: tuple[Event, ...] = ()  # newest first
    companions: tuple[Companion, ...] = ()  # most often mentioned with it first
    aliases: tuple[str, ...] = ()  # other names the registry knows it by, in any language


@dataclass(frozen=True)
class MilestoneMention:
    milestone: Milestone
    article: Article


@dataclass(frozen=True)
class MilestoneEntry:
    """One dated past event, merged from every article that mentions it, each cited with its sentence."""

    date: str  # the most precise date the mentions give: "1992", "2015-05" or "2015-05-12"
    label: str
    mentions: tuple[MilestoneMention, ...]  # oldest article first

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def month(self) -> int | None:
        return int(self.date[5:7]) if len(self.date) >= 7 else None

    @property
    def id(self) -> str:
        return f"milestone-{self.date}-{slugify(self.label, max_length=40, word_boundary=True) or 'event'}"


@dataclass(frozen=True)
class Archive:
    articles: tuple[Article, ...]  # oldest first
    events: tuple[Event, ...]  # oldest first
    topics: tuple[Term, ...]
    sources: tuple[Term, ...]
    people: tuple[Term, ...]
    entities: tuple[Term, ...]
    years: tuple[Term, ...]
    milestones: tuple[MilestoneEntry, ...]  # oldest first
    event_of: dict  # article stem -> event id
    similar: dict  # article stem -> the most similar other articles, best first


def build_archive(articles: list[Article], registry: Registry, choices: tuple[EventChoice, ...] = (),
                  counts: Mapping[str, WordCounts | None] | None = None, jobs: int | None = None) -> Archive:
    """The archive drawn from `articles`; `counts` are their `article_word_counts` where already known;
    similar articles are found on `jobs` processes."""
    ordered = tuple(sorted(articles, key=lambda a: a.sort_key))
    counts = counts or {}
    vectors = dict(zip((a.stem for a in ordered),
                       count_vectors([counts.get(a.stem) or article_word_counts(a) for a in ordered])))
    events = group_events(ordered, registry, vectors, choices)
    milestones = merge_milestones(ordered)
    people, entities = _name_terms(ordered, events, registry)
    return Archive(
        articles=ordered,
        events=events,
        topics=_topic_terms(ordered, registry),
        sources=_terms(ordered, "source", lambda a: [a.source] if a.source else []),
        people=people,
        entities=entities,
        years=_year_terms(ordered, milestones),
        milestones=milestones,
        event_of={a.stem: e.id for e in events for a in e.articles},
        similar=_similar(ordered, vectors, jobs),
    )


def article_word_counts(article: Article) -> WordCounts:
    """The words that decide which articles read alike: the headline's and the body's."""
    return word_counts(f"{article.title}\n{article.body}")


# ---------------------------------------------------------------- events


def event_day(article: Article) -> dt.date | None:
    return article.event_date or article.date


def group_events(articles: tuple[Article, ...], registry: Registry, vectors: dict[str, Vector] | None = None,
                 choices: tuple[EventChoice, ...] = ()) -> tuple[Event, ...]:
    """Articles on the same event: a person's choice first, else the same day (±1), a shared name, similar text."""
    vectors = vectors if vectors is not None else dict(zip((a.stem for a in articles),
                                                           text_vectors([a.body for a in articles])))
    pinned, alone = _pinned(articles, choices)
    places = {e.name for e in registry.entities if e.kind in PLACE_KINDS}
    free = [a for a in articles if a.stem not in alone and not any(a.stem in g for g in pinned.values())]
    groups = [(None, members) for members in _cluster(free, vectors, places)]
    groups += [(None, [a]) for a in articles if a.stem in alone]
    groups += [(event_id, [a for a in articles if a.stem in stems]) for event_id, stems in pinned.items()]
    matcher = entity_matcher(tuple(e for e in registry.entities if e.kind in PLACE_KINDS))
    where = {a.stem: _lead_places(a, matcher) for a in articles}
    return _events(groups, {c.id: c for c in choices}, where, vectors)


def _lead_places(article: Article, matcher) -> tuple[str, ...]:
    """Where the article says its news happened: the dateline, and places its title and summary name."""
    named = first_appearances(matcher.find(f"{article.title}\n{article.summary}"))
    return tuple(dict.fromkeys(([article.dateline] if article.dateline else []) + list(named)))


def _pinned(articles: tuple[Article, ...], choices: tuple[EventChoice, ...]) -> tuple[dict[str, set], set]:
    """Event id -> stems a person put in it (front matter `event:` wins over data/events.yaml); stems set apart."""
    pinned: dict[str, set] = defaultdict(set)
    by_hand = {a.stem: event_slug(a.event) for a in articles if a.event}
    for choice in choices:
        for stem in choice.articles:
            by_hand.setdefault(stem, event_slug(choice.id))
    for stem, event_id in sorted(by_hand.items()):
        pinned[event_id].add(stem)
    alone = {stem for c in choices for stem in c.exclude if stem not in by_hand}
    return dict(pinned), alone


def event_slug(text: str) -> str:
    return slugify(text, max_length=80, word_boundary=True) or "event"


def _cluster(articles: list[Article], vectors: dict[str, Vector], places: set) -> list[list[Article]]:
    """Greedy single-link clustering; only clusters within the day window are compared (no O(n²))."""
    clusters: list[list[Article]] = []
    by_day: dict[dt.date, list[int]] = defaultdict(list)  # day -> indexes of clusters with a member that day
    for article in sorted(articles, key=lambda a: (event_day(a) or dt.date.min, a.sort_key)):
        day = event_day(article)
        found = None
        if day is not None:
            nearby = sorted({i for offset in range(-EVENT_WINDOW_DAYS, EVENT_WINDOW_DAYS + 1)
                             for i in by_day.get(day + dt.timedelta(days=offset), ())})
            # The window counts from an event's first day, so a run of daily reports never chains into one event.
            found = next((i for i in nearby if abs((event_day(clusters[i][0]) - day).days) <= EVENT_WINDOW_DAYS
                          and any(same_event(m, article, vectors, places) for m in clusters[i])), None)
        if found is None:
            clusters.append([article])
            found = len(clusters) - 1
        else:
            clusters[found].append(article)
        if day is not None:
            by_day[day].append(found)
    return clusters


def same_event(a: Article, b: Article, vectors: dict[str, Vector], places: set) -> bool:
    """Two reports of one event: days within the window, and enough names in common or text alike.

    Two shared people (Lukashenko and Xi) on one day are one meeting; one shared person needs a
    shared place or similar text too, because a president appears in half the archive; with no
    name in common only the same story told twice will do.
    """
    day_a, day_b = event_day(a), event_day(b)
    if day_a is None or day_b is None or abs((day_a - day_b).days) > EVENT_WINDOW_DAYS:
        return False
    shared_people = len(set(a.people) & set(b.people))
    if shared_people >= 2 or (not a.people and not b.people and _places(a, places) & _places(b, places)):
        return True
    similarity = cosine(vectors.get(a.stem, {}), vectors.get(b.stem, {}))
    if shared_people == 1:
        return bool(_places(a, places) & _places(b, places)) or similarity >= SIMILAR_REPORTS
    return similarity >= SAME_STORY


def _places(article: Article, places: set) -> set:
    return {e for e in article.entities if e in places} | ({article.dateline} if article.dateline else set())


def _events(groups, choices: dict[str, EventChoice], places: dict[str, tuple[str, ...]],
            vectors: dict[str, Vector]) -> tuple[Event, ...]:
    """Events from groups of articles; a chosen id that names an automatic event joins it."""
    merged: dict[str, list[Article]] = {}
    for event_id, members in groups:
        if event_id is None:
            merged.setdefault(_automatic_id(members), []).extend(members)
    chosen = {event_id for event_id, _ in groups if event_id is not None}
    for event_id, members in groups:
        if event_id is not None:
            merged.setdefault(event_id, []).extend(members)
    events = [_event(event_id, members, choices.get(event_id), event_id in chosen, places, vectors)
              for event_id, members in merged.items()]
    return tuple(sorted(events, key=lambda e: (e.date or dt.date.min, e.id)))


def _lead(articles) -> Article:
    ordered = sorted(articles, key=lambda a: a.sort_key)
    return next((a for a in ordered if not a.title_proposed), ordered[0])


def _automatic_id(members: list[Article]) -> str:
    day = _common_day(tuple(members))
    return f"{day.isoformat() if day else 'undated'}-{event_slug(_lead(members).title)[:60].rstrip('-')}"


def _event(event_id: str, members: list[Article], choice: EventChoice | None, by_hand: bool,
           places: dict[str, tuple[str, ...]], vectors: dict[str, Vector]) -> Event:
    articles = tuple(sorted({a.stem: a for a in members}.values(), key=lambda a: a.sort_key))
    where = _event_places(articles, places)
    return Event(id=event_id, date=_common_day(articles),
                 title=choice.title if choice and choice.title else _lead(articles).title,
                 articles=articles, place=where[0] if where else None,
                 summary=choice.summary if choice and choice.summary else _event_summary(articles, vectors),
                 places=where, chosen_by_hand=by_hand)


def _event_places(articles: tuple[Article, ...], places: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Where it happened: the places the reports' datelines, titles and summaries give, most often given first."""
    counts = Counter(p for a in articles for p in places.get(a.stem, ()))
    return tuple(sorted(counts, key=lambda p: (-counts[p], p)))


def _event_summary(articles: tuple[Article, ...], vectors: dict[str, Vector]) -> str:
    """What happened: from the reports of the day itself, the summary that reads most like all the reports."""
    day = _common_day(articles)
    of_the_day = [a for a in articles if a.summary and day and a.date
                  and abs((a.date - day).days) <= EVENT_WINDOW_DAYS]
    candidates = of_the_day or [a for a in articles if a.summary]
    if not candidates:
        return ""
    return max(candidates, key=lambda a: (math.fsum(cosine(vectors.get(a.stem, {}), vectors.get(o.stem, {}))
                                              for o in articles if o is not a), -articles.index(a))).summary


def _common_day(articles: tuple[Article, ...]) -> dt.date | None:
    days = Counter(event_day(a) for a in articles if event_day(a))
    return max(sorted(days), key=lambda d: days[d]) if days else None


def load_event_choices(path: Path) -> tuple[tuple[EventChoice, ...], list[Message]]:
    """data/events.yaml: a list of {id, title, summary, articles, exclude}; bad entries are reported and skipped."""
    if not path.exists():
        return (), []
    try:
        entries = safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        return (), [Message(str(path), f"not valid YAML ({error}); event choices are ignored", level="error")]
    if not isinstance(entries, list):
        return (), [Message(str(path), "expected a list of events (- id: ...)", level="error")]
    choices, messages = [], []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("id"):
            messages.append(Message(str(path), f"entry {number} has no 'id'; it is skipped"))
            continue
        choices.append(EventChoice(id=event_slug(str(entry["id"])), title=str(entry.get("title") or ""),
                                   summary=str(entry.get("summary") or ""),
                                   articles=_stems(entry.get("articles")), exclude=_stems(entry.get("exclude"))))
    return tuple(choices), messages


def _stems(value) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value] if value else []
    return tuple(str(item).strip().removesuffix(".md") for item in items)


# ---------------------------------------------------------------- milestones


def merge_milestones(articles) -> tuple[MilestoneEntry, ...]:
    """One entry per milestone: the same date (or a more precise one) and a similar label, from any article."""
    mentions = sorted((MilestoneMention(m, a) for a in articles for m in a.milestones),
                      key=lambda m: (m.milestone.date, m.article.sort_key))
    groups: list[list[MilestoneMention]] = []
    by_year: dict[str, list[int]] = defaultdict(list)
    for mention in mentions:
        year = mention.milestone.date[:4]
        index = next((i for i in by_year[year] if _same_milestone(groups[i], mention)), None)
        if index is None:
            groups.append([mention])
            by_year[year].append(len(groups) - 1)
        else:
            groups[index].append(mention)
    entries = [_milestone_entry(group) for group in groups]
    return tuple(sorted(entries, key=lambda e: (e.date, e.label)))


def _same_milestone(group: list[MilestoneMention], mention: MilestoneMention) -> bool:
    """Dates that agree and words in common; two milestones of one article are never the same."""
    if any(m.article.stem == mention.article.stem for m in group):
        return False
    return any(_dates_agree(m.milestone.date, mention.milestone.date)
               and label_similarity(_wording(m.milestone), _wording(mention.milestone)) >= LABEL_SIMILARITY
               for m in group)


def _dates_agree(a: str, b: str) -> bool:
    """'2022-09' and '2022-09-15' can be the same day told with less precision; '2022-09-15' and '-16' cannot."""
    return a.startswith(b) or b.startswith(a)


_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")
STEM_LETTERS = 5  # "upgrading" and "upgraded" are one word for this purpose


def label_similarity(a: str, b: str) -> float:
    """Shared word stems of two milestone descriptions, between 0 and 1 (overlap and Jaccard averaged)."""
    stems_a, stems_b = _stems_of(a), _stems_of(b)
    if not stems_a or not stems_b:
        return 0.0
    shared = len(stems_a & stems_b)
    return (shared / min(len(stems_a), len(stems_b)) + shared / len(stems_a | stems_b)) / 2


def _stems_of(text: str) -> set[str]:
    return {w[:STEM_LETTERS] for w in _LABEL_WORD.findall(text.casefold()) if w not in STOPWORDS}


def _wording(milestone: Milestone) -> str:
    return f"{milestone.label} {milestone.sentence}"


def _label(milestone: Milestone) -> str:
    return milestone.label or milestone.sentence


def _milestone_entry(group: list[MilestoneMention]) -> MilestoneEntry:
    date = max((m.milestone.date for m in group), key=lambda d: (len(d), d))
    labelled = sorted(group, key=lambda m: (-len(m.milestone.date), _label(m.milestone).startswith("…"),
                                            m.article.sort_key))
    mentions = tuple(sorted(group, key=lambda m: (m.article.sort_key, m.milestone.sentence)))
    return MilestoneEntry(date=date, label=_label(labelled[0].milestone), mentions=mentions)


# ---------------------------------------------------------------- related articles


def _similar(articles: tuple[Article, ...], vectors: dict[str, Vector],
             jobs: int | None = None) -> dict[str, tuple[Article, ...]]:
    neighbours = most_similar([vectors[a.stem] for a in articles], RELATED_COUNT + 3, jobs)
    return {a.stem: tuple(articles[i] for i, _ in found) for a, found in zip(articles, neighbours)}


# ---------------------------------------------------------------- index terms


def _newest_first(articles) -> tuple[Article, ...]:
    return tuple(sorted(articles, key=lambda a: a.sort_key, reverse=True))


@lru_cache(maxsize=65536)  # the same few thousand names recur in every article that lists them
def name_slug(name: str) -> str:
    return slugify(name, max_length=80, word_boundary=True) or "unnamed"


def _group(articles, values) -> tuple[dict[str, list[Article]], dict[str, str]]:
    grouped: dict[str, list[Article]] = defaultdict(list)
    names: dict[str, str] = {}
    for article in articles:
        for name in dict.fromkeys(values(article)):
            slug = name_slug(name)
            grouped[slug].append(article)
            names.setdefault(slug, name)
    return grouped, names


def _terms(articles, kind: str, values) -> tuple[Term, ...]:
    grouped, names = _group(articles, values)
    return tuple(Term(kind=kind, slug=slug, name=names[slug], articles=_newest_first(grouped[slug]))
                 for slug in sorted(grouped))


def _name_terms(articles, events, registry: Registry) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
    """People and entities, each with its kind and role, the events that involve it and its companions."""
    kind_of = {name: ("person", slug) for slug, name in _group(articles, lambda a: a.people)[1].items()}
    kind_of.update({name: ("entity", slug) for slug, name in _group(articles, lambda a: a.entities)[1].items()
                    if name not in kind_of})
    companions = _companions(articles, kind_of)
    event_of_article = {a.stem: e for e in events for a in e.articles}
    result = {}
    for kind, values in (("person", lambda a: a.people), ("entity", lambda a: a.entities)):
        grouped, names = _group(articles, values)
        terms = []
        for slug in sorted(grouped):
            entity = registry.entity_named(names[slug])
            own_events = {event_of_article[a.stem].id: event_of_article[a.stem] for a in grouped[slug]
                          if a.stem in event_of_article}
            terms.append(Term(kind=kind, slug=slug, name=names[slug], articles=_newest_first(grouped[slug]),
                              role=entity.role if entity else "",
                              entity_kind=entity.kind if entity else ("person" if kind == "person" else ""),
                              events=tuple(sorted(own_events.values(), key=lambda e: (e.date or dt.date.min, e.id),
                                                  reverse=True)),
                              companions=companions.get(names[slug], ()),
                              aliases=entity.aliases if entity else ()))
        result[kind] = tuple(terms)
    return result["person"], result["entity"]


def _companions(articles, kind_of: dict[str, tuple[str, str]]) -> dict[str, tuple[Companion, ...]]:
    """For each name, the names most often mentioned in the same articles (co-occurrence counts)."""
    together: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        names = list(dict.fromkeys((*article.people, *article.entities)))[:COMPANION_NAMES]
        for name in names:
            together[name].update(other for other in names if other != name)
    result = {}
    for name, counts in together.items():
        best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:COMPANION_COUNT]
        result[name] = tuple(Companion(kind=kind_of[other][0], slug=kind_of[other][1], name=other, count=count)
                             for other, count in best if other in kind_of)
    return result


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


def _year_terms(articles, milestones: tuple[MilestoneEntry, ...] = ()) -> tuple[Term, ...]:
    """A year page for every year with articles or milestones."""
    grouped: dict[int, list[Article]] = defaultdict(list)
    for article in articles:
        if article.year:
            grouped[article.year].append(article)
    years = set(grouped) | {m.year for m in milestones}
    return tuple(Term(kind="year", slug=str(year), name=str(year), articles=_newest_first(grouped.get(year, ())))
                 for year in sorted(years))


def _unique(values) -> tuple:
    seen: dict = {}
    for value in values:
        seen.setdefault(fold(str(value)), value)
    return tuple(seen.values())
