"""Source rules from the real169-171 pages: a Chinese paper's home city printed before its name in a credit
('香港某某報記者'), a paper's reporter credit after its own dateline ('本报某地1月2日讯 某某日报记者 王明') or
closing the first paragraph ('…。/某某報記者王明華沙報道'), and a pointer to the outlet's own interview
('Подробнее … читайте в интервью X с политологом'). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

ZH_TITLE = "两国能源合作项目取得新进展"
ZH_LEAD = ("能源已成為兩國合作的重要領域,公司最新披露數據顯示,兩國原油管道已累計輸油超過一億噸,天然氣管道輸氣量也持續增長。"
           "雙方還將在煉油、化工和裝備製造等方面擴大合作,共同推動項目早日投產並帶動當地就業。")


def _zh_page(lead: str) -> str:
    return f"{ZH_TITLE}\n\n2024-05-06\n\n{lead}\n\n{ZH_STORY}\n"


@pytest.mark.parametrize("lead, source", [
    (f"(香港文匯報記者 王小明 北京報道){ZH_LEAD}", "Wen Wei Po"),
    (f"（香港大公報記者王小明深圳報道）{ZH_LEAD}", "Ta Kung Pao"),
])
def test_a_home_city_before_a_registered_paper_in_its_credit_is_dropped(lead, source):
    assert parse(_zh_page(lead)).source == source


def test_a_home_city_before_a_registered_paper_in_a_source_label_is_dropped():
    text = f"{ZH_TITLE}\n\n来源:新加坡联合早报 2024-05-06\n\n{ZH_LEAD}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Lianhe Zaobao"


def test_a_city_prefixed_paper_registered_whole_keeps_its_own_name():
    # '香港經濟日報' is a paper of its own, not the mainland '經濟日報' with its city
    assert parse(_zh_page(f"(香港經濟日報記者 王小明 北京報道){ZH_LEAD}")).source == "Hong Kong Economic Times"


@pytest.mark.parametrize("lead, source", [
    (f"本报乌鲁木齐1月21日讯 某某云/新疆日报记者王小明 {ZH_LEAD}", "Xinjiang Daily"),
    (f"本報北京6月6日電 文匯報記者 王小明 {ZH_LEAD}", "Wen Wei Po"),
    (f"本报讯：新疆日报特派记者李华 {ZH_LEAD}", "Xinjiang Daily"),
])
def test_a_papers_reporter_after_its_own_dateline_names_the_paper(lead, source):
    assert parse(_zh_page(lead)).source == source


def test_an_unnamed_reporter_after_the_own_dateline_names_no_paper():
    assert parse(_zh_page(f"本报讯 记者王小明 {ZH_LEAD}")).source is None


@pytest.mark.parametrize("credit, source", [
    ("/大公報記者王小明華沙報道", "Ta Kung Pao"),
    ("（新疆日报特派记者 王小明 北京报道）", "Xinjiang Daily"),
    ("／文匯報駐京記者李華報導", "Wen Wei Po"),
])
def test_a_papers_reporter_credit_closing_the_lead_names_the_paper(credit, source):
    assert parse(_zh_page(ZH_LEAD + credit)).source == source


def test_a_closing_credit_of_an_unknown_name_names_no_paper_by_this_rule():
    # the rule reads registered papers only: '(記者 王小明 北京報道)' has none
    assert parse(_zh_page(ZH_LEAD + "(記者 王小明 北京報道)")).source is None


RU_LEAD = ("Стороны обсудили торговлю и энергетику и договорились о новых проектах в промышленности и транспорте. "
           "Подробнее о перспективах сотрудничества читайте в интервью {name} с политологом Иваном Петровым.")


@pytest.mark.parametrize("name, source", [("BAQ.KZ", "BAQ.kz"), ("Kazinform", "Kazinform")])
def test_a_pointer_to_the_outlets_own_interview_names_it(name, source):
    text = f"Эксперт о новом этапе отношений двух стран\n\n{RU_LEAD.format(name=name)}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("credit, source", [("Mediamax news agency", "Mediamax"), ("ИА Kazinform", "Kazinform")])
def test_a_line_under_the_headline_naming_an_agency_with_its_kind_credits_it(credit, source):
    story = RU_STORY if credit.startswith("ИА") else EN_STORY
    text = f"Two border towns open a new bridge\n{credit}\n8 Aug 2005\n\n{story}\n\n{story}\n"
    assert parse(text).source == source


def test_a_kind_word_alone_under_the_headline_names_no_agency():
    assert parse(f"Two border towns open a new bridge\nTravel agency\n8 Aug 2005\n\n{EN_STORY}\n\n{EN_STORY}\n").source is None
