"""Ingest rules for sources drawn from the twenty-sixth and twenty-seventh held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_office_telling_the_wire_in_the_lead_names_the_wire():
    text = (
        "Витебская область и провинция Хэнань подпишут соглашение\n\n"
        "Область и провинция готовят соглашение о побратимских связях, сообщили БЕЛТА в облисполкоме.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "BelTA"


def test_wires_correspondent_told_in_a_later_sentence_of_the_lead_names_the_wire():
    text = (
        "В Шанхае прошел вечер белорусской музыки\n\n"
        "В Шанхае прошел вечер белорусской музыки и кино. "
        "Об этом корреспонденту БЕЛТА рассказали в генеральном консульстве.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "BelTA"


def test_outlet_that_is_no_agency_told_in_the_lead_is_not_taken_as_a_wire():
    text = (
        "В Шанхае прошел вечер белорусской музыки\n\n"
        "В Шанхае прошел вечер белорусской музыки и кино. "
        "Об этом корреспонденту Иванову рассказали в генеральном консульстве.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source is None


def test_wires_reporter_and_the_wire_signing_the_last_line_name_the_wire():
    text = f"Премьер обсудил с китайской корпорацией новые проекты\n\n{RU_STORY}\n\n{RU_STORY}\n\nИван Петров, БелаПАН.\n"
    assert parse(text).source == "BelaPAN"


def test_outlet_pointing_to_its_own_earlier_report_is_the_source():
    text = (
        "Belarus receives the first tranche of the swap\n\n"
        f"{EN_STORY}\n\nAs Telegraf previously reported, the bank was finishing a similar deal with a neighbour.\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "Telegraf.by"


def test_press_center_signing_a_release_names_its_body():
    text = (
        "Head of the railway signed a loan agreement in Beijing\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n\nprepared by the Press Center of BCh\n"
    )
    assert parse(text).source == "Belarusian Railway"


def test_press_center_credited_in_the_headline_names_its_body():
    text = (
        "Railway and a Chinese bank signed a loan agreement (according to the Byelorussian Railway press center)\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "Belarusian Railway"


def test_unknown_press_office_names_no_source():
    text = f"Ministry signed a loan agreement in Beijing\n\n{EN_STORY}\n\n{EN_STORY}\n\nprepared by the Press Center of the Steppe Agency\n"
    assert parse(text).source is None


def test_writer_and_outlet_under_an_author_label_name_the_outlet():
    text = (
        "Article\n\n12 Mar 2012\n\nAuthor:\nAnna Novak, Wall Street Journal\n\n"
        f"Belarus talks to a Chinese firm about cameras\n\n{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "The Wall Street Journal"


def test_outlet_in_the_writers_slot_glued_to_the_next_label_is_the_source():
    text = f"白俄总统谈中白合作前景\n\n论坛资讯 撰文:观察者网出版:2025-03-02 标签\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Guancha"


def test_person_in_the_writers_slot_names_no_source():
    text = f"白俄总统谈中白合作前景\n\n论坛资讯 撰文:李明出版:2025-03-02 标签\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_collage_credit_names_the_outlet_that_made_it():
    text = (
        "Lukashenko flew to Beijing again\n\n"
        f"Lukashenko and Xi at an earlier meeting / Collage 24 Channel {EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "24 Kanal"


def test_ukrainian_channel_and_chinese_central_station_are_known_by_their_other_names():
    for name, outlet in (("Channel 24", "24 Kanal"), ("24 Channel", "24 Kanal"), ("中央廣播電視總臺", "CCTV")):
        assert canonical_source(name, registry(), known_only=True) == outlet
