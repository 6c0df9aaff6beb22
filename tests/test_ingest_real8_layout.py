"""Ingest rules for titles, authors and chrome lines drawn from the eighth and ninth held-out sets
of real pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_street_address_of_a_contact_block_is_not_the_title():
    text = f"220030, Minsk region,\nSmolevichi, Lenin square, 6\n\nTwo districts sign a twinning agreement\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Two districts sign a twinning agreement"


def test_masthead_above_the_breadcrumb_is_not_the_title():
    text = f"Steppe Travel, Incoming Tour Operator\n\nMain » News\n\nStudents flock to the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Students flock to the capital"


def test_news_list_date_before_the_headline_is_not_part_of_it():
    text = f"Main » News\n\n05.04.13 Students flock to the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Students flock to the capital"


def test_home_and_section_glued_before_the_headline_are_dropped():
    text = f"Home News Two presidents agree to widen the rail corridor\n\nby admin\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Two presidents agree to widen the rail corridor"


def test_chinese_breadcrumb_without_arrows_is_not_the_title():
    text = f"首页 国际新闻 查看内容\n\n两国签署工业园区合作新协议\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "两国签署工业园区合作新协议"


def test_chinese_menu_of_short_items_is_not_the_title():
    text = f"首页导航 新闻 财经 体育 图片\n\n两国签署工业园区合作新协议\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "两国签署工业园区合作新协议"


def test_watermark_glued_to_every_paragraph_is_not_the_title():
    mark = "XyZ宝宝百科网"
    text = (
        f"两国签署工业园区合作新协议\n\n{mark}\n\n“合作前景广阔”{mark}\n\n作者:王明{mark}\n\n"
        f"园区今年新增企业十余家。{mark}\n\n{ZH_STORY * 2}{mark}\n\n{ZH_STORY * 2}{mark}\n"
    )
    assert parse(text).title == "两国签署工业园区合作新协议"


def test_keyword_line_between_headline_and_byline_is_not_a_menu():
    text = f"两国签署工业园区合作新协议\n\n导读:两国,合作,园区,协议,企业,投资\n\n“合作前景广阔”\n\n作者:王明\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == "两国签署工业园区合作新协议"


def test_tag_line_repeating_a_name_is_not_the_title():
    text = f"Иван Петров Минск политика торговля Иван Петров\n\nСпикер парламента встретился с послом\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Спикер парламента встретился с послом"


def test_menu_items_run_together_are_chrome_not_a_masthead():
    text = f"RSSNewsletterSiteMapFeedback\n\nHome / World / Latest News\n\nTwo ministers meet in the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Two ministers meet in the capital"
    assert article.source != "RSSNewsletterSiteMapFeedback"


def test_chinese_privacy_prompt_is_not_the_first_paragraph():
    text = (
        "两国签署工业园区合作新协议\n\n2024/7/8 11:30\n\n請同意我們的隱私權規範,才能啟用聽新聞的功能。\n\n請同意我們的隱私權規範,才能啟用聽新聞的功能。\n\n"
        f"(中央社記者王明台北8日電){ZH_STORY}\n\n{ZH_STORY}\n"
    )
    article = parse(text)
    assert "隱私" not in article.body
    assert article.author == "王明"


def test_headline_and_date_printed_under_the_only_paragraph():
    text = f"{RU_STORY} Встреча прошла в рабочей обстановке.\nПрезиденты обсудили торговлю в столице\n15 сентября 2022\n"
    article = parse(text)
    assert article.title == "Президенты обсудили торговлю в столице"
    assert article.language == "ru"


def test_translated_agency_reporter_credit_names_the_authors():
    text = f"Two ministers meet in the capital\n\nXinhua News Agency reporter Zhang Wei Li Jia\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Zhang Wei, Li Jia"


def test_western_names_are_not_split_as_pinyin():
    text = f"Two ministers meet in the capital\n\nStaff correspondent Anna Maria Novak\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Maria Novak"


def test_names_above_the_writers_role_are_the_authors():
    text = f"Two ministers meet in the capital\n\n• Anna Novak and Peter Grant\n• BBC reporter\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak, Peter Grant"


def test_officials_signature_under_the_headline_is_the_author():
    text = f"让两国友好合作的乐章更加嘹亮\n\n中华人民共和国驻外大使 王明远\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王明远"


def test_photo_label_of_the_storys_subject_is_not_a_signature():
    text = f"两国签署工业园区合作新协议\n\n白俄罗斯总统 王明远\n\n王明远表示,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_writers_name_before_the_headline_is_the_author():
    text = f"Анна Петрова: Беларусь и Китай вместе на политической арене\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


def test_newsmaker_quoted_in_the_headline_is_not_the_author():
    text = f"Иван Смирнов: торговля выросла вдвое\n\nОб этом заявил Иван Смирнов. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author is None
