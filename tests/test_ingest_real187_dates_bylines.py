"""Date and byline rules from the real187-189 pages: a stamp that opens with its year and a comma ('2025, 26 ноября
15:26'), a Latin template's date with its month put into Chinese ('21:16, 10 10月 2014'), the store marker's time
before the page's next labelled field ('14:12 Источник: …'), a Taiwanese wire's filing code above a reposting site's
source line, tags and share call; a bracketed list of a piece's credits with the writer's first ('(撰稿:X 网络编辑:Y)'),
a broadcaster's '撰稿编辑' (its writer, not an editor), a writer's label after another field's and a semicolon
('文章来源:X;作者:Y') and a translator's credit closing the date line ('2025/09/27 18:13 編譯X／綜合報導').
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse
from despatch.ingest.dates import find_dates

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
TW_TITLE = "某國外長訪問鄰國首都 雙方簽署合作文件"
TW_STORY = "雙方就經貿、交通和能源領域的合作交換了意見,同意在秋季再次會晤,共同審議工業園區項目的進展情況。"


@pytest.mark.parametrize(("stamp", "title", "story", "date", "time"), [
    ("2025, 26 ноября 15:26", RU_TITLE, RU_STORY, "2025-11-26", "15:26"),
    ("2024, 3 марта, 09:05", RU_TITLE, RU_STORY, "2024-03-03", "09:05"),
    ("2023, May 7 14:30", EN_TITLE, EN_STORY, "2023-05-07", "14:30"),
    ("2022, 11 Oct", EN_TITLE, EN_STORY, "2022-10-11", None),
])
def test_a_stamp_opening_with_its_year_and_a_comma_dates_the_page(stamp, title, story, date, time):
    article = parse(f"{title}\n\n{stamp}\n\n{story}\n\n{story}\n")
    assert (str(article.date), article.time) == (date, time)


def test_a_year_and_a_comma_before_a_day_in_prose_is_no_stamp():
    assert all(not f.has_year for f in find_dates("2024, 26 ноября делегация вернулась домой"))


@pytest.mark.parametrize(("stamp", "date", "time"), [
    ("21:16, 10 10月 2014 | GMT +5", "2014-10-10", "21:16"),
    ("08:05, 3 2月 2020", "2020-02-03", "08:05"),
    ("6月 5, 2019 10:40", "2019-06-05", "10:40"),
])
def test_a_latin_template_date_with_its_month_in_chinese_dates_the_page(stamp, date, time):
    article = parse(f"{stamp}\n{ZH_TITLE}\n{ZH_STORY}\n{ZH_STORY}\n")
    assert (str(article.date), article.time) == (date, time)


@pytest.mark.parametrize(("first", "story"), [
    ("14:12 Источник: Информационное агентство", RU_STORY),
    ("09:30 | Source: Some Agency", EN_STORY),
    ("18:45 来源：某某通讯社", ZH_STORY),
])
def test_the_time_after_the_marker_before_a_labelled_field_is_the_pages(first, story):
    article = parse(f" date 2025-08-20 {first}\n\n{story}\n\n{story}\n")
    assert (str(article.date), article.time) == ("2025-08-20", first[:5])


@pytest.mark.parametrize("under", [
    "新聞來源:某某社\n\n新聞關鍵字\n\n加入好友",
    "來源：某某社\n\n標籤 外交 鄰國\n\n分享到臉書\n\n加入好友",
])
def test_a_minguo_filing_code_above_a_reposts_source_line_and_widgets_dates_the_page(under):
    text = f"{TW_TITLE}\n\n{TW_STORY}\n\n{TW_STORY}(譯者:王小明/核稿:李大華)1120515\n\n{under}\n"
    assert str(parse(text).date) == "2023-05-15"


@pytest.mark.parametrize(("credit", "author"), [
    ("(撰稿:王小明 网络编辑:李大华)", "王小明"),
    ("（撰稿人：赵大勇 责任编辑：钱明）", "赵大勇"),
    ("(执笔:孙丽;编辑:周强)", "孙丽"),
])
def test_a_bracketed_credits_list_closing_the_story_gives_its_writer(credit, author):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{credit}\n"
    assert parse(text).author == author


@pytest.mark.parametrize(("credit", "author"), [
    ("撰稿編輯:王小明", "王小明"), ("撰稿编辑：赵大勇", "赵大勇"), ("撰稿記者: 孙丽", "孙丽")])
def test_a_broadcasters_writing_editor_is_the_writer(credit, author):
    text = f"{TW_TITLE}\n\n2023-03-31 18:37\n\n{credit}\n\n{TW_STORY}\n\n{TW_STORY}\n"
    assert parse(text).author == author


def test_an_editors_credit_stays_no_author():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n责任编辑：王小明\n"
    assert parse(text).author is None


@pytest.mark.parametrize(("credit", "author"), [
    ("文章来源:某某新闻网;作者:王小明", "王小明"),
    ("来源：某某日报；作者：赵大勇", "赵大勇"),
    ("来源:某某网｜作者:孙丽", "孙丽"),
])
def test_a_writers_label_after_another_fields_gives_the_writer(credit, author):
    text = f"{ZH_TITLE}\n\n2019年12月05日 10:10:15\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize(("stamp", "author"), [
    ("2025/09/27 18:13 編譯王小明／綜合報導", "王小明"),
    ("2024-05-03 09:20 编译赵大勇/综合报道", "赵大勇"),
    ("2023/01/02 07:05 編譯孫麗／外電報導", "孫麗"),
])
def test_a_translators_credit_closing_the_date_line_gives_the_writer(stamp, author):
    text = f"{TW_TITLE}\n\n{stamp}\n\n{TW_STORY}\n\n{TW_STORY}\n"
    assert parse(text).author == author


@pytest.mark.parametrize(("credit", "title", "story", "city"), [
    ("- AFP, PARIS", EN_TITLE, EN_STORY, "Paris"),
    ("Reuters, London", EN_TITLE, EN_STORY, "London"),
    ("ТАСС / Москва", RU_TITLE, RU_STORY, "Moscow"),
    ("— Синьхуа, Пекин", RU_TITLE, RU_STORY, "Beijing"),
])
def test_an_outlets_credit_with_its_city_above_the_story_is_the_dateline(credit, title, story, city):
    article = parse(f"{title}\n{credit}\n- Aug 26, 2019\n{story}\n{story}\n")
    assert article.dateline == city


def test_an_unregistered_name_and_a_city_is_no_dateline():
    article = parse(f"{EN_TITLE}\nRiver Bridge, London\n- Aug 26, 2019\n{EN_STORY}\n{EN_STORY}\n")
    assert article.dateline is None
