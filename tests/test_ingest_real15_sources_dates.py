"""Ingest rules for sources and event dates drawn from a fifteenth held-out set of real pages (texts here are our own)."""
from __future__ import annotations

import datetime as dt

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry


def test_day_span_within_one_month_stands_for_its_middle_day():
    text = ("Форум аграриев прошел в Хайнане\n\n15.11.2022\n\n"
            "12-14 ноября 2022 года в городе Санья прошел форум производителей продуктов питания.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2022, 11, 13)


def test_a_later_year_told_as_past_makes_an_opening_date_background():
    text = ("2018年3月2日,某领导在一篇文章中指出,教育交流是友谊的桥梁。\n"
            "2023年是该学院成立十五周年,学院在推动两国交流方面发挥了作用。\n"
            f"{ZH_STORY}\n")
    assert parse(text).event_date is None


def test_a_later_year_only_planned_keeps_the_opening_date():
    text = ("On 6 April 2023, the two ministries signed a plan on joint research, which will run until 2027.\n\n"
            f"{EN_STORY}\n")
    assert parse(text).event_date == dt.date(2023, 4, 6)


def test_day_without_year_takes_the_year_given_to_the_next_month():
    text = ("Туристы смогут ездить в Гродно без виз с октября 2019 года. Соглашение вступило в силу 20 сентября.\n\n"
            f"{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2019, 9, 20)


def test_day_without_year_takes_the_year_of_a_complete_date_in_the_same_month_further_on():
    text = (f"В Гродно 12 марта подписано соглашение о сотрудничестве, сообщает пресс-служба министерства.\n\n"
            f"Документ подписан на основании постановления от 7 марта 2024 г. № 101.\n\n{RU_STORY}\n")
    assert parse(text).event_date == dt.date(2024, 3, 12)


def test_day_without_year_and_only_a_distant_year_stays_unresolved():
    text = (f"Завод, построенный в 2015 году, открыл новый цех 20 сентября.\n\n{RU_STORY}\n")
    assert parse(text).event_date is None


def test_chinese_month_of_a_long_past_caption_date_does_not_place_a_bare_day():
    text = ("双方签署联合声明\n2023-03-02 10:00\n"
            "两国领导人在北京会晤。图为2022年9月15日,两国领导人在撒马尔罕会见。(新华社) 白方代表团访问北京,1日先后与多位领导人会面。\n"
            f"{ZH_STORY}\n")
    assert parse(text).event_date == dt.date(2023, 3, 1)


def test_site_signing_its_lead_with_its_domain_is_the_source():
    text = f"Заседание открыл председатель совета, пишет Caravan.kz\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Caravan.kz"


def test_unregistered_domain_signing_a_lead_names_no_source():
    text = f"Заседание открыл председатель совета, пишет Steppe-wire.kz\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_chinese_outlet_presenting_its_own_round_up_is_the_source():
    text = f"两国元首多次会晤,值此之际,人民网逐一梳理两国领导人会见的历史瞬间。\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source == "People's Daily Online"


def test_a_round_up_cited_from_an_outlet_is_not_its_own():
    text = f"据人民网梳理,两国元首多次会晤。\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_huanqiu_portal_is_its_own_outlet_not_the_paper():
    assert registry().source_named("环球网").name == "Huanqiu.com"
    assert registry().source_named("环球时报").name == "Global Times"
