"""Ingest rules for event dates drawn from a twentieth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_interview_to_the_agency_under_a_dateline_names_no_event_day():
    text = (
        "某国大使谈两国人文合作\n\n2025 三月 14, 10:05\n\n"
        "通讯社明斯克3月14日电 某国驻华大使在出席合作会议后,就通讯社记者提问表示,旅游和教育有助于两国人民相互了解。\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.event_date is None


def test_remark_made_in_an_interview_takes_no_day_from_the_dateline():
    text = (
        "Expert sees long partnership ahead\n\n14 March 2025\n\n"
        "MINSK, 14 March (BelTA) - The partnership will last for decades, a professor of economics said "
        f"in an interview to a television channel, BelTA has learned.\n\n{EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.event_date is None


def test_interview_whose_day_the_lead_names_keeps_that_day():
    text = (
        "某国大使接受通讯社专访\n\n发布时间:2025-03-14 09:00\n\n"
        "新华社明斯克3月14日电 13日,某国大使接受记者采访时表示,两国合作不断深化。\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2025, 3, 13)


def test_day_an_anniversary_falls_on_is_not_the_event():
    text = (
        "Юбилей республики и дружба народов\n\n2024-10-01 07:40\n\n"
        "1 октября исполняется 75 лет со дня образования республики. В связи с датой посол рассказал "
        f"об истории страны и её партнерстве с Беларусью.\n\n{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).event_date is None


def test_national_day_named_as_a_holiday_is_not_the_event():
    text = (
        "Посол о празднике\n\n2024-10-01 07:40\n\n"
        "Посол ответил на вопросы: 1 октября является днем основания республики и главным праздником страны. "
        f"Он рассказал о ее истории.\n\n{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).event_date is None


def test_celebration_reported_on_its_day_keeps_the_day():
    text = (
        "Посольство отметило праздник\n\n2024-10-02 07:40\n\n"
        "1 октября, посольство провело прием по случаю 75-летия республики.\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2024, 10, 1)


def test_word_cut_at_the_end_of_the_scanned_lead_is_not_a_weekday():
    # the lead is read only so far; a word it cuts ('вс' of 'все') is not Sunday's short name
    filler = "Посол рассказал об истории страны, о ее промышленности, науке и культуре. "
    lead = (filler * 30)[:1195] + " и все остальные темы."
    text = f"Посол о дружбе стран\n\n2024-10-01 07:40\n\n{lead}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).event_date is None


def test_agency_slash_city_and_day_credit_line_is_a_dateline():
    text = (
        "兩國鐵路貨運受阻 總統稱問題不在本國\n\n中央社／ 台北23日電\n\n"
        "白俄總統22日會見到訪的中國官員時表示,邊界封閉導致的貨運問題很快能夠解決。\n\n"
        "雙方也討論了經貿與交通合作,同意加強溝通。\n"
    )
    article = parse(text)
    assert article.dateline == "Taipei"
    assert article.source == "Central News Agency"


def test_undated_page_whose_lead_names_another_weekday_takes_no_complete_date():
    # 10 May 2021 was a Monday: the date in the picture's line is not the Thursday of the news
    text = (
        "Leaders meet again in the capital\n\n"
        "President Anna Berg of Norland, left, and President Tomas Vik of Eastland, right, attend the plenary meeting "
        "of the trade forum for regional cooperation at the congress hall by the lake on May 10, 2021, on the edge of "
        "the capital of Norland. Jan Novak/Picture Agency\n\n"
        "The president on Thursday welcomes his counterpart for a three-day state visit, a week after the talks.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).event_date is None


def test_undated_page_whose_complete_date_is_the_weekday_named_keeps_it():
    text = (
        "Leaders meet again in the capital\n\n"
        "On Monday, May 10, 2021, the two presidents signed a treaty in the capital.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2021, 5, 10)


def test_span_of_days_in_brackets_after_an_occasion_is_not_the_event():
    text = (
        "解读两国联合演习\n\n发布时间:2024-07-23 10:41\n\n"
        "近日两国举行的联合演习引起广泛关注。\n\n"
        "在某联盟峰会(7月9日至11日)开幕前,两国军队在边境附近开始演习,演习为期十二天。\n\n"
        f"{ZH_STORY}\n"
    )
    assert parse(text).event_date is None


def test_summit_dates_glossed_in_brackets_give_way_to_the_day_of_the_news():
    text = (
        "Leaders sign a trade pact\n\n12 July 2024\n\n"
        "On 11 July, on the last day of the regional summit (July 9-11), the two leaders signed a trade pact.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2024, 7, 11)


def test_headline_telling_of_today_dates_the_event_on_a_dated_page():
    text = (
        "Hundredth tractor of the new model rolls off the line today in Borovo\n\n16 августа 2019\n\n"
        "This year the plant has doubled its exports. Among new markets is the Asian one.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2019, 8, 16)


def test_headline_opening_with_today_in_general_names_no_event_day():
    text = (
        "Today the plant is one of the largest exporters in the region\n\n16 августа 2019\n\n"
        "This year the plant has doubled its exports. Among new markets is the Asian one.\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).event_date is None


def test_page_put_out_on_an_anniversary_its_chinese_lead_names_keeps_that_day():
    text = (
        "某国大使就建交30周年接受通讯社专访\n\n发布时间:2024-03-05 09:00\n\n"
        "引言:2024年3月5日是两国建交30周年。某国大使在接受通讯社记者采访时介绍了两国合作成果。\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).event_date == dt.date(2024, 3, 5)
