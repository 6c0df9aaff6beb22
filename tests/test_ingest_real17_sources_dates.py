"""Ingest rules for sources and event dates drawn from a seventeenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import RU_STORY, parse


def test_wire_sign_off_citing_its_informant_names_the_wire():
    text = (
        "Гродненский молокозавод получил право поставок в Китай\n"
        "Беларусь аккредитовала в Китае семь новых производителей молочной продукции, сообщает БЕЛТА со ссылкой на "
        f"сайт министерства сельского хозяйства.\n{RU_STORY}\n{RU_STORY}\n"
    )
    assert parse(text).source == "BelTA"


def test_bare_wire_sign_off_is_a_retelling_not_the_wire():
    text = (
        "Гродненский молокозавод получил право поставок в Китай\n"
        f"Беларусь аккредитовала в Китае семь новых производителей молочной продукции, сообщает БелТА.\n{RU_STORY}\n{RU_STORY}\n"
    )
    assert parse(text).source is None


def test_donation_banner_opening_on_an_emoji_names_the_outlet():
    text = f"Китай открыл рынок для белорусской индейки\n{RU_STORY}\n{RU_STORY}\n🔥 Поддержите Reform.news донатом!\n"
    assert parse(text).source == "Reform.news"


def test_today_in_a_conditional_sentence_is_nowadays():
    text = (
        " date 2026-01-20 Товарооборот двух стран вырос за год\n"
        "Торговля двух стран росла весь прошлый год. Сегодня трудно найти отрасль, где стороны не сотрудничали бы, "
        f"создавая новые продукты.\n{RU_STORY}\n"
    )
    assert parse(text).event_date is None


def test_today_in_a_sentence_of_something_done_is_the_event():
    text = (
        " date 2026-01-20 Стороны подписали соглашение\n"
        "Торговля двух стран росла весь прошлый год. Сегодня стороны подписали соглашение, которое могло бы удвоить поставки.\n"
        f"{RU_STORY}\n"
    )
    assert str(parse(text).event_date) == "2026-01-20"
