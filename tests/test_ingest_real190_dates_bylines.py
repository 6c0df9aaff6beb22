"""Date, dateline and byline rules from the real190-193 pages: a list of the site's other stories, each with its
stamp, under a copy that opens with its text ('02.09.2025 - 14:25' / headline / …), dates nothing; a head info bar
of a credit's label and name, the complete day and the bar's next label ('编辑:某某港 2025-11-28 阅读量:…') dates
the page; a wire's Chinese dateline credited after a slash as a digest of foreign wires ('中央社／ 某城13日綜合外電
報導'), with agency, city and day each between slashes ('某通社/努尔-苏丹/5月27日 --'), or with the day in Chinese
numerals and no month ('中新社香港二十六日電'); a writer's signature under the story with the credit for its pictures
after it ('Анна Петрова, фото Ивана Смирнова, site.by'): the writer is the author, the photographer is not.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

RU_TITLE = "Делегация области посетила побратимский город"
EN_TITLE = "River bridge brings two border towns closer together"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
TW_STORY = "雙方就經貿、交通和能源領域的合作交換了意見,同意在秋季再次會晤,共同審議工業園區項目的進展情況。"


# --- a list of other stories' stamps under a copy that opens with its text -------------------------------------

@pytest.mark.parametrize(("stamps", "separator"), [
    (("02.09.2025 - 14:25", "02.09.2025 - 14:20", "01.09.2025 - 08:55"), "stamp first"),
    (("12.03.2024 10:05", "11.03.2024 18:40"), "stamp first"),
    (("2023-05-07 14:30", "2023-05-06 09:10", "2023-05-05 11:00"), "headline first"),
])
def test_a_list_of_other_stories_stamps_under_a_headless_copy_dates_nothing(stamps, separator):
    headlines = ["Фестиваль ремесел прошел в районном центре", "Театр кукол приглашает на премьеру сезона",
                 "Юные спортсмены района привезли медали с турнира"]
    rows = [line for stamp, headline in zip(stamps, headlines)
            for line in ((stamp, headline) if separator == "stamp first" else (headline, stamp))]
    listing = "\n".join(rows)
    article = parse(f"{RU_STORY} {RU_STORY} {RU_STORY}\nОльга Седова, фото Петра Лунина, novosti-rayona.by\n"
                    f"При использовании материалов ссылка на сайт обязательна\n{listing}\n")
    assert article.date is None


def test_one_stamp_under_a_headless_copy_still_dates_it():
    article = parse(f"{RU_STORY} {RU_STORY} {RU_STORY}\nОльга Седова\n02.09.2025 - 14:25\n")
    assert str(article.date) == "2025-09-02"


# --- a head info bar: a credit, the day, the bar's next label -----------------------------------------------------

@pytest.mark.parametrize(("bar", "title", "story", "date"), [
    ("编辑:某某信息港 2025-11-28 阅读量:载入中…", ZH_TITLE, ZH_STORY, "2025-11-28"),
    ("来源:某某新闻网 2024年3月5日 浏览次数:", ZH_TITLE, ZH_STORY, "2024-03-05"),
    ("Источник: Районка 28.11.2025 Просмотров: 15", RU_TITLE, RU_STORY, "2025-11-28"),
    ("Editor: Harbourview 2023-06-01 | Views: 12", EN_TITLE, EN_STORY, "2023-06-01"),
])
def test_an_info_bars_credit_and_day_date_the_page(bar, title, story, date):
    article = parse(f"{title}\n\n{bar}\n字体大小:\n\n{story}\n\n{story}\n")
    assert str(article.date) == date


def test_a_credit_followed_by_a_day_inside_a_sentence_is_no_info_bar():
    article = parse(f"{ZH_TITLE}\n\n{ZH_STORY}来源:某某网 2024-03-05 的报道称,双方已签署协议。\n\n{ZH_STORY}\n")
    assert article.date is None


# --- Chinese wire datelines ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "city"), [
    ("中央社／ 維爾紐斯13日綜合外電報導", "Vilnius"),
    ("中央社/ 莫斯科5日綜合外電報導", "Moscow"),
    ("某某社／明斯克3月8日综合外电报道", "Minsk"),
])
def test_a_wire_digest_credited_after_a_slash_gives_its_city(lead, city):
    article = parse(f"某國釋放多名囚犯 含知名人士\n\n{lead}\n\n{TW_STORY}\n\n{TW_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize(("lead", "city"), [
    ("哈通社/努尔-苏丹/5月27日 -- ", "Nur-Sultan"),
    ("哈通社/阿斯塔纳/6月3日 — ", "Astana"),
    ("哈通社／努爾-蘇丹／11月2日 -- ", "Nur-Sultan"),
])
def test_agency_city_and_day_between_slashes_give_the_city(lead, city):
    article = parse(f"2019 年 5月 27 日 星期一 20:47\n{lead}{ZH_STORY}{ZH_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize(("lead", "city"), [
    ("中新社香港二十六日電 ", "Hong Kong"),
    ("【新華社北京八日電】", "Beijing"),
    ("中新社莫斯科廿五日電 ", "Moscow"),
])
def test_a_wire_day_in_chinese_numerals_without_its_month_gives_the_city(lead, city):
    article = parse(f"某國警告鄰國不要採取不友好行動\n{lead}{TW_STORY}\n{TW_STORY}\n")
    assert article.dateline == city


@pytest.mark.parametrize("lead", ["香港今日天氣晴朗二十六日電視台將直播", "某某社二十六日電"])
def test_numerals_without_a_known_city_make_no_dateline(lead):
    article = parse(f"某國警告鄰國不要採取不友好行動\n{lead}{TW_STORY}\n{TW_STORY}\n")
    assert article.dateline is None


# --- a writer's signature with the pictures' credit after it ------------------------------------------------------

@pytest.mark.parametrize(("signature", "author"), [
    ("Ольга Седова, фото Петра Лунина, novosti-rayona.by", "Ольга Седова"),
    ("Ольга Седова. Фото: Петр Лунин", "Ольга Седова"),
    ("Ганна Пятрова / фота Івана Смірнова", "Ганна Пятрова"),
    ("Ольга Седова, видео Петра Лунина, site.ru", "Ольга Седова"),
])
def test_the_writer_signing_with_a_picture_credit_is_the_author(signature, author):
    article = parse(f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n{signature}\n")
    assert article.author == author


@pytest.mark.parametrize("signature", ["Anna Novak; photos by Ian Lee", "Text: Anna Novak, photos: Ian Lee",
                                       "Words: Anna Novak; pictures: Ian Lee, riverside-herald.com"])
def test_the_writer_signing_an_english_story_with_a_picture_credit_is_the_author(signature):
    article = parse(f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\n{signature}\n")
    assert article.author == "Anna Novak"


def test_the_signature_under_a_headless_copy_with_a_listing_below_is_the_author():
    article = parse(f"{RU_STORY} {RU_STORY} {RU_STORY}\nОльга Седова, фото Петра Лунина, novosti-rayona.by\n"
                    f"При использовании материалов ссылка на сайт обязательна\n02.09.2025 - 14:25\n"
                    f"Театр кукол приглашает на премьеру сезона\n01.09.2025 - 10:10\nФестиваль ремесел прошел в районе\n")
    assert article.author == "Ольга Седова"


def test_a_caption_of_a_person_the_story_names_is_no_signature():
    story = "Петр Лунин рассказал о планах района на осень. " + RU_STORY
    article = parse(f"{RU_TITLE}\n\n{story}\n\n{RU_STORY}\n\nПетр Лунин, фото Ольги Седовой\n")
    assert article.author is None
