"""Headlines and bylines among a page's widgets: a repost's credit label, an edition switch, a
share button's label, a headline copied as a list's item and a press-release wire's place and day
glued before its headline. Each text is written for this test; it shows one general pattern."""

from ingest_support import (
    line_kind as kind,
    parse_page as parse,
    PAGE_PARAGRAPHS_EN as PARAGRAPHS_EN,
)


def test_a_repost_credit_label_is_never_the_headline():
    article = parse("""
        轉載:某某網
        正文
        來到草原城市讀書的外國留學生越來越多了,當地大學附近新開了幾家中文餐館和奶茶店,店裡坐滿了年輕人。
        一位在當地讀碩士的學生說,兩年前校園裡幾乎見不到來自遠方的同學,如今他們已經組成了好幾個微信群。
        留學中介也注意到了這個新市場,開始為當地的大學招收新生,業務一年比一年多。
        """)
    assert article.title != "轉載:某某網"


def test_an_edition_switch_and_a_share_button_label_are_chrome():
    assert kind("中国内地版本") == "chrome"
    assert kind("Share Button") == "chrome"
    assert kind("Sharon Button") != "chrome"


def test_a_headline_copied_as_a_list_item_loses_its_dash():
    article = parse("""
        - 留学生人数不断增多 已达两万名
        - 2017-8-14 7:59:57 字数:1334 来源: 某某日报
        -
        近日,某国教育部公布一组数据,在该国高校学习的外国学生人数为两万余名,比上一年增加了一成。
        近年来两国的合作与交往不断跃上新台阶,人文交流与政治互信、经贸合作一同构成了两国关系的重要支柱。
        双方开展人才联合培养,鼓励本国青年学习对方国家的语言和文化,留学生人数逐年增加。
        """)
    assert article.title == "留学生人数不断增多 已达两万名"


def test_a_wire_place_and_day_glued_before_the_headline_is_not_the_headline():
    article = parse("""
        KAZAKHSTAN, May 3 - Agreements signed to widen the partnership between the two neighbours

        Several documents were signed following the talks between the presidents of the two countries in the capital on Friday.
        """ + PARAGRAPHS_EN)
    assert article.title == "Agreements signed to widen the partnership between the two neighbours"
