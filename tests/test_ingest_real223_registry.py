"""Registry names from the real223-229 pages (official pages, business news, culture and education
exchanges): the foreign-affairs office of every Chinese province and provincial capital under each
name it prints (the government's '<place>人民政府外事办公室', its short '外办', since 2018 the party
committee's '中共<place>委外事工作委员会办公室', their English names); Taiwan's ministries and
presidency as bodies of their own, named with 中華民國, 臺灣/台灣 or ROC (the bare '教育部' stays
the mainland's or no one's); China Cultural Centres abroad; a university's international office as
the university; China's consulates-general in their Russian names and on their sites; one body
held as two entries made one (a broadcaster and its external service, a site and its paid section).
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("printed, outlet", [
    # a province's or a capital's foreign-affairs office, in every name it prints
    ("Foreign Affairs Office of the Guangdong Provincial People's Government",
     "Foreign Affairs Office of the People's Government of Guangdong Province"),
    ("中共广东省委外事工作委员会办公室", "Foreign Affairs Office of the People's Government of Guangdong Province"),
    ("中共浙江省委外办", "Foreign Affairs Office of the People's Government of Zhejiang Province"),
    ("Sichuan Provincial Foreign Affairs Office", "Foreign Affairs Office of the People's Government of Sichuan Province"),
    ("寧夏回族自治區人民政府外事辦公室", "Foreign Affairs Office of the People's Government of Ningxia Hui Autonomous Region"),
    ("西藏自治区外办", "Foreign Affairs Office of the People's Government of Tibet Autonomous Region"),
    ("中共上海市委外事工作委员会办公室", "Foreign Affairs Office of the People's Government of Shanghai Municipality"),
    ("武汉市外事办", "Wuhan Municipal Foreign Affairs Office"),
    ("Foreign Affairs Office of the Kunming Municipal People's Government", "Kunming Municipal Foreign Affairs Office"),
    ("瀋陽市外辦", "Shenyang Municipal Foreign Affairs Office"),
    ("乌鲁木齐市人民政府外事办公室", "Urumqi Municipal Foreign Affairs Office"),
    ("中共青岛市委外事工作委员会办公室", "Qingdao Municipal Foreign Affairs Office"),
    ("Foreign Affairs Office of the Changzhou Municipal People's Government", "Changzhou Municipal Foreign Affairs Office"),
    # Taiwan's bodies, apart from the mainland's
    ("中華民國教育部", "Ministry of Education (Taiwan)"),
    ("臺灣經濟部", "Ministry of Economic Affairs (Taiwan)"),
    ("Ministry of Culture, Republic of China (Taiwan)", "Ministry of Culture (Taiwan)"),
    ("台灣衛生福利部", "Ministry of Health and Welfare (Taiwan)"),
    ("中華民國(臺灣)外交部", "Ministry of Foreign Affairs of Taiwan"),
    ("外交部全球資訊網", "Ministry of Foreign Affairs of Taiwan"),
    ("Presidential Office (Taiwan)", "Office of the President of Taiwan"),
    ("臺灣總統府", "Office of the President of Taiwan"),
    ("立法院", "Legislative Yuan"),
    ("教育部網站", "Ministry of Education of the People's Republic of China"),
    # China Cultural Centres abroad
    ("开罗中国文化中心", "China Cultural Center in Cairo"),
    ("馬德里中國文化中心", "China Cultural Center in Madrid"),
    ("Chinese Cultural Centre in Sofia", "China Cultural Center in Sofia"),
    ("Китайский культурный центр в Берлине", "China Cultural Center in Berlin"),
    # a university's international office is the university
    ("新疆大学国际交流与合作处", "Xinjiang University"),
    ("内蒙古农业大学国际合作与交流处", "Inner Mongolia Agricultural University"),
    # China's missions: consulates in Russian, posts not yet listed
    ("Генеральное консульство КНР в Осаке", "Consulate General of the People's Republic of China in Osaka"),
    ("Генконсульство КНР в Гамбурге", "Consulate General of the People's Republic of China in Hamburg"),
    ("中国驻岘港总领事馆", "Consulate General of the People's Republic of China in Da Nang"),
    ("驻奥什总领馆", "Consulate General of the People's Republic of China in Osh"),
    ("中国驻利比亚大使馆", "Embassy of the People's Republic of China in Libya"),
    # one body, once: a broadcaster's external service, a site's paid section
    ("VOV World", "Voice of Vietnam"),
    ("VOVWORLD", "Voice of Vietnam"),
    ("Moneycontrol PRO", "Moneycontrol"),
    # single outlets and bodies the pages print
    ("Soybean & Corn Advisor, Inc.", "Soybean & Corn Advisor"),
    ("湖南师大附中", "High School Attached to Hunan Normal University"),
    ("柳州市园林局", "Liuzhou Landscape and Gardening Bureau"),
])
def test_the_name_form_a_page_prints_belongs_to_its_body(printed, outlet):
    assert registry().source_named(printed).name == outlet


@pytest.mark.parametrize("host, outlet", [
    ("vovworld.vn", "Voice of Vietnam"),
    ("www.moe.gov.tw", "Ministry of Education (Taiwan)"),
    ("www.ly.gov.tw", "Legislative Yuan"),
    ("osaka.china-consulate.gov.cn", "Consulate General of the People's Republic of China in Osaka"),
    ("hcmc.china-consulate.gov.cn", "Consulate General of the People's Republic of China in Ho Chi Minh City"),
    ("ws.china-embassy.gov.cn", "Embassy of the People's Republic of China in Samoa"),
    ("www.soybeansandcorn.com", "Soybean & Corn Advisor"),
])
def test_a_bodys_own_site_is_known_by_its_host(host, outlet):
    from despatch.ingest.names import source_for_host
    assert source_for_host(registry(), host).name == outlet


@pytest.mark.parametrize("name", ["教育部", "經濟部", "文化部", "外交部网站", "市外办", "外事办公室", "国际交流与合作处",
                                  "中国文化中心", "总统府", "VOV World Cup"])
def test_a_bare_office_or_ministry_name_is_no_body(name):
    """Every province, city and university has its 外办 and 国际交流与合作处; the mainland and Taiwan
    both have an 教育部 and a 文化部; 中国文化中心 is any centre's name without its city."""
    assert registry().source_named(name) is None


