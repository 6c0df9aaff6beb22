"""Source, date and dateline rules learnt from a third set of real pages (texts written for these
tests, not copied). Each test states one general rule with made-up people and wording."""
import datetime as dt

import pytest

from despatch.ingest.dates import find_dates
from despatch.ingest.sources import source_named_inflected

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

D = dt.date


# --- sources -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sign_off, source", [
    ("the ministry said, Trend reports.", "Trend News Agency"),
    ("the ministry said, Report informs referring to BelTA.", "Report.az"),
    ("the ministry said, BelTA has learned.", "BelTA"),
    ("the ministry said, BelTA learned from the press service.", "BelTA"),
])
def test_a_wire_signing_its_lead_is_the_source(sign_off, source):
    text = f"Regional officials meet in the capital\n\nOfficials met on Monday to discuss transit, {sign_off}\n\n{EN_STORY}\n"
    assert parse(text).source == source


def test_an_outlet_quoted_in_the_past_tense_is_not_the_source():
    text = f"Regional officials meet in the capital\n\nOfficials met on Monday to discuss transit, Trend reported.\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_paper_announcing_its_own_coming_issue_is_the_source():
    text = ("Область подписала новое соглашение\n\n" + RU_STORY + "\n\nПодробности мы расскажем в одном из "
            "ближайших номеров «Гомельской праўды».\n")
    assert parse(text).source == "Gomelskaya Pravda"


def test_an_inflected_russian_name_finds_the_registered_outlet():
    assert source_named_inflected(registry(), "Витебских вестей").name == "Vitebskiye Vesti"
    assert source_named_inflected(registry(), "Брестского вестника").name == "Brestsky Vestnik"
    assert source_named_inflected(registry(), "Синих птиц") is None


def test_a_source_label_run_together_with_its_date():
    text = f"正在阅读:两国物流合作再上新台阶\n\n两国物流合作再上新台阶\n\n来源:甘肃日报2023-04-11 09:20\n\n{ZH_STORY}\n"
    article = parse(text)
    assert (article.source, article.date, article.time) == ("Gansu Daily", D(2023, 4, 11), "09:20")


def test_a_registered_outlet_after_a_stamps_date_with_a_view_count():
    text = f"美食网\n\n两国签署肉类出口合同\n\n   2021-03-02 俄罗斯卫星网1034\n\n{ZH_STORY}\n"
    assert parse(text).source == "Sputnik"


def test_an_embassy_line_under_the_headline():
    text = f"大使在文化论坛上的致辞\n驻白俄罗斯使馆\n2022-05-17 18:40\n\n{ZH_STORY}\n"
    assert parse(text).source == "Embassy of the People's Republic of China in the Republic of Belarus"


def test_a_columnist_of_a_registered_outlet():
    text = f"【文/观察者网专栏作者 王某】\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source == "Guancha"


def test_a_whole_line_source_label_may_name_a_long_unregistered_body():
    body = "Press Office of the State Committee for Science and Technology of the Republic of Narnia"
    text = f"Universities sign a new agreement\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: {body}.\n"
    assert parse(text).source == body


def test_a_bibliographic_record_gives_the_paper_and_its_issue_date():
    text = ("Иванов, П. Новые мосты / Пётр Иванов // Витебские вести. — 2022. — 14 апреля. — С. 3.\n"
            f"{RU_STORY}\n{RU_STORY}\n")
    article = parse(text)
    assert (article.source, article.date) == ("Vitebskiye Vesti", D(2022, 4, 14))


# --- dates ---------------------------------------------------------------------------------------

def test_a_stamp_in_cells_time_day_month_year():
    assert [f.value for f in find_dates("09:05 | 3 марта | 2019")] == [D(2019, 3, 3)]
    article = parse(f"\nНовый завод открыт\n09:05 | 3 марта | 2019\n{RU_STORY}\n{RU_STORY}\n")
    assert (article.date, article.time) == (D(2019, 3, 3), "09:05")


def test_a_time_then_the_date_opening_a_line_is_the_pages_stamp():
    text = ("Daily Post: President writes on regional cooperation\n\n"
            "11:20 14.02.2023 The Daily Post published the president's article\n\n"
            "Regional cooperation for shared prosperity\n\n"
            "By Ivan Petrov | China Daily | Updated: 2023-02-13\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert (article.date, article.time) == (D(2023, 2, 14), "11:20")


def test_a_weekday_page_header_gives_way_to_the_articles_dated_line():
    text = f"Mon. Nov 4th, 2024\n\nAstana, 3 June 2024\n\nThe leaders met in the capital on 2 June. {EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert (article.date, article.dateline) == (D(2024, 6, 3), "Astana")


# --- datelines -----------------------------------------------------------------------------------

def test_a_dateline_after_a_headline_and_stamp_run_together():
    text = ("Делегация прибыла в столицуКНР03.04.2023 10:15БИШКЕК, 3 апреля. /УЗИНФОРМ/. Сегодня делегация прибыла. "
            f"{RU_STORY}\n{RU_STORY}\n")
    article = parse(text)
    assert (article.dateline, article.date, article.time, article.source) == ("Bishkek", D(2023, 4, 3), "10:15", "UzInform")


def test_a_chinese_dateline_with_the_country_before_the_city():
    text = f"两国高校签署合作协议\n\n2021-06-02 10:00 来源: 新华社\n\n新华社白俄罗斯布列斯特6月1日电(记者 张某)中白两国高校1日签署协议。{ZH_STORY}\n"
    assert parse(text).dateline == "Brest"


def test_a_chinese_dateline_with_pinyin_glosses():
    text = f"來源:人民網(wǎng)\n2018-03-05 10:00:00\n人民網(wǎng)北京3月5日電 (張某){ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).dateline == "Beijing"


# --- event dates ---------------------------------------------------------------------------------

def test_a_bare_chinese_day_belongs_to_the_month_the_lead_named():
    text = f"时间:2022-05-20\n\n两国代表团举行会谈\n\n3月14日至16日,代表团来访并出席了系列活动。{ZH_STORY}\n15日,市长会见代表团一行。{ZH_STORY}\n"
    assert parse(text).event_date != dt.date(2022, 5, 15)
