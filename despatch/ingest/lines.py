"""A raw text as numbered lines, each given a kind: chrome, stamp, caption, credit, prose, short."""
from __future__ import annotations

import re
from dataclasses import dataclass

from despatch.ingest.dates import find_dates, trailing_stamp_start
from despatch.ingest.names import brand_of
from despatch.ingest.settings import MAX_HEAD_LINES, MAX_SCAN_LINE, MAX_TITLE_CHARS, MIN_TITLE_WORDS, Patterns
from despatch.registry import Registry, fold

# The store that the texts were copied from starts some with ' date YYYY-MM-DD ', a few with
# ' date YYYY-MM ': a month alone names no day of publication, so only the full form is kept.
MARKER = re.compile(r"\s*date (\d{4}-\d{2})(-\d{2})?(?:\s+|$)")
SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)）]*$")
QUESTION_END = re.compile(r"[?？]['\"”’»)）]*$")
# a line opening with the copyright sign ('© Agency / Name', '(c) site.ru'): a credit of whose the
# picture or the words are, under the name or headline it credits
COPYRIGHT_OPENING = re.compile(r"^\s*(?:©|\([cC]\)\s)")
CJK = re.compile(r"[\u3400-\u9fff]")
# The words that open a credit line's parts, for the layout, byline and source readers alike: the
# credit for a story's pictures ('фото Ивана Смирнова', 'photos by Ian Lee', 'Видео: …') and the
# label of its writer's ('Текст: Анна Петрова', 'Text: Anna Novak')
PICTURE_CREDIT_WORDS = (r"(?:фото(?:графи[яи]|граф)?|фотографія|фота|снимки?|видео|відео|відэа|иллюстраци[яи]|инфографика"
                        r"|графика|рисун(?:ок|ки)|photos?|photographs?|pictures?|images?|video|illustrations?|graphics?"
                        r"|infographics?|fotos?)")
WRITER_CREDIT_WORDS = r"(?:текст|тэкст|автор|аўтар|text|words|story|author|reporting)"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
FOUR_DIGITS = re.compile(r"\d{4}")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
MIN_PROSE_WORDS = 6
LONG_LINE_WORDS = 40
MIN_SENTENCE_WORDS = 5
MIN_DATED_HEADLINE_WORDS = 6
MAX_STAMP_WORDS = 10  # words besides the date in a date line ('By X (Outlet) 08:35, ...')


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the text as given
    text: str  # stripped of surrounding space
    kind: str = "short"  # chrome, stamp, caption, credit, source, prose, short


def split_lines(text: str) -> tuple[str | None, list[Line]]:
    """The store's date marker (if the text starts with one) and the non-blank lines."""
    match = MARKER.match(text[:100])
    marker = match.group(1) + match.group(2) if match and match.group(2) else None
    if match:
        text = text[match.end():]
    raws = [piece for raw in text.split("\n") for piece in _unglued(label_row_apart(raw))]
    lines = [Line(n, _without_qr_prompts(SHARE_PROMPT.sub("", FONT_BUTTONS.sub("", COPY_LINK_BUTTON.sub("", COMMENT_BUTTON.sub("", raw.strip()))))))
             for n, raw in enumerate(raws, start=1)]
    return marker, [line for line in lines if line.text]


# A page's row of labelled fields copied with its items run together ('Source: The Harbour TimesEditor: Ann Vale',
# 'Release time:2018-09-04    Source:Northern Dailyfont-size:AAA', 'Источник: ТАССАвтор: И. Петров', '来源:某某网作者:李四'):
# the labels of such a row, in their title case (a label's capital right after a letter is where an item was glued on;
# a small letter there is a word's own, 'Update:', 'opensource:'). Compound labels are listed before their last word,
# so that a row is split before the whole label ('本报记者', 'Responsible Editor'), not inside it.
ROW_LABELS_TITLED = (
    r"Source|Sources|Original source|Editor|Editors|Editor-in-chief|Chief editor|Responsible editor|Executive editor"
    r"|Author|Authors|Writer|Writers|Reporter|Reporters|Correspondent|Contributor|Contributors|Translator|Translation"
    r"|Photo|Photos|Photographer|Photography|Image|Images|Picture|Video|Text|Proofreader|Reviewer|Producer|Publisher"
    r"|Posted|Posted on|Published|Published on|Release time|Release date|Released|Updated|Last updated|Date|Time"
    r"|Views|Hits|Clicks|Visits|Reads|Comments|Tags|Keywords|Category|Section|Column|Font size|Font-size|Text size"
    r"|Источник|Источники|Автор|Авторы|Редактор|Выпускающий редактор|Корреспондент|Фото|Фотограф|Видео|Текст"
    r"|Переводчик|Перевод|Опубликовано|Обновлено|Дата|Время|Просмотры|Просмотров|Комментарии|Теги|Рубрика|Раздел"
    r"|Размер шрифта|Джерело|Крыніца|Аўтар|Рэдактар|Фота|Переглядів|Праглядаў"
)
# a font-size widget's label, in small letters as a style sheet prints it: no word ends in it
ROW_LABELS_WIDGET = r"font-size|font size|fontsize|text-size|text size|размер шрифта"
# a Chinese label's common first words ('责任' 编辑, '本报' 记者, '发布' 时间, '文章' 来源): a row is split before them
ROW_LABEL_CJK_PREFIXES = (
    r"责任|責任|值班|实习|實習|见习|見習|网络|網絡|图片|圖片|文字|执行|執行|特约|特約|美术|美術|技术|技術|英文|视频|視頻|新媒体|新媒體"
    r"|首席|本报|本報|本网|本網|驻站|駐站|文章|信息|稿件|新闻|新聞|本文|发布|發佈|發布|发表|發表|发稿|發稿|刊发|刊發|出版|录入|錄入"
    r"|上传|上傳|更新|添加|创建|創建|修改|总|總|主|副|原|通讯|通訊"
)
ROW_LABELS_CJK = (
    rf"(?:{ROW_LABEL_CJK_PREFIXES})?(?:来源|來源|稿源|出处|出處|供稿|作者|编辑|編輯|责编|責編|编审|編審|审核|審核|审校|審校|校对|校對"
    r"|记者|記者|通讯员|通訊員|摄影|攝影|摄像|攝像|翻译|翻譯|编译|編譯|时间|時間|日期|点击数|點擊數|点击量|點擊量|点击|點擊"
    r"|浏览次数|瀏覽次數|浏览量|瀏覽量|浏览|瀏覽|阅读量|閱讀量|阅读|閱讀|字号|字號|字体|字體)"
)
ROW_LABEL = re.compile(
    rf"(?:(?<=[^\W_]|[)）\]])(?P<titled>{ROW_LABELS_TITLED})|(?<=[^\W\d_])(?i:(?P<widget>{ROW_LABELS_WIDGET}))"
    rf"|(?<=[\w.)）])(?P<cjk>{ROW_LABELS_CJK})|(?<![^\W_])(?i:{ROW_LABELS_TITLED}|{ROW_LABELS_CJK}))\s*[:：]")
