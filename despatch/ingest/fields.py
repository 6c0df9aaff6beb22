"""Small extractors for one field each (source, author, dateline, ...): a value or None.

Each `find_*` tries its extractors in turn, strongest first; the first hit wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from despatch.ingest.lines import CJK, Line, is_byline, is_not_author_credit
from despatch.ingest.names import brand_of, source_for_host, source_named, source_prefixed
from despatch.ingest.settings import MAX_SCAN_LINE, Patterns
from despatch.registry import Registry, Source, fold

URL = re.compile(r"https?://[^\s<>\"')]{3,300}")
NAME_WORD = re.compile(r"^(?:[A-ZА-ЯЁ][\w'’.\-]*|[\u3400-\u9fff·•]+)$")
# What follows a name in a byline: 'in Nation on 18 May', ', Reuters', ' - staff reporter'
NAME_CUT = re.compile(r"(?:\s+(?:in|on|at|for|from|via|with)\s|\s*[,;]\s|\s+[-–—]\s).*$", re.S)
NAME_JOINERS = re.compile(r"\s+(?:and|&|и|і)\s+|\s*[、;/]\s*")
BY_PREFIX = re.compile(r"^(?:by|от)\s+", re.I)
STAMP_TAIL = re.compile(r"\s+(?:published|updated|posted|source)\b.{0,80}$", re.I)
COMPOUND_SEPARATOR = re.compile(r"\s*[-–—_/|·－]\s*|\s+via\s+")
MAX_BARE_BYLINE = 80
SMALL_WORDS = {"and", "of", "the", "de", "da", "van", "von", "al", "bin"}


@dataclass(frozen=True)
class Dateline:
    city: str | None  # in English; None for '(ECNS) --'
    agency: str | None  # as printed
    month: int | None
    day: int | None
    line: int
    end: int = 0  # where the article's first sentence starts, after the dateline


# --- source -----------------------------------------------------------------


def canonical_source(name: str | None, registry: Registry, *, known_only: bool) -> str | None:
    """The registry's name for a printed outlet name; the name as printed if unknown and allowed."""
    if not name:
        return None
    name = name.strip(" \t()[]/.-–—:：,")
    # '人民网-人民日报', 'Xinhua / CGTN': the last part that names a known outlet; then a name
    # that begins with a known one ('央视新闻客户端')
    parts = [name] + [p.strip() for p in reversed(COMPOUND_SEPARATOR.split(name))]
    for look_up in (source_named, _source_by_domain, source_prefixed):
        source = next((s for s in (look_up(registry, part) for part in parts) if s), None)
        if source:
            return source.name
    return name if name and not known_only and len(name) <= 60 else None


def _source_by_domain(registry: Registry, name: str) -> Source | None:
    """'Ecns.cn', 'INTERFAX.RU': a site name that is a registry source's domain."""
    return None if " " in name else source_for_host(registry, name)


def labelled_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'Source:Xinhua', '来源：新华网', 'Источник: БЕЛТА'."""
    for line in head:
        for pattern in patterns.source_labels:
            match = pattern.search(line.text[:MAX_SCAN_LINE])
            if match and match.group("source").strip():
                return canonical_source(match.group("source"), registry, known_only=False)
    return None


def slug_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'Reuters | Beijing | Updated: ...': a wire slug names its agency."""
    for line in head:
        for pattern in patterns.slugs:
            match = pattern.match(line.text[:MAX_SCAN_LINE])
            if match:
                return canonical_source(match.group("agency"), registry, known_only=True)
    return None


def dateline_source(dateline: Dateline | None, registry: Registry) -> str | None:
    return canonical_source(dateline.agency, registry, known_only=False) if dateline else None


def stamp_source(head: list[Line], registry: Registry) -> str | None:
    """'By Cao Desheng (China Daily) 08:35, ...' or 'Xinhua) 09:13, July 09, 2024'."""
    for line in head:
        if line.kind != "stamp":
            continue
        for match in re.finditer(r"(?:^|\()([^()|]{2,40})\)", line.text[:MAX_SCAN_LINE]):
            name = canonical_source(match.group(1), registry, known_only=True)
            if name:
                return name
    return None


