"""Date and dateline shapes from the real178-180 pages, widened to their families: a wire's yearless dateline
read in the latest year the story names, where a plan's deadline year ('на период до 2030 года', 'by 2035',
'到2030年') is no such year; a page run into one line whose site stamp, written in a script other than the
story's or in figures, stands between the headline and the body; a Chinese writer's credit with the city
filed from in brackets ('（發自莫斯科）', '(发自 明斯克)'); a site's stamp whose year puts the lead's day
glossed with its weekday ('в понедельник, 22 мая', 'on Monday, May 22') on another weekday. Texts written for
the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse
from despatch.ingest.published import _in_story_script

# 2031-12-17 is a Wednesday; in 2040 (the deadline) the same day is a Monday
RU_WIRE_LEAD = "Москва. 17 декабря. ИНТЕРФАКС - Делегация области в среду посетит индустриальный парк под столицей."
EN_WIRE_LEAD = "MOSCOW, Dec. 17 (Interfax) - The regional delegation will visit the industrial park on Wednesday."


@pytest.mark.parametrize("lead, told, deadline", [
    (RU_WIRE_LEAD, "Стороны встречались 3 марта 2031 года в Минске.", "Стороны наметили планы на период до 2040 года."),
    (RU_WIRE_LEAD, "Прошлая встреча прошла в апреле 2031 года.", "Программа рассчитана до 2040 года."),
    (EN_WIRE_LEAD, "The sides last met in March 2031 in Minsk.", "They set goals to be reached by 2040."),
    (EN_WIRE_LEAD, "The sides last met in March 2031 in Minsk.", "The programme runs until 2040."),
])
def test_a_wire_dateline_takes_the_latest_year_told_not_a_deadline(lead, told, deadline):
    title = "Делегация посетит индустриальный парк" if lead is RU_WIRE_LEAD else "Delegation to visit industrial park"
    story = RU_STORY if lead is RU_WIRE_LEAD else EN_STORY
    article = parse(f"{title}\n\n{lead}\n\n{told} {deadline}\n\n{story}\n")
    assert article.date == dt.date(2031, 12, 17)


def test_a_year_told_as_past_after_the_deadline_still_rules_the_dateline_out():
    text = (f"Делегация посетит индустриальный парк\n\n{RU_WIRE_LEAD}\n\n"
            f"Стороны встречались в 2031 году и в 2040 году. {RU_STORY}\n")
    assert parse(text).date is None


@pytest.mark.parametrize("headline, stamp, body, day", [
    ("两国外长会面 双方同意深化合作", "Mar 30, 2031", "在首都," + ZH_STORY, dt.date(2031, 3, 30)),
    ("兩國外長會面 雙方同意深化合作", "30 March 2031", "在首都," + ZH_STORY, dt.date(2031, 3, 30)),
    ("两国外长会面", "2031-03-30", ZH_STORY, dt.date(2031, 3, 30)),
    ("Министры встретились в столице", "30.03.2031", RU_STORY, dt.date(2031, 3, 30)),
    ("Министры встретились в столице", "Mar 30, 2031", RU_STORY, dt.date(2031, 3, 30)),
    ("Ministers meet in the capital", "2031-03-30", EN_STORY, dt.date(2031, 3, 30)),
])
def test_a_stamp_between_headline_and_body_on_one_line_dates_the_page(headline, stamp, body, day):
    assert parse(f"{headline} {stamp} {body}\n").date == day


@pytest.mark.parametrize("printed, headline", [
    ("30 марта 2031", "Министры встретились в столице"),
    ("2031年3月30日", "两国外长会面"),
    ("March 30, 2031", "Ministers meet in the capital"),
])
def test_a_date_in_the_headline_own_script_may_be_a_sentence_date(printed, headline):
    assert _in_story_script(printed, headline)


@pytest.mark.parametrize("credit, city", [
    ("文/某某杂志记者 王小明(发自莫斯科)", "Moscow"),
    ("文/《某某》雜誌記者 王小明（發自莫斯科）", "Moscow"),
    ("文/本报特派记者 李四 （发自 明斯克）", "Minsk"),
    ("本刊記者 張三 發自北京", "Beijing"),
])
def test_a_chinese_credit_with_the_city_filed_from_in_brackets_is_the_dateline(credit, city):
    text = f"两国合作亮点纷呈\n\n2031-03-04 15:24:06 来源: 某某杂志\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == city


@pytest.mark.parametrize("stamp, lead", [
    ("24 ноября 2029. 14:06", "Делегация области в понедельник, 22 мая, прибыла в столицу с визитом."),
    ("24.11.2029 14:06", "Делегация области прибыла в столицу в понедельник, 22 мая, с визитом."),
    ("November 24, 2029 14:06", "The regional delegation arrived in the capital on Monday, May 22, for a visit."),
])
def test_a_stamp_whose_year_puts_the_lead_day_on_another_weekday_is_the_site_clock(stamp, lead):
    # 2029-05-22 is a Tuesday, 2028-05-22 a Monday
    title = "Delegation arrives in the capital" if lead.startswith("The") else "Делегация прибыла в столицу"
    story = EN_STORY if lead.startswith("The") else RU_STORY
    article = parse(f"{stamp}\n\n{title}\n\n{lead}\n\n{story}\n")
    assert article.date == dt.date(2028, 5, 22)


def test_a_stamp_whose_year_fits_the_lead_weekday_stays():
    article = parse("24 ноября 2028. 14:06\n\nДелегация прибыла в столицу\n\n"
                    f"Делегация области в понедельник, 22 мая, прибыла в столицу с визитом.\n\n{RU_STORY}\n")
    assert article.date == dt.date(2028, 11, 24)
