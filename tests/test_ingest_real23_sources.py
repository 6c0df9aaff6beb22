"""Ingest rules for sources drawn from the twenty-third held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_ministry_website_credited_after_the_last_sentence_is_the_ministry():
    text = f"工业园区项目进展顺利\n\n{ZH_STORY}\n\n{ZH_STORY}(科技部网站)\n"
    assert parse(text).source == "Ministry of Science and Technology of the People's Republic of China"


def test_short_and_english_names_of_the_science_ministry_are_its_names():
    for name in ("科技部", "中国科技部", "Ministry of Science and Technology of China"):
        assert canonical_source(name, registry(), known_only=True) == (
            "Ministry of Science and Technology of the People's Republic of China")


def test_overseas_chinese_network_is_known_by_its_transliterated_name_and_domain():
    for name in ("China Qiaowang", "chinaqw.com", "中國僑網"):
        assert canonical_source(name, registry(), known_only=True) == "China Overseas Chinese Network"


def test_line_of_an_agencys_reporters_under_the_headline_names_the_agency():
    text = f"两国企业扩大乳制品合作\n\n新华社记者王明 刘芳\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_agencys_reporter_posted_abroad_names_the_agency():
    text = f"两国企业扩大乳制品合作\n\n新华社驻明斯克记者 王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_photo_credit_of_an_agencys_reporter_names_no_source():
    text = f"两国企业扩大乳制品合作\n\n新华社记者王明摄\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_own_papers_reporter_line_names_no_source():
    text = f"两国企业扩大乳制品合作\n\n本报记者 王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None
