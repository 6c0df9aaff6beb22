"""Source rules from the real145-162 pages: an outlet's all-capitals acronym names it only printed in
capitals as a whole word ('App Store' is no credit of APP); a Chinese outlet's bracketed credit with the
kind of its report ('(某某日報報道)', '〔某某網綜合外電報導〕'), opening the lead after a desk's note of the
kind ('(綜合報道)') or closing the last paragraph, in either script and any bracket. Texts written for
the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry
from despatch.ingest.sources import brand_of, source_named

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


# --- acronyms: case-sensitive whole words --------------------------------------------------------

@pytest.mark.parametrize("printed", ["App", "app", "App Store", "App | 中文"])
def test_an_ordinary_word_is_no_outlets_acronym(printed):
    assert brand_of(registry(), printed) is None
    assert source_named(registry(), printed) is None or printed == "App Store"


@pytest.mark.parametrize("printed", ["APP", "APP | Islamabad"])
def test_the_acronym_in_capitals_names_its_outlet(printed):
    assert brand_of(registry(), printed).name == "Associated Press of Pakistan"


def test_a_name_spelt_out_in_any_case_still_names_its_outlet():
    assert source_named(registry(), "associated press of pakistan").name == "Associated Press of Pakistan"


def test_a_store_button_over_the_headline_names_no_outlet():
    text = f"Прямой эфир\n  • Google Play\n  • App Store\nЭКОНОМИКА\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.source != "Associated Press of Pakistan"
    assert article.publisher != "Associated Press of Pakistan"


# --- a Chinese outlet's bracketed report credit ---------------------------------------------------

@pytest.mark.parametrize("lead, source", [
    ("(綜合報道)(星島日報報道)", "Sing Tao Daily"),
    ("（综合报道）（明报报道）", "Ming Pao"),
    ("〔綜合外電報導〕【聯合報報導】", "United Daily News"),
    ("(明報綜合外電報導)", "Ming Pao"),
    ("〔聯合報專訊〕", "United Daily News"),
])
def test_a_bracketed_report_credit_opening_the_lead_names_the_outlet(lead, source):
    text = f"{ZH_TITLE}\n\n{lead}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("lead", ["(綜合報道)", "〔综合外电报道〕", "(记者报道)"])
def test_a_desks_note_alone_names_no_outlet(lead):
    text = f"{ZH_TITLE}\n\n{lead}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("credit, source", [
    ("(星島日報報道)", "Sing Tao Daily"),
    ("〔明報綜合報導〕", "Ming Pao"),
    ("（联合报 综合外电报道）", "United Daily News"),
])
def test_a_bracketed_report_credit_closing_the_story_names_the_outlet(credit, source):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}{credit}\n"
    assert parse(text).source == source


# --- a caption's 'source:' credits the picture -----------------------------------------------------

@pytest.mark.parametrize("caption", [
    "A new freight terminal on the edge of the river port, source: Jan Novak / Rail Picture Archive",
    "The old bridge over the border river at dawn; photo source: Steppe Photo Library",
    "Новый логистический центр на окраине города, источник: Иван Петров / Фотобанк",
    "新建的物流中心和铁路货运站台全景，来源：某某图片库",
])
def test_a_captions_source_credits_the_picture_not_the_story(caption):
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{caption}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_source_line_of_its_own_still_credits_the_story():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: Xinhua\n"
    assert parse(text).source == "Xinhua"


# --- a footer describing its own outlet ------------------------------------------------------------

@pytest.mark.parametrize("footer, source", [
    ("《人間福報》是一份多元化的報紙,關懷社會。", "Merit Times"),
    ("《明报》是一份香港中文日报。", "Ming Pao"),
    ("Sing Tao Daily is a Chinese-language newspaper published in Hong Kong.", "Sing Tao Daily"),
    ("«Белновости» — информационный портал о жизни страны.", "Belnovosti"),
])
def test_a_footer_describing_a_registered_outlet_names_it(footer, source):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n熱門新聞\n訂閱電子報\n\n{footer}\n聯絡我們 隱私權條款\n"
    assert parse(text).source == source


def test_a_footer_describing_an_unregistered_outlet_names_none():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n熱門新聞\n\n《长河晨报》是一份地方报纸。\n聯絡我們\n"
    assert parse(text).source is None


# --- a material's source label run into the story --------------------------------------------------

@pytest.mark.parametrize("line, source", [
    ("Источник материала: Финмаркет Президент страны в пятницу заявил, что намерен встретиться с партнерами.", "Finmarket"),
    ("Источник новости: БелТА Министр в пятницу заявил, что намерен встретиться с партнерами.", "BelTA"),
    ("Source of the article: Xinhua The minister said on Friday that the talks went well.", "Xinhua"),
])
def test_a_material_source_label_run_into_the_lead_names_the_registered_outlet(line, source):
    text = f"{RU_TITLE}\n17.02.2012 13:23\n\n{line} {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


def test_a_material_source_label_run_into_an_unknown_name_names_none():
    text = f"{RU_TITLE}\n17.02.2012 13:23\n\nИсточник материала: Степной Вестник Президент страны заявил о планах. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


# --- an image's alt text ending on the site's name, then the image's address -----------------------

@pytest.mark.parametrize("line, source", [
    ("Встреча делегаций news.by https://cdn.example.org/media/a1b2c3-sm-480.webp 480w, https://cdn.example.org/media/a1b2c3.webp 960w",
     "news.by"),
    ("Belnovosti https://static.example.net/img/logo-main.svg", "Belnovosti"),
    ("Переговоры в столице Белновости https://static.example.net/img/photo.jpg", "Belnovosti"),
])
def test_an_alt_text_ending_on_the_site_before_its_image_names_it(line, source):
    text = f"{line}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


def test_a_picture_credit_before_an_image_credits_the_picture_only():
    text = f"{RU_TITLE}\n\nФото: БелТА https://static.example.net/img/photo.jpg\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


# --- the site's name glued to a button's label over the page ----------------------------------------

@pytest.mark.parametrize("line, source", [
    ("Akchabarsearch", "Akchabar"), ("АкчабарПоиск", "Akchabar"), ("BelnovostiMenu", "Belnovosti"), ("明報搜索", "Ming Pao"),
])
def test_a_site_name_glued_to_a_button_over_the_page_names_it(line, source):
    text = f"{line}\n{RU_TITLE}\n\nОпубликовано\n\n31.08.2025, 17:21\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("line", ["Research", "Steppe Ledgersearch", "Главное меню"])
def test_an_unregistered_or_ordinary_word_before_a_button_names_none(line):
    text = f"{line}\n{RU_TITLE}\n\nОпубликовано\n\n31.08.2025, 17:21\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


# --- 'Об этом X сообщает со ссылкой на Y': X reports, Y is its informant ------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Об этом Белновости сообщает со ссылкой на пресс-службу министерства.", "Belnovosti"),
    ("Об этом Белновости пишет со ссылкой на пресс-службу министерства.", "Belnovosti"),
    ("Про це Цензор.НЕТ повідомляє з посиланням на джерела в уряді.", "Censor.NET"),
])
def test_the_outlet_telling_whence_it_has_the_news_is_the_source(sentence, source):
    text = f"{RU_TITLE}\n\n{RU_STORY}\n{sentence}\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("sentence", ["Об этом сообщает агентство «Синьхуа» со ссылкой на министерство.",
                                      "Об этом сообщает Цензор.НЕТ со ссылкой на Укринформ."])
def test_an_outlet_named_after_the_verb_is_cited_not_the_site_itself(sentence):
    text = f"{RU_TITLE}\n\n{RU_STORY} {sentence}\n\n{RU_STORY}\n"
    assert parse(text).source is None
