"""Rules learnt from a second set of real pages (texts written for these tests, not copied).

Each test states one general rule with made-up outlets, people and wording.
"""
import datetime as dt

import pytest

from despatch.evaluate import _same_time
from despatch.ingest.dates import find_dates

from ingest_support import RU_STORY, ZH_STORY, parse, registry

D = dt.date


# --- times: as printed; the evaluator compares a time with seconds to its minute ------------------

@pytest.mark.parametrize("want, got, same", [
    ("16:57", "16:57:59", True),
    ("16:57:59", "16:57", True),
    ("16:57:59", "16:57:59", True),
    ("16:57", "16:58:00", False),
    ("16:57:10", "16:57:59", False),  # both with seconds: they must agree
])
def test_a_time_with_seconds_matches_its_minute(want, got, same):
    assert _same_time(want, got) is same


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("printed, value", [
    ("2019 四月 19, 13:04", D(2019, 4, 19)),  # year, Chinese month word, day
    ("2021 十一月 3", D(2021, 11, 3)),
    ("2019 April 19", D(2019, 4, 19)),
])
def test_year_month_word_day(printed, value):
    assert [f.value for f in find_dates(printed)] == [value]


# --- Chinese site chrome is no headline ----------------------------------------------------------

@pytest.mark.parametrize("chrome", ["某某丝路首页", "便民信息", "2020年某部banner嵌入", "某某国家级信息服务平台"])
def test_chinese_navigation_and_banner_lines_are_not_the_headline(chrome):
    text = f"{chrome}\n专题\n\n两国外长在首都会谈并签署合作文件\n\n2022-02-17 14:28\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title == "两国外长在首都会谈并签署合作文件"
    assert article.date == D(2022, 2, 17)


def test_a_chinese_stamp_with_a_month_word_dates_the_article():
    text = f"便民信息\n全部新闻\n政治\n2019 四月 19, 13:04\n\n两国外长在首都会谈并签署合作文件\n\n{ZH_STORY}\n"
    article = parse(text)
    assert (article.title, article.date, article.time) == ("两国外长在首都会谈并签署合作文件", D(2019, 4, 19), "13:04")


# --- dateline cities in English -----------------------------------------------------------------

@pytest.mark.parametrize("printed, city", [("Чанша", "Changsha"), ("Чжэнчжоу", "Zhengzhou"), ("Бобруйск", "Bobruisk")])
def test_russian_dateline_cities_come_out_in_english(printed, city):
    article = parse(f"Поезд отправился в Минск\n\n{printed}, 20 января /Синьхуа/ -- {RU_STORY}\n")
    assert article.dateline == city


def test_chinese_dateline_cities_come_out_in_english():
    article = parse(f"中欧班列从长沙开往明斯克\n\n新华社长沙1月20日电 {ZH_STORY}\n")
    assert article.dateline == "Changsha"


# --- datelines in the forms wires take when others republish them ------------------------------

EN_STORY = (
    "Belarus has sharply increased its exports of farm produce to Asia, the deputy minister said on Friday, "
    "adding that more plants had been cleared to sell abroad this year."
)


def test_a_date_first_russian_dateline():
    article = parse(f"Стороны заключат соглашение\n\n12 марта, Гомель /Корр. БЕЛТА/. {RU_STORY}\n")
    assert (article.dateline, article.source) == ("Gomel", "BelTA")


def test_a_republisher_and_the_wire_in_one_bracket():
    text = f"Exports turn to Asia, says minister\n\nMOSCOW (Some Portal News / Sputnik - 03rd June, 2022) {EN_STORY}\n"
    article = parse(text)
    assert (article.dateline, article.source) == ("Moscow", "Sputnik")


def test_a_republishers_place_and_date_before_the_wire_dateline():
    text = f"Farm exports to Asia soar\n\nMumbai, July 08, 2018: MINSK, July 6 (Xinhua) — {EN_STORY}\n"
    article = parse(text)
    assert (article.dateline, article.source, article.date) == ("Minsk", "Xinhua", D(2018, 7, 8))
    assert article.event_date == D(2018, 7, 6)  # 'said on Friday', filed on Friday 6 July


