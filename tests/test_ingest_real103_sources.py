"""Credit shapes that recur across outlets: a credit line's part labelled as the pictures' credit
names the photos' provider, not the story's; an outlet speaking of 'our radio/channel/paper X' in
any case names itself. Texts written for these tests."""
from ingest_support import EN_STORY, PAGE_PARAGRAPHS_RU, parse


def test_an_outlet_after_a_picture_label_credits_the_photos_not_the_story():
    text = (f"date 2023-03-14 Images | Akorda\n\nThe two presidents met in the capital, Kazpravda.kz reports "
            f"with reference to the press service.\n\n{EN_STORY}\n")
    assert parse(text).source != "Akorda"


def test_an_outlet_in_a_credit_line_without_a_picture_label_still_credits_the_story():
    text = f"Leaders sign a joint statement\nBy Li Ming | China Daily | Updated: 2023-03-14\n\n{EN_STORY}\n"
    assert parse(text).source == "China Daily"


def test_our_radio_in_an_oblique_case_names_the_outlet():
    text = (f"Жители жалуются на очереди за визами\n\nЗа неделю в редакцию нашего радио Азаттык поступило "
            f"несколько писем от читателей.\n{PAGE_PARAGRAPHS_RU}\n")
    assert parse(text).source == "RFE/RL"


def test_another_radio_named_without_our_is_no_self_reference():
    text = (f"Жители жалуются на очереди за визами\n\nЗа неделю в редакцию радио Азаттык поступило "
            f"несколько писем от читателей.\n{PAGE_PARAGRAPHS_RU}\n")
    assert parse(text).source is None
