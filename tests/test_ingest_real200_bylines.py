"""Byline rules from the real200-205 pages: no author is read from a 'related reading' heading, a
section's name opening with a possessive pronoun or a sentence the copy cut after its preposition; a
Chinese credit's fields set apart by a slash's look-alike, a reporter's credit with a translation's
or a compilation's word after the slash, and a stamp with its time and views count before the name
are read. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

RU_MORE = ("Предприятие рассчитывает, что первые поставки оборудования начнутся уже в следующем квартале, "
           "а совместная сервисная служба откроется в областном центре до конца года.")
ZH_MORE = "据悉,这是两国今年签署的第三份合作文件,双方还讨论了交通运输合作问题,并同意建立新的工作机制。"


@pytest.mark.parametrize("heading", ["ТАКЖЕ ПО ТЕМЕ", "Также по теме", "Читайте также", "СМОТРИТЕ ТАКЖЕ",
                                     "Па тэме таксама", "Похожие материалы", "See Also"])
def test_a_related_reading_heading_under_the_story_is_no_author(heading):
    text = f"Стороны договорились о новом проекте\n\n{RU_STORY}\n\n{RU_MORE}\n\n{heading}"
    article = parse(text)
    assert article.title == "Стороны договорились о новом проекте"
    assert article.author is None


@pytest.mark.parametrize("section", ["Наша Латвия", "Наш Город", "Ваши Деньги", "Our World", "Your Money"])
def test_a_section_named_with_a_possessive_pronoun_beside_the_date_is_no_author(section):
    text = (f"Стороны договорились о новом проекте\n\n{section}\nДата публикации: 29.10.2025\n\n"
            f"{RU_STORY}\n\n{RU_MORE}")
    article = parse(text)
    assert article.author is None


def test_a_name_beside_the_date_is_still_read():
    text = (f"Стороны договорились о новом проекте\n\nАнна Петрова\nДата публикации: 29.10.2025\n\n"
            f"{RU_STORY}\n\n{RU_MORE}")
    assert parse(text).author == "Анна Петрова"


@pytest.mark.parametrize("cut", ["В Ми", "На Вс", "Из Мо", "После Пе", "Для Ра"])
def test_a_sentence_cut_after_its_preposition_under_the_story_is_no_author(cut):
    text = f"Стороны договорились о новом проекте\n\n{RU_STORY}\n\n{RU_MORE}\n\n{cut}"
    assert parse(text).author is None


@pytest.mark.parametrize("name", ["Анна Петрова", "У Ган", "О Сон Ми"])
def test_a_signature_under_the_story_is_still_read(name):
    text = f"Стороны договорились о новом проекте\n\n{RU_STORY}\n\n{RU_MORE}\n\n{name}"
    assert parse(text).author == name


@pytest.mark.parametrize("slash", ["╱", "⧸", "∕", "⁄"])
def test_a_chinese_credit_set_apart_by_a_slash_look_alike_gives_the_reporter_and_the_city(slash):
    text = f"兩國簽署合作協議\n\n某某醒報{slash} 記者王明華{slash}台北報導\n\n{ZH_STORY}\n\n{ZH_MORE}"
    article = parse(text)
    assert article.author == "王明華"
    assert article.dateline == "Taipei"


@pytest.mark.parametrize("task", ["編譯", "编译", "整理", "翻譯", "綜合編譯", "綜合外電報導"])
def test_a_reporters_credit_with_the_kind_of_work_after_a_slash_names_the_reporter(task):
    text = f"兩國簽署合作協議\n\n記者王明華/{task}\n\n{ZH_STORY}\n\n{ZH_MORE}"
    assert parse(text).author == "王明華"


@pytest.mark.parametrize("stamp", ["25 сентября 2025 20:30 423 Анна Петрова", "25 сентября 2025, 20:30, 1520 Анна Петрова",
                                   "25 сентября 2025 · 20:30 · 423 · Анна Петрова"])
def test_a_stamp_with_its_time_and_views_before_the_name_gives_the_author(stamp):
    text = f"Стороны договорились о новом проекте\n\n{stamp}\n\n{RU_STORY}\n\n{RU_MORE}"
    article = parse(text)
    assert article.author == "Анна Петрова"
    assert str(article.date) == "2025-09-25"


def test_an_english_stamp_with_its_time_and_views_before_the_name():
    text = f"The sides agree on a new project\n\nJul 7, 2017 14:05 1520 Anna Novak\n\n{EN_STORY}\n\n{EN_STORY}"
    assert parse(text).author == "Anna Novak"

