"""The day the reported event happened, resolved against the publication date.

'on Monday' -> the most recent Monday on or before publication; 'July 8' -> that day in the
year that puts it on or before publication; 'yesterday' -> the day before; '4日' -> that day
of the publication month. Never a date after publication (or after a wire's dateline, which
may run a day ahead of the page's date); None when the lead gives no day.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from despatch.ingest.dates import YEAR, FoundDate, date_in_year, find_dates, find_weekdays, most_recent_weekday, whole_years
from despatch.ingest.datelines import Dateline, dateline_in
from despatch.ingest.lines import CJK, Line, has_word
from despatch.ingest.published import BRACKETED_LEAD_CREDIT, LEAD_CREDIT
from despatch.ingest.settings import EVENT_MAX_DAYS_BEFORE, MAX_SCAN_LINE, Patterns
from despatch.registry import fold

CJK_DAY = re.compile(r"(?<![\d月])(\d{1,2})日")
RANGE_JOIN = re.compile(r"\s*(?:to|till|until|through|-|–|—|по|至|到)\s*", re.I)
CLAUSE_BREAK = re.compile(r"[.,;!?。，；！？]")
SENTENCE_BREAK = re.compile(r"[.!?。！？]")
# What a wire's dateline leaves before its first sentence: the stop, an agency's bracketed credit, a dash
OPENING_CREDIT = re.compile(r"\s*(?:\([^()]*\))?\s*[—–-]?\s*")
NUMBERED_DOCUMENT = re.compile(r"\s*第\s*\d+\s*号")
FEATURE_LABEL = re.compile(r"\s*([^\W\d_]{2,12})\s*[:：]")
ATTRIBUTION_REACH = 25  # characters before a day searched for 'said', 'сообщили'
FUTURE_REACH = 80  # characters before a date searched for 'will', 'будет', '将'
# characters before a day searched for the 'will' of its own clause: an occasion's long name may stand
# between them ('will hold the fifth meeting of the … Intergovernmental Cooperation Committee on Tuesday')
FUTURE_CLAUSE_REACH = 120
AHEAD_REACH = 120  # characters before a date searched for 'ahead of': the occasion's name may be long
MIN_WEEKDAY_NAME = 5
FILED_AHEAD_DAYS = 1  # a dateline's day may run one day ahead of the page's date (time zones, late posting)
# Days before the report beyond which a day named only after the first paragraph is background
# ('The agreement was signed on 10 June' under news of a ministry's notice)
BACKGROUND_DAYS = 14
STORY_SPAN_DAYS = 7
# A paragraph that recalls an earlier report: its days are background, not the event
EARLIER_REPORT = re.compile(
    r"^\s*(?:as (?:previously |earlier )?reported|as \S+(?: \S+)? (?:previously |earlier )?reported"
    r"|(?:we )?remind (?:you )?that|recall that"  # 'Напомним' put into English
    r"|как (?:уже |ранее )?сообщал(?:ось|о|а|и)?|ранее сообщалось|напомним"
    r"|据此前报道|據此前報導)",
    re.I,
)  # 'Sun Yi' is a name, 'Sunday' a day
# Words quoted in curly or corner quotes
# '11.03.2020В Петербурге стартовало …': the page's date stamp run into the lead's first word, which
# dates the page, not a day the lead names ('06.10.2023 г.В рамках …': with the year's mark after it);
# with the time printed first ('12:20 24.10.2025 Министр …') the stamp stands apart by a space
GLUED_STAMP = re.compile(r"^\s*(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:\s?г\.)?(?:,?\s*\d{1,2}:\d\d)?(?=[^\W\d_])")
TIME_FIRST_STAMP = re.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d\s{1,2}(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*(?=[^\W\d_])")
QUOTATION = re.compile(r"“[^”]*”?|「[^」]*」?|«[^»]*»?")
# A day the opening gives a state of affairs at ('по состоянию на утро 1 декабря', 'as of December 1',
# '截至12月1日'): what stands by then, not a thing done that day
STATUS_AS_OF = re.compile(
    r"(?:по состоянию на|as of)\s+(?:(?:утро|вечер|конец|начало|the (?:morning|evening|end) of)\s+)?"
    r"(?:\d|[A-Za-z]{3,9}\.?\s+\d)|(?:截至|截止)(?:到)?\s*\d",
    re.I,
)


# '今(17)晚', '昨(16)日', '明（18）日': Macao's and Hong Kong's government releases gloss 'today'
# and 'yesterday' with the day of the month in brackets; the day printed is the day meant
BRACKETED_DAY_OF_WORD = re.compile(r"[今昨明]\s?[(（](?P<day>[1-9]|[12]\d|3[01])[)）]日?")


def find_event_date(
    published: dt.date | None, dateline: Dateline | None, lead: list[str], patterns: Patterns,
    title: str | None = None,
) -> dt.date | None:
    """The day the lead paragraphs report, else the dateline's date.

    News reports the day it is filed: when the lead names that day ('today', 'on Wednesday'
    on a Wednesday) anywhere, that is the event; otherwise the first day it names. A feature
    (its headline labelled '通讯:', 'Interview:') or a lead that puts the event at an unnamed
    earlier time ('recently', '日前') gives no day of its own, and its dateline's day is only
    the day it was filed.
    """
    if dateline and dateline.occasion and (published is None or dateline.occasion <= published):
        return dateline.occasion  # a speech's text: the day it was given, not the days the speaker recalls
    if published is None:
        if lead and dateline and dateline.month and not dateline.has_year and not dateline.rest:
            lead = [lead[0][dateline.end :], *lead[1:]]  # the day a wire filed, in a year unknown: no event's day
        lead = _without_headline(lead, title, patterns)
        if lead and _opens_on_an_unknown_day(lead[0], patterns):
            return None  # 'Сегодня в Душанбе прибудет делегация … Последний визит состоялся 23 августа 2002 года'
        day = _absolute_date(lead, patterns) or _day_dated_in_title(lead, title, patterns)
        return None if day and _planned_in_title(title, day, patterns) else day
    filed = _filed_day(published, dateline)
    lead = [BRACKETED_DAY_OF_WORD.sub(r"\g<day>日", paragraph) for paragraph in lead]
    # Words like 'yesterday' or 'on Monday' count from the day the story was filed.
    reference = filed or published
    days, told = [], []
    month = None  # the month last named in the lead ('1月27日至29日' ... '28日': the 28th of January)
    announces_plan = False  # the opening paragraph names a day still to come
    told_plan = None  # the day the opening tells of what will be, which outranks days named further on
    if dateline and dateline.rest:
        lead = [dateline.rest, *lead]  # the dateline's paragraph, left above the body
    stale_opening = None  # the opening sentence's first day, far from the page's: a late copy
    undated_opening = False  # the opening sentence puts the event at an unnamed earlier time ('日前', 'recently')
    credited = None  # the day of an outlet's credit opening the lead ('民航资源网2016年11月22日消息:'), a dateline's kin
    for i, paragraph in enumerate(lead):
        if i == 0 and dateline and not dateline.rest:
            paragraph = paragraph[dateline.end :]
        if i == 0:
            paragraph = TIME_FIRST_STAMP.sub("", GLUED_STAMP.sub("", paragraph, count=1), count=1)
            paragraph, credited = _without_lead_credit(paragraph)
        elif i:
            paragraph = _without_dateline(paragraph, dateline, patterns)
        if i == 0:
            stale_opening = _opens_on_a_stale_day(SENTENCE_BREAK.split(paragraph[: MAX_SCAN_LINE * 2], maxsplit=1)[0],
                                                  reference, patterns)
            undated_opening = has_word(SENTENCE_BREAK.split(paragraph[: MAX_SCAN_LINE * 2], maxsplit=1)[0],
                                       patterns.undated_past_words)
        elif undated_opening:
            # '普京称,“我们今天讨论了…”' under '普京日前访问埃及': the speaker's 'today' was the day he spoke
            paragraph = QUOTATION.sub("", paragraph)
        if EARLIER_REPORT.match(paragraph):
            continue  # 'As reported earlier, on 16 January ...': background, not the event
        # a span's middle day stands for the news only where the span dates it: in the opening (an
        # interviewer's question above it opens nothing), or beside a day already named ('Lukashenko
        # was in China from 28 February to 2 March' under talks the lead gives no day is the stay)
        spans = bool(days or told) or all(_is_question(p) for p in lead[:i])
        for day, attribution in _days_in(paragraph[: MAX_SCAN_LINE * 2], reference, patterns, month, opening=i == 0, spans=spans):
            if i and not (days or told) and (reference - day > dt.timedelta(days=BACKGROUND_DAYS)
                                              or (announces_plan and not attribution)):
                # a lead with no day of its own tells fresh news; an older day further on is background,
                # and so is any day but the announcement's under a lead that tells a plan ('will reopen on the 25th')
                continue
            (told if attribution else days).append(day)
        if i == 0:
            announces_plan = _plans_a_day(paragraph[: MAX_SCAN_LINE * 2], reference, patterns)
            # 'The army said on Saturday that the drill will move on to live fire': the telling is the news
            told_plan = told[0] if told and not days and _tells_what_will_be(paragraph, patterns) else None
        named = _named_months(paragraph[: MAX_SCAN_LINE * 2], reference)
        month = named[-1] if named else month
    if lead and not told and STATUS_AS_OF.search(lead[0][: MAX_SCAN_LINE * 2]):
        return None  # the opening tells how things stand by a day: a state, whose days are its background
    if stale_opening and stale_opening not in days + told:
        return None
    if reference in days:
        return reference
    if days or told:
        if max(days + told) - min(days + told) > dt.timedelta(days=STORY_SPAN_DAYS):
            return None  # 'drones crossed on the 10th … halted on the 17th … said on the 19th': a story running for weeks
        return told_plan or (days or told)[0]
    opening = lead[0][dateline.end if dateline and not dateline.rest else 0 :] if lead else ""
    if _is_feature(title, patterns) or (lead and has_word(lead[0][: MAX_SCAN_LINE * 2], patterns.undated_past_words)):
        return None
    if dateline and _is_feature(opening.strip(), patterns):
        return None  # '新华社明斯克2月6日 通讯:…': the feature's label stands after its dateline
    if (_tells_a_past_years_total(opening, reference, patterns) or _tells_a_periods_total(opening, patterns)
            or _dated_by_a_span(opening, reference, patterns)):
        return None
    if COMING_PERIOD.search(SENTENCE_BREAK.split(opening, maxsplit=1)[0]):
        return None  # 'The president will visit Pakistan next week': the news is still to come
    told_in_title = _relative_days(title or "", reference, patterns)
    if told_in_title:
        return told_in_title[0][1]  # 'Jubilee truck comes down today from the line': the headline's own day
    if _tells_only_a_plan(opening, patterns):
        return None  # 'Forum planned to be held in June': the plan's telling names no day of its own
    return _dateline_day(filed, published, dateline) or credited


def _without_lead_credit(paragraph: str) -> tuple[str, dt.date | None]:
    """The opening paragraph without an outlet's credit and the day it names. The credit dates the
    report, as a wire's dateline does: a day the lead names after it ('民航资源网2016年11月22日消息:11月21日
    20点40分,…') is the event's, the credit's day only when the lead names none."""
    credit = BRACKETED_LEAD_CREDIT.match(paragraph) or LEAD_CREDIT.match(paragraph)
    if not credit:
        return paragraph, None
    year, month, day = (int(n) for n in re.findall(r"\d+", credit.group("stamp")))
    try:
        return paragraph[credit.end() :], dt.date(year, month, day)
    except ValueError:
        return paragraph, None


