"""Limits and the pattern data of ingest, read once from data/ingest/*.yaml."""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from despatch.config import SettingsError
from despatch.frontmatter import load_data_file
from despatch.registry import DATA_DIR, fold

INGEST_DATA = DATA_DIR / "ingest"

MAX_TEXT_CHARS = 500_000  # a longer text is cut here (with a warning): no article is that long
MAX_SCAN_LINE = 600  # characters of a line that the metadata patterns look at
MAX_HEAD_LINES = 40  # non-blank lines before the body that may hold metadata
MAX_TITLE_CHARS = 300  # a longer "headline" is prose or a pasted blob
MIN_TITLE_WORDS = 3
EVENT_SCAN_PARAGRAPHS = 3  # paragraphs of the lead searched for the event date
EVENT_MAX_DAYS_BEFORE = 45  # a date further back than this is history, not the event


@dataclass(frozen=True)
class Site:
    source: str | None
    publisher: str | None
    min_lines: int
    lines: frozenset[str]
    patterns: tuple[re.Pattern, ...]


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once
class Patterns:
    chrome_lines: frozenset[str]
    chrome_patterns: tuple[re.Pattern, ...]
    banner_patterns: tuple[re.Pattern, ...]
    chrome_max_words: int
    site_names: tuple[re.Pattern, ...]
    stop_lines: frozenset[str]
    viewing_words: frozenset[str]
    calls_to_action: frozenset[str]
    closing_buttons: frozenset[str]
    edition_marks: tuple[re.Pattern, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    published_labels: frozenset[str]
    updated_labels: frozenset[str]
    relative_days: dict[str, int]
    future_words: frozenset[str]
    future_prepositions: frozenset[str]
    reporting_words: frozenset[str]
    past_markers: tuple[re.Pattern, ...]
    time_zones: dict[str, tuple[str, bool]]
    month_first_countries: frozenset[str]
    month_first_sources: frozenset[str]
    bylines: tuple[re.Pattern, ...]
    not_authors: tuple[re.Pattern, ...]
    source_labels: tuple[re.Pattern, ...]
    quoted: tuple[re.Pattern, ...]
    captions: tuple[re.Pattern, ...]
    dateline_forms: tuple[re.Pattern, ...]
    slugs: tuple[re.Pattern, ...]
    reporter_datelines: tuple[re.Pattern, ...]
    self_references: frozenset[str]
    agency_prefix: re.Pattern
    not_cities: frozenset[str]
    not_name_words: frozenset[str]
    byline_roles: frozenset[str]
    cities: dict[str, str]
    sites: tuple[Site, ...]
    common_surnames: frozenset[str] = frozenset()  # '王', '張': one character each, see credits.yaml
    country_names: frozenset[str] = frozenset()  # 'Кыргызстан', 'Türkiye': a country's names, folded
    venues: frozenset[str] = frozenset()  # 'The Kremlin': a place line 'The Kremlin, Moscow' names the city
    # (year, pattern): words first used in that year ('COVID-19' 2020), see coined_words in dates.yaml
    coined_words: tuple[tuple[int, re.Pattern], ...] = ()
    undated_past_words: frozenset[str] = frozenset()  # 'recently', '日前': the event's day is not named
    feature_labels: frozenset[str] = frozenset()  # '通讯', 'Interview': a headline label of a feature
    print_issues: tuple[re.Pattern, ...] = ()  # 'Газета "Коммерсантъ" №7 от 13.01.1995': the paper's name
    # 'Courier', 'Вестник' / 'Ministry', 'Посольство': a word naming an outlet / a public body, see credits.yaml
    media_words: frozenset[str] = frozenset()
    body_words: frozenset[str] = frozenset()
    # '日报' / '外事办': how a Chinese outlet's / public body's name ends
    media_endings: tuple[str, ...] = ()
    body_endings: tuple[str, ...] = ()
    # wire -> {dateline city: the wire's national edition there}, see wire_editions in datelines.yaml
    wire_editions: dict[str, dict[str, str]] = field(default_factory=dict)


class _Table(dict):
    """A settings file's 'name: entries' table that remembers which names were asked for, so that a
    name no reader asks for (a misspelt 'patern:') is refused instead of silently ignored."""

    def __init__(self, data: dict, path: Path):
        super().__init__(data)
        self.path, self.asked = path, set()

    def get(self, name, default=None):
        self.asked.add(name)
        return super().get(name, default)

    def __getitem__(self, name):
        self.asked.add(name)
        return super().__getitem__(name)

    def check_all_asked(self) -> None:
        unknown = sorted((str(name) for name in self if name not in self.asked))
        if unknown:
            known = ", ".join(sorted(str(name) for name in self.asked))
            raise SettingsError(f"{self.path}: '{unknown[0]}' is not a name this file uses (it uses: {known}); "
                                f"is it misspelt?")


def _read(name: str, data_dir: Path, shape: type = dict) -> dict | list:
    path = data_dir / name
    data = load_data_file(path, SettingsError) or shape()
    if not isinstance(data, shape):
        expected = "'name: entries' lines" if shape is dict else "a list of entries ('- ...')"
        raise SettingsError(f"{path}: expected {expected}")
    return _Table(data, path) if shape is dict else data


@contextmanager
def _reading(path: Path):
    """Turns a broken entry of a settings file into a message naming the file and the entry, not a traceback."""
    try:
        yield
    except re.error as error:
        raise SettingsError(f"{path}: the pattern {error.pattern!r} is not a valid regular expression "
                            f"({error.msg} at character {error.pos}); fix or quote it") from None
    except KeyError as error:
        raise SettingsError(f"{path}: '{error.args[0]}' is missing; every file of this kind needs it") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise SettingsError(f"{path}: an entry has the wrong shape ({error}); "
                            f"compare it with the entries around it") from None


def _coined_words(entries) -> tuple[tuple[int, re.Pattern], ...]:
    """Each entry's year and one pattern matching any of its patterns (a 'word' group in one names the word)."""
    return tuple((int(e["year"]), re.compile("|".join(e["patterns"]), re.IGNORECASE)) for e in entries or ())


def _compile(patterns, flags=re.IGNORECASE) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, flags) for p in patterns or ())


