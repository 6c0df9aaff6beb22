"""Lines that look like a credit but name no outlet: a language switcher's codes over the headline
('SPA FRA ENG ARA'), a credit to unnamed wires ('Source: News Agencies'), a caption's picture credit
after the stamp's date ('Dec. 3, 2018 | Photo: Reuters'), and an ordinary word that is an outlet's
acronym only in capitals ("(People's Daily App) 13:44, …" is no credit of APP). Texts written for these tests."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

from despatch.ingest.settings import load_patterns
from despatch.ingest.sources import _implausible_outlet
from despatch.registry import load_registry


def test_a_language_switchers_codes_are_no_outlets_name():
    patterns, registry = load_patterns(), load_registry()
    assert _implausible_outlet("SPA FRA ENG ARA", patterns, registry)
    assert not _implausible_outlet("Andina Noticias", patterns, registry)


def test_a_credit_to_unnamed_news_agencies_names_no_source():
    text = f"Leader urges partners to stay united\n\n{EN_STORY}\n\nSource: News Agencies\n"
    assert parse(text).source is None


def test_a_captions_picture_credit_after_the_stamps_date_names_no_source():
    text = (f"Leader urges partners to stay united\n\nThe leaders sign accords in the capital. Dec. 3, 2018 | Photo: Reuters\n\n"
            f"Published 3 December 2018\n\n{EN_STORY}\n")
    assert parse(text).source is None


def test_an_ordinary_word_after_an_outlets_name_is_not_another_outlets_acronym():
    text = f"Leader urges partners to stay united\n\n(People's Daily App) 13:44, November 18, 2022\n\n{EN_STORY}\n"
    assert parse(text).source == "People's Daily"


# Round 4: shapes of a credit that name the story's outlet, and a flattened menu that names none.

def test_a_writers_name_with_the_outlet_in_brackets_opening_the_lead_credits_the_outlet():
    text = (f"Leaders meet in the capital\n\nJohn Smallwood (Xinhua) : The president received his guest on Thursday "
            f"at the palace. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Xinhua"


def test_a_manuscript_source_label_after_a_date_and_a_bar_credits_the_outlet():
    text = f"两国签署合作协议\n\n2022-11-17 09:01 | 稿件來源:新華社\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_the_agencys_correspondent_citing_an_informant_still_credits_the_agency():
    text = (f"Завод поставит тракторы в Африку\n\nЗавод готов начать отгрузку техники, сообщает корреспондент "
            f"агентства «БелТА» со ссылкой на пресс-службу предприятия. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "BelTA"


def test_menu_entries_run_together_over_the_menus_are_no_masthead():
    text = (f"LatestVideosWorld\nOpinions | CommentEditorials\nSports\nWorld | Asia\nAdvertisement\n\n"
            f"Leaders meet in the capital to sign accords\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None
