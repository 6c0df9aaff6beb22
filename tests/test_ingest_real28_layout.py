"""Ingest rules for the headline, the page's layout and the byline drawn from the twenty-eighth
and twenty-ninth held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

ZH_MORE = "这家工厂去年开始向邻国出口拖拉机,目前已经有三百多名员工,计划明年再建一条新的生产线。"

# --- lines that are no headline ----------------------------------------------------------------


def test_hard_wrapped_line_opening_in_lower_case_is_no_headline():
    text = (
        "![]()\nВ Минске подписаны соглашения о поставках тракторов и\n"
        "развитии совместных предприятий. Об этом сообщил министр промышленности Иван\n"
        "Смирнов сегодня на встрече с делегацией провинции.\n"
        f"{RU_STORY}\n"
    )
    article = parse(text)
    assert article is None or article.title is None or not article.title.startswith("развитии")


def test_plea_to_follow_a_self_media_account_is_no_headline():
    text = (
        "\n阅读此文前,麻烦您点击一下“关注”按钮,方便您进行讨论和分享,感谢您的支持~\n"
        f"文|小明\n\n{ZH_STORY}\n{ZH_MORE}\n"
    )
    article = parse(text)
    assert article.title is None or "关注" not in article.title
    assert article.author == "小明"


def test_editor_credit_with_a_bar_is_no_headline():
    text = f"\n文|小明\n编辑|小明\n\n{ZH_STORY}\n{ZH_MORE}\n"
    title = parse(text).title
    assert title is None or "编辑" not in title


def test_box_of_a_rubrics_other_stories_above_the_article():
    text = (
        "Другие материалы рубрики «English»\n\n"
        "  1. Farmers in the south expect a record harvest of rye this year\n"
        "    The ministry says the weather has helped the crops.\n"
        "  2. Minsk city council approves a new tram line to the airport\n"
        "    The work is to start next spring, officials said...\n\n\n"
        "Minsk orchestra plays its first concert in Shanghai\n\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Minsk orchestra plays its first concert in Shanghai"


def test_breadcrumb_with_its_headline_cut_short_stands_above_the_headline():
    text = (
        "Home News Minsk orchestra plays its first concert in Shanghai amid...\n\n"
        "Minsk orchestra plays its first concert in Shanghai amid a tour of Asia\n\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).title == "Minsk orchestra plays its first concert in Shanghai amid a tour of Asia"


# --- bylines -------------------------------------------------------------------------------------


def test_caption_cut_short_after_a_name_is_no_signature():
    text = (
        "Минский завод расширит выпуск тракторов\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n\nИван Смирнов. Фот"
    )
    assert parse(text).author is None


def test_name_printed_twice_under_the_headline_is_the_byline():
    text = (
        "Tractor plant in Minsk to double its exports to Asia by next year\n\n"
        "Lydia Chen\n\nLydia Chen\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).author == "Lydia Chen"


def test_writer_presented_by_the_editors_in_the_standfirst():
    text = (
        "Empty roads and big plans: a visit to the industrial park near Minsk\n"
        "Our author Pjotr Sauter is travelling the countries along the new trade routes. "
        "In this post he reports on the park outside the capital.\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).author == "Pjotr Sauter"


def test_reporter_signing_above_the_source_and_editor_lines_and_a_box():
    text = (
        "明斯克拖拉机厂扩大对华出口\n"
        f"{ZH_STORY}\n{ZH_MORE}\n"
        "某某晚报新闻记者 王小明\n来源:某某网-某某晚报\n编辑:李四\n1今日热点\n其他新闻的标题\n"
    )
    assert parse(text).author == "王小明"


def test_a_papers_two_writers_on_their_line_and_run_together_in_the_date_line():
    text = (
        "中白两国教育合作的回顾与展望\n\n2023-05-04 10:20王小明李大海\n\n王小明 李大海\n\n"
        "(某某大学 白俄罗斯研究中心,浙江 杭州 310000)\n\n"
        f"{ZH_STORY}\n\n{ZH_MORE}\n"
    )
    assert parse(text).author == "王小明, 李大海"
