"""The dateline: 'BEIJING, 1 March (BelTA) –', 'МИНСК, 1 марта /БЕЛТА/', '新华社北京12月4日电' -> city in English."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from despatch.ingest.dates import YEAR, find_dates
from despatch.ingest.lines import SENTENCE_END, Line
from despatch.ingest.names import source_named
from despatch.ingest.settings import MAX_SCAN_LINE, Patterns
from despatch.registry import Registry, fold


@dataclass(frozen=True)
class Dateline:
    city: str | None  # in English; None for '(ECNS) --'
    agency: str | None  # as printed
    month: int | None
    day: int | None
    line: int
    end: int = 0  # where the article's first sentence starts, after the dateline
    rest: str = ""  # the first paragraph after the dateline, when the layout left it above the body
    has_year: bool = False  # the date carries its year ('Белоруссия, 15 июня, 2015, 20:49 — ИА Регнум.'): the page's stamp
    start: int = 0  # where the dateline starts, after a photo's caption run together with it
    place_only: bool = False  # a place with no day filed: a writer's byline ('By Anna Novak in Minsk', '莫斯科 —') or a page's stamp
    # the day a speech was given, from the bracket of its day and place under the speech's headline
    # ('(2023年6月29日10:30,中白工业园)', '(Minsk, 29 June 2023)'): the day of the news, whatever the speaker recalls
    occasion: dt.date | None = None


def find_dateline(
    lead: list[Line], head: list[Line], patterns: Patterns, registry: Registry, closing: list[Line] | None = None,
    body: list[Line] | None = None,
) -> Dateline | None:
    """The article's dateline (see _find_dateline), never with a registered outlet as its city."""
    return _outlet_not_city(_find_dateline(lead, head, patterns, registry, closing, body), patterns, registry)


def _outlet_not_city(dateline: Dateline | None, patterns: Patterns, registry: Registry) -> Dateline | None:
    """'ТАСС, 22 мая. …': an agency's or outlet's name where a dateline has its city is the outlet
    filing the story, no place (a city the list knows stays a city)."""
    if not dateline or not dateline.city or fold(dateline.city) in patterns.cities:
        return dateline
    if not source_named(registry, dateline.city):
        return dateline
    return replace(dateline, city=None, agency=dateline.agency or dateline.city)


def _find_dateline(
    lead: list[Line], head: list[Line], patterns: Patterns, registry: Registry, closing: list[Line] | None = None,
    body: list[Line] | None = None,
) -> Dateline | None:
    """'BEIJING, 1 March (BelTA) –', '新华社北京12月4日电', a 'Reuters | Beijing |' slug, a wire's
    dateline on a line of its own after the story (`closing`: the last lines of the article), or
    a full wire dateline opening a paragraph after a standfirst, a repeated headline or captions
    (`body`: the article's paragraphs)."""
    for line in lead:
        dateline = dateline_in(line, patterns)
        if dateline:
            return dateline
    place = _place_line(head, patterns)
    if place:
        return place
    for line in head:
        place = city_date_line(line, patterns) if line.kind not in ("chrome", "caption") else None
        if place:
            return place
    place = _credit_line_dateline(head, patterns) or _byline_place(head, patterns) or _outlet_city_line(head, patterns, registry)
    if place:
        return place
    for line in head:
        # a first paragraph left above the body: only a full wire dateline, with date and outlet
        dateline = dateline_in(line, patterns) if line.kind not in ("chrome", "caption") else None
        if dateline and dateline.agency and (dateline.month or _known_city_in_prose(dateline, line, patterns)
                                             or _stamped_wire_day(dateline, line, patterns)):
            return replace(dateline, rest=line.text[dateline.end :])
    wrapped = _wrapped_wire_dateline(head, patterns) or _wrapped_release_dateline(head, patterns)
    if wrapped:
        return wrapped
    for line in head:
        for pattern in patterns.slugs:
            match = pattern.match(line.text[:MAX_SCAN_LINE])
            if match and source_named(registry, match.group("agency")):
                city = city_in_english(match.group("city"), patterns)
                return Dateline(city, match.group("agency"), None, None, line.number)
    return (closing_dateline(closing or [], patterns, registry) or later_dateline(body or [], patterns)
            or correspondent_place(lead, patterns) or opening_byline_place(lead, patterns) or speech_occasion(head, patterns))


# A line that is only a bracket of a complete date (with its time, perhaps) and a place, or the place
# and the date: the occasion a speech's text was given at, printed under its headline
OCCASION_BRACKET = re.compile(r"^\s*[(（](?P<inside>[^()（）]{8,48})[)）]\s*$")
OCCASION_TIME = re.compile(r"(?:[上下]午)?\s*(?:[01]?\d|2[0-3])[:：][0-5]\d")
OCCASION_PLACE = re.compile(r"^[\s,，、]*[^\W\d_][^\d]{1,30}?[\s,，、]*$")


def speech_occasion(head: list[Line], patterns: Patterns) -> Dateline | None:
    """'(2023年6月9日10:00,线上形式)': the day and place a speech was given, as a dateline with no city."""
    for line in head:
        bracket = OCCASION_BRACKET.match(line.text)
        found = bracket and next((f for f in find_dates(bracket.group("inside"), patterns=patterns) if f.value), None)
        if not (found and found.has_year):
            continue
        inside = bracket.group("inside")
        rest = OCCASION_TIME.sub("", inside[: found.start] + " " + inside[found.start + len(found.printed) :], count=1)
        if re.search(r"[,，、]", inside) and OCCASION_PLACE.match(rest):
            return Dateline(None, None, None, None, line.number, place_only=True, occasion=found.value)
    return None