def _opens_on_an_unknown_day(opening: str, patterns: Patterns) -> bool:
    """Whether the opening sentence dates its news by a day counted from the day of writing ('today',
    'вчера', '昨天'): without a publication date that day is unknown, and a complete date further on
    is the background, not the news."""
    sentence = next((s for s in SENTENCE_BREAK.split(opening[: MAX_SCAN_LINE * 2]) if not OPENING_CREDIT.fullmatch(s)), "")
    # '5 December 2005 -- The president today held talks': the sentence's own date is its 'today'
    return bool(_relative_days(sentence, dt.date(2000, 1, 1), patterns)) and _absolute_date([sentence], patterns) is None


def _opens_on_a_stale_day(sentence: str, reference: dt.date, patterns: Patterns) -> dt.date | None:
    """The day and month without a year that the opening sentence names first ('12月16日晚,…会见'),
    when it falls far from the page's date in the page's year: the page is a late copy of a story
    of a year it does not print, and a 'today' further on is a speaker's, not the page's."""
    found = next((f for f in find_dates(sentence, patterns=patterns) if not f.problem), None)
    candidates = [(position, day) for position, day in _candidates(sentence, reference, patterns) if day]
    if not candidates or (found and found.start <= candidates[0][0] and found.has_year):
        return None
    position, day = candidates[0]
    if _in_future_clause(sentence, position, patterns):
        return None
    try:
        this_year = day.replace(year=reference.year)
    except ValueError:
        return None  # 29 February
    # ('final on 5-7 May' on 5 May is under way; '12月16日' on a page of 2 November is not)
    far = this_year - reference > dt.timedelta(days=STORY_SPAN_DAYS) or reference - this_year > dt.timedelta(days=EVENT_MAX_DAYS_BEFORE)
    return day if far else None


def _without_headline(lead: list[str], title: str | None, patterns: Patterns) -> list[str]:
    """The lead less an opening paragraph that is the headline itself (a page whose first line,
    the lead's sentence, was taken for its title) and names no day: the news is then dated by
    the paragraph under it."""
    if lead and title and lead[0].strip().rstrip(".") == title.strip().rstrip(".") \
            and not find_dates(lead[0], patterns=patterns):
        return lead[1:]
    return lead


# the first months of a year, whose totals a report gives ('по итогам первых четырех месяцев этого
# года', 'in the first four months of the year', '今年前4个月', '1-4月'): figures over a period
PERIOD_TOTAL = re.compile(
    r"\bпервы[хе]\s+(?:\w+\s+){0,2}месяц\w*|\bin the first (?:\w+\s+){1,2}months\b"
    r"|前\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?个?月|(?<![\d.])1\s?[-–至]\s?\d{1,2}\s?月"
    # 'In January-May 2023', 'в январе-мае': the months from January named as a span
    r"|\bJanuary\s?[-–—]\s?(?:February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\bянвар[еья]\s?[-–—]\s?(?:феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
    re.I)


