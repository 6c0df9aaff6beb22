"""Source rules from the real190-193 pages: a state body's full name closing the story (read after the wire's
own clues), a closing credit line of writer, photographer and outlet, a source label linking an unregistered
site, a Chinese cited-report label ('新聞引據:') where no person writes the page, a wire's Chinese dateline parted
by slashes, a Chinese site's own credit with its address in brackets, a registered outlet's name heading its
section over the headline, an outlet's own correspondent named in a declined form, and registry names (a
Taiwanese paper's short site name, a news agency's finance service, a Russian regional outlet, a commodity
analysis firm). Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
ZH_TRAD_TITLE = "兩國外長在首都舉行會談並簽署合作文件"


@pytest.mark.parametrize("name, expected", [
    ("Ministry of Foreign Affairs of the Republic of Belarus", "Ministry of Foreign Affairs of the Republic of Belarus"),
    ("Ministry of Foreign Affairs of the Republic of Uzbekistan", "Ministry of Foreign Affairs of the Republic of Uzbekistan"),
    ("Национальная государственная телерадиокомпания Республики Беларусь", "Belarus 1")])
def test_a_state_bodys_full_name_closing_the_story_signs_it(name, expected):
    text = f"{EN_TITLE}\n\n12 June 2018\n\n{EN_STORY}\n\n{EN_STORY}\n\n{name}"
    assert parse(text).source == expected


def test_the_wires_own_formula_outranks_the_hosting_bodys_name_under_the_story():
    text = (f"{EN_TITLE}\n\n08 February 2019\n\nThe plant will double its output, BelTA learned from the ministry. "
            f"{EN_STORY}\n\n{EN_STORY}\n\nMinistry of Foreign Affairs of the Republic of Belarus")
    assert parse(text).source == "BelTA"


@pytest.mark.parametrize("credit, expected", [
    ("Анна Рыбак, фото Олега Ветрова, mogilevnews.by", "Mogilevskiye Vedomosti"),
    ("Текст: Иван Лесной, фото: Пётр Гай, Могилевские ведомости.", "Mogilevskiye Vedomosti"),
    ("Фото автора, Ольга Зимина, Витебские вести", "Vitebskiye Vesti"),
    ("Иван Лесной, Ольга Зимина, фотографии Петра Гая, БЕЛТА", "BelTA")])
def test_a_credit_line_of_writer_photographer_and_outlet_names_the_outlet(credit, expected):
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n{credit}\n"
    assert parse(text).source == expected


def test_an_english_credit_line_of_writer_photographer_and_outlet_names_the_outlet():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nJane Roe, photos by Tom Lee, Financial Times\n"
    assert parse(text).source == "Financial Times"


@pytest.mark.parametrize("credit", ["Иван Лесной, фото Пётр Гай, Минск", "Иван Лесной, фото Пётр Гай",
                                    "Министр, фото, БЕЛТА"])
def test_a_credit_line_without_an_outlet_or_a_writer_names_none(credit):
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n{credit}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("label, expected", [
    ("Источник: http://www.steppe-tv.ru/index.php?id=3&", "steppe-tv.ru"),
    ("Source: https://news.riverside-herald.com/2014/05/28/story.html", "news.riverside-herald.com"),
    ("来源：http://www.caoyuan-news.cn/a/2014/1.html", "caoyuan-news.cn")])
def test_a_source_label_linking_an_unregistered_site_names_the_site(label, expected):
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{label}\n\n{RU_STORY}\n"
    assert parse(text).source == expected


@pytest.mark.parametrize("label", ["Источник: https://www.youtube.com/watch?v=abc123",
                                   "Источник: https://vk.com/wall-123_456", "Source: https://twitter.com/steppe_news/status/123"])
def test_a_source_label_linking_a_platform_names_no_site(label):
    text = f"{RU_TITLE}\n\n{RU_STORY}\n\n{label}\n\n{RU_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("label, writer, expected", [
    ("  • 新聞引據:中央社", "  • 撰稿編輯:新聞編輯", "Central News Agency"),
    ("新闻引据：新华社", "", "Xinhua"),
    ("資料出處：中央社", "撰稿編輯：國際部", "Central News Agency"),
    ("• 新聞引據：白通社", "", "BelTA")])
def test_a_cited_report_label_names_the_registered_outlet_when_no_person_writes(label, writer, expected):
    text = f"{ZH_TRAD_TITLE}\n\n  • 時間:2022-09-17 08:10\n{label}\n{writer}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected


@pytest.mark.parametrize("writer", ["撰稿編輯:王小明", "• 撰稿编辑：李华", "作者：陳大同"])
def test_a_cited_report_label_beside_a_persons_writing_names_no_source(writer):
    text = f"{ZH_TRAD_TITLE}\n\n2023-03-31 18:37\n新聞引據: 路透社\n{writer}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source != "Reuters"


@pytest.mark.parametrize("opener, expected", [
    ("哈通社/阿斯塔纳/6月3日 -- ", "Kazinform"), ("哈通社/努尔-苏丹/5月27日 —— ", "Kazinform"),
    ("新华社／明斯克／2019年5月27日电 ", "Xinhua"), ("白通社/明斯克/十月二日 - ", "BelTA")])
def test_a_wires_chinese_dateline_parted_by_slashes_names_the_wire(opener, expected):
    text = f"2019 年 5月 27 日 星期一 20:47\n{opener}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected


@pytest.mark.parametrize("opener, expected", [
    ("草原资讯港讯(www.caoyuanzx.com) ", "草原资讯港"), ("北岸新闻网消息（beian-news.cn）：", "北岸新闻网"),
    ("联合早报讯（www.zaobao.com.sg）", "Lianhe Zaobao")])
def test_a_chinese_sites_own_credit_with_its_address_names_the_site(opener, expected):
    text = f"{ZH_TITLE}\n\n编辑: 2025-11-28\n\n  {opener}{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected


def test_the_sites_own_word_with_an_address_names_no_site():
    text = f"{ZH_TITLE}\n\n  本网讯(www.caoyuanzx.com) {ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source != "本网"


@pytest.mark.parametrize("masthead, expected", [
    ("Mintecglobal Top Stories", "Mintec"), ("Financial Times Latest News", "Financial Times"),
    ("Argus Media News", "Argus Media"), ("DairyReporter Top News", "DairyReporter")])
def test_a_registered_outlets_name_heading_its_section_names_the_outlet(masthead, expected):
    text = f"{masthead}\n\n{EN_TITLE}\n\nWritten by Jane Roe | Aug 11, 2023 11:25:35 AM\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == expected


@pytest.mark.parametrize("masthead", ["China Top Stories", "Belarus Latest News", "China / Politics"])
def test_a_places_section_over_the_headline_names_no_outlet(masthead):
    text = f"{masthead}\n\n{EN_TITLE}\n\nWritten by Jane Roe | Aug 11, 2023 11:25:35 AM\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source not in {"China.com", "belarus.by"}


@pytest.mark.parametrize("sentence, expected", [
    ("Об этом сообщает корреспондент «Брянской губернии».", "Bryanskaya Guberniya"),
    ("Об этом сообщает корреспондент «Брянской Губернии».", "Bryanskaya Guberniya"),
    ("Об этом сообщает корреспондент «Могилевских ведомостей».", "Mogilevskiye Vedomosti")])
def test_an_outlets_own_correspondent_named_in_a_declined_form_names_the_outlet(sentence, expected):
    text = f"{RU_TITLE}\n\n{RU_STORY} {sentence}\n\n{RU_STORY}\n"
    assert parse(text).source == expected


@pytest.mark.parametrize("label, expected", [
    ("来源:联合新闻", "United Daily News"), ("來源：聯合新聞", "United Daily News"),
    ("来源:新华财经", "China Financial Information Network"), ("來源：新華財經", "China Financial Information Network"),
    ("来源:中国金融信息网", "China Financial Information Network")])
def test_registry_names_a_papers_short_site_name_and_an_agencys_finance_service(label, expected):
    text = f"{ZH_TITLE}\n\n京港台:2025-6-22 04:24| {label} | 我来说几句\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == expected
