"""Make N synthetic articles, the same every time, for despatch, Hugo and Pelican.

`python bench/generate.py N FOLDER` writes FOLDER/content (ours); the harness also asks for the
Hugo and Pelican layouts of the same articles. Names of people, places and sources come from the
registries in data/, so the benchmark follows them as they grow.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIRST_DAY = dt.date(1992, 1, 25)  # diplomatic relations established
LAST_DAY = dt.date(2026, 10, 31)
TOPIC_COUNT = 20
SOURCE_COUNT = 15
FALLBACK_TOPICS = (
    "Trade", "Investment", "Great Stone Industrial Park", "Belt and Road", "Education", "Culture",
    "Tourism", "Agriculture", "Security", "Military cooperation", "Health", "Science and technology",
    "Energy", "Transport and logistics", "Regional cooperation", "Media", "Finance", "Customs",
    "Sport", "Diplomacy",
)
WORDS = (
    "the delegation cooperation agreement bilateral minister visit talks strategic partnership "
    "economic trade investment project industrial park exports agricultural products sides "
    "discussed further development relations friendship mutual trust support initiative "
    "signed memorandum understanding framework joint commission meeting session president "
    "government ministry embassy ambassador regional province city enterprises companies "
    "logistics railway transit corridor technology innovation science education students "
    "universities culture exchange tourism visa regime security consultations summit forum "
    "noted emphasized stressed expressed readiness expand volume growth percent year period "
    "first quarter billion dollars yuan roubles potato dairy beef tractors trucks potash "
    "pharmaceuticals vaccines hospital construction modernisation energy power plant grid "
    "a of in on with for and to by at from as that this these new important high level"
).split()


@dataclass(frozen=True)
class Synthetic:
    """One generated article, independent of any generator's file format."""

    stem: str
    title: str
    date: dt.date
    time: str
    source: str
    dateline: str
    topics: tuple[str, ...]
    people: tuple[str, ...]
    places: tuple[str, ...]
    summary: str
    body: str  # Markdown


def registry_names() -> tuple[list[str], list[str], list[str], list[str]]:
    """(sources, topics, people, places) from data/*.yaml, with fallbacks for missing files."""
    def entries(name: str) -> list[dict]:
        path = DATA / name
        return (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []

    entities = entries("entities.yaml")
    sources = [e["name"] for e in entries("sources.yaml")][:SOURCE_COUNT] or ["BelTA", "Xinhua"]
    topics = [e["name"] for e in entries("topics.yaml")][:TOPIC_COUNT] or list(FALLBACK_TOPICS)
    topics += [t for t in FALLBACK_TOPICS if t not in topics][: max(0, TOPIC_COUNT - len(topics))]
    people = [e["name"] for e in entities if e.get("kind") == "person"] or ["Alexander Lukashenko", "Xi Jinping"]
    places = [e["name"] for e in entities if e.get("kind") == "place"] or ["Minsk", "Beijing"]
    return sources, topics, people, places


def sentence(rng: random.Random, people: list[str], places: list[str]) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 22))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(people))
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), "in " + rng.choice(places))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def body_text(rng: random.Random, people: list[str], places: list[str]) -> str:
    """400-1,500 words of paragraphs, with an occasional heading, list and emphasis."""
    target, words, blocks = rng.randint(400, 1500), 0, []
    while words < target:
        if blocks and rng.random() < 0.08:
            blocks.append("## " + " ".join(rng.choices(WORDS, k=4)).capitalize())
        elif blocks and rng.random() < 0.06:
            blocks.append("\n".join("- " + sentence(rng, people, places) for _ in range(rng.randint(2, 4))))
        paragraph = " ".join(sentence(rng, people, places) for _ in range(rng.randint(3, 7)))
        if rng.random() < 0.3:
            paragraph = paragraph.replace(" cooperation ", " *cooperation* ", 1)
        blocks.append(paragraph)
        words += paragraph.count(" ") + 1
    return "\n\n".join(blocks) + "\n"


def make_articles(count: int, seed: int = 1992) -> list[Synthetic]:
    sources, topics, people, places = registry_names()
    rng = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    articles = []
    for number in range(count):
        date = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
        title_words = rng.choices(WORDS, k=rng.randint(5, 11))
        title = " ".join(title_words).capitalize()
        articles.append(Synthetic(
            stem=f"{date.isoformat()}-bench-{number:06d}",
            title=title,
            date=date,
            time=f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}",
            source=rng.choice(sources),
            dateline=rng.choice(places),
            topics=tuple(sorted(set(rng.sample(topics, rng.randint(1, 3))))),
            people=tuple(sorted(set(rng.sample(people, rng.randint(0, 3))))),
            places=tuple(sorted(set(rng.sample(places, rng.randint(0, 2))))),
            summary=sentence(rng, people, places),
            body=body_text(rng, people, places),
        ))
    return articles


# ---------------------------------------------------------------- one writer per generator


def despatch_file(article: Synthetic) -> str:
    fields = {
        "title": article.title, "date": f"{article.date.isoformat()}T{article.time}:00+03:00",
        "source": article.source, "dateline": article.dateline, "language": "en",
        "topics": list(article.topics), "people": list(article.people), "entities": list(article.places),
        "summary": article.summary, "url": f"https://example.org/news/{article.stem}",
    }
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n" + article.body


def hugo_file(article: Synthetic) -> str:
    fields = {
        "title": article.title, "date": f"{article.date.isoformat()}T{article.time}:00+03:00",
        "summary": article.summary, "topics": list(article.topics), "sources": [article.source],
        "people": list(article.people), "entities": list(article.places), "years": [str(article.date.year)],
    }
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n" + article.body


def pelican_file(article: Synthetic) -> str:
    # Pelican's taxonomies: one category (the source), tags (topics), authors (people and places).
    authors = ", ".join(article.people + article.places) or "Staff"
    header = (f"Title: {article.title}\nDate: {article.date.isoformat()} {article.time}\n"
              f"Category: {article.source}\nTags: {', '.join(article.topics)}\nAuthors: {authors}\n"
              f"Slug: {article.stem}\nSummary: {article.summary}\n")
    return header + "\n" + article.body


WRITERS = {"despatch": despatch_file, "hugo": hugo_file, "pelican": pelican_file}


def write_corpus(articles: list[Synthetic], folder: Path, generator: str = "despatch") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    render = WRITERS[generator]
    for article in articles:
        (folder / f"{article.stem}.md").write_text(render(article), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path, help="where the content files go")
    parser.add_argument("--generator", choices=sorted(WRITERS), default="despatch")
    args = parser.parse_args(argv)
    write_corpus(make_articles(args.count), args.folder, args.generator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
