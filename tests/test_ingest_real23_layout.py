"""Ingest rules for the headline, the page's layout and the byline drawn from a twenty-third
held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse

# --- a breadcrumb with no label that ends in the headline -----------------------------------


def test_breadcrumb_from_the_menu_ends_in_the_headline_under_a_site_banner():
    text = (
        "Global grain trade news\n\n"
        "All news / Minsk hopes to triple its flour exports to Asian markets\n\n"
        "• 03 Mar 2019, 11:20\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Minsk hopes to triple its flour exports to Asian markets"


def test_breadcrumb_of_several_menu_steps_ends_in_the_headline():
    text = (
        "Farm weekly\n\n"
        "Home » News » Tractor plant opens an assembly line in a Chinese province\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Tractor plant opens an assembly line in a Chinese province"


def test_a_headline_with_a_slash_of_its_own_is_kept_whole():
    text = (
        "Belarus / China: a new rail corridor opens for container trains\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Belarus / China: a new rail corridor opens for container trains"


# --- a commentary's writer named at the end of its standfirst --------------------------------


def test_writer_named_by_trade_at_the_end_of_the_standfirst_is_the_author():
    text = (
        "Minsk: a bridge between Beijing and Europe\n"
        "Minsk wants trains, investors and friends in the East, but on its own terms, argues academic Anna Novakova.\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).author == "Anna Novakova"


def test_quoted_person_named_again_in_the_story_is_not_the_author():
    text = (
        "Minsk: a bridge between Beijing and Europe\n"
        "Minsk wants trains, investors and friends in the East, says researcher Ivan Petrovsky.\n"
        f"{EN_STORY} Petrovsky added that the park would grow.\n\n{EN_STORY}\n"
    )
    assert parse(text).author is None


def test_newsmaker_quoted_in_the_standfirst_is_not_the_author():
    text = (
        "Minsk: a bridge between Beijing and Europe\n"
        "Exports to the East will double this year, says minister Ivan Petrovsky.\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).author is None
