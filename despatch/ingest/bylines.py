"""The author: 'By Cao Desheng', '（记者张伟）', 'Текст: Кира Латухина', a bare name above the date.

Editors, photographers and quoted people are not authors; neither is an outlet in the byline slot.
"""
from __future__ import annotations

import re
from dataclasses import replace

from despatch.ingest.dates import find_dates
from despatch.ingest.datelines import SLASH_LOOKALIKES, reporter_dateline, title_case_word
from despatch.ingest.layout import Layout, lead
from despatch.ingest.lines import (CJK, PICTURE_CREDIT_WORDS, WRITER_CREDIT_WORDS, Line, capitals_name_and_city, is_byline,
                                   is_not_author_credit, signature_with_place)
from despatch.ingest.names import source_named
from despatch.ingest.settings import MAX_SCAN_LINE, Patterns, load_patterns
from despatch.registry import Registry, fold

# (letters only after the capital: a word with a digit or an underscore is an account's user name,
# 'Dmitry_Gorbachev', 'Anna1985', never a person's printed name)
NAME_WORD = re.compile(r"^(?:[A-ZА-ЯЁ](?:[^\W\d_]|['’.\-])*|[\u3400-\u9fff·•]+)$")
# What follows a name in a byline: 'in Nation on 18 May', ', Reuters', ' - staff reporter'
NAME_CUT = re.compile(r"(?:\s+(?:in|on|at|for|from|via|with)\s|\s*[,;]\s|\s+[-–—]\s|(?<=[a-zа-яё])[–—]\s).*$", re.S)  # a dash glued to the name: 'Anna Novak– Trend'
NAME_JOINERS = re.compile(r"\s+(?:and|&|и|і)\s+|\s*[、;/]\s*")
CJK_NAME_JOINERS = re.compile(r"[、,，;；/●+＋\s]+")  # a bullet or a plus sets names apart too: '王渠●柳玉鵬', '王渠+柳玉鵬'
# '陈泰和刘凯': 和 ("and") joins two names when a whole name stands on each side of it; in
# '王和平' it is part of one name
CJK_AND = re.compile(r"(?<=[\u4e00-\u9fff·]{2})和(?=[\u4e00-\u9fff]{2})")
# a stamp's tail after a byline ('By X Published ...'); a picture's credit with the byline glued to
# its end ('Image source: site.azBy Anna Novak') keeps the byline
STAMP_TAIL = re.compile(r"\s+(?:published|updated|posted|source)\b(?:(?!(?-i:[a-z]By\s)).){0,80}$", re.I)
# Mongolian and Central Asian bylines: an initial glued to the name ('Ts.Nomin', 'B.Tsetseg')
INITIAL_AND_NAME = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]{0,2}\.\s?[A-ZА-ЯЁ][a-zа-яё'’\-]{2,}$")
# A reporter's role before a Chinese name ('环球时报驻哈萨克斯坦特约记者 马尔然')
CJK_ROLE = re.compile(r"^.*(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*")
# what a reporter did, set after the name by a slash ('記者王明/編譯', '记者李华/报道'), with the
# place it was filed from ('記者王明/臺南報導'): not another person
CJK_TASK = re.compile(r"^(?:编译|編譯|[\u4e00-\u9fff]{0,4}(?:报道|報道|報導|报导)|综合报道|綜合報導|整理|翻译|翻譯)$")
MAX_BARE_BYLINE = 80
MAX_CJK_NAME = 8
MAX_DOTTED_CJK_NAME = 16
OWN_DATELINE = ("本报", "本報")
# '新华社内罗毕8月17日电 (记者王明、李华)': a wire's dateline opening a paragraph, its reporters in brackets
CJK_WIRE_REPORTERS = re.compile(r"^[\u4e00-\u9fff]{2,20}?\d{1,2}月\d{1,2}日(?:电|電)\s*[(（]\s*(?:记者|記者)")
# '【某某網訊】', '某某网讯 ', '[某某报3月2日讯]': a site's or paper's news tag opening a paragraph, its own
# dateline (a caption printed twice may stand above it as paragraphs)
NEWS_TAG = re.compile(r"^[【\[]?[\u4e00-\u9fff]{2,12}(?:\d{1,2}月\d{1,2}日)?(?:讯|訊)(?:[】\]]|\s|[(（])")
CLOSING_SEARCH = 3  # last lines of the article searched for its reporters in brackets
LEAD_PARAGRAPHS = 2
EVENT_PARAGRAPHS = 8
# Chinese reporters' names in brackets after the last sentence of the article ('……活动。（李明 王强）'),
# a paper's end mark may follow the bracket ('(李明)▲'), the office that sent it in may stand before
# the name ('（某某市外事办 李明）'); an editor's credit ('（编辑 李明）') or the end mark ('（完）', '（结束）') names no writer;
# a portal's editing code in brackets, letters and digits, may close the line after the name ('(李明)(10D3)', '（王强）（AK07）')
CLOSING_CJK_NAMES = re.compile(
    r"[。！？.!?”」]\s*[(（](?!完|结束|結束|全文|待续|待續|未完|图|圖|摄|攝|供图|资料|資料|编辑|編輯|责编|責編|校对|校對|审核|審核)(?:[\u4e00-\u9fff]{2,12}(?:办|辦|局|厅|廳|处|處|委|中心)\s+)?(?P<name>[\u4e00-\u9fff]{2,3}(?:[\s、][\u4e00-\u9fff]{2,3}){0,3})[)）]"
    r"(?:\s*[(（](?=[A-Za-z]*\d)[0-9A-Za-z]{2,10}[)）])?\s*[▲■◆]?\s*$"
)
# A label's colon right after what was read as a name: the name was the next label ('发表时间:')
LABEL_AFTER = re.compile(r"\s*[:：]")
SMALL_WORDS = {"and", "of", "the", "de", "da", "van", "von", "al", "bin"}
ARTICLES = {"the", "a", "an"}  # words that open a phrase, never a person's name
# prepositions that open a sentence or a widget's label ('At the Cent…' cut short by the copy,
# 'About Post Author'), never a person's name
PREPOSITIONS = {"at", "on", "about", "for", "from", "with", "after", "during", "under", "over", "into", "upon",
                # their Russian, Belarusian and Ukrainian counterparts opening a sentence the copy cut short
                # ('В Ми…', 'На встре…'); not 'у', 'о', 'до', 'во', 'со', 'ко', 'по': Chinese, Korean,
                # Vietnamese surnames or a poet's name in Cyrillic ('У Ган', 'О Сон', 'До Мыой', 'Эдгар По')
                "в", "с", "к", "з", "ў", "на", "из", "от", "для", "при", "над", "под", "без", "про", "об", "обо",
                "через", "после", "перед", "около", "среди", "ад", "праз", "пасля", "від", "після", "біля"}
# a head of state's office before a name ('Председатель Си', 'President Tokayev'): a newsmaker
# named in the story (a line of it cut short), never the writer's byline
OFFICES = {"председатель", "президент", "премьер", "премьер-министр", "министр", "генсек", "канцлер",
           "president", "chairman", "premier", "prime", "minister", "chancellor", "king", "queen"}


def find_author(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A byline: 'By Cao Desheng', '作者：X', '（记者张伟）' in the dateline, '(By Liu Jia)' at the
    end, or a bare name above the date line; not 'By Global Times' (an outlet)."""
    # a paper's own dateline may open a paragraph after a republisher's introduction ('本报…电 张涛报导：')
    # and so may a wire's dateline with its reporters in brackets, under a mirror's junk read as paragraphs
    own = [line for line in layout.body[LEAD_PARAGRAPHS:EVENT_PARAGRAPHS]
           if line.text.startswith(OWN_DATELINE) or CJK_WIRE_REPORTERS.match(line.text) or NEWS_TAG.match(line.text)]
    lines = layout.head + lead(layout) + own + layout.closing
    top = layout.head + lead(layout) + own
    under_paragraphs = [line for line in _lines_under_paragraphs(layout.body) if line not in lines]
    for line in lines + under_paragraphs:
        credits = _dispatch_day_in_figures(_unpadded_reporters(_without_other_credits(line.text.translate(SLASH_LOOKALIKES), patterns)))
        if not credits:
            continue
        glued = _glued_bracket_reporters(credits, patterns, registry)
        if glued:
            return glued
        reporter = reporter_dateline(credits, patterns)
        if reporter:
            return _reporters_parted(reporter[0], patterns, registry)
        filed = capitals_name_and_city(credits, patterns)
        name = filed and person_names(filed, registry)
        if name:
            return name
        for pattern in patterns.bylines:
            text = STAMP_TAIL.sub("", credits[:MAX_SCAN_LINE])
            match = pattern.search(text)
            if match and LABEL_AFTER.match(text, match.end("name")):
                continue  # '作者: 发表时间:2021-11-12': an empty credit, the next label taken for a name
            raw = match and _without_month(match.group("name"), text[match.end("name"):], patterns)
            desk = raw and _desk_byline(raw, registry)
            if desk:
                return desk
            raw = raw and _without_outlet_possessive(raw, registry)
            raw = raw and _without_company_after_slash(raw, registry)
            raw = raw and _without_place_reported_from(raw, text[match.end("name"):], patterns)
            raw = raw and _with_names_after(raw, text[match.end("name"):], patterns, registry)
            raw = raw and _comma_listed_writers(raw, patterns, registry)
            name = person_names(_before_role(raw, patterns), registry) if raw else None
            if (name and not _anonymous(name) and not _place(name, patterns) and not _desk(name, patterns)
                    and not _vocabulary_only(name, patterns)):
                if line not in top and _foreign_name_in_chinese(name, patterns) and not DISPATCH.search(text):
                    break  # a sound bite's or a caption's label under a paragraph ('某国电视台记者格拉斯'), no byline
                return _with_writers(_reporters_parted(name, patterns, registry), text, registry)
    # a name every finder below reads is no person's when it is made of section, menu or network words
    finders = (
        lambda: _name_beside_date(lines, patterns, registry, layout.title, layout.body),
        lambda: _names_closing_bracket(layout, patterns, registry),
        lambda: _byline_closing_paragraph(layout, patterns, registry),
        lambda: _names_opening_lead(layout, patterns, registry),
        lambda: _name_under_headline(layout, patterns, registry),
        lambda: _bulleted_name_under_date(layout, patterns, registry),
        lambda: _name_glued_to_label(layout, patterns, registry),
        lambda: _name_at_end(layout.closing, patterns, registry),
        lambda: _signature_with_picture_credit(layout, patterns, registry),
        lambda: _reporter_signing_last_paragraph(layout, patterns, registry),
        lambda: _credit_after_article(layout, patterns, registry),
        lambda: _name_with_role(layout, patterns, registry),
        lambda: _name_after_label(layout, patterns, registry),
        lambda: _name_above_role(layout, patterns, registry),
        lambda: _writer_card(layout, patterns, registry),
        lambda: _signer_under_headline(layout, patterns),
        lambda: _name_before_headline(layout, patterns, registry),
        lambda: _name_over_headline(layout, patterns, registry),
        lambda: _name_over_untitled_article(layout, patterns, registry),
        lambda: _labelled_name_glued(lines, patterns, registry),
        lambda: _byline_glued_to_headline(layout, registry),
        lambda: _note_on_author(layout, patterns, registry),
        lambda: _author_box(layout, patterns, registry),
        lambda: _authors_with_posts(layout, patterns, registry),
        lambda: _own_reporters_run_together(layout, patterns, registry),
        lambda: _name_with_press_post(layout, patterns, registry),
        lambda: _cjk_name_alone_and_in_stamp(layout, patterns, registry),
        lambda: _cjk_name_alone_under_headline(layout, patterns, registry),
        lambda: _writer_in_standfirst(layout, patterns, registry),
        lambda: _foreign_writer_with_office(lines, registry),
        lambda: _name_with_copyright(layout, patterns, registry),
        lambda: _expert_signing_under_standfirst(layout, patterns, registry),
        lambda: _name_with_surname_in_capitals(layout, patterns, registry),
        lambda: _name_with_email(layout, patterns, registry),
    )
    return next((name for find in finders if (name := find()) and not _vocabulary_only(name, patterns)), None)


# '【某报驻某国特派记者王明某报记者李华】': a paper's bracketed credit of several reporters, each with the paper's
# name (and post) before the role, run together with no space between one's name and the next one's paper
BRACKET_CREDIT = re.compile(r"^\s*[【\[(（](?P<inside>[\u4e00-\u9fff· \u3000]{6,60})[】\])）]")
CJK_REPORTER_ROLE = re.compile(r"(?:特派|特约|特約|见习|見習|实习|實習|首席)?(?:记者|記者)")
POSTED_TO = re.compile(r"(?:驻|駐)[\u4e00-\u9fff]{1,8}$")  # the reporter's post after the paper's name: '驻埃及'


def _glued_bracket_reporters(text: str, patterns: Patterns, registry: Registry) -> str | None:
    """The reporters of a bracketed credit that names a registered outlet before each role: every name
    but the last runs into the next outlet's name, which sets it apart."""
    match = BRACKET_CREDIT.match(text)
    parts = [re.sub(r"\s", "", part) for part in CJK_REPORTER_ROLE.split(match["inside"])] if match else []
    if len(parts) < 3 or not _paper_with_post(parts[0], registry):
        return None
    names = [next((part[:size] for size in (3, 2, 4) if _paper_with_post(part[size:], registry)), None)
             for part in parts[1:-1]] + [parts[-1]]
    if not all(name and _surnamed_person(name, patterns, registry) for name in names):
        return None
    return ", ".join(names)


def _paper_with_post(text: str, registry: Registry) -> bool:
    paper = POSTED_TO.sub("", text)
    return bool(paper) and bool(source_named(registry, paper))


# a reporters' line opening with the credit ('本报驻某国记者 ', '新华社记者'), not a bracket in a dateline
REPORTERS_LINE = re.compile(r"^[■●▪◆]?\s*[\u4e00-\u9fff]{0,16}?(?:记者|記者|通讯员|通訊員)(?=\s)")
# '吴 焰': a two-character name padded with a space to the width of a three-character one
# (a grid set with wider gaps pads with two spaces or an ideographic one: '张  勇', '张\u3000勇')
PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff·])")