# 'Minsk. Our special correspondent in Belarus, Pavel Chernenko, reports.': the city as a sentence
# of its own, then the paper's correspondent filing from it (the Russian press's dateline)
CORRESPONDENT_PLACE = re.compile(
    r"(?:^|[.!?]\s+)(?P<city>[A-ZА-ЯЁ][\w'’\-]{2,20}(?: [A-ZА-ЯЁ][\w'’\-]{2,20})?)\.\s+"
    r"(?:Our|Наш|Наша)\s+(?:(?:own|special|staff|собственный|специальный|собственная|специальная)\s+)?"
    r"(?:correspondent|reporter|корреспондент\w*|спецкор\w*|собкор\w*)\b"
)
CORRESPONDENT_PLACE_PARAGRAPHS = 2


def correspondent_place(lead: list[Line], patterns: Patterns) -> Dateline | None:
    """A known city standing as a sentence before 'Our correspondent … reports' in the first paragraphs."""
    for line in lead[:CORRESPONDENT_PLACE_PARAGRAPHS]:
        match = CORRESPONDENT_PLACE.search(line.text[: MAX_SCAN_LINE * 2])
        city = match and patterns.cities.get(fold(match.group("city") or match.group("reported")))
        if city:
            return Dateline(city, None, None, None, line.number)
    return None


# '本报特约记者 王明 发自莫斯科 从今日起，…', '（記者 李四 發自東京）據報導…', '记者王明、李四发自北京：…': a Chinese paper's
# writer credit opening the first paragraph, the city filed from after 'filed from' (发自), the story run on after it
CJK_OPENING_BYLINE = re.compile(
    r"^\s*[【\[(（]?(?:本报|本報|本刊|本网|本網|[\u4e00-\u9fff]{1,8}?(?:社|网|網|报|報|台))?"
    r"(?:特约|特約|特派|实习|實習|驻[\u4e00-\u9fff]{1,4}|駐[\u4e00-\u9fff]{1,4})?(?:记者|記者|通讯员|通訊員|撰稿人)\s?"
    r"[\u4e00-\u9fff·]{2,8}(?:\s?[\s、,，]\s?[\u4e00-\u9fff·]{2,8}){0,3}\s?[(（]?(?:发自|發自)\s?(?P<place>[\u4e00-\u9fff]{2,12})")


def opening_byline_place(lead: list[Line], patterns: Patterns) -> Dateline | None:
    """The known city a Chinese writer's credit opening the first paragraph was filed from, as a place with
    no day (the longest known name the words after 'filed from' open with: the story may run on unspaced)."""
    match = CJK_OPENING_BYLINE.match(lead[0].text[:MAX_SCAN_LINE]) if lead else None
    if not match:
        return None
    place = match.group("place")
    city = next((patterns.cities.get(fold(place[:cut])) for cut in range(len(place), 1, -1) if patterns.cities.get(fold(place[:cut]))), None)
    return Dateline(city, None, None, None, lead[0].number, place_only=True) if city else None


LATER_DATELINE_PARAGRAPHS = 12  # a standfirst, tags, a repeated headline, captions may come before the wire's dateline


def later_dateline(body: list[Line], patterns: Patterns) -> Dateline | None:
    """A full wire dateline (city, day, outlet) opening one of the first paragraphs of running
    text ('МИНСК, 16 фев – РИА Новости. …' under a standfirst), or a known city with the outlet
    and no day ('MOSCOW (Sputnik) — …' under captions), with that paragraph's text after it."""
    for line in [line for line in body if line.kind != "caption"][:LATER_DATELINE_PARAGRAPHS]:
        dateline = dateline_in(line, patterns) if line.kind == "prose" else None
        if dateline and dateline.city and dateline.agency and (dateline.month or _known_city_in_prose(dateline, line, patterns)):
            return replace(dateline, rest=line.text[dateline.end :])
        if dateline and dateline.month and _known_city_in_capitals(dateline, line, patterns):
            return replace(dateline, rest=line.text[dateline.end :])
        if dateline and dateline.month and dateline.day and CJK_OUTLET_NAME.fullmatch(dateline.agency or ""):
            return replace(dateline, rest=line.text[dateline.end :])  # '中新网5月9日电' under a background paragraph
    return None


def _wrapped_wire_dateline(head: list[Line], patterns: Patterns) -> Dateline | None:
    """'MOSCOW, March 20 Belarusian Potash Company' over the rest of its sentence: a wire copy kept
    with its printed line breaks leaves the lead in short lines the layout takes for the head; a
    known city in capitals with its day, the story run on after it, is the wire's dateline."""
    for line in head:
        dateline = dateline_in(line, patterns) if line.kind not in ("chrome", "caption") else None
        if (dateline and dateline.month and dateline.day and not dateline.has_year
                and line.text[dateline.end :].strip() and _capitals_city(line.text[: dateline.end], patterns)):
            return replace(dateline, rest=line.text[dateline.end :])
    return None


def _wrapped_release_dateline(head: list[Line], patterns: Patterns) -> Dateline | None:
    """'22 October 2006' over 'Pretoria - South African Foreign Minister … will' over 'on Monday, …': a release kept with
    its printed line breaks leaves its first paragraph in short lines the layout takes for the head; the line right
    under the date stamp, opening on a dateline with a known city and run on unfinished into the next line, is the
    release's dateline."""
    content = [line for line in head if line.kind not in ("chrome", "caption")]
    for stamp, line, following in zip(content, content[1:], content[2:]):
        if stamp.kind != "stamp" or SENTENCE_END.search(line.text.rstrip()):
            continue
        dateline = dateline_in(line, patterns)
        if (dateline and dateline.city and fold(dateline.city) in patterns.cities
                and len(line.text[dateline.end :].split()) >= WRAPPED_RELEASE_MIN_WORDS):
            # the stamp's day is the release's, no day the dateline files
            return replace(dateline, rest=line.text[dateline.end :], place_only=dateline.month is None)
    return None


WRAPPED_RELEASE_MIN_WORDS = 4  # words of the lead on the dateline's line: a wrapped sentence, not a headline's tail


# the words in capitals opening a dateline, before its comma or its month ('MINSK May 10')
CAPITALS_OPENING = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ'’.\-]+){0,2}(?=,|\s+[A-ZА-ЯЁ][a-zа-яё])")


