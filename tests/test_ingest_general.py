"""General rules of ingest that serve outlets never seen (texts written for these tests)."""
import datetime as dt

import pytest

from ingest_support import parse


D = dt.date


STORY = " The ministers discussed trade, transport and energy projects between the two countries."


# --- datelines: CITY[, Country], DATE, then the outlet's tag -------------------------------------

@pytest.mark.parametrize("opening, city, source", [
    ("Karakol, July 5. /Issyk-Kul Herald/.", "Karakol", "Issyk-Kul Herald"),
    ("Khovd, June 28, 2023 /Western Steppe News/.", "Khovd", "Western Steppe News"),
    ("KHUJAND, 05.07.2024 /Sughd Courier/.", "Khujand", "Sughd Courier"),
    ("KHUJAND, April 9, 2024, Sughd Courier  --", "Khujand", "Sughd Courier"),
    ("Каракол, 5 июля. /Вестник Иссык-Куля/.", "Karakol", "Вестник Иссык-Куля"),
    ("NUKUS, 5 Jul (Aral Wire) –", "Nukus", "Aral Wire"),
    ("Gyumri, July 5. SHIRAKPRESS.", "Gyumri", "SHIRAKPRESS"),
    ("Гянджа, 5 июля, ГЯНДЖАПРЕСС.", "Гянджа", "ГЯНДЖАПРЕСС"),
    ("KOSTANAY. July 5. QOSTANAYINFO –", "Kostanay", "QOSTANAYINFO"),
    ("Navoi, Uzbekistan (NavoiWire.uz) --", "Navoi", "NavoiWire.uz"),
    ("Pune [India], July 5 (Deccan Wire):", "Pune", "Deccan Wire"),
    ("ПАВЛОДАР, 5 июля. /Корр. Вестника Прииртышья/.", "Pavlodar", "Вестника Прииртышья"),
])
def test_an_unregistered_outlet_tag_in_a_dateline_is_the_source(opening, city, source):
    article = parse(f"Ministers meet in the regional centre\n{opening}{STORY}\nThey signed two documents.\n")
    assert (article.dateline, article.source) == (city, source)


def test_a_dateline_with_a_country_and_no_tag_gives_the_city():
    article = parse("Ministers meet in the regional centre\n10 September 2024 14:27\n"
                    f"ATYRAU, Kazakhstan, September 10.{STORY}\n")
    assert article.dateline == "Atyrau"
    assert article.source is None


@pytest.mark.parametrize("opening", ["Tuesday, July 5. /Note/.", "Last Friday, July 5 -- The"])
def test_a_day_is_not_a_dateline_city(opening):
    article = parse(f"Ministers meet in the regional centre\n{opening}{STORY}\n")
    assert article.dateline is None


def test_a_quoted_agency_name_is_found_in_the_registry():
    article = parse(f"Ministers meet in the regional centre\nDUSHANBE, 05.07.2024 /State agency «Khovar»/.{STORY}\n")
    assert article.source == "Khovar"


@pytest.mark.parametrize("opening, city, source", [
    ("央广网北京6月27日消息（记者 王明）", "Beijing", "China National Radio"),
    ("新京报讯（记者 王明）", None, "The Beijing News"),
])
def test_chinese_outlet_tags_with_message_and_xun(opening, city, source):
    article = parse(f"两国部长举行会谈讨论合作\n2024-06-28 08:15\n{opening}两国部长27日在北京举行会谈，讨论贸易、交通和能源合作。\n")
    assert (article.dateline, article.source) == (city, source)


# --- headlines: site names, rubric paths and print-page labels are not headlines ------------------