def _unpadded_reporters(text: str) -> str:
    """'本报驻某国记者 吴 焰 殷新宇 曲 颂' -> '本报驻某国记者 吴焰 殷新宇 曲颂': a paper sets its reporters'
    names on a grid, a space inside each two-character name so that it lines up with the
    three-character ones; the space is the layout's, not the name's."""
    match = REPORTERS_LINE.match(text)
    if not match:
        return text
    return text[:match.end()] + PADDED_NAME.sub(r"\1\2", text[match.end():])


# '（某某社記者王明莫斯科一日專電）', '某某社台北十二月三十一日電': a dispatch's day (and month) in Chinese
# numerals, as older wires and Taiwanese papers print them, before the mark of a dispatch or a news tag
# (not a weekday's name, '星期一')
CJK_DISPATCH_DAY = re.compile(
    r"(?<!星期)(?<!禮拜)(?<!礼拜)(?:(?P<month>[一二三四五六七八九十]{1,3})月)?(?P<day>[一二三四五六七八九十廿卅]{1,3})日"
    r"(?=\s*(?:专|專|特|急)?(?:电|電|讯|訊))")
CJK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cjk_number(text: str) -> int | None:
    """'一' -> 1, '十二' -> 12, '二十一' -> 21, '廿一' -> 21, '卅' -> 30: a number below forty in Chinese numerals."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    tens, ten, units = text.partition("十")
    if not ten:
        return CJK_DIGITS.get(text)
    if (tens and tens not in CJK_DIGITS) or (units and units not in CJK_DIGITS):
        return None
    return CJK_DIGITS.get(tens, 1) * 10 + CJK_DIGITS.get(units, 0)


def _dispatch_day_in_figures(text: str) -> str:
    """The dispatch's day (and month) in figures, as the credit's patterns read them: '莫斯科一日專電' -> '莫斯科1日專電'."""
    def figures(match: re.Match) -> str:
        day = _cjk_number(match["day"])
        month = _cjk_number(match["month"]) if match["month"] else None
        if not day or day > 31 or (match["month"] and not (month and month <= 12)):
            return match.group(0)
        return (f"{month}月" if month else "") + f"{day}日"
    return CJK_DISPATCH_DAY.sub(figures, text)


# a wire's dispatch mark before its reporters ('新华社某地电 记者…', '某某讯 记者…'): the story's own credit
# (the mark closes the dateline, a space or a bracket after it: '电视台' is no dispatch)
DISPATCH = re.compile(r"(?:(?:电|電|讯|訊)(?:\s+|\s*[(（]\s*)|日(?:电|電))[\u4e00-\u9fff]{0,12}(?:记者|記者)")


def _foreign_name_in_chinese(names: str, patterns: Patterns) -> bool:
    """'格拉斯': foreign surnames in Chinese characters, none opening with a common Chinese surname
    and none with a dot setting a given name apart: an outlet signs with its reporters' names in
    full, while a foreign surname alone after '记者' under a paragraph, with no dispatch's mark before
    it, labels another outlet's reporter heard in the report, as a caption would."""
    return all(CJK.match(name) and name[0] not in patterns.common_surnames and not re.search(r"[·•.]", name)
               for name in names.split(", "))


def _lines_under_paragraphs(body: list[Line]) -> list[Line]:
    """The article's last paragraph, and each line right under a run of paragraphs ('……合作。' /
    '作者:王明、李华', '……峰会。' / '新华社某地电 记者王明', '… брифинга.' / 'Автор статьи: Иван Петров'):
    where a credit closes the story when a list of other stories (their teasers read as paragraphs)
    pushes it out of the article's last lines; read after every line above the story's end."""
    text = [line for line in body if line.kind not in ("caption", "chrome")]
    prose = [line for line in text if line.kind == "prose"]
    under = [line for above, line in zip(text, text[1:]) if above.kind == "prose" and line.kind == "short"]
    return prose[-1:] + under


# '文| 某国驻港总领事 伊万.彼得罗夫': a guest writer's credit, his office before his foreign name
# (its dot sometimes printed as a full stop); read here, not as a byline pattern, so that the line
# still counts as the page's own for its layout
OFFICE_AND_FOREIGN_NAME = re.compile(
    r"^(?:文|撰文)\s*[/／|｜]\s*[\u4e00-\u9fff]{2,14}\s+(?P<name>[\u4e00-\u9fff]{1,6}[·•.][\u4e00-\u9fff·•.]{1,10})$")


def _foreign_writer_with_office(lines: list[Line], registry: Registry) -> str | None:
    match = next(filter(None, (OFFICE_AND_FOREIGN_NAME.match(line.text.strip()) for line in lines)), None)
    return person_names(match["name"], registry) if match else None


# 'Анна Петрова, © Новости-Азия', 'Anna Novak, © The Daily Post': the writer's name, then the
# outlet that holds the copyright, on a line of the byline box under the headline
NAME_AND_COPYRIGHT = re.compile(r"^(?P<name>[^,©\d]{4,40}?),\s*©\s*[^©\d,]{2,40}$")
COPYRIGHT_SEARCH = 2  # first lines of the article where the box may stand, read as its caption or lead


def _name_with_copyright(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writer's name before the outlet's copyright sign under the headline; one the story names
    is a newsmaker in a picture's caption, not the writer."""
    if layout.title is None:
        return None
    under = [line for line in layout.head if line.number > layout.title.number] + layout.body[:COPYRIGHT_SEARCH]
    box = next((line for line in under if NAME_AND_COPYRIGHT.match(line.text)), None)
    if box is None:
        return None
    name = NAME_AND_COPYRIGHT.match(box.text)["name"]
    story = [line for line in layout.body if line.number != box.number]
    return None if _named_in_article(name, replace(layout, body=story)) else _bare_names(name, patterns, registry)


# Further Chinese names after the one a byline's pattern read, set apart by spaces, up to the end of
# the line, the next field's label ('来源:') or the paper's name in title marks ('作者: 王明 李华 张强')
NAMES_AFTER = re.compile(
    r"^(?P<names>(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,4}){1,5}?)(?=\s*$|\s*《|\s+[^\s:：]{2,8}\s*[:：])")


# a further contributor's label between the names of a reporters' list ('记者 王明 李华 通讯员 张强', '… 市委报道组 陈华',
# '… 实习生 刘洋', '… 特約記者 陳明'): the names after it are writers of the story too
CONTRIBUTOR_LABEL = re.compile(
    r"(?<=\s)(?:[\u4e00-\u9fff]{0,6}?(?:报道组|報道組|通讯组|通訊組|采访组|採訪組)|(?:特约|特約|见习|見習|实习|實習|首席)?(?:记者|記者)"
    r"|通讯员|通訊員|实习生|實習生)(?=[ \t\u3000]+[\u4e00-\u9fff])")


def _with_names_after(raw: str, after: str, patterns: Patterns, registry: Registry) -> str:
    """'王明' read from '作者: 王明 李华 张强' -> '王明 李华 张强': a credit that reads one name where the
    line sets several apart by spaces; each further one must read as a person's (a common surname,
    no place, no outlet, no desk), or the line goes on with something else ('王明 北京')."""
    match = NAMES_AFTER.match(CONTRIBUTOR_LABEL.sub("", after)) if CJK.match(raw[-1:]) else None
    more = match["names"].split() if match else []
    if not more or not all(_surnamed_person(name, patterns, registry) and fold(name) not in patterns.not_name_words
                           for name in more):
        return raw
    return " ".join([raw, *more])


# Writers' full names set apart by commas, maybe with the outlet last ('Anna Novak, Li Wei, Reuters'),
# in Latin or Cyrillic letters: each item two or three capitalised words
LISTED_WORD = r"[A-ZА-ЯЁ](?:[^\W\d_]|['’\-])+"  # 'McCarthy', "O'Neil"
LISTED_NAME = rf"{LISTED_WORD}(?: {LISTED_WORD}){{1,2}}"
COMMA_LISTED = re.compile(rf"^{LISTED_NAME}(?:,\s+[^,]{{2,40}}){{1,5}}$")


def _comma_listed_writers(raw: str, patterns: Patterns, registry: Registry) -> str:
    """'Anna Novak, Li Wei, Reuters' -> 'Anna Novak; Li Wei': several writers listed with commas
    (the outlet they write for may close the list). Every item after the first must be a full name,
    not a place ('Anna Novak, New York'), a country, a role or a post ('Anna Novak, Staff Writer',
    '…, Research Fellow'); otherwise the comma ends the name as before."""
    if not COMMA_LISTED.match(raw.strip()):
        return raw
    first, *rest = [item.strip() for item in raw.split(",")]
    if rest and source_named(registry, rest[-1]):
        rest = rest[:-1]  # the outlet the writers work for
    not_names = patterns.byline_roles | patterns.not_name_words | POST_WORDS | INSTITUTION_WORDS
    if not rest or not all(re.fullmatch(LISTED_NAME, item) and fold(item) not in patterns.cities
                           and fold(item) not in patterns.country_names and not set(fold(item).split()) & not_names
                           and not source_named(registry, item) for item in rest):
        return raw
    return "; ".join([first, *rest])


def _without_month(name: str, after: str, patterns: Patterns) -> str:
    """'By Global Times May 4, 2024': a credit cut at the day's digit keeps the month named before
    it, which belongs to the date, not to the name."""
    words = name.split()
    if len(words) > 1 and after.lstrip()[:1].isdigit() and words[-1].casefold().rstrip(".,") in patterns.months:
        return " ".join(words[:-1])
    return name


# 'by The Kyiv Independent news desk': an outlet's desk credited as such, printed in place of a name
# (a date after it may be caught with it: 'news desk December 3, 2023' stops at the digit)
DESK = re.compile(r"(?i)^(?P<outlet>.{2,60}?)\s+(?:news\s?desk|staff(?:\s+(?:writers?|reporters?|correspondents?))?)\b")  # printed whole: 'AFP Staff Writers'


NAME_AFTER_DESK = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z]")


def _desk_byline(raw: str, registry: Registry) -> str | None:
    """A byline crediting a known outlet's desk ('The Kyiv Independent news desk'), as printed;
    the outlet's name alone ('By Global Times') is no byline."""
    match = DESK.match(raw.strip())
    if match and NAME_AFTER_DESK.match(raw.strip(), match.end()):
        return None  # 'Steppe Times staff reporter Anna Lee': the desk is her title, she the writer
    return match.group(0) if match and source_named(registry, match.group("outlet")) else None


# a writer's title on an outlet's staff, printed between the outlet and the name ('Xinhua writer Anna Lee')
STAFF_TITLE = r"(?i:(?:(?:staff|senior|special|chief|contributing)\s+)?(?:writers?|reporters?|correspondents?|journalists?|editors?))"
# 'CGTN's Anna Lee': a staff writer credited with the outlet's possessive before the name
# (also its staff title before the name: 'Xinhua writer Anna Lee', 'Steppe Wire reporters Anna Lee and Ivan Petrov')
OUTLET_POSSESSIVE = re.compile(rf"^(?P<outlet>.{{2,40}}?)(?:['’]s\s+|\s+{STAFF_TITLE}\s+)(?=\S)")


# 'Author: Anna Novak/Grain Market Advisor, Inc.', 'By Anna Novak / Example Media LLC': the writer, a slash,
# then the company she writes for, told by its legal form (or by the registry) however unknown its name
NAME_SLASH_COMPANY = re.compile(r"^(?P<name>[^/／]{4,40}?)\s*[/／]\s*(?P<company>[^/／]{2,80}?)\s*$")
COMPANY_FORM = re.compile(
    r"(?i)(?:,?\s+|)(?:inc|incorporated|llc|l\.l\.c|ltd|limited|llp|plc|corp|corporation|co|company|gmbh|ag|sa|s\.a|sas|"
    r"srl|s\.r\.l|spa|s\.p\.a|bv|b\.v|nv|n\.v|ab|as|a/s|oy|kk|k\.k|pte|pty|sdn bhd|bhd|jsc|ojsc|pjsc|ooo|оао|ооо|зао|пао|ао)\.?$"
    # (Russian, Belarusian, Kazakh and Indonesian forms stand before the name: 'ООО «Агроконсалт»', 'PT Sinar Media')
    r"|^(?:ООО|ОАО|ЗАО|ПАО|АО|ТОО|ОДО|ЧУП|УП|ИП|ТОВ|ПрАТ|PT|CV)\s")


