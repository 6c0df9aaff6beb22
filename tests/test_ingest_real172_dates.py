"""Date, time and dateline rules from the real172-177 pages: month names of the other European languages
that reprint the region's news ('9. septembar 2024', '12 lipca 2023', '5 septembrie 2022'); the Hungarian
order with a dot after the year and the day ('2019. április 11.'); a news agency's stamp with the year set
apart from the month and day ('2023 03/ 17 17:09:25'); a time in the cell before the date's own
('15:58 | 12.07.2022 Category: …'); a time told as today's right after the store's marker ('сегодня в
14:42'); a Chinese wire's dateline with a space between the city and the day ('白通社明斯克 9 月20日 电').
Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse
from despatch.ingest.dates import find_dates

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def full_dates(line: str) -> list[dt.date]:
    return [f.value for f in find_dates(line) if f.value and f.has_year]


@pytest.mark.parametrize("line, day", [
    ("9. septembar 2024", dt.date(2024, 9, 9)),     # Serbian
    ("17. avgusta 2023", dt.date(2023, 8, 17)),     # Serbian, genitive
    ("21 септембра 2019", dt.date(2019, 9, 21)),    # Serbian Cyrillic
    ("21 февруари 2020", dt.date(2020, 2, 21)),     # Bulgarian
    ("12 lipca 2023", dt.date(2023, 7, 12)),        # Polish
    ("4 października 2022", dt.date(2022, 10, 4)),  # Polish
    ("3. března 2021", dt.date(2021, 3, 3)),        # Czech
    ("14. lipnja 2018", dt.date(2018, 6, 14)),      # Croatian
    ("5 septembrie 2022", dt.date(2022, 9, 5)),     # Romanian
    ("8 settembre 2020", dt.date(2020, 9, 8)),      # Italian
    ("2 décembre 2017", dt.date(2017, 12, 2)),      # French
    ("11 Eylül 2023", dt.date(2023, 9, 11)),        # Turkish
    ("30. März 2022", dt.date(2022, 3, 30)),        # German
])
def test_month_names_of_other_european_languages_are_read(line, day):
    assert full_dates(line) == [day]


@pytest.mark.parametrize("line", ["12 listopada 2021", "12. listopadu 2021"])
def test_a_month_name_two_languages_read_differently_keeps_its_wider_reading(line):
    # November in Polish and Czech (October in Croatian)
    assert full_dates(line) == [dt.date(2021, 11, 12)]


@pytest.mark.parametrize("stamp, day, time", [
    ("9. septembar 2024 12:20", "2024-09-09", "12:20"),
    ("12 lipca 2023 08:45", "2023-07-12", "08:45"),
    ("5 septembrie 2022, 17:03", "2022-09-05", "17:03"),
])
def test_a_stamp_in_another_language_dates_the_page(stamp, day, time):
    article = parse(f"{stamp}\n\n{EN_TITLE}\n\nAutor: Agency\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert (str(article.date), article.time) == (day, time)


@pytest.mark.parametrize("line, day", [
    ("2019. április 11.", dt.date(2019, 4, 11)),
    ("2024. szept. 9. 12:20", dt.date(2024, 9, 9)),
    ("2021. december 3.", dt.date(2021, 12, 3)),
])
def test_the_hungarian_order_is_read(line, day):
    assert full_dates(line) == [day]


def test_a_year_closing_a_sentence_and_a_day_opening_the_next_are_no_date():
    assert full_dates("The plant opened in 2019. March 5 saw its first train.") == []


def test_a_hungarian_stamp_under_the_headline_dates_the_page():
    article = parse(f"{EN_TITLE}\n2020. március 27.\nSome Outlet /  By Anna Novak\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert str(article.date) == "2020-03-27"


@pytest.mark.parametrize("stamp, day, time", [
    ("2023 03/ 17 17:09:25", "2023-03-17", "17:09:25"),
    ("2023 03/17 17:09:25", "2023-03-17", "17:09:25"),
    ("2024 11/ 5 08:01", "2024-11-05", "08:01"),
])
def test_an_agency_stamp_with_the_year_apart_dates_the_page(stamp, day, time):
    article = parse(f"网站 > 时政 > 正文\n{stamp}\n来源:某某网\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert (str(article.date), article.time) == (day, time)


def test_a_year_and_a_fraction_without_a_time_are_no_date():
    assert full_dates("2023 03/17 visitors") == []


@pytest.mark.parametrize("stamp, day, time", [
    ("15:58 | 12.07.2022 Category: Interview, Event", "2022-07-12", "15:58"),
    ("09:12 | 3 March 2021 | Politics", "2021-03-03", "09:12"),
    ("21:40 | 2020-05-06 Rubric: Economy", "2020-05-06", "21:40"),
])
def test_a_time_in_the_cell_before_the_date_is_the_pages(stamp, day, time):
    article = parse(f"{EN_TITLE}\n{stamp}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert (str(article.date), article.time) == (day, time)


@pytest.mark.parametrize("first, title, story, time", [
    ("сегодня в 14:42", RU_TITLE, RU_STORY, "14:42"),
    ("Сегодня, 09:05", RU_TITLE, RU_STORY, "09:05"),
    ("Today at 18:30", EN_TITLE, EN_STORY, "18:30"),
    ("今天 07:15", ZH_TITLE, ZH_STORY, "07:15"),
])
def test_a_time_told_as_todays_after_the_marker_is_the_pages(first, title, story, time):
    article = parse(f" date 2025-08-31 {first}\n\n{title}\n\n{story}\n\n{story}\n")
    assert (str(article.date), article.time) == ("2025-08-31", time)


def test_yesterdays_time_after_the_marker_is_not_read():
    article = parse(f" date 2025-08-31 вчера в 14:42\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.time is None


@pytest.mark.parametrize("opening, city", [
    ("白通社明斯克 9 月20日 电白通社报道 ", "Minsk"),
    ("新华社北京 3月1日电 ", "Beijing"),
    ("中新社莫斯科 12 月 4 日电 ", "Moscow"),
])
def test_a_chinese_wire_dateline_with_a_space_before_its_day_is_read(opening, city):
    article = parse(f"{ZH_TITLE}\n\n{opening}{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize("sentence, title, story", [
    ("At the SCO summit last week, Belarus became a full member of the organization.", EN_TITLE, EN_STORY),
    ("Belarus became the tenth member of the Shanghai Cooperation Organisation in the summer.", EN_TITLE, EN_STORY),
    ("Летом Беларусь стала полноправным членом ШОС.", RU_TITLE, RU_STORY),
    ("去年夏天,白俄罗斯正式成为上合组织成员国。", ZH_TITLE, ZH_STORY),
])
def test_belarus_told_as_an_sco_member_rules_out_an_earlier_marker(sentence, title, story):
    text = f" date 2019-05-04 {title}\n\n{story} {sentence}\n\n{story}\n"
    assert parse(text).date is None
    assert str(parse(text.replace("2019-05-04", "2024-11-05")).date) == "2024-11-05"


@pytest.mark.parametrize("sentence, title, story", [
    ("31 августа глава области провел встречу с делегацией.", RU_TITLE, RU_STORY),
    ("On August 31, the governor held talks with the delegation.", EN_TITLE, EN_STORY),
    ("8月31日,省长会见了代表团。", ZH_TITLE, ZH_STORY),
])
def test_a_marker_a_day_before_the_finished_event_a_sentence_opens_with_moves_to_it(sentence, title, story):
    text = f" date 2025-08-30 {title}\n\n{story}\n\n{story} {sentence}\n"
    assert str(parse(text).date) == "2025-08-31"
    # days before the event it reports, the marker is no day of writing at all
    assert parse(text.replace("2025-08-30", "2025-08-27")).date is None


@pytest.mark.parametrize("sentence", ["31 августа состоится финал турнира.", "31 августа глава области проведет встречу."])
def test_a_day_still_to_come_leaves_the_marker(sentence):
    text = f" date 2025-08-30 {RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY} {sentence}\n"
    assert str(parse(text).date) == "2025-08-30"


@pytest.mark.parametrize("sentence", ["31 августа прошлого года глава области провел встречу с делегацией.",
                                      "On August 31 last year, the governor held talks with the delegation."])
def test_a_day_of_last_year_leaves_the_marker(sentence):
    text = f" date 2025-08-30 {RU_TITLE}\n\n{RU_STORY} Программа была согласована 20 августа.\n\n{RU_STORY} {sentence}\n"
    assert str(parse(text).date) == "2025-08-30"
    assert parse(text.replace("прошлого года ", "").replace(" last year", "")).date != dt.date(2025, 8, 30)
