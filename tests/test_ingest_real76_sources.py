"""Source rules learnt from the 76th to 79th sets of real pages: a wire credited after a city with no
comma and closed by a dash, and a wire's short name glued to the last sentence (texts written for these
tests, not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, parse


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

