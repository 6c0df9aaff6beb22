"""Ingest rules for datelines and event dates drawn from the 41st to 44th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_chinese_agencys_digest_of_foreign_wires_dates_from_its_city():
    text = f"乌克兰拟本周出口粮食\n\n(中央社基輔25日綜合外電報導)烏國今天說,他們預計本週出口第一批穀物。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Kyiv"


def test_a_chinese_today_before_a_plain_verb_of_saying_dates_the_statement():
    text = (f"乌克兰拟本周出口粮食\n\n2022/7/26 12:40\n\n(中央社基輔25日綜合外電報導)幾天前的攻擊讓協議受到質疑。"
            f"烏國今天說,他們預計本週出口第一批穀物。\n\n兩國22日同意一項計畫。{ZH_STORY}\n")
    assert str(parse(text).event_date) == "2022-07-25"


def test_a_city_with_its_country_and_a_day_without_a_year_alone_on_a_line_is_the_dateline():
    text = ("TBILISI, Georgia, Dec. 25\n\nBy Anna Novak – Trend:\n\n"
            "The speaker met the newly appointed ambassador, Trend reports. The sides discussed trade.\n\n"
            "The sides discussed freight, energy and education projects and agreed to meet again.\n")
    assert parse(text).dateline == "Tbilisi"


def test_an_outlets_standing_city_and_bullet_tag_is_the_dateline_but_dates_nothing():
    text = (f" date 2025-12-01 Президент едет в Пекин\n\nКиев • УНН\n\nПрезидент на этой неделе отправляется в Пекин. "
            f"{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article.dateline == "Kyiv"
    assert article.event_date is None


def test_a_day_the_opening_gives_a_state_of_affairs_at_dates_no_event():
    text = (" date 2025-12-01 Президент пропал в поездке\n\nПрезидент пропал в поездке\n\n"
            "Прилетев 28 ноября в столицу, президент «исчез»: по состоянию на утро 1 декабря нет сведений о ходе визита. "
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date is None


def test_a_quoted_today_under_an_opening_at_an_unnamed_earlier_time_dates_nothing():
    text = ("总统谈核能合作\n\n11.02.2015  17:32\n\n某某网2月11日电 总统日前对邻国进行访问,双方签署了核电站合作协议。\n\n"
            f"总统称,“我们今天讨论了在核能领域合作的可能性。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_a_day_after_an_outlets_quoted_name_and_reported_is_when_it_reported():
    text = (" date 2025-08-15 轟炸機飛近阿拉斯加\n\n〔國際新聞中心／綜合報導〕中國轟炸機在2024年7月偕同俄羅斯轟炸機進行聯合巡邏。\n\n"
            f"美國「某某新聞」(Some News)13日報導,這是全新的行動。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_a_we_remind_you_paragraph_is_background():
    text = ("The president arrived in the capital\n\nMonday, June 27, 2022\n\n"
            "The visit was announced by the president's office. She plans to visit the region.\n\n"
            f"We remind you that on June 23, both countries received the status of candidates. {EN_STORY}\n")
    assert parse(text).event_date is None


def test_without_a_publication_date_a_day_named_before_a_complete_date_takes_its_year():
    text = ("黑海協議延長\n\n聯合國秘書長於11月17日證實,黑海協議將延長120天,原定於2022年11月19日到期。\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert str(parse(text).event_date) == "2022-11-17"