def credit_line_source(head: list[Line], registry: Registry, title: Line | None = None) -> str | None:
    """A line, or a '|'-separated part of a credit line, that names an outlet: 'CGTN' or 'AFP'
    under the headline, 'By Zhang Yi | China Daily | Updated: ...', 'By Global Times'.

    Under the headline it credits the story; above it, it is the hosting site's brand, which
    counts only when nothing under the headline names an outlet.
    """
    below = [line for line in head if title is None or line.number > title.number]
    above = [line for line in head if title is not None and line.number < title.number]
    for line in below + above:
        if line.kind in ("prose", "chrome"):
            continue
        for segment in line.text[:MAX_SCAN_LINE].split("|"):
            segment = STAMP_TAIL.sub("", BY_PREFIX.sub("", segment.strip())).strip()
            source = brand_of(registry, segment) if line.kind == "source" else source_named(registry, segment)
            if source:
                return source.name
    return None


def brand_line_source(head: list[Line], registry: Registry, title: Line | None) -> str | None:
    """The site whose brand stands above the headline (the publisher of a republished story)."""
    for line in head:
        if line.kind == "source" and (title is None or line.number < title.number):
            return getattr(brand_of(registry, line.text), "name", None)
    return None


def url_source(text: str, registry: Registry) -> Source | None:
    """The registry source whose domain hosts a URL printed in the text (first 4 KB)."""
    for match in URL.finditer(text[:4000]):
        source = source_for_host(registry, urlsplit(match.group(0)).hostname)
        if source:
            return source
    return None


def site_signature(lines: list[Line], patterns: Patterns) -> tuple[str | None, str | None]:
    """(source, publisher) of a site whose template chrome the text carries."""
    folded = {fold(line.text[:MAX_SCAN_LINE]) for line in lines}
    for site in patterns.sites:
        hits = len(site.lines & folded)
        hits += sum(1 for line in lines if any(p.search(line.text[:MAX_SCAN_LINE]) for p in site.patterns))
        if hits >= site.min_lines:
            return site.source, site.publisher
    return None, None


# --- author -----------------------------------------------------------------


def find_author(lines: list[Line], patterns: Patterns, registry: Registry, title: Line | None = None,
                closing: list[Line] = ()) -> str | None:
    """A byline: 'By Cao Desheng', '作者：X', '（记者张伟）' in the dateline, '(By Liu Jia)' at the
    end, or a bare name above the date line; not 'By Global Times' (an outlet)."""
    for line in lines:
        if is_not_author_credit(line.text, patterns):
            continue
        reporter = reporter_dateline(line.text, patterns)
        if reporter:
            return reporter[0]
        for pattern in patterns.bylines:
            match = pattern.search(STAMP_TAIL.sub("", line.text[:MAX_SCAN_LINE]))
            name = _person_names(match.group("name"), registry) if match else None
            if name:
                return name
    return _name_above_date(lines, patterns, registry, title) or _name_at_end(list(closing), patterns, registry)


def _name_above_date(lines: list[Line], patterns: Patterns, registry: Registry, title: Line | None) -> str | None:
    """'Lydia Chen' on its own line right above 'Published: ...' (chrome such as '+ Follow' between)."""
    if title is None:
        return None
    content = [line for line in lines if line.kind != "chrome" and line.number > title.number]
    for line, following in zip(content, content[1:]):
        if line.kind != "short" or following.kind != "stamp" or is_byline(line.text, patterns):
            continue
        name = _bare_names(line.text, patterns, registry)
        if name:
            return name
    return None


def _bare_names(text: str, patterns: Patterns, registry: Registry) -> str | None:
    """Names standing alone on a line ('Lydia Chen', 'Pjotr Sauter in Riga and Helena Davis in Taipei')."""
    if CJK.search(text) or len(text) > MAX_BARE_BYLINE or re.search(r"[.!?:]$", text):
        return None
    names = _person_names(text, registry)
    if not names or any(len(n.split()) > 4 for n in names.split(", ")):
        return None
    return None if set(fold(names).split()) & patterns.not_name_words else names


