"""Content files: what ingest writes, how hand edits are recognized, how fields are read."""
from __future__ import annotations

import datetime as dt

import pytest

from despatch import frontmatter
from despatch.content import (article_from_fields, format_moment, is_hand_edited, parse_moment,
                              render_content, ContentError)


def generated() -> str:
    return render_content({"title": "Talks in Beijing", "date": format_moment(dt.date(2023, 3, 1), "19:55", "+03:00"),
                           "source": "BelTA", "topics": ["diplomacy"], "seed": "000.txt"}, "Body text.\n")


def test_generated_file_is_not_a_hand_edit():
    assert not is_hand_edited(generated())


def test_any_change_makes_it_a_hand_edit():
    assert is_hand_edited(generated().replace("Talks in Beijing", "Talks in Minsk"))
    assert is_hand_edited(generated().replace("Body text.", "Body text, corrected."))


def test_a_file_without_stamp_counts_as_written_by_hand():
    assert is_hand_edited("---\ntitle: Mine\n---\n\nText\n")


def test_dates_are_written_unquoted_with_time_and_offset():
    assert "date: 2023-03-01T19:55:00+03:00\n" in generated()


def test_empty_fields_are_left_out():
    text = render_content({"title": "T", "author": None, "people": []}, "x")
    assert "author" not in text and "people" not in text


@pytest.mark.parametrize("value, expected", [
    ("2023-03-01", (dt.date(2023, 3, 1), None, None)),
    ("2023-03-01T19:55:00+03:00", (dt.date(2023, 3, 1), "19:55", "+03:00")),
    ("2022-09-16T17:51:59+0800", (dt.date(2022, 9, 16), "17:51:59", "+08:00")),
    ("2023-03-01T10:00Z", (dt.date(2023, 3, 1), "10:00", "+00:00")),
])
def test_moments_are_read_from_iso_text(value, expected):
    assert parse_moment(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "yesterday", "99999-01-01", "2023-03-01T25:00"])
def test_impossible_dates_are_refused_not_rolled_over(value):
    with pytest.raises(ContentError):
        parse_moment(value)


def read(text: str):
    warnings = []
    article = article_from_fields("2023-03-01-x", frontmatter.parse(text), lambda msg, line=None: warnings.append((msg, line)))
    return article, warnings


def test_round_trip_of_a_generated_file():
    article, warnings = read(generated())
    assert warnings == []
    assert (article.title, article.date, article.time, article.utc_offset) == ("Talks in Beijing", dt.date(2023, 3, 1), "19:55", "+03:00")
    assert article.topics == ("diplomacy",)


def test_unknown_fields_are_reported_with_their_line():
    _, warnings = read("---\ntitle: T\ncolour: red\n---\nx\n")
    assert warnings and "colour" in warnings[0][0] and warnings[0][1] == 3


def test_unsafe_url_is_dropped_with_a_warning():
    article, warnings = read("---\ntitle: T\nurl: javascript:alert(1)\n---\nx\n")
    assert article.url is None and "url" in warnings[0][0]


def test_invalid_date_is_left_empty_with_a_warning_naming_the_line():
    article, warnings = read("---\ntitle: T\ndate: 2023-02-30\n---\nx\n")
    assert article.date is None and warnings[0][1] == 3
