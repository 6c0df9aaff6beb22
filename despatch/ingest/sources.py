"""The source (whose article it is) and the publisher (the site that hosted it), strongest clue first."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile
from urllib.parse import urlsplit

from despatch.ingest.bylines import STAFF_TITLE, STAMP_TAIL, person_names
from despatch.ingest.datelines import CLOSING_AGENCY_AND_CITY, SYNDICATOR_PREFIX, Dateline, later_dateline
from despatch.ingest.dates import find_dates
from despatch.ingest.decode import PINYIN_SYLLABLE
from despatch.ingest.layout import CLOSING_LINES, WRAPPED_END, Layout, is_menu_item
from despatch.ingest.lines import (COPYRIGHT_OPENING, PICTURE_CREDIT_WORDS, WRITER_CREDIT_WORDS, Line, is_byline, is_site_name,
                                   split_lines, word_count)
from despatch.ingest import names as registry_names
from despatch.ingest.names import outlet_words, source_for_host
from despatch.ingest.settings import MAX_SCAN_LINE, Patterns, load_patterns
from despatch.registry import Registry, Source, fold

# An outlet's all-capitals acronym ('APP', 'CNA', 'PRESS') names it only printed so, as a whole word:
# in another case it is an ordinary word ('App Store', 'Press release'). Every registry look-up
# of this module goes through these three, so the rule holds wherever a name is read.
ACRONYM_FORM = re.compile(r"^[A-ZА-ЯЁ]{2,8}$")  # letters only: 'Mir24' is a brand in any case


def _acronym_misread(printed: str, source: Source) -> bool:
    """The printed text matches the source only through an acronym of it, not in capitals."""
    forms = (source.name, *source.aliases)
    words = f" {fold(printed)} "
    acronyms = [form for form in forms if ACRONYM_FORM.match(form) and f" {fold(form)} " in words]
    if not acronyms:
        return False
    if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", printed) for form in acronyms):
        return False
    return not any(f" {fold(form)} " in words for form in forms if not ACRONYM_FORM.match(form) and fold(form))


def _cased(source: Source | None, printed: str | None) -> Source | None:
    return None if source is None or (printed and _acronym_misread(printed, source)) else source


def source_named(registry: Registry, name: str | None) -> Source | None:
    return _cased(registry_names.source_named(registry, name), name)


def source_prefixed(registry: Registry, name: str | None) -> Source | None:
    return _cased(registry_names.source_prefixed(registry, name), name)


# a name in quotes inside a line ('саммит «Китай — Центральная Азия»', 'the "Belt - Road" forum')
QUOTED_SPAN = re.compile(r"[«\"“„][^«»\"“”„]{1,80}[»\"”“]")
SPACED_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def brand_of(registry: Registry, text: str) -> Source | None:
    # a dash inside a quoted name does not part a page's title from its site's name after it
    text = QUOTED_SPAN.sub(lambda quoted: SPACED_SEPARATOR.sub(" ", quoted.group(0)), text)
    return _cased(registry_names.brand_of(registry, text), text)


MASTHEAD_WORDS = 5
# An outlet's name: capitalized words ('Steppe Ledger') or a domain ('Ordos.info'); names of
# other shapes ('草原新闻网', '… News Agency') are site_names in chrome.yaml
MASTHEAD_NAME = re.compile(
    r"^(?:(?:The )?[A-ZА-ЯЁ][\w'’&.\-]*(?: (?:of |the |and |& )?[A-ZА-ЯЁ0-9][\w'’&.\-]*){0,4}"
    r"|[A-Za-z0-9][\w\-]*\.[a-z]{2,6})$"
)
MENU_ENTRY_CHARS = 20
MASTHEAD_SMALL_WORDS = frozenset({"the", "of", "and"})
# A generic word alone ('Embassy', 'Посольство', '编辑部'): what kind of body runs the page, never its
# name; only a registered outlet or a proper name is a source (the site's word for itself, '本站', is
# in datelines.yaml's self_references)
BARE_INSTITUTION_WORDS = frozenset({
    "embassy", "consulate", "ministry", "editorial", "editors", "administrator", "admin", "newsroom",
    "посольство", "консульство", "министерство", "редакция", "администратор", "администрация",
    "大使馆", "大使館", "使馆", "使館", "编辑部", "編輯部", "管理员", "管理員",
})
URL = re.compile(r"https?://[^\s<>\"')]{3,300}")
BY_PREFIX = re.compile(r"^(?:by|от)\s+", re.I)
QUOTED_NAME = re.compile(r"[«“\"„]([^«»“”\"„]{2,40})[»”\"“]")  # 'NIAT «Khovar»'
COMPOUND_SEPARATOR = re.compile(r"\s*[-–—_/|·－]\s*|\s+via\s+")


def canonical_source(name: str | None, registry: Registry, *, known_only: bool) -> str | None:
    """The registry's name for a printed outlet name; the name as printed if unknown and allowed."""
    if not name:
        return None
    name = CITING_PREFIX.sub("", name.strip(" \t()[]/.-–—:：,"))
    name = _letters_closed_up(name)  # 'A P P', 'Т А С С': an acronym printed with its letters spaced out
    name = ORIGINAL_WORK_TAIL.sub(r"\g<name>", name)  # '天山网-新疆日报原创': the paper's own story
    name = AGENCIES_TAIL.sub("", name)  # 'commonspace.eu with agencies': the site, helped by wires it leaves unnamed
    name = SOURCE_LINK_TAIL.sub("", name)  # 'AGRONEWS Все новости источника': the name, then a link to its other stories
    if NO_SOURCE_PLACEHOLDER.match(name):  # '来源:暂无来源': the template's filler for an empty field
        return None
    if LOST_CHARACTERS.search(name):
        return None
    if SECTION_LABEL.match(name):  # 'Рубрика: Официально': the page's section, whatever word follows
        return None
    if SOURCE_CATEGORY.match(name):  # 'Источник: Министерства и ведомства': the kind of body it came from
        return None
    if CJK_WORK_CREDIT.match(name):  # '来源:文/某处 张三 图/某中心 李四': the writer's and photographer's credit
        return None
    outlet = CJK_OUTLET_THEN_WRITERS.match(name)
    if outlet:  # '来源:某某发布--张三 李四 部分内容整合自…': the outlet, then its writers
        name = outlet.group("outlet")
    excerpted = EXCERPTED_FROM.search(name)
    if excerpted:  # '欧非处摘自白俄罗斯通讯社新闻': the desk that excerpted it is no outlet
        return canonical_source(excerpted.group("source"), registry, known_only=known_only)
    official = OFFICIAL_SITE_OF.match(name)
    if official and not source_named(registry, name):
        owned = _matched_name(official)
        owner = _official_site_owner(owned, registry)
        if owner:  # 'Официальный сайт Государственной Думы РФ': the body whose site it is
            return owner.name
        name = owned
    name = _without_kind_prefix(name, registry)
    relayed = _first_of_relayed(name, registry)
    if relayed:
        return relayed.name
    partnered = _partnered_wire(name, registry)
    if partnered:  # 'Xinhua/GNA': the wire that wrote it, then the partner agency relaying it
        return partnered
    # '人民网-人民日报', 'Xinhua / CGTN': the last part that names a known outlet; then a name
    # that begins with a known one ('央视新闻客户端')
    parts = [name] + _paper_before_its_site([p.strip() for p in reversed(COMPOUND_SEPARATOR.split(name))])
    parts += QUOTED_NAME.findall(name)
    # 'Корр. КАЗИНФОРМ', 'NIAT Khovar': a known name at the end; not an ordinary word that is an
    # outlet's acronym only in capitals ("People's Daily App" is no credit of APP)
    parts += [w for w in _last_words(name) if not _acronym_only(w, registry) and not _article_name_requalified(name, w, registry)]
    unspaced = CJK_GAP.sub("", name)  # '中国 甘肃政府网': a space between characters is the layout's
    parts += [unspaced] if unspaced != name else []
    for look_up in (source_named, _source_by_domain, _source_under_parent, source_prefixed):
        source = next((s for s in (look_up(registry, part) for part in parts) if s), None)
        if source:
            return source.name
    source = _after_home_city(unspaced, registry)
    if source:
        return source.name
    name = unspaced
    if name and not known_only and PREFIXED_SITE_ADDRESS.match(name):
        return _site_address(name)  # 'www.steppe.cn': the site by its address, named without its 'www.'
    if name and not known_only:
        # 'SilkBridge.info Новости Китая': an unknown site's domain-shaped name, then its section
        site = SITE_WITH_SECTION.match(name)
        if site:
            return site.group("site")
    if (OFFICE_DIVISION.match(name) or UNNAMED_LOCAL_OFFICE.match(name) or UNHOSTED_FOREIGN_OFFICE.match(name)
            or WORKING_COMMITTEE_OFFICE.match(name)):
        return None
    paired = _paper_before_its_site([p.strip() for p in COMPOUND_SEPARATOR.split(name)])
    if len(paired) == 2 and PAPER_NAME.search(paired[0]) and SITE_NAME.search(paired[1]):
        name = paired[0]  # '某某網-某某日報', neither registered: the paper, as for registered ones
    return name if name and not known_only and len(name) <= 60 else None


# 'A P P', 'U.N.B', 'Т А С С': an acronym in a source slot printed with its capitals spaced or dotted apart
SPACED_ACRONYM = re.compile(r"^[A-ZА-ЯЁ](?:(?:\s|\.\s?)[A-ZА-ЯЁ]){1,7}\.?$")


def _letters_closed_up(name: str) -> str:
    return re.sub(r"[\s.]", "", name) if SPACED_ACRONYM.match(name) else name


# '香港文匯網記者', '新加坡联合早报': a Chinese credit may print the paper's home city before its name;
# the rest, three characters or more, is the registered name ('香港經濟日報', a paper of its own,
# is registered whole and found before this)
CJK_CITY_PREFIXED = re.compile(r"^[\u3400-\u9fff]{2,4}?(?=[\u3400-\u9fffA-Za-z0-9]{3,16}$)")


def _after_home_city(name: str, registry: Registry) -> Source | None:
    """The registered outlet named after a dateline city glued before it ('香港文匯網' → Wen Wei Po)."""
    cities = load_patterns().cities
    for end in range(2, 5):
        city, rest = name[:end], name[end:]
        if CJK_CITY_PREFIXED.match(name) and len(rest) >= 3 and fold(city) in cities:
            source = source_named(registry, rest)
            if source:
                return source
    return None


AGENCIES_TAIL = re.compile(r"\s+(?:with|and|&|\+)\s+(?:news\s+)?(?:agencies|wires)$", re.I)
# 'Источник: X Все новости источника', 'Source: X All news from this source': an aggregator prints a
# link to the source's other items right after its name, and the copy runs the two together
SOURCE_LINK_TAIL = re.compile(
    r"\s+(?:(?:все|другие|остальные)\s+(?:новости|материалы|публикации|статьи)\s+(?:этого\s+|данного\s+)?(?:источника|издания|сми)"
    r"|(?:all|more|other)\s+(?:news|stories|articles|items|posts)\s+(?:from|by|of)\s+(?:this\s+|the\s+)?(?:source|outlet|publisher))$", re.I)


# '来源:国际合作与交流处(港澳台办公室)': a university's or a bureau's division (处) that filed the
# page on its host's site is no outlet; the host is not named in the label
OFFICE_DIVISION = re.compile(r"^[\u3400-\u9fff]{2,14}[处處](?:\s*[(（][^()（）]{1,20}[)）]?)?$")


# '来源:民宗侨(外)工委办公室', '來源:外事工作委員會辦公室': a working committee of a congress or a party
# body (工委, its abbreviated remit bracketed or not) or its office, filing the page on its host's
# site: a department's label, no outlet (the host is not named in it)
WORKING_COMMITTEE_OFFICE = re.compile(r"^[\u3400-\u9fff]{1,10}(?:[(（][\u3400-\u9fff]{1,4}[)）])?[\u3400-\u9fff]{0,4}"
                                      r"(?:工委|工作委员会|工作委員會)(?:办公室|辦公室|办|辦)?$")


# 'Source: Global Affairs Office', 'Office of International Cooperation and Exchange': a
# university's or a city's office for its foreign ties (the English of '国际合作与交流处') filing the
# page on its host's site, the host not named: no outlet
FOREIGN_TIES = (r"(?:international|global|external|foreign)\s+(?:affairs|cooperation|relations|exchanges?)"
                r"(?:\s+(?:and|&)\s+(?:affairs|cooperation|relations|exchanges?))?")
UNHOSTED_FOREIGN_OFFICE = re.compile(r"^(?:the\s+)?(?:(?:office|department|division|bureau)\s+(?:of|for)\s+" + FOREIGN_TIES
                                     + r"|" + FOREIGN_TIES + r"\s+(?:office|department|division|bureau))$", re.I)


# '来源:市外办', '省商务厅': an office named only by its level (the city's, the province's) and its
# kind, the host's place left unsaid; printed as it is it names no one outlet
UNNAMED_LOCAL_OFFICE = re.compile(r"^(?:市|省|区|區|县|縣|州|自治区|自治區)[\u3400-\u9fff]{1,4}(?:办|辦|办公室|辦公室|局|厅|廳|委)$")


# 'the Eurasia Daily Monitor' (an article in running text), 'ИА "Новости-Казахстан"', 'агентство
# «Кабар»' (the kind of outlet before its quoted name): the name itself is what the registry knows
LOWER_ARTICLE = re.compile(r"^the\s+(?=\S)")
CAPITAL_ARTICLE = re.compile(r"^The\s+(?=\S)")
KIND_PREFIX = re.compile(r"^(?:ИА|МИА|информационное агентство|информагентство|агентство|агенцтва|news agency|agency)\s+"
                         r"[«\"“„](?P<name>[^«»\"“”„]{2,40})[»\"”“]$", re.I)
WHOLLY_QUOTED = re.compile(r"^[«\"“„](?P<name>[^«»\"“”„]{2,40})[»\"”“]$")


# 'Official website of the Government of X', 'Официальный сайт Министерства …', 'X官方网站': a credit
# to a body's own site names the body; in Russian the body's name follows in the genitive
OFFICIAL_SITE_OF = re.compile(
    r"^(?:the\s+)?official\s+(?:web\s*site|site|portal|web\s*portal|page|internet\s+portal)\s+of\s+(?:the\s+)?(?P<name>\S.+)$"
    r"|^(?:официальн\w+|офіційн\w+|афіцыйн\w+)\s+(?:интернет-|інтернет-|інтэрнэт-)?(?:сайт|портал|страниц\w+|сторінк\w+|старонк\w+)\s+(?P<slavic>\S.+)$"
    r"|^(?P<cjk>\S.+?)(?:官方网站|官方網站|官网|官網|门户网站|門戶網站|政务网站|政務網站)$",
    re.I,
)
OWNER_MIN_WORDS = 2  # a body's name cut down to one word ('Государственной') names none


def _official_site_owner(name: str, registry: Registry) -> Source | None:
    """The registered body an official site's credit names, its name inflected as printed, or
    its leading words when a country's short form follows ('… Думы РФ', '… of Ruritania (official)')."""
    name = name.strip()
    words = name.split()
    for count in range(len(words), min(OWNER_MIN_WORDS, len(words)) - 1, -1):
        leading = " ".join(words[:count])
        found = source_named_inflected(registry, leading) or _body_named_in_genitive(registry, leading)
        if found:
            return found
    return source_named(registry, CJK_GAP.sub("", name)) if not re.search(r"\s", name) else None


def _matched_name(match: re.Match) -> str:
    """The name a pattern of alternatives caught, whichever alternative's group holds it."""
    return next(group for group in match.groups() if group).strip()


def _issuing_body(printed: str, registry: Registry, *, english: bool) -> str | None:
    """The body an official site's credit, masthead, greeting or press service names: the registry's
    name for it, or an unregistered English body's name as printed ('Government of Ruritania')."""
    owner = _official_site_owner(printed, registry)
    if owner:
        return owner.name
    if english and _institution_name(printed) and ISSUING_BODY_WORD.search(printed):
        return printed
    return None


def _short_stems(name: str) -> tuple[str, ...]:
    """Stems that drop the ending of a short word too ('Думы', 'Рады' -> 'дум', 'рад'): a body's
    name in the genitive its site's credit prints it in."""
    return tuple(RUSSIAN_ENDING.sub("", w) if len(w) > 3 else w for w in fold(name).split())


def _body_named_in_genitive(registry: Registry, name: str) -> Source | None:
    if not re.search(r"[а-яёіў]", name, re.I):
        return None
    index = registry_names.per_registry(registry, "short_stems", lambda r: _stem_index_by(r, _short_stems))
    return index.get(_short_stems(name))


def _stem_index_by(registry: Registry, stems) -> dict[tuple[str, ...], Source]:
    """Every Cyrillic name of every outlet by the stems of its words (the first listed wins)."""
    index: dict[tuple[str, ...], Source] = {}
    for source in registry.sources:
        for alias in (source.name, *source.aliases):
            if re.search(r"[а-яёіў]", alias, re.I):
                index.setdefault(stems(alias), source)
    return index


def _without_kind_prefix(name: str, registry: Registry) -> str:
    """The printed name without a lowercase article, a kind word before its quotes or the quotes
    around it; a capital 'The' only goes where the rest is registered ('The Diplomat' stays)."""
    name = LOWER_ARTICLE.sub("", name)
    match = KIND_PREFIX.match(name) or WHOLLY_QUOTED.match(name)
    if match:
        name = match.group("name").strip()
    bare = CAPITAL_ARTICLE.sub("", name)
    if bare != name and not source_named(registry, name) and source_named(registry, bare):
        return bare
    return name


# an empty field's filler in a page template ('暂无来源', '不详', 'N/A', '默认' (the template's default)), or 'reposted from the
# internet' ('互联网转载', '网络') or 'compiled from the internet' ('网络整理', '網絡綜合'): no outlet at all
NO_SOURCE_PLACEHOLDER = re.compile(
    r"^(?:暂无(?:来源)?|暫無(?:來源)?|不详|不詳|未知(?:来源|來源)?|无|無|n/?a|unknown|none|нет|неизвестно"
    r"|默认(?:来源)?|默認(?:來源)?|default|по умолчанию"
    r"|(?:互联网|互聯網|网络|網絡|網路)(?:转载|轉載|整理|综合|綜合|收集|搜集)?|(?:转载|轉載)(?:自)?(?:互联网|互聯網|网络|網絡|網路))$",
    re.I,
)
# '黑河日?qǐng)?bào': a name whose characters the page lost in its encoding ('?' beside a Chinese
# character or a toned pinyin syllable); what it named is unknowable, so it names no outlet
LOST_CHARACTERS = re.compile(rf"[\u3400-\u9fff]\?|\?[\u3400-\u9fff]|\?{PINYIN_SYLLABLE}")
# 'Рубрика: X', 'Rubric: X', 'Раздел: X', '栏目：X': a section label of the page's chrome
SECTION_LABEL = re.compile(r"^(?:Рубрика|Рубрики|Раздел|Rubric|Rubrics|Section|Category|Категория|栏目|欄目)\s*[:：]", re.I)
# '据新华社', 'по данным ТАСС', 'according to Reuters': 'according to' before an outlet's name is
# no part of it
CITING_PREFIX = re.compile(r"^(?:据|據|来自|來自|по данным\s+|according to\s+)", re.I)
# '新疆日报原创', '某某网原创': an outlet's name marked as its own original work ('本网原创' is the
# site speaking of itself, left as it is)
ORIGINAL_WORK_TAIL = re.compile(r"^(?!本)(?P<name>.+[报報网網社台])(?:原创|原創)$")
# '摘自', '摘编自', '选自', '译自': excerpted, compiled or translated from the outlet after it
EXCERPTED_FROM = re.compile(r"(?:摘自|摘編自|摘编自|选自|選自|译自|譯自|编译自|編譯自)\s*(?P<source>\S{2,40})$")
CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
# 'Министерства и ведомства', 'Government agencies', 'Пресс-службы, СМИ', '政府部门': a site's filing field
# that says what kind of body its item came from (a class of bodies in the plural), no outlet's name
BODY_CLASS = (r"(?:(?:государственные |федеральные |региональные |местные |официальные |собственные |другие |иные )?"
              r"(?:министерства|ведомства|органы(?: власти)?|госорганы|пресс-службы|пресс-релизы|сми|средства массовой информации"
              r"|информагентства|агентства|компании|организации|предприятия|регионы|муниципалитеты|источники|партн[её]ры|соцсети"
              r"|социальные сети)"
              r"|(?:government |federal |regional |local |official |other )?(?:ministries|departments|agencies|bodies|press releases"
              r"|media|news agencies|companies|organi[sz]ations|regions|municipalities|sources|partners|social media)"
              r"|各?部委|政府部门|政府部門|各部门|各部門|各地|合作伙伴|合作夥伴)")
SOURCE_CATEGORY = re.compile(r"^" + BODY_CLASS + r"(?:\s*(?:,|/|&|\+|\band\b|\bи\b|、)\s*" + BODY_CLASS + r")*$", re.I)
# '文/某处 张三 图/某中心 李四', '撰文：张三', '摄影／李四': a Chinese credit of the work done (text,
# pictures, video) printed in the source's slot names people, not the outlet
CJK_WORK_CREDIT = re.compile(r"^(?:文|图|圖|文字|图文|圖文|撰文|撰稿|摄影|攝影|摄|攝|视频|視頻|摄像|攝像|编辑|編輯|作者|记者|記者)\s*[/／:：|｜]")
# '某某发布--张三 李四', '某某日报——王五、赵六': an outlet, a double or long dash, then its writers'
# names (two or three characters each, set apart by spaces or enumeration commas)
CJK_OUTLET_THEN_WRITERS = re.compile(r"^(?P<outlet>[\u3400-\u9fff]{2,20}?)\s*(?:--|——|－－)\s*(?:[\u3400-\u9fff·]{2,3}(?:\s+|[、，,]\s*))+[\u3400-\u9fff]")
# 'www.steppe.cn', 'WWW.Steppe.kz': a site's address with its 'www.' and no path
PREFIXED_SITE_ADDRESS = re.compile(r"^(?:https?://)?www\.[\w\-]+(?:\.[\w\-]+)+/?$", re.I)
SITE_WITH_SECTION = re.compile(r"^(?P<site>[A-Za-z][\w\-]*\.(?:info|com|net|org|ru|by|kz|ua|cn|io|news))\s+[A-ZА-ЯЁ\u4e00-\u9fff]\w*(?:\s+\w+){0,3}$")


# '央视新闻客户端 中国青年网': Chinese outlets' names apart by a space in a source slot
CJK_NAMES_APART = re.compile(r"^[\u3400-\u9fff]{2,20}(?:\s+[\u3400-\u9fff]{2,20})+$")


def _first_of_relayed(name: str, registry: Registry) -> Source | None:
    """The first of registered Chinese names a space parts in a source slot: the original credit,
    the name after it the site that relayed it."""
    names = name.split() if CJK_NAMES_APART.match(name) else []
    known = [source for source in (source_named(registry, n) for n in names) if source]
    return known[0] if len(known) >= 2 and known[0] == source_named(registry, names[0]) else None


# '環球時報-環球網', '华商网-华商报': a Chinese paper ('…报') paired with its web site ('…网')
PAPER_NAME = re.compile(r"[报報]$")
SITE_NAME = re.compile(r"[网網]$")


def _paper_before_its_site(parts: list[str]) -> list[str]:
    """A paper and its own web site credited together: the paper the story was written for is the
    source, whichever of the two is printed last."""
    if len(parts) == 2 and any(SITE_NAME.search(p) for p in parts):
        return sorted(parts, key=lambda p: not PAPER_NAME.search(p))
    return parts


# 'Ministry of Foreign Affairs', 'Council on Foreign Relations': words after a connector end a
# longer name; a known outlet's name there ('Foreign Affairs') is part of it, not a credit
NAME_CONNECTORS = frozenset({"of", "for", "on", "and", "the", "in", "de", "del", "la", "du", "des", "и", "по", "при"})


def _last_words(name: str) -> list[str]:
    words = name.split()
    return [" ".join(words[-n:]) for n in (2, 1) if len(words) > n and words[-n - 1].lower() not in NAME_CONNECTORS]


def _article_name_requalified(name: str, words: str, registry: Registry) -> bool:
    """'Horn Diplomat', 'Daily Star', 'Sunday Nation': a registered 'The …' outlet's bare word after
    another capitalised word, in place of its article, names another outlet ('The Diplomat' is not
    'Horn Diplomat'); 'Корр. X', 'NIAT X' (a label or an acronym before it) still credit X."""
    source = source_named(registry, words)
    before = name[: -len(words)].split()
    return bool(source and before and fold(source.name) == fold(f"the {words}")
                and re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё'’\-]+", before[-1]))


def _acronym_only(words: str, registry: Registry) -> bool:
    source = source_named(registry, words)
    return bool(source) and _acronym_in_other_case(words, source)


def _source_under_parent(registry: Registry, name: str) -> Source | None:
    """'中央广电总台国际在线': a Chinese outlet's name after its parent's (both registered) is the
    outlet, not the parent."""
    if " " in name or not CJK_CHAR.match(name):
        return None
    for split in range(2, min(len(name), MAX_PARENT_CHARS) - 1):
        if source_named(registry, name[:split]):
            outlet = source_named(registry, name[split:])
            if outlet:
                return outlet
    return None


CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
MAX_PARENT_CHARS = 20


def _source_by_domain(registry: Registry, name: str) -> Source | None:
    """'Ecns.cn', 'INTERFAX.RU': a site name that is a registry source's domain; a web address
    ('http://site.org/news/1.htm') names the site at its host."""
    link = None if " " in name else WEB_ADDRESS.match(name)
    if not link:
        return None
    host = link.group("host").lower().removeprefix("www.")
    former = FORMER_EMBASSY_HOST.match(host)
    return source_for_host(registry, host) or (former and source_for_host(registry, former.group("country") + EMBASSY_HOST))


WEB_ADDRESS = re.compile(r"^(?:https?://)?(?P<host>[\w\-]+(?:\.[\w\-]+)+)(?:[/?#]\S*)?$")
# 'uz.chineseembassy.org', 'kz.china-embassy.org': a Chinese embassy's former address (the
# country's code, then the old domain) is the site now at '<code>.china-embassy.gov.cn'
FORMER_EMBASSY_HOST = re.compile(r"^(?P<country>[a-z]{2})\.(?:chineseembassy|china-embassy)\.org$")
EMBASSY_HOST = ".china-embassy.gov.cn"


# '来源:中央广电总台央视新闻客户端编辑:胡君颜', '来源:新华社关键词:…': a Chinese source label run
# together with the next label of the page's info bar
NEXT_CJK_LABEL = (r"(?:责任编辑|責任編輯|编辑|編輯|作者|记者|記者|编审|編審|审核|審核|关键词|關鍵詞|关键字|關鍵字|标签|標籤"
                  r"|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號|发布时间|發佈時間|發布時間|时间|時間)")
# '来源: 更新时间:…': an empty source slot before the update time is no outlet named '更新'
# (the next field may be a counter without its colon, '点击数 0', or an info bar's label of its own,
# unknown here, set off by a space: '内容来源:某某早报 版阅读:'; not the filing time, '来源:某某网 更新时间:…', which
# a site prints under its own name over a story it took from a paper)
GLUED_CJK_LABEL = re.compile(r"(?:来源|來源)\s*[:：]\s*(?!(?:更新|发布|發布|發佈)(?:时间|時間))(?P<source>[^\s|:：]{2,40}?)"
                             r"(?:\s*" + NEXT_CJK_LABEL + r"(?:次数|次數|数|數|量|次)?\s*[:：]|\s+" + NEXT_CJK_LABEL + r"(?:次数|次數|数|數|量|次)(?=\s|$)"
                             r"|\s+(?!(?:更新|发布|發布|發佈|上传|上傳)?(?:时间|時間|日期))[\u3400-\u9fff]{1,6}\s*[:：])")
# '转自:CGTN', '轉載:某某網', '文章转载自:界面新闻网 非本站原创': where a reposted story was taken from (a label
# and its colon; the name ends at a space or a clause's comma)
REPOST_LABEL = re.compile(r"(?:^|\s)(?:文章|本文|原文)?(?:转载自|轉載自|转自|轉自|转载于|轉載於|转载|轉載)\s*[:：]\s*(?P<source>[^\s|:：,，。;；]{2,30})")
# '…, 文章来源:VOA, 新闻取自各大媒体': an aggregator's info bar naming the article's source, the
# name closed by a clause's comma, a bar or the line's end (not the first word of a headline)
ARTICLE_SOURCE_LABEL = re.compile(r"(?:^|[\s,，|])(?:文章|本文|新闻|新聞)(?:来源|來源)\s*[:：]\s*(?P<source>[^\s|:：,，。;；]{2,30})(?=\s*(?:[,，|]|$))")
# 'Источник: Mir24': a label whose whole value is one word with a digit in it (which the general
# label refuses, as a number ends a name there); counts only for a registered outlet
ONE_NAME_LABEL_LINE = re.compile(r"^(?:source|источник|джерело|крыніца|来源|來源)\s*[:：]\s*(?P<source>[^\s|:：]{2,40}?)\s*\.?$", re.I)
# 'Source liga.net', 'Источник: ...' closing a republished story without a colon: counts only
# for a registered outlet or domain
SOURCE_WORD_LINE = re.compile(r"^(?:source|источник|джерело|крыніца)\s+(?P<source>[^\s:：|]{2,40})\s*$", re.I)
# 'Источник – Гудок', 'Source — Steppe Daily', '来源—某某日报': the label and its name set apart by a dash
DASHED_SOURCE_LINE = re.compile(r"^(?:source|источник|джерело|крыніца|来源|來源)\s*[–—\-]{1,2}\s*(?P<source>[^:：|–—]{2,60}?)\s*\.?$", re.I)
# 'Источник: http://site.org/news/1.htm': a label whose value is the story's web address names the
# registered site at its host (an unknown one is left to the other clues)
LINK_LABEL_LINE = re.compile(r"^(?:source|источник|джерело|крыніца|来源|來源)\s*[:：]\s*(?P<source>(?:https?://)?[\w\-]+(?:\.[\w\-]+)+[/?#]\S*)$", re.I)


# '来源:光明网2024-09-30 17:37': a source label run together with the date after it
GLUED_DATE_LABEL = re.compile(r"(?:来源|來源|source|источник)\s*[:：]\s*(?P<source>[^\s\d|:：]{2,30}?)(?=(?:19|20)\d\d[-/.年])", re.I)
# 'Source: Press Center of the Ministry of Education of the Republic of Belarus.': a label that
# is the whole line may name a long unregistered body
SOURCE_LINE = re.compile(r"^(?:source|источник|крыніца|джерело|来源|來源)\s*[:：]\s*(?P<source>[^|:：\d]{2,110}?)\s*\.?$", re.I)
# '信息来源:白通社', '消息來源：新華社', '資料來源: 工商時報': a closing line naming where the item came from
# (an info bar may run the date's label before it: '时间:2021.03.31信息来源:某某厅')
# (or a bare date and time set off by a bar: '2022-11-17 09:01 | 稿件來源:某某社')
INFORMATION_SOURCE_LINE = re.compile(r"^(?:(?:时间|時間|发布时间|發布時間)\s*[:：]\s*[\d.\-/年月日: ]{6,25}?\s*|[\d.\-/年月日: ]{8,25}?\s*\|\s*)?(?:信息|消息|訊息|讯息|稿件|新闻|新聞|资料|資料)(?:来源|來源)\s*[:：]\s*(?P<source>[^\s|:：\d]{2,30})\s*$")


# An image library in brackets after a credited name: 'Source: Homoatrox (Wikimedia Commons)' credits a photo
PHOTO_LIBRARY = re.compile(
    r"[(（]\s*(?:Wikimedia(?: Commons)?|Wikipedia|Flickr|Unsplash|Pixabay|Pexels|Shutterstock|Getty Images|"
    r"Depositphotos|iStock(?:photo)?|CC[ -]BY[^()]{0,20}|CC0|public domain)\s*[)）]",
    re.I,
)


# 'Image Source: OSCE Parliamentary Assembly/Flickr', 'Источник фото: ...', '图片来源：…': an image's credit
IMAGE_SOURCE_LABEL = re.compile(
    r"\b(?:image|photo|picture|cover|header|featured image|illustration)\s+(?:source|credit)s?\s*[:：]"
    r"|(?:источник|автор)\s+(?:фото|изображения|иллюстрации)\b|图片来源|圖片來源|图片来自|圖片來自", re.I)
# 'Name/Flickr', 'Reuters via Getty Images': a credit ending in an image library
PHOTO_LIBRARY_TAIL = re.compile(
    r"(?:/|\bvia\s+)\s*(?:Wikimedia(?: Commons)?|Wikipedia|Flickr|Unsplash|Pixabay|Pexels|Shutterstock|Getty Images|"
    r"Depositphotos|iStock(?:photo)?)\s*\.?\s*$", re.I)


PHOTO_CREDIT_LABEL = re.compile(
    r"(?:source|источник|来源|來源)\s*[:：]\s*[^()（）:：]{2,60}?\s*(?P<library>[(（][^()（）]{2,30}[)）])\s*\.?\s*$", re.I)


# 'A railway crossing on the border, source: Jan Kowalski / Rail Photo Library', 'Мост через реку,
# источник: …', '新建的物流中心，来源：…': a picture's caption (a description with no stop) whose
# credit follows after a comma; its 'source' is the picture's, not the story's
CAPTION_WITH_SOURCE = re.compile(
    r"^\s*(?P<caption>[^.!?。！？:：|()（）]{12,200}?)\s*[,，;；]\s*(?:photo\s+|image\s+|picture\s+)?"
    r"(?:source|credit|источник|来源|來源)\s*[:：]", re.I)
CAPTION_WORDS = 4


def _captions_source(text: str) -> bool:
    match = CAPTION_WITH_SOURCE.match(text)
    caption = match and match.group("caption")
    return bool(caption) and (len(caption.split()) >= CAPTION_WORDS or len(CJK_CHAR.findall(caption)) >= 2 * CAPTION_WORDS)


def labelled_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'Source:Xinhua', '来源：新华网', 'Источник: БЕЛТА', 'Source liga.net' (a registered outlet);
    not a photo's credit ('Source: Homoatrox (Wikimedia Commons)')."""
    for i, line in enumerate(head):
        text = line.text[:MAX_SCAN_LINE]
        paper = EPAPER_NAME_LABEL.match(text.strip())
        if paper:
            return canonical_source(paper.group("source"), registry, known_only=False)
        channel = MESSENGER_LABEL.match(text.strip())
        handle = channel and _channel_handle(head[max(0, i - CHANNEL_HANDLE_LINES):i], channel.group("messenger"))
        if channel:
            if handle:
                return handle
            continue
        credit = PHOTO_CREDIT_LABEL.search(text)
        if credit and PHOTO_LIBRARY.match(credit.group("library")):
            continue
        if IMAGE_SOURCE_LABEL.search(text) or PHOTO_LIBRARY_TAIL.search(text) or _captions_source(text):
            continue
        match = GLUED_DATE_LABEL.search(text)
        if match:
            return canonical_source(match.group("source"), registry, known_only=False)
        match = SOURCE_LINE.match(text.strip())
        if match and len(match.group("source")) > 60:
            return match.group("source").strip()
        for pattern in patterns.source_labels:
            match = pattern.search(text)
            if match and _label_names_department(text, match):
                continue
            if match and match.group("source").strip() and not _user_handle(match.group("source"), registry):
                source = canonical_source(match.group("source"), registry, known_only=False)
                if not _writer_in_source_slot(source, registry):
                    return source
        match = GLUED_CJK_LABEL.search(text) or REPOST_LABEL.search(text) or ARTICLE_SOURCE_LABEL.search(text)
        if match:
            return canonical_source(match.group("source"), registry, known_only=False)
        # 'Источник: http://www.steppe-tv.ru/index.php?id=3': the linked story's site, by its host (its
        # parts are no names: 'steppe-news.cn' is no 'news.cn'), registered or not (as under a lone label, below)
        link = LINK_LABEL_LINE.match(text.strip())
        if link and _platform_link(link.group("source")):
            continue  # a post on a platform ('mp.weixin.qq.com/s/…'): the platform's owner is no source
        site = link and (getattr(_source_by_domain(registry, link.group("source")), "name", None) or _site_address(link.group("source")))
        if site:
            return site
        match = (SOURCE_WORD_LINE.match(text.strip()) or DASHED_SOURCE_LINE.match(text.strip()) or INFORMATION_SOURCE_LINE.match(text.strip())
                 or ONE_NAME_LABEL_LINE.match(text.strip()) or LINK_LABEL_LINE.match(text.strip()))
        source = match and canonical_source(match.group("source"), registry, known_only=True)
        if source:
            return source
        source = _glued_label_source(text, registry)
        if source:
            return source
        if LONE_SOURCE_LABEL.match(text) and i + 1 < len(head):
            source = _linked_source(head[i + 1].text, registry)
            if source:
                return source.name
            site = _site_address(head[i + 1].text)
            if site:
                return site
    return None


def _label_names_department(text: str, match: re.Match) -> bool:
    """The label's whole value, to the next space, names a body's working committee or its office
    (see WORKING_COMMITTEE_OFFICE), however much of it the label's pattern took."""
    value = text[match.start("source"):].split(maxsplit=1)
    return bool(value) and bool(WORKING_COMMITTEE_OFFICE.match(value[0]))


# '新聞引據:某某社', '• 新闻引据：某某通讯社', '資料出處：某某網': a Chinese page's label for the report its story
# is cited from (引據, 引据, 出處, 出处, 稿源), perhaps as an item of a bulleted info list; only a
# registered name counts (the label may cite '綜合外電', the wires in general)
CITED_FROM_LABEL = re.compile(r"^(?:[•·▪●■◆►*\-–]\s*)?(?:新聞|新闻|資料|资料|消息|內容|内容|文章|報導|报导|報道|报道)?"
                              r"(?:引據|引据|出處|出处|稿源)\s*[:：]\s*(?P<source>[^\s|:：,，。;；]{2,30})\s*$")
# the page's writer's label beside it ('撰稿編輯:王明', '• 作者：李华'), and a newsroom desk named in
# the writer's place ('新聞編輯', '國際部', '新闻中心'): no person
WRITER_LABEL_LINE = re.compile(r"^(?:[•·▪●■◆►*\-–]\s*)?(?:撰稿|撰稿人|撰稿編輯|撰稿编辑|撰稿記者|撰稿记者|作者|記者|记者|執筆|执笔|撰文)"
                               r"\s*[:：]\s*(?P<name>[^\s|:：,，]{2,12})")
NEWSROOM_DESK = re.compile(r"^(?:本|新聞|新闻)|(?:編輯|编辑|部|組|组|中心|台|社|網|网|室)$")


def cited_report_label_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a cited-report label names (see CITED_FROM_LABEL), when the page's
    writer is a desk or unnamed: the outlet's story reused. Where a person writes it, the page's
    own story draws on the cited report (a broadcaster's editor writing from a wire), and the
    label names no source."""
    cited = next((m for m in (CITED_FROM_LABEL.match(line.text[:MAX_SCAN_LINE].strip()) for line in lines) if m), None)
    source = cited and source_named(registry, cited.group("source"))
    if not source:
        return None
    writers = (WRITER_LABEL_LINE.match(line.text[:MAX_SCAN_LINE].strip()) for line in lines)
    if any(w and not NEWSROOM_DESK.search(w.group("name")) for w in writers):
        return None
    return source.name


def _site_address(text: str) -> str | None:
    """'Steppe.kz', 'www.steppe.kz/news/1.html': an unregistered site named by its address alone on
    the line under a lone source label, or after the label on its line; the site as printed, without
    scheme, 'www.' or path; none for a platform's address."""
    link = WEB_ADDRESS.match(text[:MAX_SCAN_LINE].strip())
    host = link and re.sub(r"^www\.", "", link.group("host"), flags=re.I)
    if not host or not re.search(r"\.[A-Za-z]{2,6}$", host) or re.fullmatch(r"[\d.]+", host):
        return None
    return None if _platform_host(host.lower()) else host


# Platforms that host everyone's posts and videos: a link there names the platform, not the outlet
# whose post it is (that one is left to the other clues)
PLATFORM_HOSTS = frozenset({
    "youtube.com", "youtu.be", "rutube.ru", "vk.com", "vkontakte.ru", "ok.ru", "facebook.com", "fb.com", "instagram.com",
    "twitter.com", "x.com", "t.me", "telegram.me", "telegram.org", "tiktok.com", "dzen.ru", "zen.yandex.ru", "livejournal.com",
    "weibo.com", "weibo.cn", "mp.weixin.qq.com", "weixin.qq.com", "douyin.com", "bilibili.com", "linkedin.com", "reddit.com",
    "medium.com", "substack.com", "google.com", "drive.google.com", "docs.google.com", "archive.org", "web.archive.org",
})


def _platform_link(text: str) -> bool:
    """The web address is on a platform's host (see PLATFORM_HOSTS)."""
    link = WEB_ADDRESS.match(text[:MAX_SCAN_LINE].strip())
    return bool(link) and _platform_host(re.sub(r"^www\.", "", link.group("host").lower()))


def _platform_host(host: str) -> bool:
    """The host (in lower case) is a platform's or one of its subdomains ('m.vk.com', 'user.livejournal.com')."""
    return any(host == platform or host.endswith("." + platform) for platform in PLATFORM_HOSTS)


# '(來源:法廣RFI 作者: 小山 ,文章內容並不代表本網立場。)', '(Source: Steppe Ledger, author: Jane Roe)': the
# story's credit in brackets, its source and its writer both labelled (a picture's bracketed credit has no author)
BRACKETED_CREDIT_WITH_AUTHOR = re.compile(
    r"(?i)^\s*[(（](?P<inner>(?:来源|來源|source|источник)\s*[:：][^()（）]{2,60}?[\s,，;；](?:作者|author|автор)\s*[:：][^()（）]{0,80})[)）]\s*$")
# '当前报纸名称:某某晚报', '报刊名称：…': an e-paper reader's label of the paper whose page it shows
EPAPER_NAME_LABEL = re.compile(r"^(?:当前|當前)?(?:报纸|報紙|报刊|報刊)(?:名称|名稱)\s*[:：]\s*(?P<source>[^\s:：|]{2,20})$")


# 'Источник материала: Финмаркет Президент заявил…', 'Source of the article: Steppe Wire The minister said…',
# '文章来源：某某日报 …': a source label, worded as the material's or the news' source, whose value the copy
# ran into the story's text; the registered outlet that begins it is the source (its end is unknowable)
GLUED_MATERIAL_LABEL = re.compile(
    r"^\s*(?:источник (?:материала|новости|информации|статьи)|джерело (?:матеріалу|новини|інформації)"
    r"|source of (?:the )?(?:article|material|news|story|report)|(?:文章|新闻|新聞|消息|稿件)(?:来源|來源))\s*[:：]\s*(?P<rest>\S.*)$", re.I)


def _glued_label_source(text: str, registry: Registry) -> str | None:
    match = GLUED_MATERIAL_LABEL.match(text)
    source = match and source_prefixed(registry, match.group("rest").strip(" «»\"“”"))
    return source.name if source else None


def _writer_in_source_slot(name: str | None, registry: Registry) -> bool:
    """'Source: Eugen Gerden': a writer credited where the outlet stands. An unregistered Latin or
    Cyrillic name that reads as a person's, none of whose words any registered outlet's name uses
    ('News', 'Minsk', 'Herald' all are), names no outlet; the other clues are left to name one."""
    if not name or CJK_CHAR.search(name) or source_named(registry, name) or not person_names(name, registry):
        return False  # a Chinese name has no words to weigh: a self-media account's name stands
    return not {fold(word) for word in name.split()} & outlet_words(registry)


# 'Source:' alone on its line, the link to the story it names on the next: a registered site's
# address there is the source (an unknown one is left to the other clues)
LONE_SOURCE_LABEL = re.compile(r"^\s*(?:source|источник|джерело|крыніца|来源|來源)\s*[:：]\s*$", re.I)
def _linked_source(text: str, registry: Registry) -> Source | None:
    """The registered source whose site a line holding only a web address points to."""
    link = WEB_ADDRESS.match(text[:MAX_SCAN_LINE].strip())
    return link and source_for_host(registry, link.group("host"))


# A label's whole line in brackets: '(來源:俄羅斯衛星通訊社)', '(Source: Kommersant)', '(新闻来源:某某网)',
# '（文章來源：某某報）', '(News source: X)': the label's word may be qualified (the qualifier left off)
BRACKETED_LINE = re.compile(r"^\s*[(（](?:新闻|新聞|文章|本文|信息|資訊|资讯|消息|稿件|news\s+|article\s+)?"
                            r"(?P<inner>(?:来源|來源|source|источник)\s*[:：][^()（）]{2,60})[)）]\s*$", re.I)
# 'Источник: t.me': a messenger's domain is no outlet; the channel it names is, where the post
# signs with its handle ('@steppe_news') just above the label
MESSENGERS = {"t.me": "Telegram", "telegram.me": "Telegram", "telegram.org": "Telegram"}
MESSENGER_LABEL = re.compile(r"^(?:source|источник|来源|來源)\s*[:：]\s*(?:https?://)?(?P<messenger>t\.me|telegram\.(?:me|org))/?\s*$", re.I)
CHANNEL_HANDLE = re.compile(r"^@(?P<handle>[A-Za-z][\w]{3,31})$")
CHANNEL_HANDLE_LINES = 3


def closing_bracketed_label_source(closing: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'(來源:俄羅斯衛星通訊社)' closing the story: a source label in brackets (over the story, a
    bracketed '(Source: scio.gov.cn)' credits the photo under the headline instead)."""
    bare = [replace(line, text=match.group("inner")) for line in closing if (match := BRACKETED_LINE.match(line.text))]
    return labelled_source(bare, patterns, registry) if bare else None


# '…成为国际舞台的主角。” (来源:某某报) 最新消息 …': the story's bracketed source label run on after its
# last sentence, on a page copied as one line (a picture's own label says so: '(图片来源:…)')
RUN_ON_BRACKETED_LABEL = re.compile(r"[。！？”」』.!?]\s*[(（](?:来源|來源|source|источник)\s*[:：]\s*(?P<source>[^()（）:：]{2,40}?)\s*[)）]", re.I)


def run_on_bracketed_label_source(body: list[Line], registry: Registry) -> str | None:
    """The source of the last bracketed label run on after a sentence of the story's last such paragraph."""
    for line in reversed([line for line in body if line.kind != "caption"]):
        matches = list(RUN_ON_BRACKETED_LABEL.finditer(line.text))
        if matches:
            return canonical_source(matches[-1].group("source"), registry, known_only=False)
    return None


def bracketed_credit_with_author_source(lines: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The source a bracketed credit naming the writer too gives, over the story or in its first
    paragraph's place (see BRACKETED_CREDIT_WITH_AUTHOR)."""
    bare = [replace(line, text=match.group("inner")) for line in lines if (match := BRACKETED_CREDIT_WITH_AUTHOR.match(line.text))]
    return labelled_source(bare, patterns, registry) if bare else None


CJK_BRACKETED_LABEL = re.compile(r"^\s*[(（](?:来源|來源)\s*[:：]")


# a line opening with its source label: the story's credit ('Source: X', 'Источник: X', '来源:X'); a
# caption run on into one ('Премьер в поезде 来源:X') credits a picture
CREDIT_LINE_LABEL = re.compile(r"(?i)^(?:source|sources|источник|крыніца|джерело|来源|來源)\s*[:：]")
# 'Автор :    Источник : Agency    Редактор : Name': an info bar under the story, its labelled cells
# set apart by wide gaps (a cell may be empty); its source cell credits the story as a line of its own would
INFO_BAR_SOURCE_CELL = re.compile(
    r"(?i)^(?:[^\s:：]{2,12}\s*[:：](?:\s?[^\s:：]+){0,4}\s{2,})+(?:source|источник|крыніца|джерело|来源|來源)\s*[:：]")


# '[Source]  Steppe Institute [Time]  2019-09-25 14:14:00', '【来源】某某网【时间】…': an info bar whose
# cells each open on a bracketed label; the source cell runs to the next bracketed label
BRACKETED_LABEL_CELL = re.compile(
    r"^\s*[\[【]\s*(?:source|источник|来源|來源)\s*[\]】]\s*[:：]?\s*(?P<source>[^\[\]【】]{2,110}?)\s*(?:[\[【][^\[\]【】]{1,15}[\]】].*)?$", re.I)


# '2015-05-10 11:36:05 [来源:人民网-国际频道] [责编:某某]', '【來源:某某報】【作者:某某】': a stamp or info
# bar whose cells are each a whole label in brackets (square, lenticular or round, half- or full-width)
WHOLE_BRACKETED_CELL = re.compile(r"[\[【(（]\s*(?P<label>[^\[\]【】()（）:：]{1,8}?)\s*[:：]\s*(?P<value>[^\[\]【】()（）]{1,60}?)\s*[\]】)）]")
CELL_SOURCE_LABEL = re.compile(r"^(?:来源|來源|出处|出處|source|источник|крыніца|джерело)$", re.I)
CELLS_OF_A_BAR = 2


def whole_bracketed_cell_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet a bracketed source cell names on a stamp line or among other bracketed
    cells (see WHOLE_BRACKETED_CELL); a lone bracketed label above the story may credit its picture."""
    for line in head:
        cells = list(WHOLE_BRACKETED_CELL.finditer(line.text[:MAX_SCAN_LINE]))
        if line.kind != "stamp" and len(cells) < CELLS_OF_A_BAR:
            continue
        for cell in cells:
            source = CELL_SOURCE_LABEL.match(cell.group("label")) and canonical_source(cell.group("value"), registry, known_only=True)
            if source:
                return source
    return None


def bracketed_label_cell_source(head: list[Line], registry: Registry) -> str | None:
    """The outlet an info bar's bracketed source cell names (see BRACKETED_LABEL_CELL); the cell's
    next label bounds it, so an institution's long full name there is kept whole."""
    named = _named_in_lines(head, BRACKETED_LABEL_CELL, registry, known_only=False)
    if named:
        return named
    cells = (BRACKETED_LABEL_CELL.match(line.text[:MAX_SCAN_LINE]) for line in head)
    return next((cell.group("source").strip() for cell in cells if cell and _institution_name(cell.group("source").strip())), None)


# 'Confucius Institute at the Steppe State University of Physical Training': an institution's full
# name, its words all capitalised but for the connectors, no figure in it
INSTITUTION_NAME_WORDS = 16
INSTITUTION_CONNECTORS = NAME_CONNECTORS | {"at", "under", "to", "with"}


def _institution_name(name: str) -> bool:
    words = name.split()
    return (2 <= len(words) <= INSTITUTION_NAME_WORDS and not re.search(r"\d", name)
            and all(word[:1].isupper() or word.lower() in INSTITUTION_CONNECTORS for word in words)
            and words[0][:1].isupper() and words[-1][:1].isupper())


def credit_under_story_source(layout: Layout, text: str, patterns: Patterns, registry: Registry) -> str | None:
    """'Source: X' on the line right under a paragraph of the story, with no paragraph of it going
    on below (a row of share buttons or a 'trending' widget there, which took the page's closing
    lines): a credit line is neither article nor closing there, so it is read from the page's
    lines; a credit between two paragraphs, or run on after a caption, credits a picture."""
    placed = {line.number for line in layout.head + layout.body + layout.closing + layout.tail}
    prose = {line.number for line in layout.body if line.kind == "prose"}
    page = split_lines(text)[1]
    for above, under, below in zip(page, page[1:], page[2:] + [None]):
        if (above.number in prose and above.text.rstrip().endswith(tuple(SENTENCE_END)) and under.number not in placed
                and (CREDIT_LINE_LABEL.match(under.text) or INFO_BAR_SOURCE_CELL.match(under.text))
                and (below is None or below.number not in prose)):
            found = labelled_source([under], patterns, registry)
            if found:
                return found
    return None


def _with_last_paragraph(layout: Layout) -> list[Line]:
    """The closing lines, the story's last paragraph over them where the layout left it in the body."""
    closing = {line.number for line in layout.closing}
    return [line for line in layout.body[-1:] if line.number not in closing] + layout.closing


def _story_end(layout: Layout) -> list[Line]:
    """A Chinese repost's '(來源:新華網)' past the lead: it closes the story even where the host's
    disclaimer and member lists follow and are read as body."""
    return [line for line in layout.body[LEAD_CREDIT_PARAGRAPHS:] if CJK_BRACKETED_LABEL.match(line.text)][-1:]


def _channel_handle(above: list[Line], messenger: str) -> str | None:
    """'@name (Telegram)': the channel's handle signing the post just above its messenger's label."""
    handles = [m.group("handle") for m in (CHANNEL_HANDLE.match(line.text.strip()) for line in above) if m]
    return f"@{handles[-1]} ({MESSENGERS[messenger.lower()]})" if handles else None


# 'xyxiao', 'admin_01': a site user's login, which a forum or portal prints in its 'source' slot
USER_HANDLE = re.compile(r"^[a-z][a-z0-9_]{2,20}$")


def _user_handle(name: str, registry: Registry) -> bool:
    """An unregistered lower-case login name in a source label: who posted, not an outlet."""
    name = name.strip()
    return bool(USER_HANDLE.match(name)) and source_named(registry, name) is None


def slug_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'Reuters | Beijing | Updated: ...': a wire slug names its agency."""
    for line in head:
        for pattern in patterns.slugs:
            match = pattern.match(line.text[:MAX_SCAN_LINE])
            if match:
                return canonical_source(match.group("agency"), registry, known_only=True)
    return None


# text follows: the credit opens a paragraph, perhaps after its city ('Beijing, (APP - Portal - 19th Aug, 2024)')
# and the day ('NAIROBI, Sept. 13, (Xinhua) –': a dateline whose day a comma parts from the credit)
# ('March 27 (Agency) -- …': the day alone before the credit, no city, as some wires print it)
ENGLISH_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"
LEAD_CREDIT = re.compile(r"^\s*(?:[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2},\s*"
                         r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? (?:19|20)\d\d)?,\s*)?"
                         r"|" + ENGLISH_MONTH + r"\.? \d{1,2}(?:,? (?:19|20)\d\d)?,?\s*)?[(（]([^()（）]{2,60})[)）](?=\s*\S)")


LEAD_CREDIT_PARAGRAPHS = 3  # a standfirst or a caption may come before the credited paragraph

# 'Port Town (VNA) – Three ships …', 'PORT TOWN (Reuters): Three ships …': a wire's credit after a
# city with no comma, closed by a dash or a colon (either tells it from a name glossed in brackets
# mid-sentence)
DASHED_LEAD_CREDIT = re.compile(r"^\s*[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2}\s*[(（]([^()（）]{2,40})[)）]\s*(?:[–—-]\s|[:：]\s*(?=\S))")


def _lead_paragraphs(body: list[Line], count: int = LEAD_CREDIT_PARAGRAPHS) -> list[Line]:
    """The first paragraphs of the story, photo captions left out."""
    return [line for line in body if line.kind != "caption"][:count]


# 'Steppe Times - According to the plan, …': the outlet's name and a dash opening the lead, as a
# wire's head does without a city; '(Steppe Point / Other News - 15th May, 2023 ) :' after the
# city: the outlet's credit in brackets with the day it was filed
# (a Latin name may head a Chinese lead: 'VGP - 6月2日下午,…')
OUTLET_DASH_LEAD = re.compile(r"^\s*(?P<source>[A-ZА-ЯЁ][\w.’'&]*(?: [A-ZА-ЯЁ][\w.’'&]*){0,3})\s+[-–—]\s+(?:[A-ZА-ЯЁ«\"“]|[\u3400-\u9fff]|\d{1,2}\s?月)")
DATED_BRACKET_AFTER_CITY = re.compile(
    r"^[A-ZА-ЯЁ][^()\n]{1,60}?,\s*[(（]\s*(?P<source>[^()（）/\-–—]{2,40}?)\s*(?:/[^()（）]{2,60}?)?\s*[-–—]\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*[)）]\s*[:\-–—]")


# A government portal's or a wire's page may print its lead as a standfirst over the stamp, in the
# head: a line of prose that long ('VGP – The minister on Monday received …'), not a masthead or a headline
STANDFIRST_CHARS = 60


def _standfirsts(head: list[Line]) -> list[Line]:
    return [line for line in head if len(line.text.strip()) >= STANDFIRST_CHARS and line.kind != "caption"]


def outlet_dash_lead_source(lead: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose name opens the lead (or the standfirst) before a dash or a dated bracket."""
    for line in lead:
        match = OUTLET_DASH_LEAD.match(line.text) or DATED_BRACKET_AFTER_CITY.match(line.text[:MAX_SCAN_LINE])
        source = match and source_named(registry, match.group("source"))
        if source:
            return source.name
    return None


def dashed_wire_head_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency opening a Chinese dateline that a dash closes in one of the first
    paragraphs (the dateline reader takes only '…日电' as a wire's), or one with the day in
    Chinese numerals ('中新社上海五月十五日電')."""
    for line in _lead_paragraphs(body):
        name = (_clipped_agency_source(line.text, registry, CJK_DASHED_WIRE_HEAD)
                or _clipped_agency_source(line.text, registry, CJK_NUMERAL_WIRE_HEAD))
        source = name and registry.source_by_name(name)
        if source and source.kind == "agency":
            return source.name
    return None


# 'BISHKEK. KAZINFORM The summit ended…': a wire's head of a capitalised city and its name in
# capitals, with neither a dash nor a comma between them and the story
CAPITALS_WIRE_HEAD = re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?:\s[A-ZА-ЯЁ\-]{2,})?\.\s+(?P<source>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?:\s[A-ZА-ЯЁ]{2,})?)\s+(?=[A-ZА-ЯЁ«\"“][a-zа-яё])")


def capitals_wire_head_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency named in capitals after the capitalised city opening the lead."""
    lead = _lead_paragraphs(body, 1)
    match = lead and CAPITALS_WIRE_HEAD.match(lead[0].text)
    source = match and source_named(registry, match.group("source"))
    return source.name if source and source.kind == "agency" else None


# '(中央社訊息服務20091125 14:41:26)': an agency's press-release service carried another body's
# release for it; the agency did not report the story
RELEASE_SERVICE = re.compile(r"(?:訊息服務|讯息服务|新聞稿服務|新闻稿服务)")


# '(MENAFN- Some Network) CITY, May 20 (NNN-XINHUA) – …': a syndicator's credit opening the lead over a
# wire's own dateline and credit; the wire in the dateline wrote the story, the syndicator carried it
SYNDICATED_WIRE_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2},\s*[A-Z][a-z]{2,8}\.? \d{1,2},?\s*"
                                      r"[(（]([^()（）]{2,40})[)）]\s*[–—-]\s")


# 'Jane Roe (Some News) : The president received …': the writer's name with the outlet in brackets,
# closed by a colon, opening the lead (the outlet's house credit; only a registered outlet counts)
AUTHOR_BRACKETED_CREDIT = re.compile(r"^\s*[A-Z][a-z'\-]+(?: [A-Z][A-Za-z.'\-]+){1,2}\s*[(（]([^()（）]{2,40})[)）]\s*[:：]\s+\S")


def lead_credit_source(body: list[Line], registry: Registry, patterns: Patterns) -> str | None:
    """'(Reuters) -', '（德国之声中文网）据…': a known outlet credited at the start of one of the
    first paragraphs (after a standfirst or a photo caption); short lines a caption may be, left
    unmarked (a caption in another language, one run into its picture's credit), do not push the
    credited paragraph out of reach."""
    prose = [line for line in body if line.kind == "prose"][:LEAD_CREDIT_PARAGRAPHS]
    for line in dict.fromkeys(_lead_paragraphs(body) + prose):
        match = LEAD_CREDIT.match(line.text) or DASHED_LEAD_CREDIT.match(line.text) or AUTHOR_BRACKETED_CREDIT.match(line.text)
        if not match or any(p.search(match.group(1)) for p in patterns.quoted) or RELEASE_SERVICE.search(match.group(1)):
            continue  # '(With input from Xinhua)', '(Photo: AFP)', '(中央社訊息服務…)'
        inner = SYNDICATED_WIRE_DATELINE.match(line.text[match.end():])
        wire = inner and registry.source_by_name(canonical_source(inner.group(1), registry, known_only=True) or "")
        source = canonical_source(match.group(1), registry, known_only=True)
        if wire and wire.kind == "agency" and wire.name != source:
            return wire.name
        if source:
            return source
    return None


def syndicated_opener_source(lines: list[Line], registry: Registry) -> str | None:
    """'(MENAFN- Some News) The minister said …': a syndicator's credit of the outlet it reposts,
    opening the text's first line; a page with no headline leaves that line above the story, where
    the lead's credit is not looked for (only a registered outlet counts)."""
    for line in lines:
        match = SYNDICATOR_PREFIX.match(line.text)
        if match:
            return canonical_source(match.group("agency"), registry, known_only=True)
    return None


def closing_credit_over_unknown_wire_head(dateline: Dateline | None, body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'某新社巴库11月15日电' heading a story whose last paragraph closes on '(中国新闻网)', '(Steppe
    News Agency)': the wire head names an agency the registry does not know, the one the news came
    from; the registered agency credited in brackets at the end relayed it and wrote this copy."""
    if not dateline or not dateline.agency or canonical_source(dateline.agency, registry, known_only=True):
        return None
    if misspelt_source(dateline.agency, registry):
        return None
    credited = closing_bracketed_agency_source(body, registry) or closing_paragraph_credit_source(body, patterns, registry)
    found = credited and source_named(registry, credited)
    return found.name if found and found.kind == "agency" else None


def dateline_source(dateline: Dateline | None, registry: Registry, lines: list[Line] = ()) -> str | None:
    if not dateline:
        return None
    if not dateline.agency:
        return _glued_agency_source(next((l.text for l in lines if l.number == dateline.line), ""), registry)
    if _cited_report(dateline, lines, registry):
        return None
    known = (_partnered_wire(dateline.agency, registry) or _wire_before_its_relays(dateline.agency, registry)
             or canonical_source(dateline.agency, registry, known_only=True))
    outlet_as_city = source_named(registry, dateline.city)
    if not known and outlet_as_city:
        # '某某平台中新网5月9日电': the wire's site stands where the city would; a mirror's
        # name glued before it is not the story's outlet
        return outlet_as_city.name
    misspelt = None if known else misspelt_source(dateline.agency, registry)
    if not known and not misspelt and CJK_PERSONAL_NAME.fullmatch(dateline.agency or ""):
        # '新华北京7月29日电(王芳)': the reporter in the brackets, the agency before the city
        return _clipped_agency_source(next((l.text for l in lines if l.number == dateline.line), ""), registry)
    if not known and not misspelt and CLIPPED_CJK_AGENCY.fullmatch(dateline.agency or ""):
        return None  # '通社明斯克6月5日电': a copy that lost the name's first character ('白通社')
    return known or (misspelt.name if misspelt else canonical_source(dateline.agency, registry, known_only=False))


# '据某社1月27日报道,': 'according to X's report of the 27th' cites X; only a wire's own
# dateline ('据新华社明斯克9月3日电', a paper republishing it) makes X the source
CITED_REPORT_TAIL = re.compile(r"^\s*(?:报道|報道|報導|报导|消息)|(?:报道|報道|報導|报导|消息)\s*$")


def _cited_report(dateline: Dateline, lines: list[Line], registry: Registry | None = None) -> bool:
    text = next((l.text for l in lines if l.number == dateline.line), "")
    if registry is not None and _unregistered_agency_reported(dateline, text, registry):
        return True
    if dateline.city or not CITING_PREFIX.match(dateline.agency or ""):
        return False
    # the form may or may not have read the closing 'report' into the dateline
    return bool(CITED_REPORT_TAIL.match(text[dateline.end :]) or CITED_REPORT_TAIL.search(text[: dateline.end]))


def _unregistered_agency_reported(dateline: Dateline, text: str, registry: Registry) -> bool:
    """'某通社1月12日报道,…': an agency the registry does not know, no city, its day and then
    'reported' (not the wire's own 'cabled', 电): a page retelling that agency's report."""
    if dateline.city or canonical_source(dateline.agency, registry, known_only=True):
        return False
    return bool(CITED_REPORT_TAIL.match(text[dateline.end :]) or CITED_REPORT_TAIL.search(text[: dateline.end]))


# two Chinese characters alone where a wire's name stands: no agency's whole name is that short
# ('新华社', '中新社', '白通社'), so it is the end of one whose start the copy lost
CLIPPED_CJK_AGENCY = re.compile(r"[\u3400-\u9fff]{1,2}")


def _partnered_wire(agency: str | None, registry: Registry) -> str | None:
    """'/БЕЛТА - Синьхуа/': a wire filing with its partner agency names itself first."""
    parts = COMPOUND_SEPARATOR.split(agency or "")
    if len(parts) != 2:
        return None
    first, second = (source_named(registry, part.strip()) for part in parts)
    return first.name if first and second and first.kind == second.kind == "agency" else None


def _wire_before_its_relays(agency: str | None, registry: Registry) -> str | None:
    """'MINSK (APP - Some Portal / Its Other Name - 5th May)': a registered agency named first in a
    dateline's brackets wrote the story; the sites after it only carry it, registered or not."""
    parts = COMPOUND_SEPARATOR.split(agency or "")
    first = len(parts) >= 2 and source_named(registry, parts[0].strip())
    return first.name if first and first.kind == "agency" else None


# Two to four Han characters that do not end as an outlet's name does ('…社', '…网', '…报', '…台')
CJK_PERSONAL_NAME = re.compile(r"[\u4e00-\u9fff·]{1,3}[\u4e00-\u9fff](?<![社网網报報台刊])")
CJK_WIRE_HEAD = re.compile(r"^\s*[【(（]?(?P<head>[\u4e00-\u9fff]{3,14}?)\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:电|電)")


# '…會見王毅。（新華社圖片） 中評社香港2月12日電／…': a picture's caption, closed by its credit in
# brackets, run into the lead's opening line; the wire's dateline starts after the credit
CAPTION_PHOTO_CREDIT = re.compile(r"[(（][^()（）]{1,12}(?:图片|圖片|摄|攝|供图|供圖)[)）]\s*")


def captioned_lead_wire_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose Chinese wire dateline follows a caption glued before the lead."""
    for line in _lead_paragraphs(body, 1):
        credit = CAPTION_PHOTO_CREDIT.search(line.text[:MAX_SCAN_LINE])
        if credit:
            return _clipped_agency_source(line.text[credit.end():], registry)
    return None


# '… arrives in Hanoi. (Photo: VNA)Hanoi (VNA) – The premier …': an English caption's bracketed
# photo credit with the wire's dateline glued after it (the whole line then reads as a caption)
CAPTION_CREDIT_BEFORE_LEAD = re.compile(r"[(（](?i:photo|image|picture|ảnh|фото)\s*[:：][^()（）]{1,40}[)）]")


def caption_glued_lead_credit_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency whose 'City (WIRE) –' dateline follows a caption's photo credit on
    one of the first lines."""
    for line in body[:LEAD_CREDIT_PARAGRAPHS]:
        text = line.text[:MAX_SCAN_LINE]
        for credit in CAPTION_CREDIT_BEFORE_LEAD.finditer(text):
            match = DASHED_LEAD_CREDIT.match(text[credit.end():])
            source = match and source_named(registry, match.group(1))
            if source and source.kind == "agency":
                return source.name
    return None


# '越通社河内5月12日——…', '路透迪拜3月26日 - …': a Chinese wire dateline closed by a dash, not '电'
CJK_DASHED_WIRE_HEAD = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff]{3,14}?)\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:——|—|–|-)")


# '中新社上海五月十五日電': a wire's dateline of older copy, the month and day in Chinese numerals
CJK_NUMERAL_WIRE_HEAD = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff]{3,14}?)\s?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s?(?:电|電)")


def _clipped_agency_source(text: str, registry: Registry, pattern: re.Pattern = CJK_WIRE_HEAD) -> str | None:
    """The registered agency that opens a Chinese dateline before its city, perhaps without its
    final '社' ('新华北京…电' is 新华社's, as '中新北京…电' is 中新社's)."""
    match = pattern.match(text[:MAX_SCAN_LINE])
    head = match.group("head") if match else ""
    for cut in range(len(head) - 2, 1, -1):
        source = source_named(registry, head[:cut]) or source_named(registry, head[:cut] + "社")
        if source:
            return source.name
    return None


# '某某视频官方下载新华社北京6月6日电': a Chinese wire dateline with a mirror's junk glued before it
# the wire's name may carry its site's Latin address ('俄新網RUSNEWS.CN新德里12月11日電')
CJK_GLUED_WIRE_HEAD = re.compile(r"^\s*(?P<head>[\u4e00-\u9fffA-Za-z.]{5,40}?)\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:电|電)")
CJK_CITY_CHARS = (2, 3, 4)
LATIN_TAIL = re.compile(r"[A-Za-z.]+$")


def _glued_agency_source(text: str, registry: Registry) -> str | None:
    """The registered agency that ends right before the city of a Chinese dateline read without
    an agency, whatever is glued before it."""
    match = CJK_GLUED_WIRE_HEAD.match(text[:MAX_SCAN_LINE])
    head = match.group("head") if match else ""
    for city_chars in CJK_CITY_CHARS:
        end = len(head) - city_chars
        for start in range(0, end - 1):
            source = source_named(registry, head[start:end]) or source_named(registry, LATIN_TAIL.sub("", head[start:end]))
            if source and source.kind == "agency":
                return source.name
    return None


# 'MINSK, September 15 – RIA Novosti. Belarus and …': an outlet's name closing a dateline
# that a form without an outlet matched
DATELINE_TAIL_OUTLET = re.compile(r"^\s*(?P<source>[A-ZА-ЯЁ][\w .\-]{1,25}?)\.\s")


def dateline_tail_source(dateline: Dateline | None, lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet named right after a dateline that carries no outlet of its own."""
    if not dateline or dateline.agency or not dateline.end:
        return None
    line = next((line for line in lines if line.number == dateline.line), None)
    match = line and DATELINE_TAIL_OUTLET.match(line.text[dateline.end : MAX_SCAN_LINE])
    return canonical_source(match.group("source"), registry, known_only=True) if match else None


# 'Astana, The Steppe Ledger: In a call on Monday …': a city and the outlet's name opening the lead
# as a dateline would (only a registered outlet counts: 'Astana, Kazakhstan:' names a country)
LEAD_CITY_OUTLET = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?P<source>(?:The )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})\s*:\s+\S")

# 'Бишкек, «Steppe.kg». …': a city, then the outlet in quotes closed by a stop or dash, as a dateline would
LEAD_CITY_QUOTED_OUTLET = re.compile(
    r"^\s*[A-ZА-ЯЁ][a-zа-яё]+(?:[ -][A-ZА-ЯЁ][a-zа-яё]+)?,\s+[«\"“„](?P<source>[^«»\"“”„]{2,30})[»\"”“]\s*[.:—–-]\s+\S")

# 'ISTANBUL, TURKEY | Xinhua | Delegations …': a capitals city (and country), then the wire between bars
LEAD_CITY_BARRED_OUTLET = re.compile(r"^\s*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}(?:,\s*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})?\s*\|\s*(?P<source>[^|]{2,30}?)\s*\|\s*\S")
# 'Архивное фотоМОСКВА, 20 мар — РИА Новости. …': a wire's full dateline glued to the photo caption
# copied before it (a lower-case letter right before the capitals city)
GLUED_WIRE_DATELINE = re.compile(
    r"(?<=[a-zа-яё])[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{2,}){0,2},\s+\d{1,2}\s+[a-zа-яё]{3,8}\.?\s+[—–-]\s+(?P<source>[^.,—–]{2,30}?)\.\s")


def lead_city_outlet_source(body: list[Line], registry: Registry) -> str | None:
    lead = _lead_paragraphs(body, 1)
    text = lead[0].text[:MAX_SCAN_LINE] if lead else ""
    match = LEAD_CITY_OUTLET.match(text) or LEAD_CITY_BARRED_OUTLET.match(text) or LEAD_CITY_QUOTED_OUTLET.match(text)
    if match:
        return canonical_source(match.group("source"), registry, known_only=True)
    glued = GLUED_WIRE_DATELINE.search(text)
    source = glued and source_named(registry, glued.group("source"))
    return source.name if source and source.kind == "agency" else None


# 'RusAutoNews.Com – The Chinese car maker …': a site's name tagging the lead as a dateline would
LEAD_DOMAIN_TAG = re.compile(r"^\s*(?P<source>[A-Za-z][\w\-]*(?:\.[A-Za-z][\w\-]*)*\.[A-Za-z]{2,6})\s*(?:--|–|—|-)\s+(?=[A-ZА-ЯЁ\"“«])")


# 'CentralAsia (MNG) - 13 января …': an outlet's head of its name, a country's code in brackets
# and a dash (a registered name in the brackets is 'City (WIRE) -', read by the lead credit)
OUTLET_COUNTRY_HEAD = re.compile(r"^\s*(?P<head>(?P<source>[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,2})\s*\((?P<code>[A-Z]{2,3})\))\s*[-–—]\s+\S")


def outlet_country_head_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose name heads the lead before a bracketed country code (see
    OUTLET_COUNTRY_HEAD); a head registered whole ('CentralAsia (UZ)') names its own outlet, as
    sites of alike names tag their items alike."""
    lines = _lead_paragraphs(body, 1)
    match = lines and OUTLET_COUNTRY_HEAD.match(lines[0].text)
    if not match or source_named(registry, match.group("code")):
        return None
    return (canonical_source(match.group("head"), registry, known_only=True)
            or canonical_source(match.group("source"), registry, known_only=True))


def lead_domain_source(body: list[Line], registry: Registry) -> str | None:
    """A site's domain name opening one of the first paragraphs before a dash: the outlet."""
    for line in _lead_paragraphs(body):
        match = LEAD_DOMAIN_TAG.match(line.text[:MAX_SCAN_LINE])
        if match:
            return canonical_source(match.group("source"), registry, known_only=False)
    return None


# 'steppe-wire.ru:' alone on the line over the lead, or 'steppe-wire.ru: The minister …' opening it: an
# aggregator's credit of the announcement it carries, the site's address closed by a colon
DOMAIN_COLON_CREDIT = re.compile(r"^\s*(?P<site>(?:https?://)?[A-Za-z][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,6})\s*[:：]\s*(?:$|(?=[A-ZА-ЯЁ«\"“\u3400-\u9fff]))")


def domain_colon_credit_source(head: list[Line], body: list[Line], registry: Registry) -> str | None:
    """The registered site whose address, closed by a colon, stands alone on the last line over the
    story's first paragraph or opens that paragraph (see DOMAIN_COLON_CREDIT)."""
    lead = _lead_paragraphs(body, 1)
    if not lead:
        return None
    above = [line for line in head if line.number < lead[0].number and line.text.strip()][-1:]
    for line, alone in [(line, True) for line in above] + [(lead[0], False)]:
        match = DOMAIN_COLON_CREDIT.match(line.text[:MAX_SCAN_LINE])
        if match and (match.end() == len(line.text.rstrip())) == alone:
            source = _source_by_domain(registry, match.group("site"))
            if source and source.kind in NEWS_KINDS:
                return source.name
    return None


# 'STEPPE-NEWS. March 3, 2011. The government …': a wire's name, then the day, opening its story
OUTLET_BEFORE_DATE = re.compile(r"^\s*(?P<source>[A-ZА-ЯЁ][\w\-. ]{1,30}?)\.\s+(?P<rest>\S.*)")
# 'Астана, 3 марта, 2011, 10:15 — ИА Степь. …': a dated opening, a dash, then the wire's name
DATE_BEFORE_OUTLET = re.compile(r"^\s*(?P<opening>[^—–.]{6,50}?)\s+[—–-]\s+(?P<source>[^.!?—–]{2,30}?)\.\s")


def dated_opener_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet next to the day in the opening of one of the first paragraphs, as a
    wire heads its story when no dateline form matched."""
    for line in _lead_paragraphs(lines):
        text = line.text[:MAX_SCAN_LINE]
        match = OUTLET_BEFORE_DATE.match(text)
        dates = find_dates(match.group("rest")[: MAX_SCAN_LINE // 4]) if match else []
        if dates and dates[0].start == 0:
            source = canonical_source(match.group("source"), registry, known_only=True)
            if source:
                return source
        match = DATE_BEFORE_OUTLET.match(text)
        if match and find_dates(match.group("opening")):
            source = canonical_source(match.group("source"), registry, known_only=True)
            if source:
                return source
    return None


OUTLET_CITY_WORDS = 3  # words of an outlet's name before a city ('CNR News', 'China Radio International')


def outlet_city_head_source(body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'CNR News Пекин, 21 августа (корреспондент X) …': a registered outlet's name heading the lead
    before a known city and the day, a wire's head with its name put first."""
    for line in _lead_paragraphs(body, 1):
        head, comma, rest = line.text[:MAX_SCAN_LINE].partition(",")
        words = head.split()
        if not comma or not 2 <= len(words) <= OUTLET_CITY_WORDS + 1 or fold(words[-1]) not in patterns.cities:
            continue
        dates = find_dates(rest[: MAX_SCAN_LINE // 4])
        if dates and dates[0].start <= 1:
            return canonical_source(" ".join(words[:-1]), registry, known_only=True)
    return None


def named_opener_source(body: list[Line], registry: Registry) -> str | None:
    """'OREANDA-NEWS. On March 26 …', 'АрмИнфо. Президент …': a registered outlet's name, closed by a
    full stop, opening the lead heads its own story as a wire does, its day left to the page. Only a
    one-word brand: 'Новости Беларуси. …' opens a channel's bulletin with a phrase, whoever files under it."""
    for line in _lead_paragraphs(body, 1):
        match = OUTLET_BEFORE_DATE.match(line.text[:MAX_SCAN_LINE])
        source = match and " " not in match.group("source").strip() and source_named(registry, match.group("source"))
        if source and source.kind in ("agency", "outlet") and re.match(r"[A-ZА-ЯЁ«\"“]", match.group("rest")):
            return source.name
    return None


# 'НИА-Федерация5 ноября в Харбине …': the outlet's credit glued to the day that opens its lead (the
# page's markup lost the space between them)
GLUED_NAME_OPENER = re.compile(r"^\s*(?P<source>[^\W\d_][^\d\n]{1,40}?[^\W\d_])(?P<rest>\d{1,2}\s.*)")


def glued_name_opener_source(body: list[Line], registry: Registry) -> str | None:
    """A registered outlet's name glued to a day (a date found at once after it) opening one of the
    first paragraphs."""
    for line in _lead_paragraphs(body, SELF_REFERENCE_PARAGRAPHS):
        match = GLUED_NAME_OPENER.match(line.text[:MAX_SCAN_LINE])
        dates = find_dates(match.group("rest")[: MAX_SCAN_LINE // 4]) if match else []
        source = dates and dates[0].start == 0 and source_named(registry, match.group("source"))
        if source and source.kind in ("agency", "outlet"):
            return source.name
    return None


# 'Steppe Embassy in LatviaQ. How do you see …': the poster's name run into the lead's first word
# (the page's markup lost the break between them); a lower-case letter meets a capital
GLUED_NAME_WORD = re.compile(r"^\s*(?P<source>[^\W\d_][^\n]{1,60}?[a-zа-яё])(?=[A-ZА-ЯЁ])")


def _named_in_lines(lines: list[Line], pattern: re.Pattern, registry: Registry, *, known_only: bool = True) -> str | None:
    """The outlet named by the 'source' group of the first line whose start `pattern` fits, as
    canonical_source reads it (a registered one only, unless `known_only` is off)."""
    for line in lines:
        match = pattern.match(line.text[:MAX_SCAN_LINE])
        source = match and canonical_source(match.group("source"), registry, known_only=known_only)
        if source:
            return source
    return None


def _outlet_in_lines(lines: list[Line], pattern: re.Pattern, registry: Registry, *, anywhere: bool = False) -> str | None:
    """The registered outlet named by the 'source' group of the first line `pattern` fits, from the
    line's start (or `anywhere` in it)."""
    for line in lines:
        text = line.text[:MAX_SCAN_LINE]
        match = pattern.search(text) if anywhere else pattern.match(text)
        source = match and source_named(registry, match.group("source"))
        if source:
            return source.name
    return None


def glued_name_word_source(body: list[Line], registry: Registry) -> str | None:
    """A registered name of any kind glued to the next word at the very start of the lead."""
    return _outlet_in_lines(_lead_paragraphs(body, 1), GLUED_NAME_WORD, registry)


# 'По собственной информации Sn-Gazeta.ru, …': the paper citing its own reporting by name
OWN_INFORMATION = re.compile(r"(?:^|[.!?…]\s+)По\s+собственной\s+информации\s+(?P<source>[^\s,:;][^,:;]{1,40}?)\s*,")


def own_information_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet that credits a story's facts to its 'own information' by name."""
    return _information_credited(body, OWN_INFORMATION, registry)


# '信報簡介 | 服務條款 | … | 聯絡信報': a footer's links to the site's 'about' and 'contact' pages,
# both carrying its name (the same name in both says it is the site's own)
ABOUT_LINK = re.compile(r"^(?:(?P<name>[^|]{2,12}?)(?:簡介|简介)|(?:關於|关于)(?P<after>[^|]{2,12}))$")
CONTACT_LINK = re.compile(r"^(?:聯絡|联络|聯繫|联系)(?:我們|我们)?(?P<name>[^|]{2,12})$")


def about_contact_footer_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet named by both the 'about' and the 'contact' links of a footer line."""
    for line in lines:
        entries = [entry.strip() for entry in line.text[:MAX_SCAN_LINE].split("|")]
        about = {m.group("name") or m.group("after") for m in map(ABOUT_LINK.match, entries) if m}
        contact = {m.group("name") for m in map(CONTACT_LINK.match, entries) if m}
        for name in about & contact:
            source = source_named(registry, name)
            if source:
                return source.name
    return None


# A site's footer describing itself, the line opening on its own name: '《某某報》是一份多元化的報紙…',
# 'The Steppe Ledger is an independent news website …', '«Степь» — общественно-политическая газета …'
# (only a registered outlet: a story may describe another outlet in the same words, not under the story)
OUTLET_KINDS_EN = (r"(?:news(?:paper| ?site| website| portal| outlet| agency| magazine| service)|magazine|weekly|daily|"
                   r"publication|media (?:outlet|company|platform|group|organi[sz]ation)|broadcaster|(?:TV|radio) (?:channel|station))")
OUTLET_KINDS_RU = r"(?:газета|еженедельник|издание|портал|сайт|информационное агентство|агентство|журнал|телеканал|радиостанция|медиа)"
OUTLET_KINDS_ZH = (r"(?:报纸|報紙|日报|日報|晚报|晚報|刊物|杂志|雜誌|周刊|週刊|网站|網站|新闻网|新聞網|媒体|媒體|通讯社|通訊社|"
                   r"电视台|電視台|广播电台|廣播電台)")
SELF_DESCRIPTION = re.compile(
    r"^\s*(?:The )?(?P<english>[A-Z][\w.’'&\-]*(?: [A-Z][\w.’'&\-]*){0,3}) (?:is|has been) (?:a|an|the) (?:[\w,’'\-]+ ){0,8}?"
    + OUTLET_KINDS_EN + r"\b"
    r"|^\s*[«\"“]?(?P<russian>[A-ZА-ЯЁ][\w.\-]*(?: [\w.\-]+){0,3}?)[»\"”]?\s+(?:—|–|-|это|является)\s+(?:[\w,\-]+ ){0,8}?" + OUTLET_KINDS_RU + r"\b"
    r"|^\s*《(?P<chinese>[^《》\s]{2,12})》\s*(?:是|为|為)(?:一份|一家|一个|一個|一間|一间)?[^。！？]{0,40}?" + OUTLET_KINDS_ZH)


def self_description_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose footer describes it (see SELF_DESCRIPTION)."""
    for line in lines:
        match = SELF_DESCRIPTION.match(line.text[:MAX_SCAN_LINE])
        name = match and (match.group("english") or match.group("russian") or match.group("chinese"))
        source = name and source_named_inflected(registry, name)
        if source:
            return source.name
    return None


# A wire's house credit closing its story: '(Reporting by A; Writing by B; Editing by C)' is Reuters'
HOUSE_CREDITS = (
    (re.compile(r"\((?:Additional )?[Rr]eporting by [^()]{2,200}?;\s*(?:[A-Z][a-z]+ )?(?:[Ee]diting|[Ww]riting) by [^()]{2,200}\)\s*$"), "Reuters"),
)
HOUSE_CREDIT_LINES = 4


def house_credit_source(body: list[Line], registry: Registry) -> str | None:
    """The wire whose house credit format closes the story (see HOUSE_CREDITS)."""
    for line in body[-HOUSE_CREDIT_LINES:]:
        for pattern, name in HOUSE_CREDITS:
            if pattern.search(line.text[-MAX_SCAN_LINE:]):
                return getattr(registry.source_by_name(name), "name", None)
    return None


# 'Distributed by APO Group on behalf of the Embassy of X.': a release distributor's sign-off (the
# distributor is the source where the page shows no issuer's address: see _issuer_of_release)
DISTRIBUTED_BY = re.compile(r"^\s*Distributed by (?P<source>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}) on behalf of\s+\S", re.I)


def distributed_by_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered distributor signing a release off 'on behalf of' its issuer."""
    return _registered_in_lines(lines, (DISTRIBUTED_BY,), registry)


# 'По инф. Восток-Телеинформа', 'По информации ИА «Х»': a line of its own crediting the agency
# whose report the page carries (the name is in the genitive)
INFORMATION_CREDIT = re.compile(r"^\s*По\s+(?:инф\.|информации)\s+(?P<source>[^\s,.:;][^,.:;]{1,40}?)\s*\.?\s*$")


def information_credit_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered agency or outlet a Russian 'По информации X' credit line names."""
    return _information_credited(lines, INFORMATION_CREDIT, registry)


def _information_credited(lines: list[Line], credit: re.Pattern, registry: Registry) -> str | None:
    """The registered outlet a Russian 'по информации' credit names in the genitive ('ИА «Х»')."""
    for line in lines:
        match = credit.search(line.text)
        name = match and _without_kind_prefix(match.group("source"), registry).strip(" «»\"“”")
        source = name and source_named_inflected(registry, name)
        if source:
            return source.name
    return None


MISSPELT_NAME = re.compile(r"^[A-Za-z]{7,30}$")


def misspelt_source(printed: str | None, registry: Registry) -> Source | None:
    """An outlet's one-word name with one letter dropped, added, changed or two swapped
    ('KAZIFORM' for Kazinform), where the printing puts an outlet's name (a dateline's credit):
    only for names of seven letters or more, and only when exactly one registered outlet is that
    near; a name one letter off two outlets, or a short one, is left as printed."""
    printed = (printed or "").strip(" \t()[]/.-–—:：,")
    if not MISSPELT_NAME.match(printed):
        return None
    if registry.source_named(printed):  # a registered name as printed is that outlet (found elsewhere), never its neighbour one letter away
        return None
    word = printed.lower()
    near = {source.name for source in registry.sources
            for name in (source.name, *source.aliases)
            if MISSPELT_NAME.match(name) and _one_edit(word, name.lower())}
    return registry.source_by_name(near.pop()) if len(near) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one dropped, added or changed letter, or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def later_dateline_source(body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The registered wire of a full dateline (city, day, outlet) opening one of the first
    paragraphs after a standfirst ('МИНСК, 16 фев – РИА Новости. …')."""
    dateline = later_dateline(body, patterns)
    return canonical_source(dateline.agency, registry, known_only=True) if dateline else None


def stamp_source(head: list[Line], registry: Registry) -> str | None:
    """'By Cao Desheng (China Daily) 08:35, ...' or 'Xinhua) 09:13, July 09, 2024'."""
    for line in head:
        if line.kind != "stamp":
            continue
        for match in re.finditer(r"(?:^|\()([^()|]{2,40})\)", line.text[:MAX_SCAN_LINE]):
            # ('… October 14, 2016. (Photo: Reuters)': a caption's bracketed picture credit)
            name = None if STAMP_PICTURE_CREDIT.match(match.group(1).strip()) else canonical_source(match.group(1), registry, known_only=True)
            if name:
                return name
        # '遼寧日報  2019-01-14 10:43:54': a registered outlet's name is all that stands before the date
        dates = find_dates(line.text[:MAX_SCAN_LINE])
        before = line.text[: dates[0].start].strip(" \t|:：-–—,") if dates else ""
        before = GLUED_STAMP_LABEL.sub("", before)  # 'SteppeUpdated: May 3, 2020': the label glued to the name
        # ('МИД Беларуси штампует заявления 28.02.2026': a headline run into its stamp, its subject an office)
        name = canonical_source(before, registry, known_only=True) if 2 <= len(before) <= 40 and not _reads_as_headline(before) else None
        if name and HOST_ADDRESS.match(before):
            # 'http://www.portal.cn 2005年06月08日02:37 某某时报': the host's address, then the paper it reposts
            after = _stamp_name_after_date(line.text, dates[0])
            name = (after and canonical_source(after, registry, known_only=False)) or name
        if name:
            return name
        # '2017-07-31 俄罗斯卫星网277': a registered outlet right after the date, a view count glued on
        after = _stamp_name_after_date(line.text, dates[0]) if dates else ""
        name = canonical_source(after, registry, known_only=True) if 2 <= len(after) <= 40 else None
        if name:
            return name
    return None


def _reads_as_headline(text: str) -> bool:
    """Lowercase content words a name has not ('штампует заявления', 'signs a deal'): a sentence."""
    return len([w for w in text.split() if w[:1].islower() and w.lower() not in NAME_CONNECTORS]) >= 2


HOST_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# 'Steppe Online | www.steppe.kz' after a stamp's date: the site naming itself beside its own address
BARE_HOST = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9][\w\-]*(?:\.[a-z0-9][\w\-]*)*\.[a-z]{2,6}/?$", re.I)
# '发布日期:2025-03-10  某某信息网': a Chinese site's (or paper's) name alone after the stamp's labelled date
CJK_SITE_AFTER_STAMP = re.compile(r"^[\u3400-\u9fff]{2,14}(?:网|網|报|報)$")
STAMP_DATE_LABEL = re.compile(r"(?:发布|發布|發佈|更新|刊发|刊發)(?:日期|时间|時間)\s*[:：]")


def stamp_site_source(head: list[Line], registry: Registry) -> str | None:
    """The site named on the stamp line after its date: beside the site's own address, or a Chinese
    site's name alone after a labelled publication date; kept unregistered too, as the page's own."""
    for line in head:
        text = line.text[:MAX_SCAN_LINE]
        dates = find_dates(text) if line.kind == "stamp" else []
        if not dates:
            continue
        after = text[dates[0].start + len(dates[0].printed):]
        after = re.sub(r"^[\s,]*(?:\d{1,2}:\d\d(?::\d\d)?)?", "", after)
        cells = [cell.strip(" \t·•") for cell in after.split("|")]
        cells = [cell for cell in cells if cell]
        for name, next_cell in zip(cells, cells[1:]):
            labelled = re.search(r"[:：\d]", name)  # '作者: X', '阅读 123': a labelled cell or a count names no site
            if BARE_HOST.match(next_cell) and not BARE_HOST.match(name) and not labelled and 2 <= len(name) <= 40:
                return canonical_source(name, registry, known_only=False)
        if len(cells) == 1 and STAMP_DATE_LABEL.search(text[: dates[0].start]) and CJK_SITE_AFTER_STAMP.match(cells[0]):
            return canonical_source(cells[0], registry, known_only=False)
    return None


GLUED_STAMP_LABEL = re.compile(r"(?<=[^\W\d_.])(?:Updated|Published|Posted|Обновлено|Опубликовано)$")
# 'Steppe.ru 19.08.24 243': the site's name, the day (a two-digit year) and a view count, all on one line
DATED_NAME_LINE = re.compile(r"^\s*(?P<source>[^\W\d_][^\d|]{1,40}?)\s+\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})(?:,?\s+\d{1,2}:\d\d)?(?:\s+\d{1,7})?\s*$")


def dated_name_line_source(head: list[Line], registry: Registry) -> str | None:
    """A registered outlet whose name stands alone before the day on a line of the head (see DATED_NAME_LINE);
    not a headline run into its stamp whose subject is a registered office."""
    lines = [line for line in head if not ((match := DATED_NAME_LINE.match(line.text[:MAX_SCAN_LINE])) and _reads_as_headline(match.group("source")))]
    return _named_in_lines(lines, DATED_NAME_LINE, registry)


# '某某周刊63051人阅读', 'Steppe Weekly 1 204 views', 'Степной вестник 3 512 просмотров': an aggregator's
# credit line under the headline, the reposted outlet's name run into the page's read or view counter
READ_COUNTER = (r"(?:(?:人|次)?\s*(?:阅读|閱讀|浏览|瀏覽|观看|觀看|围观|圍觀)(?:量|数|數)?|(?:reads?|views?)"
                r"|(?:просмотр(?:а|ов)?|прочтени(?:е|я|й)))")
COUNTED_NAME_LINE = re.compile(r"^\s*(?P<source>[^\W\d_][^\d|:：]{1,30}?)\s*[·|]?\s*\d[\d,\u00a0\u202f ]{0,12}\s*" + READ_COUNTER + r"\s*$", re.I)


def read_counter_credit_source(head: list[Line], registry: Registry) -> str | None:
    """A registered outlet whose name stands before the page's read counter on a line of the head (see COUNTED_NAME_LINE)."""
    return _named_in_lines(head, COUNTED_NAME_LINE, registry)


def _stamp_name_after_date(text: str, date) -> str:
    """The name after a stamp's date and time, without a view count or a glued '来源:' label."""
    after = text[date.start + len(date.printed) : MAX_SCAN_LINE]
    # '15 мая 2024, 07:08 — X': the time after a comma, then a dash before the name
    after = re.sub(r"^[\s,]*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*(?:[|/·]\s*)?", "", after)
    after = STAMP_NEXT_LABEL.split(after.split("|")[0])[0]  # '…09:46Xinhua Editor: X': the name ends at the next label
    after = re.sub(r"\s*\d+$", "", after).strip(" \t:：-–—,")
    after = re.sub(r"^(?:来源|來源)\s*[:：]\s*", "", after)  # '…18:14:05来源:X': the label glued to the time
    # '… Dec. 3, 2018 | Photo: Reuters', '… October 14, 2016. [Photo/Xinhua]': a caption's picture credit
    if STAMP_PICTURE_CREDIT.match(after.lstrip(" .,;[(（【")):
        return ""
    return after if 2 <= len(after) <= 40 else ""


STAMP_NEXT_LABEL = re.compile(r"\s+(?:editors?|author|редактор|автор)\s*[:：]", re.I)
STAMP_PICTURE_CREDIT = re.compile(r"^(?:photos?|images?|pictures?|фото|图片|圖片|摄影|攝影)\s*(?:[:：/／]|by\b)", re.I)


# '4月29日、明斯克 /白通社/。', 'ГРОДНО, 5 июля /Корр. БЕЛТА/.': a wire's name between slashes
# after the day and the city, in a dateline of a shape the dateline reader does not know
SLASHED_AGENCY = re.compile(r"^\s*(?P<opening>[^/\n]{4,40}?)\s*/\s*(?P<source>[^/\s][^/\n]{0,30}?)\s*/")


# 'Ulaanbaatar /MONTSAME/. …': a city alone before the slashed wire, the credit closed by a stop or dash
# ('Бишкек, 05. 09. 17. /…/': or with a day in numbers of a shape no date reader takes)
# ('Беларусь, Минск / …/', 'Kazakhstan, Astana /…/': the country, a comma, then the city)
SLASHED_PLACE = r"[A-ZА-ЯЁ][\w\-]+(?:[ \-][A-ZА-ЯЁ][\w\-]+){0,2}"
SLASHED_CITY = re.compile(rf"^\s*{SLASHED_PLACE}(?:\s*,\s*{SLASHED_PLACE})?\s*(?:,\s*\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}\.?)?\s*,?\s*$")
# (or by the lead's first word, capitalized: 'Ulaanbaatar /MONTSAME/ A total of …')
SLASHED_CREDIT_END = re.compile(r"\s*(?:[.:,\-–—]|(?=[A-ZА-ЯЁ«\"“]))")


def _undated_city_credit(match: re.Match, text: str) -> bool:
    return bool(SLASHED_CITY.match(match.group("opening")) and SLASHED_CREDIT_END.match(text, match.end()))


def slashed_agency_source(body: list[Line], registry: Registry) -> str | None:
    """The registered news agency a dated opening of one of the first paragraphs credits between slashes."""
    for line in _lead_paragraphs(body):
        match = SLASHED_AGENCY.match(line.text[:MAX_SCAN_LINE])
        if not match or not (find_dates(match.group("opening")) or _undated_city_credit(match, line.text)):
            continue
        name = canonical_source(match.group("source"), registry, known_only=True)
        source = name and registry.source_by_name(name)
        if source and source.kind == "agency":
            return source.name
    return None


# '中央社／ 曼谷30日專電': a Chinese agency's credit, a slash and its city-and-day dateline
CJK_SLASHED_WIRE = re.compile(r"^\s*(?P<source>[\u3400-\u9fff]{2,10})\s*[／/]\s*[\u3400-\u9fff]{1,12}\s*"
                              r"(?:\d{1,2}|[一二三十]{1,3})日\s*(?:專電|专电|綜合外電|综合外电|電|电)")


# '某某社/努尔-苏丹/5月27日 --', '某某社／阿斯塔纳／2019年5月27日电': a wire's Chinese service heading its
# lead with its name, the city and the date parted by slashes, then a dash or '电'
CJK_SLASHED_DATELINE = re.compile(
    r"^\s*(?P<source>[\u3400-\u9fff]{2,10})\s*[／/]\s*[\u3400-\u9fff][\u3400-\u9fff·\-－]{0,14}\s*[／/]\s*"
    r"(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*"
    r"(?:專電|专电|電|电|--|——|—|–|-|－)")


def cjk_slashed_wire_source(lines: list[Line], registry: Registry) -> str | None:
    for line in lines:
        match = CJK_SLASHED_WIRE.match(line.text) or CJK_SLASHED_DATELINE.match(line.text)
        source = match and source_named(registry, match.group("source"))
        if source and source.kind == "agency":
            return source.name
    return None


# '新华社上午电 …', '中新社北京今天电', '新華社莫斯科16日晚電': a wire's Chinese head with the time of day
# (or a relative day) in place of the date before '电'; the agency opens the head, a city may follow it
CJK_DAY_WORD = r"(?:今天|今日|昨天|昨日|前天|当天|當天|当日|當日|日前|近日|今晨|今早|昨晚|今晚|昨夜|\d{1,2}\s?日)"
CJK_TIME_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|晚間|早上|早间|早間|凌晨|傍晚|夜间|夜間|清晨|午间|午間|晚|早)"
CJK_TIMED_WIRE_HEAD = re.compile(
    r"^\s*[【(（]?(?P<head>[\u3400-\u9fff]{2,14}?)\s?(?:" + CJK_DAY_WORD + r"\s?" + CJK_TIME_OF_DAY + r"?|" + CJK_TIME_OF_DAY + r")\s?(?:专电|專電|电|電)")


def cjk_timed_wire_head_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered agency opening a Chinese wire head dated by a time of day or a relative
    day (see CJK_TIMED_WIRE_HEAD), the city after its name if any."""
    for line in lines:
        match = CJK_TIMED_WIRE_HEAD.match(line.text[:MAX_SCAN_LINE])
        head = match.group("head") if match else ""
        for cut in range(len(head), 1, -1):
            source = source_named(registry, head[:cut])
            if source and source.kind == "agency":
                return source.name
    return None


# '台灣醒報／ 記者呂翔禾╱台北報導', '聯合報/記者王小明/台北報導', '中央社記者…' has no slash: a Taiwanese
# paper's credit line, the outlet, a slash (full- or half-width, or the box-drawing '╱'), then its
# reporter (or translator, or a round-up's label) and the city reported from
CJK_OUTLET_REPORTER_CREDIT = re.compile(
    r"^\s*[【\[(（]?\s*(?P<source>[\u3400-\u9fffA-Za-z0-9.]{2,20}?)\s*[／/╱∕｜|]\s*"
    r"(?:記者|记者|特派記者|特派记者|特派員|特派员|特約記者|特约记者|實習記者|实习记者|駐\S{1,6}記者|驻\S{1,6}记者|編譯|编译|綜合報導|综合报道|綜合外電|综合外电)"
    # '【环球时报驻埃及特派记者张三 环球时报记者李四】', '[某某日报记者 王五]': a mainland paper's credit box
    # over the lead, the outlet glued to its (posted, special or trainee) reporter, no slash between
    r"|^\s*[【\[(（]\s*(?P<boxed>[\u3400-\u9fff]{2,12}?)(?:(?:驻|駐)[\u3400-\u9fff]{1,8}?)?"
    r"(?:特派|特约|特約|实习|實習|首席)?(?:记者|記者|特派员|特派員|通讯员|通訊員)")


def cjk_outlet_reporter_credit_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet of a Taiwanese credit line (see CJK_OUTLET_REPORTER_CREDIT)."""
    for line in lines:
        match = CJK_OUTLET_REPORTER_CREDIT.match(line.text[:MAX_SCAN_LINE])
        name = match and (match.group("source") or match.group("boxed")).strip()
        known = name and canonical_source(name, registry, known_only=True)
        if known:
            return known  # (an unregistered name there stays unread: a wrong source is worse than none)
    return None


# '明斯克與北京討論… - 俄羅斯衛星通訊社, 1920, 29.10.2023': a site's own image caption stamp, the
# outlet's name, the picture's width and the day (a template that names the site, never a photographer)
IMAGE_ALT_STAMP = re.compile(r"\s[-–—]\s(?P<source>[^,\-–—]{2,40}),\s*\d{3,4},\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s*$")
# 'фото - Новости Zakon.kz от 29.11.2017 18:08': a site's templated alt text for its pictures, the
# site's news and the item's day (a picture's own credit names a photographer or another site)
IMAGE_ALT_NEWS_STAMP = re.compile(r"(?i)(?:^|[\s,])(?:фото|photo)\s*[-–—]\s*(?:новости|news)\s+(?P<source>[^,\s][^,]{1,39}?)"
                                  r"\s+(?:от|of|from)\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b")
IMAGE_ALT_LINES = 12
# 'Steppe Ledger https://cdn.example/logo.svg', 'Встреча лидеров news.by https://…/photo.webp 480w': an
# image copied as its alt text then its address, the alt text ending on the site's name (its logo, or its
# template's caption); a picture's credit label ('Фото: БелТА https://…') credits the picture only
IMAGE_ADDRESS = re.compile(r"\s+https?://\S+?\.(?:webp|png|jpe?g|gif|svg|avif)\b", re.I)
PICTURE_CREDIT_OPENING = re.compile(r"^\s*(?:photo|image|picture|фото|фотография|图片|圖片|摄影|攝影|©)", re.I)
ALT_NAME_WORDS = 3


def image_alt_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet an image's alt-text stamp names ('… - Sputnik, 1920, 29.10.2023')."""
    return _registered_in_lines(lines[:IMAGE_ALT_LINES], (IMAGE_ALT_STAMP, IMAGE_ALT_NEWS_STAMP), registry)


def image_alt_site_source(text: str, registry: Registry) -> str | None:
    """The registered outlet an alt text right before its image's address ends on (see IMAGE_ADDRESS),
    in the page's first lines as copied (the line reader sets the address apart from its alt text)."""
    lines = [line for line in text.splitlines() if line.strip()][:IMAGE_ALT_LINES]
    return next(filter(None, (_site_before_image(line, registry) for line in lines)), None)


def _site_before_image(text: str, registry: Registry) -> str | None:
    address = IMAGE_ADDRESS.search(text[:MAX_SCAN_LINE])
    alt = address and text[:address.start()].split()
    if not alt or PICTURE_CREDIT_OPENING.match(text) or URL.search(text[:address.start()]):
        return None
    for count in range(min(ALT_NAME_WORDS, len(alt)), 0, -1):
        name = " ".join(alt[-count:]).strip(" -–—|,")
        source = source_named(registry, name) or (BARE_DOMAIN.match(name) and _source_by_domain(registry, name))
        if source:
            return source.name
    return None


def _registered_in_lines(lines: list[Line], patterns: tuple[re.Pattern, ...], registry: Registry) -> str | None:
    """The registered outlet that the `source` group of the first pattern found in a line names
    (lines in order, then patterns in order); a name the registry does not know is passed over."""
    for line in lines:
        text = line.text.strip()[:MAX_SCAN_LINE]
        for pattern in patterns:
            match = pattern.search(text)
            source = match and source_named(registry, match.group("source").strip())
            if source:
                return source.name
    return None


# A headline that quotes someone and names the speaker after a comma and a dash ('«…», - МИД КНР',
# the Russian form of attribution); a page title's site follows the dash with no comma before it
QUOTE_SPEAKER_TAIL = re.compile(r"\S.{6,}[,，]\s*[-–—]\s*[^,，\-–—]{2,40}$")


def wire_under_body_masthead_source(layout: Layout, registry: Registry) -> str | None:
    """'Some District Executive Committee' over a lead saying 'BelTA has learned': a public body's
    or an institution's site reposting a wire's story; the agency the lead names as its own wins."""
    site = registry.source_by_name(credit_line_source(layout.head, registry, layout.title) or "")
    if not site or site.kind in ("outlet", "agency", "distributor"):
        return None
    wire = registry.source_by_name(wire_self_reference_source(layout.body, registry) or "")
    return wire.name if wire and wire.kind == "agency" else None


def credit_line_source(head: list[Line], registry: Registry, title: Line | None = None) -> str | None:
    """A line, or a '|'-separated part of a credit line, that names an outlet: 'CGTN' or 'AFP'
    under the headline, 'By Zhang Yi | China Daily | Updated: ...', 'By Global Times'.

    Under the headline it credits the story; above it, it is the hosting site's brand, which
    counts only when nothing under the headline names an outlet.
    """
    below = [line for line in head if title is None or line.number > title.number]
    above = [line for i, line in enumerate(head)
             if title is not None and line.number < title.number and not _in_section_menu(head, i)]
    ends_open = {line.number + 1 for line in head if _ends_open(line.text)}
    for line in below + above:
        if line.kind in ("prose", "chrome") or PHOTO_CREDIT_TAIL.match(line.text):
            continue  # ('Текст: Name (City)' / '/ ТАСС': under the byline too, the picture's credit lost its photographer)
        if line.number in ends_open:
            continue  # '… a speech at the' / 'University of Pretoria.': a hard-wrapped sentence's last words, no credit
        if line.kind == "source" and QUOTE_SPEAKER_TAIL.search(line.text):
            continue  # '«…», - МИД КНР': the headline's quoted speaker, not the site's name after its title
        if _photographer_credit(line.text, registry):
            continue  # 'ТАСС / Сергей Мальгавко': a picture's agency and photographer, not the story's credit
        segments = line.text[:MAX_SCAN_LINE].split("|")
        # '維基新聞,自由的新聞源': a site's name and its slogan after a comma
        segments += [re.split(r"\s*[,，]\s*", segments[0], maxsplit=1)[0]] if re.search(r"[,，]", segments[0]) else []
        for i, segment in enumerate(segments):
            if i and PICTURE_LABEL_END.search(segments[i - 1]):
                continue  # 'Images | Akorda', 'Фото | Reuters': the pictures' credit, not the story's
            segment = STAMP_TAIL.sub("", BY_PREFIX.sub("", segment.strip())).strip()
            segment = VIA_NEWS_WIRE.sub(r"\g<source>", segment)  # 'Via AP news wire': a syndicated wire story
            segment = RELATIVE_AGE.sub("", segment.lstrip("/ ")).strip()  # '/ ont.by', 'defence24.pl 2 years ago'
            if SUBJECT_RUBRIC.match(segment) or APP_PROMOTION.match(segment):
                continue
            if PICTURE_CREDIT_TAIL.search(segment) and registry.source_by_name(segment) is None:
                continue  # '新华社图', 'Xinhua photo', 'Фото ТАСС' under the headline: the picture's credit, not the story's
            source = brand_of(registry, segment) if line.kind == "source" else (
                source_named(registry, segment) or _source_by_domain(registry, segment)
                or source_named(registry, AGENCY_KIND_WORDS.sub("", segment)) or _paper_edition(registry, segment))
            if source and _section_path(segment, source):
                continue  # 'China / Diplomacy': a section and its subsection, not the outlet 'China Diplomacy'
            if source and source.kind not in NEWS_KINDS and GLOSSED_NAME.match(segment):
                continue  # '某某航空公司(Steppe Air)': a firm or office introduced by its name in two scripts, a caption
            # with no headline to stand under, a university's name alone is a photo's caption
            if source and not (title is None and source.kind == "institution") and not _acronym_in_other_case(segment, source):
                return source.name
    return None


# 'China Daily Africa', 'Steppe Times Asia Weekly', '某某日报海外版', 'Вестник Онлайн': a registered paper's
# regional, weekly or online edition is the paper (an edition registered on its own is found by its name first)
PAPER_EDITION_TAIL = re.compile(
    r"\s+(?:(?:Africa|Asia|Asia[- ]Pacific|Europe|European|USA|US|U\.S\.|North America|America|Latin America|Middle East|Gulf"
    r"|Hong Kong|HK|Canada|UK|India|Australia|Global|International|Overseas)(?:\s+(?:Weekly|Edition|Daily))?"
    r"|Weekly|Sunday|Online|Digital|Global Edition|International Edition|Overseas Edition|E-?paper"
    r"|Онлайн|Online-версия|Международное издание)$"
    r"|(?:海外版|国际版|國際版|英文版|中文版|亚洲版|亞洲版|欧洲版|歐洲版|非洲版|美国版|美國版|香港版|网络版|網絡版|电子版|電子版|周刊|週刊|数字报|數字報)$",
    re.I)


def _paper_edition(registry: Registry, name: str) -> Source | None:
    """The registered outlet whose edition a printed name is (see PAPER_EDITION_TAIL)."""
    stem = PAPER_EDITION_TAIL.sub("", name.strip())
    source = stem != name.strip() and source_named(registry, stem)
    return source if source and source.kind in ("outlet", "agency") else None


# Russian small words that end no headline but end a line of hard-wrapped text (WRAPPED_END has the English)
WRAPPED_END_RU = re.compile(r"\s(?:в|во|на|с|со|по|и|о|об|к|ко|у|из|за|для|от|при|до|а|но|что|его|её|ее|их|под|над|между)$")


def _ends_open(text: str) -> bool:
    """A line ending on a small word no sentence ends with: the next line holds the rest of its sentence."""
    text = text.rstrip()
    return bool(WRAPPED_END.search(text) or WRAPPED_END_RU.search(text))


# A name with its other script's or language's form in brackets ('白俄罗斯航空公司(Belavia)', 'Steppe Air
# (Степные авиалинии)'): how a caption or a story introduces a firm or an office, never how a page
# credits itself; only outlets and agencies sign so
GLOSSED_NAME = re.compile(r"^[^()（）]{2,60}?\s*[(（][^()（）]{2,60}[)）]$")
NEWS_KINDS = frozenset({"outlet", "agency", "distributor"})
# 'Steppe Wire news agency', 'Информационное агентство Steppe Wire', 'ИА Steppe Wire': a line under the
# headline naming a registered agency with the word for its kind, before or after the name
AGENCY_KIND_WORDS = re.compile(r"(?i)\s+(?:news |information |press |telegraph )?agency$|^(?:информационное агентство|информагентство|ИА|агентство)\s+(?=\S)")


# 'China / Diplomacy', 'World / Asia': a section path, words each side of a spaced slash
SECTION_PATH = re.compile(r"^[^/]+\s/\s+[^/]+$")


def _section_path(segment: str, source: Source) -> bool:
    """A section path whose words, the slash dropped, spell an outlet's name that has no slash."""
    return bool(SECTION_PATH.match(segment.strip())) and not any("/" in form for form in (source.name, *source.aliases))


def _acronym_in_other_case(segment: str, source: Source) -> bool:
    """'App | 中文 |': a menu's word that matches an outlet only as its capitalised acronym ('APP')."""
    forms = [form for form in (source.name, *source.aliases) if form.casefold() == segment.casefold()]
    return bool(forms) and not segment.isupper() and all(form.isupper() for form in forms)


# 'Foreign Affairs', 'World Affairs' alone by the headline: a subject rubric of the site's menu
# that happens to be a magazine's name, not a credit (a credit line carries more than the subject)
SUBJECT_RUBRIC = re.compile(r"^(?:foreign|world|international|current|global|regional|public)\s+affairs$", re.I)
# 'APP GRATIS', 'Download our app', 'Скачайте приложение', '下载APP': a site's call to get its app, whose
# word 'APP' is also an agency's acronym
APP_VERB = (r"(?:download|get|install|try|descarga|descargue|descargar|baixe|baixar|télécharger|telecharger|скачайте|скачать|скачай|установите)\s+"
            r"(?:(?:the|our|la|nuestra|nuestro|a|o|nosso|notre|l'|наше|наш)\s*)?")
APP_WORD = r"(?:app|apps|aplicación|aplicacion|aplicativo|application|приложение)"
APP_TAIL = r"(?:gratis|free|gratuita|gratuito|gratuite|kostenlos|бесплатно|now|ahora|agora)"
# (the acronym alone, 'APP', stays the agency's credit)
APP_PROMOTION = re.compile(rf"(?i)^(?:{APP_VERB}{APP_WORD}(?:\s+{APP_TAIL})?|{APP_WORD}\s+{APP_TAIL})\s*!?$"
                           r"|^(?:下载|下載|打开|打開|安装|安裝)(?:APP|App|app|客户端|客戶端)$")
VIA_NEWS_WIRE = re.compile(r"^via\s+(?P<source>\S.{0,30}?)\s+news\s*wire$", re.I)
# '/ New York Times' over the headline, '/ ТАСС' under the byline: the end of a photo's 'Photographer /
# Agency' credit, cut off by the copy; a site's own name there is its domain ('/ ont.by') or its news section
PHOTO_CREDIT_TAIL = re.compile(r"^\s*/\s*[^/\s.][^/.]*$")
# 'ТАСС / Сергей Мальгавко', '© Agency / Jane Roe': a picture's credit whose label the copy lost, the
# agency that holds the picture, a slash, then the photographer's first name and surname
AGENCY_PHOTOGRAPHER = re.compile(r"^\s*(?:©\s*)?(?P<agency>[^/|]{2,40}?)\s*/\s*"
                                 r"(?P<person>[A-ZА-ЯЁ][a-zа-яё]+(?:\s+[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?){1,2})\s*$")


def _photographer_credit(text: str, registry: Registry) -> bool:
    """A registered agency and, after a slash, a person's name none of whose words is an
    outlet's ('Xinhua / Global Times' relays a story; 'ТАСС / Сергей Мальгавко' credits a photo)."""
    match = AGENCY_PHOTOGRAPHER.match(text)
    return bool(match and source_named(registry, match.group("agency"))
                and not {fold(word) for word in match.group("person").split()} & outlet_words(registry))


# a credit line's part that labels the next part as the pictures' credit
# 'X图', 'X供图', 'X资料图', 'X摄' (Chinese), 'X photo', 'X file photo' (English), 'Фото X' (Russian,
# the word first): a line crediting the picture over the story to its agency
PICTURE_CREDIT_TAIL = re.compile(
    r"\S(?:资料|資料|供|配|截|制|製)?(?:图|圖|图片|圖片|照片|摄|攝|视频|視頻)$"
    r"|\s(?:file\s+)?(?:photos?|pictures?|images?|video)$|^(?:фото|видео|снимок|photo|picture)\s", re.I)
PICTURE_LABEL_END = re.compile(r"(?:\b(?:images?|photos?|pictures?|фото|фотографии)|图片|圖片|摄影|攝影)\s*:?\s*$", re.I)


# An aggregator's note of how long ago the outlet posted: 'defence24.pl 2 years ago', 'ont.by 3 часа назад'
RELATIVE_AGE = re.compile(r"\s+\d{1,3}\s+(?:\w+\s+)?(?:ago|назад|前)\s*$", re.I)


# 'by Xinhua writer Anna Lee', 'By Steppe Wire reporters Anna Lee and Ivan Petrov', 'By CGTN's Anna Lee': a
# byline naming the outlet whose staff the writer is, before the writer's name
STAFF_OF_OUTLET_BYLINE = re.compile(
    rf"^(?i:by|written by|text by|story by)\s+(?P<source>[^\s,;:()][^,;:()]{{1,40}}?)(?:['’]s\s+|\s+{STAFF_TITLE}\s+)(?=[A-Z])")


def staff_of_outlet_byline_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet a byline names as the writer's employer (see STAFF_OF_OUTLET_BYLINE)."""
    return _outlet_in_lines(head, STAFF_OF_OUTLET_BYLINE, registry)


def byline_agency_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'By ERIKA KOVAL Associated Press', 'ByANNA NOVAK Reuters': a byline line that ends in a
    registered agency's name credits that agency."""
    for line in head:
        if line.kind in ("prose", "chrome") or not is_byline(line.text, patterns):
            continue
        text = STAMP_TAIL.sub("", line.text[:MAX_SCAN_LINE])
        words = text.split()
        for n in range(min(4, len(words) - 1), 0, -1):
            source = source_named(registry, " ".join(words[-n:]).strip(" ,.;:()"))
            if source and source.kind == "agency":
                return source.name
        filed = WIRE_IN_CITY_BYLINE.match(text)  # before the bracket: there the paper that ran it
        source = filed and source_named(registry, filed.group("source"))
        if source and source.kind == "agency":
            return source.name
        office = BUREAU.search(text) or BYLINE_POST.search(text) or BYLINE_BRACKETED_OUTLET.search(text)
        source = office and source_named(registry, office.group("source"))
        if source:
            return source.name
    return None


# 'Gas deal in the pipelineBy Anna Novak (Steppe Daily)': a byline with the writer's outlet in brackets
# glued to the headline it stood under (the page's markup lost the break between them)
GLUED_BYLINE_OUTLET = re.compile(r"(?<=[a-z0-9.!?»”\"’)])By\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}\s*\((?P<source>[^()]{2,40})\)\s*$")


# 'By Jane Roe, John Doe and Li Wei from The Daily Example': a foreign credit naming the writers
# and then the outlet they write for; only a registered outlet counts ('from Beijing' is a place)
BYLINE_FROM_OUTLET = re.compile(
    r"^\s*By\s+[A-Z][\w'’.\-]+(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w'’.\-]+){1,15}\s+from\s+(?P<source>[A-Z][^,;|()]{1,40}?)\s*\.?\s*$")


# 'By An Lee in Dhaka and Bo Wen in Beijing(Steppe Daily)', 'От Ивана Петрова (Степь)': a byline of writers
# and the places they filed from, closed by their outlet in brackets (glued on or spaced)
BYLINE_BRACKETED_CLOSE = re.compile(
    r"^\s*(?:By|От)\s+[A-ZА-ЯЁ][\w'’.\-]+(?:(?:\s+|,\s*)(?:(?:in|and|&|и|в)\s+)?[A-ZА-ЯЁ][\w'’.\-]+){1,15}\s*[(（](?P<source>[^()（）]{2,40})[)）]\s*$")


# 'By Jane Roe, JNS', 'By Li Wei and Anna Novak, Steppe Daily', 'От Ивана Петрова, ТАСС': a byline of a
# writer or two, a comma, then the outlet or agency they write for, alone on its line (the line may stand
# under a standfirst and a picture's caption, in the story's first lines)
BYLINE_COMMA_OUTLET = re.compile(
    r"^\s*(?:By|От)\s+[A-ZА-ЯЁ][\w'’.\-]+(?:\s+[A-ZА-ЯЁ][\w'’.\-]+){0,3}"
    r"(?:\s+(?:and|&|и)\s+[A-ZА-ЯЁ][\w'’.\-]+(?:\s+[A-ZА-ЯЁ][\w'’.\-]+){0,3})?"
    r"\s*,\s*(?P<source>[^,;|()]{2,40}?)\s*\.?\s*$")


def byline_comma_outlet_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet or agency a byline names after its writers and a comma (see BYLINE_COMMA_OUTLET)."""
    for line in lines:
        match = line.kind != "prose" and BYLINE_COMMA_OUTLET.match(line.text[:MAX_SCAN_LINE])
        source = match and source_named(registry, match.group("source"))
        if source and source.kind in NEWS_KINDS:
            return source.name
    return None


def byline_from_outlet_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a byline credits its writers to (see BYLINE_FROM_OUTLET, BYLINE_BRACKETED_CLOSE)."""
    for line in lines:
        match = BYLINE_FROM_OUTLET.match(line.text[:MAX_SCAN_LINE]) or BYLINE_BRACKETED_CLOSE.match(line.text[:MAX_SCAN_LINE])
        name = match and match.group("source")
        source = name and (getattr(source_named(registry, name), "name", None) or _with_article(name, registry))
        if source:
            return source
    return None


def glued_byline_outlet_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet in brackets after a byline glued to the headline (see GLUED_BYLINE_OUTLET)."""
    return _outlet_in_lines(lines, GLUED_BYLINE_OUTLET, registry, anywhere=True)


# 'by The Steppe Ledger news desk', 'By Steppe Wire Staff': the outlet's own desk signing the story
DESK_BYLINE = re.compile(
    r"^\s*by\s+(?P<source>[\w'’&.\-]+(?: [\w'’&.\-]+){0,4}?)\s+(?:news ?desk|web ?desk|staff|newsroom|editorial (?:board|team|staff))\b", re.I)


# "By CGTN's Anna Novak": a staff writer's byline naming the outlet the writer works for
POSSESSIVE_BYLINE = re.compile(r"^\s*by\s+(?P<source>[\w&.\-]+(?: [\w&.\-]+){0,3}?)['’]s\s+[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}\s*$", re.I)


# 'Steppe News Desk The Canadian Press, 14 May, 2019': a site's desk relaying a wire's story names the wire after it
DESK_RELAYED_WIRE = re.compile(
    r"^\s*(?:[Bb]y\s+)?[A-Z][\w'’&.\-]*(?: [A-Z][\w'’&.\-]*){0,3}\s+(?:News ?Desk|Web ?Desk|Staff|Newsroom)\s+"
    r"(?P<source>[A-Z][\w'’&.\-]*(?: [A-Z][\w'’&.\-]*){0,3})\s*(?:,|$)")


# 'Автор: Редакция Steppe', 'Редакция сайта Steppe', 'Text by: Editorial office steppe.by': the
# outlet's own editorial office signing the story as its writer, on a line of its own
EDITORIAL_OFFICE_BYLINE = re.compile(
    r"^\s*(?:(?:автор|авторы|текст|author|text(?: by)?|by)\s*[:：]?\s*)?"
    r"(?:редакция|(?:the )?editorial (?:office|team|staff|board)(?: of)?)\s+"
    r"(?:(?:сайта|портала|издания|газеты|агентства|журнала|телеканала|радио)\s+)?"
    r"[«\"“]?(?P<source>[^«»\"“”:]{2,40}?)[»\"”]?\s*\.?\s*$", re.I)


# 'By Xinhua News Agency', 'By ( steppe.com )': a byline whose whole name is a registered outlet's
OUTLET_BYLINE = re.compile(r"^\s*by\s+[(（]?\s*(?P<source>[^()（）,;|:]{2,50}?)\s*[)）]?\s*\.?\s*$", re.I)


def desk_byline_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose desk or staff the byline names (see DESK_BYLINE, POSSESSIVE_BYLINE,
    EDITORIAL_OFFICE_BYLINE, OUTLET_BYLINE), or the wire such a desk relays (DESK_RELAYED_WIRE)."""
    for line in head:
        byline = OUTLET_BYLINE.match(line.text[:MAX_SCAN_LINE])
        outlet = byline and source_named(registry, byline.group("source"))
        if outlet:
            return outlet.name
        office = EDITORIAL_OFFICE_BYLINE.match(line.text[:MAX_SCAN_LINE])
        source = office and canonical_source(office.group("source"), registry, known_only=True)
        if source:
            return source
        relayed = DESK_RELAYED_WIRE.match(line.text[:MAX_SCAN_LINE])
        wire = relayed and source_named(registry, relayed.group("source"))
        if wire and wire.kind == "agency":
            return wire.name
        match = (DESK_BYLINE.match(line.text[:MAX_SCAN_LINE]) or STAFF_LINE.match(line.text[:MAX_SCAN_LINE])
                 or POSSESSIVE_BYLINE.match(line.text[:MAX_SCAN_LINE]))
        source = match and (_filing_agency(match.group("source"), registry)
                            or canonical_source(match.group("source"), registry, known_only=True)
                            or _with_article(match.group("source"), registry))
        if source:
            return source
    return None


def _with_article(name: str, registry: Registry) -> str | None:
    """'By Messenger Staff': a paper called 'The X' drops its article before 'Staff'."""
    source = not name.lower().startswith("the ") and source_named(registry, "The " + name)
    return source.name if source else None


# '• Steppe Wire Staff', 'BNS/TBT Staff': a line of its own naming the staff who wrote the story
STAFF_LINE = re.compile(r"^\s*[•·]?\s*(?P<source>[A-Z][\w.&/\-]*(?: [A-Z][\w.&/\-]*){0,3}?)\s+(?:Staff|Newsroom|News Desk)\s*$")


def _filing_agency(name: str, registry: Registry) -> str | None:
    """'BNS/TBT': of a wire and the outlet whose staff ran its story, the wire filed it."""
    parts = (source_named(registry, part) for part in name.split("/")) if "/" in name else ()
    return next((source.name for source in parts if source and source.kind == "agency"), None)


# 'By Anna Novak, Chief International Correspondent Steppe Ledger': the writer's post at a
# registered outlet of any kind (a bare name after the byline counts only for a wire)
BYLINE_POST = re.compile(r"\b(?:correspondent|reporter|writer|columnist|корреспондент|обозреватель)\s+(?P<source>[^,;|()]{2,40}?)\s*\.?\s*$", re.I)


# 'By Xinhua in The Hague (China Daily)': the wire filed the story from the city; the paper
# in brackets only ran it
WIRE_IN_CITY_BYLINE = re.compile(r"^\s*by\s+(?P<source>[^\s()|,]+(?: [^\s()|,]+){0,2}?)\s+in\s+(?:the\s+)?[A-Z]", re.I)


# 'By Li Wei (steppeledger.com)': the writer's outlet in brackets after the byline
BYLINE_BRACKETED_OUTLET = re.compile(r"\((?P<source>[^()]{2,40})\)\s*$")


# 'By Anna Novak, ARD Studio Beijing', 'By Li Wei, BBC Moscow bureau': the writer's desk at a registered outlet
BUREAU = re.compile(
    r",\s*(?P<source>[A-ZА-ЯЁ][\w.&\-]*(?: [A-ZА-ЯЁ][\w.&\-]*){0,3}?)\s+"
    r"(?:(?:Studio|Bureau|Office|Desk)(?: [A-Z][\w'’\-]+){1,2}|(?:[A-Z][\w'’\-]+ ){1,2}(?:Studio|Bureau|Office|Desk|bureau|office|desk)"
    r"|(?:студия|бюро|корпункт) [А-ЯЁ][\w\-]+)\s*\.?\s*$"
)


# 'Author: Paul Novak, Steppe Ledger', or the label on the line above: the writer and the outlet he writes for
AUTHOR_LABEL = re.compile(r"^(?:by|author|authors|автор|авторы)\s*[:：]?\s*", re.I)
WRITER_AND_OUTLET = re.compile(r"^[A-ZА-ЯЁ][\w'’\-]+(?: [A-ZА-ЯЁ][\w'’\-.]*){1,3},\s*(?P<source>[^,;|()]{2,40}?)\s*\.?$")


def labelled_writer_outlet_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet after the writer's name under an author label (see WRITER_AND_OUTLET)."""
    for before, line in zip([None, *head], head):
        text = line.text.strip()[:MAX_SCAN_LINE]
        label = AUTHOR_LABEL.match(text)
        labelled_above = before is not None and AUTHOR_LABEL.fullmatch(before.text.strip())
        match = (label and label.end() and WRITER_AND_OUTLET.match(text[label.end():])) or (
            labelled_above and WRITER_AND_OUTLET.match(text))
        source = match and source_named(registry, match.group("source"))
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


def writer_and_outlet_line_source(head: list[Line], title: Line | None, registry: Registry) -> str | None:
    """'Jane Roe, Steppe Ledger English' on a line of its own under the headline, unlabelled: a
    person's name, then the registered outlet (perhaps its edition) they write for."""
    for line in head if title else ():
        match = line.number > title.number and line.kind != "prose" and WRITER_AND_OUTLET.match(line.text.strip()[:MAX_SCAN_LINE])
        writer = match and line.text.strip()[: match.start("source")].rstrip(" ,")
        source = writer and person_names(writer, registry) and (source_named(registry, match.group("source"))
                                                                 or source_prefixed(registry, match.group("source")))
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


def print_issue_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'Газета "Коммерсантъ" №7 от 13.01.1995, стр. 4': the paper of a print issue; a library's
    bibliographic entry ('Автор, И. Заглавие / И. Автор // Газета. — 2025. — 30 мая. — С. 5.')."""
    for line in head:
        for pattern in patterns.print_issues:
            match = pattern.search(line.text[:MAX_SCAN_LINE])
            if match:
                return canonical_source(match.group("source"), registry, known_only=False)
        text = line.text[:MAX_SCAN_LINE].strip()
        match = CITATION.search(text) or PERIODICAL_ISSUE.match(text) or LABELLED_ISSUE.match(text)
        if match:
            return canonical_source(match.group("source"), registry, known_only=False)
    return None


# A Chinese paper's print credit under a reposted story: '《人民日报》(2017年01月22日 03 版)',
# '《 光明日报 》( 2019年05月01日 第08版)', '《中国日报》2020-03-04 第A3版': the paper in title marks, the
# day of the issue (in brackets or not) and its page; the line is the credit alone
CJK_PRINT_PAGE_CREDIT = re.compile(
    r"^[(（]?\s*《\s*(?P<source>[^《》]{2,20}?)\s*》\s*[(（]?\s*(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})"
    r"\s*(?:第\s*)?[A-Za-z]?\s*\d{1,3}\s*(?:版|版面)\s*[)）]?\s*[)）]?\s*$")


def cjk_print_page_source(lines: list[Line], registry: Registry) -> str | None:
    """The paper a Chinese print credit names (see CJK_PRINT_PAGE_CREDIT), registered or not."""
    for line in lines:
        match = CJK_PRINT_PAGE_CREDIT.match(line.text[:MAX_SCAN_LINE].strip())
        if match:
            return canonical_source(match.group("source"), registry, known_only=False)
    return None


# A Chinese periodical's issue line: '重庆与世界 2019年4期', '《对外传播》2020年第3期'
PERIODICAL_ISSUE = re.compile(r"^《?(?P<source>[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9·]{1,19})》?\s*(?:19|20)\d\d\s*年\s*(?:第\s*)?\d{1,3}\s*期$")


# A think tank's or journal's issue label: 'Publication: Steppe Review Volume: 12 Issue: 3',
# 'Издание: Вестник Степи Выпуск: 4'; the name stops at the volume or issue label
LABELLED_ISSUE = re.compile(
    r"^(?:publication|periodical|journal|издание|журнал)\s*[:：]\s*(?P<source>[^\d|:：]{2,60}?)\s+"
    r"(?:volume|vol\.|issue|no\.|том|выпуск|номер|№)\s*[:：]?\s*\d", re.I)


# A bibliographic description (GOST 7.1, used by library press digests): '// <periodical>. — <year>.'
CITATION = re.compile(r"//\s*(?P<source>[^/—–]{2,60}?)\s*\.\s*[—–-]\s*(?P<year>(?:19|20)\d\d)\s*\.")


# '【文/观察者网专栏作者 薛凯桓】', '文|澎湃新闻记者 X': a writer credited as the outlet's columnist or reporter
CJK_STAFF_CREDIT = re.compile(
    r"^[【\[（(]?\s*(?:文|作者|撰文)\s*[/／|｜:：]\s*(?P<source>[\u3400-\u9fffA-Za-z.]{2,16}?)"
    r"(?:专栏作者|專欄作者|特约作者|特約作者|特约评论员|特約評論員|评论员|評論員|特约撰稿人|特約撰稿人|首席记者|首席記者|记者|記者)"
)


# '新华社记者王明 李华', '新华社驻明斯克记者 张三', '某某日报客户端 记者 王翔': a line of its own naming the
# outlet's (or its app's) reporters
# (a photo's credit ends in '摄' and names only who took the picture)
CJK_REPORTER_LINE = re.compile(
    r"^(?P<source>[\u3400-\u9fff]{2,14}?)\s?(?:驻[\u3400-\u9fff]{1,8}|駐[\u3400-\u9fff]{1,8})?\s?(?:特派记者|特派記者|记者|記者)\s*"
    r"[\u3400-\u9fff·•]{2,8}(?:[\s、，,]+[\u3400-\u9fff·•]{2,8}){0,4}(?<![摄攝影])$"
)


def cjk_agency_reporter_line_source(lines: list[Line], registry: Registry) -> str | None:
    """'新华社记者王明', '中新社驻开罗记者 张三': a registered news agency's reporter credited on a line
    of its own (see CJK_REPORTER_LINE): the wire's story, whichever portal's stamp stands over it."""
    for line in lines:
        match = CJK_REPORTER_LINE.match(line.text[:MAX_SCAN_LINE].strip())
        source = match and source_named(registry, match.group("source"))
        if source and source.kind == "agency":
            return source.name
    return None


# 'CNEWS匯流新聞網記者王小明/台北報導', '某某報／ 記者王小明／綜合報導': a Taiwanese byline, the
# outlet (a slash may part it from its reporter), the reporter and the city reported from
CJK_CITY_REPORTER = re.compile(
    r"^(?P<source>[\u3400-\u9fffA-Za-z.]{2,16}?)\s*(?:[/／]\s*)?(?:记者|記者)\s*[\u3400-\u9fff·•]{2,8}\s*[/／]\s*[\u3400-\u9fff]{2,8}(?:报导|報導|报道|報道)$")


# '撰文:观察者网出版:2025-08-23': an outlet in the writer's slot, run together with the next label
# or alone on its line ('撰文:聯合早報', a portal crediting the paper it reposts); a person in
# that slot is no registered outlet
CJK_WRITER_OUTLET = re.compile(
    r"(?:撰文|作者)\s*[:：]\s*(?P<source>[^\s|:：]{2,20}?)\s*(?:(?:出版|发布|發布|发表|發表|时间|時間|日期)\s*[:：]|$)")


# A writer's role line under the byline naming the outlet they write for: 'специальный корреспондент
# «Монокля»', 'обозреватель газеты «Степь»', 'Senior correspondent, Steppe Ledger', 'Staff writer at the
# Steppe Times'; the outlet counts only when registered
ROLE_AT_OUTLET_LINE = re.compile(
    r"^(?:[а-яё]+(?:ый|ий|ой)\s+){0,2}(?:корреспондент|обозреватель|редактор|журналист|колумнист|репортёр|репортер|комментатор)\w*"
    r"(?:\s+(?:отдела|рубрики|бюро)\s+[а-яё\s]{2,30}?)?\s+(?:журнала|газеты|агентства|издания|телеканала|портала|радио)?\s*"
    r"[«\"“](?P<slavic>[^«»\"“”]{2,40})[»\"”]\s*$"
    r"|^(?:(?:special|senior|staff|chief|foreign|business|political|economics?|diplomatic|contributing|associate)\s+)*"
    r"(?:correspondent|writer|reporter|editor|columnist|journalist)\s*(?:,|\bat\b|\bfor\b|\bof\b)\s*(?:the\s+)?(?P<english>[A-Z][^,|]{1,40}?)\s*$",
    re.I,
)


def role_at_outlet_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet a writer's role line names (see ROLE_AT_OUTLET_LINE)."""
    for line in head:
        match = ROLE_AT_OUTLET_LINE.match(line.text.strip()[:MAX_SCAN_LINE])
        printed = match and _matched_name(match)
        source = printed and (source_named_inflected(registry, printed) or _body_named_in_genitive(registry, printed))
        if source:
            return source.name
    return None


def staff_credit_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose columnist or reporter the byline says the writer is."""
    for line in head:
        text = line.text[:MAX_SCAN_LINE].strip()
        match = (CJK_STAFF_CREDIT.match(text) or CJK_REPORTER_LINE.match(text) or CJK_CITY_REPORTER.match(text)
                 or CJK_WRITER_OUTLET.search(text))
        if match:
            source = canonical_source(match.group("source"), registry, known_only=True)
            if source:
                return source
    return None


# 'корр. УзА.', 'Анна Новак, собкор «Звезды»': a Russian story signed under its text by the
# outlet's correspondent, the outlet named after the abbreviated title
CORRESPONDENT_SIGN_OFF = re.compile(
    r"^(?:[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+){1,2}\s*,\s*)?(?:корр\.|корреспондент|собкор\.?|спецкор\.?)\s+"
    r"[«\"„“]?(?P<source>[A-ZА-ЯЁ][^«»\"„“”,!?]{1,30}?)[»\"”“]?\s*\.?$")


# 'А. Мусаев, УзА.', 'Anna Lee (Steppe Wire)': the story signed under its text by its writer, an initial or
# a first name and a surname, then the agency or outlet the writer files for
WRITER_AND_AGENCY_SIGN_OFF = re.compile(
    r"^(?:(?:[A-ZА-ЯЁ]\.\s?){1,2}\s*[A-ZА-ЯЁ][a-zа-яё\-]+|[A-ZА-ЯЁ][a-zа-яё]+\s+[A-ZА-ЯЁ][a-zа-яё\-]+)"
    r"(?:\s*,\s*|\s*\()[«\"“„]?(?P<source>[A-ZА-ЯЁ][^«»\"„“”,()!?]{1,30}?)[»\"”“]?\)?\s*\.?$")


def closing_reporter_source(closing: list[Line], registry: Registry) -> str | None:
    """'某某日报客户端 记者 王翔' closing the story: the registered outlet signing with its reporter
    under the text, as others do above it."""
    for line in closing[-CLOSING_LINES:]:
        text = line.text[:MAX_SCAN_LINE].strip()
        match = CJK_REPORTER_LINE.match(text) or CORRESPONDENT_SIGN_OFF.match(text)
        source = match and canonical_source(match.group("source"), registry, known_only=True)
        if source:
            return source
        signed = WRITER_AND_AGENCY_SIGN_OFF.match(text)
        filer = signed and source_named(registry, signed.group("source").strip())
        if filer and filer.kind in ("outlet", "agency"):  # not 'Anna Lee, Ministry of Trade': her office
            return filer.name
    return None


# What only the article's own outlet says of itself: a disclaimer ('... not necessarily the
# views of CGTN'), asking for comment ('Newsweek has contacted ... for comment'), reporting
# through someone else ('Об этом Цензор.НЕТ сообщает со ссылкой на ...').
OWN_NAME = r"(?P<source>[\w./\-’'&]+(?: [\w./\-’'&]+){0,3}?)"
# a line of its own asking the reader to subscribe: 'Подпишись на …', 'Subscribe to …'
SUBSCRIBE_CALL = r"^(?:Подпишись|Подпишитесь|Подписывайтесь|Subscribe to|Follow)\s+(?:на\s+)?"
CITING_REPORT_VERB = r"(?:сообщает|сообщил|сообщила|сообщило|пишет|передает|передаёт|повідомляє|пише)"
# the verbs of an outlet's earlier report, in the past tense of each gender and number
EARLIER_REPORT_VERB = r"(?:сообщал|сообщало|сообщала|сообщали|писал|писало|писала|писали|рассказывал|рассказывало|рассказывала|рассказывали)"
SELF_REFERENCES = (
    # '…, передает корреспондент Kazpravda.kz.', '《某某周刊》记者走访了口岸': the outlet's own reporter
    # filing the story (not 'рассказал корреспонденту X', nor '接受《X》记者采访': an interview by X)
    re.compile(r"\b(?:передает|передаёт|сообщает) (?:специальный |собственный )?корреспондент (?:агентства |портала |сайта )?[«\"“]?"
               + OWN_NAME + r"[»\"”]?\s*(?:[.,;]|$)"),
    # ('接受了《X》记者的采访', '回答了《X》記者的提問': the same interview with an aspect mark or a 的 between)
    re.compile(r"(?<![据據受向对對诉訴给給与與和答])(?<!受了)(?<!受过)(?<!受過)(?<!答了)(?<!诉了)(?<!訴了)"
               r"《(?P<source>[^《》\s]{2,12})》(?:记者|記者)(?!的?(?:采访|採訪|專訪|专访|提问|提問))"),
    re.compile(r"\bnot necessarily (?:reflect |represent )?(?:the )?(?:views?|opinions?|positions?|those) of (?:the )?" + OWN_NAME + r"\s*(?:[.,;]|$)", re.I),
    # '…, рассказали в программе «Контуры» на ОНТ': a channel's site retelling its own programme
    # (another outlet quoting the channel names its 'эфир' or 'телеканал')
    re.compile(r"\b(?:рассказали|сообщили|показали) в (?:программе|выпуске)\s+[^.!?]{2,60}?\s+на\s+" + OWN_NAME + r"\s*(?:[.,;]|$)"),
    re.compile(r"(?:^|[.!?]\s+)" + OWN_NAME + r" (?:has |have |had )?(?:contacted|reached out to|asked|approached)\b[^.]{0,120}\bfor (?:a )?comments?\b"),
    # 'RT ведёт прямую трансляцию пресс-конференции.', 'Steppe TV is streaming the talks live.': a
    # broadcaster announcing its own live stream, as the subject of a sentence
    re.compile(r"(?:^|[.!?]\s+)" + OWN_NAME + r" (?:ведёт|ведет) (?:прямую |онлайн-)?трансляцию\b"),
    re.compile(r"(?:^|[.!?]\s+)" + OWN_NAME + r" is (?:streaming|broadcasting) (?:[\w\-’']+ ){0,5}?live\b"),
    # 'Об этом X сообщает со ссылкой на Y', 'Про це X повідомляє з посиланням на Y': the outlet telling its
    # readers whence it has the news, its name before the verb; X reports, Y is only its informant (the
    # verb first, 'Об этом сообщает X со ссылкой на Y', is how a site cites another outlet)
    re.compile(r"(?:^|[.!?]\s+)(?:Об этом|Про це) " + OWN_NAME + r" " + CITING_REPORT_VERB + r" (?:со ссылкой на|з посиланням на)\b"),
    # 'Steppe Ledger is the place where you will find the latest news …': the outlet's promotion of itself
    re.compile(r"(?:^|[.!?]\s+)" + OWN_NAME + r" is (?:the|your) (?:place|source|home) (?:where|for|to)\b"),
    # 'Наш портал 024.by пообщался со студентами', 'в редакцию нашего радио Азаттык поступили письма':
    # the outlet introducing its own reporting, in any case of 'our' and of the outlet's kind
    re.compile(r"(?<![\w-])[Нн]аш(?:е|а|его|ей|ему|ем|им|у)? (?:портал\w{0,2}|сайт\w{0,2}|издани\w{1,2}|редакци\w{1,2}|радио|"
               r"телеканал\w{0,2}|газет\w{1,2}|агентств\w{1,2}) [«\"“]?" + OWN_NAME + r"[»\"”]?(?= [а-яё])"),
    # 'All important news is on the Izvestia channel in the MAX messenger.', 'Подписывайтесь на канал «Известий» в Telegram'
    re.compile(r"\b(?:news|updates|stories|headlines) (?:is|are) (?:also )?(?:available )?on (?:the |our )?" + OWN_NAME + r"(?:'s?)? (?:channel|page|account)\b", re.I),
    # 'BOOKMARK news.steppe.kz 中國頻道': a site asking the reader to bookmark its own address
    re.compile(r"\bbookmark\s+(?P<source>(?:www\.)?[a-z0-9][\w\-]*(?:\.[\w\-]+)*\.[a-z]{2,6})(?![\w.])", re.I),
    re.compile(r"\b(?:subscribe to|follow) (?:the |our )?" + OWN_NAME + r"(?:'s?)? (?:channel|page|account) (?:on|in)\b", re.I),
    # 'RFE/RL spoke with X, former ambassador, to find out more.': the outlet introducing its own interview
    re.compile(r"(?:^|[.!?]\s+)" + OWN_NAME + r" (?:spoke|talked) (?:with|to)\b[^.]{0,200}\bto (?:find out|learn|hear|discuss)\b"),
    # 'Subscribe to our Telegram channel Steppe Ledger', 'Подписывайтесь на наш Telegram-канал Минская правда|MLYN.by'
    re.compile(r"\b(?:subscribe to|follow|join) our (?:Telegram |WhatsApp |YouTube |MAX |VK )?(?:channel|page|account|group) (?:on \w+ )?[«\"“]?"
               + OWN_NAME + r"[»\"”]?\s*(?:[,.;!|]|$)", re.I),
    # (in Ukrainian too: 'Підписуйтесь на наш Telegram-канал Lenta.UA - …', a slogan after a dash)
    re.compile(r"\b(?:подписывайтесь|подпишитесь|присоединяйтесь к нам|підписуйтесь|підпишіться) (?:на|в) (?:наш|нашу|наши|нашем|нашей) (?:Telegram-|Телеграм-|телеграм-|MAX-|YouTube-)?"
               r"(?:(?:канал|страниц[уеы]|групп[уеы]|аккаунт)\w*|телеграм|Telegram) (?:в (?:Telegram|Телеграм\w*|MAX|Дзен\w*|VK|ВКонтакте) )?[«\"“]?"
               + OWN_NAME + r"[»\"”]?\s*(?:[,.;!|]|\s[-–—]\s|$)", re.I),
    # 'Lagos Daily gathered that the delegation …', 'Steppe Ledger understands that the loan …': an
    # outlet's own formula for what its reporters learnt (another outlet retelling it writes 'reported')
    re.compile(r"(?:^|[.!?]\s+)(?:The )?" + OWN_NAME + r" (?:gathered|understands|can (?:exclusively )?(?:reveal|confirm)) that\b"),
    # '…the issues between both countries….reports Metro Lite News': a teaser's sign-off run on after an ellipsis
    re.compile(r"(?:…|\.{3})\.?\s*reports\s+" + OWN_NAME + r"\s*\.?\s*$"),
    # 'Steppe Ledger в Telegram: самые свежие новости …': the site's promo line for its own channel
    re.compile(r"^" + OWN_NAME + r" (?:в|у|on|in) (?:Telegram|Телеграм\w*)\s*:\s+\S", re.I),
    # 'РБК-Украина собрало все, что известно о …': the outlet introducing its own explainer
    re.compile(r"(?:^|[.!?]\s+)" + OWN_NAME + r" (?:собрал[аои]?|собрали|зібрал[аои]?) (?:все|всё|усе|главное|головне|самое важное)\b"),
    # 'Подписывайтесь на канал «Газеты.Ru» в Telegram': the site's call to follow its own channel, named in quotes
    re.compile(r"\b(?:подписывайтесь|подпишитесь|подпишись) на (?:канал|страниц[уы]|аккаунт) [«\"“]" + OWN_NAME
               + r"[»\"”] (?:в|во) (?:Telegram|Телеграм\w*|MAX|Дзен\w*|VK|ВКонтакте|YouTube)\b", re.I),
    # 'Подписывайтесь на Steppe.Ru в MAX: все новости — в нашем канале': the call naming the site, then 'our channel'
    re.compile(r"\b(?:подписывайтесь|подпишитесь|подпишись) на " + OWN_NAME + r" (?:в|во) (?:Telegram|Телеграм\w*|MAX|Дзен\w*|VK|ВКонтакте)\b"
               r"[^.!?]{0,80}?\bв нашем (?:канале|телеграм-канале|сообществе)\b", re.I),
    # 'Поддержите Reform.news донатом!', 'Support Steppe Ledger with a donation': the outlet asking for its readers' money
    # (a banner may open on an emoji: '🔥 Поддержите …')
    re.compile(r"(?:^[^\w«\"“]{0,4}|[.!?]\s+)(?:Поддержите|Поддержи|Support) " + OWN_NAME
               + r" (?:донатом|донатами|пожертвованием|рублём|рублем|подпиской|финансово|with a donation|with a contribution|financially)\b"),
    # 'Steppe Invest Company believes that …': a firm's site giving its own view on its news (another
    # site quoting the firm writes 'according to …' or 'said')
    re.compile(r"^" + OWN_NAME + r" [Cc]ompany (?:believes|considers|expects|estimates) that\b"),
    # '感谢您再次接受某某台《X访谈》的专访': the interviewer thanking the guest for the outlet's own
    # interview (another outlet retelling it writes '在接受某某台专访时表示')
    re.compile(r"(?:感谢|感謝)您(?:再次|又一次)?接受(?P<source>[\u3400-\u9fff]{2,12}?)(?:《[^》]{1,20}》)?(?:的)?(?:专访|專訪|采访|採訪)"),
    # 'Ранее 5-tv.ru сообщал, что …', 'Ранее «Степь» писал': the outlet pointing to its own earlier report
    re.compile(r"(?:^|[.!?]\s+)Ранее [«\"“]?" + OWN_NAME + r"[»\"”]? (?:сообщал|сообщало|сообщала|сообщали|писал|писало|писала|рассказывал|рассказывало|рассказывала)\b"),
    # ('«Steppe Gazette» сообщала ранее, что …', '«Степь» ранее писала': the same with the name first)
    re.compile(r"(?:^|[.!?]\s+)[«\"“]?" + OWN_NAME + r"[»\"”]? (?:уже )?(?:(?:ранее|прежде) (?:уже )?" + EARLIER_REPORT_VERB
               + r"|" + EARLIER_REPORT_VERB + r" (?:уже )?(?:ранее|прежде))\b"),
    # 'как неоднократно писала «НГ»': the outlet pointing to its own reports, again and again (a
    # single earlier report of another outlet is cited plainly: 'как писал «Коммерсант»')
    re.compile(r"\bкак (?:уже )?(?:неоднократно|не раз|не единожды) (?:писал|писало|писала|писали|сообщал|сообщало|сообщала|сообщали)\s+[«\"“]?"
               + OWN_NAME + r"[»\"”]?\s*(?:[,.;]|$)"),
    # 'As Steppe Ledger previously reported, …': the outlet pointing to its own earlier report
    # (another outlet's report is cited plainly: 'as Reuters reported')
    re.compile(r"(?:^|[.!?]\s+)As (?:the )?" + OWN_NAME + r" (?:has )?(?:previously|earlier) reported\b"),
    # 'Besides, the Global Times also learned that …': the outlet's own reporting
    re.compile(r"(?:^|[.!?,]\s+|\b[Bb]esides,?\s+|\b[Aa]lso,?\s+)(?:the )?" + OWN_NAME + r" (?:also |has also |has )?(?:learned|learnt) (?:that|from)\b"),
    # 'Об этом DW поговорила с экспертами.', '«Свобода» расспросила, зачем …': the outlet introducing its own interviews
    re.compile(r"(?:^|[.!?]\s+)(?:Об этом\s+)?[«\"“]?" + OWN_NAME + r"[»\"”]? (?:поговорил|побеседовал|расспросил)[аои]?\b"),
    # '«Известия» разбирались, сможет ли …': the outlet introducing its own inquiry (another outlet
    # retelling it writes 'как выяснили «Известия»')
    re.compile(r"(?:^|[.!?]\s+)[«\"“]?" + OWN_NAME + r"[»\"”]? (?:разбирал|разобрал)(?:ся|ась|ось|ись)\b"),
    # '«Огонек» решил приглядеться к этому феномену', '«Известия» решили выяснить': the outlet setting
    # out on its own inquiry (another outlet retelling it writes 'выяснили «Известия»')
    re.compile(r"(?:^|[.!?]\s+)[«\"“]?" + OWN_NAME + r"[»\"”]? решил[аио]? (?:приглядеться|присмотреться|разобраться|выяснить|проверить)\b"),
    # 'О подоплеке происходящего рассуждает обозреватель REX Владимир Павленко.': its own columnist, named
    re.compile(r"(?:^|[.!?]\s+)Об? [^.!?]{2,80}? (?:рассуждает|размышляет|рассказывает) (?:наш )?(?:обозреватель|колумнист|корреспондент) "
               + OWN_NAME + r" [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+\s*[.!]"),
    re.compile(r"\bне обязательно (?:отражает|совпадает с) (?:позици[юей]|мнение[м]?) (?:редакции )?" + OWN_NAME + r"\s*(?:[.,;]|$)", re.I),
    # 'The Steppe Ledger could not independently verify the claim.': only the outlet that reports
    # a claim says it could not check it (another outlet's caveat is quoted as 'X said it could not')
    re.compile(r"(?:^|[.!?]\s+)(?:The )?" + OWN_NAME + r" (?:could not|cannot|can ?not|was unable to|is unable to|has not been able to)"
               r" (?:independently |immediately )?(?:verify|confirm)\b"),
    # 'Также следите за аккаунтами Charter97.org в социальных сетях', 'Follow Steppe Ledger on social media'
    re.compile(r"\b(?:следите|подписывайтесь) (?:за|на) (?:аккаунт\w*|страниц\w*|новост\w*) " + OWN_NAME
               + r" (?:в|во) (?:социальных сетях|соцсетях)", re.I),
    # 'Follow Steppe.org social media accounts': the site's own accounts, named in its chrome
    re.compile(r"\bfollow (?:the )?" + OWN_NAME + r"(?: on social (?:media|networks)\b|(?:'s)? social (?:media|network) (?:accounts|pages|profiles)\b)", re.I),
    # '值此之际,人民网逐一梳理…': a Chinese outlet presenting its own round-up ('据人民网梳理' cites one)
    re.compile(r"(?:^|[，,。；;！？]\s*)(?P<source>[\u3400-\u9fff]{2,8}?)(?:特别|特別|特|逐一|专门|專門)?(?:为您|為您|带您|帶您)?(?:梳理|盘点|盤點)(?!发现|發現)"),
    # '…," the guest of Steppe TV says.': the outlet's own interviewee, quoted in the present tense
    # (another outlet retelling the interview writes 'told Steppe TV' or 'said')
    re.compile(r"\bthe guest of (?:the )?" + OWN_NAME + r"(?: studio| programme| program| show)?"
               r" (?:says|believes|stresses|notes|thinks|adds|explains|continues|warns)\b"),
    # 'Подпишись на Holiday.by!', 'Subscribe to Steppe Ledger!': a line of its own asking the
    # reader to subscribe to the site
    re.compile(SUBSCRIBE_CALL + OWN_NAME + r"\s*!\s*$"),
    # 'Будьте в курсе новостей - подпишитесь на Steppe:', 'Stay informed: subscribe to Steppe!': the
    # site's subscription prompt under the story, its call closing the line before the buttons
    re.compile(r"(?:^|[-–—:]\s*)(?:Подпишитесь|Подписывайтесь|Подпишись|Subscribe to)\s+(?:на\s+)?[«\"“]?" + OWN_NAME
               + r"[»\"”]?\s*[:!]\s*$", re.I),
    # "Read 'Steppe' on Telegram!", 'Читайте «Степь» в Telegram': a line of its own pointing the reader to the site's channel
    re.compile(r"^(?:Read|Читайте|Читай)\s+[«\"“'‘]?" + OWN_NAME + r"[»\"”'’]?\s+(?:on|in|в|во)\s+"
               r"(?:Telegram|Телеграм\w*|MAX|Дзен\w*|Dzen|VK|ВКонтакте|WhatsApp|YouTube)\s*[!.]?\s*$", re.I),
    # 'Подпишитесь на Telegram «Steppe»: ещё больше новостей!': the site's call to follow its own channel
    re.compile(SUBSCRIBE_CALL + r"(?:(?:наш|our)\s+)?"
               r"(?:Telegram|Телеграм|Дзен|Dzen|YouTube|VK|ВКонтакте)[\w-]*(?:\s*-?\s*(?:канал|channel)\w*)?\s+[«\"“]" + OWN_NAME + r"[»\"”]", re.I),
    # '立即订阅亚视新闻 YouTube,即时掌握…': a line of its own asking the reader to subscribe to the outlet's channel
    re.compile(r"^(?:立即|马上|馬上|欢迎|歡迎|请|請)?(?:订阅|訂閱)(?P<source>[\u3400-\u9fffA-Za-z0-9]{2,12}?)\s*(?:的\s*)?"
               r"(?:YouTube|Facebook|Telegram|频道|頻道|微信公众号|公众号|公眾號)"),
    # '打开网易新闻 查看精彩图片': an image placeholder sending the reader to the platform's own app
    re.compile(r"^(?:打开|打開)(?P<source>[\u3400-\u9fffA-Za-z0-9]{2,12}?)(?:APP|App|app|客户端|客戶端)?\s*[,，]?\s*(?:查看|閱讀|阅读|观看|觀看)"),
)
SELF_REFERENCE_PARAGRAPHS = 12
# A wire's own sign-off in its lead: '..., Trend reports.', '..., Report informs referring to
# BelTA.', '..., BelTA has learned.', 'BelTA learned from the university'. Present tense only:
# '..., Reuters reported' quotes another outlet; but '..., "Adyrna" correspondent reported with
# reference to Akorda' is the outlet's own correspondent retelling an official source.
WIRE_SELF_REFERENCE = re.compile(
    r"(?:,|^|[.!?]\s)\s*[\"“«]?(?P<source>[A-Z][\w.\-’'&]*(?: [A-Z][\w.\-’'&]*){0,2}?)[\"”»]?(?: correspondent| [Nn]ews [Aa]gency(?: correspondent)?)?"
    r" (?:reports|informs|has learned|has learnt|learned from|learnt from)\b"
    r"|(?:,|^|[.!?]\s)\s*[\"“«]?(?P<own>[A-Z][\w.\-’'&]*(?: [A-Z][\w.\-’'&]*){0,2}?)[\"”»]? correspondent reported (?:with reference to|referring to|citing)\b"
)
# '..., BelTA has learned.': the wire's house formula for its own story, wherever in the lead it stands
WIRE_HAS_LEARNED = re.compile(
    r"(?:,|^|[.!?]\s)\s*(?P<source>[A-Z][\w.\-’'&]*(?: [A-Z][\w.\-’'&]*){0,2}?)(?: correspondent| [Nn]ews [Aa]gency)?"
    r" (?:has learned|has learnt)\s*[.!]?\s*$"
)
# a site's own name as its domain, printed in lowercase ('sb.by', 'news.example.kz')
LOWERCASE_DOMAIN = r"[a-z0-9][\w\-]*(?:\.[a-z][\w\-]*)*\.[a-z]{2,6}"
# '..., передает корреспондент БЕЛТА.', '..., сообщает корреспондент ТАСС': the wire's own correspondent
WIRE_CORRESPONDENT = re.compile(
    r",\s*(?:передает|передаёт|сообщает|информирует)\s+(?:собственный\s+|специальный\s+)?(?:корреспондент|спецкор|собкор)\s+"
    r"(?:(?:агентства|телеканала|радио|газеты|портала|издания|телерадиокомпании)\s+)?"
    # (a site may call itself by its domain in lowercase: '…, передает корреспондент sb.by.')
    r"(?:[«\"](?P<quoted>[^«»\"]{2,30})[»\"](?:\s+[А-ЯЁ][а-яё\-]+){1,2}|(?P<source>[A-ZА-ЯЁ«\"][\w.\-«»\" ]{1,30}?|" + LOWERCASE_DOMAIN + r"))"
    # ('…, сообщает корреспондент агентства «X» со ссылкой на пресс-службу завода.': the
    # correspondent still files for X when naming the informant)
    r"(?:\s+со ссылкой на\s+[^!?]{2,80}?)?\s*[.!]"
)
# '…, the "Steppe-News" Agency correspondent reports.', '…, a BelTA correspondent reports.', '…, reports a
# correspondent of the Steppe News Agency.': the English house formula of a wire translating its own
# ('передает корреспондент X'), closing any sentence of the lead; present tense only ('… correspondent
# reported' retells another outlet's report)
OWN_CORRESPONDENT_REPORTS = re.compile(
    r"(?:,\s*|^\s*|[.!?]\s+)(?:(?:the|a|an)\s+)?[\"“«]?(?P<source>[A-Z][\w.\-’'&]*(?: [A-Z][\w.\-’'&]*){0,2}?)[\"”»]?(?:['’]s)?"
    r"\s+(?:(?:[Nn]ews\s+|[Ii]nformation\s+|[Pp]ress\s+)?[Aa]gency(?:['’]s)?\s+)?(?:special\s+|own\s+|staff\s+)?correspondent\s+(?:reports|informs)\s*[.!]"
    r"|,\s*(?:reports|informs)\s+(?:a|the|our)\s+(?:special\s+|own\s+)?correspondent\s+(?:of|for|from)\s+(?:the\s+)?[\"“«]?"
    r"(?P<after>[A-Z][\w.\-’'&]*(?: [A-Z][\w.\-’'&]*){0,2}?)[\"”»]?(?:\s+(?:[Nn]ews\s+|[Ii]nformation\s+)?[Aa]gency)?\s*[.!]")
# 'Подробности со ссылкой на пресс-службу приводит корреспондент X.': a sentence that sends the reader
# to the details its own correspondent gives (the outlet's house formula, as WIRE_CORRESPONDENT)
DETAILS_FROM_CORRESPONDENT = re.compile(
    r"(?:^|[.!?]\s+)(?:Подробности|Детали)\b[^.!?]{0,100}?\s(?:приводит|передает|передаёт|сообщает|рассказывает)\s+"
    r"(?:собственный\s+|специальный\s+)?(?:корреспондент|спецкор|собкор)\s+"
    r"[«\"]?(?P<source>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,2}?|" + LOWERCASE_DOMAIN + r")[»\"]?\s*[.!]")
# 'Как сообщает московский корреспондент VAKinfo, …': the same formula opening a sentence
WIRE_CORRESPONDENT_OPENS = re.compile(
    r"(?:^|[.!?]\s+)Как (?:передает|передаёт|сообщает)\s+(?:[а-яё]+\s+)?(?:корреспондент|спецкор|собкор)\s+"
    r"[«\"]?(?P<source>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,2}?)[»\"]?\s*,")
# 'Как сообщили корреспонденту X в пресс-службе, …': an office telling the outlet's own
# correspondent (the outlet's house formula; another outlet would write 'как сообщили X')
TOLD_CORRESPONDENT_OPENS = re.compile(
    r"(?:^|[.!?]\s+)Как (?:сообщили|рассказали|пояснили|заявили)\s+(?:корреспонденту|журналисту|спецкору|собкору)\s+"
    r"[«\"]?(?P<source>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,2}?)[»\"]?\s+(?:в|во|на)\s")
# 'Как передает Report со ссылкой на БЕЛТА, …': a wire relaying its own report at the head of a
# sentence of the lead (as AGENCY_SIGN_OFF at its end); only a registered agency counts ('Как
# сообщает ТАСС' is how another outlet quotes it)
WIRE_RELAYS = re.compile(r"(?:^|[.!?]\s+)Как (?:передает|передаёт)\s+[«\"]?(?P<source>" + r"[A-ZА-ЯЁ][\w\-.]*(?: [A-ZА-ЯЁ][\w\-]*){0,2}?" + r")[»\"]?(?:\s+со ссылкой на\s+[^,!?]{2,60})?\s*,")
# 'Как сообщает Report со ссылкой на МИД, …', 'Как передает грузинское бюро Report, …': a wire calling
# itself by its site's bare name (the domain's stem); an outlet quoting it prints its full name
WIRE_SITE_RELAYS = re.compile(
    r"(?:^|[.!?]\s+)Как (?:сообщает|передает|передаёт)\s+(?:[а-яё]+\s+)?(?:бюро\s+|корпункт\s+)?(?P<source>[A-Z][\w\-]*)"
    r"(?:\s+со ссылкой на\s+[^,!?]{2,60})?\s*,")
# '…, сообщили БЕЛТА в облисполкоме.', 'Об этом корреспонденту БЕЛТА рассказали в посольстве.': the
# wire's house formula for what an office told it (an unnamed informant in an office, or its
# correspondent told, 'сообщили агентству «Интерфакс-Запад»'); another outlet retelling the wire writes 'сообщает БЕЛТА'
WIRE_NAME = r"[A-ZА-ЯЁ][\w\-]*(?: [A-ZА-ЯЁ][\w\-]*){0,2}?"  # one to three capitalised words
# 'РИА "Новости"': an agency's name printed with its second word in quotes
QUOTED_WORD = r"(?: [«\"][A-ZА-ЯЁ][\w\-]*[»\"])?"
WIRE_TOLD_VERB = r"(?:сообщили|рассказали|пояснили|уточнили|подтвердили|заявили|сказали)"
# ('корр. агентства Синьхуа': the correspondent abbreviated, the agency named by its kind)
TOLD_REPORTER = r"(?:[Кк]орреспонденту|[Кк]орр\.|[Жж]урналисту|[Сс]пецкору|[Сс]обкору)\s*(?:агентства\s+|информагентства\s+)?"
WIRE_TOLD = re.compile(
    r"(?:^|[,.!?]\s*|\bОб этом\s+)" + TOLD_REPORTER + r"\s*[«\"]?(?P<source>" + WIRE_NAME + r")[»\"]?\s+" + WIRE_TOLD_VERB + r"\b"
    r"|(?:^|[,.!?]\s*|\bОб этом\s+|\b[Кк]ак\s+)" + WIRE_TOLD_VERB + r"\s+(?:" + TOLD_REPORTER + r"|агентству\s+)?[«\"]?(?P<after>" + WIRE_NAME + QUOTED_WORD + r")[»\"]?\s+в(?:о)?\s+[А-ЯЁа-яё]"
    r"|\bОб этом\s+(?P<before>" + WIRE_NAME + r")\s+" + WIRE_TOLD_VERB + r"\s+в(?:о)?\s+[А-ЯЁа-яё]"
)
WIRE_SELF_PARAGRAPHS = 3
# '…, пишет Caravan.kz': a site signing its lead's first sentence with its own domain name (the
# house style of Central Asian sites); only a registered site counts
SIGN_OFF_VERB = r",\s*(?:пишет|передает|передаёт|сообщает)\s+"
# ('NUR.KZ': some sites print their domain in capitals)
SITE_DOMAIN = r"(?P<source>[A-Za-z][\w\-]*\.(?i:kz|kg|uz|tj|tm|by|ru|az|am|ge|md|ua|com|net|org|info|news))"
SITE_SIGN_OFF = re.compile(SIGN_OFF_VERB + SITE_DOMAIN + r"\s*[.!]?\s*$")
# '…, сообщает Lada.kz со ссылкой на inbusiness.kz.': a site signing any sentence of its lead with
# its domain while naming the site it draws on (an outlet quoting another says 'сообщил', not this)
SITE_SIGN_OFF_CITING = re.compile(SIGN_OFF_VERB + SITE_DOMAIN + r"\s+со ссылкой на\s+[^!?]{2,60}?\s*[.!]?\s*$")
# 'Об этом рассказали в пресс-службе, сообщает Zakon.kz.': the sentence that tells whence the lead's
# news came, signed with the site's domain (a site retelling another one writes 'пишет X', not so)
ABOUT_THIS = re.compile(r"^\s*Об этом\b")
# '…, Caravan.kz cites MFA.': the same house style in English
SITE_CITES = re.compile(r",\s*" + SITE_DOMAIN + r"\s+cites\s+(?:the\s+)?[A-Z][^!?]{1,60}?\s*[.!]?\s*$")
# '…, сообщает БЕЛТА со ссылкой на сайт посольства.': a wire's present-tense sign-off naming the
# wire's own informant, as regional sites print it over the wire's text; only a registered agency
# counts. A bare '…, сообщает БелТА.' is how other sites retell the wire in their own words.
AGENCY_SIGN_OFF = re.compile(
    r",\s*(?:сообщает|передает|передаёт|информирует|пишет)\s+(?P<source>" + WIRE_NAME + r")"
    r"\s+со ссылкой на\s+[^!?]{2,80}?\s*[.!]?\s*$")
# 'Об этом сегодня, 13 января, сообщает ТАСС со ссылкой на …': the sentence's verb has 'Об этом' for
# its object and the agency for its subject, only a time between (its commas enclose the date): the
# site saying which agency it took the news from, not the agency's own sign-off after a clause
ABOUT_THIS_TOLD_BY = re.compile(
    r"^\s*Об этом\s+(?:(?:сегодня|вчера|утром|днём|днем|вечером|ночью|накануне|\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s+года)?)[\s,]*)*"
    r"(?:сообщает|передает|передаёт|информирует|пишет)\s")
# A paper speaking of its coming issue: 'в одном из ближайших номеров «Витебских вестей»'
ISSUE_SELF_REFERENCE = re.compile(
    r"\b(?:в|во)\s+(?:одном\s+из\s+)?(?:ближайш\w+|следующ\w+|очередн\w+|завтрашн\w+|нашем|нашей)?\s*"
    r"(?:номер\w*|выпуск\w*)\s+(?:газеты\s+|журнала\s+)?[«\"„“](?P<source>[^«»\"„“”]{2,40})[»\"”“]"
)


def wire_self_reference_source(body: list[Line], registry: Registry, after_story: list[Line] = ()) -> str | None:
    """A registered outlet that signs the lead as its own report ('..., Trend reports.'), unless
    the story goes on retelling that outlet ('X writes that …'): then X is quoted, not the source;
    nor when a short line under the story names another registered outlet as the site itself
    ('Follow Steppe.org social media accounts'): that site retells the wire in its own story."""
    source = _lead_signed_by(body, registry)
    if source and _retold_outlet(source, body, registry):
        return None
    host = self_reference_source([line for line in after_story if word_count(line.text) <= HOST_LINE_WORDS], registry)
    return None if source and host and host != source else source


HOST_LINE_WORDS = 10  # a line of the site's chrome, not a paragraph of the story


# How a story retells another outlet's report further on: 'Gazeta.ru writes that …', 'according
# to Gazeta.ru', 'как пишет X', 'по данным X' (a wire never speaks so of its own story)
RETELLING = (r"\b{name}\s+(?:writes|wrote)\b", r"\baccording to (?:the )?{name}(?![\w.])", r"\bas {name} (?:writes|wrote|notes)\b",
             r"\bкак (?:пишет|писал[аои]?|отмечает) {name}(?![\w.])", r"\bпо (?:данным|информации|сведениям) {name}(?![\w.])")


def _retold_outlet(name: str, body: list[Line], registry: Registry) -> bool:
    """The story names the outlet `name` (or an alias of it) as the teller of what it retells."""
    source = registry.source_by_name(name)
    names = sorted({name, *(source.aliases if source else ())}, key=len, reverse=True)
    alternatives = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    told = re.compile("|".join(p.format(name=alternatives) for p in RETELLING), re.I)
    return any(told.search(line.text) for line in body)


def _lead_signed_by(body: list[Line], registry: Registry) -> str | None:
    standfirst = True  # only one-sentence paragraphs so far: the lead may still be to come
    for line in _lead_paragraphs(body, WIRE_SELF_PARAGRAPHS):
        # the correspondent formula is the wire's own wherever it closes a sentence of the lead:
        # 'X. Об этом сообщил Y, передает корреспондент БЕЛТА.'
        for sentence in _lead_sentences(line.text):
            match = WIRE_CORRESPONDENT.search(sentence)
            name = match and (match.group("source") or match.group("quoted"))
            opens = (WIRE_CORRESPONDENT_OPENS.search(sentence) or TOLD_CORRESPONDENT_OPENS.search(sentence)
                     or DETAILS_FROM_CORRESPONDENT.search(sentence))
            name = name or (opens and opens.group("source"))
            reports = not name and OWN_CORRESPONDENT_REPORTS.search(sentence)
            name = name or (reports and (reports.group("source") or reports.group("after")))
            source = name and source_named_inflected(registry, name.strip(" «»\""))
            if source:
                return source.name
        match = SITE_SIGN_OFF.search(_first_sentence(line.text))
        source = match and source_named(registry, match.group("source"))
        if source:
            return source.name
        # the first sentence only: '... until July 19, Politico reports.' later in the lead quotes another
        # outlet, and so does '..., BelTA informs.' in a paragraph under a lead of several sentences
        for match in WIRE_SELF_REFERENCE.finditer(_first_sentence(line.text)) if standfirst else ():
            name = (match.group("source") or match.group("own")).strip(" .,")
            source = source_named(registry, name) or _source_by_domain_stem(registry, name)
            if source:
                return source.name
        # '... in the park on 2 July, BelTA has learned.' closing a later sentence of the lead
        for sentence in _lead_sentences(line.text):
            match = (WIRE_HAS_LEARNED.search(sentence) or SITE_SIGN_OFF_CITING.search(sentence) or SITE_CITES.search(sentence)
                     or (ABOUT_THIS.match(sentence) and SITE_SIGN_OFF.search(sentence)))
            source = match and source_named(registry, match.group("source").strip(" .,"))
            if source:
                return source.name
        source = _wire_told(line.text, registry) or _told_own_correspondent(line.text, registry)
        if source:
            return source.name
        standfirst = standfirst and len(_lead_sentences(line.text)) == 1
    return None


# 'Об этом в беседе с корреспондентом X рассказал …', 'Об этом посол заявил корреспонденту X.': a
# sentence of the lead saying whose correspondent heard it, the outlet's own house formula
ABOUT_THIS_TO_CORRESPONDENT = re.compile(
    r"^\s*Об этом\s+(?:[^.!?]{0,80}?\s)?(?:в беседе с корреспондентом|в интервью корреспонденту|корреспонденту)\s+"
    r"[«\"]?(?P<words>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,2})")


def _told_own_correspondent(text: str, registry: Registry) -> Source | None:
    """The registered outlet whose correspondent a sentence opening 'Об этом' says was told."""
    for sentence in _lead_sentences(text):
        match = ABOUT_THIS_TO_CORRESPONDENT.match(sentence)
        source = match and _named_by_first_words(match.group("words").rstrip(".").split(), registry)
        if source:
            return source
    return None


def _wire_told(text: str, registry: Registry) -> Source | None:
    """The registered agency a sentence of the lead says it was told (see WIRE_TOLD)."""
    for sentence in _lead_sentences(text):
        for match in WIRE_TOLD.finditer(sentence):
            name = next(group for group in match.group("source", "after", "before") if group)
            source = source_named(registry, re.sub(r"[«»\"]", "", name))
            if source and source.kind == "agency":
                return source
    return None


def agency_sign_off_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency signing a sentence of the lead citing its informant. Last resort:
    an outlet that names itself anywhere is retelling the wire, and the story is its own."""
    lead = next((line.text for line in body if line.kind != "caption"), "")
    for sentence in _lead_sentences(lead):
        match = not ABOUT_THIS_TOLD_BY.match(sentence) and AGENCY_SIGN_OFF.search(sentence)
        source = match and source_named(registry, match.group("source"))
        if source and source.kind == "agency":
            return source.name
    return None


def relaying_wire_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency that a sentence of the lead's first paragraphs opens on as relaying
    (see WIRE_RELAYS); the last resort, as another outlet may quote the wire so."""
    for line in _lead_paragraphs(body, WIRE_SELF_PARAGRAPHS):
        for sentence in _lead_sentences(line.text):
            match = WIRE_RELAYS.search(sentence)
            # 'Report' for Report.az: a wire may call itself by its site's name without the domain
            source = match and (source_named(registry, match.group("source")) or _source_by_domain_stem(registry, match.group("source")))
            if source and source.kind == "agency":
                return source.name
            match = WIRE_SITE_RELAYS.search(sentence)
            source = match and not source_named(registry, match.group("source")) and _source_by_domain_stem(registry, match.group("source"))
            if source and source.kind == "agency":
                return source.name
    return None


# '..., a spokeswoman told Reuters.': an informant speaking to the agency itself in a dated wire
# item (the English form of WIRE_TOLD); a last resort, as an outlet may quote the agency's interview
TOLD_AGENCY = re.compile(r"\btold (?P<source>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}?)(?: [Nn]ews [Aa]gency)?(?: on \w+| by (?:tele)?phone)?\s*[.,;]")


# '• Sun Online Desk', 'Steppe Web Desk': a line of its own crediting the site's desk; the story
# is the site's own, and an agency its lead says an informant told is one it quotes
OWN_DESK_LINE = re.compile(r"^\s*[•·]?\s*[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3}\s+(?:Online|Web|News)\s+Desk\s*$")


def told_agency_source(dateline: Dateline | None, head: list[Line], body: list[Line], registry: Registry) -> str | None:
    """The registered agency the lead's informant spoke to, in a story under a dateline, on a
    page that credits no desk of its own."""
    if any(OWN_DESK_LINE.match(line.text[:MAX_SCAN_LINE]) for line in head):
        return None
    for line in _lead_paragraphs(body, WIRE_SELF_PARAGRAPHS) if dateline else ():
        for match in TOLD_AGENCY.finditer(line.text[: MAX_SCAN_LINE * 4]):
            source = source_named(registry, match.group("source"))
            if source and source.kind == "agency":
                return source.name
    return _agency_spoken_to_again(body, registry) if dateline else None


# '... confirmed the deal to Reuters.', '... told Reuters the contract would ...': an informant
# speaking to an agency anywhere in the story, whatever follows its name
SPOKEN_TO_AGENCY = re.compile(
    r"\b(?:told|(?:confirmed|said|disclosed|explained)\b[^.;!?]{0,60}?\bto)\s+(?P<source>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}?)"
    r"(?: [Nn]ews [Aa]gency)?(?=\s*[.,;:]|\s+[a-z])")
SPOKEN_TO_AGAIN = 2  # one informant speaking to a wire is how any outlet quotes its interview


def _agency_spoken_to_again(body: list[Line], registry: Registry) -> str | None:
    """The registered agency that the story's informants speak to in two sentences or more: a
    wire's own reporting, its lead perhaps broken into short lines by a hard-wrapped copy."""
    text = " ".join(line.text[: MAX_SCAN_LINE * 4] for line in body if line.kind != "caption")
    named = [source_named(registry, match.group("source")) for match in SPOKEN_TO_AGENCY.finditer(text)]
    agencies = [source.name for source in named if source and source.kind == "agency"]
    top = max(set(agencies), key=agencies.count, default=None)
    return top if top and agencies.count(top) >= SPOKEN_TO_AGAIN else None


# 'Ambassador gives exclusive interview to CTV', 'Посол дал эксклюзивное интервью СТВ': a headline
# closing on the outlet that got the interview; the story is that outlet's own (another outlet
# retelling it names the teller in its lead, not in its headline's last words)
EXCLUSIVE_INTERVIEW_HEADLINE = re.compile(
    r"\b(?:exclusive interview (?:to|with)|эксклюзивное интервью(?: для)?)\s+(?:the\s+|телеканалу\s+|агентству\s+|газете\s+)?"
    r"[«\"“]?(?P<source>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,3}?)[»\"”]?\s*[.!]?\s*$", re.I)


def exclusive_interview_headline_source(title: Line | None, registry: Registry) -> str | None:
    """The registered outlet a headline says was given an exclusive interview (see EXCLUSIVE_INTERVIEW_HEADLINE)."""
    match = title and EXCLUSIVE_INTERVIEW_HEADLINE.search(title.text[:MAX_SCAN_LINE])
    source = match and source_named(registry, match.group("source"))
    return source.name if source and source.kind in ("outlet", "agency") else None


# '..., сообщает «Гомельская правда».', '..., передает телеканал «X».': a sentence of the lead signed
# with a registered paper's or channel's name; a last resort, when the page names no outlet of its
# own (a site that does is retelling)
OUTLET_SIGN_OFF = re.compile(r",\s*(?P<verb>сообщает|пишет|передает|передаёт)\s+(?:телеканал|газета|портал|сайт|издание|радио)?\s*[«\"„“]?(?P<source>[^«»\"„“”.,!?]{2,40}?)[»\"”“]?\s*[.!]?\s*$")
# '..., сообщает Zakon.kz.': a site reporting under its own domain-shaped name ('пишет X.by' is
# how an aggregator cites the site whose story it rewrote)
OUTLET_DOMAIN_SIGN_OFF = re.compile(r",\s*(?:сообщает|передает|передаёт)\s+(?P<source>[A-Za-z0-9][\w\-]*(?:\.[A-Za-z][\w\-]*)+)\s*[.!]?\s*$")
# a sentence recalling what was reported before: another outlet's earlier report, not this one
EARLIER = re.compile(r"^\s*(?:Ранее|Напомним|Как сообщалось|Earlier)\b", re.I)


def outlet_sign_off_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet (not an agency: see AGENCY_SIGN_OFF) signing a sentence of the lead's first paragraphs."""
    for line in _lead_paragraphs(body, WIRE_SELF_PARAGRAPHS):
        for sentence in _lead_sentences(line.text):
            # 'Ранее …, сообщает «X».': an earlier report of another outlet, recalled
            match = not EARLIER.match(sentence) and (OUTLET_SIGN_OFF.search(sentence) or OUTLET_DOMAIN_SIGN_OFF.search(sentence))
            if match and _foreign_paper_cited(match):
                continue
            source = match and source_named_inflected(registry, match.group("source").strip())
            if source and source.kind == "outlet":
                return source.name
    return None


# '…, пишет Gazeta Wyborcza.', '…, пишет The Guardian.': a Russian sentence saying a paper abroad,
# its name left in Latin letters and not a site's domain, 'writes' it: the paper is cited, not the page's own
LATIN_PAPER_NAME = re.compile(r"^(?:[A-Z][\w'’&\-]*\s*)+$")


def _foreign_paper_cited(match: re.Match) -> bool:
    name = match.group("source").strip()
    return match.groupdict().get("verb") == "пишет" and bool(LATIN_PAPER_NAME.match(name)) and "." not in name


# '9月23日据白通社记者报道,…', '白通社记者报道,…': a Chinese story opening on a registered wire's
# correspondent's report (the whole item is that report; '据新华社报道' without a correspondent, or
# later in the text, quotes)
CJK_LEAD_REPORTER = re.compile(
    r"^\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[,，]?\s*)?(?:据|據)?(?P<source>[\u3400-\u9fff]{2,12}?)(?:驻[\u3400-\u9fff]{1,6})?(?:特派|特约|特約)?(?:记者|記者)(?:报道|報道|报导|報導)")


# '访问期间,某某社记者在伊宁市采访了…', '某某社记者日前专访了…': the lead's subject the outlet's own
# reporter, who went and interviewed (a retelling site writes '接受某某社记者采访时表示', the informant first)
CJK_REPORTER_INTERVIEWED = re.compile(
    r"^\s*(?:[^。！？!?，,]{1,20}[，,]\s*)?(?P<source>[\u3400-\u9fff]{2,12}?)(?:驻[\u3400-\u9fff]{1,6}|駐[\u3400-\u9fff]{1,6})?"
    r"(?:特派|特约|特約)?(?:记者|記者)(?:近日|日前|此前|最近|前不久|今天|昨天|昨日)?"
    r"(?:(?:在|于|於|赴|前往|来到|來到)[\u3400-\u9fff]{1,12}?)?"
    r"(?:采访|採訪|专访|專訪|走访|走訪|探访|探訪)(?:了)?")


# '大使馆向白通社记者透露,…': the lead's informant speaking to the agency's own reporter (a
# retelling site writes '据白通社报道')
CJK_TOLD_REPORTER = re.compile(r"^[^。！？]{2,60}?向(?P<source>[\u3400-\u9fff]{2,12}?)(?:记者|記者)(?:透露|表示|介绍|介紹|说|說|指出)")


# '北欧某某网援引新华社记者王芳 李明报道': a site's line of its own over the story, saying it relays
# a registered wire's reporters' report (the whole item is that report)
CJK_RELAYED_REPORT = re.compile(
    r"^[\u3400-\u9fffA-Za-z0-9]{2,20}?(?:援引|转引|轉引|转载|轉載)(?P<source>[\u3400-\u9fff]{2,12}?)(?:记者|記者)[\u3400-\u9fff·\s]{2,30}(?:报道|報道|報導)$")


def relayed_report_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered wire whose reporters' report a site's own line says it relays."""
    return _registered_in_lines(lines, (CJK_RELAYED_REPORT,), registry)


# '越通社记者:近年来,两国合作…?': an interview's questions, each put by the outlet's own reporter
CJK_REPORTER_QUESTION = re.compile(r"^\s*(?P<source>[\u3400-\u9fff]{2,12}?)(?:记者|記者)\s*[:：]")
REPORTER_QUESTIONS = 2
CJK_OUTLET_QUESTION = re.compile(r"^\s*(?P<source>[\u3400-\u9fff]{2,8})\s*[:：][^\n]{4,}[?？]\s*$")


def interview_questions_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose reporter asks the questions of a Chinese interview (two
    paragraphs or more opening '<outlet>记者:')."""
    askers = [m.group("source") for m in (CJK_REPORTER_QUESTION.match(line.text) for line in body) if m]
    for name in dict.fromkeys(askers):
        source = askers.count(name) >= REPORTER_QUESTIONS and source_named(registry, name)
        if source:
            return source.name
    # '澎湃新闻:中哈未来还有什么合作计划?': the outlet itself tagged as the asker of a question; a
    # quoted speaker is a person or an office, not a registered outlet, and does not ask
    asked = {m.group("source") for m in (CJK_OUTLET_QUESTION.match(line.text) for line in body) if m}
    outlets = {s.name for name in asked if (s := source_named(registry, name)) and s.kind == "outlet"}
    return outlets.pop() if len(outlets) == 1 else None


def cjk_lead_reporter_source(body: list[Line], registry: Registry) -> str | None:
    lines = _lead_paragraphs(body, 1)
    match = lines and (CJK_LEAD_REPORTER.match(lines[0].text) or CJK_TOLD_REPORTER.match(lines[0].text)
                       or CJK_REPORTER_INTERVIEWED.match(lines[0].text))
    source = match and source_named(registry, match.group("source"))
    return source.name if source and source.kind == "agency" else None


# A paper's reporter credit in the lead names the paper: after its own dateline ('本报乌鲁木齐1月21日讯
# 某某云/某某日报记者王明', '本報北京5日電 某某報記者 王明') or closing the first paragraph, after a slash
# or in brackets ('…的希望。/某某報記者王明華沙報道', '…（某某报特派记者 王明 北京报道）')
CJK_PAPER_REPORTER = r"(?P<source>[\u3400-\u9fffA-Za-z0-9/／·]{2,20}?)(?:驻[\u3400-\u9fff]{1,6}|駐[\u3400-\u9fff]{1,6})?(?:特派|特约|特約)?(?:记者|記者)"
CJK_OWN_DATELINE_REPORTER = re.compile(
    r"^\s*(?:本报|本報)[\u3400-\u9fff0-9０-９]{0,14}?(?:讯|訊|电|電)\s*[:：]?\s*" + CJK_PAPER_REPORTER + r"\s*[\u3400-\u9fff·]{2,12}")
CJK_CLOSING_REPORTER = re.compile(
    r"(?:[/／]\s*|[(（]\s*)" + CJK_PAPER_REPORTER + r"\s*[\u3400-\u9fff·\s]{2,20}?(?:报道|報道|報導|报导)\s*[)）]?\s*$")


def lead_paper_reporter_source(body: list[Line], registry: Registry) -> str | None:
    """The registered paper whose reporter the lead credits (see CJK_OWN_DATELINE_REPORTER, CJK_CLOSING_REPORTER)."""
    lines = _lead_paragraphs(body, 1)
    text = lines[0].text[:MAX_SCAN_LINE * 4] if lines else ""
    match = CJK_OWN_DATELINE_REPORTER.match(text) or CJK_CLOSING_REPORTER.search(text)
    return match and canonical_source(match.group("source"), registry, known_only=True)


def _lead_sentences(text: str) -> list[str]:
    """The sentences of a lead paragraph (an end mark before a capital or an opening quote)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ\"“«])", text[: MAX_SCAN_LINE * 4])


def _first_sentence(text: str) -> str:
    """A paragraph's first sentence (a full stop after a lower-case word, before a capital)."""
    # ('…, передает BAQ.KZ. Стороны …': a domain printed in capitals ends the sentence too)
    match = re.search(r"(?:(?<=[a-zа-яё\"”»)])|(?<=\.[A-Z]{2})|(?<=\.[A-Z]{3}))[.!?]\s+(?=[A-ZА-ЯЁ\"“«])", text[: MAX_SCAN_LINE * 2])
    return text[: match.end()] if match else text[: MAX_SCAN_LINE * 2]


def _source_by_domain_stem(registry: Registry, name: str) -> Source | None:
    """'Report' -> Report.az, 'Trend' -> trend.az: an outlet calling itself by its domain's name."""
    key = fold(name)
    if " " in key or len(key) < 4:
        return None
    return next(iter(_sources_by_domain_stem(registry, key, two_labels_only=True)), None)


def _sources_by_domain_stem(registry: Registry, stem: str, *, two_labels_only: bool = False) -> list[Source]:
    """The registry's sources with a domain whose first label is `stem` ('trend' of trend.az), in registry
    order; with two_labels_only, a domain of two labels only (not 'trend.news.az')."""
    return [source for source in registry.sources
            if any(domain.split(".")[0] == stem and (not two_labels_only or domain.count(".") == 1) for domain in source.domains)]


RUSSIAN_ENDING = re.compile(r"(?:ыми|ими|ого|его|ому|ему|ая|яя|ое|ее|ые|ие|ый|ий|ой|ых|их|ую|юю|ей|ов|ев|ам|ям|ах|ях|ом|ем|а|я|ы|и|у|ю|е|о)$")


def _stems(name: str) -> tuple[str, ...]:
    return tuple(RUSSIAN_ENDING.sub("", w) if len(w) > 4 else w for w in fold(name).split())


def source_named_inflected(registry: Registry, name: str) -> Source | None:
    """A registered outlet under an inflected Russian or Belarusian name ('Витебских вестей' ->
    Витебские вести): every word's stem agrees."""
    source = source_named(registry, name)
    if source or not re.search(r"[а-яёіў]", name, re.I):
        return source
    return registry_names.per_registry(registry, "stems", _stem_index).get(_stems(name))


def _stem_index(registry: Registry) -> dict[tuple[str, ...], Source]:
    return _stem_index_by(registry, _stems)


# The outlet addressing its own readers: 'Уважаемые читатели "Царьграда"!', 'Dear readers of Steppe Ledger,'
READERS_SELF_REFERENCE = re.compile(
    r"(?:^|[.!?]\s+)(?:Уважаемые|Дорогие) (?:читатели|подписчики)\s+[«\"“„]?(?P<source>[^«»\"“”„!,.?]{2,40}?)[»\"”“]?\s*[!,.]"
    r"|(?:^|[.!?]\s+)Dear (?:readers|subscribers) of (?:the )?(?P<english>[^!,.?]{2,40}?)\s*[!,.]")


# A donation banner in the site's chrome: 'Поддержать команду Зеркала', 'Support the Steppe Ledger team',
# a button naming the site by its domain: 'Поддержать Steppe.ua', or
# an appeal naming it whole: 'Support The Steppe Times!' (the '!' sets it apart from 'Support local journalists')
DONATION_BANNER = re.compile(
    r"^(?:Поддержать|Поддержите|Поддержи|Падтрымаць|Падтрымайце)\s+(?:команду|редакцию|каманду|рэдакцыю)\s+[«\"“]?(?P<source>[^«»\"“”!.]{2,30}?)[»\"”]?\s*[!.]?$"
    r"|^Support (?:the )?(?P<english>[^!.]{2,30}?) (?:team|newsroom)\s*[!.]?$"
    r"|^(?:Поддержать|Поддержите|Падтрымаць|Підтримати|Support)\s+(?P<domain>[A-Za-z][\w\-]*\.[A-Za-z]{2,6})\s*[!.]?$"
    r"|^Support (?P<whole>[A-Z][^!.]{1,30}?)\s*!$")


def donation_banner_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet whose readers a banner asks to support its team."""
    for line in lines:
        match = DONATION_BANNER.match(line.text.strip()[:MAX_SCAN_LINE])
        name = match and (match.group("source") or match.group("english") or match.group("domain") or match.group("whole"))
        source = name and source_named_inflected(registry, name.strip())
        if source:
            return source.name
    return None


# The outlet's appeal to its own readers for money or a follow, wherever it stands (a banner over or
# under the story, a plug in its last paragraph): 'Please support Steppe Ledger by signing up for a
# recurring donation', 'Steppe Ledger survived 2024 thanks to its readers!', 'Поддержите «Степь»,
# оформив пожертвование', '«Степь» существует благодаря читателям', 'подпишитесь на канал Степь в
# Telegram'. Only the outlet asks to be kept alive by its readers; another outlet is cited, not supported.
APPEAL_NAME = r"[«\"“]?(?P<source>[\w./\-’'&]+(?: [\w./\-’'&]+){0,3}?)[»\"”]?"
READERS_WORDS_EN = r"(?:readers|supporters|donors|members|subscribers|audience)"
READERS_WORDS_RU = r"(?:читател|подписчик|донат|пожертвовани|зрител|слушател)\w*"
MESSENGERS_RU = r"(?:Telegram|Телеграм\w*|MAX|Дзен\w*|Dzen|VK|ВКонтакте|YouTube|WhatsApp|Viber)"
SUPPORT_APPEALS = (
    re.compile(r"(?:^[^\w«\"“]{0,4}|[.!?]\s+)(?:Please,?\s+)?(?:[Ss]upport|[Hh]elp) (?:the )?" + APPEAL_NAME
               + r" (?:by (?:signing|becoming|making|donating|subscribing|joining|giving|setting)\b"
               r"|with (?:a|an|your) (?:\w+ )?(?:donation|contribution|gift|subscription)\b"
               r"|(?:stay|remain|keep) (?:independent|free|online|going|afloat|alive)\b)"),
    re.compile(r"(?:^[^\w«\"“]{0,4}|[.!?]\s+)(?:The )?" + APPEAL_NAME
               + r" (?:survived|survives|exists|lives on|keeps going|keeps working|continues to work|is able to work)\b"
               r"[^.!?]{0,40}?\bthanks to (?:its |our |the )?(?:\w+ )?" + READERS_WORDS_EN + r"\b"),
    re.compile(r"(?:^[^\w«\"“]{0,4}|[.!?]\s+)(?:Поддержите|Поддержи|Падтрымайце|Підтримайте)\s+" + APPEAL_NAME
               + r",?\s+(?:оформив|подписавшись|сделав|став|пожертвовав|отправив|перечислив|аформіўшы|зрабіўшы|оформивши|зробивши)\b"),
    re.compile(r"(?:^[^\w«\"“]{0,4}|[.!?]\s+)" + APPEAL_NAME
               + r" (?:существует|выжил[аои]?|выживает|работает|живёт|живет|продолжает работать|продолжает жить|існує|працює)"
               r"[^.!?]{0,40}?\b(?:только |лишь |исключительно )?(?:благодаря|дзякуючы|завдяки) (?:своим |нашим |вам,? )?" + READERS_WORDS_RU),
    # 'Your donation to Steppe Ledger powers the journalism …', 'Your support for the Steppe Wire keeps our
    # reporting free', 'Ваше пожертвование «Степи» помогает нашей редакции': the gift asked of the reader
    # goes to the outlet that asks; what it keeps going is journalism or news (a charity's appeal quoted
    # in a story keeps no newsroom)
    re.compile(r"\b(?i:your|every|each|any) (?:\w+ )?(?i:donation|gift|contribution|support|subscription|membership|pledge) "
               r"(?:to|for|of) (?:the )?" + APPEAL_NAME + r" (?:powers|funds|fuels|keeps|helps|supports|sustains|makes|enables|allows|ensures)\b"
               r"[^.!?]{0,100}?\b(?i:journalism|reporting|news|newsroom|reporters|journalists)\b"),
    re.compile(r"(?i:\bваш[аеи]?|\bкаждое|\bкаждая|\bкаждый|\bлюбое|\bлюбая) (?:\w+ )?(?i:пожертвование|поддержка|донат|взнос|подписка|помощь) "
               r"(?:для |редакции |изданию |сайту |порталу )?" + APPEAL_NAME
               + r" (?:помогает|поддерживает|позволяет|даёт|дает|обеспечивает|сохраняет|финансирует)\b[^.!?]{0,100}?(?i:журналист|новост|редакци|репортаж)"),
    # 'Чтобы следить за новостями, подпишитесь на канал Степь в Telegram': the name unquoted (its quoted
    # form, 'канал «Степи»', is among SELF_REFERENCES)
    re.compile(r"\b(?:подписывайтесь|подпишитесь|подпишись|падпісвайцеся|підписуйтесь) на (?:канал|страниц[уы]|аккаунт|сообщество) "
               r"(?P<source>[^\s«»\"“”.,!?]+(?: [^\s«»\"“”.,!?]+){0,2}?) (?:в|во|у) " + MESSENGERS_RU + r"\b", re.I),
    # '成为《某某》網站的榮譽會員', 'Become a member of Steppe Times', 'Станьте подписчиком «Степного вестника»': an
    # appeal for members, subscribers or patrons names the site that asks
    re.compile(r"(?:成为|成為|加入|订阅|訂閱)\s*《(?P<source>[^《》\s]{2,12})》\s*(?:网站|網站|平台|杂志|雜誌|报|報)?\s*的?\s*"
               r"(?:荣誉|榮譽|付费|付費|订阅|訂閱|年费|年費|VIP\s*)?(?:会员|會員|订户|訂戶|读者|讀者)"),
    re.compile(r"\b(?i:become|join)\s+(?:as\s+)?(?:an?\s+)?(?:[\w\-]+\s+)?(?i:member|subscriber|supporter|patron)\s+of\s+(?:the\s+)?"
               r"(?P<source>[A-Z][\w.’'&\-]*(?: [A-Z][\w.’'&\-]*){0,3})"),
    re.compile(r"(?:[Сс]таньте|[Сс]тать|[Сс]тань)\s+(?:\w+\s+)?(?:членом|подписчиком|подписчицей|патроном|участником)\s+(?:клуба\s+)?"
               r"(?:[«\"“](?P<source>[^«»\"“”]{2,40})[»\"”])"),
    re.compile(r"(?:[Сс]таньте|[Сс]тать|[Сс]тань)\s+(?:\w+\s+)?(?:членом|подписчиком|подписчицей|патроном|участником)\s+(?:клуба\s+)?"
               r"(?P<source>[A-ZА-ЯЁ][\w.\-]*)"),
)


def support_appeal_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet or agency asking its own readers to support or follow it (see SUPPORT_APPEALS)."""
    for line in lines:
        for pattern in SUPPORT_APPEALS:
            for match in pattern.finditer(line.text[: MAX_SCAN_LINE * 2]):
                name = match.group("source").strip(" .,")
                source = source_named_inflected(registry, name) or _source_by_domain(registry, name)
                if source and source.kind in ("outlet", "agency"):
                    return source.name
    return None


# The outlet's correspondent as the subject of its own reporting: 'корреспондент «Степи» поговорил со
# специалистом', 'Об этом корр. Степи стало известно в компании', 'A Steppe Ledger correspondent visited
# the plant'. Not 'рассказал корреспонденту X' nor 'told a Steppe Ledger reporter' (an interview given to
# X, retold by another), which name X after the person who speaks.
CORRESPONDENT_AT_WORK = (
    re.compile(r"(?:^|[.!?,;:—–]\s*|\b(?:Об этом|Как|Также|Недавно)\s+)(?:[Нн]аш |[Нн]аша )?(?i:корреспондент(?:ка)?|корр\.|собкор\.?|спецкор\.?|журналист(?:ка)?)"
               r"\s+(?:агентства |портала |газеты |сайта |издания |телеканала |радио )?[«\"“]?(?P<source>[^\s«»\"“”,!?]+(?: [^\s«»\"“”,!?]+){0,2}?)[»\"”]?"
               r"\s+(?:поговорил[аи]?|побеседовал[аи]?|побывал[аи]?|посетил[аи]?|узнал[аи]?|выяснил[аи]?|расспросил[аи]?|стало известно)\b"),
    re.compile(r"(?:^|[.!?;:—–]\s*|\b(?:Об этом|Как)\s+)(?i:корреспонденту|корр\.)\s+(?:агентства |портала |газеты |сайта |издания )?[«\"“]?"
               r"(?P<source>[^\s«»\"“”,!?]+(?: [^\s«»\"“”,!?]+){0,2}?)[»\"”]?\s+стало известно\b"),
    re.compile(r"(?:^|[.!?;]\s+|,\s+)(?:[Aa]n? |[Tt]he |[Oo]ur )?(?P<source>[A-Z][\w.\-’'&]*(?: [A-Z][\w.\-’'&]*){0,3}?)"
               r" (?:correspondent|reporter)s? (?:spoke (?:with|to)|talked (?:with|to)|visited|learned|learnt|toured)\b"),
)


def correspondent_at_work_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet or agency whose correspondent the lead shows at work (see CORRESPONDENT_AT_WORK)."""
    for line in lines:
        for pattern in CORRESPONDENT_AT_WORK:
            for match in pattern.finditer(line.text[: MAX_SCAN_LINE * 2]):
                source = source_named_inflected(registry, match.group("source").strip(" .,"))
                if source and source.kind in ("outlet", "agency"):
                    return source.name
    return None


def issue_self_reference_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered paper speaking of its coming issue or to its own readers (see ISSUE_SELF_REFERENCE)."""
    for line in lines:
        for match in READERS_SELF_REFERENCE.finditer(line.text[: MAX_SCAN_LINE * 2]):
            source = source_named_inflected(registry, (match.group("source") or match.group("english")).strip())
            if source:
                return source.name
        for match in ISSUE_SELF_REFERENCE.finditer(line.text[: MAX_SCAN_LINE * 2]):
            source = source_named_inflected(registry, match.group("source"))
            if source:
                return source.name
    return None


# 'Steppe FM online' over 'Current track': a radio station's live player in its site's chrome
LIVE_PLAYER_NAME = re.compile(r"^\s*(?P<source>\S.{1,40}?)\s+(?:online|онлайн|live)\s*$", re.I)
LIVE_PLAYER_LABEL = re.compile(r"^\s*(?:current track|now playing|on air|сейчас (?:в эфире|играет)|в эфире|сейчас звучит)\s*:?\s*$", re.I)
LIVE_PLAYER_LINES = 3


def live_player_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered station whose live player ('X online', then 'Current track') the page carries."""
    for at, line in enumerate(lines):
        match = LIVE_PLAYER_NAME.match(line.text)
        playing = match and any(LIVE_PLAYER_LABEL.match(after.text) for after in lines[at + 1 : at + 1 + LIVE_PLAYER_LINES])
        source = playing and source_named(registry, match.group("source"))
        if source:
            return source.name
    return None


# '作者观点不代表某某网立场', '未经某某网站同意,请勿转载': a Chinese site's notice that its authors' views
# are not its own, or that its pages may not be reposted without its consent, names the site itself
OWN_STANCE_NOTICE = re.compile(
    r"不代表(?P<stance>[\u3400-\u9fff]{2,12}?)(?:的)?(?:立场|立場|观点|觀點)"
    r"|未经(?P<consent>[\u3400-\u9fff]{2,12}?)(?:网站|網站)?(?:书面)?(?:同意|授权|授權|许可|許可)\s*[,，、]?\s*(?:请勿|請勿|不得|禁止|严禁|嚴禁)(?:转载|轉載)")


def own_stance_notice_source(lines: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The site a stance or reposting notice names (see OWN_STANCE_NOTICE): a registered outlet, or
    an unregistered name shaped as a site's ('…网'); not '本网', the site's word for itself."""
    for line in lines:
        for match in OWN_STANCE_NOTICE.finditer(line.text[: MAX_SCAN_LINE * 2]):
            name = match.group("stance") or match.group("consent")
            if _self_word(name, patterns):
                continue
            known = canonical_source(name, registry, known_only=True)
            if known or CJK_SITE_NAME.match(name):
                return known or name
    return None


def closing_special_report_source(lines: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """'《某某通訊社17日專訊》' on a line of its own under the story: a Hong Kong outlet's
    special-report credit closing it, as it may open it (see CJK_SPECIAL_REPORT)."""
    for line in lines:
        match = CJK_SPECIAL_REPORT.match(line.text)
        if match and not line.text[match.end():].strip() and not _self_word(match.group("source"), patterns):
            return (canonical_source(match.group("source"), registry, known_only=True)
                    or canonical_source(_outlet_shaped(match.group("source")), registry, known_only=False))
    return None


# 'Степная звезда. Общественно-политическая газета, город Энск.': a masthead naming the outlet, then
# the kind of outlet it is ('газета', 'журнал', 'информационное агентство') in a sentence of its own
DESCRIBED_MASTHEAD = re.compile(
    r"^\s*[«\"]?(?P<source>[^.«»\"]{2,40}?)[»\"]?\.\s+(?:[А-ЯЁа-яё\-]+\s+){0,3}"
    r"(?:газета|журнал|еженедельник|издание|интернет-издание|информационное агентство|телеканал|радиостанция)\b", re.I)


# 'The Official Website of the People's Government of Steppe Province  Mobile 中文 Français',
# 'Официальный сайт Министерства …', 'Steppe省人民政府门户网站': a body's site naming itself in its
# masthead; the site's language switcher and its mobile link may follow on the same line
MASTHEAD_SWITCHER_WORD = re.compile(
    r"^(?:mobile|menu|search|home|english|français|francais|русский|español|deutsch|中文|简体|繁體|繁体|한국어|日本語|العربية|english version|wap)$", re.I)
MASTHEAD_LINES = 3


def official_site_masthead_source(head: list[Line], registry: Registry) -> str | None:
    """The body whose official site a masthead line over the story says the page is (see
    OFFICIAL_SITE_OF): its registered name, or an English body's name as printed."""
    for line in head[:MASTHEAD_LINES]:
        text = line.text.strip()[:MAX_SCAN_LINE]
        words = text.split()
        while words and (MASTHEAD_SWITCHER_WORD.match(words[-1]) or words[-1].casefold() in LANGUAGE_CODES):
            words.pop()  # the switcher's languages and the mobile link after the name
        match = OFFICIAL_SITE_OF.match(" ".join(words))
        if not match:
            continue
        body = _issuing_body(_matched_name(match), registry, english=bool(match.group("name")))
        if body:
            return body
    return None


def described_masthead_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet a masthead line names before saying what kind of outlet it is."""
    return _outlet_in_lines(head, DESCRIBED_MASTHEAD, registry)


# 'Анна Новак, © Steppe-Asia': a writer's name and the outlet's copyright on a line of their own
# over the story (a picture's credit carries its label, 'Фото: …')
COPYRIGHT_BYLINE = re.compile(r"^\s*[A-ZА-ЯЁ][a-zа-яё\-]+(?: [A-ZА-ЯЁ][a-zа-яё\-]+){1,2}\s*,\s*©\s*(?P<source>[^,©]{2,40}?)\s*$")


def copyright_byline_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a writer's byline claims with its copyright sign."""
    return _outlet_in_lines(lines, COPYRIGHT_BYLINE, registry)


def self_reference_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet that the text speaks of as itself (see SELF_REFERENCES)."""
    for line in lines:
        for pattern in SELF_REFERENCES:
            for match in pattern.finditer(line.text[: MAX_SCAN_LINE * 2]):
                name = match.group("source").strip(" .,")
                # ('сообщает корреспондент «Степной губернии»': a Russian name declined as the sentence needs)
                source = source_named_inflected(registry, name) or _source_by_domain(registry, name)  # 'Charter97.org'
                if source:
                    return source.name
    return None


# A social network a site links to from its chrome: 'Свободная Пресса в Телеграм', 'Steppe Ledger on Facebook'
SOCIAL_NETWORK = (
    r"(?i:(?:в|во|на|on|in|at)\s+)?(?i:Telegram|Телеграм+\w*|VK|VKontakte|ВКонтакте|Вконтакте|Facebook|Фейсбук\w*|Одноклассник\w*|"
    r"Odnoklassniki|YouTube|Ютуб\w*|Twitter|Твиттер\w*|Instagram|Инстаграм\w*|Дзен\w*|Dzen|TikTok|WhatsApp|Viber|Rutube|"
    r"LinkedIn|Threads|Weibo|WeChat|MAX)(?![\w-])"
)
SOCIAL_LINK = re.compile(r"(?P<name>[^\s|·•,]+(?: [^\s|·•,]+){0,3}?)\s+" + SOCIAL_NETWORK + r"[\s|·•,]*")
SOCIAL_LINK_LINE_CHARS = 300
SOCIAL_LINK_REPEATS = 2
NOT_OWN_NAME = re.compile(r"(?i)\b(?:we|us|our|мы|нас|наш\w*|follow|join|subscribe|подпис\w+|читайте|смотрите|следите|share|поделиться)\b")


def social_links_source(lines: list[Line], registry: Registry) -> str | None:
    """An outlet naming itself in its own social-media links, one name before two networks or
    more ('Свободная Пресса в Телеграм Свободная Пресса Вконтакте', or such lines one under
    another): a line wholly of such links; not 'Мы в Telegram', which names no one."""
    counts: dict[str, set[str]] = {}
    printed: dict[str, str] = {}
    for line in lines:
        text = line.text.strip()
        if len(text) > SOCIAL_LINK_LINE_CHARS:
            continue
        matches = list(SOCIAL_LINK.finditer(text))
        if not matches or "".join(m.group(0) for m in matches) != text[matches[0].start():] or matches[0].start():
            continue  # the whole line must be links
        for match in matches:
            name = match.group("name").strip(" :–—-")
            if not re.match(r"^[A-ZА-ЯЁ0-9\u3400-\u9fff]", name) or NOT_OWN_NAME.search(name):
                continue
            counts.setdefault(fold(name), set()).add(fold(match.group(0)[len(match.group("name")):].strip(" |·•,")))
            printed.setdefault(fold(name), name)
    for key, networks in counts.items():
        if len(networks) >= SOCIAL_LINK_REPEATS:
            return canonical_source(printed[key], registry, known_only=False)
    return None


# A site's heading over its own accounts' links: 'Официальные страницы Министерства … в социальных сетях:',
# 'Official social media accounts of the Embassy of …:', 'Офіційні сторінки … у соцмережах'
OWN_ACCOUNTS_HEADING = re.compile(
    r"^(?:официальн\w+|офіційн\w+|афіцыйн\w+)\s+(?:страниц\w+|аккаунт\w*|сторінк\w+|акаунт\w*|старонк\w+|канал\w*)\s+"
    r"(?P<slavic>[А-ЯЁІЇЄЎ][^:.!?«»\"]{3,120}?)\s+(?:в|во|у|на)\s+(?:социальных сетях|соцсетях|соціальних мережах|соцмережах|сацыяльных сетках|сацсетках)\s*:?\s*$"
    r"|^(?:the\s+)?official\s+(?:social\s+(?:media|network)\s+)?(?:pages|accounts|channels|profiles)\s+of\s+(?:the\s+)?"
    r"(?P<english>[A-Z][^:.!?\"]{3,120}?)(?:\s+(?:on|in)\s+social\s+(?:media|networks))?\s*:?\s*$",
    re.I,
)


# A body's site greeting its visitors by its own name: 'Спасибо, что посетили официальную страницу
# Генерального консульства …', 'Welcome to the official website of the Embassy of …', '欢迎访问某某政府门户网站'
WELCOME_TO_OWN_SITE = re.compile(
    r"(?:спасибо,?\s+что\s+(?:посетили|зашли на)|добро пожаловать на|приветствуем вас на|вы находитесь на)\s+"
    r"(?:официальн\w+\s+)?(?:интернет-)?(?:сайт\w*|страниц\w+|портал\w*|веб-сайт\w*)\s+(?P<slavic>[А-ЯЁ][^!?«»\"]{3,120}?)\s*[.!]?$"
    r"|(?:thank you for visiting|welcome to)\s+the\s+official\s+(?:web\s*site|site|page|portal|home\s*page)\s+of\s+(?:the\s+)?"
    r"(?P<english>[A-Z][^.!?\"]{3,120}?)\s*[.!]?$"
    r"|(?:欢迎|歡迎)(?:访问|訪問|光临|光臨|来到|來到|浏览|瀏覽)\s*(?P<cjk>[\u3400-\u9fff]{2,40}?)(?:官方网站|官方網站|门户网站|門戶網站|网站|網站|官网|官網)"
    # '欢迎来到某某省人民政府外事办公室', '歡迎光臨某某大學(某某學院)!': the greeting alone on its line,
    # the site's word left out, the body's name (perhaps with its other name in brackets) closing it
    r"|^(?:欢迎|歡迎)(?:您)?(?:访问|訪問|光临|光臨|来到|來到|浏览|瀏覽)\s*(?P<cjk_body>[\u3400-\u9fff][\u3400-\u9fff()（）]{1,60}?)\s*[!！。]?$",
    re.I,
)


def welcome_to_own_site_source(lines: list[Line], registry: Registry) -> str | None:
    """The body a site's greeting to its visitors names as the site's owner (see WELCOME_TO_OWN_SITE)."""
    for line in lines:
        match = WELCOME_TO_OWN_SITE.search(line.text.strip()[:MAX_SCAN_LINE])
        if not match:
            continue
        if match.group("cjk_body"):
            owner = _bracketed_body(_matched_name(match), registry)
            if owner:
                return owner.name
            continue
        body = _issuing_body(_matched_name(match), registry, english=bool(match.group("english")))
        if body:
            return body
    return None


BODY_KINDS = ("government", "institution", "outlet")


def _bracketed_body(name: str, registry: Registry) -> Source | None:
    """The registered body a name stands for, whole or by a part in brackets ('中共某某省委外事工作委员会
    办公室(某某省人民政府外事办公室)': the one office under its two names)."""
    for part in (name, *re.split(r"[()（）]", name)):
        body = part.strip() and source_named(registry, part.strip())
        if body and body.kind in BODY_KINDS:
            return body
    return None


def own_accounts_source(lines: list[Line], registry: Registry) -> str | None:
    """The body a heading over the site's own social-media links names (see OWN_ACCOUNTS_HEADING)."""
    for line in lines:
        match = OWN_ACCOUNTS_HEADING.match(line.text.strip()[:MAX_SCAN_LINE])
        body = match and _issuing_body(_matched_name(match), registry, english=bool(match.group("english")))
        if body:
            return body
    return None


# Words of a site's legal or account chrome: a first line that has them is no masthead
# a page's controls, not its name: 'Privacy', 'Sign in', and a text-to-speech button ('聽新聞', 'Listen')
MASTHEAD_CHROME = re.compile(
    r"\b(?:privacy|cookies?|policy|terms|subscribe|sign in|log ?in|newsletter|accessibility|listen)\b"
    r"|^(?:聽|听|收聽|收听)(?:新聞|新闻|全文|本文)?$"
    # 'APP访问', '下载APP': the site's app-download prompt over the headline, no outlet's name
    r"|(?:下载|下載|打开|打開)\s*app|app\s*(?:访问|訪問|下载|下載|阅读|閱讀|打开|打開)",
    re.I,
)


CAMEL_HUMP = re.compile(r"[A-Z][a-z]+")
GLUED_MENU_HUMPS = 3  # two glued words may be a name ('BusinessWorld'); three with two menu words are menus


def _glued_menu_entries(name: str, patterns: Patterns) -> bool:
    """A name of capitalised words with no space between them, two or more of them a menu's or a
    section's words ('Trending', 'Videos'): a flattened menu, not an outlet's masthead."""
    if " " in name.strip() or CAMEL_HUMP.sub("", name):
        return False
    humps = [h.casefold() for h in CAMEL_HUMP.findall(name)]
    menu = [h for h in humps if {h, h.removesuffix("s")} & patterns.not_name_words and h not in MASTHEAD_SMALL_WORDS]
    return len(humps) >= GLUED_MENU_HUMPS and len(menu) >= 2


def _in_section_menu(head: list[Line], i: int) -> bool:
    """A one- or two-word name under two menu items, one of them a section ('World', then
    'China News'): a menu entry, not the site's masthead."""
    above = head[max(0, i - 2) : i]
    if len(head[i].text.split()) > 2 or len(head[i].text) > MENU_ENTRY_CHARS or len(above) < 2:
        return False
    return all(is_menu_item(l) for l in above) and any(l.kind == "short" for l in above)


# 'Steppe Ledgersearch', 'СтепьМеню', '某某网搜索': the site's name over the page with the label of the
# button beside it run on by the copy (a search, menu or login button)
GLUED_BUTTON = re.compile(r"^\s*(?P<source>\S.{1,40}?)\s*(?:search|menu|log\s?in|sign\s?in|поиск|меню|войти|搜索|搜尋|菜单|菜單|登录|登錄)\s*$", re.I)
GLUED_BUTTON_LINES = 3


def glued_button_masthead_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose name opens the page glued to a button's label (see GLUED_BUTTON)."""
    return _registered_in_lines(head[:GLUED_BUTTON_LINES], (GLUED_BUTTON,), registry)


def sectioned_masthead_source(head: list[Line], title: Line | None, patterns: Patterns, registry: Registry) -> str | None:
    """'Steppe Ledger Top Stories', 'Steppeglobal Latest News' on the page's first line, over the
    headline: a registered outlet's name (or its domain's name) heading its own section, every word
    after the name a section's word ('news', 'top', 'stories': see not_name_words)."""
    if title is None or not head or head[0] is title or head[0].kind == "prose":
        return None
    words = head[0].text.strip().split()
    if not 2 <= len(words) <= MASTHEAD_WORDS or not all(re.search(r"\w", word) for word in words):
        return None  # ('China / Politics': a section's path, its separators no words)
    for cut in range(len(words) - 1, 0, -1):
        if not {fold(word) for word in words[cut:]} <= patterns.not_name_words:
            break
        name = " ".join(words[:cut])
        if set(fold(name).split()) <= patterns.not_name_words or _country_name(name, registry, patterns) or fold(name) in patterns.cities:
            continue  # 'China Top News', 'Minsk Latest News': a place's section ('China' is also a site's domain name)
        source = source_named(registry, name) or _source_by_domain_stem(registry, name)
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


def masthead_source(head: list[Line], title: Line | None, patterns: Patterns, registry: Registry) -> str | None:
    """An unregistered outlet's name on the page's first line, with menus or chrome between it
    and the headline ('Steppe Ledger', 'Ordos.info', '草原新闻网'), when nothing else names the
    source; not a section's name ('Politics', 'Central Asia')."""
    if title is None or len(head) < 2 or head[0] is title:
        return None
    split = _split_masthead(head, title, registry)
    if split:
        return split
    name = head[0].text.strip()
    if head[0].kind == "prose" or word_count(name) > MASTHEAD_WORDS or MASTHEAD_CHROME.search(name):
        return None
    if COPYRIGHT_OPENING.match(head[1].text):
        return None  # 'Иван Петров' over '© site.ru': whose the picture or the words are, not the site's name
    name = MASTHEAD_SLOGAN.sub(r"\1", name)  # 'SemiramisTour, Incoming Tour Operation': the name, then what the site does
    if _doubled(name):
        return None  # 'ГОСОРГАНЫГОСОРГАНЫ': a menu item printed with its hover copy
    if _glued_menu_entries(name, patterns):
        return None  # 'TrendingVideosWorld': a widget's menu entries run together, no outlet's name
    if fold(name) in BARE_INSTITUTION_WORDS or _self_word(name, patterns):
        return None  # 'Посольство', '本站' over the headline: a menu's word, no body's name
    if _page_title_again(head, title):
        return None  # the page's title printed again as the headline or deck, not the site's name
    if set(fold(name).split()) - MASTHEAD_SMALL_WORDS <= patterns.not_name_words or fold(name) in patterns.cities:
        return None  # 'World News', 'Politics', 'Beijing': a section or a place
    if _country_name(name, registry, patterns):
        return None  # 'TÜRKİYE' beside the page's date: the story's country label
    if _section_kicker(name, head, title, patterns):
        return None  # 'International Agriculture News' over the headline: a section, one topic word added
    if _breadcrumb_step(name, head):
        return None  # '学校新闻' over '当前位置: 首页 >> 新闻速递 >> 学校新闻': the section the trail leads to
    if is_site_name(name, patterns):
        return name  # site chrome by its shape, an outlet's name all the same
    if len(head) < 3 or not _chrome_between(head, title):
        return None
    return name if head[0].kind == "short" and MASTHEAD_NAME.match(name) else None


def _split_masthead(head: list[Line], title: Line, registry: Registry) -> str | None:
    """A registered name printed as a masthead over two short lines ('Steppe Embassy' / 'Mongolia'):
    the lines joined name the outlet (the first line alone would name a bare kind of body). A body
    and the state it serves ('Ministry of Foreign Affairs' / 'The People's Republic of China') join
    with 'of'."""
    if head[1] is title or any(line.kind == "prose" for line in head[:2]):
        return None
    first, second = head[0].text.strip(), head[1].text.strip()
    joined = f"{first} {second}"
    source = word_count(joined) <= MASTHEAD_WORDS and source_named(registry, joined)
    if not source and word_count(joined) <= 2 * MASTHEAD_WORDS:
        source = source_named(registry, f"{first} of {second}")
    return source.name if source else None


CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|>|»|›)\s*")


def _breadcrumb_step(name: str, head: list[Line]) -> bool:
    """The name is a step past the root of a breadcrumb trail printed under it: a section."""
    for line in head[1:BREADCRUMB_LINES + 1]:
        steps = CRUMB_SEPARATOR.split(line.text[:MAX_SCAN_LINE].strip())
        if len(steps) > 2 and fold(name) in {fold(step) for step in steps[1:]}:
            return True
    return False


def _country_name(name: str, registry: Registry, patterns: Patterns) -> bool:
    """A country's name (one an outlet in the registry is from, or one listed in countries.yaml), accents aside."""
    countries = registry_names.per_registry(
        registry, "countries", lambda r: frozenset(_plain(source.country) for source in r.sources if source.country))
    return _plain(name) in countries or _plain(name) in _listed_countries(patterns)


@lru_cache(maxsize=4)
def _listed_countries(patterns: Patterns) -> frozenset[str]:
    return frozenset(_plain(name) for name in patterns.country_names)


def _plain(name: str) -> str:
    """Folded and without accents ('TÜRKİYE' -> 'turkiye')."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(name)) if not unicodedata.combining(c)).replace(" ", "")


# A Chinese site's name by its ending: '…信息平台', '…门户网站', '…网', '…客户端'
CJK_SITE_NAME = re.compile(r"^[\u3400-\u9fff]{2,20}(?:平台|门户网站|門戶網站|门户|門戶|网|網|在线|在線|客户端|客戶端)$")


def under_stamp_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """A Chinese site's name alone on the line right under the date line and right above the
    story ('2018-06-04 11:03' over '草原物流信息平台'): the page's masthead, when nothing else
    names the source (outlets the story quotes further on are not it)."""
    for line, under in zip(head, head[1:]):
        name = under.text.strip()
        if line.kind == "stamp" and under is head[-1] and (CJK_SITE_NAME.match(name) or is_site_name(name, patterns)):
            return canonical_source(name, registry, known_only=False)
    return None


# '草原论坛bbs.example.cn', '草原新闻网 www.example.com': a Chinese site's logo, its name and its
# address (then perhaps what the site is: '…海外中文门户网站'); the site is its domain without the
# host's prefix
MASTHEAD_DOMAIN = re.compile(
    r"^[\u3400-\u9fff]{2,20}\s*(?:(?:www|bbs|m|news|en|cn)\.)?(?P<domain>[a-z0-9][a-z0-9\-]*\.(?:com|net|org|cn|com\.cn|net\.cn|org\.cn|info|tv|hk|tw))"
    r"(?:\s*[\u3400-\u9fff]{0,12}(?:门户网站|門戶網站|网站|網站|论坛|論壇|社区|社區))?$",
    re.I)


def masthead_domain_source(head: list[Line], title: Line | None, registry: Registry) -> str | None:
    """The site whose name and domain make the page's first line above the headline (a forum's
    menus may come before its logo)."""
    above = [line for line in head if line is not title and (title is None or line.number < title.number)]
    first = next((i for i, line in enumerate(above) if not _chrome_like(line)), len(above) - 1)
    match = next((m for m in (MASTHEAD_DOMAIN.match(line.text.strip()) for line in above[: first + 1]) if m), None)
    if not match:
        return None
    domain = match.group("domain").lower()
    return getattr(source_for_host(registry, domain), "name", None) or domain


# 'Headline of the story. 21.by': the page's own title, the site's domain appended after a stop
TITLE_WITH_DOMAIN = re.compile(r"^(?P<title>.{8,300}?)[.!?»\"]?\s+(?P<domain>[A-Za-z0-9][\w\-]*\.[a-z]{2,6})$")


# 'Headline © photo-site.org': a picture's caption repeats the headline and credits the picture's
# owner after a copyright sign or a photo label; that domain is no site's title suffix
PICTURE_CREDIT_MARK = re.compile(r"(?:©|\(c\)|фото|photo)\s*:?\s*$", re.I)


def titled_domain_source(head: list[Line], title: Line | None, registry: Registry) -> str | None:
    """The registered site whose domain a line above the story appends to its headline."""
    for line in head if title else ():
        match = TITLE_WITH_DOMAIN.match(line.text.strip())
        if match and not PICTURE_CREDIT_MARK.search(match.group("title")) and fold(match.group("title")).rstrip(" .") == fold(title.text).rstrip(" ."):
            return getattr(_source_by_domain(registry, match.group("domain")), "name", None)
        # 'Headline | News.MN - <the site's slogan>': the page's title, the site's name after the bar
        match = TITLE_WITH_SITE.match(line.text.strip())
        printed = match and (match.group("title") or match.group("dashed_title"))
        if match and line is not title and fold(printed).rstrip(" .") == fold(title.text).rstrip(" ."):
            source = canonical_source(match.group("site") or match.group("dashed_site"), registry, known_only=True)
            if source and not _headline_speaker(match.group("dashed_site"), source, registry):
                return source
    return None


# 'Визит запланирован на апрель – МИД РФ', 'Talks to resume in May - MFA': a Russian-style headline
# closing with the government body it quotes, named by its abbreviation; a site's own page title
# names the site in full ('… — Ministry of Foreign Affairs of Belarus'), not by an abbreviation
HEADLINE_SPEAKER_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ]{2,6}\b")


def _headline_speaker(printed: str | None, source: str, registry: Registry) -> bool:
    entry = registry.source_named(source)
    return bool(printed and entry and entry.kind == "government" and HEADLINE_SPEAKER_ABBREVIATION.match(printed.strip()))


TITLE_WITH_SITE = re.compile(r"^(?P<title>.{8,300}?)\s+[|｜]\s+(?P<site>[^|｜]{2,40}?)(?:\s+[-–—|｜]\s+[^|｜]{1,60})?$"
                             # 'Headline - 某某社': the page's title, the outlet after a spaced dash
                             r"|^(?P<dashed_title>.{8,300}?)\s+[-–—]\s+(?P<dashed_site>[^-–—|｜]{2,40}?)$")


def _section_kicker(name: str, head: list[Line], title: Line, patterns: Patterns) -> bool:
    """A Latin-script label right above the headline made of section words but one
    ('International Agriculture News'): a section's kicker, not a paper's name."""
    words = set(fold(name).split()) - MASTHEAD_SMALL_WORDS
    directly_above = head[1] is title
    return directly_above and not CJK_CHAR.search(name) and len(words) >= 3 and len(words - patterns.not_name_words) <= 1


MASTHEAD_SLOGAN = re.compile(r"^(?=[A-ZА-ЯЁ]\S{2,30},)(\S+),\s+[A-Za-zА-Яа-яЁё][^,]{2,40}$")


def _doubled(name: str) -> bool:
    half = len(name) // 2
    return len(name) % 2 == 0 and half >= 2 and name[:half].strip() == name[half:].strip()


def _page_title_again(head: list[Line], title: Line) -> bool:
    """The first line printed again at or under the headline, or right under itself: the page's
    title, not a site's name that the template's header and banner repeat among menus above
    the headline ('Steppe Ledger', menu, 'Steppe Ledger', 'Header Banner', 'Steppe Ledger')."""
    for i, line in enumerate(head[1:], 1):
        if fold(line.text) != fold(head[0].text):
            continue
        if line.number >= title.number or not any(map(_chrome_like, head[1:i])):
            return True
    return False


def _chrome_between(head: list[Line], title: Line) -> bool:
    """Whether a menu item or chrome stands between the first line and the headline."""
    return any(_chrome_like(line) for line in head[1:] if line.number < title.number)


def _chrome_like(line: Line) -> bool:
    """A menu item or a line of the site's chrome."""
    return is_menu_item(line) or line.kind == "chrome"


def brand_line_source(head: list[Line], registry: Registry, title: Line | None) -> str | None:
    """The site whose brand stands above the headline (the publisher of a republished story)."""
    for line in head:
        if (line.kind == "source" and (title is None or line.number < title.number) and not QUOTE_SPEAKER_TAIL.search(line.text)
                and not APP_PROMOTION.match(line.text.strip())):
            brand = brand_of(registry, line.text)
            return None if brand is None or _section_path(line.text, brand) else brand.name
    return None


# A link appended to a sentence of the story ('…, respectively. http://…'): a cited page,
# not the address of the page itself
SENTENCE_END = ".!?。！？»”\""
CITING_SENTENCE_WORDS = 5


def _cited_link(text: str, start: int) -> bool:
    before = text[text.rfind("\n", 0, start) + 1:start].rstrip()
    return before.endswith(tuple(SENTENCE_END)) and len(before.split()) >= CITING_SENTENCE_WORDS


# 'Фото: http://china.mfa.gov.by': a URL after a photo's label credits the picture, not the story
PHOTO_URL_LABEL = re.compile(r"(?:фото|photos?|image|picture|图片|圖片|图|圖|摄影|攝影)\s*[:：]\s*$", re.I)


def url_source(text: str, registry: Registry) -> Source | None:
    """The registry source whose domain hosts a URL printed in the text (first 4 KB), other
    than a link cited after a sentence of the story or a photo's credit."""
    for match in URL.finditer(text[:4000]):
        before = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if _cited_link(text, match.start()) or PHOTO_URL_LABEL.search(before):
            continue
        source = source_for_host(registry, urlsplit(match.group(0)).hostname)
        if source:
            return source
    return None


# 'Постоянный адрес новости: steppe.ru/news/…', 'Permalink: https://…', '本文链接:…': the page's own
# permanent address, so its host is the outlet's ('原文链接', the original's link, is another's)
PERMALINK_LINE = re.compile(
    r"^\s*(?:Постоянный адрес(?: новости| статьи| материала| страницы)?|Постоянная ссылка(?: на (?:новость|статью|материал))?"
    r"|Permanent (?:link|address|URL)|Permalink|Short (?:link|URL)|Короткая ссылка|本文链接|本文鏈接|本文网址|本文網址|本文地址)"
    r"\s*[:：]\s*(?:https?://)?(?P<host>[\w\-]+(?:\.[\w\-]+)+)", re.I)


def permalink_source(text: str, registry: Registry) -> str | None:
    """The registered outlet whose domain hosts the page's labelled permanent address (see PERMALINK_LINE);
    the whole text is read, as the layout counts such a line with the page's chrome."""
    for line in text.splitlines():
        match = PERMALINK_LINE.match(line[:MAX_SCAN_LINE])
        source = match and source_for_host(registry, match.group("host"))
        if source:
            return source.name
    return None


def site_signature(lines: list[Line], patterns: Patterns) -> tuple[str | None, str | None]:
    """(source, publisher) of a site whose template chrome the text carries."""
    folded = {fold(line.text[:MAX_SCAN_LINE]) for line in lines}
    for site in patterns.sites:
        hits = len(site.lines & folded)
        hits += sum(1 for line in lines if any(p.search(line.text[:MAX_SCAN_LINE]) for p in site.patterns))
        if hits >= site.min_lines:
            return site.source, site.publisher
    return None, None


# A breadcrumb's root, numbered or not: '1. 无忧资讯 /', 'Home > World'
BREADCRUMB_LINES = 6
BREADCRUMB_ROOT = re.compile(r"^\s*(?:1\.\s*)?(?P<source>[^/>»|]{2,30}?)\s*(?:/|>|»)\s*$")


# A breadcrumb on one line after a 'you are here' label: '您的位置: 中国投资 > 封面故事 > …'
LABELLED_BREADCRUMB = re.compile(
    r"^\s*(?:您\S{0,3}的位置|当前位置|當前位置|所在位置|现在位置|位置|you are here|Вы здесь|Вы находитесь)\s*[:：]\s*"
    r"(?P<source>[^>»/|:：]{2,30}?)\s*[>»/]", re.I)


# '/ / Новости PRAVO.BY': a breadcrumb whose last step is the site's own news section
NEWS_SECTION_CRUMB = re.compile(r"^\s*(?:[/>»|]\s*)+(?:Новости|Новини|Навіны|News)\s+(?P<source>[^/>»|]{2,30}?)\s*$", re.I)
# 'главная страница > Новости Посольства КНР в РФ', 'Home > News of the Embassy': the home page, then the
# news section named after the body that runs the site (its name perhaps in the genitive)
HOME_THEN_OWN_NEWS = re.compile(r"^\s*(?:главная(?:\s+страница)?|на главную|головна(?:\s+сторінка)?|галоўная|home(?:\s*page)?|首页|首頁)\s*[>»/|]\s*"
                                r"(?:Новости|Новини|Навіны|News\s+(?:of|from)(?:\s+the)?)\s+(?P<source>[^/>»|]{2,60}?)\s*$", re.I)


# 'ОКО ПЛАНЕТЫ > Новости политики > …': a whole breadcrumb trail on one line, the site at its root
# ('logo 首頁 > 文匯報 > 內地 > 正文': the logo's alt text and the home page's step stand before the site)
ONE_LINE_BREADCRUMB = re.compile(r"^\s*(?:logo\s+)?(?:(?:首頁|首页|主页|主頁|Home|Главная)\s*[>»]\s*)?"
                                 r"(?P<source>[^/>»|]{2,30}?)\s*[>»]\s*[^>»]{2,60}?\s*[>»]", re.I)


# '主页 白罗斯共和国驻华大使馆 事件', 'Home Some Embassy News': a breadcrumb whose arrows the copy lost,
# the home page's word, then the site's name, then its section, set apart by spaces only
SPACED_CRUMB = re.compile(r"^\s*(?:首頁|首页|主页|主頁|Home|Главная)\s+(?P<trail>[^>»/|:：]{2,80}?)\s*$", re.I)
SPACED_CRUMB_WORDS = 8  # the words a site's name may take in the trail


def _spaced_crumb_source(text: str, registry: Registry) -> Source | None:
    """The registered site whose name the trail after a spaced breadcrumb's home word opens with."""
    match = SPACED_CRUMB.match(text)
    words = match.group("trail").split() if match else []
    for count in range(min(len(words) - 1, SPACED_CRUMB_WORDS), 0, -1):
        source = source_named(registry, " ".join(words[:count]))
        if source:
            return source
    return None


def breadcrumb_source(head: list[Line], registry: Registry) -> str | None:
    """A registered outlet named at the root of the breadcrumb that opens the page ('1. 无忧资讯 /',
    '您的位置: 中国投资 > 封面故事 > …')."""
    for line in head[:BREADCRUMB_LINES]:
        section = NEWS_SECTION_CRUMB.match(line.text[:MAX_SCAN_LINE])
        source = section and source_named(registry, section.group("source"))
        if source:
            return source.name
        own_news = HOME_THEN_OWN_NEWS.match(line.text[:MAX_SCAN_LINE])
        source = own_news and source_named_inflected(registry, own_news.group("source"))
        if source:
            return source.name
        labelled = LABELLED_BREADCRUMB.match(line.text[:MAX_SCAN_LINE])
        # '万语首页 > 新闻资讯 > …': the root is the site's home page, named after the site
        source = labelled and source_named(registry, re.sub(r"(?:首页|首頁)$", "", labelled.group("source").strip()))
        if source:
            return source.name
        trail = ONE_LINE_BREADCRUMB.match(line.text[:MAX_SCAN_LINE])
        source = trail and source_named(registry, trail.group("source"))
        if source:
            return source.name
        source = _spaced_crumb_source(line.text[:MAX_SCAN_LINE], registry)
        if source:
            return source.name
    if len(head) < 2:
        return None
    first = BREADCRUMB_ROOT.match(head[0].text[:MAX_SCAN_LINE])
    if not first or not re.match(r"^\s*(?:2\.\s*)?[^/>»|]{2,40}?\s*(?:/|>|»)", head[1].text[:MAX_SCAN_LINE]):
        return None
    source = source_named(registry, first.group("source").strip())
    return source.name if source else None


# '新華網韓國語 >>기사 본문', '人民网俄文版 > 新闻': a registered outlet's language edition naming
# itself at the head of the page (the edition runs the outlet's own stories)
CJK_LANGUAGE = r"(?:英|俄|韩国|韓國|韩|韓|朝鲜|朝鮮|日|法|德|西班牙|葡萄牙|阿拉伯|意大利|土耳其|越南|泰|蒙古|中)(?:文|语|語)"
EDITION_MASTHEAD = re.compile(
    r"^\s*(?P<source>[\u3400-\u9fff]{2,12}?)\s*" + CJK_LANGUAGE + r"(?:版|频道|頻道|网|網)?\s*(?:>>|>|»|/|\||$)")


def edition_masthead_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose language edition the page's first line names."""
    match = head and EDITION_MASTHEAD.match(head[0].text[:MAX_SCAN_LINE])
    source = match and source_named(registry, match.group("source"))
    return source.name if source and source.kind in ("outlet", "agency") else None


# 'Интерфакс 30.09.23 Слов: 200': a press-digest item's header, the agency, the day and the
# item's word count (what media-monitoring services print over each reprinted item)
DIGEST_ITEM_HEADER = re.compile(
    r"^\s*(?P<source>[^\d\s][^\d]{1,40}?)\s*[,|]?\s*\d{1,2}\.\d{1,2}\.(?:\d\d){1,2}\s*[,|]?\s*(?:Слов|Words|字数|字數)\s*[:：]\s*\d+\s*$", re.I)


def digest_item_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a press-digest item header names (see DIGEST_ITEM_HEADER)."""
    return _named_in_lines(lines, DIGEST_ITEM_HEADER, registry)


# '白俄罗斯通讯社报道', '（据新华社报道）': the agency's name with 'reports' closing a Chinese story
CJK_REPORTED = re.compile(r"^[(（]?(?:据|據)?(?P<source>[\u3400-\u9fff]{2,12}?)(?:报道|報道|報導|消息|供稿)[)）。]?$")


# '… the statement added. — Bernama': a wire's name after a dash closing the last paragraph
# (or a site's address, in lower case too: '… — sanews.gov.za')
PARAGRAPH_AGENCY_SIGN_OFF = re.compile(r"[.!?”\"’)]\s+(?:[-–—]{1,2})\s*(?P<source>[A-Z][\w.&' ]{1,30}?|[a-z0-9][\w\-]*(?:\.[\w\-]+)+)\s*\.?\s*$")
# '… he added. AKI Press': a wire's name, no dash, after the last sentence of the page's last
# paragraph (only a registered agency's whole name counts: another word there opens a sentence)
# ('… next year. /EFE/': or between slashes)
# ('… the meeting.  �UNB', '… the meeting.•BSS': or after a mark the copy lost its dash or bullet to; '… the
# meeting.UNB': or an acronym glued to the stop, the break before it lost)
PARAGRAPH_AGENCY_NAME_END = re.compile(r"[.!?”\"’)](?:\s*[\ufffd•·■◆▪●▶►]\s*|\s+|(?=[A-Z]{2,8}\s*$))"
                                       r"(?P<slash>/?)(?P<source>[A-Z][\w.&' ]{1,30}?)(?P=slash)\s*$")


def _prose_length(line: Line) -> bool:
    return line.kind != "caption" and len(line.text.strip()) >= STANDFIRST_CHARS


# 'Reference(s):', 'Sources:' over the last lines: what follows lists the pages the story cites
# ('Live: … / cgtn.com'), not the wire it is from
REFERENCE_LABEL = re.compile(r"^\s*(?:references?(?:\(s\))?|sources?|источники?|参考(?:资料|資料|来源|來源)?)\s*[:：]\s*$", re.I)
REFERENCE_REACH = 3


def _under_reference_label(lines: list[Line], last: Line) -> bool:
    above = [line for line in lines if line.number < last.number and line.text.strip()][-REFERENCE_REACH:]
    return any(REFERENCE_LABEL.match(line.text) for line in above)


# 'Interfax-AVN, September 16, 2003': a wire's name, a comma and the full date, alone on a line
# closing the story: the wire signing its dispatch
DATED_SIGN_OFF = re.compile(r"^(?P<source>[^\W\d][^,]{1,30}?),\s*(?P<date>.{6,30}?)\s*\.?$")


def _dated_sign_off(text: str) -> str | None:
    """The name signing a line that is only a name, a comma and a full date (see DATED_SIGN_OFF)."""
    match = DATED_SIGN_OFF.match(text.strip())
    dates = match and find_dates(match.group("date"))
    whole = dates and len(dates) == 1 and dates[0].has_year and dates[0].value and dates[0].start == 0
    leftover = whole and match.group("date")[len(dates[0].printed):].strip(" .г")
    return match.group("source") if whole and not leftover else None


def dated_agency_sign_off_source(lines: list[Line], registry: Registry) -> str | None:
    """'Интерфакс-Запад, 28 июля 2017' under the story: a registered agency signing with its day
    the wire story a site reposts (see dated_sign_off_source); it outranks the site's own banner
    over the page, which names only the host."""
    source = dated_sign_off_source(lines, registry) or _agency_under_day_and_place(lines, registry)
    found = source and registry.source_by_name(source)
    return source if found and found.kind == "agency" else None


# a place after or before the day of a two-line sign-off ('2 мая 2017, Минск', 'Minsk, 2 May 2017')
SIGN_OFF_PLACE = r"[^\W\d][\w’'\- ]{1,30}"


def _agency_under_day_and_place(lines: list[Line], registry: Registry) -> str | None:
    """'2 мая 2017, Минск' / 'БЕЛТА', 'Minsk, 2 May 2017' / 'BelTA', '2017年5月2日 明斯克' / '白俄通讯社':
    a wire's sign-off printed over two lines under the story, its day (with the year) and place,
    then the agency's name alone."""
    closing = lines[-CLOSING_LINES - 1:]
    for stamp, name in zip(closing, closing[1:]):
        agency = source_named(registry, name.text.strip(" /|—–-"))
        if agency and agency.kind == "agency" and _day_and_place(stamp.text):
            return agency.name
    return None


def _day_and_place(text: str) -> bool:
    """A line that is only a full date (with its year) and a place's name before or after it."""
    text = text.strip()
    dates = find_dates(text)
    if len(dates) != 1 or not dates[0].has_year or not dates[0].value:
        return False
    before, after = text[: dates[0].start], text[dates[0].start + len(dates[0].printed):]
    rest = f"{before} {after}".strip(" ,.г—–-")
    return not rest or bool(re.fullmatch(SIGN_OFF_PLACE, rest.strip()) or re.fullmatch(r"[\u3400-\u9fff]{2,8}", rest.strip()))


def closing_agency_source(lines: list[Line], registry: Registry) -> str | None:
    """A news agency's name alone on the story's last line ('BELTA', '白俄罗斯通讯社报道'): the
    wire the story is from."""
    reported = (CJK_REPORTED.match(line.text.strip()) for line in lines[-CLOSING_LINES:] if len(line.text) <= 40)
    agency = next((s for s in (source_named(registry, m.group("source")) for m in reported if m) if s and s.kind == "agency"), None)
    if agency:
        return agency.name  # the footer of the site may follow it
    dated = next(filter(None, (_dated_sign_off(line.text) for line in reversed(lines[-CLOSING_LINES:]))), None)
    agency = dated and source_named(registry, dated)
    if agency and agency.kind == "agency":
        return agency.name  # a 'More on the issue:' list may follow it
    last = next((line for line in reversed(lines) if line.text.strip()), None)
    # '… RM450bil. - Bernama': the wire signing the story's last paragraph (a portal's list of
    # other headlines may follow it)
    # (a last paragraph with no stop after its wire's name may be read as 'short': its length says it is prose)
    last_prose = next((line for line in reversed(lines) if line.kind in ("prose", "caption") or _prose_length(line)), None)
    for line in (last, last_prose):
        signed_off = line and PARAGRAPH_AGENCY_SIGN_OFF.search(line.text)
        agency = signed_off and source_named(registry, signed_off.group("source"))
        if agency and agency.kind == "agency":
            return agency.name
        # '… skills development. – SAnews.gov.za': a registered site signing by its address, whatever
        # kind of body runs it (a government's news service too)
        by_address = signed_off and BARE_DOMAIN.match(signed_off.group("source").strip()) and _source_by_domain(registry, signed_off.group("source").strip())
        if by_address:
            return by_address.name
    signed_off = last and (last.kind == "prose" or _prose_length(last)) and PARAGRAPH_AGENCY_NAME_END.search(last.text)
    agency = signed_off and source_named(registry, signed_off.group("source"))
    if agency and agency.kind == "agency":
        return agency.name
    if not last or len(last.text) > 40 or _under_reference_label(lines, last):
        return None
    if BARE_DOMAIN.match(last.text.strip()):  # 'ont.by' alone under a reposted story: the outlet it is from
        by_domain = _source_by_domain(registry, last.text.strip())
        if by_domain:
            return by_domain.name
    signed = AGENCY_EDITOR_INITIALS.match(last.text.strip()) or REPORTER_SIGNATURE.match(last.text.strip())
    source = source_named(registry, signed.group("source") if signed else last.text.strip(" .-–—()"))
    return source.name if source and source.kind == "agency" else None


def signed_under_story_source(closing: list[Line], registry: Registry, copyright_too: bool = True) -> str | None:
    """A registered outlet's address alone on the line right under the story's last paragraph
    ('steppe.kz', a comment form may follow), or its name alone there closing the text
    ('Белтелерадиокомпания'): the outlet signing its story. A name with more lines under it may
    be a menu's brand ('香港01' over '直播频道'). The strong reading (`copyright_too` False) takes
    a short name only: a state body's long name there ('Ministry of … of the Republic of …') may be
    the footer of the body's site reposting a wire, so it waits for the wire's own clues."""
    last_prose = max((i for i, line in enumerate(closing) if line.kind == "prose"), default=None)
    under = closing[last_prose + 1] if last_prose is not None and last_prose + 1 < len(closing) else None
    longest = SIGNATURE_CHARS if copyright_too else SHORT_SIGNATURE_CHARS
    # (a registered site's address under a subdomain, 'russian.steppe.com', may read as a short line)
    if under is None or len(under.text) > longest or under.kind != "source" and not (
            under.kind == "short" and BARE_DOMAIN.match(under.text.strip())):
        return None
    if not copyright_too and COPYRIGHT_MARK.search(under.text):
        return None
    # ('"Витьбичи"', '«Some Herald»': a site reposting a paper's story signs it with the paper's name in quotes)
    name = under.text.strip(" .-–—()").strip(SIGNATURE_QUOTES).strip()
    if BARE_DOMAIN.match(name):
        source = _source_by_domain(registry, name)
    else:
        source = source_named(registry, name) if under is closing[-1] else None
    return source.name if source else None


# the longest signature read: a state body signs with its full name ('Ministry of Foreign Affairs of the
# Republic of Belarus', 'Национальная государственная телерадиокомпания Республики Беларусь'); only a
# registered name or address counts, so the length guards nothing else
SIGNATURE_CHARS = 90
SHORT_SIGNATURE_CHARS = 40  # an outlet's name or address
# '© ТАСС', '(c) Some Weekly', 'Copyright Some Weekly': a copyright mark, not a signature
COPYRIGHT_MARK = re.compile(r"©|\([cс]\)|\bcopyright\b|版权|版權", re.I)
# the quotation marks a name signing a story may stand in: straight, curly, guillemets, low-9, CJK corner brackets
SIGNATURE_QUOTES = "\"'«»“”„‟‘’‚「」『』《》〈〉"


# A site's address alone on a line, no path: 'ont.by', 'www.steppe.kz'
BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}$", re.I)


# 'MNA/PR', 'IRNA/AB': a wire's sign-off closing its story, the agency's initials then its editor's
AGENCY_EDITOR_INITIALS = re.compile(r"^(?P<source>[A-Z][A-Za-z]{1,9})\s*/\s*[A-Z]{1,4}$")
# 'Алексей Александров, БелаПАН.': the wire's reporter and the wire signing the story's last line
REPORTER_SIGNATURE = re.compile(r"^[A-ZА-ЯЁ][\w\-]+ [A-ZА-ЯЁ][\w\-]+,\s*(?P<source>[^,.]{2,25}?)\s*\.?$")


# The kind of a Chinese report in an outlet's credit: its own report ('报道', '報導', '讯', '專訊'),
# compiled ('綜合報導') or from the wires ('综合外电报道'), in either script
CJK_REPORT_KIND = r"(?:综合|綜合)?(?:外电|外電)?(?:报道|報道|報導|报导|专讯|專訊|讯|訊)"
# '(綜合報道)', '【编译】': a desk's note of the kind of report in brackets, no outlet named, that
# may come before the outlet's own credit at the start of the lead
CJK_DESK_NOTE = r"(?:[(（〔【]\s*(?:(?:综合|綜合)?(?:外电|外電)?(?:报道|報道|報導|报导)|编译|編譯|整理)\s*[)）〕】]\s*)?"
# what opens such a credit without being an outlet: the kind itself, or a reporter's title
CJK_NOT_OUTLET = r"(?!综合|綜合|外电|外電|记者|記者|编译|編譯)"
# '…带来实实在在的好处。”(中国进出口网)': a Chinese story's last sentence, then its outlet in brackets
CJK_SENTENCE_END = re.compile(r"[。！？]")
PHOTOGRAPHER_CREDIT = re.compile(r"(?:摄|攝|供图|供圖)$")
# ('(某某新闻客户端 总台记者 王明 李华)': the outlet, then its reporters after a space; '(民視新聞 綜合報導)',
# '〔某某日報報道〕': the outlet, then the kind of report (see CJK_REPORT_KIND), spaced or not, in any brackets)
CLOSING_PARAGRAPH_CREDIT = re.compile(r"[。！？”」』][(（〔【]{1,2}" + CJK_NOT_OUTLET + r"(?P<source>[\u3400-\u9fff]{2,20}?)"
                                      r"(?:\s+[\u3400-\u9fff]{0,4}(?:记者|記者)(?:\s*[\u3400-\u9fff·]{2,5}){1,4}"
                                      r"|\s*" + CJK_REPORT_KIND + r")?[)）〕】]\s*$")


# '… и Организации исламского сотрудничества. (Синьхуа) |': a wire's name in brackets after the
# story's last sentence (a share bar's '|' may follow)
CLOSING_BRACKETED_AGENCY = re.compile(r"[.!?»\"”][)）]?\s*[(（](?P<source>[^()（）\d]{2,30})[)）]\s*\|?\s*$")
# a repost's closing '(Agency, City)' credit (datelines.CLOSING_AGENCY_AND_CITY) right after the last sentence
SENTENCE_THEN_AGENCY_AND_CITY = re.compile(r"[.!?»\"”。！？][)）]?\s*" + CLOSING_AGENCY_AND_CITY.pattern)
# '… technologies. Minsk, Prensa Latina', '… соглашение. ТАСС, Москва': the same credit printed without
# its brackets, run on after the last sentence's stop (a final stop or a share bar's '|' may follow)
SENTENCE_THEN_BARE_AGENCY_AND_CITY = re.compile(
    r"[.!?»\"”][)）]?\s+(?P<first>[^\W\d][^()（）\d,.!?]{1,29}?)\s*,\s*(?P<second>[^\W\d][^()（）\d,.!?]{1,29}?)\s*\.?\s*\|?\s*$")
# a city's name: one to three capitalised words, or a few Chinese characters
CITY_SHAPE = re.compile(r"^(?:[A-ZА-ЯЁ][\w’'\-]*(?:[ \-][A-ZА-ЯЁ][\w’'\-]*){0,2}|[\u3400-\u9fff]{2,8})$")


# '… visit famous sites.-VNA': a wire's short name signing off the last sentence after a dash
GLUED_AGENCY_SIGN_OFF = re.compile(r"[.!?»\"”]\s*[-–—/]\s*(?P<source>[A-Z][A-Za-z]{1,9})\s*$")


def closing_bracketed_agency_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency credited in brackets closing the story's last paragraph."""
    last = next((line for line in reversed(body) if line.kind != "caption" and line.text.strip()), None)
    match = last and (CLOSING_BRACKETED_AGENCY.search(last.text[-MAX_SCAN_LINE:])
                      or GLUED_AGENCY_SIGN_OFF.search(last.text[-MAX_SCAN_LINE:]))
    source = match and source_named(registry, match.group("source").strip())
    # '… на самоизоляцию. (gazeta.ru)': a bracketed domain is a site's address, so any kind of outlet
    domain = match and DOMAIN_NAME.match(match.group("source").strip())
    if source and (source.kind == "agency" or domain):
        return source.name
    return _closing_agency_and_city(last.text[-MAX_SCAN_LINE:], registry) if last else None


def _closing_agency_and_city(text: str, registry: Registry) -> str | None:
    """The registered agency of a closing '(Agency, City)' credit, bracketed or bare (see
    SENTENCE_THEN_AGENCY_AND_CITY, SENTENCE_THEN_BARE_AGENCY_AND_CITY)."""
    match = SENTENCE_THEN_AGENCY_AND_CITY.search(text) or SENTENCE_THEN_BARE_AGENCY_AND_CITY.search(text)
    for name, place in (match.group("first", "second"), match.group("second", "first")) if match else ():
        source = source_named(registry, name.strip())
        if source and source.kind == "agency" and CITY_SHAPE.match(place.strip()) and not source_named(registry, place.strip()):
            return source.name
    return None


def closing_paragraph_credit_source(body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The outlet credited in brackets after the last sentence of the story's last Chinese
    paragraph (a translation may follow it): a registered outlet or a name shaped as a site's."""
    # the last with a sentence in it: a promo line ('◤旅遊必買清單◢') may follow the story
    last = next((line for line in reversed(body) if CJK_CHAR.search(line.text) and CJK_SENTENCE_END.search(line.text)), None)
    match = last and CLOSING_PARAGRAPH_CREDIT.search(last.text[-MAX_SCAN_LINE:])
    if not match:
        return None
    name = match.group("source")
    if PHOTOGRAPHER_CREDIT.search(name):
        return None  # '(新华社记者X摄)' closes a photo's caption: the agency took the picture, not the story
    known = canonical_source(name, registry, known_only=True)
    return known or (name if CJK_SITE_NAME.match(name) or is_site_name(name, patterns) else None)


# 'prepared by the Press Center of BCh', 'Пресс-служба Минтранса': a press office signing its
# body's release on a line of its own; '(according to the BCh press center)' closing the headline
PRESS_OFFICE_LINE = re.compile(
    r"^(?:prepared by |source: )?(?:the )?(?:press[ -](?:center|centre|service|office)) of (?:the )?(?P<source>[^,.;:()]{2,60}?)\s*\.?$"
    r"|^(?:подготовлено\s+|источник:\s*)?пресс-(?:служб[аойы]|центр(?:ом|а)?)\s+(?P<russian>[^,.;:()]{2,60}?)\s*\.?$", re.I)
PRESS_OFFICE_IN_HEADLINE = re.compile(
    r"\((?:according to|source:) (?:the )?(?P<source>[^()]{2,40}?) press[ -](?:center|centre|service|office)\)\s*$", re.I)


def press_office_source(title: Line | None, lines: list[Line], registry: Registry) -> str | None:
    """The registered body whose press office signs the release (see PRESS_OFFICE_LINE)."""
    match = title and PRESS_OFFICE_IN_HEADLINE.search(title.text[:MAX_SCAN_LINE])
    source = match and source_named(registry, match.group("source"))
    if source:
        return source.name
    for line in lines:
        match = PRESS_OFFICE_LINE.match(line.text.strip()[:MAX_SCAN_LINE])
        name = match and (match.group("source") or match.group("russian"))
        source = name and source_named_inflected(registry, name)
        if source:
            return source.name
    return None


# 'Anna Ivanova, columnist of the Steppe Daily, specially for the Steppe Herald', 'Иван Петров,
# специально для «Степного вестника»': a writer's credit line closing with the outlet it was written
# for; that outlet, not the writer's own paper, is the story's source
WRITTEN_FOR_OUTLET = re.compile(
    r"(?:^|,\s*)(?:specially|especially|exclusively|written) for (?:the )?(?P<english>[A-Z][^,.;:!?]{1,40}?)\s*\.?$"
    r"|(?:^|,\s*)(?:специально|эксклюзивно) для [«\"“]?(?P<russian>[А-ЯЁA-Z][^«»\"“”,.;:!?]{1,40}?)[»\"”]?\s*\.?$")
WRITTEN_FOR_LINE_CHARS = 150  # a longer line is prose ('... designed specially for Chinese students')


def written_for_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a writer's credit line says the piece was written for."""
    for line in lines:
        text = line.text.strip()
        match = len(text) <= WRITTEN_FOR_LINE_CHARS and WRITTEN_FOR_OUTLET.search(text)
        source = match and source_named_inflected(registry, (match.group("english") or match.group("russian")).strip())
        if source:
            return source.name
    return None


# What a site prints of itself on every page: 'Published daily by the Lowy Institute' by its
# masthead; 'RFE/RL has been declared an "undesirable organization" by the Russian government.' at
# its foot (a story reporting the decision says more than that one sentence)
SITE_NOTICES = (
    re.compile(r"^(?:published|produced)\s+(?:daily\s+|weekly\s+|monthly\s+)?by\s+(?:the\s+)?(?P<source>[^.,;|]{2,50}?)\s*\.?$", re.I),
    re.compile(r"^(?P<source>[^.,;|\s][^.,;|]{1,40}?)\s+has been (?:declared|designated|labell?ed) (?:an?\s+)?[\"“]?"
               r"(?:undesirable|foreign agent)[^.]{0,60}?[\"”]?\s+by the Russian (?:government|authorities)\s*\.?$"),
    # its comment policy under the story: 'X does not publish comments containing …', 'Thanks for following X.'
    re.compile(r"^(?P<source>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}) (?:does not|doesn't|will not) publish comments\b"),
    re.compile(r"\bThanks? (?:you )?(?:again )?for (?:following|reading) (?P<source>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})\s*[.!]?$"),
)


def site_notice_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a site's standing notice of itself names (see SITE_NOTICES)."""
    return _registered_in_lines(lines, SITE_NOTICES, registry)


# '(中国金融信息网 2020-06-12)', '(Steppe Ledger, 12.06.2020)', '(Steppe Wire June 3, 2006)': a line of its own under the story
# crediting the outlet it came from and that outlet's date
# (the brackets may be left off: '新華社2002年03月30日', '人民日报 2005-03-01', 'Steppe Wire 12.06.2020'; the
# name must then be registered, as it must anyway)
CLOSING_DATED_CREDIT = re.compile(
    r"^(?P<open>[(（])?(?P<source>[^()（）\d,，]{2,30}?)[\s,，]*(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d|\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d\d)(?(open)[)）])$")


def closing_dated_credit_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a dated credit line right under the story names."""
    for line in lines[-CLOSING_LINES:]:
        match = CLOSING_DATED_CREDIT.match(line.text.strip())
        source = match and canonical_source(match.group("source"), registry, known_only=True)
        if source:
            return source
    return None


def dated_sign_off_source(lines: list[Line], registry: Registry) -> str | None:
    """'Телеканал ОНТ, 14 мая 2020' under a reposted story: the outlet it was taken from, signed
    with its day (over the reposting site's own link, which names only the host); a registered
    outlet only: a writer's or a city's name signs such a line too."""
    for line in lines[-CLOSING_LINES:]:
        name = line.kind != "prose" and _dated_sign_off(line.text)
        source = name and canonical_source(name, registry, known_only=True)
        if source:
            return source
    return None


# '… the number one in the world market. /// Steppe Wire, 26 January 2023': the same sign-off run on at the
# end of the story's last paragraph, set off from the text by slashes, a dash or a bar
RUN_ON_SIGN_OFF = re.compile(r"(?:^|[.!?…»\"”)]\s*)(?:/{2,3}|--|[—–]|\|)\s*(?P<sign>[^\W\d][^,/|—–]{1,30}?,\s*[^,/|—–]{6,30}?)\s*\.?$")


def run_on_sign_off_source(lines: list[Line], registry: Registry) -> str | None:
    """A registered outlet or agency signing, with its day, the end of the story's last paragraph."""
    for line in lines[-CLOSING_LINES:]:
        match = RUN_ON_SIGN_OFF.search(line.text.strip()[-MAX_SCAN_LINE:])
        name = match and _dated_sign_off(match.group("sign"))
        source = name and source_named(registry, name.strip())
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


# 'Почта: adm@steppe-ledger.ru', '联系邮箱: info@example.cn': the site's contact address at its foot
CONTACT_EMAIL = re.compile(
    r"^(?:e-?mail|почта|эл\.\s*почта|электронная почта|邮箱|郵箱|联系邮箱|聯繫郵箱|电子邮件|電子郵件)\s*[:：]\s*"
    r"[\w.+\-]+@(?P<domain>[\w\-]+(?:\.[\w\-]+)+)\s*$", re.I)
# mailboxes anyone may hold name no outlet
MAILBOX_PROVIDERS = frozenset({"gmail.com", "mail.ru", "yandex.ru", "ya.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru",
                               "tut.by", "163.com", "126.com", "qq.com", "sina.com", "outlook.com", "hotmail.com", "yahoo.com"})


def contact_email_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered site whose domain the page's contact e-mail line names."""
    for line in lines:
        match = CONTACT_EMAIL.match(line.text.strip())
        domain = match and match.group("domain").lower()
        source = domain and domain not in MAILBOX_PROVIDERS and _source_by_domain(registry, domain)
        if source:
            return source.name
    return None


# 'via Belarus thanks China for aid – Steppe Ledger.': a blog's quoting tool closing a reposted
# story with the original's page title, the headline and then the outlet's name
VIA_PAGE_TITLE = re.compile(r"^via\s+(?P<title>.{10,300}?)\s+(?:--|–|—|-|\|)\s+(?P<source>[^–—|]{2,40}?)\s*\.?$", re.I)


def via_page_title_source(lines: list[Line], title: Line | None, registry: Registry) -> str | None:
    """The outlet named after the story's own headline in a 'via <headline> – <outlet>' line."""
    for line in lines if title else ():
        match = VIA_PAGE_TITLE.match(line.text[:MAX_SCAN_LINE].strip())
        if match and fold(match.group("title")) == fold(title.text):
            return canonical_source(match.group("source"), registry, known_only=False)
    return None


AFTER_STORY_LINES = 2  # non-blank lines right under the story's last paragraph


def agency_after_story_source(body: list[Line], text: str, registry: Registry) -> str | None:
    """A news agency's name alone on a line right under the story's last paragraph ('中央社'
    over a reposting site's footer): the wire credit, though the page's chrome follows it. The
    raw text is read because the layout keeps no line that is only an outlet's name."""
    last = next((line for line in reversed(body) if line.kind == "prose"), None)
    at = text.find(last.text) if last else -1
    if at < 0:
        return None
    under = [raw.strip() for raw in text[at + len(last.text) :].split("\n")[1:] if raw.strip()]
    for raw in under[:AFTER_STORY_LINES]:
        source = source_named(registry, raw.strip(" .-–—()（）")) if len(raw) <= 40 else None
        if source and source.kind == "agency":
            return source.name
    return None


# An aggregator's pointer to the story's outlet at the end of a teaser: 'Читать на ont.by',
# 'Read full article on Steppe Ledger', 'Continue reading at example.com'; or an AMP page's
# 'Читать на сайте RG.RU' inside the lead (the layout mends the sentence it cut and drops it)
# ('.Подробнее читайте на vesti.lv ...': the teaser's stop may be cut onto the pointer's line)
AGGREGATOR_POINTER = re.compile(
    r"^\.?\s*(?:читать (?:полностью |далее |подробнее |дальше )?(?:на сайте|на|в)|(?:подробнее |полностью )?читайте (?:на сайте|на)|read (?:more |the full story |the full article |full article |full story |entire article )?(?:on|at)"
    r"|continue reading (?:on|at))\s*[:：]?\s*(?P<source>\S.{1,40}?)\s*[.!]?$", re.I)


def aggregator_pointer_source(text: str, registry: Registry) -> str | None:
    """The registered outlet an aggregator points to for the whole story ('Читать на ont.by'),
    on a line of its own anywhere in the raw text."""
    for line in text.split("\n"):
        match = AGGREGATOR_POINTER.match(line[:MAX_SCAN_LINE].strip())
        source = match and (canonical_source(match.group("source"), registry, known_only=True)
                            or getattr(_cut_address_source(registry, match.group("source")), "name", None))
        if source:
            return source
    return None


# '[Photo provided to Chinaculture.org]': a photo given to the site that ran the story
# '本文获《联合早报》授权转载': a repost naming the paper that licensed it; 'Authored by jamestown.org
# and submitted by X': an aggregator crediting the site the piece was taken from (registered only)
REPOST_CREDITS = (
    # '(本消息来自某国通讯社 译者某某)': a translated item naming the agency it came from (a copy may
    # print the kind word twice, '…通讯社通讯社')
    re.compile(r"^\s*[(（]?本(?:消息|新闻|新聞|信息|文)(?:来自|來自|来源于|來源於|译自|譯自)\s*"
               r"(?P<source>[\u3400-\u9fff]{2,20}?(?:通讯社|通訊社|社|网|網|报|報|台))(?:通讯社|通訊社)?(?=\s|[,，;；)）]|$)"),
    re.compile(r"(?:本文|此文|文章)(?:获|獲|经|經)《(?P<source>[^《》]{2,20})》(?:授权|授權)(?:转载|轉載|刊登|发布|發布|刊发|刊發)"),
    re.compile(r"^\s*(?:authored|written) by (?P<source>[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.[a-z]{2,6}) and (?:submitted|posted|shared) by\b", re.I),
    # 'From the Steppe Institute's Policy Brief, March 3:': a blog introducing the piece it reposts
    re.compile(r"^\s*(?:From|Via) (?:the )?(?P<source>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,5}?)(?:['’]s? [A-Z][\w.&\- ]{1,40}?)?"
               r",\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?)\s*:\s*$"),
    # '转载请注明见道网www.seetao.com': a site asking that a reposted copy credit it
    re.compile(r"(?:转载请注明|轉載請註明|轉載請注明)(?:出处|出處|来源|來源)?\s*[:：]?\s*(?P<source>[\u3400-\u9fff]{2,12})"),
    # 'this post was first published by Steppe Review': the piece's first home
    re.compile(r"\bfirst published (?:by|in|on) (?:the )?(?P<source>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,4})"),
    # '本文转载自美国之音,仅代表原出处观点': a reposting site's notice naming the original, with no colon
    re.compile(r"^\s*(?:本文|文章|此文)(?:转载自|轉載自|转自|轉自)(?P<source>[\u3400-\u9fffA-Za-z]{2,20}?)\s*[,，。;；]"),
    # 'По сообщению КазТАГ', 'По материалам сайта газеты «X»', 'По информации X' on a line of its
    # own: the outlet credited under a reposted story (the kind of outlet before its name is no name)
    re.compile(r"^\s*(?:По сообщению|По материалам|По информации|За матеріалами|За повідомленням)\s*[:：]?\s+"
               r"(?:(?:сайта|портала)\s+)?(?:(?:газеты|издания|агентства|телеканала|радио)\s+)?[«\"“]?(?P<source>[^«»\"“”.,:]{2,30}?)[»\"”]?\s*\.?\s*$"),
    # 'Based on materials from TASS': the English form of 'По материалам X'
    re.compile(r"^\s*Based on (?:the )?(?:materials|reports) (?:from|of|by) (?:the )?(?P<source>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,4}?)\s*\.?\s*$"),
    # 'Служба новостей радио X': a station's newsroom signing its story
    re.compile(r"^\s*Служба новостей\s+(?P<source>\S.{1,40}?)\s*$"),
    # '…в Беларусь.steppe.ru': a site's domain glued after a paragraph's last full stop (its teaser's
    # mark); the stop must end a word of prose, not a label of the domain itself ('Фото: rais.steppe.ru')
    re.compile(r"(?<![\w\-]\.)(?<![a-z0-9\-])[.!?»](?P<source>[a-z0-9][\w\-]*\.(?:ru|by|kz|kg|uz|tj|ua|com|net|org))\s*$"),
    # 'Read more exclusive news from Steppe Ledger.': the site's own sign-off under its story
    re.compile(r"^\s*Read more (?:exclusive )?(?:news|stories|articles|reports) (?:from|on|at) (?:the )?"
               r"(?P<source>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,4})\.?\s*$"),
)


# 'Запись <title> впервые появилась Новости края - Steppe.kz.', 'The post <title> appeared first on
# Steppe Ledger.': a feed's footer, glued to the end of its excerpt, naming the site the story first
# appeared on (its name may follow the site's tagline after a dash)
FIRST_APPEARED = re.compile(r"(?:впервые появилась(?: на)?|appeared first on|first appeared on)\s+(?:[^.]{0,60}?\s[-–—|]\s+)?"
                            r"(?P<source>[^-–—|\s][^-–—|]{1,40}?)\s*\.?\s*$")


def first_appeared_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered site a feed's footer says the story first appeared on (see FIRST_APPEARED)."""
    for line in lines:
        match = FIRST_APPEARED.search(line.text[-MAX_SCAN_LINE:])
        source = match and source_named(registry, match.group("source").strip())
        if source:
            return source.name
    return None


# 'belsat.eu, following BelTA': a site's closing sign-off naming itself, then the agency its
# rewrite drew on (the site wrote the story; only a registered site counts)
SITE_FOLLOWING_AGENCY = re.compile(r"^\s*(?P<source>[A-Za-z][\w.\-]{1,30}(?: [A-Z][\w.\-]*){0,2})\s*,\s*(?:following|based on|citing)\s+[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}\s*\.?\s*$")


def site_following_agency_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered site whose closing sign-off names the agency it followed (see SITE_FOLLOWING_AGENCY)."""
    return _named_in_lines(lines, SITE_FOLLOWING_AGENCY, registry)


# '(…основан в 1999 году. — «Газета.Ru»)': an editor's gloss in brackets, signed with the outlet's
# name, inside what the story retells: the outlet's own note on its own story
EDITORS_NOTE = re.compile(r"[.!?]\s+[—–]\s+[«\"“]?(?P<source>[^«»\"“”()]{2,30}?)[»\"”]?\)")
# '«Вы (США — прим. «Ленты.ру») потеряли …»': a word glossed inside a quote, the gloss marked as the
# outlet's own note ('прим.', 'примеч.', 'примечание'; Belarusian 'заўв.', 'заўвага'), its name in the
# genitive, quoted or a bare site name ('(…Лукашенко. - прим. news.by)')
NOTED_BY_OUTLET = re.compile(r"[(（][^()（）]{1,120}?[—–-]\s*(?:прим\.|примеч\.|примечание|заўв\.|заўвага)\s*"
                             r"(?:[«\"“](?P<source>[^«»\"“”()]{2,30}?)[»\"”]|(?P<bare>[^\s«»\"“”()][^«»\"“”()]{1,29}?))\s*[)）]")


def editors_note_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet that signs an editor's bracketed gloss (see EDITORS_NOTE, NOTED_BY_OUTLET)."""
    for line in lines:
        for match in (*EDITORS_NOTE.finditer(line.text[: MAX_SCAN_LINE * 4]),
                      *NOTED_BY_OUTLET.finditer(line.text[: MAX_SCAN_LINE * 4])):
            source = source_named(registry, (match.group("source") or match.group("bare")).strip())
            if source and source.kind in ("outlet", "agency"):
                return source.name
    return None


# 'Сетевое издание «Steppe.ru» Учредитель: …': a Russian site's legal imprint in its footer
MEDIA_IMPRINT = re.compile(r"^\s*(?:Сетевое издание|Электронное периодическое издание|Средство массовой информации)\s+"
                           r"[«\"“](?P<source>[^«»\"“”]{2,40})[»\"”]")


def imprint_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered site a Russian legal imprint names (see MEDIA_IMPRINT)."""
    return _registered_in_lines(lines, (MEDIA_IMPRINT,), registry)


# '国内统一刊号:CN43-0000 某某日报社出版', '主办:某某报社': a Chinese paper's imprint over or under its e-paper
# page, naming the paper's house as its publisher (the paper's name is the house's less its '社')
CJK_PAPER_IMPRINT = re.compile(r"(?:主办|主辦|出版|主管主办|主管主辦)(?:单位|單位)?\s*[:：]\s*(?P<labelled>[\u4e00-\u9fff]{2,16}?[报報])社"
                               r"|(?P<name>[\u4e00-\u9fff]{2,16}?[报報])社\s*(?:出版|主办|主辦|编辑出版|編輯出版)")
SHORTEST_PAPER_NAME = 3


def cjk_paper_imprint_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered paper whose house a Chinese imprint names (see CJK_PAPER_IMPRINT); the longest
    registered tail of the name, as the characters before it may be the imprint's own words."""
    for line in lines:
        for match in CJK_PAPER_IMPRINT.finditer(line.text[:MAX_SCAN_LINE]):
            name = match.group("labelled") or match.group("name")
            tails = (name[start:] for start in range(len(name) - SHORTEST_PAPER_NAME + 1))
            source = next((found for tail in tails if (found := source_named(registry, tail))), None)
            if source and source.kind in ("outlet", "agency"):
                return source.name
    return None


# 'Источник и фото - ria.ru': a reposting site's closing credit of text and picture alike, the
# outlet often by its domain (a picture's own credit reads 'Источник фото', 'Фото:')
TEXT_AND_PHOTO_SOURCE = re.compile(r"^\s*Источник и фото\s*[-–—:]\s*[«\"“]?(?P<source>[^«»\"“”,:]{2,40}?)[»\"”]?\s*\.?\s*$")


def text_and_photo_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet credited for both text and photo (see TEXT_AND_PHOTO_SOURCE)."""
    return _credited_outlet(lines, TEXT_AND_PHOTO_SOURCE, registry)


# 'Алеся Карпова, фото Мариам Табагари, steppe.by', 'Jane Roe, photos by Tom Lee, Steppe Ledger',
# 'Фото автора, Иван Петров, Степные вести': a story's closing credit line, its writer (or writers),
# its photographer and last the outlet the story is from, parted by commas (a regional body's site
# reposting its paper's story credits it so); the photographer's part opens with the word for photo
PHOTO_CREDIT_PART = re.compile(rf"(?i)^{PICTURE_CREDIT_WORDS}(?:\s+by)?(?:\s*[:：]\s*|\s+)\S")
WRITER_CREDIT_LABEL = re.compile(rf"(?i)^(?:{WRITER_CREDIT_WORDS}|by)(?:\s*[:：]\s*|\s+)")
CREDIT_LINE_PARTS = (3, 5)  # a writer, a photographer, the outlet; up to three writers


def writer_photo_outlet_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet closing a line that credits the story's writer and photographer (see
    PHOTO_CREDIT_PART): the last of its comma-parted credits, every other one a person's name."""
    for line in lines:
        parts = [part.strip() for part in line.text[:MAX_SCAN_LINE].strip().rstrip(".").split(",")]
        if not CREDIT_LINE_PARTS[0] <= len(parts) <= CREDIT_LINE_PARTS[1]:
            continue
        *credits, outlet = parts
        writers = [WRITER_CREDIT_LABEL.sub("", part) for part in credits if not PHOTO_CREDIT_PART.match(part)]
        if len(credits) - len(writers) != 1 or not writers or not all(person_names(w, registry) for w in writers):
            continue
        name = outlet.strip(SIGNATURE_QUOTES + " ")
        source = _source_by_domain(registry, name) if BARE_DOMAIN.match(name) else source_named(registry, name)
        if source and source.kind != "institution":
            return source.name
    return None


def _credited_outlet(lines: list[Line], label: re.Pattern, registry: Registry) -> str | None:
    """The registered outlet in the 'source' group of the first line that opens with a credit's `label`."""
    for line in lines:
        match = label.match(line.text[:MAX_SCAN_LINE])
        source = match and canonical_source(match.group("source").strip(), registry, known_only=True)
        if source:
            return source
    return None


# '圖文/CTWANT', '文／某某周刊', 'Text and photos: Some Weekly', 'Текст и фото: Some Weekly': the label a
# writer's credit takes (words, or words and pictures), with a registered outlet where the writer's name
# would stand: a portal reposting its partner's story credits the partner for it
WORDS_CREDIT_LABEL = re.compile(
    r"^\s*(?:图文|圖文|文图|文圖|文[/／、]\s*图|文[/／、]\s*圖|文字|撰文|文"
    r"|text(?:\s*(?:and|&|\+)\s*(?:photos?|pictures?|images?))?|words(?:\s*(?:and|&|\+)\s*pictures?)?"
    r"|текст(?:\s*(?:и|&|\+)\s*фото)?|тэкст(?:\s*(?:і|&|\+)\s*фота)?)"
    r"\s*[/／:：|｜]\s*(?P<source>[^/／:：|｜()（）]{2,40}?)\s*\.?$", re.I)


def words_credit_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet credited for a story's words (see WORDS_CREDIT_LABEL); a person's
    name there is the writer's credit, not the source's."""
    return _credited_outlet(lines, WORDS_CREDIT_LABEL, registry)


# A release headed or signed by the press service of the body that issued it: 'Сообщение пресс-службы
# Министерства …', 'По материалам пресс-службы Совета …', 'Information of the Press Service Department of
# the Ministry of … on …', 'Statement by the Press Office of the …', '某某部新闻办公室' (a lead's 'по
# информации пресс-службы X, …' cites X, and is no heading: only a heading's or a credit's words open it)
PRESS_SERVICE_HEADING = re.compile(
    r"^(?:(?:сообщение|информация|заявление|комментарий|пресс-релиз|по материалам|источник\s*:)\s+)?"
    r"(?:пресс-служб[аы]|пресс-центр[а]?|пресс-секретариат[а]?|управлени[ея] пресс-службы(?: и информации)?|информационн\w+ управлени[ея]"
    r"|прэс-служб[аы]|прес-служб[аи])\s+(?P<slavic>[А-ЯЁІЇЄЎ][^.,;:!?()«»\"]{3,120})"
    r"|^(?:No\.?\s*:?\s*[\w/\-]+\s*[,.]\s*)?(?:(?:information|statement|announcement|communiqu[eé]|comment|release|message|press release)\s+(?:of|by|from)\s+|source\s*:\s*)?"
    r"(?:the\s+)?(?:press|information|media)\s+(?:service|office|department|centre|center|secretariat|section|division)(?:\s+department)?\s+of\s+(?:the\s+)?"
    r"(?P<english>[A-Z][^.,;:!?()\"]{3,120}?)(?=\s+(?:on|about|regarding|concerning|in connection with)\s|\s*[.,;:!?()]|\s*$)"
    r"|^(?P<cjk>[\u3400-\u9fff]{2,30}?)(?:新闻办公室|新聞辦公室|新闻处|新聞處|新闻司|新聞司|新闻中心|新聞中心)(?:发布|發布|消息|供稿)?\s*$",
    re.I,
)
# 'Press Release: Government of Ruritania', 'Media release — Steppe Chamber of Commerce': a release's
# label and its issuer; a headline after the label ('Press Release: Minister To Visit …') names none
RELEASE_ISSUER_LABEL = re.compile(r"^(?:press|media|news)\s+release\s*(?:from|by|issued by)?\s*[:：\-–—]\s*(?P<source>[^|:]{3,80}?)\s*$"
                                  r"|^пресс-релиз\s*[:：\-–—]\s*(?P<slavic>[^|:]{3,80}?)\s*$", re.I)
ISSUING_BODY_WORD = re.compile(
    r"\b(?:government|ministry|department|office|embassy|consulate(?:-general)?|high commission|mission|council|parliament|presidency|president"
    r"|cabinet|commission|agency|authority|chamber|bureau|administration|senate|assembly|secretariat|service|municipality|city hall)\b"
    r"|\b(?:правительство|министерство|посольство|консульство|администрация|парламент|совет|палата|комитет|служба|аппарат|мэрия)\b", re.I)


def press_service_source(lines: list[Line], registry: Registry) -> str | None:
    """The body whose press service heads or credits the release (see PRESS_SERVICE_HEADING), by
    the registry's name for it; an unregistered English body's name as printed."""
    for line in lines:
        text = line.text.strip()[:MAX_SCAN_LINE]
        match = PRESS_SERVICE_HEADING.match(text)
        if not match:
            continue
        body = _issuing_body(_matched_name(match), registry, english=bool(match.group("english")))
        if body:
            return body
    return None


def release_issuer_source(lines: list[Line], registry: Registry) -> str | None:
    """The issuer a release's label names (see RELEASE_ISSUER_LABEL): registered, or a body's name."""
    for line in lines:
        match = RELEASE_ISSUER_LABEL.match(line.text.strip()[:MAX_SCAN_LINE])
        printed = match and _matched_name(match)
        if not printed:
            continue
        source = canonical_source(printed, registry, known_only=True)
        if source:
            return source
        if _institution_name(printed) and ISSUING_BODY_WORD.search(printed):
            return printed
    return None


def repost_credit_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a reposting site credits as the original (see REPOST_CREDITS), by its
    name or by its address cut to the first label ('По материалам: steppe')."""
    return _registered_in_lines(lines, REPOST_CREDITS, registry) or next(
        (source.name for line in lines for pattern in REPOST_CREDITS
         if (match := pattern.search(line.text.strip()[:MAX_SCAN_LINE])) and (source := _cut_address_source(registry, match.group("source")))),
        None)


# 'ria', 'aif.': a site's address cut after its first label, as an aggregator's credit or pointer may print it
CUT_ADDRESS = re.compile(r"^[a-z][a-z0-9\-]{2,30}\.?$")


def _cut_address_source(registry: Registry, name: str) -> Source | None:
    """The one registered source with a domain whose first label the cut address is; a label
    several sources' domains share ('aif' of aif.ru, aif.by, aif.kz) names none of them."""
    stem = name.strip()
    if not CUT_ADDRESS.match(stem):
        return None
    found = _sources_by_domain_stem(registry, stem.rstrip("."))
    return found[0] if len({source.name for source in found}) == 1 else None


# '(本文来自某某新闻,更多原创资讯请下载…APP)', '(This article is from Steppe Ledger)', '(Материал взят с сайта
# X)': a bracketed label, mostly closing the story's last paragraph, saying which outlet the piece comes
# from; the same as a line of its own ('本文来源:X', 'This story was first published by X' are REPOST_CREDITS)
ORIGIN_LABELS = (
    re.compile(r"[(（\[【]\s*(?:本文|本篇|本稿|此文|该文|該文|文章|原文|本消息|本新闻|本新聞|本信息|本资讯|本資訊)"
               r"(?:来自|來自|来源于|來源於|来源|來源|源自|选自|選自|摘自|转自|轉自|转载自|轉載自|转载于|轉載於|首发于|首發於|首发|首發)"
               r"\s*[:：]?\s*[《“\"「]?(?P<source>[^\s,，。;；:：)）\]】《》“”\"「」]{2,20})"),
    re.compile(r"[(\[]\s*(?:this|the)\s+(?:article|story|report|piece|post|item)\s+(?:is|was|comes|came)\s+"
               r"(?:(?:originally|first)\s+)?(?:from|taken from|republished from|reprinted from|published (?:by|in|on))\s+"
               r"(?P<source>[A-Za-z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,4})", re.I),
    re.compile(r"[(\[]\s*(?:Материал|Статья|Новость|Текст|Публикация)\s+(?:взят[аоы]?|перепечатан[аоы]?|опубликован[аоы]?\s+впервые)\s+"
               r"(?:с сайта|с портала|с|из|на сайте|в|на)\s+(?:(?:ИА|агентства|газеты|портала|издания|телеканала)\s+)?[«\"“]?(?P<source>[^«»\"“”.,:;()]{2,30}?(?:\.[a-z]{2,6})?)[»\"”]?\s*[.)\]]"),
    # '(Taken from X)', '(Reprinted from X)', '(Tomado de X)', '(Взято с сайта X)': the label without its subject
    re.compile(r"[(\[]\s*(?:(?:taken|reprinted|republished|reproduced|excerpted|adapted)\s+from|tomad[oa]\s+de|reproducid[oa]\s+de"
               r"|traducid[oa]\s+de|repris\s+de|взят[оаы]?\s+(?:с сайта|с портала|с|из)|перепечатан[оаы]?\s+(?:с сайта|с|из))\s+"
               r"(?:the\s+)?[«\"“]?(?P<source>[^«»\"“”,:;()\[\]]{2,40}?)[»\"”]?\s*\.?\s*[)\]]", re.I),
)


def origin_label_source(lines: list[Line], registry: Registry, patterns: Patterns | None = None, *,
                        unregistered: bool = False) -> str | None:
    """The registered outlet a bracketed 'this article is from X' label names (see ORIGIN_LABELS),
    read at a paragraph's end as well as its start; with `unregistered`, an outlet-shaped name the
    registry lacks (a last resort: the registered readings come first)."""
    for name in _origin_labels(lines):
        source = source_named(registry, name) or source_named(registry, re.sub(r"(?i)^the\s+", "", name))
        if source:
            return source.name
        unknown = unregistered and _unregistered_name(name, patterns, registry)
        if unknown:
            return unknown
    return None


def _origin_labels(lines: list[Line]):
    for line in lines:
        text = line.text.strip()
        for part in dict.fromkeys((text[:MAX_SCAN_LINE], text[-MAX_SCAN_LINE:])):
            for pattern in ORIGIN_LABELS:
                match = pattern.search(part)
                if match and match.group("source").strip():
                    yield match.group("source").strip()


# 'Подробнее — в материале РБК': an aggregator's teaser pointing to the outlet's whole story
# ('О том, как …, читайте в материале NUR.KZ.': a standfirst's pointer, a site's name with a dot;
# 'Подробнее о … читайте в интервью X с политологом': the pointer to the outlet's own interview)
MORE_IN_STORY_WORD = r"[^\s«»\"“”.,:]+(?:\.[^\s«»\"“”.,:]+)*"
MORE_IN_STORY = re.compile(
    r"(?:\bПодробнее\s*(?:[—–-]|:)\s*|\b[Чч]итайте\s+)в (?:материале|статье|публикации|интервью)\s+[«\"“]?"
    rf"(?P<source>{MORE_IN_STORY_WORD}(?: {MORE_IN_STORY_WORD}){{0,2}})")


def more_in_story_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a teaser sends the reader to (the name's first one to three words)."""
    for line in lines:
        match = MORE_IN_STORY.search(line.text[: MAX_SCAN_LINE * 2])
        source = match and _named_by_first_words(match.group("source").split(), registry)
        if source:
            return source.name
    return None


# 'Читать на сайте Вестник Кавказа', 'Read on the website of Steppe Ledger': a reader's app or
# aggregator pointing to the outlet whose story it shows (the name may be glued to the lead)
READ_ON_SITE = re.compile(r"(?:^|[.!?]\s+)(?:Читать|Читайте) на сайте\s+(?P<words>\S+(?:\s+\S+){0,3})|"
                          r"\bRead (?:it |more )?on the (?:web)?site(?: of)?\s+(?P<en>\S+(?:\s+\S+){0,3})")
GLUED_WORDS = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")


def read_on_site_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a 'read on the site' pointer names (its first one to four words)."""
    for line in lines:
        match = READ_ON_SITE.search(line.text[:MAX_SCAN_LINE])
        words = match and GLUED_WORDS.sub(" ", match.group("words") or match.group("en")).split()[:4]
        source = words and _named_by_first_words(words, registry, ("outlet", "agency"))
        if source:
            return source.name
    return None


def _named_by_first_words(words: list[str], registry: Registry, kinds: tuple[str, ...] = ()) -> Source | None:
    """The registered source (of one of `kinds`, if given) that the most of the first words name,
    perhaps inflected ('РБК', 'Известий')."""
    for n in range(len(words), 0, -1):
        source = source_named_inflected(registry, " ".join(words[:n]))  # folding drops punctuation
        if source and (not kinds or source.kind in kinds):
            return source
    return None


# 'Lukashenko flew to Beijing / Collage 24 Channel': a collage is the outlet's own artwork for
# the story (a photo credit may name an agency or a photographer; a collage's names the newsroom)
COLLAGE_CREDIT = re.compile(r"(?:^|[/|©]\s*)(?:Collage|Коллаж|Колаж)(?:\s+(?:by the|made by|by|от))?\s*[:：/]?\s*(?P<words>\S+(?:\s+\S+){0,3})")


def collage_credit_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a collage's credit names (its first one to three words)."""
    for line in lines:
        match = COLLAGE_CREDIT.search(line.text[: MAX_SCAN_LINE * 2])
        source = match and _named_by_first_words(match.group("words").split()[:3], registry, ("outlet", "agency"))
        if source:
            return source.name
    return None


PHOTO_PROVIDED_TO = re.compile(r"[\[(（]\s*(?:photos?|images?|pictures?) (?:provided|supplied|courtesy) to (?P<source>[^\[\]()（）]{2,40}?)\s*[\])）]", re.I)
DOMAIN_NAME = re.compile(r"^[A-Za-z0-9][\w\-]*(?:\.[A-Za-z0-9][\w\-]*)*\.[a-z]{2,6}$", re.I)


def photo_provided_source(lines: list[Line], registry: Registry) -> str | None:
    """The site a photo was provided to: a registered outlet, or a site by its domain."""
    for line in lines:
        match = PHOTO_PROVIDED_TO.search(line.text[: MAX_SCAN_LINE * 2])
        if not match:
            continue
        name = match.group("source").strip()
        known = canonical_source(name, registry, known_only=True)
        if known or DOMAIN_NAME.match(name):
            return known or name
    return None


# '【环球时报报道 记者 白云怡】', '【大河报讯 记者 X】', '(綜合報道)(某某日報報道)', '〔某某網綜合外電報導〕':
# the paper's own credit in brackets (any of 【〔(（, full- or half-width) opening the story
CJK_BRACKET_CREDIT = re.compile(
    r"^\s*" + CJK_DESK_NOTE + r"[【〔(（]\s*" + CJK_NOT_OUTLET + r"(?P<source>[\u3400-\u9fffA-Za-z]{2,12}?)\s*" + CJK_REPORT_KIND
    + r"(?=\s*(?:[】〕)）]|(?:实习|實習|特约|特約)?(?:记者|記者)))")


# '长河新闻网讯(记者 王芳)…', '草原在线报道(记者 李明)…': a Chinese site's own credit opening the
# story without brackets ('报道' only before its reporters, as '据X报道' cites another outlet;
# '某某网10月17日报道(文/X)': the day may come first, the writers after '文/')
# ('央视网消息(新闻联播):', '央视网消息(新闻联播6月28日播出):': the programme it aired on, perhaps
# with the day, in brackets after '消息', the colon may be left out)
# ('某国国际广播电台报道：…': a broadcaster's Chinese service opening the lead with its own report)
CJK_NEWS_OPENER = re.compile(  # '石榴云/新疆日报讯(…)': the paper's app named first, a slash, then the paper
    r"^\s*(?:[\u3400-\u9fff]{2,8}\s?[/／]\s?)?(?P<source>[\u3400-\u9fff]{2,12}?)(?:(?:讯|訊)\s*[(（]|消息\s*(?:[(（][\u3400-\u9fff][\u3400-\u9fff\d]{1,15}[)）]\s*[:：,，]?|[:：,，])"
    r"|(?:\d{1,2}月\d{1,2}日)?(?:报道|報道|報導)\s*(?:[(（]\s*(?:记者|記者|通讯员|通訊員|文\s*[/／])|[:：]))")


# '某国通讯社5月19日明斯克讯,…': a Chinese wire's dateline with the day before the city, opening the lead
CJK_AGENCY_DAY_CITY = re.compile(r"^\s*(?P<source>[\u4e00-\u9fff]{2,12}?)\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{2,6}?(?:讯|訊|电|電)\s*[,，:：]")


# '5月18日,明斯克,白通社从…获悉': the day, the city, then the agency that tells it (a wire's
# Chinese edition heading its lead in that order)
CJK_DAY_CITY_AGENCY = re.compile(
    r"^\s*\d{1,2}月\d{1,2}日\s*[,，]\s*[\u4e00-\u9fff]{2,8}\s*[,，]\s*(?P<source>[\u4e00-\u9fff]{2,8}?)"
    r"(?:从|從|获悉|獲悉|讯|訊|电|電|报道|報道|報導)")


def cjk_agency_day_city_source(body: list[Line], registry: Registry) -> str | None:
    """The registered agency whose dateline opens the lead (see CJK_AGENCY_DAY_CITY, CJK_DAY_CITY_AGENCY)."""
    lines = _lead_paragraphs(body, 1)
    match = lines and (CJK_AGENCY_DAY_CITY.match(lines[0].text) or CJK_DAY_CITY_AGENCY.match(lines[0].text))
    source = match and source_named(registry, match.group("source"))
    return source.name if source and source.kind == "agency" else None


# '无线新闻-巴西总统…', '某某日报——记者获悉…': a Chinese outlet's name and a dash opening the lead, as a
# Latin wire's head does (OUTLET_DASH_LEAD); on a page copied as one line, right after the stamp's date
CJK_OUTLET_DASH_LEAD = re.compile(r"(?:^\s*|(?:19|20)\d\d\s+|\d{1,2}\s*日\s+)(?P<source>[\u3400-\u9fff]{2,12}?)\s*(?:——|--|-|－|—|–)\s*(?=[\u3400-\u9fff])")


def cjk_outlet_dash_lead_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet or agency whose Chinese name and a dash open the lead (see CJK_OUTLET_DASH_LEAD)."""
    for line in _lead_paragraphs(body, 1):
        match = CJK_OUTLET_DASH_LEAD.search(line.text[:MAX_SCAN_LINE])
        source = match and source_named(registry, match.group("source"))
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


def cjk_news_opener_source(body: list[Line], registry: Registry) -> str | None:
    """A registered outlet whose '<name>讯(…)' or '<name>消息:' ('<name>消息,') opens the first
    paragraph ('本报讯' is not a name; '据X消息,' cites X and does not open with the name)."""
    lines = _lead_paragraphs(body, 1)
    match = lines and CJK_NEWS_OPENER.match(lines[0].text)
    # '某国驻某国大使馆网站消息,': the body's own web site speaking
    source = match and (source_named(registry, match.group("source"))
                        or source_named(registry, OWN_SITE_SUFFIX.sub("", match.group("source"))))
    return source.name if source else (lines and _dated_news_opener(lines[0].text, registry))


OWN_SITE_SUFFIX = re.compile(r"(?:网站|網站|官网|官網)$")
# '某某信息港讯(www.example.com) …', '某某网消息（example.cn）：…': a Chinese site's own credit opening
# the lead with its web address in brackets: the name is the site's, registered or not
CJK_OWN_SITE_OPENER = re.compile(
    r"^\s*(?P<source>[\u3400-\u9fff]{2,12}?)\s*(?:讯|訊|消息|报道|報道|報導)\s*[(（]\s*(?:https?://)?"
    r"(?P<host>[A-Za-z0-9][\w\-]*(?:\.[A-Za-z0-9][\w\-]*)*\.[A-Za-z]{2,6})/?\s*[)）]")


def cjk_own_site_opener_source(body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The site whose name and address open the lead (see CJK_OWN_SITE_OPENER): the registered
    outlet so named or so hosted, else the name as printed ('本网' names none)."""
    lines = _lead_paragraphs(body, 1)
    match = lines and CJK_OWN_SITE_OPENER.match(lines[0].text[:MAX_SCAN_LINE])
    if not match or _self_word(match.group("source"), patterns) or _platform_host(match.group("host").lower()):
        return None
    source = source_named(registry, match.group("source")) or source_for_host(registry, match.group("host"))
    return source.name if source else match.group("source")
# '某某网10月30日消息 …', '某某网、某某网客户端博鳌4月9日消息(某某网记者 X)': an outlet (and its
# app) with the day, perhaps the city, before '消息' or '讯' opening the lead; the site may be named
# with its channel ('某某网·某某新闻12月4日讯', '某某在线-健康网1月18日讯') and the day with its year
CJK_DATED_NEWS_OPENER = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff]{3,20}?(?:[·\-－][\u4e00-\u9fff]{2,12}?)?)(?:、[\u4e00-\u9fff]{2,20}?)?"
                                   r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:消息|讯|訊)(?=\s|[(（,，:：])")
DATED_OPENER_CITY_CHARS = 6


def _dated_news_opener(text: str, registry: Registry) -> str | None:
    """The registered outlet whose name begins the head of a dated '消息' opener (see
    CJK_DATED_NEWS_OPENER); what follows the name up to the day is a city of a few characters."""
    match = CJK_DATED_NEWS_OPENER.match(text[:MAX_SCAN_LINE])
    head = match.group("head") if match else ""
    for cut in range(len(head), max(2, len(head) - DATED_OPENER_CITY_CHARS - 1), -1):
        source = source_named(registry, head[:cut])
        if source:
            return source.name
    return None


# '《經濟通通訊社２２日專訊》…', '（明報專訊）…': a Hong Kong outlet's special-report credit opening the
# story, perhaps with the day (full-width digits as printed there)
CJK_SPECIAL_REPORT = re.compile(r"^\s*[《（(【]\s*(?P<source>[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z.]{1,11}?)\s*(?:[0-9０-９]{1,2}\s*日)?\s*(?:專訊|专讯)\s*[》）)】]")


# '〔中央社〕…', '(星島日報報道)…': a registered outlet's name in brackets, bare or as its report, opening the lead
# ('【《某某周刊》消息】…': the name in title brackets, its news ('消息') the kind)
CJK_BRACKETED_OUTLET = re.compile(
    r"^\s*" + CJK_DESK_NOTE + r"[（(〔【]\s*《?(?P<source>[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z.]{1,11}?)》?\s*(?:报道|報道|報導|讯|訊|消息)?\s*[）)〕】]\s*\S")


# A registered agency's bracketed credit in the opening of the lead, where a machine translation
# has reordered the Chinese dateline: '明斯克,6月8日(新华社电)——…', '6月7日,明斯克的新华社(记者 X)…'
CJK_BRACKETED_WIRE = re.compile(r"[(（](?P<source>[\u3400-\u9fff]{2,8})(?:电|電)[)）]")
# '(法新社莫斯科二十七日电)': the wire, its city and the day in Chinese numerals, in brackets
CJK_BRACKETED_WIRE_DATELINE = re.compile(r"[(（](?P<head>[\u3400-\u9fff]{3,16}?)(?:[一二三四五六七八九十]{1,3}|\d{1,2})日(?:电|電)[)）]")
CJK_AGENCY_BEFORE_REPORTERS = re.compile(r"(?P<head>[\u3400-\u9fff]{2,12})\s*[(（]\s*(?:新闻|新聞)?(?:记者|記者)")
WIRE_CREDIT_OPENING_CHARS = 40


def reordered_wire_credit_source(body: list[Line], registry: Registry) -> str | None:
    """The agency credited in brackets near the start of one of the first paragraphs (see CJK_BRACKETED_WIRE)."""
    for line in _lead_paragraphs(body):
        opening = line.text[:WIRE_CREDIT_OPENING_CHARS]
        match = CJK_BRACKETED_WIRE.search(opening)
        source = match and source_named(registry, match.group("source"))
        if source and source.kind == "agency":
            return source.name
        match = CJK_AGENCY_BEFORE_REPORTERS.search(opening)
        source = match and _agency_ending(match.group("head"), registry)
        if source:
            return source.name
        match = CJK_BRACKETED_WIRE_DATELINE.search(opening)
        source = match and _agency_opening(match.group("head"), registry)
        if source:
            return source.name
    return None


def _agency_opening(text: str, registry: Registry) -> Source | None:
    """The longest registered agency name that `text` opens with ('法新社莫斯科' → AFP)."""
    for end in range(len(text) - 1, 1, -1):
        source = source_named(registry, text[:end])
        if source and source.kind == "agency":
            return source
    return None


def _agency_ending(text: str, registry: Registry) -> Source | None:
    """The longest registered agency name that `text` ends with ('明斯克的新华社' → Xinhua)."""
    for start in range(len(text) - 2):
        source = source_named(registry, text[start:])
        if source and source.kind == "agency":
            return source
    return None


# '《来源:某通社》6月18日下午,…', '【來源:某報】…', '(Source: Steppe Wire) The minister …', '[Источник: ТАСС] Министр …':
# a source label in brackets of any pair opening the lead, the story run on after it (a label alone on
# its line, between a caption and the story, may credit a picture)
LEAD_BRACKETED_LABEL = re.compile(
    r"^\s*[《【(（〔\[「〈]\s*(?:来源|來源|出处|出處|source|источник|джерело|крыніца)\s*[:：]\s*"
    r"(?P<source>[^《》【】()（）〔〕\[\]「」〈〉:：]{2,40}?)\s*[》】)）〕\]」〉]\s*(?=\S)", re.I)


def lead_bracketed_label_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet or agency a bracketed source label names opening one of the story's
    first paragraphs (see LEAD_BRACKETED_LABEL)."""
    for line in _lead_paragraphs(body):
        match = LEAD_BRACKETED_LABEL.match(line.text[:MAX_SCAN_LINE])
        source = match and source_named(registry, match.group("source").strip(" «»\"“”"))
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


def bracket_credit_source(lines: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The outlet of a Chinese paper's bracketed credit opening the story ('【X报道 记者 Y】', '《X專訊》'), not '本报';
    a registered outlet's name in brackets first ('〔中央社〕', see CJK_BRACKETED_OUTLET)."""
    for line in lines:
        registered = CJK_BRACKETED_OUTLET.match(line.text[:MAX_SCAN_LINE])
        source = registered and canonical_source(registered.group("source"), registry, known_only=True)
        if source:
            return source
        match = CJK_BRACKET_CREDIT.match(line.text[:MAX_SCAN_LINE]) or CJK_SPECIAL_REPORT.match(line.text[:MAX_SCAN_LINE])
        if match and not _self_word(match.group("source"), patterns):
            return (canonical_source(match.group("source"), registry, known_only=True)
                    or canonical_source(_outlet_shaped(match.group("source")), registry, known_only=False))
        named = (BRACKETED_NAME_OPENING.match(line.text[:MAX_SCAN_LINE]) or DATED_BRACKET_CREDIT.match(line.text[:MAX_SCAN_LINE])
                 or CLIPPED_BRACKET_CREDIT.match(line.text[:MAX_SCAN_LINE]))
        source = named and canonical_source(named.group("source"), registry, known_only=True)
        if source:
            return source
    return None


# '民眾網', '某某日報', '某某電視台': an outlet's name ends with the kind of outlet it is; an unregistered
# credit is read up to its last such ending ('【某某網王小明臺中報導】': the reporter and the place
# follow), and a credit with none ('【图片报道】', '【独家报道】': a photo or exclusive report) names no outlet
OUTLET_SHAPED = re.compile(r"^[\u3400-\u9fffA-Za-z]{1,12}(?:网|網|报|報|社|电视台|電視台|电台|電台|新闻|新聞|客户端|客戶端|周刊|週刊|杂志|雜誌)")


def _outlet_shaped(name: str) -> str | None:
    match = OUTLET_SHAPED.match(name)
    return match.group(0) if match else None


def _self_word(name: str, patterns: Patterns) -> bool:
    """'本報', '本报记者', '本网': the paper's word for itself (or its reporter) names no outlet."""
    return any(name.startswith(word) for word in patterns.self_references)


# '【某某電視台 2021 年 5 月 6 日訊】…': an outlet's news credit in brackets with the day it was filed
DATED_BRACKET_CREDIT = re.compile(
    r"^\s*[【《(（\[]\s*(?P<source>[\u3400-\u9fffA-Za-z]{2,16}?)\s*(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|訊|电|電)\s*[】》)）\]]")
# '某某通讯社讯)…': a copy that lost the opening bracket of the lead's news credit (a registered name only)
CLIPPED_BRACKET_CREDIT = re.compile(r"^\s*(?P<source>[\u3400-\u9fff]{2,12}?)(?:讯|訊|电|電)\s*[)）]")


# '[Newtalk新聞] 白俄羅斯總統…', '【Now新聞台】太平洋島國…': an outlet's name alone in brackets
# opening the lead (a bracketed '【视频】' or '[ФОТО]' is a label: only a registered name counts)
BRACKETED_NAME_OPENING = re.compile(r"^\s*[\[【]\s*(?P<source>[^\[\]【】]{2,20}?)\s*[\]】]\s*(?=\S)")


# 'SCMP: Belarus protests cast shadow …': an aggregator's headline led by the outlet it took the story from
HEADLINE_OUTLET = re.compile(r"^\s*(?P<source>[^:：\s][^:：]{1,38}?)\s*[:：]\s+\S")
# '参考消息特稿|…', '新华社独家丨…': a Chinese outlet's kicker naming its own feature or exclusive
# before a bar at the head of the headline
CJK_OUTLET_KICKER = re.compile(r"^\s*(?P<source>[\u3400-\u9fff]{2,12}?)(?:特稿|独家|獨家|专稿|專稿)\s*[|｜丨:：]\s*\S")


# 'Rzeczpospolita (Польша): …', 'Le Monde, Франция: …': a translation digest (InoSMI, InoPressa)
# heads each piece with the original paper and its country; the paper is the source
ORIGIN_COUNTRY = re.compile(r"\s*(?:[(（][^()（）]{2,30}[)）]|,\s*[A-ZА-ЯЁ][\w\-]{2,20})$")


def headline_outlet_source(title: Line | None, registry: Registry) -> str | None:
    """A registered outlet or agency naming itself before a colon at the head of the headline
    (a person's name there quotes them: only registry outlets count)."""
    match = title and (HEADLINE_OUTLET.match(title.text[:MAX_SCAN_LINE]) or CJK_OUTLET_KICKER.match(title.text[:MAX_SCAN_LINE]))
    name = match and ORIGIN_COUNTRY.sub("", match.group("source"))
    source = name and source_named(registry, name)
    return source.name if source and source.kind in ("outlet", "agency") else None


# 'Copyright © 2016 Kankanews.com Inc. All Rights Reserved.': the site that holds the page's rights
# ('Copyright ? 2016 …': a © lost in a copy's decoding)
# ('[Copyright holder (c) X Unauthorized reproduction … prohibited]': the notice in brackets, the
# ban on copying straight after the name)
COPYRIGHT_HOLDER = re.compile(
    r"^\s*\[?\s*(?:版[权權]所有\s*)?(?:copyright(?:\s+holder)?\s*)?(?:©|\(c\)|copyright)(?:\s*\?)?\s*(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*[,.]?\s*)?"
    r"(?P<source>[\w\-]+(?:\.[\w\-]+)*(?: [\w\-]+(?:\.[\w\-]+)*){0,3}?)"
    r"(?:,?\s+(?:Inc|Ltd|LLC|Co|Corp|Limited|GmbH|Group)\.?)?"
    r"(?:,?\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?)?"  # '© Steppe Herald 2019': the year after the holder
    r"\s*(?:[.,]?\s*all rights reserved|[.|]|\s+unauthori[sz]ed\b|$)",
    re.I,
)


# '《透视俄罗斯》网站及其所有方《俄罗斯报》拥有…完全版权': a Chinese site's notice that it holds the rights
CJK_COPYRIGHT_HOLDER = re.compile(r"^\s*《(?P<source>[^《》]{2,20})》(?:网站|網站)?[^。]{0,40}?(?:拥有|擁有|享有)[^。]{0,40}?(?:版权|版權)"
                                  # '版權聲明:某某新聞社版權所有,未經授權不得轉載'
                                  r"|^\s*(?:版[权權](?:声明|聲明)\s*[:：]\s*)?(?P<holder>[\u3400-\u9fffA-Za-z.]{2,20}?)\s*版[权權]所有")


# 'Educational Establishment "X University" © 1997-2016': the holder before the sign, its years
# closing the line (a name in quotes is the holder's own, its legal form before the quotes)
HOLDER_BEFORE_COPYRIGHT = re.compile(
    r"^\s*(?:[^©\"«“]{0,40}?[\"«“](?P<quoted>[^\"»”©]{2,80})[\"»”]|(?P<source>[^©]{2,60}?))"
    r"\s*©\s*(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*\.?\s*$")


def copyright_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a copyright line at the foot of the page names (the site's own page)."""
    for line in lines:
        match = COPYRIGHT_HOLDER.match(line.text[:MAX_SCAN_LINE]) or CJK_COPYRIGHT_HOLDER.match(line.text[:MAX_SCAN_LINE])
        source = match and canonical_source(match.group("source") or match.groupdict().get("holder"), registry, known_only=True)
        if source:
            return source
        after = HOLDER_BEFORE_COPYRIGHT.match(line.text[:MAX_SCAN_LINE])
        source = after and canonical_source(after.group("quoted") or after.group("source"), registry, known_only=True)
        if source:
            return source
    return None


# 'This information may not be reproduced without reference to X.', 'Any use of materials is
# allowed only with a hyperlink to X', 'При перепечатке ссылка на «X» обязательна': a page's reprint
# notice names the site that holds the story's rights (a registered outlet only)
REPRINT_NOTICE_HOLDER = re.compile(
    r"(?i:(?:reproduced|reprinted|republished|copied|allowed|permitted)\b[^.]{0,40}?\bwith(?:out)?\s+(?:only\s+)?(?:an?\s+)?"
    r"(?:active\s+)?(?:reference|link|hyperlink|attribution)\s+to\s+(?:the\s+)?)(?P<source>[A-Z][\w\-]*(?:\.[\w\-]+)*(?: [A-Z][\w\-]*(?:\.[\w\-]+)*){0,3})"
    r"|(?i:(?:перепечатк|использовани|цитировани|копировани)\w*\b[^.]{0,60}?ссылк[аиуой]+\s+на\s+(?:сайт\s+|ИА\s+|агентство\s+)?)"
    r"[«\"“]?(?P<ru_source>[^«»\"“”.,;]{2,30}?)[»\"”]?\s+(?i:обязательн)")


def reprint_notice_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a reprint notice at the foot of the page names (see REPRINT_NOTICE_HOLDER)."""
    for line in lines:
        match = REPRINT_NOTICE_HOLDER.search(line.text[:MAX_SCAN_LINE])
        source = match and canonical_source(match.group("source") or match.group("ru_source"), registry, known_only=True)
        if source:
            return source
    return None


# A site's promotion of itself or claim to its rights, opening a line of its chrome: '© 2024 X',
# 'Copyright © X', 'Follow X's official Instagram pages', 'Subscribe to X', 'Подписывайтесь на X',
# 'Больше новостей на X', '主办单位:X', '版权所有©X'; or the rights claimed after the name ('X 版权所有')
PROMOTION_CUE = re.compile(
    r"(?i)©|\(c\)|copyright|\bfollow\b|\bsubscribe\b|more news (?:on|at)\b|read more (?:on|at)\b"
    r"|подписывайтесь|подпишитесь|подпишись|следите за|больше новостей|все права"
    r"|主办|主辦|关注|關注|订阅|訂閱|版权|版權")
RIGHTS_AFTER_NAME = re.compile(r"(?i)版[权權]所有|all rights reserved")
PROMOTION_CUE_START = 15  # characters before the cue: a cue further in is a sentence's or a caption's
PROMOTION_CUE_START_CJK = 4  # Chinese characters before it ('网站主办:'): each is a word
PROMOTION_LINE_CHARS = 200  # a longer line is a paragraph, where 'follow' and '关注' are ordinary words
PROMOTED_NAME_START = 40  # characters between the cue and the name it promotes ('© 2010-2024 ОАО «…»')
PICTURE_CREDIT = re.compile(r"(?i)photo|фото|摄|攝|图片|圖片|/\s*\w")
NAME_WORDS = 10  # the most words a registered name has
MIN_PROMOTED_NAME = 4  # characters: a shorter name ('AP', 'СБ') is a word too often
CJK_RUN = re.compile(r"[\u3400-\u9fff]{3,}")
NAME_TOKEN = re.compile(r"[^\s«»“”\"()\[\]:：,，|]+")  # a word of a name, its quotes, brackets and separators left out


def promotion_source(text: str, registry: Registry, picture_copyrights: frozenset[str] = frozenset()) -> str | None:
    """The one registered outlet that the page's own promotion or rights line names; None when
    such lines name none or several, or only a university or institute (named as a subject)."""
    found: dict[str, Source] = {}
    for line in text.splitlines():
        if len(line) > PROMOTION_LINE_CHARS or PICTURE_CREDIT.search(line) or line.strip() in picture_copyrights:
            continue  # a picture's credit claims its rights for an agency or photographer
        for cue in PROMOTION_CUE.finditer(line):
            before = line[: cue.start()]
            if len(before) <= PROMOTION_CUE_START and len(CJK_CHAR.findall(before)) <= PROMOTION_CUE_START_CJK:
                found.update((s.name, s) for s in _registered_names_in(line[cue.end():], registry, PROMOTED_NAME_START))
        for claim in RIGHTS_AFTER_NAME.finditer(line):
            found.update((s.name, s) for s in _registered_names_in(line[: claim.start()], registry, len(line)))
    promoted = [source for source in found.values() if source.kind != "institution"]
    return promoted[0].name if len(found) == 1 and promoted else None


def _registered_names_in(segment: str, registry: Registry, within: int) -> list[Source]:
    """The registered sources named in `segment` by a run of words (or Chinese characters, or a
    domain) that starts within its first `within` characters; the longest name at each start."""
    named = []
    tokens = list(NAME_TOKEN.finditer(segment))
    for at, token in enumerate(tokens):
        if token.start() > within:
            break
        words = [word.group(0) for word in tokens[at : at + NAME_WORDS]]
        for count in range(len(words), 0, -1):
            name = re.sub(r"(?:['’]s)?[.,;!]*$", "", " ".join(words[:count]))
            source = len(name) >= MIN_PROMOTED_NAME and (source_named(registry, name) or source_for_host(registry, name))
            if source and at and _article_name_requalified(f"{tokens[at - 1].group(0)} {name}", name, registry):
                break  # 'Horn Diplomat': another outlet's name ending on a registered 'The …' one's word
            if source:
                named.append(source)
                break
    for run in CJK_RUN.finditer(segment[: within + NAME_WORDS * 4]):
        named += _names_in_cjk_run(run.group(0), registry)
    return named


def _names_in_cjk_run(run: str, registry: Registry) -> list[Source]:
    """Registered Chinese names of three or more characters inside a run of Chinese characters."""
    named = []
    for start in range(len(run)):
        for end in range(len(run), start + 2, -1):
            source = source_named(registry, run[start:end])
            if source:
                named.append(source)
                break
    return named


def _registered_lead_over_unknown_label(layout: Layout, patterns: Patterns, registry: Registry) -> str | None:
    """'来源:某某网' over a lead opening '光明日报讯…': a repost site's unknown name in its source slot
    yields to the registered paper whose own news credit opens the story."""
    labelled = labelled_source(layout.head + _without_picture_credits(layout) + layout.tail[:CLOSING_LINES], patterns, registry)
    if not labelled or source_named(registry, labelled):
        return None
    lead = _lead_paragraphs(layout.body, 1)
    match = lead and CJK_DATED_NEWS_CREDIT.match(lead[0].text)
    source = match and source_named(registry, match.group("source"))
    return source.name if source else cjk_news_opener_source(layout.body, registry)


def _lead_wire_over_unknown_label(layout: Layout, dateline: Dateline | None, patterns: Patterns, registry: Registry) -> str | None:
    """'Published by Some Finance Review' over a lead opening '(Reuters) - …': a site's unknown name
    in its label yields to the registered agency whose wire credit opens one of the first paragraphs
    (after a standfirst), in a dateline or in brackets."""
    labelled = labelled_source(layout.head + _without_picture_credits(layout) + layout.tail[:CLOSING_LINES], patterns, registry)
    if not labelled or source_named(registry, labelled):
        return None
    wire = (dateline_source(dateline, registry, layout.body) if dateline and dateline.agency
            else lead_credit_source(layout.body, registry, patterns))
    source = registry.source_by_name(wire or "")
    return source.name if source and source.kind == "agency" else None


# '光明日报讯12月21日,…': a paper's news credit run straight into the day of its lead
CJK_DATED_NEWS_CREDIT = re.compile(r"^\s*(?P<source>[\u3400-\u9fff]{2,12}?)(?:讯|訊)\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


CAPTION_END = re.compile(r"[。！？!?.…”」』)）]\s*$")


def _without_picture_credits(layout: Layout) -> list[Line]:
    """The closing lines without a credit line that stands between a caption (a short line with
    no closing stop) and story text that goes on below it: it credits the picture, not the story
    ('李某到某校演讲' / '来源:某报' / the next paragraph)."""
    body = {line.number for line in layout.body}
    closing = layout.closing
    return [line for i, line in enumerate(closing)
            if not (line.kind == "credit" and 0 < i < len(closing) - 1 and closing[i - 1].kind == "short"
                    and not CAPTION_END.search(closing[i - 1].text) and closing[i + 1].number in body
                    and closing[i + 1].kind in ("prose", "short"))
            and not (line.kind == "credit" and CAPTION_RUN_INTO_LABEL.match(line.text) and _story_goes_on(closing[i + 1:], body))]


# '白俄罗斯大规模抗议活动。 来源:路透社', 'Protesters in the square. Source: Reuters': a picture's caption with its
# credit's label run on after it, on one line (a story's own credit opens its line)
CAPTION_RUN_INTO_LABEL = re.compile(r"(?i)^\s*\S[^:：|]{1,80}?[。.!！]\s+(?:photo\s+|image\s+)?(?:source|credit|источник|来源|來源)\s*[:：]")


def _story_goes_on(below: list[Line], body: set[int]) -> bool:
    """A paragraph of the story is the next line under these, past the picture's chrome (its link, a QR prompt)."""
    following = next((line for line in below if line.kind != "chrome"), None)
    return bool(following) and following.number in body and following.kind == "prose"


PICTURE_COPYRIGHT_WORDS = 5  # '© Agency / Photographer Name': a picture's credit is a few words


def _picture_copyrights(layout: Layout) -> frozenset[str]:
    """'© Some Agency' on its own line between a picture's caption (a short line with no closing
    stop, often the headline again) and the story going on below: it credits the picture, not the
    story; a page's own rights line stands under the story, not inside it."""
    body = {line.number for line in layout.body}
    page = sorted({line.number: line for line in layout.head + layout.body + layout.closing + layout.tail}.values(),
                  key=lambda line: line.number)
    return frozenset(line.text for before, line, after in zip(page, page[1:], page[2:])
                     if line.text.startswith("©") and word_count(line.text) <= PICTURE_COPYRIGHT_WORDS
                     and before.kind == "short" and not CAPTION_END.search(before.text)
                     and after.number in body and after.kind == "prose")


# An interview the page itself prints: its lead says the interviewee gave it to an outlet ('в интервью
# корреспонденту БЕЛТА', 'дал интервью БЕЛТА и газете …', 'in an exclusive interview with Steppe
# Wire', 'Interview given exclusively to the Steppe News Agency by …') and the questions follow
# at once. The outlet that asked is the source; an interview mentioned in passing, with no
# questions after it, is only quoted (another outlet's earlier interview).
INTERVIEW_OUTLET_KIND = (r"(?:(?:собственному\s+|специальному\s+)?(?:корреспонденту|журналисту|обозревателю)\s+|агентству\s+|информагентству\s+"
                         r"|газете\s+|журналу\s+|изданию\s+|порталу\s+|сайту\s+|телеканалу\s+|радио\s+|радиостанции\s+)?")
INTERVIEW_GIVEN_TO = re.compile(
    r"(?:\b(?:в|во\s+время)\s+(?:\w+\s+){0,2}?интервью|\b(?:дал|дала|дали|дало|предоставил[аи]?)\s+(?:\w+\s+){0,2}?интервью"
    r"|\bинтервью,\s+(?:данном|данное|которое\s+\w+\s+дал[аи]?)|\binterview\s+(?:was\s+)?(?:given|granted)(?:\s+exclusively)?"
    r"|\b(?:in|gave|granted|during)\s+an?\s+(?:\w+\s+){0,2}?interview)"
    r"\s+(?:(?:to|with|for)\s+(?:the\s+)?|для\s+)?" + INTERVIEW_OUTLET_KIND
    + r"[«\"“]?(?-i:(?P<words>[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,3}))", re.I)
# A question of the interview: a paragraph ending on '?', one opening on a dash (the Russian way
# of printing questions and answers), a dash-opened question run on after the lead's last stop
# ('…проектах.- Господин посол, что …?'), or a question under a label ('Q:', 'Вопрос:', 'MOLDPRES:')
QUESTION_PARAGRAPH = re.compile(r"\?\s*$|^\s*[-–—]\s*\S[^\n]{3,600}?\?|^\s*(?:Q|Вопрос|Корр\.?|Корреспондент)\s*[:：.]")
RUN_ON_QUESTION = re.compile(r"[.!?»\"”]\s*[-–—]\s*[A-ZА-ЯЁ][^?\n]{3,600}\?")
INTERVIEW_LEAD_PARAGRAPHS = 2  # a standfirst may stand over the lead that names the interview
QUESTION_REACH = 3  # paragraphs after the one naming the interview where its first question stands
INTERVIEW_SENTENCE_CHARS = 400  # the interview is named in the lead's opening sentences, not deep in it


def _asks_at_once(paragraphs: list[Line], start: int, after: str) -> bool:
    """A question of the interview right after its naming: run on in the same paragraph or in
    one of the next few paragraphs."""
    return bool(RUN_ON_QUESTION.search(after) or QUESTION_PARAGRAPH.search(after.strip()) and after.strip().endswith("?")
                or any(QUESTION_PARAGRAPH.search(line.text[:MAX_SCAN_LINE * 4]) for line in paragraphs[start + 1 : start + 1 + QUESTION_REACH]))


def interview_given_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet or agency the lead says was given the interview that follows."""
    paragraphs = [line for line in body if line.kind != "caption"]
    for i, line in enumerate(paragraphs[:INTERVIEW_LEAD_PARAGRAPHS]):
        for match in INTERVIEW_GIVEN_TO.finditer(line.text[:INTERVIEW_SENTENCE_CHARS]):
            source = _named_by_first_words(match.group("words").rstrip(".,").split(), registry, ("outlet", "agency"))
            if source and _asks_at_once(paragraphs, i, line.text[match.end() : MAX_SCAN_LINE * 4]):
                return source.name
    return None


# 'MOLDPRES: Your Excellency, …?', 'БЕЛТА: Как вы оцениваете …?': an interview's questions, each
# under the asking outlet's name (as CJK_REPORTER_QUESTION in Chinese); two such paragraphs, one
# a question at least
OUTLET_QUESTION_LABEL = re.compile(r"^\s*(?P<source>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ][\w.\-]*){0,3})\s*:\s+\S")


def labelled_questions_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet or agency whose name labels two paragraphs or more of an interview,
    one of them a question."""
    labels: dict[str, list[str]] = {}
    for line in body:
        match = OUTLET_QUESTION_LABEL.match(line.text[:MAX_SCAN_LINE])
        if match:
            labels.setdefault(match.group("source"), []).append(line.text[: MAX_SCAN_LINE * 4])
    for name, texts in labels.items():
        source = len(texts) >= REPORTER_QUESTIONS and source_named(registry, name)
        if source and source.kind in ("outlet", "agency") and any("?" in text for text in texts):
            return source.name
    return None


# '北京日报客户端记者从某国驻华使馆获悉,…', '5月18日,新华社记者王明从海关了解到,…': a lead opening on the
# outlet's own reporter learning the news from an informant, the house formula of a paper's or a
# wire's own report (a site retelling it writes '据某某日报消息')
CJK_REPORTER_LEARNED = re.compile(
    r"^\s*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*)?(?P<source>[\u3400-\u9fff]{2,12}?)(?:记者|記者)[\u3400-\u9fff·]{0,4}?"
    r"(?:从|從|自)[^。！？,，]{2,40}?(?:获悉|獲悉|了解到|瞭解到|得知|证实|證實)")


def lead_reporter_learned_source(body: list[Line], registry: Registry) -> str | None:
    """The registered outlet or agency whose reporter the lead says learnt its news (see CJK_REPORTER_LEARNED)."""
    lines = _lead_paragraphs(body, 1)
    match = lines and CJK_REPORTER_LEARNED.match(lines[0].text[:MAX_SCAN_LINE])
    source = match and source_named(registry, match.group("source"))
    return source.name if source and source.kind in ("outlet", "agency") else None


STANDFIRST_WORDS = 25  # a standfirst is one short sentence; a story's first paragraph runs longer


def _standfirst(text: str) -> bool:
    return (len(_lead_sentences(text)) == 1 and text.rstrip().endswith(tuple(SENTENCE_END))
            and word_count(text) <= STANDFIRST_WORDS)


def credit_under_standfirst_source(layout: Layout, text: str, registry: Registry) -> str | None:
    """'Источник: Some Paper' on its own line between a one-sentence standfirst and the story's
    first paragraph, as aggregators print the credit of a story they carry: it credits the story
    (between later paragraphs, or after a caption, a label credits a picture). Only a
    registered outlet or agency counts."""
    body = [line for line in layout.body if line.kind != "caption"]
    if len(body) < 2 or not _standfirst(body[0].text):
        return None
    between = [line for line in split_lines(text)[1] if body[0].number < line.number < body[1].number]
    # the label's whole value is the name ('Source: X, a news outlet of Y' introduces a cited outlet)
    labels = [label for line in between if (label := CREDIT_LINE_LABEL.match(line.text))]
    source = len(labels) == 1 and source_named(registry, labels[0].string[labels[0].end():].strip(" .«»\"“”"))
    return source.name if source and source.kind in ("outlet", "agency") else None


def name_under_standfirst_source(layout: Layout, text: str, registry: Registry) -> str | None:
    """A registered outlet's or agency's name alone on the one line between a one-sentence standfirst
    and the story's first paragraph ('Sputnik', 'РИА Новости', '新华社'): the slot where a site that
    leads with a standfirst and a picture prints whose story it is. Unlabelled, so it is read after
    every labelled or dated credit; a person's or a place's name there is never registered as an outlet."""
    body = [line for line in layout.body if line.kind != "caption"]
    # one sentence, of any length: a Chinese lead sentence runs past STANDFIRST_WORDS
    if len(body) < 2 or len(_lead_sentences(body[0].text)) != 1:
        return None
    between = [line for line in split_lines(text)[1]
               if body[0].number < line.number < body[1].number and line.text.strip()]
    source = len(between) == 1 and source_named(registry, between[0].text.strip())
    return source.name if source and source.kind in ("outlet", "agency") else None


# '• China is asking questions, the banker says': a point of a standfirst printed as a bulleted list
STANDFIRST_BULLET = re.compile(r"^\s*[•·▪●■◆►\-–*]\s+\S")


def name_under_bullets_source(layout: Layout, text: str, registry: Registry) -> str | None:
    """A registered outlet's or agency's name alone (perhaps printed twice, a hover copy) on the lines
    between a bulleted standfirst and the stamp: where a site that leads with its points prints whose
    story it carries."""
    body = [line for line in layout.body if line.kind != "caption"]
    points = len(list(takewhile(lambda line: STANDFIRST_BULLET.match(line.text), body)))
    if not points:
        return None
    below = body[points].number if points < len(body) else float("inf")
    names = []
    for line in split_lines(text)[1]:
        if body[points - 1].number < line.number < below:
            if find_dates(line.text[:MAX_SCAN_LINE]):
                break
            names.append(line.text.strip())
    source = len(set(names)) == 1 and source_named(registry, names[0])
    return source.name if source and source.kind in ("outlet", "agency") else None


# A line crediting the story in another language's word for 'source' ('Izvor: Tanjug', 'Źródło: PAP',
# 'Quelle: dpa', 'Fuente: EFE', 'Kaynak: AA', 'Nguồn: TTXVN', '출처: 연합뉴스'), or for 'author' naming an
# agency ('Autor: Tanjug', 'Auteur : AFP': a wire credited where a writer stands). Only a registered
# name counts: these words label other things too in languages the ingest does not read.
SOURCE_LABEL_WORDS = (
    "izvor", "izvori", "извор", "извори", "źródło", "źródła", "zdroj", "zdroje", "vir", "viri", "източник", "sursa", "sursă", "surse",
    "forrás", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "font", "kaynak", "šaltinis", "avots", "allikas", "lähde",
    "kilde", "källa", "kilder", "bron", "πηγή", "nguồn", "sumber", "mənbə", "manba", "дереккөз", "булак", "эх сурвалж", "мэдээллийн эх сурвалж",
    "წყარო", "աղբյուր", "出典", "出处", "出處", "출처", "المصدر", "מקור",
)
AUTHOR_LABEL_WORDS = (
    "autor", "autori", "autorzy", "autorius", "autors", "auteur", "auteurs", "autore", "autores", "szerző", "yazar", "аўтар",
    "аутор", "автор", "автори", "авторы", "author", "authors", "tác giả", "penulis", "forfatter", "författare", "kirjoittaja", "συντάκτης", "ავტორი", "հեղինակ", "muallif",
)
FOREIGN_SOURCE_LABEL = re.compile(r"(?i)^\s*(?:" + "|".join(re.escape(word) for word in SOURCE_LABEL_WORDS) + r")\s*[:：]\s*(?P<source>\S.{0,60}?)\s*\.?$")
AUTHOR_AGENCY_LABEL = re.compile(r"(?i)^\s*(?:" + "|".join(re.escape(word) for word in AUTHOR_LABEL_WORDS) + r")\s*[:：]\s*(?P<source>\S.{0,60}?)\s*\.?$")


def foreign_label_source(lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet a foreign source label names, or the registered agency a foreign
    author label names (see FOREIGN_SOURCE_LABEL)."""
    for line in lines:
        text = line.text[:MAX_SCAN_LINE]
        source = (match := FOREIGN_SOURCE_LABEL.match(text)) and source_named(registry, match.group("source").strip(" «»\"“”"))
        if source:
            return source.name
        source = (match := AUTHOR_AGENCY_LABEL.match(text)) and source_named(registry, match.group("source").strip(" «»\"“”"))
        if source and source.kind == "agency":
            return source.name
    return None


# 'Steppe Ledger / By Jane Roe', 'By Jane Roe / Steppe Ledger', 'Steppe Wire | Автор: Иван Петров': an
# outlet's name and the writer's byline on one line, parted by a slash or a bar (a reposting site's
# credit of the story it carries; the line may read as chrome, being short and unstopped)
BYLINE_WORDS = r"(?:By|От|Автор\s*:|Author\s*:|Text\s*:|Текст\s*:)\s+[A-ZА-ЯЁ][\w'’.\-]+(?:\s+[A-ZА-ЯЁ][\w'’.\-]+){0,3}(?:\s*(?:,|and|и|&)\s*[A-ZА-ЯЁ][\w'’.\-]+(?:\s+[A-ZА-ЯЁ][\w'’.\-]+){0,3})*"
OUTLET_THEN_BYLINE = re.compile(r"^\s*(?P<source>[^/|]{2,40}?)\s*[/|]\s*" + BYLINE_WORDS + r"\s*$")
BYLINE_THEN_OUTLET = re.compile(r"^\s*" + BYLINE_WORDS + r"\s*[/|]\s*(?P<source>[^/|]{2,40}?)\s*$")


def outlet_and_byline_source(head: list[Line], registry: Registry) -> str | None:
    """The registered outlet a line names beside the writer's byline (see OUTLET_THEN_BYLINE)."""
    for line in head:
        text = line.text[:MAX_SCAN_LINE]
        match = OUTLET_THEN_BYLINE.match(text) or BYLINE_THEN_OUTLET.match(text)
        source = match and source_named(registry, match.group("source"))
        if source and source.kind in ("outlet", "agency"):
            return source.name
    return None


# A Chinese embassy's or consulate's own page: its headline opens on the envoy by post alone,
# '驻格鲁吉亚大使周谦出席…' (others write '中国驻格鲁吉亚大使…'), or its breadcrumb names the mission's
# own section ('首页 > 使馆活动') over a story naming one mission ('中国驻俄使馆'). The mission is the source.
OWN_ENVOY_HEADLINE = re.compile(r"^\s*(?:驻|駐)(?P<place>[\u3400-\u9fff]{1,12}?)(?:特命全权|特命全權)?(?P<post>大使|总领事|總領事)(?!馆|館)")
MISSION_SECTION_CRUMB = re.compile(
    r"(?:首页|首頁|主页|主頁)\s*[>›»/]\s*(?:使馆|使館|大使馆|大使館|总领馆|總領館|领馆|領館|大使|总领事|總領事)"
    r"(?:活动|活動|新闻|新聞|动态|動態|要闻|要聞|公告|通知|讲话|講話|致辞|致辭|文章|信息|资讯|資訊)")
MISSION_NAMED = re.compile(r"(?:驻|駐)(?P<place>[\u3400-\u9fff]{1,12}?)(?P<post>大使|使|总领事|總領事|领事|領事)(?:馆|館)")
MISSION_FORMS = {
    "大使": ("驻{}大使馆", "駐{}大使館", "驻{}使馆", "駐{}使館"), "使": ("驻{}大使馆", "駐{}大使館", "驻{}使馆", "駐{}使館"),
    "总领事": ("驻{}总领事馆", "駐{}總領事館", "驻{}总领馆"), "總領事": ("駐{}總領事館", "驻{}总领事馆", "駐{}總領館"),
    "领事": ("驻{}领事馆", "駐{}領事館"), "領事": ("駐{}領事館", "驻{}领事馆"),
}


def _mission(registry: Registry, place: str, post: str) -> Source | None:
    """The registered embassy or consulate in `place` ('俄', '格鲁吉亚'), its post named by `post`."""
    for form in MISSION_FORMS[post]:
        source = source_named(registry, form.format(place)) or source_named(registry, "中国" + form.format(place))
        if source and source.kind == "government":
            return source
    return None


# '驻巴拿马使馆与某国议会举行线上交流', '中国驻某市总领馆举办奖学金交流会': a mission's own news names the
# mission first in its headline, by the short name it calls itself ('驻X使馆', '(中国)驻X总领馆')
OWN_MISSION_HEADLINE = re.compile(r"^\s*(?:中国|中國|中华人民共和国|中華人民共和國)?(?:驻|駐)(?P<place>[\u3400-\u9fff]{1,12}?)"
                                  r"(?P<post>大使|使|总领事|總領事|总领|總領|领事|領事)(?:馆|館)")
SHORT_POSTS = {"总领": "总领事", "總領": "總領事"}


def own_mission_source(layout: Layout, registry: Registry) -> str | None:
    """The registered Chinese embassy or consulate whose own page this is (see OWN_ENVOY_HEADLINE,
    OWN_MISSION_HEADLINE)."""
    title = layout.title.text[:MAX_SCAN_LINE] if layout.title else ""
    match = OWN_ENVOY_HEADLINE.match(title) or OWN_MISSION_HEADLINE.match(title)
    post = match and SHORT_POSTS.get(match.group("post"), match.group("post"))
    source = match and _mission(registry, match.group("place"), post)
    if source:
        return source.name
    if not any(MISSION_SECTION_CRUMB.search(line.text[:MAX_SCAN_LINE]) for line in layout.head):
        return None
    named = {source.name for line in layout.body for m in MISSION_NAMED.finditer(line.text[: MAX_SCAN_LINE * 4])
             if (source := _mission(registry, m.group("place"), m.group("post")))}
    return named.pop() if len(named) == 1 else None


def relayed_wire_over_label(layout: Layout, dateline: Dateline | None, registry: Registry) -> str | None:
    """'据新华社阿斯塔纳4月18日电' opening the lead under '来源:人民网-人民日报': the paper printed the
    wire's copy and says so in its first words; the registered agency is the story's source."""
    lead = _lead_paragraphs(layout.body, 1)
    if not dateline or not lead or dateline.line != lead[0].number or not dateline.city:
        return None
    if not CITING_PREFIX.match(dateline.agency or "") or not RELAYED_WIRE_HEAD.match(lead[0].text):
        return None
    source = registry.source_by_name(dateline_source(dateline, registry, lead) or "")
    return source.name if source and source.kind == "agency" else None


def wire_head_under_paper_label(layout: Layout, dateline: Dateline | None, patterns: Patterns, registry: Registry) -> str | None:
    """'新华社北京4月23日电 …' opening the lead under '来源:光明日报': the paper printed the wire's copy
    under its own name; the registered agency whose Chinese wire head opens the lead is the source."""
    lead = _lead_paragraphs(layout.body, 1)
    if not dateline or not lead or dateline.line != lead[0].number or not dateline.city or not CJK_WIRE_HEAD.match(lead[0].text):
        return None
    labelled = registry.source_by_name(
        labelled_source(layout.head + _without_picture_credits(layout) + layout.tail[:CLOSING_LINES], patterns, registry) or "")
    if not labelled or labelled.kind == "agency":
        return None
    source = registry.source_by_name(dateline_source(dateline, registry, lead) or "")
    return source.name if source and source.kind == "agency" and source.name != labelled.name else None


RELAYED_WIRE_HEAD = re.compile(r"^\s*[(（]?(?:据|據)[\u4e00-\u9fff]{2,12}?\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:电|電)")


# '某某网10月21日电 据某国某通讯社报道,…': an outlet's own wire head, its lead then citing another's
# report; the source label over it ('信息来源:某通讯社') names the report it cited, not the writer
CITING_LEAD_OPENING = re.compile(r"^\s*(?:据|據)[^。，,;；]{2,30}?(?:报道|報道|報導|报导|消息|称|稱)")


def own_wire_citing_label_source(layout: Layout, dateline: Dateline | None, patterns: Patterns, registry: Registry) -> str | None:
    """The registered outlet whose wire head opens the lead and goes on citing another's report,
    over a source label naming another: the label credits what the story cites."""
    lead = _lead_paragraphs(layout.body, 1)
    if not dateline or not dateline.agency or not lead or dateline.line != lead[0].number:
        return None
    if not CITING_LEAD_OPENING.match(lead[0].text[dateline.end :]):
        return None
    own = registry.source_by_name(dateline_source(dateline, registry, lead) or "")
    labelled = labelled_source(layout.head + _without_picture_credits(layout) + layout.tail[:CLOSING_LINES], patterns, registry)
    return own.name if own and labelled and labelled != own.name else None


def national_edition(source: str | None, dateline: Dateline | None, language: str, patterns: Patterns,
                     registry: Registry) -> str | None:
    """The wire's national edition whose city a Russian-language story is filed from ('ТАШКЕНТ,
    14 сен – Sputnik.' is Sputnik Uzbekistan's), else the source as found."""
    editions = patterns.wire_editions.get(source or "", {})
    edition = editions.get(dateline.city) if dateline and dateline.city and language == "ru" else None
    return edition if edition and registry.source_by_name(edition) else source


# 'Фото: © Белновости', 'Photo: © Steppe Ledger': a picture the site's own outlet holds the rights to (an
# agency sells its pictures to others: only an outlet's own counts), read when nothing else names one
OWN_PICTURE_COPYRIGHT = re.compile(r"(?i)^\s*(?:фото|photos?|images?|图片|圖片)\s*[:：]\s*(?:©|\(c\))\s*(?P<source>[^©/|,;]{2,40}?)\s*$")
# 'По данным источников РБК, …', 'как рассказали источники РБК': an outlet's own unnamed informants (another
# outlet retelling them writes 'сообщает X со ссылкой на источники'), read when nothing else names one
OWN_INFORMANTS = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:По данным|По информации|Как (?:рассказали|сообщили|пояснили))\s+(?:\w+\s+)?источник(?:ов|и)\s+"
                            r"[«\"]?(?P<source>[A-ZА-ЯЁ][\w.\-]*(?: [A-ZА-ЯЁ«][\w.\-»]*){0,2}?)[»\"]?\s*,")


def own_picture_or_informants_source(body: list[Line], lines: list[Line], registry: Registry) -> str | None:
    """The registered outlet whose own picture the page shows (see OWN_PICTURE_COPYRIGHT), or whose own
    informants the story cites (see OWN_INFORMANTS)."""
    for line in lines:
        match = OWN_PICTURE_COPYRIGHT.match(line.text[:MAX_SCAN_LINE])
        source = match and source_named(registry, match.group("source").strip(" .«»\""))
        if source and source.kind == "outlet":
            return source.name
    for line in body:
        for match in OWN_INFORMANTS.finditer(line.text[: MAX_SCAN_LINE * 4]):
            source = source_named_inflected(registry, match.group("source").strip(" «»\""))
            if source and source.kind == "outlet":
                return source.name
    return None


# An outlet the registry lacks, named where a page credits only itself. Every reading above takes a
# registered name only, as the same shapes also quote other outlets; these last ones take an unknown
# name from the places a page names itself (its copyright line, its page title's end, its own
# correspondent's sign-off), and only when the name says what it is: a word of an outlet's ('Courier',
# 'Вестник', '日报') or of a public body's ('Ministry', 'Посольство', '外事办'), see credits.yaml.
# A person's, a firm's or a place's name is no source, and null beats a wrong one.
MAX_UNREGISTERED_WORDS = 8
TOP_LEVEL_DOMAIN = r"\.(?:[a-z]{2,6}|[A-Z]{2,6}|рф|РФ)"  # '.kz', '.RU' (a site may print its domain in capitals)
WEB_NAME = re.compile(r"^[A-Za-zА-ЯЁа-яё0-9][\w\-]*(?:\.[\w\-]+)*" + TOP_LEVEL_DOMAIN + "$")  # 'Накануне.RU', 'lsm.kz'
DOMAIN_ENDING = re.compile(TOP_LEVEL_DOMAIN + r"(?![\w])")
CJK_NAME = re.compile(r"^[\u3400-\u9fff]{3,24}$")


def outlet_shaped(name: str, patterns: Patterns, *, bodies: bool = True) -> bool:
    """Whether an unregistered name says it is an outlet's (or, with `bodies`, a public body's)."""
    name = name.strip()
    if CJK_NAME.match(name):
        return name.endswith(patterns.media_endings + (patterns.body_endings if bodies else ()))
    words = [word.strip("«»\"“”„()") for word in name.split()]
    if not words or len(words) > MAX_UNREGISTERED_WORDS or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if WEB_NAME.match(name.strip("«»\"“”")):
        return True
    kinds = patterns.media_words | (patterns.body_words if bodies else frozenset())
    return any(fold(word) in kinds or _compound_media_word(word, patterns) for word in words)


# 'EurasiaNet', 'AmurMedia', 'PSNews': a brand run together from a name and an outlet's word, the
# word's capital showing where it starts
COMPOUND_TAIL = re.compile(r"(?<=[a-zа-яё])[A-ZА-ЯЁ][a-zа-яё]+$|(?<=[A-ZА-ЯЁ])[A-ZА-ЯЁ][a-zа-яё]+$")


def _compound_media_word(word: str, patterns: Patterns) -> bool:
    tail = COMPOUND_TAIL.search(word)
    return tail is not None and fold(tail.group()) in patterns.media_words


def _unregistered_name(name: str | None, patterns: Patterns, registry: Registry, *, bodies: bool = True) -> str | None:
    """The printed name, when the registry lacks it and it is outlet-shaped (see above)."""
    name = name and canonical_source(name, registry, known_only=False)
    if not name or source_named(registry, name) is not None:
        return None  # a registered name was the earlier readings' to take; here it is some other use of it
    return name if outlet_shaped(name, patterns, bodies=bodies) and not _implausible_outlet(name, patterns, registry) else None


# '版权所有:南湖市外事办公室': a Chinese site's owner, labelled in its footer
# (a portal's '主办：某某县人民政府' names the office that runs it, not the outlet of the stories it carries)
CJK_SITE_OWNER = re.compile(r"^\s*版[权權]所有\s*[:：]?\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?"
                            r"(?P<source>[\u3400-\u9fff]{3,24})(?:\s|$|[,，。|｜])")


def unregistered_copyright_source(lines: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """An unregistered outlet or body holding the page's rights in its footer ('© 2021 Harbor Valley
    Courier. All rights reserved.', '版权所有:南湖市外事办公室')."""
    for line in lines:
        text = line.text[:MAX_SCAN_LINE]
        match = COPYRIGHT_HOLDER.match(text) or CJK_COPYRIGHT_HOLDER.match(text) or CJK_SITE_OWNER.match(text)
        held = match and (match.groupdict().get("source") or match.groupdict().get("holder"))
        after = None if held else HOLDER_BEFORE_COPYRIGHT.match(text)
        held = held or (after and (after.group("quoted") or after.group("source")))
        name = _unregistered_name(held, patterns, registry)
        if name:
            return name
    return None


# 'Headline | Harbor Valley Courier', 'Headline - Вестник Заречья', '南湖市与波兰签署协议_南湖新闻网': the
# browser's title of the page, the site's name after a bar, a spaced dash or (Chinese) an underscore
TITLE_SITE_SUFFIX = re.compile(r"^(?P<headline>.{12,300}?)(?P<separator>\s[|｜]\s?|\s[-–—]\s|\s::\s|_)(?P<source>[^|｜_\-–—]{2,60}?)\s*$")
MIN_SUFFIXED_HEADLINE_WORDS = 4


def title_site_suffix(title: str, patterns: Patterns, registry: Registry) -> re.Match | None:
    """The page title's suffix naming an unregistered site: the headline, a separator, the name. A public
    body after a dash is the speaker a Russian headline credits ('… — МИД КНР'), not the site; a name after
    a quotation's end is the quoted speaker ('«…», — Reuters')."""
    match = TITLE_SITE_SUFFIX.match(title[:MAX_SCAN_LINE])
    if not match or (match["separator"] == "_" and not CJK_CHAR.search(match["headline"])):
        return None
    headline = match["headline"].rstrip()
    if headline.endswith((",", "»", '"', "”")) or not (word_count(headline) >= MIN_SUFFIXED_HEADLINE_WORDS or len(CJK_CHAR.findall(headline)) >= 6):
        return None
    barred = match["separator"].strip() in ("|", "｜", "_", "::")
    return match if _unregistered_name(match["source"], patterns, registry, bodies=barred) else None


def title_suffix_source(title: Line | None, patterns: Patterns, registry: Registry) -> str | None:
    """An unregistered site naming itself at the end of the page's title (see title_site_suffix)."""
    match = title and title_site_suffix(title.text, patterns, registry)
    return canonical_source(match["source"], registry, known_only=False) if match else None


# 'By Mina Novak for EurasiaNet (03/09/07)': the writer's byline naming the outlet the piece was written for
BYLINE_FOR_OUTLET = re.compile(
    r"^\s*By\s+[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})?"
    r"\s+for\s+(?:the\s+)?(?P<source>[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,4}?)\s*(?:[(|,]|$)")
# '(南湖电子报)越南…': a Chinese outlet's name in brackets opening the lead, as a wire's credit
CJK_BRACKETED_OPENER = re.compile(r"^\s*[(（](?P<source>[\u3400-\u9fff]{3,16})[)）]")
# 'Harbor News / On Sunday, …', '(Harbor News) — The …': the outlet's name before a slash, or in brackets
# before a dash, opening the lead as a wire's credit does without a city
SLASHED_OPENER = re.compile(r"^\s*(?P<source>[A-ZА-ЯЁ][\w.’'&\-]*(?: [A-ZА-ЯЁ][\w.’'&\-]*){0,3})\s+/\s+(?=[A-ZА-ЯЁ«\"“])")
BRACKETED_DASH_OPENER = re.compile(r"^\s*[(（](?P<source>[^()（）]{2,40})[)）]\s*[—–-]{1,2}\s+(?=[A-ZА-ЯЁ«\"“])")


def byline_for_outlet_source(head: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """The outlet a byline says the piece was written for, registered or outlet-shaped."""
    for line in head:
        match = BYLINE_FOR_OUTLET.match(line.text[:MAX_SCAN_LINE])
        known = match and source_named(registry, match["source"])
        name = known.name if known else match and _unregistered_name(match["source"], patterns, registry, bodies=False)
        if name:
            return name
    return None


def unregistered_opener_source(body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """An unregistered outlet's name opening the lead as a wire's credit does: before a dash ('PSNews - The …')
    or a slash, in brackets before a dash, or, in Chinese, in brackets ('(南湖电子报)越南…'); an outlet's name
    only, not a body's or a place's."""
    for line in _lead_paragraphs(body, 1):
        match = (OUTLET_DASH_LEAD.match(line.text) or CJK_BRACKETED_OPENER.match(line.text) or SLASHED_OPENER.match(line.text)
                 or BRACKETED_DASH_OPENER.match(line.text))
        name = match and _unregistered_name(match["source"], patterns, registry, bodies=False)
        if name:
            return name
    return None


def unregistered_sign_off_source(body: list[Line], patterns: Patterns, registry: Registry) -> str | None:
    """An unregistered outlet signing its lead's sentence as its own ('…, передает корреспондент Заречье.ру.',
    '…, сообщает Вестник Заречья.'): an outlet's name or a site's domain only (a body there is the informant,
    '…, сообщает Минобороны'); 'пишет X' is how a site cites the paper whose story it retells."""
    for line in _lead_paragraphs(body, 1):
        for sentence in _lead_sentences(line.text)[:2]:
            if EARLIER.match(sentence):
                continue
            match = WIRE_CORRESPONDENT.search(sentence) or OUTLET_SIGN_OFF.search(sentence) or OUTLET_DOMAIN_SIGN_OFF.search(sentence)
            if not match or match.groupdict().get("verb") == "пишет":
                continue
            printed = match.groupdict().get("quoted") or match.groupdict().get("source")
            domain = match.groupdict().get("source") and DOMAIN_ENDING.match(sentence, match.end("source"))
            printed = printed + domain.group() if domain else printed  # 'Заречье.RU.': the stop ended the name early
            name = _unregistered_name(printed, patterns, registry, bodies=False)
            if name:
                return name
    return None


def find_source(layout: Layout, dateline: Dateline | None, text: str, patterns: Patterns, registry: Registry) -> str | None:
    """The outlet or agency whose article this is, strongest clue first."""
    picture_copyrights = _picture_copyrights(layout)
    extractors = (
        lambda: relayed_wire_over_label(layout, dateline, registry),
        lambda: wire_head_under_paper_label(layout, dateline, patterns, registry),
        lambda: own_wire_citing_label_source(layout, dateline, patterns, registry),
        lambda: _registered_lead_over_unknown_label(layout, patterns, registry),
        lambda: _lead_wire_over_unknown_label(layout, dateline, patterns, registry),
        lambda: labelled_source(layout.head + _without_picture_credits(layout) + layout.tail[:CLOSING_LINES], patterns, registry),
        lambda: cited_report_label_source(layout.head + layout.body[:1], registry),
        lambda: closing_bracketed_label_source(_story_end(layout) + layout.closing + layout.tail[:CLOSING_LINES], patterns, registry),
        lambda: bracketed_credit_with_author_source(layout.head + layout.body[:1] + layout.closing, patterns, registry),
        lambda: run_on_bracketed_label_source(layout.body, registry),
        lambda: credit_under_story_source(layout, text, patterns, registry),
        lambda: credit_under_standfirst_source(layout, text, registry),
        lambda: foreign_label_source(layout.head + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: bracketed_label_cell_source(layout.head + layout.body[:1], registry),
        lambda: whole_bracketed_cell_source(layout.head, registry),
        lambda: slug_source(layout.head, patterns, registry),
        lambda: digest_item_source(layout.head + layout.body[:1], registry),
        lambda: closing_credit_over_unknown_wire_head(dateline, layout.body, patterns, registry),
        lambda: dateline_source(dateline, registry, layout.head + layout.body),
        lambda: None if dateline else later_dateline_source(layout.body, patterns, registry),
        lambda: None if dateline else captioned_lead_wire_source(layout.body, registry),
        lambda: None if dateline else caption_glued_lead_credit_source(layout.body, registry),
        lambda: lead_credit_source(layout.body, registry, patterns),
        lambda: syndicated_opener_source(layout.head[:1] + _lead_paragraphs(layout.body), registry),
        lambda: dashed_wire_head_source(layout.body, registry),
        lambda: outlet_dash_lead_source(_lead_paragraphs(layout.body, 1), registry),
        lambda: outlet_dash_lead_source(_standfirsts(layout.head)[:1], registry),
        lambda: capitals_wire_head_source(layout.body, registry),
        lambda: slashed_agency_source(layout.body, registry),
        lambda: cjk_slashed_wire_source(layout.head + _lead_paragraphs(layout.body), registry),
        lambda: cjk_timed_wire_head_source(_lead_paragraphs(layout.body, 1), registry),
        lambda: cjk_outlet_reporter_credit_source(layout.head + layout.body[:1], registry),
        lambda: dateline_tail_source(dateline, layout.head + layout.body, registry),
        lambda: lead_domain_source(layout.body, registry),
        lambda: domain_colon_credit_source(layout.head, layout.body, registry),
        lambda: outlet_country_head_source(layout.body, registry),
        lambda: lead_city_outlet_source(layout.body, registry),
        lambda: dated_opener_source([layout.title] * bool(layout.title) + layout.body, registry),
        lambda: named_opener_source(layout.body, registry),
        lambda: outlet_city_head_source(layout.body, patterns, registry),
        lambda: cjk_news_opener_source(layout.body, registry),
        lambda: cjk_own_site_opener_source(layout.body, patterns, registry),
        lambda: cjk_outlet_dash_lead_source(layout.body, registry),
        lambda: glued_name_opener_source(layout.body, registry),
        lambda: cjk_agency_day_city_source(layout.body, registry),
        lambda: reordered_wire_credit_source(layout.body, registry),
        lambda: lead_bracketed_label_source(layout.body, registry),
        lambda: bracket_credit_source([layout.title] * bool(layout.title) + layout.head + layout.body[:1] + _lead_paragraphs(layout.body, 1), patterns, registry),
        lambda: press_service_source([layout.title] * bool(layout.title) + layout.head + layout.body[:1] + layout.body[-1:] + layout.closing, registry),
        lambda: release_issuer_source(layout.head + layout.body[:1], registry),
        # (a wire's reporter credited on a line of its own outranks the hosting portal's stamp)
        lambda: cjk_agency_reporter_line_source(layout.head + layout.body[:1], registry),
        lambda: stamp_source(layout.head, registry),
        lambda: stamp_site_source(layout.head, registry),
        lambda: dated_name_line_source(layout.head, registry),
        lambda: read_counter_credit_source(layout.head, registry),
        lambda: headline_outlet_source(layout.title, registry),
        lambda: wire_under_body_masthead_source(layout, registry),
        lambda: dated_agency_sign_off_source(layout.closing, registry),
        # (an outlet signing under the story's end outranks the hosting site's brand above its headline;
        # a copyright mark there, '© ТАСС', may be its picture's, and waits for the later clues)
        lambda: signed_under_story_source(_with_last_paragraph(layout), registry, copyright_too=False),
        lambda: credit_line_source(layout.head, registry, layout.title),
        lambda: outlet_and_byline_source(layout.head, registry),
        lambda: staff_of_outlet_byline_source(layout.head, registry),
        lambda: byline_agency_source(layout.head, patterns, registry),
        lambda: desk_byline_source(layout.head, registry),
        lambda: glued_byline_outlet_source([layout.title] * bool(layout.title) + layout.head, registry),
        lambda: byline_from_outlet_source([layout.title] * bool(layout.title) + layout.head + layout.body[:1], registry),
        lambda: byline_comma_outlet_source(layout.head + layout.body[:LEAD_CREDIT_PARAGRAPHS], registry),
        lambda: labelled_writer_outlet_source(layout.head, registry),
        lambda: role_at_outlet_source(layout.head, registry),
        lambda: writer_and_outlet_line_source(layout.head, layout.title, registry),
        lambda: copyright_byline_source(layout.head + layout.body[:1], registry),
        lambda: written_for_source(layout.head + layout.body[:LEAD_CREDIT_PARAGRAPHS], registry),
        lambda: house_credit_source(layout.body + layout.closing, registry),
        lambda: distributed_by_source(layout.body[-CLOSING_LINES:] + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: information_credit_source(layout.head + layout.body[:1], registry),
        lambda: own_information_source(layout.body[:SELF_REFERENCE_PARAGRAPHS], registry),
        lambda: print_issue_source(layout.head + layout.body[:1], patterns, registry),
        lambda: staff_credit_source(layout.head + layout.body[:1], registry),
        lambda: closing_reporter_source(layout.closing, registry),
        lambda: aggregator_pointer_source(text, registry),
        lambda: read_on_site_source(layout.head + layout.body[:LEAD_CREDIT_PARAGRAPHS], registry),
        lambda: more_in_story_source(layout.head + layout.body[:LEAD_CREDIT_PARAGRAPHS] + layout.closing, registry),
        lambda: repost_credit_source(layout.head + layout.body + layout.closing, registry),
        lambda: origin_label_source(layout.body + layout.closing, registry),
        lambda: text_and_photo_source(layout.body[-CLOSING_LINES:] + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: writer_photo_outlet_source(layout.head + layout.body[-CLOSING_LINES:] + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: words_credit_source(layout.head + layout.body[:LEAD_CREDIT_PARAGRAPHS] + layout.closing[-CLOSING_LINES:], registry),
        lambda: first_appeared_source(layout.body[-CLOSING_LINES:] + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: site_following_agency_source(layout.body[-CLOSING_LINES:] + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: dated_sign_off_source(layout.closing, registry),
        lambda: run_on_sign_off_source(layout.body + layout.closing, registry),
        lambda: permalink_source(text, registry),
        lambda: getattr(url_source(text, registry), "name", None),
        lambda: image_alt_source(layout.head + layout.body, registry),
        lambda: image_alt_site_source(text, registry),
        lambda: site_signature(layout.head + layout.tail, patterns)[0],
        lambda: name_under_standfirst_source(layout, text, registry),
        lambda: name_under_bullets_source(layout, text, registry),
        lambda: wire_self_reference_source(layout.body, registry, layout.closing + layout.tail),
        lambda: cjk_lead_reporter_source(layout.body, registry),
        lambda: lead_reporter_learned_source(layout.body, registry),
        lambda: lead_paper_reporter_source(layout.body, registry),
        lambda: interview_questions_source(layout.body, registry),
        lambda: relayed_report_source(layout.head + layout.body[:1], registry),
        lambda: self_reference_source(layout.head + layout.body[:SELF_REFERENCE_PARAGRAPHS] + layout.closing, registry),
        lambda: correspondent_at_work_source(layout.body[:SELF_REFERENCE_PARAGRAPHS], registry),
        lambda: own_stance_notice_source(layout.head + layout.body[:SELF_REFERENCE_PARAGRAPHS] + layout.closing + layout.tail, patterns, registry),
        lambda: closing_special_report_source(layout.body[-1:] + layout.closing, patterns, registry),
        lambda: issue_self_reference_source(layout.body[:SELF_REFERENCE_PARAGRAPHS] + layout.closing, registry),
        lambda: breadcrumb_source(layout.head, registry),
        lambda: edition_masthead_source(layout.head, registry),
        lambda: donation_banner_source(layout.head + layout.closing + layout.tail, registry),
        lambda: support_appeal_source(layout.head + layout.body + layout.closing + layout.tail, registry),
        lambda: live_player_source(layout.head + layout.closing + layout.tail, registry),
        lambda: cjk_print_page_source(layout.body[-CLOSING_LINES:] + layout.closing + layout.tail[:CLOSING_LINES], registry),
        lambda: closing_agency_source(layout.body + layout.closing, registry),
        lambda: signed_under_story_source(layout.closing, registry),
        lambda: agency_after_story_source(layout.body, text, registry),
        lambda: closing_paragraph_credit_source(layout.body, patterns, registry),
        lambda: closing_bracketed_agency_source(layout.body, registry),
        lambda: via_page_title_source(layout.closing, layout.title, registry),
        lambda: closing_dated_credit_source(layout.body + layout.closing, registry),
        lambda: site_notice_source(layout.head + layout.body + layout.closing + layout.tail, registry),
        lambda: press_office_source(layout.title, layout.body[-CLOSING_LINES:] + layout.closing, registry),
        lambda: collage_credit_source(layout.head + layout.body[:SELF_REFERENCE_PARAGRAPHS], registry),
        lambda: photo_provided_source(layout.head + layout.body[:SELF_REFERENCE_PARAGRAPHS], registry),
        lambda: social_links_source(layout.head + [layout.title] * bool(layout.title) + layout.closing + layout.tail, registry),
        lambda: own_accounts_source(layout.head + layout.body + layout.closing + layout.tail, registry),
        lambda: welcome_to_own_site_source(layout.head + layout.body[:SELF_REFERENCE_PARAGRAPHS] + layout.closing + layout.tail, registry),
        lambda: copyright_source([line for line in layout.closing + layout.tail if line.text not in picture_copyrights], registry),
        lambda: about_contact_footer_source(layout.closing + layout.tail, registry),
        lambda: self_description_source(layout.closing + layout.tail, registry),
        lambda: reprint_notice_source(layout.closing + layout.tail, registry),
        lambda: imprint_source(layout.closing + layout.tail, registry),
        lambda: cjk_paper_imprint_source(layout.head + layout.closing + layout.tail, registry),
        lambda: editors_note_source(layout.body, registry),
        lambda: titled_domain_source(layout.head, layout.title, registry),
        lambda: official_site_masthead_source(layout.head, registry),
        lambda: described_masthead_source(layout.head[:MASTHEAD_WORDS], registry),
        lambda: glued_button_masthead_source(layout.head, registry),
        lambda: sectioned_masthead_source(layout.head, layout.title, patterns, registry),
        lambda: masthead_source(layout.head, layout.title, patterns, registry),
        lambda: under_stamp_source(layout.head, patterns, registry),
        lambda: masthead_domain_source(layout.head, layout.title, registry),
        # (a site's contact block may stand over the story too: 'Адрес: …', 'E-mail: …')
        lambda: contact_email_source(layout.closing + layout.tail + layout.head, registry),
        lambda: glued_name_word_source(layout.body, registry),
        lambda: agency_sign_off_source(layout.body, registry),
        lambda: told_agency_source(dateline, layout.head, layout.body, registry),
        lambda: exclusive_interview_headline_source(layout.title, registry),
        lambda: own_mission_source(layout, registry),
        lambda: interview_given_source(layout.body, registry),
        lambda: labelled_questions_source(layout.body, registry),
        lambda: outlet_sign_off_source(layout.body, registry),
        lambda: relaying_wire_source(layout.body, registry),
        lambda: promotion_source(text, registry, picture_copyrights),
        lambda: own_picture_or_informants_source(layout.body, layout.head + layout.body + layout.closing, registry),
        lambda: unregistered_copyright_source([line for line in layout.closing + layout.tail if line.text not in picture_copyrights],
                                              patterns, registry),
        lambda: title_suffix_source(layout.title, patterns, registry),
        lambda: unregistered_sign_off_source(layout.body, patterns, registry),
        lambda: byline_for_outlet_source(layout.head + layout.body[:1], patterns, registry),
        lambda: unregistered_opener_source(layout.body, patterns, registry),
        lambda: origin_label_source(layout.body + layout.closing, registry, patterns, unregistered=True),
    )
    values = (extract() for extract in extractors)
    source = next((value for value in values if value and not _implausible_outlet(value, patterns, registry)), None)
    source = _issuer_of_release(source, text, registry)
    source = _outlet_of_product(source, registry) or source
    source = _body_of_page_country(source, text, registry) or source
    return _edition_shown(source, layout.head + layout.body, registry) or _edition_masthead(source, layout.head, registry) or source


# An unregistered name taken from where an outlet's stands is kept only when it has a name's
# shape: a headline in its place (a source label over the linked story's title), a masthead's
# boast, a menu word, the firm that built the site ('Powered by', '技术支持') or an office's bare
# abbreviation ('外侨办', its place unsaid) name no outlet, and null beats a wrong one
TAGLINE_CLAIM = re.compile(r"\b(?:oldest|largest|biggest|greatest|leading|most|best|fastest|number one)\b", re.I)
SOFTWARE_FIRM = re.compile(r"(?:信息技术|信息技術|网络科技|網絡科技|网络技术|網絡技術|软件|軟件|軟體|数码|數碼|科技)(?:股份)?有限公司$"
                           r"|\b(?:software|technologies|web\s*(?:design|solutions|studio)|it solutions|hosting)\b", re.I)
BARE_OFFICE_ABBREVIATION = re.compile(r"^[\u3400-\u9fff]{1,2}(?:办|辦|局|厅|廳|委)$")
# '校新闻网讯', '院报', '我校官网': a university's (校) or a college's (院) own news site or paper named
# by the level word alone, the school unsaid: the page's self-reference, naming no one outlet
UNNAMED_SCHOOL_SITE = re.compile(r"^(?:本|我)?(?:校|院|系|所)(?:园)?(?:新闻网|新聞網|新闻中心|新聞中心|官网|官網|主页|主頁|网站|網站|网|網|报|報|刊|电视台|電視台|广播台|廣播台)$")
# 'Ministry of Foreign Affairs': every country has one; without its country it names none
COUNTRYLESS_MINISTRY = re.compile(r"^(?:the\s+)?Ministry\s+of(?:\s+(?:and\s+)?[A-Z][a-z]+){1,4}$|^Министерство(?:\s+[а-яё]+){1,4}$")
GENERIC_WORDS = frozenset({
    "categories", "category", "home", "homepage", "news", "archive", "archives", "tags", "search", "menu", "sections",
    "меню", "菜单", "菜單", "рубрики", "рубрика", "главная", "новости", "архив", "разделы", "首页", "首頁", "新闻", "新聞", "栏目", "欄目", "分类", "分類",
    # an official site's menu: the state's constitution and symbols, the leader's biography, contacts
    "constitution", "конституция", "канстытуцыя", "конституція", "宪法", "憲法", "symbols", "state symbols", "символика",
    "государственная символика", "государственные символы", "国家象征", "biography", "биография", "біографія", "біяграфія", "简历", "簡歷",
    "contacts", "contact us", "контакты", "контакти", "кантакты", "联系我们", "聯繫我們", "聯絡我們",
})
# 'Official News', 'Latest News': a site's rubric over its stories, however a name it looks
RUBRIC_NAME = re.compile(r"^(?:official|latest|top|breaking|main|hot|recent|featured|related|other|more)\s+news$", re.I)
# 'Close X', 'Settings': a dialog's or a toolbar's button over the page names no outlet; nor does
# 'Language', the label of a language switcher
CONTROL_LABEL = re.compile(r"^(?:close|settings|menu|search|share|print|subscribe|log\s?in|sign\s?in|sign\s?up|back"
                           r"|languages?|язык|语言|語言"
                           # a page's accessibility and navigation links ('Navigate Up', 'Skip to main content', 'Back to top')
                           r"|navigate up|skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|(?:back|go) to top"
                           r"|перейти к (?:основному )?содержи\w+|к основному содержанию|наверх|跳到主要内容|跳至主要内容|返回顶部|返回頂部)"
                           r"(?:\s*[x×✕✖])?$", re.I)
# 'Source: News Agencies': a credit to unnamed wires names no outlet
UNNAMED_WIRES = re.compile(r"^(?:(?:news|wire|international)\s+)?(?:agencies|wires|agency reports|wire services)$", re.I)
# 'SPA FRA ENG ARA', 'RU EN 中文': a language switcher's codes, however a masthead they stand
LANGUAGE_CODES = frozenset({
    "en", "eng", "ru", "rus", "zh", "chn", "zho", "cn", "fr", "fra", "fre", "es", "spa", "esp", "de", "deu", "ger",
    "ar", "ara", "pt", "por", "it", "ita", "ja", "jpn", "ko", "kor", "tr", "tur", "fa", "fas", "per", "uk", "ukr",
    "be", "bel", "kk", "kaz", "uz", "uzb", "ky", "kir", "tg", "tgk", "tj", "mn", "mon", "hy", "arm", "az", "aze",
    "ka", "geo", "vi", "vie", "hi", "hin", "ur", "urd", "pl", "pol", "sr", "srp", "中文", "简体", "繁體", "繁体", "рус",
})
HEADLINE_WORDS = 3  # lowercase content words: a name has its words capitalised or joined by connectors


def _implausible_outlet(name: str, patterns: Patterns, registry: Registry) -> bool:
    if registry.source_by_name(name) is not None:
        return False
    lowercase = [w for w in name.split() if w[:1].islower() and w.lower() not in NAME_CONNECTORS]
    latin = bool(re.search(r"[A-Za-z]", name)) and not re.search(r"[\u0400-\u04ff]", name)
    return bool(
        len(lowercase) >= HEADLINE_WORDS + (not latin)  # Russian names lowercase more words ('Министерство иностранных дел')
        or TAGLINE_CLAIM.search(name) or SOFTWARE_FIRM.search(name) or BARE_OFFICE_ABBREVIATION.match(name)
        or UNNAMED_SCHOOL_SITE.match(name)
        or COUNTRYLESS_MINISTRY.match(name) or UNNAMED_WIRES.match(name) or RUBRIC_NAME.match(name)
        or CONTROL_LABEL.match(name.strip())
        or _language_switcher(name)
        or _date_only(name)
        or fold(name) in patterns.chrome_lines or fold(name) in GENERIC_WORDS
    )


# what is left of a name once its date is taken out: the punctuation and the weekday or clock
# a stamp prints beside it ('Mon, 27 April 2014, 15:17')
DATE_REMAINDER = re.compile(r"^(?:[\W\d_]|(?<![^\W\d_])(?:г|гг|года?|year)(?![^\W\d_]))*$", re.I)


def _date_only(name: str) -> bool:
    """'27 April 2014', '27.04.2014', '2014年4月27日': a stamp read where a credit stands
    (a dateline's brackets hold the agency's name or the day) is no outlet."""
    dates = find_dates(name)
    rest = name
    for found in sorted(dates, key=lambda f: -f.start):
        rest = rest[:found.start] + rest[found.start + len(found.printed):]
    return bool(dates) and bool(DATE_REMAINDER.match(rest))


def _language_switcher(name: str) -> bool:
    codes = re.split(r"[\s|/·]+", name.strip())
    return len(codes) >= 2 and all(code.casefold() in LANGUAGE_CODES for code in codes)


def _issuer_of_release(source: str | None, text: str, registry: Registry) -> str | None:
    """A press-release distributor ('/PRNewswire/') only carried the release: the outlet whose
    page it is (its printed address) issued it; the distributor stays where nothing else shows."""
    found = source and registry.source_by_name(source)
    if not found or found.kind != "distributor":
        return source
    issuer = url_source(text, registry)
    return issuer.name if issuer and issuer.kind != "distributor" else source


# 'Moneycontrol PRO', 'Steppe Times Premium', 'Вестник Плюс': an outlet's paid product (its
# subscription tier's label over the page) is the outlet's own; the tier is no outlet's name
PRODUCT_TIER = re.compile(r"^(?P<outlet>.{2,50}?)\s*(?:\+|\b(?:PRO|Pro|PREMIUM|Premium|PLUS|Plus|Prime|PRIME|Select|Insider|"
                          r"Exclusive|VIP|Gold|Subscriber|Subscribers|Members|Премиум|ПРЕМИУМ|Плюс|ПЛЮС|Про)\b|(?:会员|會員|订阅|訂閱)(?:版|专区|專區)?)\s*$")


def _outlet_of_product(source: str | None, registry: Registry) -> str | None:
    """The registered outlet whose paid product's label was read as the source (see PRODUCT_TIER)."""
    match = source and not registry.source_by_name(source) and PRODUCT_TIER.match(source)
    outlet = match and source_named(registry, match.group("outlet").strip(" -–—|:"))
    return outlet.name if outlet else None


# A Chinese page names a central body bare ('外交部', '教育部網站'): which state's it is the page
# says, never the registry's default. A page in traditional script that names the Republic of
# China or Taiwan and never the People's Republic speaks for Taiwan's government; any other
# Chinese page for the PRC's.
TAIWAN_SELF_NAMES = re.compile(r"中華民國|中华民国|臺灣|台灣|(?:來|訪|抵|在|返)(?:台|臺)(?:期間|訪問|參訪|出席|[,，。、])")
PRC_SELF_NAMES = re.compile(r"中华人民共和国|中華人民共和國|中国政府|中國政府|国务院|國務院|中共中央|中国共产党|中國共產黨")
# characters printed in one script only (a traditional one and its simplified counterpart, pair by pair)
TRADITIONAL_ONLY = frozenset("國會們這為與說來時發對經關過還灣華處務實見長門問開間東車話點區學")
SIMPLIFIED_ONLY = frozenset("国会们这为与说来时发对经关过还湾华处务实见长门问开间东车话点区学")
BARE_BODY_SITE = re.compile(r"(?:门户网站|門戶網站|官方网站|官方網站|网站|網站|官网|官網)$")
STATE_PREFIXES = {"Taiwan": ("中華民國", "中华民国", "臺灣", "台灣"), "China": ("中华人民共和国", "中華人民共和國", "中国", "中國")}
CJK_BARE_BODY = re.compile(r"^[\u3400-\u9fff]{2,8}$")


def _traditional_script(text: str) -> bool:
    sample = text[:20000]
    traditional = sum(sample.count(char) for char in TRADITIONAL_ONLY)
    return traditional > sum(sample.count(char) for char in SIMPLIFIED_ONLY)


def _page_state(text: str) -> str:
    """'Taiwan' for a page that speaks for the Republic of China (see TAIWAN_SELF_NAMES), else 'China'."""
    taiwanese = _traditional_script(text) and TAIWAN_SELF_NAMES.search(text) and not PRC_SELF_NAMES.search(text)
    return "Taiwan" if taiwanese else "China"


def _bare_forms(source: Source) -> list[str]:
    """The Chinese names of a Chinese state body with its state's name left off ('外交部')."""
    forms = []
    for form in (source.name, *source.aliases):
        for prefix in STATE_PREFIXES.get(source.country or "", ()):
            if form.startswith(prefix) and CJK_BARE_BODY.match(form[len(prefix):]):
                forms.append(form[len(prefix):])
    forms += [form for form in source.aliases if CJK_BARE_BODY.match(form)]
    return forms


def _body_of_page_country(source: str | None, text: str, registry: Registry) -> str | None:
    """The state body a bare Chinese name stands for on this page (see TAIWAN_SELF_NAMES): the
    registered body of the page's state named by the bare name, or the other state's counterpart
    of a body read as the PRC's ('外交部' on a page of Taiwan's ministry)."""
    if not source:
        return None
    found = registry.source_by_name(source)
    if found:  # (a body read as the PRC's may be Taiwan's; one read as Taiwan's was named so in full)
        if found.kind != "government" or found.country != "China":
            return None
        bare = [form for form in _bare_forms(found) if form in text]
    else:
        bare = [BARE_BODY_SITE.sub("", source)] if CJK_BARE_BODY.match(BARE_BODY_SITE.sub("", source)) else []
    state = _page_state(text) if bare else ""
    if found and found.country == state:
        return None
    for name in bare:
        for prefix in STATE_PREFIXES.get(state, ()):
            body = source_named(registry, prefix + name)
            if body and body.country == state and body.kind == "government" and _current_bare_name(body) == name:
                return body.name
    return None


def _current_bare_name(body: Source) -> str | None:
    """A body's present Chinese name without its state's (its first one registered): '文化部' is an
    older name of the ministry now called '文化和旅游部', and a page naming it bare may be of that time."""
    forms = [form for form in (body.name, *body.aliases) if CJK_CHAR.search(form)]
    bare = _bare_forms(replace(body, aliases=tuple(forms[:1]), name=forms[0])) if forms else []
    return bare[0] if bare else None


# 'Рукопожатие - Sputnik Узбекистан': an image's alt text ending on the site's name after a dash
ALT_TEXT_SITE = re.compile(r"\s[-–—]\s(?P<site>[^-–—]{3,40})$")


def _edition_shown(source: str | None, lines: list[Line], registry: Registry) -> str | None:
    """The registered regional edition of the source ('Sputnik Uzbekistan' of 'Sputnik') that the
    page's own image alt texts name: a wire's dateline names the brand alone."""
    for line in lines if source else ():
        match = ALT_TEXT_SITE.search(line.text)
        edition = match and source_named(registry, match.group("site").strip())
        if edition and edition.name.startswith(source + " "):
            return edition.name
    return None


def _edition_masthead(source: str | None, head: list[Line], registry: Registry) -> str | None:
    """'Sputnik Армения' alone on a line over the headline, '© Sputnik' under it: the page is the
    registered country edition's ('Sputnik Armenia' of 'Sputnik'); a wire's credit or its picture's
    copyright names the brand alone."""
    for line in head if source else ():
        edition = line.kind != "prose" and source_named(registry, line.text.strip())
        tail = edition and edition.name.startswith(source + " ") and edition.name[len(source) + 1:]
        if tail and edition.country and fold(tail) == fold(edition.country):
            return edition.name  # the brand's edition for a country, not its other product ('… Online')
    return None


def find_publisher(layout: Layout, text: str, source: str | None, patterns: Patterns, registry: Registry) -> str | None:
    """The hosting site, where the text shows it and it differs from the source."""
    candidates = (
        brand_line_source(layout.head, registry, layout.title),
        getattr(url_source(text, registry), "name", None),
        site_signature(layout.head + layout.body + layout.tail, patterns)[1],
        # 'Вы здесь: Steppe Net >> Новости' over a story labelled with another outlet: the hosting
        # site names itself at the root of its breadcrumb
        breadcrumb_source(layout.head, registry),
    )
    return next((c for c in candidates if c and c != source), None)


def printed_url(layout: Layout) -> str | None:
    """A URL the page prints about itself ('Сайт: http://...')."""
    for line in layout.head:
        match = URL.search(line.text)
        if match:
            return match.group(0)
    return None
