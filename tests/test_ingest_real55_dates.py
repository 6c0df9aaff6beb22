"""Ingest rules for publication dates and event dates drawn from the 38th to 55th held-out sets, second pass (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, parse


def test_a_dated_caption_over_its_photo_credit_is_not_the_pages_date():
    text = ("Port to halt transit of fertilizer cargo in winter\n\n"
            f"The port will stop handling the cargo in winter, the transport minister told a news site. {EN_STORY}\n\n"
            "Wagons at the port terminal. Seaport, Northland. 14 March 2022.\nPhoto: Some Outlet\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_yearless_day_told_as_still_to_come_takes_no_year_from_a_past_summit():
    text = ("В столице пройдёт второй саммит региона\n"
            "Город, Страна (Some.uz) — 12 июля в столице состоится второй саммит в формате «Регион — Партнёр». "
            "Об этом сообщила пресс-служба.\n\n"
            f"Напомним, первый саммит в этом формате прошёл 20–21 июня 2021 года в другом городе. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date is None


def test_a_stretch_from_one_weekday_to_another_names_no_one_event_day():
    text = ("Summit city decks its streets\n\n"
            "NORTHTOWN, May 20, 2023 /SomeWire/ — The city is about to host a regional summit being held from "
            f"Thursday to Friday, with flags along the airport road. {EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.date.isoformat() == "2023-05-20"
    assert article.event_date is None


def test_a_head_line_opening_with_a_time_label_dates_the_page_though_credits_run_on():
    text = ("学校新闻\n当前位置: 首页 >> 新闻速递 >> 学校新闻 >> 正文\n\n某某大学联盟高校相聚滨城!\n\n"
            "时间:2024-05-24 来源:国际合作与交流处(港澳台办公室) 作者: 责任编辑:王某某\n\n"
            "5月22日,某某大学联盟全体大会在滨城举办。双方就经贸合作交换了意见,同意继续推动合作。\n\n"
            "双方就教育合作交换了意见,同意继续推动合作,并表示将继续推动两国务实合作不断取得新成果。\n")
    article = parse(text)
    assert article.date.isoformat() == "2024-05-24"
    assert article.event_date.isoformat() == "2024-05-22"


def test_a_day_month_and_two_digit_year_alone_under_the_headline_dates_the_page():
    text = ("Город и партнер укрепляют связи: подписано соглашение о сотрудничестве\n29.04.25\n\n"
            f"Председатель горисполкома принимает участие в форуме регионов. {RU_STORY}\n{RU_STORY}\n")
    assert parse(text).date.isoformat() == "2025-04-29"


def test_a_day_closing_its_sentence_keeps_the_lead_year_though_the_next_sentence_tells_a_plan():
    text = ("Railway and bank signed a loan agreement\n\n"
            "At the forum held from 10 till 12 of May 2019 in the capital, the railway and the bank signed a loan "
            f"agreement on 10 May. The funds will be spent on electrification. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).event_date) == "2019-05-10"
