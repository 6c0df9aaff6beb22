"""Source rules learnt from the 45th and 46th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_according_to_before_a_wires_dateline_is_no_part_of_its_name():
    text = f"草原峰会前瞻\n\n据新华社明斯克3月2日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_according_to_an_agencys_report_of_a_day_cites_it_and_is_no_source():
    text = f"草原峰会前瞻\n\n据俄罗斯卫星通讯社3月2日报道,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_channels_correspondent_named_after_its_quoted_name_signs_the_lead():
    text = (f"Переговоры в степи\n\nЛидеры встретились в Астане, передает корреспондент телеканала «МИР 24» "
            f"Иван Петров.\n\n{RU_STORY}\n")
    assert parse(text).source == "Mir 24"


def test_a_wire_relaying_at_the_head_of_a_lead_sentence_is_the_source():
    text = f"Переговоры в степи\n\nКак передает Report со ссылкой на пресс-службу, делегация прибыла в Баку.\n\n{RU_STORY}\n"
    assert parse(text).source == "Report.az"


def test_as_an_agency_reports_at_the_head_of_a_sentence_quotes_it():
    text = f"Переговоры в степи\n\nКак сообщает ТАСС, делегация прибыла в Баку.\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_bracketed_credit_closes_the_story_above_a_promo_line():
    text = f"草原峰会前瞻\n\n{ZH_STORY}\n\n两国领导人在会谈后会见记者。(中央社)\n\n◤草原旅游必买清单◢\n"
    assert parse(text).source == "Central News Agency"


def test_a_registered_outlet_in_square_brackets_opening_the_lead_is_the_source():
    text = f"草原峰会前瞻\n\n草原口岸的货车。圖:翻攝自网络\n\n[Newtalk新聞] {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Newtalk"


def test_a_bracketed_label_opening_the_lead_is_no_source():
    text = f"草原峰会前瞻\n\n【视频】{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_registered_site_in_brackets_after_the_byline_is_the_source():
    text = f"Steppe leaders agree on a logistics hub\n\nBy Li Wei (chinadaily.com.cn)\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "China Daily"


def test_a_staff_line_of_a_wire_and_an_outlet_credits_the_wire():
    text = f"Steppe leaders agree on a logistics hub\n\n• 2024-03-02\n\n• BNS/TBT Staff\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Baltic News Service"


def test_a_city_and_a_registered_outlet_before_a_colon_opening_the_lead_name_it():
    text = f"Steppe leaders agree on a logistics hub\n\nAstana, The Gulf Observer: {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "The Gulf Observer"


def test_a_city_and_a_country_before_a_colon_opening_the_lead_are_no_source():
    text = f"Steppe leaders agree on a logistics hub\n\nAstana, Kazakhstan: {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_registered_address_alone_under_the_last_paragraph_signs_the_story():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nkorrespondent.net\n\nДобавить комментарий\n"
    assert parse(text).source == "Korrespondent.net"


def test_a_registered_outlets_name_alone_closing_the_text_under_the_story_signs_it():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nБелтелерадиокомпания\n"
    assert parse(text).source == "Belarus 1"


def test_a_chinese_notice_that_a_registered_outlet_holds_the_rights_names_it():
    text = f"草原峰会前瞻\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n版權聲明:日本經濟新聞社版權所有,未經授權不得轉載。\n"
    assert parse(text).source == "Nikkei Asia"


def test_a_site_asking_to_bookmark_its_own_address_names_it():
    text = f"草原峰会前瞻\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n紧贴最新发展,BOOKMARK china.hket.com 中國頻道\n"
    assert parse(text).source == "Hong Kong Economic Times"
