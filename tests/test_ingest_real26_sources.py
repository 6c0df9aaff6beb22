"""Ingest rules for sources drawn from the twenty-sixth and twenty-seventh held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, parse


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