MAX_LABEL_ROW_CHARS = 300
LABEL_ITEMS_GAP = "    "


def label_row_apart(raw: str) -> str:
    """A row of labelled fields with its items spaced apart where a label was glued to the item before it; a line
    with no label before the glued one is no such row (a label glued in prose is left alone)."""
    if len(raw) > MAX_LABEL_ROW_CHARS or (":" not in raw and "：" not in raw):
        return raw
    labels = list(ROW_LABEL.finditer(raw))
    glued = [label.start() for label in labels[1:] if label.group("titled") or label.group("widget") or label.group("cjk")]
    for start in reversed(glued):
        raw = raw[:start] + LABEL_ITEMS_GAP + raw[start:]
    return raw


# a page's font-size buttons copied at the end of the headline's line ('X 放大 缩小', 'X 字号:大 中 小')
FONT_BUTTONS = re.compile(
    r"(?<=\S)\s+(?:(?:字号|字號|字体|字體)\s*[:：]?\s*[大中小](?:\s*[大中小]){1,2}"
    r"|(?:放大|缩小|縮小|A\+)(?:\s+(?:放大|缩小|縮小|默认|默認|还原|還原|A-|A−)){1,2})$"
)


# a forum's button to copy the thread's address, copied after its title ('Тема [复制链接]', 'X [Copy link]')
COPY_LINK_BUTTON = re.compile(r"(?<=\S)\s*[\[【](?:复制链接|複製鏈接|复制本帖链接|複製本帖鏈接|复制帖子链接|Copy link)[\]】]$", re.I)


# a page's button to comment or report an error, copied at the end of the headline's line ('某某正式揭牌 我要评论',
# '… 发表评论', '… [我要纠错]', '… 我来说两句'): the page's button, not the headline's words
COMMENT_BUTTON = re.compile(
    r"(?<=[\u3400-\u9fff\w”」』）)])\s*[\[【(（]?(?:我要评论|我要評論|发表评论|發表評論|参与评论|參與評論|网友评论|網友評論"
    r"|我要纠错|我要糾錯|我来说两句|我來說兩句|我要留言|我要分享|我要打印)[\]】)）]?$")


# a share box's label copied at the end of the headline's line ('…比利時分享到:')
SHARE_PROMPT = re.compile(r"(?<=[\u3400-\u9fff])\s*(?:分享到|分享至)\s*[:：]?$")


# a page's prompts to scan its QR codes, copied on the headline's line on both sides of it
# ('扫描二维码访问某某网移动版 <headline> 扫描二维码访问某某社微信')
QR_PROMPT_BEFORE = re.compile(r"^(?:扫描|掃描|扫一扫|掃一掃)(?:二维码|二維碼)?\S{0,20}\s+(?=\S)")
QR_PROMPT_AFTER = re.compile(r"(?<=\S)\s+(?:扫描|掃描|扫一扫|掃一掃)(?:二维码|二維碼)?\S{0,20}$")


def _without_qr_prompts(text: str) -> str:
    """The line without QR-code prompts on both sides; a line with one on a side only is left as
    it is (a prompt and its caption)."""
    inner = QR_PROMPT_AFTER.sub("", QR_PROMPT_BEFORE.sub("", text, count=1), count=1)
    return inner if QR_PROMPT_BEFORE.match(text) and QR_PROMPT_AFTER.search(text) and inner else text


# 'В Ташкент прибыла делегация КНР12.08.2024 17:11ТАШКЕНТ, 12 августа.': a headline, its date
# line and the first paragraph run together, a full date glued to a letter on both sides; a date
# and time glued to the headline's last letter ('…в энергетике19-10-2018, 09:29. Разместил: …')
GLUED_STAMP = re.compile(
    r"(?<=[^\W\d_])(\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s?\d{1,2}:\d{2})?|\d{4}-\d{2}-\d{2}(?:\s?\d{1,2}:\d{2})?"
    r"|\d{1,2}-\d{1,2}-\d{4},?\s?\d{1,2}:\d{2})(?=[^\W\d_]|(?<=:\d\d)[.,|\s])"
)


# a picture's list of sizes (its 'srcset': 'https://…/a-480.webp 480w, https://…/a-768.webp 768w')
# copied after the headline's line, maybe with the site's address between them ('<headline> site.by https://…')
GLUED_SRCSET = re.compile(
    r"(?:\s+(?P<site>[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}))?\s+(?P<srcset>https?://\S+\s+\d{2,4}w(?:,\s*https?://\S+\s+\d{2,4}w)*,?)\s*$")


def _without_srcset(raw: str) -> list[str] | None:
    """The headline, the site's address and the picture's sizes run together on one line, split."""
    match = GLUED_SRCSET.search(raw)
    if match is None or not raw[: match.start()].strip():
        return None
    return [raw[: match.start()], match.group("site") or "", match.group("srcset")]