def _tells_a_periods_total(opening: str, patterns: Patterns) -> bool:
    """Whether the opening sentence gives figures for the first months of a year: a period's total
    has no one day, and the dateline's day is only the day it was told; unless the opening names
    the telling's own day ('сегодня')."""
    sentence = re.match(r"[\s.,:;\-–—]*([^.!?。！？]*)", opening[: MAX_SCAN_LINE * 2]).group(1)
    if not PERIOD_TOTAL.search(sentence) or has_word(sentence, patterns.future_words):
        return False
    folded = opening[: MAX_SCAN_LINE * 2].casefold()
    return not any(re.search(_word_pattern(words), folded) for words in patterns.relative_days)


def _tells_a_past_years_total(opening: str, reference: dt.date, patterns: Patterns) -> bool:
    """Whether the opening sentence puts its news in a whole year gone by ('Belgee produced 67,800
    cars in 2023, the deputy prime minister said'): a year's total, told on a day the opening
    paragraph does not name."""
    # the dateline may stop before its closing stop ('MINSK, January 31. /TASS/. Belgee produced …')
    sentence = re.match(r"[\s.,:;\-–—]*([^.!?。！？]*)", opening[: MAX_SCAN_LINE * 2]).group(1)
    years = whole_years(sentence)
    if not years or max(years) >= reference.year or has_word(sentence, patterns.future_words):
        return False
    # '… вырос на 17%. Об этом сообщил сегодня заместитель …': the telling has its day after all
    folded = opening[: MAX_SCAN_LINE * 2].casefold()
    return not any(re.search(_word_pattern(words), folded) for words in patterns.relative_days)


def _dated_by_a_span(opening: str, reference: dt.date, patterns: Patterns) -> bool:
    """Whether the opening paragraph dates its news by a span with no one middle day ('visited
    Grodno on 22-23 July', '23-26 декабря принял участие'): the news has days of its own, and the
    dateline's day is only the day it was filed. Not a plan's span, nor one glossing an occasion."""
    text = opening[: MAX_SCAN_LINE * 2]
    if _weekday_span(text, [position for position, _ in find_weekdays(text, patterns)]):
        return True  # 'the summit is being held from Thursday to Friday'
    found = {f.start: f for f in find_dates(text, patterns=patterns) if not f.problem}
    return any(day is None and position in found and _past_within_reach(found[position], reference)
               and not _in_future_clause(text, position, patterns) and not _in_bracketed_span(text, position)
               and not _ahead_of(text, position) for position, day in _dates(text, reference, patterns))


def _past_within_reach(found: FoundDate, reference: dt.date) -> bool:
    """Whether a date falls on or before the reference day, in its year (a date without one), and
    not long before: the SCO summit of 31 August-1 September told on 30 August is still to come."""
    day = found.value or date_in_year(found, reference.year)
    return bool(day) and dt.timedelta(0) <= reference - day <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE)


# the coming week or month named in the opening sentence: what the lead tells has not happened yet
COMING_PERIOD = re.compile(
    r"\bnext (?:week|month)\b|\bна (?:следующей|будущей) неделе\b|\bв (?:следующем|будущем) месяце\b|下周|下週|下个月|下個月",
    re.I)


def _tells_only_a_plan(opening: str, patterns: Patterns) -> bool:
    """Whether the opening sentence, which names no day, tells only what will be ('The forum is
    planned to be held in June next year', 'An envoy will arrive for a two-day visit'): the news
    is a plan whose telling has no day of its own, and the dateline's day is only the day it was filed.
    Not a deed done with a plan beside it ('The president flew to China, where a summit will be held')."""
    sentence = re.match(r"[\s.,:;\-–—]*([^.!?。！？]*)", opening[: MAX_SCAN_LINE * 2]).group(1)
    main_clause = CLAUSE_BREAK.split(sentence, maxsplit=1)[0]  # 'flew to China, where a summit will be held'
    return has_word(main_clause, patterns.future_words) and not any(p.search(sentence) for p in patterns.past_markers)


def _tells_what_will_be(paragraph: str, patterns: Patterns) -> bool:
    """Whether the first sentence reports a statement of what will happen ('said on Saturday that
    the drill will move on', '表示…将'): the statement is the news, and a day named further on
    ('began Monday') is the background of what was announced."""
    sentence = SENTENCE_BREAK.split(paragraph[: MAX_SCAN_LINE * 2], maxsplit=1)[0]
    folded = sentence.casefold()
    starts = [m.end() for word in patterns.reporting_words
              for m in re.finditer(_word_pattern(word), folded)]
    return bool(starts) and has_word(sentence[min(starts) :], patterns.future_words)


def _word_pattern(words: str) -> str:
    """A regex for the words standing alone; Chinese words anywhere, as Chinese has no spaces."""
    return re.escape(words) if CJK.match(words) else rf"(?<!\w){re.escape(words)}(?!\w)"


def _is_question(paragraph: str) -> bool:
    return paragraph.rstrip().endswith(("?", "？"))


def _without_dateline(paragraph: str, dateline: Dateline | None, patterns: Patterns) -> str:
    """A later lead paragraph opened by the story's dateline ('BEIJING, Feb. 14 (Xinhua) --' under an
    abstract that tells the same news) without it: the filing day is no day the news names."""
    if not (dateline and dateline.day):
        return paragraph
    found = dateline_in(Line(0, paragraph, "prose"), patterns)
    same_day = found and (found.month, found.day) == (dateline.month, dateline.day)
    return paragraph[found.end :] if same_day else paragraph


def _is_feature(title: str | None, patterns: Patterns) -> bool:
    """Whether the headline opens with a feature's label and a colon ('通讯:…', 'Interview: …')."""
    label = FEATURE_LABEL.match(title or "")
    return bool(label) and fold(label.group(1)) in patterns.feature_labels


def _dateline_day(filed: dt.date | None, published: dt.date, dateline: Dateline | None) -> dt.date | None:
    """The day a report was filed from its dateline's city: the dateline's own day, else (a place
    line such as 'Beijing' under the stamp) the publication day; a byline's or a stamp's city dates nothing."""
    if filed or not (dateline and dateline.city) or dateline.place_only or dateline.day:
        return filed  # a dateline's day that does not resolve near the page's date leaves the day unknown
    return published


def _filed_day(published: dt.date, dateline: Dateline | None) -> dt.date | None:
    """The day in a dateline ('BEIJING, July 8', '台北21日電'), on or before publication."""
    if not (dateline and dateline.day) or (dateline.has_year and not dateline.city):
        return None  # 'Белоруссия, 15 июня, 2015, 20:49 — ИА Регнум.': the page's stamp, not a wire's filing day
    if dateline.month:
        # 'MINSK, 30 September' over a page dated 29 September: the wire filed by its own clock, a
        # day ahead of the page's date, not a year before it
        filed = _month_day(published + dt.timedelta(days=FILED_AHEAD_DAYS), dateline.month, dateline.day)
        if filed and filed.year < published.year and _later_that_month(published, dateline.month, dateline.day):
            return None  # 'ТАШКЕНТ, 14 сен' over a stamp of 4 September: the two disagree, not a year apart
        return filed
    days = _cjk_days(f"{dateline.day}日", published)
    return days[0][1] if days else None


def _later_that_month(published: dt.date, month: int, day: int) -> bool:
    """Whether a dateline's day and month fall in the page's own month, days after its date."""
    return month == published.month and day > published.day


