"""A date widget's weekday on a line of its own beside the stamp is no writer, in any language the
dates vocabulary knows (Vietnamese outlets print 'Thứ Tư, 19/09/2018'). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, parse

HEADLINE = "More scholarships offered to students of the river provinces"


@pytest.mark.parametrize("weekday", ["Thứ Tư", "Thứ Hai", "Chủ Nhật", "Wednesday"])
def test_a_weekday_above_the_stamp_is_no_author(weekday):
    article = parse(f"{HEADLINE}\n\n{weekday}\n19/09/2018, 15:26\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert article.author is None
    assert article.date.isoformat() == "2018-09-19"


def test_a_writer_above_the_stamp_is_still_read():
    article = parse(f"{HEADLINE}\n\nAnna Lee\n19/09/2018, 15:26\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert article.author == "Anna Lee"
