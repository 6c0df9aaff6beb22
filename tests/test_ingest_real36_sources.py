"""Source rules learnt from the 36th and 37th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
import pytest

from ingest_support import RU_STORY, ZH_STORY, parse


@pytest.mark.parametrize("masthead, source", [
    ("新華網韓國語 >>기사 본문", "Xinhua"),
    ("人民网俄文版 > 新闻", "People's Daily Online"),
])
def test_a_registered_outlets_language_edition_heading_the_page_is_the_source(masthead, source):
    text = f"{masthead}\n\n通讯:草原上的新工业园\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


def test_an_unregistered_sites_language_edition_heading_the_page_is_no_registered_source():
    text = f"草原学习网英文版 >> 正文\n\n通讯:草原上的新工业园\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_press_digest_items_header_names_its_agency():
    text = f"Товарооборот двух стран вырос на треть\n\nИнтерфакс 12.05.22 Слов: 340\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Interfax"


def test_a_press_digest_header_of_an_unknown_name_is_no_source():
    text = f"Товарооборот двух стран вырос на треть\n\nСтепной вестник 12.05.22 Слов: 340\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_taiwanese_byline_naming_outlet_reporter_and_city_gives_the_outlet():
    text = f"兩國簽署新協議\n\n匯流新聞網記者林小文/台北報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CNEWS"


def test_an_informant_speaking_to_a_registered_agency_in_a_datelined_item_gives_the_agency():
    text = ("MINSK May 12 A state fertiliser trader has signed a supply memorandum with a Chinese buyer, "
            "it said in a statement on Friday.\n\n"
            "The company declined to give volumes. \"It will be a large amount,\" a spokeswoman told Reuters.\n")
    assert parse(text).source == "Reuters"


def test_an_informant_speaking_to_an_agency_without_a_dateline_is_no_source():
    text = ("Fertiliser trader signs a supply memorandum\n\n"
            "A state fertiliser trader has signed a supply memorandum with a Chinese buyer, it said on Friday.\n\n"
            "The company declined to give volumes. \"It will be a large amount,\" a spokeswoman told Reuters.\n")
    assert parse(text).source is None


def test_a_lead_signed_with_a_registered_papers_name_gives_the_paper_when_nothing_else_does():
    text = ("Химический завод посетила делегация из Китая\n\n"
            "Делегация из китайской провинции посетила химический завод. Стороны обсудили поставки удобрений, "
            "сообщает «Гомельская правда».\n\n" + RU_STORY + "\n")
    assert parse(text).source == "Gomelskaya Pravda"


def test_a_lead_signed_with_an_unknown_name_is_no_source():
    # (an unknown name that says it is a paper's, '«Степной вестник»', is read as a last resort: see
    # test_ingest_unregistered_outlets.py)
    text = ("Химический завод посетила делегация из Китая\n\n"
            "Делегация из китайской провинции посетила химический завод. Стороны обсудили поставки удобрений, "
            "сообщает «Степной простор».\n\n" + RU_STORY + "\n")
    assert parse(text).source is None


def test_a_lead_signed_with_a_registered_channel_named_after_its_kind_gives_the_channel():
    text = ("Контейнерные перевозки выросли\n\n"
            "Перевозки контейнеров в Китай заметно выросли. Об этом заявил министр транспорта, передает телеканал «МИР 24».\n\n"
            + RU_STORY + "\n")
    assert parse(text).source == "Mir 24"


def test_a_call_to_follow_the_sites_own_channel_named_in_quotes_gives_the_site():
    text = (f"Министры обсудили сотрудничество\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Подписывайтесь на канал «Газеты.Ru» в Telegram, чтобы первыми узнавать новости.\n")
    assert parse(text).source == "Gazeta.ru"


def test_a_call_to_follow_an_unregistered_channel_is_no_source():
    text = (f"Министры обсудили сотрудничество\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Подписывайтесь на канал «Степной вестник» в Telegram, чтобы первыми узнавать новости.\n")
    assert parse(text).source is None


def test_a_registered_outlet_signing_the_second_paragraph_of_the_lead_is_the_source():
    text = ("Президент посетит Китай\n\n3-4 мая президент посетит Китай.\n\n"
            "О поездке сообщает государственное агентство, пишет Рубрика.\n\n" + RU_STORY + "\n")
    assert parse(text).source == "Rubryka"


def test_a_recalled_earlier_report_of_a_registered_outlet_is_no_source():
    text = ("Президент посетит Китай\n\nПрезидент посетит Китай в мае.\n\n"
            "Ранее соглашение о кредите подписал министр финансов, сообщает «Гомельская правда».\n\n" + RU_STORY + "\n")
    assert parse(text).source is None


def test_a_breadcrumb_ending_in_a_registered_sites_news_section_gives_the_site():
    text = f"/ / Новости PRAVO.BY\n04.07.2018\n\nПринят закон о ратификации соглашения\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Pravo.by"
