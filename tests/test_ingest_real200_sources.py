"""Source rules from the real200-205 pages. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import RU_STORY, EN_STORY, ZH_STORY, parse


@pytest.mark.parametrize("code, headline, story", [
    ("RU", "В область прибыли представители иностранных компаний", RU_STORY),
    ("KZ", "В область прибыли представители иностранных компаний", RU_STORY),
    ("Eng", "Foreign company delegation arrives in the region", EN_STORY),
    ("uz", "Foreign company delegation arrives in the region", EN_STORY),
    ("Рус", "В область прибыли представители иностранных компаний", RU_STORY),
])
def test_the_one_language_code_of_a_drop_down_switcher_over_the_page_is_no_masthead(code, headline, story):
    text = f"{code}\nОзерск\n-4°\nснег, ветер 6 м/с\n\n{headline}\n\n25 сентября 2025 20:30 423\n\n{story}\n\n{story}\n"
    article = parse(text)
    assert article is not None
    assert article.source is None


@pytest.mark.parametrize("caption", [
    "白俄罗斯航空公司(Belavia)",
    "白俄罗斯航空公司（Belavia）",
    "Belavia (白俄罗斯航空)",
])
def test_a_firm_introduced_by_its_name_in_two_scripts_under_the_headline_is_a_caption_not_the_credit(caption):
    text = f"欧洲多国禁飞后航空公司取消多条航线\n{caption}\n{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.source != "Belavia"


@pytest.mark.parametrize("label", [
    "(本文来自澎湃新闻,更多原创资讯请下载“澎湃新闻”APP)",
    "（本文來自澎湃新聞）",
    "【文章转载自《澎湃新闻》】",
    "(This article is from The Paper.)",
    "(Материал взят с сайта ИА «Регнум».)",
    "[This story was first published by the Paper]",
])
def test_a_bracketed_this_article_is_from_label_closing_the_story_names_its_outlet(label):
    story, headline = (RU_STORY, "Авиакомпании отменили рейсы") if "Материал" in label else (ZH_STORY, "多国禁飞后航空公司取消航线")
    text = f"{headline}\n{story}\n{story}{label}\nSee also\n"
    expected = "Regnum" if "Регнум" in label else "The Paper"
    article = parse(text)
    assert article is not None
    assert article.source == expected


@pytest.mark.parametrize("head", ["某通社1月12日报道,", "某讯社1月12日报道，", "某通社12日消息,"])
def test_an_unknown_agency_cited_as_having_reported_on_a_day_is_not_the_source(head):
    text = f"某国外长申明对核电站项目的立场\n\n{head}{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.source is None


@pytest.mark.parametrize("head, credit, expected", [
    ("某新社巴库11月15日电", "(中国新闻网)", "China News Service"),
    ("某新社巴库11月15日电", "（中新网）", "China News Service"),
    ("某通社阿斯塔纳3月2日电", "(新华社)", "Xinhua"),
])
def test_a_registered_agency_closing_the_story_outranks_an_unknown_agency_in_its_wire_head(head, credit, expected):
    text = f"某国总理将不出席会议\n\n{head}\n\n{ZH_STORY}\n\n{ZH_STORY}{credit}\n"
    article = parse(text)
    assert article is not None
    assert article.source == expected


@pytest.mark.parametrize("stamp, agency, expected", [
    ("2 мая 2017, Минск", "БЕЛТА", "BelTA"),
    ("Минск, 2 мая 2017 г.", "/ БЕЛТА", "BelTA"),
    ("Moscow, 2 May 2017", "TASS", "TASS"),
])
def test_a_wire_sign_off_over_two_lines_its_day_and_place_then_the_agency_names_the_source(stamp, agency, expected):
    text = (f"Белорусский портал за рубежом\n\nЗавод участвует в тендерах на поставку техники\n\n\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            f"{stamp}\n{agency}\n\nСсылка на текущий документ: http://example-portal.kz/news/6-0/124/39255\nТекущая дата: 17.11.2024\n")
    article = parse(text)
    assert article is not None
    assert article.source == expected


@pytest.mark.parametrize("control", ["Navigate Up", "Skip to main content", "Back to top", "Перейти к содержимому"])
def test_a_pages_navigation_link_over_the_headline_is_no_masthead(control):
    text = (f"{control}\nSign In\nHome\n\nCommission Minister speaks on the joint road map\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    article = parse(text)
    assert article is not None
    assert article.source is None


@pytest.mark.parametrize("edition, credit, expected", [
    ("Sputnik Армения", "© Sputnik", "Sputnik Armenia"),
    ("Sputnik Armenia", "© Sputnik", "Sputnik Armenia"),
    ("Sputnik Армения", "Sputnik", "Sputnik Armenia"),
])
def test_a_brands_regional_edition_over_the_headline_outranks_the_brands_bare_credit(edition, credit, expected):
    text = (f"Найти тему\n{edition}\n\nВице-премьер рассказал о развитии сотрудничества с соседями\n\n{credit}\n{credit}\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert article is not None
    assert article.source == expected


@pytest.mark.parametrize("head, expected", [
    ("新华社上午电 ", "Xinhua"),
    ("中新社北京今天电 ", "China News Service"),
    ("新華社莫斯科16日晚電 ", "Xinhua"),
    ("【新华社昨晚电】", "Xinhua"),
])
def test_a_chinese_wire_head_dated_by_the_time_of_day_names_its_agency(head, expected):
    text = f"某国宣布暂时关闭两处过境点\n\n{head}{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.source == expected


@pytest.mark.parametrize("credit, expected", [
    ("聯合報／ 記者呂小明╱台北報導", "United Daily News"),
    ("中央社/記者呂小明/台北報導", "Central News Agency"),
    ("中國時報／ 記者林小華╱台中報導", "China Times"),
    ("聯合報｜編譯王小明", "United Daily News"),
])
def test_a_taiwanese_credit_line_outlet_slash_reporter_slash_city_names_the_outlet(credit, expected):
    text = f"某國參與軍演 總理遭批評\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.source == expected


@pytest.mark.parametrize("opening, expected", [
    ("Беларусь, Минск / БЕЛТА / ", "BelTA"),
    ("Kazakhstan, Astana /Kazinform/ ", "Kazinform"),
    ("Россия, Москва / ТАСС / ", "TASS"),
])
def test_a_wire_mark_between_slashes_after_the_country_and_the_city_names_the_agency(opening, expected):
    text = f"Стороны намерены наладить сотрудничество\n\n{opening}{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert article is not None
    assert article.source == expected