def test_a_wire_dateline_printed_after_the_story_names_the_wire():
    text = (f"BELARUS NEWS AND ANALYSIS\n\nDATE:\n25/03/2010\n\nMinisters agree on new loan\n\n{EN_STORY}\n\n"
            f"{EN_STORY}\n\nMINSK, March 25 (RIA Novosti)\n\nSource:\n")
    article = parse(text)
    assert (article.dateline, article.source) == ("Minsk", "RIA Novosti")


def test_a_sentence_that_ends_the_story_is_no_closing_dateline():
    text = f"Ministers agree on new loan\n\n{EN_STORY}\n\nThe talks will resume in MINSK, March 25 (local time).\n"
    assert parse(text).dateline is None


# --- authors -------------------------------------------------------------------------------------

def test_an_anonymous_author_field_gives_way_to_the_reporters_in_the_dateline():
    text = f"某某农业网 时间:2018-09-05 作者:佚名 来源:新华社\n新华社明斯克9月5日电(记者张明 李华){ZH_STORY}\n"
    article = parse(text)
    assert (article.author, article.source, article.dateline) == ("张明, 李华", "Xinhua", "Minsk")


def test_an_anonymous_author_field_alone_is_no_author():
    text = f"两国外长在首都会谈并签署合作文件\n时间:2018-09-05 作者:佚名\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_a_reporter_named_after_a_chinese_dateline_with_a_dotted_foreign_name():
    text = f"两国外长在首都会谈并签署合作文件\n\n2020.02.11\n\n白通社明斯克2月11日电。记者安娜•彼得罗娃报道。{ZH_STORY}\n"
    assert parse(text).author == "安娜•彼得罗娃"


def test_a_name_with_the_writers_job_in_brackets():
    text = (f"Рубрика\n08:25, 17 февраля 2026\n\nСтороны договорились о новых проектах\n\n"
            f"Анна Петрова\nАнна Петрова (редактор отдела «Политика»)\n\n{RU_STORY}\n")
    assert parse(text).author == "Анна Петрова"


def test_a_name_with_a_bracketed_note_that_is_no_job_is_not_taken():
    text = f"Стороны договорились о новых проектах\n08:25, 17 февраля 2026\nАнна Петрова (фото)\n\n{RU_STORY}\n"
    assert parse(text).author is None


def test_a_closing_story_credit_gives_authors_and_the_place():
    text = (f"Fourth language institute opens\n\n[Source] [Time]    2017-12-27 16:57:59\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "(Story by Anna Novak and Li Wei,, Minsk, December 20th)\n\nRelated News\n")
    article = parse(text)
    assert (article.author, article.dateline, article.time) == ("Anna Novak, Li Wei", "Minsk", "16:57:59")


# --- sources named by the page's frame ------------------------------------------------------------

def test_a_registered_paper_before_the_date_in_the_stamp_is_the_source():
    text = f"分享\n\n两国外长在首都会谈并签署合作文件\n遼寧日報  2019-01-14 10:43:54\n\n{ZH_STORY}\n"
    assert parse(text).source == "Liaoning Daily"


def test_a_sites_name_with_its_slogan_under_the_headline_is_the_source():
    text = f"两国外长在首都会谈并签署合作文件\n\n維基新聞,自由的新聞源\n\n【2023年2月27日訊】\n\n{ZH_STORY}\n"
    article = parse(text)
    assert (article.source, article.date) == ("Wikinews", D(2023, 2, 27))


def test_an_answer_may_give_the_outlet_with_its_printed_name_in_brackets():
    from despatch.evaluate import _source_key
    assert _source_key("Liaoning Daily (遼寧日報)", registry()) == _source_key("Liaoning Daily", registry())
    assert _source_key("Some Unknown Paper (某报)", registry()) != _source_key("Liaoning Daily", registry())


@pytest.mark.parametrize("chrome", [
    "WHAT ARE YOU LOOKING FOR ?",
    "Any use of materials is allowed only if there is a hyperlink to example.az",
    "Поделитесь с друзьями!",
    "Понравилось?",
])
def test_search_prompts_reprint_notices_and_share_prompts_are_no_headline(chrome):
    text = f"Разрешите сайту отправлять вам актуальную информацию.\n{chrome}\n\nСтороны договорились о проектах\n\n{chrome}\n\n{RU_STORY}\n"
    assert parse(text).title == "Стороны договорились о проектах"
