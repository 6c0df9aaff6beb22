"""Headline and author rules learnt from a fourth set of real pages.

The texts are written for these tests (made-up outlets, people and wording), one per rule.
"""
from ingest_support import ZH_STORY, parse


EN_STORY = (
    "The two sides discussed trade, transport and energy projects and agreed to meet again in the autumn "
    "to review progress at the joint industrial park near the capital."
)


# --- numbered lists are no headline ---------------------------------------------------------------

def test_breadcrumb_printed_as_numbered_list_is_no_headline():
    text = f"1. 枫叶新闻 /\n  2. 国际 /\n  3. 两国签署港口合作协议 /\n\n两国签署港口合作协议 年内开通新航线\n\n{ZH_STORY}\n"
    assert parse(text).title == "两国签署港口合作协议 年内开通新航线"


def test_english_breadcrumb_steps_are_no_headline():
    text = f"1. Home /\n2. World News /\n\nPort deal signed as new shipping line opens\n\n{EN_STORY}\n"
    assert parse(text).title == "Port deal signed as new shipping line opens"


def test_numbered_part_heading_is_no_headline():
    text = f"\n图为代表团参观工业园区。 本报记者张明摄\n3. 工业园区迎来新一批入驻企业\n{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).title_proposed  # no headline read: one is proposed from the first sentence


def test_headline_with_a_number_inside_is_kept():
    text = f"Trade grew 8.5 percent in the first half\n\nBy Anna Novak\n\n{EN_STORY}\n"
    assert parse(text).title == "Trade grew 8.5 percent in the first half"


# --- authors ----------------------------------------------------------------------------------------

def test_author_photo_placeholder_is_no_author():
    text = f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\n{EN_STORY}\n\nJump to comments\n\nAuthor Profile Photo\n\nThe Harbour Wire\n"
    assert parse(text).author is None


def test_wire_credit_names_reporter_not_editors():
    text = (f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "(Reporting by Pjotr Sauter in Riga; Editing by Helena Davis and Tom Baker)\n")
    assert parse(text).author == "Pjotr Sauter"


def test_name_with_social_handle_before_published_stamp():
    text = (f"Port deal signed as new shipping line opens\n\nKarim Haddad (@karimhaddad77) Published May 12, 2024 | 08:15 AM\n\n"
            f"{EN_STORY}\n")
    assert parse(text).author == "Karim Haddad"


def test_reporters_read_without_inserted_pinyin():
    text = (f"人民網(wǎng)北京5月6日電 (張明 歐陽曉(xiǎo)峰 李華 王強 趙敏)工業(yè)園區(qū)迎來新一批企業(yè)入駐。{ZH_STORY}\n"
            f"{ZH_STORY}\n")
    assert parse(text).author == "張明, 歐陽曉峰, 李華, 王強, 趙敏"


def test_pinyin_with_combining_tone_mark_is_left_out():
    text = f"本报北京5月6日电 (李华 欧阳晓(xia\u030co)峰)工业园区迎来新一批企业入驻。{ZH_STORY}\n{ZH_STORY}\n"
    assert parse(text).author == "李华, 欧阳晓峰"


def test_unbracketed_wire_credit_names_reporters_and_writer_not_editor():
    text = (f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "Reporting by Pjotr Sauter and Li Wei; Writing by Tom Baker; Editing by Helena Davis\n")
    assert parse(text).author == "Pjotr Sauter, Li Wei, Tom Baker"


def test_bracketed_wire_credit_glued_to_the_last_paragraph_names_reporter_and_writer():
    text = (f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\n"
            f"{EN_STORY} (Reporting by Pjotr Sauter; Writing by Tom Baker; Editing by Helena Davis)\n")
    assert parse(text).author == "Pjotr Sauter, Tom Baker"


def test_additional_reporting_credit_is_no_byline():
    text = (f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\n{EN_STORY}\n\n"
            "Additional reporting by Pjotr Sauter; Editing by Helena Davis\n")
    assert parse(text).author is None


def test_short_story_above_its_wire_credit_is_read():
    text = f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\nReporting by Pjotr Sauter; Editing by Helena Davis\n"
    article = parse(text)
    assert article.title == "Port deal signed as new shipping line opens"
    assert article.author == "Pjotr Sauter"


def test_picture_placeholder_after_byline_label_is_no_name():
    text = f"Port deal signed as new shipping line opens\n\nBy Profile Image\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_breadcrumb_step_with_arrow_is_no_headline():
    text = f"World News ›\n\nPort deal signed as new shipping line opens\n\n{EN_STORY}\n"
    assert parse(text).title == "Port deal signed as new shipping line opens"


def test_headline_read_without_inserted_pinyin():
    text = f"工業(yè)園區(qū)迎來新一批入駐企業(yè)\n\n{ZH_STORY}\n"
    assert parse(text).title == "工業園區迎來新一批入駐企業"


def test_closing_credit_read_without_inserted_pinyin():
    text = f"工業(yè)園區(qū)迎來新一批入駐企業(yè)\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n（記者 歐陽曉(xiǎo)峰）\n"
    assert parse(text).author == "歐陽曉峰"
