"""Byline rules from the real121-126 pages: an outlet's web address, a paywall's label, an outlet
named with its country or a Russian interviewee spelled in Latin in the story is no writer; a Chinese
reporter's name ends before the kind of report ('記者王小明綜合報導'); a correspondent in the city filed
from, two correspondents after an agency or a broadcaster, an initial and a surname between a wire's
slashes, a writer's office before a name. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Sides sign a contract for fertiliser deliveries after a long pause"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def test_a_web_address_in_the_writers_slot_is_the_outlet_not_a_writer():
    text = f"{EN_TITLE}\n\nBy EXAMPLENEWS.COM / April 30, 2020 / www.examplenews.com / Article Link\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author is None


@pytest.mark.parametrize("label", ["Premium Content", "Herald Ukraine"])
def test_a_paywall_label_or_an_outlet_named_with_its_country_under_the_headline_is_no_writer(label):
    text = f"{EN_TITLE}\n\n{label}\n\n14 March 2017\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_reporters_name_glued_to_the_kind_of_report_ends_before_it():
    text = (f"两国外长在首都举行会谈\n\n【某某網2024年7月26日訊】(某某網記者王小明綜合報導)香港時間25日晚7時,"
            f"{ZH_STORY}\n{ZH_STORY}\n")
    assert parse(text).author == "王小明"


def test_an_english_page_naming_its_russian_interviewee_in_latin_letters_has_no_writer():
    lead = ("Trade with Asia was the topic of our conversation with Pavel Sorokin, analyst at the institute. "
            + EN_STORY)
    text = f"{EN_TITLE}\n\nПавел Сорокин\n\n{lead}\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_correspondents_name_in_the_city_filed_from_over_a_videos_running_time():
    text = f"{EN_TITLE}\n\nAnna Novak in London\n\n02:51\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_a_name_then_the_name_glued_to_its_role_under_the_headline():
    text = f"{EN_TITLE}\n\nAnna Novak\nAnna NovakForeign affairs, defence correspondent\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_an_agency_dateline_naming_two_correspondents_after_the_agency():
    text = ("Стороны подписали меморандум о строительстве нового газопровода\n\n"
            f"КАИР, 8 фев — РИА Новости, Анна Петрова, Ольга Смирнова. {RU_STORY}\n{RU_STORY}\n")
    assert parse(text).author == "Анна Петрова, Ольга Смирнова"


def test_a_wire_dateline_closed_by_its_correspondent_with_an_initial_between_slashes():
    text = ("Стороны подписали меморандум о строительстве нового газопровода\n\n"
            f"Туркменистан, Ашхабад, 30 ноября /корр. Wirenews А.Петров/\n{RU_STORY}\n{RU_STORY}\n")
    assert parse(text).author == "А.Петров"


def test_a_second_writer_after_a_space_before_the_next_fields_label():
    text = f"{ZH_TITLE}\n\n撰文: 王小明 李華強 最後更新日期: 2021-06-12 10:00\n\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明, 李華強"


def test_a_reporters_credit_line_with_the_photographers_after_it():
    text = f"某某新聞記者 王小明 攝影李華強\n{ZH_STORY}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "王小明"


def test_a_broadcasters_signature_closing_the_report_names_its_reporters():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n{ZH_STORY}\n某某亞太電視 王小明 李華強\n"
    assert parse(text).author == "王小明, 李華強"



@pytest.mark.parametrize("title, story, signature, name", [
    ("Делегация побратима посетит область", RU_STORY,
     "И.Соколова, начальник отдела информации главного управления облисполкома", "И.Соколова"),
    (EN_TITLE, EN_STORY, "Anna Novak, head of the press office of the regional government", "Anna Novak"),
])
def test_a_signature_with_the_signers_office_after_the_last_paragraph_credits_the_signer(title, story, signature, name):
    text = f"{title}\n\n12 ноября 2009 г. в 18:59\n\n{story}\n\n{story}\n\n{signature}\n"
    assert parse(text).author == name


def test_a_writers_credit_with_an_office_before_a_long_foreign_name_dotted_with_a_full_stop():
    text = (f"{ZH_TITLE}\n\n文| 某国驻港总领事 安德烈亚斯.卡尔佩洛维奇\n译| 本刊记者 杨晨\n\n"
            f"{ZH_STORY}\n{ZH_STORY}\n")
    assert parse(text).author == "安德烈亚斯.卡尔佩洛维奇"


def test_a_name_printed_twice_under_a_separator_below_the_headline_is_the_writer():
    title = "Президент поддержал идею провести форум регионов в области"
    text = f"{title}\n\n|\nОльга Кравцова\nОльга Кравцова\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Ольга Кравцова"


@pytest.mark.parametrize("title, story, name, photos", [
    (EN_TITLE, EN_STORY, "Novak Anna", "Photos of the author"),
    ("Делегация университета посетила партнёров", RU_STORY, "Ольга Кравцова", "Фото автора"),
])
def test_a_signature_over_the_credit_for_the_writers_own_photos_and_the_sites_footer(title, story, name, photos):
    footer = "Example State University © 1997-2016\nLenin str., 10, Exampletown, 246000  |  +375(232)00-00-00"
    text = f"{title}\n\n{story}\n\n{story}\n\n{name}\n{photos}\n\n{footer}\n"
    assert parse(text).author == name


def test_a_newsmaker_with_his_office_closing_the_story_in_a_sentence_is_no_signature():
    last = "Li Wenhao, head of the local division of a machinery maker, said his company had invested in the park"
    text = f"{EN_TITLE}\n\n12 May 2014\n\n{EN_STORY}\n\n{EN_STORY}\n\n{last}\n"
    assert parse(text).author is None