@pytest.mark.parametrize("label", [
    "Kyrgyz National Information Agency",
    "Steppe News Agency",
    "Информационное агентство «Степь»",
    "Казахское телеграфное агентство",
    "President of Mongolia",
    "Official website of the President of the Republic of Tajikistan",
    "Politics / Foreign affairs",
    "Ministry of Foreign Affairs of the Republic of Steppe",
    "Президент Республики Узбекистан",
    "Правительство Республики Беларусь",
    "Government of the Republic of Steppe",
    "Министерство иностранных дел Республики Узбекистан",
    "Политика / Международные отношения",
])
def test_a_site_name_or_rubric_path_is_not_the_headline(label):
    article = parse(f"{label}\nMinisters meet in the regional centre\n12.04.2024 16:48\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert article.title == "Ministers meet in the regional centre"


@pytest.mark.parametrize("site", ["商务部网站", "中华人民共和国商务部"])
def test_a_chinese_government_site_name_is_not_the_headline(site):
    article = parse(f"{site}\n首页 > 新闻发布\n两国部长举行会谈讨论合作\n2024-07-05\n"
                    "7月5日，两国部长在北京举行会谈，讨论贸易、交通和能源合作。\n")
    assert article.title == "两国部长举行会谈讨论合作"


def test_a_print_page_label_is_not_the_headline():
    article = parse("第03版：国际\n两国部长举行会谈讨论合作\n本报北京6月6日电（记者 王明）两国部长6日在北京举行会谈，讨论贸易、交通和能源合作。\n")
    assert article.title == "两国部长举行会谈讨论合作"


@pytest.mark.parametrize("headline", ["President of Mongolia meets Chinese premier", "Президент Казахстана прибыл в Пекин",
                                      "Ministry of Foreign Affairs of Mongolia summons envoy"])
def test_a_headline_of_president_of_a_country_is_still_a_headline(headline):
    article = parse(f"{headline}\n12.04.2024 16:48\n"
                    f"The president met the premier on Friday.{STORY}\n")
    assert article.title == headline


def test_a_two_word_headline_above_its_standfirst():
    article = parse("Steppe Portal\nNews\nEvents\nBilateral talks\n"
                    "The president held talks with the visiting premier in the capital.\n16 May 2024, 11:20\n"
                    f"The talks began in a restricted format.{STORY}\n")
    assert article.title == "Bilateral talks"


# --- bylines: a bare name next to the date stamp ---------------------------------------------------

@pytest.mark.parametrize("under_stamp, author", [
    ("Aruzhan Bekova", "Aruzhan Bekova"),
    ("B.Tsetseg", "B.Tsetseg"),
    ("Анна Петрова, Иван Смирнов", "Анна Петрова, Иван Смирнов"),
    ("Photo: Ministry of Energy\nAruzhan Bekova\nRead more", "Aruzhan Bekova"),
    ("Aruzhan Bekova, Staff Correspondent", "Aruzhan Bekova"),
])
def test_a_bare_name_under_the_date_stamp_is_the_author(under_stamp, author):
    article = parse(f"Ministers meet in the regional centre\n12.04.2024 16:48\n{under_stamp}\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert article.author == author


@pytest.mark.parametrize("under_stamp", ["Central Asia", "New Delhi", "Politics", "Global Times", "Wang Yi",
                                         "Shanghai Cooperation Organisation", "Xinjiang Uygur Autonomous Region"])
def test_a_section_place_or_outlet_under_the_stamp_is_not_an_author(under_stamp):
    article = parse(f"Ministers meet in the regional centre\n12.04.2024 16:48\n{under_stamp}\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert article.author is None


def test_a_role_inside_a_chinese_bracket_byline_is_not_a_name():
    article = parse("两国部长举行会谈讨论合作\n2024-07-03 06:53\n"
                    "【环球时报驻阿斯塔纳特约记者 王明 环球时报记者 李华】两国部长2日在阿斯塔纳举行会谈，讨论贸易、交通和能源合作。\n")
    assert article.author == "王明, 李华"


# --- dates -----------------------------------------------------------------------------------------

def test_a_print_edition_date_with_its_weekday_is_the_publication_date():
    article = parse("人民日报\n2024年06月07日 星期五\n第03版：国际\n两国部长举行会谈讨论合作\n"
                    "本报北京6月6日电（记者 王明）两国部长6日在北京举行会谈，讨论贸易、交通和能源合作。\n")
    assert (article.date, article.event_date) == (D(2024, 6, 7), D(2024, 6, 6))


def test_a_print_edition_line_at_the_end_dates_the_article():
    article = parse("两国部长举行会谈讨论合作\n"
                    "本报北京6月6日电（记者 王明）两国部长6日在北京举行会谈，讨论贸易、交通和能源合作。\n"
                    "会谈后，双方签署了经贸、交通、能源等领域的两份合作文件，并同意年内再次举行会晤。\n"
                    "《人民日报》（2024年06月07日 03版）\n")
    assert article.date == D(2024, 6, 7)


def test_a_numeric_stamp_beats_the_weekday_viewing_date_above_the_headline():
    article = parse("Steppe Courier\nSunday, 14 July 2024\nNational Information Agency of Steppe\n"
                    "Ministers meet in the regional centre\n05.07.2024 14:18\n"
                    f"The ministers of the two countries met today.{STORY}\n")
    assert (article.date, article.time) == (D(2024, 7, 5), "14:18")


@pytest.mark.parametrize("lead, expected", [
    ("met in Beijing on Dec. 4, the second visit this year", D(2023, 12, 4)),
    ("met in Beijing on 12 April, the second visit this year", D(2023, 4, 12)),
])
def test_an_all_numeric_date_is_read_in_the_order_the_text_writes_its_dates(lead, expected):
    article = parse(f"Prairie Ledger\nLeaders meet in the Chinese capital\nBy Anna Novak\n12/4/2023\n"
                    f"The two leaders {lead}, officials said.{STORY}\n")
    assert article.date == expected


def test_a_source_registered_month_first_reads_numeric_dates_month_first():
    from despatch.ingest.settings import load_patterns
    assert "The Epoch Times" in load_patterns().month_first_sources


def test_an_all_numeric_date_agrees_with_the_dateline_date():
    article = parse("Ministers meet in the regional centre\n09/04/2024 16:40\n"
                    f"KHUJAND, April 9, 2024, Sughd Courier  -- The ministers met on Monday.{STORY}\n")
    assert (article.date, article.event_date) == (D(2024, 4, 9), D(2024, 4, 8))


# --- a place line under the date stamp is the dateline ---------------------------------------------

def test_a_known_city_alone_under_the_stamp_is_the_dateline():
    article = parse("Ministers meet in the regional centre\n16 May 2024, 11:20\nAstana\n"
                    f"The ministers of the two countries met today.{STORY}\n")
    assert article.dateline == "Astana"


def test_a_city_in_the_menu_is_not_the_dateline():
    article = parse("Astana\nAlmaty\nMinisters meet in the regional centre\n16 May 2024, 11:20\n"
                    f"The ministers of the two countries met today.{STORY}\n")
    assert article.dateline is None


# --- event dates -------------------------------------------------------------------------------------

def test_a_report_from_a_place_line_happened_on_the_publication_day():
    article = parse("Ministers meet in the regional centre\n16 May 2024, 11:20\nAstana\n"
                    f"The talks began in a restricted format.{STORY}\n")
    assert article.event_date == D(2024, 5, 16)


@pytest.mark.parametrize("lead, event", [
    ("The ministers met on Thursday, the press service reports.", D(2024, 7, 4)),
    ("The issue was considered at a meeting held in Osh on July 3.", D(2024, 7, 3)),
])
def test_a_day_named_in_the_lead_after_an_unregistered_dateline_is_the_event(lead, event):
    article = parse(f"Ministers meet in the regional centre\n05.07.2024 10:00\n"
                    f"Karakol, July 5. /Issyk-Kul Herald/. {lead}{STORY}\n")
    assert article.event_date == event


# --- mastheads and menus -------------------------------------------------------------------------------

MENU_PAGE = "{masthead}\nSubscribe\nSign In\nWorld\n{section}\nLeaders meet in the Chinese capital\nBy Anna Novak\n4 December 2023\n" \
            f"The two leaders met in Beijing on Monday, officials said.{STORY}\n"


def test_a_short_generic_alias_in_the_menu_does_not_name_the_source():
    article = parse(MENU_PAGE.format(masthead="Subscribe", section="China News"))
    assert article.source is None


@pytest.mark.parametrize("masthead", ["Steppe Ledger", "Ordos.info", "National Steppe News Agency", "草原新闻网"])
def test_an_unregistered_masthead_above_the_menu_names_the_source(masthead):
    article = parse(MENU_PAGE.format(masthead=masthead, section="China News"))
    assert article.source == masthead


@pytest.mark.parametrize("first", ["Steppe news", "Leaders meet in the Chinese capital today"])
def test_a_first_line_that_is_no_outlet_name_is_not_the_source(first):
    article = parse(MENU_PAGE.format(masthead=first, section="Politics"))
    assert article.source is None


@pytest.mark.parametrize("first", ["World News", "Central Asia", "Beijing"])
def test_a_section_or_place_on_the_first_line_is_not_a_masthead(first):
    article = parse(MENU_PAGE.format(masthead=first, section="Politics"))
    assert article.source is None


def test_an_unregistered_masthead_may_end_in_times_or_news():
    article = parse(MENU_PAGE.format(masthead="The Steppe Times", section="China News"))
    assert article.source == "The Steppe Times"


@pytest.mark.parametrize("masthead", ["Steppe Daily Herald", "Вестник Прииртышья"])
def test_a_newspaper_name_above_the_headline_is_its_masthead(masthead):
    article = parse(f"{masthead}\nMinisters meet in the regional centre\n05.07.2024 10:30\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert (article.title, article.source) == ("Ministers meet in the regional centre", masthead)


def test_a_byline_after_the_posting_date():
    article = parse("Ministers meet in the regional centre\nPosted on 05.07.2024 by Anna Novak\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert (article.date, article.author) == (D(2024, 7, 5), "Anna Novak")


def test_a_chinese_paper_name_is_a_masthead_not_the_headline():
    article = parse("草原日报\n首页 > 国际\n两国部长举行会谈\n2024年07月05日 10:30\n"
                    "两国部长5日在北京举行会谈，讨论贸易、交通和能源合作问题。双方同意加强合作。\n")
    assert (article.title, article.source) == ("两国部长举行会谈", "草原日报")


@pytest.mark.parametrize("byline", ["（草原网记者 王明 李华）", "文/王明 李华\n"])
def test_chinese_bylines_with_the_outlet_or_a_slash(byline):
    article = parse(f"两国部长举行会谈\n2024-07-05 10:30\n{byline}"
                    "两国部长5日在北京举行会谈，讨论贸易、交通和能源合作问题。双方同意加强合作。\n")
    assert article.author == "王明, 李华"


def test_a_known_agency_at_the_end_of_a_tag():
    article = parse("Министры двух стран встретились в столице\n05.07.2024 10:30\n"
                    "АСТАНА, 5 июля. /Корр. КАЗИНФОРМ/. Министры двух стран встретились в пятницу, сообщили официальные лица.\n")
    assert article.source == "Kazinform"


@pytest.mark.parametrize("stamp, author", [
    ("Anna Novak   |05.07.2024 - 14:22 GMT", "Anna Novak"),
    ("Central Asia | 05.07.2024 - 14:22", None),
])
def test_a_name_before_the_date_in_a_stamp_line_is_the_author(stamp, author):
    article = parse(f"Ministers meet in the regional centre\n{stamp}\nUPDATE 05.07.2024 - 16:01 GMT\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert (article.author, article.time) == (author, "14:22")


def test_a_title_case_headline_ending_in_news_is_still_a_headline():
    article = parse("Xi Shares Good News\n05.07.2024 10:30\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert article.title == "Xi Shares Good News"


def test_a_russian_headline_opening_with_a_newspaper_word_is_still_a_headline():
    article = parse("Правда Путина о переговорах\n05.07.2024 10:30\n"
                    "Министры двух стран встретились в пятницу, сообщили официальные лица. Они обсудили торговлю.\n")
    assert article.title == "Правда Путина о переговорах"


@pytest.mark.parametrize("headline", ["Kazakhstan opens a new state news agency", "В Бишкеке открылось новое информационное агентство"])
def test_a_sentence_case_headline_about_a_news_agency_is_still_a_headline(headline):
    article = parse(f"{headline}\n05.07.2024 10:30\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n")
    assert article.title == headline


@pytest.mark.parametrize("switcher", ["O'zbek Ўзбек Русский English", "AZ RU EN", "Қазақша | Русский | English"])
def test_a_language_switcher_is_neither_masthead_nor_headline(switcher):
    article = parse(MENU_PAGE.format(masthead=switcher, section="Politics"))
    assert (article.title, article.source) == ("Leaders meet in the Chinese capital", None)


# --- Chinese datelines: 【新华社…电】 and 'city + day + 电（agency）' ---------------------------------

@pytest.mark.parametrize("opening, city, source", [
    ("【新华社莫斯科3月4日电】", "Moscow", "Xinhua"),
    ("明斯克3月4日电（白通社）", "Minsk", "BelTA"),
])
def test_chinese_bracketed_and_agency_after_datelines(opening, city, source):
    article = parse(f"两国签署合作协议\n2024年3月5日 10:30\n{opening}两国外长今天在这里签署合作协议，双方将在农业和教育领域开展合作。\n\n"
                    "双方表示，愿进一步推动两国企业开展更多合作项目。\n")
    assert (article.dateline, article.source) == (city, source)


# --- bylines: 'By' glued to a name in capitals; an agency at the end of the byline ---------------

@pytest.mark.parametrize("byline, author, source", [
    ("ByMARTA KOVALSKA Associated Press", "Marta Kovalska", "AP"),
    ("By PETER NOLAN Associated Press", "Peter Nolan", "AP"),
    ("ByMarta Kovalska", "Marta Kovalska", None),
])
def test_a_glued_byline_in_capitals_and_its_agency(byline, author, source):
    article = parse(f"Ministers meet in the Chinese capital\n\n{byline}\nJuly 5, 2024, 9:12 AM\n\n"
                    f"The ministers of the two countries met on Friday.{STORY}\n\nThey agreed to meet again.{STORY}\n")
    assert (article.author, article.source) == (author, source)


# --- datelines: 'CITY, Country --', a city alone above the article, 'Venue, City' -----------------

@pytest.mark.parametrize("opening, city", [
    ("VILNIUS, Lithuania -- ", "Vilnius"),
    ("SPRINGFIELD, Ill. — ", "Springfield"),
    ("KAUNAS, Lithuania (AP) — ", "Kaunas"),
])
def test_a_capital_city_and_its_country_before_a_dash(opening, city):
    article = parse(f"Ministers meet in the Baltic capital\nJuly 5, 2024\n\n{opening}The ministers met on Friday.{STORY}\n")
    assert article.dateline == city


def test_a_known_city_in_capitals_alone_above_the_article():
    article = parse(f"Ministers meet in the Russian capital\n\nMOSCOW\n\nThe ministers met on Friday.{STORY}\n\nThey agreed.{STORY}\n")
    assert article.dateline == "Moscow"


@pytest.mark.parametrize("place, city", [("The Kremlin, Moscow", "Moscow"), ("Great Hall of the People, Beijing", "Beijing"),
                                         ("Lenin Street, Moscow", None)])
def test_a_venue_and_its_city_under_the_date_stamp(place, city):
    article = parse(f"Meeting with the Prime Minister\nJuly 5, 2024, 18:40\n{place}\n\nThe ministers met on Friday.{STORY}\n")
    assert article.dateline == city


def test_a_name_before_a_pipe_and_update_stamp_above_a_place_line():
    article = parse("Ministers meet in the Russian capital\n\nAnna Novak  |05.07.2024 - Update : 05.07.2024\n\nMOSCOW\n\n"
                    f"The ministers met on Friday.{STORY}\n\nThey agreed.{STORY}\n")
    assert (article.author, article.dateline) == ("Anna Novak", "Moscow")


@pytest.mark.parametrize("issue, source", [
    ('Газета "Коммерсантъ" №12 от 05.03.1996, стр. 2', "Kommersant"),
    ("Газета «Вечерний Каракол» №3 от 05.03.1996, стр. 1", "Вечерний Каракол"),
])
def test_a_print_issue_line_names_its_paper(issue, source):
    article = parse(f"{issue}\nМинистры встретились в Пекине\n"
                    "Министры двух стран встретились вчера в Пекине, сообщили официальные лица. Они обсудили торговлю и транспорт.\n\n"
                    "Стороны договорились встретиться снова в следующем году.\n")
    assert article.source == source


@pytest.mark.parametrize("line, author", [
    ("Мария Ковальчук", "Мария Ковальчук"),
    ("Maria Kovalchuk", "Maria Kovalchuk"),
    ("Vitebsk Tractor Works", None),  # a place's name in it
    ("Steppe Eagle", None),  # named again in the story: its subject
    ("Silk Road", None),
    ("Xi Jinping", None),  # a newsmaker
])
def test_a_bare_name_alone_under_the_headline_is_the_author(line, author):
    article = parse(f"Ministers meet in the Chinese capital\n{line}\n"
                    f"The ministers of the two countries met on Friday at the Steppe Eagle drills.{STORY}\n\nThey agreed.{STORY}\n")
    assert article.author == author


def test_a_known_outlet_credited_at_the_start_of_the_first_paragraph_is_the_source():
    text = ("首页 > 新闻\n\n白俄罗斯总统会见中国代表团\n\n2025年2月14日\n\n"
            "（德国之声中文网）据白俄罗斯官方媒体报道，卢卡申科周四在明斯克会见了中国代表团，双方同意在农业和物流领域深化合作。\n\n"
            "卢卡申科表示，白中关系没有禁区，白方愿同中方在高科技领域加强合作。\n")
    parsed = parse(text)
    assert parsed.source == "Deutsche Welle"


def test_an_unknown_parenthesis_at_the_start_of_the_first_paragraph_names_no_source():
    text = ("Belarus and China sign customs deal\n\n12 March 2024\n\n"
            "(Updated) Belarus and China signed an agreement on customs cooperation in Minsk on Monday, the committee said "
            "in a statement published on its website.\n\nThe deal covers data exchange and training of officers.\n")
    parsed = parse(text)
    assert parsed.source is None


def test_a_sources_label_with_a_plural_marker_names_the_source():
    text = ("CGTN\n\nChina, Belarus hold talks on trade\n\nUpdated 2024.03.12 10:20 GMT+8\nSource(s): Xinhua\n\n"
            "China and Belarus held talks on trade and investment in Beijing on Monday, agreeing to expand "
            "cooperation in agriculture and logistics.\n\nThe sides also discussed the industrial park.\n")
    parsed = parse(text)
    assert parsed.source == "Xinhua"
