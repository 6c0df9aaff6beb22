"""Byline rules from the real216-220 pages: a kicker's topic before the headline's colon and a
subhead opening on its verb are no writer; a wire desk in the writer's slot; a Russian agency's
correspondent signing the dateline with an initial and a surname after an agency of several words;
a Chinese credit box of the outlet and its writer opening the lead; a paper's own reporter filing
from a city at the head of the lead; a writer's name in brackets closing the last paragraph above
the editor's credit and other stories' headlines. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("kicker", ["Bilateral Relations", "Trade Ties", "Foreign Affairs"])
def test_a_kickers_topic_before_the_headlines_colon_is_no_writer(kicker):
    text = (f"{kicker}: Visiting leader to tour the northern provinces\n\n"
            f"The visiting leader will tour the northern provinces next week, the ministry said. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).author is None


@pytest.mark.parametrize("subhead", ["Meets Putin", "Signs Accord", "Hails Progress"])
def test_a_subhead_opening_on_its_verb_under_the_story_is_no_signature(subhead):
    text = (f"Leaders sign six pacts\n\nMarch 3, 2010\n\n{EN_STORY}\n\n"
            f"The prime minister said the sides would meet again in the autumn to review progress on all projects.\n\n{subhead}\n")
    assert parse(text).author is None


@pytest.mark.parametrize("credit", ["Text by News Wires", "By Wire Services"])
def test_a_wire_desk_in_the_writers_slot_is_no_writer(credit):
    text = f"Leaders open gas pipeline\n\n{credit}\n\nLatest update : 2009-12-14\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None


@pytest.mark.parametrize("signed, name", [
    ("/корр. Trend News Г.Гасанов/", "Г.Гасанов"),
    ("/корр. ИА Тренд Ньюс А.Б. Петров/", "А.Б. Петров"),
    ("/спецкор. ИА Новости Анна Петрова/", "Анна Петрова"),
])
def test_a_wire_correspondent_signing_the_dateline_after_a_long_agency_name(signed, name):
    text = (f"Президент посетит соседнюю страну\n\n03.10.2009 09:39\n\nТуркменистан, Ашхабад, 03 октября {signed}\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).author == name


@pytest.mark.parametrize("box, name", [
    ("【財經快報/王小明】", "王小明"),
    ("【某某新聞網／記者李大華】", "李大華"),
    ("[某某日報/陳美玲]", "陳美玲"),
])
def test_a_credit_box_of_the_outlet_and_its_writer_opening_the_lead(box, name):
    text = f"兩國領導人下午舉行會談\n\n2017-12-14 12:15\n\n{box}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == name


@pytest.mark.parametrize("credit, name", [
    ("本报特约记者 王小明 发自莫斯科", "王小明"),
    ("本报驻外记者 李大华 发自阿斯塔纳", "李大华"),
    ("特约撰稿人 陈美玲 發自華盛頓", "陈美玲"),
])
def test_a_reporter_filing_from_a_city_at_the_head_of_the_lead(credit, name):
    text = f"两国能源合作迎来新进展\n\n2006年07月25日 02:12\n\n{credit} 从今日起,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == name


@pytest.mark.parametrize("name", ["王小明", "李大华", "陈美"])
def test_a_name_in_brackets_closing_the_story_above_the_editors_credit_and_other_headlines(name):
    text = (f"新华社北京5月25日电 {ZH_STORY}\n{ZH_STORY}\n双方表示,将继续推动各领域合作。({name})\n\n责任编辑:佚名\n"
            "省内多地迎来今年首场降雪\n城区新建三座社区公园即将开放\n秋季农产品交易会在州府开幕\n")
    assert parse(text).author == name
