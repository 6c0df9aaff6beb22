"""Ingest rules for datelines and event dates drawn from the 45th and 46th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, ZH_STORY, parse


def test_without_a_publication_date_a_captions_date_over_a_photo_credit_dates_nothing():
    text = ("邊境的核電站\n\n2015年3月8日,一位住在電站附近的農民在田裏幹活。\n\n"
            f"攝影師:某某某自1991年以來,鄰國盡力與西歐拉近關係。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_without_a_publication_date_a_day_of_last_year_takes_no_year_from_elsewhere():
    text = ("【國際觀察】選舉爭議\n\n某國自去年8月以來成為焦點。去年8月9日大選結果出爐,官方宣布現任總統當選。\n\n"
            f"1994年7月,該國第一次民選總統。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_a_chinese_wires_dateline_from_the_presidents_aircraft_is_in_english():
    text = (" date 2025-08-15 总统与邻国领袖通电话\n\n（法新社空军一号15日电） 美国总统今天与邻国领袖通电话。"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).dateline == "Air Force One"


def test_a_known_title_case_city_and_a_colon_is_the_dateline():
    text = ("Two countries ink six agreements\n\nThe corridor was first a USD 40 billion project.\n\n"
            f"Islamabad: The two countries on Monday signed six documents to expand cooperation. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Islamabad"


def test_a_known_chinese_city_and_a_dash_opening_the_story_is_the_dateline():
    text = (f"大使会晤代表团\n\n雅加达——某国再次显示了与该组织的密切关系。昨天,代表团在首都会见了大使。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).dateline == "Jakarta"


def test_two_known_cities_and_a_bar_give_the_first_as_dateline():
    text = (f"Tariffs lifted on grain\n\nCanberra/Tokyo | The prime minister is set to visit the capital later this year. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).dateline == "Canberra"


def test_a_counters_dash_before_a_stamp_opens_no_span_of_days():
    text = ("The president urged not to forget the prisoners\n\n7- 14.05.2025, 10:05\n\n"
            f"The president wrote about the release of the prisoners. {EN_STORY}\n\n{EN_STORY}\n")
    assert str(parse(text).date) == "2025-05-14"


def test_a_chinese_day_before_a_verb_of_telling_dates_the_statement_under_a_plan():
    text = (" date 2021-10-18 外长将访问某国\n\n(中央社台北18日电)外交部宣布,外长将于17日至18日访问某国,会见代表团。\n\n"
            f"这是双方首度正式会晤。\n\n外交部发言人某某17日在例行记者会上表示,外长将于10月17日至18日访问该国。{ZH_STORY}\n")
    assert str(parse(text).event_date).endswith("-17")


def test_a_chinese_editions_closing_credit_gives_the_reporters_city_and_no_day():
    text = (f"兩國外長會談\n\n2023/05/10\n\n兩國外長最後一次互訪是三年前。{ZH_STORY}\n\n{ZH_STORY}\n\n"
            "某某經濟新聞(中文版:某某中文網)山田太郎 北京\n")
    article = parse(text)
    assert article.dateline == "Beijing"
    assert article.event_date is None