def _capitals_city(printed: str, patterns: Patterns) -> bool:
    """A dateline's city printed in capitals, one the list knows."""
    match = CAPITALS_OPENING.match(printed)
    return bool(match and fold(match.group(0)) in patterns.cities)


def _known_city_in_capitals(dateline: Dateline, line: Line, patterns: Patterns) -> bool:
    """'GENEVA, July 1 -- Belarus …' under quotes and captions: a known city printed in capitals
    with its day is the wire's dateline even where the outlet's tag was dropped."""
    printed = line.text[: dateline.end].split(",")[0].strip()
    return printed.isupper() and fold(printed) in patterns.cities


def _known_city_in_prose(dateline: Dateline, line: Line, patterns: Patterns) -> bool:
    """'BEIJING (AP) — Chinese leader …' opening a paragraph of running text: a known city and
    the agency make a dateline without a date."""
    return line.kind == "prose" and bool(dateline.city) and fold(dateline.city) in patterns.cities


def _stamped_wire_day(dateline: Dateline, line: Line, patterns: Patterns) -> bool:
    """'2018-06-22 21:50中央社 北京22日综合外电报导': a page's stamp glued to a wire's known city and
    bare day, that day the stamp's own: the wire's dateline, though it gives no month."""
    stamp = next((f for f in find_dates(line.text[:MAX_SCAN_LINE], patterns=patterns) if f.value), None)
    return bool(stamp and stamp.start == 0 and dateline.day == stamp.value.day and dateline.city
                and fold(dateline.city) in patterns.cities)


def _place_line(head: list[Line], patterns: Patterns) -> Dateline | None:
    """A known city alone on the last line above the article, under its date stamp ('Beijing')
    or in capitals ('MOSCOW'), or over a date stamp anywhere in the head; or a venue and its city
    under the date stamp ('The Kremlin, Moscow')."""
    content = [line for line in head if line.kind not in ("chrome", "caption")]
    for stamp, line in zip(content, content[1:]):
        if stamp.kind == "stamp" and line.kind == "short":
            city = _venue_city(line.text, patterns)
            if city:
                return Dateline(city, None, None, None, line.number)
    for line, stamp in zip(content, content[1:]):
        # 'Minsk' over 'July 12, 2023', ending the head or between the byline and the share buttons: the
        # place and the day, split over two lines
        city = line.kind == "short" and stamp.kind == "stamp" and patterns.cities.get(fold(line.text))
        if city:
            return Dateline(city, None, None, None, line.number, place_only=True)  # the stamp's day is the page's
    if len(content) < 2 or content[-1].kind != "short":
        return _capitals_city_under_date(content, patterns)
    if content[-2].kind != "stamp" and not content[-1].text.isupper():
        return _capitals_city_under_date(content, patterns)
    city = patterns.cities.get(fold(content[-1].text))
    return Dateline(city, None, None, None, content[-1].number) if city else _capitals_city_under_date(content, patterns)


def _capitals_city_under_date(content: list[Line], patterns: Patterns) -> Dateline | None:
    """'8 Aug 05' over 'YEREVAN': a known city in capitals alone on its line, right under a line that is
    nothing but a complete date, is a wire's dateline, though hard-wrapped paragraphs follow it in the head."""
    for above, line in zip(content, content[1:]):
        city = line.text.strip().isupper() and patterns.cities.get(fold(line.text.strip()))
        if city and _only_a_date(above.text, patterns):
            return Dateline(city, None, None, None, line.number)
    return None


def _only_a_date(text: str, patterns: Patterns) -> bool:
    found = [f for f in find_dates(text.strip(), patterns=patterns) if f.value and f.has_year]
    return len(found) == 1 and found[0].printed.strip() == text.strip()


def _credit_line_dateline(head: list[Line], patterns: Patterns) -> Dateline | None:
    """A dateline that is a whole line above the story, with a city the list knows
    ('記者許皓婷/台北報導', a reporter's credit and the city filed from)."""
    for line in head:
        if line.kind in ("chrome", "caption"):
            continue
        dateline = _dateline_at_start(line, patterns)
        rest = line.text[dateline.end :].strip(" \t-–—:：.,，。)）") if dateline else None
        if dateline and not rest and dateline.city and fold(dateline.city) in patterns.cities:
            return replace(dateline, end=0)  # the lead is not cut
    return None


# '- DAILY SABAH, СТАМБУЛ', 'Reuters, London', 'ТАСС / Москва', '新华社，北京': a credit line above the story that
# is the outlet's name and the city it filed from, nothing else (a list's dash may open it)
# 'IANS  |  Beijing ', 'Xinhua ｜ Minsk': the same with a bar between them, spaced any way
OUTLET_CITY = re.compile(
    r"^\s*(?:[-–—•·]\s*)?(?P<outlet>[^\W\d_][^,，/／|｜\d]{1,40}?)\s*(?:[,，/／|｜]|\s[-–—]\s)\s*(?P<city>[^\W\d_][^,，/／|｜\d]{1,30}?)\s*$")


def _outlet_city_line(head: list[Line], patterns: Patterns, registry: Registry) -> Dateline | None:
    """A head line that is a registered outlet's name and a city the list knows, set apart by a comma,
    a slash or a dash: the outlet's credit and the place the story was filed from."""
    for line in head:
        match = OUTLET_CITY.match(line.text[:MAX_SCAN_LINE]) if line.kind not in ("chrome", "caption") else None
        city = match and patterns.cities.get(fold(match.group("city")))
        if city and source_named(registry, match.group("outlet")):
            return Dateline(city, None, None, None, line.number, place_only=True)
    return None


# 'By Anna Novak in Minsk December 19, 2016': the writer's byline with the city filed from
# ('By Xinhua in The Hague(China Daily)': the paper that carries the wire's story may follow in brackets;
# '- By JIANG XUEQING in Minsk': a paper's e-edition sets the byline off with a dash or a bullet)
BYLINE_PLACE = re.compile(
    r"^(?:[-–—•·*]\s*)?By\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}\s+in\s+(?P<city>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}?)(?=\s*(?:[,|–—(-]|\s[A-Z][a-z]{2,8}\.?\s+\d|\s\d|$))"
)


