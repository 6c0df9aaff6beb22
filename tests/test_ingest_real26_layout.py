"""Ingest rules for the headline, the page's layout and the byline drawn from the twenty-sixth
and twenty-seventh held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

# --- chrome above the headline -----------------------------------------------------------------


def test_breadcrumb_label_alone_is_not_the_headline():
    text = "You are here\n\nMinsk orchestra plays its first concert in Shanghai\n\n" f"{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Minsk orchestra plays its first concert in Shanghai"


def test_russian_portal_label_alone_is_not_the_headline():
    text = "Вы на портале\n\nМинский оркестр впервые выступил в Шанхае\n\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Минский оркестр впервые выступил в Шанхае"


def test_row_of_social_network_links_is_not_the_headline():
    text = (
        "Ru | Eng\nRSS Вконтакте Twitter Facebook Youtube\n\n"
        "Minsk orchestra plays its first concert in Shanghai\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Minsk orchestra plays its first concert in Shanghai"


def test_short_headline_under_a_masthead_of_a_known_outlet():
    text = "Народные новости Витебска\n\nГрамота «по-китайски»\n\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.title == "Грамота «по-китайски»"
    assert article.source == "Narodnye Novosti Vitebska"


# --- bylines -------------------------------------------------------------------------------------


def test_name_and_paper_under_an_author_label_are_the_byline_not_the_headline():
    text = (
        "Article\n\n12 Mar 2015\n\nAuthor:\nAnna Novak, Wall Street Journal\n\n"
        "Minsk Talks to Chinese Firm About Trams\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.title == "Minsk Talks to Chinese Firm About Trams"
    assert article.author == "Anna Novak"


def test_signature_with_the_agency_and_a_full_stop_closes_the_story():
    text = "Минский завод расширит выпуск тракторов\n\n" f"{RU_STORY}\n\n{RU_STORY}\n\nИван Смирнов, БелаПАН.\n"
    assert parse(text).author == "Иван Смирнов"


def test_reporters_after_the_date_on_a_chinese_date_line():
    text = (
        "白俄罗斯工厂扩大拖拉机生产\n\n2019-05-06 10:12:30 某某新闻Knews记者  王小明  李大海\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).author == "王小明, 李大海"


def test_reporters_after_the_agency_on_a_source_line():
    text = "白俄罗斯工厂扩大拖拉机生产\n\n" f"{ZH_STORY}\n\n{ZH_STORY}\n\n来源:新华社 王小明 李大海\n"
    assert parse(text).author == "王小明, 李大海"


def test_a_city_after_the_agency_on_a_source_line_is_no_reporter():
    text = "白俄罗斯工厂扩大拖拉机生产\n\n" f"{ZH_STORY}\n\n{ZH_STORY}\n\n来源:新华社 北京\n"
    assert parse(text).author is None


def test_writers_after_their_unit_in_brackets_after_the_opener():
    text = (
        "白俄罗斯教育代表团访问我校\n\n"
        f"本网讯(外国语学院 王小明 李大海){ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).author == "王小明, 李大海"


# --- the headline among the head's lines ------------------------------------------------------


def test_portal_named_for_its_audience_is_a_masthead_not_the_headline():
    text = "Белорусский портал в Монголии\n\nМинский завод расширит выпуск тракторов\n\n" f"{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Минский завод расширит выпуск тракторов"


def test_lead_that_opens_with_the_standfirst_and_goes_on_does_not_make_it_the_headline():
    text = (
        "Growing interest in technical degrees\n\n"
        "About 500 students from Henan enrol in Minsk colleges each year\n\n"
        "About 500 students from Henan enrol in Minsk colleges each year, says Anna Novak, the head of "
        "the admissions board, at a meeting of the rectors in Gomel\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Growing interest in technical degrees"


def test_headline_copied_in_a_picture_alt_text_loses_its_tags_and_number():
    line = "白俄罗斯工厂扩大拖拉机生产,中方派专家协助 白俄罗斯 拖拉机 农业 第1张"
    text = f"{line}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "白俄罗斯工厂扩大拖拉机生产,中方派专家协助"
