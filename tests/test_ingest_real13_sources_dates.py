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
