"""Layout rules from the real127-132 pages: a photo story whose pictures' captions are all its text is an
article; an image's preview prompt, a slideshow's label, a preview notice, a section with its story
counter, a close button's glyph, an e-paper's page bar, a column's sponsor line and a breadcrumb closed by 'body text' are
chrome; a regional news network's or a document library's name is no headline; a site's bracketed name
before a headline is cut off it, a column's tag is kept; a summary's bullet point, a wire's lead opened
by its city and day, two people's names, an image's alt text and title are no headlines; a news list's counter and posting time after the headline
are cut off it; a picture's credit (alone or closing its caption), a lead crediting its correspondent, press office or
speaker, an enlarge button and a newsletter's prompt are no headlines. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import (EN_STORY, PAGE_PARAGRAPHS_EN, PAGE_PARAGRAPHS_RU, PAGE_PARAGRAPHS_ZH, RU_STORY, ZH_STORY,
                            line_kind, parse, read_title)

ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
EN_TITLE = "River bridge brings two border towns closer together"


def test_a_photo_story_of_captions_only_is_an_article():
    captions = "\n\n".join(
        f"This photo taken on May {day}, 2023 shows a {thing} in the border town of Riverton. The new bridge opened "
        f"to traffic last year and trade between the towns has grown since. (Xinhua/Li Ming)"
        for day, thing in ((3, "market"), (4, "customs office"), (5, "school")))
    article = parse(f"{EN_TITLE}\n\nXinhua) 08:20, May 11, 2023\n\n{captions}\n")
    assert article is not None
    assert article.title == EN_TITLE
    assert article.language == "en"


def test_a_photo_story_of_one_paragraph_over_its_credits_is_an_article():
    paragraph = (f"Транспортный самолет с грузом прибыл из Пекина в аэропорт под Минском. {RU_STORY} {RU_STORY} "
                 "Фотографии Синьхуа/Иван Петров")
    text = f"中文 English Русский 조선어\n{RU_TITLE}\n2020-04-20 11:59:54\n\n  {paragraph}\n\nАвтор :    Источник : Агентство Синьхуа    Редактор : Ли Мин\nПоделиться\n"
    article = parse(text)
    assert article is not None
    assert article.title == RU_TITLE


@pytest.mark.parametrize("chrome", [
    "Нажмите для предварительного просмотра изображения", "Click to enlarge image", "点击查看大图",
    "首页图片切换", "焦点图轮播", "信息未审核或下架中,当前页面为预览效果,仅管理员可见",
    "Экономика Китая новостей: 1204", "Trade war articles: 87", "当前版: 03版 上一版  下一版",
    "本栏目由某某航运集团独家协办", "某某社河北分社正文", "X"])
def test_a_widget_prompt_notice_counter_or_page_bar_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


@pytest.mark.parametrize("headline", ["Новости дня: итоги визита", "本栏目今日推出新专题", "图片展示两国友谊"])
def test_headlines_near_those_widgets_stay_headlines(headline):
    assert line_kind(headline) != "chrome"


@pytest.mark.parametrize("masthead", ["Приморская новостная сеть", "花园星球(共享文库)"])
def test_a_news_network_or_document_library_name_gives_way_to_the_headline(masthead):
    title = ZH_TITLE if "(" in masthead else RU_TITLE
    story = ZH_STORY if "(" in masthead else RU_STORY
    assert parse(f"{masthead}\n\n{title}\n\n{story}\n\n{story}\n").title == title


def test_a_site_name_in_brackets_is_cut_off_the_headline_a_column_tag_is_kept():
    assert parse(f"【某某網】{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").title == ZH_TITLE
    tagged = f"【草原之声 Voice of the Steppe】{ZH_TITLE}"
    assert parse(f"{tagged}\n\n{ZH_STORY}\n\n{ZH_STORY}\n").title == tagged


def test_summary_bullets_and_a_wire_lead_opened_by_its_city_are_no_headlines():
    text = ("* Company to sell up to 300,000 T of salt to a neighbour\n* Deal keeps price unchanged from last year\n"
            "By Anna Petrova and Ivan Sidorov\nMOSCOW, March 20 Northern Salt Company\n"
            "agreed to sell salt to the neighbouring country in the second quarter.\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("line", ["李明和王华", "维克托·赫列宁和董军", "某某新增病例2例、无症状16例/某某新增病例2例,无症状16例"])
def test_two_names_or_an_image_alt_and_title_are_no_headline(line):
    assert read_title(parse(f"{line}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")) is None


def test_a_counter_and_posting_time_are_cut_off_the_headline():
    text = f"{RU_TITLE} 3 15.12.2025, 15:38\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == RU_TITLE


def test_the_genitive_tail_of_an_institution_name_is_no_headline():
    # the letterhead wraps the name of the institute's university onto a line of its own
    text = (f"Национальный исследовательский институт мировой экономики и международных отношений\n"
            f"Российской академии\n\n"
            f"ул. Садовая, 5\nE-mail: info@example.by\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) is None


def test_a_headline_in_its_nominative_with_a_genitive_end_stays_a_headline():
    title = "Делегация посетила праздник Гомельского государственного университета"
    assert parse(f"{title}\n\n{RU_STORY}\n\n{RU_STORY}\n").title == title


def test_a_site_slogan_over_a_chinese_breadcrumb_gives_way_to_the_headline_under_it():
    text = f"台南木作装修,系统家具\n\n公司新闻 首頁 公司新闻\n\n{ZH_TITLE}\n2019.5.12\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title == ZH_TITLE


def test_a_headline_over_its_date_stamp_below_a_few_paragraphs_is_the_headline():
    # a copy out of order: two paragraphs of the story, then its headline, stamp and the rest
    text = (f"{ZH_STORY}\n{ZH_STORY}\n{ZH_TITLE}\n2016年3月4日, 21:05 (更新: 2021年5月6日, 10:12)\n关注\n"
            f"新华社北京3月4日电 {ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).title == ZH_TITLE


def test_a_question_run_into_a_one_sentence_standfirst_is_the_headline():
    text = (f"Далеко ли до Пекина? Две страны подписали соглашение о сотрудничестве в спорте.\n\n"
            f"{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == "Далеко ли до Пекина?"


def test_a_lead_opening_with_a_question_and_going_on_gives_no_headline():
    text = (f"Что будет дальше? Эксперты спорят. Стороны обсудили торговлю и транспорт.\n\n"
            f"{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) != "Что будет дальше?"


@pytest.mark.parametrize("credit", [
    "Фото пресс-службы губернатора области", "Фото с сайта: example.org",
    "Министр на встрече с делегацией в аэропорту. Фото Reuters", "The minister at the talks. Sketch: TBS",
    "两国代表在会后合影留念。(市外办提供)"])
def test_a_pictures_credit_over_the_lead_gives_no_headline(credit):
    paragraphs = PAGE_PARAGRAPHS_RU if any("а" <= c <= "я" for c in credit) else (
        PAGE_PARAGRAPHS_ZH if "。" in credit else PAGE_PARAGRAPHS_EN)
    assert read_title(parse(f"{credit}\n{paragraphs}\n")) is None


@pytest.mark.parametrize("headline", ["Фото дня: итоги визита делегации", "Photo exhibition opens in the capital",
                                      "两国代表团举行会谈并签署合作文件(图)"])
def test_headlines_naming_a_photo_stay_headlines(headline):
    story = ZH_STORY if "(" in headline else (RU_STORY if "Фото" in headline else EN_STORY)
    assert read_title(parse(f"{headline}\n\n{story}\n\n{story}\n")) == headline


@pytest.mark.parametrize("lead", [
    "Стороны подписали пакет документов о сотрудничестве, передает корреспондент Example.kz",
    "Делегация прибыла в Пекин с рабочим визитом, сообщила пресс-служба министерства",
    "The two countries will open a new border crossing next year, the ministry's spokesman said on Thursday",
    "\"We are ready to work together,\" the minister told reporters after the talks",
    "«Стороны обсудили вопросы торговли», — говорится в сообщении"])
def test_a_lead_crediting_its_correspondent_or_speaker_gives_no_headline(lead):
    paragraphs = PAGE_PARAGRAPHS_EN if lead.isascii() else PAGE_PARAGRAPHS_RU
    assert read_title(parse(f"{lead}\n{paragraphs}\n")) is None


@pytest.mark.parametrize("chrome", ["放大圖片", "Stay up to date with the latest news",
                                    "Будьте в курсе последних новостей", "Get the latest updates as we post them"])
def test_an_enlarge_button_or_a_newsletters_prompt_is_chrome(chrome):
    assert line_kind(chrome) == "chrome"


@pytest.mark.parametrize("headline", ["Latest news from the border crossing", "Stay with us, the mayor tells investors"])
def test_headlines_near_a_newsletters_prompt_stay_headlines(headline):
    assert line_kind(headline) != "chrome"
