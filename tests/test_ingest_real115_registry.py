"""Name forms registered from the 109th to 117th sets of real pages: the short forms outlets print
of themselves ('SingTao Ltd' in Sing Tao's footer, the Russkiy Mir portal's desk), and outlets of Africa, the Middle East, Latin America and Asia: Sputnik Africa, the Saudi
agency, Nour News, teleSUR, the Chinese builders POWERCHINA and CRBC, Phoenix Weekly and the
portals Wanbiaoku and Daydaynews (texts written for these tests)."""
import pytest

from ingest_support import registry


@pytest.mark.parametrize("printed, source", [
    ("SingTao Ltd", "Sing Tao Daily"),
    ("Kankan News", "Kankanews"),
    ("EBC", "EBC News"),
    ("Saudi Press", "Saudi Press Agency"),
    ("Редакция портала «Русский мир»", "Russkiy Mir Foundation"),
    ("玩酷网", "Wanbiaoku"),
    ("鳳凰周刊", "Phoenix Weekly"),
    ("中国电建", "POWERCHINA"),
    ("中国路桥", "China Road and Bridge Corporation"),
    ("Sputnik Africa", "Sputnik Africa"),
    ("Nour News", "Nour News"),
    ("Daydaynews", "Daydaynews"),
    ("天天要聞", "Daydaynews"),
    ("teleSUR", "teleSUR"),
    ("nsnbc", "nsnbc international"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["русский мир", "Русский мир", "Russkiy Mir", "Ъ", "早报", "SPA", "The Tribune"])
def test_an_everyday_phrase_or_shared_short_form_names_no_outlet(word):
    # 'русский мир' is an everyday phrase (and so its transliteration), a bare letter is no name,
    # many papers end in 早报, 'spa' is a common word
    assert registry().source_named(word) is None