# a slash's look-alikes ('台灣醒報／ 記者王明╱台北報導': a box-drawing diagonal, a division or a fraction slash)
# set between a Chinese credit's fields, read as the slash they stand for (one character for one, so
# positions hold)
SLASH_LOOKALIKES = str.maketrans({"╱": "／", "⧸": "／", "∕": "/", "⁄": "/"})


# '特約撰稿人 王夏愈 發自華盛頓', '記者 黃明（發自莫斯科）', '发自北京报道': a Chinese writer's credit ending in
# the city filed from, bare or in brackets;
# 'XX新聞網記者王明/台北報導': a Taiwanese outlet's credit, the reporter, a slash, the city, 'reports'
CJK_BYLINE_PLACE = re.compile(
    r"(?:[(（〔]?\s?(?:發自|发自)\s?(?P<city>[\u4e00-\u9fff]{2,6}?)\s?(?:報導|报道|報道|报导)?\s?[)）〕]?"
    r"|(?:記者|记者)\s?[\u4e00-\u9fff·]{2,8}\s?[/／]\s?(?P<reported>[\u4e00-\u9fff]{2,6}?)(?:報導|报道|報道|报导))\s*$")


def _byline_place(head: list[Line], patterns: Patterns) -> Dateline | None:
    """A known city after 'in' in a byline above the story ('By Anna Novak in Minsk', '… 发自北京')."""
    for line in head:
        text = line.text[:MAX_SCAN_LINE].translate(SLASH_LOOKALIKES)
        match = (BYLINE_PLACE.match(text) or CJK_BYLINE_PLACE.search(text)) if line.kind not in ("chrome", "caption") else None
        city = match and patterns.cities.get(fold(match.group("city") or match.group("reported")))
        if city:
            return Dateline(city, None, None, None, line.number, place_only=True)
    return None


def _venue_city(text: str, patterns: Patterns) -> str | None:
    """'The Kremlin, Moscow' -> 'Moscow': a known venue, a comma, a known city."""
    venue, _, city = text.strip().rpartition(",")
    if not venue or fold(venue.strip()) not in patterns.venues:
        return None
    return patterns.cities.get(fold(city.strip()))


def reporter_dateline(text: str, patterns: Patterns) -> tuple[str, Dateline] | None:
    """'（中央社記者林克倫台北21日電）' -> ('林克倫', dateline Taipei): the city is the known one at the end."""
    text = text.translate(SLASH_LOOKALIKES)
    for pattern in patterns.reporter_datelines:
        match = pattern.search(text[:MAX_SCAN_LINE])
        if not match:
            continue
        rest = match.group("rest")
        for cut in range(2, len(rest) - 1):
            city = patterns.cities.get(fold(rest[cut:].strip()))
            if city:
                parts = match.groupdict()
                month = int(parts["month"]) if parts.get("month") else None
                day = int(parts["day"]) if parts.get("day") else None
                # a credit closing the paragraph ('…合作。/某報記者王明華沙報道') leaves the lead whole
                end = 0 if CREDIT_CLOSES_LINE.fullmatch(text, match.end()) and match.start() > CREDIT_OPENING_SLACK else match.end()
                # a reporter's credit without a day names the place written from, and files no day
                return rest[:cut].strip(), Dateline(city, parts.get("agency"), month, day, 0, end, place_only=day is None)
    return None


CREDIT_CLOSES_LINE = re.compile(r"[\s)）]*")
CREDIT_OPENING_SLACK = 12  # characters of a tag ('【某某網訊】 (') before a credit that opens the paragraph


# '(MENAFN- Trend News Agency) DUSHANBE, Tajikistan, August 28.': a syndicator's credit of the
# outlet it reposts, in brackets before that outlet's dateline; the outlet's own short name may stand
# in brackets inside it ('(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 31 (KUNA) --')
SYNDICATOR_PREFIX = re.compile(
    r"^[(（]\s*(?:MENAFN|ENPNewswire|Newswire)\s?[-–—:]\s?(?P<agency>[^()（）]{2,60}?(?:\s?[(（][^()（）]{1,20}[)）])?)\s*[)）]\s*(?=\S)")


# A republishing site's own place and date before the wire's dateline ('New Delhi, July 08,
# 2018: MINSK, July 6 (Xinhua) —'): the wire's dateline follows it
REPUBLISHER_PREFIX = re.compile(
    r"^[A-Z][\w'’.\-]{1,25}(?: [A-Z][\w'’.\-]{1,25}){0,2},\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*:\s+(?=\S)"
)


# A headline and its stamp run together in front of the dateline ('… делегация КНР12.08.2024
# 17:11ТАШКЕНТ, 12 августа. /УЗИНФОРМ/.'): a full date and a time glued to a capital letter
GLUED_STAMP_PREFIX = re.compile(
    r"^.{0,200}?(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[01]?\d|2[0-3]):[0-5]\d(?=[A-ZА-ЯЁ]{2}|[\u3400-\u9fff])"
)
# A photo's caption run together with the story in front of the dateline ('9月2日,…会见…。新华社记者
# 谢环驰 摄 新华社北京9月2日电'): the caption ends with its photographer's credit
PHOTO_CAPTION_PREFIX = re.compile(
    r"^.{4,300}?(?:记者|記者)\s*[\u3400-\u9fff·]{2,8}"
    r"[\u3400-\u9fff·]{0,3}\s*(?:摄|攝)\s*"
)

# A photo's caption run together with the story in front of the dateline ('… in Minsk, Belarus,
# Aug. 22, 2024. (Xinhua/Li Wei) MINSK, Aug. 22 (Xinhua) —'): the caption ends with the agency
# and photographer in brackets
PHOTO_CREDIT_PREFIX = re.compile(r"^.{4,400}?\((?:[A-Z][\w.\-]{1,20}(?: [A-Z][\w.\-]{1,20}){0,2})/[A-Z][\w.'’\-]{1,20}(?: [A-Z][\w.'’\-]{1,20}){0,2}\)\s+(?=[A-ZА-ЯЁ]{2})")