@pytest.mark.parametrize("text, outlet", [
    (f"代表团访问友好城市\n\n发布日期:2019-05-13 00:00\n文章来源:南昌市外事办\n\n{ZH_STORY}\n\n{ZH_STORY}\n",
     "Nanchang Municipal Foreign Affairs Office"),
    (f"代表团访问友好城市\n\n2019-05-13\n\n来源:中共浙江省委外事工作委员会办公室\n\n{ZH_STORY}\n\n{ZH_STORY}\n",
     "Foreign Affairs Office of the People's Government of Zhejiang Province"),
    (f"代表团访问友好城市\n\n2019-05-13\n\n来源:吉林大学国际合作与交流处\n\n{ZH_STORY}\n\n{ZH_STORY}\n", "Jilin University"),
    (f"代表團訪問友好城市\n\n2019-05-13\n\n資料來源:中華民國經濟部\n\n{ZH_STORY}\n\n{ZH_STORY}\n",
     "Ministry of Economic Affairs (Taiwan)"),
    (f"Partners review the harvest outlook\n\nJul 19, 2018\n\nSource: Moneycontrol PRO\n\n{EN_STORY}\n\n{EN_STORY}\n", "Moneycontrol"),
    (f"Стороны обсудили сотрудничество\n\n12.03.2024\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
     "Источник: Генеральное консульство КНР в Осаке\n", "Consulate General of the People's Republic of China in Osaka"),
])
def test_a_credit_in_the_name_form_the_page_prints_names_the_body(text, outlet):
    assert parse(text).source == outlet
