"""Date and time rules from the real212-215 pages: a meta list's stamp with its label and its time before
the day; the time another stamp prints for the chosen day; a stamp of the day and month, then the time,
then the year; a press release opening with its day and a dash; an aggregator's tracking code dating
the item; the publication label's longer forms ('Publish Date', 'Date published', 'Posted at').
Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def _page(head: str, lead: str, story: str = EN_STORY, tail: str = "") -> str:
    return f"{head}\n\n{lead}\n\n{story}\n\n{story}\n{tail}"


@pytest.mark.parametrize("stamp", [
    "- Published Date: 12:00 | 20 January 2018",
    "Posted: 9:15 AM | January 20, 2018",
    "• Опубликовано: 12:00 | 20 января 2018",
])
def test_a_labelled_stamp_with_its_time_before_the_day_gives_the_time(stamp):
    text = _page(f"Ministers agree on a new freight corridor\n- World\n{stamp}",
                 "The two ministers spoke by phone on Saturday. " + EN_STORY)
    article = parse(text)
    assert article.date == dt.date(2018, 1, 20)
    assert article.time in ("12:00", "09:15")


@pytest.mark.parametrize("title_line, stamp", [
    ("Министр оценил переговоры - Пример Новости, 23.11.2025", "15:09 23.11.2025"),
    ("Minister praises the talks - Example News, 23.11.2025", "15:09 23.11.2025"),
    ("Minister praises the talks | Example Wire | 23 November 2025", "23 November 2025, 15:09"),
])
def test_the_time_of_a_second_stamp_of_the_same_day_is_kept(title_line, stamp):
    text = _page(f"{title_line}\n{stamp}\nMinister praises the talks", RU_STORY if "Министр" in title_line else EN_STORY)
    article = parse(text)
    assert article.date == dt.date(2025, 11, 23)
    assert article.time == "15:09"


@pytest.mark.parametrize("stamp, day", [
    ("28 апреля 08:54 2020 Политика", dt.date(2020, 4, 28)),
    ("April 28, 08:54, 2020 World", dt.date(2020, 4, 28)),
    ("Tuesday, 28 April 08:54 2020", dt.date(2020, 4, 28)),
    ("28 апр. 8:54 2020 Общество", dt.date(2020, 4, 28)),
])
def test_a_stamp_with_the_time_between_the_day_and_the_year(stamp, day):
    story = RU_STORY if any("а" <= c <= "я" for c in stamp) else EN_STORY
    article = parse(_page(f"Talks in the capital end with a pact\n\n{stamp}", story, story))
    assert article.date == day
    assert article.time == "08:54"


@pytest.mark.parametrize("opening, day", [
    ("27 June 2017 — The two ministers signed the notes on the grant.", dt.date(2017, 6, 27)),
    ("Tuesday, June 27, 2017 – The two ministers signed the notes on the grant.", dt.date(2017, 6, 27)),
    ("27 июня 2017 г. — Министры подписали ноты о гранте.", dt.date(2017, 6, 27)),
    ("2017年6月27日——两国部长签署了换文。", dt.date(2017, 6, 27)),
])
def test_a_release_opening_with_its_day_and_a_dash_is_dated(opening, day):
    story = ZH_STORY if "年" in opening else RU_STORY if "Мин" in opening else EN_STORY
    article = parse(_page("Grant for scholarships signed", f"{opening} {story}", story))
    assert article.date == day


def test_a_sentence_that_opens_with_a_date_and_goes_on_without_a_dash_is_no_stamp():
    article = parse(_page("Grant for scholarships signed", f"27 June 2017 was the day the two ministers met. {EN_STORY}"))
    assert article.date is None


@pytest.mark.parametrize("code, day", [
    ("MENAFN31052024000071011013ID1108280815", dt.date(2024, 5, 31)),
    ("NEWSWIRE15042023001234", dt.date(2023, 4, 15)),
])
def test_an_aggregators_tracking_code_under_the_story_dates_it(code, day):
    text = _page("Ministers meet in the capital", "CAPITAL, May 31 (Agency) -- " + EN_STORY, tail=f"\n(end)\n\n{code}\n")
    assert parse(text).date == day


def test_a_code_with_an_impossible_day_dates_nothing():
    text = _page("Ministers meet in the capital", "CAPITAL (Agency) -- " + EN_STORY, tail="\n(end)\n\nMENAFN31022024000071011013ID1108280815\n")
    assert parse(text).date is None


@pytest.mark.parametrize("label", ["Date published:", "Posted at", "Publish Date :", "Дата размещения:"])
def test_the_longer_publication_labels_open_a_lead_with_its_stamp(label):
    article = parse(_page("Ministers agree on a new freight corridor", f"{label} 12.10.2023 {EN_STORY}"))
    assert article.date == dt.date(2023, 10, 12)
