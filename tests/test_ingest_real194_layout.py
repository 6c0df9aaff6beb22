"""Layout rules from the real194-196 pages: a picture's caption closed by its stop and a bracketed credit; a caption that
only names who stands in the picture by office and name; a story's reading time, and a Chinese portal's address, date
and paper, run onto the headline's line; a language or script switcher ('繁体简体'); a section's label listing several
of the site's sections between commas. Texts written for the tests."""
from __future__ import annotations

import pytest

from despatch.ingest.lines import split_lines
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


def _page(head: str, story: str) -> str:
    return f"{head}\n\n{story} {story}\n\n{story}\n"


def _texts(raw: str) -> list[str]:
    return [line.text for line in split_lines(raw)[1]]


# --- a caption closed by its stop and a bracketed credit -------------------------------------------

@pytest.mark.parametrize("caption", [
    "ayor Anna Lee and the visiting governor Tom Obi shake hands after signing the river bridge deal in Northtown on "
    "May 3, 2024. (Example TV)",
    "Mayor Anna Lee and the visiting governor Tom Obi shake hands after signing the river bridge deal in Northtown on "
    "May 3, 2024. [Northwind Agency]",
    "Mayor Anna Lee and the visiting governor Tom Obi shake hands after signing the river bridge deal in Northtown on "
    "May 3, 2024. (Photo courtesy: Town Hall)"])
