"""Layout rules from the real103-105 pages: a language switcher of short codes is no headline, a
standfirst glued to the headline without a space is cut off, and a long lead sentence (its full
stop lost in the copy) followed by a paragraph naming who told it is no headline. Texts written
for the tests."""
from __future__ import annotations

from ingest_support import EN_STORY, parse

RU_STORY = ("Министр иностранных дел провёл в столице переговоры с китайским коллегой. Стороны обсудили "
            "торговлю, транспорт и гуманитарные связи и договорились о новых встречах в следующем году.")


def test_a_language_switcher_of_uzbek_cyrillic_short_codes_is_no_headline():
    text = f"ru en ўз\n\nTrade talks held in Tashkent this week\n\n{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title != "ru en ўз"


def test_a_standfirst_glued_to_the_headline_without_a_space_is_cut_off():
    text = ("Как прошли переговоры президентов в столице соседней страныСтороны обсудили вопросы торговли, "
            f"транспорта, энергетики и гуманитарных связей\n{RU_STORY}\n{RU_STORY}\n")
    assert parse(text).title == "Как прошли переговоры президентов в столице соседней страны"


def test_a_camel_case_name_in_a_headline_of_usual_length_is_left_whole():
    title = "Компания ЕвроХим откроет склад удобрений в Минске"
    assert parse(f"{title}\n\n{RU_STORY}\n{RU_STORY}\n").title == title


def test_a_long_lead_sentence_told_by_the_paragraph_below_is_no_headline():
    lead = ("Посол Республики Беларусь в Республике Казахстан Иван Петров 12 ноября принял участие в международной "
            "конференции о сотрудничестве стран региона, прошедшей в казахстанской столице")
    text = f"Белорусский портал\n\n{lead}\n\n\n\nОб этом сообщили в посольстве Беларуси.\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title_proposed  # a headline made from the lead, not one read off the page


def test_a_short_headline_over_a_told_lead_is_kept():
    text = f"Посол принял участие в конференции\n\nОб этом сообщили в посольстве Беларуси.\n\n{RU_STORY}\n{RU_STORY}\n"
    assert parse(text).title == "Посол принял участие в конференции"
