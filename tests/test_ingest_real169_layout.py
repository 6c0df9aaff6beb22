"""Layout rules from the real169-171 pages: a headline closed by a column's bracketed label ('(记者观察)'), which
names no writer; a Chinese deck opening with a doubled dash under its headline; a call to follow a link closed by
arrows ('… в Telegram>>'), which is no breadcrumb; a site's slogan speaking for the site ('Our directory of …') over
the headline that stands right above its byline. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, read_title
from despatch.ingest.lines import is_byline
from despatch.ingest.settings import load_patterns

ZH_HEADLINE = "边境口岸迎来新一轮经贸合作热潮"
EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"


@pytest.mark.parametrize("label", ["(记者观察)", "（记者手记）", "(記者觀察)", "（記者連線）", "(记者 札记)"])
def test_a_column_label_closing_a_headline_is_no_byline(label):
    assert not is_byline(ZH_HEADLINE + label, load_patterns())


def test_a_bracketed_reporter_with_a_name_is_still_a_byline():
    assert is_byline("(记者 王明华)", load_patterns())


@pytest.mark.parametrize("label", ["(记者观察)", "（记者手记）", "(記者連線)"])
def test_a_headline_with_a_column_label_is_the_headline(label):
    text = f"某某网\n\n{ZH_HEADLINE}{label}\n\n2021年05月06日08:15 | 来源:某某网\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_HEADLINE + label


@pytest.mark.parametrize("deck", ["——记两国边境口岸城市采访见闻", "──访某某工业园区负责人", "－－边境小城的新变化", "-- 两国青年交流活动侧记"])
def test_a_dash_deck_under_its_headline_is_not_the_headline(deck):
    text = (f"光明网\n光明网>>国际\n\n{ZH_HEADLINE}\n\n{deck}\n\n本报记者  王明  李华\n"
            f"2021年05月06日08:15 | 来源:某某报\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == ZH_HEADLINE


def test_a_call_to_follow_closed_by_arrows_is_no_breadcrumb():
    text = (f"{RU_TITLE}\n{RU_TITLE}\n2025-03-04T10:15+0300\n"
            f"Подписывайтесь на наш канал в Telegram>>\n"
            f"Стороны обсудили торговлю и транспорт и договорились о новых встречах до конца года без изменений\n"
            f"МОСКВА, 4 мар — РИА. {RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == RU_TITLE


@pytest.mark.parametrize("slogan", ["Our directory of things worth knowing", "Your guide to everything on the coast",
                                    "We bring you the stories that matter"])
def test_a_site_slogan_over_a_section_label_is_not_the_headline(slogan):
    text = (f"{slogan}\n\nTravel Guides\n\n{EN_TITLE}\n\n  • Written by  Anna Lee\n  • Published in Travel\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE
