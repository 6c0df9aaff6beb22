"""Name forms registered from the 109th to 114th sets of real pages, which reach outlets of a wider
region: Serbia's B92 and its public broadcaster, Azerbaijan's Caspian Post, Iran's Alwaght and its
students' agency, the Hungarian papers, the Hungarian agency's English name, 'Viet Nam News' as the
paper spells itself, and the presidents' and foreign ministries' sites of Mongolia, Georgia, Vietnam,
Pakistan, Serbia, Hungary, Moldova, Poland and Iran (texts written for these tests)."""
import pytest

from ingest_support import registry


@pytest.mark.parametrize("printed, source", [
    ("B92", "B92"),
    ("Радио-телевизија Србије", "Radio Television of Serbia"),
    ("Caspian Post", "Caspian Post"),
    ("Alwaght", "Alwaght"),
    ("Iranian Students News Agency", "Iranian Students' News Agency"),
    ("茉莉花新闻网", "Molihua"),
    ("Magyar Nemzet", "Magyar Nemzet"),
    ("Hungarian Conservative", "Hungarian Conservative"),
    ("Hungarian News Agency", "Hungarian News Agency (MTI)"),
    ("Viet Nam News", "Vietnam News"),
    ("Азербайджанское государственное информационное агентство", "Azertac"),
    ("Mongolian Foreign Ministry", "Ministry of Foreign Affairs of Mongolia"),
    ("越南外交部", "Ministry of Foreign Affairs of Vietnam"),
    ("МИД Пакистана", "Ministry of Foreign Affairs of Pakistan"),
    ("Serbian Foreign Ministry", "Ministry of Foreign Affairs of Serbia"),
    ("МИД Венгрии", "Ministry of Foreign Affairs and Trade of Hungary"),
    ("Presidency of Moldova", "Presidency of the Republic of Moldova"),
    ("Kancelaria Prezydenta RP", "President of the Republic of Poland"),
    ("伊朗外交部", "Ministry of Foreign Affairs of Iran"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["The News", "The Nation", "RTS", "MTI", "Politika", "President of Serbia"])
def test_an_everyday_phrase_or_shared_abbreviation_names_no_outlet(word):
    # these words name many things (or the head of state who is the texts' subject), not one outlet
    assert registry().source_named(word) is None