def _without_company_after_slash(raw: str, registry: Registry) -> str:
    """The writer's name before a slash and the company she writes for (a registered outlet, or a name
    ending in a legal form: 'Inc.', 'LLC', 'Ltd', 'GmbH', 'ООО')."""
    match = NAME_SLASH_COMPANY.match(raw.strip())
    if not match:
        return raw
    company = match["company"]
    return match["name"] if COMPANY_FORM.search(company) or source_named(registry, company) else raw


def _without_outlet_possessive(raw: str, registry: Registry) -> str:
    """The name after a known outlet's possessive ('CGTN's Anna Lee' gives 'Anna Lee'): the outlet
    is the page's source, not part of the writer's name; any other possessive is left as printed."""
    match = OUTLET_POSSESSIVE.match(raw.strip())
    return raw.strip()[match.end():] if match and source_named(registry, match.group("outlet")) else raw


# fields of a credits line: set apart by a bar between spaces ('来源:X | 作者:A'), or, in Chinese, by a
# space or a semicolon before the next field's label ('(撰稿:王明 网络编辑:李华)', '作者:王明；责任编辑:李华')
FIELD_BAR = re.compile(r"\s+\|\s+|(?<=[\u4e00-\u9fff·])(?:\s+|\s*[;；]\s*)(?=[\u4e00-\u9fff]{2,6}\s*[:：])")


def _without_other_credits(text: str, patterns: Patterns) -> str:
    """The line without an editor's, photographer's or translator's credit: a date line's fields
    between bars ('来源:X | 作者:A | 责任编辑:B') each stand alone, so an editor's field leaves the
    author's; a line of one field that credits someone else is dropped whole."""
    if not is_not_author_credit(text, patterns):
        return text
    fields = FIELD_BAR.split(text)
    if len(fields) < 2:
        return ""
    return " | ".join(field for field in fields if not is_not_author_credit(field, patterns))


# '(Reporting by A; Writing by B; Editing by C)': a wire's reporters and the writer who put the
# story together are its authors; its editors are not
WRITING_CREDIT = re.compile(r";\s*(?:writing|written)\s+by\s+(?P<name>[^()（）,;\d]{2,80}?)\s*(?:[,;)）]|$)", re.I)


def _with_writers(name: str, text: str, registry: Registry) -> str:
    match = WRITING_CREDIT.search(text)
    writers = person_names(match.group("name"), registry) if match else None
    if not writers:
        return name
    return ", ".join(dict.fromkeys(name.split(", ") + writers.split(", ")))


# 'Автор МВСообщил глава ...', 'By Anna NovakThe minister said ...': a byline's label and the
# writer's name, or a Russian writer's initials, with the article's first word glued to it
LABELLED_GLUED = re.compile(
    r"^(?i:(?P<ru>автор|текст)|by|author)\s*[:：]?\s+"
    r"(?:(?P<name>[A-ZА-ЯЁ][a-zа-яё\-]+\s[A-ZА-ЯЁ][a-zа-яё\-]+)|(?P<initials>[А-ЯЁ]\.?\s?[А-ЯЁ]\.?(?:\s?[А-ЯЁ]\.?)?))"
    r"(?:(?=[A-ZА-ЯЁ][a-zа-яё])|\s*$)"
)