def _unglued(raw: str) -> list[str]:
    """A line split where a headline, a date line and a paragraph were run together (the lines
    after it are numbered one or two further on than in the file)."""
    srcset = _without_srcset(raw)
    if srcset:
        return _unglued(srcset[0]) + srcset[1:]
    flattened = _flattened_page(raw)
    if flattened:
        return flattened
    rubric = GLUED_RUBRIC.match(raw)
    if rubric:
        return [rubric.group(1)] + _unglued(raw[rubric.end() :])
    tail = _glued_page_fields(raw) or _date_cell_before_headline(raw)
    if tail:
        return tail
    match = GLUED_STAMP.search(raw[:MAX_SCAN_LINE])
    if match is None:
        return _without_glued_date(raw) or _without_trailing_stamp(raw)
    return [raw[: match.start()], match.group(1), raw[match.end() :]]


# a story's reading time printed at the end of its headline's line, maybe glued to its last letter, maybe with the
# page's stamp after it ('…on economic ties2 min read . 08:16 PM IST', 'Headline | 5 mins read', '… 3 минуты чтения',
# '…标题 阅读时间约3分钟 2024-05-01'): how long the story takes to read ends no headline
READING_TIME = (
    r"\d{1,3}\s*-?\s*(?:min|mins|minutes?)\.?\s+read(?:ing)?(?:\s+time)?\b"
    r"|(?:reading|read)\s+time\s*[:：\-–—]?\s*\d{1,3}\s*(?:min|mins|minutes?)\b\.?"
    r"|\d{1,3}\s*(?:мин(?:ут[аы]?)?|хв(?:илин[аи]?)?)\.?\s+(?:чтения|прочтения|на чтение|читання)"
    r"|(?:время|час)\s+(?:чтения|прочтения|читання)\s*[:：\-–—]?\s*(?:~|около\s+)?\d{1,3}\s*(?:мин(?:ут[аы]?)?|хв(?:илин[аи]?)?)\.?"
    r"|\d{1,3}\s*(?:分钟|分鐘)(?:阅读|閱讀)|(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間|时长|時長)\s*[:：]?\s*(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘)"
)
GLUED_READING_TIME = re.compile(
    rf"(?:(?<=[^\W\d_])|\s*[|｜·•—–]\s*|\s+)(?P<rest>(?i:{READING_TIME})(?:\s*[.·•|｜,，—–-]?\s*(?=\S*\d).*)?)$")
# a Chinese portal's headline with the site's address, the date and time and the paper the story came from run onto
# its line ('标题http://www.site.com.cn 2007年01月10日 05:03 某某时报', 'Headline www.site.com 2007-01-10 …'): the
# address, on a headline's line, opens the page's stamp
GLUED_SITE_STAMP = re.compile(
    r"(?<=\S)\s*(?P<rest>(?:https?://|www\.)[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?\s*"
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}).*)$")
MIN_GLUED_HEADLINE_WORDS = 3


def _glued_page_fields(raw: str) -> list[str] | None:
    """The headline and the page's fields run onto its line after it (the story's reading time, the site's address
    with the date), split; None where the line holds neither, or too little before them for a headline."""
    if len(raw) > MAX_SCAN_LINE:
        return None
    for pattern in (GLUED_READING_TIME, GLUED_SITE_STAMP):
        match = pattern.search(raw)
        if match and word_count(raw[: match.start()]) >= MIN_GLUED_HEADLINE_WORDS and not SENTENCE_END.search(raw[: match.start()].rstrip()):
            return [raw[: match.start()].rstrip(), match.group("rest").strip()]
    return None


# a news list's row copied as one line: the date's cell, a tab or a run of spaces, then the headline's cell
# ('04.06.2002  Город: открылась выставка', '2019-03-12\tMinister meets envoy', '12/03/2019   Headline'); a single space
# after a date is a stamp's own ('04.06.2002 Политика') or a sentence's, and is left alone
DATE_CELL = re.compile(r"^\s*(\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?:\t|\s{2,})(?=\S)")


def _date_cell_before_headline(raw: str) -> list[str] | None:
    """The date's cell and the headline's cell of a list's row, split; None where no date's cell opens the line
    or what follows it is no headline (a sentence, or too few words)."""
    match = DATE_CELL.match(raw)
    if match is None or len(raw) > MAX_SCAN_LINE:
        return None
    rest = raw[match.end():].strip()
    if word_count(rest) < MIN_GLUED_HEADLINE_WORDS or SENTENCE_END.search(rest):
        return None
    return [match.group(1), rest]


# what closes a page's date glued to the headline's last letter, the month in words ('…Мьянмы27 июня 2025.
# Разместил: …', '…visitMarch 27, 2025 | Posted by …', '…у Мінску27 чэрвеня 2025 г.'): a year's word, a time,
# then the line's end or a stop, comma, bar or dash before the page's next field
AFTER_GLUED_DATE = re.compile(r"\s*г{1,2}\.(?=\s|,|$)|(?:\s*(?:года|год))?(?:,?\s*\d{1,2}:\d{2})?\s*(?:[.,|｜·•—–-]|$)")
MIN_WORDS_BEFORE_GLUED_DATE = 3
# where a date can be glued to the letter before it (see _glued_to_letter): a letter, then a digit or a capital
GLUED_SEAM = re.compile(r"[^\W\d_](?:\d|[A-ZА-ЯЁІЎ])")


def _without_glued_date(raw: str) -> list[str] | None:
    """The headline, its date (the month in words, with its year) and what follows, split where the date was
    glued to the headline's last letter; None where the line holds no such seam. A date after a space is the
    headline's own ('… on 27 June 2025') or a dateline's, and is left to the other readers."""
    if not GLUED_SEAM.search(raw, 0, MAX_SCAN_LINE):
        return None  # no letter runs into a digit or a capital: finding every date of every line is slow
    found = next((date for date in find_dates(raw[:MAX_SCAN_LINE]) if date.has_year and date.value), None)
    if found is None or found.start == 0 or not _glued_to_letter(raw[found.start - 1], found.printed):
        return None
    end = found.start + len(found.printed)
    if not AFTER_GLUED_DATE.match(raw, end) or word_count(raw[: found.start]) < MIN_WORDS_BEFORE_GLUED_DATE:
        return None
    return [raw[: found.start], found.printed, raw[end:]]


