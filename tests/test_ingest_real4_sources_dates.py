"""Source, date, time, dateline and event-day rules learnt from a fourth set of real pages (texts
written for these tests, not copied). Each test states one general rule with made-up people and wording."""
import datetime as dt

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


D = dt.date


# --- sources -------------------------------------------------------------------------------------

def test_photo_credit_from_an_image_library_is_no_source():
    text = (
        "Riverside Logistics Hub\n\nWritten by Olga Petrenko.\nUpdated on 3 March 2025\n"
        f"The hub opened its second terminal this spring. {EN_STORY}\n\n"
        "Terminal building, Source: Quillfeather (Wikimedia Commons).\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source is None


def test_byline_naming_an_outlets_studio_credits_the_outlet():
    text = (
        "Minsk looks east for trade\n\nBy Jonas Keller, ARD Studio Moscow\n\n"
        f"The delegation arrived in the morning. {EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "ARD"


def test_outlet_writing_dates_month_first_by_registry_convention():
    text = (
        "Minsk looks east for trade\n\nStatus: 04/02/2024 09:15 a.m\n\nBy Jonas Keller, ARD Studio Moscow\n\n"
        f"The delegation arrived in the morning. {EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert (article.date, article.time) == (D(2024, 4, 2), "09:15")


def test_promo_for_the_outlets_own_channel_names_the_source():
    text = (
        "Minsk and Beijing plan new rail freight link\n\n"
        f"The ministers agreed on the route. {EN_STORY}\n\n{EN_STORY}\n\n"
        "All important news is on the Izvestia channel in the messenger.\n"
    )
    assert parse(text).source == "Izvestia"


def test_outlet_introducing_its_own_interview():
    text = (
        "The state visit surprised many observers, but its purpose is becoming clearer.\n\n"
        "RFE/RL spoke with Maria Oakes, a fellow at a London think tank, to find out more.\n\n"
        f"RFE/RL: What is your takeaway? {EN_STORY}\n\nMaria Oakes: {EN_STORY}\n"
    )
    assert parse(text).source == "RFE/RL"


def test_russian_wire_correspondent_sign_off():
    text = (
        "Делегации обсудили поставки техники\n\n"
        f"Министры двух стран встретились в Гомеле, передает корреспондент БЕЛТА. {RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "BelTA"


def test_wire_sign_off_later_in_the_lead_quotes_another_outlet():
    text = (
        "Joint drills begin near the border\n\n"
        "Troops of the two countries started joint exercises on Monday near the city. "
        "The drills will last ten days, Politico reports.\n\n"
        f"{EN_STORY}\n"
    )
    assert parse(text).source != "Politico"


def test_full_wire_dateline_after_a_standfirst():
    text = (
        "10:05 12.03.2026\nЛукашенко оценил поставки техники\n"
        "Президент Белоруссии оценил поставки техники в Китай.\n"
        "в мире, белоруссия, китай\n"
        "Президент Белоруссии. Архивное фото\n"
        f"МИНСК, 12 мар – РИА Новости. Президент Белоруссии заявил, что поставки выросли. {RU_STORY}\n"
        f"{RU_STORY}\n"
    )
    assert parse(text).source == "RIA Novosti"


def test_breadcrumb_root_names_a_registered_outlet():
    text = (
        "1. 无忧资讯 /\n  2. 全球 /\n  3. 两国签署合作文件 /\n\n两国签署合作文件 推动工业园建设\n\n"
        f"两国代表在北京签署了合作文件。{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).source == "51.ca (无忧资讯)"


# --- dates and times -----------------------------------------------------------------------------

def test_weekday_stamp_with_a_time_is_the_articles_date():
    text = (
        "Tuesday 5 March 2024 - 18:40\n\nMinister to visit the industrial park\n\n"
        f"The minister is scheduled to tour the park. {EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert (article.date, article.time) == (D(2024, 3, 5), "18:40")


def test_time_in_the_cell_after_the_date():
    text = (
        "Exports to grow this year - minister\n\nAnna Lee Published March 11, 2024 | 07:25 AM\n\n"
        f"Exports will grow, the deputy minister said. {EN_STORY}\n\n{EN_STORY}\n"
    )
    article = parse(text)
    assert (article.date, article.time) == (D(2024, 3, 11), "07:25")


def test_source_label_followed_by_the_page_stamp():
    text = (
        "要闻\n\n两国元首举行会谈\n\n字号+作者: 来源:新华网 2023-05-17 10:21 评论 收藏本文\n\n"
        f"新华社北京5月16日电 两国元首16日在北京举行会谈。{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert (article.date, article.time) == (D(2023, 5, 17), "10:21")
    assert article.event_date == D(2023, 5, 16)


# --- datelines and event days --------------------------------------------------------------------

def test_agency_dateline_opening_a_paragraph_left_in_the_head():
    text = (
        "Skip to Content\n\nLeaders meet in the capital\n\n"
        f"BEIJING (AP) — The two leaders met on Monday, official media said. {EN_STORY}\n\n"
        "Article Topic Follows: AP National\n\nJump to comments\n\nAssociated Press\n"
    )
    assert parse(text).dateline == "Beijing"


def test_country_dateline_with_a_full_date_is_no_event_day():
    text = (
        "В Белоруссии начинаются учения\n"
        "Белоруссия, 9 июня, 2016, 18:20 — ИА Регнум. В Белоруссию для участия в совместном учении прибыли "
        f"военнослужащие, сообщает пресс-служба. {RU_STORY}\n"
        f"Подразделения проведут учение с 10 по 22 июня на полигоне. {RU_STORY}\n"
    )
    article = parse(text)
    assert article.date == D(2016, 6, 9)
    assert article.event_date is None


UK_STORY = (
    "Сторони обговорили торгівлю, транспорт та енергетичні проєкти й домовилися зустрітися знову восени, "
    "щоб розглянути хід робіт у спільному індустріальному парку поблизу столиці."
)


@pytest.mark.parametrize("opening, event", [
    ("Учора міністри двох країн провели переговори у Мінську.", D(2024, 3, 5)),
    ("У вівторок міністри двох країн провели переговори у Мінську.", D(2024, 3, 5)),
    ("Сьогодні міністри двох країн провели переговори у Мінську.", D(2024, 3, 6)),
    ("Міністри двох країн провели переговори у Мінську 4 березня.", D(2024, 3, 4)),
])
def test_ukrainian_day_words_resolve_against_the_publication_date(opening, event):
    text = f"Міністри обговорили транзит\n\n06.03.2024 11:20\n\n{opening} {UK_STORY}\n\n{UK_STORY}\n"
    article = parse(text)
    assert article.date == D(2024, 3, 6)
    assert article.event_date == event


def test_today_meaning_nowadays_later_in_the_lead_is_no_event_day():
    text = (
        "Организация и ее будущее\n\n30.08.2025 15:08\n\n"
        "Наша страна стояла у истоков организации, роль которой с каждым годом растет. "
        f"Ее работа сегодня затрагивает жизнь миллионов людей в регионе. {RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).event_date is None


def test_today_in_the_leads_first_sentence_is_the_event_day():
    text = (
        "总统访华\n\n2025-06-02 10:00\n\n"
        f"邻国总统据报今天起访问中国,将与国家领导人会面。{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).event_date == D(2025, 6, 2)


def test_full_wire_dateline_after_a_standfirst_when_the_body_is_given():
    from despatch.ingest.datelines import find_dateline
    from despatch.ingest.lines import Line
    from despatch.ingest.settings import load_patterns

    body = [
        Line(5, "Президент Белоруссии оценил поставки техники в Китай.", "prose"),
        Line(6, "в мире, белоруссия, китай", "short"),
        Line(7, "Президент Белоруссии. Архивное фото", "caption"),
        Line(8, f"МИНСК, 12 мар – РИА Новости. Президент Белоруссии заявил, что поставки выросли. {RU_STORY}", "prose"),
    ]
    dateline = find_dateline(body[:2], [], load_patterns(), registry(), body[-1:], body=body)
    assert (dateline.city, dateline.agency, dateline.month, dateline.day) == ("Minsk", "РИА Новости", 3, 12)
    assert dateline.rest.startswith("Президент Белоруссии заявил")


@pytest.mark.parametrize("printed, value", [
    ("20221124日凌晨", D(2022, 11, 24)),
    ("2014417日,", D(2014, 4, 17)),
    ("20230105日", D(2023, 1, 5)),
    ("2023111日", None),  # 1 November or 11 January: not read
    ("2023123日", None),
])
def test_chinese_date_with_year_and_month_marks_lost(printed, value):
    from despatch.ingest.dates import find_dates

    found = [f.value for f in find_dates(f"代表团{printed}抵达明斯克") if f.value]
    assert found == ([value] if value else [])


def test_glued_chinese_date_dates_the_event_without_a_publication_date():
    text = (
        "出访印象\n\n"
        f"20230516日上午,代表团一行抵达明斯克,开始为期三天的访问。{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.date is None
    assert article.event_date == D(2023, 5, 16)
