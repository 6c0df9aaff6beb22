"""Byline rules from the real181-186 pages: a line made only of social networks' names, a breadcrumb's or a
menu's words, or a Chinese report's kind ('现场') is no byline; a Chinese or Korean surname 'An' is no article,
and a byline's label is never part of a name; a wire's dispatch day in Chinese numerals ('莫斯科一日專電'); a writer's
name with her own e-mail address; a writer's name with her outlet after a comma under the headline; the other
labels a writer's credit is printed under ('Reporter:', 'Подготовила:', '撰稿:'). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _page(title: str, line: str, story: str) -> str:
    return f"{title}\n\n{line}\n\n{story}\n\n{story}\n"


@pytest.mark.parametrize("title, line, story", [
    (RU_TITLE, "Twitter Instagram", RU_STORY),
    (RU_TITLE, "ВКонтакте Telegram", RU_STORY),
    (EN_TITLE, "Facebook WhatsApp", EN_STORY),
    (EN_TITLE, "Weibo WeChat", EN_STORY),
    (EN_TITLE, "Twitter Telegram", EN_STORY),
    (EN_TITLE, "Home Commentary", EN_STORY),
    (RU_TITLE, "Главная Мнения", RU_STORY),
    (RU_TITLE, "Главная Аналитика", RU_STORY),
    (EN_TITLE, "Home Columnists", EN_STORY),
])
def test_network_and_breadcrumb_words_over_the_headline_are_no_byline(title, line, story):
    assert parse(f"{line}\n\n{title}\n\n{story}\n\n{story}\n").author is None


@pytest.mark.parametrize("credit", ["记者现场报道", "本报记者前方报道", "記者現場報導", "记者一线直击"])
def test_a_report_kind_in_the_reporters_slot_is_no_name(credit):
    assert parse(_page(ZH_TITLE, credit, ZH_STORY)).author is None


@pytest.mark.parametrize("credit, author", [
    ("By An Baijie in Dhaka and Zhang Yunbi in Beijing (Daily Courier)", "An Baijie, Zhang Yunbi"),
    ("By An Gang and Li Wen in Nairobi", "An Gang, Li Wen"),
    ("By An Jung-geun", "An Jung-geun"),
])
def test_the_surname_an_is_no_article(credit, author):
    assert parse(_page(EN_TITLE, credit, EN_STORY)).author == author


def test_an_article_before_a_word_is_still_no_name():
    assert parse(_page(EN_TITLE, "By An Official", EN_STORY)).author is None


def test_a_bylines_label_is_no_part_of_a_bare_name():
    from ingest_support import registry
    from despatch.ingest.bylines import person_names
    assert person_names("By Kelo Marsh", registry()) is None
    assert person_names("Автор Алина Ветрова", registry()) is None


@pytest.mark.parametrize("credit, author", [
    ("（中央社記者張弘光莫斯科一日專電）", "張弘光"),
    ("（中央社记者王小明莫斯科二十一日专电）", "王小明"),
    ("(某某社記者李文華台北十二月卅日電)", "李文華"),
])
def test_a_dispatch_day_in_chinese_numerals_keeps_the_reporter(credit, author):
    assert parse(f"{ZH_TITLE}\n\n2007-01-01\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n").author == author


@pytest.mark.parametrize("line, author", [
    ("齐倩邮箱:qiqian@example.cn", "齐倩"),
    ("王小明 邮箱：wangxiaoming@example.cn", "王小明"),
    ("李文華 郵箱: liwenhua@example.com.tw", "李文華"),
])
def test_a_chinese_writers_name_with_her_own_address(line, author):
    assert parse(_page(ZH_TITLE, line, ZH_STORY)).author == author


@pytest.mark.parametrize("line", ["李华 郵箱: news@example.cn", "王明 邮箱:editor@example.cn"])
def test_a_newsrooms_address_beside_a_name_is_no_credit(line):
    assert parse(_page(ZH_TITLE, line, ZH_STORY)).author is None


@pytest.mark.parametrize("line, title, story, author", [
    ("Kelo Marsh, email: kelo.marsh@example.com", EN_TITLE, EN_STORY, "Kelo Marsh"),
    ("Алина Ветрова, e-mail: avetrova@example.ru", RU_TITLE, RU_STORY, "Алина Ветрова"),
])
def test_a_latin_or_cyrillic_writer_with_her_own_address(line, title, story, author):
    assert parse(_page(title, line, story)).author == author


@pytest.mark.parametrize("line, title, story, author", [
    ("Rawan Tahir, Al Arabiya English", EN_TITLE, EN_STORY, "Rawan Tahir"),
    ("Алина Ветрова, РИА Новости", RU_TITLE, RU_STORY, "Алина Ветрова"),
    ("Kelo Marsh, The Associated Press", EN_TITLE, EN_STORY, "Kelo Marsh"),
])
def test_a_writer_with_her_outlet_after_a_comma_under_the_headline(line, title, story, author):
    assert parse(_page(title, line, story)).author == author


def test_a_writer_with_a_place_after_a_comma_under_the_headline_is_still_no_byline():
    assert parse(_page(EN_TITLE, "Kelo Marsh, Seaside Village", EN_STORY)).author is None


@pytest.mark.parametrize("line, title, story, author", [
    ("From Whom: Kelo Marsh", EN_TITLE, EN_STORY, "Kelo Marsh"),
    ("Correspondent: Kelo Marsh", EN_TITLE, EN_STORY, "Kelo Marsh"),
    ("Подготовила: Алина Ветрова", RU_TITLE, RU_STORY, "Алина Ветрова"),
    ("Обозреватель: Алина Ветрова", RU_TITLE, RU_STORY, "Алина Ветрова"),
    ("撰稿：王小明", ZH_TITLE, ZH_STORY, "王小明"),
])
def test_other_labels_of_a_writers_credit(line, title, story, author):
    assert parse(_page(title, line, story)).author == author


def test_an_outlet_under_a_writers_label_is_no_author():
    assert parse(_page(EN_TITLE, "Correspondent: Associated Press", EN_STORY)).author is None