def _name_at_end(closing: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """A name alone on the last line of the article ('Максим Юсин'), as some papers sign."""
    lines = [line for line in closing if line.kind not in ("chrome", "caption", "credit")]
    # a signature follows the last paragraph, not a list of tags or links
    if len(lines) < 2 or lines[-1].kind != "short" or lines[-2].kind != "prose":
        return None
    return _bare_names(lines[-1].text, patterns, registry)


def _person_names(raw: str, registry: Registry) -> str | None:
    """'Cao Desheng and Li Wei' -> 'Cao Desheng, Li Wei'; 'ERIKA KOVAL Associated Press' ->
    'Erika Koval'; None if it does not read as names of people."""
    parts = [NAME_CUT.sub("", part.strip()) for part in NAME_JOINERS.split(raw.strip())]
    names = [_without_outlet(n.strip(" ,.:："), registry) for n in parts if n.strip(" ,.:：")]
    if not names or not all(n and _looks_like_name(n) and not source_named(registry, n) for n in names):
        return None
    return ", ".join(_title_case_capitals(n) for n in names)


def _without_outlet(name: str, registry: Registry) -> str:
    """A byline that ends with its outlet's name: keep the person ('' if it names only an outlet)."""
    words = name.split()
    if source_named(registry, name):
        return ""
    for cut in range(1, len(words)):
        if source_named(registry, " ".join(words[cut:])):
            return " ".join(words[:cut])
    return name


def _title_case_capitals(name: str) -> str:
    if CJK.search(name) or not name.isupper():
        return name
    return " ".join(_title_word(word) for word in name.split())


def _looks_like_name(name: str) -> bool:
    if CJK.search(name):
        return 2 <= len(name.replace(" ", "")) <= 8
    words = name.split()
    return 2 <= len(words) <= 5 and all(NAME_WORD.match(w) or w.lower() in SMALL_WORDS for w in words)


# --- dateline ---------------------------------------------------------------


def find_dateline(lead: list[Line], head: list[Line], patterns: Patterns, registry: Registry) -> Dateline | None:
    """'BEIJING, 1 March (BelTA) –', '新华社北京12月4日电', or a 'Reuters | Beijing |' slug."""
    for line in lead:
        dateline = _dateline_in(line, patterns)
        if dateline:
            return dateline
    for line in head:
        for pattern in patterns.slugs:
            match = pattern.match(line.text[:MAX_SCAN_LINE])
            if match and source_named(registry, match.group("agency")):
                city = city_in_english(match.group("city"), patterns)
                return Dateline(city, match.group("agency"), None, None, line.number)
    return None


def reporter_dateline(text: str, patterns: Patterns) -> tuple[str, Dateline] | None:
    """'（中央社記者林克倫台北21日電）' -> ('林克倫', dateline Taipei): the city is the known one at the end."""
    for pattern in patterns.reporter_datelines:
        match = pattern.search(text[:MAX_SCAN_LINE])
        if not match:
            continue
        rest = match.group("rest")
        for cut in range(2, len(rest) - 1):
            city = patterns.cities.get(fold(rest[cut:]))
            if city:
                month = int(match.group("month")) if match.group("month") else None
                return rest[:cut], Dateline(city, match.group("agency"), month, int(match.group("day")), 0, match.end())
    return None


def _dateline_in(line: Line, patterns: Patterns) -> Dateline | None:
    text = line.text[:MAX_SCAN_LINE]
    found = reporter_dateline(text, patterns)
    if found:
        return replace(found[1], line=line.number)
    for pattern in patterns.dateline_forms:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = _month_number(parts.get("month"), patterns)
        if parts.get("month") and month is None:
            continue  # 'NATO, 12 members (...)': not a date, not a dateline
        if parts.get("city") and fold(parts["city"]) in patterns.not_cities:
            continue
        day = int(parts["day"]) if parts.get("day") else None
        city = city_in_english(parts["city"], patterns) if parts.get("city") else None
        agency = None if parts.get("agency") in patterns.self_references else parts.get("agency")
        return Dateline(city, agency, month, day, line.number, match.end())
    return None


def _month_number(printed: str | None, patterns: Patterns) -> int | None:
    if not printed:
        return None
    if printed.isdigit():
        return int(printed) if 1 <= int(printed) <= 12 else None
    return patterns.months.get(printed.casefold().rstrip("."))


def city_in_english(printed: str, patterns: Patterns) -> str:
    """'МИНСК' -> 'Minsk', "XI'AN" -> "Xi'an", 'NEW DELHI' -> 'New Delhi' (title-cased fallback)."""
    printed = printed.strip(" .,")
    known = patterns.cities.get(fold(printed))
    if known:
        return known
    if printed.isupper():
        return " ".join(_title_word(w) for w in printed.split())
    return printed


def _title_word(word: str) -> str:
    """Capitalize after spaces and hyphens only: "XI'AN" -> "Xi'an", 'ABU-DHABI' -> 'Abu-Dhabi'."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