def _labelled_name_glued(lines: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """A byline run together with the article's first sentence; initials only after a Russian
    label (an English line's capitals are an agency's: 'By AFP')."""
    for line in lines:
        match = LABELLED_GLUED.match(line.text)
        if not match or is_not_author_credit(line.text, patterns):
            continue
        people = person_names(match.group("name"), registry) if match.group("name") else None
        if people:
            return people
        initials = match.group("initials")
        if initials and match.group("ru") and not source_named(registry, initials) and fold(initials) not in patterns.cities:
            return initials
    return None


# 'Gas deal in the pipelineBy Anna Novak (The Daily Post)', 'Why now?By Anna Novak': a byline run into the
# end of the headline by the copy, the outlet she writes for in brackets after it; read here, not as a
# byline pattern, so that the line still counts as the headline for the layout
BYLINE_GLUED_TO_HEADLINE = re.compile(
    r"(?<=[a-z?!”\"»’])By\s(?P<name>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){1,2})\s*(?:[(（][^()（）\d]{2,40}[)）])?\s*$")


def _byline_glued_to_headline(layout: Layout, registry: Registry) -> str | None:
    """The writer's name glued after the headline's last word, on the headline's line above the story."""
    if layout.title is None:
        return None
    lines = [line for line in layout.head if line.number >= layout.title.number] + [layout.title]
    match = next(filter(None, (BYLINE_GLUED_TO_HEADLINE.search(line.text) for line in lines)), None)
    return person_names(match["name"], registry) if match else None


def _names_closing_bracket(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'……穿插文化交流等活动。（李明 王强）': the reporters in brackets at the end of the article's
    last paragraph; not a place, an outlet or a newsmaker."""
    paragraphs = [line for line in layout.body if line.kind in ("prose", "short")]
    # an editor's credit or a share prompt may follow the last paragraph, and a list of other
    # stories' headlines (short lines) the last paragraph of prose
    prose = [line for line in paragraphs if line.kind == "prose"][-1:]
    searched = list(reversed(paragraphs[-CLOSING_SEARCH:])) + prose + _paragraph_over_editor(layout, paragraphs)
    match = next(filter(None, (CLOSING_CJK_NAMES.search(l.text) for l in searched)), None)
    if not match:
        return _name_in_brackets_closing(layout.closing, patterns, registry)
    parts = CJK_NAME_JOINERS.split(match.group("name"))
    if any(fold(p) in patterns.cities or registry.entity_named(p) or source_named(registry, p) for p in parts):
        return None
    return person_names(match.group("name"), registry)


# '… so far this year. (By Anna Novak)', '… next year. [Written by Ian Lee and Li Wei]', '… году. (Автор: Анна
# Петрова)': the writer's credit in brackets closing the story's last paragraph, after its last sentence
CLOSING_BYLINE = re.compile(
    r"[.!?。”\"’»]\s*[(（\[]\s*(?:by|written by|text by|story by|words by|автор|текст|подготовил|подготовила)"
    r"(?:\s*[:：]\s*|\s+)(?P<name>[^()（）\[\]\d:：;]{3,60}?)\s*[)）\]]\s*$", re.I)


def _byline_closing_paragraph(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writer's bracketed credit after the last sentence of one of the story's last paragraphs."""
    paragraphs = [line for line in layout.body if line.kind in ("prose", "short")]
    for line in reversed(paragraphs[-CLOSING_SEARCH:]):
        match = CLOSING_BYLINE.search(line.text[-MAX_SCAN_LINE:])
        name = match and person_names(match["name"], registry)
        if name and not _place(name, patterns) and not _desk(name, patterns) and not source_named(registry, match["name"]):
            return name
    return None


def _paragraph_over_editor(layout: Layout, paragraphs: list[Line]) -> list[Line]:
    """The paragraph right above the first credit under the story ('……回应。(李明)' / '责任编辑:王强'):
    the editor's credit closes the story, so that paragraph is its last, whatever footer lines
    (a licence's numbers, a hotline) a mirror sets under it as text."""
    credit = next((line for line in layout.closing if line.kind == "credit"), None)
    above = [line for line in paragraphs if credit and line.number < credit.number]
    return above[-1:]


# '……新台阶。 某某日报记者 王明', '……他说。记者王明': the paper's reporter signing after the last
# sentence of the article, on the same line; no comma or stop between the credit and 记者
CLOSING_REPORTER = re.compile(
    r"[。！？!?”」]\s*[^\s。！？!?，,；;：:“”「」]{0,24}?(?:记者|記者)\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*$")
# a reading aid some mirrors set after words: '交汇点(jiāohuìdiǎn)'
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _reporter_signing_last_paragraph(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'……迈上新台阶。 新华日报记者 王明': a reporter's credit closing one of the last paragraphs of
    prose; each name with a common surname, not a place, an outlet or a photographer's credit."""
    prose = [line for line in layout.body if line.kind == "prose"]
    for line in reversed(prose[-CLOSING_SEARCH:]):
        match = CLOSING_REPORTER.search(PINYIN_GLOSS.sub("", line.text))
        if not match:
            continue
        parts = match.group("name").split()
        if any(not _surnamed_person(p, patterns, registry) or PHOTOGRAPHER.search(p) for p in parts):
            return None
        return person_names(match.group("name"), registry)
    return None


# '（李明）' alone on the line after the last paragraph: its writer's name, two or three characters
LONE_CJK_NAME = re.compile(r"^[(（](?P<name>[\u4e00-\u9fff]{2,3})[)）]$")


def _name_in_brackets_closing(closing: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'……交流。' / '（李明）': the writer's name in brackets on a line of its own under the last
    paragraph; its surname a common one, so that a tag ('（视频）', '（组图）') is no name."""
    paragraphs = [line for line in closing if line.kind in ("prose", "short")]
    if len(paragraphs) < 2 or paragraphs[-2].kind != "prose":
        return None
    match = LONE_CJK_NAME.match(paragraphs[-1].text.strip())
    name = match and match.group("name")
    if not name or not _surnamed_person(name, patterns, registry):
        return None
    return person_names(name, registry)


# '（李明 王强）时下的……': the reporters in brackets opening the lead, each name set apart by a space
LEAD_CJK_NAMES = re.compile(r"^[(（](?P<name>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})[)）](?=[\u4e00-\u9fff“「\d])")


def _names_opening_lead(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'（李明 王强）时下的哈萨克斯坦……': the reporters in brackets opening the article's first
    paragraph; each a name of two or three characters opening with a common surname (not a tag
    such as '（综述）' or a place such as '（北京）')."""
    paragraphs = [line for line in lead(layout) if line.kind in ("prose", "short")]
    match = LEAD_CJK_NAMES.match(paragraphs[0].text.strip()) if paragraphs else None
    if not match:
        return None
    parts = match.group("name").split()
    if any(not _surnamed_person(p, patterns, registry) for p in parts):
        return None
    people = [person_names(p, registry) for p in parts]
    return ", ".join(people) if all(people) else None


# A byline's label printed on a line of its own, the name on the next ('Written by' / 'Anna Novak')
BYLINE_LABELS = frozenset({"by", "written by", "text by", "story by", "author", "authors", "about the author",
                           "автор", "авторы", "текст", "автор материала", "作者", "撰文", "文"})


def _name_after_label(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A name on the line after a byline's label that stands alone ('Written by', then 'Anna
    Novak'), above the article or in the author's box after it."""
    lines = [line for line in layout.head + layout.body + layout.tail if line.kind != "chrome"]
    for line, following in zip(lines, lines[1:]):
        if fold(line.text).strip(" :：") not in BYLINE_LABELS or following.kind not in ("short", "source"):
            continue
        name = person_names(following.text, registry) if CJK.search(following.text) else _bare_names(following.text, patterns, registry)
        if name:
            return name
    return None


# What a site prints in its author field when the author is not known ('作者:佚名', '作者:暂无作者'),
# or when its template fills the field with the rubric ('作者:焦点'), the site's staff ('作者:小编') or its
# admin account ('作者:管理员', 'Author: admin'): no name
ANONYMOUS = frozenset({"小编", "小編", "佚名", "匿名", "未知", "不详", "不詳", "无", "無", "暂无", "暫無", "暂无作者", "暫無作者", "无作者",
                       "無作者", "anonymous", "unknown", "n/a", "na", "none", "no author", "аноним", "неизвестен",
                       "неизвестно", "нет автора", "焦点", "焦點", "要闻", "要聞", "热点", "熱點", "头条", "頭條", "推荐", "推薦",
                       "资讯", "資訊",
                       # a site's admin account, which posts in the template's author field ('作者:管理员', 'By admin')
                       "管理员", "管理員", "系统管理员", "系統管理員", "网站管理员", "網站管理員", "超级管理员", "超級管理員",
                       "后台管理员", "後台管理員", "站长", "站長", "网管", "網管", "admin", "administrator", "site admin",
                       "siteadmin", "superadmin", "webmaster", "web master", "sysadmin", "администратор", "админ",
                       "администратор сайта", "адміністратар", "адміністратор"})


def _anonymous(name: str) -> bool:
    return fold(name).strip(" .") in ANONYMOUS


def _surnamed_person(name: str, patterns: Patterns, registry: Registry) -> bool:
    """A Chinese name set apart in a credit that reads as a person's: it opens with a common surname
    and is no city, no known place or organisation and no registered outlet ('（北京）', '（综述）' are not)."""
    return (name[0] in patterns.common_surnames and not _place(name, patterns) and not registry.entity_named(name)
            and not source_named(registry, name))


# what a reporter's name runs into when the place she reports from follows it ('記者李明華沙報道')
REPORTED_FROM = re.compile(r"^\s*(?:报道|報道|報導|报导|专电|專電)")


def _without_place_reported_from(raw: str, after: str, patterns: Patterns) -> str:
    """'李明華沙' before '報道' -> '李明': a known city glued to the end of a reporter's name before
    the kind of report is the place reported from ('王明、李华北京报道' keeps both names)."""
    if not REPORTED_FROM.match(after) or not CJK.search(raw):
        return raw
    for cut in range(2, len(raw) - 1):
        if fold(raw[cut:].strip()) in patterns.cities and CJK.match(raw[cut - 1]):
            return raw[:cut].strip()
    return raw


# a newsroom's desk in the reporter's slot ('（某某新聞／國際組 綜合報導）', '编辑部', '要闻部'):
# a subject of two characters and the desk's word, no person
CJK_DESK = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2})(?:组|組|部|室|台)$")


def _desk(name: str, patterns: Patterns) -> bool:
    def desk(part: str) -> bool:
        match = CJK_DESK.match(part)
        return fold(part) in patterns.not_name_words or bool(match and fold(match.group("subject")) in patterns.not_name_words)
    return any(desk(part) for part in name.split(", "))


def _vocabulary_only(name: str, patterns: Patterns) -> bool:
    """'Twitter Instagram', 'Главная Мнения', '现场': a name one of whose parts is made only of the
    words of a share bar, a breadcrumb, a section or a report's kind, read where a byline stands;
    or a day's name ('Thứ Tư', 'Wednesday'), a date widget's weekday beside the stamp."""
    return any(set(fold(part).split()) <= patterns.not_name_words or _cjk_words_only(fold(part), patterns)
               or part.strip().casefold() in patterns.weekdays
               for part in name.split(", ") if fold(part))


def _cjk_words_only(text: str, patterns: Patterns) -> bool:
    """'一线直击', '现场报道': Chinese words run together with no space, each one of the vocabulary."""
    if not text or not CJK.match(text) or " " in text:
        return False
    ends = {0}  # where a run of vocabulary words read from the start may end
    for end in range(1, len(text) + 1):
        if any(text[start:end] in patterns.not_name_words for start in ends if start < end):
            ends.add(end)
    return len(text) in ends


def _place(name: str, patterns: Patterns) -> bool:
    """'来源:新华社 北京': a city where a credit's name would stand is where the story was filed."""
    return any(fold(part) in patterns.cities for part in name.split(", "))


# 'Анна Петрова (редактор отдела «Политика»)', 'Anna Novak (staff reporter)': a name with its job
# (or its paper) in brackets
NAME_AND_ROLE = re.compile(r"^(?P<name>[^()（）]{4,60}?)\s*[(（](?P<role>[^()（）]{2,80})[)）]$")


def _name_with_role(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A name with the writer's job in brackets after it, on a line under the headline."""
    if layout.title is None:
        return None
    for line in layout.head:
        if line.number <= layout.title.number or line.kind != "short":
            continue
        match = NAME_AND_ROLE.match(line.text)
        role = fold(match.group("role")).split() if match else []
        # 'Anna Novak (The Daily Post)': the paper she writes for in brackets, as a job would be
        if role and (role[0] in patterns.byline_roles or source_named(registry, match.group("role"))):
            name = _bare_names(match.group("name"), patterns, registry)
            if name:
                return name
    return None


BULLET = re.compile(r"^[•●▪■·\-–]\s*")
MAX_ROLE_WORDS = 4
MAX_DESK_ROLE_WORDS = 10
ROLE_QUALIFIERS = 2  # words that may stand before the trade: 'специальный', 'старший', 'chief political'
# a writer's card labels the name with the trade before the outlet ('Автор Новости Mail', 'Correspondent BelTA')
ROLE_BEFORE_OUTLET = {"автор", "author", "корреспондент", "correspondent", "reporter", "journalist", "журналист",
                      "обозреватель", "columnist"}


def _name_above_role(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """Names on the line above the writers' role, under the headline, as a byline box prints them
    ('• Anna Novak and Li Wei' / '• BBC reporter', 'Иван Петров' / 'Корреспондент' / 'Автор Новости Mail')."""
    if layout.title is None:
        return None
    lines = [line for line in layout.head if line.number > layout.title.number and line.kind != "chrome"]
    for line, following in zip(lines, lines[1:]):
        role = fold(BULLET.sub("", following.text)).split()
        # (a role opening its line may name the desk and the paper: 'Обозреватель отдела политики "Газеты"')
        # (the trade may follow its qualifiers: 'специальный корреспондент «Журнала»', 'Chief political correspondent')
        if role and (len(role) <= MAX_ROLE_WORDS and role[-1] in patterns.byline_roles
                     or len(role) <= MAX_DESK_ROLE_WORDS and set(role[:ROLE_QUALIFIERS + 1]) & ROLE_BEFORE_OUTLET):
            name = _bare_names(BULLET.sub("", line.text), patterns, registry)
            if name:
                return name
    return None


# A writer's card under the lead: the name on a line of its own, then the writer's trade and beat
# ('Anna Novak' / 'Political correspondent for China and Mongolia.')
WRITER_TRADE = re.compile(
    r"^(?:[\w\-]+\s){0,2}(?:correspondent|reporter|writer|journalist|columnist|корреспондент|обозреватель|журналист"
    r"|fellow|researcher|analyst|научный сотрудник|аналитик)"
    r"\s(?:for|in|at|on|of|covering|по|в)\s",
    re.I,
)
AUTHOR_CARD_LINES = 4  # first lines of the article where the card may stand


def _writer_card(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The name above a line giving a writer's trade and beat, or opening a few words on the
    writer, near the top of the article."""
    # the card's name may close the head, its lines on the writer opening the article
    lines = [line for line in layout.head[-2:] + layout.body[:AUTHOR_CARD_LINES]
             if line.kind not in ("caption", "chrome") and line != layout.title]
    # the card may print the name again with the writer's web address glued to it ('Anna Novak' /
    # 'Anna Novakhttp://annanovak.org' / 'Anna Novak is a …'): the link is no line of the card's text
    lines = [line for above, line in zip([None] + lines, lines) if not (above and _name_with_link(above.text, line.text))]
    for line, following in zip(lines, lines[1:]):
        if line.kind == "short" and (WRITER_TRADE.match(following.text) or _bio_of(line.text, following.text)):
            name = _bare_names(line.text, patterns, registry)
            if name:
                return name
    return None


def _name_with_link(name: str, text: str) -> bool:
    """'Anna Novakhttp://annanovak.org' under 'Anna Novak': the name again, a web address after it."""
    return text.startswith(name) and bool(WEB_LINK.match(text[len(name):].strip()))


WEB_LINK = re.compile(r"^(?:https?://|www\.)\S+$")


def _bio_of(name: str, text: str) -> bool:
    """'Anna Novak studies politics at ...' under 'Anna Novak': the card's few lines on the writer,
    opening with the full name and a verb in lower case."""
    return text.startswith(name + " ") and text[len(name) + 1 : len(name) + 2].islower()


# An official's signed article: the office and the name on the line under the headline
# ('中华人民共和国主席 习近平', '中国驻白俄罗斯大使 张三')
SIGNER = re.compile(
    r"^[\u4e00-\u9fff]{0,24}(?:主席|总统|總統|总理|總理|大使|部长|部長|外长|外長|书记|書記|委员长|委員長|议长|議長|总书记|總書記)"
    r"\s+(?P<name>[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff·•]{1,10})$"  # a foreign name's dot: '伊万·彼得罗夫'
)


def _signer_under_headline(layout: Layout, patterns: Patterns) -> str | None:
    """The signer of an official's article, on the first line under its headline; or on the
    second, when the first prints the signer's name alone ('伊万·彼得罗夫' / '某国驻华大使 伊万·彼得罗夫')."""
    if layout.title is None:
        return None
    under = [line for line in layout.head if line.number > layout.title.number and line.kind != "chrome"][:2]
    if len(under) == 2 and under[1].text.endswith(" " + under[0].text):
        under = under[1:]  # the name alone over the office and the name again: the writer's card
    match = SIGNER.match(under[0].text) if under else None
    if not match or fold(match.group("name")) in patterns.cities or _named_in_article(match.group("name"), layout):
        return None  # a photo's label naming the story's subject ('白俄罗斯总统 卢卡申科'), not its signer
    return match.group("name")


def _named_in_article(name: str, layout: Layout) -> bool:
    """Whether the article names the person (a word's stem, so that declined forms count): its
    subject, then, not its writer, who is seldom named in the story."""
    body = fold(" ".join(line.text for line in layout.body))
    if CJK.search(name):
        return name in body
    return any(len(word) > 2 and _stem_in(word[: max(3, len(word) - 2)], body) for word in fold(name).split())


SHORT_STEM = 3  # a stem this short hides inside other words ('оль' in 'больше'): it must open a word


def _stem_in(stem: str, body: str) -> bool:
    if len(stem) > SHORT_STEM:
        return stem in body
    return re.search(rf"(?<!\w){re.escape(stem)}", body) is not None


# 'Анна Петрова: Беларусь и Китай ...': an aggregator's headline opening with its writer's name
NAME_BEFORE_HEADLINE = re.compile(r"^(?P<name>[^:：,]{4,40})[:：]\s+\S")


def _name_before_headline(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A writer's name before the headline on its line, a colon between; not a newsmaker quoted
    ('Лукашенко: ...'), whom the article names."""
    match = NAME_BEFORE_HEADLINE.match(layout.title.text) if layout.title else None
    if not match or _named_in_article(match.group("name"), layout):
        return None
    return _bare_names(match.group("name"), patterns, registry)


MIN_NAME_WORD_CHARS = 3


def _name_over_headline(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A writer's name alone on the line right above the headline, as some sites set it over the
    story ('Anna Novak' / headline); not a newsmaker or a kicker, which the article names."""
    if layout.title is None:
        return None
    # (the page's date and a views count may stand between: 'Anna Novak' / '1357' / '10.09.2001, 10:42')
    above = [line for line in layout.head if line.number < layout.title.number and line.kind not in ("chrome", "stamp")
             and not VIEWS_COUNT.match(line.text)]
    if not above or above[-1].kind != "short" or not 2 <= len(above[-1].text.split()) <= 3:
        return None
    text = above[-1].text
    between = [line for line in layout.head if above[-1].number < line.number < layout.title.number and line.kind != "chrome"]
    if between and not any(VIEWS_COUNT.match(line.text) for line in between):
        return None  # a menu's rubric or a banner over the date alone, no byline: the views count tells the byline box
    # a masthead in capitals ('INSTITUTE OF MECHANICS'), a language switcher ('Be Ru En') is no name
    if text.isupper() or any(len(word) < MIN_NAME_WORD_CHARS for word in text.split()):
        return None
    if is_byline(text, patterns) or _named_in_article(text, layout):
        return None
    return _bare_names(text, patterns, registry)


def _name_over_untitled_article(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A copy with no headline whose one line above the first paragraph (under a republication
    note or a masthead's credit) is a bare name the story never mentions: its writer's signature."""
    if layout.title is not None:
        return None
    above = [line for line in layout.head if line.kind not in ("chrome", "credit", "caption")]
    if len(above) != 1 or above[0].kind != "short":
        return None
    text = above[0].text
    if CJK.search(text):
        return _cjk_name_over_untitled_article(text, layout, patterns, registry)
    if not 2 <= len(text.split()) <= 3:
        return None
    signature = signature_with_place(text, " ".join(line.text for line in layout.body))
    if signature:
        return signature  # 'Amaka Obi, Kano': the writer and the place filed from
    if text.isupper() or is_byline(text, patterns) or _named_in_article(text, layout):
        return None
    return _bare_names(text, patterns, registry)


# a Chinese name alone: two or three characters, opening with a common surname
CJK_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _cjk_name_over_untitled_article(text: str, layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'王明' alone over a copy's first paragraph: a writer's name, its surname a common one, that
    the story never mentions."""
    if not CJK_SIGNATURE.match(text) or text[0] not in patterns.common_surnames or _place(text, patterns):
        return None
    if any(text in line.text for line in layout.body):
        return None
    return person_names(text, registry)


def _before_role(name: str, patterns: Patterns) -> str:
    """'Павел Петров Редактор сайта' -> 'Павел Петров': a role printed after the name, with no
    comma, ends it."""
    words = name.split()
    for i, word in enumerate(words[2:], start=2):
        if fold(word) in patterns.byline_roles:
            return " ".join(words[:i])
    return name


# A Chinese reporters' credit in brackets on a line of its own ('（总台央视记者 张三 李四）')
BRACKETED = re.compile(r"^[(（][^()（）]{2,40}[)）]$")


def _credit_after_article(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A credit in brackets alone on a line after a paragraph, as papers and broadcasters sign
    their stories ('（记者 张三）'); the last such line counts."""
    for line in reversed(layout.body):
        if not BRACKETED.match(line.text) or is_not_author_credit(line.text, patterns):
            continue
        for pattern in patterns.bylines:
            match = pattern.search(line.text)
            name = person_names(match.group("name"), registry) if match else None
            if name:
                return name
    return None


# 'Anna NovakPolitics': a byline with the section's label glued to it
GLUED_LABEL = re.compile(r"^(?P<name>.+?[a-zа-яё])(?P<label>[A-ZА-ЯЁ][\w\-]+(?: [\w\-]+){0,2})$")


def _name_glued_to_label(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A name with a section's label glued to it ('Anna NovakPolitics', 'Иван ПетровПолитика'):
    a copied byline box (author, then rubric) near the headline."""
    for line in layout.head:
        if line.kind != "short":
            continue
        match = GLUED_LABEL.match(line.text)
        if not match or not set(fold(match.group("label")).split()) <= patterns.not_name_words:
            continue
        name = _bare_names(match.group("name"), patterns, registry)
        if name:
            return name
    return None


def _name_under_headline(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'Ирина Лосевская' alone on the one line between the headline and the article's first
    paragraph: two or three capitalized words that name no place, outlet or newsmaker."""
    if layout.title is None:
        return None
    # a page prints its headline twice (the page's title, then the heading), and a magazine its
    # deck between headline and byline: the byline is under the last copy, the deck left out
    copies = [line for line in layout.head if line.text == layout.title.text]
    anchor = copies[-1] if copies else layout.title
    printed = {line.text for line in layout.head if line.number <= anchor.number}
    deck = layout.subtitle.text if layout.subtitle else None
    # a video's running time ('02:51') under the byline is the player's, and a separator alone ('|')
    # the page's, no line of the credit
    # and a views count alone ('764') the counter's
    under = [line for line in layout.head if line.number > anchor.number and line.kind not in ("chrome", "caption")
             and line.text not in printed and not RUNNING_TIME.match(line.text) and not VIEWS_COUNT.match(line.text)
             and re.search(r"\w", line.text) and not _section_name(line.text, patterns)]
    # (the deck may stand over a byline box of two lines as well as over a byline of one)
    if len(under) >= 2 and under[0].text == deck:
        under = under[1:]
    if len(under) == 2 and under[1].text.startswith(under[0].text):
        # an author's box prints the name twice (its picture's text, then the name, its role glued on)
        under = under[:1]
    if len(under) != 1 or under[0].kind != "short":
        return None
    # '- Анна Петрова': the name as a list's item
    text = _without_outlet_before(_without_outlet_after(BULLET.sub("", under[0].text), registry), patterns, registry)
    text = _without_city_filed_from(text, patterns)
    if not 2 <= len(text.split()) <= 3:
        return None
    if is_byline(text, patterns) or re.search(r"[,|/]", text):
        return None
    words = [fold(word) for word in text.split()]
    if any(word in patterns.cities for word in words):
        return None  # 'Minsk Tractor Works': a place's name in it
    # a writer is seldom named in the story; a name the story repeats is its subject ('Eagle Assault'),
    # unless the story names it as the one who writes ('…, пишет Анна Петрова в блоге …')
    body = fold(" ".join(line.text for line in layout.body))
    # an English page names its Russian interviewee in Latin letters ('Андрей Мишин' / 'Andrei Mishin')
    spellings = words + [_latin(word) for word in words if CYRILLIC_WORD.match(word)]
    if any(len(word) > 2 and word in body for word in spellings) and not _named_as_writer(text, body):
        return None
    return _bare_names(text, patterns, registry)


# 'TRIBUNE-uz, Анна Петрова': the outlet, a comma, then the writer
OUTLET_BEFORE_NAME = re.compile(r"^(?P<outlet>[^\W_][\w.\-]{1,30}),\s+(?P<name>[^,]{4,40})$")
WEB_NAME = re.compile(r"[^\W_][.\-](?:[a-z]{2,3}|[A-Z]{2,3})$")  # a site's name with its country's domain: 'TRIBUNE-uz', 'Gazeta.uz'


# 'Anna Novak, Al Arabiya English', 'Анна Петрова | РИА Новости', 'Anna Novak - The Daily Post': the
# writer, then the outlet she writes for after a comma, a bar or a spaced dash
NAME_THEN_OUTLET = re.compile(r"^(?P<name>[^,|｜/]{4,40}?)\s*(?:,|[|｜]|\s[-–—])\s*(?P<outlet>[^,|｜/]{2,40})$")


def _without_outlet_after(text: str, registry: Registry) -> str:
    """The name before a registered outlet's; any other word after the comma is left for the
    checks that follow (a place, a role)."""
    match = NAME_THEN_OUTLET.match(text.strip())
    return match["name"] if match and source_named(registry, match["outlet"].strip()) else text


def _without_outlet_before(text: str, patterns: Patterns, registry: Registry) -> str:
    """The name after its outlet and a comma, the outlet a registered one or a site's name with its
    country's domain; no city ('MINSK, Anna Novak' is a dateline)."""
    match = OUTLET_BEFORE_NAME.match(text)
    if not match or fold(match["outlet"]) in patterns.cities:
        return text
    outlet = match["outlet"]
    return match["name"] if source_named(registry, outlet) or WEB_NAME.search(outlet) else text


CYRILLIC_WORD = re.compile(r"^[а-яё\-]+$")
LATIN_LETTERS = dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziiklmnoprstufye")) | {
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "ю": "yu", "я": "ya"}


def _latin(word: str) -> str:
    """A Russian word in Latin letters, as English papers spell names ('мишин' -> 'mishin')."""
    return "".join(LATIN_LETTERS.get(char, char) for char in word)


RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
VIEWS_COUNT = re.compile(r"(?i)^\d{1,7}(?:\s+(?:views?|просмотр(?:а|ов)?))?$")  # '764', '239 просмотров'


def _section_name(text: str, patterns: Patterns) -> bool:
    """'Экономика', 'World News': a section's name set over the byline, no person."""
    words = set(fold(text).split())
    return bool(words) and words <= patterns.not_name_words
FILED_FROM = re.compile(r"^(?P<name>.+?)\s+(?:in|from|в|из)\s+(?P<city>[^\W\d_][\w\-’' ]{1,30})$")


def _without_city_filed_from(text: str, patterns: Patterns) -> str:
    """'Anna Novak in London': a correspondent's name and the known city she files from; the name."""
    match = FILED_FROM.match(text)
    return match.group("name") if match and fold(match.group("city")) in patterns.cities else text


def _bulleted_name_under_date(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'- 02 сентября 2025 07:53' / '- Анна Петрова', '12 May 2025' / '• Anna Novak': a page's date
    and its author as the two first items of a list of the article's details, above or under the
    headline; not a tag naming the story's newsmaker, whom the paragraphs name."""
    lines = [line for line in layout.head if line.kind != "chrome"]
    body = fold(" ".join(line.text for line in layout.body))
    for above, line in zip(lines, lines[1:]):
        if not BULLET.match(line.text) or not find_dates(above.text):
            continue
        name = _bare_names(BULLET.sub("", line.text).strip(), patterns, registry)
        return None if not name or fold(name) in body else name
    return None


WRITES = r"(?:пишет|пишут|отмечает автор|writes|wrote)\s+"


def _named_as_writer(name: str, body: str) -> bool:
    """Whether the (folded) story introduces the name as its writer's ('пишет Анна Петрова')."""
    return bool(re.search(WRITES + re.escape(fold(name)) + r"\b", body))


def _name_beside_date(lines: list[Line], patterns: Patterns, registry: Registry, title: Line | None,
                      article: list[Line]) -> str | None:
    """'Lydia Chen' on its own line right above 'Published: ...' or right under the date stamp
    (chrome such as '+ Follow', or a photo credit under the stamp, between)."""
    if title is None:
        return None
    content = [line for line in lines if line.kind != "chrome" and line.number > title.number]
    for i, (line, following) in enumerate(zip(content, content[1:])):
        if following.kind == "stamp" and line.kind == "short" and not is_byline(line.text, patterns):
            # right between the headline and its date, a newsmaker's name is the author's
            # (an ambassador's or a minister's article), not a tag
            name = _bare_names(line.text, patterns, registry, newsmaker=i == 0)
            if name:
                return name
    under = [line for line in content if line.kind != "caption"]
    body = fold(" ".join(line.text for line in article))
    for stamp, line in zip(under, under[1:]):
        if stamp.kind == "stamp" and line.kind == "short" and not is_byline(line.text, patterns):
            name = _bare_names(BULLET.sub("", line.text), patterns, registry)  # '• Anna Novak': a list's item
            if name and fold(name) in body:
                return None  # a tag naming the story's newsmaker, whom its paragraphs name in full
            if name:
                return name
            break  # a place line ('MOSCOW') under the stamp: the stamp may still hold the name
    if CJK.search(title.text):
        # a Chinese page prints its writers in characters: Latin words in its stamp are the
        # source's name in pinyin ('Huan Qiu Wang·2026-01-04'), not a writer; a writer's name in characters after
        # the outlet's is one
        return next(filter(None, (_cjk_writer_after_outlet(line, patterns, registry) for line in content)), None)
    return next(filter(None, (_name_in_stamp(line, patterns, registry) for line in content)), None)


# Where a date line's first part ends: a bar, or the label of the date ('Published', 'Updated')
STAMP_PARTS = re.compile(r"\s*\|\s*|\s+(?:published|updated|posted|опубликовано|обновлено)\b", re.I)
# A social-media handle printed beside a name ('Anna Novak (@annanovak)')
HANDLE = re.compile(r"\s*[(（]?@[\w.]{2,30}[)）]?")
# a site's age of the story before its date ('Anna Novak 2 minutes ago Fri 04th May 2020'): no part of the name
RELATIVE_TIME = re.compile(r"\s+\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b", re.I)
# a day of the week printed before the date ('Fri 04th May 2020')
WEEKDAY_TAIL = re.compile(r"\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*$", re.I)
# a site's posting credit opening its date line ('Опубликовано Anna Novak - ср, 18/03/2026', 'Posted by X |
# 18/03/2026'): the label is no part of the name after it
POSTING_LABEL = re.compile(
    r"^(?:опубликовано|опубликовал[аи]?|размещено|разместил[аи]?|добавлено|добавил[аи]?|posted|published|submitted|added)"
    r"(?:\s+(?:by|пользователем|автором))?\s+", re.I)
# the words after a date that ends its line's first part, nothing else after them; the stamp's time
# and the story's count of views may stand between ('25 сентября 2025 20:30 423 Анна Петрова',
# 'Jul 7, 2017 · 14:05 · 1520 Anna Novak')
NAME_AFTER_DATE = re.compile(r"^(?:[\s,·•|\-–—]+(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|\d{1,7}))*"
                             r"[\s,·•|\-–—]+(?P<name>[^\d|,]{4,40}?)\s*$")


def _name_in_stamp(line: Line, patterns: Patterns, registry: Registry) -> str | None:
    """'Anna Novak | 05.07.2024 - 14:22 GMT', 'Anna Novak (@annanovak) Published May 5, 2024':
    a name in the first part of a date line, a social-media handle after it left out."""
    parts = STAMP_PARTS.split(RELATIVE_TIME.sub(" ", line.text), maxsplit=1)
    head = parts[0]
    if len(parts) < 2 or re.search(r"\d", head):
        # 'Anna Novak Jun 18, 2015', 'Anna Novak Fri 04th May 2020 | 10:54': the name right before the date
        dates = find_dates(head)
        at = head.find(dates[0].printed) if dates else -1
        parts = [WEEKDAY_TAIL.sub("", head[:at]).rstrip(" ,·•-–—"), head[at:]] if at > 0 else parts
        if at == 0 and line.kind == "stamp":
            # 'Jul 7, 2017 Anna Novak': the name right after the date, the last words of its part
            name = NAME_AFTER_DATE.match(head[len(dates[0].printed):])
            return _bare_names(name.group("name"), patterns, registry) if name else None
    first = _without_outlet_spaced(POSTING_LABEL.sub("", HANDLE.sub("", parts[0]).strip()), patterns, registry)
    if line.kind != "stamp" or len(parts) < 2 or not first or re.search(r"\d", first):
        return None
    return _bare_names(first, patterns, registry)


def _cjk_writer_after_outlet(line: Line, patterns: Patterns, registry: Registry) -> str | None:
    """'某某汽车 王明 2025-10-27 07:35:02': the writer's name in characters between a stamp's outlet and its date."""
    dates = find_dates(line.text) if line.kind == "stamp" else []
    at = line.text.find(dates[0].printed) if dates else -1
    name = _without_outlet_spaced(line.text[:at].strip(), patterns, registry) if at > 0 else ""
    if not CJK_SIGNATURE.match(name) or name == line.text[:at].strip():
        return None
    return name if _surnamed_person(name, patterns, registry) else None


# '某某汽车 王明 2025-10-27 07:35', 'ТАСС  Анна Петрова  12.05.2024': a stamp line opening with its outlet's name, then
# the writer's after a space
OUTLET_SPACE_NAME = re.compile(r"^(?P<outlet>\S{2,30}?)[ \t\u3000]+(?P<name>\S.{1,40})$")


def _without_outlet_spaced(text: str, patterns: Patterns, registry: Registry) -> str:
    """The writer's name after a registered outlet's and a space, in a stamp's first part (a city there is a place)."""
    match = OUTLET_SPACE_NAME.match(text)
    if not match or fold(match["outlet"]) in patterns.cities or not source_named(registry, match["outlet"]):
        return text
    return match["name"]


# a full stop after a word (not an initial, not 'Dr.' or 'Mrs.') with more after it: a caption
# ('Иван Петров. Фото: …', cut short by the copy as 'Иван Петров. Фот'), not a signature
SENTENCE_BREAK = re.compile(r"[a-zа-яёіў]{3}\.\s+\S")


def _bare_names(text: str, patterns: Patterns, registry: Registry, *, newsmaker: bool = False) -> str | None:
    """Names standing alone on a line ('Lydia Chen', 'Pjotr Sauter in Riga and Helena Davis in Taipei',
    'Анна Петрова, Иван Смирнов'); not a section, a place or an outlet; a newsmaker's name
    (a tag) only if asked."""
    if CJK.search(text) or len(text) > MAX_BARE_BYLINE or re.search(r"[.!?:]$", text) or SENTENCE_BREAK.search(text):
        return None
    if fold(text) in patterns.cities or (registry.entity_named(text) and not newsmaker):
        return None  # a place line, or a tag naming a newsmaker, park or agreement
    first, *rest = re.split(r"\s*,\s*", text)
    # 'Anna Novak, Staff Reporter', 'Anna Novak, Wall Street Journal': a role or the paper she
    # writes for after the name is not another person
    parts = [first] + [part for part in rest
                       if not set(fold(part).split()) & patterns.byline_roles and not source_named(registry, part)]
    people = [person_names(part, registry) for part in parts]
    if not all(people):
        return None
    names = ", ".join(people)
    if any(len(n.split()) > 4 for n in names.split(", ")):
        return None
    if set(fold(first).split()) <= patterns.byline_roles:
        return None  # 'Staff Correspondent' alone: a role without the name it belongs to
    return None if set(fold(names).split()) & patterns.not_name_words else names


def _name_at_end(closing: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """A name alone on the last line of the article ('Максим Юсин'), as some papers sign, or with
    the agency the writer works for ('Анна Петрова, БелаПАН.')."""
    lines = [line for line in _above_footer(closing) if line.kind not in ("chrome", "caption", "credit")]
    while lines and AUTHORS_PHOTOS.match(lines[-1].text):
        lines = lines[:-1]  # 'Анна Петрова' / 'Фото автора': the signer took the pictures too
    if len(lines) > 3 and lines[-2].kind == "source" and lines[-1].text == lines[-3].text:
        lines = lines[:-2]  # 'Anna Novak' / 'TCA' / 'Anna Novak': the outlet she writes for, her name again
    lines = _signature_over_role(lines)
    # a signature follows the last paragraph, not a list of tags or links
    if len(lines) < 2 or lines[-1].kind != "short" or lines[-2].kind != "prose":
        return None
    text = _without_office(_without_city_after(_without_city_before(_without_agency_stop(lines[-1].text, registry), patterns), patterns))
    name = _bare_names(text, patterns, registry)
    return None if name and _quoted_above(name, lines[:-1]) else name


# 'Анна Петрова, фото Ивана Смирнова, site.by', 'Anna Novak; photos by Ian Lee', 'Ганна Петрова / фота
# Івана Смірнова', 'Text: Anna Novak, photos: Ian Lee': a writer's signature closing the story (perhaps
# labelled), with the credit for its pictures (and the outlet's name or address) after it; the one who
# took the pictures is not the writer
SIGNATURE_PICTURE_CREDIT = re.compile(
    rf"^(?:{WRITER_CREDIT_WORDS}\s*[:：]\s*)?(?P<name>[^,;/|:()\d]{{3,40}}?)\s*[,;/|.]\s*{PICTURE_CREDIT_WORDS}"
    r"(?:\s+by)?\s*[:：\-–—]?\s+(?P<other>[^,;|]{2,60}?)(?:\s*[,;|]\s*[^,;|]{2,60})?\s*\.?$",
    re.I,
)


def _signature_with_picture_credit(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writer in the signature right under the story's last paragraph that credits its pictures
    to someone else after the name ('Анна Петрова, фото Ивана Смирнова, site.by'); a name the story
    itself mentions is a caption's newsmaker, not a signature."""
    line = _line_under_story(layout)
    match = line and SIGNATURE_PICTURE_CREDIT.match(line.text.strip())
    if not match or AUTHORS_PHOTOS.match(match.group("name")):
        return None
    name = _bare_names(match.group("name").strip(), patterns, registry)
    story = replace(layout, body=[other for other in layout.body if other is not line])
    return None if not name or _named_in_article(name, story) else name


def _line_under_story(layout: Layout) -> Line | None:
    """The first line after the story's last paragraph: in the closing lines, or, on a copy with no
    headline whose paragraph has its credits and the page's other lines under it, in the head."""
    prose = [line for line in layout.closing if line.kind == "prose"]
    if not prose:
        return None
    last = prose[-1].number
    after = sorted((line for line in layout.closing + layout.head if line.number > last and line.text.strip()),
                   key=lambda line: line.number)
    return after[0] if after else None


# the writer's own pictures credited under her signature ('Photos of the author', 'Фото автора')
AUTHORS_PHOTOS = re.compile(r"^(?:photos?\s+(?:of|by)\s+the\s+author|фото\s+автора|фото:?\s+автор)\.?$", re.I)


def _above_footer(closing: list[Line]) -> list[Line]:
    """The closing lines above the site's copyright line ('© 1997-2016'): what follows it (an
    address, a phone) is the footer's, not the article's last line."""
    last_prose = max((i for i, line in enumerate(closing) if line.kind == "prose"), default=-1)
    mark = next((i for i, line in enumerate(closing) if i > last_prose and line.kind == "chrome" and "©" in line.text), None)
    return closing if mark is None else closing[:mark]


# An office after a signature's comma ('Т.Гагакова, начальник отдела по работе со СМИ облисполкома',
# 'A. Novak, head of the press office'): a press officer signs the release with her post; a sentence
# going on after the post ('Li Wei, head of the company, said …') quotes a newsmaker
SIGNER_OFFICE = re.compile(
    r",\s*(?:начальник|заместитель|главный специалист|ведущий специалист|специалист|пресс-секретар[ья]"
    r"|сотрудник|руководитель|head of|deputy head|press (?:officer|secretary)|spokes(?:person|man|woman))\b[^,;.!?]*$",
    re.I | re.S,
)


def _without_office(text: str) -> str:
    """'Т.Гагакова, начальник отдела …' -> 'Т.Гагакова': the signer's post is no second person."""
    return SIGNER_OFFICE.sub("", text)


def _quoted_above(name: str, above: list[Line]) -> bool:
    """Whether every word of the name opens a word of the story above it ('Анна Сенде' under a
    quote of 'Анна Сендер'): a picture's caption naming its speaker, cut short by the copy, not
    the writer's signature, whom the story does not name."""
    words = set(fold(" ".join(line.text for line in above)).split())
    return all(any(word.startswith(part) for word in words) for part in fold(name).replace(",", " ").split())


def _without_city_before(text: str, patterns: Patterns) -> str:
    """'Пекин, Елена Петрова' -> 'Елена Петрова': a correspondent signs with the city she files
    from before her name."""
    city, comma, rest = text.partition(",")
    return rest.strip() if comma and rest.strip() and fold(city.strip()) in patterns.cities else text


def _without_city_after(text: str, patterns: Patterns) -> str:
    """'Анна ПЕТРОВА, Актобе' -> 'Анна ПЕТРОВА': a regional correspondent signs with the known city
    she files from after her name."""
    rest, comma, city = text.rpartition(",")
    return rest.strip() if comma and rest.strip() and fold(city.strip()) in patterns.cities else text


# a correspondent's role and agency on the line under her signature ('корр. УзА.', 'Correspondent, BelTA')
CORRESPONDENT_LINE = re.compile(r"(?i)^(?:корр\.|корреспондент|собкор|спецкор|correspondent)(?:[\s,]+[^\s,]{1,30}){0,3}\.?$")


def _signature_over_role(lines: list[Line]) -> list[Line]:
    """'Анна Петрова,' / 'корр. УзА.': a signature set over two lines, the name with its comma over
    the correspondent's role; the name stands for the signature."""
    if len(lines) < 3 or not CORRESPONDENT_LINE.match(lines[-1].text) or not lines[-2].text.endswith(","):
        return lines
    return lines[:-2] + [replace(lines[-2], text=lines[-2].text.rstrip(" ,"))]


def _without_agency_stop(text: str, registry: Registry) -> str:
    """'Анна Петрова, БелаПАН.' -> 'Анна Петрова, БелаПАН': a signature ending with its outlet
    may close with a full stop, which a sentence ending with a name would not justify."""
    head, _, outlet = text.rpartition(",")
    if head and outlet.endswith(".") and source_named(registry, outlet.strip(" .")):
        return text[:-1]
    return text


# 'Anna Novak is a freelance journalist based in Riga', 'Иван Петров — политолог, эксперт …': a
# columnist's note under an opinion piece, the writer's name and trade
AUTHOR_NOTE = re.compile(
    r"^(?P<name>(?-i:[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){1,3}))\s+is\s+(?:a|an|the)\s+(?:[\w\-]+,?\s+){0,4}?"
    r"(?:journalist|writer|researcher|analyst|columnist|correspondent|reporter|fellow|professor|lecturer|scholar|"
    r"contributor|commentator|author|editor)s?\b"
    r"|^(?P<ru_name>(?-i:[А-ЯЁ][а-яё\-]+\s[А-ЯЁ][а-яё\-]+))\s+[—–-]\s+(?:[\w\-]+,?\s+){0,3}?"
    r"(?:журналист|политолог|аналитик|обозреватель|колумнист|публицист|историк|экономист)",
    re.I,
)
MAX_AUTHOR_NOTE_WORDS = 40


def _note_on_author(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writer named in a note on them at the end of the piece ('Anna Novak is a freelance
    journalist based in Riga'), who is named nowhere else in it: one the story names is a
    newsmaker it describes, not its writer."""
    lines = [line for line in layout.closing if line.kind not in ("chrome", "caption")]
    note = lines[-1] if lines else None
    match = AUTHOR_NOTE.match(note.text) if note and len(note.text.split()) <= MAX_AUTHOR_NOTE_WORDS else None
    if match is None:
        return None
    return _writer_named_once(match.group("name") or match.group("ru_name"), note, layout, patterns, registry)


# 'Иван Петров, заместитель главного редактора газеты «Звезда»', 'Anna Novak, editor of The Daily Post':
# a guest writer under the headline, the post he holds at a paper after his name
NAME_WITH_PRESS_POST = re.compile(
    r"^(?P<name>(?-i:[A-ZА-ЯЁ][a-zа-яё’'\-]+(?:\s[A-ZА-ЯЁ][a-zа-яё’'\-]+){1,2})),\s+[^:：!?]{0,40}?"
    r"\b(?:редактор|корреспондент|обозревател|журналист|колумнист|editor|correspondent|columnist|journalist|reporter)"
    r"[^:：!?]{0,80}$",
    re.I,
)


def _name_with_press_post(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A writer's name and his post at a paper on the first line under the headline, whom the
    story does not name: one it names is a newsmaker it presents."""
    if layout.title is None:
        return None
    under = [line for line in layout.head + layout.body[:1]
             if line.number > layout.title.number and line.kind not in ("chrome", "caption")]
    match = NAME_WITH_PRESS_POST.match(under[0].text.strip()) if under else None
    if match is None:
        return None
    story = [line for line in layout.body if line.number != under[0].number]
    return None if _named_in_article(match["name"], replace(layout, body=story)) else _bare_names(match["name"], patterns, registry)


# 'Anna Novak, political scientist', 'Иван Петров, политолог': an opinion piece signed by an expert
# under its standfirst or pull quote, the writer's trade after the name and nothing else on the line
NAME_WITH_EXPERT_TRADE = re.compile(
    r"^(?P<name>(?-i:[A-ZА-ЯЁ][a-zа-яё’'\-]+(?:\s[A-ZА-ЯЁ][a-zа-яё’'\-]+){1,2})),\s+(?:[\w\-]+\s){0,2}"
    r"(?:political scientist|political analyst|analyst|economist|historian|sociologist|expert"
    r"|политолог|аналитик|экономист|историк|социолог|эксперт)(?:\s[\w\-]+){0,3}$",
    re.I,
)
EXPERT_SIGNATURE_LINES = 3  # first lines of the article where the signature may stand


def _expert_signing_under_standfirst(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """An expert's signature ('Anna Novak, political scientist') on a short line among the first
    under the headline, whom the story names nowhere else: one it names is a newsmaker it quotes."""
    if layout.title is None:
        return None
    under = [line for line in layout.body[:EXPERT_SIGNATURE_LINES] if line.kind == "short"]
    signature = next((line for line in under if NAME_WITH_EXPERT_TRADE.match(line.text)), None)
    if signature is None:
        return None
    name = NAME_WITH_EXPERT_TRADE.match(signature.text)["name"]
    # each of the name's words: the expert's first name may be a newsmaker's too ('Alexey' in 'Alexander')
    story = fold(" ".join(line.text for line in layout.body if line.number != signature.number))
    if all(_stem_in(word[: max(3, len(word) - 2)], story) for word in fold(name).split()):
        return None
    return _bare_names(name, patterns, registry)


# '■本报记者王明张晓华', '记者丨王明张晓华李强': a paper's reporters run together after its credit,
# five to nine characters (a run of four is read as one name by the byline patterns)
OWN_REPORTERS_RUN = re.compile(
    r"^[■●▪◆]?\s*(?:本报|本報)?(?:特派|特约|特約)?(?:记者|記者)\s*[丨|｜]?\s*(?P<run>[\u4e00-\u9fff]{5,9})$")
def _surname_splits(run: str, surnames: frozenset[str]) -> list[list[str]]:
    """The ways to part a run into names of two or three characters, each opening with a common surname."""
    if not run:
        return [[]]
    if run[0] not in surnames:
        return []
    return [[run[:cut], *rest] for cut in (2, 3) if cut <= len(run) and len(run) - cut != 1
            for rest in _surname_splits(run[cut:], surnames)]


def _own_reporters_run_together(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """Reporters printed with no space between after the reporters' credit ('本报记者', '记者丨'):
    parted only where one way alone gives names of two or three characters, each opening with a
    common surname."""
    # the credit under the headline, or in a video's crew list closing the page ('监制丨…' / '记者丨…')
    lines = [line for line in layout.head + lead(layout) + layout.closing if line.kind != "chrome"]
    match = next(filter(None, (OWN_REPORTERS_RUN.match(line.text.strip()) for line in lines)), None)
    splits = _surname_splits(match["run"], patterns.common_surnames) if match else []
    if len(splits) != 1:
        return None  # no way, or two ways, to part the names
    people = [person_names(name, registry) for name in splits[0]]
    return ", ".join(people) if all(people) else None


CJK_RUN = re.compile(r"^[\u4e00-\u9fff]{5,9}$")


def _reporters_parted(names: str, patterns: Patterns, registry: Registry) -> str:
    """'劉華許曉青' -> '劉華, 許曉青': a wire's reporters run together in its dateline's brackets
    ('(記者劉華許曉青)') or after a byline's label, parted as after a paper's own credit, where one way alone gives names
    opening with common surnames; a run parted no way (a foreign name) is kept whole. Each writer of
    a list is parted alone: a list may set its first names apart and run its last ones together
    ('王明 李华张晓东')."""
    return ", ".join(_run_parted(name, patterns, registry) for name in names.split(", "))


def _run_parted(names: str, patterns: Patterns, registry: Registry) -> str:
    splits = _surname_splits(names, patterns.common_surnames) if CJK_RUN.match(names) else []
    people = [person_names(name, registry) for name in splits[0]] if len(splits) == 1 else []
    return ", ".join(people) if people and all(people) else names


# 'Author: Anna Novak, Director, Institute of Trade, Li Wei, Research Associate, Institute of Trade':
# each writer's name followed by her post, the credit too long for a byline's pattern
LABELLED_POSTS = re.compile(r"^(?:authors?|by)\s*[:：]\s*(?P<credit>[^|()\[\]\d:：]{10,300}?)\.?$", re.I)
POST_WORDS = {"director", "professor", "associate", "assistant", "research", "researcher", "fellow", "lecturer", "dean",
              "head", "deputy", "chair", "chairman", "president", "vice", "senior", "chief", "secretary", "expert"}
INSTITUTION_WORDS = {"university", "institute", "department", "centre", "center", "academy", "school", "ministry",
                     "college", "office", "bank", "company", "group", "management", "studies"}
NAME_SHAPE = re.compile(r"^(?-i:[A-Z][a-z’'\-]+)(?:\s(?-i:[A-Z][a-z’'\-]+)){1,2}$")


def _authors_with_posts(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writers of a labelled credit printing each one's post after the name: every name must
    be followed by a part opening with a post's word, the parts after it the post's too until the
    next name."""
    lines = [line for line in layout.head + lead(layout) if line.kind != "chrome"]
    match = next(filter(None, (LABELLED_POSTS.match(line.text.strip()) for line in lines)), None)
    parts = [part.strip() for part in match["credit"].split(",")] if match else []
    names, after_name = [], False
    for part in parts:
        words = fold(part).split()
        if after_name and (not words or words[0] not in POST_WORDS):
            return None  # each name's post follows it
        if not after_name and NAME_SHAPE.match(part) and not set(words) & (POST_WORDS | INSTITUTION_WORDS):
            names.append(part)
            after_name = True
        elif not names:
            return None
        else:
            after_name = False  # the post, or a further part of it ('Department of Trade')
    if not names or after_name:
        return None
    people = [person_names(name, registry) for name in names]
    return ", ".join(people) if all(people) and not _anonymous(people[0]) else None


# An author box after the story: the writer's name alone on a line, then a note opening with it
# ('Anna Novak' / 'Anna Novak has worked for the paper as a journalist since 1999 ...')
AUTHOR_BOX_NOTE = re.compile(
    r"^(?P<name>(?-i:[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){1,3}))\s+(?:has\s+(?:worked|been|written|reported)|is|was"
    r"|worked|writes)\b[^.;]{0,120}?\b(?:journalist|writer|reporter|correspondent|editor|columnist|translator)s?\b"
)


def _author_box(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writer of an author box closing the page: a name alone on a line and, below it, a note on
    the writer opening with that name; one the story above the box names is a newsmaker it
    describes, not its writer."""
    lines = sorted({line.number: line for line in layout.body + layout.closing}.values(), key=lambda line: line.number)
    for note in layout.closing:
        match = AUTHOR_BOX_NOTE.match(note.text)
        name = match and match.group("name")
        heading = name and next((line for line in lines if line.text.strip() == name), None)
        if heading is None or heading.number > note.number:
            continue
        # each of the name's words: the writer's first name may be a newsmaker's too ('Anna Novak'
        # under a story on 'Anna Petrova')
        story = fold(" ".join(line.text for line in lines if line.number < heading.number))
        if not all(word[: max(3, len(word) - 2)] in story for word in fold(name).split()):
            return _bare_names(name, patterns, registry)
    return None


# '..., says academic Anna Novak.', '..., argues US scholar Li Wei.': a commentary's standfirst
# naming its writer by a writer's trade (not a newsmaker's: 'says minister X' quotes someone)
STANDFIRST_WRITER = re.compile(
    r",\s+(?:says|argues|writes|notes|observes|explains|contends|suggests)\s+(?:(?-i:[A-Z][\w\-]*)\s+){0,3}"
    r"(?:academic|scholar|researcher|commentator|columnist|correspondent|journalist|writer)\s+"
    r"(?P<name>(?-i:[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){1,3}))\.$",
    re.I,
)

# 'Our author Anna Novak is travelling ...', 'Наш автор Иван Петров побывал ...': an editor's note
# in the standfirst presenting the writer
OUR_AUTHOR = re.compile(
    r"(?:^|[.!?]\s+)(?:our|наш|наша)\s+(?:guest\s+|own\s+|постоянный\s+)?(?:author|columnist|contributor|автор|колумнист)\s+"
    r"(?P<name>(?-i:[A-ZА-ЯЁ][a-zа-яё’'\-]+(?:\s[A-ZА-ЯЁ][a-zа-яё’'\-]+){1,2}))\b",
    re.I,
)


def _writer_in_standfirst(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The writer a commentary's standfirst names at its end (the first paragraph under the
    headline: '..., says academic Anna Novak.') or presents ('Our author Anna Novak ...'), when the article names them nowhere else: one
    the story names again is a newsmaker it quotes."""
    first = layout.subtitle or (lead(layout, 1) or [None])[0]
    match = (STANDFIRST_WRITER.search(first.text) or OUR_AUTHOR.search(first.text)) if first and layout.title else None
    if match is None:
        return None
    return _writer_named_once(match.group("name"), first, layout, patterns, registry)


def _writer_named_once(name: str, presenting: Line, layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """The name a line presents as the writer's, unless the rest of the article names them too:
    one the story names again is a newsmaker it describes or quotes, not its writer."""
    others = [line for line in layout.body if line.number != presenting.number]
    if _named_in_article(name, replace(layout, body=others)):
        return None
    return _bare_names(name, patterns, registry)


# 'Ольга ШЕСТАКОВА', 'Anna NOVAK', 'ПЕТРОВ Иван': a byline printing the surname in capitals, the
# given name as written, alone on its line; one name or a few joined by commas or 'and'
GIVEN_NAME = r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?"
CAPITALS_SURNAME = r"[A-ZА-ЯЁ]{3,}(?:-[A-ZА-ЯЁ]{2,})?"
ONE_CAPITALS_NAME = rf"(?:{GIVEN_NAME}\s+{CAPITALS_SURNAME}|{CAPITALS_SURNAME}\s+{GIVEN_NAME})"
SURNAME_IN_CAPITALS = re.compile(rf"^{ONE_CAPITALS_NAME}(?:(?:\s*,\s*|\s+(?:и|and|&)\s+){ONE_CAPITALS_NAME}){{0,3}}$")
CAPITALS_NAME_LINES = 4  # first lines of the article where the byline may stand


def _name_with_surname_in_capitals(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A name with its surname in capitals alone on a line near the top of the article, as papers
    print their writers' bylines, whom the story never names: a name the story names is a
    newsmaker's (an interviewee's, a caption's), not the writer's."""
    top = [line for line in layout.head if layout.title is None or line.number > layout.title.number]
    top += layout.body[:CAPITALS_NAME_LINES]
    for line in top:
        text = line.text.strip()
        if line.kind in ("chrome", "caption") or not SURNAME_IN_CAPITALS.match(text):
            continue
        story = [other for other in layout.body if other.number != line.number]
        people = re.split(r"\s*,\s*|\s+(?:и|and|&)\s+", text)
        if any(_named_in_article(person, replace(layout, body=story)) for person in people):
            return None
        return _bare_names(text, patterns, registry)
    return None


CJK_NAME_LINE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[\s、+＋]+[\u4e00-\u9fff·]{2,4}){0,3}$")


# '齐倩邮箱:qiqian@x.cn', 'Anna Novak | Email: anna.novak@x.com', 'Анна Петрова, e-mail: apetrova@x.ru': the
# writer's name with her address, set apart by a space, a comma or a bar, its label maybe between
NAME_WITH_EMAIL = re.compile(
    r"(?i)^(?P<name>[^\d@:：|,，]{2,40}?)\s*[,，|｜/]?\s*"
    r"(?:(?:电子)?邮箱|(?:電子)?郵箱|电邮|電郵|邮件|郵件|e-?mail|mail|эл\.?\s?почта|электронная\s+почта|почта)?\s*[:：]?\s*"
    r"(?P<user>[\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+\s*$")
EMAIL_LINES = 4  # lines under the headline (or of the article's end) where the writer's card may stand


def _name_with_email(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A writer's name with her e-mail address on a line of its own under the headline or after the
    story; the address must be hers: its user name spells the Chinese name in pinyin, one syllable a
    character ('齐倩' / 'qiqian'), or holds a word of the Latin (or Cyrillic, spelt in Latin) name.
    A newsroom's or an office's address ('news@', 'priemnaya@') spells no one's name."""
    under = [line for line in layout.head if layout.title is None or line.number > layout.title.number]
    for line in under[:EMAIL_LINES] + lead(layout) + layout.closing[-EMAIL_LINES:]:
        match = NAME_WITH_EMAIL.match(line.text.strip())
        name = match and match["name"].strip()
        if name and _address_spells(name, match["user"]):
            if CJK.search(name):
                return person_names(name, registry) if _surnamed_person(name, patterns, registry) else None
            return _bare_names(name, patterns, registry)
    return None


def _address_spells(name: str, user: str) -> bool:
    user = re.sub(r"[^a-z]", "", user.casefold())
    if CJK_SIGNATURE.match(name):
        return re.fullmatch(rf"{PINYIN_SYLLABLE}{{{len(name)}}}", user) is not None
    words = [_latin(word) for word in fold(name).split()]
    return not CJK.search(name) and any(len(word) > 2 and word in user for word in words)


def _cjk_name_alone_and_in_stamp(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A Chinese name alone on a line under the headline that the date line prints too, right
    after its time ('2017-06-19 08:50谢爽' … '谢爽'): a periodical's writer, printed twice; a
    paper's writers are set apart on their line and run together in the date line ('张三 李四'
    … '08:50张三李四')."""
    if layout.title is None:
        return None
    stamps = [line.text for line in layout.head if line.kind == "stamp"]
    for line in layout.head:
        text = line.text
        if line.number <= layout.title.number or line.kind != "short" or not CJK_NAME_LINE.match(text):
            continue
        names = CJK_NAME_JOINERS.split(text)
        in_stamp = any(re.search(rf"\d\s*{re.escape(''.join(names))}$", stamp) for stamp in stamps)
        if in_stamp and not any(fold(name) in patterns.cities or source_named(registry, name) for name in names):
            return ", ".join(names)
    return None


# a writer's academic or press title after a Chinese name on its line ('郑赤琰教授', '李明 研究员')
CJK_WRITER_TITLE = re.compile(r"\s*(?:教授|副教授|研究员|研究員|副研究员|副研究員|博士|学者|學者|撰文|撰稿)$")


def _cjk_name_alone_under_headline(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """A Chinese name alone on a line between the headline and the story ('王健', '  侯艾君', '郑赤琰教授'): a
    commentary's or a journal's writer, set apart as the byline; each name two or three characters opening
    with a common surname, none a place or an outlet, and none of them the story's subject, named in it."""
    if layout.title is None:
        return None
    body = "".join(line.text for line in layout.body)
    under = [line for line in layout.head if line.number > layout.title.number and line.kind == "short"]
    for line in under:
        names = CJK_NAME_JOINERS.split(CJK_WRITER_TITLE.sub("", line.text.strip()))
        if not names or not all(CJK_SIGNATURE.match(name) and name[0] in patterns.common_surnames for name in names):
            continue
        if any(fold(name) in patterns.cities or source_named(registry, name) or name in body for name in names):
            return None
        return ", ".join(names)
    return None


def person_names(raw: str, registry: Registry) -> str | None:
    """'Cao Desheng and Li Wei' -> 'Cao Desheng, Li Wei'; 'ERIKA KOVAL Associated Press' ->
    'Erika Koval'; None if it does not read as names of people."""
    joiners = CJK_NAME_JOINERS if CJK.search(raw) else NAME_JOINERS  # '李佳 孙毅' are two people
    if COMMA_LISTED_NAMES.match(raw.strip()):
        raw = raw.replace(", ", "; ")  # 'Анна Петрова, Ольга Смирнова': two writers, not a name and a role
    listed = SERIAL_NAMES.match(raw.strip())
    if listed:
        # 'Wu Ming, Li Hua, Anna Novak and Tom Brown from X': every one of them a writer
        raw = listed.group("names").replace(", ", "; ") + raw.strip()[listed.end("names"):]
    parts = [FOOTNOTE_MARK.sub("", NAME_CUT.sub("", part.strip())) for part in joiners.split(raw.strip())]
    if CJK.search(raw):
        parts = [name for part in parts for name in CJK_AND.split(part)]
        # '（记者吕宝林 李小龙摄）': the name glued to 摄 is the photographer's, not an author's
        parts = [REPORT_KIND_TAIL.sub("", CJK_ROLE.sub("", part)) for part in parts
                 if not PHOTOGRAPHER.search(part) and not CJK_TASK.match(part)]
    names = [_without_outlet(n.strip(" ,.:："), registry) for n in parts if n.strip(" ,.:：")]
    if len(names) == 2 and all(len(n) == 1 and CJK.match(n) for n in names):
        names = [" ".join(names)]  # '（记者 黄 伟）': a two-character name set with a space, one person
    elif len(names) > 2:
        names = _padded_pairs_joined(names)  # '（记者 吴 焰 殷新宇）': names padded to a grid among others
    # 'by 王明 某某总领馆': the writer, then the outlet he writes for (emptied above), which is no second person
    names = [n for n in names if n] if len(names) > 1 else names
    names = [pair for n in names for pair in _pinyin_pairs(n)]
    # '作者:国际处 吴锡路': the office the writer works in, set before the name, is no second writer
    names = [n for n in names if not _short_cjk_office(n)] if len(names) > 1 else names
    if not names or not all(n and _looks_like_name(n) and not _placeholder(n) and not source_named(registry, n) for n in names):
        return None
    return ", ".join(_title_case_capitals(n) for n in names)


def _padded_pairs_joined(names: list[str]) -> list[str]:
    """['吴', '焰', '殷新宇'] -> ['吴焰', '殷新宇']: two single characters in a row in a list of reporters
    are one two-character name padded with a space to the width of the three-character ones."""
    joined: list[str] = []
    for name in names:
        if joined and len(name) == 1 and len(joined[-1]) == 1 and CJK.match(name) and CJK.match(joined[-1]):
            joined[-1] += name
        else:
            joined.append(name)
    return joined


PHOTOGRAPHER = re.compile(r"[\u4e00-\u9fff](?:摄|攝|摄影|攝影)$")
# 'By Anna Novak*', 'Анна Петрова*', 'Anna Novak¹': a footnote's mark after the name, pointing to a
# note on the writer (or a legal label) under the story; no part of the name
FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])\s?[*†‡¹²³]+$")
# Russian full names set apart by commas: each a writer (a role after a name is written small)
RU_FULL_NAME = r"[А-ЯЁ][а-яё\-]+\s[А-ЯЁ][а-яё\-]+"
COMMA_LISTED_NAMES = re.compile(rf"^{RU_FULL_NAME}(?:,\s{RU_FULL_NAME})+$")
# full names in a list closed by 'and' ('Anna Novak, Li Wei and Tom Brown'), maybe with the outlet
# after it: each item a name of two or three words, so not 'Anna Novak, Abuja' (a city filed from)
FULL_NAME = r"[A-ZА-ЯЁ][a-zа-яё'’\-]+(?: [A-ZА-ЯЁ][a-zа-яё'’\-]+){1,2}"
SERIAL_NAMES = re.compile(
    rf"^(?P<names>{FULL_NAME}(?:, {FULL_NAME})+),? (?:and|&|и) {FULL_NAME}(?= (?:from|of|for|из) |$)")
# '記者李明綜合報導' read up to its 報導: the 'compiled' left glued to the name is the kind of report
REPORT_KIND_TAIL = re.compile(r"(?<=[\u4e00-\u9fff·]{2})(?:综合|綜合)$")


# A Chinese name in pinyin: a one-syllable surname and a given name of one or two syllables
PINYIN_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                   r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|ü|v))")
PINYIN_WORD = re.compile(rf"(?i)^{PINYIN_SYLLABLE}{{1,2}}$")
MIN_PINYIN_PAIRS = 2


def _pinyin_pairs(name: str) -> list[str]:
    """'Wei Zhongjie Li Jia' -> ['Wei Zhongjie', 'Li Jia']: Chinese reporters' names in pinyin
    printed one after another with no comma (a translated '记者 王明 李华'), each two words."""
    words = name.split()
    if len(words) < 2 * MIN_PINYIN_PAIRS or len(words) % 2 or not all(PINYIN_WORD.match(word) for word in words):
        return [name]
    return [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]


# Words of a page's picture placeholders ('Profile Photo', 'Author Avatar'): never a person's name
PLACEHOLDER_WORDS = frozenset({"photo", "photos", "profile", "avatar", "image", "icon", "logo", "thumbnail", "headshot",
                               "placeholder", "фото", "аватар"})


def _placeholder(name: str) -> bool:
    return bool(set(fold(name).split()) & PLACEHOLDER_WORDS)


def _without_outlet(name: str, registry: Registry) -> str:
    """A byline that ends with its outlet's name: keep the person ('' if it names only an outlet)."""
    words = name.split()
    if source_named(registry, name):
        return ""
    for cut in range(1, len(words)):
        if source_named(registry, " ".join(words[cut:])):
            return " ".join(words[:cut])
    return name


def _title_case_capitals(name: str) -> str:
    if CJK.search(name) or not name.isupper():
        return name
    return " ".join(title_case_word(word) for word in name.split())


# a column's name after 'reporter' ('记者手记' notes, '记者传真' fax, '记者观察' view): no name
REPORTER_COLUMNS = frozenset({"传真", "傳真", "手记", "手記", "观察", "觀察", "连线", "連線", "专访", "專訪", "调查", "調查", "来信", "來信"})


# 'An Baijie', 'An Jung-geun': An (安, 안) is a Chinese and a Korean surname, not the article, when a
# given name in pinyin (or a Korean one, its syllables joined by a hyphen) follows it alone
SURNAME_AN = re.compile(r"^(?:An|AN)$")
KOREAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,5}$")
# a byline's label, never the first word of a person's name
BYLINE_LABEL_WORDS = {"by", "author", "authors", "автор", "авторы", "текст"}


def _surname_an(words: list[str]) -> bool:
    if len(words) != 2 or not SURNAME_AN.match(words[0]) or not words[1][:1].isupper():
        return False
    return bool(PINYIN_WORD.match(words[1]) or KOREAN_GIVEN_NAME.match(words[1]))


def _looks_like_name(name: str) -> bool:
    if name in REPORTER_COLUMNS:
        return False
    if CJK.search(name):
        # a foreign name transliterated with a middle dot is longer ('叶卡捷琳娜•克里申尼克'); some
        # pages print the dot as a full stop ('阿纳托利.卡尔加波夫')
        longest = MAX_DOTTED_CJK_NAME if re.search(r"[·•]|[\u4e00-\u9fff]\.[\u4e00-\u9fff]", name) else MAX_CJK_NAME
        return 2 <= len(name.replace(" ", "")) <= longest and not CJK_OFFICE.match(name)
    if INITIAL_AND_NAME.match(name):
        return True
    words = name.split()
    if all(len(word.strip(".")) <= 1 for word in words):
        return False  # 'L M S', 'A A A': a type-size switch or a menu of letters; a name has a word beyond its initials
    if (words[0].lower() in ARTICLES and not _surname_an(words)) or words[0].lower() in PREPOSITIONS:
        return False  # 'The Chi…', 'At the Cent…': a sentence cut short by the copy, not a person
    if words[0].lower() in BYLINE_LABEL_WORDS:
        return False  # 'By Anna Novak, Li Wei': a byline's label left on the names, read whole as a bare line
    if words[0].lower() in OFFICES:
        return False
    if HOUSE_CREDIT.match(name):
        return False  # 'by Staff Writers Minsk (AFP)': the paper's staff, no one named, the place filed from after it
    if AGENCY_SHAPED.search(name):
        return False  # 'By Press Association': an agency's credit (the source), not a person
    if any(_glued(w) for w in words):
        return False  # 'ReportCustomBlackClose': words run together, not a name
    if any(POSSESSIVE.search(w) for w in words):
        return False  # "Oman's Ports": a subheading's possessive, never a person's name
    if len(words) > 1 and LANGUAGE_TAG.match(words[-1]) and not name.isupper():
        return False  # 'Elta EN': a wire's feed in one language, its code in capitals, no person
    return 2 <= len(words) <= 5 and all(NAME_WORD.match(w) or w.lower() in SMALL_WORDS for w in words)


# a house credit in the writer's slot with no outlet before it ('Staff Writers', 'Our Correspondent'):
# no person ('AFP Staff Writers', an outlet's desk as printed, is read before names are)
HOUSE_CREDIT = re.compile(r"(?i)^(?:staff|our)\s+(?:writers?|reporters?|correspondents?)\b")
# '外航服务部', '新闻办公室', '宣传处': a department signing a notice in the author's field, its name
# four characters or more and ending with the unit's word; a person's name of two or three
# characters may end with such a character ('李建会', '王振科')
CJK_OFFICE = re.compile(r"^[\u4e00-\u9fff]{3,}(?:部|处|處|局|司|科|室|办|辦|厅|廳|委|会|會|中心|组|組|站|所|院|馆|館)$")


# '国际处', '外事办', '宣传部', '教务处': an office's name of three characters, two of its field and the unit's
# word; a person's three-character name may end with such a character too ('李建会'), but opens with a surname
CJK_UNIT_END = re.compile(r"^[\u4e00-\u9fff]{2}(?:部|处|處|局|司|科|室|办|辦|厅|廳|委|会|會|组|組|站|所|院|馆|館)$")


def _short_cjk_office(name: str) -> bool:
    return bool(CJK_UNIT_END.match(name)) and name[0] not in load_patterns().common_surnames


# A name shaped as a news agency's or a service's: the outlet credited in the byline slot
AGENCY_SHAPED = re.compile(
    r"(?i)(?:\b(?:association|agency|news service|press service|wire service|newswire|news network)$"
    # an institution's office signing its release ('Communications Office', 'Press Department'): no person
    r"|\b(?:office|department|bureau|division|secretariat|directorate)$"
    # a site's address in the writer's slot ('By MINING.COM'): the outlet, not a person
    r"|\w\.(?:com|net|org|info|news|ru|by|ua|kz|cn)$"
    r"|^(?:агентство|информационное агентство|пресс-служба|служба)\b)"
)
POSSESSIVE = re.compile(r"\w['’]s$")
LANGUAGE_TAG = re.compile(r"^(?:EN|RU|ZH|CN|FR|DE|ES|AR|BY|UA|KZ)$")
GLUED_CAPITAL = re.compile(r"([A-Za-zА-Яа-яЁё'’]*?[a-zа-яё])(?=[A-ZА-ЯЁ])")
NAME_PREFIXES = {"mc", "mac", "de", "di", "da", "la", "le", "du", "van", "von", "fitz", "o'", "o’", "d'", "d’"}


def _glued(word: str) -> bool:
    """A capital inside a word after a small letter, but for 'McDonald', 'DeWitt', 'LaGuardia'."""
    for match in GLUED_CAPITAL.finditer(word):
        if match.group(1).lower() not in NAME_PREFIXES:
            return True
    return False
