"""Page clutter of real news pages (menus run together, breadcrumbs in bullets, donation
buttons, a copy cut short) and where the headline and the author are despite it. Each text is
written for this test; it shows one general pattern."""
import textwrap

from despatch.ingest.lines import is_glued_menu

from ingest_support import parse as parse_test_text


def parse(text):
    """An indented text block, read as a page."""
    article = parse_test_text(textwrap.dedent(text).strip() + "\n", "page.txt")
    assert article is not None
    return article


def read_title(article):
    """The headline as read from the text (a proposed one is not read)."""
    return None if article.title_proposed else article.title


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


# --- the author ---------------------------------------------------------------


def test_a_closing_line_cut_short_after_an_article_word_is_no_signature():
    article = parse("""
        Ministers agree on a new freight route
        """ + PARAGRAPHS + """
        The Mini
        """)
    assert article.author is None
