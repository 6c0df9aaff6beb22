"""Headlines and credits: a site's search form label and a school's legal-details link, a forum's
copy-link button after a thread's title and its links to the threads around it, a newspaper
page's column label, a caption's note of the site its picture came from are not the headline; a
story's tags over it are no author; a reporter credited after a wire's dateline in brackets, after
a news tag ('某某讯(王丽)') or after an office's name at the story's end ('(某某办/王丽)'), and not
with the word for 'interview' glued to the name. Each text is written for this test; it shows one
general pattern."""

from ingest_support import line_kind, parse, read_title, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH

HEADLINE_RU = "Министры договорились о новом грузовом маршруте"
HEADLINE_ZH = "两国签署新的货运线路合作协议"


def test_a_search_form_label_and_a_schools_legal_details_link_are_not_the_headline():
    assert line_kind("Форма поиска по сайту") == "chrome"
    assert line_kind("Сведения об образовательной организации") == "chrome"
    article = parse(" date 2025-03-04 Форма поиска по сайту\n\n4 марта, 10:15\n\n" + HEADLINE_RU + "\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU
    article = parse("Сведения об образовательной организации\n" + HEADLINE_RU + "\n4 марта 2025\n" + PAGE_PARAGRAPHS_RU)
    assert read_title(article) == HEADLINE_RU


def test_a_forums_copy_link_button_and_thread_links_are_no_part_of_the_headline():
    assert line_kind("上一主题 下一主题") == "chrome"
    article = parse("• 15阅读\n\n" + HEADLINE_ZH + " [复制链接]\n\n上一主题 下一主题\n离线admin\n" + PAGE_PARAGRAPHS_ZH)
    assert read_title(article) == HEADLINE_ZH


def test_a_newspaper_pages_column_label_is_not_the_headline():
    assert line_kind("专栏:国际副刊") == "chrome"
    assert line_kind("栏目：要闻") == "chrome"


def test_a_captions_note_of_the_site_its_picture_came_from_is_not_the_headline():
    assert line_kind("Встреча министров в Минске. Фото с сайта ExampleNews") == "caption"
    assert line_kind("Ministers meet in Minsk. Photo from ExampleNews") == "caption"
    # a headline about a photo site is still a headline
    assert line_kind("Фото с сайта министерства собрали в новую выставку") != "caption"


def test_a_storys_tags_over_it_are_no_author():
    article = parse(HEADLINE_RU + "\n\nВажно Зарубежье\nФлаг страны. Фото: example.by\n" + PAGE_PARAGRAPHS_RU)
    assert article.author is None


def test_a_reporter_after_a_wires_dateline_in_brackets_is_the_author():
    article = parse(HEADLINE_ZH + "\n" + PAGE_PARAGRAPHS_ZH + "双方还参观了物流中心。(新华社明斯克电 记者王丽华)\n")
    assert article.author == "王丽华"


def test_the_word_for_interview_is_no_part_of_the_authors_name():
    article = parse(HEADLINE_ZH + "\n(本台记者张明採訪報導) " + PAGE_PARAGRAPHS_ZH.strip() + "\n")
    assert article.author == "张明"


def test_a_reporter_in_brackets_after_a_news_tag_is_the_author():
    article = parse(HEADLINE_ZH + "\n某某画报讯(王丽华)近日," + PAGE_PARAGRAPHS_ZH.strip() + "\n")
    assert article.author == "王丽华"


def test_an_offices_name_and_its_writer_closing_the_story_credit_the_author():
    article = parse(HEADLINE_ZH + "\n" + PAGE_PARAGRAPHS_ZH + "活动取得了积极成果。(某某市外侨办/王丽华)\n")
    assert article.author == "王丽华"
