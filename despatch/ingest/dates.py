"""Dates, times and time zones as printed in a line -> datetime.date, "HH:MM", "+08:00".

Every function here takes any string and never raises: an impossible date ("30 February
2023", year 99999) comes back as a FoundDate whose `value` is None and whose `problem`
says why, so the caller can warn; nothing is rolled over or clamped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from despatch.ingest.settings import MAX_SCAN_LINE, Patterns, load_patterns

MIN_YEAR, MAX_YEAR = 1900, 2100
MINGUO_YEAR_ZERO = 1911  # Minguo year N is 1911 + N
TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])(?:\s?([AaPp])\.?[Mm]\b\.?)?")
# '13.05 GMT': a dot between hours and minutes, read only before a time zone
DOTTED_TIME = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)()()(?=\s?(?:GMT|UTC|BST|CET|CEST|MSK)\b)")
# A four-digit year standing alone (not part of a longer number)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
# '23-02-27 21:51' (2023-02-27): Chinese sites' short stamp, year first; elsewhere two-digit
# years are written last ('27.02.23'), so this reading needs a Chinese line and a time after it
# ('最后更新:23-12-06 02:41:53': a label's colon may stand before it, not a time's)
SHORT_YEAR_FIRST = re.compile(r"(?<![\d.\-/])(?<!\d:)(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d\d(?!\d))")
# '02.03.12 Allures of …': a news list's day, month and two-digit year opening a line, read only
# there; or standing alone on its line ('29.04.25' under a regional paper's headline)
SHORT_YEAR_LAST = re.compile(r"^\s{0,3}(\d{2})\.(\d{2})\.(\d{2})(?=\s+\S|\s*$)(?![\d.])")
# 'Бишкек, 23.03.18 /Кабар/.', 'Бишкек, 23. 03. 18. /Кабар/.': a wire dateline's day, month and two-digit
# year (typed with or without a space after each dot), between the city's comma and the agency set in
# slashes; nothing else stands there
DATELINE_SHORT_YEAR = re.compile(r"(?<=,\s)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2})(?![\d])(?=\.?\s*/\s?[^\W\d_])")
BRACKETED_SHORT_YEAR = re.compile(r"(?<=\()(\d{1,2})/(\d{1,2})/(\d{2})(?=\))")
# '18/4/94': a press release's day, month and two-digit year with slashes, alone on its line, or with the
# stamp's time after it ('29/03/17 15:03', '29/03/17, 15:03:20'): nothing else on the line
LONE_SLASHED_SHORT_YEAR = re.compile(
    r"^\s{0,3}(\d{1,2})/(\d{1,2})/(\d{2})(?=(?:,?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?\s*$)")
# '8 Aug 05': a day, the month cut short ('MONTH' stands for the month names) and a two-digit year, alone on its line
SHORT_MONTH_LETTERS = 4
LONE_WORDED_SHORT_YEAR_FORM = r"^\s{0,3}(\d{1,2})[\s\-]MONTH[\s\-](\d{2})\s*$"
LONE_WORDED_SHORT_YEAR = re.compile(LONE_WORDED_SHORT_YEAR_FORM.replace("MONTH", r"[^\W\d_]{3,4}\.?"))
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?([+\-−])\s?(\d{1,2})(?::?([0-5]\d))?(?!\d)")


@dataclass(frozen=True)
class FoundDate:
    """One date written in a line: its value (None if impossible), where, and as printed."""

    value: dt.date | None
    printed: str
    start: int
    has_year: bool
    month: int = 0
    day: int = 0
    problem: str | None = None
    ambiguous: bool = False  # all-numeric, day and month both <= 12: read by convention
    order: str = ""  # how it is written: 'Mdy' ('March 1, 2023'), 'dM' ('1 March'), 'dmy', ...


@dataclass(frozen=True)
class _Grammar:
    full: tuple[tuple[re.Pattern, str], ...]  # (pattern, field order) for dates with a year
    partial: tuple[tuple[re.Pattern, str], ...]  # month and day only
    weekday: re.Pattern
    zone: re.Pattern | None


@lru_cache(maxsize=4)
def _grammar(patterns: Patterns) -> _Grammar:
    names = sorted(patterns.months, key=len, reverse=True)
    spaced = [w for w in patterns.weekdays if w.isascii() or _is_cyrillic(w)]
    spaced_weekday = "(?:" + "|".join(map(re.escape, sorted(spaced, key=len, reverse=True))) + r")\.?" if spaced else "(?!)"
    month = "(" + "|".join(re.escape(n) for n in names) + r")\.?"
    # a month cut to its first letters ('Aug', 'окт'), as a wire's short stamp prints it
    short_month = "(" + "|".join(re.escape(n) for n in names if len(n) <= SHORT_MONTH_LETTERS) + r")\.?"
    # a year may be glued to the time that follows it ('March 1, 202312:52 PM')
    year = r"(\d{4}(?=\d{1,2}:\d\d)|\d{4,6}(?!\d))"
    full = (
        # '2018年11月18上午': the 日 may be dropped before the part of the day
        (re.compile(r"(?<!\d)(\d{4,6})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?(?:日|(?=上午|下午|中午|晚上|凌晨|早上|傍晚))"), "ymd"),
        (re.compile(r"(?<![\d.])(\d{4,6})[-./](\d{1,2})[-./](\d{1,2})(?![\d])"), "ymd"),
        # '26.08.202110:58': the year may be glued to the time here too
        (re.compile(rf"(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})\.{year}"), "dmy"),
        (re.compile(rf"(?<![\d.])(\d{{1,2}})[-/](\d{{1,2}})[-/]{year}"), "nny"),
        # '19 / 11 / 2018': a date line whose slashes stand between spaces
        (re.compile(r"(?<![\d/])(\d{1,2}) / (\d{1,2}) / (\d{4})(?![\d/])"), "nny"),
        # '11. 01. 2017': a day, month and year each closed by a dot and a space (Central European
        # usage, and sites that copy it); the year in four digits, so no list's numbers are read
        (re.compile(r"(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})(?![\d.]\d)"), "dmy"),
        # '4. mars 2021', '12. Juni 2020': German and Scandinavian pages put a dot after the day
        (re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+{month},?\s+{year}", re.I), "dMy"),
        # '14th Wednesday, May 2025', '3 среда, июля 2024': the weekday printed between the day and the month (a
        # site's template that puts the weekday's name after the day's number)
        (re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+{spaced_weekday},?\s+{month},?\s+{year}", re.I), "dMy"),
        # '17 ноября | 2017': day and month, then the year in the next cell of a '|' stamp
        (re.compile(rf"(?<!\d)(\d{{1,2}})\s+{month}\s*\|\s*(\d{{4}})(?!\d)", re.I), "dMy"),
        # '// Газета. — 2025. — 30 мая.': a bibliographic record's year, then its day and month
        (re.compile(rf"(?<!\d)(\d{{4}})\s*\.\s*[—–]\s*(\d{{1,2}})\s+{month}(?!\w)", re.I), "ydM"),
        # '03 октября 16 1658', '3 Oct 16 240', '03 окт 16, 14:05': a site's meta line gives the day, the month
        # in words and the year in two digits, then a time or a view counter ending the line; read only there,
        # as prose's '3 октября 16 человек' goes on with words ('16:30' is an hour, not a year)
        (re.compile(rf"(?<![\d.])(\d{{1,2}})\s+{month}\s+(\d{{2}})(?![\d:.])(?=,?\s+\d{{1,2}}:\d\d(?!\d)|\s+\d[\d\s]{{0,8}}$)", re.I), "dMy"),
        # 'Jan 25,2016': the space after the comma may be dropped before a year of this era;
        # 'October 11/2021': Ethiopian papers put a slash before the year; 'By Anna NovakOctober 24, 2025': a
        # byline's last word glued to the stamp's capitalised month, as adjacent page elements are copied
        (re.compile(rf"(?:\b|(?-i:(?<=[a-zа-яё])(?=[A-ZА-ЯЁ]))){month}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|[,/](?=(?:19|20)\d\d)){year}", re.I), "Mdy"),
        # '04-Jul-2024', '4/Jul/2024': day, month name and year joined by hyphens or slashes
        (re.compile(rf"(?<![\d.])(\d{{1,2}})[-/]{month}[-/](\d{{4}})(?!\d)", re.I), "dMy"),
        # 'September-14-2011', 'Sep/14/2011': month name, day and year so joined, month first (as in 'Sep 14, 2011')
        (re.compile(rf"\b{month}[-/](\d{{1,2}})[-/](\d{{4}})(?!\d)", re.I), "Mdy"),
        # '23-02-27 21:51': a two-digit year first, read only before a time in a Chinese line
        (SHORT_YEAR_FIRST, "ymd"),
        (SHORT_YEAR_LAST, "dmy"),
        (DATELINE_SHORT_YEAR, "dmy"),
        # '(07/09/24)': a link digest's date for the item it quotes, in brackets, the year in two digits
        (BRACKETED_SHORT_YEAR, "nny"),
        (LONE_SLASHED_SHORT_YEAR, "nny"),
        # '8 Aug 05', '12-Mar-19', '3 окт 16': a wire's day, month cut short and two-digit year, alone on its line
        # under the outlet's name (in prose '3 October 16 …' goes on with words)
        (re.compile(LONE_WORDED_SHORT_YEAR_FORM.replace("MONTH", short_month), re.I), "dMy"),
        # '2019 四月 19, 13:04', '2019 April 19': year, month name, day
        (re.compile(rf"(?<![\d.\-/:])(\d{{4}})\s+{month}\s+(\d{{1,2}})(?![\d:.])", re.I), "yMd"),
        # '2025, 26 ноября 15:26', '2025, November 26', '2025, 26 Nov, 15:26': a site's stamp opening its line
        # with the year and a comma, then the day and month; read only as a whole stamp, ending at its time
        # or the line's end ('In 2024, 26 November …' goes on with words)
        (re.compile(rf"^\s{{0,3}}(\d{{4}}),\s*(\d{{1,2}})\s+{month}(?!\w)(?=,?\s+\d{{1,2}}:\d\d(?!\d)|\s*$)", re.I), "ydM"),
        (re.compile(rf"^\s{{0,3}}(\d{{4}}),\s*{month}\s+(\d{{1,2}})(?![\d:])(?=,?\s+\d{{1,2}}:\d\d(?!\d)|\s*$)", re.I), "yMd"),
        # '21:16, 10 10月 2014', '10 10月, 2014', '10月 10, 2014': a Latin-script template's date with the
        # month put into Chinese as its number and 月, the day and year where the template has them
        (re.compile(r"(?<![\d.\-/:])(\d{1,2})\s+(\d{1,2})\s?月,?\s+(\d{4})(?!\d)"), "dmy"),
        (re.compile(r"(?<![\d.\-/:年])(\d{1,2})\s?月\s+(\d{1,2}),\s*(\d{4})(?!\d)"), "mdy"),
        # '2019. április 11.', '2024. szept. 9. 12:20': Hungarian order, a dot after the year and after the day
        # (both dots asked for, so a sentence ending on a year and the next opening on a day is not read)
        (re.compile(rf"(?<![\d.\-/:])(\d{{4}})\.\s+{month}\s+(\d{{1,2}})\.(?!\d)", re.I), "yMd"),
        # '2023 03/17 17:09:25', '2023 03/ 17 17:09:25': a news agency's stamp with the year set apart from
        # the month and the day, read only before its time
        (re.compile(r"(?<![\d.\-/:])(\d{4})\s+(\d{1,2})\s?/\s?(\d{1,2})(?=\s+\d{1,2}:\d\d(?!\d))"), "ymd"),
        # '113年11月22日', '民國113年11月22日', '中華民國99年1月5日', '113/11/22', '113.11.22': Taiwan's official
        # pages count years from the Republic's founding (Minguo year 1 = 1912); a year of two or three digits
        # before 年 is read so only after the era's name, or as the three digits of this century's Minguo years
        # (100-139 = 2011-2050); the slashed, dotted and dashed forms only as three digits standing apart
        (re.compile(r"(?:中華民國|中华民国|民國|民国)\s?(\d{2,3})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日"), "Rmd"),
        (re.compile(r"(?<![\dA-Za-z.\-/])(1[0-3]\d)\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日"), "Rmd"),
        (re.compile(r"(?<![\dA-Za-z.\-/:])(1[0-3]\d)([-./])(0[1-9]|1[0-2])\2([0-2]\d|3[01])(?![\d.\-/])"), "R-md"),
    )
    partial = (
        (re.compile(r"(?<!\d)(\d{1,2})\s?月\s?(\d{1,2})\s?日"), "md"),
        (re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+{month}(?!\w)", re.I), "dM"),
        # not 'Long March 3B', 'March 5G': a capital glued to the number, no word after it, is a model's name
        (re.compile(rf"\b{month}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?![A-Z](?![a-z]))", re.I), "Md"),
    )
    cjk = [w for w in patterns.weekdays if w not in spaced]
    weekday = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(spaced, key=len, reverse=True))) + r")\b\.?"
        + ("|(" + "|".join(map(re.escape, cjk)) + ")" if cjk else ""),
        re.I,
    )
    zones = sorted(patterns.time_zones, key=len, reverse=True)
    zone = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, zones)) + r")(?!\w)") if zones else None
    return _Grammar(full, partial, weekday, zone)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def find_dates(line: str, *, day_first: bool = True, patterns: Patterns | None = None) -> list[FoundDate]:
    """All dates in a line, in order: full dates first claim their span, then month-day ones."""
    line = line[:MAX_SCAN_LINE]
    if not DIGIT.search(line):
        return []  # every form of a date above has its day or its year in digits
    return list(_dates_in(line, day_first, patterns or load_patterns()))


DIGIT = re.compile(r"\d")


# The stages of ingest ask about the same lines again and again (the head of a page by the
# headline, byline, dateline and date readers alike); each line is read once.
@lru_cache(maxsize=8192)
def _dates_in(line: str, day_first: bool, patterns: Patterns) -> tuple[FoundDate, ...]:
    grammar = _grammar(patterns)
    line = _unglue_year(line, patterns)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for table in (grammar.full, grammar.partial):
        for regex, order in table:
            if regex is SHORT_YEAR_FIRST and not CJK_CHAR.search(line):
                continue
            for match in regex.finditer(line):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                found.append(_found(match, order, day_first, patterns))
    for match in GLUED_CJK_DATE.finditer(line):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            glued = _glued_cjk_date(match)
            if glued:
                taken.append(match.span())
                found.append(glued)
    return tuple(sorted(found, key=lambda f: f.start))


# '15 сентября 202215 сен 2022': a page that prints a long and a short form of its date (one for
# wide screens, one for narrow), copied without the space between them
GLUED_DATES = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}\s?([^\W\d_]+))")


def _unglue_year(line: str, patterns: Patterns) -> str:
    """A space after a year glued to the next date's day and month name (the offsets of dates
    after it move by one)."""
    return GLUED_DATES.sub(lambda m: m.group(1) + " " if m.group(2).casefold() in patterns.months else m.group(1), line)


# '20221124日', '2014417日': a Chinese date whose 年 and 月 were lost in the copy; read only
# when the digits after the year split into a month and a day one way alone ('2023111日' is not read)
GLUED_CJK_DATE = re.compile(r"(?<![\d.\-/])((?:19|20)\d\d)(\d{3,4})日")


def _glued_cjk_date(match: re.Match) -> FoundDate | None:
    year, rest = int(match.group(1)), match.group(2)
    readings = []
    for cut in (1, 2):
        if len(rest) - cut > 2:
            continue  # the day has at most two digits
        month, day = int(rest[:cut]), int(rest[cut:])
        value = _checked_date(year, month, day, match.group(0))[0] if 1 <= month <= 12 else None
        if value:
            readings.append(value)
    if len(set(readings)) != 1:
        return None
    value = readings[0]
    return FoundDate(value, match.group(0), match.start(), True, value.month, value.day, None, False, "ymd")


def _found(match: re.Match, order: str, day_first: bool, patterns: Patterns) -> FoundDate:
    parts = dict(zip(order, match.groups()))
    if "R" in parts:  # a Minguo year (Taiwan's official calendar), the separator dropped
        parts = {"y": str(int(parts["R"]) + MINGUO_YEAR_ZERO), "m": parts["m"], "d": parts["d"]}
    ambiguous = False
    if order == "nny":
        first, second = int(match.group(1)), int(match.group(2))
        ambiguous = first <= 12 and second <= 12 and first != second
        if not ambiguous and (first > 12 or second > 12):
            day_first = first > 12  # '23-08-2024' and '08-23-2024' can be read only one way
        parts = dict(zip("dmy" if day_first else "mdy", match.groups()))
    month = parts.get("m") or patterns.months.get(parts.get("M", "").casefold().rstrip("."), 0)
    day, month = int(parts["d"]), int(month)
    has_year = "y" in parts
    value, problem = None, None
    if has_year:
        year = int(parts["y"])
        if len(parts["y"]) == 2:  # only the two-digit year forms above: '98' is 1998, '12' 2012
            year += 1900 if year >= 70 else 2000
        value, problem = _checked_date(year, month, day, match.group(0))
    elif not _valid_month_day(month, day):
        problem = f"impossible date '{match.group(0)}'"
    order = "".join(parts)
    return FoundDate(value, match.group(0), match.start(), has_year, month, day, problem, ambiguous, order)


def _checked_date(year: int, month: int, day: int, printed: str) -> tuple[dt.date | None, str | None]:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, f"impossible date '{printed}' (year {year})"
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, f"impossible date '{printed}'"


def _valid_month_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is possible
        return True
    except ValueError:
        return False


def named_days(text: str, patterns: Patterns | None = None) -> frozenset[tuple[int, int]]:
    """(month, day) of every date the text writes with a month name ('Dec. 4', '9 April 2024')."""
    return frozenset((f.month, f.day) for f in find_dates(text, patterns=patterns) if "M" in f.order and not f.problem)


def read_other_way(found: FoundDate) -> FoundDate | None:
    """An ambiguous all-numeric date read with day and month swapped ('12/4/2023': 4 December
    instead of 12 April)."""
    if not (found.ambiguous and found.value):
        return None
    value, problem = _checked_date(found.value.year, found.day, found.month, found.printed)
    return replace(found, value=value, month=found.day, day=found.month, problem=problem) if value else None


def parse_date(text: str, *, day_first: bool = True) -> dt.date | None:
    """The first complete, possible date written in `text`, or None. Never raises."""
    for found in find_dates(str(text), day_first=day_first):
        if found.value:
            return found.value
    return None


def date_in_year(found: FoundDate, year: int) -> dt.date | None:
    """A month-day date placed in a given year, or None if it cannot exist there."""
    try:
        return dt.date(year, found.month, found.day)
    except ValueError:
        return None


def find_time(line: str) -> str | None:
    """The first time of day, as printed in 24-hour form ("19:55", "17:51:59").

    A 12-hour time ("9:00pm") is given in 24-hour form ("21:00"), hours always in two digits,
    so that every time reads the same way downstream.
    """
    line = GLUED_YEAR.sub(r"\1 ", line[:MAX_SCAN_LINE])
    match = TIME.search(line) or DOTTED_TIME.search(line)
    if not match:
        return None
    hour, minute, second, half = match.groups()
    hour = int(hour)
    half = half or _chinese_half_of_day(line[: match.start()])
    if half and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return f"{hour:02d}:{minute}" + (f":{second}" if second else "")


# '下午9:15', '晚上 8:30', '上午10:05': a Chinese 12-hour time names the part of the day before it
CHINESE_HALF_OF_DAY = re.compile(r"(?:(?P<am>上午|凌晨|早上|清晨)|(?P<pm>下午|晚上|傍晚|夜间|夜間))\s?$")


def _chinese_half_of_day(before: str) -> str | None:
    """'a' or 'p' for a Chinese word for the morning or the afternoon and evening right before a time."""
    match = CHINESE_HALF_OF_DAY.search(before)
    return None if match is None else ("p" if match.group("pm") else "a")


def find_utc_offset(line: str, patterns: Patterns | None = None) -> str | None:
    """'GMT+8' -> '+08:00'; a known zone name ('IST') -> its offset."""
    line = line[:MAX_SCAN_LINE]
    match = GMT_OFFSET.search(line)
    if match:
        sign = "-" if match.group(1) in "-−" else "+"
        hours = int(match.group(2))
        return f"{sign}{hours:02d}:{match.group(3) or '00'}" if hours <= 14 else None
    zone = zone_named(line, patterns)
    return zone[0] if zone else None


def zone_named(line: str, patterns: Patterns | None = None) -> tuple[str, bool] | None:
    """(offset, day_first) of a time zone name printed in the line."""
    patterns = patterns or load_patterns()
    regex = _grammar(patterns).zone
    match = regex.search(line[:MAX_SCAN_LINE]) if regex else None
    return patterns.time_zones[match.group(1)] if match else None


def has_weekday(line: str, patterns: Patterns | None = None) -> bool:
    return bool(_grammar(patterns or load_patterns()).weekday.search(line[:MAX_SCAN_LINE]))


def find_weekdays(text: str, patterns: Patterns | None = None) -> list[tuple[int, int]]:
    """(position, weekday number) of each weekday name in the text."""
    patterns = patterns or load_patterns()
    return [
        (m.start(), patterns.weekdays[m.group(0).rstrip(".").casefold()])
        for m in _grammar(patterns).weekday.finditer(text[:MAX_SCAN_LINE * 4])
    ]


# a clock time that ends a line ('… 10:00:00 AM', '… 14:05')
CLOCK_AT_END = re.compile(r"\s\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?\s*$", re.I)


def trailing_stamp_start(line: str, patterns: Patterns | None = None) -> int | None:
    """Where a weekday, a full date and a clock time printed at the end of a line begin
    ('… of Russia and Belarus Tuesday, August 31, 2021 10:00:00 AM', '… Беларуси пятница,
    6 мая 2022 09:30'), or None: the page's stamp run into the line before it. The weekday and
    month names are those of the date grammar, so every language it reads is cut the same way."""
    patterns = patterns or load_patterns()
    line = line[:MAX_SCAN_LINE]
    clock = CLOCK_AT_END.search(line)
    if clock is None:
        return None
    for weekday in _grammar(patterns).weekday.finditer(line, 0, clock.start()):
        start = weekday.start()
        if start == 0 or not line[start - 1].isspace() or not line[:start].strip():
            continue
        between = line[weekday.end() : clock.start()].strip(" ,")
        found = find_dates(between, patterns=patterns)
        if len(found) == 1 and found[0].has_year and found[0].printed.strip(" ,") == between:
            return start
    return None


def most_recent_weekday(weekday: int, on_or_before: dt.date) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


# A year named as a whole, with no month or day ('в 2023 году', 'за 2023 год', 'in 2023', '2023年'
# not followed by a month): a period's figure ('produced 68,000 cars in 2023'), not a day's event
WHOLE_YEAR = re.compile(
    r"(?<![\w-])(?:в|за|по итогам)\s+((?:19|20)\d\d)\s+(?:год|году|года)(?!\w)"
    r"|(?<![\w-])(?:in|for|during)\s+((?:19|20)\d\d)(?![\d\-–/])"
    r"|(?<![\d\-–/至到])((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)(?!\s*[-–至到])",
    re.IGNORECASE,
)


def whole_years(text: str) -> list[int]:
    """The years a text names as whole years, in order."""
    return [int(next(g for g in match.groups() if g)) for match in WHOLE_YEAR.finditer(text)]


CALENDAR_DAYS_ROW = 7  # a month grid's header names every day of the week


def calendar_years(lines: list[str], patterns: Patterns | None = None) -> list[int]:
    """The years of an archive calendar's month headings ('<Март 2015' over 'ПнВтСрЧтПтСбВс'):
    the widget opens at the month of the story it sits beside, so its year is the story's era."""
    patterns = patterns or load_patterns()
    short = sorted((w for w in patterns.weekdays if len(w) <= 3 and w.isalpha()), key=len, reverse=True)
    row = re.compile(r"(?:(?:" + "|".join(map(re.escape, short)) + rf")\.?\s*){{{CALENDAR_DAYS_ROW}}}", re.I)
    month = "|".join(map(re.escape, sorted(patterns.months, key=len, reverse=True)))
    heading = re.compile(rf"[<«‹]?\s*(?:{month})\s+((?:19|20)\d\d)\s*[>»›]?", re.I)
    years = []
    for number, line in enumerate(lines[:-1]):
        found = heading.fullmatch(line.strip())
        if found and row.fullmatch(lines[number + 1].strip()):
            years.append(int(found.group(1)))
    return years


# A Russian masculine past ends in a bare 'л', as nouns do too ('канал', 'финал'), so dates.yaml's past
# markers, which the event rules share, leave it out; a sentence opening with its day is told in the past by
# the news verbs' own masculine forms ('31 августа X провел встречу', not '31 августа состоится финал')
RUSSIAN_MASCULINE_PAST = re.compile(
    r"(?<![а-яё])(?:"
    r"провел|провёл|подписал|заявил|отметил|посетил|принял|прибыл|выступил|обсудил|сообщил|открыл|вручил"
    r"|поздравил|направил|передал|утвердил|назначил|объявил|призвал|подчеркнул|прошел|прошёл|завершил|начал"
    r"|побывал|осмотрел|встретил|прилетел|вылетел|приехал|покинул|наградил|произнес|произнёс|подвел|подвёл"
    r"|получил|предложил|поддержал|одобрил|ратифицировал|вступил|пригласил|заключил|представил|выразил|пообещал"
    r"|указал|добавил|рассказал|сказал|пояснил|напомнил|констатировал|возглавил|стартовал"
    r")(?![а-яё])", re.I)


def told_in_past(text: str, patterns: Patterns) -> bool:
    """Whether a sentence tells a finished event: a past verb of its language (the shared past markers,
    or a news verb's Russian masculine form)."""
    return bool(RUSSIAN_MASCULINE_PAST.search(text)) or any(p.search(text) for p in patterns.past_markers)
