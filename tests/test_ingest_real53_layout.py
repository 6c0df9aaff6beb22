"""Headlines and bylines among a page's menus and widgets: a menu's heading under the story, a
quoted speaker's cut caption, two reporters in one bracket, a signature over an untitled copy,
a writer whom the story says 'пишет', a caption credited to an agency, a navigation box's and an
archive's headings, a language switcher, a paper's slogan, a headline with its full stop over
the lead, a share row and a news flash list above the story. Each text is written for this
test; it shows one general pattern."""

from ingest_support import (
    line_kind as kind,
    parse_page as parse,
    read_title,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
    PAGE_PARAGRAPHS_ZH as PARAGRAPHS_ZH,
    PAGE_PARAGRAPHS_RU as PARAGRAPHS_RU,
)


def test_a_sites_menu_heading_under_the_story_is_no_signature():
    article = parse("Two ministers meet to discuss a new freight route\n" + PARAGRAPHS_EN + "\nInternet Resources\n")
    assert article.author is None


def test_a_cut_caption_naming_the_quoted_speaker_is_no_signature():
    article = parse("""
        Вузы подписали соглашение о сотрудничестве

        Стороны обсудили обмен студентами и совместные конференции.

        "Хотелось бы, чтобы договор работал долго", - подчеркнула ректор университета Ольга Веснина.

        Ольга Весни
        """)
    assert article.author is None


def test_a_trainee_and_a_reporter_in_one_bracket_are_both_writers():
    article = parse("""
        我市与友好城市举行视频会议

        本报讯 (实习生王丽 记者张强)11月28日,我市与友好城市举行视频会议,双方就经贸合作交换意见。
        """ + PARAGRAPHS_ZH)
    assert article.author == "王丽, 张强"


def test_a_name_alone_over_an_untitled_copy_is_its_writer():
    article = parse("""
        Originally published in the Example Monitor

        Harald Winterbourne
        """ + PARAGRAPHS_EN)
    assert article.author == "Harald Winterbourne"


def test_a_name_under_the_headline_that_the_story_says_writes_is_the_writer():
    article = parse("""
        Соседи хвалят новых партнеров

        Олег Мирский

        Стороны обсудили торговлю и транспорт, пишет Олег Мирский в блоге газеты.
        """ + PARAGRAPHS_RU)
    assert article.author == "Олег Мирский"


def test_a_caption_credited_to_an_agency_or_in_a_table_cell_is_no_headline():
    assert kind("在選舉之後,總統不斷在國內肅清異己。(湯森路透)") == "caption"
    assert kind("當地時間下午,主席在首都會見總統。(圖片來源:新華社記者 王明 攝) |") == "caption"


def test_a_navigation_boxs_or_an_archives_heading_is_no_headline():
    assert kind("快速导航") == "chrome"
    assert kind("Статьи по дате") == "chrome"


def test_a_headline_with_its_stop_over_a_dated_credit_line_is_the_headline():
    article = parse("""
        快速导航

        两国大学联盟高校相聚大连!

        时间:2024-05-24 来源:国际合作处 作者: 责任编辑:李明
        """ + PARAGRAPHS_ZH)
    assert read_title(article) == "两国大学联盟高校相聚大连!"


def test_a_language_switcher_in_short_codes_is_chrome():
    assert kind("РУС БЕЛ ENG 中文") == "chrome"


def test_a_papers_slogan_under_its_name_is_no_headline():
    article = parse("""
        Home

        Слава працы

        Только свежие новости района

        74

        Подписан меморандум о сотрудничестве района и города-побратима

        27.05.2016
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Подписан меморандум о сотрудничестве района и города-побратима"


def test_a_headline_with_its_stop_over_a_lead_restating_it_is_the_headline():
    article = parse("""
        Торжественный прием делегаций городов-побратимов.

        В музее истории города состоялся торжественный прием делегаций городов-побратимов. Гостей встретили руководители района.
        """ + PARAGRAPHS_RU)
    assert read_title(article) == "Торжественный прием делегаций городов-побратимов."


def test_a_lead_sentence_over_a_quote_is_no_headline():
    article = parse("""
        The President of the Republic has congratulated the Prime Minister of the Kingdom on his election victory.

        “I was happy to learn about your election as Prime Minister of the Kingdom,” the President said in the message.
        """ + PARAGRAPHS_EN)
    assert read_title(article) is None


def test_a_share_and_bookmark_row_is_chrome():
    assert kind("微信 加入收藏") == "chrome"
    assert kind("微信公众号文章") != "chrome"


def test_a_news_flash_list_above_the_story_gives_way_to_the_headline_the_lead_restates():
    article = parse("""
        快讯

        硅谷居民为电动车充电 车上被放字条

        市长谈交通 地铁新线将于明年开通

        扩大在邻国影响力 两国召开峰会

        两国领导人本周举行峰会,以扩大自身在邻国的影响力。
        """ + PARAGRAPHS_ZH)
    assert read_title(article) == "扩大在邻国影响力 两国召开峰会"
