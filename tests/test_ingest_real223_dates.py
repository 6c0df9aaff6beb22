"""Date rules from the real223-229 pages. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from despatch.ingest.dates import find_dates
from ingest_support import PAGE_PARAGRAPHS_ZH, parse

ZH_STORY = ("本部今日上午舉行記者會,說明代表團將於下月出訪三個友好國家,並與各國政府官員就農業、醫療與教育合作深入交換意見。"
            "代表團成員包括相關部會首長及民間企業代表,預計將簽署多項合作備忘錄。")


# Taiwan's official pages count years from the Republic's founding: 113 is 2024
@pytest.mark.parametrize("printed, day", [
    ("113年11月22日", dt.date(2024, 11, 22)),
    ("中華民國112年3月5日", dt.date(2023, 3, 5)),
    ("民國 99年12月1日", dt.date(2010, 12, 1)),
    ("113-01-09", dt.date(2024, 1, 9)),
    ("114/07/30", dt.date(2025, 7, 30)),
    ("110.10.10", dt.date(2021, 10, 10)),
])
def test_a_minguo_date_is_read_in_the_common_era(printed, day):
    assert [f.value for f in find_dates(printed)] == [day]


@pytest.mark.parametrize("text", ["版本 1.113.11.22", "共有113年11月", "編號 A113-11-22", "型號X120年3月1日"])
def test_numbers_that_are_no_minguo_date_are_not_read_as_one(text):
    assert not [f for f in find_dates(text) if f.has_year]


@pytest.mark.parametrize("stamp, day", [
    ("113年11月22日", dt.date(2024, 11, 22)),
    ("發布日期：112-05-08", dt.date(2023, 5, 8)),
    ("中華民國114年2月3日", dt.date(2025, 2, 3)),
])
def test_an_official_pages_minguo_stamp_over_its_headline_dates_the_page(stamp, day):
    text = f"新聞與活動\n\n{stamp}\n外交部長將率團出訪三個友好國家\n\n{ZH_STORY}\n{PAGE_PARAGRAPHS_ZH}"
    article = parse(text)
    assert article is not None
    assert article.date == day
