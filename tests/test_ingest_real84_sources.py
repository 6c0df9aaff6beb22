"""Source rules learnt from the 84th to 89th sets of real pages: a government body that a headline
quotes after a dash by its abbreviation is the speaker, not the site; a printed name that is a
registered name is never read as a misspelling of another outlet one letter away (texts written
for these tests, not copied). Each test states one general rule with made-up wording."""
import dataclasses

from despatch.ingest.sources import misspelt_source
from despatch.registry import Source
from ingest_support import RU_STORY, parse, registry


def test_a_ministry_abbreviation_closing_the_headline_is_its_speaker_not_the_site():
    text = (f"Министры встретятся в апреле – МИД РФ\n"
            f"Встреча министров запланирована на апрель, сообщили в министерстве. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_a_registered_name_is_not_misspelt_into_its_neighbour():
    near = Source(name="AZINFORM", slug="azinform", aliases=("Azinform",))
    with_near = dataclasses.replace(registry(), sources=registry().sources + (near,))
    assert misspelt_source("Kazinform", with_near) is None  # found as printed elsewhere, not here
    assert misspelt_source("Azinform", with_near) is None
    assert misspelt_source("Kaziform", registry()).name == "Kazinform"
