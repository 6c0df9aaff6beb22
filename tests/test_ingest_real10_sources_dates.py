"""Ingest rules for sources, dates, times and datelines drawn from a tenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_link_cited_after_a_sentence_does_not_name_the_source():
    text = (
        "1/3 Trade between the two countries grew last year, customs figures show.\n"
        "2/3 The finance ministry lent more to the railway than to any other project, respectively. http://www.minfin.gov.by/ru/public_debt/\n"
        f"3/3 {EN_STORY}\n"
    )
    assert parse(text).source != "Ministry of Finance of the Republic of Belarus"


def test_section_kicker_over_the_headline_is_not_the_masthead():
    text = f"International Agriculture News\n\nFarmers expect a record grain harvest\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_chinese_outlet_named_after_its_parent_is_the_outlet():
    text = f"两国城市缔结友好关系\n\n2023-03-14 09:43:15 来源:中央广电总台国际在线\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "China Radio International"


def test_outlet_named_after_a_dateline_without_one_is_the_source():
    text = f"Two presidents meet in Samarkand\n\nMINSK, September 15 – RIA Novosti. {EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert (article.source, article.dateline) == ("RIA Novosti", "Minsk")


def test_site_domain_tagging_the_lead_is_the_source():
    text = f"Car plant opens near the capital\n\nSteppeMotors.com – {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "SteppeMotors.com"


def test_registered_site_domain_tagging_the_lead_gives_its_name():
    text = f"Car plant opens near the capital\n\nRusAutoNews.Com – {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "RusAutoNews"


def test_reporting_and_editing_credit_marks_a_reuters_story():
    text = f"MINSK — {EN_STORY}\n\n{EN_STORY} (Reporting by Anna Novak; Editing by Li Wei)\n"
    assert parse(text).source == "Reuters"


def test_chinese_agency_reported_line_before_the_footer_is_the_source():
    text = f"工商会代表处将举行揭幕仪式\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n白俄罗斯通讯社报道\n\n© 2020 Portal\n"
    assert parse(text).source == "BelTA"


def test_root_of_a_labelled_one_line_breadcrumb_is_the_source():
    text = f"您的位置: 中国投资 > 封面故事 > 中欧班列过境效率提升\n\n中欧班列过境效率提升\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "China Investment"


def test_banner_asking_to_support_the_team_names_the_outlet():
    text = f"Поддержать команду Зеркала\n\nТорговля выросла вдвое за полгода\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Zerkalo"


def test_date_glued_to_its_time():
    article = parse(f"Год малой родины открыт\n\n26.08.202110:58\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert (article.date, article.time) == (dt.date(2021, 8, 26), "10:58")


def test_unix_epoch_zero_is_never_a_date_nor_its_hour_a_time():
    article = parse(f"Belarus to Europe, via China\n\nPublishtime:1970-01-01 08:00:00 Views:31\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert (article.date, article.time) == (None, None)


def test_midnight_to_the_minute_is_a_date_only_record_not_a_time():
    article = parse(f"Interview with the first vice premier\n\n发布于: 2021-10-01 00:00\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert (article.date, article.time) == (dt.date(2021, 10, 1), None)


def test_bracketed_chinese_wire_dateline_with_the_day_only():
    text = f"貨運列車首發\n\n(中央社台北22日電){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).dateline == "Taipei"


def test_minguo_filing_code_closing_the_story_dates_it():
    text = f"貨運列車首發\n\n(中央社台北22日電){ZH_STORY}\n\n{ZH_STORY}1060522\n"
    assert parse(text).date == dt.date(2017, 5, 22)
