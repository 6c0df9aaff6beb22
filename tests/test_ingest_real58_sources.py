"""Source rules learnt from the 58th to 61st sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_a_paper_credited_with_its_own_site_is_the_paper_whichever_comes_last():
    reg = registry()
    assert canonical_source("環球時報-環球網", reg, known_only=True) == "Global Times"
    assert canonical_source("华商网-华商报", reg, known_only=True) == "Huashang Daily"
    assert canonical_source("人民网-人民日报", reg, known_only=True) == "People's Daily"
    assert canonical_source("环球网", reg, known_only=True) == "Huanqiu.com"


def test_a_site_signing_its_lead_with_its_domain_in_capitals():
    text = (f"Лидеры обсудили транзит\n\nВ столице прошли переговоры о грузовом транзите через степь, "
            f"передает CARAVAN.KZ.\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Caravan.kz"


def test_a_city_then_the_outlet_in_quotes_opens_the_lead():
    text = f"Лидеры обсудили транзит\n\nБишкек, \"24.kg\". Стороны подписали ряд документов.\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "24.kg"
    text = f"Лидеры обсудили транзит\n\nБишкек, \"Степной вестник\". Стороны подписали ряд документов.\n\n{RU_STORY}\n"
    assert parse(text).source is None  # an unregistered name stays unread


def test_a_sentence_opening_on_the_outlets_own_correspondent():
    text = (f"Министры встретились в столице\n\nВ столице прошло заседание министров. Как сообщает "
            f"московский корреспондент Kazinform, стороны обсудили транзит.\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Kazinform"


def test_a_chinese_news_opener_with_the_programme_in_brackets():
    text = f"总理会见记者\n\n央视网消息(晚间新闻):随后,总理同各国领导人共同会见记者。\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CCTV"


def test_a_staff_byline_of_a_paper_without_its_article():
    text = f"Steppe leaders sign trade deal\n\nBy Hindu Staff\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "The Hindu"
