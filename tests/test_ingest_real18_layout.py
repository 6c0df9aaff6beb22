"""Ingest rules for the headline, the page's chrome and the byline drawn from an eighteenth and
a nineteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import RU_STORY, ZH_STORY, parse

# --- a prompt to bookmark the page -------------------------------------------------------


def test_bookmark_prompt_over_a_chinese_headline_is_chrome():
    # a sentence of its own, it would otherwise be taken for the article's first paragraph
    text = (
        "示例网\n\n"
        "设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯,方便快捷。\n"
        "军事APP\n"
        "当前位置:新闻 > 国际新闻 >\n\n"
        "两国工业园区合作迈上新台阶\n\n"
        "两国工业园区合作迈上新台阶\n"
        "2021-03-02 10:15:00 新华网\n\n"
        "新华社明斯克3月2日电 两国工业园区合作迈上新台阶\n\n"
        "新华社记者王明 李华\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.title == "两国工业园区合作迈上新台阶"
    assert not article.title_proposed
    assert article.date.isoformat() == "2021-03-02"


def test_bookmark_prompts_in_english_and_russian_are_chrome():
    text = "Press Ctrl+D to bookmark this page\nДобавить в закладки\n\nЗавод выпустит новые тракторы для партнёров\n\n" + RU_STORY + "\n"
    assert parse(text).title == "Завод выпустит новые тракторы для партнёров"


# --- a blog platform's labels around a post --------------------------------------------


BLOG_PAGE = (
    "某医生话吧\n\n"
    "谈健康、谈生活、谈人生 – 听某医生怎么说\n"
    "个人资料\n"
    "某医生话吧 (热门博主)\n"
    "  • 博客访问:\n"
    "正文\n\n"
    "怎样看两国的联合演习\n\n"
    "(2022-05-06 09:30:00) 下一个\n\n"
    f"{ZH_STORY}\n\n{ZH_STORY}\n"
)


def test_blog_post_headline_is_under_the_body_label_not_the_tagline():
    assert parse(BLOG_PAGE).title == "怎样看两国的联合演习"


def test_blog_name_with_the_platforms_blogger_label_is_the_author():
    assert parse(BLOG_PAGE).author == "某医生话吧"


# --- a feature's headline printed again after the wire's dateline ----------------------


def test_headline_printed_again_after_the_wire_dateline_beats_a_spam_line_above():
    text = (
        "某某在线观看免费,某某福利精品,某某久久久,某某视频大全\n\n"
        "通讯:工业园区里的建设者们\n"
        "2020-04-17 17:42:10 来源: 新华网\n"
        "关注新华网\n微博\nQzone\n评论\n图集\n\n"
        "新华社明斯克4月17日电 通讯:工业园区里的建设者们\n\n"
        "新华社记者王明 李华\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).title == "通讯:工业园区里的建设者们"


# --- credits --------------------------------------------------------------------------


def test_words_and_pictures_credit_in_brackets_after_a_sites_opener_names_the_author():
    text = f"某某网讯(图文: 张明)2021年5月28日,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "张明"


def test_photographers_credit_in_brackets_is_no_author():
    text = f"某某网讯(图: 张明)2021年5月28日,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_country_and_rubric_before_a_date_line_are_no_byline():
    text = (
        "Завод выпустит новые тракторы для партнёров\n\n"
        "Беларусь Материалы 4 мая 2018 17:14 (UTC +04:00)\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).author is None


# --- a note on the writer under an opinion piece -----------------------------------------


EN_OPINION = (
    "Why a landlocked country looks east for trade\n"
    "In 2016 the two capitals agreed a strategic partnership, and trade has grown every year since then.\n"
    "For the smaller country, the eastern markets matter most for its export-oriented economy and its plants.\n"
)


def test_note_on_the_writer_at_the_end_names_the_author():
    text = EN_OPINION + "Petra Valenko is a freelance journalist, researcher and analyst based in Vienna\n"
    assert parse(text).author == "Petra Valenko"


def test_note_on_a_person_the_story_names_is_no_byline():
    text = (
        EN_OPINION
        + "Petra Valenko, who advises the ministry, says the plants need new partners in the region soon.\n"
        + "Petra Valenko is a professor of economics at the state university in the capital\n"
    )
    assert parse(text).author is None


def test_russian_note_on_the_writer_names_the_author():
    text = f"Завод выпустит новые тракторы для партнёров\n\n{RU_STORY}\n\n{RU_STORY}\n\nИван Корнеев — политолог, эксперт клуба\n"
    assert parse(text).author == "Иван Корнеев"


# --- a Chinese writer's name printed in the date line and alone under it ----------------


def test_chinese_name_after_the_time_and_alone_under_the_headline_is_the_author():
    text = f"两国携手共建经贸合作新平台\n\n2017-06-19 08:50王明\n某某报道 2017年6期\n关键词:合作\n\n王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王明"


def test_chinese_name_alone_under_the_headline_is_the_author_though_the_date_line_omits_it():
    # (a commentary's or a journal's byline: the name set apart under the headline, no role with it)
    text = f"两国携手共建经贸合作新平台\n\n2017-06-19 08:50\n\n王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王明"


def test_chinese_name_alone_under_the_headline_that_the_story_names_is_its_subject_not_the_author():
    text = f"两国携手共建经贸合作新平台\n\n2017-06-19 08:50\n\n王明\n\n王明在会上致辞。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


# --- the store's marker with a month only ---------------------------------------------------


def test_a_month_only_store_marker_is_no_date_and_leaves_the_dateline_clean():
    # ' date 2024-05' names the month the page was stored, no day of publication: the
    # dateline it was glued to must still read as the dateline with its own date
    text = (
        " date 2024-05 Минск, 20 июля, 2016, 10:15 — Стороны подписали соглашение о кредите"
        " на строительство нового завода, сообщили в правительстве.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    article = parse(text)
    assert article.date.isoformat() == "2016-07-20"
    assert article.dateline == "Minsk"
