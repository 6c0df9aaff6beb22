"""parse_text on small texts written for these tests: each test states one rule of the spec."""
import datetime as dt
import textwrap

import pytest

from despatch.ingest import parse_text
from despatch.registry import load_registry

D = dt.date


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def parse(registry, text, name="t.txt", **kwargs):
    return parse_text(textwrap.dedent(text).lstrip("\n"), name, registry, **kwargs)


BELTA_PAGE = """
Government Bodies
Flag Monday, 2 October 2023
Brest Cloudy +11°C
All news
12 April 2023, 14:20

Belarus, China open joint laboratory in Brest

BREST, 12 April (BelTA) – A joint Belarusian-Chinese laboratory of plant protection opened in Brest on Wednesday, BelTA has learned.

The laboratory will study new varieties of rapeseed and wheat.

Subscribe to us
Recent news from Belarus
"""


def test_viewing_date_is_not_publication_date(registry):
    article, _ = parse(registry, BELTA_PAGE)
    assert article.date == D(2023, 4, 12)
    assert article.time == "14:20"


def test_wire_dateline_gives_source_city_and_event_day(registry):
    article, _ = parse(registry, BELTA_PAGE)
    assert article.title == "Belarus, China open joint laboratory in Brest"
    assert article.source == "BelTA"
    assert article.dateline == "Brest"
    assert article.event_date == D(2023, 4, 12)
    assert article.utc_offset == "+03:00"  # from the source registry


def test_chrome_weather_and_footer_are_not_in_the_body(registry):
    article, _ = parse(registry, BELTA_PAGE)
    for chrome in ("Flag", "°C", "All news", "Government Bodies", "Subscribe", "Recent news"):
        assert chrome not in article.body
    assert article.body.startswith("BREST, 12 April (BelTA)")


REPUBLISHED_XINHUA = """
Home > News > World >

Chinese, Serbian leaders meet in Belgrade

Release Date:2024-05-08 09:12:45     Source:Xinhua

Chinese President Xi Jinping on Tuesday evening met with Serbian President Aleksandar Vucic in Belgrade, Xinhua reported.

The two sides agreed to deepen cooperation in trade and infrastructure.

Editor: Zhang Wei

About us | Contact us | Legal notice
"""


def test_source_label_names_the_wire_and_editor_is_not_author(registry):
    article, _ = parse(registry, REPUBLISHED_XINHUA)
    assert article.source == "Xinhua"
    assert article.author is None
    assert article.date == D(2024, 5, 8)
    assert article.time == "09:12:45"
    assert article.event_date == D(2024, 5, 7)  # Tuesday before a Wednesday
    assert "Editor" not in article.body and "About us" not in article.body


def test_byline_with_outlet_and_time(registry):
    article, _ = parse(registry, """
        Belarus, Kazakhstan sign trade roadmap

        By Li Ming and Anna Petrova (China Daily) 10:05, June 14, 2023

        Belarus and Kazakhstan signed a roadmap on trade on Tuesday, officials said in Astana.
        """)
    assert article.author == "Li Ming, Anna Petrova"
    assert article.source == "China Daily"
    assert (article.date, article.time) == (D(2023, 6, 14), "10:05")
    assert article.event_date == D(2023, 6, 13)


def test_quoted_outlets_photo_credits_and_input_are_not_the_source(registry):
    article, _ = parse(registry, """
        Leaders discuss grain corridor

        President Xi Jinping (Photo Credit: Foreign Ministry) Image Credit: ANI
        The leaders discussed the grain corridor on Friday, state media reported, in an interview with Xinhua.

        Officials said the talks would continue next month.

        (With input from Xinhua)
        """)
    assert article.source is None
    assert article.title == "Leaders discuss grain corridor"


def test_russian_dateline_without_headline(registry):
    article, messages = parse(registry, """
         date 2023-04-05 МОСКВА, 5 апреля. /ТАСС/. Министры иностранных дел России и Китая провели переговоры в Москве, сообщили в МИД.

        Стороны обсудили подготовку визита.
        """)
    assert article.title_proposed is True
    assert article.title.startswith("Министры иностранных дел")
    assert article.source == "TASS"
    assert article.dateline == "Moscow"
    assert article.language == "ru"
    assert article.date == D(2023, 4, 5)
    assert any("no headline" in m.text for m in messages)


