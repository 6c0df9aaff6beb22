"""Ingest rules for publication dates, datelines and event dates drawn from the 41st to 44th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_known_city_in_capitals_with_its_date_left_out_before_the_dash_is_the_dateline():
    text = f"Leader lands for state visit\n\nHARARE, – The president arrived in the country on a visit. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Harare"


def test_a_known_city_with_its_country_and_a_dash_or_colon_is_the_dateline():
    for opening, city in (("Tehran, Iran – Iran and Belarus signed a roadmap.", "Tehran"),
                          ("Brussels, Belgium: EU envoys decided on Friday to close the airspace.", "Brussels"),
                          ("Astana, The Steppe Post: In a call, the president spoke.", "Astana")):
        assert parse(f"Leaders sign a roadmap\n\n{opening} {EN_STORY}\n\n{EN_STORY}\n").dateline == city


def test_two_capitalised_words_before_a_colon_are_no_dateline_unless_the_first_is_a_known_city():
    text = f"Leaders sign a roadmap\n\nRussia, China: Leaders met in the capital. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline is None


def test_a_known_city_with_agencies_in_brackets_and_a_colon_is_the_dateline():
    text = f"Visa-free trips resume\n\nMOSCOW (Agencies): Russia and China resumed group trips. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Moscow"


def test_a_russian_agency_dateline_with_its_reporter_after_a_comma():
    text = f"Стройка идет по графику\n\nКАИР, 8 фев - РИА Новости, Иван Петров. Санкции не повлияли на стройку. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).dateline == "Cairo"


def test_a_russian_city_and_day_before_a_dash_without_an_agency():
    text = f"Лидеры готовы встретиться\n\nМосква. 13 сентября. — Лидеры стран готовы встретиться. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).dateline == "Moscow"


def test_chinese_datelines_of_a_desk_a_tag_with_a_web_address_and_a_bracketed_news_tag():
    for opening, city in (("中國新聞組／北京11日電\n\n两国举行联合巡航。", "Beijing"),
                          ("俄新網EXAMPLE.CN新德里12月11日電 两国达成共识。", "New Delhi"),
                          ("(茨瓦内24日讯)两架轰炸机周三降落在南非。", "Tshwane"),
                          ("新华社布达佩斯5月5日电 两国友好关系全面发展。", "Budapest")):
        assert parse(f"两国关系全面发展\n\n{opening}{ZH_STORY}\n\n{ZH_STORY}\n").dateline == city


def test_an_outlets_name_glued_to_spam_is_no_dateline_city():
    text = f"主席赠送礼物\n\n某某彩票平台中新网5月9日电 5月7日至8日,主席进行国事访问。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline is None


def test_an_outlets_tag_with_its_day_under_a_background_paragraph_names_the_outlet_and_no_city():
    text = (f"主席赠送礼物\n\n钢厂成立于1913年,是该国最大的钢铁企业。\n\n"
            f"某某彩票平台中新网5月9日电 5月7日至8日,主席进行国事访问。{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.dateline is None and article.source == "China News Service"


def test_agencies_in_brackets_after_a_dateline_city_are_no_source():
    text = f"Visa-free trips resume\n\nMOSCOW (Agencies): Russia and China resumed group trips. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source != "Agencies"


def test_a_date_in_a_photo_caption_with_its_agencys_credit_is_not_the_publication_date():
    text = (f"The two leaders shake hands at the palace in Minsk, Belarus, Monday, March 6, 2023. - AP\n"
            f"MINSK, March 6 (Xinhua): The two presidents met at the palace on his arrival on Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_themes_todays_date_widget_atop_a_page_without_headline_is_not_the_publication_date():
    text = f"Fri. Apr 19th, 2024\n\nThe presidents agreed to broaden ties during talks in the capital on December 10. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).date is None


def test_a_visit_due_next_week_has_no_event_day():
    text = (f" date 2024-11-21 ISLAMABAD - The visiting president will make an official visit to Pakistan next week. "
            f"He is to hold talks with the head of state. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).event_date is None


def test_a_chinese_date_running_to_a_later_day_of_its_month_is_no_event_on_its_first_day():
    text = (f"两国海军组织联合巡航\n2021-10-23 15:16\n\n10月17日至23日,两国海军在相关海域组织实施联合巡航。"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_a_chinese_three_day_span_stands_for_its_middle_day():
    text = (f"两国举办联合展会\n2021-10-23 15:16\n\n10月20日至22日,两国在省会举办联合展会。"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert str(parse(text).event_date) == "2021-10-21"
