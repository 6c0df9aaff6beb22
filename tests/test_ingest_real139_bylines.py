"""Byline rules from the real139-141 pages: a wire's correspondent in brackets after its dateline
(Russian and English); a site's news tag with its reporter in brackets and a colon; a paper's news tag
with its reporter after '记者' without brackets; a paper's or its app's signature closing the story;
a reporter after the outlet in a stamp's source field; an envoy's signature closing an address; a
byline box of two lines under the deck; reporters in brackets opening the lead. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "Sides sign a contract for fertiliser deliveries after a long pause"
RU_TITLE = "Стороны подписали меморандум о строительстве нового газопровода"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("credit, name", [
    ("Пекин, 3 марта (корреспондент Ван Лэй) ", "Ван Лэй"),
    ("MOSCOW, March 3 (Interfax correspondent Anna Novak) - ", "Anna Novak"),
])
def test_a_wires_correspondent_in_brackets_after_its_dateline(credit, name):
    text = f"{RU_TITLE}\n\n{credit}{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == name


@pytest.mark.parametrize("tag", ["某某在线山东频道报道", "某某在线山东频道消息"])
def test_a_sites_news_tag_with_its_reporter_in_brackets_and_a_colon(tag):
    text = f"{ZH_TITLE}\n\n{tag}(王丽):{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王丽"


@pytest.mark.parametrize("credit", ["本报讯 记者周明报道 ", "本报讯 记者 周明 "])
def test_a_papers_news_tag_with_its_reporter_without_brackets(credit):
    text = f"{ZH_TITLE}\n\n{credit}5月8日,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "周明"


@pytest.mark.parametrize("signature", ["某某日报客户端 记者 周明", "某某日报·某某客户端记者 周明"])
def test_a_papers_or_its_apps_signature_closing_the_story(signature):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{signature}\n\n原标题:\n\n{ZH_TITLE}\n"
    assert parse(text).author == "周明"


def test_a_reporter_after_the_outlet_in_a_stamps_source_field():
    text = f"{ZH_TITLE}\n\n2019-05-07 10:11 来源:某某日报网 记者 周明 我要评论\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "周明"


def test_an_envoys_signature_closing_an_address():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n中国驻某某国大使周明\n\n(责编:王丽)\n"
    assert parse(text).author == "周明"


def test_a_caption_of_the_envoy_speaking_is_no_signature():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n中国驻某某国大使周明致辞\n\n(责编:王丽)\n"
    assert parse(text).author is None


def test_a_byline_box_of_two_lines_under_the_deck():
    deck = "Министр: стороны могут расширить поставки уже в этом году"
    text = (f"{RU_TITLE}\n\n{deck}\nАнна Петрова\nАнна Петрова (Старший редактор отдела «Экономика»)\n\n"
            "Фото: Иван Сидоров / Агентство\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).author == "Анна Петрова"


def test_reporters_in_brackets_opening_the_lead():
    text = f"{ZH_TITLE}\n\n(王丽 周明){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王丽, 周明"


@pytest.mark.parametrize("tag", ["综述", "北京", "图文"])
def test_a_tag_or_a_place_in_brackets_opening_the_lead_is_no_writer(tag):
    text = f"{ZH_TITLE}\n\n({tag}){ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


# --- round 2: names no person, bare names under headlines


@pytest.mark.parametrize("line", ["Staff Correspondent", "Special Correspondent"])
def test_a_role_alone_under_the_headline_names_no_one(line):
    text = f"{EN_TITLE}\n\n{line}\n12 May 2023 10:07 | Update: 12 May 2023 11:10\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_share_boxs_short_url_label_is_no_name():
    text = f"{EN_TITLE}\n\nShort Url\nUpdated 12 May 2023\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_wires_feed_with_its_language_code_is_no_name():
    text = f"2023.05.12 16:41\n{EN_TITLE}\nNovinex EN\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_subheading_with_a_possessive_closing_the_story_is_no_signature():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nMalta's Harbours\n"
    assert parse(text).author is None


@pytest.mark.parametrize("line", ["1764", "- Анна Петрова"])
def test_a_name_under_the_headline_beside_a_views_count_or_as_a_lists_item(line):
    name = "Анна Петрова"
    under = f"{line}\n{name}" if line.isdigit() else line
    text = f"{RU_TITLE}\n\n{under}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == name


def test_a_name_in_capitals_under_the_headline_beside_a_views_count():
    text = f"{RU_TITLE}\n\n764\nАнна ПЕТРОВА\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна ПЕТРОВА"


def test_a_chinese_name_alone_over_an_untitled_copy():
    text = f"周明\n{ZH_STORY}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "周明"


def test_a_chinese_name_the_copy_mentions_is_no_signature():
    text = f"周明\n周明表示,{ZH_STORY}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_a_label_with_its_colon_glued_to_the_name_and_the_next_field_after_spaces():
    text = (f"{EN_TITLE}\nAuthor:Anna Novak          Source:Press Office         Date:2023-09-04\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).author == "Anna Novak"


def test_a_byline_run_on_into_the_lead_after_two_spaces():
    text = f"{EN_TITLE}\n\nBy Anna Novak  The sides discussed freight and energy at length on Monday.\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_a_dash_glued_to_the_name_before_the_agency():
    text = f"{EN_TITLE}\n\nMinsk, Belarus, Apr. 6\n\nBy Anna Novak– Novinex:\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_a_name_over_its_role_naming_the_desk_and_the_paper():
    text = (f"{RU_TITLE}\n\nАнна Петрова\n\nОбозреватель отдела политики стран ближнего зарубежья \"Вестника\"\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).author == "Анна Петрова"


def test_a_name_over_the_headline_with_a_views_count_and_the_date_between():
    text = f"Ольга Петрова\n\n1357\n\n10.09.2001, 10:42\n\n{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Ольга Петрова"


def test_a_signature_with_the_outlet_under_it_and_the_name_printed_again():
    text = f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n\nAnna Novak\n\nReuters\n\nAnna Novak\n"
    assert parse(text).author == "Anna Novak"


def test_a_name_under_the_section_time_and_views_count():
    text = f"{RU_TITLE}\n\nЭкономика\n22:06\n239 просмотров\nАнна Петрова\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


def test_a_correspondent_from_a_city():
    text = f"{EN_TITLE}\n\nFrom Anna Novak, Abuja\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_a_writers_name_in_brackets_alone_under_the_last_paragraph():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n(周明)\n"
    assert parse(text).author == "周明"


@pytest.mark.parametrize("tag", ["(组图)", "(视频)"])
def test_a_tag_in_brackets_under_the_last_paragraph_is_no_writer(tag):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{tag}\n"
    assert parse(text).author is None


def test_a_consulates_opening_is_no_consul_generals_signature():
    # '总领事馆' is the consulate: '中国驻某地总领事馆开馆' names no consul-general '馆开馆'
    text = f"中国驻某某总领事馆开馆\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_a_short_first_name_hidden_inside_another_word_is_not_named_in_the_story():
    # 'Ольга' cut to its stem 'оль' is inside 'больше': the writer is not the story's subject
    story = f"{RU_STORY} Поставок стало больше."
    text = f"Ольга Петрова\n\n1357\n\n10.09.2001, 10:42\n\n{RU_TITLE}\n\n{story}\n\n{story}\n"
    assert parse(text).author == "Ольга Петрова"


LAST_ZH = ("副省长和秘书长参加了签约仪式,双方还就下一步在农业、教育、卫生和旅游领域开展合作交换了意见,"
           "并商定明年在对方首都举办经贸洽谈会,进一步扩大人员往来和地方合作")


@pytest.mark.parametrize("signature", ["。 某某日报·某某客户端记者 周明", "。记者周明", "。 某某日报(mǒumǒu)记者 周明"])
def test_a_reporters_credit_closing_the_last_paragraph_on_its_line(signature):
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}{LAST_ZH}{signature}\n"
    assert parse(text).author == "周明"


def test_a_photographers_credit_closing_the_last_paragraph_is_no_writer():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}{LAST_ZH}。记者周明摄\n"
    assert parse(text).author is None


def test_a_writer_in_brackets_closing_the_last_paragraph_above_other_headlines():
    others = "\n\n".join(f"- 某某市举办第{n}届国际合作论坛" for n in range(1, 5))
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}{LAST_ZH}。(周明)\n\n热门课程\n\n{others}\n"
    assert parse(text).author == "周明"


@pytest.mark.parametrize("credit", ["編譯周明／綜合報導", "記者周明/報導"])
def test_a_translators_or_reporters_credit_glued_before_the_kind_of_report(credit):
    text = f"{ZH_TITLE}\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "周明"


def test_a_name_under_the_headline_after_a_sites_name_and_a_comma():
    text = f"{RU_TITLE}\nNOVOSTI-uz, Анна Петрова\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


def test_a_city_and_a_comma_before_a_name_under_the_headline_is_a_dateline():
    text = f"{RU_TITLE}\nМИНСК, Анна Петрова\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author is None


def test_a_sites_navigation_buttons_over_the_headline_are_no_name():
    # with a short stem checked only at a word's start, 'Menu' is no longer hidden inside 'agreement'
    story = f"{EN_STORY} The agreement covers several ministries."
    text = f"Menu Explore\n{EN_TITLE}\n\nFeb 25, 2025 12:06 PM\n\n{story}\n\n{story}\n"
    assert parse(text).author is None
