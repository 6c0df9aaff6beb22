"""Date rules from the real145-147 pages: a page's stamp printed time first ('12:20 24.10.2025') and run onto
the lead's first words, which dates the page and keeps its time, under a store's marker of the day before; the
day the lead then names is the event's. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

RU_TITLE = "Делегация области посетила побратимский город в Китае"


def test_a_time_first_stamp_opening_the_lead_dates_the_page_over_the_marker():
    text = (f" date 2024-05-13 Экономика\n\n{RU_TITLE}\n\n"
            f"09:45 14.05.2024 Министр торговли 13.05.2024 провёл встречу с делегацией провинции. {RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2024, 5, 14)
    assert article.time == "09:45"
    assert article.event_date == dt.date(2024, 5, 13)


EN_TITLE = "River bridge brings two border towns closer together"


def test_a_lead_giving_totals_for_months_from_january_has_no_event_day():
    text = (f"{EN_TITLE}\n\n12 March 2024\n\nVILNIA, 12 March (Newswire) - In January-February 2024, the freight between "
            f"the two towns reached 3.1 million tonnes, the mayor said at the opening of a trade fair.\n\n{EN_STORY}\n")
    assert parse(text).event_date is None


def test_a_russian_lead_giving_totals_for_months_from_january_has_no_event_day():
    text = (f"{RU_TITLE}\n\n12 марта 2024\n\nВИЛЬНЯ, 12 марта (Корр. Вестника). В январе-феврале 2024 года грузооборот "
            f"между городами составил 3,1 млн тонн, сообщил мэр на открытии ярмарки.\n\n{RU_STORY}\n")
    assert parse(text).event_date is None


def test_today_in_a_sentence_told_with_informed_is_the_pages_day():
    text = (f"{EN_TITLE}\n\nPosted: 14.05.2024 10:15:00\n\nFour new firms have joined the riverside park. "
            f"The head of the park's board, Ivo Lanner, informed at today’s solemn ceremony that the park now unites "
            f"forty firms.\n\n{EN_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 5, 14)


def test_a_weekday_after_a_long_occasions_name_in_a_plan_is_still_to_come():
    text = (f"{EN_TITLE}\n\n09:41, May 14, 2024\n\nVILNIA, May 13 (Newswire) -- The two towns will hold the third "
            f"meeting of the Joint Riverside Intermunicipal Cooperation Committee on Wednesday, the town hall's "
            f"spokesperson announced Monday.\n\n{EN_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 5, 13)


def test_a_speechs_bracket_of_day_and_place_under_its_headline_dates_the_event():
    text = ("某大使在第三届两市友好合作论坛开幕式上的致辞\n\n来源:(驻某国使馆) 2024-05-14 18:00\n\n"
            "(2024年5月13日10:30,河畔工业园)\n\n尊敬的各位来宾,\n\n"
            f"很高兴出席本次论坛。去年9月两国领导人举行会晤,为双边合作指明了方向。{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2024, 5, 14)
    assert article.event_date == dt.date(2024, 5, 13)
    assert article.dateline is None
