"""Outlets registered from the 72nd to 75th sets of real pages, and other members of their kinds
(an external radio service beside its parent, a national paper beside its namesakes, city portals
beside their dailies, Russian regional sites, Taiwanese news sites, Chinese provincial departments
and universities, African and Central Asian sites): each is recognised by a name or domain it
prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import registry


@pytest.mark.parametrize("host, source", [
    ("vovworld.vn", "Voice of Vietnam"),  # its external service, one body with it
    ("vov.vn", "Voice of Vietnam"),
    ("sunnewsonline.com", "The Sun (Nigeria)"),
    ("www.hkwb.net", "Haikou Net"),
    ("centralasia.media", "CentralAsia.media"),
    ("www.dezhoudaily.com", "Dezhou News"),
    ("www.moscow-post.su", "The Moscow Post"),
    ("balticvoice.ru", "Baltic Voice"),
    ("www.amurpress.info", "AmurPress"),
    ("aze.az", "AZE.az"),
    ("www.sysu.edu.cn", "Sun Yat-sen University"),
    ("news.cug.edu.cn", "China University of Geosciences (Wuhan)"),
    ("russkiymir.ru", "Russkiy Mir Foundation"),
    ("www.tuko.co.ke", "TUKO"),
    ("www.deltastate.edu", "Delta State University"),
    ("www.newscentralasia.net", "News Central Asia"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("VOVworld", "Voice of Vietnam"),
    ("The Sun News", "The Sun (Nigeria)"),
    ("Shangguan News", "Shanghai Observer"),
    ("海口网", "Haikou Net"),
    ("海口日报", "Haikou Daily"),
    ("四川致公", "Sichuan Zhigong"),
    ("黑龙江省农业农村厅", "Heilongjiang Provincial Department of Agriculture and Rural Affairs"),
    ("山東省農業農村廳", "Shandong Provincial Department of Agriculture and Rural Affairs"),
    ("濟源網-濟源日報", "Jiyuan Daily"),
    ("CentralAsia (UZ)", "CentralAsia.media"),
    ("德州新闻网", "Dezhou News"),
    ("Радио Голос Балтии", "Baltic Voice"),
    ("РИА «АмурПРЕСС»", "AmurPress"),
    ("觀傳媒", "Watch Media (觀傳媒)"),
    ("民眾網", "Mypeople News (民眾網)"),
    ("港灣新聞網", "Par News (港灣新聞網)"),
    ("新华日报·交汇点", "Xinhua Daily"),
    ("四川外国语大学", "Sichuan International Studies University"),
    ("地大之声", "China University of Geosciences (Wuhan)"),
    ("Фонд «Русский мир»", "Russkiy Mir Foundation"),
    ("TUKO.co.ke", "TUKO"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["川外", "Watch Media", "Delta State", "NCA", "Russkiy Mir", "Shangguan"])
def test_an_ordinary_phrase_is_no_name_of_an_outlet(word):
    # a two-character abbreviation inside '四川外事', an English phrase, a Nigerian state's name, an
    # abbreviation many agencies share, the 'Russian world' doctrine the foundation is named after, and
    # a surname (上官) that a byline may carry
    assert registry().source_named(word) is None
