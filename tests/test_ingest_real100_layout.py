"""Layout rules from the real94-102 pages: lines a page without a headline opens with that are
no headline (a caption closed by its credit, a speaker's greeting, a source's address, the first
words of a reporting sentence). Texts written for the tests."""
from __future__ import annotations

from ingest_support import EN_STORY, parse

RU_STORY = ("Министр иностранных дел провёл в столице переговоры с китайским коллегой. Стороны обсудили "
            "торговлю, транспорт и гуманитарные связи и договорились о новых встречах в следующем году.")


def test_a_caption_closed_by_an_agencys_bracketed_photo_credit_is_no_headline():
    caption = ("Host President Ivan Petrov holds a grand welcome ceremony for visiting President Li Ming at the airport "
               "in Dushanbe, Tajikistan, July 4, 2024. Li arrived here Thursday for a state visit. [Xinhua/Wang Fang] |")
    lead = ("DUSHANBE, July 4 (Xinhua) — Visiting President Li Ming arrived here on Thursday night, commencing "
            "his state visit following a busy schedule at the regional summit.")
    article = parse(f"{caption}\n{lead}\n{EN_STORY}\n{EN_STORY}\n")
    assert not article.title.startswith("Host President")  # the caption, with or without its credit


def test_a_caption_closed_by_the_site_its_picture_came_from_is_no_headline():
    caption = "Президенты сфотографировались на память после переговоров. Фото с сайта www.example.gov"
    assert parse(f"{caption}\n{RU_STORY}\n").title != caption


def test_a_speakers_greeting_opening_a_transcript_is_no_headline():
    assert parse(f"А.Петров: Добрый день!\n{RU_STORY}\n").title != "А.Петров: Добрый день!"
    assert parse(f"J.Smith: Good afternoon, colleagues!\n{EN_STORY}\n").title != "J.Smith: Good afternoon, colleagues!"


def test_a_source_label_with_a_site_address_is_no_headline():
    assert parse(f"Источник example.kg\n{RU_STORY}\n").title != "Источник example.kg"


def test_the_first_words_of_a_reporting_sentence_are_no_headline():
    text = ("Avesta.Tj\n| 11.03.2013 | Делегация китайской горнодобывающей компании в течение недели находилась в стране с\n"
            "ознакомительной поездкой.\nКак сообщает пресс-центр\nТоргово-промышленной палаты, представители компании "
            f"провели ряд встреч в министерствах.\n{RU_STORY}\n")
    assert parse(text).title != "Как сообщает пресс-центр"


def test_a_headline_quoting_a_speaker_stays_a_headline():
    article = parse(f"Petrov: Minsk and Beijing will build a new plant\n\n{EN_STORY}\n")
    assert article.title == "Petrov: Minsk and Beijing will build a new plant"
