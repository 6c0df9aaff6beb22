"""Source rules from the real187-189 pages: a wire's credit after the city closed by a colon ('CITY (Reuters):'),
a registered outlet's name in quotes signing a reposted story under its last paragraph (over the hosting site's
brand above the headline), a writer's credit label ('圖文/', 'Text and photos:', 'Текст и фото:') with a registered
outlet where the writer's name would stand, and registry names: a military paper's English site's short dateline
credit, a Hong Kong broadcaster, a Taiwanese magazine, a Taiwanese paper's site masthead. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("opener", ["BEIJING (Reuters): ", "NEW DELHI (AP): ", "Port Town (AFP)：", "HANOI (Reuters) : "])
def test_a_wire_credit_after_the_city_closed_by_a_colon_names_the_wire(opener):
    text = f"{EN_TITLE}\n\n{opener}{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source in {"Reuters", "AP", "AFP"}


def test_a_name_glossed_in_brackets_before_a_colon_mid_sentence_is_no_credit():
    text = f"{EN_TITLE}\n\nThe sides said the plan, backed by the lender (the bank): {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("signature", ['"Витьбичи"', "«Витьбичи»", "“Витьбичи”", "«Віцьбічы»"])
def test_a_quoted_outlet_signing_a_reposted_story_outranks_the_sites_brand(signature):
    text = (f"Приемная исполкома\nВитебский областной исполнительный комитет\nГлавная > Новости\n\n{RU_TITLE}\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n\n{signature}\nТеги :\n")
    assert parse(text).source == "Vitbichi.by"


def test_an_unregistered_quoted_name_under_the_story_leaves_the_sites_brand():
    text = (f"Витебский областной исполнительный комитет\nГлавная > Новости\n\n{RU_TITLE}\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n\n«Заря над Припятью»\n")
    assert parse(text).source == "Vitebsk Regional Executive Committee"


@pytest.mark.parametrize("credit, expected", [
    ("圖文/CTWANT", "CTWANT"), ("文／周刊王", "CTWANT"), ("图文：CTWANT", "CTWANT"),
    ("Text and photos: CTWANT", "CTWANT"), ("Текст и фото: CTWANT", "CTWANT")])
def test_a_writers_credit_label_with_a_registered_outlet_names_the_source(credit, expected):
    text = f"發布時間:2023/5/29 09:13\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected


def test_a_writers_credit_label_with_a_persons_name_names_no_source():
    text = f"發布時間:2023/5/29 09:13\n圖文/王小明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("credit", ["BEIJING, May 2 (ChinaMil) -- ", "SHANGHAI, June 9 (ChinaMil) -- "])
def test_the_military_papers_short_english_dateline_credit_is_registered(credit):
    text = f" date 2017-04-19 \n\n{credit}{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "PLA Daily"


@pytest.mark.parametrize("line", ["- 香港卫视", "- 香港衛視", "HKSTV"])
def test_the_hong_kong_satellite_broadcaster_under_the_headline(line):
    text = f"{ZH_TITLE}\n{line}\n- 2021/09/10 15:50\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Hong Kong Satellite TV"


@pytest.mark.parametrize("masthead", ["自由電子報", "自由电子报"])
def test_a_taiwanese_papers_site_masthead_is_registered(masthead):
    text = f"{masthead}\n即時 熱門 政治 國際\n首頁 > 國際\n\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Liberty Times"
