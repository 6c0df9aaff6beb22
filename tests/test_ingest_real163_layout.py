"""Layout rules from the real163-168 pages: an article run onto one line and closed by its source's label
('… 来源:某报') is still the article, not a credit line; a newspaper's mark that a story goes on from or to
another page ('(上接第一版)', 'Continued from page A1', '(Окончание. Начало на с. 1)') is no headline; a list's
mark before a headline ('• 标题') is not part of it; an official headline closed by its date in brackets
('… (2 ноября 2017 г.)') is a headline, not a sentence. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


# --- an article on one line, closed by its source's label -----------------------------------------

@pytest.mark.parametrize("closing", ["(记者王小明) 来源:某某晨报", "来源：某某日报", "(編輯 李華) 來源:某某時報"])
def test_an_article_on_one_line_closed_by_its_source_is_read(closing):
    text = f"打印本文 关闭窗口 |\n{ZH_TITLE} |\n更新时间:2019/05/14 10:13:53 |\n|\n{ZH_STORY} {ZH_STORY} {closing} |\n"
    article = parse(text)
    assert article is not None and article.language == "zh"
    assert read_title(article) == ZH_TITLE


@pytest.mark.parametrize("story, closing, language", [
    (EN_STORY, "Source: The Valley Courier", "en"),
    (RU_STORY, "Источник: газета «Вечерний город»", "ru"),
])
def test_a_paragraph_closed_by_its_source_is_prose_in_every_language(story, closing, language):
    text = f"{EN_TITLE if language == 'en' else RU_TITLE}\n\n{story} {story} {closing}\n"
    article = parse(text)
    assert article is not None and article.language == language
    assert line_kind(f"{story} {story} {closing}") == "prose"


@pytest.mark.parametrize("line", ["来源:某某晨报", "Source: The Valley Courier", "文章来源:某某网 更新时间:2019/05/14"])
def test_a_source_label_alone_stays_a_credit(line):
    assert line_kind(line) in ("credit", "stamp")


# --- a newspaper's continuation mark -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "(上接第一版)", "（下转2版）", "接上页", "（接上頁）", "(上接A2版)", "續第3版",
    "Continued from page A1", "Continued on Page 3", "(Continued from page 12)",
    "(Окончание. Начало на с. 1)", "Продолжение на стр. 4", "Окончание. Начало в № 12", "(Начало на 1-й стр.)"])
def test_a_continuation_mark_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["上接第一版的合作项目顺利落地", "Continued talks on trade bring results",
                                  "Продолжение переговоров в Минске"])
def test_headlines_about_continuing_stay_headlines(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("mark, story", [
    ("(上接第一版)", ZH_STORY), ("Continued from page A1", EN_STORY), ("(Окончание. Начало на с. 1)", RU_STORY)])
def test_a_continuation_mark_over_the_text_is_no_headline(mark, story):
    text = f"{mark}\n{story}\n\n{story}\n"
    assert read_title(parse(text)) is None


# --- a list's mark before the headline -----------------------------------------------------------

@pytest.mark.parametrize("mark", ["• ", "•", "▪ ", "● "])
@pytest.mark.parametrize("title, stamp, story", [
    (ZH_TITLE, "发布日期:2025-03-10     某某信息网", ZH_STORY),
    (EN_TITLE, "Published: 10.03.2025", EN_STORY),
    (RU_TITLE, "Опубликовано: 10.03.2025", RU_STORY)])
def test_a_list_mark_before_the_headline_is_not_part_of_it(mark, title, stamp, story):
    text = f"{mark}{title}\n  {mark}{stamp}\n {story}\n\n{story}\n"
    assert read_title(parse(text)) == title


# --- an official headline closed by its date in brackets ------------------------------------------

@pytest.mark.parametrize("title", [
    "Интервью Посла Республики в Федеративной Республике газете «Вечерний город» (2 ноября 2017 г.)",
    "Выступление Министра на открытии делового форума регионов (15 марта 2019 года)",
    "Статья Посла в журнале «Новый мост» (12.04.2016)"])
def test_an_official_headline_closed_by_its_date_is_read(title):
    text = f"Размер шрифта:\n\n{title}\n\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == title


def test_a_sentence_closed_by_a_bracketed_year_stays_prose():
    assert line_kind("Завод открыли в прошлом году при поддержке партнёров (данные 2017 г.).") == "prose"


# --- a copy that starts mid-article at one of its section heads --------------------------------------

@pytest.mark.parametrize("first, heads, story", [
    ("一批合作文件", ["工业园区如何扩大？", "“园区+”发展模式", "明年的峰会"], ZH_STORY),
    ("New routes", ["How the park will grow", "A model for the region", "The next summit", "Voices from the park"],
     EN_STORY),
    ("Новые маршруты", ["Как будет расти парк", "Модель для всего региона", "Следующий саммит", "Голоса жителей"],
     RU_STORY),
])
def test_a_first_line_shorter_than_the_section_heads_below_is_one_of_them(first, heads, story):
    sections = "".join(f"{head}\n\n{story}\n\n" for head in heads)
    text = f"{first}\n\n{story}\n\n{story}\n\n{sections}"
    assert read_title(parse(text)) is None


def test_a_headline_longer_than_the_section_heads_below_stays_the_headline():
    heads = ["园区如何扩大", "发展新模式", "明年的峰会"]
    sections = "".join(f"{head}\n\n{ZH_STORY}\n\n" for head in heads)
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{sections}"
    assert read_title(parse(text)) == ZH_TITLE


# --- a picture's alt text and its caption with the credit added -------------------------------------

@pytest.mark.parametrize("title, alt, credit, story", [
    (RU_TITLE, "Молодой учитель рассказывает детям о стране", " / site.by", RU_STORY),
    (EN_TITLE, "A young teacher tells the pupils about the country", " | Photo: Ann Lee", EN_STORY),
    (ZH_TITLE, "年轻教师向学生们介绍这个国家的文化", " 图/某某社", ZH_STORY),
    (EN_TITLE, "A young teacher tells the pupils about the country", " © Some Agency", EN_STORY),
])
def test_an_alt_text_over_its_credited_caption_is_no_headline(title, alt, credit, story):
    text = f"{title}\n\n{alt}\n\n{alt}{credit}\n\n{story} {story}\n\n{story}\n"
    assert read_title(parse(text)) == title


def test_a_headline_over_the_page_title_naming_the_outlet_stays():
    text = f"{ZH_TITLE}\n{ZH_TITLE} | 某某新聞\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


# --- a brief's bracketed headline run into its lead -------------------------------------------------

@pytest.mark.parametrize("head", ["两国争取签订增供粮食协议", "兩國爭取簽訂修建鐵路協議", "中方代表团将访问三国"])
def test_a_bracketed_headline_run_into_its_lead_is_the_headline(head):
    text = f"【{head}】某部副部长20日在吹风会上表示,两国企业正在首都进行有关谈判,争取在访问期间签订相关协议。{ZH_STORY}(记者王明)\n"
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("label", ["本报综合报道", "某某网综合", "新华社北京5日电"])
def test_a_bracketed_credit_opening_the_lead_is_no_headline(label):
    text = f"【{label}】某部副部长20日在吹风会上表示,两国企业正在首都进行有关谈判,争取在访问期间签订相关协议。{ZH_STORY}\n"
    assert read_title(parse(text)) is None
