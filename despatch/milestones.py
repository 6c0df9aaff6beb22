"""Find the dated past events an article mentions: 'In May 2015, Xi paid a state visit' -> 2015-05."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from despatch.model import Milestone

OWN_EVENT_DAYS = 3  # a day this close before publication is the reported event, not a milestone
EVENT_WINDOW_WORDS = 8  # a bare year needs an event word this close ("visited Minsk in 2015")
LABEL_LIMIT = 100
WRAPPED_LINE_CHARS = 60
SHORT_CLAUSE_WORDS = 4

# --- Date patterns, as data: (regex, kind). Earlier patterns win where spans overlap. -------
EN_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
RU_MONTH_NAMES = (
    r"январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
)
EN_MONTH = rf"\b(?P<month>{EN_MONTH_NAMES})\b\.?"
RU_MONTH = rf"\b(?P<month>{RU_MONTH_NAMES})\b"
EN_OR_RU_MONTH = rf"\b(?P<month>{EN_MONTH_NAMES}|{RU_MONTH_NAMES})\b\.?"
ANY_MONTH = rf"(?:{EN_MONTH_NAMES}|{RU_MONTH_NAMES})\b\.?"
YEAR = r"(?P<year>(?:19|20)\d\d)\b"
DAY = r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
OTHER_DAY = r"[0-3]?\d(?:st|nd|rd|th)?\b"
RANGE = r"\s*(?:-|–|—|to|until|through|and|по|до)\s*"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
ZH_DIGITS = "一二两三四五六七八九十"
ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
N_YEARS = rf"(?P<n>\d{{1,3}}|(?i:{'|'.join(NUMBER_WORDS)}))"

DATE_PATTERNS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(regex), kind)
    for regex, kind in (
        # 12 May 2015; 28 February to 2 March 2023; 15 сентября 2022 года; 1 March (year from publication)
        (rf"{DAY}(?:{RANGE}{OTHER_DAY})?\s+{EN_OR_RU_MONTH}"
         rf"(?:{RANGE}{OTHER_DAY}\s+{ANY_MONTH})?(?:,?\s+{YEAR})?", "date"),
        # May 12, 2015; February 28 - March 2, 2023; March 1
        (rf"{EN_MONTH}\s+{DAY}(?:{RANGE}(?:{ANY_MONTH}\s+)?{OTHER_DAY})?(?:,?\s+{YEAR})?", "date"),
        (rf"{YEAR[:-2]}年(?P<month>1[0-2]|0?[1-9])月(?:(?P<day>[0-3]?\d)[日号])?", "date"),
        (r"(?<![年\d])(?P<month>1[0-2]|0?[1-9])月(?P<day>[0-3]?\d)[日号]", "date"),
        # January 1992; January-February 2023; в январе 1992 года
        (rf"{EN_OR_RU_MONTH}(?:\s*[-–—]\s*{ANY_MONTH})?,?\s+(?:of\s+)?{YEAR}", "date"),
        # last September; September last year; в сентябре прошлого года; 去年9月
        (rf"\b(?P<last>[Ll]ast|[Tt]his)\s+{EN_MONTH}", "relative"),
        (rf"{EN_MONTH},?\s+(?:of\s+)?(?P<last>last|this)\s+year\b", "relative"),
        (rf"{RU_MONTH}\s+(?P<last>прошлого|этого|текущего)\s+года", "relative"),
        (r"(?P<last>去年|今年)(?P<month>1[0-2]|0?[1-9])月", "relative"),
        # in October (the last October before publication)
        (rf"\b(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:early\s+|late\s+|mid-?)?{EN_MONTH}(?!\s*\d)", "month"),
        (rf"\b[вВ]\s+{RU_MONTH}(?!\s*\d)", "month"),
        # 30 years ago; 30 лет назад; 30年前
        (rf"\b{N_YEARS}\s+years?\s+ago\b", "ago"),
        (r"\b(?P<n>\d{1,3})\s+(?:год|года|лет)\s+назад\b", "ago"),
        (rf"(?<![\d{ZH_DIGITS}])(?P<n>\d{{1,3}}|[{ZH_DIGITS}]{{1,3}})年前", "ago"),
        # in 1994; в 1994 году; 1994年
        (rf"\b(?:[Ii]n|[Ss]ince|[Ii]n the year)\s+{YEAR}(?!\s*[-–—/]\s*\d)", "year"),
        (rf"\b(?:[вВсС]|[сС]о)\s+{YEAR}\s*(?:году|года|г\.)", "year"),
        (rf"{YEAR[:-2]}年(?![\d代度])", "year"),
    )
)
# Every date pattern needs one of these; most sentences have none and skip the patterns.
DATE_HINT = re.compile(rf"\d|{EN_MONTH_NAMES}|{RU_MONTH_NAMES}|\bago\b|назад|年前")
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12, "янв": 1, "фев": 2, "мар": 3, "апр": 4, "ма": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
THIS_YEAR_WORDS = {"this", "этого", "текущего", "今年"}

# --- Evidence that a date is an event, not a figure ------------------------------------------
EVENT_WORDS = re.compile(
    r"\b(?:establish\w*|visit\w*|sign(?:ed|ing)|met|meet\w*|talks|launch\w*|held|hosted|"
    r"open(?:ed|ing)|inaugurat\w*|inspect\w*|commission\w*|upgrad\w*|ended|summit\w*|forum|"
    r"ceremon\w*|conference|announc\w*|proposed|put forward|put into operation|attended|"
    r"founded|foundation|adopted|concluded|joined|took place|began|completed|unveiled|declared|"
    r"decided|agreed|contest|exhibition|festival|travel+ed|arrived|trip|tour|"
    r"установ\w*|визит\w*|посети\w*|подпис\w*|встре[чт]\w*|переговор\w*|запу[сщ]\w*|"
    r"провел\w*|провёл|прош(?:ел|ёл|ла|ли)|состоял\w*|открыт\w*|открыл\w*|саммит\w*|форум\w*|"
    r"церемони\w*|объяви\w*|выдвину\w*|эксплуатаци\w*|заверши\w*|заключ\w*|основан\w*|"
    r"учрежд\w*|прибыл\w*)\b"
    r"|建交|访问|訪問|访华|訪華|签署|簽署|会见|會見|会晤|會晤|会谈|會談|举行|舉行|启动|啟動|开幕|"
    r"開幕|峰会|峰會|论坛|論壇|仪式|儀式|提出|出席|视察|視察|考察|投产|投產|宣布|成立|开通|開通|"
    r"升级|升級|闭幕|閉幕|结束|結束",
    re.IGNORECASE,
)
FIGURE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|percent|per cent|billion|million|thousand|tons?|тонн\w*|млрд|млн|亿|万)"
    r"|US\$|\$|€)[^.;]{0,12}$",
    re.IGNORECASE,
)
WORD = re.compile(r"\w+")

# --- Text structure ---------------------------------------------------------------------------
CAPTION = re.compile(
    r"^\s*(?:!\[|\*?\s*(?:photo|фото|图为|圖為)\b|an archive photo)|\[photo|photo\s*/|/\s*xinhua\b"
    r"|(?-i:\b[A-Z]{2,}(?: [A-Z]{2,})* ?/ ?[A-Z]{2,}\s*$)|(?:记者|記者)[^。]{0,12}(?:摄|攝)\s*$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"”»’)]*\s+(?=[\"“«(]?[A-ZА-ЯЁ0-9])|(?<=[。！？])[”」』]*"
)
ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|г)\.$")
PARAGRAPH_END = re.compile(r"[.!?:。！？：][\"”»’)]*$|^\s*(?:#|\*|!\[|>)")
CLAUSE_BREAK = re.compile(r"\s*[,;:](?!\d)\s*|\s*[—–]\s*|\s+-\s+|[，；：、]")
LEADING_FILLER = re.compile(r"^(?:and|but|ever since|since|on|in|at|as of|и|а|с|в|на)\s+", re.IGNORECASE)
DANGLING_BEFORE = re.compile(
    r"(?:\s*\b(?:on|in|since|from|of|at the end of|as of|and|or|в|с|со|на|и))+\s*$", re.IGNORECASE
)
DANGLING_AFTER = re.compile(r"^\s*(?:года|году|г\.|底|初|末|上旬|中旬|下旬)?[\s,;:，]*")
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class DateSpan:
    """A date found in a sentence, resolved to the precision the text gives."""

    start: int
    end: int
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    kind: str  # the pattern kind that found it


def find_milestones(text: str, published: dt.date | None) -> tuple[Milestone, ...]:
    """Dated past events `text` mentions, once per date, in text order.

    Leaves out the article's own event (within a few days before `published`), future dates,
    photo captions and dates with no event word near them (a year in a figure is not an event).
    """
    found: dict[str, Milestone] = {}
    for sentence, following in _sentences(text):
        previous_end = 0
        for span in _dates(sentence, published):
            if _is_event(span, sentence, following) and span.date not in found:
                found[span.date] = Milestone(span.date, sentence, _label(sentence, span, previous_end))
            previous_end = span.end
    return tuple(found.values())


def _sentences(text: str) -> Iterator[tuple[str, str]]:
    """(sentence, next sentence) of every paragraph that is not a photo caption."""
    for paragraph in paragraphs(text):
        if not CAPTION.search(paragraph):
            sentences = split_sentences(paragraph)
            yield from zip(sentences, [*sentences[1:], ""])


def paragraphs(text: str) -> list[str]:
    """Paragraphs, whitespace-normalized: a line is one, unless it plainly wraps onto the next."""
    found: list[str] = []
    joining = False
    for line in text.splitlines():
        line = " ".join(line.split())
        if joining and line and found:
            found[-1] += " " + line
        elif line:
            found.append(line)
        joining = bool(line) and _wraps(found[-1] if found else "", line)
    return found


def _wraps(paragraph: str, line: str) -> bool:
    """A hard-wrapped line: long, and stopping mid-sentence."""
    return len(line) >= WRAPPED_LINE_CHARS and not PARAGRAPH_END.search(paragraph)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; abbreviations such as 'Mr.' and 'Dec.' do not end one."""
    pieces = [p.strip() for p in SENTENCE_END.split(paragraph) if p and p.strip()]
    sentences: list[str] = []
    for piece in pieces:
        if sentences and ABBREVIATION_END.search(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def _dates(sentence: str, published: dt.date | None) -> list[DateSpan]:
    """Every resolvable date of a sentence, in order; a span already claimed is not read twice."""
    spans: list[DateSpan] = []
    if not DATE_HINT.search(sentence):
        return spans
    for pattern, kind in DATE_PATTERNS:
        for match in pattern.finditer(sentence):
            if any(s.start < match.end() and match.start() < s.end for s in spans):
                continue
            date = _resolve(match, kind, published)
            if date and _is_past(date, published):
                spans.append(DateSpan(match.start(), match.end(), date, kind))
    return sorted(spans, key=lambda s: s.start)


def month_number(name: str) -> int:
    if name.isdigit():
        return int(name)
    key = name.lower()
    return MONTH_NUMBERS.get(key[:3]) or MONTH_NUMBERS[key[:2]]


def _resolve(match: re.Match, kind: str, published: dt.date | None) -> str | None:
    """The date a match states, as 'YYYY[-MM[-DD]]', or None when it cannot be known."""
    groups = match.groupdict()
    month = month_number(groups["month"]) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    year = _year(groups, kind, published)
    if year is None or (day is not None and not _valid_day(year, month, day)):
        return None
    if kind == "date" and not groups.get("year") and dt.date(year, month, day) > published:
        return None  # 'on March 15' after publication: a plan, or a year we cannot tell
    if kind == "month" and month >= published.month:
        return None  # 'in October' written in October or earlier: this one or a future one
    return "-".join([f"{year:04d}", *(f"{p:02d}" for p in (month, day) if p)])


def _year(groups: dict, kind: str, published: dt.date | None) -> int | None:
    if groups.get("year"):
        return int(groups["year"])
    if published is None:
        return None
    if kind == "relative":
        return published.year - (groups["last"].lower() not in THIS_YEAR_WORDS)
    if kind == "ago":
        return published.year - count_of(groups["n"])
    return published.year


def count_of(number: str) -> int:
    """30, 'thirty' or '三十' as an integer."""
    if number.isdigit():
        return int(number)
    if number.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[number.lower()]
    tens, ten, units = number.rpartition("十")
    value = (ZH_NUMBERS.get(tens, 1) * 10) if ten else 0
    return value + ZH_NUMBERS.get(units, 0)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _is_past(date: str, published: dt.date | None) -> bool:
    """Before publication and before the article's own event, at the date's own precision."""
    if published is None:
        return True
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts) < published - dt.timedelta(days=OWN_EVENT_DAYS)
    if len(parts) == 2:
        return tuple(parts) < (published.year, published.month)
    return parts[0] < published.year


