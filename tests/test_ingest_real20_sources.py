"""Ingest rules for sources drawn from a twentieth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_outlet_the_story_keeps_retelling_is_quoted_not_the_source():
    text = (
        "Minsk looks east for a new lender\n\n"
        "Belarus plans to borrow from a Chinese bank before the year ends, Gazeta.ru reports, citing the finance minister.\n\n"
        f"{EN_STORY}\n\n"
        "Gazeta.ru writes that the yearly payments on the old debt are close to a billion dollars.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source is None


def test_outlet_cited_by_according_to_further_on_is_quoted():
    text = (
        "Minsk looks east for a new lender\n\n"
        "Belarus plans to borrow from a Chinese bank before the year ends, Gazeta.ru reports.\n\n"
        f"{EN_STORY}\n\nAccording to Gazeta.ru, the interest rate is still under discussion.\n\n{EN_STORY}\n"
    )
    assert parse(text).source is None


def test_wire_signing_its_own_lead_is_still_the_source():
    text = (
        "Minsk looks east for a new lender\n\n"
        "Belarus plans to borrow from a Chinese bank before the year ends, Trend reports.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "Trend News Agency"


def test_page_title_printed_again_as_the_deck_is_no_masthead():
    # a car maker's name opening a page title is a company in the story, not the site
    text = (
        "Zubrovia, но только Zubr\n\nАвтоЖурнал\n\nВосток приходит с Запада\n\nZubrovia, но только Zubr\n\n"
        "Иван Петров\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    article = parse(text)
    assert article.title == "Восток приходит с Запада"
    assert article.source is None


def test_site_name_over_a_menu_is_still_the_masthead():
    text = f"Steppe Ledger\n\nHome\n\nNews\n\nMinsk looks east for a new lender\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Steppe Ledger"


def test_chinese_outlet_reporting_with_its_reporters_opens_the_story():
    text = f"两国工业园区合作成果丰硕\n\n国际在线报道(记者 王明 李华)近日,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "China Radio International"


def test_outlet_cited_as_reporting_opens_no_credit():
    text = f"两国工业园区合作成果丰硕\n\n据国际在线报道(图),{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None
