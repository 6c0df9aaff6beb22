"""Layout rules from the real187-189 pages: a headline with the page's date glued to its last letter and a poster's
label after it ('Заголовок27 июня 2025. Разместил: …'), a standfirst glued to the headline that opens with a word of one
letter ('… годаВ Кремле …'), a picture's caption run into its credit with no stop ('… Фото: site.ru/Name, Agency'),
an advertisement's note that the story goes on below it ('廣告 更多內容請繼續往下閱讀'), a box of pushed or trending
stories ('推播熱門報導'), a topic's label over the headline ('邊境難民危機'), and a Chinese caption with its full stop
printed twice. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈 签署合作文件"


@pytest.mark.parametrize("stamp", ["27 июня 2025. Разместил: editor_one |", "3 марта 2024, 10:15 | Автор: редактор",
                                   "5 сентября 2023 г. Размясціў: рэдактар"])
def test_a_date_glued_to_the_headline_with_a_posters_label_is_split_off(stamp):
    text = f"{RU_TITLE}{stamp}\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert read_title(article) == RU_TITLE
    assert article.date is not None


def test_an_english_date_glued_to_the_headline_is_split_off():
    text = f"{EN_TITLE.replace('together', 'againMarch 27, 2025 | Posted by editor')}\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert read_title(article) == "River bridge brings two border towns closer again"
    assert str(article.date) == "2025-03-27"


def test_a_date_in_the_headline_after_a_space_is_the_headlines_own():
    title = "Делегация области прибудет в город 27 июня 2025 года и откроет выставку"
    text = f"{title}\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == title


@pytest.mark.parametrize("deck", ["В Кремле прошло заседание совета союзного государства двух стран",
                                  "К переговорам присоединились министры иностранных дел двух стран",
                                  "«Мы обсудили все вопросы повестки», — сказал глава делегации после встречи"])
def test_a_standfirst_glued_to_the_headline_opening_with_a_short_word_is_cut_off(deck):
    head = "Делегации двух стран встретились впервые в этом году на высшем уровне"
    text = f"{head}{deck}\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("caption", ["Иван Петров и Пётр Иванов Иван Петров и Пётр Иванов Фото: example.ru/Анна Ли, Агентство",
                                     "Иван Петров и Пётр Иванов Фота: пресс-служба облвыканкама",
                                     "Иван Петров и Пётр Иванов Foto: example.by"])
def test_a_caption_run_into_its_credit_with_no_stop_is_no_headline(caption):
    lead = ("Делегация области во главе с губернатором посетила побратимский город, где Иван Петров и Пётр Иванов "
            "провели переговоры и подписали соглашение. " + RU_STORY)
    text = f"Зимняя олимпиада\nВыборы в регионе\n24 февраля 2026 в 15:22\n\n{RU_TITLE}\n\n{caption}\n{lead}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == RU_TITLE


@pytest.mark.parametrize("line", ["廣告 更多內容請繼續往下閱讀", "广告 继续阅读下文", "文章未完 請繼續往下閱讀", "請繼續往下閱讀",
                                  "Advertisement - Scroll to continue", "Story continues below advertisement",
                                  "Реклама Продолжение ниже", "Материал продолжается после рекламы",
                                  "推播熱門報導", "熱門新聞", "即時推播", "开启推送通知", "Trending stories",
                                  "Breaking news alerts", "Популярные новости"])
def test_advertisement_notes_and_pushed_story_boxes_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [ZH_TITLE, "广告业者呼吁继续阅读推广活动延长", "Story of two towns continues to inspire",
                                  "Популярные новости о визите делегации в Минск"])
def test_headlines_near_those_words_are_not_chrome(line):
    assert line_kind(line) != "chrome"


def test_an_advertisement_note_over_a_story_with_no_headline_is_no_headline():
    text = f"發布時間:2023/5/29 09:13\n圖文/Example\n廣告 更多內容請繼續往下閱讀\n{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert read_title(article) is None or article.title_proposed


def test_a_pushed_stories_box_over_the_headline_is_passed_over():
    text = f"跳到主要內容區塊\n推播熱門報導\n\n{ZH_TITLE}\n\n2023-03-31 18:37\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


@pytest.mark.parametrize("label", ["邊境難民危機", "俄乌冲突", "中美貿易戰專題"])
def test_a_topics_label_over_the_headline_is_passed_over(label):
    text = f"{label}\n\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


def test_a_short_headline_over_a_deck_no_longer_stays_the_headline():
    title, deck = "两国签署新协议", "双方同意扩大合作"
    text = f"{title}\n\n{deck}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == title


def test_a_chinese_caption_with_its_stop_printed_twice_is_no_headline():
    caption = "两国领导人在首都会面。"
    text = f"国际新闻\n\n{ZH_TITLE}\n\n{caption} {caption}\n{caption}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE
