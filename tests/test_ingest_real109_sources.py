"""Credit shapes that recur across outlets: a wire's 'City (WIRE) –' dateline glued to the photo
credit closing the caption copied before the lead ('(Photo: WIRE)City (WIRE) –'); a site's closing
sign-off naming itself and the agency its rewrite followed ('site.eu, following AGENCY'); a page's
reprint notice naming the outlet that holds the story's rights ('may not be reproduced without
reference to X', 'При перепечатке ссылка на «X» обязательна'). Texts written for these tests."""
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
