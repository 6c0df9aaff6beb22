"""Dates as printed -> datetime.date; impossible dates are reported, never rolled over."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from despatch.ingest.dates import find_dates, find_time, find_utc_offset, has_weekday, most_recent_weekday, parse_date

D = dt.date


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("01 March 2023, 19:55", D(2023, 3, 1)),
        ("Release Date:2022-09-16 17:51:59", D(2022, 9, 16)),
        ("08:35, December 05, 2023", D(2023, 12, 5)),
        ("Dec 4, 2023", D(2023, 12, 4)),
        ("2024.08.22 16:04 GMT+8", D(2024, 8, 22)),
        ("1 марта 2023 г.", D(2023, 3, 1)),
        ("24 февраля 2023", D(2023, 2, 24)),
        ("01.03.2023", D(2023, 3, 1)),
        ("2023年3月1日", D(2023, 3, 1)),
        ("發佈時間:2023-12-05 08:55:02", D(2023, 12, 5)),
        ("Sept. 9, 2021", D(2021, 9, 9)),
        ("29 February 2024", D(2024, 2, 29)),
        ("no date here", None),
    ],
)
def test_printed_dates_are_read(printed, expected):
    assert parse_date(printed) == expected


@pytest.mark.parametrize("printed", ["30 February 2023", "31 Feb 2023", "1 March 99999", "2023-13-01", "29 February 2023"])
def test_impossible_dates_are_rejected_not_rolled_over(printed):
    found = find_dates(printed)
    assert found and found[0].value is None
    assert "impossible date" in found[0].problem
    assert parse_date(printed) is None


def test_all_numeric_dates_follow_the_convention_given():
    assert parse_date("01-03-2023", day_first=True) == D(2023, 3, 1)
    assert parse_date("01-03-2023", day_first=False) == D(2023, 1, 3)
    assert find_dates("01-03-2023")[0].ambiguous
    assert not find_dates("25-03-2023")[0].ambiguous


def test_month_and_day_without_year_are_found_as_partial_dates():
    [found] = find_dates("BEIJING, August 22. /TASS/.")
    assert (found.has_year, found.month, found.day) == (False, 8, 22)
    [found] = find_dates("新华社北京3月1日电")
    assert (found.has_year, found.month, found.day) == (False, 3, 1)


@pytest.mark.parametrize(
    "line, time, offset",
    [
        ("01 March 2023, 19:55", "19:55", None),
        ("Release Date:2022-09-16 17:51:59", "17:51:59", None),
        ("2024.08.22 16:04 GMT+8", "16:04", "+08:00"),
        ("Created: 01-03-2023 17:04 IST", "17:04", "+05:30"),
        ("10:30 UTC-5", "10:30", "-05:00"),
        ("Published: 9:00pm, 16 May 2024", "21:00", None),
        ("Mar 01, 2023 12:05 AM", "00:05", None),
        ("at 9:05 Minsk time", "09:05", None),
        ("Score 3:2", None, None),
    ],
)
def test_times_are_read_in_24_hour_form_and_offsets_as_printed(line, time, offset):
    assert find_time(line) == time
    assert find_utc_offset(line) == offset


def test_weekday_names_are_recognized_in_three_languages():
    assert has_weekday("Flag Thursday, 28 September 2023")
    assert has_weekday("2024年5月15日 星期三")
    assert has_weekday("в понедельник")
    assert not has_weekday("01 March 2023, 19:55")


def test_weekday_resolves_to_the_most_recent_such_day_on_or_before():
    friday = D(2022, 9, 16)
    assert most_recent_weekday(3, friday) == D(2022, 9, 15)  # Thursday
    assert most_recent_weekday(4, friday) == friday


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_the_date_normalizer_never_raises(text):
    parse_date(text)
    find_dates(text)
    find_time(text)
    find_utc_offset(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**7), st.integers(0, 99), st.integers(0, 99), st.sampled_from(["{d} March {y}", "{y}-{m}-{d}", "{d}.{m}.{y}", "{y}年{m}月{d}日", "March {d}, {y}"]))
def test_numbers_in_date_shapes_give_a_valid_date_or_none(year, month, day, shape):
    value = parse_date(shape.format(y=year, m=month, d=day))
    # a stamp's two-digit year ('29.04.25' alone on its line) is read in its century
    years = {year, 1900 + year, 2000 + year} if year < 100 and shape == "{d}.{m}.{y}" else {year}
    assert value is None or (value.year in years and value.day == day)


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("15 сентября 202215 сен 2022", [D(2022, 9, 15), D(2022, 9, 15)]),  # wide- and narrow-screen forms, copied glued
        ("3 March 20233 Mar 2023", [D(2023, 3, 3), D(2023, 3, 3)]),
        ("Тираж 202215 экземпляров, 1 марта 2023", [D(2023, 3, 1)]),  # digits before a word that is no month stay a number
    ],
)
def test_a_year_glued_to_the_same_date_printed_again_is_read_as_two_dates(printed, expected):
    assert [found.value for found in find_dates(printed)] == expected
