"""Find the registry's people and other entities that a text names, by their aliases."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from despatch.registry import Entity, Registry, fold

# Letters that continue a Latin or Cyrillic word: an alias must not start or end inside one.
WORD_LETTERS = "0-9A-Za-z\u00c0-\u024f\u0400-\u04ff"
WORD_END = rf"(?![{WORD_LETTERS}])"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
TOKEN = re.compile(r"\w+|\s+|.", re.UNICODE)
DASHES = "-\u2010\u2011\u2012\u2013\u2014"
APOSTROPHES = "'\u2018\u2019`"
QUOTES = "\u00ab\u00bb\"\u201c\u201d\u201e"
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
# Russian nouns and adjectives change their ending with case: "Минск" -> "в Минске",
# "Шанхайская организация" -> "Шанхайской организации". Stems keep what does not change.
ADJECTIVE_ENDING = re.compile(r"(?:ая|яя|ий|ый|ой|ое|ее|ые|ие)$")
CHANGING_LETTER = re.compile(r"[аяоеиыйьую]$")
RUSSIAN_ENDING = "[а-яё]{0,3}"
SHORT_RUSSIAN_ENDING = "[а-яё]{0,2}"
ACRONYM_MAX_LETTERS = 6
WORD = re.compile(rf"[{WORD_LETTERS}]+")
# 'Foreign Minister Maksim Ryzhenkov': a title, then two or three capitalized words on one line
NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
TITLED_NAME = re.compile(
    r"\b(?:President|Premier|Prime Minister|Vice Premier|Vice President|Foreign Minister|Defense Minister|"
    r"Defence Minister|Ambassador|Chairman|Chairperson|Speaker|Secretary-General|Spokesperson|spokesperson)"
    rf"[ \t]+(?P<name>{NAME_WORD}(?:[ \t]{NAME_WORD}){{1,2}})\b(?![ \t]*[-'’]?[A-Z])"
)
NOT_NAME_WORDS = frozenset(
    "The Of And People Peoples Republic State States Council Committee Congress Assembly Ministry Government "
    "Office Party National Federation Affairs Foreign General Standing Deputy First Vice Prime Minister President "
    "Premier Belarus Belarusian China Chinese Russia Russian Kazakh Kazakhstan Uzbek Uzbekistan Ukraine Ukrainian "
    "European Union United Nations Asian Said Says Also Has Had Was Will Would On In At To For With".split()
)
PREFIX_LETTERS = 3  # short enough to survive Russian stems ("Минск" -> "Минске")


@dataclass(frozen=True)
class AliasGroup:
    """The aliases that share a first-word prefix, as one regex with one numbered group each."""

    pattern: re.Pattern
    owners: tuple[str, ...]  # owner of group i+1


@dataclass(frozen=True)
class AliasMatcher:
    """Finds many aliases in one pass, by a table of the letters they start with.

    Only where a text has a word (or a Chinese character) that some alias starts with does a
    small regex run, so the work grows with the text rather than with text x aliases (one
    alternation of 600 aliases took 100 ms an article).
    """

    by_prefix: dict[str, AliasGroup]  # Latin and Cyrillic, by the first letters of the first word
    cjk_by_first: dict[str, AliasGroup]  # Chinese, by the first character
    cjk_starts: re.Pattern | None  # any character a Chinese alias starts with

    def find(self, text: str) -> list[tuple[int, str]]:
        """(position, owner) of every alias occurrence, longest alias first where they overlap."""
        hits = _scan(text, ((w.start(), word_prefix(w.group())) for w in WORD.finditer(text)), self.by_prefix)
        if self.cjk_starts and CJK.search(text):
            starts = ((c.start(), c.group()) for c in self.cjk_starts.finditer(text))
            hits += _scan(text, starts, self.cjk_by_first)
        return sorted(hits)


def _scan(text: str, starts: Iterable[tuple[int, str]], groups: dict[str, AliasGroup]) -> list[tuple[int, str]]:
    """Try the aliases of each start's key there; a match hides the starts it covers."""
    hits, covered_to = [], 0
    for at, key in starts:
        group = groups.get(key)
        if at < covered_to or group is None:
            continue
        match = group.pattern.match(text, at)
        if match:
            hits.append((at, group.owners[match.lastindex - 1]))
            covered_to = match.end()
    return hits


def word_prefix(word: str) -> str:
    return word[:PREFIX_LETTERS].casefold()


