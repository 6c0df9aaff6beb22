"""Ingest rules for dates drawn from the 21st and 22nd held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, ZH_STORY, parse


def test_plan_that_falls_on_the_publication_day_is_the_event_not_the_announcement():
    text = (
        "甲国今日重开边境 货运列车复通\n\n2025-09-25 08:00\n\n"
        "甲国周二(23日)宣布,將於當地時間周四凌晨重新開放邊境口岸,貨運列車同日恢復通行。\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2025, 9, 25)


def test_traditional_future_word_makes_a_day_a_plan():
    text = (
        "甲國將重開口岸\n\n2025-09-24 08:00\n\n"
        "甲國總理表示,將於28日重新開放邊境口岸。\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_dateline_paragraph_below_an_abstract_gives_its_weekday_not_its_date():
    text = (
        "Fertilizer train reaches border port\n\n2023-02-14\n\n"
        "Abstract : A train loaded with fertilizer from Belarus arrived at a border port in western China on Monday, "
        "a local news site reported.\n\n"
        "BEIJING, Feb. 14 (Xinhua) -- A train loaded with fertilizer from Belarus arrived at a border port "
        "in western China on Monday, a local news site reported.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.dateline == "Beijing"
    assert article.event_date == dt.date(2023, 2, 13)


def test_day_further_down_under_a_lead_that_announces_a_plan_is_background():
    text = (
        "等待多日后 货运列车将复通\n\n2025-09-24 08:00\n\n"
        "甲国总理表示,将于28日凌晨重新开放与乙国的边境口岸。\n\n"
        "多家物流企业也确认了这一消息。\n\n"
        "此次口岸的关闭始于12日,当时甲国方面表示要保障公民安全。\n\n"
        f"{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_announcement_day_told_below_a_lead_that_announces_a_plan_is_the_event():
    text = (
        "Leader to visit China next week\n\n2023-02-25\n\n"
        "The leader of a small country will visit China from February 28 to March 2.\n\n"
        "A foreign ministry spokeswoman said on Saturday (February 25) that the leader will pay a state visit.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2023, 2, 25)


def test_undated_page_takes_no_event_day_from_a_plan_its_headline_announces():
    text = (
        'Visa-free travel between two countries will enter into force on August 10\n\n'
        "The ambassador wrote this on his social media page. From 10 August, an agreement on mutual "
        "visa-free travel comes into effect.\n\n"
        "- On August 10, 2018, the agreement on a 30-day visa waiver enters into force, the ambassador said.\n\n"
        f"{EN_STORY}\n"
    )
    article = parse(text)
    assert article.date is None
    assert article.event_date is None


def test_chinese_dateline_with_the_day_first_and_the_outlet_between_slashes():
    text = (
        "两市结为友好城市\n\n2016.04.29\n\n"
        "4月29日、明斯克 /白通社/。两市签署建立友好城市关系协议,双方市长在仪式上致辞。\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.source == "BelTA"


def test_lead_whose_days_run_over_more_than_a_week_names_no_one_event_day():
    text = (
        "边境关闭 货运列车停驶\n\n2025-09-21 08:00\n\n"
        "多架无人机当地时间10日侵入甲国领空,导致甲国关闭与乙国边界,货运列车被迫停驶。\n\n"
        "一家货运平台已自17日起发布通知,暂停发货。\n\n"
        "多名货运代理商19日透露,许多货柜目前滞留在边境。\n\n"
        f"{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_lead_whose_days_fall_within_a_week_keeps_its_first_day():
    text = (
        "边境关闭 货运列车停驶\n\n2025-09-21 08:00\n\n"
        "多架无人机当地时间17日侵入甲国领空,导致甲国关闭与乙国边界,货运列车被迫停驶。\n\n"
        "多名货运代理商19日透露,许多货柜目前滞留在边境。\n\n"
        f"{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2025, 9, 17)