def _absolute_date(lead: list[str], patterns: Patterns) -> dt.date | None:
    """Without a publication date only a complete date ('On 6 April 2023') names the event, or
    a day and month whose year the lead gives beside a month next to it ('вступил в силу 5
    августа' under 'с сентября 2016 года'). A complete date the lead has left behind (a later
    year named as past, '2024 marks the 20th anniversary') is background."""
    if len(lead) > 1 and PHOTO_CREDIT.match(lead[1]):
        lead = lead[1:]  # '2016年9月10日,一位村民在耕種' over '攝影師:…': a photo's caption, dated by its photo
    text = lead[0][: MAX_SCAN_LINE * 2] if lead else ""
    found = [f for f in find_dates(text, patterns=patterns) if not f.problem and not _in_future_clause(text, f.start, patterns)
             and not _bears_a_number(text, f.start) and not _starts_a_state(text, f.start)
             and not _in_relative_year(text, f)]
    complete = [f for f in found if f.value]
    if complete:
        # the last day of a span ('с 8 по 13 января 2019 года') stands for its middle, or for no one day
        day = _earlier_day_before(found[0], complete[0]) or _day_span_middle(text, complete[0], complete[0].value)
        if not day or _later_year_named(lead, day, patterns) or _other_weekday_named(lead, day, patterns):
            return None
        return day
    partial = next((f for f in found if not f.has_year), None)
    return partial and (_year_beside(partial, lead, patterns) or _year_of_weekday(partial, text, patterns))


def _day_dated_in_title(lead: list[str], title: str | None, patterns: Patterns) -> dt.date | None:
    """'Commentary to Decree No. 219 of 16 May 2014' over '… signed the decree on 16 May': the
    opening paragraph's first day, without its year, is the one the headline prints in full."""
    if not (lead and title):
        return None
    opening = lead[0][: MAX_SCAN_LINE * 2]
    first = next((f for f in find_dates(opening, patterns=patterns) if not f.problem), None)
    if first is None or first.has_year or _in_future_clause(opening, first.start, patterns):
        return None
    years = {f.value.year for f in find_dates(title, patterns=patterns)
             if f.value and (f.month, f.day) == (first.month, first.day)}
    return date_in_year(first, years.pop()) if len(years) == 1 else None


# A photographer's credit opening the paragraph under a caption
PHOTO_CREDIT = re.compile(r"\s*(?:攝影師|摄影师|攝影|摄影|photographer|photo(?:graph)?|фото(?:граф)?)\s*[:：]", re.I)
# A year told relative to the unknown day of writing: '去年8月9日', 'on August 9 last year', '9 августа прошлого года'
RELATIVE_YEAR_BEFORE = re.compile(r"(?:去年|今年|前年|明年|本年)\s*$")
RELATIVE_YEAR_AFTER = re.compile(
    r"^,?\s*(?:(?:of )?(?:last|this|next) year|(?:прошлого|этого|текущего|следующего|позапрошлого) года)", re.I)


def _in_relative_year(text: str, found: FoundDate) -> bool:
    """Whether a day without its year is put in 'last year' or 'this year': without a publication
    date that year is unknown, and a year named elsewhere in the lead is another event's."""
    end = found.start + len(found.printed)
    return not found.has_year and bool(RELATIVE_YEAR_BEFORE.search(text[max(0, found.start - 4) : found.start])
                                       or RELATIVE_YEAR_AFTER.search(text[end : end + 30]))


YEAR_LENT_DAYS = 31  # how far before a complete date a day without its year may fall and share that year


def _earlier_day_before(first: FoundDate, complete: FoundDate) -> dt.date | None:
    """'秘書長於11月17日證實,協議原定於2022年11月19日到期': a day without its year named first, shortly
    before the complete date that follows it, is the news, in that date's year."""
    if first.has_year or first.start >= complete.start:
        return None
    day = date_in_year(first, complete.value.year)
    return day if day and dt.timedelta(0) < complete.value - day <= dt.timedelta(days=YEAR_LENT_DAYS) else None


def _year_of_weekday(partial: FoundDate, text: str, patterns: Patterns) -> dt.date | None:
    """'周一(7月8日),“雄鹰突击-2024”演习开训': a day and month glossing its weekday, in the one year
    the opening prints ('-2024' in a drill's name) that puts the day on that weekday."""
    glossed = None
    for position, weekday in find_weekdays(text, patterns):
        if 0 <= partial.start - _weekday_name_end(text, position) <= WEEKDAY_GLOSS_REACH:
            glossed = weekday
    if glossed is None:
        return None
    days = {date_in_year(partial, int(year)) for year in YEAR.findall(text)}
    days = {day for day in days if day and day.weekday() == glossed}
    return days.pop() if len(days) == 1 else None


# 'the border, closed since 12 September 2025, …': the day a state of things began, which the news
# finds still lasting; not the day of the news ('自2022年2月24日起…': 'from' that day on; not '来自', 'from')
SINCE = re.compile(r"\b(?:ever\s+)?since\s+$|\bначиная\s+с[о]?\s+$|(?<![来來源各])(?:自从|自從|自)\s*$", re.I)


def _starts_a_state(text: str, position: int) -> bool:
    return bool(SINCE.search(text[max(0, position - 20) : position]))


def _planned_in_title(title: str | None, day: dt.date, patterns: Patterns) -> bool:
    """Whether the headline names the day as one still to come ('… will enter into force on August
    10'): without a publication date the lead's 'from 10 August … comes into effect' is that plan."""
    text = title or ""
    return any((f.month, f.day) == (day.month, day.day) and _in_future_clause(text, f.start, patterns)
               for f in find_dates(text, patterns=patterns))


def _other_weekday_named(lead: list[str], day: dt.date, patterns: Patterns) -> bool:
    """Whether the first weekday the lead names ('China on Tuesday welcomes …') is not the
    complete date's: that date is then another day's (a file photo's caption, background)."""
    for paragraph in lead:
        text = paragraph[: MAX_SCAN_LINE * 2]
        weekdays = _weekdays(text, day, patterns)
        if weekdays:
            return weekdays[0][1] != day
    return False


def _later_year_named(lead: list[str], day: dt.date, patterns: Patterns) -> bool:
    """Whether the lead names, as past or present, a year that began well after the day."""
    for paragraph in lead:
        text = paragraph[: MAX_SCAN_LINE * 2]
        for match in YEAR.finditer(text):
            year = int(match.group(1))
            if year <= day.year or dt.date(year, 1, 1) - day <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE):
                continue
            before = text[max(0, match.start() - 12) : match.start()]
            if _in_future_clause(text, match.start(), patterns) or has_word(before, patterns.future_prepositions, last=True):
                continue  # 'will open in 2026', 'until 2030'
            if re.search(r"\d\s*[-–—]\s*$", before):
                continue  # '2023-2025': a programme's span
            return True
    return False


# A month and a year without a day: 'с сентября 2016 года', 'September 2016', '2016年9月'
MONTH_YEAR = re.compile(r"(?P<month>[^\W\d_]{3,})\s+(?P<year>(?:19|20)\d\d)(?!\d)|(?P<cjk_year>(?:19|20)\d\d)年(?P<cjk_month>\d{1,2})月(?!\d)")


# 'В этом году сотрудничеству исполнилось 25 лет. 16 сентября 1992 года были установлены …', 'This
# year marks the 30th anniversary …': the complete dates of such a paragraph are the origin, and
# the story's own year is that many years later
YEARS_SINCE_THIS_YEAR = re.compile(
    r"(?:в этом|в текущем|в нынешнем) году[^.!?]{0,80}?исполн\w+\s+(?P<ru>\d{1,3})\s+(?:лет|год)"
    r"|\bthis year (?:marks|is) the (?P<en>\d{1,3})(?:st|nd|rd|th) anniversary"
    r"|今年是[^。]{0,40}?(?P<zh>\d{1,3})\s?周年", re.I)


