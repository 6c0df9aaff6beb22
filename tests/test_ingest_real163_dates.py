"""Date and dateline rules from the real163-168 pages: Russian month abbreviations of four letters in a
site's stamp ('13 нояб. 2023', '5 февр. 2024'); a heading that closes with its item's complete day in
brackets ('Интервью посла газете «…» (2 ноября 2017 г.)'); a dateline whose outlet stands in quotation
marks after the dash, perhaps after 'ИА' and a comma ('Душанбе, 05 сентября, — ИА «…».'); and a wire's
yearless day near a day the victory of 1945 is marked on, dated by the Nth anniversary the story
celebrates. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse
from despatch.ingest.dates import find_dates
from despatch.ingest.settings import load_patterns

RU_TITLE = "Делегация области посетила побратимский город в Китае"


@pytest.mark.parametrize("printed, day", [
    ("13 нояб. 2023", dt.date(2023, 11, 13)), ("5 февр. 2024", dt.date(2024, 2, 5)),
    ("нояб. 13, 2023", dt.date(2023, 11, 13))])
def test_four_letter_russian_month_abbreviations_are_read(printed, day):
    found = find_dates(printed, patterns=load_patterns())
    assert found and found[0].value == day


def test_a_stamp_with_an_abbreviated_month_dates_the_page():
    text = f"Новости региона\n\n21 нояб. 2022\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date == dt.date(2022, 11, 21)


@pytest.mark.parametrize("bracket, day", [
    ("(2 ноября 2017 г.)", dt.date(2017, 11, 2)), ("(14 марта 2019 года)", dt.date(2019, 3, 14)),
    ("(November 2, 2017)", dt.date(2017, 11, 2)), ("（2018年6月7日）", dt.date(2018, 6, 7))])
def test_a_heading_closed_by_its_bracketed_day_dates_the_page(bracket, day):
    heading = f"Интервью посла газете «Вечерний вестник» о сотрудничестве регионов {bracket}"
    text = f"Размер шрифта:\n\n{heading}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date == day


def test_a_bracketed_day_closing_a_paragraph_of_several_sentences_dates_nothing():
    paragraph = "Делегация прибыла в провинцию. Стороны вспомнили подписание договора (2 ноября 2017 г.)"
    text = f"Размер шрифта:\n\n{paragraph}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date is None


@pytest.mark.parametrize("opening, city", [
    ("Душанбе, 05 сентября, — ИА «Вестник Востока».", "Dushanbe"),
    ("Минск, 12 марта — «Новости края».", "Minsk"),
    ("Astana, 5 July, – IA “Steppe Herald”.", "Astana"),
    ("МИНСК, 12 марта — АН \"Северный курьер\".", "Minsk")])
def test_a_dateline_with_the_outlet_in_quotation_marks_after_the_dash(opening, city):
    text = f"{opening} {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).dateline == city


@pytest.mark.parametrize("opening, celebration, day", [
    ("МИНСК, 30 авг — Sputnik.", "Он посетит торжества, посвященные 80-летию Победы.", dt.date(2025, 8, 30)),
    ("Душанбе, 05 сентября, — ИА «Вестник Востока».", "Делегация почтила память павших к 80-й годовщине Победы.",
     dt.date(2025, 9, 5)),
    ("МОСКВА, 8 мая — РИА Новости.", "Гости прибыли на празднование 75-летия Великой Победы.", dt.date(2020, 5, 8))])
def test_a_wire_near_victory_day_is_dated_by_the_anniversary_it_marks(opening, celebration, day):
    text = f"{opening} {RU_STORY}\n\n{celebration} {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date == day


def test_an_english_wire_near_victory_day_is_dated_by_the_anniversary_it_marks():
    text = (f"ASTANA, Sept 4 (Kazinform) -- {EN_STORY}\n\nThe guests attended the parade marking the 80th "
            f"anniversary of the victory in the war. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2025, 9, 4)


def test_a_chinese_wire_near_victory_day_is_dated_by_the_anniversary_it_marks():
    text = f"新华社北京9月1日电 {ZH_STORY}\n\n各国嘉宾出席纪念抗战胜利80周年活动。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2025, 9, 1)


@pytest.mark.parametrize("opening, celebration", [
    # months from either day of the victory: the anniversary may be last year's or next year's
    ("МИНСК, 15 янв — Sputnik.", "Он рассказал о подготовке к 80-летию Победы."),
    # two anniversaries named: no one year
    ("МИНСК, 30 авг — Sputnik.", "Он вспомнил 70-летие Победы и посетит торжества к 80-летию Победы."),
    # a later year named in the story
    ("МИНСК, 30 авг — Sputnik.", "Он посетит торжества к 80-летию Победы, а в 2027 году откроет музей.")])
def test_an_anniversary_far_from_the_day_or_not_alone_dates_nothing(opening, celebration):
    text = f"{opening} {RU_STORY}\n\n{celebration} {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date is None


@pytest.mark.parametrize("lead, plan", [
    ("The president will travel to the capital on Monday for a three-day visit, his office said.",
     "He will carry out a visit on June 2-4, the office said."),
    ("Президент в понедельник посетит столицу с трехдневным визитом, сообщила пресс-служба.",
     "Визит пройдет 2-4 июня, уточнили в пресс-службе."),
    ("The minister will arrive in the capital on Monday, the ministry said.",
     "Talks are scheduled for June 2 and a forum for June 3.")])
def test_a_plan_for_the_coming_weekday_dated_months_after_the_marker_rules_it_out(lead, plan):
    text = f" date 2025-02-06 {lead}\n\n{plan} {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).date is None


@pytest.mark.parametrize("marker, plan", [
    ("2025-05-28", "He will carry out a visit on June 2-4, the office said."),  # days before the Monday
    ("2025-02-06", "He will carry out a visit on June 3-4, the office said.")])  # no day of the plan on a Monday
def test_a_weekday_plan_within_the_week_or_undated_keeps_the_marker(marker, plan):
    text = (f" date {marker} The president will travel to the capital on Monday for a visit, his office said.\n\n"
            f"{plan} {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date.fromisoformat(marker)


@pytest.mark.parametrize("stamp", ["20 Oct. 14:55 (UTC+3 MSK)", "14:55, 20 октября", "10月20日 14:55"])
def test_a_yearless_stamp_of_the_markers_day_gives_its_time(stamp):
    text = f" date 2023-10-20 {stamp}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert (article.date, article.time) == (dt.date(2023, 10, 20), "14:55")


def test_a_yearless_stamp_of_another_day_gives_no_time_to_the_marker():
    text = f" date 2023-10-20 19 Oct. 14:55\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).time is None


@pytest.mark.parametrize("opening, city", [
    ("TIANJIN, AUG 31: ", "Tianjin"), ("MINSK, 5 June: ", "Minsk"), ("ASTANA, Sept. 4: ", "Astana")])
def test_a_capitals_city_and_its_day_before_a_colon_is_a_dateline(opening, city):
    text = f"{opening}{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == city


@pytest.mark.parametrize("credit, city", [
    ("Bishkek, Kyrgyzstan (AFP) Nov 25, 2025", "Bishkek"), ("Minsk (AFP) Sept 17, 2011", "Minsk"),
    ("Astana, Kazakhstan (Reuters) Jun 3, 2024", "Astana")])
def test_a_wire_credit_with_its_day_alone_under_the_byline_is_a_dateline(credit, city):
    text = f"Leaders agree on new freight corridor\n\nby Staff Writers\n{credit}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == city


@pytest.mark.parametrize("tag, city", [("(纽约综合讯)", "New York"), ("（莫斯科讯）", "Moscow"), ("(北京綜合電)", "Beijing")])
def test_a_bracketed_city_and_news_tag_without_a_day_is_a_dateline(tag, city):
    text = f"{tag}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == city


@pytest.mark.parametrize("opening, figures, day", [
    ("白通社明斯克5月29日电 ", "2018年1月 - 4月,两国贸易额增长了33%。", dt.date(2018, 5, 29)),
    ("新华社北京3月12日电 ", "2019年1-2月,双边贸易额同比增长15%。", dt.date(2019, 3, 12)),
    ("МИНСК, 16 мая — Sputnik. ", "В январе-апреле 2018 года товарооборот вырос на 12%.", dt.date(2018, 5, 16)),
    ("MINSK, 20 June (BelTA) - ", "In January-May 2021 trade grew by 12%.", dt.date(2021, 6, 20)),
    ("MINSK, 20 June (BelTA) - ", "From Jan. to Apr. 2021 trade grew by 12%.", dt.date(2021, 6, 20))])
def test_a_wire_reporting_the_years_figures_to_the_month_just_past_is_dated_in_that_year(opening, figures, day):
    story = ZH_STORY if "电" in opening else EN_STORY
    text = f"{opening}{story}\n\n{figures} {story}\n\n{story}\n"
    assert parse(text).date == day


@pytest.mark.parametrize("figures", [
    "In January-February 2021 trade grew by 12%.",  # months before: an older figure, not the news
    "In January-May 2021 trade grew by 12%, and a new plant opens in 2023."])  # a later year named
def test_year_to_date_figures_far_from_the_dateline_or_with_a_later_year_date_nothing(figures):
    text = f"MINSK, 20 June (BelTA) - {EN_STORY}\n\n{figures} {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).date is None


@pytest.mark.parametrize("opening, day", [
    ("AmurNews, 22 октября 2025. ", dt.date(2025, 10, 22)), ("RegionMedia, 3 марта 2024 года. ", dt.date(2024, 3, 3)),
    ("NewsWire, March 3, 2024. ", dt.date(2024, 3, 3))])
def test_an_outlets_one_word_name_and_its_complete_day_opening_the_lead_date_the_page(opening, day):
    story = RU_STORY if "20" in opening and "March" not in opening else EN_STORY
    article = parse(f"{opening}{story}\n\n{story}\n")
    assert (article.date, article.dateline) == (day, None)
