"""Date, dateline and byline rules from the real194-196 pages: a known city in title case and a full stop opening
the lead ('Jakarta. The …', 'Минск. Президент …'); a known city alone on its line over the date stamp anywhere in
the head (between the byline and the share buttons); a ticker of exchange rates beside a header's date gives the
date away as the day the page was viewed; a store marker a day before the finished event the lead tells with a
Russian masculine verb ('X 28 ноября провел …') is dropped; an event's card ('时间:…' over '地点:…') dates the event,
not the page; a wire's yearless day early in the year after the latest past day the story tells is of that next
year, when only plans name a later year; a reporter's name in brackets closing the story may be followed by a
portal's editing code ('(李明)(10D3)'); a headline split from its glued address, stamp and outlet keeps the
stamp's day and time. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


# --- a known city in title case and a full stop opening the lead -------------------------------------------------

@pytest.mark.parametrize(("opening", "city"), [
    ("Jakarta. The bilateral ties between the two countries have grown steadily.", "Jakarta"),
    ("Kuala Lumpur. Officials of both countries gathered at the ministry.", "Kuala Lumpur"),
    ("Surabaya. A delegation of engineers arrived at the port on Monday.", "Surabaya"),
    ("Минск. Президент принял верительные грамоты у новых послов.", "Minsk"),
])
def test_a_known_title_case_city_and_a_full_stop_open_the_lead(opening, city):
    article = parse(f"{EN_TITLE}\n\nMarch 3, 2024\n\n{opening} {EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize("opening", [
    "Brightwater. The bilateral ties between the two countries have grown steadily.",  # no city the list knows
    "Jakarta. in the old quarter the market opened again.",  # no capitalised lead after the stop
])
def test_an_unknown_place_or_no_lead_after_the_stop_is_no_dateline(opening):
    article = parse(f"{EN_TITLE}\n\nMarch 3, 2024\n\n{opening} {EN_STORY}\n\n{EN_STORY}\n")
    assert article.dateline is None


# --- a known city alone over the date stamp, anywhere in the head ------------------------------------------------

@pytest.mark.parametrize(("city_line", "stamp", "city"), [
    ("Jakarta", "Sat, August 27, 2016", "Jakarta"),
    ("Bandung", "12 March 2021", "Bandung"),
    ("Islamabad", "Mon, May 6, 2019", "Islamabad"),
])
def test_a_known_city_over_the_stamp_under_the_byline_is_the_dateline(city_line, stamp, city):
    article = parse(f"{EN_TITLE}\n\nMaria Kovalenko (The Example Post)\n{city_line}\n{stamp}\n\nShare This Article\n\n"
                    f"Change Size\n\n{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n")  # the headline printed again over the story
    assert article.dateline == city


# --- exchange-rate tickers beside a header's date ----------------------------------------------------------------

@pytest.mark.parametrize("ticker", [
    "USD 92.51 -0.79 EUR 98.91 -0.65",
    "$ 3,27 ▲0,01 | € 3,51 ▼0,02",
    "USD: 470,15 (+0,3%) RUB: 5,12 (-0,1%)",
])
def test_a_date_beside_a_ticker_of_rates_is_the_viewing_day(ticker):
    # the lead's day, told with its weekday, must not be taken in a year the viewing day suggests
    article = parse(f"26 апреля 2024\n{ticker}\n1. Главная страница\n\n{RU_TITLE}\n\n"
                    f"Делегация в четверг, 13 января, посетила город-побратим. {RU_STORY}\n\n{RU_STORY}\n")
    assert article.date is None


def test_a_date_beside_one_rate_is_still_the_viewing_day():
    article = parse(f"26 апреля 2024\nUSD 92.51\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.date is None


# --- a store marker before the finished event the lead tells -----------------------------------------------------

@pytest.mark.parametrize("lead", [
    "Глава области 28 ноября провел переговоры с губернатором побратимской провинции.",
    "Министр 28 ноября подписал соглашение о поставках техники.",
    "Посол 28 ноября вручил верительные грамоты главе государства.",
])
def test_a_marker_a_day_before_a_masculine_past_report_is_dropped(lead):
    article = parse(f" date 2025-11-27 {lead} {RU_STORY}\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.date is None


def test_a_marker_on_the_day_of_the_report_is_kept():
    article = parse(f" date 2025-11-28 Глава области 28 ноября провел переговоры с губернатором. {RU_STORY}\n\n"
                    f"{RU_STORY}\n\n{RU_STORY}\n")
    assert str(article.date) == "2025-11-28"


# --- an event's card: its day over its place ---------------------------------------------------------------------

@pytest.mark.parametrize(("day", "place"), [
    ("时间:2010年3月24日", "地点:明斯克"),
    ("時間：2010年3月24日", "地點：明斯克"),
    ("日期:2010-03-24", "地点:北京"),
])
def test_an_event_cards_day_does_not_date_the_page(day, place):
    article = parse(f"{ZH_TITLE}\n\n2015-05-10 11:36:05 [来源:某某网-国际频道] [责编:某某]\n\n"
                    f"2010年3月24日,两国领导人举行会谈。\n\n{day}\n\n{place}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert str(article.date) == "2015-05-10"
    assert article.time == "11:36:05"


@pytest.mark.parametrize(("day", "place"), [
    ("Date: 24 March 2010", "Venue: Minsk"),
    ("Дата: 24 марта 2010 г.", "Место: Минск"),
])
def test_an_event_cards_day_in_english_or_russian_does_not_date_the_page(day, place):
    article = parse(f"{EN_TITLE}\n\n2015-05-10 11:36\n\n{day}\n{place}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert str(article.date) == "2015-05-10"


def test_a_labelled_day_with_no_place_beside_it_still_dates_the_page():
    article = parse(f"{ZH_TITLE}\n\n时间:2015年5月10日\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert str(article.date) == "2015-05-10"


# --- a wire's yearless day early in the year after the latest past day told --------------------------------------

@pytest.mark.parametrize(("dateline", "past", "date"), [
    ("某某网莫斯科1月6日电(记者王明)", "双方在2006年12月31日化解了争端后,近日又在石油问题上产生争执。", "2007-01-06"),
    ("某某社明斯克2月3日电(记者赵敏)", "两国在2018年11月20日签署协议后,近日又就运输问题举行磋商。", "2019-02-03"),
])
def test_a_wire_day_after_new_year_follows_the_latest_past_day(dateline, past, date):
    plan = "2018年3月,俄方表示将从2019年开始提高价格。双方同意将价格从每吨46.68美元提高至100美元,并使其在2025年达到市场水平。"
    article = parse(f"{ZH_TITLE}\n\n{dateline}{past}\n\n{plan}\n\n{ZH_STORY}\n")
    assert str(article.date) == date


def test_a_past_year_later_than_the_next_one_leaves_the_wire_day_undated():
    article = parse(f"{ZH_TITLE}\n\n某某网莫斯科1月6日电(记者王明)双方在2006年12月31日化解了争端后,近日又产生争执。\n\n"
                    f"2009年,两国贸易额达到新高。\n\n{ZH_STORY}\n")
    assert article.date is None


# --- a reporter's name closing the story, a portal's editing code after it ---------------------------------------

@pytest.mark.parametrize(("closing", "author"), [
    ("(王明)(10D3)", "王明"),
    ("（赵敏）（AK07）", "赵敏"),
    ("(张伟 刘洋)(3F21)", "张伟, 刘洋"),
])
def test_a_closing_reporter_with_an_editing_code_after_the_name(closing, author):
    article = parse(f"{ZH_TITLE}\n\n2007年01月10日 05:03\n\n{ZH_STORY}\n\n{ZH_STORY}两国将继续合作。{closing}\n")
    assert article.author == author


def test_a_bracket_of_letters_only_after_the_name_is_no_editing_code():
    article = parse(f"{ZH_TITLE}\n\n2007年01月10日 05:03\n\n{ZH_STORY}\n\n{ZH_STORY}两国将继续合作。(王明)(ABCD)\n")
    assert article.author is None


# --- a headline split from its glued address, stamp and outlet ---------------------------------------------------

@pytest.mark.parametrize(("stamp_line", "date", "time"), [
    ("http://www.example.com.cn 2007年01月10日 05:03 某某时报", "2007-01-10", "05:03"),
    ("http://news.example.cn 2008年03月02日 17:45 某某日报", "2008-03-02", "17:45"),
    ("www.example.com 2009年11月21日 08:10 某某晚报", "2009-11-21", "08:10"),
])
def test_a_split_address_stamp_and_outlet_line_dates_the_page(stamp_line, date, time):
    article = parse(f"不支持Flash\n|\n|\n{ZH_TITLE}\n{stamp_line}\n{ZH_STORY} {ZH_STORY}(王明)(10D3)\n【发表评论 】\n|\n")
    assert (str(article.date), article.time, article.author) == (date, time, "王明")


def test_a_city_and_a_day_after_the_stop_keep_the_fuller_form():
    article = parse(f"{EN_TITLE}\n\nAlmaty. August 25. Steppewire - Citizens of both countries may now travel freely. "
                    f"{EN_STORY}\n\n{EN_STORY}\n")
    assert (article.dateline, article.source) == ("Almaty", "Steppewire")
