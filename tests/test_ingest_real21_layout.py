"""Ingest rules for text cleaning, the headline, the byline and the page's chrome drawn from a
twenty-first and twenty-second held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.decode import without_jammer

# --- a forum's anti-copying filler ---------------------------------------------------------


def test_a_forums_filler_runs_are_removed():
    assert without_jammer("代表团抵达首都。4 B\" K7 ~* _# s# r; v- d: Q\n") == "代表团抵达首都。\n"
    assert without_jammer("; q, ~4 v* V! T* 大使表示感谢。") == "大使表示感谢。"


def test_short_words_and_initials_are_no_filler():
    for text in ("I am in a of to be it.", "A. B. Smith and J. R. Jones met.", "1 2 3 4 5 6 7", "U.S. and EU to go on"):
        assert without_jammer(text) == text


def test_a_wire_lead_with_filler_glued_to_it_is_no_headline():
    text = (
        "新华社明斯克5月2日电(记者张明 王华)首批援助物资2日晚运抵明斯克。6 B\" J4 ~* _# s# r; v- d: J\n"
        f"{ZH_STORY}\n; q, ~4 v* V! T* ]{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.title_proposed


# --- pictures' captions ----------------------------------------------------------------------


def test_short_lines_under_pictures_are_captions_not_the_headline():
    text = "![]()\n维和部队\n" f"{ZH_STORY}\n" "![]()\n某某部长\n" f"{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed


def test_a_headline_under_one_picture_stays_the_headline():
    text = "![](https://example.org/top.jpg)\n两国工业园区合作迈上新台阶\n2024年5月1日\n" f"{ZH_STORY}\n"
    assert parse(text).title == "两国工业园区合作迈上新台阶"


# --- a wire's dateline before a feature's headline -------------------------------------------


def test_a_features_headline_after_the_wire_dateline_loses_the_dateline():
    text = "新华社明斯克6月3日电 通讯:让友谊之桥更加坚固——记园区的建设者\n新华社记者张明 王华\n" f"{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title == "让友谊之桥更加坚固——记园区的建设者"
    assert article.dateline == "Minsk"


# --- widget rows and portal links ------------------------------------------------------------


def test_a_row_of_post_buttons_is_chrome():
    text = "Post a Comment Print Share on Facebook\nRiver towns sign a new freight deal\n" f"{EN_STORY}\n{EN_STORY}\n"
    assert parse(text).title == "River towns sign a new freight deal"


def test_a_webmail_login_link_is_chrome():
    text = "Войти в почту\n\nГорода-побратимы подписали план сотрудничества\n\n" f"{RU_STORY}\n"
    assert parse(text).title == "Города-побратимы подписали план сотрудничества"


def test_a_headline_the_article_prints_again_wins_over_a_tag_row():
    text = (
        "Featured Riverton Oldbridge Hilltop Marketplace\n\nWhy the minister is going to the capital\n\n"
        f"{EN_STORY}\n\n- 5 reads.\n\nWhy the minister is going to the capital\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Why the minister is going to the capital"


# --- a Chinese rubric of two section names ---------------------------------------------------


def test_two_section_names_joined_by_a_slash_are_a_label():
    text = "科技/经济\n2026年1月27日 12:52\n\n两国十年合作取得三大成果\n\n" f"{ZH_STORY}\n"
    assert parse(text).title == "两国十年合作取得三大成果"


# --- a Taiwanese paper's byline in tortoise-shell brackets -----------------------------------


def test_a_compiling_editors_credit_in_tortoise_shell_brackets_is_the_byline():
    text = "2025/09/17 10:29\n\n〔編譯王小明／綜合報導〕" f"{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王小明"
    text = "2025/09/17 10:29\n\n〔記者張三／台北報導〕" f"{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "張三"


# --- a headline printed under its one paragraph ----------------------------------------------


def test_a_headline_under_the_one_paragraph_that_restates_it_is_the_headline():
    text = (
        "5 июля, Лида /Корр./. Программу сотрудничества подписали Лидский район и уезд Хэшуй. "
        f"{RU_STORY}\nПрограмму сотрудничества подписали Лидский район и уезд Хэшуй\n"
    )
    article = parse(text)
    assert article.title == "Программу сотрудничества подписали Лидский район и уезд Хэшуй"
    assert article.body.count("уезд Хэшуй") == 1  # the headline is not left as a paragraph


def test_a_line_under_one_paragraph_that_it_does_not_restate_is_no_headline():
    text = f"{RU_STORY}\nНовости региона и области\n"
    assert parse(text).title_proposed
