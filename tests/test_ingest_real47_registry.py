"""Outlets registered from the 47th to 49th sets of real pages, and name forms they print for outlets
registered before: each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("name, source", [
    ("The Jakarta Post", "The Jakarta Post"),
    ("The New Times", "The New Times"),
    ("MENAFN", "MENAFN"),
    ("People's Army Newspaper", "People's Army Newspaper"),
])
def test_a_source_label_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Two neighbours agree on a new border crossing\n\nSource: {name}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("label, source", [
    ("来源:河北省商务厅", "Hebei Provincial Department of Commerce"),
    ("来源:人民军队报", "People's Army Newspaper"),
    ("來源:新唐人亞太台", "NTD Television"),
    ("来源:BBC中文网", "BBC"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("name, source", [
    ("Islam-today", "Islam-today"),
    ("Lenta.UA", "Lenta.UA"),
    ("Afrinz.ru", "Afrinz.ru"),
])
def test_a_russian_source_label_naming_a_registered_outlet_gives_it(name, source):
    text = f"Стороны обсудили новый пограничный переход\n\nИсточник: {name}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


def test_a_syndicators_bracketed_name_opening_the_lead_gives_it():
    text = f"Two neighbours agree on a new border crossing\n\n(MENAFN) {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "MENAFN"


def test_ntds_taiwanese_affiliate_signing_its_lead_is_ntd():
    text = f"兩國簽署新協議\n\n【新唐人亞太台 2021 年 5 月 6 日訊】\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "NTD Television"


@pytest.mark.parametrize("host, source", [
    ("www.qdnd.vn", "People's Army Newspaper"),
    ("www.thejakartapost.com", "The Jakarta Post"),
    ("www.newtimes.co.rw", "The New Times"),
    ("afrinz.ru", "Afrinz.ru"),
    ("islam-today.ru", "Islam-today"),
    ("lenta.ua", "Lenta.UA"),
    ("menafn.com", "MENAFN"),
    ("www.voachinese.com", "Voice of America"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("Quân đội nhân dân", "People's Army Newspaper"),
    ("人民軍隊報", "People's Army Newspaper"),
    ("TheJakartaPost", "The Jakarta Post"),
    ("NTD Asia Pacific", "NTD Television"),
    ("新唐人", "NTD Television"),
    ("RUS TVNET", "TVNET"),
    ("BBC News Chinese", "BBC"),
    ("Sputnik Беларусь", "Sputnik"),
    ("蒙古國家通訊社", "MONTSAME"),
    ("路透", "Reuters"),
    ("洛杉磯時報", "Los Angeles Times"),
    ("Лента.UA", "Lenta.UA"),
    ("河北省商務廳", "Hebei Provincial Department of Commerce"),
    ("KZ24news", "KZ24"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["New Times", "World Now", "NTD"])
def test_an_ordinary_phrase_in_an_outlets_name_is_no_name_of_it(word):
    # 'New Times' and 'World Now' head ordinary prose; 'NTD' is also the New Taiwan dollar
    assert registry().source_named(word) is None
