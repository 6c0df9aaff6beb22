"""Source rules learnt from the 62nd and 63rd sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_an_app_download_prompt_over_the_headline_is_no_masthead():
    text = (f"APP访问\n\n下载APP\n\n关闭\n\n一位邻国元首来到了北京\n\n2022-07-27 08:47:25\n\n"
            f"这是一次罕见的访问,两国元首在北京举行会谈。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source is None


def test_an_office_named_only_by_its_level_and_kind_is_no_outlet():
    reg = registry()
    assert canonical_source("市外办", reg, known_only=False) is None
    assert canonical_source("省商务厅", reg, known_only=False) is None
    assert canonical_source("草原新闻网", reg, known_only=False) == "草原新闻网"  # a site's own name stays


def test_a_paper_printing_the_wires_copy_says_so_in_the_leads_first_words():
    text = (f"副总理会见哈方领导人\n\n2017-04-20 05:52 来源:人民网-人民日报\n\n"
            f"据新华社阿斯塔纳4月18日电 (记者王明)副总理18日在阿斯塔纳会见哈萨克斯坦总统。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "Xinhua"


def test_a_wire_cited_for_its_report_in_the_lead_leaves_the_label():
    text = (f"副总理会见哈方领导人\n\n2017-04-20 05:52 来源:人民网-人民日报\n\n"
            f"据新华社报道,副总理18日在阿斯塔纳会见哈萨克斯坦总统。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "People's Daily"


def test_a_source_label_under_a_caption_inside_the_story_credits_the_picture():
    text = (f"总理任内访华多次\n\n2024年05月11日\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n"
            f"总理到中央党校演讲,右为时任副校长\n\n来源:某某日报\n\n访华期间,总理也常以华语同当地民众交流。{ZH_STORY}\n")
    assert parse(text).source is None


def test_a_wire_signing_the_last_paragraph_after_a_dash():
    text = (f"Minister to visit Beijing\n\nPUTRAJAYA: The foreign minister will visit China this week. {EN_STORY}\n\n"
            f"{EN_STORY}\n\nTrade between the two countries grew for the tenth year running. - Bernama\n\n"
            f"Next In Nation\n\nFloods close two roads in the north\n\nCouncil approves new market hall\n")
    assert parse(text).source == "Bernama"
    text = f"Minister to visit Beijing\n\n{EN_STORY}\n\n{EN_STORY}\n\nBoth ministers will meet again in the autumn. — Steppe Ledger\n"
    assert parse(text).source is None  # an unregistered name after the dash stays unread


def test_the_site_named_after_a_bar_in_the_pages_title_line():
    text = (f"Highlights of the Minister's visit | News.MN - Мэдээллийн эх сурвалж\n\nHighlights of the Minister's visit\n\n"
            f"2015.11.13\n\nHighlights of the Minister's visit\n\nThe minister made an official visit to Beijing. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "News.MN"
    text = text.replace("News.MN", "Steppe Ledger")
    assert parse(text).source is None  # an unregistered name stays unread


def test_a_wire_dateline_after_a_captions_photo_credit_glued_before_the_lead():
    text = (f"外长会见总理\n\n2月11日,总理在首都会见外长。(新華社圖片) 中評社香港2月12日電/总理11日在首都会见外长。{ZH_STORY}\n\n"
            f"{ZH_STORY}\n")
    assert parse(text).source == "China Review News Agency"


def test_a_translated_item_naming_the_agency_it_came_from():
    text = f"总统会见大使\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n(本消息来自土库曼斯坦国家通讯社通讯社 译者李明)\n"
    assert parse(text).source == "Turkmen State News Agency"
    text = f"总统会见大使\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n(本消息来自草原快讯社 译者李明)\n"
    assert parse(text).source is None
