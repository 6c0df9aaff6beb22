"""Layout rules from the real94-99 pages: a copy cut off in its first paragraph, an editor's
note opening the story, a widget's heading under it. Texts written for the tests."""
from __future__ import annotations

from ingest_support import EN_STORY, line_kind, parse

MENU = "Support our newsroom\nWorld\n"
NUMBERED_TEASERS = "\n".join(
    f"{n}. Another story of the day is listed here with a long teaser about officials and their plans" for n in range(1, 6)
)


def test_a_copy_cut_off_in_its_only_paragraph_is_still_an_article():
    cut = ("The foreign minister discussed by telephone with his Chinese counterpart on 24 February the situation "
           "in the region and on the global map, the ministry's press service re")
    article = parse(f"{MENU}{NUMBERED_TEASERS}\n\n{cut}\n")
    assert article is not None
    assert article.body.strip() == cut
    assert article.title is None or article.title_proposed


def test_a_page_of_menus_and_numbered_teasers_still_has_no_article():
    assert parse(f"{MENU}{NUMBERED_TEASERS}\n") is None


def test_a_page_whose_last_line_is_a_finished_short_sentence_has_no_article_from_it():
    assert parse(f"{MENU}{NUMBERED_TEASERS}\n\nRead more.\n") is None


def test_an_editors_note_under_the_headline_is_the_story_not_a_credit():
    note = ("Editor's Note: The summit next week will offer a new blueprint for relations. In this edition, "
            "our reporter traveled to the capital and sat down with the president to discuss relations "
            "with China and issues of mutual concern in the region.")
    article = parse(f"Exclusive interview with the president of Kazakhstan\n\n{note}\n\nSearch Trends\n")
    assert article.title == "Exclusive interview with the president of Kazakhstan"
    assert article.body.startswith("Editor's Note: The summit")


def test_a_widgets_heading_under_the_story_is_no_signature():
    article = parse(f"Ministers discuss the industrial park\n\n{EN_STORY}\n\n{EN_STORY}\n\nSearch Trends\n")
    assert article.author is None
    article = parse(f"Ministers discuss the industrial park\n\n{EN_STORY}\n\n{EN_STORY}\n\nTrending Now\n")
    assert article.author is None


def test_a_row_of_icon_style_names_is_no_headline():
    text = f"Mon Apr 8 2024\nicon-facebook icon-twitter icon-whatsapp\n\nBISHKEK, Kyrgyzstan: {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title != "icon-facebook icon-twitter icon-whatsapp"
    assert line_kind("icon-facebook icon-twitter icon-whatsapp") == line_kind("fa fa-share") == "chrome"


def test_a_title_case_headline_naming_one_thing_twice_is_no_tag_cloud():
    headline = "National Language Institute of Minsk at City University Opens Branch of National Language Institute"
    article = parse(f"{headline}\n\n[Source] City University [Time] 2019-09-25 14:14:00\n\n{EN_STORY}\n")
    assert article.title == headline


def test_an_empty_byline_with_a_clock_time_is_no_headline():
    article = parse(f"MAIN MENU\n\nWritten by 12:00 am General\n\nWhat did the two presidents discuss in the capital?\n\n{EN_STORY}\n")
    assert article.title == "What did the two presidents discuss in the capital?"


def test_a_row_of_links_naming_the_site_again_and_again_stays_chrome():
    row = "Новая Газета в Телеграм Новая Газета Вконтакте Новая Газета в Одноклассниках Новая Газета на Youtube"
    article = parse(f"{row}\n\nЛидеры двух стран обсудили новый кредит\n\n{'Президент встретился с послом и обсудил сотрудничество в торговле и промышленности. ' * 3}\n")
    assert article.title != row
