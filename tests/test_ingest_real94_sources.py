"""Source rules learnt from the 94th to 99th sets of real pages: words of a page's chrome over
the headline are no outlet's masthead (a menu button 'Меню', a country edition's label
'Кыргызстан'), and a headline that quotes someone names the speaker after a comma and a dash,
not the site (texts written for these tests, not copied). Each test states one general rule
with made-up wording."""
from ingest_support import RU_STORY, parse


def test_a_menu_button_over_a_currency_ticker_is_no_masthead():
    text = (f"Меню\n  • $ 98.10 -0.20\n  • 101.40\n  • ¥ 13.50 -0.10\n\n"
            f"Стороны отметили рост товарооборота между странами\n\nВстреча делегаций в столице. Фото: mfa.gov.by\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_a_country_editions_label_over_the_weather_is_no_masthead():
    text = (f"Кыргызстан\n+18°\nСегодня:\nНовостиПолитика3 мая 2019 9:10\n\n"
            f"Очередное заседание совета пройдет в столице\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_a_headlines_quoted_speaker_after_a_comma_and_dash_is_not_the_site():
    headline = "Переговоры в Астане стали «сигналом доверия», - МИД КНР"
    text = (f"Главная\n×\n\n{headline}\n\nКаналСтепь\n04.05.2016г. в 12:00\n\n{headline}\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source != "Ministry of Foreign Affairs of the People's Republic of China"


def test_a_page_title_with_its_site_after_a_plain_dash_still_names_it():
    text = f"Стороны подписали соглашение о торговле - БелТА\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "BelTA"
