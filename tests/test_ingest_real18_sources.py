"""Ingest rules for sources drawn from an eighteenth and nineteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import pytest

from despatch.ingest.names import source_named
from despatch.ingest.sources import canonical_source
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


def test_wire_name_then_the_day_opening_the_story_names_the_wire():
    text = (
        "OREANDA-NEWS. March 3, 2012. The Government of Belarus will guarantee a loan for a new power plant "
        f"near the river.\n{EN_STORY}\n{EN_STORY}\n"
    )
    assert parse(text).source == "Oreanda-News"


def test_dated_opening_then_a_dash_and_the_wire_names_the_wire():
    text = (
        "Гомель, 3 марта, 2012, 10:15 — ИА Регнум. Стороны подписали соглашение о строительстве нового завода.\n"
        f"{RU_STORY}\n{RU_STORY}\n"
    )
    assert parse(text).source == "Regnum"


def test_unregistered_name_before_the_day_is_not_a_source():
    text = (
        "Plant to open in spring\n"
        f"GREEN VALLEY. March 3, 2012. The plant near the river will open in the spring.\n{EN_STORY}\n{EN_STORY}\n"
    )
    assert parse(text).source is None


def test_teaser_pointing_to_the_outlets_story_names_the_outlet():
    text = (
        "Что означает новый договор\n"
        "Стороны подписали договор о транзите. Подробнее — в материале РБК Фото: Иван Петров\n"
        f"{RU_STORY}\n"
    )
    assert parse(text).source == "RBC"


def test_chinese_site_credit_opening_the_story_names_the_site():
    text = f"公益中国人讯(图文: 王芳)2021年5月3日,两国艺术家在明斯克举办联合画展。\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source == "Gongyi Zhongguoren"


def test_own_paper_credit_opening_the_story_is_no_name():
    text = f"两国艺术家举办联合画展\n本报讯(记者 王芳)两国艺术家在明斯克举办联合画展。\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_channel_retelling_its_own_programme_is_the_source():
    text = (
        "Послы вручили верительные грамоты\n"
        "Церемония прошла во Дворце Независимости, рассказали в программе «Главный эфир» на СТВ. "
        f"Послы восьми стран вручили грамоты.\n{RU_STORY}\n{RU_STORY}\n"
    )
    assert parse(text).source == "CTV.by"


def test_writer_post_at_an_outlet_in_the_byline_names_the_outlet():
    text = (
        "Armies hold drills near the border\n"
        "By Anna Novak, Senior Correspondent Worthy News\n"
        f"Troops of the two countries held drills on Thursday near the border.\n{EN_STORY}\n{EN_STORY}\n"
    )
    assert parse(text).source == "Worthy News"


def test_disclaimer_about_the_views_of_the_site_names_the_site():
    text = (
        "Rail shipments to grow\n"
        f"{EN_STORY}\n{EN_STORY}\n"
        "Opinions expressed in these articles do not necessarily represent those of FEA.\n"
    )
    assert parse(text).source == "Forest Economic Advisors"


@pytest.mark.parametrize("printed, name", [
    ("美國之音中文網", "Voice of America"), ("VOA Chinese", "Voice of America"),
    ("CCTV News", "CCTV"), ("Mir24.TV Belarus", "Mir 24"), ("БелаПАН", "BelaPAN"), ("CTV", "CTV.by"),
])
def test_registered_names_of_services_and_editions(printed, name):
    assert source_named(registry(), printed).name == name


def test_canadian_ctv_news_is_not_belarusian_ctv():
    assert canonical_source("CTV News", registry(), known_only=True) == "CTV News"
