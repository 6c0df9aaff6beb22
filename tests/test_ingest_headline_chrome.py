"""What stands where a headline would and is none: the banner over every U.S. government site, a
site's request for active links, a release wire's issuer label; and a headline the copy ran together
with its own copies, read once. Texts invented for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, parse

EN_TWO = f"{EN_STORY}\n\n{EN_STORY}"
HEADLINE = "Embassy hosts trade mission for regional exporters"

GOV_BANNER = """An official website of the United States government
Here's how you know

Official websites use .gov

A .gov website belongs to an official government organization in the United States.

Secure .gov websites use HTTPS

A lock ( lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.
"""


def test_the_us_government_sites_banner_is_no_headline():
    assert parse(f"{GOV_BANNER}\n{HEADLINE}\n\n{EN_TWO}\n").title == HEADLINE


def test_a_request_for_active_links_over_the_story_is_no_headline():
    text = f"Please make active links to the source, when using materials from this website\n\n{HEADLINE}\n\n{EN_TWO}\n"
    assert parse(text).title == HEADLINE


def test_a_release_wires_issuer_label_is_the_source_not_the_headline():
    article = parse(f"{HEADLINE}\n\nFriday, 25 August 2023, 10:01 am\nPress Release: Harbor Fire Service\n\n{EN_TWO}\n")
    assert (article.title, article.source) == (HEADLINE, "Harbor Fire Service")


@pytest.mark.parametrize("label", ["Press release: Prime Minister Anna Novak meet...",
                                   "Press release: Prime Minister Anna Novak meets the ambassador of Ruritania to discuss trade"])
def test_a_release_label_followed_by_the_headline_names_no_source(label):
    assert parse(f"{label}\n\n{EN_TWO}\n").source is None


@pytest.mark.parametrize("line", [
    f"{HEADLINE} {HEADLINE} {HEADLINE} 05.11.2019 site.example site.example info@site.example",
    f"{HEADLINE} Embassy hosts trade mis",
])
def test_a_headline_run_together_with_its_copies_is_read_once(line):
    assert parse(f"{line}\n\n{EN_TWO}\n").title == HEADLINE


def test_a_russian_headline_run_together_with_its_copies_is_read_once():
    headline = "Беларуси невыгодно отказываться от союзного договора – эксперт"
    assert parse(f"{headline} {headline} Беларуси невыгодно\n\n{RU_STORY}\n\n{RU_STORY}\n").title == headline


def test_a_headline_repeating_a_word_is_kept_whole():
    headline = "Talks, talks and more talks on the border deal"
    assert parse(f"{headline}\n\n{EN_TWO}\n").title == headline
