"""Source rules learnt from the 64th to 67th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_a_photo_credits_domain_is_no_teasers_glued_site_mark():
    text = (f"Фото: press.tatarstan.ru\n\nДелегация области прибыла в Казань с рабочим визитом. {RU_STORY}\n\n"
            f"{RU_STORY}\n\nФото: press.tatarstan.ru\n\n{RU_STORY}\n")
    assert parse(text).source is None


def test_a_portals_address_in_the_stamp_yields_to_the_paper_named_after_the_time():
    text = (f"新闻中心首页 > 国内新闻 > 正文\n\n市长们陆续抵京\n\nhttp://www.sina.com.cn 2005年06月08日02:37 某城晚报\n\n"
            f"本报讯 昨天,参加论坛的市长陆续赶到北京报到。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "某城晚报"


def test_an_unknown_sites_published_by_label_yields_to_the_wire_credit_of_the_lead():
    text = (f"Minister visits Jakarta to talk defence\n\nPublished by Steppe Money Review®\nPosted on February 24, 2025\n\n"
            f"The minister starts a tour of Southeast Asia.\n\n(Reuters) - The minister started a working visit "
            f"to Indonesia on Monday, news agencies reported. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Reuters"
