"""Headlines, bylines and the article's end among a page's menus, toolbars and widgets: a Chinese
menu's row, a share prompt, a print toolbar in brackets, an endless list's notices, a most-read
box, a paywall's prompts, a report's section heading, a writer's card and signatures, a teaser
copy of the lead and a comment form under the story. Each text is written for this test; it
shows one general pattern."""

from ingest_support import (
    line_kind as kind,
    parse_page as parse,
    read_title,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH as PARAGRAPHS_ZH,
    PAGE_PARAGRAPHS_RU as PARAGRAPHS_RU,
)


def test_a_chinese_menus_row_of_items_is_chrome():
    assert kind("行李信息 签证信息 特殊旅客提示 目的地指南 客票改退规定 |") == "chrome"
    assert kind("机场资讯 值机手续及自助服务指南 乘机指南 贵宾指南") == "chrome"
    assert read_title(parse("行李信息 签证信息 特殊旅客提示 目的地指南 |\n" + PARAGRAPHS_ZH)) is None


def test_a_headline_with_spaces_or_a_row_of_names_is_no_menu():
    from despatch.ingest.lines import is_cjk_menu_row
    assert not is_cjk_menu_row("白俄罗斯总统 会见中国外长")
    assert not is_cjk_menu_row("张伟 李娜 王磊 赵敏")


def test_a_share_prompt_is_no_headline():
    assert read_title(parse("Tell a friend\n" + PARAGRAPHS_EN)) is None


def test_a_print_toolbar_in_brackets_is_chrome():
    assert kind("XML格式】 【 】 【打 印】") == "chrome"
    assert kind("【大 中 小】 【打印】 【关闭】") == "chrome"
    assert kind("【专访】两国外长就合作举行会谈") != "chrome"


def test_an_endless_lists_notices_are_no_headline():
    article = parse("""
        End of content No more pages to load

        Your search did not match any articles

        Two ministers meet to discuss a new freight route
        """ + PARAGRAPHS_EN)
    assert read_title(article) == "Two ministers meet to discuss a new freight route"


def test_a_most_read_boxs_teaser_is_no_headline():
    article = parse("""
        Популярное сегодня
        Рыбалка на озере
        Популярное вчера
        Что посмотреть в выходные?

        Белорусские товары выходят на новый рынок

        16 августа 2018
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Белорусские товары выходят на новый рынок"


def test_a_paywalls_prompts_are_chrome():
    assert kind("Gift 5 articles to anyone you choose each month when you subscribe.") == "chrome"
    assert kind("Already a subscriber?") == "chrome"


def test_a_reports_section_heading_is_no_byline():
    article = parse("""
        Is the new industrial park a risk for foreign companies?

        Executive Summary
        """ + PARAGRAPHS_EN)
    assert article.author is None


def test_a_name_over_the_label_author_and_outlet_is_the_writer():
    article = parse("""
        Тонкий баланс: как страна строит отношения с соседями

        Мария Лесная
        Автор БелТА
        """ + PARAGRAPHS_RU)
    assert article.author == "Мария Лесная"


def test_a_name_alone_over_the_headline_is_the_writer():
    article = parse("""
        Ruben Astvatsaturov

        Two Foreign Ministers Meet and Discuss a New Freight Route
        """ + PARAGRAPHS_EN)
    assert article.author == "Ruben Astvatsaturov"


def test_a_masthead_in_capitals_or_a_language_switch_over_the_headline_is_no_writer():
    for above in ("INSTITUTE MECHANICS", "Be Ru En"):
        article = parse(above + "\n\nTwo Foreign Ministers Meet and Discuss a New Freight Route\n" + PARAGRAPHS_EN)
        assert article.author is None


def test_a_bullseye_before_a_name_under_the_headline_is_the_byline():
    article = parse("""
        【國際瞭望】兩國大選爭議 衝擊地區局勢

        ◎林志遠
        """ + PARAGRAPHS_ZH)
    assert article.author == "林志遠"


def test_a_tv_reports_correspondent_named_in_the_lead_is_the_writer():
    article = parse("""
        Президент прибыл в столицу соседней страны

        Президент находится в столице с государственным визитом, передает корреспондент телеканала «Мир Сегодня» Ольга Вербицкая.
        """ + PARAGRAPHS_RU)
    assert article.author == "Ольга Вербицкая"


def test_a_papers_signature_with_writer_and_city_closes_the_story():
    article = parse("""
        两国外长会谈四小时 重视危机管理
        """ + PARAGRAPHS_ZH + """
        某某經濟新聞(中文版:某某中文網)林志遠 北京
        """)
    assert article.author == "林志遠"


def test_a_teaser_copy_of_the_lead_at_the_end_leaves_the_stamp_closing_the_story():
    article = parse("""
        Freight route between the two countries to open this year

        MINSK, Aug 4 - Example Press. Officials of the two countries met on Friday to discuss trade and transport.

        Both sides agreed to open a new freight route before the end of the year, making trade easier.

        2021-08-05
        MINSK, Aug 4 - Example Press. Officials of the two co
        """)
    assert str(article.date) == "2021-08-05"


def test_a_comment_form_ends_the_story_above_it():
    assert kind("Добавить комментарий") == "chrome"
    article = parse("""
        Стороны договорились о новом маршруте
        """ + PARAGRAPHS_RU + """
        Источник: БелТА
        Подписывайтесь на наш канал, чтобы быть в курсе

        Добавить комментарий

        Ваш адрес email не будет опубликован. Обязательные поля помечены *

        Этот сайт использует фильтр для борьбы со спамом. Узнайте, как обрабатываются ваши данные комментариев.
        """)
    assert article.source == "BelTA"


def test_a_headline_between_two_qr_code_prompts_is_the_headline():
    article = parse("""
        掃描二維碼訪問某某網移動版 兩國外長舉行會談 掃描二維碼訪問某某社微信
        2016-06-24 09:01:41
        """ + PARAGRAPHS_ZH)
    assert read_title(article) == "兩國外長舉行會談"
    assert read_title(parse("掃描二維碼訪問某某網移動版\n" + PARAGRAPHS_ZH)) is None


def test_a_lead_opening_on_the_papers_correspondent_on_the_spot_names_the_writer():
    article = parse("""
        Фотокорреспондент "Вечерней газеты" Ирина Соколова побывала на заводе под Минском. Она делится впечатлениями.
        """ + PARAGRAPHS_RU)
    assert article.author == "Ирина Соколова"
