"""Ingest rules for sources, dates and event dates drawn from a fourteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, ZH_STORY, parse

from despatch.ingest.dates import find_dates


def test_publication_label_with_volume_and_issue_names_the_periodical():
    text = f"Minsk courts Beijing again\n\nPublication: Steppe Quarterly Review Volume: 7 Issue: 12\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Steppe Quarterly Review"


def test_publication_label_without_an_issue_names_no_source():
    text = f"Minsk courts Beijing again\n\nPublication: 12 pages\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_chinese_site_name_under_the_date_line_is_the_masthead():
    text = f"白俄罗斯期待扩大合作\n2019-05-04 10:12:30\n草原物流信息平台\n{ZH_STORY}\n据《远方报》网站援引新华社报道,{ZH_STORY}\n"
    assert parse(text).source == "草原物流信息平台"


def test_plain_words_under_the_date_line_name_no_source():
    text = f"白俄罗斯期待扩大合作\n2019-05-04 10:12:30\n国际合作动态\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_chinese_headline_news_label_resolves_to_its_english_name():
    text = f"卢卡申科访华\n\n2025-06-04 09:25:29 · 来源: 头条新闻\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Chinese Headline News"


def test_outlet_in_brackets_after_the_last_chinese_sentence_is_the_source():
    text = f"\n{ZH_STORY}\n{ZH_STORY}\n“我们两国的合作将带来实实在在的好处。”(中國進出口網)\n\nThe two sides discussed trade.\n"
    assert parse(text).source == "China Import and Export Net"


def test_unregistered_site_in_brackets_after_the_last_sentence_is_the_source():
    text = f"\n{ZH_STORY}\n{ZH_STORY}\n双方将继续推动务实合作。(草原贸易网)\n"
    assert parse(text).source == "草原贸易网"


def test_reporter_in_brackets_after_the_last_sentence_names_no_source():
    text = f"\n{ZH_STORY}\n{ZH_STORY}\n双方将继续推动务实合作。(王小明)\n"
    assert parse(text).source is None


def test_guest_of_a_registered_outlet_speaking_in_the_present_is_its_interviewee():
    text = (f"Minsk needs loans – expert\n\n{EN_STORY}\n\n“The money will not reach the economy,” "
            f"the guest of Belsat TV says.\n\n{EN_STORY}\n")
    assert parse(text).source == "Belsat"


def test_someone_who_told_an_outlet_does_not_make_it_the_source():
    text = f"Minsk needs loans – expert\n\n{EN_STORY}\n\n“The money will not reach the economy,” he told Belsat TV.\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_chinese_site_name_and_domain_on_the_first_line_name_the_site():
    text = f"草原论坛bbs.steppeforum.cn\n\n登录 注册\n\n当前位置: 首页 > 生活\n\n卢卡申科访华\n\n时间:2025-06-04\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "steppeforum.cn"


def test_bracketed_two_digit_year_date_is_read():
    found = find_dates("troops gathered.” (07/19/24)", day_first=False)
    assert [f.value for f in found] == [dt.date(2024, 7, 19)]


def test_digest_date_closing_an_american_outlets_quote_is_read_month_first():
    text = f"Troops drill near the border\n\nSource: ABC News\n\n“{EN_STORY} {EN_STORY}” (07/09/24)\n"
    assert parse(text).date == dt.date(2024, 7, 9)


def test_digest_date_closing_a_quote_is_read_day_first_elsewhere():
    text = f"Troops drill near the border\n\n“{EN_STORY} {EN_STORY}” (07/09/24)\n"
    assert parse(text).date == dt.date(2024, 9, 7)


def test_wire_dateline_a_day_after_the_page_date_keeps_the_year():
    text = (f"Ambassador praises ties\n\n29 Sep 2015\n\nMINSK, 30 September (BelTA) – The ambassador spoke at the "
            f"reception on 29 September, BelTA has learned.\n\n{EN_STORY}\n")
    assert parse(text).event_date == dt.date(2015, 9, 29)


def test_day_of_a_cited_outlets_report_is_not_the_event():
    text = f"白俄罗斯期待扩大合作\n2018-06-04 11:03:59\n\n俄媒称,总统亲自驾车迎接客人。\n\n据《远方报》网站5月29日援引白俄罗斯通讯社报道,{ZH_STORY}\n"
    assert parse(text).event_date is None


def test_day_after_a_cited_report_clause_is_the_event():
    text = f"白俄罗斯期待扩大合作\n2018-06-04 11:03:59\n\n据新华社报道,5月29日,两国签署了合作协议。{ZH_STORY}\n"
    assert parse(text).event_date == dt.date(2018, 5, 29)


def test_day_of_an_occasion_the_news_comes_ahead_of_is_not_the_event():
    text = (f"Troops drill near the border\n\nSource: ABC News\n\n“Officials said Tuesday that the drill started on Monday. "
            f"It comes ahead of the summit that opens on Tuesday. {EN_STORY}” (07/09/24)\n")
    assert parse(text).event_date == dt.date(2024, 7, 8)
