"""Layout rules from the real172-177 pages: a language switcher of any ISO 639-1 codes ('ro ru en'); a reprint's
notice that the site did not write the story; a page's deck or description over a wire lead with its headline not
copied (reported speech or a run-on clause over a lead credited in slashes, a lead's opening words, a sentence that
tells a past event with its day); a headline crediting a public body after an em dash, or quoting a name with a dash;
a menu's rubric glued to the next item; a section and a date glued before the headline; a headline broken after a
word that cannot end it; a stopped headline printed twice. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


# --- language switchers -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["ro ru en", "RO | RU | EN", "fi sv en", "ka · hy · en", "uk / en", "sr en",
                                  "lt lv et en", "ro ru en"])
def test_a_row_of_language_codes_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Is it so", "He is on", "ro", "Astana", "Tonga", "Minsk"])
def test_short_words_that_are_codes_are_not_a_switcher(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("switcher", ["ro ru en", "SQ | MK | EN"])
def test_a_switcher_over_the_headline_is_passed_over(switcher):
    text = f"{switcher}\n\n\n{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == EN_TITLE


# --- a reprint's notice ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Example Wire is not the author of this article and the editorial opinion can differ from that of the author.",
    "The site is not the author of the material; the editorial position may differ.",
    "Мнение редакции может не совпадать с мнением автора.",
    "Редакция портала не является автором данного материала.",
    "本文观点仅代表作者本人，不代表本站立场。",
    "The views expressed in this article are those of the author."])
def test_a_notice_that_the_site_did_not_write_the_story_is_chrome(line):
    assert line_kind(line) == "chrome"


def test_a_notice_over_the_headline_is_no_headline():
    text = ("Example Wire is not the author of this article and the editorial opinion can differ from that of the author.\n\n"
            f"  • Source: http://www.example.com\n\n    2020 May 13\n\n    {EN_TITLE}\n\n    {EN_STORY}\n\n    {EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


# --- a deck or a lead sentence over the article, with no headline copied --------------------------------------------

@pytest.mark.parametrize("deck", [
    "Глава области Иван Петров сообщил, что за пять лет товарооборот с провинцией заметно вырос",
    "Новый мост через реку позволит вдвое сократить время в пути между городами, указал губернатор области",
    "Делегация прибыла в город для участия в форуме и мероприятиях, посвященных юбилею побратимства",
    "The new bridge will cut the journey between the towns by half, the regional governor said",
])
def test_a_deck_over_a_lead_credited_in_slashes_is_no_headline(deck):
    lead = "ГОРОД, 4 сентября. /АГЕНТСТВО/." if "а" in deck else "CITY, September 4. /AGENCY/."
    story = RU_STORY if "а" in deck else EN_STORY
    text = f" date 2025-09-04 {deck}\n\n{lead} {story}\n\n{story}\n"
    assert read_title(parse(text)) is None


def test_a_headline_reporting_speech_over_a_lead_without_slashes_stays():
    title = "Губернатор заявил, что мост откроют осенью"
    text = f" date 2025-09-04 {title}\n\nГород. 4 сентября. INTERFAX.RU - {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == title


def test_a_description_cut_from_the_lead_after_its_dateline_is_no_headline():
    opening = "The province has put emphasis on river transport in its cooperation with the region, and found"
    text = f"{opening}\n\nCITY (AGENCY - Example News - 5th May, 2021 ) :-- {opening} expand freight. {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("first, rest, story", [
    ("The governor of the Northern Province met with the mayor of the twin town Alexander Nonesuch in the capital on "
     "Friday, agreeing to build a new bridge across the Great", "River (GR).",
     "The two officials met on the sidelines of the annual forum of regional leaders held in the capital of the province.\n"
     "It has been their second meeting within two months, a sign of the close ties between the two towns, the governor said."),
    ("Делегации двух областей провели переговоры в приграничном городе в пятницу, договорившись открыть новый "
     "грузовой маршрут через реку до конца", "года (ГМ).",
     "Стороны встретились в рамках ежегодного форума руководителей регионов, который прошел в областном центре.\n"
     "Это уже вторая встреча за два месяца, что говорит о тесных связях между регионами, отметил губернатор."),
])
def test_a_lead_sentence_broken_by_the_copy_is_no_headline(first, rest, story):
    caption = "The governor (R) meets with the mayor in the capital of Someland, June 14, 2019. (Example/Li Ming)"
    text = f" date 2019-06-15 {caption}\n{first}\n{rest}\n{story}\n"
    assert read_title(parse(text)) is None


def test_a_dated_lead_told_again_below_is_no_headline():
    first = "Губернатор области Иван Петров 2 сентября 2025 года провел встречу с мэром города-побратима"
    text = (f" date 2025-09-02 {first}\n\nСПРАВКА. 2 сентября 2025 года в столице губернатор области Иван Петров провел "
            f"встречу с мэром города-побратима.\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) is None


# --- a headline crediting who said it, or quoting a dashed name ------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Сотрудничество двух стран нацелено на общее развитие — МИД КНР",
    "Визовый режим для туристов будет упрощен со следующего года — МИД КНР",
])
def test_a_headline_crediting_a_public_body_after_an_em_dash_is_read_whole(title):
    text = f"{title}\n12:00 24.11.2025\n{RU_STORY}\n{RU_STORY}\n"
    assert read_title(parse(text)) == title


@pytest.mark.parametrize("title", [
    'Участники подписали итоговую декларацию саммита "Китай — Центральная Азия"',
    "Участники подписали итоговую декларацию саммита «Китай — Центральная Азия»",
])
def test_a_headline_quoting_a_dashed_name_is_no_page_title(title):
    assert line_kind(title) != "source"
    text = f"{title}\nCGTN\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == title


def test_a_page_title_with_its_outlet_after_a_hyphen_stays_a_source_line():
    assert line_kind("Two towns open a new bridge over the river - CGTN") == "source"


# --- menus and labels glued to the headline -----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["ХроникаВоенная операция на Украине", "ГлавноеВ мире", "НовостиСпорт Культура",
                                  "NewsWorld Politics"])
def test_a_rubric_glued_to_the_next_item_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["Новостной портал запустил новую рубрику", "Newsweek reports on the summit"])
def test_a_headline_opening_with_a_rubric_like_word_is_not_chrome(line):
    assert line_kind(line) != "chrome"


def test_a_glued_rubric_row_over_the_headline_is_passed_over():
    text = f"СюжетыПереговоры в столице\n\n{RU_TITLE}\n\nГород. 8 мая. INTERFAX.RU - {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == RU_TITLE


@pytest.mark.parametrize("glued", ["Uzbekland 03/11/2007", "World News 2024-05-01", "Политика 12.05.2023"])
def test_a_section_and_date_glued_before_the_headline_are_dropped(glued):
    title = RU_TITLE if "Политика" in glued else EN_TITLE
    story = RU_STORY if "Политика" in glued else EN_STORY
    text = f"Search\n{glued} {title}\n\n{story}\n\n{story}\n"
    assert read_title(parse(text)) == title


# --- a headline over two lines, a stopped headline printed twice ------------------------------------------------------

@pytest.mark.parametrize("first, rest", [
    ("Regional Department Holds an Online Meeting with", "Twin Town Industrial Park"),
    ("Делегация области подписала соглашение о", "сотрудничестве с портом"),
    ("两国代表团在首都签署关于扩大经贸合作的", "联合声明"),
])
def test_a_headline_broken_after_a_word_that_cannot_end_it_is_joined(first, rest):
    story = RU_STORY if "а" in first else ZH_STORY if "的" in first else EN_STORY
    text = f"Home > News Release\n\n{first}\n\n{rest}\n\n  {story}\n\n{story}\n"
    joiner = "" if "的" in first else " "  # Chinese joins its words with no space
    assert read_title(parse(text)) == f"{first}{joiner}{rest}"


def test_a_headline_ending_with_an_adverb_is_not_joined_to_its_credit():
    title = "New rocket systems in the region's arsenal from now on"
    text = f"Updated at 14:52,24-02-2021\n\n{title}\n\nexample.eu, following Agency\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == title


@pytest.mark.parametrize("title", ["Two ministers discuss river freight over the phone.",
                                   "Министры двух стран обсудили по телефону грузовые перевозки."])
def test_a_stopped_headline_printed_twice_is_the_headline(title):
    story = RU_STORY if "а" in title else EN_STORY
    text = f"{title}\n{title}\nShare:\n\nCITY – {story}\n\n{story}\n"
    assert read_title(parse(text)) == title


def test_a_chinese_summary_telling_its_dated_event_over_a_wire_lead_is_no_headline():
    summary = "某国外长2025年9月2日在首都会见了来访的代表团，双方就合作交换了意见"
    text = f" date 2025-09-02 {summary}\n\n新华社某地9月2日电（记者王明）{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


@pytest.mark.parametrize("title", ["Governor says new bridge will open in autumn", "Губернатор: мост откроют осенью"])
def test_a_headline_over_a_lead_credited_in_slashes_stays(title):
    story = RU_STORY if "а" in title else EN_STORY
    lead = "ГОРОД, 4 сентября. /АГЕНТСТВО/." if "а" in title else "CITY, September 4. /AGENCY/."
    text = f"{title}\n\n{lead} {story}\n\n{story}\n"
    assert read_title(parse(text)) == title


@pytest.mark.parametrize("line", ["• Введите больше 3 букв для начала поиска.", "Enter at least 3 characters to start the search",
                                  "请输入至少2个字符", "Наберите не менее 4 символов"])
def test_a_search_box_hint_is_chrome(line):
    assert line_kind(line) == "chrome"


def test_a_search_box_hint_over_the_headline_does_not_start_the_article():
    text = (f"Мы в соцсетях:\n\nНовое поколение\n  • Введите больше 3 букв для начала поиска.\nВсе статьи\n{RU_TITLE}\n"
            f"Политика\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == RU_TITLE


def test_a_past_tense_headline_with_its_weekday_retold_by_the_lead_stays():
    title = "Governor met twin town mayor on Friday"
    text = f"{title}\n\nThe governor met the mayor of the twin town on Friday in the capital. {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == title


@pytest.mark.parametrize("headline, deck, lead", [
    ("某省各界人士谈友好城市交流意义", "均认为将为两地合作注入新动力",
     "【某社某地9月13日电】(记者 王明)两地合作近年来不断注入新动力,双方同意扩大交往。"),
    ("某省各界人士談友好城市交流意義", "均認為將為兩地合作注入新動力",
     "【某社某地9月13日電】(記者 王明)兩地合作近年來不斷注入新動力,雙方同意擴大交往。"),
    ("某市代表团结束对友好城市的访问", "并将在年内共同举办经贸论坛",
     "【某社某地9月13日电】(记者 王明)两市将在年内共同举办经贸论坛,双方同意扩大交往。"),
])
def test_a_chinese_headline_over_a_deck_that_needs_its_subject_is_the_headline(headline, deck, lead):
    """The lead retells the deck's words, not the headline's: the deck's opening adverb still marks it a deck."""
    text = f"字体: 放大 还原 缩小\n{headline}\n{deck}\n  \n    {lead}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == headline


def test_a_chinese_headline_opening_with_such_an_adverb_alone_stays():
    title = "也谈两国经贸合作的新机遇与新挑战"
    text = f"{title}\n\n【某社某地9月13日电】(记者 王明){ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == title
