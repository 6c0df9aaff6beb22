"""Source rules learnt from the 76th to 79th sets of real pages: a wire credited after a city with no
comma and closed by a dash, a wire's short name glued to the last sentence, a distributor's sign-off,
a Russian 'По информации' credit line and a doubled bracket round a closing credit (texts written for
these tests, not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_wire_in_brackets_after_a_city_without_a_comma_and_a_dash():
    text = (f"Frigates call at central port\n\nPort Harwick (VNA) – Two frigates arrived at the port on Monday "
            f"for a friendly visit. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Vietnam News Agency"


def test_a_name_glossed_in_brackets_mid_sentence_is_no_credit():
    text = (f"Frigates call at central port\n\nThe Harbour Office (VNA) said two frigates arrived on Monday "
            f"for a friendly visit. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_a_wires_short_name_glued_after_the_last_sentence():
    text = (f"Frigates call at central port\n\nTwo frigates arrived at the port on Monday for a friendly visit. "
            f"{EN_STORY}\n\n{EN_STORY} The crews will also play football with local sailors.-VNA\n")
    assert parse(text).source == "Vietnam News Agency"



def test_a_release_signed_off_by_its_distributor_on_behalf_of_an_issuer():
    text = (f"Envoy meets farming minister\n\nThe envoy met the minister on Tuesday. {EN_STORY}\n\n{EN_STORY}\n\n"
            "Distributed by APO Group on behalf of the Embassy of Freedonia in Sylvania.\n")
    assert parse(text).source == "APO Group"


def test_a_russian_credit_line_by_information_of_an_agency():
    text = (f"Посол вручил верительные грамоты\n\nПо инф. Восток-Телеинформа\n\n"
            f"Посол вручил верительные грамоты в понедельник. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Vostok-Teleinform"


def test_a_chinese_paragraphs_closing_credit_in_a_doubled_bracket():
    text = (f"兩國海軍舉行聯合演習\n\n兩國海軍週一舉行聯合演習。{ZH_STORY}\n\n"
            f"{ZH_STORY}演習將持續三天。((中央社)\n")
    assert parse(text).source == "Central News Agency"