def _glued_to_letter(before: str, printed: str) -> bool:
    """A date glued to the letter before it: its day's digit right after a letter ('Мьянмы27'), or its month's
    capital right after a small letter ('visitMarch 27'). Chinese runs its words and dates on with no space
    ('图为2023年12月4日,…'): no seam there."""
    if CJK.match(before):
        return False
    if printed[:1].isdigit():
        return before.isalpha()
    return before.islower() and printed[:1].isupper()


# a site's rubric run together with the headline under it ('ПолитикаПутин и … начали переговоры'):
# a section's name with a capital right after its last small letter
GLUED_RUBRIC = re.compile(
    r"^(Политика|Экономика|Общество|Происшествия|Культура|Спорт|Наука|Регионы|В мире|Мир|Новости|Власть"
    r"|Politics|Economy|Society)(?=[A-ZА-ЯЁ][a-zа-яё])"
)


def _without_trailing_stamp(raw: str) -> list[str]:
    """The line split before a weekday, date and time printed at its end, if it has one: a
    weekday, a date and a clock time end no headline."""
    start = trailing_stamp_start(raw) if len(raw) <= MAX_SCAN_LINE else None
    return [raw] if start is None else [raw[:start].rstrip(), raw[start:].strip()]


# A whole page flattened into one line ('Picks2023-03-02・Array 2023-03-02・Array Headline 2023-03-02 ・
# Array The article …'): the page's date stamp, printed again over each of its parts (a label after
# a bullet with it), marks where its lines were
REPEATED_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s?\d{1,2}:\d{2})?(?:\s*[・·•|]\s*[A-Za-z]\w{0,11}\b)?")
CLAUSE_END = re.compile(r"[。！？]|[.!?](?=\s)")
MIN_FLATTENED_PAGE_CHARS = 300


def _flattened_page(raw: str) -> list[str] | None:
    """The parts of a flattened page, split at its repeated date stamp; None unless the same date
    is printed twice or more with no sentence before the last (menus and a headline, then the article)."""
    if len(raw) < MIN_FLATTENED_PAGE_CHARS:
        return None
    stamps = list(REPEATED_STAMP.finditer(raw[:MAX_SCAN_LINE]))
    dates = [stamp.group(1) for stamp in stamps]
    repeated = [stamp for stamp in stamps if dates.count(stamp.group(1)) > 1]
    if not repeated or CLAUSE_END.search(raw[: repeated[-1].start()]):
        return None
    parts, at = [], 0
    for stamp in repeated:
        parts += [raw[at : stamp.start()], stamp.group(0)]
        at = stamp.end()
    return parts + [raw[at:]]


def word_count(text: str) -> int:
    """Words of Latin or Cyrillic text; a CJK text counts one word per two characters."""
    sample = text[:MAX_SCAN_LINE * 4]
    cjk = len(CJK.findall(sample))
    return len(WORD.findall(CJK.sub(" ", sample))) + cjk // 2


def is_chrome(text: str, patterns: Patterns) -> bool:
    sample = text[:MAX_SCAN_LINE]
    if fold(sample) in patterns.chrome_lines or any(p.search(sample) for p in patterns.banner_patterns):
        return True
    if word_count(sample) > patterns.chrome_max_words:
        return False
    return is_site_name(sample, patterns) or any(p.search(sample) for p in patterns.chrome_patterns)


def is_site_name(text: str, patterns: Patterns) -> bool:
    """A site's name alone on a line ('Steppe News Agency', 'President of Russia')."""
    return len(text) <= 100 and any(p.search(text) for p in patterns.site_names)


def is_stop(text: str, patterns: Patterns) -> bool:
    return fold(text[:MAX_SCAN_LINE]) in patterns.stop_lines


MIN_DOUBLED_CHARS = 3


def is_doubled(text: str) -> bool:
    """A line that is one text printed twice ('ГОСОРГАНЫГОСОРГАНЫ', 'Site Name - Portal Site
    Name - Portal'): a logo's picture text next to its caption, never a headline."""
    for half in _halves(text):
        if len(half.strip()) >= MIN_DOUBLED_CHARS:
            return True
    return False