def _years_since_this_year(text: str) -> int:
    """How many years before the story's own year a paragraph's dates lie, by its anniversary."""
    match = YEARS_SINCE_THIS_YEAR.search(text)
    return int(match.group("ru") or match.group("en") or match.group("zh")) if match else 0


# 'впервые с 24 февраля 2022 года', 'first since February 24, 2022': the day a state of things
# began, often years before; a span's start ('с 8 по 13 января') is followed by its end
SINCE_BEFORE = re.compile(r"(?:^|\s)(?:с|со|since)\s+$", re.I)
SPAN_END_AFTER = re.compile(r"^\s*(?:года|г\.)?\s*(?:по|до|to|till|until|through)\b", re.I)


def _since_day(text: str, found: FoundDate) -> bool:
    """Whether a complete date is the day since which something holds, which lends no year to another day."""
    end = found.start + len(found.printed)
    return bool(SINCE_BEFORE.search(text[max(0, found.start - 8) : found.start]) and not SPAN_END_AFTER.match(text[end : end + 12]))


def _since_month(text: str, match: re.Match) -> bool:
    """'с 24 февраля 2022 года': a day's month and year that a state of things holds since ('с сентября 2016'
    may be a coming state's start, which does date its news)."""
    before = text[max(0, match.start() - 12) : match.start()]
    return bool(SINCE_DAY_BEFORE.search(before) and not SPAN_END_AFTER.match(text[match.end() : match.end() + 12]))


SINCE_DAY_BEFORE = re.compile(r"(?:^|\s)(?:с|со|since)\s+\d{1,2}\s+$", re.I)


def _year_beside(partial: FoundDate, lead: list[str], patterns: Patterns) -> dt.date | None:
    """A day and month placed in the one year the lead gives to that month or the one next to
    it (a complete date or a month and year); none when the lead gives two such years. A lead
    that runs through several years ('in 2015 …, in July 2022 …, in September 2022') recounts
    a history: only a year in the day's own sentence then places it."""
    texts = [paragraph[: MAX_SCAN_LINE * 2] for paragraph in lead]
    anniversary = any(_years_since_this_year(text) for text in texts)
    if not anniversary and texts and _future_after(texts[0], partial, patterns):
        # a day told as still to come ('17 июня в Астане состоится саммит'): the years the lead
        # names are of what has already happened, not the coming day's
        return None
    if not anniversary and len({int(y) for text in texts for y in YEAR.findall(text)}) > 1:
        texts = [_sentence_at(texts[0], partial.start)] if texts else []
    years = set()
    for text in texts:
        since = _years_since_this_year(text)
        found = [f for f in find_dates(text, patterns=patterns) if f.value]
        since_spans = [(f.start, f.start + len(f.printed)) for f in found if _since_day(text, f)]
        months = [(f.month, f.value.year + since) for f in found if (f.start, f.start + len(f.printed)) not in since_spans]
        for match in MONTH_YEAR.finditer(text):
            if any(start <= match.start() < end for start, end in since_spans) or _since_month(text, match):
                continue
            month = patterns.months.get((match.group("month") or "").casefold()) or int(match.group("cjk_month") or 0)
            months.append((month, int(match.group("year") or match.group("cjk_year")) + since))
        years |= {year for month, year in months if month and abs(month - partial.month) <= 1}
    return date_in_year(partial, years.pop()) if len(years) == 1 else None


def _sentence_at(text: str, position: int) -> str:
    """The sentence of the text that holds the position."""
    start = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, position)), default=0)
    end = SENTENCE_BREAK.search(text, position)
    return text[start : end.end() if end else len(text)]


def _days_in(
    text: str, published: dt.date, patterns: Patterns, month: int | None = None, *, opening: bool = True,
    spans: bool = True,
) -> list[tuple[dt.date, bool]]:
    """The days a paragraph names, in order, that resolve near publication and are not plans;
    each with whether it only dates the telling ('the ministry said on Wednesday'). Without
    `spans`, a span of days names none."""
    days = []
    confirmed = _weekday_confirmed(text, published, patterns)
    for position, day in _candidates(text, published, patterns, month, opening=opening, spans=spans):
        if day != published and _in_future_clause(text, position, patterns):
            continue  # 'will visit Minsk on Friday' is a plan; 'takes effect on Friday' (today) is news
        if _ahead_of(text, position):
            continue  # 'ahead of the summit that opens on Tuesday': the coming occasion, not the news
        if has_word(text[max(0, position - 12) : position], patterns.future_prepositions, last=True):
            continue  # 'until 2 March' is a deadline
        if _names_an_occasion(text, position, patterns):
            continue  # "the country's May 9 Victory Day parade": the day in an occasion's name
        if _dates_a_cited_report(text, position):
            continue  # '据《某报》5月29日报道': the day another outlet reported, not the event's
        if _in_bracketed_span(text, position):
            continue  # '北约峰会(7月9日至11日)', 'the summit (July 9-11)': an occasion's dates glossed, not the news
        if _dates_a_numbered_document(text, position):
            continue  # '2010年12月22日第1871号决议': the date a numbered decree bears, not the news
        if _is_an_anniversary(text, position):
            continue  # '1 октября исполняется 75 лет со дня …': the day an anniversary falls on
        if day and (day in confirmed or dt.timedelta(0) <= published - day <= dt.timedelta(days=EVENT_MAX_DAYS_BEFORE)):
            # 'announced it will reopen on Thursday' read on that Thursday: the plan come true, not the telling's day
            planned = _in_future_clause(text, position, patterns)
            days.append((day, not planned and _after_attribution(text, position, patterns)))
    return days


def _candidates(
    text: str, published: dt.date, patterns: Patterns, month: int | None = None, *, opening: bool = True,
    spans: bool = True,
) -> list[tuple[int, dt.date | None]]:
    """Every day a paragraph names, with its position, in order."""
    candidates = _dates(text, published, patterns, spans=spans) + _weekdays(text, published, patterns)
    candidates += _relative_days(text, published, patterns, opening=opening) + _cjk_days(text, published, month)
    return sorted(candidates, key=lambda c: c[0])


def _plans_a_day(text: str, published: dt.date, patterns: Patterns) -> bool:
    """Whether a paragraph names a day still to come ('will reopen the border on the 25th')."""
    return any(_in_future_clause(text, position, patterns) for position, _ in _candidates(text, published, patterns))


OCCASION_BEFORE = re.compile(r"(?:\bthe|\bits|\btheir|\bthis year[’']s|\blast year[’']s|\w[’']s)\s+$", re.I)
OCCASION_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+[a-z]")


def _names_an_occasion(text: str, position: int, patterns: Patterns) -> bool:
    """A day written as part of an occasion's name, after 'the' or a possessive and before its
    capitalised name ("the country's May 9 Victory Day parade", 'the 9 May Victory Day celebrations'):
    the occasion, not the day of the news."""
    if not OCCASION_BEFORE.search(text[max(0, position - 20) : position]):
        return False
    found = next((f for f in find_dates(text[position : position + 40], patterns=patterns) if f.start == 0), None)
    if not found or found.has_year:
        return False
    after = text[position + len(found.printed) : position + len(found.printed) + 60]
    name = re.match(r"\s+([A-Z][a-z]+)", after)
    return bool(OCCASION_AFTER.match(after)) and not (name and find_weekdays(name.group(1), patterns))


