"""Ingest rules for publication dates drawn from the 64th to 67th held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, ZH_STORY, parse


def test_a_wire_dateline_without_a_year_takes_the_year_of_the_fair_it_covers():
    text = ("Northland farm ministers visit Eastland\n\n"
            "EASTTOWN, 6 June (Eastwire) – On 5 June the foreign minister of Eastland hosted delegations "
            "from Northland and Southland.\n\n"
            "The delegations came to Easttown to take part in the international exhibition Agrofair 2025.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date.isoformat() == "2025-06-06"


def test_a_chinese_wire_dateline_takes_the_year_fused_to_the_congress_name():
    text = ("友城大会在东城开幕\n\n"
            "中新社东城11月19日电 19日，在东城举行的2024北国国际友好城市大会上，多地政府签署友好城市协议书。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).date.isoformat() == "2024-11-19"


def test_a_year_named_plan_is_no_edition_and_sets_no_year():
    text = ("Northland ministers visit Eastland\n\n"
            "EASTTOWN, 6 June (Eastwire) – The minister of Eastland hosted a delegation of Northland to "
            "discuss the forum on Vision 2030 and the Agenda 2030 goals.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date is None


def test_two_editions_of_different_years_set_no_year():
    text = ("Northland ministers visit Eastland\n\n"
            "EASTTOWN, 6 June (Eastwire) – The delegation that came to the exhibition Agrofair 2025 had "
            "visited the exhibition Agrofair 2023 as well.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date is None


def test_an_info_bar_opening_with_a_labelled_date_its_cells_run_together():
    text = ("Home>Events>Mayors Meet in Northtown\n\n"
            "Mayors Meet in Northtown\n\n"
            "Time:2019-07-17Editor:Ann LeeResource:Department of Northern and Southern Affairs PrintingSize:LargeMediumSmall\n\n"
            "On July 17th, the mayors of Northland and Southland met in Northtown for their annual summit.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date.isoformat() == "2019-07-17"


def test_a_sentence_opening_with_a_word_and_a_date_is_no_info_bar():
    text = ("Mayors Meet in Northtown\n\n"
            "Founded: 1997-04-20 was the day the league of Northland and Southland towns first met, and it has grown since.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date is None


def test_a_city_its_country_a_dash_and_the_date_in_brackets_is_a_dateline():
    text = ("Northland envoy calls on President\n\n"
            "Georgetown, Guyana – (October 13, 2017) The President received the envoy of Northland, who paid "
            "a courtesy call at the Ministry.\n\n"
            f"{EN_STORY}\n")
    article = parse(text)
    assert article.dateline == "Georgetown"


def test_a_known_city_and_a_hyphen_before_an_article_is_a_dateline():
    text = ("Northland delegation reaffirms farm deal\n\n"
            "Khartoum - The chairman of the visiting Northland delegation has reaffirmed the agreement "
            "reached with the businessmen's union.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline == "Khartoum"


def test_two_cities_joined_by_a_hyphen_are_a_route_not_a_dateline():
    text = ("Flights resume\n\n"
            "Minsk - Beijing flights resume after a pause, the carrier of Northland said.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).dateline is None


def test_a_papers_bracketed_tag_the_day_and_then_the_city_is_a_dateline():
    text = ("商会组团返国祝贺\n\n"
            "(北泰時報10月7日曼谷電)为庆祝节日,北国商会联合总会组成祝贺团,于7日上午自曼谷启程。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).dateline == "Bangkok"


def test_today_glossed_with_the_day_in_brackets_dates_the_event():
    text = (" date 2010-06-18 行政长官启程访问北国\n\n"
            "行政长官今(17)晚启程前往北国,展开为期七天的官式访问。他在离开前表示,希望加强双方友谊。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).event_date.isoformat() == "2010-06-17"


def test_yesterday_glossed_with_the_day_and_its_day_sign():
    text = (" date 2010-06-18 北国代表团到访\n\n"
            "北国代表团昨(16)日抵达南城,与南城政府官员举行会谈。\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).event_date.isoformat() == "2010-06-16"
