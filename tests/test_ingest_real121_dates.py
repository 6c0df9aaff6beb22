"""Ingest rules for dates drawn from the 121st to 126th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse

ZH_BARE_DAY_LEAD = ("某某电台报道：17日，甲国外长同乙国外长在乙国首都举行会谈，双方讨论了高层互访和地区形势等议题。"
                    "会谈持续约两个小时。\n")


def test_a_marker_before_the_bare_day_a_chinese_lead_reports_is_no_day_of_writing():
    text = " date 2024-05-08 图片：某某通讯社\n\n" + ZH_BARE_DAY_LEAD + PAGE_PARAGRAPHS_ZH
    article = parse(text)
    assert article.date is None
    assert article.event_date is None


def test_a_marker_just_across_the_turn_of_the_month_still_dates_a_bare_day_lead():
    text = " date 2024-05-02 图片：某某通讯社\n\n" + ZH_BARE_DAY_LEAD.replace("17日", "30日") + PAGE_PARAGRAPHS_ZH
    assert parse(text).date == dt.date(2024, 5, 2)


def test_a_marker_of_another_year_than_the_lead_retelling_the_headlines_year_is_dropped():
    text = (" date 2018-11-20 HomeEconomySocietyPoliticsSportTelegram\n"
            "Tractor works plans to launch a new harvester with a foreign engine in early 2023\n\n"
            "The tractor works plans to launch a new harvester with a foreign engine early next year. "
            "The model is meant for field and transport work.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date is None


def test_a_marker_of_the_year_before_the_headlines_year_stays():
    text = (" date 2022-11-20 HomeEconomySocietyPoliticsSportTelegram\n"
            "Tractor works plans to launch a new harvester with a foreign engine in early 2023\n\n"
            "The tractor works plans to launch a new harvester with a foreign engine early next year. "
            "The model is meant for field and transport work.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2022, 11, 20)


def test_a_later_year_a_plan_is_set_for_leaves_the_marker():
    text = (" date 2025-10-22 Делегация края посетит три провинции Китая.\n"
            "Первой точкой маршрута стал Харбин, где прошла встреча с вице-губернатором провинции. "
            "Стороны обсудили проекты, запуск которых запланирован на 2026 год.\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).date == dt.date(2025, 10, 22)


# Datelines of the 121st to 126th sets' shapes


def test_a_country_before_a_known_city_in_a_wire_dateline_leaves_the_city():
    text = ("Казахстан, Алматы, 12 марта /корр. Степной вестник И.Петров/\n"
            "Глава города принял делегацию провинции, прибывшую с рабочим визитом, сообщает пресс-служба акимата.\n"
            + PAGE_PARAGRAPHS_RU)
    assert parse(text).dateline == "Almaty"


def test_a_city_and_its_country_both_in_capitals_then_a_dash_is_a_dateline():
    text = ("BEIJING, CHINA — The farm minister began a ten-day trade mission on Nov. 4 with industry "
            "representatives from across the country.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).dateline == "Beijing"


def test_a_russian_city_in_capitals_its_day_and_the_outlet_in_guillemets_is_a_dateline():
    text = ("ХАБАРОВСК, 17 июня, «Вести края» - На ярмарку съехались представители из тридцати стран мира, "
            "которые представляют свою продукцию.\n" + PAGE_PARAGRAPHS_RU)
    assert parse(text).dateline == "Khabarovsk"


def test_a_reporters_credit_in_tortoise_shell_brackets_gives_the_city():
    text = ("〔記者王小明／台北報導〕外交部長昨（12）日中午設宴，歡迎某國國會訪問團一行8人來訪，雙方就經貿與文化交流交換意見。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).dateline == "Taipei"


def test_petaling_jaya_in_a_malaysian_chinese_papers_tag_is_a_dateline():
    text = ("(八打灵再也8日讯)两国建交以来,双方的联系一般都是官方往来,民间和私人企业之间的对接仍然很少。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).dateline == "Petaling Jaya"


def test_an_outlets_digest_of_reports_outside_brackets_gives_a_known_city():
    text = ("某某网视加德满都2月26日综合报道 备受关注的跨境铁路可行性研究正进入最后阶段,有关部门官员向当地媒体介绍了进展。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).dateline == "Kathmandu"


def test_a_wire_credited_in_a_city_with_the_carrying_paper_in_brackets_gives_the_city():
    text = ("Ministers welcome the royal visit\n\nBy Xinhua in The Hague(Example Daily)\n\n"
            "The visit of the king to the country marks very good relations, the foreign minister said ahead of it.\n"
            + PAGE_PARAGRAPHS_EN)
    assert parse(text).dateline == "The Hague"


def test_a_press_releases_day_month_and_two_digit_year_alone_under_the_headline_dates_it():
    text = ("New consulate in the port city welcomed\n18/4/94\n"
            "The decision to open a third consulate in the city was a further sign of closer ties, the trade minister "
            "said today.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(1994, 4, 18)


def test_a_bracketed_chinese_credit_with_spaces_beside_its_digits_dates_the_page():
    text = ("【某某電視台 2022 年 03 月 18 日訊】民間捐款超過六億,有關部門從3月7號開始募集捐贈物資,"
            "統計到昨天上午為止已募得至少50噸的物資。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2022, 3, 18)


YEARLESS_DAY_LEAD = ("Foreign firms remain keen on closer trade with local producers despite the difficult background. "
                     "Supplies and joint production were discussed at a meeting with a large trading house "
                     "on March 3. The agenda covered food imports and new machinery.\n")


def test_a_marker_months_after_the_yearless_day_a_lead_reports_is_no_day_of_writing():
    text = " date 2019-06-20 " + YEARLESS_DAY_LEAD + "\n" + PAGE_PARAGRAPHS_EN
    assert parse(text).date is None


def test_a_marker_weeks_after_the_yearless_day_a_lead_reports_still_dates_it():
    text = " date 2019-03-20 " + YEARLESS_DAY_LEAD + "\n" + PAGE_PARAGRAPHS_EN
    assert parse(text).date == dt.date(2019, 3, 20)


def test_the_day_in_the_address_of_a_reposts_source_does_not_date_the_page():
    text = ("Делегация области обсуждает в соседней провинции вопросы транспорта, культуры и инвестиций.\n\n"
            + PAGE_PARAGRAPHS_RU + "\nИсточник новости: http://www.example-news.ru/news/2019/01/25/149075\n")
    assert parse(text).date is None


def test_an_update_stamp_run_into_the_opening_of_the_lead_dates_the_page():
    text = ("WORLD / Politics |\nMinister to tour three capitalsBy Li Ming (Example Daily)\n"
            "Updated: 2008-03-14 08:15 The foreign minister will pay a five-day visit to three countries next week "
            "to strengthen bilateral ties, a spokesman said on Thursday.\n" + PAGE_PARAGRAPHS_EN)
    assert parse(text).date == dt.date(2008, 3, 14)


def test_a_chinese_time_label_glued_between_the_headline_and_the_lead_dates_the_page():
    text = ("|\n三国官员结束访问深化合作时间:2024-06-21 某某新闻社香港讯(记者 王某) 由三国政府官员组成的代表团于6月20日"
            "结束对香港的访问,此次访问旨在加强交流合作。\n" + PAGE_PARAGRAPHS_ZH)
    assert parse(text).date == dt.date(2024, 6, 21)


def test_a_known_city_a_dash_and_an_outlets_web_name_open_a_dateline():
    text = ("Президент пригласил иностранные компании к участию в приватизации\n"
            "Казахстан, Алматы – АН Example.kz. Президент и премьер-министр соседней страны приняли участие в форуме.\n"
            + PAGE_PARAGRAPHS_RU)
    assert parse(text).dateline == "Almaty"


def test_a_stamp_glued_to_a_wires_known_city_and_its_own_bare_day_gives_the_dateline():
    text = ("某某论坛\n两国加强关系 将兴建跨境公路\n内文:\n2019-03-14 20:10某某社 北京14日综合外电报导\n"
            "今天报导指出,两国已商定兴建一条连接边境口岸和首都的公路,\n这是总理访问期间签署的一系列协定之一。\n"
            + PAGE_PARAGRAPHS_ZH)
    assert parse(text).dateline == "Beijing"
