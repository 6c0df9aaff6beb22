"""Registry names from the real206-211 pages: national agencies, government portals and party papers of
the partner countries (Vietnam, Hungary, Zimbabwe, Kazakhstan), Russian regional agencies, Chinese
provincial release accounts and association sites, read in the name form the pages print (a short form,
a wire mark, a label in another script). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


@pytest.mark.parametrize("printed, outlet", [
    ("VGP", "Vietnam Government Portal"),
    ("Báo Điện tử Chính phủ", "Vietnam Government Portal"),
    ("越南政府电子报", "Vietnam Government Portal"),
    ("越共电子报", "Communist Party of Vietnam Online Newspaper"),
    ("Báo điện tử Đảng Cộng sản Việt Nam", "Communist Party of Vietnam Online Newspaper"),
    ("KZinform", "Kazinform"),
    ("Qazinform", "Kazinform"),
    ("阿通社", "WAM"),
    ("伊朗努尔新闻网", "Nour News"),
    ("НИА-Калининград", "NIA-Kaliningrad"),
    ("НТА-Приволжье", "NTA-Privolzhye"),
    ("Время новостей", "Vremya Novostei"),
    ("O!News", "Octagon.Media"),
    ("The ManicaPost", "The Manica Post"),
    ("Ministry for National Economy", "Ministry for National Economy (Hungary)"),
    ("Nemzetgazdasági Minisztérium", "Ministry for National Economy (Hungary)"),
    ("miniszterelnok.hu", "Prime Minister of Hungary"),
    ("云南发布", "Yunnan Release"),
    ("广西发布", "Guangxi Release"),
    ("中非经济贸易工作委员会", "China-Africa Economic and Trade Working Committee"),
    ("西北师范大学", "Northwest Normal University"),
    ("Kazakh National University named after Al-Farabi", "Al-Farabi Kazakh National University"),
])
def test_the_name_form_a_page_prints_belongs_to_its_outlet(printed, outlet):
    assert registry().source_named(printed).name == outlet


@pytest.mark.parametrize("host, outlet", [
    ("en.baochinhphu.vn", "Vietnam Government Portal"),
    ("dangcongsan.vn", "Communist Party of Vietnam Online Newspaper"),
    ("www.39rus.org", "NIA-Kaliningrad"),
    ("www.nta-nn.ru", "NTA-Privolzhye"),
    ("infoshos.ru", "InfoSHOS"),
    ("www.manicapost.co.zw", "The Manica Post"),
])
def test_an_outlets_own_site_is_known_by_its_host(host, outlet):
    from despatch.ingest.names import source_for_host
    assert source_for_host(registry(), host).name == outlet


@pytest.mark.parametrize("label, outlet", [
    ("(越共电子报)", "Communist Party of Vietnam Online Newspaper"),
    ("(越南政府电子报)", "Vietnam Government Portal"),
])
def test_a_chinese_label_before_the_lead_names_the_vietnamese_paper(label, outlet):
    text = f"越方两省与邻省举行新春会晤\n\n2023-02-23 10:05\n\n{label}越南两省与邻省的党委书记于2月22日举行会晤。{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("credit, outlet", [
    ("发布日期:2023/4/11 22:08:39    来源:云南发布", "Yunnan Release"),
    ("发布日期:2023/4/11 22:08:39    来源:广西发布", "Guangxi Release"),
    ("来源:新疆发布  2023-04-11", "Xinjiang Release"),
])
def test_a_provincial_release_account_credited_under_the_headline(credit, outlet):
    text = f"边境口岸通关量创新高\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == outlet


@pytest.mark.parametrize("text, outlet", [
    (f"В областном центре открылось почетное консульство\n\nНИА-КАЛИНИНГРАД\n\n12 марта 2021, 14:05\n\n{RU_STORY}\n\n{RU_STORY}\n",
     "NIA-Kaliningrad"),
    (f"Губернатор встретился с послом\n\n5 августа 2021\n\nНижний Новгород. 5 августа. НТА-Приволжье — {RU_STORY}\n\n{RU_STORY}\n",
     "NTA-Privolzhye"),
    (f"Президент встретился с новыми послами\n\n08.10.2018 14:49\n\nАстана - 8 октября /KZinform/. {RU_STORY}\n\n{RU_STORY}\n",
     "Kazinform"),
    (f"Президент встретился с новыми послами\n\n08.10.2018 14:49\n\nАстана - 8 октября /Qazinform/. {RU_STORY}\n\n{RU_STORY}\n",
     "Kazinform"),
    (f"Время новостей\n\nN°26, 16 февраля 2010\n\nМинистр прибыл в столицу с делегацией\n\n{RU_STORY}\n\n{RU_STORY}\n",
     "Vremya Novostei"),
])
def test_a_russian_regional_agency_or_paper_in_its_masthead_or_wire_head(text, outlet):
    assert parse(text).source == outlet


@pytest.mark.parametrize("text, outlet", [
    (f"Minister to open honorary consulate\n\nNovember 5, 2013\n\n{EN_STORY}\n\n{EN_STORY}\n\n(Ministry for National Economy)\n",
     "Ministry for National Economy (Hungary)"),
    (f"The ManicaPost\n\nDonors fund new water points\n\nMarch 3, 2021\n\n{EN_STORY}\n\n{EN_STORY}\n", "The Manica Post"),
    (f"Deputy PM receives visiting minister\n\nNovember 5, 2012\n\nVGP - {EN_STORY}\n\n{EN_STORY}\n", "Vietnam Government Portal"),
    (f"Universities sign memorandum\n\n12.05.2023\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
     "Press Service of Kazakh National University named after Al-Farabi\n", "Al-Farabi Kazakh National University"),
])
def test_an_english_page_credited_by_a_partner_countrys_office_or_paper(text, outlet):
    assert parse(text).source == outlet
