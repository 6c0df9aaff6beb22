"""Source rules learnt from the 50th to 52nd sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_section_label_beside_the_stamp_names_no_outlet():
    text = f"Переговоры в степи\n\nЧетверг, 12.03.2015 10:20 | Рубрика: Официально\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_bare_generic_word_over_the_headline_is_no_masthead():
    for word in ("Посольство", "Embassy"):
        text = f"{word}\nтелефон\nКонсульские вопросы\nтелефон\n\nПереговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n"
        assert parse(text).source is None


def test_a_wire_writing_citing_its_informant_signs_the_lead():
    text = f"Переговоры в степи\n\nМинистры обсудили транзит грузов, пишет Trend со ссылкой на сайт министерства.\n\n{RU_STORY}\n"
    assert parse(text).source == "Trend News Agency"


def test_a_wire_relaying_under_its_sites_bare_name():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nКак сообщает Report со ссылкой на пресс-службу, стороны подписали меморандум.\n"
    assert parse(text).source == "Report.az"
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nКак передает тбилисское бюро Report, об этом заявил министр.\n"
    assert parse(text).source == "Report.az"


def test_another_outlet_quoting_a_wire_by_its_full_name_is_not_relaying():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nКак сообщает ТАСС со ссылкой на пресс-службу, стороны подписали меморандум.\n"
    assert parse(text).source is None


def test_a_city_and_a_day_of_spaced_numbers_before_a_slashed_wire_credit():
    text = f"Переговоры в степи\n\nБишкек, 14. 03. 18. /Айгуль Осмонова – Кабар/. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Kabar"


def test_via_a_news_wire_under_the_headline_credits_the_wire():
    text = f"Steppe talks\n\n{EN_STORY}\n\nVia AP news wire\nTuesday 14 March 2023 08:10 GMT\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "AP"


def test_a_bracketed_chinese_wire_dateline_with_numeral_day_beats_a_mirrors_masthead():
    text = (f"某某娱乐城官网\n\n大陆新闻\n\n草原峰会前瞻\n\n"
            f"【某某娱乐城官网讯】(法新社北京十四日电) {ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "AFP"


def test_a_chinese_wire_dateline_in_chinese_numerals_names_the_agency():
    text = f"草原峰会前瞻\n\n新华社北京三月八日电 (记者 王明) {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_the_page_title_with_a_registered_domain_appended_names_the_site():
    headline = "Бумажная фабрика получит новые китайские кредиты"
    text = f"{headline}. 21.by\n\n{headline}\n\n12.03.2012 10:20 — Новости Экономики\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "21.by"


def test_a_sites_comment_policy_under_the_story_names_it():
    text = (f"Steppe talks\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "Hetq does not publish comments that contain insults. Please keep to the topic.\n")
    assert parse(text).source == "Hetq"


def test_a_sites_domain_citing_its_informant_signs_the_lead():
    text = f"Steppe talks\n\nThe ministers met in the capital to talk about freight, Kant.kg cites the Ministry of Transport.\n\n{EN_STORY}\n"
    assert parse(text).source == "Kant.kg"


def test_a_registered_firm_giving_its_own_view_names_its_site():
    text = f"Steppe talks\n\n{EN_STORY}\n\nEnterInvest Company believes that the park will draw more investors.\n"
    assert parse(text).source == "Enter Invest"


def test_an_interviewer_thanking_the_guest_for_the_outlets_interview():
    text = f"草原峰会前瞻\n\n主持人:总统先生您好!感谢您接受中央广播电视总台《高端访谈》的专访。\n\n{ZH_STORY}\n"
    assert parse(text).source == "CCTV"
