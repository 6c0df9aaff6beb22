"""Ingest rules for the headline, its deck and a proposed headline drawn from a fourteenth
held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.text import propose_title


# --- a picture's credit and caption above the story ---------------------------


def test_wire_caption_naming_who_gave_the_photo_is_a_caption():
    caption = "Workers are shown at the new plant near Minsk in this photo provided by the Trade Ministry."
    text = f"{caption}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert caption in parse(text).captions


def test_credit_line_over_its_caption_is_no_headline():
    text = (
        "Ministry of Trade of Ruritania\n"
        "Workers are shown at the new plant in this photo released by the Ruritanian Ministry of Trade.\n"
        f"Agency\n—\n{EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.title_proposed
    assert article.title.startswith("The sides discussed freight")


def test_headline_over_a_caption_that_names_another_provider_stays():
    text = (
        "Park opens its doors to new partners\n"
        "Workers are shown at the new plant in this photo provided by the Trade Ministry.\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert not article.title_proposed
    assert article.title == "Park opens its doors to new partners"


# --- menus above the headline -------------------------------------------------


def test_headline_under_a_breadcrumb_of_bars_from_home_not_the_menu_above():
    text = (
        "Official Portal of Ruritania\nNews\nRuritania Festival Calendar\nTop Places to Visit\n"
        "Lakes and Rivers of the North\n| Home | News | Interviews\n\nInterviews\n\n12 May 2016\n\n"
        f"Envoy: the partnership with the park keeps growing\n\nMINSK, 12 May (BelTA) – {EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Envoy: the partnership with the park keeps growing"


def test_headline_with_a_full_stop_under_a_row_of_rubrics():
    text = (
        "Новости Горная пром.\nСобытия Культура и спорт\n\n"
        "Стороны обсуждают новые проекты в индустриальном парке.\n\n14.05.2023, 11:20\nНовости\n\n"
        f"Стороны обсудили новые проекты в индустриальном парке под столицей. {RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).title == "Стороны обсуждают новые проекты в индустриальном парке."


def test_deck_with_a_full_stop_under_its_headline_stays_the_deck():
    text = (
        "Парк подводит итоги весны\n\n"
        "Стороны обсуждают новые проекты в индустриальном парке.\n\n14.05.2023, 11:20\n\n"
        f"Стороны обсудили итоги весны и новые проекты в парке. {RU_STORY}\n\n{RU_STORY}\n"
    )
    article = parse(text)
    assert article.title == "Парк подводит итоги весны"
    assert article.subtitle == "Стороны обсуждают новые проекты в индустриальном парке."


# --- what is not a deck -------------------------------------------------------


def test_labelled_issue_record_and_bracketed_source_are_no_deck():
    text = (
        "Ruritanian-Chinese Ties Draw New Attention\n\nPublication: Steppe Review Volume: 12 Issue: 3\n\n"
        f"(Source: example.org)\n\n{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).subtitle is None


def test_russian_image_credit_is_a_caption_not_a_deck():
    text = f"В парке открылся новый цех\n\nИзображение: stock, CC0\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.subtitle is None
    assert "Изображение: stock, CC0" in article.captions


def test_chinese_public_information_platform_name_is_no_deck():
    text = f"工业园区迎来新伙伴\n2018-06-04 11:03:59\n丝路物流公共信息平台\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).subtitle is None


# --- a proposed headline ------------------------------------------------------


def test_proposed_headline_keeps_a_latin_name_glossed_in_a_chinese_sentence():
    lead = "白俄罗斯总统卢卡申科(Alexander Lukashenko)本周访问北京,并与中方会晤。其他内容。"
    assert propose_title(lead).startswith("白俄罗斯总统卢卡申科(Alexander Lukashenko)本周访问北京")


def test_proposed_headline_still_drops_a_wire_s_dateline_and_agency():
    assert propose_title("MINSK, 12 May (BelTA) – The park welcomed new partners. More text.") == (
        "The park welcomed new partners"
    )


def test_short_headline_standing_alone_keeps_its_stopped_deck():
    text = (
        "Старые друзья опять рядом\n\nЛидеры двух стран провели переговоры в столице.\n\n14.05.2023, 11:20\n\n"
        f"Лидеры двух стран провели переговоры в столице. {RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).title == "Старые друзья опять рядом"
