"""Source rules learnt from the 43rd and 44th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_an_agency_photographers_credit_closing_a_caption_is_no_source():
    text = f"草原峰会开幕\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n3月2日,两国领导人在会谈前合影。(新华社记者王芳摄)\n"
    assert parse(text).source is None


def test_the_tail_of_a_photo_credit_over_the_headline_is_no_source():
    text = f"/ New York Times\n\nSteppe leaders agree on a logistics hub\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_messengers_domain_as_the_source_gives_the_channel_signing_the_post():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\n@steppe_news\n\nИсточник: t.me\n"
    assert parse(text).source == "@steppe_news (Telegram)"


def test_a_messengers_domain_with_no_channel_handle_is_no_source():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: t.me\n"
    assert parse(text).source is None


def test_a_bracketed_source_label_closing_the_story_names_the_source():
    text = f"{ZH_STORY}\n\n{ZH_STORY}\n\n(來源:俄羅斯衛星通訊社)\n\n草原口岸的货车。(新華社)\n"
    assert parse(text).source == "Sputnik"


def test_an_outlets_news_opener_with_a_comma_names_it():
    text = f"草原峰会前瞻\n\n央视网消息,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CCTV"


def test_a_source_label_run_into_a_keywords_label_names_the_source():
    text = f"草原峰会前瞻\n\n2007-06-22 15:05来源:新华社关键词:草原合作收藏点赞\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_an_office_telling_the_wire_in_a_sentence_opening_with_kak_names_the_wire():
    text = (f"Переговоры в степи\n\nКак сообщили БЕЛТА в облисполкоме, делегация прибыла в Гродно. {RU_STORY}"
            f"\n\n{RU_STORY}\n")
    assert parse(text).source == "BelTA"


def test_belta_chinese_template_chrome_names_belta():
    text = f"专题\n便民信息\nFlag Saturday, 2 March 2024\n总统\n\n草原峰会前瞻\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "BelTA"


def test_a_wire_with_its_sites_latin_address_glued_before_a_chinese_dateline_is_the_source():
    text = f"草原峰会前瞻\n\n某某财经网\n\n俄新社RIA.RU莫斯科3月2日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "RIA Novosti"


def test_a_registered_site_at_the_root_of_a_one_line_breadcrumb_is_the_source():
    text = f"Вестник Кавказа > Новости политики > Переговоры в степи\n\nПереговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Vestnik Kavkaza"