def _with_parts(forms, parts: dict | None) -> list[str]:
    """Forms with each '<<name>>' replaced by the shared part of that name."""
    def expand(form: str) -> str:
        for name, part in (parts or {}).items():
            form = form.replace(f"<<{name}>>", part)
        return form
    return [expand(str(form)) for form in forms or ()]


def _word_table(table: dict) -> dict[str, int]:
    return {str(word).casefold(): int(key) for key, words in table.items() for word in words}


def _folded(words) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in words or ())


def _cities(table: dict) -> dict[str, str]:
    cities = {}
    for english, names in table.items():
        for name in [english, *names]:
            cities[fold(str(name))] = str(english)
    return cities


def _sites(entries: list) -> tuple[Site, ...]:
    return tuple(
        Site(
            source=e.get("source"),
            publisher=e.get("publisher"),
            min_lines=int(e.get("min_lines", 1)),
            lines=_folded(e.get("lines")),
            patterns=_compile(e.get("patterns")),
        )
        for e in entries
    )


def _month_first_outlets(data_dir: Path) -> frozenset[str]:
    """Outlets registered in sources.yaml with `date_order: mdy` (all-numeric dates month first)."""
    path = data_dir / "sources.yaml"
    entries = load_data_file(path, SettingsError) if path.exists() else []
    return frozenset(str(e["name"]) for e in entries or () if isinstance(e, dict) and e.get("date_order") == "mdy")