def test_chinese_simplified_dateline_reporter_and_editor(registry):
    article, _ = parse(registry, """
        首页 > 国际 > 正文

        中哈两国元首举行会谈

        2023年5月17日 18:20   来源：新华社

        新华社西安5月17日电（记者王芳）国家主席习近平17日在西安同哈萨克斯坦总统举行会谈。

        两国元首一致同意深化合作。

        责任编辑：李强
        """)
    assert article.title == "中哈两国元首举行会谈"
    assert article.language == "zh"
    assert (article.source, article.author, article.dateline) == ("Xinhua", "王芳", "Xi'an")
    assert (article.date, article.event_date) == (D(2023, 5, 17), D(2023, 5, 17))
    assert "李强" not in article.body


def test_chinese_traditional_labels(registry):
    article, _ = parse(registry, """
        首頁 > 頭條

        中白兩國簽署合作文件

        發佈時間:2023-03-02 07:15:30 | 來源:新華社 | 作者: | 責任編輯:陳明

        新華社北京3月1日電(記者張偉)中白兩國1日在北京簽署多項合作文件。

        雙方同意擴大貿易。
        """)
    assert (article.date, article.time, article.source) == (D(2023, 3, 2), "07:15:30", "Xinhua")
    assert (article.author, article.dateline, article.event_date) == ("張偉", "Beijing", D(2023, 3, 1))


def test_wire_slug_and_day_first_dates_of_indian_outlets(registry):
    article, _ = parse(registry, """
        Left Menu

        Russia, Belarus hold joint drills - ministry

        Reuters | Moscow | Updated: 05-04-2023 18:15 IST | Created: 05-04-2023 17:04 IST
        Russia and Belarus held joint military drills near Brest on Wednesday, the defence ministry said.
        """)
    assert (article.source, article.dateline) == ("Reuters", "Moscow")
    assert article.date == D(2023, 4, 5)  # 5 April, not 4 May
    assert article.time == "17:04"  # created, not updated
    assert article.utc_offset == "+05:30"


def test_update_stamp_is_not_the_publication_date(registry):
    article, _ = parse(registry, """
        World
        Updated 2024.03.02 08:00 GMT+8

        Chinese envoy meets Belarusian minister

        2024.03.01 21:30 GMT+8

        The Chinese ambassador met the Belarusian foreign minister in Minsk on Friday, the embassy said.
        """)
    assert (article.date, article.time, article.utc_offset) == (D(2024, 3, 1), "21:30", "+08:00")


@pytest.mark.parametrize(
    "dateline, city, source",
    [
        ("ALMATY. KAZINFORM – Officials met in Almaty today to sign the agreement.", "Almaty", "Kazinform"),
        ("NEW DELHI, March 3 (Reuters) - Officials met in New Delhi to sign the agreement.", "New Delhi", "Reuters"),
        ("ULAN-UDE, 3 March (BelTA) - Officials met in Ulan-Ude to sign the agreement.", "Ulan-Ude", "BelTA"),
        ("МИНСК, 3 марта /БЕЛТА/ - Официальные лица подписали соглашение в Минске.", "Minsk", "BelTA"),
        ("中新社上海3月3日电 双方在上海签署协议，进一步扩大合作。", "Shanghai", "China News Service"),
        ("АСТАНА. КАЗИНФОРМ – Официальные лица подписали соглашение в Астане.", "Astana", "Kazinform"),
        ("MOSCOW. March 3 (Interfax) - Officials met in Moscow to sign the agreement.", "Moscow", "Interfax"),
        ("BISHKEK (AKIpress) - Officials met in Bishkek to sign the agreement.", "Bishkek", "AKIpress"),
        ("白俄通讯社明斯克3月3日电 双方在明斯克签署协议，进一步扩大合作。", "Minsk", "BelTA"),
    ],
)
def test_dateline_forms_name_city_in_english_and_agency(registry, dateline, city, source):
    article, _ = parse(registry, f"Officials sign agreement on trade\n\n3 March 2023, 10:00\n\n{dateline}\n")
    assert (article.dateline, article.source) == (city, source)


