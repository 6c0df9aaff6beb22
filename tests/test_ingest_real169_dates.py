"""Date and dateline rules from the real169-171 pages: a Chinese dateline whose city follows a country name, a
paper's reporter credit with the city reported from ('(某報記者 王明 北京報道)', '/某報記者王明華沙報道'), a
known city in capitals run on into the lead with an unspaced dash after a page's date stamp, an outlet's
signature with the complete date closing the story ('/// ExampleNews, 8 August 2023'), a wire's day, month in
words and two-digit year alone on its line ('8 Aug 05') with the city in capitals under it, and a bare date in
the site's header years after every year the story names. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Rail freight between the two regions doubles in a year"
RU_TITLE = "Делегация области обсудила поставки техники в Китай"
ZH_TITLE = "两地铁路货运量一年翻番"
ZH_PARAGRAPHS = f"{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
EN_PARAGRAPHS = f"{EN_STORY}\n\n{EN_STORY}\n\n{EN_STORY}\n"


@pytest.mark.parametrize("dateline, city", [
    ("新华社俄罗斯外贝加尔斯克3月2日电", "Zabaykalsk"),
    ("新華社俄羅斯外貝加爾斯克11月9日電", "Zabaykalsk"),
    ("中新社外贝加尔斯克5月20日电", "Zabaykalsk"),
])
def test_a_chinese_dateline_of_a_border_town_in_its_other_spelling_is_read_in_english(dateline, city):
    text = f"{ZH_TITLE}\n\n{dateline} {ZH_STORY}\n\n{ZH_PARAGRAPHS}"
    assert parse(text).dateline == city


@pytest.mark.parametrize("lead, city", [
    (f"【某某網訊】 (香港某某網記者 王小明 北京報道){ZH_STORY}", "Beijing"),
    (f"({'某某報'}記者張三 莫斯科報道){ZH_STORY}", "Moscow"),
    (f"（某某网特派记者李四 明斯克报道）{ZH_STORY}", "Minsk"),
    (f"{ZH_STORY}{ZH_STORY}/某某報記者李理華沙報道", "Warsaw"),
])
def test_a_papers_reporter_credit_names_the_city_reported_from(lead, city):
    text = f"{ZH_TITLE}\n\n{lead}\n\n{ZH_PARAGRAPHS}"
    assert parse(text).dateline == city


def test_a_reporter_credit_closing_the_lead_gives_the_reporter_too():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}{ZH_STORY}/某某報記者李理華沙報道\n\n{ZH_PARAGRAPHS}"
    assert parse(text).author == "李理"


@pytest.mark.parametrize("lead, city", [
    (f"date 2024-04-03 ASTANA—Some {EN_STORY}", "Astana"),
    (f"2024-04-03 MINSK– The {EN_STORY}", "Minsk"),
    (f"12.05.2023 TASHKENT --Officials said {EN_STORY}", "Tashkent"),
])
def test_a_known_city_in_capitals_with_an_unspaced_dash_after_a_date_stamp_is_the_dateline(lead, city):
    text = f"{lead}\n\n{EN_PARAGRAPHS}"
    assert parse(text).dateline == city


@pytest.mark.parametrize("closing, day", [
    (f"{EN_STORY} /// ExampleNews, 8 August 2023", dt.date(2023, 8, 8)),
    (f"{EN_STORY} ///ExampleNews, 17 October 2023 (Photo credit – Agency)", dt.date(2023, 10, 17)),
    (f"{EN_STORY} — Example Wire, March 3, 2021", dt.date(2021, 3, 3)),
    (f"{RU_STORY} // Пример, 5 марта 2024", dt.date(2024, 3, 5)),
])
def test_an_outlets_signature_with_the_date_closing_the_story_dates_it(closing, day):
    story = EN_PARAGRAPHS if closing.startswith(EN_STORY) else f"{RU_STORY}\n\n{RU_STORY}\n"
    title = EN_TITLE if closing.startswith(EN_STORY) else RU_TITLE
    text = f"{title}\n\n{story}\n{closing}\n"
    assert parse(text).date == day


@pytest.mark.parametrize("stamp, day", [
    ("8 Aug 05", dt.date(2005, 8, 8)),
    ("12-Mar-19", dt.date(2019, 3, 12)),
    ("3 окт. 98", dt.date(1998, 10, 3)),
])
def test_a_wires_day_month_and_two_digit_year_alone_on_its_line_dates_it(stamp, day):
    text = f"{EN_TITLE}\nExample news agency\n{stamp}\n\n{EN_PARAGRAPHS}"
    assert parse(text).date == day


@pytest.mark.parametrize("city, english", [("YEREVAN", "Yerevan"), ("MINSK", "Minsk"), ("BAKU", "Baku")])
def test_a_known_city_in_capitals_under_a_lone_date_over_wrapped_lines_is_the_dateline(city, english):
    wrapped = "\n".join(["The two ministers met in the capital today and", "discussed freight and energy projects",
                         "for the coming year, the ministry said."])
    text = f"{EN_TITLE}\nExample news agency\n8 Aug 05\n{city}\n{wrapped}\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).dateline == english


@pytest.mark.parametrize("header, figures", [
    ("22 november 2024", "In the first eight months of 2014 trade between the two regions rose by a third, officials said."),
    ("5 March 2023", "In January-September 2019 trade between the two regions rose by a third, officials said."),
    ("2022-09-14", "За восемь месяцев 2016 года товарооборот между регионами вырос на треть, сообщили в министерстве."),
    ("2021年05月06日", "2017年前8个月,两地贸易额增长三成。"),
])
def test_a_bare_header_date_years_after_the_year_whose_part_figures_the_story_gives_is_not_its_date(header, figures):
    text = f"{header}\n\nRegional news\n\n{EN_TITLE}\n\n{figures}\n\n{EN_PARAGRAPHS}"
    assert parse(text).date is None


@pytest.mark.parametrize("figures", [
    "In 2014 trade between the two regions rose by a third, officials said.",  # an earlier year, no part-year figures
    "In the first eight months of 2022 trade between the two regions rose by a third, officials said.",
])
def test_a_bare_header_date_over_a_story_without_stale_part_year_figures_still_dates_it(figures):
    text = f"5 March 2023\n\nRegional news\n\n{EN_TITLE}\n\n{figures}\n\n{EN_PARAGRAPHS}"
    assert parse(text).date == dt.date(2023, 3, 5)
