"""Fast look-up of registry sources by any of their names (folded), built once per registry."""
from __future__ import annotations

import re

from despatch.registry import Registry, Source, fold

_CACHES: dict[tuple[int, str], tuple[Registry, object]] = {}


def source_named(registry: Registry, name: str | None) -> Source | None:
    """Registry.source_named, without folding every alias on every call."""
    if not name or len(name) > 120:
        return None
    return _index(registry).get(fold(name))


def per_registry(registry: Registry, kind: str, build):
    """What `build` makes of the registry, made once per registry object (the registry is read once a run)."""
    cached = _CACHES.get((id(registry), kind))
    if cached and cached[0] is registry:
        return cached[1]
    value = build(registry)
    _CACHES[(id(registry), kind)] = (registry, value)
    return value


def _index(registry: Registry) -> dict[str, Source]:
    return registry.source_index


def outlet_words(registry: Registry) -> frozenset[str]:
    """Every word of every registered outlet's names, folded ('News', 'Minsk', 'Herald'): a name
    none of whose words an outlet uses reads as a person's, not an outlet's."""
    return per_registry(registry, "words", lambda r: frozenset(
        fold(word) for source in r.sources for name in (source.name, *source.aliases) for word in name.split()))


def source_for_host(registry: Registry, host: str | None) -> Source | None:
    """The source one of whose domains is the host ('eng.belta.by' -> BelTA); the most specific
    domain wins ('mofcom.gov.cn' is the ministry's, not the State Council's 'gov.cn')."""
    host = (host or "").lower().removeprefix("www.")
    if "." not in host:
        return None
    matches = [(len(d), s) for s in registry.sources for d in s.domains
               if host == d or (host.endswith("." + d) and not GOVERNMENT_ZONE.match(d))]
    return max(matches, key=lambda match: match[0])[1] if matches else None


# 'gov.cn', 'gov.kg': a country's zone for all its public bodies, registered for the government's
# own portal; a host under it ('fao.xm.gov.cn', 'nia.gov.cn') is another body, not the portal
GOVERNMENT_ZONE = re.compile(r"^(?:gov|gob|gouv|govt|go)\.[a-z]{2}$")


def source_prefixed(registry: Registry, name: str | None) -> Source | None:
    """The source whose longest name begins a printed one ('央视新闻客户端' -> CCTV,
    'Xinhua News Agency English Service' -> Xinhua); whole words for Latin and Cyrillic."""
    match = _prefix_match(registry, name)
    return match[1] if match else None


def _prefix_match(registry: Registry, name: str | None) -> tuple[str, Source] | None:
    """The longest registry name that begins `name`, ending at a word boundary (any character
    in Chinese), with its source."""
    key = fold(name or "")[:MAX_NAME_CHARS]
    index = _index(registry)
    ends = [i for i in range(2, len(key) + 1) if i == len(key) or key[i] == " " or CJK.match(key[i - 1])]
    for end in reversed(ends):
        source = index.get(key[:end])
        if source:
            return key[:end], source
    return None


CJK = re.compile(r"[\u3400-\u9fff]")
MAX_NAME_CHARS = 80  # a registry name is never longer
BRAND_SEPARATOR = re.compile(r"\s+[-|–—]\s+|\s*\|\s*")
MAX_BRAND_EXTRA_WORDS = 2
MAX_BRAND_WORDS = 16  # a page title with its site name may be long; a paragraph is longer


def brand_of(registry: Registry, text: str) -> Source | None:
    """The outlet a line names as a site's brand: 'CGTN', 'China Daily PDF', 'RT на русском',
    a page title '... - BBC News', 'The Guardian - Back to home'."""
    if len(text) > 160 or len(text.split()) > MAX_BRAND_WORDS:
        return None
    parts = [p for p in BRAND_SEPARATOR.split(text) if p]
    for part in (text, parts[0], parts[-1]) if len(parts) > 1 else (text,):
        source = source_named(registry, part)
        if source:
            return source
    match = _prefix_match(registry, text)
    if match and _extra_words(fold(text), match[0]) <= MAX_BRAND_EXTRA_WORDS and _distinctive(match[0], text):
        if not (match[1].kind in PUBLIC_BODIES and _reads_as_predicate(text, match[0])):
            return match[1]
    return None


# a ministry, a president's office or a university is what headlines are about: after its name,
# a lowercase word is what it did ('Ministry of Foreign Affairs of Mongolia summons envoy', 'МИД
# Беларуси протестует'), where a site's brand adds capitalised labels ('... Official Portal')
PUBLIC_BODIES = ("government", "institution")
PREDICATE_START = re.compile(r"^[\W\d_]*[a-zа-яё]")


def _reads_as_predicate(text: str, name: str) -> bool:
    return bool(PREDICATE_START.match(text.lstrip()[len(name):]))


def _distinctive(name: str, text: str) -> bool:
    """A name that cannot open an ordinary headline: several words, capitals ('RT', 'ECNS'), Chinese."""
    printed = text.lstrip()[: len(name)]
    return " " in name or printed.isupper() or bool(CJK.search(name))


def _extra_words(text: str, name: str) -> int:
    """Words after a name; in Chinese, two characters count as a word."""
    rest = text[len(name) :]
    cjk = len(CJK.findall(rest))
    return len(CJK.sub(" ", rest).split()) + (cjk + 1) // 2
