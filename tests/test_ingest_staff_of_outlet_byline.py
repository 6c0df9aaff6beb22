"""A byline naming the outlet whose staff the writer is, before the name ('by Xinhua writer Anna Lee'):
the outlet is the source, the person the author. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import PAGE_PARAGRAPHS_EN, parse

HEADLINE = "River towns sign a pact on shared clinics and training"


@pytest.mark.parametrize("byline,source,author", [
    ("by Xinhua writer Anna Lee", "Xinhua", "Anna Lee"),
    ("By Xinhua Writers Anna Lee and Ivan Petrov", "Xinhua", "Anna Lee, Ivan Petrov"),
    ("By TASS correspondent Ivan Petrov", "TASS", "Ivan Petrov"),
    ("By Global Times staff reporter Wang Min", "Global Times", "Wang Min"),
])
def test_a_byline_naming_the_writers_outlet_gives_source_and_author(byline, source, author):
    article = parse(f"{HEADLINE}\n{byline}\n\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert (article.source, article.author) == (source, author)


def test_an_unregistered_employer_gives_no_source():
    article = parse(f"{HEADLINE}\nBy Riverside Gazette writer Anna Lee\n\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert article.source is None


def test_a_desk_credited_without_a_name_stays_the_byline():
    article = parse(f"{HEADLINE}\nBy Global Times staff reporters\n\n{PAGE_PARAGRAPHS_EN}")
    assert article is not None
    assert article.author == "Global Times staff reporters"
