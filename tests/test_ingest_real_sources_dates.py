"""Source, date, time and dateline rules learnt from real pages (texts written for these tests).

Each test states one general rule: the outlets, places and wording are made up or generic, so
that a rule holds for outlets never seen.
"""
import datetime as dt

import pytest

from despatch.ingest.dates import find_dates, find_time

from ingest_support import parse, registry

D = dt.date

STORY = (
    "The two ministers discussed trade, transport and energy projects and agreed to meet again in the "
    "autumn to review the progress of the joint industrial park near the capital."
)


# --- dates as real pages print them ----------------------------------------------------------

@pytest.mark.parametrize("printed, value", [
    ("Updated 20:07, 04-Jul-2024", D(2024, 7, 4)),  # day-Mon-year joined by hyphens
    ("4/Jul/2024", D(2024, 7, 4)),
    ("April 23, 2019", D(2019, 4, 23)),
    ("Updated: 2025-09-08 07:40", D(2025, 9, 8)),
    ("18 января, 2012, 14:33", D(2012, 1, 18)),
    ("23-02-27 21:51 来源:某某新闻", D(2023, 2, 27)),  # a Chinese site's two-digit year, year first
])
def test_date_formats_of_real_pages(printed, value):
    assert [f.value for f in find_dates(printed) if f.value][:1] == [value]


def test_a_two_digit_year_first_is_read_only_in_a_chinese_line_before_a_time():
    assert find_dates("23-02-27 21:51 Source: Steppe Wire") == []  # could be 23 February 2027
    assert find_dates("23-02-27 来源:某某新闻") == []  # no time after it: not a stamp


@pytest.mark.parametrize("printed, time", [("7:13am, 19 Dec, 2021", "07:13"), ("Updated 20:07, 04-Jul-2024", "20:07")])
def test_times_are_given_in_24_hour_form(printed, time):
    assert find_time(printed) == time


def test_a_line_opening_with_a_short_year_stamp_dates_the_article():
    article = parse("首页 >> 新闻中心 >> 国内要闻\n\n外交部：期待两国合作进一步发展\n\n"
                    "23-02-27 21:51 来源:某某新闻客户端 编辑:王明\n\n"
                    "2月27日,外交部发言人主持例行记者会,介绍了两国合作的情况。双方同意继续推进各领域务实合作。\n")
    assert (article.date, article.time) == (D(2023, 2, 27), "21:51")
    assert article.event_date == D(2023, 2, 27)


def test_an_update_stamp_with_the_time_first_dates_the_article():
    article = parse("Partners for new horizons in the steppe\n\nZhang Wei\n\n , Updated 20:07, 04-Jul-2024\n\n" + STORY + "\n")
    assert (article.date, article.time) == (D(2024, 7, 4), "20:07")


# --- datelines -------------------------------------------------------------------------------

def test_a_dateline_with_a_year_and_time_dates_the_article_and_names_its_outlet():
    """A country where the dateline has its city: date, time and outlet, but no city."""
    article = parse("Trade between the two countries grew a hundredfold\n"
                    "Белоруссия, 18 января, 2012, 14:33 — ИА Регнум. За 20 лет товарооборот вырос в сто раз. "
                    "Об этом 17 января заявил министр.\n\n" + STORY + "\n")
    assert (article.date, article.time, article.source, article.dateline) == (D(2012, 1, 18), "14:33", "Regnum", None)


def test_a_dateline_of_date_and_outlet_without_a_city():
    article = parse("Ministers prepare for high-level talks\n"
                    "July 23, Pozirk. The foreign minister and the ambassador met to discuss the visits.\n\n" + STORY + "\n")
    assert (article.source, article.dateline) == ("Pozirk", None)


def test_a_dateline_of_date_and_city_is_no_outlet():
    article = parse("Ministers prepare for high-level talks\n"
                    "July 23, Minsk. The foreign minister and the ambassador met to discuss the visits.\n\n" + STORY + "\n")
    assert article.source is None


# --- sources ---------------------------------------------------------------------------------

def test_a_source_line_without_a_colon_at_the_end_credits_a_registered_outlet():
    article = parse("Leader arrives for talks in the capital\n\n" + STORY + "\n\nSource liga.net\nYou might also like\n")
    assert article.source == "LIGA.net"


def test_a_source_line_without_a_colon_names_no_unknown_outlet():
    article = parse("Leader arrives for talks in the capital\n\n" + STORY + "\n\nSource material\nYou might also like\n")
    assert article.source is None


def test_a_chinese_source_label_run_into_the_editor_label():
    article = parse("首页 > 滚动 > 正文\n\n总统乘机抵达天津出席峰会\n\n"
                    "2025-08-30 22:40:28来源:中央广电总台央视新闻客户端编辑:李华\n\n"
                    "今天(8月30日)晚间,总统乘机抵达天津,出席上合组织峰会。这是他第十六次访问中国。\n")
    assert article.source == "CCTV"