def test_store_marker_contradicted_by_a_later_year_in_the_past_is_dropped(registry):
    article, messages = parse(registry, """
         date 2018-06-01 Belarus and China to expand flights
        Belarus and China will add new direct flights next month, the ministry said.
        In October 2021, the two countries signed an aviation agreement that opened new routes.
        """)
    assert article.date is None
    assert any("2018-06-01" in note for note in article.notes)
    assert any("marker" in m.text for m in messages)


def test_store_marker_is_kept_when_later_years_are_only_plans(registry):
    article, _ = parse(registry, """
         date 2018-06-01 Belarus and China to expand flights
        Belarus and China will add new direct flights by 2025, the ministry said on Friday.
        The sides plan to open ten routes in 2026.
        """)
    assert article.date == D(2018, 6, 1)
    assert article.event_date == D(2018, 6, 1)  # Friday 1 June 2018


def test_impossible_date_is_rejected_with_a_warning_naming_the_line(registry):
    article, messages = parse(registry, """
        All news
        31 April 2023, 10:00

        Belarus, China discuss rail freight

        MINSK (BelTA) - Belarus and China discussed rail freight at a meeting in Minsk, the ministry said.
        """)
    assert article.date is None and article.event_date is None
    [warning] = [m for m in messages if "impossible date" in m.text]
    assert warning.line == 2 and "31 April 2023" in warning.text


def test_only_site_chrome_is_no_article(registry):
    article, messages = parse(registry, """
        Skip to main content
        Home | News | Politics | Economy
        We use cookies to improve your experience. By continuing you agree to our use of cookies. Accept
        Minsk +12°C   Brest +14°C
        USD 3.2712   EUR 3.5104
        Subscribe to our newsletter
        """, name="menu.txt")
    assert article is None
    assert messages[-1].level == "error" and messages[-1].text == "no article text found in menu.txt"


def test_interview_questions_headings_and_captions_are_marked(registry):
    article, _ = parse(registry, """
        Ambassador: cooperation grows in every field

        File photo
        File photo

        Mr Ambassador, what were the main results of the year?

        The main result is the growth of trade, which reached a record level this year.

        Education and culture

        More students from Belarus study in China than ever before, and the number keeps growing.

        Chinese teacher Wang Li (C) with students in Minsk. [Photo/Xinhua]

        What are the plans for next year?

        We plan to open two new cultural centers and to hold a year of tourism.
        """)
    body = article.body
    assert "**Q:** Mr Ambassador, what were the main results of the year?" in body
    assert "**Q:** What are the plans for next year?" in body
    assert "## Education and culture" in body
    assert body.count("*Photo:* File photo") == 1
    assert article.captions == ("File photo", "Chinese teacher Wang Li (C) with students in Minsk. [Photo/Xinhua]")
    assert "\n\nChinese teacher Wang Li" not in body  # not prose


def test_markup_in_text_is_escaped_to_show_as_printed(registry):
    article, _ = parse(registry, """
        Lukashenko & Xi: <b>talks</b>

        MINSK, 2 March (BelTA) - AT&T, Q&A, 3 < 5 > 2 and &lt;b&gt; <script>alert(1)</script> [link](javascript:alert(1)) as printed.
        """)
    assert article.title == "Lukashenko & Xi: <b>talks</b>"  # the title is plain text
    assert "<script" not in article.body and "&lt;script>" in article.body
    assert "AT&T, Q&A, 3 < 5 > 2 and &amp;lt;b&amp;gt;" in article.body
    assert "\\[link\\]" in article.body


