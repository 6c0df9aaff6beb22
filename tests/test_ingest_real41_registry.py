"""Outlets registered from the 38th to 42nd sets of real pages: each is recognised by a name or domain
it prints, in the usual clue shapes (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("name, source", [
    ("Adyrna", "Adyrna"),
    ("TurkicWorld", "TurkicWorld"),
    ("The Gulf Observer", "The Gulf Observer"),
    ("Moldpres", "Moldpres"),
    ("Table.Media", "China.Table"),
    ("BNS", "Baltic News Service"),
    ("VNA", "Vietnam News Agency"),
    ("Sputnik International", "Sputnik"),
])
def test_a_source_label_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Two neighbours agree on a new border crossing\n\nSource: {name}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("label, source", [
    ("來源:鉅亨網", "Anue"),
    ("鉅亨網編譯王小明 2025-01-02 10:00", "Anue"),
    ("新聞來源:華視新聞", "CTS News"),
    ("來源:Newtalk新聞", "Newtalk"),
    ("来源:中国评论新闻网", "China Review News Agency"),
    ("来源:中央通讯社", "Central News Agency"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"兩國簽署新協議\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("name, source", [
    ("News2.kz", "News2.kz"),
    ("Спутник Узбекистан", "Sputnik Uzbekistan"),
    ("Вестник Кавказа", "Vestnik Kavkaza"),
])
def test_a_russian_sign_off_naming_a_registered_outlet_gives_it(name, source):
    text = (f"Стороны обсудили новый пограничный переход\n\n"
            f"Стороны обсудили открытие нового пограничного перехода, передает {name}.\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == source


@pytest.mark.parametrize("host, source", [
    ("news.cnyes.com", "Anue"),
    ("sputniknews.uz", "Sputnik Uzbekistan"),
    ("vestikavkaza.ru", "Vestnik Kavkaza"),
    ("qazinform.com", "Kazinform"),
    ("unn.com.ua", "UNN"),
    ("ge.china-embassy.gov.cn", "Embassy of the People's Republic of China in Georgia"),
    ("table.media", "China.Table"),
    ("adyrna.kz", "Adyrna"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Qazinform.com", "Kazinform"),
    ("越南通訊社", "Vietnam News Agency"),
    ("НГ", "Nezavisimaya Gazeta"),
    ("CTS", "CTS News"),
    ("Embassy of China in Georgia", "Embassy of the People's Republic of China in Georgia"),
    ("駐格魯吉亞使館", "Embassy of the People's Republic of China in Georgia"),
    ("Radio Azattyq", "RFE/RL"),
    ("China Table", "China.Table"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Независимая", "Report", "Table", "Observer"])
def test_an_ordinary_word_is_no_outlets_name(word):
    assert registry().source_named(word) is None


@pytest.mark.parametrize("name, source", [
    ("Moldpres", "Moldpres"),
    ("The Gulf Observer", "The Gulf Observer"),
    ("TurkicWorld", "TurkicWorld"),
])
def test_a_copyright_line_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Two neighbours agree on a new border crossing\n\n{EN_STORY}\n\n{EN_STORY}\n\n© 2025 {name}. All rights reserved.\n"
    assert parse(text).source == source


@pytest.mark.parametrize("name, source", [("Adyrna", "Adyrna"), ("BNS", "Baltic News Service"), ("VNA", "Vietnam News Agency")])
def test_a_dateline_credit_naming_a_newly_registered_agency_gives_it(name, source):
    text = f"Two neighbours agree on a new border crossing\n\nASTANA, May 3 ({name}) – {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == source
