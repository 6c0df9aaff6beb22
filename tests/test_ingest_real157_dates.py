"""Date rules from the real157-159 pages: a day, month and year each closed by a dot and a space
('11. 01. 2017'); a numbered document's date in the headline ('Decree No. 219 of 16 May 2014'), which
dates the document and, for a lead that names its day without the year, the event, but not the page;
the year of a drill's or fair's quoted name ('“金色草原-2019”') or of a year's first of its kind ('迎来2019年
“开门红”', 'the first launch of 2019') placing a wire's yearless dateline, past a related story's headline
set between the lead's paragraphs; a Chinese verb of telling in an earlier clause does not make a later
clause's day the telling's. Texts written for the tests."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.dates import find_dates
from despatch.ingest.events import find_event_date
from despatch.ingest.settings import load_patterns

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def test_a_day_month_and_year_each_closed_by_a_dot_and_a_space_is_read():
    found = [f.value for f in find_dates("portal.example | 11. 01. 2017 | Шрифт: a a a |")]
    assert found == [dt.date(2017, 1, 11)]


def test_a_spaced_dotted_stamp_dates_the_page_over_the_wires_day_before():
    text = (f"Главная страница>Новости |\n\n{RU_TITLE}\n\nportal.example | 11. 01. 2017 | Шрифт: a a a |\n\n"
            f"Ханой, 10 января /Синьхуа/ -- Во вторник в посольстве прошел день культуры. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).date == dt.date(2017, 1, 11)


def test_a_numbered_documents_date_in_the_headline_does_not_date_the_page():
    text = (f"Commentary to Order No. 47 of 3 March 2015\n\nThe President signed Order No. 47 on the new river "
            f"port near the border town on 3 March.\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date is None


def test_a_headlines_complete_date_gives_its_year_to_the_leads_day():
    lead = ["The President signed Order No. 47 on the new river port near the border town on 3 March.", EN_STORY]
    day = find_event_date(None, None, lead, load_patterns(), "Commentary to Order No. 47 of 3 March 2015")
    assert day == dt.date(2015, 3, 3)


def test_a_quoted_drills_name_with_its_year_places_the_wires_dateline_past_a_related_headline():
    text = (f"{ZH_TITLE}\n\n新华社北京8月7日电 国防部7日发布消息称,两国陆军联合训练于5日在某训练基地开始举行,"
            f"本次训练为期十余天。\n\n湖边举行划船比赛\n\n消息介绍道,“金色草原-2019”联合训练是双方首次举行此类训练。"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2019, 8, 7)
    assert article.event_date == dt.date(2019, 8, 5)


def test_a_year_told_as_opening_well_places_the_wires_dateline():
    text = (f"{ZH_TITLE}\n\n中新网某地1月16日电 (记者 张某)1月16日凌晨,某型卫星在发射中心成功发射。"
            f"某航天迎来2019年“开门红”。\n\n该卫星项目合同于2011年签署。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date == dt.date(2019, 1, 16)


def test_the_first_launch_of_a_year_places_the_wires_dateline():
    text = (f"{EN_TITLE}\n\nXICHANG, Jan. 16 (Xinhua) -- A carrier rocket put a communications satellite into orbit "
            f"in the small hours, the first launch of 2016 for the space program.\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).date == dt.date(2016, 1, 16)


def test_a_portals_label_for_its_own_news_item_dates_the_page():
    text = (f"Лента новостей\n\n{RU_TITLE}\n\nФото с сайта example.cn, фото - Новости Vestnik.kz от 14.03.2018 09:41 "
            f"Фото с сайта example.cn\n\n{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article.date == dt.date(2018, 3, 14)
    assert article.time == "09:41"


def test_a_fairs_latin_name_and_year_after_its_chinese_word_places_the_wires_dateline():
    text = (f"{ZH_TITLE}\n\n某通社某城7月20日电 某国国家展将于11月在上海举办。这是展览公司总监在"
            f"“某国参加国际工业展览会TECHNOFAIR-2022总结”新闻发布会上宣布的。\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).date == dt.date(2022, 7, 20)


def test_a_features_dateline_with_its_label_where_the_wire_puts_its_dispatch_mark():
    text = (f"某市新闻网\n\n刘某 2019-02-06 19:08 阅读量:1523\n\n新华社某城2月6日 通讯:某国乳业迎来发展机遇\n\n"
            f"新华社记者 王某 李某\n\n春节前,一家乳制品企业分两批发送奶粉。{ZH_STORY}\n\n{ZH_STORY}\n")
    article = parse(text)
    assert article.dateline is not None
    assert article.event_date is None


def test_a_chinese_wires_closing_dateline_with_its_reporter_after_it_names_the_city():
    text = (f"{ZH_TITLE}\n\n| 編輯: 王某 | 時間: 2025-10-23 10:40:17 | 來源: 新華社 |\n\n某國總理22日在論壇期間表示,"
            f"兩國合作具有重要意義。\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n新華社第比利斯電 記者張某某\n\n標簽:合作\n")
    assert parse(text).dateline == "Tbilisi"
