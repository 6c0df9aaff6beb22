"""The day the reported event happened, resolved against the publication date.

'on Monday' -> the most recent Monday on or before publication; 'July 8' -> that day in the
year that puts it on or before publication; 'yesterday' -> the day before; '4日' -> that day
of the publication month. Never a date after publication; None when the lead gives no day.
"""
from __future__ import annotations

import datetime as dt
import re

from despatch.ingest.dates import FoundDate, date_in_year, find_dates, find_weekdays, most_recent_weekday
from despatch.ingest.fields import Dateline
from despatch.ingest.settings import EVENT_MAX_DAYS_BEFORE, MAX_SCAN_LINE, Patterns
from despatch.registry import fold

CJK_DAY = re.compile(r"(?<![\d月])(\d{1,2})日")
RANGE_JOIN = re.compile(r"\s*(?:to|till|until|through|-|–|—|по|至|到)\s*", re.I)
MIN_WEEKDAY_NAME = 5  # 'Sun Yi' is a name, 'Sunday' a day


def find_event_date(
    published: dt.date | None, dateline: Dateline | None, lead: list[str], patterns: Patterns
) -> dt.date | None:
    """The first day that the lead paragraphs name, else the dateline's date."""
    if published is None:
        return None
    filed = _month_day(published, dateline.month, dateline.day) if dateline and dateline.month and dateline.day else None
    # Words like 'yesterday' or 'on Monday' count from the day the story was filed.
    reference = filed or published
    for i, paragraph in enumerate(lead):
        if i == 0 and dateline:
            paragraph = paragraph[dateline.end :]
        day = _first_day_in(paragraph[: MAX_SCAN_LINE * 2], reference, patterns)
        if day:
            return day
    return filed


def _first_day_in(text: str, published: dt.date, patterns: Patterns) -> dt.date | None:
    """The earliest-placed expression of a day in a paragraph that resolves near publication."""
    candidates = _dates(text, published, patterns) + _weekdays(text, published, patterns)
    candidates += _relative_days(text, published, patterns) + _cjk_days(text, published)
    for _, day in sorted(candidates, key=lambda c: c[0]):
        if day and dt.timedelta(0) <= published - day <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE):
            return day
    return None


def _dates(text: str, published: dt.date, patterns: Patterns) -> list[tuple[int, dt.date | None]]:
    found = [f for f in find_dates(text, patterns=patterns) if not f.problem]
    resolved = [(f.start, f.value if f.has_year else _month_day(published, f.month, f.day)) for f in found]
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        between = text[first.start + len(first.printed) : second.start]
        if RANGE_JOIN.fullmatch(between):
            resolved[i] = (first.start, _middle(resolved[i][1], resolved[i + 1][1], second, first))
            resolved[i + 1] = (second.start, None)
    return resolved


def _middle(start: dt.date | None, end: dt.date | None, end_found: FoundDate, start_found: FoundDate) -> dt.date | None:
    """A span of days ('28 February to 2 March 2023') stands for the day in its middle."""
    if end and not start_found.has_year:
        start = date_in_year(start_found, end.year)
        if start and start > end:
            start = date_in_year(start_found, end.year - 1)
    if not (start and end) or not dt.timedelta(0) <= end - start <= dt.timedelta(days=7):
        return start
    return start + (end - start) // 2


def _month_day(published: dt.date, month: int, day: int) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return candidate
    return None


def _weekdays(text: str, published: dt.date, patterns: Patterns) -> list[tuple[int, dt.date]]:
    found = []
    for position, weekday in find_weekdays(text, patterns):
        name = re.match(r"\w+", text[position:])
        if name and (len(name.group(0)) >= MIN_WEEKDAY_NAME or not name.group(0).isascii()):
            found.append((position, most_recent_weekday(weekday, published)))
    return found


def _relative_days(text: str, published: dt.date, patterns: Patterns) -> list[tuple[int, dt.date]]:
    folded = fold(text)
    found = []
    for words, offset in patterns.relative_days.items():
        match = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", folded)
        if match:
            # positions in the folded text are close enough to order the clues
            found.append((match.start(), published + dt.timedelta(days=offset)))
    return found


def _cjk_days(text: str, published: dt.date) -> list[tuple[int, dt.date]]:
    found = []
    for match in CJK_DAY.finditer(text):
        day = int(match.group(1))
        for month_back in (0, 1):
            month = (published.month - month_back - 1) % 12 + 1
            year = published.year - (1 if published.month - month_back < 1 else 0)
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate <= published:
                found.append((match.start(), candidate))
                break
    return found
