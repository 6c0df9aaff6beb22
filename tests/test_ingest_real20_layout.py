"""Ingest rules for text cleaning, the headline and the page's chrome drawn from a twentieth
held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, ZH_STORY, parse

from despatch.ingest.decode import without_pinyin_glosses
from despatch.ingest.lines import looks_like_headline

# --- a mirror's pinyin readings after Chinese characters ------------------------------------


def test_pinyin_readings_after_characters_are_removed():
    assert without_pinyin_glosses("來源:環(huán)球網(wǎng)") == "來源:環球網"
    assert without_pinyin_glosses("經(jīng)濟帶") == "經濟帶"
    # a tone written as a combining mark, and full-width brackets
    assert without_pinyin_glosses("經（ji\u0304ng）濟") == "經濟"


def test_a_lost_character_with_its_reading_stays_one_unknown_character():
    # the character and its opening bracket were lost together: '日?qǐng)?bào)'
    assert without_pinyin_glosses("某省日?bào)記者") == "某省日?記者"
    assert without_pinyin_glosses("某省日?qǐng)?bào)記者") == "某省日??記者"


def test_ordinary_brackets_are_kept():
    for text in ("盧卡申科(Lukashenko)表示", "星期一(25日)", "的(de)", "(bào) at the start", "Reuters (bào)", "什麼?ma)"):
        assert without_pinyin_glosses(text) == text


def test_glossed_page_reads_its_source_and_headline_without_readings():
    text = (
        "兩國旅遊合作邁(mài)上新臺階\n"
        "2017年09月26日 09:44:56  來(lái)源:環(huán)球網(wǎng)\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.title == "兩國旅遊合作邁上新臺階"
    assert article.source == "Huanqiu.com"


# --- a lead sentence that lost its sentence end --------------------------------------------


def test_two_chinese_sentences_are_no_headline():
    # the end of the line is a broken copy of a closing tag, so it ends in no full stop
    assert not looks_like_headline("9月3日,部长在会见时表示:“我们愿意帮助。你们有一个可靠的朋友?!?/p>")
    assert looks_like_headline("两国工业园区合作迈上新台阶")


def test_a_lead_without_its_full_stop_is_not_read_as_the_headline():
    text = (
        "9月3日,部长在与代表团会见时公开表示:“只要伙伴需要,我们一定伸出援手。你们在欧洲有一个可靠的朋友?!?/p>\n"
        f"{ZH_STORY}\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.title_proposed


# --- an analytics widget's label -----------------------------------------------------------


def test_analytics_counter_label_is_chrome():
    for label in ("Yandex metrika counter", "<!-- Yandex.Metrika counter -->", "Google Analytics", "Счётчик LiveInternet"):
        text = f" date 2024-07-04 {label}\n\nTen countries sign the new transit agreement\n\n{EN_STORY}\n\n{EN_STORY}\n"
        assert parse(text).title == "Ten countries sign the new transit agreement", label


def test_a_headline_naming_an_analytics_tool_is_kept():
    text = f"Google Analytics shows more visitors from abroad\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Google Analytics shows more visitors from abroad"


# --- a wire's dateline alone on its line ---------------------------------------------------


def test_a_wire_dateline_alone_on_its_line_is_no_headline():
    text = f" date 2025-09-23 快訊\n\n中央社／ 台北23日電\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed
    assert article.title != "中央社／ 台北23日電"
    assert article.dateline == "Taipei"
    assert article.source == "Central News Agency"
