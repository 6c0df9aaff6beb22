"""Source rules learnt from the 90th to 93rd sets of real pages: a subject rubric by the headline,
a cited page's domain under a references label and an agency's press-release service are no
credits; a Chinese agency's slashed dateline, a wire told by an office with its name in quotes and
an outlet's own formulas ('our telegram X', 'X gathered that', '….reports X') are (texts written for these tests, not
copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_subject_rubric_under_the_headline_is_no_magazine_credit():
    text = (f"Deputy minister visits the capital for talks\n\nForeign Affairs\n\n"
            f"Moscow. The deputy minister held consultations on Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_a_domain_under_a_references_label_is_a_cited_page_not_the_wire():
    text = (f"Leaders arrive for the regional summit\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            f"Reference(s):\nLive: coverage of the leaders' arrival\ncgtn.com\n")
    assert parse(text).source is None


def test_an_agencys_press_release_service_is_not_its_report():
    text = (f"僑委會訪問團參訪當地僑校\n\n(中央社訊息服務20100304 10:20:11)　僑委會訪問團日前參訪當地僑校並與僑胞座談。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source != "Central News Agency"


def test_a_chinese_agency_slashed_before_its_dateline_credits_the_story():
    text = f"僑委會赴泰北參加教師節活動\n\n中央社／ 清邁12日專電\n\n僑務委員會委員長日前前往泰北參加活動。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Central News Agency"


def test_an_office_telling_the_wire_printed_with_its_name_in_quotes():
    text = (f"Коллегия министерств обороны соберется в пятницу\n\n"
            f"Как сообщили РИА \"Новости\" в пресс-службе министерства, заседание пройдет в пятницу. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "RIA Novosti"


def test_our_telegram_followed_by_the_sites_name_is_the_site_itself():
    text = (f"Концепция сотрудничества одобрена\n\n{RU_STORY}\n\n"
            f"Чтобы оперативно получать новости, подписывайтесь на наш телеграм Минская правда.\n\n{RU_STORY}\n")
    assert parse(text).source == "Minskaya Pravda"


def test_an_outlet_that_gathered_that_is_speaking_of_its_own_reporting():
    text = (f"President receives a business delegation\n\n{EN_STORY}\n\n"
            f"Premium Times gathered that the delegation includes the ambassador and his deputy.\n\n{EN_STORY}\n")
    assert parse(text).source == "Premium Times"


def test_a_teaser_signed_after_an_ellipsis_with_reports_names_the_site():
    text = (f"Secretaries co-chair consultations in the capital\n\n"
            f"The two sides discussed trade, energy and consular issues….reports Asian Lite\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Asian Lite"