def is_acronym(alias: str) -> bool:
    """UN, SCO, ООН: all capitals, matched case-sensitively so that prose 'un' never counts."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= ACRONYM_MAX_LETTERS and " " not in alias and all(
        c.isupper() for c in letters
    )


def _russian_word_pattern(word: str) -> str:
    if len(word) < 3 or word.isupper():
        return re.escape(word)
    if len(word) < 5:  # "Цинь Ган" -> "Цинь Ганом"; too short to cut a stem from
        return re.escape(word) + SHORT_RUSSIAN_ENDING
    stem = ADJECTIVE_ENDING.sub("", word)
    if stem == word:
        stem = CHANGING_LETTER.sub("", word)
    return re.escape(stem) + RUSSIAN_ENDING


def _token_pattern(token: str) -> str:
    if token.isspace():
        return r"\s+"
    if token in DASHES:
        return rf"\s*[{DASHES}]\s*"
    if token in APOSTROPHES:
        return f"[{APOSTROPHES}]"
    if token in QUOTES:
        return f"[{QUOTES}]?"
    if CYRILLIC_WORD.fullmatch(token):
        return _russian_word_pattern(token)
    return re.escape(token)


def alias_pattern(alias: str) -> str:
    """A regex for a Latin or Cyrillic alias that tolerates spacing, dash, quote and case-ending variants."""
    body = "".join(_token_pattern(t) for t in TOKEN.findall(alias.strip()))
    return body if is_acronym(alias) else f"(?i:{body})"


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"({p})" for p in patterns)


def _group(pairs: list[tuple[str, str]], pattern_of, suffix: str = "") -> AliasGroup:
    regex = _alternation([pattern_of(alias) for alias, _ in pairs])
    return AliasGroup(re.compile(f"(?:{regex}){suffix}"), tuple(owner for _, owner in pairs))


def compile_aliases(pairs: Iterable[tuple[str, str]]) -> AliasMatcher:
    """One matcher over (alias, owner) pairs: longest alias first, so it wins where aliases overlap."""
    by_prefix: dict[str, list[tuple[str, str]]] = {}
    by_first: dict[str, list[tuple[str, str]]] = {}
    for alias, owner in sorted(set(pairs), key=lambda pair: (-len(pair[0]), pair)):
        if CJK.search(alias):
            by_first.setdefault(alias[0], []).append((alias, owner))
        else:
            by_prefix.setdefault(word_prefix(WORD.search(alias).group()), []).append((alias, owner))
    return AliasMatcher(
        by_prefix={key: _group(group, alias_pattern, WORD_END) for key, group in by_prefix.items()},
        cjk_by_first={key: _group(group, re.escape) for key, group in by_first.items()},
        cjk_starts=re.compile(f"[{re.escape(''.join(sorted(by_first)))}]") if by_first else None,
    )


@lru_cache(maxsize=8)
def entity_matcher(entities: tuple[Entity, ...]) -> AliasMatcher:
    return compile_aliases((alias, e.name) for e in entities for alias in (e.name, *e.aliases))


def first_appearances(hits: Iterable[tuple[int, str]]) -> tuple[str, ...]:
    """Owners in order of their first occurrence, each once."""
    return tuple(dict.fromkeys(owner for _, owner in hits))


def find_entities(text: str, registry: Registry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(people, other entities) that `text` names, as canonical names sorted by first appearance.

    People outside the registry count only when an English title introduces them
    ('Foreign Minister Maksim Ryzhenkov'), under the name as written.
    """
    hits = entity_matcher(registry.entities).find(text)
    kinds = {e.name: e.kind for e in registry.entities}
    people = [(at, name) for at, name in hits if kinds[name] == "person"]
    people += unknown_people(text, registry.entities)
    others = [(at, name) for at, name in hits if kinds[name] != "person"]
    return first_appearances(sorted(people)), first_appearances(others)


def unknown_people(text: str, entities: tuple[Entity, ...]) -> list[tuple[int, str]]:
    """(position, name) of people a title introduces who are not in the registry."""
    known = known_aliases(entities)
    found = []
    for match in TITLED_NAME.finditer(text):
        words = match.group("name").split()
        parts = [*words, " ".join(words[:2]), " ".join(words)]
        if not any(word in NOT_NAME_WORDS for word in words) and not any(fold(p) in known for p in parts):
            found.append((match.start("name"), " ".join(words)))
    return found


@lru_cache(maxsize=8)
def known_aliases(entities: tuple[Entity, ...]) -> frozenset[str]:
    """Every alias, folded: a titled name that is or holds one is a known entity, not a new person."""
    return frozenset(fold(alias) for e in entities for alias in (e.name, *e.aliases))
