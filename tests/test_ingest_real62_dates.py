"""Ingest rules for publication dates and datelines drawn from the 62nd and 63rd held-out sets (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, parse

from despatch.ingest.dates import find_dates


def test_a_gulf_wires_dateline_with_an_ordinal_day_dates_the_page_over_the_stores_marker():
    text = (" date 2025-05-08 RIVERTON, 7th May, 2025 (NWA) -- The minister of Northland met the envoy of "
            f"Southland to discuss trade and energy.\n\n{EN_STORY}\n")
    article = parse(text)
    assert article.date.isoformat() == "2025-05-07"
    assert article.dateline == "Riverton"


def test_a_slash_before_the_year_completes_a_month_first_date():
    [found] = find_dates("October 11/2021")
    assert found.value.isoformat() == "2021-10-11"


def test_an_ethiopian_dateline_with_a_slash_before_the_year_and_no_comma():
    for opening in ("Addis Ababa March 4/2022 /NNA/", "Addis Ababa, March 4/2022 (NNA)"):
        text = (f" date 2022-03-05 {opening} The foreign minister of Northland congratulated his counterpart "
                f"on his reappointment.\n\n{EN_STORY}\n")
        article = parse(text)
        assert article.dateline == "Addis Ababa"
        assert article.date.isoformat() == "2022-03-04"


def test_a_month_and_day_before_a_slash_and_a_count_is_no_full_date():
    assert all(f.value is None for f in find_dates("On March 4/5000 people marched"))


def test_a_masthead_date_older_than_the_story_yields_to_the_stamp_under_the_headline():
    text = ("The Official Website of Northland Province\n\n3 May 2012\n\nHome>news>2014>June\n\n"
            "Northland Delegation Visits Southland to Deepen Cooperation\n\n2014-06-20 Print Share\n"
            "A Northland delegation visited Southland from June 9 to 14, 2014, and signed agreements on trade.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date.isoformat() == "2014-06-20"


def test_a_masthead_date_the_story_does_not_rule_out_still_dates_the_page():
    text = ("The Official Website of Northland Province\n\n3 May 2012\n\n"
            "Northland Delegation Visits Southland to Deepen Cooperation\n\n2014-06-20 Print Share\n"
            "A Northland delegation visited Southland and signed agreements on trade.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).date.isoformat() == "2012-05-03"


def test_a_copied_pages_address_with_the_day_in_its_path_dates_an_undated_repost():
    for address in ("https://www.example-news.sg/world/story20190312-55120", "https://news.example.org/2019/03/12/envoy-meets-pm/"):
        text = (f"{address}\n"
                "早报讯)某国总理今天上午会见邻国大使,双方表示将继续推动两国在经贸等领域的合作。\n\n"
                "大使祝贺总理再次就任,并表示欢迎总理早日访问。双方就两国关系未来发展深入交流。\n")
        assert parse(text).date.isoformat() == "2019-03-12"


def test_an_address_with_an_impossible_day_or_a_store_marker_gives_no_address_date():
    text = ("https://www.example-news.sg/world/story20191345-55120\n"
            "早报讯)某国总理今天上午会见邻国大使,双方表示将继续推动两国在经贸等领域的合作。\n\n"
            "大使祝贺总理再次就任,并表示欢迎总理早日访问。双方就两国关系未来发展深入交流。\n")
    assert parse(text).date is None
    assert parse(" date 2019-03-14 " + text.replace("20191345", "20190312")).date.isoformat() == "2019-03-14"
