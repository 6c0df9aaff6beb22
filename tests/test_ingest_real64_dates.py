"""Ingest rules for event dates drawn from the 64th to 67th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, parse


def test_a_weekday_in_a_clause_about_the_occasion_the_news_comes_ahead_of_dates_nothing():
    # 15 August 2017 was a Tuesday: the meeting on Tuesday is the occasion, the statement came before it
    text = (" date 2017-08-15 Премьер Северии заявил о желании развивать связи с Южанией\n\n"
            "Премьер Северии Иван Петров заявил о желании развивать связи с Южанией. Об этом он заявил "
            "в преддверии заседания межправительственной комиссии, которое состоится во вторник.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date is None


def test_an_ahead_of_clause_in_english_with_a_relative_which():
    text = (" date 2017-08-15 Northland premier wants closer ties\n\n"
            "The premier of Northland said he wanted closer ties with Southland, speaking ahead of the "
            "commission's session, which opens on Tuesday.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).event_date is None


def test_a_page_stamp_run_into_the_leads_first_word_is_no_day_the_lead_names():
    text = ("В Северограде обсудили сотрудничество с Южанией\n\n"
            "11.03.2020В Северограде стартовали Дни Южании. В рамках них встретились глава комитета "
            "и посол Южании.\n\n"
            f"{RU_STORY}\n")
    article = parse(text)
    assert article.date.isoformat() == "2020-03-11"
    assert article.event_date is None


def test_a_speakers_today_opening_a_later_sentence_of_his_words_is_nowadays():
    text = (" date 2025-08-22 Президенты Северии и Южании провели заседание совета\n\n"
            "Под председательством президентов состоялось заседание совета Северии и Южании.\n\n"
            "– Убежден, что диалог выйдет на новый уровень. Наши страны всегда поддерживали друг друга. "
            "Сегодня отношения между народами переросли в партнерство, – сказал президент.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date is None


def test_a_speakers_today_opening_his_words_still_dates_the_event():
    text = (" date 2025-08-22 Президенты Северии и Южании подписали договор\n\n"
            "Президенты Северии и Южании провели переговоры.\n\n"
            "– Сегодня мы подписали договор о дружбе, – сказал президент Северии.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date.isoformat() == "2025-08-22"


def test_a_date_under_an_embedded_posts_signature_is_the_posts_not_the_pages():
    text = (" date 2022-11-22 Share This\n\n"
            "Northland confirmed this Monday that the president of Southland will visit the country this week.\n\n"
            "The spokeswoman said the visit would give new impetus to the friendship of the two nations.\n\n"
            "The visit will open a new chapter in relations between #Northland and #Southland\n\n"
            "— Anna Reporter (@annareporter)\n\n"
            "November 21, 2022\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date.isoformat() == "2022-11-22"
