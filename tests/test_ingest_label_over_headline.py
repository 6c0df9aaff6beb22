"""A site's or section's label taken for the headline: a few words over the real headline that the
article's opening never uses ('Мнения и интервью', 'Site Top Stories', '简繁转换'). The headline-shaped line
below it whose words the opening restates is the headline. A feature's headline that shares no word
with its opening is longer than a label and stays. Texts written for the tests; the labels are made up,
so no list of known labels can be what reads them."""
from __future__ import annotations

import pytest

from ingest_support import parse

EN_LEAD = ("Belarus shipped record volumes of dairy products to Chinese buyers last year, with exports of milk "
           "powder and butter rising sharply as new plants were certified by the Chinese customs authority. "
           "Officials in Minsk expect the supplier list to grow again next year.")
EN_HEADLINE = "Belarus becomes a leading supplier of dairy products to Chinese buyers"
RU_LEAD = ("Число совместных белорусско-китайских культурных проектов заметно выросло за последние годы, заявил "
           "посол Китая в Минске на встрече с журналистами. По его словам, в следующем году пройдут новые "
           "выставки и гастроли театров.")
RU_HEADLINE = "Посол Китая отмечает рост числа белорусско-китайских культурных проектов"
ZH_LEAD = ("中新网11月18日电 据报道,波兰和白俄罗斯边境移民危机持续发酵,演变成东西欧洲关系中的一个重大矛盾。"
           "边境出现了上万名希望前往欧盟国家的移民,波兰方面向边境布署军队,关闭过境通道。")
ZH_HEADLINE = "白波边境移民危机的来龙去脉与欧洲关系走向"


@pytest.mark.parametrize("label", ["Agrobourse Top Picks", "Market Desk", "Weekly Roundup"])
def test_a_sites_label_over_the_headline_and_byline_is_not_the_headline(label):
    text = f"{label}\n\n{EN_HEADLINE}\n\nWritten by Jose Ruiz | Aug 11, 2023 11:25:35 AM\n\n{EN_LEAD}\n\n{EN_LEAD}\n"
    assert parse(text).title == EN_HEADLINE


@pytest.mark.parametrize("label", ["Взгляды и беседы", "Репортажи и мнения", "Диалоги, факты, анонсы"])
def test_a_section_label_over_the_date_and_headline_is_not_the_headline(label):
    text = (f"| Главная | Новости | {label}\n\n{label}\n\n23 нояб. 2015\n\n{RU_HEADLINE}\n\n"
            f"23 ноября, Минск /Корр. БЕЛТА/. {RU_LEAD}\n\n{RU_LEAD}\n")
    assert parse(text).title == RU_HEADLINE


def test_a_chinese_script_switch_over_the_headline_is_not_the_headline():
    text = f"简繁转换\n\n{ZH_HEADLINE}\n\n华夏经纬网 > 新闻 > 国际观察      2021-11-18 09:43:15\n\n  {ZH_LEAD}\n\n  {ZH_LEAD}\n"
    assert parse(text).title == ZH_HEADLINE


def test_a_features_headline_that_shares_no_word_with_its_opening_stays_over_its_deck():
    headline = "Knowledge that assists mutual understanding"
    deck = "Teachers praise the Institute of Sinology after its top twenty ranking"
    lead = ("In December, the annual conference of language institutes ranked the university's Institute of "
            "Sinology among the top twenty institutes worldwide. Over 350 institutes now operate in 104 countries.")
    text = f"{headline}\n\n{deck}\n\nBy Galina Ivanova\n\n{lead}\n\n{lead}\n"
    assert parse(text).title == headline


def test_a_short_headline_that_its_opening_restates_stays():
    text = f"Dairy exports to China\n\n{EN_HEADLINE}\n\nWritten by Jose Ruiz | Aug 11, 2023\n\n{EN_LEAD}\n\n{EN_LEAD}\n"
    assert parse(text).title in ("Dairy exports to China", EN_HEADLINE)
