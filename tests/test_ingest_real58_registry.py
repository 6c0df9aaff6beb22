"""Outlets registered from the 58th to 61st sets of real pages, and name forms they print for outlets
registered before: each is recognised by a name or domain it prints (texts written for these tests, not copied)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("name, source", [
    ("Уралинформбюро", "Uralinformburo"),
    ("Vecher.kz", "Vecher.kz"),
    ("Rail-news.kz", "Rail-news.kz"),
    ("Sayasat.kg", "Sayasat.kg"),
    ("VAKinfo", "VAKinfo"),
    ("Biang.ru", "Biang.ru"),
])
def test_a_russian_source_label_naming_a_newly_registered_outlet_gives_it(name, source):
    text = f"Стороны обсудили новый пограничный переход\n\nИсточник: {name}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == source


def test_an_outlet_the_lead_says_reports_the_news_is_the_source():
    text = (f"Через переход прошло больше грузов\n\nОбъем перевозок через станцию вырос на пять процентов, "
            f"передает Rail-news.kz. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Rail-news.kz"


@pytest.mark.parametrize("label, source", [
    ("来源:上观新闻", "Shanghai Observer"),
    ("來源:人民日報客戶端", "People's Daily"),
    ("来源:星洲网", "Sin Chew Daily"),
])
def test_a_chinese_source_label_naming_a_registered_outlets_printed_form_gives_it(label, source):
    text = f"两国签署新协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == source


@pytest.mark.parametrize("host, source", [
    ("sayasat.kg", "Sayasat.kg"),
    ("uralinform.ru", "Uralinformburo"),
    ("biang.ru", "Biang.ru"),
    ("vakinfo.ru", "VAKinfo"),
    ("www.vecher.kz", "Vecher.kz"),
    ("rail-news.kz", "Rail-news.kz"),
    ("www.gsunesco.org", "Gansu UNESCO Association"),
    ("hd.stheadline.com", "Sing Tao Headline"),
    ("std.stheadline.com", "Sing Tao Daily"),
    ("www.ouzhou.cc", "Ouzhou.cc"),
    ("web.shobserver.com", "Shanghai Observer"),
    ("yuz.uz", "Yuz.uz (Yangi O'zbekiston)"),
    ("messenger.com.ge", "The Messenger"),
    ("ona.az", "ONA"),
    ("news.mn", "News.MN"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    # the paper's own pages on stheadline.com are Sing Tao Daily's; the rest is its Headline site
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("printed, source", [
    ("星島頭條", "Sing Tao Headline"),
    ("星岛头条", "Sing Tao Headline"),
    ("土库曼斯坦国家通讯社", "Turkmen State News Agency"),
    ("土庫曼斯坦國家通訊社", "Turkmen State News Agency"),
    ("TDH", "Turkmen State News Agency"),
    ("Türkmenistan Döwlet Habarlar Gullugy", "Turkmen State News Agency"),
    ("Туркменистан сегодня", "Turkmenistan Today"),
    ("甘肅省聯合國教科文組織協會", "Gansu UNESCO Association"),
    ("上觀新聞", "Shanghai Observer"),
    ("解放日报", "Jiefang Daily"),
    ("星洲網", "Sin Chew Daily"),
    ("Вечерний Алматы", "Vecher.kz"),
    ("Yangi O'zbekiston", "Yuz.uz (Yangi O'zbekiston)"),
    ("ONA news agency", "ONA"),
    ("The Messenger", "The Messenger"),
])
def test_a_printed_name_form_is_an_alias_of_its_outlet(printed, source):
    assert registry().source_named(printed).name == source


@pytest.mark.parametrize("word", ["Власть", "Она", "Messenger", "Саясат", "欧洲网"])
def test_an_ordinary_word_in_an_outlets_name_is_no_name_of_it(word):
    # 'Власть' (power) is a section label on other sites; 'она' is a pronoun; 'messenger' an app
    assert registry().source_named(word) is None
