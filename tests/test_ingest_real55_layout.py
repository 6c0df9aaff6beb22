"""Headlines and bylines among a page's widgets: a headline with its full stop printed twice under
a date line, a share list with one network a line and a button's label garbled by a wrong code
page under a signature. Each text is written for this test; it shows one general pattern."""

from ingest_support import (
    line_kind as kind,
    parse_page as parse,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
)


def test_a_headline_with_its_stop_printed_twice_under_a_date_line_is_the_headline():
    article = parse("""
        Today: Monday, 12 March 2024 year

        Minister called the neighbours a reliable partner.

        Minister called the neighbours a reliable partner.

        At a forum in Geneva, the foreign minister spoke with his counterpart and called the neighbours a reliable partner in trade.
        """ + PARAGRAPHS_EN)
    assert article.title.rstrip(".") == "Minister called the neighbours a reliable partner"


def test_a_share_list_with_one_network_a_line_is_chrome():
    assert kind("- ВКонтакте") == "chrome"
    assert kind("• Telegram") == "chrome"
    assert kind("Сергей Рябинин") != "chrome"


def test_a_label_garbled_by_a_wrong_code_page_is_chrome():
    assert kind("- РћРТвЂВ") == "chrome"
    assert kind("РџСЂРёРІРµС‚") == "chrome"
    assert kind("Россия") != "chrome"


def test_a_signature_over_a_share_list_is_the_writer():
    article = parse("""
        Делегация соседней области посетила праздничный город
        Гости из соседней области с торжественным визитом посетили город в связи с его юбилеем, сообщает пресс-служба администрации.
        Фото: © example.ru
        Глава города подписал с представителями делегации дорожную карту на следующий год о взаимодействии в сферах экономики и культуры.
        Иван Петренков
        - ВКонтакте
        - Одноклассники
        - РћРТвЂВ
        """)
    assert article.author == "Иван Петренков"
