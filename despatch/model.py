"""The plain data that flows between stages: seeds -> Article -> archive -> pages."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """A warning or error for a person: which file, where, what is wrong, what to do."""

    path: str
    text: str
    line: int | None = None
    level: str = "warning"  # "warning" or "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.text}"


@dataclass(frozen=True)
class Milestone:
    """A dated past event that an article mentions, with the sentence that states it."""

    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD": the precision the text gives
    sentence: str
    label: str = ""


@dataclass(frozen=True)
class ParsedArticle:
    """What ingest reads from one raw text, before it becomes a content file.

    Every field is either read from the text or None; nothing is invented.
    `title_proposed` marks a title that the tool made up for a person to confirm.
    """

    title: str | None
    body: str  # clean Markdown
    language: str
    title_proposed: bool = False
    subtitle: str | None = None
    date: dt.date | None = None
    time: str | None = None  # "19:55" or "17:51:59", as printed
    utc_offset: str | None = None  # "+03:00"
    source: str | None = None  # canonical outlet name
    publisher: str | None = None  # hosting site, where it differs from source
    author: str | None = None
    dateline: str | None = None  # city, in English
    event_date: dt.date | None = None
    url: str | None = None
    captions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # weaker clues that lost, for the build report


@dataclass(frozen=True)
class Article:
    """One article of the archive, as read from content/<stem>.md."""

    stem: str  # file name without .md: "2023-03-01-lukashenko-xi-sign"; the permalink id
    title: str
    body: str  # Markdown
    language: str = "en"
    title_proposed: bool = False
    subtitle: str | None = None
    date: dt.date | None = None
    time: str | None = None
    utc_offset: str | None = None
    source: str | None = None
    publisher: str | None = None
    also_published_by: tuple[str, ...] = ()
    author: str | None = None
    dateline: str | None = None
    event_date: dt.date | None = None
    topics: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()  # organizations, places, agreements, initiatives
    summary: str = ""
    url: str | None = None
    event: str | None = None  # a hand-set event id, to merge or split events
    seed: str | None = None
    seed_sha256: str | None = None
    milestones: tuple[Milestone, ...] = ()
    extra: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    @property
    def sort_key(self) -> tuple:
        return (self.date or dt.date.min, self.time or "", self.stem)
