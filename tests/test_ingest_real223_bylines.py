"""Byline rules from the real223-229 pages. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, parse


# a site's admin account, posting in the template's author field: no writer
@pytest.mark.parametrize("meta", [
    "日期:2019-06-12 / 浏览:675次 / 作者:管理员",
    "日期:2021-03-02 / 作者:系统管理员",
    "发布时间:2020-01-01 作者:网站管理员 点击:12",
    "發佈日期:2022-05-06 作者:超級管理員",
])
def test_an_admin_account_in_the_author_field_is_no_author(meta):
    article = parse(f"演出团在河畔城市举办新春音乐会\n{meta}\n\n{PAGE_PARAGRAPHS_ZH}")
    assert article is not None
    assert article.author is None


# a site's desk signing in a writer's place, under the headline: no person
@pytest.mark.parametrize("desk", ["Samaa Web Desk", "Dawn News Desk", "Metro Sports Desk", "Sample Newsroom"])
def test_a_sites_desk_under_the_headline_is_no_author(desk):
    article = parse(f"Ministers open a new freight corridor to the coast\n{desk}\n\nMarch 3, 2024\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert article.author is None


# the writer, a slash, and the company she writes for, told by its legal form
@pytest.mark.parametrize("credit, name", [
    ("Author: Anna Novak/Grain Market Advisor, Inc.", "Anna Novak"),
    ("By Ian Lee / Harbour Freight Research Ltd.", "Ian Lee"),
    ("Author: Maria Lopez/Agro Outlook LLC", "Maria Lopez"),
    ("Автор: Анна Петрова/ООО Агроконсалт", "Анна Петрова"),
])
def test_a_writer_before_a_slash_and_her_company_is_the_author(credit, name):
    article = parse(f"Soybean exports rise on new demand\n\nMarch 3, 2024\n{credit}\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert article.author == name


# the writer's credit in brackets after the last sentence of the story's last paragraph
@pytest.mark.parametrize("credit, name", [
    ("(By Zhou Mingde)", "Zhou Mingde"),
    ("[Written by Ian Lee and Li Wei]", "Ian Lee, Li Wei"),
    ("(Text by Maria Lopez)", "Maria Lopez"),
])
def test_a_bracketed_byline_closing_the_last_paragraph_is_the_author(credit, name):
    article = parse(f"Freight train arrives from the port\n\nMarch 3, 2024\n{PAGE_PARAGRAPHS_EN.rstrip()} {credit}\n")
    assert article is not None
    assert article.author == name


def test_a_russian_bracketed_byline_closing_the_last_paragraph_is_the_author():
    article = parse(f"Грузовой поезд прибыл из порта\n\n3 марта 2024\n{PAGE_PARAGRAPHS_RU.rstrip()} (Автор: Анна Петрова)\n")
    assert article is not None
    assert article.author == "Анна Петрова"


@pytest.mark.parametrize("credit", ["(By Xinhua)", "(By Global Times)"])
def test_an_outlet_in_the_closing_bracket_is_no_author(credit):
    article = parse(f"Freight train arrives from the port\n\nMarch 3, 2024\n{PAGE_PARAGRAPHS_EN.rstrip()} {credit}\n")
    assert article is not None
    assert article.author is None


# a line crediting the writers before 文 and the photographer before 摄 or 图
@pytest.mark.parametrize("credit, names", [
    ("宋林王 赵蕾文/胡成摄", "宋林王, 赵蕾"),
    ("王明文/李华摄", "王明"),
    ("王明、李华 文 / 张强 摄影", "王明, 李华"),
])
def test_a_writers_and_photographers_credit_line_gives_the_writers(credit, names):
    article = parse(f"医疗队在海外开展义诊活动\n2024年3月3日\n{credit}\n\n{PAGE_PARAGRAPHS_ZH}")
    assert article is not None
    assert article.author == names
