"""Page clutter of real news pages (menus run together, breadcrumbs in bullets, donation
buttons, a copy cut short) and where the headline and the author are despite it. Each text is
written for this test; it shows one general pattern."""

from despatch.ingest.lines import is_glued_menu
from ingest_support import parse_page as parse, read_title


PARAGRAPHS = """
The two ministers met in the capital on Monday and discussed trade, transport and education.

They agreed to open a new freight route between the two countries before the end of the year.
"""


# --- the headline -------------------------------------------------------------


def test_a_menu_row_with_its_items_run_together_is_not_the_headline():
    article = parse("""
        NewsEconomyCultureSportIn the worldWeather
        Ministers agree on a new freight route
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_headline_naming_a_brand_or_two_is_no_glued_menu():
    assert is_glued_menu("NewsEconomyCultureSportIn the worldWeather")
    assert not is_glued_menu("WeChat and YouTube open offices in the capital of Examplestan")


def test_a_headline_repeated_as_the_last_step_of_a_bulleted_breadcrumb_is_the_headline():
    article = parse("""
        Harbour park named the fastest growing free zone
          • Home
          • News
          • 2021
          • Harbour park named the fastest growing free zone
        """ + PARAGRAPHS)
    assert read_title(article) == "Harbour park named the fastest growing free zone"


def test_a_donation_button_naming_the_site_by_its_address_is_not_the_headline():
    article = parse("""
        UA / RU
        Поддержать Example.ua

        Министры договорились о новом грузовом маршруте

        Министры двух стран встретились в столице в понедельник и обсудили торговлю, транспорт и образование.

        Они договорились открыть новый грузовой маршрут между странами до конца года.
        """)
    assert read_title(article) == "Министры договорились о новом грузовом маршруте"


def test_a_picture_caption_printed_twice_above_the_breadcrumb_is_not_the_headline():
    article = parse("""
        Address: 5 Garden Street, Oakfield, 220000
        Phone: +375 17 000-00-00
        Town hall in Oakfield
        Town hall in Oakfield
        Main / News / Region
        20 May 2021
        Oakfield trade with its partners up 12% in 2020
        """ + PARAGRAPHS)
    assert read_title(article) == "Oakfield trade with its partners up 12% in 2020"


def test_a_chinese_caption_closing_with_a_photo_agencys_credit_is_not_the_headline():
    article = parse("""
        两国部长商定开通新的货运线路
        2021-05-12 10:00
        两国部长在首都会面后向记者挥手致意(AP)
        两国部长在首都会面后向记者挥手致意(AP)
        两国部长周一在首都会面，讨论了贸易、交通和教育等领域的合作问题。
        双方同意在年底前开通两国之间的一条新的货运线路，并扩大人员往来。
        """)
    assert read_title(article) == "两国部长商定开通新的货运线路"


# --- the author ---------------------------------------------------------------


def test_a_closing_line_cut_short_after_an_article_word_is_no_signature():
    article = parse("""
        Ministers agree on a new freight route
        """ + PARAGRAPHS + """
        The Mini
        """)
    assert article.author is None
