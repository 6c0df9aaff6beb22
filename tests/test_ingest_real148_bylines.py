"""Byline rules from the real145-156 pages: a writer's card whose name is printed again with a web address glued to
it; a regional correspondent's signature with the city after the name, or over the role on the next line; a name
before the outlet's copyright sign; an expert's signature under the standfirst; a wire's dated dateline with its
reporter after a dash; a credit on the line under a paragraph that a list of other stories pushes out of the
article's last lines ('作者:…', '新华社…电 记者…', 'Автор статьи: …'); a Chinese credit closing with the kind of
report ('綜合報導', '綜合外電報導'), an outlet's app before its reporters in brackets, an e-paper's credit over the
paper's name and page; a house credit ('Staff Writers') or a department ('…服务处') in the writer's slot names no
one. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"
ZH_TITLE_TRAD = "兩國外長在首都舉行會談並簽署合作文件"
ZH_STORY_TRAD = ("雙方就經貿、交通和能源領域的合作交換了意見,同意在秋季再次會晤,共同審議工業園區項目的進展情況,"
                 "並表示將繼續推動兩國務實合作不斷取得新成果。")


def test_a_writers_card_over_the_story_with_the_name_again_and_a_link_glued_to_it():
    card = ("Anna Novak\nAnna Novakhttp://annanovak.org\n"
            "Anna Novak is a freelance journalist who covers trade and transport in the border region.")
    article = parse(f"{EN_TITLE}\n\n{card}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert article.author == "Anna Novak"


def test_a_correspondents_signature_with_the_city_after_the_name_closes_the_story():
    article = parse(f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\nАнна ПЕТРОВА, Минск\n")
    assert article.author == "Анна ПЕТРОВА"


def test_a_signature_over_the_correspondents_role_on_the_next_line():
    article = parse(f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\nАнна Петрова,\nкорр. БелТА.\n")
    assert article.author == "Анна Петрова"


def test_a_name_before_the_outlets_copyright_sign_under_the_date():
    text = f"{RU_TITLE}\n\n5 мая 2024 10:30\n\nАнна Петрова, © Новости-Регион\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


def test_an_experts_signature_under_the_pull_quote_signs_the_piece():
    quote = "If the two capitals once argued over prices, they now argue over who pays for the new road."
    text = f"{EN_TITLE}\n\n5 May 2024, 10:30\n{quote}\n\nAnna Novak, political scientist\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_an_expert_the_story_quotes_by_name_is_no_signature():
    quote = "If the two capitals once argued over prices, they now argue over who pays for the new road."
    story = f"{EN_STORY} Anna Novak said the talks would go on."
    text = f"{EN_TITLE}\n\n5 May 2024, 10:30\n{quote}\n\nAnna Novak, political scientist\n\n{story}\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_a_wires_dated_dateline_with_its_reporter_after_a_dash():
    text = f"{RU_TITLE}\n\nМинск.  13 марта. БелТА - Анна Петрова. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).author == "Анна Петрова"


RELATED_ZH = ("“两国青年交流”丨共话文旅新业态\n\n"
              "近年来,两地文旅交流日益频繁,越来越多的游客往来于两座城市之间,体验不同的风土人情和美食文化。\n\n"
              "边境行丨跨境医疗热:中医服务受到欢迎\n\n"
              "在边境地区,中医服务正掀起一场跨境医疗热,不时可闻外语问诊声,每年有近万名外国游客前来体验中医理疗。\n")


def test_a_labelled_credit_under_the_last_paragraph_above_other_stories_teasers():
    text = f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n作者:王明、李华、赵强\n\n某某社音视频部制作\n\n{RELATED_ZH}"
    assert parse(text).author == "王明, 李华, 赵强"


def test_a_wires_dateline_and_reporter_under_the_last_paragraph_above_tags_and_links():
    links = "- 外长会见来访代表团并举行会谈2026-02-13\n- 两国签署经贸合作文件2026-02-12\n- 部长出席论坛开幕式2026-02-11\n"
    text = f"{ZH_TITLE_TRAD}\n\n{ZH_STORY_TRAD}\n{ZH_STORY_TRAD}\n新華社某某電 記者王明\n標簽:一帶一路\n新聞推薦\n{links}"
    assert parse(text).author == "王明"


def test_a_russian_labelled_credit_naming_the_article_under_its_last_paragraph():
    more = "Читайте по теме:\nМинистр открыл новый мост Делегация посетила завод Город принял гостей из Китая\n"
    text = (f"{RU_TITLE}\n\n{RU_STORY}\n{RU_STORY}\n\nАвтор статьи: Иван Петров\n"
            f"Смотреть все новости автора\nСмотреть все новости автора\n{more}")
    assert parse(text).author == "Иван Петров"


def test_the_kind_of_report_closing_a_bracketed_credit_is_no_part_of_the_name():
    text = f"{ZH_TITLE_TRAD}\n\n【某某報記者王明綜合報導】{ZH_STORY_TRAD}\n\n{ZH_STORY_TRAD}\n"
    assert parse(text).author == "王明"


def test_an_outlets_app_before_its_reporters_in_the_bracket_closing_the_story():
    text = f"{ZH_TITLE}\n{ZH_STORY}\n{ZH_STORY}(某某新闻客户端 总台记者 王明 李华)\n"
    assert parse(text).author == "王明, 李华"


def test_an_outlet_and_its_reporter_with_the_kind_of_report_opening_the_lead():
    text = f"(某某英文新聞/王明 綜合外電報導) {ZH_STORY_TRAD}\n\n{ZH_STORY_TRAD}\n"
    assert parse(text).author == "王明"


def test_an_e_papers_credit_over_the_papers_name_and_page():
    text = (f"第08版:融媒时代\n\n{ZH_TITLE}\n\n某某网 王明 《 某某日报海外版 》( 2021年05月17日   第 08 版)\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).author == "王明"


@pytest.mark.parametrize("office", ["外事服务处", "对外联络部", "新闻办公室"])
def test_a_department_in_the_author_field_names_no_one(office):
    text = f"作者:{office}| 来源 :{office}| 发布时间:2019-01-11\n\n关于两国互免签证协定生效的通知\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author is None


def test_a_person_in_the_same_author_field_is_still_read():
    text = f"作者:王明| 来源 :外事服务处| 发布时间:2019-01-11\n\n关于两国互免签证协定生效的通知\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).author == "王明"


def test_staff_writers_with_no_outlet_before_them_name_no_one():
    text = f". | . |\n|\nby Staff Writers Minsk (AFP) Sept 17, 2011 {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None
