"""Page clutter of real news pages, and where the headline, the author and the language are
despite it. Each text is written for this test; it shows one general pattern."""

from despatch.ingest.lines import is_doubled, is_keyword_list
from despatch.ingest.text import detect_language
from ingest_support import parse_page as parse, read_title


PARAGRAPHS = """
The two ministers met in the capital on Monday and discussed trade, transport and education.

They agreed to open a new freight route between the two countries before the end of the year.
"""


# --- the headline -------------------------------------------------------------


def test_a_site_banner_printed_twice_is_not_the_headline():
    article = parse("""
        Steppe Portal - Gateway to the Plains Website Steppe Portal - Gateway to the Plains Website
        Ministers agree on a new freight route
        12 May 2024
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_line_printed_twice_without_a_space_is_chrome():
    assert is_doubled("НОВОСТИНОВОСТИ") and is_doubled("Menu Label Menu Label")
    assert not is_doubled("Ministers agree on a new freight route")


def test_the_sites_own_description_is_not_the_headline():
    article = parse("""
        Official Website of the Republic of Examplestan
        News
        Travel Guide to the Valley
        Festivals and Holidays Calendar
        | Home | News | Interviews
        3 Jun 2019
        Minister: we value our good ties with the neighbours
        Minister: we value our good ties with the neighbours
        """ + PARAGRAPHS)
    assert read_title(article) == "Minister: we value our good ties with the neighbours"


def test_a_line_of_html_tags_is_not_the_headline():
    article = parse("""
        <div id="a1"><span id="a1"></span></div>
        Ministers agree on a new freight route
        By Anna Novak | Updated: 2024-05-12 08:30
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"
    assert article.author == "Anna Novak"


def test_a_keyword_spam_line_is_neither_the_article_nor_its_language():
    spam = ",".join(["免费在线观看视频", "最新电影下载", "高清无码专区", "热门影视推荐", "午夜剧场", "精品资源站", "在线直播平台"])
    article = parse(f"""
        {spam}
        Home / World / Asia
        Ministers agree on a new freight route
        By Anna Novak | Updated: 2024-05-12 08:30
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"
    assert article.language == "en"
    assert "免费" not in article.body
    assert is_keyword_list(spam)
    assert not is_keyword_list("Armenia, Azerbaijan, Cambodia, Nepal, Sri Lanka, Turkey and Iran joined as partners.")


def test_the_language_is_that_of_the_bulk_of_the_text_not_of_one_line():
    english = "The ministers met in the capital on Monday and discussed trade and transport at length.\n" * 3
    chinese_line = "国产免费视频在线观看精品资源站热门影视推荐午夜剧场最新电影下载高清专区" * 4
    assert detect_language(english + chinese_line) == "en"
    assert detect_language("两国外长周一在首都会谈，讨论了贸易和交通问题。\n" * 3 + "Photo: Anna Novak") == "zh"
    assert detect_language("Министры встретились в столице в понедельник и обсудили торговлю.\n") == "ru"


def test_a_bare_web_address_is_not_made_a_headline():
    article = parse(""" date 2024-05-12 https://news.example.com/2024/05/12/ministers-agree-freight-route-12345.html
        MINSK (Agency) - The two ministers met in the capital on Monday and discussed trade, transport and education.
        They agreed to open a new freight route between the two countries before the end of the year.
        """)
    assert read_title(article) is None
    assert "https://" not in (article.title or "")


def test_skip_links_numbered_as_a_list_are_chrome():
    article = parse("""
        1. 跳转至内容
          2. 跳转至主菜单
        两国外长在首都会谈 同意开通新货运线路
        2024年5月12日
        两国外长周一在首都举行会谈，讨论了贸易、交通和教育合作。
        双方同意在年底前开通两国之间的新货运线路。
        """)
    assert read_title(article) == "两国外长在首都会谈 同意开通新货运线路"


def test_a_page_titles_site_suffix_is_dropped_when_the_headline_is_printed_alone():
    article = parse("""
        两国外长在首都会谈 同意开通新货运线路 - 示例电台
        A A A
        两国外长在首都会谈 同意开通新货运线路
        2024-05-12 HKT 16:00
        两国外长周一在首都举行会谈，讨论了贸易、交通和教育合作。
        双方同意在年底前开通两国之间的新货运线路。
        """)
    assert read_title(article) == "两国外长在首都会谈 同意开通新货运线路"


def test_a_breadcrumb_glued_to_the_headline_is_dropped():
    article = parse("""
        ГлавнаяНовостиПолитика«Мы ценим эту дружбу». Министры договорились о новом маршруте
        «Мы ценим эту дружбу». Министры договорились о новом маршруте
        12 мая 2024
        Министры двух стран встретились в столице в понедельник и обсудили торговлю и транспорт.
        Они договорились открыть новый грузовой маршрут до конца года.
        """)
    assert read_title(article) == "«Мы ценим эту дружбу». Министры договорились о новом маршруте"


def test_a_menu_of_other_headlines_above_the_breadcrumb_is_not_the_headline():
    article = parse("""
        Army opens a new museum in the capital Navy ships visit the northern port Air show draws record crowds this summer
        About Us Contact Us
        Special Reports more
        Ministers agree on a new freight route
        (Source: Agency)   2024-05-12
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_name_printed_twice_under_the_headline_is_no_menu():
    """An interview: the headline, then the interviewee's photo and name, then the job title."""
    article = parse("""
        Интервью
        19 января 2023, 16:55
        Иван Петров
        Праздник весны и танцы. Посол рассказал о традициях и о планах на новый год
        Иван Петров
        Иван Петров
        Чрезвычайный и Полномочный Посол Республики Примерия в Республике Беларусь
        Посол рассказал о традициях праздника и о том, как коллеги будут встречать новый год в Минске.
        Он также рассказал о планах посольства на следующий год.
        """)
    assert read_title(article) == "Праздник весны и танцы. Посол рассказал о традициях и о планах на новый год"


def test_a_headline_with_a_full_stop_above_its_bullets_and_byline():
    """A photo caption and topic tags first; the headline ends with a full stop."""
    article = parse("""
        The ministers pictured in the capital in 2019. Photo: Agency
        Trade
        World /  Diplomacy

        Ministers agree on a new freight route for the region.

          • The route will link the two capitals by rail and road
          • But some observers warn it will cost more than planned

        Anna Novak
        Anna Novak

        Updated: 7:13am, 19 Dec, 2021
        """)
    assert read_title(article) == "Ministers agree on a new freight route for the region."
    assert article.author == "Anna Novak"
    assert article.language == "en"


def test_a_promotion_above_the_headline_is_not_the_article():
    article = parse("""
        Weekly Newsletter Subscription Form
        The full edition of the weekly report is available in our database. You can browse its contents.
        Click on the button below to create your account and get immediate access to all articles.
        Start a Free Trial
        Ministers agree on a new freight route
        April 23, 2019
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"
    assert article.body.startswith("The two ministers met")


def test_an_agency_photo_caption_is_a_caption():
    article = parse("""
        Ministers agree on a new freight route
        April 23, 2019
        Photo taken on April 17, 2017 shows the freight terminal at the border. (Agency)
        BEIJING, April 23 (Xinhua) -- The two ministers met in the capital on Monday and discussed trade and transport.
        They agreed to open a new freight route between the two countries before the end of the year.
        """)
    assert article.captions == ("Photo taken on April 17, 2017 shows the freight terminal at the border. (Agency)",)
    assert article.dateline == "Beijing"


# --- the author -----------------------------------------------------------------


def test_a_byline_with_the_sections_label_glued_to_it():
    article = parse("""
        Ministers agree on a new freight route, while traders welcome the news

        Anna NovakPolitics
        Ministers agree on a new freight route
        """ + PARAGRAPHS)
    assert article.author == "Anna Novak"


def test_words_run_together_are_no_name():
    article = parse("""
        Ministers agree on a new freight route
        Research ReportCustomBlackClose
        """ + PARAGRAPHS)
    assert article.author is None


def test_a_reporters_credit_in_brackets_after_the_article():
    article = parse("""
        两国外长在首都会谈 同意开通新货运线路
        2024-05-12 21:51 来源：示例新闻客户端 编辑：王五
        两国外长周一在首都举行会谈，讨论了贸易、交通和教育合作。
        双方同意在年底前开通两国之间的新货运线路。
        （总台央视记者 张三 李四）
        版权声明：本网稿件未经许可不得使用。
        示例网微信示例网微信
        示例网微博示例网微博
        分享到
        """)
    assert article.author == "张三, 李四"


def test_a_role_after_the_authors_name_is_not_part_of_it():
    article = parse("""
        Министры договорились о новом грузовом маршруте
        12.04.2019 06:05
        Министры двух стран встретились в столице в понедельник и обсудили торговлю и транспорт.
        Они договорились открыть новый грузовой маршрут до конца года.
        Фото: пресс-служба
        Автор: Павел Петров Редактор интернет-ресурса
        """)
    assert article.author == "Павел Петров"


def test_a_newsmaker_between_the_headline_and_the_date_is_the_author():
    """An ambassador's own article: the name sits where a byline does. Elsewhere (a tag under
    the date) the same name is not taken for the author."""
    signed = parse("""
        Our partnership soars higher: a view from Minsk
        Xie Xiaoyong
        Updated 20:07, 04-Jul-2024
        """ + PARAGRAPHS)
    assert signed.author == "Xie Xiaoyong"
    tagged = parse("""
        Our partnership soars higher: a view from Minsk
        Updated 20:07, 04-Jul-2024
        Xie Xiaoyong
        """ + PARAGRAPHS)
    assert tagged.author is None


# --- what the headline rules leave alone --------------------------------------


def test_a_sites_slogan_sentence_above_the_headline_is_not_the_headline():
    article = parse("""
        Independent journalism from the region needs your support.
        Ministers agree on a new freight route
        12 May 2024
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"


def test_a_button_between_headline_and_deck_keeps_the_headline():
    article = parse("""
        Ministers agree on a new freight route
        Share
        Rail and road link to open before the end of the year
        12 May 2024
        """ + PARAGRAPHS)
    assert read_title(article) == "Ministers agree on a new freight route"
    assert article.subtitle == "Rail and road link to open before the end of the year"


def test_a_menu_printed_twice_far_apart_is_not_a_repeated_headline():
    menu = ["Travel Guide to the Valley", "Festivals and Holidays Calendar", "Health Resorts and Spas", "Souvenirs and Crafts"]
    between = ["Advertisement", "Photo", "Video"]
    text = "\n".join(["Ministers agree on a new freight route", "12 May 2024"] + menu + between + menu) + "\n" + PARAGRAPHS
    article = parse(text)
    assert read_title(article) == "Ministers agree on a new freight route"
