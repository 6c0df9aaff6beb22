"""Date rules from the real221-226 pages: a stamp of a slashed two-digit-year day with its time; a closing line
that is a sentence of the story's history told up to its date (no stamp); a later year named by a sentence of
expectation or forecast (no past, so no reason to drop the store's marker). Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("stamp, day, time", [
    ("29/03/17 15:03", dt.date(2017, 3, 29), "15:03"),
    ("29/03/17, 15:03:20", dt.date(2017, 3, 29), "15:03:20"),
    ("5/11/19 9:45", dt.date(2019, 11, 5), "09:45"),
])
def test_a_slashed_short_year_stamp_with_its_time(stamp, day, time):
    article = parse(f"Стороны подписали долгосрочный контракт\n\n{stamp}\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.date == day
    assert article.time == time


@pytest.mark.parametrize("closing", [
    "The two countries established formal diplomatic relations on May 26, 1966",
    "Diplomatic relations between the two states were established on 2 April 1992",
    "Дипломатические отношения между странами были установлены 2 апреля 1992 года",
    "The partner city agreement was signed in Riga on 14 March 1996",
])
def test_a_closing_sentence_of_history_ending_on_its_date_is_no_stamp(closing):
    article = parse(f"Ambassador calls on the foreign minister\n\n{EN_STORY}\n\n{EN_STORY}\n\n{closing}\n\nCATEGORIES\nTAGS\n")
    assert article.date is None


@pytest.mark.parametrize("closing, day", [
    ("Posted on May 26, 2023", dt.date(2023, 5, 26)),
    ("This article was published on May 26, 2023", dt.date(2023, 5, 26)),
])
def test_a_closing_stamp_with_its_label_still_dates_the_page(closing, day):
    article = parse(f"Ambassador calls on the foreign minister\n\n{EN_STORY}\n\n{EN_STORY}\n\n{closing}\n\nCATEGORIES\nTAGS\n")
    assert article.date == day


@pytest.mark.parametrize("sentence", [
    "Ожидается, что выкуп земли завершится к третьей декаде марта 2027 года.",
    "Предполагается, что строительство дороги начнется в 2027 году.",
    "The purchase of the land is expected to be completed by March 2027.",
    "项目有望于2027年3月建成投产。",
])
def test_a_later_year_of_an_expectation_keeps_the_stores_marker(sentence):
    story = ZH_STORY if sentence[0] == "项" else RU_STORY if not sentence.isascii() else EN_STORY
    article = parse(f" date 2025-09-27 {story}\n\n{sentence} {story}\n\n{story}\n")
    assert article.date == dt.date(2025, 9, 27)
