"""Source rules learnt from the 38th to 55th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_an_institutions_division_in_a_source_label_is_no_outlet():
    assert canonical_source("国际合作处(港澳台办公室)", registry(), known_only=False) is None
    assert canonical_source("对外交流處", registry(), known_only=False) is None
    assert canonical_source("草原日报", registry(), known_only=False) == "草原日报"


def test_a_masthead_that_is_a_step_of_the_breadcrumb_below_it_is_a_section():
    text = (f"学院动态\n当前位置: 首页 >> 新闻中心 >> 学院动态 >> 正文\n快速导航\n\n草原峰会前瞻\n\n"
            f"时间:2024-05-24 来源:国际交流处\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source is None
