"""Raw copied article text -> ParsedArticle: find the page's layout, then run each field's extractors.

This is the recipe; each step is a small module: lines (kinds of lines), layout (headline,
metadata, article, footer), sources, bylines, datelines, published (publication date),
events (event date), body (Markdown).
"""
from __future__ import annotations

import datetime as dt
import re

from despatch.ingest.body import render_body
from despatch.ingest.bylines import find_author
from despatch.ingest.datelines import Dateline, find_dateline
from despatch.ingest.decode import (one_script_words, strip_controls, without_html_markup, without_jammer,
                                    without_pinyin_glosses)
from despatch.ingest.events import find_event_date
from despatch.ingest.layout import Layout, find_layout, lead
from despatch.ingest.lines import CJK, CYRILLIC, LATIN, classified, script_of, split_lines, word_count
from despatch.ingest.published import DateClue, publication_date
from despatch.config import SettingsError
from despatch.ingest.settings import EVENT_SCAN_PARAGRAPHS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, Patterns, load_patterns
from despatch.ingest.sources import NAME_CONNECTORS, canonical_source, find_publisher, find_source, national_edition, printed_url, title_site_suffix
from despatch.model import Message, ParsedArticle
from despatch.registry import Registry

# a Chinese full stop ends a sentence with no space after it
FIRST_SENTENCE = re.compile(r"^.{1,400}?(?:[.!?](?=\s|$)|[。！？](?![”」』）)]))")
# the reporters' credit right after a dateline ('新华社北京7月4日电(记者张三 李四)')
LEADING_CREDIT = re.compile(r"^\s*[(（][^()（）]{2,30}[)）]\s*(?:--|–|—|-)?\s*")
# a dateline and its agency or reporters ('MINSK, 1 May (BelTA) –', 'ASTANA. KAZINFORM -', '…电'); a
# Latin name in brackets glued into a Chinese sentence ('卢卡申科(Alexander Lukashenko)本周') is a gloss
LEADING_DATELINE = re.compile(
    r"^.{0,60}?(?:(?<![\u3400-\u9fff])\([^()]{2,30}\)|\([^()]{2,30}\)(?![\u3400-\u9fff])|/[^/]{2,20}/\.?|KAZINFORM|电|電)"
    r"\s*(?:--|–|—|-)?\s*"
)
PROPOSED_TITLE_CHARS = 100
CLOSING_DATELINE_LINES = 4  # last paragraphs of the article searched for a wire's dateline printed after it
LANGUAGE_OF_SCRIPT = {"cjk": "zh", "cyrillic": "ru", "latin": "en"}
MAX_LINE_VOTE = 40  # words: one line counts for the language at most as one paragraph does
# an HTML tag left in a copied page ('<p style="font-family: Simsun">'): its Latin names and
# styles are no words of the article, and would outvote a Chinese text around them
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")


def parse_text(
    text: str, filename: str, registry: Registry, *, hint_date: dt.date | None = None
) -> tuple[ParsedArticle | None, list[Message]]:
    """The article in a raw text, or None and an error when there is none. Raises only SettingsError."""
    filename = strip_controls(str(filename))[0]  # messages never carry control bytes
    try:
        return _parse(text, filename, registry, hint_date)
    except SettingsError:  # the project's pattern files are broken, not this article: stop the run
        raise
    except Exception as error:  # noqa: BLE001 - one bad file must not stop an ingest run
        detail, _ = strip_controls(f"{type(error).__name__}: {error}"[:200])
        return None, [Message(filename, f"could not read the article ({detail}); please report this file", level="error")]


