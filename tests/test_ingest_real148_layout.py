"""Layout rules from the real148-156 pages' headlines: a news feed's toggle button, an app's download prompt and
a picture's archive label are chrome; a caption with its credit after its stop ('(Photo by …)', '圖：…') is no
headline; a Chinese headline cut after a comma right above its date; a heading wrapped over two lines that a longer
line prints whole; a capital inside a bracketed name is no seam of a headline glued to its lead; an English
sentence with its linking verb over a lead is that lead's first sentence; a picture's caption over its copyright;
a headline crediting its speaker after a comma and a dash; a picture's alt text, the lead's opening words, over its
credited caption; a flash item's bracketed headline before its wire dateline; a deck speaking of its subject by a
pronoun printed over its headline. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("line", [
    "Show news feed", "Hide the newsfeed",
    "某某新闻客户端点击或扫描下载", "扫码下载", "点击下载客户端",
    "张明 档案库图", "李华 资料图", "王明 档案图片"])
def test_widget_buttons_and_picture_labels_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [EN_TITLE, "News feed of the regional council goes live", ZH_TITLE,
                                  "两国签署下载中心建设合作协议"])
def test_headlines_are_not_chrome(line):
    assert line_kind(line) != "chrome"


def test_a_news_feed_button_over_a_page_with_no_headline_is_no_headline():
    text = f"News\nFriday\nMarch 29\nShow news feed\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_picture_label_printed_twice_under_the_headline_is_passed_over():
    head = "张小明:高度互信是两国合作的坚实保障"
    text = (f"专题\n全部新闻\n全部新闻\n政治\n2024 三月 01, 17:24\n\n{head}\n\n张小明 档案库图\n张小明 档案库图\n"
            f"某通社某地3月1日电 某通社报道。{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("caption", [
    "聯合國希望某國能收容從邊境流竄的難民,但某國以國安理由不願接受要求。(Photo byAnnLee on Example)",
    "聯合國希望某國能收容從邊境流竄的難民,但某國以國安理由不願接受要求。(圖:某某影像)"])
def test_a_caption_with_a_bracketed_credit_after_its_stop_is_no_headline(caption):
    head = "两国外长在首都举行会谈 签署合作文件"
    text = f"{head}\n\n{caption}\n{caption}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == head


def test_a_caption_with_a_chinese_credit_label_on_a_page_with_no_headline_is_no_headline():
    caption = "某国昨日释放了包括一名知名作家在内的数十名人士,并表示将继续推动对话。 圖：某某影像/某联社"
    text = f"{caption}\n\n[某某新闻] {ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_chinese_headline_cut_after_a_comma_over_its_date_is_the_headline():
    head = "边境口岸竟成「物流枢纽」!两国货运量大增,海关调派人员加班,"
    text = f"{head}\n\n2021-11-10 06:36\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == head


def test_a_chinese_paragraph_line_ending_with_a_comma_is_no_headline():
    line = "边境口岸竟成「物流枢纽」!两国货运量大增,海关调派人员加班,"
    text = f"{ZH_TITLE}\n\n2021-11-10 06:36\n\n{line}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


def test_a_heading_wrapped_over_two_lines_under_its_whole_line_gives_the_whole_line():
    whole = "【中英双语】王明大使在2023年“友谊杯”中学生演讲比赛某国赛区决赛颁奖典礼上的致辞"
    text = (f"{whole}\n驻某国使馆\n2023-06-02 11:30\n\n\n王明大使在2023年“友谊杯”中学生演讲比赛\n"
            f"某国赛区决赛颁奖典礼上的致辞\n\n(2023年6月1日15:00,某某大学礼堂)\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == whole


def test_a_capital_inside_a_bracketed_name_is_no_seam_of_a_glued_headline():
    text = (f"Lakeville, Northland, (RiverPost / Example News - 15th May, 2023 ) :A trade envoy will arrive in "
            f"the capital for a two-day visit on Tuesday. {EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) is None


def test_an_english_sentence_with_its_linking_verb_over_the_lead_is_no_headline():
    first = "President Anna Vale of Northland is on a state visit to Southland."
    text = (f"{first}\n\nOn Wednesday the summit talks between President Anna Vale and the President of Southland "
            f"took place in the capital. {EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) is None


def test_a_stopped_headline_with_no_linking_verb_over_its_lead_stays_the_headline():
    first = "Northland president pays state visit to Southland."
    text = (f"{first}\n\nThe president of Northland arrived on a state visit to Southland on Wednesday. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == first


def test_a_caption_over_a_pictures_copyright_is_no_headline():
    head = f"{RU_TITLE} — другие подробности визита"
    caption = "Два министра провели переговоры в столице"
    text = (f"{head}\n11:05 02.09.2025 (обновлено: 11:43 02.09.2025)\n{caption}\n© Пресс-служба министерства\n"
            f"Министр по приглашению коллеги посетил страну с визитом.\nМИНСК, 2 сен — Sputnik. {RU_STORY}\n"
            f"{caption}\n{caption}\n© Пресс-служба министерства\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == head


def test_a_headline_crediting_its_speaker_after_a_comma_and_dash_is_a_headline():
    head = "Визит министра в Казахстан — «знак большой дружбы» между странами, - МИД КНР"
    assert line_kind(head) != "source"
    text = f"{head}\n05.05.2015 в 14:00\n\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == head


def test_a_pictures_alt_text_that_the_lead_opens_with_is_no_headline():
    head = "Northland strongman Ann Vale to visit Southland"
    text = (f"Northland strongman Ann Vale\nVale is a close ally of King OlafImage: Agency/Wire/picture alliance\nPolitics\n{head}\n"
            f"42 minutes ago\n\nNorthland strongman Ann Vale will visit Southland, the foreign ministry said Saturday. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == head


def test_a_flash_items_bracketed_headline_before_its_wire_dateline_is_the_headline():
    text = f"【两国合建的体育场正式启用】某某社6月8日电,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == "两国合建的体育场正式启用"


def test_a_deck_speaking_of_the_subject_by_a_pronoun_over_its_headline_gives_the_line_under_it():
    head = "Две страны будут помогать друг другу вне зависимости от обстановки, заявил глава государства"
    text = (f"Министр пригласил его с визитом в столицу\n{head}\nфото пресс-службы министерства\n\n"
            f"{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n")
    article = parse(text)
    assert read_title(article) == head
    assert article.subtitle == "Министр пригласил его с визитом в столицу"


def test_a_headline_naming_its_subject_over_the_deck_stays_the_headline():
    deck = "Министр пригласил коллегу с визитом в столицу и обсудил с ним новые проекты"
    text = f"{RU_TITLE}\n{deck}\n\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == RU_TITLE
