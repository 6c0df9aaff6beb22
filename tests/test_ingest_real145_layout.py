"""Layout rules from the real145-147 pages: a donation box over the headline (its question to the reader
and its 'Support us' button, the box's copy no article), a headline and the site's address run together
with a picture's list of sizes on the store marker's line, and a Chinese page's crosshead and sub-head
under its headline, no menu under a site's name. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈 签署合作文件引关注"


@pytest.mark.parametrize("line", ["Enjoying ad-free content?", "Enjoying our journalism?", "Do you value our reporting?",
                                  "Enjoyed reading this article?", "Нравится наш контент?"])
def test_a_donation_boxs_question_to_the_reader_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Enjoying the summer on the river banks?", "Do you like the new bridge?"])
def test_questions_in_headlines_are_not_chrome(line):
    assert line_kind(line) != "chrome"


DONATION_BOX = ("Since March 3, 2022, we have kept every page free of advertising for our readers.\n"
                "Keeping it that way costs us a great deal each month. Your help closes the gap.\n"
                "Support us\n"
                "Our newsroom works under heavy pressure. We need your help to keep reporting.\n\n")


@pytest.mark.parametrize("heading", ["Enjoying ad-free content?", "A word from our newsroom"])
def test_the_headline_under_a_donation_box_is_the_headline(heading):
    text = f"{heading}\n{DONATION_BOX}{EN_TITLE}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert read_title(article) == EN_TITLE
    assert article.body.startswith("The sides discussed")


def test_a_subheading_between_paragraphs_does_not_end_a_lead():
    text = (f"{EN_TITLE}\n\nOfficials opened the new bridge on Friday after two years of work on the river.\n"
            f"A second crossing\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_a_headline_run_together_with_the_sites_address_and_a_pictures_sizes_is_the_headline():
    sizes = ", ".join(f"https://img.example.org/media/a1b2c3/pic-{w}.webp {w}w" for w in (480, 768, 1280))
    text = f" date 2024-03-05 {RU_TITLE} example.by {sizes}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert read_title(article) == RU_TITLE
    assert article.date.isoformat() == "2024-03-05"


@pytest.mark.parametrize("subhead", ["甲公司、乙集团等5家企业已签约入驻", "乙集团已签约,将入驻"])
def test_a_crosshead_and_subhead_under_a_chinese_headline_are_no_menu(subhead):
    text = (f"{ZH_TITLE}\n前景好\n{subhead}\n汇聚了这么多优势,吸引了各方的目光,新城的魅力究竟如何?\n"
            f"园区开发公司副总经理王明说,前来洽谈的企业一直不断。\n{ZH_STORY}\n")
    assert read_title(parse(text)) == ZH_TITLE
