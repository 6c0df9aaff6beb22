"""Ingest rules for sources drawn from the twenty-first and twenty-second held-out sets of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


# a page with no headline: a long first paragraph under one short line
NO_HEADLINE_LEAD = (
    "随着今年高考分数公布,一些考不上国内理想学校的考生开始考虑出国留学。面对名校在语言、成绩、费用等方面的高门槛,"
    "到一些冷门的小语种国家留学成为越来越多考生的候补志愿。"
)


def test_university_named_alone_over_a_text_without_headline_is_a_caption_not_the_source():
    text = f"白俄罗斯国立大学\n{NO_HEADLINE_LEAD}\n●白俄罗斯:安全的留学国家\n{ZH_STORY}{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed
    assert article.source is None


def test_news_outlet_named_alone_over_a_text_without_headline_is_still_the_source():
    text = f"界面新闻\n{NO_HEADLINE_LEAD}\n●白俄罗斯:安全的留学国家\n{ZH_STORY}{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source == "Jiemian"


def test_agency_between_slashes_after_day_and_city_is_the_source_and_the_portal_the_publisher():
    text = (
        "白罗斯共和国官网\n\n新闻中心\n\n| 首页 | 新闻中心 |\n\n两市签署友好城市协议\n\n"
        f"5月3日、明斯克 /白通社/。{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert article.source == "BelTA"
    assert article.publisher == "belarus.by"


def test_correspondent_of_an_agency_between_slashes_is_the_agency():
    text = f"Область и провинция подписали программу\n\nГродно, 5 июля /Корр. БЕЛТА/. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "BelTA"


def test_agency_between_slashes_without_a_day_before_it_is_no_source():
    text = f"Заголовок новости о визите\n\nНа выставке /стенд БЕЛТА/ {RU_STORY}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_read_on_the_site_pointer_inside_the_lead_names_the_outlet():
    text = (
        "Минск: объявлен визит в Пекин\n\nТекст: Иван Петров\n"
        "Стороны обсудили торговлю, транспорт и энергетические проекты и договорились\n"
        "Читать на сайте RG.RU\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).source == "Rossiyskaya Gazeta"


def test_english_name_of_a_chinese_outlet_is_one_of_its_names():
    text = f"Belarus flag raised at the summit venue\n\nSource: Jiemian News\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Jiemian"


def test_site_name_repeated_by_the_template_among_menus_is_still_the_masthead():
    text = (
        "Steppe Ledger\n\nMain Menu\n\n  • Home\n  • Politics\n  • Banking\n\nSteppe Ledger\n\nHeader Banner\n\n"
        "Steppe Ledger\n\n  • Home\n  • Politics\n  • Banking\n\nMinsk looks east for a new lender\n\n"
        f"{EN_STORY}\n\n{EN_STORY}\n"
    )
    assert parse(text).source == "Steppe Ledger"
