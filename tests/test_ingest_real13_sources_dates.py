"""Ingest rules for sources, dates and datelines drawn from a thirteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_chinese_name_of_a_registered_agency_in_a_source_label():
    text = f"工业园新签三个项目\n\n来源:白俄罗斯国家通讯社 责任编辑:王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "BelTA"


def test_outlet_that_could_not_verify_a_claim_is_the_source():
    text = (f"Belarus joins the bloc\n\n{EN_STORY}\n\nThe army claimed that troops were gathering, state media reported."
            f"\n\nThe Kyiv Independent could not verify the claim.\n\n{EN_STORY}\n")
    assert parse(text).source == "The Kyiv Independent"


def test_unregistered_name_that_could_not_verify_names_no_source():
    text = f"Belarus joins the bloc\n\n{EN_STORY}\n\nThe ministry could not confirm the report.\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_outlet_asking_readers_to_follow_its_accounts_by_domain_is_the_source():
    text = f"Визы отменены\n\n{RU_STORY}\n\n{RU_STORY}\n\nТакже следите за аккаунтами Charter97.org в социальных сетях\n"
    assert parse(text).source == "Charter 97"


def test_agency_alone_under_the_last_paragraph_is_the_source_though_chrome_follows():
    text = (f"工业园新签三个项目\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n中央社\n\n直播频道\n\n热门推荐\n\n频道推荐\n\n"
            "本网站使用相关技术来改善使用者体验")
    assert parse(text).source == "Central News Agency"


def test_outlet_alone_under_the_last_paragraph_that_is_no_agency_names_no_source():
    text = f"工业园新签三个项目\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n香港01\n\n直播频道\n\n热门推荐\n"
    assert parse(text).source is None


def test_via_line_with_the_headline_names_the_outlet_after_it():
    text = (f"Minsk thanks Beijing for the loan\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "via Minsk thanks Beijing for the loan – Steppe Ledger.\n\nLeave a comment\n")
    assert parse(text).source == "Steppe Ledger"


def test_via_line_with_another_headline_names_no_source():
    text = (f"Minsk thanks Beijing for the loan\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "via Other news of the week in review – Steppe Ledger.\n\nLeave a comment\n")
    assert parse(text).source is None


def test_known_city_and_an_en_dash_opening_the_lead_is_a_dateline():
    text = f"Minsk thanks Beijing for the loan\n\nMinsk – Belarus’ president on Monday thanked China for a loan. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_unknown_word_and_an_en_dash_opening_the_lead_is_no_dateline():
    text = f"Minsk thanks Beijing for the loan\n\nGrowth – Belarus’ economy grew again in the spring. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline is None


def test_store_marker_before_a_word_was_coined_is_not_the_date():
    text = (f" date 2019-11-20 Trade grew despite the slowdown\n\n{EN_STORY} The sides will keep working together "
            f"in the fight against COVID-19.\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_store_marker_after_the_word_was_coined_stands():
    text = (f" date 2021-11-20 Trade grew despite the slowdown\n\n{EN_STORY} The sides will keep working together "
            f"in the fight against COVID-19.\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2021, 11, 20)


def test_store_marker_with_a_chinese_coined_word_is_ruled_out():
    text = f" date 2018-05-02 工业园新签三个项目\n\n{ZH_STORY}双方还将在新冠疫情防控方面加强合作。\n\n{ZH_STORY}\n"
    assert parse(text).date is None


def test_wire_dateline_without_a_year_takes_the_year_this_year_is_compared_from():
    text = ("Перевозки в Китай выросли\n\nМИНСК, 16 ноя — ПРАЙМ. Перевозки в Китай в январе-октябре текущего года "
            f"выросли вдвое к аналогичному периоду 2021 года, заявил министр.\n\n{RU_STORY}\n")
    assert parse(text).date == dt.date(2022, 11, 16)


def test_english_wire_dateline_without_a_year_takes_the_compared_year_after():
    text = ("Freight to China doubles\n\nMINSK, 16 November – Steppe Wire. Freight to China doubled this year "
            f"from the same period of 2020, the minister said.\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2021, 11, 16)


def test_dateline_without_a_year_and_a_later_year_named_has_no_date():
    text = ("Перевозки в Китай выросли\n\nМИНСК, 16 ноя — ПРАЙМ. Перевозки в Китай в январе-октябре текущего года "
            f"выросли вдвое к аналогичному периоду 2019 года, а к 2021 году втрое.\n\n{RU_STORY}\n")
    assert parse(text).date is None


def test_dateline_without_a_year_and_no_comparison_has_no_date():
    text = f"Перевозки в Китай выросли\n\nМИНСК, 16 ноя — ПРАЙМ. Перевозки в Китай выросли вдвое в 2021 году.\n\n{RU_STORY}\n"
    assert parse(text).date is None


def test_older_day_after_a_lead_with_no_day_is_background_not_the_event():
    text = ("Безвизовый режим вступит в силу\n\n17.07.2018 10:50\n\nСкоро вступает в силу безвизовый режим. "
            "Об этом сообщила пресс-служба министерства.\n\nСоглашение было подписано 10 июня в Циндао.\n\n"
            f"{RU_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2018, 7, 17)
    assert article.event_date is None


def test_recent_day_after_a_lead_with_no_day_is_still_the_event():
    text = ("Безвизовый режим вступит в силу\n\n17.07.2018 10:50\n\nСкоро вступает в силу безвизовый режим. "
            "Об этом сообщила пресс-служба министерства.\n\nСоглашение было подписано 12 июля в Циндао.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2018, 7, 12)
