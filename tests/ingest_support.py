"""What the ingest tests share: the registry, read once, and a text read as ingest reads a seed."""
from __future__ import annotations

from functools import lru_cache

from despatch.ingest import parse_text
from despatch.model import Article
from despatch.registry import Registry, load_registry


@lru_cache(maxsize=1)
def registry() -> Registry:
    return load_registry()


def parse(text: str, name: str = "test.txt") -> Article | None:
    """The article ingest reads from `text` (a text written for the test), its messages set aside."""
    article, _ = parse_text(text, name, registry())
    return article
