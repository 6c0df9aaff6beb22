"""Layout rules from the real181-186 pages: a pager's row of page numbers, an HTTP error page copied above the
article, an e-paper reader's name and labels, a site's footer links and a Russian site's link on its recommendation
technologies, all chrome; a news list's date with an arrow pointing at the headline; a digest's headline after its
place, date and colon; a photo caption closed by a bracketed credit; a stopped headline over a stopped standfirst;
and a Chinese page flattened into one line of section, headline, date and lead. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _page(head: str, story: str) -> str:
    return f"{head}\n\n{story} {story}\n\n{story}\n"


# --- a pager's row ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "上一頁 1 2 3 4 5 6 7 下一頁", "   上一页 1 2 3 下一页  ", "首页 上一页 1 2 3 下一页 尾页", "上一页 1 2 … 9",
    "« Prev 1 2 3 Next »", "Previous 1 2 3 4 Next", "‹ 1 2 … 9 ›", "1 2 3 Next", "Назад 1 2 3 Вперёд",
    "Предыдущая 1 2 3 Следующая", "Page 2 of 7", "Страница 2 из 7", "第2页 共7页", "共7頁"])
def test_a_pagers_row_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Top 10 cities to visit next year", "2 countries sign 3 deals", "Next stop: Minsk",
                                  "两国签署3项合作文件", "Первые 100 дней нового правительства"])
def test_headlines_with_numbers_are_no_pager(line):
    assert line_kind(line) != "chrome"


def test_a_pagers_row_under_a_photo_story_is_no_headline():
    head = "好項目丨新鐵路——兩國的鐵路“合作造”"
    caption = ("  4月28日,列車從新鐵路港口段駛過。新鐵路連接首都和第一大港,全長約480公里,是一條採用統一標準、"
               "統一技術建造的現代化鐵路。新鐵路是該國半個世紀來最大的基建工程")
    text = (f"{head}\n\n2017年05月02日 16:30:10 | 來源: 某某社\n分享到:\n\n(好項目)(4)新鐵路——兩國的鐵路“合作造”\n\n"
            f"{caption}\n\n   上一頁 1 2 3 4 5 6 7 下一頁  \n\n【糾錯】 [責任編輯: 王明 李華]\n")
    assert read_title(parse(text)) == head


# --- an HTTP error page ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "404 Not Found", "403 Forbidden", "502 Bad Gateway", "HTTP Error 503 - Service Unavailable", "Error 404",
    "HTTP/1.1 500 Internal Server Error", "504 Gateway Time-out", "410 Gone", "Ошибка 404", "404 — Страница не найдена",
    "404 页面不存在", "您访问的页面不存在", "找不到網頁", "Sorry for the inconvenience.", "We apologise for any inconvenience",
    "Приносим извинения за неудобства", "给您带来不便，敬请谅解", "Powered by nginx"])
def test_an_http_error_pages_lines_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["404 people rescued after the flood", "500 trucks cross the border every day",
                                  "Why the page was not found by the court"])
def test_headlines_opening_with_a_status_like_number_stay(line):
    assert line_kind(line) != "chrome"


def test_an_error_page_copied_above_the_article_is_passed_over():
    text = ("新闻 > 国际\n404 Not Found\n404 Not Found\nSorry for the inconvenience.\n"
            "Please report this message and include the following information to us.\nThank you very much!\n"
            "URL: http://example.com/news/20170810/1.html\nServer: cms-8-252\nDate: 2024/05/21 22:55:53\n"
            f"Powered by Example\nExample\n{ZH_TITLE}\n2019-03-02 08:10:11   某某网\n{ZH_STORY}\n{ZH_STORY}\n")
    assert read_title(parse(text)) == ZH_TITLE


# --- an e-paper reader -----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["电子报阅读机", "數字報閱讀器", "某某日报电子版阅读平台", "在线读报", "当前报纸名称:某某晚报",
                                  "當前報紙名稱：某某日報", "版面:A3版:要闻       上一篇    下一篇", "版次：第5版",
                                  "要闻 上一篇 下一篇"])
def test_an_e_paper_readers_labels_are_chrome(line):
    assert line_kind(line) == "chrome"


def test_an_e_paper_readers_name_over_the_headline_is_passed_over():
    text = (f"电子报阅读机\n2026-01-24\n星期六\n当前报纸名称:某某晚报\n{ZH_TITLE}\n日期:12-12\n"
            f"版面:a0013版:要闻       上一篇    下一篇\n{ZH_STORY}\n{ZH_STORY}\n")
    assert read_title(parse(text)) == ZH_TITLE


# --- a site's footer links -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "О технологиях рекомендаций", "О рекомендательных технологиях", "Правила применения рекомендательных технологий",
    "На сайте применяются рекомендательные технологии", "About recommendation technologies",
    "О компании", "О проекте", "Политика конфиденциальности", "Условия использования сервисов", "Обратная связь",
    "Пользовательское соглашение", "关于我们", "聯繫我們", "隱私政策", "广告服务", "Terms of service", "Advertise with us"])
def test_a_sites_footer_links_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Госдума приняла закон о рекомендательных технологиях", "О проекте бюджета на 2025 год",
                                  "Обратная связь с избирателями стала темой встречи депутатов"])
def test_headlines_on_the_same_subjects_stay(line):
    assert line_kind(line) != "chrome"


def test_a_footers_links_over_the_headline_are_passed_over():
    links = "\n".join(["О компании", "О проекте", "О технологиях рекомендаций", "Политика конфиденциальности",
                       "Обратная связь", "Условия использования сервисов"])
    text = f"{links}\n{RU_TITLE}\n{RU_STORY} {RU_STORY}\n{RU_STORY}\n"
    assert read_title(parse(text)) == RU_TITLE


# --- a date pointing at the headline ---------------------------------------------------------

@pytest.mark.parametrize("head,story,title", [
    ("5 October 2019 → Lantern festival opens in the old town", EN_STORY, "Lantern festival opens in the old town"),
    ("May 12, 2024 › Lantern festival opens", EN_STORY, "Lantern festival opens"),
    (f"12 мая 2024 » {RU_TITLE}", RU_STORY, RU_TITLE),
    (f"2024年5月12日 | {ZH_TITLE}", ZH_STORY, ZH_TITLE),
    (f"2024年5月12日 ➔ {ZH_TITLE}", ZH_STORY, ZH_TITLE)])
def test_a_lists_date_pointing_at_the_headline_is_no_part_of_it(head, story, title):
    article = parse(_page(head, story))
    assert read_title(article) == title
    assert article.date is not None


# --- a digest's place and date before its headline -------------------------------------------

@pytest.mark.parametrize("head,story", [
    ("Lusaka, 5 May 2021: Two border towns open a new river bridge for trucks", EN_STORY),
    ("Harare, March 1, 2018: Farm machinery plant to open near the capital", EN_STORY),
    (f"Минск, 12 мая 2024 г.: {RU_TITLE}", RU_STORY)])
def test_a_headline_after_its_place_date_and_colon_is_the_headline(head, story):
    assert read_title(parse(_page(head, story))) == head


def test_a_labelled_date_stays_a_stamp():
    assert read_title(parse(_page("Date: 5 May 2021", EN_STORY))) is None


# --- a caption closed by a bracketed credit --------------------------------------------------

@pytest.mark.parametrize("caption,story", [
    ("The two ministers shake hands at the border. [Jane Obi, Facebook]", EN_STORY),
    ("The mayor greets the guests at the station. [Photo: Jane Obi]", EN_STORY),
    ("Министры пожимают руки на границе. [Фото: Иван Петров]", RU_STORY)])
def test_a_caption_closed_by_a_bracketed_credit_is_no_headline(caption, story):
    assert read_title(parse(_page(caption, story))) is None


def test_a_headline_with_a_bracketed_tag_stays_a_headline():
    head = "Two border towns open a new river bridge [video]"
    assert read_title(parse(_page(head, EN_STORY))) == head


# --- a stopped headline over a stopped standfirst --------------------------------------------

def test_a_stopped_headline_over_a_stopped_standfirst_is_the_headline():
    head = "A large shipment of wheat from abroad arrives in the port."
    deck = "The cargo consists of forty containers of grain."
    lead = ("A shipment of wheat from abroad consisting of forty containers arrived this Tuesday at the port, in the "
            "west of the country, the ministry said.")
    text = f"{head}\n\n{deck}\n\n{lead}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == head


def test_a_leads_short_sentence_over_a_paragraph_on_other_things_is_no_headline():
    first = "The delegation toured the free economic zone on Friday."
    second = "The visitors met the managers of several companies."
    text = f"{first}\n\n{second}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) is None


# --- a Chinese page flattened into one line --------------------------------------------------

@pytest.mark.parametrize("line,title", [
    ("最新消息 某国总统将于3月访华 27-01-2023 1月18日,某国总统宣布将于3月访华。" + ZH_STORY, "某国总统将于3月访华"),
    ("国际新闻 《某国总统获邀月底访华》 March 17, 2023 某某新闻-某国总统应邀国事访问中国。" + ZH_STORY, "《某国总统获邀月底访华》"),
    ("新聞音頻 關於合作論壇你需要知道的幾件事 2024年9月4日 某國國家主席星期四將出席論壇開幕式。" + ZH_STORY,
     "關於合作論壇你需要知道的幾件事"),
    ("要闻 两国外长举行会谈 2024-05-12 10:20 两国外长12日在首都举行会谈。" + ZH_STORY, "两国外长举行会谈")])
def test_a_flattened_pages_headline_between_its_section_and_date(line, title):
    article = parse(f"{line}\n{ZH_STORY}\n")
    assert read_title(article) == title
    assert article.date is not None


def test_a_reporters_credit_before_the_date_is_no_headline():
    line = "本报驻某国记者李明华 2024年5月12日 两国外长在首都举行会谈。" + ZH_STORY
    assert read_title(parse(f"{line}\n{ZH_STORY}\n")) != "本报驻某国记者李明华"


# --- a related story's link set into the lead --------------------------------------------------

RU_WIRE_LEAD = ("МИНСК, 18 фев — Агентство Новости. Президент республики обсудил по телефону с премьер-министром "
                "страны двусторонние отношения и предстоящий визит, сообщила в четверг пресс-служба.")
EN_WIRE_LEAD = ("MINSK, Feb. 18 (Agency) - The president of the republic discussed bilateral relations and his coming "
                "visit with the prime minister over the phone on Thursday, the press service said.")


@pytest.mark.parametrize("lead,link,stamp,story", [
    (RU_WIRE_LEAD, "Президент предложил партнерам создавать совместные производства", "11 августа 2015, 15:59", RU_STORY),
    (RU_WIRE_LEAD, "Президент предложил партнерам создавать совместные производства", "03.09.2015 10:12", RU_STORY),
    (EN_WIRE_LEAD, "President offers partners to build joint plants", "August 11, 2015, 15:59", EN_STORY)])
def test_a_headline_stamped_on_another_day_under_a_wire_lead_is_a_related_link(lead, link, stamp, story):
    article = parse(f"{lead}\n{link}\n{stamp}\n{story}\n{story}\n")
    assert read_title(article) is None


def test_a_headline_stamped_on_the_leads_day_under_it_stays_the_headline():
    link = "Президент обсудил с премьер-министром предстоящий визит"
    article = parse(f"{RU_WIRE_LEAD}\n{link}\n18 февраля 2016, 15:59\n{RU_STORY}\n{RU_STORY}\n")
    assert read_title(article) == link


# --- a Chinese page's topic tags; captions printed twice throughout the page --------------------

@pytest.mark.parametrize("line", ["某国 基础设施 建设", "中國 外交 一帶一路", "白俄罗斯 中国 合作 工业园"])
def test_a_row_of_chinese_topic_tags_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["记者 欧阳明华 李明", "张三 李四 王五", "两国外长会面 双方同意扩大合作"])
def test_a_row_of_names_or_a_spaced_headline_is_no_tag_row(line):
    assert line_kind(line) != "chrome"


def test_a_tag_row_over_the_headline_is_passed_over():
    text = f"某国 基础设施 建设\n{ZH_TITLE}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


def test_a_caption_printed_twice_under_the_headline_on_a_page_that_doubles_captions_is_no_headline():
    caption = "在酒店工作二十年的员工望着窗外的港口"
    other = "港口附近的村庄和正在修建的道路"
    text = (f"中国时间 13:02 2024年5月15日 星期三\n{ZH_TITLE}\n{caption}\n{caption}\n{ZH_STORY}\n"
            f"{other}\n{other}\n{ZH_STORY}\n")
    assert read_title(parse(text)) == ZH_TITLE


def test_a_headline_printed_twice_stays_the_headline_where_no_caption_is_doubled():
    text = f"中国时间 13:02 2024年5月15日 星期三\n要闻\n{ZH_TITLE}\n{ZH_TITLE}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


# --- a headline with the page's labelled date after a bar --------------------------------------

@pytest.mark.parametrize("line,title,story", [
    ("Lantern festival opens in the old town of the capital | release time:January 3rd,2018",
     "Lantern festival opens in the old town of the capital", EN_STORY),
    (f"{RU_TITLE} | Опубликовано: 12.05.2024", RU_TITLE, RU_STORY),
    (f"{EN_TITLE} | Published: 12 May 2024", EN_TITLE, EN_STORY)])
def test_a_headline_before_a_bar_and_a_labelled_date_is_the_headline(line, title, story):
    article = parse(f"{line}\n{story}\n\n{story}\n")
    assert read_title(article) == title
    assert article.date is not None