def _parse(text: str, path: str, registry: Registry, hint_date: dt.date | None):
    patterns = load_patterns()
    text, messages = _prepared(text, path)
    marker, lines = split_lines(text)
    layout = find_layout(classified(lines, patterns, registry), patterns)
    if layout is None:
        return None, messages + [Message(path, f"no article text found in {_name(path)}", level="error")]
    dateline = find_dateline(lead(layout), layout.head, patterns, registry, layout.body[-CLOSING_DATELINE_LINES:],
                             body=layout.body)
    source = find_source(layout, dateline, text, patterns, registry)
    published = publication_date(layout, marker, hint_date, _month_first(source, registry, patterns), patterns, path)
    title, proposed, title_messages = _title(layout, dateline, path)
    title = title if proposed else _without_site_suffix(title, source, patterns, registry)
    body = render_body(layout.body)
    clue = published.clue
    language = page_language(layout, title)
    source = national_edition(source, dateline, language, patterns, registry)
    article = ParsedArticle(
        title=title,
        title_proposed=proposed,
        subtitle=layout.subtitle.text if layout.subtitle else None,
        body=body.markdown,
        language=language,
        date=clue.date if clue else None,
        time=clue.time if clue else None,
        utc_offset=_utc_offset(clue, source, registry),
        source=source,
        publisher=find_publisher(layout, text, source, patterns, registry),
        author=find_author(layout, patterns, registry),
        dateline=dateline.city if dateline else None,
        event_date=find_event_date(clue and clue.date, dateline, [l.text for l in lead(layout, EVENT_SCAN_PARAGRAPHS)], patterns,
                                   title),
        url=printed_url(layout),
        captions=body.captions,
        notes=published.notes,
    )
    return article, messages + published.messages + title_messages


def _prepared(text: str, path: str) -> tuple[str, list[Message]]:
    messages = []
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    text, removed = strip_controls(text)
    text = without_html_markup(without_jammer(without_pinyin_glosses(one_script_words(text))))
    if removed:
        messages.append(Message(path, f"removed {removed} control characters or terminal escape sequences"))
    if len(text) > MAX_TEXT_CHARS:
        messages.append(Message(path, f"text is {len(text) / 1e6:.1f} million characters; only the first {MAX_TEXT_CHARS // 1000} thousand were read"))
        text = text[:MAX_TEXT_CHARS]
    return text, messages


def _name(path: str) -> str:
    return re.split(r"[\\/]", path)[-1]


# a list's mark before a headline copied as the list's item ('- Headline', '• 标题', '▪ Заголовок')
LEADING_LIST_MARK = re.compile(r"^(?:[-–*·]\s+|[•●▪■◆◇□▶►▸◦]\s*)(?=\S)")
# a counter (comments, views) glued to the last Cyrillic word of a headline ('… с партнёрами12'): a Russian word
# never runs on into digits, unlike Latin names of products and years ('Web3', 'Covid19'), which are left alone
GLUED_COUNTER = re.compile(r"(?<=[а-яё]{3})\d{1,5}$")
# a section's word after a Russian headline on its line ('… с партнёрами Экономика'): a Russian headline is printed in
# sentence case, so a capitalised rubric after a lowercase word is the page's label, not the headline's last word
TRAILING_RUBRIC = re.compile(
    r"(?<=[а-яё]{3}|[а-яё]{2}[»”])\s+(?:Новости|Главное|Политика|Экономика|Общество|Происшествия|Криминал|Спорт|Культура"
    r"|Регионы|Наука|Образование|Здоровье|Медицина|Технологии|Финансы|Бизнес|Туризм|Право|Армия|Власть|Транспорт"
    r"|Экология|Промышленность|Энергетика|Строительство|ЖКХ|Дипломатия|В мире)$")
# a story's type badge printed in small letters before its headline on one line ('новость Посол вызван в МИД',
# 'video Ministers meet in the capital', 'фоторепортаж Выставка открылась'): a headline opens with a capital, the badge
# with a small letter, so the small word is the page's label, not the headline's first word
LEADING_TYPE_BADGE = re.compile(
    r"^(?:новость|новости|статья|видео|фото|фоторепортаж|фотогалерея|интервью|мнение|комментарий|репортаж|колонка|блог"
    r"|аналитика|онлайн|навіна|навіны|артыкул|відео|інтерв'ю|новина|стаття|news|article|video|photo|photos|gallery"
    r"|opinion|interview|analysis|feature|blog|column|comment|podcast|live)\s+(?=[«\"“„]?[A-ZА-ЯЁІЎЄЇ])")
