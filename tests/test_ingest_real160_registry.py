"""Name forms registered in the 160th round: the Chinese names (both scripts) under which Chinese texts cite
Russian papers, Asian and Middle Eastern wires and Western papers; the Russian and pinyin names of Chinese
central media and Western papers; the Belarusian and older names of Belarusian papers; and outlets of the
region not listed before (a Belarusian ministry, city and English-language sites, Russian regional sites, a
Japanese paper, an American magazine). Bare ordinary words ('Time', 'Звезда', 'Страна', '上报') are no
outlet's name (texts written for these tests)."""
import pytest

from despatch.ingest.names import source_for_host
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


def _zh_labelled(label: str) -> str:
    return parse(f"两国签署新的合作协议\n\n{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").source


@pytest.mark.parametrize("label, source", [
    ("来源:生意人报", "Kommersant"), ("來源:生意人報", "Kommersant"),
    ("来源:消息报", "Izvestia"), ("來源:消息報", "Izvestia"),
    ("来源:俄罗斯报", "Rossiyskaya Gazeta"),
    ("来源:共青团真理报", "Komsomolskaya Pravda"), ("來源:共青團真理報", "Komsomolskaya Pravda"),
    ("來源:論據與事實", "Argumenty i Fakty"),
    ("来源:莫斯科共青团员报", "Moskovsky Komsomolets"),
    ("来源:观点报", "Vzglyad"),
    ("来源:俄罗斯第一频道", "Channel One"),
    ("来源:今日俄罗斯", "RT"), ("來源:今日俄羅斯電視台", "RT"),
])
def test_a_russian_paper_or_channel_under_its_chinese_name_is_the_source(label, source):
    assert _zh_labelled(label) == source


@pytest.mark.parametrize("label, source", [
    ("来源:彭博", "Bloomberg"),
    ("来源:明镜周刊", "Der Spiegel"), ("來源:明鏡周刊", "Der Spiegel"),
    ("來源:海峽時報", "The Straits Times"),
    ("来源:每日电讯报", "The Telegraph"),
    ("來源:福斯新聞", "Fox News"),
    ("来源:时代周刊", "Time (magazine)"), ("來源:時代週刊", "Time (magazine)"),
    ("来源:产经新闻", "Sankei Shimbun"), ("來源:產經新聞", "Sankei Shimbun"),
    ("來源:聯合新聞網", "United Daily News"),
    ("来源:中国商务新闻网", "International Business Daily"),
    ("来源:中国驻白罗斯大使馆", "Embassy of the People's Republic of China in the Republic of Belarus"),
    ("來源:白羅斯外交部", "Ministry of Foreign Affairs of the Republic of Belarus"),
])
def test_a_foreign_or_mission_source_under_its_chinese_name_is_the_source(label, source):
    assert _zh_labelled(label) == source


@pytest.mark.parametrize("dateline, source", [
    ("莫斯科3月4日电(今日俄罗斯)", "RT"),
    ("东京3月4日电(产经新闻)", "Sankei Shimbun"),
    ("阿斯塔纳3月4日电(哈萨克斯坦真理报)", "Kazakhstanskaya Pravda"),
    ("伊斯兰堡3月4日电(巴基斯坦联合通讯社)", "Associated Press of Pakistan"),
    ("吉隆坡3月4日電(馬來西亞國家通訊社)", "Bernama"),
    ("开罗3月4日电(中东社)", "Middle East News Agency"),
    ("新德里3月4日电(印度报业托拉斯)", "Press Trust of India"),
])
def test_a_chinese_dateline_crediting_a_wire_by_its_chinese_name_gives_the_wire(dateline, source):
    assert parse(f"两国签署新的合作协议\n\n{dateline} {ZH_STORY}\n\n{ZH_STORY}\n").source == source


@pytest.mark.parametrize("label, source", [
    ("Источник: Советская Белоруссия", "Belarus Today"),
    ("Источник: Мінская праўда", "Minskaya Pravda"),
    ("Источник: Бобруйский курьер", "Bobruisky Kuryer"),
    ("Источник: Министерство связи и информатизации Республики Беларусь",
     "Ministry of Communications and Informatization of the Republic of Belarus"),
    ("Источник: Город55", "Gorod55"),
    ("Источник: Хуаньцю шибао", "Global Times"),
    ("Источник: Цзефанцзюнь бао", "PLA Daily"),
    ("Источник: Международное радио Китая", "China Radio International"),
    ("Источник: Госсовет КНР", "The State Council of the People's Republic of China"),
    ("Источник: Вашингтон пост", "The Washington Post"),
])
def test_a_russian_source_label_names_the_newly_registered_form(label, source):
    assert parse(f"Стороны подписали новое соглашение\n\n{label}\n\n{RU_STORY}\n\n{RU_STORY}\n").source == source


@pytest.mark.parametrize("dateline, source", [
    ("АСТАНА, 5 марта /Егемен Казахстан/.", "Egemen Qazaqstan"),
    ("БИШКЕК, 5 марта — АКИpress.", "AKIpress"),
    ("ТОКИО, 5 марта /Киодо/.", "Kyodo News"),
])
def test_a_russian_dateline_crediting_a_newly_registered_form_gives_the_outlet(dateline, source):
    assert parse(f"Стороны подписали новое соглашение\n\n{dateline} {RU_STORY}\n\n{RU_STORY}\n").source == source