# '据《某报》网站5月29日援引某社报道': a day between 'according to' and an outlet's name, and 'report'
# (an agency's account may be named in full: '据某某局新闻宣传中心微信公众号“某某”10月25日消息')
CITED_REPORT_BEFORE = re.compile(r"(?:据|據)[^，,。；;：:\d]{1,40}$")
CITED_REPORT_AFTER = re.compile(r"^[^，,。；;]{0,30}?(?:报道|報道|報導|消息)")


# '美國「國防新聞」（Defense News）13日報導': an outlet's name in quotes (its own name glossed in
# brackets) right before the day and 'reported'
CITED_OUTLET_BEFORE = re.compile(r"[」》”](?:\s*[(（][^()（）]{1,40}[)）])?\s*$")


def _dates_a_cited_report(text: str, position: int) -> bool:
    """A day inside a Chinese attribution to another outlet's report: when it reported."""
    before = text[max(0, position - 45) : position]
    if not (CITED_REPORT_BEFORE.search(before[-41:]) or CITED_OUTLET_BEFORE.search(before)):
        return False
    day = re.match(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日", text[position:])
    return bool(day) and bool(CITED_REPORT_AFTER.match(text[position + day.end() :]))


# '(7月9日至11日)', '(July 9-11)', '(Beijing, April 25-27)': brackets holding only a span of days, or a
# place and its span
BRACKETED_SPAN = re.compile(
    r"[(（]\s*(?:[^\W\d_][^\d()（）,，]{1,30}[,，]\s*)?(?:[^\W\d_]{3,9}\.?\s+)?(?:\d{1,2}月)?\d{1,2}日?\s*(?:-|–|—|至|到|to|по)\s*"
    r"(?:\d{1,2}月)?\d{1,2}日?(?:\s+[^\W\d_]{3,9}\.?)?\s*[)）]",
    re.I,
)


def _in_bracketed_span(text: str, position: int) -> bool:
    """A day inside brackets that hold nothing but a span of days: the schedule of an occasion
    named before them, not the day of the news."""
    return any(m.start() < position < m.end() for m in BRACKETED_SPAN.finditer(text, max(0, position - 20), position + 30))


# '1 October marks the 75th anniversary', '1 октября исполняется 75 лет': the day named as the one
# an anniversary or a holiday falls on (present tense: 'marked' tells of a celebration). Not the
# Chinese '2022年1月20日是建交30周年': it opens pages put out on the anniversary, which keep that day.
ANNIVERSARY = re.compile(
    r"\b(?:marks|is)\s+the\s+\d+(?:st|nd|rd|th)\s+anniversary|исполн(?:яется|ится)\s+\d+\s+(?:лет|год)"
    # '1 октября является днем основания …', '1 October is the day the republic was founded'
    r"|является\s+(?:днем|днём|праздником)|\bis\s+the\s+(?:day|anniversary)\b",
    re.I,
)


# 'постановлением № 907 от 9 июля 2009 года', 'Decree No. 35 of 14 January': the number, then the date it bears
NUMBER_BEFORE_DATE = re.compile(r"(?:№|\bNo\.?|\bNr\.?)\s*\d[\w/.\-]*\s+(?:от|of|dated)\s+$", re.I)


def _bears_a_number(text: str, position: int) -> bool:
    """Whether a date follows a document's number ('№ 907 от 9 июля 2009'). Under a dated report the
    decree's day is its news ('approved by Resolution No. 809 of 21 June'); with no date to set it
    against, it may be years before the news it lies behind ('БелАЗ выделит …, предусмотрено постановлением № …')."""
    return bool(NUMBER_BEFORE_DATE.search(text[max(0, position - 30) : position]))


def _dates_a_numbered_document(text: str, position: int) -> bool:
    """Whether a Chinese date is the one a numbered document bears ('12月22日第1871号决议')."""
    day_mark = text.find("日", position, position + 12)
    return day_mark >= 0 and bool(NUMBERED_DOCUMENT.match(text, day_mark + 1))


def _is_an_anniversary(text: str, position: int) -> bool:
    """A day whose own clause says an anniversary falls on it: an occasion, not the news."""
    clause = CLAUSE_BREAK.split(text[position : position + FUTURE_REACH])[0]
    return bool(ANNIVERSARY.search(clause))


def _after_attribution(text: str, position: int, patterns: Patterns) -> bool:
    # within the day's own sentence: '…公报称「…」。外交部今天驳斥' is no telling of that day
    before = SENTENCE_BREAK.split(text[max(0, position - ATTRIBUTION_REACH) : position])[-1]
    if CJK_DAY.match(text, position):
        # '国防部7日发布消息称,…训练于5日开始': Chinese tells its day before the verb of telling;
        # a verb in an earlier clause introduces what was told, whose own day is the news
        before = CLAUSE_BREAK.split(before)[-1]
    return has_word(" ".join(before.split()[-3:]), patterns.reporting_words) or _cjk_day_of_telling(text, position, patterns)


CJK_TELLING_REACH = 14  # characters after a Chinese day searched, within its clause, for a verb of telling


def _cjk_day_of_telling(text: str, position: int, patterns: Patterns) -> bool:
    """'发言人汪某25日在例行记者会上表示,…': Chinese puts the day before the verb of telling, in one
    clause with it; the day is the telling's, as 'said on Monday' is."""
    match = CJK_DAY.match(text, position)
    if not match:
        return False
    clause = CLAUSE_BREAK.split(text[match.end() : match.end() + CJK_TELLING_REACH])[0]
    return any(word in clause for word in patterns.reporting_words if CJK.match(word))


# 'It comes ahead of the summit that opens on Tuesday': the occasion the news comes before
AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in the lead-up to)\b|\bв преддверии\b", re.I)


def _ahead_of(text: str, position: int) -> bool:
    """A day in a clause about an occasion still to come, which the news precedes. A comma before
    a capital sets off a place's region ('the meeting with a delegation from Yunfu, Guangdong
    Province on 17 May'), not a new clause."""
    parts = re.split(r"([.;!?。，；！？]|,(?!\s*[A-Z]))", text[max(0, position - AHEAD_REACH) : position])
    clause = parts.pop()
    while len(parts) >= 2 and parts[-1] in ",，" and RELATIVE_CLAUSE.match(clause):
        clause = parts[-2] + parts[-1] + clause  # 'ahead of the talks, which open on Tuesday': the occasion's own clause
        del parts[-2:]
    return bool(AHEAD_OF.search(clause))


# a clause that opens with a relative word tells of the noun before its comma ('the summit, which opens …')
RELATIVE_CLAUSE = re.compile(r"\s*(?:which|котор\w+|где)\b", re.I)


def _future_after(text: str, found: FoundDate, patterns: Patterns) -> bool:
    """Whether the clause a day opens goes on to tell of the future ('17 июня состоится …')."""
    if CLAUSE_BREAK.search(found.printed[-1:]):
        return False  # the date closes its sentence ('signed on 25 April. The funds will …')
    end = found.start + len(found.printed)
    return has_word(CLAUSE_BREAK.split(text[end : end + FUTURE_REACH])[0], patterns.future_words)