def _is_event(span: DateSpan, sentence: str, following: str) -> bool:
    """An event word near the date: in the sentence, or beside a bare year that is not a figure."""
    if span.kind == "year":
        if FIGURE_BEFORE.search(sentence[: span.start]):
            return False
        return bool(EVENT_WORDS.search(_window(sentence, span)))
    if EVENT_WORDS.search(sentence):
        return True
    # 'May 12, 2015 was a very encouraging day ... Xi inspected the park': the next sentence
    return len(span.date) == 10 and bool(EVENT_WORDS.search(following))


def _window(sentence: str, span: DateSpan) -> str:
    before = WORD.findall(sentence[: span.start])[-EVENT_WINDOW_WORDS:]
    after = WORD.findall(sentence[span.end :])[:EVENT_WINDOW_WORDS]
    return " ".join([*before, *after])


def _label(sentence: str, span: DateSpan, previous_end: int) -> str:
    """The words that state the event, without the date: 'President Xi paid a state visit to Belarus'.

    The clause before the date when it says something ('... established diplomatic relations
    in January 1992', 'The agreement, signed on ...'), else the clause after it ('In May 2015,
    Xi paid a state visit').
    """
    starts, clause_end = _clause_bounds(sentence, span, previous_end)
    before = _before(sentence, starts[-1], span)
    if not _says_something(before) and len(starts) > 1:
        before = _before(sentence, starts[-2], span)  # 'The agreement, signed on 12 May 2015'
    if _says_something(before) or EVENT_WORDS.search(before):
        return _shorten_left(before, LABEL_LIMIT)
    after = _tidy(DANGLING_AFTER.sub("", sentence[span.end : clause_end]))
    return _shorten(after or before, LABEL_LIMIT)