def test_an_outlet_credited_in_brackets_after_a_standfirst():
    article = parse("總統訪華 將會晤習近平\n\n2023年12月3日\n\n"
                    "總統周日啟程訪問中國,並將於周一與習近平會晤。官方聲明指出,此次會談將聚焦經貿和投資議題。\n\n"
                    "(德國之聲中文網)作為親密盟友的總統周日啟程訪問中國,並將於周一與中國國家主席舉行會晤。\n")
    assert article.source == "Deutsche Welle"


@pytest.mark.parametrize("printed, name", [
    ("俄羅斯衛星通訊社", "Sputnik"), ("俄罗斯卫星通讯社", "Sputnik"), ("Zviazda", "Zvyazda"),
    ("香港電台", "RTHK"), ("Українська правда", "Ukrainska Pravda"), ("Цензор.НЕТ", "Censor.NET"),
    ("Позірк", "Pozirk"), ("美國之音", "Voice of America"), ("中央广电总台", "CCTV"),
])
def test_outlets_are_known_by_their_names_in_all_three_languages(printed, name):
    assert registry().source_named(printed).name == name


# --- what only the outlet itself says ------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Newsweek has contacted the foreign ministries of both countries for comment.", "Newsweek"),
    ("The interview reflects the author's opinions and not necessarily the views of CGTN.", "CGTN"),
    ("Об этом Цензор.НЕТ сообщает со ссылкой на сайт министерства.", "Censor.NET"),
])
def test_an_outlet_speaking_of_itself_is_the_source(sentence, source):
    article = parse("Leader to visit the capital this week\n\n" + STORY + "\n\n" + sentence + "\n")
    assert article.source == source


@pytest.mark.parametrize("sentence", [
    "The ministry said it had contacted Newsweek for comment about the report.",  # not the outlet's own voice
    "Об этом сообщает ТАСС.",  # quoted, not reporting through someone else
    "The Steppe Herald has contacted the ministry for comment.",  # not a registered outlet
])
def test_an_outlet_merely_mentioned_is_not_the_source(sentence):
    article = parse("Leader to visit the capital this week\n\n" + STORY + "\n\n" + sentence + "\n")
    assert article.source is None


def test_a_cookie_banner_on_the_first_line_is_no_masthead():
    article = parse("Our Privacy Statement & Cookie Policy\n\nBy continuing to browse our site you agree to our use of cookies.\n\n"
                    "I agree\n\nPartners for new horizons in the steppe\n\n" + STORY + "\n")
    assert article.source is None


# --- the store's date marker against the days the text names --------------------------------

def test_a_marker_is_dropped_when_the_lead_calls_the_headlines_day_today():
    article = parse(" date 2019-12-13 Anniversary of relations observed on January 20\n"
                    "An important date is marked today. The relations between the two countries are thirty years old today. "
                    "Trade has grown fifty times since then.\n")
    assert article.date is None and article.event_date is None


def test_a_marker_before_the_only_day_of_a_finished_event_is_dropped():
    article = parse(" date 2025-09-20 Talks were held in the capital between the president and the visiting delegation.\n\n"
                    "The guests arrived well in advance and have already visited the industrial park.\n\n"
                    "On September 22, prospects were discussed at the palace.\n")
    assert article.date is None


def test_a_marker_stays_when_the_finished_event_has_its_own_day():
    article = parse(" date 2025-09-20 Talks were held yesterday between the president and the visiting delegation.\n\n"
                    "On September 22, the president will visit the industrial park.\n")
    assert article.date == D(2025, 9, 20)


# --- the event's day ---------------------------------------------------------------------------

def test_a_paragraph_recalling_an_earlier_report_does_not_date_the_event():
    article = parse("Trade grew a hundredfold in twenty years\n\n"
                    "MINSK, 18 January 2012 (Steppe Wire) – Trade between the two countries grew a hundredfold, "
                    "the minister said at a reception.\n\n"
                    "As Steppe Wire reported earlier, on 16 January the deputy prime minister held talks in Beijing.\n")
    assert article.date == D(2012, 1, 18)
    assert article.event_date == D(2012, 1, 18)  # the dateline's day, not the earlier report's


def test_a_menu_item_printed_twice_is_no_masthead():
    article = parse("ПОЛИТИКАПОЛИТИКА\nВсе новости\nИнтервью\n19 января 2023, 16:55\n\n"
                    "Посол рассказал о традициях праздника и планах на год\n\n"
                    "Посол рассказал о традициях праздника и о том, как развивается сотрудничество двух стран в торговле и образовании.\n")
    assert article.source is None
    assert article.date == D(2023, 1, 19)
