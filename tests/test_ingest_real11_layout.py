"""Ingest rules for headlines, authors and chrome drawn from an eleventh held-out set of real pages
(texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


# --- the headline -------------------------------------------------------------


def test_icon_sprite_labels_are_not_the_title():
    sprite = "ArrowArtboardCreated with Sketch.Title ChevronIcon TwitterIcon MailIcon Print"
    text = f"{sprite}\n\nPort traffic doubles after new terminal opens\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Port traffic doubles after new terminal opens"


def test_icon_names_run_together_are_not_the_title():
    text = f"Icon FacebookIcon LinkedinIcon Mail ContactIcon Print\n\nPort traffic doubles after new terminal opens\n\n{EN_STORY}\n"
    assert parse(text).title == "Port traffic doubles after new terminal opens"


def test_caption_closing_with_its_credit_is_not_the_title():
    caption = "A freight train leaves the terminal on its first run to the border. Credit: Steppe Wire"
    text = f"New freight route opens between the two capitals\n\n{caption}\n\n{caption}\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "New freight route opens between the two capitals"
    assert caption in article.captions


def test_two_word_headline_printed_twice_is_the_title():
    text = f"Rail Promise\n\nRail Promise\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Rail Promise"


def test_section_words_printed_twice_are_no_headline():
    text = f"World News\n\nWorld News\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title != "World News"


def test_reporter_credit_with_place_is_a_byline_not_the_title():
    article = parse(f"記者王小明/台北報導\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert article.title != "記者王小明/台北報導"
    assert article.author == "王小明"


# --- the author ---------------------------------------------------------------


def test_own_correspondent_named_in_the_lead_is_the_author():
    lead = "The two countries will open a new rail route this year. Minsk. Our special correspondent in Belarus, Anna Novak, reports."
    article = parse(f"Rail route to open\n\nRail route to open\n\n{lead}\n\n{EN_STORY}\n")
    assert article.author == "Anna Novak"


def test_name_glued_to_photo_mark_is_the_photographer_not_an_author():
    text = f"两国企业代表在省会举行座谈\n\n{ZH_STORY}\n\n{ZH_STORY}(记者王明 李强摄)\n"
    assert parse(text).author == "王明"


def test_photographers_alone_in_the_credit_are_no_author():
    text = f"两国企业代表在省会举行座谈\n\n{ZH_STORY}\n\n{ZH_STORY}(记者李强摄)\n"
    assert parse(text).author is None


def test_editors_note_naming_the_writer_gives_the_author():
    note = "编者按:本栏目邀请各国人士分享见解。本文作者是中国驻某国大使王明。文章仅代表作者观点。"
    assert parse(f"两国合作迈上新台阶\n\n{note}\n\n{ZH_STORY}\n").author == "王明"


def test_headline_glued_to_the_first_sentence_is_split_off():
    text = f"|\nМинск и Пекин откроют новый грузовой маршрутВ следующем году стороны запустят поезд. {RU_STORY}\n|\n"
    article = parse(text)
    assert article.title == "Минск и Пекин откроют новый грузовой маршрут"
    assert article.body.startswith("В следующем году")


def test_a_brand_with_a_capital_inside_is_no_seam():
    text = f"Exporters turn to LinkedIn to find buyers abroad, and LinkedIn says demand is growing fast. {EN_STORY}\n"
    assert parse(text).title_proposed


def test_chinese_headline_joined_to_the_article_by_a_space_is_split_off():
    text = f"两国合作迈上新台阶:互信伙伴,共谋发展 “双方是可靠的伙伴。”{ZH_STORY} {ZH_STORY}\n"
    article = parse(text)
    assert article.title == "两国合作迈上新台阶:互信伙伴,共谋发展"
    assert article.body.startswith("“双方是可靠的伙伴。”")


def test_chinese_wire_dateline_before_a_space_is_no_headline():
    text = f"新华社明斯克五月一日电 两国元首举行会谈。{ZH_STORY} {ZH_STORY}\n"
    assert parse(text).title_proposed
