"""Source rules learnt from the 47th to 49th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_city_then_a_registered_wire_between_slashes_opens_the_lead():
    text = f"Steppe talks\n\nUlaanbaatar /MONTSAME/. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "MONTSAME"


def test_a_city_and_slashes_around_an_unknown_name_credit_nothing():
    text = f"Steppe talks\n\nUlaanbaatar /Steppe Herald/. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_news_credit_that_lost_its_opening_bracket_still_names_the_agency():
    text = f"草原峰会前瞻\n\n哈萨克国际通讯社讯){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Kazinform"


def test_a_bracketed_dated_news_credit_names_the_outlet():
    text = f"草原峰会前瞻\n\n【新唐人亞太台 2021 年 5 月 6 日訊】白俄羅斯總統今天會見了客人。\n\n{ZH_STORY}\n"
    assert parse(text).source == "NTD Television"


def test_a_chinese_wire_dateline_closed_by_a_dash_names_the_agency():
    text = f"草原峰会前瞻\n\n路透迪拜3月26日 - {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Reuters"


def test_a_dashed_chinese_dateline_without_a_registered_agency_names_none():
    text = f"草原峰会前瞻\n\n北京时间3月26日——{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_a_wires_special_correspondent_reporting_opens_the_lead():
    text = f"草原峰会前瞻\n\n越通社特派记者报道,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Vietnam News Agency"


def test_a_chinese_rights_notice_before_a_copyright_sign_names_the_holder():
    text = f"草原峰会前瞻\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n版权所有 © Copyright ANSA\n"
    assert parse(text).source == "ANSA"


def test_a_wire_in_brackets_closing_the_last_paragraph_before_a_share_bar():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nОн также встретится с руководителями союза. (Синьхуа) |\n"
    assert parse(text).source == "Xinhua"


def test_a_person_in_brackets_closing_the_last_paragraph_is_no_source():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nОн также встретится с руководителями союза. (Иван Петров)\n"
    assert parse(text).source is None


def test_an_article_source_label_in_an_info_bar_ends_at_its_comma():
    text = f"草原峰会前瞻\n\n发表时间: , 文章来源:VOA, 新闻取自各大新闻媒体\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Voice of America"


def test_an_article_source_label_before_a_headline_or_an_address_names_nothing():
    text = f"草原峰会前瞻\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n文章来源: Steppe and Plain to sign a deal\n\n文章來源: https://example.com/a.html\n"
    assert parse(text).source is None


def test_a_source_label_naming_a_registered_outlet_with_a_digit():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: Mir24\n"
    assert parse(text).source == "Mir 24"


def test_the_first_of_two_registered_names_in_a_source_slot_is_the_original_credit():
    text = f"草原峰会前瞻\n\n2022-02-03 18:14:05来源:央视新闻客户端 中国青年网\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CCTV"


def test_a_capitals_city_then_a_wire_between_bars_opens_the_lead():
    text = f"Steppe talks\n\nISTANBUL, TURKEY | Xinhua | {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_a_capitals_city_then_an_unknown_name_between_bars_credits_nothing():
    text = f"Steppe talks\n\nASTANA | Steppe Herald | {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_wires_dateline_glued_to_the_photo_caption_before_it():
    text = f"Переговоры в степи\n\nЛидер страны. Архивное фотоАСТАНА, 20 мар — РИА Новости. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "RIA Novosti"


def test_an_information_source_label_after_the_date_label_of_an_info_bar():
    text = f"草原峰会前瞻\n\n时间:2021.03.31信息来源:河北省商务厅\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Hebei Provincial Department of Commerce"


def test_a_sites_promo_line_for_its_own_telegram_channel():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nRUS TVNET в Telegram: Самые свежие новости региона!\n"
    assert parse(text).source == "TVNET"


def test_a_ukrainian_call_to_subscribe_to_the_sites_channel_before_its_slogan():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nПідписуйтесь на наш Telegram-канал Lenta.UA - незалежні новини\n"
    assert parse(text).source == "Lenta.UA"


def test_an_outlet_that_gathered_all_that_is_known_introduces_its_own_explainer():
    text = f"Переговоры в степи\n\nРБК-Украина собрало все, что известно о визите.\n\n{RU_STORY}\n"
    assert parse(text).source == "RBC-Ukraine"


def test_a_person_who_gathered_all_that_is_known_is_no_source():
    text = f"Переговоры в степи\n\nИван Петров собрал все, что известно о визите.\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_an_outlets_reporter_asking_the_questions_of_an_interview():
    text = (f"草原峰会前瞻\n\n{ZH_STORY}\n\n越通社记者:您如何评价两国合作?\n\n{ZH_STORY}\n\n"
            f"越通社记者:您对前景有何看法?\n\n{ZH_STORY}\n")
    assert parse(text).source == "Vietnam News Agency"


def test_one_question_by_an_outlets_reporter_is_no_interview_of_its_own():
    text = f"草原峰会前瞻\n\n{ZH_STORY}\n\n越通社记者:您如何评价两国合作?\n\n{ZH_STORY}\n"
    assert parse(text).source is None
