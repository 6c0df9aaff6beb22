"""Registries a user edits as YAML: sources, topics and entities (people, organizations, ...)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .frontmatter import safe_load

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Source:
    name: str  # canonical
    slug: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    home: str | None = None  # home page URL
    domains: tuple[str, ...] = ()
    utc_offset: str | None = None  # "+03:00"
    kind: str = "outlet"  # outlet, agency, government


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    description: str = ""
    phrases: tuple[str, ...] = ()  # lower-case phrases that put an article in the topic


@dataclass(frozen=True)
class Entity:
    name: str  # canonical
    slug: str
    kind: str  # person, organization, place, agreement, initiative, project
    aliases: tuple[str, ...] = ()
    role: str = ""


@dataclass(frozen=True)
class Registry:
    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    entities: tuple[Entity, ...]

    def source_named(self, text: str | None) -> Source | None:
        """The source whose canonical name or an alias is `text` (case and punctuation folded)."""
        if not text:
            return None
        key = fold(text)
        for source in self.sources:
            if key in {fold(n) for n in (source.name, *source.aliases)}:
                return source
        return None

    def source_by_name(self, name: str | None) -> Source | None:
        return next((s for s in self.sources if s.name == name), None)

    def topic(self, slug: str) -> Topic | None:
        return next((t for t in self.topics if t.slug == slug), None)

    def entity_named(self, name: str) -> Entity | None:
        key = fold(name)
        for entity in self.entities:
            if key in {fold(n) for n in (entity.name, *entity.aliases)}:
                return entity
        return None


def fold(text: str) -> str:
    """Compare names ignoring case, accents, punctuation and spacing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", " ", text).strip()


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _read_yaml(path: Path) -> list[dict]:
    if not path.exists():
        return []
    data = safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of entries")
    return data


def load_registry(data_dir: Path = DATA_DIR) -> Registry:
    from slugify import slugify

    sources = tuple(
        Source(
            name=e["name"],
            slug=e.get("slug") or slugify(e["name"]),
            aliases=_tuple(e.get("aliases")),
            country=e.get("country"),
            home=e.get("home"),
            domains=_tuple(e.get("domains")),
            utc_offset=e.get("utc_offset"),
            kind=e.get("kind", "outlet"),
        )
        for e in _read_yaml(data_dir / "sources.yaml")
    )
    topics = tuple(
        Topic(
            slug=e["slug"],
            name=e["name"],
            description=e.get("description", ""),
            phrases=tuple(p.lower() for p in _tuple(e.get("phrases"))),
        )
        for e in _read_yaml(data_dir / "topics.yaml")
    )
    entities = tuple(
        Entity(
            name=e["name"],
            slug=e.get("slug") or slugify(e["name"]),
            kind=e.get("kind", "organization"),
            aliases=_tuple(e.get("aliases")),
            role=e.get("role", ""),
        )
        for e in _read_yaml(data_dir / "entities.yaml")
    )
    return Registry(sources=sources, topics=topics, entities=entities)