def _in_future_clause(text: str, position: int, patterns: Patterns) -> bool:
    clause = CLAUSE_BREAK.split(text[max(0, position - FUTURE_CLAUSE_REACH) : position])[-1]
    return has_word(clause, patterns.future_words)


def _dates(text: str, published: dt.date, patterns: Patterns, *, spans: bool = True) -> list[tuple[int, dt.date | None]]:
    found = [f for f in find_dates(text, patterns=patterns) if not f.problem]
    resolved = [(f.start, _cjk_span_middle(text, f, _day_span_middle(
                     text, f, f.value if f.has_year else _month_day(published, f.month, f.day), spans), spans))
                for f in found]
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        between = text[first.start + len(first.printed) : second.start]
        if RANGE_JOIN.fullmatch(between):
            middle = _middle(resolved[i][1], resolved[i + 1][1], second, first) if spans else None
            resolved[i] = (first.start, middle)
            resolved[i + 1] = (second.start, None)
    return resolved


SHORT_SPAN_DAYS = 2  # a span of two dates up to three days long ('28 February to 2 March') stands for its middle day
# '8-10 ноября', or in words: 'с 8 по 13 января', 'from 8 to 13 January'
DAY_SPAN_START = re.compile(
    r"(?:(?<![\d.:])(\d{1,2})\s*[-–—]|\b(?:с|со|from|between)\s+(\d{1,2})\s+(?:по|до|to|till|until|through|and))\s*$", re.I)
DAY_SPAN_REACH = 24  # characters before a day searched for the span's first day


def _day_span_middle(text: str, found: FoundDate, day: dt.date | None, spans: bool = True) -> dt.date | None:
    """'8-10 ноября 2022 года', '8–10 November', 'с 8 по 13 января': days of one month written as a span stand for
    the day in its middle, as a span of two dates does (none, without `spans`)."""
    start = DAY_SPAN_START.search(text[max(0, found.start - DAY_SPAN_REACH) : found.start])
    if not (day and start and found.order.startswith("d")):
        return day
    if not spans:
        return None
    span = day.day - int(start.group(1) or start.group(2))
    if not 0 < span <= 7:
        return day
    return _middle_day(day - dt.timedelta(days=span), day)


CJK_SPAN_END = re.compile(r"\s*(?:至|到|[-–—~～])\s*(\d{1,2})日")


# 'December 28-29', 'March 3 to 5': a month-first date and a later day of its month
MONTH_FIRST_SPAN_END = re.compile(r"\s*(?:[-–—]|to|through)\s*(\d{1,2})(?![\d:.]\d|\s*[-./]\d)", re.I)


def _cjk_span_middle(text: str, found: FoundDate, day: dt.date | None, spans: bool = True) -> dt.date | None:
    """'10月17日至23日', 'December 28-29': a date and a later day of its month stand for the span's
    middle day, as other spans do (none for most of a week, and none without `spans`), not for the first day."""
    span_end = MONTH_FIRST_SPAN_END if found.order.startswith("M") and not found.has_year else CJK_SPAN_END
    end = span_end.match(text, found.start + len(found.printed))
    if not (day and end) or int(end.group(1)) <= day.day:
        return day
    try:
        return _middle_day(day, day.replace(day=int(end.group(1)))) if spans else None
    except ValueError:
        return None


def _middle(start: dt.date | None, end: dt.date | None, end_found: FoundDate, start_found: FoundDate) -> dt.date | None:
    """A span of days ('28 February to 2 March 2023') stands for the day in its middle."""
    if end and not start_found.has_year:
        start = date_in_year(start_found, end.year)
        if start and start > end:
            start = date_in_year(start_found, end.year - 1)
    if not (start and end) or end < start:
        return start
    return _middle_day(start, end)


def _middle_day(start: dt.date, end: dt.date) -> dt.date | None:
    """The day in the middle of a short span. A fair or a visit of most of a week ('23-26 декабря'),
    or one of two days ('22-23 July'), has no one middle day that is the news."""
    span = (end - start).days
    if span > SHORT_SPAN_DAYS or span % 2:
        return None
    return start + dt.timedelta(days=span // 2)


def _month_day(published: dt.date, month: int, day: int) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return candidate
    return None


WEEKDAY_LIST_SEPARATOR = re.compile(r"\W*(?:and|or|и|или|和|及|与|與)?\W*(?:on|в|во)?\W*", re.IGNORECASE)
TIMETABLE_WEEKDAYS = 3  # 'on Monday, Wednesday and Friday': so many weekdays in a row are a weekly timetable


def _weekdays(text: str, published: dt.date, patterns: Patterns) -> list[tuple[int, dt.date]]:
    found = []
    named = find_weekdays(text, patterns)
    timetable = _timetable(text, [position for position, _ in named])
    spanned = _weekday_span(text, [position for position, _ in named])
    for position, weekday in named:
        if position in timetable:
            continue  # 'flights run on Monday, Wednesday and Friday': days of every week, not of the news
        if position in spanned:
            continue  # 'held from Thursday to Friday': a stretch of days, no one day of the news
        name = re.match(r"\w+", text[position:])
        if name and position + name.end() >= len(text.rstrip()):
            continue  # a word cut by the scan's end ('… и вс' of 'все'), not a weekday's name
        if name and (len(name.group(0)) >= MIN_WEEKDAY_NAME or not name.group(0).isascii()):
            glossed = _glossed_day(text, _weekday_name_end(text, position), weekday, published, patterns)
            found.append((position, glossed or most_recent_weekday(weekday, published)))
    return found


WEEKDAY_NAME = re.compile(r"[^\W\d_]*")
# what joins the first and last weekday of a stretch ('from Thursday to Friday', 'с понедельника по среду')
WEEKDAY_SPAN_SEPARATOR = re.compile(r"\s*(?:to|through|till|until|по|до|至|到|[-–—])\s*", re.I)


def _weekday_span(text: str, positions: list[int]) -> set[int]:
    """The positions of two weekday names joined as the ends of a stretch of days."""
    return {position for first, second in zip(positions, positions[1:])
            if WEEKDAY_SPAN_SEPARATOR.fullmatch(text[_weekday_name_end(text, first) : second])
            for position in (first, second)}


def _weekday_name_end(text: str, position: int) -> int:
    """Where the weekday's name found at `position` ends: at the digits in '周一7月8日'."""
    return WEEKDAY_NAME.match(text, position).end()


def _timetable(text: str, positions: list[int]) -> set[int]:
    """The positions of weekday names standing in a list of at least TIMETABLE_WEEKDAYS, one
    right after another with only commas or 'and' between ('в понедельник, среду и пятницу')."""
    runs, run = [], []
    for position in positions:
        if run and not WEEKDAY_LIST_SEPARATOR.fullmatch(text[run[-1][1] : position]):
            runs.append(run)
            run = []
        run.append((position, _weekday_name_end(text, position)))
    runs.append(run)
    return {position for run in runs if len(run) >= TIMETABLE_WEEKDAYS for position, _ in run}


WEEKDAY_GLOSS_REACH = 3  # characters between a weekday's name and the date glossing it: '周一(7月8日)', 'Monday, July 8'


def _glossed_day(text: str, end: int, weekday: int, published: dt.date, patterns: Patterns) -> dt.date | None:
    """The date printed right after a weekday's name ('周一(7月8日)', 'on Monday (July 8)'), in the
    latest year up to publication where it falls on that weekday: the two together name the day,
    however long before a late copy of the story, where the weekday alone would count back from it."""
    following = find_dates(text[end : end + 40], patterns=patterns)
    if not following or following[0].start > WEEKDAY_GLOSS_REACH:
        return None
    found = following[0]
    for year in (published.year, published.year - 1):
        day = found.value if found.has_year else date_in_year(found, year)
        if day and day <= published and day.weekday() == weekday:
            return day
    return None


def _weekday_confirmed(text: str, published: dt.date, patterns: Patterns) -> set[dt.date]:
    """Days a paragraph names both by weekday and by date, which hold however far back they fall."""
    return {day for _, day in _weekdays(text, published, patterns) if day != most_recent_weekday(day.weekday(), published)}


def _relative_days(text: str, published: dt.date, patterns: Patterns, *, opening: bool = True) -> list[tuple[int, dt.date]]:
    """'yesterday', 'сегодня', '今天' from the publication day. 'Today' tells the day of an event
    in the lead's first sentence ('… 今天起訪問中國'), or in a sentence that tells of something
    done; elsewhere it is 'nowadays' ('Ее деятельность сегодня затрагивает …', 'Today China is …')."""
    # case and spacing folded, punctuation kept: sentences are told apart by their full stops
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold())
    found = []
    for words, offset in patterns.relative_days.items():
        match = re.search(_word_pattern(words), folded)
        if match and EVE_OF_OCCASION.match(folded, match.end()):
            continue  # 'накануне визита': on the eve of an occasion, not yesterday
        if match and offset != 0 and _in_quotation(folded, match.start()):
            continue  # '「醫師昨天這樣結論」': the speaker's yesterday, counted from when they spoke, not from publication
        if match and offset == 0 and not _past_sentence(folded, match.start(), patterns) and not _acts_today(
                folded, match, patterns) and (
                _opens_sentence(folded, match.start()) or not (opening and _in_first_sentence(folded, match.start()))):
            continue  # 'Today China is one of the partners.': now in general, not an event's day
        if match and offset == 0 and SPEECH_OPENING.match(folded) and _opens_sentence(folded, match.start()) and not _in_first_sentence(
                folded, match.start()):
            continue  # '– … Сегодня отношения переросли в партнерство': a speaker's 'nowadays', deep in his words
        if match:
            # positions in the folded text are close enough to order the clues
            found.append((match.start(), published + dt.timedelta(days=offset)))
    return found