# '…對華經貿合作持續擴大。（圖片來源：新華社/某政府供圖） 中評社北京10月23日電／': a Chinese photo
# caption closed by its picture credit in brackets, run together with the story's dateline
PHOTO_SOURCE_PREFIX = re.compile(r"^.{4,400}?[（(](?:图片来源|圖片來源|图片|圖片|图|圖)\s*[:：/／][^（）()]{1,40}[）)]\s*(?=[\u3400-\u9fff【])")
# '… Си Цзиньпин. Архивное фотоМОСКВА, 20 мар — РИА Новости.': a caption closing on the word for
# a photo, glued to the capitals of the wire's dateline
PHOTO_WORD_PREFIX = re.compile(r"^.{4,300}?(?i:фото|photo)(?=[A-ZА-ЯЁ]{3})")
# '????新华网杜尚别7月18日电': a paragraph's indent of full-width spaces that a lost code page turned
# into question marks, in front of the dateline
ENCODING_DEBRIS_PREFIX = re.compile(r"^[?？\ufffd]{2,8}\s*(?=[\u3400-\u9fff])")
PHOTO_PREFIXES = (PHOTO_CAPTION_PREFIX, PHOTO_CREDIT_PREFIX, PHOTO_SOURCE_PREFIX, PHOTO_WORD_PREFIX)


def dateline_in(line: Line, patterns: Patterns) -> Dateline | None:
    found = _dateline_at_start(line, patterns)
    if found is None:
        prefix = (REPUBLISHER_PREFIX.match(line.text[:MAX_SCAN_LINE]) or GLUED_STAMP_PREFIX.match(line.text[:MAX_SCAN_LINE])
                  or ENCODING_DEBRIS_PREFIX.match(line.text[:MAX_SCAN_LINE])
                  or next(filter(None, (p.match(line.text[:MAX_SCAN_LINE]) for p in PHOTO_PREFIXES)), None))
        syndicated = SYNDICATOR_PREFIX.match(line.text[:MAX_SCAN_LINE])
        if syndicated and not prefix:
            found = _dateline_at_start(replace(line, text=line.text[syndicated.end() :]), patterns)
            # the outlet the syndicator credits files the story, its dateline's city its place
            return found and replace(found, agency=found.agency or syndicated.group("agency").strip(),
                                     end=found.end + syndicated.end())
        if prefix:
            found = _dateline_at_start(replace(line, text=line.text[prefix.end() :]), patterns)
            # a caption's date is the photo's; the republisher's and the glued stamp's date the page
            start = prefix.end() if prefix.re in PHOTO_PREFIXES else 0
            found = found and found.agency and replace(found, end=found.end + prefix.end(), start=start)
    if found is None or found.city is None:
        found = _after_country(line, patterns) or found  # the country read as no city, the city after it is
    return found or _after_date_stamp(line, patterns)


# 'date 2024-04-03 ASTANA—Some …', '12.05.2024 MINSK – …': a page's complete date (with a label, perhaps) run
# together with the story's first paragraph, in front of a dateline without an outlet
DATE_STAMP_PREFIX = re.compile(
    r"^\s*(?:[A-Za-zА-Яа-яЁё]{2,12}:?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}/\d{1,2}/\d{1,2})\s+(?=[A-ZА-ЯЁ]{3})")


def _after_date_stamp(line: Line, patterns: Patterns) -> Dateline | None:
    """The dateline after a page's date stamp glued to the paragraph, if its city is one the list knows."""
    stamp = DATE_STAMP_PREFIX.match(line.text[:MAX_SCAN_LINE])
    found = stamp and _dateline_at_start(replace(line, text=line.text[stamp.end() :]), patterns)
    if not found or not found.city or fold(found.city) not in patterns.cities:
        return None
    return replace(found, end=found.end + stamp.end())


# 'Туркменистан, Ашхабад, 30 ноября /корр. Trend/': an agency's regional desk prints the country before
# the city it files from
COUNTRY_PREFIX = re.compile(r"^(?P<country>[A-ZА-ЯЁ][\w\-]{2,20}(?: [A-ZА-ЯЁ][\w\-]{2,20})?),\s+")


def _after_country(line: Line, patterns: Patterns) -> Dateline | None:
    """The dateline after a country name the list knows, if its city is one the list knows too."""
    match = COUNTRY_PREFIX.match(line.text[:MAX_SCAN_LINE])
    if not match or fold(match.group("country")) not in patterns.not_cities:
        return None
    found = _dateline_at_start(replace(line, text=line.text[match.end() :]), patterns)
    if not found or not found.city or fold(found.city) not in patterns.cities:
        return None
    return replace(found, end=found.end + match.end())


# 'Astana, 5 July 2024', 'BAKU, Azerbaijan, Dec. 25': a known city (its country may follow) and
# the date, alone on a line above the article
CITY_DATE_LINE = re.compile(r"^(?P<city>[^\d,]{2,30})(?:,\s+[A-ZА-ЯЁ][^\d,]{2,30})?,\s+(?P<date>.{6,30})$")
# 'Washington, D.C. August 29, 2016', 'Kathmandu 23 April 2023', 'Москва 5 июля 2024 г.': the same with a space
# alone before the date (its month word or its day), as a release's place-and-date line may print it
CITY_SPACE_DATE_LINE = re.compile(
    r"^(?P<city>[^\d,]{2,30}?)(?:,\s+[A-ZА-ЯЁ][^\d,]{1,30}?)?\s+(?P<date>(?:[^\W\d_]{3,9}\.?\s+)?\d.{3,28})$")


# 'September 15, 2022, Samarkand', '15 сентября 2022 года, Самарканд': a head of state's site prints
# the complete date, then the known city where the meeting was held, alone under the headline
DATE_CITY_LINE = re.compile(r"^(?P<date>[^,]{3,20},?\s+(?:19|20)\d\d(?:\s+(?:года|г\.))?),\s+(?P<city>[^\d,]{2,30})$")


