"""Lines that are not a headline, headlines cut free, and credits read whole: a font-size widget, a
site's tagline with its age rating, a feed mirror's browsing links and a 'trending' box, a paper's
founding date and its name over the page; a weekday, date and time printed after the headline, a
rubric glued before it, a second copy that lost its first word, a blog's feed footer naming it,
a share label glued after it, an icon's name; a reporter's place after the slash, a desk glued to the reporter's name, a stamp after the credit, a
contributor's credit, an outlet in quotes and its writer closing a bracket, a contact line, a
reporter's column name, a role after the author label, the office before a name in brackets.
Each text is written for this test; it shows one general pattern."""

import datetime

from ingest_support import parse, read_title, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH
from despatch.ingest.lines import _without_trailing_stamp

HEADLINE_RU = "Министры договорились о новом грузовом маршруте"
HEADLINE_EN = "Ministers agree on a new freight route"
HEADLINE_ZH = "兩國部長同意開通新的貨運線路"


def test_a_font_size_widget_is_not_the_headline():
    article = parse("Размер текста: - o +\n\n" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU


def test_a_sites_tagline_with_its_age_rating_is_not_the_headline():
    article = parse("городское информационное агентство 16+\n\n" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU


def test_a_feed_mirrors_browsing_links_are_not_the_headline_nor_its_trending_box_the_author():
    article = parse("Channel: World – Daily Courier\nViewing all articles\nBrowse latest Browse all 42\n\n"
                    + HEADLINE_EN + "\n" + PAGE_PARAGRAPHS_EN + "\nViewing all articles\n\nTrending Articles\n")
    assert read_title(article) == HEADLINE_EN
    assert article.author is None


def test_a_papers_name_and_founding_date_are_not_the_headline():
    article = parse("The Valley-Courier Newspaper\nRivertown, Ohio  Est. June 2, 1871\n\n" + HEADLINE_EN + "\n\n"
                    "Ministers of the two countries met on Friday, as shown in this handout picture taken in the capital.\n"
                    + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN


def test_a_weekday_date_and_time_after_the_headline_are_no_part_of_it():
    article = parse(HEADLINE_EN + " Friday, May 6, 2022 09:30:00 AM\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN
    assert article.date == datetime.date(2022, 5, 6)


def test_a_weekday_date_and_time_in_russian_after_the_headline_are_no_part_of_it():
    article = parse(HEADLINE_RU + " пятница, 6 мая 2022 09:30\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU
    assert article.date == datetime.date(2022, 5, 6)


def test_a_weekday_and_time_without_a_full_date_stay_in_the_headline():
    headline = "Talks resume Friday, May 6 at 09:30"
    assert _without_trailing_stamp(headline) == [headline]
    assert _without_trailing_stamp(headline.replace(" at", "")) == [headline.replace(" at", "")]


def test_a_rubric_glued_before_the_headline_is_no_part_of_it():
    article = parse("12 марта 2021, 10:15\nЭкономика" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU


def test_the_whole_headline_above_a_copy_that_lost_its_first_word_is_the_headline():
    article = parse("МОСКВА И БАКУ ДОГОВОРИЛИСЬ О НОВОМ МАРШРУТЕ\n\n12 марта 2003\n\n"
                    "И БАКУ ДОГОВОРИЛИСЬ О НОВОМ МАРШРУТЕ\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == "МОСКВА И БАКУ ДОГОВОРИЛИСЬ О НОВОМ МАРШРУТЕ"


def test_a_kicker_before_a_headline_printed_again_stays_out():
    article = parse("Exclusive Ministers agree on a new freight route\n\n" + HEADLINE_EN + "\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN


def test_a_blogs_feed_footer_names_the_headline_the_page_lost():
    article = parse(PAGE_PARAGRAPHS_EN + "\nThe post " + HEADLINE_EN + " appeared first on Daily Courier.\n")
    assert read_title(article) == HEADLINE_EN


def test_the_place_after_the_reporters_slash_is_not_another_name():
    article = parse(HEADLINE_ZH + "\n【某某新聞網/記者王麗華/臺中報導】\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "王麗華"


def test_a_reporters_credit_with_the_pages_stamp_after_it_is_read():
    article = parse(HEADLINE_ZH + "\n記者王麗華/臺中報導 2019-04-02 10:15\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "王麗華"


def test_a_desk_glued_to_its_reporters_name_is_no_part_of_it():
    article = parse(HEADLINE_ZH + "\n社會中心林美玲/綜合報導-2022-03-01 09:12:30\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "林美玲"


def test_a_contributors_credit_is_the_author():
    article = parse(HEADLINE_ZH + "\n特約撰稿 林美玲\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author == "林美玲"


def test_an_outlet_in_quotes_and_its_writer_closing_a_bracket_name_the_author():
    article = parse(HEADLINE_RU + "\n5 апреля 2015, 11:20 [«Вечерний курьер», Павел Соколов ]\n" + PAGE_PARAGRAPHS_RU)
    assert article.author == "Павел Соколов"


def test_a_contact_line_under_the_story_names_its_reporter():
    article = parse(HEADLINE_EN + "\n" + PAGE_PARAGRAPHS_EN + "\nContact reporter Anna Lee (anna@courier.test) and editor Tom Hill\n")
    assert article.author == "Anna Lee"


def test_a_reporters_column_name_is_not_a_name():
    article = parse("两国部长同意开通新的货运线路\n记者传真\n" + PAGE_PARAGRAPHS_ZH)
    assert article.author is None


def test_a_reporters_role_after_the_author_label_is_no_part_of_the_name():
    article = parse("两国部长同意开通新的货运线路\n" + PAGE_PARAGRAPHS_ZH + "作者:本报记者 王丽华 《某某日报》\n")
    assert article.author == "王丽华"


def test_the_office_that_sent_the_story_in_stands_before_the_name_in_brackets():
    article = parse("两国部长同意开通新的货运线路\n" + PAGE_PARAGRAPHS_ZH.rstrip() + "(某某市外事办 李明)\n")
    assert article.author == "李明"


def test_a_share_label_glued_after_the_headline_is_no_part_of_it():
    article = parse("首頁 -> 新聞\n" + HEADLINE_ZH + "分享到:\n" + PAGE_PARAGRAPHS_ZH + "|\n視頻更 多\n其他新聞的標題在這裡\n")
    assert read_title(article) == HEADLINE_ZH


def test_an_icons_name_is_not_the_outlet():
    article = parse("Arrow-right Camera\nThe Valley-Courier Newspaper\n\n" + HEADLINE_EN + "\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN
    assert article.source != "Arrow-right Camera"