def _halves(text: str) -> list[str]:
    n = len(text)
    if n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        return [text[: n // 2]]
    if n % 2 == 1 and text[n // 2] == " " and text[: n // 2] == text[n // 2 + 1 :]:
        return [text[: n // 2]]
    return []


KEYWORD_SEPARATORS = re.compile(r"\s*[,，、|]\s*")
MIN_KEYWORDS = 6
MAX_KEYWORD_CHARS = 16
STRAY_END_MARK = re.compile(r"\s+\?$")


def is_keyword_list(text: str) -> bool:
    """A line of many short phrases between commas and nothing else ('a,b,c,d,e,f'), with no
    sentence in it: a page's keyword block or spam, not prose. A lone mark after a space at its
    end ('…,四虎在线观看 ?') is a character the copy could not decode, not a question."""
    text = STRAY_END_MARK.sub("", text)
    if SENTENCE_END.search(text) or re.search(r"[.!?。！？;；:：]\s", text):
        return False
    items = [item for item in KEYWORD_SEPARATORS.split(text.strip()) if item]
    if len(items) < MIN_KEYWORDS:
        return False
    return all(len(item) <= MAX_KEYWORD_CHARS for item in items)


TAG_WORD = re.compile(r"^[A-ZА-ЯЁ][\w\-]*$")
PLAIN_WORD = re.compile(r"^[^\W_][\w\-]*$")  # a word with no punctuation around it
MIN_TAG_CLOUD_WORDS = 6
# small linking words: tags never carry them, a headline needs them ('Institute of Sinology at ...', 'Prime Minister
# X congratulates Prime Minister Y on his appointment'): prepositions, articles, conjunctions and possessives
LINKING_WORDS = frozenset(
    "of at in on for with and to the from by a an as into onto over under after before about against between among"
    " amid during without within upon via than or but nor his her its their our my your"
    " в во на и с со по для от из к ко о об обо у за над под при до без через между перед а но или его её ее их".split())
MIN_LINKING_WORDS = 2  # one 'and' may sit inside a tag ('Belt and Road')


# a Chinese page's topic tags on one line ('格鲁吉亚 基础设施 建设', '中國 外交 一帶一路'): short words with spaces
# between and no punctuation, one of them at least four characters long (a row of people's names has shorter ones),
# none a credit's word (a reporter's row '记者 李明 王华' is a byline)
CJK_TAG_ROW = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){2,7}$")
CJK_TAG_CHARS = 4
CREDIT_WORDS = re.compile(r"(?:记者|記者|编辑|編輯|责编|責編|摄影|攝影|通讯员|通訊員|作者|来源|來源|翻译|翻譯|报道|報道)")


def _cjk_tag_row(text: str) -> bool:
    words = text.split()
    return (CJK_TAG_ROW.match(text.strip()) is not None and any(len(word) >= CJK_TAG_CHARS for word in words)
            and not CREDIT_WORDS.search(text))


def is_tag_cloud(text: str) -> bool:
    """A page's tags run together on one line, with no punctuation: only capitalised words, and
    either Cyrillic (a Russian headline is in sentence case) or a pair of words printed twice
    ('Китай Belarus Park Китай Belarus'); or tags in any case among which a pair of capitalised
    words (a name) is printed twice ('Анна Петрова Минск политика Анна Петрова')."""
    if _cjk_tag_row(text):
        return True
    words = text.split()
    if len(words) < MIN_TAG_CLOUD_WORDS or not all(PLAIN_WORD.match(word) for word in words):
        return False
    capitalised = all(TAG_WORD.match(word) for word in words)
    if capitalised and re.search(r"[а-яё]", text) and sum(bool(re.search(r"[А-ЯЁ]", w[:1])) for w in words) >= MIN_TAG_CLOUD_WORDS:
        return True
    pairs = [tuple(words[i : i + 2]) for i in range(len(words) - 1)]
    repeated = {pair for pair in pairs if pairs.count(pair) > 1}
    if sum(word in LINKING_WORDS for word in words) >= MIN_LINKING_WORDS and all(pairs.count(p) == 2 for p in repeated):
        return False  # a phrase that names one thing twice; a row of links names its site over and over
    return any(capitalised or all(TAG_WORD.match(word) for word in pair) for pair in repeated)


CJK_MENU_ITEM = re.compile(r"^[\u3400-\u9fff]{2,16}$")
MIN_CJK_MENU_ITEMS = 4
CJK_HOME_ITEMS = {"首页", "首頁", "主页", "主頁"}  # the home page's item of a menu or breadcrumb
CJK_MENU_ITEM_CHARS = 4  # a menu's item ('行李信息'); a reporter's name in a row of names is shorter


def is_cjk_menu_row(text: str) -> bool:
    """A Chinese menu's row: several short items set apart by spaces, with no punctuation, perhaps
    closed by a bar ('行李信息 签证信息 目的地指南 机场资讯 |'); most items of four characters or more,
    where a row of reporters' names has two or three. A headline has fewer parts."""
    items = text.rstrip(" |｜").split()
    if not all(CJK_MENU_ITEM.match(item) for item in items):
        return False
    if len(items) >= MIN_CJK_MENU_ITEMS - 1 and CJK_HOME_ITEMS & set(items):
        return True  # a short row naming the home page among its items ('最新消息 首頁 最新消息'): a breadcrumb
    if len(items) < MIN_CJK_MENU_ITEMS:
        return False
    return sum(len(item) >= CJK_MENU_ITEM_CHARS for item in items) * 2 >= len(items)


GLUED_ITEMS = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")  # a small letter with a capital right after it
MIN_GLUED_ITEMS = 4


def is_glued_menu(text: str) -> bool:
    """A menu's row copied with its items run together ('NewsSportCultureIn the worldVideo'): more
    words glued than spaces between them, which a headline with a brand or two ('WeChat') never has."""
    glued = len(GLUED_ITEMS.findall(text))
    return glued >= MIN_GLUED_ITEMS and glued > text.count(" ")


# a lead's sentence that names the outlet it retells ('..., пишет Office Life'): prose, not a headline
RETOLD = re.compile(r",\s+(?:пишет|пишут|сообщает|сообщают|передает|передаёт|отмечает)\s+[«\"A-ZА-ЯЁ][^,]{1,40}$")
# a Chinese full stop with a Chinese sentence after it: two sentences, which a headline never is (its
# end may be lost to a broken copy, as '朋友?!?/p>' for '朋友。”</p>')
# a sentence's end inside a line, after a word in lower case ('… in Malaysia. The …'); not an
# abbreviation's stop ('U.S. Envoy'), and a headline asking a question seldom has two of them
SENTENCES_BEFORE = re.compile(r"[a-zа-яё]{3}[.!]\s+[A-ZА-ЯЁ]")
INNER_FULL_STOP = re.compile(r"。[”」』]?[\u3400-\u9fff]")


def script_of(text: str) -> str:
    """'cjk', 'cyrillic' or 'latin': the script most of the letters are in (a Chinese character
    counts as two letters)."""
    cjk, cyrillic, latin = len(CJK.findall(text)), len(CYRILLIC.findall(text)), len(LATIN.findall(text))
    if cjk and cjk * 2 >= max(cyrillic, latin):
        return "cjk"
    return "cyrillic" if cyrillic > latin else "latin"


# a table's cell bar left after a line copied from a grid ('…會見扎帕羅夫。(圖片來源:新華社) |')
TRAILING_CELL_BAR = re.compile(r"\s+\|\s*$")


def is_caption(text: str, patterns: Patterns) -> bool:
    text = TRAILING_CELL_BAR.sub("", text)
    sample = text[-MAX_SCAN_LINE:] if len(text) > MAX_SCAN_LINE else text
    return any(p.search(sample) for p in patterns.captions)


def is_not_author_credit(text: str, patterns: Patterns) -> bool:
    sample = text[:MAX_SCAN_LINE]
    return any(p.search(sample) for p in patterns.not_authors)


# a column's label in brackets after 'reporter' ('(记者观察)' view, '（记者手记）' notes, '(記者連線)' link-up):
# the kind of piece a headline closes with, naming no writer
REPORTER_COLUMN_LABEL = re.compile(
    r"[(（]\s*(?:记者|記者)\s*(?:观察|觀察|手记|手記|传真|傳真|连线|連線|专访|專訪|调查|調查|来信|來信|札记|札記|笔记|筆記|视角|視角)\s*[)）]")


def without_column_label(text: str) -> str:
    """The line without a column's bracketed label, which a byline's pattern would read as a credit."""
    return REPORTER_COLUMN_LABEL.sub("", text)


def is_byline(text: str, patterns: Patterns) -> bool:
    """A short line that credits the author ('By Aigerim Seitkali', 'AIGERIM SEITKALI, Astana')."""
    sample = without_column_label(text[:MAX_SCAN_LINE])
    if capitals_name_and_city(sample, patterns):
        return True
    credits = [match for p in patterns.bylines if (match := p.search(sample))]
    if not credits:
        return False
    return word_count(sample) <= MAX_STAMP_WORDS or any(_names_list(match) for match in credits)


# a credit's list of several writers, each a capitalised name, maybe with the outlet after 'from'
# ('Anna Novak, Li Wei, Tom Brown and Ivan Petrov from The Daily'): longer than a date line's
# credit, still no sentence, whose words after 'By' are not all names
CREDITED_NAME = r"[A-ZА-ЯЁ][\w'’.\-]*(?: [A-ZА-ЯЁ][\w'’.\-]*){0,3}"
NAMES_LIST = re.compile(
    rf"^{CREDITED_NAME}(?:(?:, | and | & | и ){CREDITED_NAME}){{2,}}(?: (?:from|of|for|из) [A-ZА-ЯЁ«\"“][^.!?]{{1,40}})?$")


def _names_list(credit: re.Match) -> bool:
    return "name" in credit.re.groupindex and bool(NAMES_LIST.match((credit.group("name") or "").strip()))


# 'ANNA MWALE, Lusaka': a reporter's name in capitals, then the known city she filed from
CAPITALS_NAME_CITY = re.compile(r"^(?P<name>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,2}),\s*(?P<city>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?)\s*$")


def capitals_name_and_city(text: str, patterns: Patterns) -> str | None:
    """The name of a byline set as 'NAME IN CAPITALS, City', the city a known one and the name not."""
    match = CAPITALS_NAME_CITY.match(text.strip())
    if not match or fold(match.group("city")) not in patterns.cities or fold(match.group("name")) in patterns.cities:
        return None
    return match.group("name")


# a date in brackets closing a line ('… (2 ноября 2017 г.)', '… (2.11.2017)'): an official headline's
# date, whose year's abbreviation ('г.') ends no sentence
BRACKETED_DATE_END = re.compile(
    r"\s*[(（\[][^()（）\[\]]{0,30}\b(?:1[89]|20)\d\d\b\s*(?:г|гг|год|года)?\.?\s*[)）\]]$")


def is_prose(text: str) -> bool:
    """A paragraph of running text: a finished sentence, or too long to be anything else."""
    words = word_count(text)
    if words >= LONG_LINE_WORDS or len(text) > MAX_TITLE_CHARS:
        return True
    text = BRACKETED_DATE_END.sub("", text)
    if words >= MIN_PROSE_WORDS and RETOLD.search(text):
        return True
    if words >= MIN_PROSE_WORDS and QUESTION_END.search(text) and len(SENTENCES_BEFORE.findall(text)) >= 2:
        return True  # sentences and then a question ('… visited Jakarta. The tour ended in Beijing. Why?'): a lead
    return words >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(text)) and not QUESTION_END.search(text)


def is_question(text: str) -> bool:
    return bool(QUESTION_END.search(text))


TRAILING_TIME = re.compile(r"(?<=\d)[,\s]+\d{1,2}:\d{2}$")


def is_dated_headline(text: str) -> bool:
    """A headline that carries a date ('... Press Conference on March 1, 2023'), not a date line."""
    headline = without_date_pointer(text)
    if headline != text:
        return looks_like_headline(headline)  # a news list's date pointing at the headline ('5 May 2024 → Headline')
    # a colon is a label's ('Date: …'), but not in a posting time closing the line ('… 15.12.2025, 15:38'), nor
    # right after a full date that a digest prints before its headline ('Harare, March 1, 2018: Headline')
    if ":" in _without_colon_after_date(TRAILING_TIME.sub("", text)) or "|" in text or not looks_like_headline(text):
        return False
    rest = text
    for found in find_dates(text):
        rest = rest.replace(found.printed, " ")
    return word_count(rest) + len(NUMBER_AMONG_WORDS.findall(rest)) >= MIN_DATED_HEADLINE_WORDS


YEAR_WORD_AND_COLON = re.compile(r"(?:\s*(?:г\.|года|year))?\s*[:：]")


def _without_colon_after_date(text: str) -> str:
    """The line without the colon right after its first date, where the date has its year ('1 May 2024:')."""
    dates = find_dates(text)
    if not dates or not dates[0].has_year:
        return text
    after = dates[0].start + len(dates[0].printed)
    colon = YEAR_WORD_AND_COLON.match(text, after)
    return text[:after] + text[colon.end() :] if colon else text


# an arrow or bar a news list prints between a story's date and its headline ('5 October 2019 → Headline',
# '12 мая 2024 » Заголовок', '2024年5月12日 | 标题', 'May 12 › Headline')
POINTER_AFTER_DATE = re.compile(r"^\s*(?:→|⇒|⟶|➔|➜|➝|➞|►|▶|▸|»|›|>|\||｜|::)\s*(?=\S)")


def without_date_pointer(text: str) -> str:
    """A line without the date a news list printed at its start and the arrow pointing from it to the headline."""
    dates = find_dates(text)
    if not dates or text[: dates[0].start].strip():
        return text
    after = dates[0].start + len(dates[0].printed)
    pointer = POINTER_AFTER_DATE.match(text[after:])
    return text[after + pointer.end() :] if pointer else text


# a number standing between words ('130 trains stuck at the border', 'застряли 130 поездов'): a word of the headline;
# one after its last word (a comment or view counter before the stamp) is not
NUMBER_AMONG_WORDS = re.compile(r"(?<=[^\W\d_] )\d[\d,.]*(?= [^\W\d_])|^\d[\d,.]*(?= [^\W\d_])")


def is_date_alone(text: str) -> bool:
    """A date, with or without its year, and fewer other words than a headline has: a page's
    stamp ('8 Oct. 16:10 (UTC+3 MSK)') or a wire's dateline on its own line ('BAKU, Azerbaijan, Dec. 25')."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for found in dates:
        rest = rest.replace(found.printed, " ")
    return word_count(rest) < MIN_TITLE_WORDS


# a masthead's founding date under the paper's name ('Spokane, Washington  Est. May 19, 1883'):
# the paper's age, not a date of the page
FOUNDED = re.compile(r"\b(?:Est\.|Established|Founded|Since|Основана?|Издается с)\s+(?:in\s+|в\s+)?(?:[A-Za-z]+\s+\d{1,2},\s+)?1[6-9]\d\d(?:\s+(?:г\.|года))?$")


# a web address, with or without its scheme ('https://site.ru/…', 'www.site.ru/…', 'site.com/news/…')
WEB_ADDRESS_FORM = r"(?:https?://|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)\S+"  # (to build longer patterns)
WEB_ADDRESS = re.compile("(?i)" + WEB_ADDRESS_FORM)


# a numbered act before its date ('Decree No. 219 of 16 May 2014', 'Указ № 219 от 16 мая 2014 г.', 'Resolution
# No 5/12 dated 3 June'): the day the act was signed, as in a commentary's or a decree's heading, not the page's
# stamp. A paper's issue number before its date ('Газета «X» №38 от 02.03.2023') is the page's own: only an
# act's kind before the number makes the date the act's
NUMBERED_ACT_BEFORE = re.compile(
    r"(?i)\b(?:decree|law|order|resolution|directive|ordinance|regulation|edict|decision|указ\w*|закон\w*"
    r"|постановлени\w*|приказ\w*|распоряжени\w*|директив\w*|декрет\w*|решени\w*|дэкрэт\w*|загад\w*|пастанов\w*)"
    r"\s+(?:No\.?|Nr\.?|№|#)\s?\d[\w/.\-]*,?\s+(?:of|dated|from|от|ад)\s+$")


def is_stamp(text: str) -> bool:
    """A short line that is mostly a complete date (possibly an impossible one) and its labels."""
    if len(text) > 200 or not FOUR_DIGITS.search(text) or FOUNDED.search(text):
        return False
    # a date in the path of a labelled web address ('Постоянный адрес новости: site.com/news/2022/10/21/…',
    # 'Source: http://…') is a link's filing, not a stamp the page prints for itself; the page's own
    # address alone on its line may still date it
    addresses = [match.span() for match in WEB_ADDRESS.finditer(text) if match.start() > 0]
    dates = [found for found in find_dates(text) if found.has_year
             and not any(start <= found.start < end for start, end in addresses)
             and not NUMBERED_ACT_BEFORE.search(text[: found.start])]
    if not dates:
        return False
    rest = text
    for found in dates:
        rest = rest.replace(found.printed, " ")
    words = word_count(rest)
    if SENTENCE_END.search(text) and words >= MIN_SENTENCE_WORDS:
        return False  # a sentence that mentions a date
    return "|" in text or words <= MAX_STAMP_WORDS


# a file's name alone on its line ('Banner 816x197.jpg', 'Программа форума.pdf'): an image's
# alt text or an attachment's link, never a headline or a paragraph
FILE_NAME = re.compile(r"(?i)^[^\s/\\][^/\\]{0,150}\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|pdf|docx?|xlsx?|pptx?|rtf|zip|rar|mp4|mp3)$")
# a picture left in the copy as markup ('![alt](https://...)', '<image>...</image>', '<img src=...>'):
# its alt text describes the picture, never the page's headline or a paragraph
IMAGE_MARKUP = re.compile(r"(?i)^(?:!\[[^\]]{0,300}\]\(\S*\)?|<image>|<img\s)")
# a row of icons' style names left where the share buttons were ('icon-facebook icon-twitter',
# 'fa fa-share'): markup, never a headline
ICON_CLASSES = re.compile(r"(?i)^(?:(?:icon|fa|fab|fas|bi)(?:-[a-z0-9]+)+\s*|fa[bs]?\s+)+$")


def looks_like_headline(text: str, min_words: int = MIN_TITLE_WORDS) -> bool:
    if len(text) > MAX_TITLE_CHARS or re.search(r"[.,;:]$", text) or INNER_FULL_STOP.search(text):
        return False
    cjk = len(CJK.findall(text))
    return cjk >= 4 if cjk > len(text) / 3 else word_count(text) >= min_words


def classify(text: str, patterns: Patterns, registry: Registry, *, in_head: bool = True) -> str:
    """The kind of one line, judged alone (the layout then looks at neighbours).

    Date lines are looked for only near the top (`in_head`), where a page prints them.
    """
    if fold(text[:MAX_SCAN_LINE]) in patterns.chrome_lines or is_stop(text, patterns):
        return "chrome"
    if FILE_NAME.match(text) or IMAGE_MARKUP.match(text) or ICON_CLASSES.match(text):
        return "chrome"  # a picture's or document's file name left in the copy, never text of the article
    if in_head and is_stamp(text):
        return "stamp"
    if is_caption(text, patterns):
        return "caption"
    if is_not_author_credit(text, patterns) or _source_label(text, patterns):
        return "credit"
    if (brand_of(registry, text) and not _headline_after_brand(text, registry) and not _headline_crediting_speaker(text)
            and not _headline_crediting_body(text, registry) and not _headline_quoting_dashed_name(text)):
        return "source"  # a known outlet's name, even where it looks like chrome ('光明网')
    if (is_chrome(text, patterns) or is_doubled(text) or is_keyword_list(text) or is_tag_cloud(text) or is_glued_menu(text)
            or is_cjk_menu_row(text)):
        return "chrome"
    return "prose" if is_prose(text) else "short"


def _source_label(text: str, patterns: Patterns) -> bool:
    """A line that labels where its words come from ('来源:X', 'Source: X'); an article's paragraphs run onto
    one line and closed by their source ('… 乌方表示将扩大出口。(记者张三) 来源:某报') stay the article."""
    sample = text[:MAX_SCAN_LINE]
    return any(match and not is_prose(sample[: match.start()])
               for match in (p.search(sample) for p in patterns.source_labels))


def classified(lines: list[Line], patterns: Patterns, registry: Registry) -> list[Line]:
    places = head_places(lines)
    return [
        Line(line.number, line.text, classify(line.text, patterns, registry, in_head=place < MAX_HEAD_LINES))
        for place, line in zip(places, lines)
    ]


# a line opening with an outlet's name, then a dash and what it did or what the page is about
# ('Harbin University – a long history with Russia', 'Embassy of X – President Y visits Z…')
BRAND_THEN_TEXT = re.compile(r"^(?P<brand>[^-–—|]{3,80}?)\s[-–—]\s(?P<rest>[^|]+)$")
MIN_HEADLINE_AFTER_BRAND_WORDS = 5  # a site's slogan after its name is shorter ('Новости Беларуси', 'Official website')


def _headline_after_brand(text: str, registry: Registry) -> bool:
    """A headline, or a page's title with its site's name first: an outlet's name with five words or more
    after its dash and no list of topics (a slogan's 'News, Analysis, Opinion'), not the outlet's masthead."""
    match = BRAND_THEN_TEXT.match(text)
    if (not match or "," in match["rest"] or word_count(match["rest"]) < MIN_HEADLINE_AFTER_BRAND_WORDS
            or is_prose(text)):  # a sentence under the outlet's name ('Embassy of X – President Y visits Z…') stays its credit
        return False
    return brand_of(registry, match["brand"]) is not None


# a headline quoting a body and crediting it after a comma and a dash, as Russian sets off who spoke ('Визит X -
# «знак поддержки», - МИД КНР', '«…», — Reuters'): the speaker's name closes a headline, not a page's title
SPEAKER_AFTER_QUOTE = re.compile(r"^(?P<quote>.{20,}?)[,»\"”]\s*[-–—]\s*[^,\-–—]{2,40}$")


def _headline_crediting_speaker(text: str) -> bool:
    match = SPEAKER_AFTER_QUOTE.match(text)
    return match is not None and word_count(match["quote"]) >= MIN_HEADLINE_AFTER_BRAND_WORDS


# a headline crediting the public body that said it after a spaced em dash, as Russian headlines do ('Сотрудничество
# … нацелено на мирный порядок — МИД КНР', 'Visa rules to ease next year — Foreign Ministry'); a page's title puts
# its outlet after a hyphen, an en dash or a bar ('Headline - Outlet'), and an outlet is no public body
HEADLINE_THEN_BODY = re.compile(r"^(?P<headline>.{20,}?)\s—\s(?P<body>[^—«»\"“”|]{2,60})$")
SPEAKING_BODIES = ("government", "institution")


def _headline_crediting_body(text: str, registry: Registry) -> bool:
    match = HEADLINE_THEN_BODY.match(text)
    if match is None or word_count(match["headline"]) < MIN_HEADLINE_AFTER_BRAND_WORDS:
        return False
    body = brand_of(registry, match["body"])
    return body is not None and body.kind in SPEAKING_BODIES


SPACED_DASH = re.compile(r"\s[-–—]\s")
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("「", "」"))


def _inside_quotes(text: str, at: int) -> bool:
    """Whether a quotation opened before `at` is still open there ('саммита "Китай — Центральная Азия"')."""
    before = text[:at]
    if before.count('"') % 2 == 1:
        return True
    return any(before.count(opening) > before.count(closing) for opening, closing in QUOTE_PAIRS if opening != closing)


def _headline_quoting_dashed_name(text: str) -> bool:
    """A headline quoting a name with a dash in it ('Декларация саммита «Китай — Центральная Азия»', 'the "China –
    Central Asia" summit'): every dash stands inside quotation marks, so none sets a site's name off a page's title,
    though the quoted name may be an outlet's."""
    dashes = [match.start() for match in SPACED_DASH.finditer(text)]
    return (bool(dashes) and "|" not in text and all(_inside_quotes(text, at) for at in dashes)
            and word_count(text) >= MIN_HEADLINE_AFTER_BRAND_WORDS)


MENU_ITEM_WORDS = 3  # a menu's item ('Arts and Culture', 'Kazakhstan 2022 unrest'); a headline is longer


def head_places(lines: list[Line]) -> list[int]:
    """Each line's place in the page's head, counted without the menu items above it: a site's
    long menu does not push its headline and date out of the head."""
    places, place = [], 0
    for line in lines:
        places.append(place)
        place += word_count(line.text) > MENU_ITEM_WORDS
    return places


def has_word(text: str, words: frozenset[str], *, last: bool = False) -> bool:
    """Whether the text holds one of the words (the last word only, if asked); Chinese words
    are found anywhere, as Chinese has no spaces."""
    tokens = fold(text).split()
    if set(tokens[-1:] if last else tokens) & words:
        return True
    tail = text.rstrip()[-2:] if last else text
    return any(CJK.search(word) and word in tail for word in words)


# 'Amaka Obi, Kano' alone above a story: a correspondent's signature with the place filed from
SIGNATURE_WITH_PLACE = re.compile(r"^(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z'\-]+){1,2}),\s*(?P<place>[A-Z][a-z]+)$")


def signature_with_place(text: str, article: str) -> str | None:
    """The writer's name in 'Name Surname, Place' when the article tells of the place and never of
    the person: a reporter's signature, not a headline naming two newsmakers ('Xi Jinping, Lula')."""
    match = SIGNATURE_WITH_PLACE.match(text.strip())
    if not match or not re.search(rf"\b{match['place']}\b", article):
        return None
    name = match["name"]
    return None if any(re.search(rf"\b{word}\b", article) for word in name.split()) else name