# 'Agenda.ge, 19 Jul 2022 - 15:21, Tbilisi,Georgia': a stamp line (the outlet, the complete date
# and time) closed by the known city and its country, where the story was filed
STAMP_CITY_COUNTRY = re.compile(r"^(?P<stamp>.{0,40}?\d.{2,40}?),\s*(?P<city>[^\d,]{2,30}),\s*[A-ZА-ЯЁ][^\d,]{2,30}$")


# 'December 08, 2009 01:59 am | Updated … IST - MOSCOW', '12.05.2024 14:30 | Минск', '2024-05-12 — BEIJING': a paper's
# stamp line (a complete date, a time or an update perhaps) closed by a dash or a bar and the known city filed from
STAMP_DASH_CITY = re.compile(r"^(?P<stamp>.{0,120}?\d.{2,120}?)\s+(?:--|[-–—―|｜])\s+(?P<city>[^\W\d_][^\d,|｜–—-]{1,30}?)\s*$")


def city_date_line(line: Line, patterns: Patterns) -> Dateline | None:
    match = CITY_DATE_LINE.match(line.text.strip())
    if not match:
        return (_date_city_line(line, patterns) or _stamp_city_country(line, patterns) or _stamp_dash_city(line, patterns)
                or _city_space_date_line(line, patterns))
    return _city_date_match(match, line, patterns) or _city_space_date_line(line, patterns)


def _city_space_date_line(line: Line, patterns: Patterns) -> Dateline | None:
    """A release's place and its day of issue set apart by a space: the place, with no day of news (the day is the
    page's)."""
    dateline = _city_date_match(CITY_SPACE_DATE_LINE.match(line.text.strip()), line, patterns)
    return dateline and replace(dateline, month=None, day=None, place_only=True)


def _city_date_match(match: re.Match | None, line: Line, patterns: Patterns) -> Dateline | None:
    """The dateline of a place-and-date line's match: a known city, and a date that is all the rest."""
    city = match and patterns.cities.get(fold(match.group("city")))
    # the day may stand without its year ('Dec. 25'): the year is the page's
    found = city and [f for f in find_dates(match.group("date"), patterns=patterns) if f.value or (f.month and f.day)]
    if not found or found[0].start != 0 or len(found[0].printed) < len(YEAR_WORD_AFTER.sub("", match.group("date")).strip(" .")):
        return None
    return Dateline(city, None, found[0].month, found[0].day, line.number)


YEAR_WORD_AFTER = re.compile(r"\s+(?:года|год|г\.?|гада|року|р\.?)\s*$")  # '5 июля 2024 г.', '5 июля 2024 года'


def _date_city_line(line: Line, patterns: Patterns) -> Dateline | None:
    match = DATE_CITY_LINE.match(line.text.strip())
    city = match and patterns.cities.get(fold(match.group("city").strip(" .")))
    found = city and [f for f in find_dates(match.group("date"), patterns=patterns) if f.value and f.has_year]
    if not found or found[0].start != 0:
        return None
    return Dateline(city, None, found[0].month, found[0].day, line.number)


def _stamp_city_country(line: Line, patterns: Patterns) -> Dateline | None:
    """The known city closing a stamp line that also names the country, as a place with no day."""
    match = STAMP_CITY_COUNTRY.match(line.text.strip())
    city = match and patterns.cities.get(fold(match.group("city").strip(" .")))
    found = city and [f for f in find_dates(match.group("stamp"), patterns=patterns) if f.value and f.has_year]
    if not found:
        return None
    return Dateline(city, None, None, None, line.number, place_only=True)  # the stamp's day is the page's, not the event's


def _stamp_dash_city(line: Line, patterns: Patterns) -> Dateline | None:
    """The known city closing a stamp line after a dash or a bar, as a place with no day (the stamp's day
    is the page's)."""
    match = STAMP_DASH_CITY.match(line.text.strip()) if line.kind == "stamp" else None
    city = match and patterns.cities.get(fold(match.group("city").strip(" .")))
    found = city and [f for f in find_dates(match.group("stamp"), patterns=patterns) if f.value and f.has_year]
    if not found:
        return None
    return Dateline(city, None, None, None, line.number, place_only=True)


# '… and technologies. Minsk, Prensa Latina', '… сотрудничества. Гавана / Пренса Латина', a line 'Xinhua, Harare': the
# wire's credit closing the story without brackets, after the last sentence (or alone on its line): a known city and
# a registered outlet, in either order, set apart by a comma or a slash
CLOSING_PLAIN_CREDIT = re.compile(
    r"(?:^|(?<=[.!?。！？\"”»’)]))\s*(?P<first>[^\W\d_][^\d,，/／.!?。]{1,30}?)\s*[,，/／]\s*"
    r"(?P<second>[^\W\d_][^\d,，/／.!?。]{1,30}?)\s*\.?\s*$")


def _closing_plain_credit_city(text: str, patterns: Patterns, registry: Registry) -> str | None:
    """The known city of a closing 'City, Outlet' credit whose other name is a registered outlet."""
    credit = CLOSING_PLAIN_CREDIT.search(text, max(0, len(text) - MAX_SCAN_LINE))  # '^' only at the line's real start
    return _city_beside_outlet(credit, patterns, registry) if credit else None


def _city_beside_outlet(credit: re.Match, patterns: Patterns, registry: Registry) -> str | None:
    """Of a credit's two names ('first', 'second', either order), the one that is a known city, when the
    other is a registered outlet: a wire's credit. Two cities or two outlets, or a place and a country
    ('Minsk, Belarus'), credit nothing."""
    first, second = (patterns.cities.get(fold(credit.group(g).strip())) for g in ("first", "second"))
    other = (credit.group("second") if first else credit.group("first")).strip()
    if bool(first) == bool(second) or not source_named(registry, other):
        return None
    return first or second


