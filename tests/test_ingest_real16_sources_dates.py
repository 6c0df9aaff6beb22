"""Ingest rules for sources drawn from a sixteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_site_signing_a_later_lead_sentence_while_citing_another_site_is_the_source():
    text = ("С 3 мая завод остановил одну из линий. Решение связано с ремонтом оборудования. "
            "Это вызвало задержки поставок, сообщает Lada.kz со ссылкой на steppe-wire.kz .\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Lada.kz"


def test_paper_that_licensed_a_repost_is_the_source():
    text = (f"两国铁路部门宣布恢复货运列车运行。\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n本文獲《聯合早報》授權轉載\n")
    assert parse(text).source == "Lianhe Zaobao"


def test_aggregator_crediting_the_site_a_piece_was_authored_by_is_the_source():
    text = (f"Potash talks stall again\n\nAuthored by jamestown.org and submitted by Riverbend\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "The Jamestown Foundation"


def test_aggregator_crediting_an_unregistered_site_names_no_source():
    text = (f"Potash talks stall again\n\nAuthored by steppe-wire.net and submitted by Riverbend\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_agency_tag_with_its_short_name_in_brackets_is_the_source():
    text = f"CentralAsia (CA) - Президент направится с рабочим визитом в Китай.\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "CentralAsia"
