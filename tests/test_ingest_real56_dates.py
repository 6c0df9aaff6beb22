"""Ingest rules for publication dates and event dates drawn from the 56th and 57th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse


def test_a_bare_date_under_the_sites_edition_switch_is_todays_date_not_the_pages():
    text = ("中国内地版本\n2025年3月12日\n"
            "某国教育署副署长表示,该署已与教育部联合启动信息系统收集留学申请,今年已有数万人申请。\n\n"
            "他说,明年这一数字还将上升,来自各国的优秀学生将赴该国学习。\n")
    assert parse(text).date is None


def test_yesterday_inside_a_quotation_is_the_speakers_day_not_one_before_publication():
    text = ("全球/某國大選登場 局勢變還不變?\n\n某某新聞 2020-08-14 00:00\n\n"
            "某國總統表示,「我為我的聲音道歉,醫師昨天這樣結論,我已經康復了」。\n\n"
            "反對民眾異口同聲,認為該國需要改朝換代,需要新總統、新氣象。\n\n"
            "該國經濟益發萎靡,民意終於逐漸背離,總統也面臨空前挑戰。\n")
    article = parse(text)
    assert article.date.isoformat() == "2020-08-14"
    assert article.event_date is None


def test_yesterday_outside_quotes_still_dates_the_event():
    text = ("Ministers met in the capital\n\nMarch 5, 2024\n\n"
            f"The two foreign ministers met in the capital yesterday and signed a cooperation plan. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).event_date) == "2024-03-04"


def test_a_month_day_and_year_with_no_space_after_the_comma_dates_the_page():
    text = ("Two countries vow to deepen security ties\n\nUpdated: Mar 14,2017 9:10 PM\n\n"
            f"NORTHTOWN — The two ministers met on Mar 14 in the capital and agreed to work together. {EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.date.isoformat() == "2017-03-14"
    assert str(article.event_date) == "2017-03-14"


def test_a_wire_dateline_behind_question_marks_left_by_a_lost_code_page_is_read():
    text = ("通讯:丝路古道焕新颜\n\n"
            "????新华网杜尚别7月18日电(记者李某)该国是古丝绸之路重要一站。两国领导人决定将两国关系提升至新水平。\n\n"
            "????这条公路贯穿该国南北,全长368公里。隧道通车前,从首都到北方第二大城市要走10多个小时。\n")
    assert parse(text).dateline == "Dushanbe"