def closing_dateline(closing: list[Line], patterns: Patterns, registry: Registry | None = None) -> Dateline | None:
    """A wire's dateline printed on a line of its own at the end of a republished story
    ('MINSK, March 25 (RIA Novosti)'): the whole line is the dateline, with its outlet."""
    for line in reversed(closing):
        credit = CREDIT_PLACE.match(line.text[:MAX_SCAN_LINE])
        city = credit and patterns.cities.get(fold(credit.group("city")))
        if city:
            return Dateline(city, None, None, None, line.number)  # end 0: the lead is not cut
        credit = CJK_CREDIT_PLACE.match(line.text[:MAX_SCAN_LINE])
        city = credit and patterns.cities.get(fold(credit.group("city")))
        if city:  # a reporter's credit: the place written from, no day filed
            return Dateline(city, None, None, None, line.number, place_only=True)
        city = registry and (_closing_bracket_city(line.text, patterns, registry)
                             or _closing_plain_credit_city(line.text, patterns, registry))
        if city:
            return Dateline(city, None, None, None, line.number)  # end 0: the lead is not cut
        dateline = _dateline_at_start(line, patterns)
        if dateline and dateline.agency and dateline.city and (len(line.text) - dateline.end <= CLOSING_DATELINE_SLACK
                                                                or CLOSING_REPORTERS.match(line.text, dateline.end)):
            return replace(dateline, end=0)
    return None


# '… Sheiman said. (Xinhua, Harare)', '(Harare, Xinhua)', '(БЕЛТА, Минск)', '（新华社，哈拉雷）': the wire's credit
# closing the story's last paragraph, its name and the city it filed from in brackets, in either order (a share
# bar's '|' may follow); sources.py reads the wire from the same credit
CLOSING_AGENCY_AND_CITY = re.compile(
    r"[(（](?P<first>[^()（）\d,，]{2,30}?)\s*[,，、]\s*(?P<second>[^()（）\d,，]{2,30}?)\s*[)）]\s*\|?\s*$")


def _closing_bracket_city(text: str, patterns: Patterns, registry: Registry) -> str | None:
    """The known city in a closing '(Outlet, City)' credit whose other name is a registered outlet
    ('(Minsk, Belarus)' closing a sentence is a place named, not a credit)."""
    credit = CLOSING_AGENCY_AND_CITY.search(text[-MAX_SCAN_LINE:])
    return _city_beside_outlet(credit, patterns, registry) if credit else None


# '新華社第比利斯電 記者劉書辰': a Chinese wire's closing dateline with its reporters after it
CLOSING_REPORTERS = re.compile(r"\s*[(（]?\s*(?:记者|記者)\s?[\u4e00-\u9fff·]{2,5}(?:[\s、,，][\u4e00-\u9fff·]{2,5}){0,3}\s*[)）]?\s*$")


# '(Story by Anna Novak and Li Wei, Minsk, December 20th)': the wire's credit, with the place it
# was filed from (a known city) after the names
CREDIT_PLACE = re.compile(
    r"^[(（]\s*(?:story|report|reported|text|written|reporting)\s+by\s+[^()（）]{2,80}?,+\s*"
    r"(?P<city>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})\s*(?:,[^()（）]{0,30})?[)）]\s*$",
    re.I,
)
# '某某新聞(中文版:某某網)山田太郎 北京': a Chinese edition's closing credit, the paper with its edition
# in brackets, the reporter, and after a space the city filed from (a known city)
CJK_CREDIT_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}[(（][^()（）]{1,30}[)）]\s?[\u4e00-\u9fff·]{2,8}\s+(?P<city>[\u4e00-\u9fff]{2,6})\s*$")
CLOSING_DATELINE_SLACK = 3  # characters after a closing dateline: a dash or a full stop


# the Latin capitals with a diacritic that Vietnamese, Central European and Turkic datelines print ('HÀ NỘI —',
# 'ĐÀ NẴNG,', 'KRAKÓW,', 'İSTANBUL'); the dateline forms spell capitals in ASCII, so these are matched as
# their base letters (one letter for one, so the city is then cut from the line as printed)
DIACRITIC_CAPITAL = re.compile(r"[À-ÖØ-ÞĀ-ſƠ-ưǍ-ǜḀ-ỹ]")
LETTER_BASE_EXCEPTIONS = {"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Þ": "T", "ı": "i", "Ħ": "H", "ħ": "h"}
DIACRITIC_REACH = 60  # characters at the start of the line where a dateline stands


def _base_letter(letter: str) -> str:
    """'À' -> 'A', 'Ộ' -> 'O', 'Đ' -> 'D': a letter without its marks, one letter still."""
    base = LETTER_BASE_EXCEPTIONS.get(letter) or unicodedata.normalize("NFD", letter)[0]
    return base if len(base) == 1 and base.isascii() else letter


def _without_diacritics_at_start(text: str) -> str:
    """The line with the diacritics taken off the letters at its start, where a dateline's city stands."""
    head = DIACRITIC_CAPITAL.sub(lambda m: _base_letter(m.group(0)), text[:DIACRITIC_REACH])
    return head + text[DIACRITIC_REACH:]


def _form_match(text: str, patterns: Patterns):
    """Each dateline form's match on the line, then on the line with its start's diacritics taken off (the
    printed city put back into the match's parts)."""
    for pattern in patterns.dateline_forms:
        match = pattern.match(text)
        if match:
            yield match, match.groupdict()
    plain = _without_diacritics_at_start(text)
    if plain == text:
        return
    for pattern in patterns.dateline_forms:
        match = pattern.match(plain)
        if match:
            parts = match.groupdict()
            if parts.get("city"):
                parts["city"] = text[match.start("city"):match.end("city")]
            yield match, parts