@pytest.mark.parametrize("label, source", [
    ("Source: Grodzenskaya Pravda", "Grodnenskaya Pravda"),
    ("Source: Time magazine", "Time (magazine)"),
    ("Source: Sankei", "Sankei Shimbun"),
    ("Source: Renmin Ribao", "People's Daily"),
    ("Source: Cankao Xiaoxi", "Reference News"),
    ("Source: Vecherniy Minsk", "Vecherny Minsk"),
    ("Source: NewsNN.ru", "NewsNN"),
])
def test_an_english_source_label_names_the_newly_registered_form(label, source):
    assert parse(f"The two sides sign a new trade agreement\n\n{label}\n\n{EN_STORY}\n\n{EN_STORY}\n").source == source


def test_an_english_dateline_crediting_a_new_outlet_in_brackets_gives_it():
    text = f"The two sides sign a new trade agreement\n\nTOKYO, March 5 (Sankei) - {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Sankei Shimbun"


@pytest.mark.parametrize("host, source", [
    ("bobr.by", "Bobruisky Kuryer"),
    ("www.mpt.gov.by", "Ministry of Communications and Informatization of the Republic of Belarus"),
    ("minskherald.com", "Minsk Herald"),
    ("www.sankei.com", "Sankei Shimbun"),
    ("time.com", "Time (magazine)"),
    ("www.comnews.cn", "International Business Daily"),
    ("www.epochtimes.com", "The Epoch Times"),
    ("www.pts.org.tw", "Public Television Service"),
    ("www.gorod55.ru", "Gorod55"),
])
def test_a_newly_registered_domain_names_its_outlet(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("word", ["Time", "TIME", "Звезда", "Страна", "Обозреватель", "上报", "界面", "独立报", "世界报", "新报"])
def test_an_ordinary_word_or_a_name_two_papers_share_is_no_outlet(word):
    # 'Time' and 'Звезда' ('star') are ordinary words; '上报' is the verb 'report upwards'; 'The Independent'
    # and Nezavisimaya Gazeta are both '独立报', Le Monde and Die Welt both '世界报'
    assert registry().source_named(word) is None


def test_an_ordinary_word_in_a_source_label_is_left_as_printed():
    text = f"Стороны подписали новое соглашение\n\nИсточник: Звезда\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source != "Zvezda"


@pytest.mark.parametrize("label, source", [
    ("来源:主权哈萨克斯坦报", "Egemen Qazaqstan"),
    ("來源:俄羅斯獨立報", "Nezavisimaya Gazeta"), ("来源:俄罗斯新报", "Novaya Gazeta"),
    ("来源:俄罗斯报纸网", "Gazeta.ru"), ("來源:俄羅斯獨立電視台", "NTV"),
    ("来源:莫斯科回声电台", "Ekho Moskvy"), ("來源:莫斯科時報", "The Moscow Times"),
    ("来源:乌克兰真理报", "Ukrainska Pravda"), ("來源:基輔獨立報", "The Kyiv Independent"),
    ("来源:选举报", "Gazeta Wyborcza"), ("来源:德国世界报", "Die Welt"), ("來源:法國世界報", "Le Monde"),
    ("来源:英国独立报", "The Independent"), ("來源:印度時報", "The Times of India"), ("来源:黎明报", "Dawn"),
    ("来源:今日美国", "USA Today"), ("來源:華盛頓時報", "The Washington Times"), ("来源:韩国广播公司", "KBS World"),
])
def test_a_paper_qualified_by_its_country_or_its_own_chinese_name_is_the_source(label, source):
    # the bare '独立报' and '世界报' stay unregistered (two papers each): the country before them tells them apart
    assert _zh_labelled(label) == source


@pytest.mark.parametrize("host, source", [
    ("www.nalog.gov.by", "Ministry of Taxes and Duties of the Republic of Belarus"),
    ("www.gki.gov.by", "State Property Committee of the Republic of Belarus"),
    ("belaz.by", "BELAZ"), ("www.belarus-tractor.com", "Minsk Tractor Works"), ("belavia.by", "Belavia"),
    ("www.washingtontimes.com", "The Washington Times"),
])
def test_a_belarusian_state_body_or_companys_site_names_it(host, source):
    assert source_for_host(registry(), host).name == source


@pytest.mark.parametrize("name", ["BELAZ", "Minsk Tractor Works", "Belavia", "Belaruskali"])
def test_a_state_company_is_registered_as_an_institution_named_mostly_as_a_subject(name):
    assert registry().source_by_name(name).kind == "institution"


def test_a_companys_name_in_a_wires_story_does_not_take_the_wires_place():
    text = (f"Belarusian truck maker signs supply deal\n\nBAKU, March 5 (Trend) - The contract was signed by BELAZ "
            f"and a Chinese power company, the agency said. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Trend News Agency"


@pytest.mark.parametrize("label, source", [
    ("來源:國家發改委", "National Development and Reform Commission"),
    ("來源:俄羅斯國防部", "Ministry of Defence of the Russian Federation"),
    ("來源:明斯克州執行委員會", "Minsk Regional Executive Committee"),
    ("來源:白俄羅斯通用商品交易所", "Belarusian Universal Commodity Exchange"),
    ("來源:中國江西網", "Jiangxi Daily"),
    ("來源:瓦爾代國際辯論俱樂部", "Valdai Discussion Club"),
])
def test_a_mainland_or_regional_name_in_traditional_characters_is_the_source(label, source):
    # a Hong Kong or Taiwan page writes the mainland's, Russia's and Belarus's names in traditional characters
    assert _zh_labelled(label) == source
