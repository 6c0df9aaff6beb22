"""Credit shapes that recur across outlets: a wire's 'City (WIRE) –' dateline glued to the photo
credit closing the caption copied before the lead ('(Photo: WIRE)City (WIRE) –'); a site's closing
sign-off naming itself and the agency its rewrite followed ('site.eu, following AGENCY'); a page's
reprint notice naming the outlet that holds the story's rights ('may not be reproduced without
reference to X', 'При перепечатке ссылка на «X» обязательна'); a staff writer's byline naming the
outlet ("By CGTN's Anna Novak"); a registered site's domain in brackets closing the story ('(gazeta.ru)');
an outlet's name heading the lead before a country's code and a dash ('CentralAsia (MNG) - …').
Texts written for these tests."""
from ingest_support import EN_STORY, parse

RU_STORY = ("Стороны обсудили вопросы двустороннего сотрудничества в торговле и энергетике, а также подготовку визита.\n\n"
            "По итогам встречи подписаны документы о сотрудничестве в сфере образования и культуры.\n")


def test_a_wire_dateline_glued_to_a_captions_photo_credit_names_the_wire():
    text = (f"Premier arrives for talks\n\nThe visiting premier (L) is welcomed at the airport on May 6. "
            f"(Photo: VNA)Hanoi (VNA) – The visiting premier arrived on May 6, starting a four-day trip.\n\n{EN_STORY}\n")
    assert parse(text).source == "Vietnam News Agency"


def test_a_captions_photo_credit_without_a_wire_dateline_names_no_source():
    text = (f"Premier arrives for talks\n\nThe visiting premier (L) is welcomed at the airport on May 6. "
            f"(Photo: VNA)The visiting premier arrived on May 6, starting a four-day trip.\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_a_sites_closing_sign_off_following_an_agency_names_the_site():
    text = (f"Leader urges partners to stay united\n\nThe leader met the visiting minister on Monday.\n\n"
            f"{EN_STORY}\n\nbelsat.eu, following BelTA\n")
    assert parse(text).source == "Belsat"


def test_an_unregistered_sites_sign_off_following_an_agency_names_no_source():
    text = (f"Leader urges partners to stay united\n\nThe leader met the visiting minister on Monday.\n\n"
            f"{EN_STORY}\n\nsomeblog.example, following BelTA\n")
    assert parse(text).source is None


def test_an_english_reprint_notice_names_the_outlet_holding_the_rights():
    text = (f"Ministers meet in the capital\n\nThe two ministers held talks on Monday.\n\n{EN_STORY}\n\n"
            f"This information may not be reproduced without reference to Kazakhstan Today. Materials of the agency are protected.\n")
    assert parse(text).source == "Kazakhstan Today"


def test_a_russian_reprint_notice_names_the_outlet_holding_the_rights():
    text = (f"Министры провели переговоры\n\nМинистры провели переговоры в понедельник.\n\n{RU_STORY}\n"
            f"При перепечатке материалов ссылка на «Коммерсантъ» обязательна.\n")
    assert parse(text).source == "Kommersant"


def test_a_reprint_notice_naming_an_unregistered_outlet_names_no_source():
    text = (f"Ministers meet in the capital\n\nThe two ministers held talks on Monday.\n\n{EN_STORY}\n\n"
            f"This information may not be reproduced without reference to Some Unknown Daily.\n")
    assert parse(text).source is None


def test_a_staff_writers_possessive_byline_names_the_outlet():
    text = f"By CGTN's Anna Novak\n\nRail link grows between two cities\n\nThe freight train arrived on Monday.\n\n{EN_STORY}\n"
    assert parse(text).source == "CGTN"


def test_a_possessive_byline_of_an_unregistered_outlet_names_no_source():
    text = f"By Some Blog's Anna Novak\n\nRail link grows between two cities\n\nThe freight train arrived on Monday.\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_registered_outlets_domain_in_brackets_closing_the_story_names_it():
    text = f"Министры провели переговоры\n\nМинистры провели переговоры в понедельник.\n\n{RU_STORY}\nСтороны договорились о новой встрече. (gazeta.ru)\n"
    assert parse(text).source == "Gazeta.ru"


def test_an_outlets_name_before_a_bracketed_country_code_and_a_dash_names_the_outlet():
    text = (f"Премьер принял посла\n\nCentralAsia (MNG) - 12 марта премьер-министр принял посла и обсудил торговлю.\n\n{RU_STORY}\n")
    assert parse(text).source == "CentralAsia"


