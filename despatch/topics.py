"""Put an article in the registry's topics whose phrases it uses often enough."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from despatch.entities import AliasMatcher, compile_aliases
from despatch.registry import Registry, Topic

MIN_SCORE = 2  # two phrase hits in the body, or one in the title
TITLE_WEIGHT = 2
MAX_TOPICS = 6


@lru_cache(maxsize=8)
def topic_matcher(topics: tuple[Topic, ...]) -> AliasMatcher:
    return compile_aliases((phrase, t.slug) for t in topics for phrase in t.phrases)


def topic_scores(text: str, title: str | None, registry: Registry) -> Counter[str]:
    """Phrase hits per topic slug; a hit in the title counts double."""
    matcher = topic_matcher(registry.topics)
    scores = Counter(slug for _, slug in matcher.find(text))
    for _, slug in matcher.find(title or ""):
        scores[slug] += TITLE_WEIGHT
    return scores


def find_topics(text: str, title: str | None, registry: Registry) -> tuple[str, ...]:
    """The slugs of the strongest topics (at most MAX_TOPICS), strongest first, ties by slug."""
    scores = topic_scores(text, title, registry)
    ranked = sorted((slug for slug, score in scores.items() if score >= MIN_SCORE), key=lambda s: (-scores[s], s))
    return tuple(ranked[:MAX_TOPICS])
