"""Source rules from the real181-186 pages: shapes where the outlet was misread rather than unknown. A
repost's closing '(Agency, City)' credit. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Steppe republic to supply tractors to a southern partner"
RU_TITLE = "Степная республика поставит тракторы южному партнеру"
ZH_TITLE = "两国签署农业机械供应合同"


@pytest.mark.parametrize("closing, wire", [
    ("The first machines will arrive in May, the minister said. (Xinhua, Harare)", "Xinhua"),
    ("The first machines will arrive in May, the minister said. (Lusaka, Xinhua)", "Xinhua"),
    ("Первые машины прибудут в мае, сказал министр. (БЕЛТА, Минск)", "BelTA"),
    ("首批机械将于五月运抵。（新华社，哈拉雷）", "Xinhua"),
])
def test_closing_credit_of_a_wire_and_its_city_names_the_wire(closing, wire):
    story = ZH_STORY if "。" in closing else RU_STORY if "сказал" in closing else EN_STORY
    title = ZH_TITLE if "。" in closing else RU_TITLE if "сказал" in closing else EN_TITLE
    assert parse(f"{title}\n\n{story}\n\n{story}\n\n{closing}\n").source == wire


def test_closing_credit_of_two_places_names_no_wire():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nThe first machines will arrive in May, the minister said. (Harare, Zimbabwe)\n"
    assert parse(text).source is None


@pytest.mark.parametrize("sentence", [
    'The festival opened in the old town on Saturday, the "Steppe-Novosti" Agency correspondent reports.',
    "The festival opened in the old town on Saturday, a BelTA correspondent reports.",
    "The festival opened in the old town on Saturday, reports a correspondent of the Steppe-Novosti agency.",
])
def test_english_house_formula_of_the_wires_own_correspondent_in_the_lead(sentence):
    wire = "BelTA" if "BelTA" in sentence else "Minsk-Novosti"
    sentence = sentence.replace("Steppe-Novosti", "Minsk-Novosti")
    text = f"{EN_TITLE}\n\nThe square was full of guests. {sentence}\n\n{EN_STORY}\n"
    assert parse(text).source == wire


def test_correspondent_who_reported_in_the_past_retells_another_outlet():
    text = f"{EN_TITLE}\n\nThe square was full of guests. The festival opened on Saturday, a BelTA correspondent reported.\n\n{EN_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("name", [
    "Confucius Classroom at the Steppe State University of Physical Training and Sport",
    "Confucius Institute at Steppe National Technical University of Railway Transport",
])
def test_long_institution_name_in_a_bracketed_source_cell_is_kept_whole(name):
    text = f"{EN_TITLE}\n\n[Source]    {name} [Time]    2017-10-04 18:05:57\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == name


def test_long_bracketed_source_cell_reading_as_a_sentence_names_no_outlet():
    text = (f"{EN_TITLE}\n\n[Source]    photos taken by the volunteers of the festival in the square [Time]    2017-10-04 18:05:57\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


@pytest.mark.parametrize("label, site, expected", [
    ("Источник:", "Steppe-news.ru", "Steppe-news.ru"),
    ("Source:", "www.steppeledger.kz", "steppeledger.kz"),
    ("来源：", "https://www.steppe-herald.org/news/2014/04/16/1.html", "steppe-herald.org"),
])
def test_unregistered_site_address_under_a_lone_source_label(label, site, expected):
    story = ZH_STORY if "来源" in label else RU_STORY if "Источник" in label else EN_STORY
    text = f"16 апреля 2014\n{story}\n{story}\n{label}\n{site}\nПоделиться:\n"
    assert parse(text).source == expected


def test_lone_source_label_over_a_share_button_names_no_site():
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник:\nПоделиться:\nКомментарии\n"
    assert parse(text).source is None


@pytest.mark.parametrize("sentence", [
    "Об этом сообщили корр. агентства Синьхуа в посольстве Беларуси в Китае.",
    "Об этом рассказали корреспонденту агентства «Синьхуа» в министерстве торговли.",
    "Корр. агентства Синьхуа сообщили в посольстве, что помощь уже отправлена.",
])
def test_an_office_telling_the_wires_abbreviated_correspondent(sentence):
    text = f"{RU_TITLE}\n2020-02-24 11:18:37\n\nСтороны подписали документ о поставках. {sentence}\n\n{RU_STORY}\n"
    assert parse(text).source == "Xinhua"


@pytest.mark.parametrize("tail", ["/ ТАСС", "/ Reuters", "/ Синьхуа"])
def test_slashed_agency_under_the_byline_is_a_pictures_credit(tail):
    text = f"20.06.2022 17:06\n\n{RU_TITLE}\n\nТекст:  Иван Степанов (Минск)\n{tail}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None
