"""The publication date: clues from date lines, the store's marker and the caller, weighed."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from despatch.ingest.dates import (
    LONE_SLASHED_SHORT_YEAR, LONE_WORDED_SHORT_YEAR, MINGUO_YEAR_ZERO, SHORT_YEAR_LAST, YEAR, FoundDate, calendar_years, date_in_year, find_dates, find_time, find_utc_offset, find_weekdays, has_weekday, named_days, read_other_way, told_in_past,
    whole_years, zone_named,
)
from despatch.ingest.datelines import Dateline, dateline_in
from despatch.ingest.layout import IMAGE_ALT, RELATED_LINK, Layout, lead
from despatch.ingest.lines import CJK, CYRILLIC, LATIN, NUMBERED_ACT_BEFORE, WEB_ADDRESS, WEB_ADDRESS_FORM, Line, has_word, is_stamp
from despatch.ingest.settings import EVENT_MAX_DAYS_BEFORE, MAX_SCAN_LINE, Patterns
from despatch.model import Message
from despatch.registry import fold

# Strongest first: a labelled publication date, an unlabelled date line, an update stamp,
# a date in the headline, the store's marker, the caller's hint.
RANK = {"published": 0, "stamp": 1, "updated": 2, "headline": 3, "marker": 4, "hint": 5}
SENTENCE = re.compile(r"[^.!?。！？\n]{1,2000}[.!?。！？]?")
MAX_CONTENT_SCAN = 20_000
MARKER_CHECK_PARAGRAPHS = 6  # paragraphs of the lead whose named days may rule out the store's marker
OPENING_DATE_REACH = 3  # characters before a date that opens a line, and between it and its time


@dataclass(frozen=True)
class Publication:
    clue: DateClue | None  # the date that won, with its time and UTC offset
    notes: tuple[str, ...]  # the clues that lost, for the build report
    messages: list[Message]


@dataclass(frozen=True)
class DateClue:
    date: dt.date
    kind: str  # a key of RANK
    printed: str
    line: int | None = None
    time: str | None = None
    utc_offset: str | None = None


def publication_date(
    layout: Layout, marker: str | None, hint: dt.date | None, month_first: bool, patterns: Patterns, path: str
) -> Publication:
    """The publication date: the strongest clue among date lines, the store's marker and the hint."""
    title_line = layout.title.number if layout.title else None
    lines = [_citation_date(_headline_image_alt(_as_date_line(line, patterns), layout.title)) for line in layout.head]
    lines = lines[:-BYLINE_DATE_LINES] + [_byline_date(line, patterns) for line in lines[-BYLINE_DATE_LINES:]]
    lines += [replace(line, kind="stamp") for line in layout.closing if is_edition(line.text, patterns)]
    lines += [_glued_labelled_date(line, patterns) or _bracket_dated_heading(line, patterns)
              or _opening_numeric_date(_citation_date(_dateline_date(line, patterns)), patterns)
              for line in lead(layout, 1) if line not in layout.head]
    lines += _flattened_published_label(layout)
    lines += _flattened_headline_stamp(layout, patterns)
    lines += _split_stamp_lines(layout.head, patterns)
    lines += _minguo_stamp_lines(layout.head, patterns)
    lines += _second_paragraph_dateline_date(layout, patterns)
    lines += _news_item_label_date(layout)
    lines += _stamp_over_wire_lead(layout, patterns)
    named = named_days(" ".join(line.text[:MAX_SCAN_LINE] for line in layout.head + lead(layout)), patterns)
    reported = _reported_days(layout, patterns)
    clues, messages = date_line_clues(lines, title_line, patterns, path, month_first=month_first, named=named,
                                      reported=reported)
    clues = _archive_breadcrumb_clues(layout.head, patterns) + clues
    clues = _without_site_clock(clues, layout.head, title_line, patterns)
    clues = _without_listing_stamps(clues, layout.head, title_line)
    clues = _without_list_under_story(clues, layout)
    clues = _without_teaser_stamp(clues, layout.head)
    clues = _without_teaser_over_headline(clues, layout.head, title_line)
    clues = _without_stale_masthead_stamp(clues, layout, title_line, patterns)
    clues = _without_stamps_under_wire_lead(clues, layout, patterns)
    clues += [] if clues else _minguo_code_clues(layout.closing)
    clues += [] if clues else _closing_bracket_date_clues(layout.closing, month_first, patterns)
    clues += [] if clues else _yearless_label_clues(layout, patterns)
    clues += [] if clues else _closing_credit_date_clues(layout.closing, patterns)
    clues += [] if clues else _closing_stamp_clues(layout.closing, month_first, patterns, path)
    clues += [] if clues else _closing_tracking_code_clues(layout.closing)
    clues += [] if clues or marker else _page_address_clues(layout.head)
    clues = _without_access_stamps(clues, layout)
    notes = []
    marker_clue, marker_note = _marker_clue(marker, layout, patterns)
    if marker_note:
        notes.append(marker_note)
    if marker_note and marker_clue is None:
        messages.append(Message(path, f"the leading date marker {marker} contradicts the text; date left empty"))
    clues += [c for c in (marker_clue, hint and DateClue(hint, "hint", "hint")) if c]
    clues = (clues or _dateline_in_address_year(layout, patterns) or _dateline_in_stated_year(layout, patterns) or _dateline_after_reported_year(layout, patterns)
             or _dateline_on_lead_weekday(layout, patterns) or _dateline_before_announced_day(layout, patterns)
             or _dateline_in_edition_year(layout, patterns) or _dateline_in_anniversary_year(layout, patterns)
             or _dateline_in_victory_anniversary_year(layout, patterns) or _dateline_after_year_to_date(layout, patterns)
             or _dateline_day_in_lead(layout, patterns) or _dateline_after_recent_past_date(layout, patterns)
             or _yearless_stamp_after_recent_past_date(layout, patterns))
    clues = _without_stamps_after_update(clues, layout.head)
    chosen = choose_date(clues)
    wire_day = chosen and _wire_day_before_repost(chosen, layout, patterns)
    wire_day = wire_day and (_edition_after_wire_day(wire_day, chosen, layout, patterns) or wire_day)
    if wire_day:
        notes.append(f"page date {chosen.date} yields to the day the wire filed, {wire_day.date} ({wire_day.printed!r})")
        clues, chosen = clues + [wire_day], wire_day
    wire_dated = chosen and _wire_full_date_before_copy(chosen, clues, layout, patterns)
    if wire_dated:
        notes.append(f"page date {chosen.date} yields to the day the wire's dateline prints in full, {wire_dated.date} ({wire_dated.printed!r})")
        chosen = wire_dated
    told_today = chosen and chosen.kind in ("published", "stamp") and _lead_today_before(chosen, layout, patterns)
    if told_today:
        notes.append(f"page date {chosen.date} yields to the day the lead calls 'today', {told_today.date}")
        clues, chosen = clues + [told_today], told_today
    weekday_day = chosen and chosen.kind in ("published", "stamp") and _lead_weekday_day_off_stamp_year(chosen, layout, patterns)
    if weekday_day:
        notes.append(f"page date {chosen.date} yields to the lead's day {weekday_day.printed!r}, on its weekday in {weekday_day.date.year}")
        clues, chosen = clues + [weekday_day], weekday_day
    if chosen and chosen.kind == "updated" and _stale_revision(chosen, layout):
        notes.append(f"update stamp {chosen.date} dropped: the site's header, or the story names no year later than {chosen.date.year - STALE_UPDATE_YEARS}")
        clues, chosen = [], None
    if chosen and _stale_header_date(chosen, clues, layout):
        notes.append(f"header date {chosen.date} dropped: the only date, above the headline, and the story names no year later than {chosen.date.year - STALE_UPDATE_YEARS}")
        clues, chosen = [], None
    if chosen and chosen.kind == "hint":
        notes.append(f"date {chosen.date} is not printed in the text: it came with the file (hint)")
    notes += [f"{c.kind} date {c.date} ({c.printed!r}) disagrees with {chosen.date}"
              for c in clues if chosen and c.date != chosen.date and c.kind != "updated"]
    return Publication(chosen, tuple(notes), messages)


# 'This was announced today, September 5', 'сегодня, 5 сентября': the lead names the day it calls
# today, the day of writing; a stamp weeks after it is a later copy's or the site's clock
TODAY_DAY_REACH = 3  # characters between the word for today and the day it names
TODAY_MAX_DAYS_BEFORE = 60


def _lead_today_before(chosen: DateClue, layout: Layout, patterns: Patterns) -> DateClue | None:
    """The day the lead's first paragraph calls 'today' ('today, September 5'), in the page date's
    year, when it falls days or weeks before the page date: the story was written that day."""
    paragraphs = lead(layout, 1)
    if not paragraphs:
        return None
    text = paragraphs[0].text[:MAX_SCAN_LINE * 2]
    today = [word for word, offset in patterns.relative_days.items() if offset == 0]
    for found in find_dates(text, patterns=patterns):
        if found.problem or found.has_year:
            continue
        head = text[: found.start]
        if len(head) - len(head.rstrip(" ,")) > TODAY_DAY_REACH:
            continue
        before = " " + fold(head[-20:])
        if not any(before.endswith(" " + word) or CJK.search(word) and before.endswith(word) for word in today):
            continue
        day = date_in_year(found, chosen.date.year)
        if day and dt.timedelta(days=1) <= chosen.date - day <= dt.timedelta(days=TODAY_MAX_DAYS_BEFORE):
            return DateClue(day, chosen.kind, found.printed, paragraphs[0].number)
    return None


WEEKDAY_DAY_GAP = 4  # characters between a weekday and the day it glosses ('в понедельник, 22 мая', '5月22日（周一）')
WEEKDAY_DAY_MIN_DAYS = 60  # a stamp this long after the lead's day is the site's clock, not a late printing
WEEKDAY_DAY_MAX_YEARS = 3  # how far back the lead's day may be sought in a year that puts it on its weekday


def _lead_weekday_day_off_stamp_year(chosen: DateClue, layout: Layout, patterns: Patterns) -> DateClue | None:
    """The lead's day glossed with its weekday ('прибыл в понедельник, 22 мая', 'arrived on Monday, May 22',
    '5月22日（星期一）抵达') when the stamp's year puts that day on another weekday and the stamp falls
    months after it: the stamp is the site's clock, and the story is of that day in the latest year
    before the stamp that puts it on its weekday."""
    for line in lead(layout, 2):
        text = line.text[:MAX_SCAN_LINE * 2]
        weekdays = find_weekdays(text, patterns)
        for found in find_dates(text, patterns=patterns):
            if found.problem or found.has_year:
                continue
            end = found.start + len(found.printed)
            glossed = [number for at, number in weekdays
                       if 0 <= found.start - at <= WEEKDAY_DAY_GAP + 14 and not re.search(r"[^\w\s,(（]", text[at:found.start])
                       or 0 <= at - end <= WEEKDAY_DAY_GAP]
            if len(set(glossed)) != 1:
                continue
            day = _latest_day_on_weekday(found, glossed[0], chosen.date)
            if day and (chosen.date - day).days >= WEEKDAY_DAY_MIN_DAYS and day.year != chosen.date.year:
                return DateClue(day, chosen.kind, found.printed, line.number)
    return None


def _latest_day_on_weekday(found, weekday: int, before: dt.date) -> dt.date | None:
    for year in range(before.year, before.year - WEEKDAY_DAY_MAX_YEARS - 1, -1):
        day = date_in_year(found, year)
        if day and day <= before and day.weekday() == weekday:
            return day
    return None


# a page dated this long after the wire's own day reposts an old story; within two months the page's
# stamp may be the outlet's own later printing (a weekly's digest, a portal's '发布时间' a month on)
REPOST_MIN_DAYS = 60
WIRE_AHEAD_MAX_DAYS = 7  # a wire day this close past the page's stamp is a misprint, not last year's story


def _wire_day_before_repost(chosen: DateClue, layout: Layout, patterns: Patterns) -> DateClue | None:
    """The day of the lead's wire dateline ('人民网北京7月7日电'), when the page's date falls weeks
    after it ('发布时间:2024-11-24' on a mirror): the story is the wire's of that day, in the last
    year that puts the day on or before the page's date (or the day after), and the page a later copy."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return None
    latest = chosen.date + dt.timedelta(days=1)  # a wire may file by its own clock, a day ahead of the page
    clue = _dateline_clue(*found, latest.year)
    if clue and clue.date > latest:
        # a deck's dateline dates the copy in the page's own year only: a year back is a guess; so is
        # a wire day only days past the page's stamp ('Август 07, 2025' over 'ОМСК, 11 августа'): one
        # of the two is misprinted, and a copy kept a year less a few days is the far less likely story
        # a page's own stamp ('来自:某网 2014-12-12' over '莫斯科12月26日电') is no year-old copy either:
        # the store's marker alone is a later keeping, the page's printed date the page's
        near = (clue.date - latest).days <= WIRE_AHEAD_MAX_DAYS
        back = chosen.kind == "marker" and found[0] is not layout.subtitle
        clue = _dateline_clue(*found, latest.year - 1) if back and not near else None
    if clue and chosen.kind == "marker" and (clue.date - chosen.date).days == 1:
        return clue  # no page is kept before the wire filed it: the store's clock is behind the wire's
    if clue is None or (chosen.date - clue.date).days < _repost_gap(chosen):
        return None
    return clue


def _edition_after_wire_day(wire_day: DateClue, chosen: DateClue, layout: Layout, patterns: Patterns) -> DateClue | None:
    """A paper's print line at the story's foot ('《人民日报》(2024年09月08日 02版)') dated on or after
    the wire's day and before a later copy's stamp: the story as printed that day, which the copy reposts."""
    for line in (line for line in layout.closing if is_edition(line.text, patterns)):
        for found in find_dates(line.text[:MAX_SCAN_LINE], patterns=patterns):
            if found.value and found.has_year and wire_day.date <= found.value < chosen.date:
                return DateClue(found.value, "stamp", found.printed, line.number)
    return None


def _wire_full_date_before_copy(chosen: DateClue, clues: list[DateClue], layout: Layout, patterns: Patterns) -> DateClue | None:
    """The complete day (its year too) an agency's dateline prints at the lead ('Бишкек, 05.09.17
    /Кабар/.', 'ALMATY, 5 September 2017 (KazTAG) -'), when the page's own stamp falls a day or more
    after it: the wire dated its story itself, and the stamp is the day a portal copied it."""
    found = _first_lead_dateline(layout, patterns)
    if not found or not found[1].agency or chosen.line == found[0].number:
        return None
    paragraph, dateline = found
    dated = [c for c in clues if c.line == paragraph.number and (c.date.month, c.date.day) == (dateline.month, dateline.day)
             and c.date < chosen.date and _printed_with_year(c)]
    return dated[0] if dated else None


def _printed_with_year(clue: DateClue) -> bool:
    """Whether the clue's printed day names its year, in full or in two digits at its end ('05.09.17')."""
    year = clue.date.year
    return str(year) in clue.printed or bool(re.search(rf"(?<!\d){year % 100:02d}\W*$", clue.printed))


# The store's marker is the day the page was kept, not printed by the outlet: a mirror keeps a
# wire story ('HARARE, Jan 31 (Reuters)') a day or two after the agency filed it. One day apart
# may be the wire's clock, so the marker yields from two days on.
MARKER_REPOST_MIN_DAYS = 2


def _repost_gap(chosen: DateClue) -> int:
    """How many days after the wire's own day the page's date must fall to be a later copy."""
    return MARKER_REPOST_MIN_DAYS if chosen.kind == "marker" else REPOST_MIN_DAYS


DATELINE_LEAD_PARAGRAPHS = 2


def _lead_dateline(layout: Layout, patterns: Patterns) -> tuple[Line, Dateline] | None:
    """The lead paragraph that opens with a dateline, and the dateline, when that gives a day and
    month but no year; a standfirst may come before it. A wire's dateline may open the line taken
    for the deck ('新华社杜尚别7月3日电 题:…', the story's title after it): that is the lead's too."""
    deck = dateline_in(layout.subtitle, patterns) if layout.subtitle else None
    if deck and deck.agency:
        return (layout.subtitle, deck) if deck.month and deck.day and not deck.has_year else None
    found = _first_lead_dateline(layout, patterns)
    return found if found and found[1].month and found[1].day and not found[1].has_year else None


def _first_lead_dateline(layout: Layout, patterns: Patterns) -> tuple[Line, Dateline] | None:
    """The first of the lead's paragraphs that opens with a dateline, and the dateline."""
    for paragraph in lead(layout, DATELINE_LEAD_PARAGRAPHS):
        dateline = dateline_in(paragraph, patterns)
        if dateline:
            return paragraph, dateline
    return None


