"""Ingest rules for the headline, the page's chrome and the byline drawn from a fifteenth held-out
set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.lines import split_lines


# --- breadcrumbs and section labels above the headline ------------------------


def test_breadcrumb_with_an_ascii_arrow_is_no_headline():
    text = (
        "首頁 -> 要聞\n\n工業園迎來新一批合作夥伴\n\n分享到:\n2024-07-04 17:04 | 稿件來源:某某通訊社\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).title == "工業園迎來新一批合作夥伴"


def test_breadcrumb_from_home_with_an_ascii_arrow_is_no_headline():
    text = f"Home -> World\n\nPark welcomes a new group of partners\n\n4 July 2024\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Park welcomes a new group of partners"


# --- a time stamp printed after the headline ----------------------------------


def test_time_of_posting_after_the_headline_is_not_part_of_it():
    text = f"即時新聞\n\n峰會｜兩國元首會晤　倡議深化合作 (14:15)\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "峰會｜兩國元首會晤　倡議深化合作"


def test_numbers_in_brackets_ending_a_headline_stay():
    text = f"Park signs deals worth millions (part 2)\n\n4 July 2024\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Park signs deals worth millions (part 2)"


# --- a whole page flattened into one line -------------------------------------


def test_headline_between_the_repeated_date_stamps_of_a_flattened_page():
    text = (
        "編輯精選本報推薦2023-03-02・Array 2023-03-02・Array 兩國元首會晤 深化務實合作 "
        f"2023-03-02 ・ Array {ZH_STORY} {ZH_STORY} {ZH_STORY} {ZH_STORY} {ZH_STORY}\n"
    )
    article = parse(text)
    assert article.title == "兩國元首會晤 深化務實合作"
    assert not article.title_proposed
    assert article.date == dt.date(2023, 3, 2)


def test_paragraph_naming_one_date_twice_is_not_split():
    paragraph = (
        f"{RU_STORY} Договор подписан 02.03.2023, а вступит в силу позже. "
        f"{RU_STORY} Стороны назвали 02.03.2023 важным днем. {RU_STORY}"
    )
    _, lines = split_lines(paragraph)
    assert [line.text for line in lines] == [paragraph]


# --- a reporter credited in an agency's dateline ------------------------------


def test_reporter_between_the_slashes_of_an_agency_dateline_is_the_author():
    text = (
        "Стороны завершают подготовку к строительству парка\n"
        f"15 марта, Минск /Иван Сидоров — БЕЛТА/. {RU_STORY}\n{RU_STORY}\n"
    )
    assert parse(text).author == "Иван Сидоров"


def test_photographer_between_the_slashes_is_no_author():
    text = (
        "Стороны завершают подготовку к строительству парка\n"
        f"15 марта, Минск /Фото Ивана Сидорова — БЕЛТА/. {RU_STORY}\n{RU_STORY}\n"
    )
    assert parse(text).author is None
