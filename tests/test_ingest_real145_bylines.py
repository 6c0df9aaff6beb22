"""Byline rules from the real145-147 pages: a credit listing several writers and their outlet ('By A, B, C and
D from X'), a byline however many words it runs to and every writer in it read; a guest writer's card under a
Chinese headline, the name alone and then the office with the name again, the foreign name with its dot.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, ZH_STORY, parse, read_title
from despatch.ingest.lines import is_byline
from despatch.ingest.settings import load_patterns

EN_TITLE = "River bridge brings two border towns closer together"
ZH_TITLE = "两国地区合作前景广阔"
FOUR_WRITERS = "By Anna Novak, Li Wei, Tom Brown and Ivan Petrov from The Daily Courier"


def test_a_credit_listing_four_writers_and_their_outlet_is_a_byline():
    assert is_byline(FOUR_WRITERS, load_patterns())


@pytest.mark.parametrize("line", ["By contrast, the factory and the port grew faster than the railway and the airport",
                                  "By the end of the year, the two cities and the region plan to open a new route"])
def test_a_sentence_opening_with_by_is_no_byline(line):
    assert not is_byline(line, load_patterns())


def test_a_credit_of_four_writers_over_an_untitled_article_is_no_headline_and_names_all_four():
    article = parse(f"{FOUR_WRITERS}\n{EN_STORY} {EN_STORY}\n{EN_STORY}\n")
    assert read_title(article) is None
    assert article.author == "Anna Novak, Li Wei, Tom Brown, Ivan Petrov"


def test_three_writers_under_a_headline_are_all_read():
    article = parse(f"{EN_TITLE}\nBy Anna Novak, Li Wei and Tom Brown\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert article.author == "Anna Novak, Li Wei, Tom Brown"


def test_a_writer_and_the_city_filed_from_stay_one_writer():
    article = parse(f"{EN_TITLE}\nBy Anna Novak, Abuja\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert article.author == "Anna Novak"


def test_a_guest_writers_name_over_the_office_and_name_again_is_the_author():
    text = f"{ZH_TITLE}\n\n伊万·彼得罗夫\n\n某国驻华大使 伊万·彼得罗夫\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert read_title(article) == ZH_TITLE
    assert article.author == "伊万·彼得罗夫"


def test_an_office_and_a_foreign_name_under_a_chinese_headline_name_the_signer():
    text = f"{ZH_TITLE}\n\n某国驻华大使 伊万·彼得罗夫\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "伊万·彼得罗夫"
