"""Ingest rules drawn from a seventh held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_list_widget_buttons_run_together_are_not_the_title():
    text = f"Trending\n\nSee all Load more\nWorld\n\nTwo presidents agree to widen the rail corridor\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Two presidents agree to widen the rail corridor"


def test_russian_tag_cloud_line_is_not_the_title():
    text = (
        "Иван Петров Мария Сидорова Москва Минск Пекин Торговля Беларусь\n\n"
        f"Три года спустя. Как изменилась торговля двух стран\n\n{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).title == "Три года спустя. Как изменилась торговля двух стран"


def test_tag_line_that_repeats_a_pair_is_not_the_title():
    text = f"Global Trade Harbour City Port Global Trade\n\nPort traffic doubles after new terminal opens\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Port traffic doubles after new terminal opens"


def test_caption_with_bracketed_photo_credit_is_not_the_title():
    text = f"两国外长在首都举行会谈并签署合作文件。(外交部照片)\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title != "两国外长在首都举行会谈并签署合作文件。(外交部照片)"


def test_published_in_line_names_the_source_and_is_not_the_title():
    article = parse(f"Опубликовано в Jamestown Foundation\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.title != "Опубликовано в Jamestown Foundation"
    assert article.source == "The Jamestown Foundation"


def test_lead_sentence_retelling_an_outlet_is_not_the_title():
    lead = "Экспорт зерна в Китай за полгода вырос вдвое. Об этом заявил министр сельского хозяйства, пишет Business Daily"
    article = parse(f"{lead}\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.title != lead


def test_unknown_site_name_with_section_suffix():
    article = parse(f"Торговля выросла вдвое за полгода\n\nИсточник: PortNews.info Новости Азии\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.source == "PortNews.info"


def test_registered_outlets_of_this_set():
    article = parse(f"Two ministers meet in the capital\n\nThe two ministers met in the capital on Friday to discuss trade, UNN reports.\n\n{EN_STORY}\n")
    assert article.source == "UNN"


def test_agency_name_alone_on_the_last_line_is_the_source():
    article = parse(f"Two ministers meet in the capital\n\n{EN_STORY}\n\n{EN_STORY}\n\nBELTA\n")
    assert article.source == "BelTA"
