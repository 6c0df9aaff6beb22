"""Lines that look like a credit but name no outlet: a language switcher's codes over the headline
('SPA FRA ENG ARA'), a credit to unnamed wires ('Source: News Agencies'), a caption's picture credit
after the stamp's date ('Dec. 3, 2018 | Photo: Reuters'), and an ordinary word that is an outlet's
acronym only in capitals ("(People's Daily App) 13:44, …" is no credit of APP). Texts written for these tests."""
from ingest_support import EN_STORY, parse

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