@pytest.mark.parametrize(
    "lead, published, event",
    [
        ("The talks were held yesterday in Minsk, the ministry said.", D(2023, 3, 2), D(2023, 3, 1)),
        ("On March 1, the presidents held talks in Beijing, officials said.", D(2023, 3, 3), D(2023, 3, 1)),
        ("The leaders met on Thursday afternoon in Samarkand, officials said.", D(2022, 9, 16), D(2022, 9, 15)),
        ("The envoy arrived on 28 December to hold talks with officials in Minsk.", D(2024, 1, 3), D(2023, 12, 28)),
        ("The president visited China from 28 February to 2 March 2023, officials said.", D(2023, 3, 10), D(2023, 3, 1)),
        ("The sides first met in May 2015 and have met often since then, officials said.", D(2023, 3, 3), None),
        ("Sun Yi reported from Beijing that the sides agreed to expand trade.", D(2023, 12, 5), None),
    ],
)
def test_event_date_resolves_against_publication_and_never_after_it(registry, lead, published, event):
    article, _ = parse(registry, f"Sides hold talks on trade\n\n{published.isoformat()} 10:00\n\n{lead}\n")
    assert article.event_date == event


def test_no_event_date_without_publication_date(registry):
    article, _ = parse(registry, "Sides hold talks on trade\n\nThe sides held talks today in Minsk, the ministry said.\n")
    assert article.date is None and article.event_date is None


def test_printed_url_gives_url_and_publisher(registry):
    article, _ = parse(registry, """
        Логотип
        Сайт: https://mfa.gov.by/press/news_mfa/abc.html

        О визите делегации Китая

        3 марта 2023

        3 марта 2023 г. в Минске состоялись консультации делегаций двух министерств иностранных дел.
        """)
    assert article.url == "https://mfa.gov.by/press/news_mfa/abc.html"
    assert article.source == "Ministry of Foreign Affairs of the Republic of Belarus"
    assert article.title == "О визите делегации Китая"
    assert article.date == D(2023, 3, 3)


@pytest.mark.parametrize(
    "lead, event",
    [
        ("Xi will visit Minsk on Friday, the ministry said on Tuesday.", D(2023, 3, 7)),
        ("Лукашенко посетит Китай, где будет в пятницу, сообщили во вторник.", D(2023, 3, 7)),
        ("The president will pay a state visit from February 28 to March 2, officials said.", None),
    ],
)
def test_planned_days_are_not_the_event(registry, lead, event):
    article, _ = parse(registry, f"Sides plan talks on trade\n\n2023-03-08 10:00\n\n{lead}\n")
    assert article.event_date == event


def test_the_day_news_was_told_is_not_the_event_when_another_day_is_named(registry):
    article, _ = parse(registry, "Ministers meet in Minsk\n\n2023-03-01 10:00\n\n"
                       "The ministry said on Wednesday that the ministers met in Minsk on Tuesday to discuss trade.\n")
    assert article.event_date == D(2023, 2, 28)


def test_a_common_word_that_begins_an_outlet_name_does_not_make_a_brand_line(registry):
    article, _ = parse(registry, "Diplomat leaves Minsk\n\n2023-03-01 10:00\n\n"
                       "A Chinese diplomat left Minsk on Wednesday after three years in the post, the embassy said.\n")
    assert article.title == "Diplomat leaves Minsk"


def test_hint_date_is_used_only_when_the_text_prints_none(registry):
    text = "Ministers meet in Minsk\n\nThe ministers met in Minsk on Wednesday to discuss trade, the ministry said.\n"
    article, _ = parse(registry, text, hint_date=D(2023, 3, 1))
    assert article.date == D(2023, 3, 1) and any("hint" in note for note in article.notes)
    article, _ = parse(registry, "Ministers meet in Minsk\n\n2 March 2023, 10:00\n\n" + text.split("\n\n")[1], hint_date=D(2023, 3, 1))
    assert article.date == D(2023, 3, 2)


@pytest.mark.parametrize(
    "later_year_sentence, kept",
    [
        ("到2025年，两国贸易额将达到100亿美元。", True),
        ("2024年，两国签署了新的协议。", False),
        ("К 2025 году товарооборот достигнет 10 миллиардов долларов.", True),
        ("В 2024 году стороны подписали новое соглашение.", False),
    ],
)
def test_store_marker_against_later_years_in_three_languages(registry, later_year_sentence, kept):
    article, _ = parse(registry, f" date 2019-06-01 Belarus and China expand trade ties\n"
                       f"Belarus and China agreed to expand trade in several sectors, officials said.\n{later_year_sentence}\n")
    assert (article.date is not None) == kept
