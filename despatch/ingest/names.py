"""Fast look-up of registry sources by any of their names (folded), built once per registry."""
from __future__ import annotations

from despatch.registry import Registry, Source, fold

_INDEXES: dict[int, tuple[Registry, dict[str, Source]]] = {}


def source_named(registry: Registry, name: str | None) -> Source | None:
    """Registry.source_named, without folding every alias on every call."""
    if not name or len(name) > 120:
        return None
    return _index(registry).get(fold(name))


def _index(registry: Registry) -> dict[str, Source]:
    cached = _INDEXES.get(id(registry))
    if cached and cached[0] is registry:
        return cached[1]
    index: dict[str, Source] = {}
    for source in registry.sources:
        for name in (source.name, *source.aliases):
            index.setdefault(fold(name), source)
    _INDEXES[id(registry)] = (registry, index)
    return index


def source_for_host(registry: Registry, host: str | None) -> Source | None:
    """The source one of whose domains is the host ('eng.belta.by' -> BelTA)."""
    host = (host or "").lower().removeprefix("www.")
    if "." not in host:
        return None
    return next((s for s in registry.sources if any(host == d or host.endswith("." + d) for d in s.domains)), None)


def source_prefixed(registry: Registry, name: str | None) -> Source | None:
    """The source whose longest name begins a printed one ('央视新闻客户端' -> CCTV,
    'Xinhua News Agency English Service' -> Xinhua); whole words for Latin and Cyrillic."""
    key = fold(name or "")
    best = None
    for alias, source in _index(registry).items():
        if len(alias) >= 2 and key.startswith(alias) and (not best or len(alias) > len(best[0])):
            if len(key) == len(alias) or not (alias[-1].isascii() or _is_letter(alias[-1])) or key[len(alias)] == " ":
                best = (alias, source)
    return best[1] if best else None


def _is_letter(char: str) -> bool:
    return char.isalpha() and not "\u3400" <= char <= "\u9fff"
