"""Lines that are not a headline: an article toolbar of buttons split by bars (also as a
breadcrumb's last step), a topic hashtag after the page's date, a site's clock widget with a city
and weekday, a paper's link to its e-paper edition, a photo's source credit. Each text is written
for this test; it shows one general pattern."""

from ingest_support import line_kind, parse, read_title, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU

HEADLINE_RU = "Министры договорились о новом грузовом маршруте"
HEADLINE_EN = "Ministers agree on a new freight route"


def test_a_toolbar_of_buttons_split_by_bars_is_not_the_headline():
    assert line_kind("Article Tools: Save | Print | E-mail | Comment") == "chrome"
    article = parse("Home / Stories Article Tools: Save | Print | E-mail | Comment\n" + HEADLINE_EN + "\n"
                    + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN


def test_a_topic_hashtag_is_not_the_headline():
    assert line_kind("#Энергетика региона") == "chrome"
    article = parse("#Энергетика региона\nПолитика\n\n" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU


def test_a_sites_clock_widget_is_not_the_headline():
    assert line_kind("Lima, Monday 3 de May de 2021 09:15 am") == "chrome"
    article = parse("Lima, Monday 3 de May de 2021 09:15 am\n" + HEADLINE_EN + "\n" + PAGE_PARAGRAPHS_EN)
    assert read_title(article) == HEADLINE_EN


def test_an_e_paper_link_and_a_photo_source_credit_are_not_the_headline():
    assert line_kind("某報電子版閲讀下載") == "chrome"
    assert line_kind("数字报阅读") == "chrome"
    assert line_kind("图片来源 | 某某公众号") == "chrome"
    assert line_kind("圖片來源：某某社") == "chrome"
    # a headline that names an e-paper is still one
    assert line_kind("市报电子版上线十周年座谈会在京举行") != "chrome"
