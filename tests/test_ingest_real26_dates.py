"""Ingest rules for publication dates, datelines and event dates drawn from the 26th and 27th held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_view_counter_beside_the_date_does_not_make_it_a_viewing_date():
    text = f"菜单\n\n两国农业合作前景分析\n\n来源:某某网 2024-03-08 10:15:20 浏览:236 收藏\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2024, 3, 8)


def test_empty_view_counter_beside_the_date_does_not_make_it_a_viewing_date():
    text = f"新闻动态\n\n友好学校代表团来访\n\n发布者:  时间:2024-05-06 09:00:00  浏览:\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date == dt.date(2024, 5, 6)


def test_labelled_viewing_time_is_still_the_day_the_page_was_viewed():
    text = f"两国农业合作前景分析\n\n浏览时间:2024-03-08 10:15\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).date is None


def test_numeric_date_glued_onto_the_first_paragraph_is_the_page_date():
    text = f"О визите делегации\n\n12.03.2025 г.В Пекине прошла встреча делегаций. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).date == dt.date(2025, 3, 12)


def test_chinese_publication_label_inside_a_line_of_debris_dates_the_page():
    text = (f"两国领导人会晤\n\n论坛 含有热门话题及交流资讯。撰文:某某网出版:2025-06-14 forum,bbs\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date == dt.date(2025, 6, 14)


def test_launch_centre_after_its_province_in_a_chinese_dateline():
    text = f"卫星发射成功\n\n中新网四川西昌3月5日电 {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Xichang"


def test_visit_of_two_days_named_in_the_lead_has_no_one_event_day():
    text = (f"Envoy visits Vitebsk\n\nPublished: 14.05.2024\n\nMINSK, 14 May (BelTA) – The ambassador visited Vitebsk on 11-12 May, BelTA learned "
            f"from the embassy. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).event_date is None


def test_fair_of_four_days_named_in_the_lead_has_no_one_event_day():
    text = (f"Беларусь на выставке\n\nОпубликовано: 20.10.2023\n\nПосол 12-15 октября принял участие в выставке в Шанхае. "
            f"Об этом сообщили в посольстве. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date is None


def test_span_of_three_days_still_stands_for_its_middle_day():
    text = (f"Беларусь на выставке\n\nОпубликовано: 20.10.2023\n\nПосол 12-14 октября принял участие в выставке в Шанхае. "
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2023, 10, 13)


def test_summit_still_to_come_does_not_rule_out_the_dateline_day():
    text = (f"Президент вылетел в Китай\n\n09.10.2025 14:20\n\nМИНСК, 9 окт - ПРАЙМ. Президент вылетел в Китай, где "
            f"10-11 октября пройдет саммит. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2025, 10, 9)


def test_place_and_span_in_brackets_gloss_the_occasion_not_the_news():
    text = (f"Railway signs a loan\n\nPublished: 28.05.2024\n\nThe railway and the bank signed a loan agreement during the "
            f"forum (Shanghai, May 26-28). {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).event_date is None


def test_undated_page_does_not_take_the_date_a_numbered_decree_bears():
    text = (f"Завод выделит 10 млн юаней на новое производство. Такое решение предусмотрено постановлением № 512 от "
            f"3 марта 2010 года. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).event_date is None


def test_undated_page_does_not_take_the_day_a_lasting_state_began():
    text = (f"The closure of the border, in force since 4 March 2024, has cut the main freight route. {EN_STORY}\n\n"
            f"{EN_STORY}\n")
    assert parse(text).event_date is None


def test_day_an_army_said_what_will_come_outranks_the_start_named_further_on():
    text = (f" date 2024-06-15 Drill moves on\n\nThe ministry said on Saturday that the joint drill with the guests will "
            f"move on to its next phase. {EN_STORY}\n\nThe drill began Monday near Grodno. {EN_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 6, 15)


def test_day_named_alone_in_the_lead_still_outranks_a_told_plan_without_future():
    text = (f" date 2024-06-15 Drill ends\n\nThe ministry said on Saturday that the joint drill has ended. {EN_STORY}\n\n"
            f"The drill began Monday near Grodno. {EN_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 6, 10)


def test_chinese_today_before_a_verb_of_speaking_is_the_news_day():
    text = (f"外交部驳斥声明\n\n2024-05-18 10:20\n\n某国总理日前出访邻国,签署联合声明称双方立场一致。外交部今天驳斥此说法,并批评有关各方。\n\n"
            f"该总理5月12日至15日先后访问两国。{ZH_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 5, 18)


def test_chinese_today_as_nowadays_names_no_day():
    text = (f"两国合作回顾\n\n2024-05-18 10:20\n\n两国合作历史悠久。今天的合作领域更加广泛,涵盖多个方面。\n\n"
            f"代表团5月12日访问工业园。{ZH_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 5, 12)
