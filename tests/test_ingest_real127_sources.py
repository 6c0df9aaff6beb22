"""Where a wire or a site prints its own name in a shape that recurs across outlets: a slashed wire
after a city and before its lead's first word ('Ulaanbaatar /MONTSAME/ A total …'), a wire's
dateline with the country between slashes ('Нарочь /Беларусь/, 18 августа /Синьхуа/ --'), a wire's
name after the city and day on a line of its own ('Baku, September 23, AZERTAC'), a Chinese site's
dated '讯' or '消息' opener naming the site with its channel or the day with its year, and a site's
own call to read it on its channel ("Read 'X' on Telegram!"), a 'Source: X' line under the story's last
paragraph above share buttons or a widget, the outlet's correspondent filing the story ('передает корреспондент X',
'《X》记者走访'). Texts written for these tests."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_slashed_wire_after_a_city_and_before_the_leads_first_word_is_the_source():
    text = f"Students win scholarships\n\nUlaanbaatar /MONTSAME/ A total of twelve students won places. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "MONTSAME"


def test_a_slashed_word_before_a_lowercase_word_is_no_credit():
    text = f"Students win scholarships\n\nUlaanbaatar /MONTSAME/ and twelve students won places. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_wire_dateline_with_the_country_between_slashes_credits_the_wire():
    lead = "Гродно /Беларусь/, 12 мая /Синьхуа/ -- Школьники из Пекина приехали в летний лагерь. " + RU_STORY
    assert parse(f"Школьники приехали в лагерь\n\n{lead}\n\n{RU_STORY}\n").source == "Xinhua"


def test_a_country_between_slashes_with_no_wire_after_it_names_no_source():
    lead = "Гродно /Беларусь/, 12 мая /весна/ -- Школьники из Пекина приехали в летний лагерь. " + RU_STORY
    assert parse(f"Школьники приехали в лагерь\n\n{lead}\n\n{RU_STORY}\n").source is None


def test_a_wires_name_after_the_city_and_day_on_its_own_line_is_the_source():
    text = f"Minister meets investors\n\nBaku, October 3, AZERTAC\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Azertac"


def test_an_unregistered_word_after_the_city_and_day_names_no_source():
    text = f"Minister meets investors\n\nBaku, October 3, Tuesday\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_site_named_with_its_channel_opening_a_dated_lead_is_the_source():
    lead = "齐鲁网·闪电新闻12月4日讯 记者从医学院获悉,两校签署了合作备忘录。" + ZH_STORY
    assert parse(f"两校建立合作关系\n\n{lead}\n\n{ZH_STORY}\n").source == "iQilu"


def test_a_site_opening_a_lead_dated_with_its_year_is_the_source():
    lead = "齐鲁网2016年11月22日消息:11月21日晚,首趟包机顺利抵达。" + ZH_STORY
    assert parse(f"首趟包机抵达\n\n{lead}\n\n{ZH_STORY}\n").source == "iQilu"


def test_a_call_to_read_a_registered_site_on_its_channel_names_it():
    text = f"President meets investors\n\n{EN_STORY}\n\n{EN_STORY}\n\nRead 'Zamin.uz' on Telegram!\n"
    assert parse(text).source == "Zamin.uz"


def test_a_syndicators_credit_opening_a_wrapped_text_with_no_headline_names_the_reposted_outlet():
    text = (" date 2023-05-10 (MENAFN- AzerNews) The trade minister of Georgia on Monday said the\n"
            "new agreement with China had helped exporters of wine and fruit,\n"
            "the ministry said in a statement released in the capital.\n"
            "Officials of the two countries met to discuss transport, trade and\n"
            "education, and signed several documents on cooperation.\n")
    assert parse(text).source == "AzerNews"


def test_a_syndicators_credit_of_an_unregistered_name_gives_no_source():
    text = (" date 2023-05-10 (MENAFN- Qwzx Bulletin) The trade minister of Georgia on Monday said the\n"
            "new agreement with China had helped exporters of wine and fruit,\n"
            "the ministry said in a statement released in the capital.\n"
            "Officials of the two countries met to discuss transport, trade and\n"
            "education, and signed several documents on cooperation.\n")
    assert parse(text).source is None


def test_a_copyright_line_under_a_pictures_caption_inside_the_story_credits_the_picture():
    text = ("Два города стали побратимами\n\n"
            "Гродно и Гянджа станут городами-побратимами, документы подписали в понедельник. " + RU_STORY + "\n\n"
            "Два города стали побратимами\n© РИА Новости\n"
            "Меморандум о побратимских отношениях подписали мэры обоих городов в присутствии послов. " + RU_STORY + "\n\n"
            "Также побратимами станут Гомель и Габала, сообщили в мэрии Гродно в понедельник вечером.\n")
    assert parse(text).source is None


def test_a_copyright_line_under_the_story_still_names_the_site():
    text = ("Два города стали побратимами\n\n"
            "Гродно и Гянджа станут городами-побратимами, документы подписали в понедельник. " + RU_STORY + "\n\n"
            + RU_STORY + "\n\nПоделиться\n© РИА Новости\n")
    assert parse(text).source == "RIA Novosti"


def test_a_registered_outlet_signing_a_reposted_story_with_its_day_is_the_source():
    text = ("Пункты пропуска на границе откроют летом\n\n"
            "На белорусско-латвийской границе откроют два пункта пропуска для граждан и транспорта. " + RU_STORY + "\n\n"
            "Пограничники напомнили о правилах пересечения границы и сроках оформления документов на пунктах.\n"
            "Телеканал ОНТ, 14 мая 2020\n"
            "Ссылка на текущий документ: http://example-repost.kz/news/3-411/19/5486\n")
    assert parse(text).source == "ONT"


def test_a_writer_signing_a_story_with_its_day_gives_no_source():
    text = ("Пункты пропуска на границе откроют летом\n\n"
            "На белорусско-латвийской границе откроют два пункта пропуска для граждан и транспорта. " + RU_STORY + "\n\n"
            "Пограничники напомнили о правилах пересечения границы и сроках оформления документов на пунктах.\n"
            "Иван Петров, 14 мая 2020\n")
    assert parse(text).source is None


def test_a_platform_dash_paper_credit_marked_original_names_the_paper():
    text = (f"口岸货运量创新高\n\n2023-04-04 08:57:28 来源: 天山网-新疆日报原创\n\n"
            f"记者从口岸管理部门获悉,今年一季度口岸进出口货运量创历史新高。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "Xinjiang Daily"


def test_a_chinese_outlets_feature_kicker_before_the_headline_names_the_source():
    text = (f"参考消息特稿|边境口岸货运持续提速\n\n2025-06-19 09:41:15\n\n"
            f"记者在口岸一线看到,货车排起长队等待通关。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "Reference News"


def test_an_unregistered_name_before_a_feature_kicker_gives_no_source():
    text = (f"某某某特稿|边境口岸货运持续提速\n\n2025-06-19 09:41:15\n\n"
            f"记者在口岸一线看到,货车排起长队等待通关。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source is None


SHARE_ROW = "Facebook\nTwitter\nLinkedIn\nPinterest\nPrint\nWhatsApp\n"


def test_a_source_label_under_the_last_paragraph_above_a_row_of_share_buttons_names_the_source():
    text = f"Ministers discuss transit\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: Xinhua\n\n{SHARE_ROW}"
    assert parse(text).source == "Xinhua"


def test_a_source_label_under_the_story_above_a_trending_widget_names_the_source():
    text = (f"Ministers discuss transit\n\n{EN_STORY}\n\n{EN_STORY}\nSource : Xinhua\n\nTrending Video\n\n"
            "Farm Fixes for a Dry Summer\n\nVideo: Farm Fixes for a Dry Summer\n\nPresented by Anna Grey, Forage Specialist\n\n"
            "Dry weather hurt many fields this year, and growers looked for ways to keep their herds fed. "
            "The specialist explains which crops recover best after a drought.\n")
    assert parse(text).source == "Xinhua"


def test_a_source_label_between_two_paragraphs_of_the_story_credits_a_picture():
    text = f"Ministers discuss transit\n\n{EN_STORY}\nSource: Xinhua\n{EN_STORY}\n\n{SHARE_ROW}"
    assert parse(text).source is None


def test_the_outlets_correspondent_filing_the_story_names_the_outlet():
    # the lead's sentence copied above the article, where a headline would stand
    text = ("Стороны подписали соглашение о сотрудничестве в сфере образования, передает корреспондент Kazpravda.kz\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Kazakhstanskaya Pravda"


def test_someone_telling_an_outlets_correspondent_names_no_source():
    text = ("Стороны подписали соглашение о сотрудничестве в сфере образования, рассказал корреспонденту Kazpravda.kz ректор\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_a_chinese_papers_own_reporter_in_the_lead_names_the_paper():
    lead = "金秋时节,《中国经济周刊》记者走访了边境口岸城市。" + ZH_STORY
    assert parse(f"边境口岸见闻\n\n{lead}\n\n{ZH_STORY}\n").source == "China Economic Weekly"


def test_an_interview_given_to_a_chinese_papers_reporter_names_no_source():
    lead = "市长接受《中国经济周刊》记者采访时表示,口岸货运量将继续增长。" + ZH_STORY
    assert parse(f"边境口岸见闻\n\n{lead}\n\n{ZH_STORY}\n").source is None



def test_a_sites_domain_in_small_letters_after_the_dateline_is_still_its_credit():
    lead = ("Mérida, December 9, 2007 (steppeledger.com) – The two presidents\n"
            "signed a trade plan in the city on Sunday and agreed on oil.")
    article = parse(f"Presidents sign a trade plan\n\n{lead}\n\n{EN_STORY}\n")
    assert (article.dateline, article.source) == ("Mérida", "steppeledger.com")
