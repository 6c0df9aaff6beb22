"""Registry names from the real221-226 pages (official pages and business news): the short forms a
country's own press prints for its foreign ministry ('МИД РК', 'МИД РУз', 'ҚР СІМ'), a foreign
ministry of every country in its English, Russian and Chinese names, a parliament's and a
presidency's names as their sites print them, the provincial people's congresses of China
('<province>人大'), Japan's embassies and consulates on their '<code>.emb-japan.go.jp' sites,
and business and trade outlets of Russia, Kazakhstan and China. A name that is an ordinary word
('Report', 'Новое поколение', 'Monocle', the bare '人大') stays out. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("printed, outlet", [
    # a country's own short forms of its foreign ministry
    ("МИД РК", "Ministry of Foreign Affairs of Kazakhstan"),
    ("ҚР СІМ", "Ministry of Foreign Affairs of Kazakhstan"),
    ("МИД РУз", "Ministry of Foreign Affairs of the Republic of Uzbekistan"),
    ("МИД КР", "Ministry of Foreign Affairs of the Kyrgyz Republic"),
    ("МИД РТ", "Ministry of Foreign Affairs of the Republic of Tajikistan"),
    ("МИД РБ", "Ministry of Foreign Affairs of the Republic of Belarus"),
    ("МИД РА", "Ministry of Foreign Affairs of Armenia"),
    ("МИДЕИ", "Ministry of Foreign Affairs of Moldova"),
    ("МИД РЮО", "Ministry of Foreign Affairs of the Republic of South Ossetia"),
    ("МИД ПМР", "Ministry of Foreign Affairs of the Pridnestrovian Moldavian Republic"),
    ("Ministry of Foreign Affairs Singapore", "Ministry of Foreign Affairs of Singapore"),
    ("Israel Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Israel"),
    # the foreign ministries of every country, in English, Russian and Chinese
    ("МИД Эквадора", "Ministry of Foreign Affairs and Human Mobility of Ecuador"),
    ("卢旺达外交部", "Ministry of Foreign Affairs and International Cooperation of Rwanda"),
    ("Министерство иностранных дел Бахрейна", "Ministry of Foreign Affairs of Bahrain"),
    ("斐濟外交部", "Ministry of Foreign Affairs of Fiji"),
    ("Foreign Ministry of Paraguay", "Ministry of Foreign Affairs of Paraguay"),
    ("МИД Сенегала", "Ministry of Foreign Affairs of Senegal"),
    ("Palestinian Foreign Ministry", "Ministry of Foreign Affairs and Expatriates of the State of Palestine"),
    # governments, presidencies and parliaments as their sites print them
    ("New Zealand Government", "New Zealand Government"),
    ("Vlada Crne Gore", "Government of Montenegro"),
    ("Правительство Республики Армения", "Government of Armenia"),
    ("Президент Республики Молдова", "Presidency of the Republic of Moldova"),
    ("Presidency of the Republic of Moldova", "Presidency of the Republic of Moldova"),
    ("Официальный сайт Государственной Думы РФ", "State Duma"),
    ("State Duma of the Federal Assembly of the Russian Federation", "State Duma"),
    ("Federation Council of the Russian Federation", "Federation Council"),
    ("Мажилис Парламента РК", "Mazhilis of the Parliament of Kazakhstan"),
    ("Сенат Парламента Республики Казахстан", "Senate of the Parliament of Kazakhstan"),
    ("Законодательная палата Олий Мажлиса", "Legislative Chamber of the Oliy Majlis of Uzbekistan"),
    ("Маджлиси Оли Республики Таджикистан", "Majlisi Oli of Tajikistan"),
    ("Улсын Их Хурал", "State Great Khural of Mongolia"),
    ("全国政协", "National Committee of the Chinese People's Political Consultative Conference"),
    ("全国人大常委会", "National People's Congress"),
    ("Верховна Рада", "Verkhovna Rada"),
    ("Deutscher Bundestag", "German Bundestag"),
    # the provincial people's congresses of China
    ("安徽人大", "Standing Committee of the Anhui Provincial People's Congress"),
    ("湖南省人大常委会", "Standing Committee of the Hunan Provincial People's Congress"),
    ("黑龍江省人大常委會", "Standing Committee of the Heilongjiang Provincial People's Congress"),
    ("新疆维吾尔自治区人大常委会", "Standing Committee of the Xinjiang Regional People's Congress"),
    ("上海市人大", "Standing Committee of the Shanghai Municipal People's Congress"),
    # Japan's embassies and consulates
    ("Генеральное консульство Японии в г. Владивостоке", "Consulate-General of Japan in Vladivostok"),
    ("Посольство Японии в Казахстане", "Embassy of Japan in Kazakhstan"),
    ("日本驻菲律宾大使馆", "Embassy of Japan in the Philippines"),
    # business and trade outlets
    ("Гудок", "Gudok"),
    ("газета «Гудок»", "Gudok"),
    ("Монокль", "Monokl"),
    ("журнал «Монокль»", "Monokl"),
    ("LS", "LS"),
    ("«Содружество народов Евразии»", "Sodruzhestvo Narodov Evrazii"),
    ("锦程物流", "Jctrans"),
    ("РЖД-Партнёр", "RZD-Partner"),
    ("中国物流与采购网", "China Logistics and Purchasing Network"),
    ("中国水运报", "China Water Transport News"),
    ("鲁中网", "Luzhong Net"),
    ("Thomson Reuters Foundation", "Thomson Reuters Foundation"),
    ("ИММС НАН Беларуси", "V.A. Belyi Metal-Polymer Research Institute"),
])
def test_the_name_form_a_page_prints_belongs_to_its_outlet(printed, outlet):
    assert registry().source_named(printed).name == outlet


@pytest.mark.parametrize("host, outlet", [
    ("www.beehive.govt.nz", "New Zealand Government"),
    ("www.gov.me", "Government of Montenegro"),
    ("presedinte.md", "Presidency of the Republic of Moldova"),
    ("mfa-rso.su", "Ministry of Foreign Affairs of the Republic of South Ossetia"),
    ("www.vladivostok.ru.emb-japan.go.jp", "Consulate-General of Japan in Vladivostok"),
    ("www.ph.emb-japan.go.jp", "Embassy of Japan in the Philippines"),
    ("www.ahrd.gov.cn", "Standing Committee of the Anhui Provincial People's Congress"),
    ("www.cppcc.gov.cn", "National Committee of the Chinese People's Political Consultative Conference"),
    ("senate.parlam.kz", "Senate of the Parliament of Kazakhstan"),
    ("www.parlam.kz", "Mazhilis of the Parliament of Kazakhstan"),
    ("gudok.ru", "Gudok"),
    ("monocle.ru", "Monokl"),
    ("lsm.kz", "LS"),
    ("www.newsru.co.il", "NEWSru.co.il"),
    ("www.newsru.com", "NEWSru.com"),
    ("www.mre.gov.py", "Ministry of Foreign Affairs of Paraguay"),
])
def test_a_bodys_or_an_outlets_own_site_is_known_by_its_host(host, outlet):
    from despatch.ingest.names import source_for_host
    assert source_for_host(registry(), host).name == outlet


@pytest.mark.parametrize("name", ["Report", "Новое поколение", "Monocle", "人大", "省人大常委会", "人大网", "Эксперт",
                                  "联邦委员会", "NPC", "Beehive"])
def test_a_name_that_is_an_ordinary_word_or_anothers_names_no_outlet(name):
    """'Report' and 'Новое поколение' ('a new generation') are words; Monocle is also a London
    magazine; the bare 人大 or 省人大常委会 is every province's congress; 联邦委员会 is also the Swiss
    Federal Council's name; NPC and Beehive are words or other bodies' initials."""
    assert registry().source_named(name) is None


@pytest.mark.parametrize("text, outlet", [
    (f"Послы обсудили двусторонние связи\n\n12.03.2024\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: МИД РУз\n",
     "Ministry of Foreign Affairs of the Republic of Uzbekistan"),
    (f"Послы обсудили двусторонние связи\n\n12.03.2024\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: МИД РК\n",
     "Ministry of Foreign Affairs of Kazakhstan"),
    (f"Поезда пойдут по новому маршруту\n\n05.11.2023\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: Гудок\n", "Gudok"),
    (f"代表团访问港口城市\n\n2021-10-30 09:12\n\n来源:鲁中网\n\n{ZH_STORY}\n\n{ZH_STORY}\n", "Luzhong Net"),
    (f"代表团访问港口城市\n\n2024-12-10 09:12\n\n来源:河南人大\n\n{ZH_STORY}\n\n{ZH_STORY}\n",
     "Standing Committee of the Henan Provincial People's Congress"),
    (f"Ministers review the trade framework\n\nMarch 3, 2009\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: MFA Singapore\n",
     "Ministry of Foreign Affairs of Singapore"),
])
def test_a_credit_in_the_name_form_the_page_prints_names_the_outlet(text, outlet):
    assert parse(text).source == outlet
