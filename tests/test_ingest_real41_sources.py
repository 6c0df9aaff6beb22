"""Source rules learnt from the 38th to 42nd sets of real pages, second round (texts written for
these tests, not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_wire_site_standing_where_the_city_would_is_the_source_not_the_mirror_before_it():
    text = f"某某彩票平台中新网3月2日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "China News Service"


def test_a_read_on_the_site_pointer_glued_to_the_lead_names_the_outlet():
    text = (f"Переговоры в степи\n\nЧитать на сайте Вестник КавказаДелегация прибыла в Баку. {RU_STORY}"
            f"\n\n{RU_STORY}, пишет Спутник-Грузия.\n")
    assert parse(text).source == "Vestnik Kavkaza"


def test_a_country_label_over_the_headline_is_no_masthead():
    text = f"TÜRKİYE\n3 MIN READ\nSteppe leaders agree on a logistics hub\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_an_image_alt_text_naming_a_regional_edition_refines_the_brand_in_the_dateline():
    text = (f"Переговоры в степи\n\nВстреча делегаций - Sputnik Узбекистан\n\n"
            f"ТАШКЕНТ, 3 мар - Sputnik. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Sputnik Uzbekistan"


def test_another_edition_quoted_in_the_lead_does_not_refine_the_brand():
    # filed from Moscow, where the wire has no national edition (a city that has one names it:
    # see test_a_russian_wire_story_from_a_national_editions_city_is_the_editions)
    text = f"Переговоры в степи\n\nМОСКВА, 3 мар - Sputnik. {RU_STORY}, сообщает Sputnik Кыргызстан.\n\n{RU_STORY}\n"
    assert parse(text).source == "Sputnik"


def test_a_wire_agency_under_a_mirrors_glued_junk_before_a_chinese_dateline_is_the_source():
    text = f"草原铁路协定签署\n\n某某视频官方正版下载新华社北京3月2日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_glued_junk_before_a_chinese_dateline_is_no_outlet_when_no_agency_ends_there():
    text = f"草原铁路协定签署\n\n某某视频官方正版下载北京3月2日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_an_outlet_saying_it_has_repeatedly_written_names_itself():
    text = (f"Переговоры в степи\n\n{RU_STORY}\n\nВпрочем, соглашение о поставках, как неоднократно писала «НГ», "
            f"было подписано год назад.\n\n{RU_STORY}\n")
    assert parse(text).source == "Nezavisimaya Gazeta"


def test_a_chinese_outlets_news_opener_with_a_colon_names_it():
    text = f"草原峰会前瞻\n\n发布时间:2024-11-06 00:51:22\n\n央视网消息:{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CCTV"


def test_a_closing_data_source_line_naming_a_registered_paper_gives_it():
    text = f"黑海協議延長\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n資料來源: 工商時報\n"
    assert parse(text).source == "Commercial Times"


def test_a_closing_data_source_line_naming_an_office_is_no_outlet():
    text = f"黑海協議延長\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n資料來源: 草原經濟部\n"
    assert parse(text).source is None


def test_an_outlets_correspondent_reporting_with_reference_to_an_office_is_its_own_story():
    text = (f"Leaders talk by phone\n\nThe two presidents spoke by phone, \"Adyrna\" correspondent reported with "
            f"reference to the presidential press service.\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Adyrna"


def test_a_closing_credit_with_a_date_in_words_names_the_agency():
    text = f"{EN_STORY}\n\n{EN_STORY}\n\n(Xinhua News Agency June 3, 2006)\n"
    assert parse(text).source == "Xinhua"


def test_a_sites_line_relaying_a_wires_reporters_report_names_the_wire():
    text = f"综述:草原合作注入新活力\n\n北欧某某网援引新华社记者王芳 李明报道\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"
