"""Ingest rules for sources, dates, times and datelines drawn from an eleventh held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_repost_label_names_the_source():
    text = f"中白工业园新签三个项目\n\n转自:CGTN\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CGTN"


def test_repost_note_before_the_disclaimer_names_the_source():
    text = f"工业园新签三个项目\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n文章转载自:界面新闻网 非本站原创\n\n郑重声明:本文版权归原作者所有\n"
    assert parse(text).source == "Jiemian"


def test_space_between_chinese_characters_of_a_source_is_layout():
    text = f"省长会见代表团\n\n来源:中国 草原政府网 时间:2018-01-11 21:57:00\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "中国草原政府网"


def test_bracketed_credit_of_a_chinese_paper_names_the_paper():
    text = f"【环球时报报道 记者 王小明】{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Global Times"


def test_bracketed_credit_of_this_paper_names_no_source():
    text = f"工业园新签三个项目\n\n【本报讯 记者 王小明】{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_headline_led_by_a_registered_outlet_and_a_colon_names_the_source():
    text = f"Placeholder canvas\n\nSCMP: Freight trains to Europe double in a year\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "South China Morning Post"


def test_headline_led_by_a_speaker_and_a_colon_names_no_source():
    text = f"Placeholder canvas\n\nLukashenko: Freight trains to Europe double in a year\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_copyright_line_of_a_registered_site_names_the_source():
    text = f"{ZH_STORY}\n\n{ZH_STORY}\n\nCopyright © 2016 Kankanews.com Inc. All Rights Reserved.\n"
    assert parse(text).source == "Kankanews"


def test_copyright_line_of_an_unknown_site_names_no_source():
    text = f"{EN_STORY}\n\n{EN_STORY}\n\nCopyright © 2016 Example Widgets Inc. All Rights Reserved.\n"
    assert parse(text).source is None


def test_outlet_introducing_its_own_interviews_is_the_source():
    text = f"{RU_STORY} Об этом DW поговорила с экспертами из разных стран.\n\n{RU_STORY}\n"
    assert parse(text).source == "Deutsche Welle"


def test_outlet_in_quotes_asking_its_interviewees_is_the_source():
    text = f"Учеба за границей\n\n{RU_STORY} «Свобода» расспросила, зачем молодежи учиться за границей.\n\n{RU_STORY}\n"
    assert parse(text).source == "RFE/RL"


def test_outlet_columnist_named_in_the_teaser_is_the_source():
    text = f"{RU_STORY} О подоплеке происходящего рассуждает обозреватель REX Иван Петров.\n\n{RU_STORY}\n"
    assert parse(text).source == "IA REX"


def test_former_name_of_an_outlet_is_the_outlet():
    text = f"Rail freight doubles\n\nNikkei Asian Review\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Nikkei Asia"


def test_dateline_of_two_cities_is_the_first():
    text = f"Rail freight doubles\n\nMOSCOW/MINSK, Belarus -- {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Moscow"


def test_reporter_credit_with_a_city_is_the_dateline():
    text = f"貨運列車首發\n\n記者王小明/台北報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Taipei"


def test_city_before_our_correspondent_reports_is_the_dateline():
    text = f"Credit Promise\n\nThe bank is ready to lend more. Minsk. Our special correspondent in Belarus, Ivan Petrov, reports.\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Minsk"


def test_marker_before_the_day_of_a_finished_event_in_the_lead_is_no_date():
    text = f" date 2025-12-01 В Минске 9 декабря подписано соглашение о сотрудничестве, сообщает пресс-служба.\n\n{RU_STORY}\n"
    assert parse(text).date is None


def test_marker_after_the_day_of_a_finished_event_in_the_lead_stands():
    text = f" date 2025-12-12 В Минске 9 декабря подписано соглашение о сотрудничестве, сообщает пресс-служба.\n\n{RU_STORY}\n"
    assert parse(text).date == dt.date(2025, 12, 12)


def test_last_update_years_after_every_year_the_story_names_is_no_date():
    text = f"Последнее обновление: 24.11.2024 15:00\n\nТуристы без виз с 2016 года\n\n{RU_STORY} Порядок действует с сентября 2016 года.\n\n{RU_STORY}\n"
    article = parse(text)
    assert (article.date, article.time) == (None, None)


def test_bare_updated_stamp_still_dates_a_story_of_earlier_years():
    text = f"Industrial park an exemplar\n\nUpdated: December 19, 2022\n\n{EN_STORY} The park was founded in 2012.\n\n{EN_STORY}\n"
    assert parse(text).date == dt.date(2022, 12, 19)


def test_last_update_in_the_year_the_story_names_dates_it():
    text = f"Последнее обновление: 24.11.2024 15:00\n\nТуристы без виз\n\n{RU_STORY} Порядок действует с сентября 2024 года.\n\n{RU_STORY}\n"
    assert parse(text).date == dt.date(2024, 11, 24)
