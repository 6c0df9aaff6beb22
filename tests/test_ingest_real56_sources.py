"""Source rules learnt from the 56th and 57th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_a_site_with_unnamed_agencies_is_the_site():
    assert canonical_source("steppewire.eu with agencies", registry(), known_only=False) == "steppewire.eu"
    assert canonical_source("Steppe Herald and news agencies", registry(), known_only=False) == "Steppe Herald"
    assert canonical_source("Steppe Agencies", registry(), known_only=False) == "Steppe Agencies"


def test_an_empty_source_slot_before_the_update_time_names_no_outlet():
    text = f"草原峰会前瞻\n\n来源: 更新时间:2024-05-20 10:00:00\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_repost_label_without_from_names_the_outlet():
    text = f"草原峰会前瞻\n\n2024-05-20 10:00\n轉載:鳳凰網\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Phoenix New Media"


def test_a_menu_word_spelt_like_an_outlets_acronym_is_no_credit():
    text = f"App | 中文 |\n\nSteppe leaders meet in the capital\n\nMay 20, 2024\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source != "Associated Press of Pakistan"
    text = f"Steppe leaders meet in the capital\n\nAPP\n\nMay 20, 2024\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Associated Press of Pakistan"


def test_registry_names_a_weekly_apart_from_its_parent_and_more_name_forms():
    reg = registry()
    assert canonical_source("瞭望東方周刊", reg, known_only=True) == "Oriental Outlook"
    assert canonical_source("瞭望", reg, known_only=True) == "Outlook Weekly"
    assert canonical_source("中国能源新闻网", reg, known_only=True) == "China Energy News"
    assert reg.source_named("Ministry of Foreign Affairs of China").name == (
        "Ministry of Foreign Affairs of the People's Republic of China")
