"""Layout rules from the real221-226 pages (official sites, business news): an official site's masthead over
the headline that a stamp follows; an alt text in small letters alone over the story; a headline naming the
same office twice is no tag cloud; a release's label and a reading-time widget over the headline; a column's
name or the page's date run onto the headline's line; a share widget's 'to a friend' prompt and a menu's
constitution item are chrome. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title


@pytest.mark.parametrize("masthead", [
    "- Government of Northland",
    "Ministry for Foreign Affairs",
    "Embassy of the Republic of Northland in Southland",
    "Правительство Республики Северия",
])
@pytest.mark.parametrize("headline", [
    "Announcement: Prime Minister Ann Vale meets the newly appointed Ambassador of Southland",
    "Press release: Foreign Minister Tom Reed receives a trade delegation from the coast",
])
def test_an_official_sites_masthead_over_a_stamped_headline_is_no_headline(masthead, headline):
    text = (f"{masthead}\nArchive\n{headline}\nPublished on: May 26, 2004 • 10:48 PM\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("fragment", ["informal visit Lithuania", "neformala vizite", "визит в Минск", "visite officielle"])
def test_a_line_opening_with_a_small_letter_is_no_headline(fragment):
    article = parse(f"{fragment}\n\nOn 3 March the ministers of the two countries met. {EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(article) != fragment


def test_a_brand_in_small_letters_with_a_capital_inside_still_heads():
    article = parse(f"iPhone makers open a plant near the capital\n\nMarch 3, 2024\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(article) == "iPhone makers open a plant near the capital"


@pytest.mark.parametrize("headline", [
    "Prime Minister Ann Vale congratulates Southland Prime Minister Tom Reed on his appointment",
    "Foreign Minister Vale thanks Foreign Minister Reed for her support",
    "President Vale and President Reed discuss a corridor over their border",
])
def test_a_headline_naming_one_office_twice_is_no_tag_cloud(headline):
    assert line_kind(headline) != "chrome"


def test_a_row_of_tags_naming_a_person_twice_stays_chrome():
    assert line_kind("Ann Vale Northland politics trade Ann Vale") == "chrome"


@pytest.mark.parametrize("label,headline,story", [
    ("Сообщение пресс-службы Министерства иностранных дел Республики Северия",
     "По итогам поездки делегации в соседнюю республику", RU_STORY),
    ("Информационное сообщение пресс-центра Правительства Северии", "О работе межправительственной комиссии", RU_STORY),
    ("Press release of the Press Office of the Ministry of Foreign Affairs", "Delegation returns from the coast", EN_STORY),
])
def test_a_releases_label_over_the_headline_is_no_headline(label, headline, story):
    assert read_title(parse(f"{label}\n\n{headline}\n\n{story}\n\n{story}\n")) == headline


@pytest.mark.parametrize("widget", [
    "Примерное время чтения: меньше минуты",
    "Время чтения: полминуты",
    "Reading time: less than a minute",
    "阅读时长：不到一分钟",
    "Час читання: менше хвилини",
])
def test_a_reading_time_in_words_is_chrome(widget):
    assert line_kind(widget) == "chrome"


@pytest.mark.parametrize("line", ["Время чтения в школе влияет на успеваемость детей",
                                  "Reading time is rising among teenagers, a study says"])
def test_a_headline_about_reading_time_is_no_widget(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("suffix", ["|“两国共发展 合作向未来”专栏", "｜《开放之窗》系列报道之三", " | 专题:边境贸易"])
def test_a_columns_name_after_a_bar_ends_no_headline(suffix):
    text = f"当前位置 >> 本地新闻\n\n边境口岸货运量再创新高{suffix}\n\n发布时间:2025-06-13 11:32:29\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == "边境口岸货运量再创新高"


@pytest.mark.parametrize("stamp", ["08.07.2025", "2025-07-08", "2025年7月8日"])
def test_the_pages_date_run_onto_the_headlines_line_is_the_stamps(stamp):
    headline = "Северия планирует отправлять соседям ежедневно по девять поездов с зерном"
    lead = "Северная железная дорога обязалась перевезти пять миллионов тонн зерна к соседям, сообщает агентство «Пример». "
    text = (f"Зерно в мире - ПримерЗерно\n\nЗерно в мире\n\n{headline} {stamp}\n\n{headline}\n\n"
            f"{lead}{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("prompt", ["Suggest To A Friend", "Recommend this article to a friend", "Порекомендовать другу",
                                    "推荐给朋友", "Надіслати другу"])
def test_a_to_a_friend_prompt_is_no_writer(prompt):
    article = parse(f"Ministers discuss a freight corridor\n\nMarch 3, 2024\n\n{EN_STORY}\n\n{EN_STORY}\n\n{prompt}\n")
    assert article.author is None


@pytest.mark.parametrize("item", ["Конституция", "Constitution", "宪法", "Канстытуцыя"])
def test_a_menus_constitution_item_is_chrome(item):
    assert line_kind(item) == "chrome"


@pytest.mark.parametrize("headline", [
    "Президент Северии направился с официальным визитом в соседнюю республику",
    "Правительство одобрило новую программу развития портов",
    "Посольство Северии открыло визовый центр в портовом городе",
])
def test_a_headline_opening_with_a_public_body_is_no_masthead(headline):
    text = (f"{headline}\n\nИсточник материала: Пример\n\n01.05.2007 18:16 — Новости Общества\n\n"
            f"1 мая, Северск. {RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == headline


def test_a_small_label_glued_before_a_capitalised_headline_is_not_an_alt_text():
    article = parse(f"новость Посол Северии вызван в министерство соседней страны\n\n3 марта 2024\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(article) is not None