def _before(sentence: str, start: int, span: DateSpan) -> str:
    return _tidy(DANGLING_BEFORE.sub("", sentence[start : span.start]))


def _clause_bounds(sentence: str, span: DateSpan, previous_end: int) -> tuple[list[int], int]:
    """Where the clauses before the date start, and where the clause after it ends.

    The clause after runs on past a break that leaves it only the date ('In May 2015,').
    """
    starts = [m.end() for m in CLAUSE_BREAK.finditer(sentence, previous_end) if m.end() <= span.start]
    ends = [m.start() for m in CLAUSE_BREAK.finditer(sentence, span.end)]
    ends = [e for e in ends if _says_something(sentence[span.end : e])] or [len(sentence)]
    return [previous_end, *starts], ends[0]


def _says_something(text: str) -> bool:
    return len(WORD.findall(text)) >= SHORT_CLAUSE_WORDS or len(CJK_CHAR.findall(text)) >= 2 * SHORT_CLAUSE_WORDS


def _tidy(text: str) -> str:
    text = LEADING_FILLER.sub("", " ".join(text.split()).strip(" ,;:—–-"))
    text = text.strip(" ,;:—–-").rstrip(".。")
    return text[:1].upper() + text[1:]


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;: ") + "…"


def _shorten_left(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    return "…" + (cut.split(" ", 1)[1] if " " in cut else cut).lstrip(",;: ")