def _dateline_at_start(line: Line, patterns: Patterns) -> Dateline | None:
    text = line.text[:MAX_SCAN_LINE]
    found = reporter_dateline(text, patterns)
    if found:
        return replace(found[1], line=line.number)
    for match, parts in _form_match(text, patterns):
        month, day = _month_day(parts, patterns)
        if (parts.get("month") or parts.get("date")) and month is None:
            continue  # 'NATO, 12 members (...)': not a date, not a dateline
        agency = _agency(parts.get("agency"), patterns)
        city = parts.get("city")
        if city and CJK_OUTLET_NAME.fullmatch(city):
            agency, city = _agency(city, patterns), None  # '…平台中新网5月9日电': the outlet stands where the city would
        if city and _not_a_city(city, patterns):
            if not (agency and month):
                continue
            city = None  # 'Белоруссия, 18 января, 2012, 14:33 — ИА Регнум.': a date and an outlet, no city
        elif not city and agency and (_not_a_city(agency, patterns) or fold(agency) in patterns.cities):
            continue  # 'July 23, Minsk.', 'July 23, Monday.': no outlet there
        city = city_in_english(city, patterns) if city else None
        if city and agency and fold(agency) in patterns.cities:
            agency = None  # 'Moscow/Minsk: …': a story filed from two cities, the second no outlet
        if parts.get("known") is not None and not (city and fold(city) in patterns.cities):
            continue  # '3月1日，双方表示，': a form that holds a dateline only with a city the list knows
        if not agency and month is None and _route_after_dash(text, match, city, patterns):
            continue  # 'Minsk - Beijing flights resume': two cities joined by a dash are a route
        has_year = bool(parts.get("date") and (YEAR.search(parts["date"]) or SHORT_DOTTED_YEAR.fullmatch(parts["date"])))
        return Dateline(city, agency, month, day, line.number, match.end(), has_year=has_year,
                        place_only=parts.get("place") is not None)
    return None


# the words in capitals after a dateline's dash: a second city there makes the two a route
ROUTE_END = re.compile(r"[A-ZА-ЯЁ][\w\-]+(?: [A-ZА-ЯЁ][\w\-]+){0,2}")


def _route_after_dash(text: str, match: re.Match, city: str | None, patterns: Patterns) -> bool:
    """A dash closing what a form read as a dateline, and another city the list knows right after it (not the
    dateline's own, 'LAHORE - Lahore Chamber …', nor a possessive): 'Minsk - Beijing flights', a route."""
    if not re.search(r"[-–—―]\s*$", match.group(0)):
        return False
    words = ROUTE_END.match(text, match.end())
    if not words:
        return False
    names = words.group(0).split()
    return any(patterns.cities.get(fold(" ".join(names[:n]))) not in (None, city) and not text.startswith(("'", "’"), match.end() + len(" ".join(names[:n])))
               for n in range(1, len(names) + 1))


def _agency(printed: str | None, patterns: Patterns) -> str | None:
    """The outlet a dateline tag names: not the paper itself ('本报'), without 'Корр.' before it, and
    not a word in small letters ('/весна/'): outlets print their names with capitals, or as their
    domain ('(example.com)')."""
    if not printed or printed in patterns.self_references:
        return None
    name = patterns.agency_prefix.sub("", printed.strip())
    return None if name.lower() == name != name.upper() and "." not in name else name or None


# 'Бишкек, 17.12.18. /Кабар/.': Kabar's dateline prints the year in two digits, a year all the same
SHORT_DOTTED_YEAR = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2}")


def _month_day(parts: dict, patterns: Patterns) -> tuple[int | None, int | None]:
    """(month, day) of a dateline: from 'month' and 'day' groups, or a 'date' group read with
    the date grammar ('05.07.2024', 'June 28, 2023'); (None, None) if it holds no date."""
    if parts.get("date"):
        found = [f for f in find_dates(parts["date"], patterns=patterns) if not f.problem]
        return (found[0].month, found[0].day) if found else (None, None)
    month = _month_number(parts.get("month"), patterns)
    return month, int(parts["day"]) if parts.get("day") else None


# an outlet's name where a Chinese dateline has its city ('…平台中新网5月9日电'): a site, agency or paper
# ends in 网/社/报, no city does ('台' is left out: 烟台 and 邢台 are cities)
CJK_OUTLET_NAME = re.compile(r"[\u3400-\u9fff]+(?:网|網|社|报|報)")


def _not_a_city(printed: str, patterns: Patterns) -> bool:
    """A label ('UPDATE') or a day ('Tuesday, July 5', 'Last Friday, July 5') where a dateline has its city."""
    folded = fold(printed)
    return folded in patterns.not_cities or any(w in patterns.weekdays or w in patterns.months for w in folded.split())


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
    if CJK_CITY.fullmatch(printed):
        # '白俄羅斯布列斯特': a country, then the city
        known = next((patterns.cities.get(fold(printed[cut:])) for cut in range(2, len(printed) - 1)
                      if patterns.cities.get(fold(printed[cut:]))), None)
        if known:
            return known
        return _cjk_city_without_country(printed, patterns)
    if printed.isupper():
        return " ".join(title_case_word(w) for w in printed.split())
    return printed


CJK_CITY = re.compile(r"[\u3400-\u9fff]{3,12}")


def _cjk_city_without_country(printed: str, patterns: Patterns) -> str:
    """'馬來西亞關丹' -> 'Kuantan', '柬埔寨某邦' -> '某邦', '明斯克市' -> 'Minsk': a Chinese dateline names
    the country before a city abroad (a country the list knows), or the word for 'city' after it; the
    city is in English where the list knows it."""
    for cut in range(len(printed) - 2, 1, -1):  # the longest country first: 印度尼西亚, not 印度
        if fold(printed[:cut]) in patterns.not_cities:
            return _known_cjk_city(printed[cut:], patterns) or printed[cut:]
    return _known_cjk_city(printed, patterns) or printed


def _known_cjk_city(printed: str, patterns: Patterns) -> str | None:
    """The English name of a listed city, printed with or without '市' after it."""
    bare = printed[:-1] if printed.endswith("市") and len(printed) >= 3 else printed
    return patterns.cities.get(fold(printed)) or patterns.cities.get(fold(bare))


def title_case_word(word: str) -> str:
    """Capitalize after spaces and hyphens only: "XI'AN" -> "Xi'an", 'ABU-DHABI' -> 'Abu-Dhabi'."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
