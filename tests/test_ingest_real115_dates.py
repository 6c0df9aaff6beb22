"""Ingest rules for dates drawn from the 115th to 117th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, PAGE_PARAGRAPHS_ZH, ZH_STORY, parse

SUMMARY_LEAD = ("Belarus intends to build its ties with Zambia quickly and in earnest. The President announced "
                "this on May 9 at a meeting with the speaker of the Zambian parliament, the agency reports. ")


def test_a_lead_sentence_after_the_summary_reporting_a_later_day_rules_out_the_marker():
    text = (" date 2025-05-08 Talks with Zambia\n\n" + SUMMARY_LEAD + EN_STORY + "\n\n" + EN_STORY * 2 + "\n")
    assert parse(text).date is None


def test_a_line_of_image_addresses_over_the_lead_is_not_the_lead_the_marker_is_checked_against():
    sizes = ", ".join(f"https://media.site.by/assets/4f1c2d9e-8a7b/conversions/photo-{w}.webp {w}w"
                      for w in (480, 768, 1280, 1920))
    text = (" date 2025-05-08 site.by " + sizes + "\n\n" + SUMMARY_LEAD + EN_STORY + "\n\n" + EN_STORY * 2 + "\n")
    assert parse(text).date is None


RU_STORY = ("Стороны обсудили торговлю, транспорт и энергетику и договорились встретиться снова осенью, "
            "чтобы рассмотреть ход работ в совместном индустриальном парке.")


def test_a_stamp_under_a_related_headline_below_a_wire_lead_of_another_day_does_not_date_the_page():
    text = ("МИНСК, 14 мар — РИА Новости. Президент обсудил по телефону с премьером Замбии "
            "двусторонние отношения, сообщила пресс-служба.\n"
            "Президент предложил Замбии открыть сборочные производства\n"
            "9 октября 2019, 11:20\n"
            + RU_STORY * 2 + "\n\n" + RU_STORY * 2 + "\n")
    assert parse(text).date is None



def test_a_date_printed_with_the_site_s_home_and_old_version_links_is_the_day_of_viewing():
    text = ("2025年03月11日网站首页返回旧版\n\n明斯克与成都签署合作协议\n\n分享到:\n\n"
            + PAGE_PARAGRAPHS_ZH + "\n" + ZH_STORY + "\n\n" + ZH_STORY + "(完)\n")
    assert parse(text).date is None