def test_a_caption_closed_by_its_stop_and_a_bracketed_credit_is_no_headline(caption):
    second = ("Mayor Anna Lee (2R) and governor Tom Obi (4L) chair the talks at the town hall in Northtown on May 3, 2024. "
              "(Photo courtesy: Town Hall)")
    lead = ("NORTHTOWN: Mayor Anna Lee and the visiting governor Tom Obi on Friday witnessed the signing of the river bridge "
            "deal in Northtown, the town hall said in a statement.")
    text = (f"{EN_TITLE}\n\n1 / 2\n{caption}\n2 / 2\n{second}\nShort Url\nUpdated 3 May 2024\nFollow\n\n{EN_TITLE}\n\n"
            f"  • The bridge spans the river and links the two towns\n  • In June, the towns will open a new bus route across it\n\n"
            f"{lead}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_a_caption_with_a_lost_first_letter_over_the_headline_is_no_headline():
    caption = "eputy Mayor Anna Lee greets the guests at the station in the morning. (Example News)"
    head = f"{caption}\n\n{EN_TITLE}\n\nUpdated 3 May 2024"
    assert read_title(parse(_page(head, EN_STORY))) == EN_TITLE


@pytest.mark.parametrize("head", ["Two border towns open a new river bridge. (Video)", "Border towns open a new bridge (AFP)",
                                  "Мэр открыл новый мост. (Фото)"])
def test_a_headline_with_a_media_tag_or_an_agency_without_a_stop_stays(head):
    story = RU_STORY if head.startswith("М") else EN_STORY
    assert read_title(parse(_page(head, story))) == head


# --- a caption naming who stands in the picture ----------------------------------------------------

@pytest.mark.parametrize("caption,title,story", [
    ("The President of Examplia, Anna Lee, and the Prime Minister of the Republic of Otherland, Tom Obi",
     "Good neighbours for the sake of common prosperity", EN_STORY),
    ("The King of Examplia, Omar Lee, and the Emir of Otherland, Ali Obi", "Good neighbours for the sake of common prosperity",
     EN_STORY),
    ("Президент Примерии Иван Петров и премьер-министр Иной Республики Анна Ли", RU_TITLE, RU_STORY),
    ("某国总统李明和另一国总理王华", ZH_TITLE, ZH_STORY)])
def test_a_caption_naming_offices_and_names_alone_is_no_headline(caption, title, story):
    deck = {EN_STORY: "The neighbours are ready to work together on roads, ports and schools — this was discussed during the visit",
            RU_STORY: "Соседи готовы вместе строить дороги, порты и школы — об этом говорили во время визита в столицу",
            ZH_STORY: "双方愿在道路、港口和学校建设方面加强合作——这是访问期间讨论的内容"}[story]
    lead = {EN_STORY: "At the airport of the capital city, the guest was met by the President of Otherland, Tom Obi, and a "
                      "guard of honour. The President of Examplia, Anna Lee, thanked the hosts.",
            RU_STORY: "В аэропорту столицы гостя встретил президент Примерии Иван Петров и почётный караул. Премьер-министр "
                      "Иной Республики Анна Ли поблагодарила хозяев.",
            ZH_STORY: "在首都机场,某国总统李明和另一国总理王华出席了欢迎仪式,仪仗队列队欢迎。"}[story]
    text = f"Posted: 12.12.2023 11:20:00\n\n{title}\n\n{deck}\n\n{caption}\n\n{lead}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) == title


@pytest.mark.parametrize("head", ["President Anna Lee And Prime Minister Tom Obi Sign Deal",
                                  "Президент Примерии Иван Петров и премьер-министр Иной Республики провели переговоры",
                                  "某国总统李明和另一国总理王华会谈"])
def test_headlines_naming_offices_and_what_they_did_stay(head):
    story = {"P": EN_STORY, "П": RU_STORY}.get(head[0], ZH_STORY)
    assert read_title(parse(_page(head, story))) == head


# --- fields run onto the headline's line -----------------------------------------------------------

@pytest.mark.parametrize("raw,headline,rest", [
    ("Two border towns agree on a new bridge2 min read . 08:16 PM IST", "Two border towns agree on a new bridge",
     "2 min read . 08:16 PM IST"),
    ("Two border towns agree on a new bridge | 5 mins read", "Two border towns agree on a new bridge", "5 mins read"),
    ("Два города договорились о новом мосте3 минуты чтения", "Два города договорились о новом мосте", "3 минуты чтения"),
    ("Два города договорились о новом мосте · Время чтения: 4 мин.", "Два города договорились о новом мосте",
     "Время чтения: 4 мин."),
    ("两座边境城市商定新建大桥 阅读时间约3分钟 2024-05-01", "两座边境城市商定新建大桥", "阅读时间约3分钟 2024-05-01")])
def test_a_reading_time_after_the_headline_is_split_off(raw, headline, rest):
    assert _texts(raw) == [headline, rest]


@pytest.mark.parametrize("raw,headline,rest", [
    ("两国争端影响石油输出http://www.example.com.cn 2007年01月10日 05:03 某某时报", "两国争端影响石油输出",
     "http://www.example.com.cn 2007年01月10日 05:03 某某时报"),
    ("两国签署合作文件 www.example.cn 2009-03-02 10:15 某某日报", "两国签署合作文件", "www.example.cn 2009-03-02 10:15 某某日报"),
    ("Two border towns agree on a bridge https://example.com/news 2011/04/05 Example Times", "Two border towns agree on a bridge",
     "https://example.com/news 2011/04/05 Example Times")])
def test_a_sites_address_and_stamp_after_the_headline_are_split_off(raw, headline, rest):
    assert _texts(raw) == [headline, rest]


@pytest.mark.parametrize("raw", ["The report takes 5 min read time to finish, the editor said.", "Why a 5 min read is enough",
                                 "Visit www.example.com for more", "详见http://www.example.cn"])
def test_lines_mentioning_a_reading_time_or_an_address_stay_whole(raw):
    assert _texts(raw) == [raw]


def test_a_chinese_portals_glued_stamp_dates_the_page():
    text = (f"不支持Flash\n|\n|\n{ZH_TITLE}http://www.example.com.cn 2007年01月10日 05:03 某某时报\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n\n【发表评论 】\n")
    article = parse(text)
    assert read_title(article) == ZH_TITLE
    assert (str(article.date), article.time) == ("2007-01-10", "05:03")


# --- a language or script switcher -----------------------------------------------------------------

@pytest.mark.parametrize("line", ["繁体简体", "繁體 简体", "简体中文 | 繁體中文", "簡體|繁體", "简体版 繁体版", "繁體", "繁体中文",
                                  "Рус | Бел | Eng", "Беларуская мова | Русский | English", "Bel Rus Eng"])
def test_a_language_or_script_switcher_is_chrome(line):
    assert line_kind(line) == "chrome"


def test_a_script_switcher_over_the_headline_is_no_headline():
    head = f"繁体简体\n\n{ZH_TITLE}\n\n某某网 > 新闻 > 国际观察      2021-11-18 09:43:15"
    assert read_title(parse(_page(head, ZH_STORY))) == ZH_TITLE


@pytest.mark.parametrize("line", ["简体字的由来", "繁体字书法展在京开幕"])
def test_headlines_about_scripts_stay(line):
    assert line_kind(line) != "chrome"


# --- a section's label listing the site's sections between commas ----------------------------------

@pytest.mark.parametrize("line", ["События, факты, анонсы", "Новости, события и анонсы", "News, events, announcements",
                                  "Events, photos, videos", "News, views and analysis", "Хроника, факты, комментарии",
                                  "新闻，动态，公告", "要闻、动态、通知"])
def test_a_section_label_listing_sections_between_commas_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Politics, economy, culture", "Trade, investment and education", "Политика, экономика, культура",
                                  "Образование, наука и культура", "政治、经济、文化", "Facts and figures"])
def test_subjects_listed_alone_may_head_a_part_of_the_article(line):
    assert line_kind(line) != "chrome"


def test_a_section_label_listing_sections_under_the_breadcrumb_is_no_headline():
    head = f"| Главная | Новости | События, факты, анонсы\n\nСобытия, факты, анонсы\n\n17 Mar 2016\n\n{RU_TITLE}"
    assert read_title(parse(_page(head, RU_STORY))) == RU_TITLE
