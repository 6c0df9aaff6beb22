"""Measure ingest against answer files: per-field accuracy, every miss, and invented values.

    python -m despatch.evaluate TEXTS_DIR [ANSWERS_DIR]

For every `NAME.txt` in TEXTS_DIR with a `NAME.expected.json` (in ANSWERS_DIR, or beside
the text), the text is parsed and each field compared with the answer.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from despatch.ingest import decode_bytes, parse_text
from despatch.ingest.decode import without_pinyin_glosses
from despatch.ingest.settings import load_patterns
from despatch.model import ParsedArticle
from despatch.registry import Registry, fold, load_registry

FIELDS = ("title", "date", "source", "author", "dateline", "language", "time", "event_date")


@dataclass(frozen=True)
class Miss:
    file: str
    field: str
    expected: object
    got: object
    invented: bool = False  # we gave a value where the answer is that there is none

    def __str__(self) -> str:
        tag = "INVENTED " if self.invented else ""
        return f"{self.file}: {tag}{self.field}: expected {self.expected!r}, got {self.got!r}"


@dataclass
class Report:
    files: list[str] = field(default_factory=list)
    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    @property
    def invented(self) -> list[Miss]:
        return [m for m in self.misses if m.invented]

    def accuracy(self, name: str) -> float | None:
        return self.right.get(name, 0) / self.total[name] if self.total.get(name) else None

    def __add__(self, other: Report) -> Report:
        keys = set(self.total) | set(other.total)
        return Report(
            self.files + other.files,
            {k: self.right.get(k, 0) + other.right.get(k, 0) for k in keys},
            {k: self.total.get(k, 0) + other.total.get(k, 0) for k in keys},
            self.misses + other.misses,
        )

    def summary(self) -> str:
        lines = [f"{len(self.files)} texts"]
        for name in FIELDS:
            if self.total.get(name):
                lines.append(f"  {name:<11} {self.right.get(name, 0):>3}/{self.total[name]:<3} {self.accuracy(name):6.1%}")
        lines.append(f"  invented    {len(self.invented)}")
        lines += ["misses:"] + [f"  {m}" for m in self.misses] if self.misses else []
        return "\n".join(lines)


def evaluate(folder: Path, answers: Path | None = None, registry: Registry | None = None) -> Report:
    """Parse every text in `folder` that has an answer file and compare field by field."""
    registry = registry or load_registry()
    answers = Path(answers or folder)
    report = Report()
    for text_path in sorted(Path(folder).glob("*.txt")):
        answer_path = answers / f"{text_path.stem}.expected.json"
        if answer_path.exists():
            expected = json.loads(answer_path.read_text(encoding="utf-8"))
            _score(report, text_path, expected, _parse(text_path, registry), registry)
    return report


def _parse(path: Path, registry: Registry) -> ParsedArticle | None:
    text, _ = decode_bytes(path.read_bytes(), path.name)
    return parse_text(text, path.name, registry)[0] if text is not None else None


def _score(report: Report, path: Path, expected: dict, article: ParsedArticle | None, registry: Registry) -> None:
    report.files.append(path.name)
    for name in FIELDS:
        if name not in expected:
            continue
        want, got = expected[name], _value(article, name)
        report.total[name] = report.total.get(name, 0) + 1
        if _same(name, want, got, expected, registry):
            report.right[name] = report.right.get(name, 0) + 1
        else:
            report.misses.append(Miss(path.name, name, want, got, invented=want is None and got is not None))


def _value(article: ParsedArticle | None, name: str) -> str | None:
    if article is None or (name == "title" and article.title_proposed):
        return None  # a proposed title is not presented as read from the text
    value = getattr(article, name)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _same(name: str, want, got, expected: dict, registry: Registry) -> bool:
    if got is None and want is not None and name in expected.get("fields_not_in_text", ()):
        return True
    if want is None or got is None:
        return want is None and got is None
    if name == "title":
        return _squash(got) in {_squash(without_pinyin_glosses(t)) for t in [want, *expected.get("title_alternatives", [])]}
    if name == "source":
        key = _source_key(got, registry)
        return any(key in _source_keys(w, registry) for w in [want, *expected.get("source_alternatives", [])])
    if name == "dateline" and _same_city(want, got):
        return True
    if name in ("author", "dateline"):
        # an answer copied from a mirror may keep the pinyin readings it put after characters
        # ('張國(guó)亮'); ingest reads the text without them, as printed by the outlet
        return _plain(got) in {_plain(without_pinyin_glosses(w)) for w in [want, *expected.get(f"{name}_alternatives", [])]}
    if name == "time":
        return _same_time(str(want), str(got))
    return str(want) == str(got)


# the accents of Latin letters: 'Brasília' and the list's 'Brasilia' are one city, 'Đà Nẵng' is 'Da Nang'
LATIN_ACCENTS = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


def _plain(name: str) -> str:
    """A person's or a city's name folded, the accents of its Latin letters dropped too (Cyrillic й
    and ё are letters of their own and stay)."""
    decomposed = unicodedata.normalize("NFD", fold(name))
    return unicodedata.normalize("NFC", LATIN_ACCENTS.sub("", decomposed)).replace("đ", "d")


def _same_city(want: str, got: str) -> bool:
    """Two names the dateline cities list gives for one city ('Ulan Bator', 'Ulaanbaatar')."""
    cities = load_patterns().cities
    return cities.get(fold(want), want) == cities.get(fold(got), got)


CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?")


def _same_time(want: str, got: str) -> bool:
    """One time of day written two ways: with or without its seconds ('16:57:59', '16:57'), on a
    12-hour clock ('10:17 PM' is '22:17'), or with its zone after it ('09:28 GMT', '15:29 (UTC+04:00)'):
    the tool keeps a time as a 24-hour clock, an answer copies it as printed."""
    if want == got:
        return True
    want_clock, got_clock = _clock(want), _clock(got)
    if want_clock is None or got_clock is None:
        return False
    (want_hour_minute, want_seconds), (got_hour_minute, got_seconds) = want_clock, got_clock
    seconds_agree = want_seconds is None or got_seconds is None or want_seconds == got_seconds
    return want_hour_minute == got_hour_minute and seconds_agree


def _clock(text: str) -> tuple[tuple[int, int], str | None] | None:
    """(hour on a 24-hour clock, minute) and the seconds, if printed, of a time as written."""
    match = CLOCK.match(text)
    if match is None:
        return None
    hour, minute, seconds, half = int(match[1]), int(match[2]), match[3], (match[4] or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return (hour, minute), seconds


def _squash(text: str) -> str:
    return " ".join(text.split())


BRACKETED_TAIL = re.compile(r"^(?P<name>[^()（）]{2,}?)\s*[(（](?P<inner>[^()（）]{2,})[)）]\s*$")
NAME_LIST = re.compile(r"\s*[,;，；、]\s*")


def _named_parts(name: str) -> list[str]:
    """The names an answer gives in 'Name (other name, site)': the name, and each one in the brackets."""
    match = BRACKETED_TAIL.match(name)
    if not match:
        return []
    return [match.group("name"), *(part for part in NAME_LIST.split(match.group("inner")) if len(part) >= 2)]


def _source_key(name: str, registry: Registry) -> str:
    """The registry's name for an outlet; an answer may add the name as printed in brackets
    ('Liaoning Daily (遼寧日報)', 'Northeast News (东北网, its site)'): any part the registry knows names it."""
    source = registry.source_named(name) or next(
        (found for part in _named_parts(name) if (found := registry.source_named(part))), None)
    return source.name if source else fold(name)


def _source_keys(name: str, registry: Registry) -> set[str]:
    """The keys an answer's outlet name accepts: its registry name, and for an unregistered
    'CRNTT (中评社)' each part as printed."""
    return {_source_key(name, registry)} | {fold(part) for part in _named_parts(name)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not 1 <= len(args) <= 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    report = evaluate(Path(args[0]), Path(args[1]) if len(args) > 1 else None)
    print(report.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
