"""Name forms registered from the 106th to 108th sets of real pages: the CIS Executive Committee's
masthead in full ('Исполнительный комитет Содружества Независимых Государств') and its English and
Chinese forms, and the Belarusian State Economic University's English form 'Belarus State Economic
University' (texts written for these tests)."""
import pytest

from ingest_support import registry


@pytest.mark.parametrize("printed, source", [
    ("Исполнительный комитет Содружества Независимых Государств", "CIS Executive Committee"),
    ("Executive Committee of the CIS", "CIS Executive Committee"),
    ("独联体执行委员会", "CIS Executive Committee"),
    ("Belarus State Economic University", "Belarusian State Economic University"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Содружество Независимых Государств", "СНГ", "Executive Committee"])
def test_the_commonwealth_itself_is_not_its_executive_committee(word):
    # the Commonwealth is the subject of most of these texts; only its committee publishes
    src = registry().source_named(word)
    assert src is None or src.name != "CIS Executive Committee"
