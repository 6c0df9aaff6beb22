"""Source rules from the real197-199 pages: a wire's name and its date run together on a line of their own
under the story, with no brackets; an interview given to an outlet's reporter ('接受了《X》记者的采访') with an
aspect mark or a 的 in between, which names the interviewer, not the page's outlet; a reader's donation
asked for the outlet that keeps its journalism going; a university's Confucius institute credited under its
own name, not its university's. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

ZH_TITLE = "两省与邻国科技合作全面推进"
EN_TITLE = "Delegation completes two-day visit to the capital"
RU_TITLE = "Делегация области завершила визит в соседнюю страну"


def _zh_page(closing: str) -> str:
    return f"{ZH_TITLE}\n\n    {ZH_STORY}\n    {ZH_STORY}\n     {closing}\n"


# --- a dated credit line without brackets ------------------------------------------------------

@pytest.mark.parametrize("closing,source", [
    ("新華社2002年03月30日", "Xinhua"), ("新华社 2002-03-30", "Xinhua"), ("人民日报 2005年3月1日", "People's Daily"),
    ("中国新闻网2019.05.06", "China News Service"), ("(新华社 2002-03-30)", "Xinhua")])
def test_a_wire_and_its_date_under_the_story_credit_the_wire(closing, source):
    assert parse(_zh_page(closing)).source == source


@pytest.mark.parametrize("closing", ["北京 2019年5月6日", "更新时间 2019-05-06", "(新华社 2002-03-30"])
def test_a_place_or_a_label_with_a_date_credits_no_wire(closing):
    assert parse(_zh_page(closing)).source not in ("Beijing", "更新时间", "Xinhua")


def test_a_wire_and_its_date_in_english_under_the_story():
    page = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nXinhua 12.06.2020\n"
    assert parse(page).source == "Xinhua"


# --- an interview given to another outlet's reporter ---------------------------------------------

@pytest.mark.parametrize("told", [
    "大使接受了《越南之声》记者的采访时强调", "大使接受过《越南之声》記者的專訪時表示", "大使回答了《越南之声》记者的提问时说",
    "大使在接受《越南之声》记者的采访时指出"])
def test_an_interview_given_to_an_outlets_reporter_names_no_source(told):
    page = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{told}:“{ZH_STORY}”\n\n{ZH_STORY}\n"
    assert parse(page).source != "Voice of Vietnam"


def test_an_outlets_own_reporter_at_work_still_names_it():
    page = f"{ZH_TITLE}\n\n《越南之声》记者走访了口岸。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(page).source == "Voice of Vietnam"


# --- a donation asked for the outlet -------------------------------------------------------------

@pytest.mark.parametrize("appeal,source", [
    ("Help ensure news remains free. Your donation to the Jewish Telegraphic Agency powers the trusted journalism "
     "that has served readers for a century.", "JTA"),
    ("Your support for The Times of Israel keeps our independent reporting free for all.", "The Times of Israel"),
    ("Every contribution to JTA helps our reporters cover the stories that matter.", "JTA"),
])
def test_a_donation_asked_for_an_outlet_names_it(appeal, source):
    page = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\n{appeal}\n"
    assert parse(page).source == source


def test_a_donation_asked_for_an_outlet_in_russian_names_it():
    page = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nВаша поддержка «Новой газеты» помогает нашей редакции работать дальше.\n"
    assert parse(page).source == "Novaya Gazeta"


def test_a_charitys_appeal_in_a_story_names_no_outlet():
    page = f"{EN_TITLE}\n\n{EN_STORY}\n\nYour donation to The Times of Israel Fund helps families in need, the charity said.\n\n{EN_STORY}\n"
    assert parse(page).source != "The Times of Israel"


# --- a Confucius institute under its own name ----------------------------------------------------

@pytest.mark.parametrize("credit", ["[来源] 白俄罗斯国立大学共和国汉学孔子学院", "来源:白俄羅斯國立大學共和國漢學孔子學院",
                                    "[来源] 共和国汉学孔子学院"])
def test_a_universitys_confucius_institute_is_credited_by_its_own_name(credit):
    page = f"{ZH_TITLE}\n    {credit}     [发表时间] 2020-03-05 08:13:19\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(page).source == "Republican Institute of Chinese Studies"


# --- a regional business weekly, by its page's address or its name ----------------------------------

@pytest.mark.parametrize("closing", ["http://kvnews.ru/gazeta/2011/02/02/some_story_slug", "Источник: Коммерческие вести",
                                     "https://www.kvnews.ru/news-feed/12345"])
def test_a_regional_business_weekly_is_registered(closing):
    page = f"{RU_TITLE}\nДата публикации: 18 июня 2011\n\n{RU_STORY}\n\n{RU_STORY}\n\n{closing}\n"
    assert parse(page).source == "Kommercheskie Vesti"