@lru_cache(maxsize=4)
def load_patterns(data_dir: Path = INGEST_DATA) -> Patterns:
    with _reading(data_dir / "chrome.yaml"):
        chrome = _read("chrome.yaml", data_dir)
        chrome_fields = dict(
            chrome_lines=_folded(chrome.get("lines")),
            chrome_patterns=_compile(chrome.get("patterns")),
            banner_patterns=_compile(chrome.get("banners")),
            chrome_max_words=int(chrome.get("max_words", 20)),
            site_names=_compile(chrome.get("site_names")),
            stop_lines=_folded(chrome.get("stops")),
            viewing_words=_folded(chrome.get("viewing")),
            calls_to_action=_folded(chrome.get("calls_to_action")),
            closing_buttons=_folded(chrome.get("closing_buttons")),
        )
        chrome.check_all_asked()
    with _reading(data_dir / "dates.yaml"):
        dates = _read("dates.yaml", data_dir)
        zones = dates.get("time_zones", {})
        date_fields = dict(
            edition_marks=_compile(dates.get("edition_marks"), 0),
            months=_word_table(dates["months"]),
            weekdays=_word_table(dates["weekdays"]),
            published_labels=_folded(dates.get("published_labels")),
            updated_labels=_folded(dates.get("updated_labels")),
            relative_days=_word_table(dates.get("relative_days", {})),
            future_words=_folded(dates.get("future_words")),
            future_prepositions=_folded(dates.get("future_prepositions")),
            reporting_words=_folded(dates.get("reporting_words")),
            past_markers=_compile(dates.get("past_markers", {}).values()),
            time_zones={k: (v["offset"], bool(v.get("day_first", True))) for k, v in zones.items()},
            month_first_countries=frozenset(dates.get("month_first_countries", ())),
            month_first_sources=frozenset(dates.get("month_first_sources", ())),
            undated_past_words=_folded(dates.get("undated_past_words")),
            coined_words=_coined_words(dates.get("coined_words")),
            feature_labels=_folded(dates.get("feature_labels")),
        )
        dates.check_all_asked()
    with _reading(data_dir.parent / "sources.yaml"):
        date_fields["month_first_sources"] |= _month_first_outlets(data_dir.parent)
    with _reading(data_dir / "credits.yaml"):
        credits = _read("credits.yaml", data_dir)
        credit_fields = dict(
            bylines=_compile(credits.get("bylines")),
            not_authors=_compile(credits.get("not_authors")),
            source_labels=_compile(credits.get("source_labels")),
            quoted=_compile(credits.get("quoted")),
            captions=_compile(credits.get("captions"), 0),
            not_name_words=_folded(credits.get("not_name_words")),
            byline_roles=_folded(credits.get("byline_roles")),
            print_issues=_compile(credits.get("print_issues")),
            media_words=_folded(credits.get("media_words")),
            body_words=_folded(credits.get("body_words")),
            media_endings=tuple(str(ending) for ending in credits.get("media_endings") or ()),
            body_endings=tuple(str(ending) for ending in credits.get("body_endings") or ()),
            common_surnames=frozenset(str(credits.get("common_surnames", "")).replace(" ", "")),
        )
        credits.check_all_asked()
    with _reading(data_dir / "datelines.yaml"):
        datelines = _read("datelines.yaml", data_dir)
        dateline_fields = dict(
            dateline_forms=_compile(_with_parts(datelines.get("forms"), datelines.get("parts")), 0),
            slugs=_compile(datelines.get("slugs"), 0),
            reporter_datelines=_compile(datelines.get("reporter_datelines"), 0),
            self_references=frozenset(datelines.get("self_references", ())),
            agency_prefix=re.compile(datelines.get("agency_prefix", "(?!)"), re.IGNORECASE),
            not_cities=_folded(datelines.get("not_cities")),
            venues=_folded(datelines.get("venues")),
            wire_editions={str(wire): {str(city): str(edition) for city, edition in cities.items()}
                           for wire, cities in (datelines.get("wire_editions") or {}).items()},
        )
        datelines.check_all_asked()
    with _reading(data_dir / "cities.yaml"):
        cities = _cities(_read("cities.yaml", data_dir))
    with _reading(data_dir / "countries.yaml"):
        country_names = frozenset(_cities(_read("countries.yaml", data_dir)))
    with _reading(data_dir / "sites.yaml"):
        sites = _sites(_read("sites.yaml", data_dir, list))
    return Patterns(**chrome_fields, **date_fields, **credit_fields, **dateline_fields, cities=cities, sites=sites,
                    country_names=country_names)
