"""A headline that opens with a registered ministry's or office's name is still a headline."""
import pytest

from ingest_support import parse

STORY = (" The sides discussed trade, energy and transport links between the two countries."
         " They agreed to meet again in the autumn and to open a new air route next year.") * 2


@pytest.mark.parametrize("headline", ["Ministry of Foreign Affairs of Mongolia summons envoy",
                                      "МИД Монголии вызвал посла",
                                      "Министерство иностранных дел Республики Беларусь провело брифинг"])
def test_a_headline_opening_with_a_ministry_name_is_the_headline(headline):
    article = parse(f"{headline}\n12.04.2024 16:48\nThe minister met the ambassador on Friday.{STORY}\n")
    assert article.title == headline


def test_a_ministry_name_with_a_capitalised_label_is_still_the_site_brand():
    article = parse("Ministry of Foreign Affairs of Mongolia Official Portal\nEnvoy summoned over border incident\n"
                    f"12.04.2024 16:48\nThe minister met the ambassador on Friday.{STORY}\n")
    assert article.title == "Envoy summoned over border incident"