# a paragraph of direct speech, opened by a dash as Russian prints it ('– Убежден, что …')
SPEECH_OPENING = re.compile(r"\s*[–—]\s")


def _in_quotation(text: str, position: int) -> bool:
    """Whether a position falls inside quoted words."""
    return any(m.start() < position < m.end() for m in QUOTATION.finditer(text))


# '外交部今天駁斥…', '发言人今天表示', '烏國今天說': 'today' between the one who speaks and a verb of speaking is the
# day of the statement; 'nowadays' ('今天的中国', '中国今天已成为…') takes no such verb
CJK_TELLING_VERBS = ("驳斥", "駁斥", "指出", "回应", "回應", "发表", "發表", "批评", "批評", "强调", "強調",
                     "谴责", "譴責", "抗议", "抗議", "声明", "聲明", "证实", "證實", "重申", "说", "說")


def _acts_today(folded: str, match: re.Match, patterns: Patterns) -> bool:
    """Whether a Chinese 'today' has a subject before it and a verb of speaking right after it."""
    if not CJK.match(match.group(0)) or not CJK.match(folded[match.start() - 1 : match.start()] or " "):
        return False
    after = folded[match.end() : match.end() + 4]
    verbs = CJK_TELLING_VERBS + tuple(w for w in patterns.reporting_words if CJK.match(w))
    return after.startswith(verbs)


# 'накануне визита', 'накануне саммита': 'накануне' before an occasion's name in the genitive is
# 'on the eve of' it, its ordinal or adjectives may come between ('накануне 20-го съезда', 'накануне
# официального визита'); alone ('накануне заявил') it is the day before
EVE_OF_OCCASION = re.compile(
    r" (?:(?:\d{1,4}-?[а-яё]{0,3}|[а-яё]+(?:ого|его|ой|ей|ых|их)) ){0,2}(?:визит|саммит|встреч|переговор|поездк|праздник|дн[яей]\b|нов\w+ год|выбор|заседани|форум|открыти"
    r"|начал|годовщин|юбиле|торжеств|приезд|прибыти|конференци|выставк|совещани|церемони|парад|съезд)"
)


def _in_first_sentence(text: str, position: int) -> bool:
    return not any(mark in text[:position] for mark in ".!?。！？")


def _opens_sentence(text: str, position: int) -> bool:
    return not text[:position].strip() or text[:position].rstrip()[-1] in ".!?。！？"


def _past_sentence(text: str, position: int, patterns: Patterns) -> bool:
    """Whether the sentence around a position tells of something done (a past-tense marker)."""
    start = max(text.rfind(mark, 0, position) for mark in ".!?。！？") + 1
    ends = [i for i in (text.find(mark, position) for mark in ".!?。！？") if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    # 'Сегодня нет сфер, где страны не работали бы вместе': a verb in a clause with 'бы' is a
    # conditional, not something done, so that clause tells nothing of the past
    sentence = ",".join(c for c in sentence.split(",") if not SUBJUNCTIVE.search(c))
    return any(p.search(sentence) for p in patterns.past_markers)


SUBJUNCTIVE = re.compile(r"(?<!\w)(?:бы|б)(?!\w)")


CJK_MONTH = re.compile(r"(?<!\d)(?:((?:19|20)\d\d)年)?(\d{1,2})月(?=(\d{1,2})日)")


def _named_months(text: str, published: dt.date) -> list[int]:
    """The months the text names with a day ('1月27日'), in order; not the month of a dated day
    long past ('圖為2022年9月15日' in a caption before '1日' of this month)."""
    months = []
    for match in CJK_MONTH.finditer(text):
        year, month, day = match.groups()
        try:
            old = year and published - dt.date(int(year), int(month), int(day)) > dt.timedelta(days=EVENT_MAX_DAYS_BEFORE)
        except ValueError:
            old = True
        if not old:
            months.append(int(month))
    return months


CJK_SPAN_BEFORE = re.compile(r"\d{1,2}日?\s*(?:[~～至到\-–—])\s*$")
CJK_SPAN_REACH = 8


def _cjk_days(text: str, published: dt.date, named_month: int | None = None) -> list[tuple[int, dt.date]]:
    """'4日': that day of the publication month (or the one before); of the month the lead last
    named, when it named one ('1月27日至29日 … 28日'), and nothing if that month is not near."""
    found = []
    for match in CJK_DAY.finditer(text):
        if CJK_SPAN_BEFORE.search(text[max(0, match.start() - CJK_SPAN_REACH) : match.start()]):
            continue  # '3月26~27日': the last day of a span, which the span's first day speaks for, if any does
        day = int(match.group(1))
        # the month named last before the day, in this paragraph ('3月21日至25日……22日') or an earlier one
        named_here = _named_months(text[: match.start()], published)
        in_month = named_here[-1] if named_here else named_month
        for month_back in (0, 1):
            month = (published.month - month_back - 1) % 12 + 1
            if in_month and month != in_month:
                continue
            year = published.year - (1 if published.month - month_back < 1 else 0)
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate <= published:
                found.append((match.start(), candidate))
                break
    return found
