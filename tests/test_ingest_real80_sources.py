"""Source rules learnt from the 80th to 83rd sets of real pages: an unregistered name found where an
outlet's stands is kept only when it has a name's shape (a headline, a masthead's boast, a menu word,
the site's software firm, a bare office abbreviation or a ministry without its country name none),
and a known outlet's name ending a longer name after 'of' is part of that name (texts written for
these tests, not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_source_label_over_a_linked_headline_names_no_outlet():
    text = (f"Спикер прибыл с визитом\n\nИсточник: Northland speaker arrives in Southland on official visit\n\n"
            f"Спикер прибыл с визитом в понедельник. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_a_mastheads_boast_over_the_headline_is_no_outlet():
    text = (f"The Biggest and Oldest Harbour Weekly\n\nFrigates call at central port\n\n"
            f"Two frigates arrived at the port on Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source != "The Biggest and Oldest Harbour Weekly"


def test_a_menu_word_over_the_headline_is_no_outlet():
    text = (f"Categories\n\nFrigates call at central port\n\n"
            f"Two frigates arrived at the port on Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source != "Categories"


def test_the_software_firm_in_a_source_label_is_no_outlet():
    text = (f"两国海军举行联合演习\n\n来源:南山星辰信息技术有限公司      日期:2011-03-02 10:20\n\n"
            f"两国海军周一举行联合演习。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source is None


def test_a_bare_office_abbreviation_in_a_closing_credit_is_no_outlet():
    text = f"两国海军举行联合演习\n\n两国海军周一举行联合演习。{ZH_STORY}\n\n{ZH_STORY}\n\n(来源:外侨办)\n"
    assert parse(text).source is None


def test_a_ministry_without_its_country_is_neither_a_magazine_nor_an_outlet():
    text = (f"Minister arrives in the capital\n\nThe minister arrived on Monday for talks. {EN_STORY}\n\n"
            f"{EN_STORY}\n\n(Source: Ministry of Foreign Affairs)\n")
    assert parse(text).source is None
