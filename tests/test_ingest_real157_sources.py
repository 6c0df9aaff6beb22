"""Source rules from the real157-159 pages: an aggregator's link to the source's other items run on after
its name ('Источник: X Все новости источника'); a registered agency named first in a dateline's brackets
before the sites relaying it ('(APP - Portal / Portal's other name - date)'); a wire's informants speaking to
it in two sentences of a hard-wrapped story; an info bar of labelled cells under the story ('Автор :
Источник : X    Редактор : Y'); a breadcrumb whose arrows the copy lost ('主页 <site> <section>'); a picture's
templated alt text ('фото - Новости X от <date>'); a wire's name after the page's last sentence; a bracketed
credit past unmarked caption lines; '(Outlet 綜合報導)' closing a story; an editor's gloss 'прим. «X»'.
Texts written for the tests."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

RU_TITLE = "Делегация области посетила побратимский город в Китае"
EN_TITLE = "River bridge brings two border towns closer together"


def test_a_link_to_the_sources_other_items_after_its_name_is_no_part_of_it():
    text = (f"{RU_TITLE}\n\nИсточник: ZORNEWS Все новости источника\n\n{RU_TITLE}\n\n"
            f"В области побывала делегация из Китая. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "ZORNEWS"


def test_an_english_link_to_all_news_from_this_source_is_no_part_of_the_name():
    text = (f"{EN_TITLE}\n\nSource: Valdor Courier All news from this source\n\n"
            f"The bridge opened on Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Valdor Courier"


def test_an_agency_first_in_the_datelines_brackets_before_a_registered_relaying_site():
    text = (f"{EN_TITLE}\n\nMINSK (APP - UrduPoint / Some Point News - 5th May, 2021 ) :-- The bridge opened on "
            f"Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Associated Press of Pakistan"


def test_a_registered_outlet_alone_in_the_datelines_brackets_stays_the_source():
    text = (f"{EN_TITLE}\n\nMINSK (UrduPoint / Some Point News - 5th May, 2021 ) :-- The bridge opened on "
            f"Monday. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "UrduPoint"


HARD_WRAPPED = (
    "* Plant says to supply more fertiliser under\ndraft deal\n"
    "MINSK, Oct 25 The state fertiliser maker plans to raise\nsupplies to its eastern buyers, the company said on Friday.\n"
    "The buyer, the region's largest fertiliser trader,\nconfirmed the framework deal to Reuters.\n"
    "The maker declined to disclose volumes, although its\nspokeswoman Olga Varnik told Reuters the contract would cover\n"
    "a large amount every year.\n"
)


def test_a_wire_its_informants_speak_to_twice_in_a_hard_wrapped_story_is_the_source():
    assert parse(HARD_WRAPPED).source == "Reuters"


def test_a_wire_spoken_to_once_deep_in_the_story_is_only_quoted():
    once = HARD_WRAPPED.replace("confirmed the framework deal to Reuters", "confirmed the framework deal")
    assert parse(once).source is None


def test_an_info_bar_under_the_story_with_an_empty_author_cell_names_the_source():
    text = (f"{RU_TITLE}\n2020-06-30 10:26:26\n\n  В область прибыла делегация из Китая. {RU_STORY}\n\n"
            f"  {RU_STORY}\n\n  Доставка груза была организована при участии посольства и местных властей области.\n\n"
            "Автор :    Источник : Агентство Синьхуа    Редактор : Ли Шаньвэй\nПоделиться\nФОТО\n"
            "  • В городе открылась выставка льда\n  • Праздник фонарей собрал гостей\n"
            "  • Над рекой прошло световое шоу\n  • На орбиту вышел новый спутник\n")
    assert parse(text).source == "Xinhua"


def test_a_spaced_breadcrumb_names_the_registered_site_after_the_home_word():
    text = (f"Language\n\n主页 白罗斯共和国驻华大使馆 事件\n\n关于大使会见某某集团董事长\n\n"
            f"2020年5月18日,大使会见了某某集团董事长。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "Embassy of the Republic of Belarus in China"


def test_a_spaced_trail_of_section_words_names_no_site():
    text = (f"Language\n\n主页 新闻 事件\n\n关于大使会见某某集团董事长\n\n"
            f"2020年5月18日,大使会见了某某集团董事长。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source is None


def test_a_pictures_templated_alt_text_naming_the_sites_news_and_day_names_the_site():
    text = (f"Лента новостей\n\n{RU_TITLE}\n\nФото с сайта example.org, фото - Новости Zakon.kz от 29.11.2017 18:08\n\n"
            f"В области побывала делегация из Китая. {RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == "Zakon.kz"


def test_a_wires_name_after_the_last_sentence_of_the_pages_last_paragraph_is_the_source():
    text = (f"{EN_TITLE}\n\nThe bridge opened on Monday, the governor announced today. {EN_STORY} "
            f"The bridge will carry freight as well, he added. AKI Press\n")
    assert parse(text).source == "AKIpress"


def test_an_ordinary_word_after_the_last_sentence_names_no_source():
    text = (f"{EN_TITLE}\n\nThe bridge opened on Monday, the governor announced today. {EN_STORY} "
            f"The bridge will carry freight as well, he added. Tolls\n")
    assert parse(text).source is None


def test_a_bracketed_credit_opening_the_first_paragraphs_past_unmarked_caption_lines():
    text = ("两国边境大桥开通\n2022年6月10日\n\n"
            f"边境上的一座大桥正式通车,两岸居民期待已久。{ZH_STORY}\n\n"
            "Grenzstadt | Die neue Brücke über den Fluss wird eröffnet\n\n"
            "大桥横跨两岸图像来源: Some Press Service/picture alliance\n\n"
            f"(德国之声中文网)位于两国边境的大桥正式通车。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == "Deutsche Welle"


def test_an_outlet_and_its_desks_compiled_report_in_the_brackets_closing_the_story():
    text = (f"邊境危機升溫 兩國加重制裁\n\n截自某台影片\n\n{ZH_STORY}對此,外交部稱荒謬。(民視新聞 綜合報導)\n")
    assert parse(text).source == "FTV News"


def test_an_editors_gloss_marked_as_the_outlets_note_names_the_outlet():
    text = (f"{RU_TITLE}\n\n«Вы (США — прим. «Ленты.ру») потеряли много лет», — заявил министр. {RU_STORY}\n\n"
            f"{RU_STORY}\n")
    assert parse(text).source == "Lenta.ru"



def test_a_headline_closing_on_the_outlet_given_an_exclusive_interview_names_it():
    text = (f"Ambassador gives exclusive interview to CTV\n\nThe ambassador, in an exclusive interview, spoke of "
            f"the two countries' ties. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "CTV.by"


def test_an_exclusive_interview_with_a_person_names_no_outlet():
    text = (f"Minister gives exclusive interview to Mark Stone\n\nThe minister, in an exclusive interview, spoke of "
            f"the two countries' ties. {EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source is None
