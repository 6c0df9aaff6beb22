"""Outlets registered from the 90th to 93rd sets of real pages (a Belarusian military review, a Russian
business weekly, Macao's Forum secretariat, Taiwan's overseas-affairs news service, Filipino-Chinese
federations, an Indonesian Chinese paper, Nigerian and Indian sites) and name forms they print:
each is recognised by a name or domain it prints (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("belvpo.com", "BelVPO"),
    ("www.eg-online.ru", "Ekonomika i Zhizn"),
    ("www.forumchinaplp.org.mo",
     "Permanent Secretariat of the Forum for Economic and Trade Co-operation between China and "
     "Portuguese-speaking Countries (Macao)"),
    ("www.naijanews.com", "Naija News"),
    ("zeenews.india.com", "Zee News"),
    ("raksha-anirveda.com", "Raksha Anirveda"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Korrespondent", "Korrespondent.net"),
    ("LIGA ONLINE", "LIGA.net"),
    ("БелВПО", "BelVPO"),
    ("Экономика и жизнь", "Ekonomika i Zhizn"),
    ("中葡論壇(澳門)常設秘書處",
     "Permanent Secretariat of the Forum for Economic and Trade Co-operation between China and "
     "Portuguese-speaking Countries (Macao)"),
    ("中葡论坛常设秘书处",
     "Permanent Secretariat of the Forum for Economic and Trade Co-operation between China and "
     "Portuguese-speaking Countries (Macao)"),
    ("僑務委員會華僑通訊社", "Overseas Community Affairs Council news service"),
    ("宏觀電子報", "Overseas Community Affairs Council news service"),
    ("菲华工商总会", "Filipino-Chinese Federation of Business and Industry"),
    ("菲華工商總會", "Filipino-Chinese Federation of Business and Industry"),
    ("印尼和平日报", "Harian Damai"),
    ("Naija News", "Naija News"),
    ("Zee News", "Zee News"),
    ("Asian Lite News", "Asian Lite"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["宏觀", "中葡論壇", "和平日報", "Корреспондент"])
def test_an_ordinary_or_ambiguous_phrase_is_no_name_of_an_outlet(word):
    # 'macro' and 'correspondent' are ordinary words, the Forum itself is not its secretariat, and several papers
    # have been called 'Peace Daily': only the qualified forms name the source
    assert registry().source_named(word) is None
