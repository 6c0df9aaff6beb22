"""Source, date and dateline rules drawn from the eighth and ninth held-out sets (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_viewing_date_beside_weather_and_exchange_rates_is_not_the_date():
    text = f"12.05.2024\n°C\n$ 3.27\n€ 3.51\n\nДве страны расширят торговлю зерном\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.date is None
    assert article.event_date is None


def test_time_alone_on_the_line_under_the_date():
    text = f"Две страны расширят торговлю зерном\n07 апреля 2022\n18:45\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article.date == dt.date(2022, 4, 7)
    assert article.time == "18:45"


def test_two_digit_year_date_opening_a_news_list_line():
    text = f"Tour Operator Site\n\nHome » News\n\n15.06.11 Students from abroad choose the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).date == dt.date(2011, 6, 15)


def test_short_year_first_date_after_a_chinese_update_label():
    text = f"两国签署农业合作协议\n\n来源: 最后更新:22-09-14 08:15:30\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.date == dt.date(2022, 9, 14)
    assert article.time.startswith("08:15")


def test_chinese_wire_dateline_with_a_space_after_the_agency():
    text = f"两国总理举行会谈\n\n中新社 明斯克6月3日电 (记者 王明)当地时间6月3日,{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.dateline == "Minsk"
    assert article.source == "China News Service"


def test_chinese_agency_wire_without_city_names_the_source():
    text = f"两国高校成立合作联盟\n\n新华社电  (记者王明)日前,{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.source == "Xinhua"
    assert article.dateline is None


def test_dateline_after_a_photo_caption_run_into_the_story():
    text = (
        f"5月9日,两国领导人在北京举行会谈。新华社记者 王明 摄 新华社北京5月9日电(记者 李华)两国领导人9日举行会谈。{ZH_STORY}\n\n"
        f"{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.dateline == "Beijing"
    assert article.source == "Xinhua"


def test_capital_city_and_colon_opening_the_story_is_a_dateline():
    text = f"Two presidents agree to widen the rail corridor\n\nBEIJING: The two presidents met on Friday. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Beijing"


def test_known_city_in_title_case_and_a_long_dash_is_a_dateline():
    text = f"Two armies start joint drills\n\nWashington — The two armies began joint drills near the border. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline == "Washington"


def test_unknown_word_and_a_long_dash_is_no_dateline():
    text = f"Two armies start joint drills\n\nMeanwhile — the two armies began joint drills near the border. {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).dateline is None


def test_source_label_with_a_ministry_domain_names_the_ministry():
    article = parse(f"Belarus signs a new loan deal\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: minfin.gov.by\n")
    assert article.source == "Ministry of Finance of the Republic of Belarus"


def test_registered_outlets_of_the_region_by_their_names():
    for name, source in [("Пятый канал", "Пятый канал (5-tv.ru)"), ("Царьград", "Tsargrad (Царьград)"),
                         ("ТВ Центр", "TV Centre (ТВ Центр)"),
                         ("Минобороны Беларуси", "Ministry of Defence of the Republic of Belarus")]:
        assert parse(f"Источник: {name}\n\nДве страны расширят торговлю\n\n{RU_STORY}\n\n{RU_STORY}\n").source == source


def test_outlet_pointing_to_its_own_earlier_report_is_the_source():
    text = f"Две страны расширят торговлю\n\n{RU_STORY}\n\nРанее 5-tv.ru сообщал, что стороны готовят соглашение.\n\n{RU_STORY}\n"
    assert parse(text).source == "Пятый канал (5-tv.ru)"


def test_outlet_addressing_its_readers_is_the_source():
    text = f"Две страны расширят торговлю\n\n{RU_STORY}\n\n{RU_STORY}\n\nУважаемые читатели «Царьграда»!\n"
    assert parse(text).source == "Tsargrad (Царьград)"


def test_registered_outlet_that_learned_is_the_source():
    text = f"Two countries widen trade\n\n{EN_STORY}\n\nBesides, the Global Times also learned that the talks will resume. {EN_STORY}\n"
    assert parse(text).source == "Global Times"


def test_aggregator_line_with_a_domain_and_relative_age_names_the_outlet():
    text = f"Two countries widen trade\n\ndefence24.pl 3 years ago\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Defence24 (defence24.pl)"


def test_aggregator_read_on_pointer_names_the_outlet():
    text = f"Спикер встретился с послом\n\n{RU_STORY}\n\n{RU_STORY}\n\nЧитать на ont.by\n"
    assert parse(text).source == "ONT"


def test_photo_provided_to_a_site_names_the_site():
    text = f"Two countries open a cultural centre\n\nThe centre opened its doors in the capital. [Photo provided to example-culture.org]\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "example-culture.org"


def test_chinese_periodical_issue_line_names_the_magazine():
    text = f"两国地方合作不断深化\n\n2019-07-16\n\n草原与世界 2019年4期\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "草原与世界"


def test_masthead_name_before_the_site_slogan_is_the_source():
    text = f"SteppeTours, Incoming Tour Operator\n\nHome » News\n\nStudents from abroad choose the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "SteppeTours"


def test_bare_chinese_day_takes_the_month_named_before_it_in_the_paragraph():
    text = (
        "两国地方合作不断深化\n\n2019-07-16\n\n"
        f"3月21日至25日,代表团访问重庆。22日,市长会见了代表团一行。{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).event_date is None  # the 22nd of March, too long before publication; not 22 June