def _without_stamps_under_wire_lead(clues: list[DateClue], layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The clues less a stamp below a lead that opens with a wire's day ('МИНСК, 18 фев — РИА
    Новости. ...' over a related headline and '11 августа 2015, 15:59') on another day: the story
    has already told its day, so a later stamp of a different one belongs to a linked story."""
    found = _lead_dateline(layout, patterns) or _opening_wire_dateline(layout, patterns)
    if not found or not found[1].agency:
        return clues
    line, dateline = found
    return [c for c in clues if not (c.kind == "stamp" and c.line is not None and c.line > line.number
                                     and (c.date.month, c.date.day) != (dateline.month, dateline.day))]


def _opening_wire_dateline(layout: Layout, patterns: Patterns) -> tuple[Line, Dateline] | None:
    """The page's first line when it opens with a wire's day and month and no year, though the
    headline was taken from below it (a copy that lost its own headline)."""
    first = layout.head[0] if layout.head else None
    dateline = first and dateline_in(first, patterns)
    if dateline and dateline.agency and dateline.month and dateline.day and not dateline.has_year:
        return first, dateline
    return None


def _dateline_clue(line: Line, dateline: Dateline, year: int) -> DateClue | None:
    """The dateline's day and month in the given year, as a stamp clue; none if that year has no such day."""
    try:
        day = dt.date(year, dateline.month, dateline.day)
    except ValueError:
        return None
    return DateClue(day, "stamp", line.text[: dateline.end].strip(), line.number)


def _story_text(layout: Layout) -> str:
    """The headline and body, as far as a year named in the story is looked for."""
    lines = [line for line in [layout.title] * bool(layout.title) + layout.body if not PHOTO_CREDIT_END.search(line.text)]
    return "\n".join(line.text for line in lines)[:MAX_CONTENT_SCAN]  # a caption's year is the picture's


STALE_UPDATE_YEARS = 2
# 'Last updated', 'Последнее обновление', '最后更新': the page's latest revision (a bare 'Updated:'
# is how many portals print the day they posted the story)
LAST_REVISION = re.compile(r"(?:\blast|последн\w*|最后|最後|最近)\s*(?:updated?|modified|revised|обновлени\w*|изменени\w*|更新|修改)", re.I)


def _stale_revision(clue: DateClue, layout: Layout) -> bool:
    """A 'last updated' stamp, the only date of the page, years after every year the story
    names ('Последнее обновление: 24.11.2024' over a story of 2016): the site's later revision,
    not the day the story came out. A story that names no year cannot tell, unless the page's
    archive calendar opens at a month of its own years before, or the stamp stands above the
    headline, in the site's header: the site's revision, not the story's, unless a year says so."""
    line = next((line for line in layout.head if line.number == clue.line), None)
    if line is None or not LAST_REVISION.search(line.text[: max(0, line.text.find(clue.printed))]):
        return False
    text = _story_text(layout)
    years = [int(year) for year in YEAR.findall(text)] or calendar_years([line.text for line in layout.closing + layout.tail])
    if not years:
        return bool(layout.title) and line.number < layout.title.number
    return max(years) <= clue.date.year - STALE_UPDATE_YEARS


def _stale_header_date(clue: DateClue, clues: list[DateClue], layout: Layout) -> bool:
    """A bare date in the site's header, above the headline, the page's only date, years after every
    year the story names ('22 November 2024' over a report of 'the first eight months of 2014'): the
    day the page was copied, printed by the site's header, not the day the story came out."""
    if clue.kind != "stamp" or clue.time or not layout.title or clue.line is None or clue.line >= layout.title.number:
        return False
    if any(c.date != clue.date for c in clues):
        return False
    text = _story_text(layout)
    years = [int(year) for year in YEAR.findall(text)]
    if not years or max(years) > clue.date.year - STALE_UPDATE_YEARS:
        return False
    # a story naming only earlier years may still be of the header's year ('this year'); figures for part
    # of a year ('за восемь месяцев 2014 года') are told in that year or the next, never years on
    return any(int(next(y for y in m.groups() if y)) <= clue.date.year - STALE_UPDATE_YEARS
               for m in PART_YEAR_FIGURES.finditer(text))


# 'за восемь месяцев 2014 года', 'in the first eight months of 2014', '2014年前8个月', '2014年1-8月', 'January-August
# 2014': figures for the first part of a year, which name the year the story was written in (or the one before)
PART_YEAR_FIGURES = re.compile(
    r"\b(?:за|в)\s+(?:перв\w+\s+)?(?:[а-яё]+\s+)?(?:месяц\w*|квартал\w*|полугоди\w*)\s+((?:19|20)\d\d)\s+г"
    r"|\b(?:first|past)\s+(?:\w+\s+){0,2}(?:months|quarters?|half)\s+of\s+((?:19|20)\d\d)(?!\d)"
    r"|(?<!\d)((?:19|20)\d\d)\s?年\s?(?:前\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?个?個?月|1\s?月?\s?[-–—~至到]\s?\d{1,2}\s?月|上半年|前三季度)"
    r"|\bJanuary\s?[-–—]\s?(?:February|March|April|May|June|July|August|September|October|November)(?:\s+of)?,?\s+((?:19|20)\d\d)(?!\d)"
    r"|\bянвар[еья]\s?[-–—]\s?(?:феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр|ноябр)\w*\s+((?:19|20)\d\d)\s+г",
    re.I)


# 'в январе-октябре текущего года … к аналогичному периоду 2021 года', 'this year … from the
# same period of 2021', '今年…比2021年同期': this year's figures set against the same months of
# the year before, which names the story's year (the year after it)
THIS_YEAR = re.compile(r"\b(?:текущего|этого|нынешнего|сего) года\b|\bthis year\b|今年", re.I)
SAME_PERIOD_OF = re.compile(
    r"\b(?:аналогичн\w+|того же) период\w* (?P<ru>(?:19|20)\d\d) года\b"
    r"|\bthe same period (?:of|in|last year,?) (?P<en>(?:19|20)\d\d)\b"
    r"|(?:比|较|較|与|與)\s*(?P<zh>(?:19|20)\d\d)\s*年同期", re.I)


def _dateline_in_stated_year(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead dateline's day and month ('МИНСК, 16 ноя — ПРАЙМ.'), in the year a sentence of the
    story calls this year by setting it against the same period of the year before; only when no
    later year is named anywhere (a comparison with an earlier year, before a crisis, would mislead)."""
    found = _lead_dateline(layout, patterns)
    if not found:
        return []
    text = "\n".join(line.text for line in layout.body)[:MAX_CONTENT_SCAN]
    compared = {int(m.group("ru") or m.group("en") or m.group("zh"))
                for sentence in SENTENCE.findall(text) if THIS_YEAR.search(sentence)
                for m in SAME_PERIOD_OF.finditer(sentence)}
    if len(compared) != 1 or max(int(y) for y in YEAR.findall(text)) > min(compared):
        return []
    clue = _dateline_clue(*found, min(compared) + 1)
    return [clue] if clue else []


RESULTS_SEASON_MONTHS = 2  # January and February: when a year's totals are told, and only the last year's


def _dateline_after_reported_year(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead dateline's day and month ('Москва. 31 января. INTERFAX.RU') early in a year, in the
    year after the one whose totals the opening sentence tells as done ('произвело в 2023 году около
    68 тысяч авто'): in the first weeks of a year no one reports that year's whole; only when no
    later year is named anywhere."""
    found = _lead_dateline(layout, patterns)
    if not found or found[1].month > RESULTS_SEASON_MONTHS:
        return []
    line, dateline = found
    opening = SENTENCE.match(line.text[dateline.end :][:MAX_SCAN_LINE])
    sentence = opening.group(0) if opening else ""
    years = set(whole_years(sentence))
    if len(years) != 1 or has_word(sentence, patterns.future_words) or not any(p.search(sentence) for p in patterns.past_markers):
        return []
    year = years.pop()
    if max(int(y) for y in YEAR.findall(_story_text(layout))) > year:
        return []
    clue = _dateline_clue(line, dateline, year + 1)
    return [clue] if clue else []


def _dateline_on_lead_weekday(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead dateline's day and month ('ASTANA, June 7 (Xinhua) -- Xi arrived here Wednesday'),
    in the latest year the story names, when that year alone of the years named puts the day on
    the weekday the opening sentence tells: a wire reports its own day's news by its weekday.
    Only a wire's dateline: a bare 'MINSK, Aug. 22 —' may open an undated later copy."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return []
    line, dateline = found
    told = line.text[dateline.end :]
    weekdays = find_weekdays(told, patterns)
    text = _story_text(layout)
    years = {int(year) for year in YEAR.findall(text)}
    if not weekdays or not years or _weekday_glossed_with_other_day(told, weekdays[0][0], dateline, patterns):
        return []
    clues = [clue for clue in (_dateline_clue(line, dateline, year) for year in years)
             if clue and clue.date.weekday() == weekdays[0][1]]
    if len(clues) != 1 or clues[0].date.year != max(_years_not_deadlines(text, patterns), default=0):
        return []
    return clues


def _years_not_deadlines(text: str, patterns: Patterns) -> set[int]:
    """The years a story names, less those a plan runs to ('на период до 2030 года', 'by 2035',
    '到2030年', 'EXPO-2030'): a deadline is later than the day of writing, so it cannot be the
    latest year the story's news falls in."""
    return {int(match.group(1)) for match in YEAR.finditer(text)
            if not has_word(text[max(0, match.start() - 12) : match.start()], patterns.future_prepositions, last=True)
            and not NAMED_YEAR.search(text[max(0, match.start() - 12) : match.start()])}


# 'arrived in Dushanbe Thursday [March 2] afternoon': a weekday with its own day in brackets
WEEKDAY_GLOSS = re.compile(r"\w+\.?,?\s*[\[(]([^\])\n]{3,24})[\])]")


def _weekday_glossed_with_other_day(text: str, start: int, dateline: Dateline, patterns: Patterns) -> bool:
    """Whether the weekday at `start` is glossed with a day that is not the dateline's
    ('DUSHANBE, March 3 - … arrived Thursday [March 2]'): that weekday is another day's, and
    cannot tell the dateline's year."""
    gloss = WEEKDAY_GLOSS.match(text, start)
    days = find_dates(gloss.group(1), patterns=patterns) if gloss else []
    return any(day.month and (day.month, day.day) != (dateline.month, dateline.day) for day in days)


ANNOUNCED_DAY_REACH = 31  # days after a dateline within which a dated plan of the lead sets its year
ANNOUNCED_DAY_LEAD = 3  # lead paragraphs searched for that plan


def _dateline_before_announced_day(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead dateline's day and month ('ТАШКЕНТ, 10 сен - Sputnik. Президент посетит страну
    12–14 сентября 2018 года'), in the one year whose complete dates in the lead fall on or within
    a month after that day: news of a visit or meeting dated days ahead is filed in its year."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return []
    line, dateline = found
    clues = set()
    for paragraph in lead(layout, ANNOUNCED_DAY_LEAD):
        for date in find_dates(paragraph.text, patterns=patterns):
            if not _in_future_sentence(paragraph.text, date.start, patterns):
                continue  # '自2014年11月18日开通': a past day the story looks back to sets no year
            clue = date.has_year and date.value and _dateline_clue(line, dateline, date.value.year)
            if clue and 0 <= (date.value - clue.date).days <= ANNOUNCED_DAY_REACH:
                clues.add(clue)
    return list(clues) if len(clues) == 1 else []


# An event's edition named by its year: '2024中国国际友好城市大会', '2024四川國際友城…大會',
# 'exhibition Belagro 2025', 'форум «Иннопром-2024»'. A fair, forum or congress the wire covers
# is held that year; a plan named by a year ('Vision 2030', '2035远景目标') is no event and
# carries none of these words.
EDITION_YEAR = re.compile(
    r"(?<!\d)(?P<zh>(?:19|20)\d\d)(?=[\u4e00-\u9fff][^\s，。,]{0,24}?(?:大会|大會|论坛|論壇|博览会|博覽會|交易会|交易會|峰会|峰會|年会|年會|展览会|展覽會|艺术节|藝術節|文化节|文化節|运动会|運動會))"
    r"|(?:\b(?:exhibition|forum|fair|expo|summit|congress|festival|games|выставк\w*|форум\w*|ярмарк\w*|саммит\w*|фестивал\w*|конгресс\w*)\s+[«\"“]?[A-ZА-ЯЁ][\w.&-]{1,30}[\s-]"
    r"|\b[A-ZА-ЯЁ][\w&-]{1,30}[\s-](?=(?:19|20)\d\d\s+(?:exhibition|forum|fair|expo|summit|congress|festival|выставк|форум|ярмарк|саммит|фестивал)))"
    r"(?P<named>(?:19|20)\d\d)(?!\d)"
    # '“雄鹰突击-2018”', '«Морское взаимодействие-2016»', '"Zapad-2021"': a drill's, fair's or
    # forum's name in quotation marks, its edition's year joined to it by a hyphen
    r"|[“\"«「『][^“”\"«»「」『』\n]{1,30}?[-‐–](?P<quoted>(?:19|20)\d\d)[”\"»」』]"
    # '国际工业展览会INNOPROM-2023': a Chinese word for the fair before its Latin name and year
    r"|(?:展览会|展覽會|博览会|博覽會|交易会|交易會|论坛|論壇|峰会|峰會)\s?[A-Za-z][\w&.]{1,30}[\s-](?P<latin>(?:19|20)\d\d)(?!\d)",
    re.I,
)
# '中国航天迎来2016年“开门红”', '2016年首次发射', 'the first launch of 2016': the news is the year's
# first of its kind, told in that year
YEARS_FIRST = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s?年(?:的)?\s?(?:首[次个個场場批]|第一[次个個场場批]|[“\"「]?(?:开门红|開門紅))"
    r"|\bthe first \w+(?: \w+)? (?:of|in) (?P<en>(?:19|20)\d\d)\b(?!\s*(?:to|-|–))", re.I)
EDITION_LEAD = 2  # lead paragraphs searched for the edition the wire covers


def _dateline_in_edition_year(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead wire dateline's day and month ('MINSK, 6 June (BelTA)', '中新社昆明11月19日电'), in
    the year of the event's edition the lead names ('2024中国国际友好城市大会', 'Belagro 2025'), when
    the lead names one such year and the story no later year: the wire covers the edition of its day.
    So does a year whose first of its kind the lead tells ('迎来2016年“开门红”', 'the first launch of 2016')."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return []
    line, dateline = found
    text = "\n".join(paragraph.text for paragraph in _lead_sentences(layout, EDITION_LEAD))
    years = {int(match.group("zh") or match.group("named") or match.group("quoted") or match.group("latin")) for match in EDITION_YEAR.finditer(text)}
    years |= {int(match.group("year") or match.group("en")) for match in YEARS_FIRST.finditer(text)}
    return _dateline_in_only_year(layout, line, dateline, years)


# a paragraph of the story ends its sentences; a related story's headline set between them does not
SENTENCE_CLOSE = re.compile(r"[.!?。！？…»”\"」)）]\s*$")
LEAD_TEASER_REACH = 2  # lines of other stories' headlines that may stand among the lead's paragraphs


def _lead_sentences(layout: Layout, count: int) -> list[Line]:
    """The first paragraphs of the lead, less the headlines of related stories set between them
    ('坦克接力賽在阿拉比諾拉開帷幕' between a wire's first and second paragraphs)."""
    paragraphs = lead(layout, count + LEAD_TEASER_REACH)
    return [p for i, p in enumerate(paragraphs) if i == 0 or SENTENCE_CLOSE.search(p.text)][:count]


# '庆祝中华人民共和国成立75周年', '新中国成立73周年': the People's Republic's founding day
# (1 October 1949) and its Nth return, which embassies and associations mark in September and
# October of the year 1949 + N
PRC_ANNIVERSARY = re.compile(r"(?:中华人民共和国|中華人民共和國|新中国|新中國)成立\s*(\d{1,3})\s*(?:周年|週年)")
PRC_FOUNDED = 1949
NATIONAL_DAY_MONTHS = (9, 10)  # a wire's dateline in these months marks the anniversary of its year


def _dateline_in_anniversary_year(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead wire dateline's day and month ('中新网马尼拉9月27日电') in September or October, in
    the year of the People's Republic's anniversary the lead celebrates ('成立75周年': 2024), when
    the lead names one such anniversary and the story no later year."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency and found[1].month in NATIONAL_DAY_MONTHS):
        return []
    line, dateline = found
    text = "\n".join(paragraph.text for paragraph in lead(layout, EDITION_LEAD))
    years = {PRC_FOUNDED + int(match.group(1)) for match in PRC_ANNIVERSARY.finditer(text)}
    return _dateline_in_only_year(layout, line, dateline, years)


# '80-летию Победы', '80-й годовщине Победы', 'the 80th anniversary of the victory', '抗战胜利80周年': the
# victory of 1945 and its Nth return, marked on 9 May and on 2-3 September of the year 1945 + N
VICTORY_ANNIVERSARY = re.compile(
    r"(?<!\d)(?P<ru>\d{1,3})\s?[-‑–]?\s?(?:лети\w+|(?:-?(?:й|я|ю|ой|ей))?\s+годовщин\w+)\s+(?:[А-ЯЁа-яё]+\s+){0,2}?[Пп]обед"
    r"|(?<!\d)(?P<en>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,3}?"
    r"(?:[Vv]ictory|end of (?:the )?(?:Second World War|World War II|WWII))"
    r"|(?:胜利|勝利)\s?(?P<zh>\d{1,3})\s?(?:周年|週年)")
VICTORY_YEAR = 1945
VICTORY_DAYS = ((5, 9), (9, 3))  # Victory Day in Europe, and the day China and Russia mark the war's end
ANNIVERSARY_REACH_DAYS = 31  # a wire this close to the anniversary's day tells of that year's


# '2018年1月 - 4月', '2018年1-4月', 'в январе-апреле 2018 года', 'January-April 2018': figures for a year's
# months up to one just past, which a wire reports the month or two after that month ends
YEAR_TO_DATE_ZH = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s?年\s?1\s?月?\s?[-–—~至到]\s?(?P<end>\d{1,2})\s?月")
YEAR_TO_DATE_WORDS = re.compile(
    r"\b(?P<first>[^\W\d_]{3,9})\.?(?:\s?[-–—]\s?|\s+(?:to|through|по)\s+)(?P<last>[^\W\d_]{3,9})\.?"
    r"(?:\s+(?:of\s+)?|,\s?)(?P<year>(?:19|20)\d\d)(?!\d)")
YEAR_TO_DATE_REPORT_MONTHS = 2  # months after the period's last one within which its figures are news


def _dateline_after_year_to_date(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead wire dateline's day and month ('白通社明斯克5月29日电', 'МИНСК, 16 мая — …'), in the year
    whose figures from January to the month just past the story reports ('2018年1月 - 4月', 'в январе-
    апреле 2018 года'): such figures are news in the month or two after; only one such year, and
    no later year named."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return []
    line, dateline = found
    text = _story_text(layout)
    periods = {(int(m.group("year")), int(m.group("end"))) for m in YEAR_TO_DATE_ZH.finditer(text)}
    for m in YEAR_TO_DATE_WORDS.finditer(text):
        first, last = patterns.months.get(fold(m.group("first"))), patterns.months.get(fold(m.group("last")))
        if first == 1 and last:
            periods.add((int(m.group("year")), last))
    years = {year for year, end in periods
             if 1 <= end < 12 and 1 <= dateline.month - end <= YEAR_TO_DATE_REPORT_MONTHS}
    return _dateline_in_only_year(layout, line, dateline, years)


def _dateline_in_victory_anniversary_year(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead wire dateline's day and month ('МИНСК, 30 авг — Sputnik.', 'Душанбе, 05 сентября, — ИА
    «…».') within a month of a day the victory of 1945 is marked on, in the year of the anniversary
    the story celebrates ('80-летию Победы': 2025), when the story names one such anniversary and no
    later year: days from the anniversary, the Nth is this year's, just ahead or just past."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return []
    line, dateline = found
    if not any(_days_apart(dateline.month, dateline.day, month, day) <= ANNIVERSARY_REACH_DAYS for month, day in VICTORY_DAYS):
        return []
    years = {VICTORY_YEAR + int(match.group("ru") or match.group("en") or match.group("zh"))
             for match in VICTORY_ANNIVERSARY.finditer(_story_text(layout))}
    return _dateline_in_only_year(layout, line, dateline, years)


def _days_apart(month: int, day: int, other_month: int, other_day: int) -> int:
    """Days between two days of the year, in a common year, never across the new year."""
    try:
        return abs((dt.date(2001, month, day) - dt.date(2001, other_month, other_day)).days)
    except ValueError:
        return ANNIVERSARY_REACH_DAYS + 1  # 29 February: too rare a day to weigh


def _dateline_day_in_lead(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """The lead dateline's day and month ('DUSHANBE, August 28.'), in the year of the one complete
    date of the lead paragraph that is that very day ('held from August 22 through August 28, 2024'):
    the wire prints its own day in full; only when the story names no later year."""
    found = _lead_dateline(layout, patterns)
    if not found:
        return []
    line, dateline = found
    years = {date.value.year for date in find_dates(line.text[dateline.end :], patterns=patterns)
             if date.has_year and date.value and (date.value.month, date.value.day) == (dateline.month, dateline.day)}
    return _dateline_in_only_year(layout, line, dateline, years)


RECENT_PAST_DAYS = 183  # how long before a wire's day the latest dated event it tells as past may lie
PICTURE_WORD = re.compile(r"摄|攝|图为|圖為|(?i:\bphoto|\bpicture|\bfile image|фото|снимок|кадр)")


def _dateline_after_recent_past_date(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """A wire's yearless dateline ('MINSK, May 8 (Xinhua) --') in the year of the latest complete date the
    story tells, not as a plan ('On February 13, 2018, the two sides waived visas'), when the dateline's day
    falls after it within half a year and the story names no later year: a wire recalls the recent steps
    that led to its news; a story written a year on would name that year."""
    found = _lead_dateline(layout, patterns)
    if not (found and found[1].agency):
        return []
    line, dateline = found
    text = _story_text(layout)
    latest = _latest_told_day(layout, patterns)
    if not latest:
        return []
    years = _years_not_deadlines(text, patterns)  # 'valid until February 13, 2018': a deadline is no past
    if latest.year not in years:
        return []
    clue = _dateline_clue(line, dateline, latest.year)
    if clue and clue.date <= latest:
        return _dateline_after_past_date_across_new_year(line, dateline, latest, text, patterns)
    if max(years) > latest.year:
        return []
    return [clue] if clue and 0 < (clue.date - latest).days <= RECENT_PAST_DAYS else []


def _latest_told_day(layout: Layout, patterns: Patterns) -> dt.date | None:
    """The latest complete date the story's paragraphs tell as past: not a picture's caption ('这是摄于
    2024年4月13日的…', 'Photo taken on …'), whose day may be any time before, nor a plan, told with a word
    of the future ('will', 'посетит', '将'); any other dated sentence tells what was."""
    paragraphs = "\n".join(p.text for p in layout.body if p.kind == "prose" and not PICTURE_WORD.search(p.text))
    told = [f.value for sentence in SENTENCE.findall(paragraphs[:MAX_CONTENT_SCAN])
            if not has_word(sentence, patterns.future_words)
            for f in find_dates(sentence[:MAX_SCAN_LINE], patterns=patterns) if f.value and f.has_year]
    return max(told, default=None)


def _yearless_stamp_after_recent_past_date(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """'11:26, 12 February', '12 февраля, 11:26', '2月12日 11:26': a site's stamp under the headline
    printed without its year, when nothing else dates the page: the year of the latest complete date
    the story tells as past, when the stamp's day falls on it or after it within half a year and
    the story names no later year (as for a wire's yearless dateline above), and a weekday printed
    beside it falls on that day."""
    title = layout.title.number if layout.title else None
    for line in layout.head:
        if title is None or line.number <= title or len(line.text.strip()) > YEARLESS_STAMP_MAX:
            continue
        found = [f for f in find_dates(line.text, patterns=patterns) if not f.problem]
        if len(found) != 1 or found[0].has_year or not (found[0].month and found[0].day):
            continue
        latest = _latest_told_day(layout, patterns)
        years = _years_not_deadlines(_story_text(layout), patterns)
        if not latest or latest.year not in years or max(years) > latest.year:
            return []
        day = date_in_year(found[0], latest.year)
        if not day or not 0 <= (day - latest).days <= RECENT_PAST_DAYS:
            return []
        if any(weekday != day.weekday() for _, weekday in find_weekdays(line.text, patterns)):
            return []  # 'Среда, 14 июня' where that year's 14 June is a Friday: another year's stamp
        time = find_time(line.text)
        return [DateClue(day, "stamp", found[0].printed, line.number,
                         time=time if time and not MIDNIGHT_PLACEHOLDER.match(time) else None)]
    return []


# a sentence whose figures' decimal points ('46.68美元') do not end it: a plan's year may come after one
SENTENCE_OVER_DECIMALS = re.compile(r"(?:[^.!?。！？\n]|(?<=\d)\.(?=\d)){1,2000}[.!?。！？]?")


def _dateline_after_past_date_across_new_year(line: Line, dateline: Dateline, latest: dt.date, text: str,
                                              patterns: Patterns) -> list[DateClue]:
    """'新华网莫斯科1月6日电 … 在2006年12月31日化解了争端后,近日又…': a wire's day early in the year after the
    latest past day it tells, within half a year of it: the year after, when no sentence but a plan ('将从2007年
    开始', 'will reach … by 2011') names a year later than that."""
    clue = _dateline_clue(line, dateline, latest.year + 1)
    if not clue or not 0 < (clue.date - latest).days <= RECENT_PAST_DAYS:
        return []
    told_years = [int(year) for sentence in SENTENCE_OVER_DECIMALS.findall(text[:MAX_CONTENT_SCAN])
                  if not has_word(sentence, patterns.future_words) for year in YEAR.findall(sentence)]
    return [clue] if max(told_years, default=0) <= clue.date.year else []


def _dateline_in_only_year(layout: Layout, line: Line, dateline: Dateline, years: set[int]) -> list[DateClue]:
    """The dateline's day and month in the one year the lead gave for it, unless the story names
    a later year (then the wire's day may fall in that one)."""
    if len(years) != 1:
        return []
    year = next(iter(years))
    if max((int(y) for y in YEAR.findall(_story_text(layout))), default=0) > year:
        return []
    clue = _dateline_clue(line, dateline, year)
    return [clue] if clue else []


def _in_future_sentence(text: str, start: int, patterns: Patterns) -> bool:
    """Whether the sentence holding the date at `start` tells a plan ('посетит', 'will', '将')."""
    for match in SENTENCE.finditer(text):
        if match.start() <= start < match.end():
            return has_word(match.group(0), patterns.future_words)
    return False


# '…每週1班駛回中國大陸。1060522': a Taiwanese wire's filing code closing the story, the year
# of the Republic of China (1911 + 106 = 2017), then month and day
MINGUO_DATE_CODE = re.compile(r"(?<=[\u3400-\u9fff。」）)\]])\s?(?P<year>1[0-4]\d)(?P<month>0[1-9]|1[0-2])(?P<day>[0-3]\d)\s*$")
# lines the code may stand above the page's end: a reposting site prints its source line ('新聞來源:中央社'),
# a tag row and a share widget's call under the wire's story
MINGUO_CODE_REACH = 5


def _minguo_code_clues(closing: list[Line]) -> list[DateClue]:
    """The date of a Minguo filing code ending the story's last line, when nothing else dates it;
    an advertisement's lines may stand under the story ('我是廣告 請繼續往下閱讀', a product's name)."""
    last, match = None, None
    for last in [line for line in closing if line.text.strip()][-MINGUO_CODE_REACH:][::-1]:
        match = MINGUO_DATE_CODE.search(last.text[-MAX_SCAN_LINE:])
        if match:
            break
    if not match:
        return []
    try:
        day = dt.date(MINGUO_YEAR_ZERO + int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return []
    return [DateClue(day, "stamp", match.group(0).strip(), last.number)]


def _last_line(closing: list[Line]) -> Line | None:
    """The story's last line that is not blank."""
    return next((line for line in reversed(closing) if line.text.strip()), None)


# '…ahead of the summit.” (07/09/24)': an all-numeric date alone in brackets closing the story, as
# a link digest dates each item it quotes
CLOSING_BRACKET_DATE = re.compile(r"\(\s*\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\s*\)\s*$")
# '(Xinhua News Agency November 17, 2006)': an agency's credit and the day it ran, in brackets
# closing the story, as portals credit the wire copy they carry
CLOSING_CREDIT_BRACKET = re.compile(r"\(\s*[^\W\d][^()\d]{1,60}?[\s,]+[^()]{0,20}?(?:19|20)\d\d\s*\)\s*$")


def _closing_bracket_date_clues(closing: list[Line], month_first: bool, patterns: Patterns) -> list[DateClue]:
    """The date in brackets at the end of the story's last line, when nothing else dates it; read
    month first where the outlet writes dates so."""
    last = _last_line(closing)
    match = last and (CLOSING_BRACKET_DATE.search(last.text[-MAX_SCAN_LINE:]) or CLOSING_CREDIT_BRACKET.search(last.text[-MAX_SCAN_LINE:]))
    found = match and next((f for f in find_dates(match.group(0).strip(), day_first=not month_first, patterns=patterns) if f.value), None)
    if match and found and not found.has_year:
        return []
    return [DateClue(found.value, "stamp", found.printed, last.number)] if found else []


# '…撥款2.35億美元。中国一带一路网2019-8-7': a Chinese outlet's credit and the complete date run on
# to the end of the story's last paragraph
CLOSING_CREDIT_DATE = re.compile(r"[。！？”」]\s*[\u4e00-\u9fff]{2,12}(?:网|網|社|报|報)\s*((?:19|20)\d\d-\d{1,2}-\d{1,2})\s*$")
# '… in the near future. /// ExampleNews, 8 August 2023', '… сообщил он. // Пример, 3 марта 2024 (Фото – X)':
# an outlet's signature after slashes or a dash, a comma and the complete date (a photo's credit in
# brackets may follow), closing the story's last paragraph
CLOSING_SIGNATURE_DATE = re.compile(
    r"[.!?»”\"]\s*(?:/{2,3}|—|–)\s*[^\W\d_][\w.\-]{1,20}(?: [\w.\-]{1,20}){0,2},\s*"
    r"(\d{1,2}\s+[^\W\d_]{3,9}\.?\s+(?:19|20)\d\d|[A-Za-z]{3,9}\.?\s+\d{1,2},\s+(?:19|20)\d\d)(?:\s*(?:г\.|года))?\.?"
    r"(?:\s*[(（][^()（）]{0,60}[)）])?\s*$")
CLOSING_CREDIT_LINES = 3  # widgets (an office list, share buttons) may stand under the story's end


def _closing_credit_date_clues(closing: list[Line], patterns: Patterns) -> list[DateClue]:
    """The date an outlet's credit carries at the end of one of the last lines, when nothing else dates it."""
    for line in [line for line in closing if line.text.strip()][-CLOSING_CREDIT_LINES:]:
        match = CLOSING_CREDIT_DATE.search(line.text[-MAX_SCAN_LINE:]) or CLOSING_SIGNATURE_DATE.search(line.text[-MAX_SCAN_LINE:])
        found = match and next((f for f in find_dates(match.group(1), patterns=patterns) if f.value), None)
        if found:
            return [DateClue(found.value, "stamp", found.printed, line.number)]
    return []


# 'MENAFN31052024000071011013ID1108280815', 'NEWS20230415001234': an aggregator's tracking code alone on a
# line under the story, its tag in capitals run into the day it filed the item (day, month, four-digit
# year) and a serial number; the one token on the line, so no figure of the story is read as a day
CLOSING_TRACKING_CODE = re.compile(
    r"^\s*[A-Z]{3,12}(?P<day>0[1-9]|[12]\d|3[01])(?P<month>0[1-9]|1[0-2])(?P<year>(?:19|20)\d\d)\d{4,}(?:[A-Z]{1,4}\d{4,})?\s*$")


def _closing_tracking_code_clues(closing: list[Line]) -> list[DateClue]:
    """The day in an aggregator's tracking code on one of the last lines, when nothing else dates the page."""
    for line in reversed(closing):
        match = CLOSING_TRACKING_CODE.match(line.text)
        if match:
            try:
                day = dt.date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
            except ValueError:
                return []
            return [DateClue(day, "stamp", match.group(0).strip(), line.number)]
    return []


CLOSING_STAMP_LINES = 2  # a widget's heading may stand between the story's end and the page's stamp
# a print view's or a share box's link to the page under the story ('Ссылка на текущий документ:
# http://…', 'Permalink: …', '本文链接：…'), or the bare address alone: the page's footer, neither a
# second stamp (a number in the address read as a date) nor one of the story's last lines
PAGE_LINK_LINE = re.compile(
    r"(?i)^\s*(?:(?:ссылка на (?:текущ\w+ документ|(?:эт\w+ )?(?:страниц\w+|материал|стать\w+|новост\w+|публикаци\w+))"
    r"|постоянн\w+ (?:ссылка|адрес)(?: (?:на )?\w+)?|адрес (?:страницы|материала|статьи|новости|публикации)"
    r"|спасылка на (?:гэты |бягучы )?(?:дакумент|старонку|матэрыял)|посилання на (?:цей |поточний )?(?:документ|сторінку|матеріал)"
    r"|permalink|permanent link|link to (?:this|the) (?:page|article|story|document|post)|(?:page|article|story|short) url|url"
    r"|(?:本文|原文|本页|本頁)(?:链接|鏈接|网址|網址|地址))\s*[:：]?\s*)?"
    r"(?:" + WEB_ADDRESS_FORM + r")?\s*$")


def _closing_stamp_clues(closing: list[Line], month_first: bool, patterns: Patterns, path: str) -> list[DateClue]:
    """'更新時間:2021/08/24 09:07' on one of the page's last lines, under the story: where a site
    prints its stamp below the article, that stamp dates it, when nothing above does. Several
    stamps there are a list of other stories' times, not the page's own."""
    # a print view's 'Текущая дата: …' under the story is the day it was printed, not a second stamp
    closing = [line for line in closing if not (line.kind == "stamp" and VIEWING_LABEL.search(line.text[:MAX_SCAN_LINE]))
               and not PAGE_LINK_LINE.match(line.text)]
    if sum(line.kind == "stamp" for line in closing) != 1:
        return []
    # a photo's credit under the stamp ('Photo source: site.kz') is not one of the widget lines it may sit above
    last = [line for line in closing if line.text.strip() and line.kind != "credit"][-CLOSING_STAMP_LINES:]
    stamps = [line for line in last if line.kind == "stamp" and not _sentence_runs_on(line.text, patterns)
              and not _date_in_address(line.text, patterns)]
    return date_line_clues(stamps, None, patterns, path, month_first=month_first)[0]


def _date_in_address(text: str, patterns: Patterns) -> bool:
    """Whether a line's first date is read from inside a web address ('Источник: http://site.ru/
    news/2019/01/25/149075'): the day in the path of the page a story was copied from is the
    source's filing, not a stamp the page prints for itself."""
    text = text[:MAX_SCAN_LINE]
    found = next((f for f in find_dates(text, patterns=patterns) if f.value), None)
    return bool(found and any(m.start() <= found.start < m.end() for m in WEB_ADDRESS.finditer(text)))


# 'Established on April 20, 1997, the association has…': a date the sentence goes on from, past a
# comma, with words; a page's stamp ends at its date, its time or its next label
RUN_ON_AFTER_DATE = re.compile(r"^\s*,\s*(?:[^\W\d_]+\s+){2,}[^\W\d_]")
# '2025年11月28日,中国新疆青年…': Chinese runs the sentence on past the comma with no spaces; a stamp's
# weekday ('2025年11月28日，星期五') is too short to count as words
CJK_RUN_ON_AFTER_DATE = re.compile(r"^\s*[,，]\s*[\u4e00-\u9fff]{4}")


def _sentence_runs_on(text: str, patterns: Patterns) -> bool:
    """Whether a short line's date is part of a sentence (a paragraph cut short, a repeat of the
    story's history) rather than the page's stamp."""
    found = next((f for f in find_dates(text[:MAX_SCAN_LINE], patterns=patterns) if f.value), None)
    rest = text[found.start + len(found.printed) :] if found else ""
    return bool(found and (RUN_ON_AFTER_DATE.match(rest) or CJK_RUN_ON_AFTER_DATE.match(rest)
                           or _sentence_leads_to_date(text[: found.start], patterns)))


# words before a date that make a sentence of the line: a stamp's label has one to three ('Posted by Admin on')
SENTENCE_WORDS_BEFORE_DATE = 4
SENTENCE_CJK_BEFORE_DATE = 6
LETTER_WORD = re.compile(r"[^\W\d_]+")


def _sentence_leads_to_date(before: str, patterns: Patterns) -> bool:
    """'Guyana and India established diplomatic relations on May 26, 1966', 'Отношения были установлены
    2 апреля 1992 года', '两国已经于1992年1月2日建交': a sentence of the story's history told in the past up
    to its date, no stamp's label ('This article was published on …' is the page's stamp)."""
    words = LETTER_WORD.findall(before)
    long_enough = len(words) >= SENTENCE_WORDS_BEFORE_DATE or len(CJK.findall(before)) >= SENTENCE_CJK_BEFORE_DATE
    labelled = has_word(before, patterns.published_labels | patterns.updated_labels)
    return long_enough and not labelled and (told_in_past(before, patterns) or any(map(PAST_FORM.fullmatch, words[1:])))


# a past verb or participle of any stem, past a sentence's first word (a stamp's 'Posted', 'Updated' open it):
# 'established', 'signed'; 'установлены', 'подписаны'
PAST_FORM = re.compile(r"[a-z]{3,}ed|[а-яё]{3,}(?:ены|аны|яты|ено|ано|ято)", re.I)


BYLINE_DATE_LINES = 2  # the byline with its date sits just above the article's text
BYLINE_NAME = re.compile(r"^(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+\s*[,|·•]?\s*$")


def _byline_date(line: Line, patterns: Patterns) -> Line:
    """'Joshua Kucera Jun 18, 2015' just above the article's text: a name and the page's complete
    date ending the line, read as a stamp cut to the date."""
    if line.kind != "short":
        return line
    text = line.text[:MAX_SCAN_LINE]
    found = next((f for f in find_dates(text, patterns=patterns) if f.value), None)
    if not found or found.start + len(found.printed) != len(text.rstrip()) or not BYLINE_NAME.match(text[: found.start]):
        return line
    return replace(line, kind="stamp", text=found.printed)


def _as_date_line(line: Line, patterns: Patterns) -> Line:
    """A head line that dates the article though its shape is not a stamp's: it opens with a
    complete date and a time ('23-02-27 21:51 来源:…') or a time and a date ('15:08 30.08.2025 В …'),
    it is a dateline that carries a year ('Белоруссия, 18 января, 2012, 14:33 — ИА Регнум. …'),
    or it holds nothing but a time and a date in cells ('15:29 | 17 ноября | 2017'): read as a
    stamp, cut to the date."""
    if line.kind == "chrome" and _only_date_cells(line.text, patterns):
        return replace(line, kind="stamp")
    digest = DIGEST_ITEM_HEADER.match(line.text)
    if digest:
        return replace(line, kind="stamp", text=line.text[digest.start("stamp") :])
    if line.kind in ("stamp", "chrome", "caption"):
        return line
    trailing = TRAILING_BRACKET_DATE.search(line.text[-MAX_SCAN_LINE:])
    if trailing:
        return replace(line, kind="stamp", text=trailing.group("stamp"))
    written = _trailing_bracket_written_date(line.text, patterns)
    if written:
        return replace(line, kind="stamp", text=written)
    site_stamp = SITE_SHORT_YEAR_STAMP.match(line.text)
    if site_stamp:
        return replace(line, kind="stamp", text=site_stamp.group("stamp"))
    credited = TRAILING_CREDIT_DATE.search(line.text[-MAX_SCAN_LINE:])
    if credited:
        return replace(line, kind="stamp", text=credited.group("stamp"))
    short_year = CJK_LABELLED_SHORT_YEAR.match(line.text)
    if short_year:
        return replace(line, kind="stamp", text=_short_year_first_iso(short_year))
    posted = CJK_STAMP_BEFORE_POSTED.search(line.text[:MAX_SCAN_LINE])
    if posted:
        return replace(line, kind="stamp", text=posted.group("stamp"))
    labelled = LABELLED_SOURCE_STAMP.search(line.text[:MAX_SCAN_LINE])
    if labelled:
        return replace(line, kind="stamp", text=labelled.group("stamp"))
    labelled = CREDIT_BAR_DAY.match(line.text[:MAX_SCAN_LINE])
    if labelled:
        return replace(line, kind="stamp", text=labelled.group("stamp"))
    labelled = STAMP_BEFORE_SOURCE.search(line.text[:MAX_SCAN_LINE])
    if labelled:
        return replace(line, kind="stamp", text=labelled.group("stamp"))
    labelled = CJK_PUBLISHED_LABEL.search(line.text[:MAX_SCAN_LINE])
    if labelled:
        return replace(line, kind="stamp", text=labelled.group(0))
    labelled = _opening_labelled_iso(line.text, patterns)
    if labelled:
        return replace(line, kind="stamp", text=labelled)
    year_after_time = _year_after_time_stamp(line.text, patterns)
    if year_after_time:
        return replace(line, kind="stamp", text=year_after_time)
    found = next((f for f in find_dates(line.text, patterns=patterns) if f.value), None)
    if found and found.start <= OPENING_DATE_REACH:
        end = found.start + len(found.printed)
        if (find_time(line.text[end : end + OPENING_DATE_REACH + 8]) or SHORT_YEAR_LAST.match(line.text)
                or LONE_SLASHED_SHORT_YEAR.match(line.text) or LONE_WORDED_SHORT_YEAR.match(line.text)):
            return replace(line, kind="stamp", text=line.text[: end + OPENING_DATE_REACH + 8])
    labelled = found and _labelled_date(line.text, found, patterns)
    if labelled:
        return replace(line, kind="stamp", text=labelled)
    opening_time = OPENING_TIME.match(line.text)
    if found and opening_time and found.start == opening_time.end():
        return replace(line, kind="stamp", text=line.text[: found.start + len(found.printed)])
    return _dateline_date(line, patterns)


# '28 апреля 08:54 2020 Политика', 'April 28, 08:54, 2020': a theme's stamp that prints the day and month,
# then the time, then the year (its section's name may follow); read as the day with its year, then the time
YEAR_AFTER_TIME_STAMP = re.compile(
    r"^\s{0,3}(?:[^\W\d_]{2,12}\.?,?\s+)?(?P<day_month>\d{1,2}\.?\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2})"
    r"\s*,?\s*(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?)\s*,?\s*(?P<year>(?:19|20)\d\d)(?![\d:.]\d)")


def _year_after_time_stamp(text: str, patterns: Patterns) -> str | None:
    """The stamp 'DAY MONTH TIME YEAR' opening a line, rewritten as 'DAY MONTH YEAR TIME', when its
    words are a month's (a weekday may open it)."""
    match = YEAR_AFTER_TIME_STAMP.match(text[:MAX_SCAN_LINE])
    if not match:
        return None
    stamp = f"{match.group('day_month')} {match.group('year')} {match.group('time')}"
    found = next((f for f in find_dates(stamp, patterns=patterns) if f.value), None)
    return stamp if found and found.start == 0 else None


# '总统:恢复旅游往来 (22/01/2023)', 'Talks open in the capital (2023-01-22)': a head line (mostly the
# headline) that ends with the page's day in brackets, all in digits with its year
TRAILING_BRACKET_DATE = re.compile(
    r"\s[(（]\s*(?P<stamp>\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2})\s*[)）]\s*$")

# 'Интервью посла газете «…» (2 ноября 2017 г.)', 'Statement on the talks (November 2, 2017)',
# '大使接受专访（2017年11月2日）': a ministry's or portal's heading for an item it posts, ending with
# the item's complete day in words, in brackets; nothing but the date (and the word for year) inside
TRAILING_BRACKET = re.compile(r"[(（]\s*(?P<inside>[^()（）\n]{6,40}?)\s*[)）]\s*$")
HEADING_STOP = re.compile(r"[.!?。！？]\s")
YEAR_WORD_AFTER = re.compile(r"^\s*(?:г\.?|года|гг?\.?|year)?\s*$", re.I)


def _trailing_bracket_written_date(text: str, patterns: Patterns) -> str | None:
    """The complete date, in words or digits, that alone fills the brackets closing a one-sentence
    heading (a paragraph of several sentences ending so recalls a day, it does not date the page)."""
    text = text[-MAX_SCAN_LINE:]
    bracket = TRAILING_BRACKET.search(text)
    if not bracket or HEADING_STOP.search(text[: bracket.start()]):
        return None
    inside = bracket.group("inside")
    found = find_dates(inside, patterns=patterns)
    if len(found) != 1 or not (found[0].value and found[0].has_year) or inside[: found[0].start].strip():
        return None
    rest = inside[found[0].start + len(found[0].printed) :]
    return found[0].printed if YEAR_WORD_AFTER.match(rest) else None


def _bracket_dated_heading(line: Line, patterns: Patterns) -> Line | None:
    """The story's first line when it is a one-sentence heading closed by its bracketed day
    ('Интервью посла газете «…» (2 ноября 2017 г.)'), taken for the lead when it ends in a stop."""
    written = _trailing_bracket_written_date(line.text, patterns)
    return replace(line, kind="stamp", text=written) if written else None


# 'Time:2019-07-17Editor:Liu YiResource:…Size:LargeMediumSmall': a page's info bar, its cells
# run together, opening with a labelled complete date that the next label ends; the bar may be
# too long for the layout to call it a stamp
OPENING_LABELLED_ISO = re.compile(
    r"^\s{0,3}(?P<label>[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?)\s*[:：]\s*(?P<stamp>(?:19|20)\d\d-\d{1,2}-\d{1,2})(?!\d)"
    r"(?=\s*(?:[^\W\d_]{2,20}\s*[:：]|[|·]|$))")
INFO_BAR_DATE_LABELS = frozenset({"time"})  # an info bar's 'Time:' cell is its date; elsewhere 'time' is no label


def _opening_labelled_iso(text: str, patterns: Patterns) -> str | None:
    """The labelled date opening an info bar ('Time:2019-07-17Editor:…'), as a stamp's text."""
    match = OPENING_LABELLED_ISO.match(text)
    if not match or fold(match.group("label")) not in patterns.published_labels | INFO_BAR_DATE_LABELS:
        return None
    return text[: match.end("stamp")]


# 'Example.ru 29.09.22 189': the site's domain, the day with a two-digit year, and the count of
# views, the whole line; the short year is read only where nothing but the site stands before it
SITE_SHORT_YEAR_STAMP = re.compile(
    r"^\s{0,3}[\w-]{2,40}(?:\.[\w-]{2,30})*\.[a-zа-яё]{2,6}\s+(?P<stamp>\d{2}\.\d{2}\.\d{2})(?:\s+\d{1,7})?\s*$", re.I)
# '… не в качестве альтернативы. РИА Новости, 08.08.2025', '… the talks. Example Daily, 08.08.2025': a
# page's description ending with the outlet's name and the complete day it ran, all in digits (the
# summary a site prints under its headline); a sentence's stop stands before the name
TRAILING_CREDIT_DATE = re.compile(
    r"[.!?»\"”]\s+(?:[A-ZА-ЯЁ][\w’'-]*\.?\s){0,3}[A-ZА-ЯЁ][\w’'-]*,\s?"
    r"(?P<stamp>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\s*$")
# '时间:20-11-23来源:某某网': a Chinese page's time label over the day with a two-digit year first,
# run into the source label or ending the line; the label and the label after it fix the reading
CJK_LABELLED_SHORT_YEAR = re.compile(
    r"^\s{0,3}(?:时间|時間|日期|发布时间|發布時間)\s*[:：]\s*(\d{2})-(\d{2})-(\d{2})(?![\d\-])\s*(?=来源|來源|作者|$)")
# 'julia2024/11/03 12:51:17 发布 … 来源:中新社': a portal's uploader, the complete date and time
# the post went up (the name may be glued to the year), and the word for 'posted' after them
CJK_STAMP_BEFORE_POSTED = re.compile(
    r"(?<!\d)(?P<stamp>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)"
    r"\s*(?:发布|發布|發佈|发表|發表)")


def _short_year_first_iso(match: re.Match) -> str:
    """'20-11-23' read year first, as the full date '2020-11-23'."""
    return f"20{match.group(1)}-{match.group(2)}-{match.group(3)}"


# '字号+作者: 来源:新华网 2022-09-16 09:54 评论…': a credit line whose source label is followed by
# the complete date and time of the page
LABELLED_SOURCE_STAMP = re.compile(
    r"(?:来源|來源|source|источник)\s*[:：]\s*[^\s\d|:：]{2,30}?\s+"
    r"(?P<stamp>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)",
    re.I,
)
# '编辑:某某信息港 2025-11-28 阅读量:…', '来源:某某网 2025年11月28日 浏览:', 'Источник: Газета 28.11.2025 Просмотров: 5',
# 'Editor: Some Portal 2025-11-28 Views: 12': the page's info bar, a credit's label and its name, then the
# complete day (its time may be left out) and the bar's next label, or nothing: the day the page went up
CREDIT_BAR_DAY = re.compile(
    r"^\s{0,3}(?:编辑|編輯|责任编辑|責任編輯|来源|來源|作者|撰稿|供稿|发布者|發布者|發佈者|发布人|發布人"
    r"|(?i:source|editor|author|posted by|источник|автор|редактор|крыніца|аўтар|рэдактар))\s*[:：]\s*[^\s\d:：|]{2,30}?\s+"
    r"(?P<stamp>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)"
    r"(?:\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?(?=\s*$|\s*\|?\s*[^\s\d:：|]{1,12}\s*[:：])")
# '…撰文:觀察者網出版:2025-08-23 tvb now…': a Chinese publication label and the complete date
# after it, inside a line of other matter (a forum's blurb, scraper debris); or a head line that
# opens with a bare time label and runs on to the credits ('时间:2024-05-24 来源:… 作者: 责任编辑:…')
# (a French or a Russian outlet's Chinese edition prints the day first: '发表时间: 20/07/2023 - 16:00')
CJK_PUBLISHED_LABEL = re.compile(
    r"(?:(?:出版|发布|發布|發佈|发表|發表)(?:时间|時間|日期)?|^\s*(?:时间|時間|日期))"
    r"\s*[:：]\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?!\d)")
# '中央政府门户网站 www.gov.cn 2012年08月20日 14时20分 来源:黑龙江日报': a credit line where the page's
# complete date and time stand just before the source label
STAMP_BEFORE_SOURCE = re.compile(
    r"(?P<stamp>(?:(?:19|20)\d\d年\s?\d{1,2}月\s?\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})\s*"
    r"(?:(?:[01]?\d|2[0-3])[:时時]\s?[0-5]\d分?(?::[0-5]\d)?))\s+(?:来源|來源)\s*[:：]")
# 'Интерфакс 30.09.23 Слов: 200', 'Reuters 12.03.2021 Words: 450': a press digest's header for
# one item, the agency, the day it ran and the item's length; that day is the item's publication
DIGEST_ITEM_HEADER = re.compile(
    r"^\s{0,3}[^\W\d_][^\d|:\n]{1,40}?\s(?P<stamp>\d{2}\.\d{2}\.(?:\d{4}|\d{2}))\s+"
    r"(?:слов|знаков|words|characters)\s?[:：]?\s?\d+\s*$", re.I)


# '[Time] 2019-09-25 14:14:00', '【日期】2021-03-02 08:00': a label in square brackets right before the date
BRACKET_LABEL = re.compile(r"[\[【]\s*([^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?)\s*[\]】]\s*[:：]?\s*$")


def _labelled_date(text: str, found: FoundDate, patterns: Patterns) -> str | None:
    """'来源: 最后更新:23-12-06 02:41:53', 'Updated: 12.05.2023 10:15': a date and its time right
    after a published or updated label, in a line the layout did not take for a stamp; the line
    from the date on, labelled as printed."""
    end = found.start + len(found.printed)
    if not find_time(text[end : end + OPENING_DATE_REACH + 8]):
        return None
    bracketed = BRACKET_LABEL.search(text[: found.start])
    if bracketed and fold(bracketed.group(1)) in patterns.published_labels | INFO_BAR_DATE_LABELS:
        return text[bracketed.start() :]  # '[Source] Institute [Time] 2019-09-25 14:14:00': an info bar's cells
    label = fold(text[: found.start].rstrip(" :："))[-40:]
    labels = patterns.published_labels | patterns.updated_labels
    if any(w and (label == w or label.endswith(w if CJK.search(w) else " " + w)) for w in labels):
        return text[max(0, found.start - 12) :]
    return None


# 'Updated: 2007-10-26 07:22 Premier Wen …', '…多元实践時間:2025-10-31 某某社香港讯…': the page's info
# bar, a labelled complete date, run into the opening of the lead paragraph (or into the headline
# glued on it); a Latin or Cyrillic label opens the line, a Chinese one may follow the headline
GLUED_LABELLED_DATE = re.compile(r"[:：]\s*((?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))(?![\d\-/.])")
GLUED_LABEL_REACH = 160  # characters of the paragraph's opening where the glued bar may stand


def _glued_labelled_date(line: Line, patterns: Patterns) -> Line | None:
    """The opening lead paragraph's glued info-bar date as a stamp, else None."""
    match = GLUED_LABELLED_DATE.search(line.text[:GLUED_LABEL_REACH])
    if not match:
        return None
    prefix = fold(line.text[: match.start()].strip())
    for label in patterns.published_labels | patterns.updated_labels:
        if label and (prefix == label or (CJK.search(label) and prefix.endswith(label))):
            end = match.end() + OPENING_DATE_REACH + 8
            return replace(line, kind="stamp", text=line.text[max(0, match.start() - len(label)) : end])
    return None


OPENING_TIME = re.compile(r"^\s{0,3}(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:\|\s*)?")
DATE_CELL = re.compile(r"^\s*(?:(?:[01]?\d|2[0-3]):[0-5]\d|\d{1,2}\s+\w+\.?|(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.\d{4})\s*$")


def _only_date_cells(text: str, patterns: Patterns) -> bool:
    """'15:29 | 17 ноября | 2017': cells that are a time, a day and month, a year, nothing else."""
    cells = text[:MAX_SCAN_LINE].split("|")
    return len(cells) >= 2 and all(DATE_CELL.match(c) for c in cells) and any(
        f.value for f in find_dates(text, patterns=patterns))


# '21 января' over '16:38 2021': a theme that prints the day and month on one line and the time
# and the year on the next; together the two lines are the page's stamp
DAY_MONTH_CELL = re.compile(r"^\s*\d{1,2}\s+[^\W\d_]{3,}\.?\s*$")
TIME_YEAR_CELL = re.compile(r"^\s*(?:(?:[01]?\d|2[0-3]):[0-5]\d\s+)?(?P<year>(?:19|20)\d\d)\s*$")


def _split_stamp_lines(head: list[Line], patterns: Patterns) -> list[Line]:
    """The stamp a head prints over two lines, its day and month over its time and year, joined."""
    joined = []
    for above, below in zip(head, head[1:]):
        year = TIME_YEAR_CELL.match(below.text)
        if not (year and DAY_MONTH_CELL.match(above.text) and below.number == above.number + 1):
            continue
        text = f"{above.text.strip()} {year.group('year')}"
        if any(f.value and f.has_year for f in find_dates(text, patterns=patterns)):
            joined.append(replace(above, kind="stamp", text=text))
    return joined


# '113年11月22日', '民國113年11月22日', '113-11-22': a Taiwanese official page's stamp in Minguo years, which
# the date grammar reads; a stamp line is told by its four-digit year, so such a line is weighed as the
# stamp it would be with its year written out
MINGUO_PRINTED = re.compile(r"^(?:(?:中華民國|中华民国|民國|民国)\s?\d{2,3}|\d{3})\s?[年./\-]")


def _minguo_stamp_lines(head: list[Line], patterns: Patterns) -> list[Line]:
    """Head lines stamped with a Minguo date, its year written out, when they are then a stamp."""
    stamps = []
    for line in head:
        minguo = [f for f in find_dates(line.text, patterns=patterns) if f.value and MINGUO_PRINTED.match(f.printed)]
        if line.kind == "stamp" or not minguo:
            continue
        text = line.text
        for found in minguo:
            text = text.replace(found.printed, f"{found.value.year}年{found.value.month}月{found.value.day}日")
        if is_stamp(text):
            stamps.append(replace(line, kind="stamp", text=text))
    return stamps


def _headline_image_alt(line: Line, title: Line | None) -> Line:
    """'<headline> - Example News, 1920, 03.01.2025': the alt text of the story's own picture, which
    the site stamps with its name, the image's width and the story's date: read as a stamp, cut to
    the date. Another story's picture carries another headline; the picture between the headline
    and the lead, captioned with what it shows, is the story's own all the same."""
    match = title and line.kind != "stamp" and IMAGE_ALT.search(line.text)
    if not match or not match.group("date"):
        return line
    if fold(line.text[: match.start()]) != fold(title.text) and line.number < title.number:
        return line
    return replace(line, kind="stamp", text=match.group("date").lstrip(", "))


# A library's bibliographic record of a press item: '… // Магілёўскія ведамасці. — 2025. — 30 мая. — С. 5.'
CITATION_DATE = re.compile(r"//[^/]{2,80}?\.\s*[—–-]\s*(?:19|20)\d\d\s*\.\s*[—–-]\s*\d{1,2}\s+\w+\.?")


def _citation_date(line: Line) -> Line:
    match = CITATION_DATE.search(line.text[:MAX_SCAN_LINE])
    return replace(line, kind="stamp", text=match.group(0)) if match else line


# '01.04.2025 г.1 апреля 2025 года в …', '2024-03-05 The delegation …': the page's all-numeric date
# stamp glued onto the first paragraph when the page was copied; prose never opens so. Some themes
# print the time first ('12:20 24.10.2025 Министр …', '09:15, 2025/10/24 The …'), others after it
# ('24-10-2025 | 12:20:05 The …'): the time, with or without its seconds or its AM/PM, is the stamp's,
# kept with it. Any one separator of dots, slashes or hyphens, the year last or first, in four digits.
STAMP_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
STAMP_CLOCK_GAP = r"(?:\s*[,|•·]\s*|\s{1,2}|\s(?:в|at|um)\s)"
OPENING_NUMERIC_DATE = re.compile(
    rf"^\s{{0,3}}(?:{STAMP_CLOCK}{STAMP_CLOCK_GAP})?"
    r"(?:\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)(?:19|20)\d\d|(?:19|20)\d\d(?P<ysep>[./-])\d{1,2}(?P=ysep)\d{1,2})(?![\d.]\d)"
    rf"(?:\s?г\.)?(?:{STAMP_CLOCK_GAP}{STAMP_CLOCK}(?![\d:]))?")


# 'date 2025-09-20 Talks were held …', 'Published: 12.03.2021 The …': the same stamp with its label
OPENING_LABEL = re.compile(r"^\s{0,3}(?P<label>[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?)\s*[:：]?\s*(?=\d)")


def _opening_numeric_date(line: Line, patterns: Patterns) -> Line:
    if line.kind == "stamp":
        return line
    label = OPENING_LABEL.match(line.text)
    start = label.end() if label and fold(label.group("label")) in patterns.published_labels else 0
    match = OPENING_NUMERIC_DATE.match(line.text[start:])
    if match:
        return replace(line, kind="stamp", text=match.group(0))
    return _opening_bracket_date(line, patterns) or _opening_glued_date(line, patterns)


# '(Tuesday, March 23, 2004 -- Farmwire news) -- …': a newsletter's bracket of the day and its own
# name opening the lead; a bracket that holds a complete date first thing is the page's stamp
OPENING_BRACKET = re.compile(r"^\s{0,3}\((?P<inside>[^()]{6,80})\)")
BRACKET_DATE_REACH = 12  # characters a weekday ('Wednesday, ') may take before the date


def _opening_bracket_date(line: Line, patterns: Patterns) -> Line | None:
    bracket = OPENING_BRACKET.match(line.text)
    if not bracket:
        return None
    inside = bracket.group("inside")
    found = next((f for f in find_dates(inside, patterns=patterns) if f.value), None)
    if not (found and found.has_year and not found.ambiguous and found.start <= BRACKET_DATE_REACH):
        return None
    return replace(line, kind="stamp", text=found.printed)


# '4 ноября 2021 г.Президент России …', 'March 4, 2021The president …': a complete date in words
# run into the first sentence with no space, as a page's stamp is glued on when copied; or followed
# by the site's domain and a slash ('16 июня 2017, site.com / Спикер …'), an aggregator's credit
GLUED_AFTER_DATE = re.compile(r"(?:\s?г\.)?[A-ZА-ЯЁ]|,\s?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s?/\s")


# '11 марта, 2026 Пекин выделит …': a day, its month in words, a comma and the year is a site's
# stamp format; prose writes '11 марта 2026 года', so a paragraph opening with it carries the stamp
STAMP_COMMA_YEAR = re.compile(r"^\d{1,2}\s+[^\W\d_]{3,},\s?(?:19|20)\d\d$")


def _opening_glued_date(line: Line, patterns: Patterns) -> Line:
    found = line.kind != "stamp" and next((f for f in find_dates(line.text, patterns=patterns) if f.value), None)
    if not (found and found.has_year and found.start <= OPENING_DATE_REACH):
        return _opening_dashed_date(line, patterns)
    end = found.start + len(found.printed)
    if GLUED_AFTER_DATE.match(line.text, end) or STAMP_COMMA_YEAR.match(found.printed):
        return replace(line, kind="stamp", text=found.printed)
    return _opening_dashed_date(line, patterns)


# '27 June 2017 — The minister …', 'Tuesday, June 27, 2017 – The …', '27 июня 2017 г. — Министр …',
# '2017年6月27日——部长…': a press release that opens its text with its complete day and a dash, as a
# dateline does with no place (a ministry's, an embassy's or a university's release); the day it went out
DASH_AFTER_DATE = re.compile(r"\s*(?:г\.|года)?\s*(?:—|–|―|--|-|——)\s*\S")
DASHED_DATE_OPENING = re.compile(r"^\s{0,3}(?:[^\W\d_]{2,12}\.?,?\s+)?$")  # nothing before the day but its weekday


def _opening_dashed_date(line: Line, patterns: Patterns) -> Line:
    found = line.kind != "stamp" and next((f for f in find_dates(line.text[:MAX_SCAN_LINE], patterns=patterns) if f.value), None)
    if not (found and found.has_year and not found.ambiguous and found.start <= BRACKET_DATE_REACH):
        return line
    opening = line.text[: found.start]
    if not DASHED_DATE_OPENING.match(opening) or (opening.strip() and not has_weekday(opening, patterns)):
        return line
    if DASH_AFTER_DATE.match(line.text, found.start + len(found.printed)):
        return replace(line, kind="stamp", text=found.printed)
    return line


def _flattened_published_label(layout: Layout) -> list[Line]:
    """A page flattened into one paragraph, with no head: the Chinese published label ('发表时间:
    20/07/2023') inside the opening paragraph is still the page's date."""
    if layout.head:
        return []
    found = [CJK_PUBLISHED_LABEL.search(line.text[:MAX_SCAN_LINE]) for line in lead(layout, 1)]
    return [replace(line, kind="stamp", text=m.group(0)) for line, m in zip(lead(layout, 1), found) if m]


FLATTENED_HEADLINE_REACH = 120  # characters of headline before the stamp on a page run into one line
SENTENCE_MARK = re.compile(r"[.!?。！？]")  # anywhere in a headline: it runs on into a sentence


def _flattened_headline_stamp(layout: Layout, patterns: Patterns) -> list[Line]:
    """A page with no head whose headline, stamp and story ran into one line ('中俄外長會面 Mar 30,
    2022 在北京…', 'Минск встречает 2022-03-30 Делегация…'): a full date written in a script other
    than the story's own (or in figures alone) between a headline with no sentence end and the body
    is the site's stamp, not a date the story tells; a story's own dates are in its own words."""
    if layout.head:
        return []
    stamps = []
    for line in lead(layout, 1):
        found = next((f for f in find_dates(line.text[:MAX_SCAN_LINE], patterns=patterns) if f.value), None)
        headline = found and line.text[: found.start].strip()
        if not (found and found.has_year and headline and len(headline) <= FLATTENED_HEADLINE_REACH):
            continue
        if SENTENCE_MARK.search(headline) or not line.text[found.start + len(found.printed) :].strip():
            continue
        if _in_story_script(found.printed, headline):
            continue
        stamps.append(replace(line, kind="stamp", text=found.printed))
    return stamps


def _in_story_script(printed: str, headline: str) -> bool:
    """Whether a date is written in words of the headline's script ('30 марта 2022' under a Russian
    headline, 'March 30, 2022' under an English one): such a date may be a sentence's."""
    if CJK.search(printed) or CYRILLIC.search(printed):
        return True
    return bool(LATIN.search(printed)) and not (CJK.search(headline) or CYRILLIC.search(headline))


# 'фото - Новости Zakon.kz от 29.11.2017 18:08': a portal's label for its own news item, the outlet's
# name and the item's full date and time after 'от' (kept in a picture's alt text)
NEWS_ITEM_LABEL = re.compile(
    r"(?:Новости|News)\s+[\w.-]{2,40}\s+(?:от|of|from)\s+(?P<stamp>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d,?\s+\d{1,2}:\d\d)(?![\d:])")


def _news_item_label_date(layout: Layout) -> list[Line]:
    """The date and time of a portal's label for its own news item, above or at the top of the story."""
    lines = layout.head + [line for line in lead(layout, DATELINE_LEAD_PARAGRAPHS) if line not in layout.head]
    found = [(line, NEWS_ITEM_LABEL.search(line.text[:MAX_SCAN_LINE])) for line in lines]
    return [replace(line, kind="stamp", text=m.group("stamp")) for line, m in found if m]


def _second_paragraph_dateline_date(layout: Layout, patterns: Patterns) -> list[Line]:
    """A full-date dateline opening the second paragraph under an opening one that is none (a photo
    caption the layout kept as text, a standfirst): 'KANDY 07 July 2021 – …' dates the page."""
    paragraphs = [line for line in lead(layout, DATELINE_LEAD_PARAGRAPHS) if line not in layout.head]
    if len(paragraphs) < 2 or dateline_in(paragraphs[0], patterns):
        return []
    stamp = _dateline_date(paragraphs[1], patterns)
    return [stamp] if stamp is not paragraphs[1] else []


STAMP_OVER_LEAD_PARAGRAPHS = 4  # a standfirst of a few paragraphs may stand above the stamp and the wire's lead
STAMP_OVER_LEAD_GAP = 2  # a picture's credit or caption may stand between the stamp and the lead
STAMP_ALONE = re.compile(r"^\s*[\d:.\-/ ,]{4,12}(?:\s?(?:[AaPp]\.?[Mm]\.?))?(?:\s?[A-Z]{2,5})?[\d:.\-/ ,]{4,14}\s*$")


def _stamp_over_wire_lead(layout: Layout, patterns: Patterns) -> list[Line]:
    """A page's stamp alone on its line inside the story's opening, right above the paragraph that
    opens with a wire's dateline ('09:28 GMT 06.07.2024' over 'MINSK (Agency) - …'): a site that
    prints a summary first puts its stamp between the summary and the story, where the layout
    counts it as text."""
    lines = sorted({line.number: line for line in layout.body + layout.closing}.values(), key=lambda l: l.number)
    for i, line in enumerate(lines[: STAMP_OVER_LEAD_PARAGRAPHS + STAMP_OVER_LEAD_GAP]):
        if line.kind != "stamp" or not STAMP_ALONE.match(line.text):
            continue
        below = [l for l in lines[i + 1 : i + 2 + STAMP_OVER_LEAD_GAP] if l.kind not in ("chrome", "credit", "caption")]
        dateline = below and dateline_in(below[0], patterns)
        if dateline and dateline.agency:
            return [line]
    return []


# '【新唐人北京時間2024年08月19日訊】', '【大纪元2021年3月2日讯】': a Chinese outlet's bracketed credit
# opening the lead, its name (and time zone) and the complete day it filed the story; '【新唐人亞太台 2022 年
# 03 月 18 日訊】': half-width spaces may stand beside the digits, as Latin digits set in a Chinese line have them
BRACKETED_LEAD_CREDIT = re.compile(
    r"^\s{0,3}【[^【】\d]{0,20}?(?P<stamp>(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s*(?:讯|訊|电|電)\s*】")


# '民航资源网2016年11月22日消息:…', '本报2019年3月2日讯 …': the same credit without the brackets, the
# outlet's name run straight into the complete day and the word for a report; prose puts no day so.
# '电' must end its word: '…2016年11月22日电力负荷' is a sentence about power
LEAD_CREDIT = re.compile(
    r"^\s{0,3}[\u4e00-\u9fff]{2,12}(?P<stamp>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:讯|訊|消息|(?:电|電)(?![\u4e00-\u9fff]))")


def _dateline_date(line: Line, patterns: Patterns) -> Line:
    """The opening of a paragraph that is a dateline with a full date, as a stamp line."""
    credit = BRACKETED_LEAD_CREDIT.match(line.text) or LEAD_CREDIT.match(line.text)
    if credit:
        return replace(line, kind="stamp", text=re.sub(r"\s", "", credit.group("stamp")))
    dateline = dateline_in(line, patterns)
    if dateline and any(f.value for f in find_dates(line.text[dateline.start : dateline.end], patterns=patterns)):
        return replace(line, kind="stamp", text=line.text[dateline.start : dateline.end])
    return line


def _marker_clue(marker: str | None, layout: Layout, patterns: Patterns) -> tuple[DateClue | None, str | None]:
    """The store's ' date YYYY-MM-DD' as a clue, or a note on why the text rules it out."""
    try:
        marker_date = dt.date.fromisoformat(marker) if marker else None
    except ValueError:
        return None, None
    if marker_date is None:
        return None, None
    contradiction = marker_contradiction(marker_date, "\n".join(line.text for line in layout.body), patterns)
    if contradiction:
        return None, f"date marker {marker} dropped: the text speaks of a later year in the past tense ({contradiction!r})"
    contradiction = _restated_year_contradiction(marker_date, layout)
    if contradiction:
        return None, f"date marker {marker} dropped: {contradiction}"
    coined = word_coined_after(marker_date, "\n".join(line.text for line in _article_top(layout) + layout.body), patterns)
    if coined:
        return None, f"date marker {marker} dropped: the text uses {coined[0]!r}, a word first used in {coined[1]}"
    later = _day_opened_report_after(marker_date, layout, patterns)
    if later and later - marker_date == dt.timedelta(days=1):
        # the store's clock a day behind the page's zone: the page is of the reported day
        return DateClue(later, "marker", f"date {marker}"), f"date marker {marker} moved to {later}: the lead reports a finished event on that day"
    if later:
        return None, f"date marker {marker} dropped: the lead reports a finished event on {later}, after the marker"
    contradiction = marker_day_contradiction(marker_date, layout, patterns)
    if contradiction:
        return None, f"date marker {marker} dropped: {contradiction}"
    first = next((line for line in layout.head + layout.body if line.number == 1), None)
    time = _time_after_marker(first, patterns) or _time_of_marker_day(first, marker_date, patterns)
    offset = time and first and find_utc_offset(first.text, patterns)
    return DateClue(marker_date, "marker", f"date {marker}", time=time, utc_offset=offset or None), None


# words that may stand before a day opening a sentence ('On August 31, …', 'В 2 часа 31 августа' is not one)
DAY_OPENING_WORDS = frozenset({"", "on", "в", "во", "на", "於", "于"})
def _day_opened_report_after(marker: dt.date, layout: Layout, patterns: Patterns) -> dt.date | None:
    """The day of a lead's sentence that opens with its day, no year, and tells a finished event ('31 августа
    X провел встречу', 'On August 31, X held talks', '8月31日，X会见了…'), when it falls after the marker (in
    the marker's year): the report cannot predate what it reports."""
    for line in lead(layout, MARKER_CHECK_PARAGRAPHS):
        for sentence in SENTENCE.findall(line.text[: MAX_SCAN_LINE * 2]):
            found = next((f for f in find_dates(sentence, patterns=patterns) if not f.problem), None)
            if not found or found.has_year or fold(sentence[: found.start].strip(" ,")) not in DAY_OPENING_WORDS:
                continue
            if not told_in_past(sentence, patterns) or has_word(sentence, patterns.future_words):
                continue
            day = date_in_year(found, marker.year)
            if day and dt.timedelta(days=1) <= day - marker <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE) \
                    and not LAST_YEAR.search(sentence):
                return day
    return None


# '31 августа прошлого года', 'On August 31 last year', '去年8月31日': a day of the year before the marker's
LAST_YEAR = re.compile(r"прошл\w* год\w*|минувш\w* год\w*|год назад|\blast year\b|\ba year ago\b|\bprevious year\b|去年|上一年",
                       re.I)


def _time_after_marker(first: Line | None, patterns: Patterns) -> str | None:
    """A time alone on the text's first line, right after the store's marker (' date 2025-11-20 10:29'),
    or before the page's next labelled field ('14:12 Источник: ТАСС'),
    or told as today's ('сегодня в 14:42', 'Today at 14:42', '今天 14:42': a site's stamp for a story of
    the day, which the marker dates): the page's time, printed where the marker's date was."""
    if not first:
        return None
    text = _without_today_word(first.text, patterns)
    if not (TIME_ALONE.match(text) or TIME_BEFORE_LABEL.match(text)):
        return None
    time = find_time(text)
    return time if time and not MIDNIGHT_PLACEHOLDER.match(time) else None


# '14:12 Источник: ТАСС', '14:12 | Source: Reuters', '14:12 来源：新华社': the time after the marker, then the
# page's next labelled field (its source, author or picture credit) on the same line
TIME_BEFORE_LABEL = re.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*[|,·•—–-]?\s*(?:[^\W\d_]+ ?){1,3}[:：]")


# between the word for today and the time: 'at', 'в', 'um', 'à', a comma or a dash
TODAY_TIME_JOINER = r"\s*(?:,|-|–|—|\bat\b|\bв\b|\bу\b|\bum\b|à)?\s*"


def _without_today_word(text: str, patterns: Patterns) -> str:
    """A line's text without the word for today opening it, and what joins it to a time after it."""
    today = sorted((word for word, offset in patterns.relative_days.items() if offset == 0), key=len, reverse=True)
    opening = re.match(r"^\s*(?:" + "|".join(map(re.escape, today)) + r")(?![^\W\d_])" + TODAY_TIME_JOINER, text, re.I)
    return text[opening.end() :] if opening else text


YEARLESS_STAMP_MAX = 40  # characters of a site's stamp line: a day, a time, a zone ('20 Oct. 14:55 (UTC+3 MSK)')


def _time_of_marker_day(first: Line | None, marker: dt.date, patterns: Patterns) -> str | None:
    """The time of a short stamp opening the text with the marker's own day and month and no year
    ('20 Oct. 14:55 (UTC+3 MSK)', '14:55, 20 октября', '10月20日 14:55' under ' date 2023-10-20'): the
    page's stamp, whose year the marker gives."""
    if not first or len(first.text.strip()) > YEARLESS_STAMP_MAX:
        return None
    found = [f for f in find_dates(first.text, patterns=patterns) if not f.problem]
    if len(found) != 1 or found[0].has_year or (found[0].month, found[0].day) != (marker.month, marker.day):
        return None
    time = find_time(first.text)
    return time if time and not MIDNIGHT_PLACEHOLDER.match(time) else None


# the year told relative to the day of writing, and how far from it ('early next year' = that year + 1)
RELATIVE_YEAR = {"this year": 0, "next year": 1, "этом году": 0, "текущем году": 0, "следующем году": 1,
                 "будущем году": 1, "今年": 0, "明年": 1}
RESTATED_SHARE = 0.5  # of the headline's longer words the lead's first sentence repeats, to be the same news
WORD = re.compile(r"[^\W\d_]{4,}")


def _restated_year_contradiction(marker: dt.date, layout: Layout) -> str | None:
    """A lead that retells its headline with 'next year' where the headline prints the year ('… in
    early 2023' / '… early next year') writes in the year before that one; a marker of another year
    is not the day of writing."""
    paragraphs = lead(layout, 1)
    if not layout.title or not paragraphs:
        return None
    title = layout.title.text
    first = SENTENCE.match(paragraphs[0].text)
    first = first.group(0) if first else ""
    years = {int(m.group(1)) for m in YEAR.finditer(title)}
    offsets = {offset for words, offset in RELATIVE_YEAR.items() if words in first.lower()}
    if len(years) != 1 or len(offsets) != 1 or YEAR.search(first):
        return None
    title_words = {w.lower() for w in WORD.findall(title)}
    shared = title_words & {w.lower() for w in WORD.findall(first)}
    if not title_words or len(shared) < RESTATED_SHARE * len(title_words):
        return None
    written = next(iter(years)) - next(iter(offsets))
    if written == marker.year:
        return None
    return f"the lead retells the headline's year as relative to one of {written}"


YEARLESS_LABEL_LEAD = 3  # lead paragraphs searched for the year of a labelled date printed without one


def _yearless_label_clues(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """'Дата публикации: Среда, 3 июля' printed without a year: that day in the year of the one
    complete date of the same day the lead writes ('3 июля 2024 года … прибыл'), when the weekday
    printed beside it, if any, falls on it."""
    lead_days = {f.value for line in lead(layout, YEARLESS_LABEL_LEAD)
                 for f in find_dates(line.text[:MAX_SCAN_LINE], patterns=patterns) if f.value and not f.problem}
    for line in layout.head:
        text = line.text[:MAX_SCAN_LINE]
        if not any(fold(text).startswith(label) for label in patterns.published_labels if label):
            continue
        for found in find_dates(text, patterns=patterns):
            days = {day for day in lead_days if (day.month, day.day) == (found.month, found.day)}
            if found.has_year or found.problem or len(days) != 1:
                continue
            day = days.pop()
            if all(weekday == day.weekday() for _, weekday in find_weekdays(text, patterns)):
                return [DateClue(day, "published", found.printed, line.number)]
    return []


def _article_top(layout: Layout) -> list[Line]:
    """The headline and the lines under it above the body: where the title picked is a menu row,
    the article's real headline is among them ('Menu' / 'Doses of COVID-19 vaccine delivered')."""
    title = layout.title.number if layout.title else None
    return [line for line in layout.head if title is not None and line.number >= title] or [layout.title] * bool(layout.title)


def word_coined_after(day: dt.date, text: str, patterns: Patterns) -> tuple[str, int] | None:
    """A word of the text first used in a year after `day` (coined_words in dates.yaml), as printed, and that year."""
    for year, pattern in patterns.coined_words:
        match = pattern.search(text[:MAX_CONTENT_SCAN]) if day.year < year else None
        if match:
            return match.groupdict().get("word") or match.group(0), year
    return None


# a caption's sentence closing on its photo agency's credit ('… on Monday, March 20, 2023. - AP',
# '… in Moscow. (AP Photo/Jane Doe)', '… 20 марта 2023 года. Фото: ТАСС', '… on May 3, 2016. [Photo/Xinhua]',
# the last one sometimes left with a share widget's bar after it)
PHOTO_CREDIT_END = re.compile(
    r"[.!]\s*(?:[-–—]\s*(?:AP|AFP|EPA|Reuters|Getty Images|Xinhua|TASS|Sputnik|Bloomberg)"
    r"|\((?:AP|AFP|EPA|Reuters)\s*Photo[^()]*\)|(?:Photo|Фото)\s*:\s*[^.]{2,40}"
    r"|\[\s*(?:Photo|Фото)\b[^\[\]]{0,60}\]\s*\|?)\s*$")

# a caption's credit on the line under it ('Photo: Belsat', 'Фото: БелТА'), naming no date itself
PHOTO_CREDIT_LINE = re.compile(r"^\s*(?:Photo|Foto|Фото)\s*:\s*[^\d:]{2,40}$", re.I)
# a caption's sentence: words, then a full stop at the end ('Wagons at the port. 11 August 2021.'),
# where a page's stamp is a bare date and time ('21.03.2023 19:40')
CAPTION_SENTENCE = re.compile(r"[^\W\d_]{3,}.*[.!]\s*$")


def date_line_clues(
    head: list[Line], title_line: int | None, patterns: Patterns, path: str, *, month_first: bool,
    named: frozenset[tuple[int, int]] = frozenset(), reported: frozenset[dt.date] = frozenset(),
) -> tuple[list[DateClue], list[Message]]:
    """Dates printed in the lines before the body, minus viewing dates; warnings for impossible ones.

    An ambiguous all-numeric date ('12/4/2023') is read the way that agrees with a date the text
    writes with a month name ('on Dec. 4'), or that falls just after a day the lead reports
    ('06/05/2020' over '2020年6月4日': 5 June), else by the outlet's convention.
    """
    clues, messages = [], []
    for i, (line, following) in enumerate(zip(head, head[1:] + [None])):
        if line.kind != "stamp" or (not _under_edition_mark(head, i, patterns)
                                    and _is_viewing_date(line, title_line, patterns, following)):
            continue
        if _beside_header_widget(head, i) or EMBEDDED_POST_SIGNATURE.match(line.text):
            continue
        if _over_neighbour_link(head, i):
            continue
        if i and EMBEDDED_POST_SIGNATURE_ALONE.match(head[i - 1].text):
            continue  # the post's date printed on the line under its signature
        if i and _under_cut_excerpt(head[i - 1]):
            continue
        if i and _wrapped_sentence_line(head[i - 1], line, patterns):
            continue  # a hard-wrapped lead's line that happens to hold a date: the story's day, not the page's
        if PHOTO_CREDIT_END.search(line.text) or (following and PHOTO_CREDIT_LINE.match(following.text)
                                                  and CAPTION_SENTENCE.search(line.text)):
            continue  # a photo's caption: its day is when the picture was taken
        if EVENT_BANNER.search(line.text[:MAX_SCAN_LINE]):
            continue  # an event's name and its day: the site's banner for a summit, not the page's date
        if _event_card_day(head, i):
            continue  # '时间:2010年3月24日' over '地点:明斯克': the event's day and place, not the page's date
        zone = zone_named(line.text, patterns)
        day_first = zone[1] if zone else not month_first
        for found in _outside_ranges(find_dates(line.text, day_first=day_first, patterns=patterns), line.text):
            if NUMBERED_ACT_BEFORE.search(line.text[: found.start]):
                continue  # 'Decree No. 219 of 16 May 2014': the day the document was signed, not the page's
            if found.problem:
                messages.append(Message(path, f"{found.problem} ignored; set the date by hand if needed", line.number))
            elif found.value in EPOCH_PLACEHOLDERS:
                messages.append(Message(path, f"'{found.printed}' is the zero of computer time, an unset date; ignored", line.number))
            elif found.value:
                agreeing = _agreeing_reading(found, named) or _reporting_reading(found, reported)
                clue = _clue(line, agreeing or found, patterns)
                if clue.time is None and following is not None and TIME_ALONE.match(following.text) \
                        and not MIDNIGHT_PLACEHOLDER.match(following.text.strip()):
                    clue = replace(clue, time=find_time(following.text))  # '04 марта 2023' over '21:07'
                clues.append(replace(clue, kind="headline") if line.number == title_line else clue)
                if found.ambiguous and not zone and not agreeing:
                    messages.append(Message(path, f"'{found.printed}' read {'day' if day_first else 'month'} first by the outlet's convention", line.number))
    return clues, messages


# 'February 27 – March 5, 2023', '1–7 марта 2023': the span of days a weekly issue or a digest
# covers; its last day is not the day the page came out
# ('2- 11.09.2025, 17:22': a counter's dash, spaced on one side only, opens no span)
RANGE_OPENING = re.compile(r"(?:^|[^\d.:])\d{1,2}(?:[-–—]|\s+[-–—]\s+)$")
RANGE_DASH = re.compile(r"^\s*(?:[-–—]|to|по|至)\s*$")


# '上海合作组织峰会 2020年11月10日', 'SCO Summit 10 November 2020': a site's banner naming an event
# and the day it is to be held; the page under it may come out weeks before or after
EVENT_BANNER = re.compile(
    r"^\s*\S.{0,60}?(?:峰会|峰會|论坛|論壇|博览会|博覽會|\bsummit|\bforum|саммит\w*|форум\w*)\s*[:：,–—-]?\s*"
    r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d[-./年]\s*\d{1,2}[-./月]\s*\d{1,2}日?|\d{1,2}\s+\w+\s+(?:19|20)\d\d|\w+\s+\d{1,2},?\s+(?:19|20)\d\d)\s*$",
    re.I)


# 'Time: 24 March 2010' / 'Venue: Minsk', '时间:2010年3月24日' / '地点:明斯克', 'Дата: 24 марта 2010 г.' /
# 'Место: Минск': an event's card, its day beside its place (a milestone in a roundup, a notice of a
# meeting); the day is the event's, not the page's
EVENT_CARD_DAY = re.compile(r"^\s*(?:时间|時間|日期|会议时间|會議時間|活动时间|活動時間|time|date|when|дата|время|дата и время"
                            r"|дата проведения|время проведения)\s*[:：]", re.I)
EVENT_CARD_PLACE = re.compile(r"^\s*(?:地点|地點|会址|會址|会议地点|會議地點|活动地点|活動地點|venue|place|location|where"
                              r"|место|место проведения)\s*[:：]\s*\S", re.I)
EVENT_CARD_REACH = 2  # lines between the card's day and its place (the card's other fields, or none)


def _event_card_day(head: list[Line], i: int) -> bool:
    """Whether the date line at `i` is the labelled day of an event's card, its place labelled beside it."""
    if not EVENT_CARD_DAY.match(head[i].text):
        return False
    near = head[max(0, i - EVENT_CARD_REACH) : i] + head[i + 1 : i + 1 + EVENT_CARD_REACH]
    return any(EVENT_CARD_PLACE.match(line.text) for line in near)


def _outside_ranges(found: list[FoundDate], text: str) -> list[FoundDate]:
    """The dates of a line that are not an end of a span of days ('from – to')."""
    ends = {i for i, (a, b) in enumerate(zip(found, found[1:]))
            if RANGE_DASH.match(text[a.start + len(a.printed) : b.start]) for i in (i, i + 1)}
    return [f for i, f in enumerate(found) if i not in ends and not RANGE_OPENING.search(text[: f.start])]


# '— Some Outlet (@SomeOutlet) July 12, 2024': the signature of a social-media post embedded in
# the page, dated when the post went out; the page's own date may differ, or not be printed at all
EMBEDDED_POST_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s*\S")
EMBEDDED_POST_SIGNATURE_ALONE = re.compile(r"^\s*[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s*$")
# 1 January 1970 (31 December 1969 west of Greenwich) is time zero of computer clocks: a page
# prints it, with the zone's hour ('1970-01-01 08:00:00'), when its date field was never set
EPOCH_PLACEHOLDERS = frozenset({dt.date(1970, 1, 1), dt.date(1969, 12, 31)})
# '2021-10-01 00:00': midnight to the minute is what a date-only record prints as its time
MIDNIGHT_PLACEHOLDER = re.compile(r"^00:00(?::00)?$")


# A site header's widgets: the weather ('°C', '-3 °C') and exchange rates ('$ 100.68', 'USD 3,27'),
# printed beside today's date; a ticker may set several rates on one line, each with its change
# ('USD 92.51 -0.79 EUR 98.91 -0.65', '$ 3,27 ▲0,01 | € 3,51 ▼0,02', 'USD: 92,51 (+0,3%)'); the
# currencies are those of the region's sites (ISO codes, their signs, Russian and Chinese short names)
RATE_CURRENCY = (r"(?:[$€£¥₽₸₴₼֏₾]|USD|EUR|RUB|CNY|RMB|BYN|BYR|KZT|UAH|UZS|KGS|TJS|TMT|AZN|AMD|GEL|MDL|GBP|JPY|CHF"
                 r"|TRY|INR|PLN|долл\.?|евро|руб\.?|美元|欧元|歐元|人民币|卢布|盧布)")
RATE_CELL = (RATE_CURRENCY + r"\s*[:=]?\s*[+\-−]?\d{1,5}[.,]\d{1,4}"
             r"(?:\s*\(?\s*[▲▼↑↓+\-−]\s*\d*[.,]?\d*\s*%?\s*\)?)?")
HEADER_WIDGET = re.compile(
    r"^\s*(?:[+\-−]?\d{0,3}\s*°\s*[CF]?|" + RATE_CELL + r"(?:\s*[|,;/·•]?\s*" + RATE_CELL + r"){0,8})\s*$"
)
WIDGET_REACH = 2  # lines on either side of a date line where a header widget gives it away
# '中国内地版本', 'International edition': a site's switch between its editions, at the top of the
# page; a bare date right under it is the header's date of today, not the article's
EDITION_SWITCH = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,6}版本|(?:English|Chinese|Russian|International|Global|Mobile|Desktop)\s+(?:edition|version))\s*$",
    re.I)
# '21:07' alone on the line under the date: the stamp's time, perhaps as the next item of a list of
# the story's details ('• 17 November, 2025' / '• 11:56', '| 21:07', '- 21:07') or with its zone ('21:07 GMT+4')
TIME_ALONE = re.compile(r"^\s*(?:[•·●▪■◦‣*|/\-–—]\s*)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
                        r"(?:\s*[(（]?\s*(?:GMT|UTC|MSK|МСК|CET|EET|AST|BST)(?:\s*[+\-−]\s*\d{1,2}(?::?\d\d)?)?\s*[)）]?)?\s*$")


# a line cut mid-sentence ends in a letter or a comma; the next line of the same sentence opens in lower case
CUT_MID_SENTENCE = re.compile(r"[^\W\d_],?$")
LOWER_OPENING = re.compile(r"^[a-zа-яё]")
SENTENCE_END = re.compile(r"[^\W\d_][.!?]$")


def _wrapped_sentence_line(above: Line, line: Line, patterns: Patterns) -> bool:
    """Whether a short line with a date is the middle of a sentence a copy kept in its printed
    line breaks ('… has come into' over 'effect on September 10, 2023, Trend reports.'): it opens
    in lower case under a line cut mid-sentence and ends a sentence with a word past the date."""
    text = line.text.strip()
    found = next((f for f in find_dates(text[:MAX_SCAN_LINE], patterns=patterns) if f.value), None)
    return bool(found and CUT_MID_SENTENCE.search(above.text.strip()) and LOWER_OPENING.match(text)
                and SENTENCE_END.search(text) and found.start + len(found.printed) < len(text) - 1)


def _beside_header_widget(head: list[Line], i: int) -> bool:
    """'22.11.2024' over '°C' and '$ 100.68': the header's date of the day the page was viewed,
    beside its weather and exchange-rate widgets, not the article's date."""
    near = head[max(0, i - WIDGET_REACH) : i] + head[i + 1 : i + 1 + WIDGET_REACH]
    if any(HEADER_WIDGET.match(line.text) for line in near):
        return True
    return 0 < i <= WIDGET_REACH and bool(EDITION_SWITCH.match(head[i - 1].text))


# 'prev Предыдущие новости', 'Previous news', '上一篇': the link to the neighbouring story; a date
# (and a headline) just above it belong to that story's teaser, not to the page
NEIGHBOUR_LINK = re.compile(
    r"^\s*(?:(?:prev|next)\s+)?(?:(?:предыдущ|следующ)\w*\s+(?:новост|стать|публикац|материал)\w*"
    r"|(?:previous|next)\s+(?:news|articles?|stor(?:y|ies)|posts?)\b|上一(?:篇|条|條|则|則)|下一(?:篇|条|條|则|則))",
    re.I,
)
NEIGHBOUR_LINK_REACH = 2  # a date line, the neighbouring story's headline, then the link


def _over_neighbour_link(head: list[Line], i: int) -> bool:
    """Whether a date line heads a teaser for the neighbouring story, its link a line or two below."""
    return any(NEIGHBOUR_LINK.match(line.text) for line in head[i + 1 : i + 1 + NEIGHBOUR_LINK_REACH])


# '…GDP折合2149亿美元,账一...' over '2025-08-14 1': a listing's excerpt of another story, cut
# short, and the date that story went out
CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*$")


def _under_cut_excerpt(above: Line) -> bool:
    """Whether a date line sits under a paragraph cut short: a listing item's date, not the page's."""
    return above.kind == "prose" and bool(CUT_SHORT.search(above.text))


def _agreeing_reading(found: FoundDate, named: frozenset[tuple[int, int]]) -> FoundDate | None:
    """The other reading of an ambiguous date, when only that one is a day the text names."""
    other = read_other_way(found)
    if other and (other.month, other.day) in named and (found.month, found.day) not in named:
        return other
    return None


# A report comes out on the day of what it reports or within a few days after it
REPORT_LAG_DAYS = 3


def _reported_days(layout: Layout, patterns: Patterns) -> frozenset[dt.date]:
    """The full dates, year included and not all-numeric-ambiguous, the lead's first paragraphs write."""
    text = " ".join(line.text[:MAX_SCAN_LINE] for line in lead(layout))
    return frozenset(f.value for f in find_dates(text, patterns=patterns) if f.value and f.has_year and not f.ambiguous)


def _reporting_reading(found: FoundDate, reported: frozenset[dt.date]) -> FoundDate | None:
    """The other reading of an ambiguous date, when only that one falls on or just after a day the
    lead reports: a page is not dated weeks before, or long after, the event it reports."""
    other = read_other_way(found)

    def follows(day: dt.date) -> bool:
        return any(0 <= (day - seen).days <= REPORT_LAG_DAYS for seen in reported)

    return other if other and follows(other.value) and not follows(found.value) else None


def _clue(line: Line, found, patterns: Patterns) -> DateClue:
    segment = _segment_around(line.text, found.start)
    if not find_time(segment) and _only_date_cells(line.text, patterns):
        segment = line.text  # '15:29 | 17 ноября | 2017': the time has a cell of its own
    elif not find_time(segment):
        segment = _time_cell_beside(line.text, found) or segment
    time = find_time(segment)
    if time and MIDNIGHT_PLACEHOLDER.match(time):
        time = None
    return DateClue(
        date=found.value,
        kind=_label_kind(line.text[: found.start], patterns),
        printed=found.printed,
        line=line.number,
        time=time,
        utc_offset=find_utc_offset(segment, patterns) if time else None,
    )


def _time_cell_beside(text: str, found: FoundDate) -> str | None:
    """The cell next to a date's own that holds only a time, after it or before it: 'Published February
    20, 2023 | 06:10 AM', '15:58 | 12.07.2022 Category: News' (the rest of the line's cells say other things)."""
    after = text[found.start + len(found.printed) :].split("|")
    before = text[: found.start].split("|")
    for cell in (after[1] if len(after) > 1 else None, before[-2] if len(before) > 1 else None):
        if cell is not None and TIME_CELL.match(cell):
            return cell
    if len(before) > 1 and LABELLED_TIME_CELL.match(before[-2]):
        return before[-2]  # 'Published Date: 12:00 | 20 January 2018': the stamp's label, its time, then its day
    return None


TIME_CELL = re.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5})?\s*$")
# the first cell of a meta list's stamp that puts the time first: the item's bullet, its label and the time
# ('- Published Date: 12:00', 'Posted: 9:15 AM', 'Опубликовано: 14:20', '发布时间：08:30')
LABELLED_TIME_CELL = re.compile(
    r"^[\s\-–—•·*]*[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20}){0,2}\s*[:：]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5})?\s*$")


def _segment_around(text: str, position: int) -> str:
    """The '|'-separated part of a line that holds a position."""
    start = text.rfind("|", 0, position) + 1
    end = text.find("|", position)
    return text[start : end if end >= 0 else len(text)]


def _label_kind(prefix: str, patterns: Patterns) -> str:
    label = fold(prefix.rsplit("|", 1)[-1])[-40:]
    if any(label.endswith(word) for word in patterns.updated_labels if word):
        return "updated"
    if any(label.endswith(word) for word in patterns.published_labels if word):
        return "published"
    return "stamp"


def is_edition(text: str, patterns: Patterns) -> bool:
    """A print edition's label ('第01版：要闻', '《人民日报》（2024年06月07日 01版）')."""
    return any(p.search(text[:MAX_SCAN_LINE]) for p in patterns.edition_marks)


# '浏览:518', '瀏覽次數：12', '浏览:' (a count the page fills in later): how often the page was
# read, beside the story's own date; no day it was viewed ('浏览时间:2024-07-19' still is one)
VIEW_COUNTER = re.compile(r"(?:浏览|瀏覽|阅读|閱讀)(?:(?:量|数|數|次数|次數)?\s*[:：]\s*\d*(?![\d\-/.年])\s*次?"
                          r"|\s*[(（]\s*\d+\s*[)）]\s*人?次)")  # '浏览(60)人次': viewed by 60
# '点击图片浏览下一页', '浏览大图', '瀏覽原圖': a picture gallery's button printed beside the stamp; a
# prompt to browse the pictures, no day the page was viewed
GALLERY_BUTTON = re.compile(r"(?:点击|點擊|点此|點此)?(?:图片|圖片|图集|圖集)?(?:浏览|瀏覽|查看|观看|觀看)"
                            r"(?:下一页|下一頁|下一张|下一張|上一页|上一頁|上一张|上一張|大图|大圖|原图|原圖|全图|全圖|高清图|高清圖|图集|圖集|更多图片|更多圖片)")


# a site theme's clock of today's date: short weekday with a full stop, short month, ordinal day, year
TODAY_WIDGET = re.compile(r"^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.\s+[A-Z][a-z]{2}\s+\d{1,2}(?:st|nd|rd|th),\s+(?:19|20)\d\d\s*$")


# 'Текущая дата: 17.11.2024' on a print view, 'Курсы валют от 16/01/2026' over a rates widget:
# the day the page was printed or viewed, labelled as such
VIEWING_LABEL = re.compile(
    r"(?:текущая дата|сегодняшняя дата|курсы? валют\w*|current date|today'?s date|(?:exchange|currency) rates?|当前日期|當前日期|今日汇率|汇率)\s*(?:от|on|for|from|[:：])?\s*\d",
    re.I)

# 'Time in Yerevan: 11:07, 1 June 2024', 'Local time: …', 'Время в Минске: …': a clock widget
# labelled as the time now in a city; the moment the page was viewed, never the story's
CLOCK_LABEL = re.compile(
    r"^\s*(?:(?i:(?:current|local) time|текущее время|местное время)|(?i:time in) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?|(?i:время в) [А-ЯЁ]\w+)\s*[:：]\s*\d")


# '2025年07月07日網站首頁返回舊版': a header's date of today printed in one line with the site's
# own links (home page, bookmark, old version); a story's stamp never carries them
SITE_NAV_LINKS = re.compile(r"(?:网站首页|網站首頁|设为首页|設為首頁|加入收藏|返回旧版|返回舊版)")


# 'Пятница, 26.04.2024, 13:55 | Приветствую Вас Гость | Регистрация | Вход': a site engine's
# header greets the visitor beside its login links and today's clock; that is the day of viewing
GUEST_MENU = re.compile(
    r"\|\s*(?:(?:приветствую|вітаю|welcome)\s+(?:вас\s+)?(?:гость|госць|guest)|регистрация|рэгістрацыя|sign\s+up|register)\s*(?:\||$)",
    re.I)


EDITION_MARK_REACH = 4  # lines from a print page's mark ('第A12版:国内国际') down to its date (navigation between)


def _under_edition_mark(head: list[Line], i: int, patterns: Patterns) -> bool:
    """Whether a print page's mark stands a few lines above the i-th head line ('第A12版:国内国际' over
    '标题导航' over '2018年08月24日 星期五'): the e-paper's page header, whose date is the edition's."""
    return any(is_edition(line.text, patterns) for line in head[max(0, i - EDITION_MARK_REACH) : i])


def _is_viewing_date(line: Line, title_line: int | None, patterns: Patterns, following: Line | None = None) -> bool:
    """'Flag Thursday, 28 September 2023', 'Viewed on: ...': the day the page was looked at; not
    a print edition's date ('2024年06月07日 星期五' over '第01版')."""
    text = GALLERY_BUTTON.sub(" ", VIEW_COUNTER.sub(" ", line.text[:MAX_SCAN_LINE]))
    if is_edition(text, patterns) or (following and is_edition(following.text, patterns)):
        return False
    if VIEWING_LABEL.search(text) or CLOCK_LABEL.search(text) or GUEST_MENU.search(text) or SITE_NAV_LINKS.search(text):
        return True
    words = set(fold(text).split())
    if words & patterns.viewing_words:
        return True
    if any(CJK.search(w) and w in text for w in patterns.viewing_words):
        return True
    # Sites print today's date with its weekday above the article: above the headline, or above
    # the article's own dated line when no headline was kept ('Sun. Oct 6th, 2024' over 'Astana, 5 July 2024')
    if not has_weekday(text, patterns):
        return False
    if _dated_with_time(text, patterns):
        return False  # 'Sunday 3 December 2023 - 22:00': the article's stamp, to the minute; today's date has no time
    if title_line is not None:
        return line.number < title_line
    if TODAY_WIDGET.match(text):
        return True  # 'Fri. Apr 19th, 2024' alone on its line: a theme's today's-date widget, never a post's stamp
    return following is not None and following.kind == "stamp" and any(f.value for f in find_dates(following.text, patterns=patterns))


def _without_site_clock(clues: list[DateClue], head: list[Line], title_line: int | None, patterns: Patterns) -> list[DateClue]:
    """The clues less a weekday's date and time or a broadcast player's day above the headline
    ('Tuesday, 02 January 2024 12:17 GMT', 'Broadcast 05-02-2025') when a stamp under the headline
    dates the article: that is the site's clock or player, not the story's."""
    if title_line is None or not (any(c.line is not None and c.line > title_line and c.kind != "updated" for c in clues)
                                  or _yearless_labelled_stamp(head, title_line, patterns)):
        return clues
    above = [line for line in head if line.number < title_line]
    weekday_lines = {line.number for line in above
                     if has_weekday(_unglued_words(line.text[:MAX_SCAN_LINE]), patterns) or BROADCAST_LABEL.match(line.text)}
    # a clock widget may print the weekday on a line of its own under the date ('2026-01-24' / '星期六')
    weekday_lines |= {line.number for line, below in zip(above, above[1:])
                      if len(below.text.strip()) <= WEEKDAY_ALONE_CHARS and has_weekday(below.text, patterns)}
    return [c for c in clues if c.line not in weekday_lines]


WEEKDAY_ALONE_CHARS = 12  # 'Wednesday', '星期六', 'воскресенье,': a weekday alone on its line
# 'Дата: 12.12', '日期:12-12', 'Date: 12/12': a labelled stamp of the day and month, no year
LABELLED_DAY_MONTH = re.compile(r"^\s*[:：]\s*(?:\d{1,2}[-./]\d{1,2}|\d{1,2}\s?月\s?\d{1,2}\s?日)(?![-./]?\d)")


def _yearless_labelled_stamp(head: list[Line], title_line: int, patterns: Patterns) -> bool:
    """A date label under the headline with the day and month and no year ('日期:12-12', as an e-paper
    prints its page's date): the page dates itself, though the year is not told."""
    for line in head:
        if line.number <= title_line:
            continue
        text = line.text[:MAX_SCAN_LINE].strip()
        label = next((label for label in patterns.published_labels if label and text.casefold().startswith(label)), None)
        if label is not None and LABELLED_DAY_MONTH.match(text[len(label):]):
            return True
    return False


LETTER_BEFORE_DIGIT = re.compile(r"([^\W\d_])(?=\d)")


def _unglued_words(text: str) -> str:
    """The text with a space between a word and a number glued after it: a clock widget may print
    its weekday run into the time ('18 июля 2025, пятница16:33')."""
    return LETTER_BEFORE_DIGIT.sub(r"\1 ", text)


# 'Broadcast 05-02-2025', '广播录音 21,22-11-2024': a radio site's player of its latest programme,
# labelled with that programme's day, above the story's headline; the story's own stamp dates it
BROADCAST_LABEL = re.compile(r"^\s*(?:(?:latest |radio )?broadcasts?|эфир|радиоэфир|广播录音|廣播錄音|广播|廣播)\s*[:：]?\s*\d", re.I)


# A page's address printed alone on a line, with the day in its path ('/story20180524-861717',
# '/2018/05/24/', '/20220915002120-260409' with the time run on): a copied page's own address dates
# the story when nothing printed does.
ADDRESS_DAY = re.compile(r"^https?://\S*?(?:[/_\-a-z](20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{6})?(?=[\-_./]|$)|/(20\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/)\S*$")


# 'Главная » 2015 » Июль » 13 » Title': a site engine's archive breadcrumb files the story under
# its year, month and day; the page's own date
ARCHIVE_BREADCRUMB = re.compile(r"^\s*[^»\d]{1,20}»\s*((?:19|20)\d\d)\s*»\s*([^\W\d_]{3,12})\s*»\s*(\d{1,2})\s*»")


def _archive_breadcrumb_clues(head: list[Line], patterns: Patterns) -> list[DateClue]:
    """The day an archive breadcrumb above the story files it under."""
    for line in head:
        match = ARCHIVE_BREADCRUMB.match(line.text)
        month = match and patterns.months.get(fold(match.group(2)))
        if month:
            try:
                return [DateClue(dt.date(int(match.group(1)), month, int(match.group(3))), "stamp", match.group(0), line.number)]
            except ValueError:
                return []
    return []


LISTING_STAMP_REACH = 3  # lines under the headline where the article's own stamp stands


def _without_listing_stamps(clues: list[DateClue], head: list[Line], title_line: int | None) -> list[DateClue]:
    """The clues less the stamps above the headline when two or more date lines stand there (a list
    of latest news beside the story) and a stamp right under the headline dates the article."""
    if title_line is None:
        return clues
    above = [c for c in clues if c.line is not None and c.line < title_line and c.kind == "stamp"]
    under = [c for c in clues if c.line is not None and 0 < c.line - title_line <= LISTING_STAMP_REACH and c.kind != "updated"]
    stamp_lines = {line.text.strip() for line in head if line.kind == "stamp" and line.number < title_line}
    if len(stamp_lines) < 2 or not under:
        return clues
    return [c for c in clues if c not in above]


def _without_list_under_story(clues: list[DateClue], layout: Layout) -> list[DateClue]:
    """The clues less the stamps that stand below the story's paragraphs (a copy opening with its
    text, the page's lines under it read as its head) when two or more of them take turns with other
    lines ('02.09.2025 - 14:25' / headline / '01.09.2025 - 10:10' / headline): a list of the site's
    other stories, each with its time; none of them dates the story above."""
    if not layout.body:
        return clues
    story_end = max(line.number for line in layout.body)
    under = [line for line in layout.head if line.number > story_end and line.text.strip()]
    kinds = [line.kind == "stamp" for line in under]
    turns = sum(1 for a, b in zip(kinds, kinds[1:]) if a != b)
    if sum(kinds) < 2 or turns < 2:
        return clues
    listed = {line.number for line in under if line.kind == "stamp"}
    return [c for c in clues if c.line not in listed]


# 'Accessed 24.10.2025', '(дата обращения: 24.10.2025)', '访问时间:2025-10-24': the day a reader or a
# reference list consulted a page, printed under copied or cited text; no day the page came out
ACCESS_LABEL = re.compile(
    r"(?:\b(?:(?:last\s+)?(?:accessed|retrieved|viewed|visited|consulted)(?:\s+on)?|date\s+of\s+access|access\s+date)"
    r"|дата\s+(?:обращения|доступа|просмотра)|(?:последнее\s+)?обращени[ея]|просмотрено"
    r"|(?:访问|訪問|检索|檢索|查阅|查閱|浏览|瀏覽)(?:时间|時間|日期|于|於))\s*[:：]?\s*$", re.I)
ACCESS_LABEL_REACH = 40  # characters before a date where its access label may stand


def _without_access_stamps(clues: list[DateClue], layout: Layout) -> list[DateClue]:
    """The clues less a date whose line labels it as the day a page was accessed or retrieved, or
    that stands in a related story's link ('Read also: Headline 12.03.2021'): that story's day."""
    lines = {line.number: line.text for line in layout.head + layout.body + layout.closing + layout.tail}
    texts = {c.line: lines.get(c.line, "") if c.line is not None else "" for c in clues}
    return [c for c in clues if not (_access_labelled(texts[c.line], c.printed) or RELATED_LINK.match(texts[c.line]))]


def _access_labelled(text: str, printed: str) -> bool:
    at = text.find(printed)
    if at < 0:
        return False
    return bool(ACCESS_LABEL.search(text[max(0, at - ACCESS_LABEL_REACH) : at].rstrip(" (（[")))


def _without_teaser_stamp(clues: list[DateClue], head: list[Line]) -> list[DateClue]:
    """The clues less the stamp over the first of two copies of the headline when another stamp
    stands right over the second ('27.02.2026 / Title / 18.02.2026 / Title'): the first pair is a
    teaser or listing entry, the second the article's own header."""
    stamps = {c.line: c for c in clues if c.kind == "stamp" and c.line is not None}
    texts = {line.number: line.text.strip() for line in head}
    for number, clue in stamps.items():
        title = texts.get(number + 1)
        second = next((n for n in stamps if n > number + 1 and texts.get(n + 1) == title), None)
        if title and second is not None and stamps[second].date != clue.date:
            return [c for c in clues if c is not clue]
    return clues


def _without_teaser_over_headline(clues: list[DateClue], head: list[Line], title_line: int | None) -> list[DateClue]:
    """The clues less a stamp set under another headline above the article's ('Other title' /
    '2024年09月16日' / 'Headline' / '2025年05月30日'), when a stamp of another day stands right under the
    article's headline: the pair above is a related story's teaser, the pair under the headline the article's."""
    if title_line is None:
        return clues
    lines = [line for line in head if line.text.strip()]
    below = next((line for line in lines if line.number > title_line), None)
    own = [c for c in clues if below is not None and below.kind == "stamp" and c.line == below.number and c.kind != "updated"]
    if not own:
        return clues
    teaser_lines = {line.number for above, line in zip(lines, lines[1:])
                    if line.number < title_line and line.kind == "stamp" and above.kind in ("short", "prose")}
    return [c for c in clues if c.line not in teaser_lines or c.date == own[0].date]


def _dateline_in_address_year(layout: Layout, patterns: Patterns) -> list[DateClue]:
    """A wire's yearless dateline ('МОСКВА, 8 мая - ПРАЙМ.', 'BAKU, May 8 (Trend) –') in the year of the
    page's address printed alone above or under the story ('…/20150508/809827877.html', '…/2015/05/08/…')
    when the address's day is the dateline's own: the address was filed the same day."""
    found = _lead_dateline(layout, patterns) or _opening_wire_dateline(layout, patterns)
    if not found:
        return []
    line, dateline = found
    for clue in (clue for address in layout.head + layout.closing + layout.tail for clue in _page_address_clues([address])):
        if (clue.date.month, clue.date.day) == (dateline.month, dateline.day):
            return [c for c in [_dateline_clue(line, dateline, clue.date.year)] if c]
    return []


def _page_address_clues(head: list[Line]) -> list[DateClue]:
    """The day in the path of the page's address on a line of its own above the story."""
    for line in head:
        match = ADDRESS_DAY.match(line.text.strip())
        if match:
            year, month, day = (int(g) for g in match.groups() if g)
            try:
                return [DateClue(dt.date(year, month, day), "stamp", match.group(0), line.number)]
            except ValueError:
                return []
    return []


def _without_stale_masthead_stamp(clues: list[DateClue], layout: Layout, title_line: int | None, patterns: Patterns) -> list[DateClue]:
    """The clues less a stamp above the headline that the story rules out ('15 July 2015' in the
    masthead over a report of a visit 'from July 17 to 26, 2016'), when a stamp under the headline
    dates the article: the masthead's date is a widget's, not the story's."""
    if title_line is None or not any(c.line is not None and c.line > title_line and c.kind != "updated" for c in clues):
        return clues
    body = "\n".join(line.text for line in layout.body)
    return [c for c in clues if not (c.kind == "stamp" and c.line is not None and c.line < title_line
                                     and marker_contradiction(c.date, body, patterns))]


def _dated_with_time(text: str, patterns: Patterns) -> bool:
    """A complete date and a time of day right after it ('Sunday 3 December 2023 - 22:00')."""
    found = next((f for f in find_dates(text, patterns=patterns) if f.value), None)
    if not found:
        return False
    after = text[found.start + len(found.printed) : found.start + len(found.printed) + 8]
    return bool(re.match(r"^\s*(?:[,|\-–—]\s*)?(?:[01]?\d|2[0-3]):[0-5]\d", after))


def _without_stamps_after_update(clues: list[DateClue], head: list[Line]) -> list[DateClue]:
    """The clues less an unlabelled stamp standing right above the page's update line and later
    than it ('2023-10-30' under a linked story's headline, then '更新时间:2023-10-25'): a page is
    not published after it was updated, so that date is the link's. (An update line further
    down may be a reposted story's own, older than the page.)"""
    following = {line.number: after.number for line, after in zip(head, head[1:])}
    updates = {c.line: c.date for c in clues if c.kind == "updated"}
    return [c for c in clues if not (c.kind == "stamp" and following.get(c.line) in updates
                                     and c.date > updates[following[c.line]])]


def choose_date(clues: list[DateClue]) -> DateClue | None:
    """The clue of the strongest kind; among printed stamps of different days, an earlier one the
    store's marker names (a portal's repost clock above the headline, the original's day under the
    byline): a marker a day after the page's stamp is the store's own clock, not a choice."""
    ranked = sorted(clues, key=lambda c: RANK[c.kind])
    if not ranked:
        return None
    marked = {c.date for c in ranked if c.kind == "marker"}
    rivals = [c for c in ranked if c.kind == ranked[0].kind == "stamp" and c.date < ranked[0].date]
    return _with_time_of_same_day(next((c for c in rivals if c.date in marked), ranked[0]), ranked)


TIMED_KINDS = ("published", "stamp", "headline")  # printed stamps of the page; an update's time is another moment


def _with_time_of_same_day(chosen: DateClue, clues: list[DateClue]) -> DateClue:
    """The chosen day with the time another printed stamp gives for that same day: a page's title line
    with the day alone ('Headline - Agency, 23.11.2025') over the stamp with its time ('15:09 23.11.2025'),
    or a date alone above the headline and the same day with its time under the byline."""
    if chosen.time or chosen.kind not in TIMED_KINDS:
        return chosen
    timed = next((c for c in clues if c.kind in TIMED_KINDS and c.date == chosen.date and c.time), None)
    return replace(chosen, time=timed.time, utc_offset=timed.utc_offset) if timed else chosen


def marker_contradiction(marker: dt.date, body: str, patterns: Patterns) -> str | None:
    """A sentence that speaks of a later year in the past tense, which a true marker could not."""
    for sentence in SENTENCE.findall(body[:MAX_CONTENT_SCAN]):
        for match in YEAR.finditer(sentence):
            if int(match.group(1)) > marker.year and _past_not_future(sentence, match.start(), patterns):
                return sentence.strip()[:160]
    return None


# a line of image addresses left over the lead ('site.by https://cdn.site.by/a.webp 480w, ...'): no sentence
LINK_PARAGRAPH = re.compile(r"^\s*(?:\S+\s+)?https?://\S+(?:\s+\d+w,?)?\s*(?:,|\S*https?://|$)")


def marker_day_contradiction(marker: dt.date, layout: Layout, patterns: Patterns) -> str | None:
    """Days the text names that rule a marker out: the headline's day when the lead says it is
    'today' ('... observed on January 20' over 'marked today'), or, when the lead opens with a
    finished event and no day for it ('Talks were held in Minsk ...'), the only day the lead
    names, if that falls after the marker: the report cannot predate what it reports."""
    paragraphs = [line.text[:MAX_SCAN_LINE * 2] for line in lead(layout, MARKER_CHECK_PARAGRAPHS)
                  if not LINK_PARAGRAPH.match(line.text)]
    if not paragraphs:
        return None
    bare = _bare_cjk_day_after(marker, paragraphs[0], patterns)
    if bare:
        return bare
    title = layout.title.text if layout.title else ""
    today = frozenset(word for word, offset in patterns.relative_days.items() if offset == 0)
    title_days = {(f.month, f.day) for f in find_dates(title, patterns=patterns) if not f.problem and not f.has_year}
    if len(title_days) == 1 and not has_word(title, patterns.future_words) and has_word(paragraphs[0], today):
        month, day = next(iter(title_days))
        if (month, day) != (marker.month, marker.day):
            return f"the headline's day ({day:02d}.{month:02d}) is 'today' in the lead"
    first = SENTENCE.match(paragraphs[0])
    first = first.group(0) if first else ""
    planned = _weekday_plan_far_after(marker, paragraphs, first, patterns)
    if planned:
        return planned
    # told_in_past: a Russian lead's masculine verb ('X 28 ноября провел переговоры') tells a finished event too
    if not told_in_past(first, patterns) or has_word(first, patterns.future_words):
        return _later_sentence_day_after(marker, paragraphs[0], first, patterns)
    own_days = [f for f in find_dates(first, patterns=patterns) if not f.problem]
    if own_days:
        return _finished_day_after(marker, own_days)  # 'В Минске 9 декабря подписано …' under a 1 December marker
    if has_weekday(first, patterns) or has_word(first, frozenset(patterns.relative_days)):
        return None  # the finished event has its own day
    # a day the lead tells of as still to come ('On September 22, talks will continue') is the
    # plan's, which a report may well predate
    named = {f.value if f.has_year else date_in_year(f, marker.year)
             for text in paragraphs for f in find_dates(text, patterns=patterns)
             if not f.problem and not _in_future_sentence(text, f.start, patterns)}
    if len(named) == 1 and None not in named:
        day = next(iter(named))
        if dt.timedelta(days=1) <= day - marker <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE):
            return f"the lead reports a finished event, and the only day it names ({day}) is after the marker"
    return None


WEEKDAY_PLAN_REACH_DAYS = 7  # a plan named by its weekday alone ('on Monday') lies within the week of writing
WEEKDAY_PLAN_PARAGRAPHS = 3  # lead paragraphs where the plan's dated days are looked for


def _weekday_plan_far_after(marker: dt.date, paragraphs: list[str], first: str, patterns: Patterns) -> str | None:
    """A lead that opens with a plan for a weekday ('X will travel to China on Monday', 'в понедельник
    посетит', '将于周一访问') and dates it further on ('a visit on June 2-4'): when the one day of the
    lead on that weekday, in the marker's year, is more than a week after the marker, the story was
    not written on the marker's day (a plan named by its weekday is days ahead)."""
    weekdays = {weekday for _, weekday in find_weekdays(first, patterns)}
    if len(weekdays) != 1 or not has_word(first, patterns.future_words) or find_dates(first, patterns=patterns):
        return None
    weekday = weekdays.pop()
    days = {date_in_year(f, marker.year) if not f.has_year else f.value
            for text in paragraphs[:WEEKDAY_PLAN_PARAGRAPHS] for f in find_dates(text, patterns=patterns) if not f.problem}
    days |= {_span_opening_day(text, f, marker.year)
             for text in paragraphs[:WEEKDAY_PLAN_PARAGRAPHS] for f in find_dates(text, patterns=patterns) if not f.problem}
    on_weekday = {day for day in days if day and day.weekday() == weekday}
    if len(on_weekday) != 1:
        return None
    day = on_weekday.pop()
    if (day - marker).days > WEEKDAY_PLAN_REACH_DAYS:
        return f"the lead plans an event for the coming weekday, {day:%A} {day}, more than a week after the marker"
    return None


SPAN_OPENING_DAY = re.compile(r"(?:^|[^\d.:])(\d{1,2})\s?[-–—]\s?$")


def _span_opening_day(text: str, found: FoundDate, year: int) -> dt.date | None:
    """The first day of a span written '2-4 июня', '2–4 June', of which the date grammar reads the last."""
    opening = SPAN_OPENING_DAY.search(text[: found.start])
    value = found.value or date_in_year(found, year)
    if not (opening and value and found.order.startswith("d")):
        return None
    try:
        return value.replace(day=int(opening.group(1)))
    except ValueError:
        return None


# a Chinese lead opening with a bare day of the month ('17日，…举行会谈', after a credit such as
# '某台报道：'): news names the day so only within the month of writing, or just across its turn
CJK_OPENING_DAY = re.compile(r"^[^。！？\d\n]{0,30}?(?<![\d月])([1-9]|[12]\d|3[01])日\s?[,，]")
BARE_DAY_REPORT_GAP = 7  # days a report may trail a bare-day event across the turn of a month


def _bare_cjk_day_after(marker: dt.date, paragraph: str, patterns: Patterns) -> str | None:
    """A Chinese lead reporting what was done on a bare '17日' under a marker of the 8th: the 17th
    is not yet come in the marker's month, and the one before lies weeks back, further than a
    report that names its day without the month trails it; the marker is not the day of writing."""
    match = CJK_OPENING_DAY.match(paragraph)
    first = SENTENCE.match(paragraph)
    if not match or has_word(first.group(0) if first else "", patterns.future_words):
        return None
    day = int(match.group(1))
    if day <= marker.day:
        return None
    previous_month_end = marker.replace(day=1) - dt.timedelta(days=1)
    if day > previous_month_end.day:
        return None  # '31日' under a marker of the month after a 30-day one: no reading at all, let others judge
    gap = (marker - previous_month_end.replace(day=day)).days
    if gap <= BARE_DAY_REPORT_GAP:
        return None
    return f"the lead reports a finished event on the {day}th, which the marker's month has not reached"


LEAD_REPORT_SENTENCES = 3  # sentences of the opening paragraph where the news itself is told


def _later_sentence_day_after(marker: dt.date, paragraph: str, first: str, patterns: Patterns) -> str | None:
    """When the lead opens with a summary ('X plans to develop ties with Y.') and its next sentence
    reports the finished event on one day ('the President said this on December 9'), that day,
    if after the marker, rules the marker out as the first sentence's would."""
    for sentence in SENTENCE.findall(paragraph[len(first):])[:LEAD_REPORT_SENTENCES - 1]:
        if not told_in_past(sentence, patterns) or has_word(sentence, patterns.future_words):
            continue
        own_days = [f for f in find_dates(sentence, patterns=patterns) if not f.problem]
        if own_days:
            return _finished_day_after(marker, own_days)
    return None


def _finished_day_after(marker: dt.date, own_days: list[FoundDate]) -> str | None:
    """The one day the lead's finished event is given, when it falls after the marker (read in
    the marker's year if the day has none): the report cannot predate what it reports."""
    if len(own_days) != 1:
        return None
    found = own_days[0]
    day = found.value if found.has_year else date_in_year(found, marker.year)
    if day and dt.timedelta(days=1) <= day - marker <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE):
        return f"the lead reports a finished event on {day}, after the marker"
    if day and not found.has_year and marker - day > dt.timedelta(days=YEARLESS_REPORT_MAX_DAYS):
        return f"the lead reports a finished event on {day:%d %B} without its year, months before the marker"
    return None


# a lead naming its event's day without the year ('talks were held on October 4') writes within
# weeks of it; a marker over two months later is a later copy's filing, not the day of writing
YEARLESS_REPORT_MAX_DAYS = 60


# a year joined to a word by a dash names an event ('Евро-2026', 'чемпионат Европы - 2026',
# 'EXPO-2030'): the sentence need not say anything happened in that year
NAMED_YEAR = re.compile(r"[^\W\d_]\s?[-–—]\s?$")
# a span of years ('на 2026-2028 годы', 'for 2026–2030'): the period a plan or an agreement covers,
# signed before it begins
# '2026−2030': typeset pages join a span of years with the minus sign as well as with dashes
YEAR_SPAN_AFTER = re.compile(r"^\d{4}\s?[-–—−]\s?(?:19|20)\d\d\b")
YEAR_SPAN_BEFORE = re.compile(r"\b(?:19|20)\d\d\s?[-–—−]\s?$")


def _past_not_future(sentence: str, year_at: int, patterns: Patterns) -> bool:
    if has_word(sentence, patterns.future_words) or NAMED_YEAR.search(sentence[:year_at]):
        return False
    if YEAR_SPAN_AFTER.match(sentence[year_at:]) or YEAR_SPAN_BEFORE.search(sentence[:year_at]):
        return False
    if has_word(sentence[max(0, year_at - 12) : year_at], patterns.future_prepositions, last=True):
        return False
    return any(p.search(sentence) for p in patterns.past_markers)