# a repost's note of the headline the story first ran under ('原标题:X'), printed above or below it
ORIGINAL_HEADLINE = re.compile(r"^(?:原标题|原標題)\s*[:：]\s*(?P<title>.{4,100}?)\s*$")


def _title(layout: Layout, dateline: Dateline | None, path: str) -> tuple[str | None, bool, list[Message]]:
    if layout.title:
        # a headline copied as a list's item ('- Headline', '• Headline'): the mark is the page's, not the headline's
        # a comment counter glued to the headline's last word ('… о режиме Лукашенко4'): the page's, not the headline's
        # a rubric's word printed after a Russian headline on its line ('… создали рабочую группу Политика')
        # a story's type badge in small letters before it ('новость Посол …')
        headline = TRAILING_RUBRIC.sub("", GLUED_COUNTER.sub("", LEADING_LIST_MARK.sub("", layout.title.text, count=1)))
        headline = LEADING_TYPE_BADGE.sub("", headline, count=1)
        return _printed_once(headline), False, []
    original = _original_headline(layout)
    if original:
        return original, False, []
    messages = []
    first = lead(layout, 1)[0]
    if len(first.text) > MAX_TITLE_CHARS and not re.search(r"[.!?。！？]$", first.text):
        messages.append(Message(path, f"a {len(first.text)}-character line is probably not a headline; read it as text", first.number))
    # where the dateline found on the lead ends, the sentence starts ('МИНСК, 25 апр – Sputnik. ...')
    after = dateline.end if dateline and dateline.line == first.number and 0 < dateline.end < len(first.text) else 0
    proposed = propose_title(first.text[after:], dateline_read=after > 0)
    messages.append(Message(path, f"no headline found; proposed one from the first sentence: confirm or edit 'title:' ({proposed!r})", first.number))
    return proposed, True, messages


def _without_site_suffix(title: str | None, source: str | None, patterns: Patterns, registry: Registry) -> str | None:
    """The headline without the page title's suffix naming the site it was read from as the source
    ('Headline | Harbor Valley Courier'): the site's name is the page's label, not the headline's words."""
    match = title and source and title_site_suffix(title, patterns, registry)
    if match and canonical_source(match["source"], registry, known_only=False) == source:
        return match["headline"].rstrip()
    return title


MIN_REPEATED_HEADLINE_WORDS = 3


def _printed_once(headline: str) -> str:
    """'Headline – expert Headline – expert 05.11.2019 site.org', 'Headline – expert Head…': a headline the copy
    ran together with its own copies (the page's title, the heading, the sharing text), whatever the page put
    after them, or the only copy cut short: read once."""
    words = headline.split(" ")
    for count in range(MIN_REPEATED_HEADLINE_WORDS, len(words) - MIN_REPEATED_HEADLINE_WORDS + 1):
        once, rest = " ".join(words[:count]), " ".join(words[count:])
        cut_copy = word_count(rest) >= MIN_REPEATED_HEADLINE_WORDS and once.startswith(rest)
        # (a headline naming one thing twice, 'X Opens Branch of X', ends its first part on a connector)
        ends_whole = words[count - 1].casefold() not in NAME_CONNECTORS
        if ends_whole and (rest.startswith(once) or cut_copy):
            return once
    return headline


def _original_headline(layout: Layout) -> str | None:
    """With no headline of its own on the page, the one a repost notes the story first ran under."""
    for line in layout.head + layout.closing + layout.tail:
        match = ORIGINAL_HEADLINE.match(line.text)
        if match:
            return match.group("title")
    return None


def propose_title(paragraph: str, *, dateline_read: bool = False) -> str:
    """A headline made from the first sentence, without its dateline (cut off already, if
    `dateline_read`; then only the reporters' credit after it goes), cut at a word."""
    if dateline_read:
        # a wire's bracketed dateline ('【新华社某地5日电】') leaves its closing bracket behind
        text = LEADING_CREDIT.sub("", paragraph[:600].lstrip(" .,:–—-】〕》]）)"), count=1)
    else:
        text = LEADING_DATELINE.sub("", paragraph[:600], count=1)
    match = FIRST_SENTENCE.match(text)
    sentence = (match.group(0) if match else text).strip().rstrip(".。")
    if len(sentence) <= PROPOSED_TITLE_CHARS:
        return sentence
    cut = sentence[:PROPOSED_TITLE_CHARS]
    return (cut.rsplit(" ", 1)[0] if " " in cut and not CJK.search(cut) else cut) + "…"


