"""Byline rules from the real139-141 pages: a wire's correspondent in brackets after its dateline
(Russian and English); a site's news tag with its reporter in brackets and a colon; a paper's news tag
with its reporter after '记者' without brackets; a paper's or its app's signature closing the story;
a reporter after the outlet in a stamp's source field; an envoy's signature closing an address; a
byline box of two lines under the deck; reporters in brackets opening the lead. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Sides sign a contract for fertiliser deliveries after a long pause"
RU_TITLE = "Стороны подписали меморандум о строительстве нового газопровода"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("credit, name", [
    ("Пекин, 3 марта (корреспондент Ван Лэй) ", "Ван Лэй"),
    ("MOSCOW, March 3 (Interfax correspondent Anna Novak) - ", "Anna Novak"),
])
def test_a_wires_correspondent_in_brackets_after_its_dateline(credit, name):
    text = f"{RU_TITLE}\n\n{credit}{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == name


@pytest.mark.parametrize("tag", ["某某在线山东频道报道", "某某在线山东频道消息"])
def test_a_sites_news_tag_with_its_reporter_in_brackets_and_a_colon(tag):
    text = f"{ZH_TITLE}\n\n{tag}(王丽):{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王丽"


@pytest.mark.parametrize("credit", ["本报讯 记者周明报道 ", "本报讯 记者 周明 "])
def test_a_papers_news_tag_with_its_reporter_without_brackets(credit):
    text = f"{ZH_TITLE}\n\n{credit}5月8日,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "周明"


@pytest.mark.parametrize("signature", ["某某日报客户端 记者 周明", "某某日报·某某客户端记者 周明"])
def test_a_papers_or_its_apps_signature_closing_the_story(signature):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{signature}\n\n原标题:\n\n{ZH_TITLE}\n"
    assert parse(text).author == "周明"


def test_a_reporter_after_the_outlet_in_a_stamps_source_field():
    text = f"{ZH_TITLE}\n\n2019-05-07 10:11 来源:某某日报网 记者 周明 我要评论\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "周明"


def test_an_envoys_signature_closing_an_address():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n中国驻某某国大使周明\n\n(责编:王丽)\n"
    assert parse(text).author == "周明"


def test_a_caption_of_the_envoy_speaking_is_no_signature():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n中国驻某某国大使周明致辞\n\n(责编:王丽)\n"
    assert parse(text).author is None


def test_a_byline_box_of_two_lines_under_the_deck():
    deck = "Министр: стороны могут расширить поставки уже в этом году"
    text = (f"{RU_TITLE}\n\n{deck}\nАнна Петрова\nАнна Петрова (Старший редактор отдела «Экономика»)\n\n"
            "Фото: Иван Сидоров / Агентство\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).author == "Анна Петрова"


def test_reporters_in_brackets_opening_the_lead():
    text = f"{ZH_TITLE}\n\n(王丽 周明){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王丽, 周明"


@pytest.mark.parametrize("tag", ["综述", "北京", "图文"])
def test_a_tag_or_a_place_in_brackets_opening_the_lead_is_no_writer(tag):
    text = f"{ZH_TITLE}\n\n({tag}){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None
