"""Ingest rules for the headline, the page's chrome, the byline and the language drawn from a
seventeenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse


# --- a picture's alt text printed with the site's name and the image's width ----------


def test_picture_alt_text_with_site_width_and_date_is_no_headline():
    text = (
        "Jets over the parade ground - Example News, 1920\n"
        "Get the latest news from around the world: stories, photos, videos and much more...\n\n"
        "Two countries to hold joint exercise in July - Ministry\n\n"
        "© Photo / Some PhotographerFlags of two countries\n"
        "Flags of two countries - Example News, 1920, 06.07.2024\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Two countries to hold joint exercise in July - Ministry"


def test_headline_ending_with_a_place_and_a_year_is_kept():
    text = f"Trade fair returns to the capital - Minsk, 2024\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Trade fair returns to the capital - Minsk, 2024"


# --- a bilingual page: each paragraph, then its translation -------------------------


ZH_EN_PAIRS = (
    "两国计划加深合作,中国已成为其最大的出口伙伴。\n"
    "Two countries plan deeper ties, China now its largest export partner.\n"
    "今年一月,总统宣布计划加深与中国的战略联系,称其为关键伙伴。\n"
    "In January, the president announced plans to deepen strategic ties with China, calling it a key partner.\n"
    "他说,中国现在是第二大贸易伙伴,并强调扩大市场准入和投资。\n"
    "He said China is now the second-largest trading partner, and stressed market access and investment.\n"
    "总统强调了工业园区的进展,数十家公司已在那里注册。\n"
    "The president stressed progress at the industrial park, where dozens of companies have registered.\n"
)


def test_first_sentence_of_a_bilingual_page_is_its_headline():
    article = parse(ZH_EN_PAIRS)
    assert article.title == "两国计划加深合作,中国已成为其最大的出口伙伴。"
    assert not article.title_proposed
    assert article.language == "zh"


def test_one_language_page_opening_with_a_sentence_has_no_headline_found():
    text = "\n".join(line for line in ZH_EN_PAIRS.splitlines() if not line.isascii()) + "\n"
    assert parse(text).title_proposed
