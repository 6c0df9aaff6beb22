"""Registries a user edits as YAML: sources, topics and entities (people, organizations, ...)."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .frontmatter import load_data_file

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
    kind: str = "outlet"  # outlet, agency, government, institution (a university: named on pages, never their source by its name alone)


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
        return self.source_index.get(fold(text)) if text else None

    @cached_property
    def source_index(self) -> dict[str, Source]:
        """Every name and alias of every source, folded, to its source (the first listed wins):
        built once, as ingest asks for names thousands of times a page."""
        index: dict[str, Source] = {}
        for source in self.sources:
            for name in (source.name, *source.aliases):
                index.setdefault(fold(name), source)
        return index

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


# The fields each registry file's entries may have (date_order is read by the date rules of ingest).
SOURCE_FIELDS = frozenset({"name", "slug", "aliases", "country", "home", "domains", "utc_offset", "kind", "date_order"})
TOPIC_FIELDS = frozenset({"slug", "name", "description", "phrases"})
ENTITY_FIELDS = frozenset({"name", "slug", "kind", "aliases", "role"})


class RegistryError(ValueError):
    """A registry file cannot be used; the message names the file, the entry and what is wrong."""


def _read_yaml(path: Path, required: tuple[str, ...], known: frozenset[str]) -> list[dict]:
    """The entries of a registry file, each a mapping holding the `required` fields as text and
    no field outside `known` (a misspelt 'aliasses:' would otherwise be ignored without a word)."""
    if not path.exists():
        return []
    data = load_data_file(path, RegistryError) or []
    if not isinstance(data, list):
        raise RegistryError(f"{path}: expected a list of entries ('- name: ...')")
    for number, entry in enumerate(data, 1):
        if not isinstance(entry, dict):
            raise RegistryError(f"{path}: entry {number} is not a set of 'field: value' lines")
        for field in required:
            if not isinstance(entry.get(field), str) or not entry[field].strip():
                raise RegistryError(f"{path}: entry {number} has no '{field}' (text) {_shown(entry)}")
        unknown = sorted(str(field) for field in entry if field not in known)
        if unknown:
            raise RegistryError(f"{path}: entry {number} has the field '{unknown[0]}', which this file does not use "
                                f"(fields: {', '.join(sorted(known))}); is it misspelt? {_shown(entry)}")
    return data


def _shown(entry: dict) -> str:
    """An entry's first field, to find it in the file."""
    return f"(it starts {next(iter(entry.items()))!r})" if entry else "(it is empty)"


def _unique(path: Path, kind: str, items, key) -> None:
    """Two entries with one name (or one page address) would merge or overwrite each other's pages."""
    seen = {}
    for item in items:
        value = key(item)
        if value in seen:
            raise RegistryError(f"{path}: the {kind} '{value}' is listed twice ({seen[value]!r} and {item.name!r}); merge the two entries")
        seen[value] = item.name


def _unique_names(path: Path, kind: str, sources, names) -> None:
    """A name or domain listed under two outlets would credit a page to either of them at random."""
    seen = {}
    for source in sources:
        for name in names(source):
            owner = seen.setdefault(fold(name), source.name)
            if owner != source.name:
                raise RegistryError(f"{path}: the {kind} '{name}' is listed under two outlets ({owner!r} and "
                                    f"{source.name!r}); keep it under one")


def load_registry(data_dir: Path = DATA_DIR) -> Registry:
    """The registries in `data_dir`, parsed once a run: ingest and build share them, and a file
    edited since (under a watching preview server) is parsed again."""
    files = (data_dir / name for name in ("sources.yaml", "topics.yaml", "entities.yaml"))
    contents = tuple(hashlib.sha256(f.read_bytes()).digest() if f.exists() else None for f in files)
    return _load_registry(data_dir, contents)


@lru_cache(maxsize=2)
def _load_registry(data_dir: Path, _contents: tuple) -> Registry:
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
        for e in _read_yaml(data_dir / "sources.yaml", ("name",), SOURCE_FIELDS)
    )
    _unique(data_dir / "sources.yaml", "source", sources, lambda s: s.name)
    _unique(data_dir / "sources.yaml", "source page address", sources, lambda s: s.slug)
    _unique_names(data_dir / "sources.yaml", "name", sources, lambda s: (s.name, *s.aliases))
    _unique_names(data_dir / "sources.yaml", "domain", sources, lambda s: s.domains)
    topics = tuple(
        Topic(
            slug=e["slug"],
            name=e["name"],
            description=e.get("description", ""),
            phrases=tuple(p.lower() for p in _tuple(e.get("phrases"))),
        )
        for e in _read_yaml(data_dir / "topics.yaml", ("slug", "name"), TOPIC_FIELDS)
    )
    _unique(data_dir / "topics.yaml", "topic", topics, lambda t: t.slug)
    entities = tuple(
        Entity(
            name=e["name"],
            slug=e.get("slug") or slugify(e["name"]),
            kind=e.get("kind", "organization"),
            aliases=_tuple(e.get("aliases")),
            role=e.get("role", ""),
        )
        for e in _read_yaml(data_dir / "entities.yaml", ("name",), ENTITY_FIELDS)
    )
    _unique(data_dir / "entities.yaml", "entity page address", entities, lambda e: e.slug)
    return Registry(sources=sources, topics=topics, entities=entities)
