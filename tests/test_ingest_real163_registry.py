"""Name forms registered in the R5 round: outlets the 163rd-168th sets print but the registry lacked (a Tajik
agency, a Russian Far Eastern agency, a Kazakh-language site, Chinese city and trade portals, a prefecture
paper), no short form that is an ordinary or ambiguous one ('NCA', 'GTR'), and the local-script names of Central Asian and Caucasian outlets
(Kazakh, Uzbek Latin and Cyrillic, Tajik, Azerbaijani, Armenian, Georgian), with the traditional forms of
Chinese names of Caucasian and Chinese provincial sources. A bare name two papers share ('团结报') stays
unregistered (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


def _named(name: str) -> str | None:
    source = registry().source_named(name)
    return source.name if source else None


@pytest.mark.parametrize("printed, source", [
    ("ИА «Караван Инфо»", "Karavan Info"), ("Караван Инфо", "Karavan Info"),
    ("ИА AmurMedia", "AmurMedia"), ("IrkutskMedia", "IrkutskMedia"),
    ("Ұлт ақпарат", "Ult.kz"),
    ("ҚазАқпарат", "Kazinform"), ("Ақорда", "Akorda"), ("Тенгриньюс", "Tengrinews"),
    ("Sputnik Қазақстан", "Sputnik Kazakhstan"),
    ("Sputnik Oʻzbekiston", "Sputnik Uzbekistan"), ("Sputnik O'zbekiston", "Sputnik Uzbekistan"),
    ("Sputnik Ўзбекистон", "Sputnik Uzbekistan"), ("Sputnik Тоҷикистон", "Sputnik Tajikistan"),
    ("O‘zA", "UzA"), ("O'zA", "UzA"), ("Ўзбекистон Миллий ахборот агентлиги", "UzA"),
    ("Xalq soʻzi", "Narodnoe Slovo"), ("Кун.уз", "Kun.uz"),
    ("Ўзбекистон 24", "Uzbekistan 24"), ("Апрель ТВ", "Aprel TV"), ("Қазақ радиосы", "Kazakh Radio"),
    ("Азаттық радиосы", "RFE/RL"), ("Azadlıq Radiosu", "RFE/RL"), ("რადიო თავისუფლება", "RFE/RL"),
    ("AZƏRTAC", "Azertac"), ("阿塞拜疆國家通訊社", "Azertac"), ("趨勢通訊社", "Trend News Agency"),
    ("APA İnformasiya Agentliyi", "APA"), ("Արմենպրես", "Armenpress"),
    ("ინტერპრესნიუსი", "InterPressNews"), ("რუსთავი 2", "Rustavi 2"), ("Vostok-Media", "VostokMedia"),
    ("成都热线", "Chengdu Rexian"), ("成都熱線", "Chengdu Rexian"),
    ("啤酒工业信息网", "Cnbrewing"), ("啤酒工業信息網", "Cnbrewing"),
    ("湘西团结报", "Tuanjie Bao (Xiangxi)"), ("湘西團結報", "Tuanjie Bao (Xiangxi)"),
    ("奥一网", "Southern Metropolis Daily"), ("大江網", "Jiangxi Daily"), ("锦观新闻", "Jinguan News"),
    ("义乌商报", "Yiwu Business Daily"), ("大河網", "Dahe Daily"), ("騰訊網", "Tencent News"),
    ("國臺辦", "Taiwan Affairs Office of the State Council"), ("烏克蘭外交部", "Ministry of Foreign Affairs of Ukraine"),
])
def test_a_newly_registered_form_names_its_outlet(printed, source):
    assert _named(printed) == source


@pytest.mark.parametrize("word", ["NCA", "GTR", "团结报", "團結報", "锦观", "Озодлик", "Азаттық", "Губерния", "Конкурент"])
def test_a_bare_shared_or_ordinary_word_names_no_outlet(word):
    assert _named(word) is None


@pytest.mark.parametrize("host, source", [
    ("www.caravan-info.pro", "Karavan Info"), ("amurmedia.ru", "AmurMedia"), ("ru.ult.kz", "Ult.kz"),
    ("www.cdrx.net", "Chengdu Rexian"), ("c.cnbrewing.com", "Cnbrewing"), ("irkutskmedia.ru", "IrkutskMedia"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    found = source_for_host(registry(), host)
    assert found is not None and found.name == source


@pytest.mark.parametrize("dateline, source", [
    ("Душанбе, 12 марта, — ИА «Караван Инфо».", "Karavan Info"),
    ("Худжанд, 3 апреля — ИА «Караван Инфо».", "Karavan Info"),
    ("AmurMedia, 14 февраля 2024.", "AmurMedia"),
])
def test_a_russian_lead_crediting_a_new_agency_gives_it(dateline, source):
    assert parse(f"Стороны подписали новое соглашение\n\n{dateline} {RU_STORY}\n\n{RU_STORY}\n").source == source


@pytest.mark.parametrize("stamp, source", [
    ("2021-05-06 10:11:12 | 成都热线 | www.cdrx.net", "Chengdu Rexian"),
    ("来源:成都熱線", "Chengdu Rexian"),
    ("来源:啤酒工业信息网", "Cnbrewing"),
])
def test_a_chinese_stamp_naming_a_new_portal_gives_it(stamp, source):
    assert parse(f"两国签署新的合作协议\n\n{stamp}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source == source

