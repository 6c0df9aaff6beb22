"""Layout and chrome rules from the real212-215 pages: a site's own widgets and credits over the story (a sign-in
box's links, a 'make this your home page' link, a city picker, an aggregator's bracketed credit of the wire it
carries, a photo's credit after a slash, a row of the site's service links, a footer's credit to the site's maker)
are chrome, never the headline; a headline broken over two lines like the hard-wrapped text under it is joined; a
paper's headline and its deck in two rows of a table are the headline and its deck, not a picture's caption; a
headline in a table's row keeps no empty cells. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title


@pytest.mark.parametrize("text", [
    "会员登录 立即注册",
    "用户登录 | 免费注册 | 忘记密码",
    "登入 註冊",
    "Member login | Register",
    "Sign in / Sign up",
    "Log in Create account",
    "Вход Регистрация",
    "Войти | Зарегистрироваться",
])
def test_a_sign_in_boxs_links_on_one_line_are_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", [
    "Make Examplenews My Home Page",
    "Set as homepage",
    "Make us your start page",
    "设为首页 | 加入收藏",
    "設為首頁",
    "Сделать стартовой страницей",
])
def test_a_link_to_make_the_site_a_start_page_is_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", ["[切换城市]", "切換城市", "Change city", "Выбрать город"])
def test_a_local_portals_city_picker_is_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", [
    "(EXAGG- Ruritania News Agency)",
    "(Portalnet / Ruritanian Agency)",
    "（Wirehub - Northland Press）",
])
def test_an_aggregators_bracketed_credit_of_the_wire_is_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", ["圖/某某影像美聯社", "图／某某社", "（摄影/张三）", "Photo/Example Agency", "Фото/Агентство"])
def test_a_photos_credit_after_a_slash_is_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", [
    "Northland Business Daily - NBD :: Services|About us|Contact|RSS",
    "О нас | Контакты",
    "关于我们 | 联系我们 | 网站地图",
    "Privacy policy | Terms of use",
])
def test_a_row_of_the_sites_service_links_is_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", [
    'Портал разработан и поддерживается АНО "Пример"',
    "Сайт создан студией Пример",
    "Разработка сайта — Студия Пример",
    "Website designed and developed by Example Studio",
    "Powered by Examplepress",
    "网站建设：某某网络公司",
    "技术支持：某某科技",
])
def test_a_footers_credit_to_the_sites_maker_is_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("text", [
    "Register to vote opens in Ruritania",
    "Sign up for talks, ministers urge",
    "Создан новый фонд поддержки экспорта",
    "Photo exhibition opens in the capital",
    "(Updated) Talks resume in the capital",
    "Home ministers meet in the capital",
    "图文直播:两国领导人举行会谈",
])
def test_headlines_like_those_widgets_stay_headlines(text):
    assert line_kind(text) != "chrome"


def test_a_sign_in_box_and_city_picker_over_the_headline_are_not_read_as_it():
    text = (f"会员登录 立即注册\n\n搜索\n\n[切换城市]\n\n某国大使:某国驻某市总领事馆即将开馆\n\n2021-4-24 12:33\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == "某国大使:某国驻某市总领事馆即将开馆"


@pytest.mark.parametrize("label", [
    "(EXAGG- Ruritania News Agency)",
    "Make Examplenews My Home Page",
    "圖/某某影像",
])
def test_a_page_with_no_headline_under_such_a_line_has_none(label):
    story = ZH_STORY if label.startswith("圖") else EN_STORY
    text = f"{label}\n{story}\n{story}\n"
    article = parse(text)
    assert article is not None
    assert read_title(article) is None


def test_the_sites_makers_credit_over_the_headline_is_not_read_as_it():
    text = (f'Портал разработан и поддерживается АНО "Пример"\n\nГлава города встретился с генконсулом соседней страны\n\n'
            f"16 мая 2023\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == "Глава города встретился с генконсулом соседней страны"


WRAPPED_LEAD = """Northtown - The Foreign Minister of Ruritania, Dr Anna Example, will
on Monday, 23 October, together with her counterpart from Westland,
co-chair the fifth session of the joint commission scheduled from Monday
to Tuesday. Co-operation between the two countries has grown since
the first session, and Ruritania regards Westland as an important and
valued partner in trade, energy and the training of engineers."""


@pytest.mark.parametrize("head, rest", [
    ("A Example and B Sample to co-chair Ruritania Westland", "Joint Commission, 23 to 24 Oct"),
    ("Ruritanian and Westlandic ministers to open fifth Joint", "Commission in Northtown next week"),
    ("Prime Minister of Ruritania to pay official visit to Westland", "(22-24 October)"),
])
def test_a_headline_wrapped_like_its_hard_wrapped_page_is_joined(head, rest):
    text = f"{head}\n{rest}\n\n22 October 2006\n\n{WRAPPED_LEAD}\n\n{WRAPPED_LEAD}\n"
    assert read_title(parse(text)) == f"{head} {rest}"


def test_a_short_headline_over_its_deck_on_a_hard_wrapped_page_stays_alone():
    text = f"Ministers to meet\nJoint commission opens in Northtown\n\n22 October 2006\n\n{WRAPPED_LEAD}\n\n{WRAPPED_LEAD}\n"
    assert read_title(parse(text)) == "Ministers to meet"


def test_a_long_headline_on_a_page_of_unwrapped_paragraphs_is_not_joined_to_the_line_under_it():
    head = "A Example and B Sample to co-chair Ruritania Westland Joint Commission"
    text = f"{head}\nTalks to cover trade and energy\n\n22 October 2006\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("headline, deck", [
    ("某国华商总会调研长三角", "拟联合举办经贸论坛 并在多领域开展合作"),
    ("两国企业家座谈会在沪举行", "双方将在物流和能源领域深化合作"),
])
def test_a_papers_headline_over_its_deck_in_table_rows_is_the_headline(headline, deck):
    text = f"|\n|\n2017-05-11 第06版:六版\n|\n|\n{headline} |\n{deck} |\n|\n|\n【本报上海讯】{ZH_STORY}{ZH_STORY}\n"
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("bars", [" | ||||||||", " | | |", " |||"])
def test_a_headline_in_a_tables_row_keeps_none_of_its_empty_cells(bars):
    headline = "大举进军某国市场 某国吸引投资力争增长30%"
    text = f"{headline}{bars}\n---|---|---|\n2005年04月23日12:50 |||\n{ZH_STORY}{ZH_STORY} |||\n"
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("text", ["Home | News | World", "Home | | News | World |", "首页 | 新闻 |"])
def test_a_menu_of_items_split_by_bars_stays_chrome(text):
    assert line_kind(text) == "chrome"


@pytest.mark.parametrize("widget", [
    "Large Medium Small",
    "Text size: Larger | Normal | Smaller",
    "Font: Big Medium Small",
])
def test_a_font_size_widgets_row_under_the_stamp_is_no_byline(widget):
    text = f"Two presidents hold talks\n\n(Example Agency)\nUpdated: 2010-09-27 14:01\n{widget}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.author is None
    assert read_title(article) == "Two presidents hold talks"


@pytest.mark.parametrize("text", ["Размер шрифта: Крупный Средний Мелкий", "字号：大 中 小", "【大 中 小】"])
def test_a_font_size_widgets_row_is_chrome(text):
    assert line_kind(text) == "chrome"
