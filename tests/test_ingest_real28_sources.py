"""Ingest rules for sources drawn from the twenty-eighth and twenty-ninth held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_reporter_in_brackets_after_a_wire_dateline_is_no_source():
    text = f"白俄罗斯新任大使谈合作\n\n新华北京3月5日电(李明)白俄罗斯新任驻华大使5日在北京表示,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_unregistered_reporter_after_a_dateline_without_a_known_agency_gives_no_source():
    text = f"白俄罗斯新任大使谈合作\n\n某某北京3月5日电(李明)白俄罗斯新任驻华大使5日在北京表示,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source != "李明"


def test_agency_in_brackets_after_a_dateline_still_names_the_source():
    text = f"白俄罗斯新任大使谈合作\n\n明斯克3月5日电(白通社)白俄罗斯新任驻华大使5日在北京表示,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "BelTA"


def test_desk_that_excerpted_a_wire_story_is_not_the_source():
    assert canonical_source("亚洲处摘自白俄罗斯通讯社新闻", registry(), known_only=False) == "BelTA"
    assert canonical_source("综合处摘编自新华社", registry(), known_only=False) == "Xinhua"


def test_site_and_its_paper_joined_by_a_dash_name_the_paper():
    assert canonical_source("华商网-华商报", registry(), known_only=False) == "Huashang Daily"


def test_url_credited_for_a_photo_is_not_the_source():
    text = f"Делегация посетила совместное предприятие в Китае\n\n{RU_STORY}\n\n{RU_STORY}\n\nФото: http://china.mfa.gov.by\n"
    assert parse(text).source is None


def test_site_asking_reposts_to_credit_it_names_the_source():
    text = f"中白工业园新貌\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n(转载请注明见道网www.seetao.com)栏目编辑/王芳\n"
    assert parse(text).source == "Seetao"


def test_sign_off_pointing_to_more_news_from_the_site_names_it():
    text = f"China hosts the leader of Belarus\n\n{EN_STORY}\n\n{EN_STORY}\n\nRead more exclusive news from Political IQ.\n"
    assert parse(text).source == "Political IQ"


def test_journal_that_first_published_a_reposted_piece_is_the_source():
    text = (
        "An empty park full of promise\n\n"
        f"Our author visited the park. In this post, which was first published by Berlin Policy Journal, he reports on it. {EN_STORY}\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source == "Berlin Policy Journal"


def test_agency_credited_in_brackets_after_the_leads_city_is_the_source():
    text = (
        "Premier to visit Belarus this week\n\n"
        f"Beijing, (APP - Some Portal / Point News - 19th Aug, 2024) The premier will visit Belarus. {EN_STORY}\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source == "Associated Press of Pakistan"
