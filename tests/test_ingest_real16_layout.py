"""Ingest rules for the headline, the page's chrome, the byline and the language drawn from a
sixteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.decode import one_script_words
from despatch.ingest.text import detect_language


# --- a site's contact block above the headline --------------------------------


def test_opening_hours_are_no_headline():
    text = (
        "Reception phone:\n\n+375 (1234) 5-67-89\n\nOperating mode:\n\n"
        "on working days: 9.00 - 18.00, lunch break: 13.00 - 14.00\n\n"
        f"Park welcomes a new group of partners\n\n{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Park welcomes a new group of partners"


def test_opening_hours_in_russian_are_no_headline():
    text = f"Пн-Пт 9:00-18:00, обед 13:00-14:00\n\nПарк принял новых резидентов\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Парк принял новых резидентов"


def test_phone_line_with_a_long_label_is_no_headline():
    text = (
        "Single information service telephone number «one window»: 142\n\n"
        f"Park welcomes a new group of partners\n\n{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Park welcomes a new group of partners"


# --- prompts and links of the page's frame ------------------------------------


def test_prompt_to_scan_a_qr_code_is_no_headline():
    text = f"立即注册\n\n扫一扫,关注公众号\n\n查看: 12|回复: 0\n\n工业园迎来新一批合作伙伴\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "工业园迎来新一批合作伙伴"


def test_link_to_translate_the_page_is_no_headline():
    text = f" date 2025-03-01 Қазақ тіліне аудару\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.title != "Қазақ тіліне аудару"
    assert article.title_proposed


def test_wire_update_note_is_no_headline():
    text = f"(Updates with comments from the ministry)\n{EN_STORY}\n{EN_STORY}\n"
    article = parse(text)
    assert article.title != "(Updates with comments from the ministry)"
    assert article.title_proposed


# --- counters glued after the headline ----------------------------------------


def test_counters_of_comments_and_views_after_the_headline_are_not_part_of_it():
    text = f"Сайт logotype\nПарк принял новых резидентов из Китая 3 2048\n\nЭкономика\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Парк принял новых резидентов из Китая"


def test_one_number_ending_a_headline_stays():
    text = f"Park expects more partners at Expo 2025\n\n4 July 2024\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Park expects more partners at Expo 2025"


# --- a byline typed with a letter of the other script -------------------------


def test_byline_label_with_a_latin_lookalike_letter_is_read():
    text = f"Парк принял новых резидентов\n\nTекст: Иван Петров\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Иван Петров"


def test_words_mixing_lookalike_letters_are_written_in_one_script():
    assert one_script_words("Tекст и Вelarus") == "Текст и Belarus"
    assert one_script_words("iPhoneы") == "iPhoneы"  # not only look-alikes: kept as printed


def test_greek_lookalike_letters_in_cyrillic_words_are_folded():
    assert one_script_words("МИНСК, 11 оκт - РИА Новοсти") == "МИНСК, 11 окт - РИА Новости"
    assert one_script_words("Αθήνα и Москва") == "Αθήνα и Москва"  # a Greek word stays Greek


def test_a_wire_credit_typed_with_greek_lookalikes_is_read():
    text = f"Лукашенко провел переговоры\n\nМИНСК, 11 оκт - РИА Новοсти. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "RIA Novosti"


# --- the language of a page copied with its HTML markup -----------------------


def test_html_markup_does_not_outvote_a_chinese_text():
    paragraph = '<p style="font-size: 17px; line-height: 25px; font-family: Simsun; padding: 0px 40px 12px 0px;">'
    assert detect_language(f"{paragraph}中国和白俄罗斯签署多项合作协议,涉及工业园建设。</p>" * 3) == "zh"