# --- source, publisher, dates --------------------------------------------------


def _month_first(source: str | None, registry: Registry, patterns: Patterns) -> bool:
    """Whether the outlet writes all-numeric dates month first ('03/01/2023' = 1 March): its
    registered convention, else its country's."""
    country = getattr(registry.source_by_name(source), "country", None)
    return source in patterns.month_first_sources or country in patterns.month_first_countries


def _utc_offset(clue: DateClue | None, source: str | None, registry: Registry) -> str | None:
    if clue is None or clue.time is None:
        return None
    return clue.utc_offset or getattr(registry.source_by_name(source), "utc_offset", None)


def page_language(layout: Layout, title: str | None) -> str:
    """The language of the bulk of the article, or the one it opens in when the page's own date
    or credit labels are in that language too: a page that appends a translation of its story
    ('发布时间: … | 来源:新华社', a Chinese lead, then the English release) is in its first language."""
    bulk = detect_language(f"{title or ''}\n" + "\n".join(line.text for line in layout.body)[:20000])
    first = lead(layout, 1)
    opening = _script(first[0].text) if first and first[0].kind == "prose" else bulk
    labels = [line.text for line in layout.head if line.kind in ("stamp", "credit") and _has_letters(line.text)]
    if opening == bulk:
        opening = _bilingual_other(f"{title or ''}\n" + "\n".join(line.text for line in layout.body), bulk)
    return opening if opening != bulk and any(_script(label) == opening for label in labels) else bulk


BILINGUAL_SHARE = 0.8  # the other language's votes at least this share of the winner's: a parallel text


def _bilingual_other(text: str, bulk: str) -> str:
    """The second language of a parallel text (each English paragraph followed by its Chinese
    translation), where neither outweighs the other; else the bulk language. Such a page is in the
    language its own date and credit labels are in, which page_language then checks."""
    votes = _votes(text)
    other = max((language for language in votes if language != bulk), key=votes.get)
    return other if votes[other] and votes[other] >= BILINGUAL_SHARE * votes[bulk] else bulk


def _has_letters(text: str) -> bool:
    """Whether a line has words, not only digits and signs (a bare '05.07.2024 09:14' is in no language)."""
    return bool(CJK.search(text) or CYRILLIC.search(text) or LATIN.search(text))


def detect_language(text: str) -> str:
    """'zh', 'ru' or 'en': the script of the bulk of the text. Each line votes for its own script
    with its length in words, up to a paragraph's worth, so that one long line in another script
    (a spam line, a pasted list) does not outweigh the paragraphs around it."""
    votes = _votes(text)
    best = max(votes.values())
    if best == 0:
        return _script(text[:20000])
    return next(language for language in ("zh", "ru", "en") if votes[language] == best)


def _votes(text: str) -> dict[str, int]:
    """Each line's vote for its own script, with its length in words up to a paragraph's worth."""
    votes = {"zh": 0, "ru": 0, "en": 0}
    for line in HTML_TAG.sub(" ", text[:20000]).split("\n"):
        if line.strip():
            votes[_script(line)] += min(max(1, _language_words(line)), MAX_LINE_VOTE)
    return votes


CJK_WORDS_PER_CHARACTER = 2 / 3  # a Chinese text says in 100 characters what English says in about 65 words


def _language_words(line: str) -> int:
    """A line's bulk in words, for the language vote: a Chinese character counts as two thirds of
    a word (word_count's half a word would let a translation outweigh its original)."""
    cjk = len(CJK.findall(line[:2400]))
    return word_count(CJK.sub(" ", line)) + round(cjk * CJK_WORDS_PER_CHARACTER)


def _script(sample: str) -> str:
    """The script most of the letters of a sample are in (a Chinese character counts as two)."""
    return LANGUAGE_OF_SCRIPT[script_of(HTML_TAG.sub(" ", sample))]
