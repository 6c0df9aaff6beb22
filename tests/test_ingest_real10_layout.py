"""Ingest rules for headlines, authors and chrome lines drawn from a tenth held-out set of real
pages (texts here are our own)."""
from __future__ import annotations

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse


def test_donation_banner_is_not_the_title():
    article = parse(f"Поддержать команду Портала\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert article.title_proposed
    assert article.title != "Поддержать команду Портала"


def test_heading_of_a_numbered_list_of_other_stories_is_not_the_title():
    text = (
        "Люди нашего города\n"
        "1. Тракторный завод открыл новый цех в пригороде\n"
        "2. В столице построят еще один мост через реку\n"
        "3. Синоптики обещают теплую неделю без дождей\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    article = parse(text)
    assert article.title_proposed


def test_leaked_html_comment_is_chrome():
    text = f"end of site header -->\n\nPort traffic doubles after new terminal opens\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title == "Port traffic doubles after new terminal opens"


def test_photo_alt_text_repeated_in_its_caption_is_not_the_title():
    text = (
        "Президент связал развитие страны с сильными соседями\n\n"
        "Два президента на встрече в столице\n"
        "Два президента на встрече в столице (Фото: Иван Петров / Агентство)\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    assert parse(text).title == "Президент связал развитие страны с сильными соседями"


def test_first_section_heading_is_not_the_title():
    text = f"引言:两国关系的战略定位与历史脉络\n{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed
    assert not article.title.startswith("引言")


def test_two_word_headline_above_its_date_line():
    text = f"Rail loans\n\nCategory:\nApril 22, 2016 17:55\n\n{EN_STORY}\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Rail loans"
    assert not article.title_proposed


def test_two_section_words_above_a_date_line_are_no_headline():
    text = f"World news\n\nApril 22, 2016 17:55\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).title != "World news"


def test_headline_with_full_stop_printed_twice_is_the_title():
    text = f"Год науки в столице.\n\nГод науки в столице.\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).title == "Год науки в столице."


def test_caption_pointing_up_at_its_picture_is_not_the_title():
    text = f"⬆ 两国集装箱铁路运输\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed
    assert "⬆ 两国集装箱铁路运输" in article.captions


def test_last_step_of_a_labelled_breadcrumb_is_the_title():
    text = (
        "您现在的位置: 某某杂志 > 封面故事 > 两国致力优化国际班列过境效率\n\n"
        "张三   某某公司董事长\n\n李四   某某省发展和改革委员会主任\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).title == "两国致力优化国际班列过境效率"


def test_breadcrumb_ending_in_a_section_name_gives_no_title():
    text = f"当前位置: 首页 > 新闻中心 > 国际新闻\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).title != "国际新闻"


def test_headline_above_its_date_line_beats_a_breadcrumb_step():
    text = (
        "当前位置: 首页 > 工作信息 > 国际交流与合作局办公室\n\n"
        "友好协会成立周年招待晚会在首都举行\n2014-03-21 11:05\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).title == "友好协会成立周年招待晚会在首都举行"


def test_writer_credit_with_a_bar_and_a_foreign_name_with_its_dot():
    text = (
        f"两国致力优化国际班列过境效率\n\n文|尤里·彼得罗夫(Yury PETROV)   某国驻华大使\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    )
    assert parse(text).author == "尤里·彼得罗夫"


def test_byline_initials_glued_to_the_first_sentence():
    text = (
        "В индустриальный парк инвестировано почти триста миллионов\n\n"
        f"Автор ИПСообщил глава администрации парка.\n\n{RU_STORY}\n"
    )
    assert parse(text).author == "ИП"


def test_byline_name_glued_to_the_first_sentence():
    text = f"Two ministers meet in the capital\n\nBy Anna NovakThe two ministers met on Friday.\n\n{EN_STORY}\n"
    assert parse(text).author == "Anna Novak"


def test_english_capitals_glued_after_by_are_no_initials():
    text = f"Two ministers meet in the capital\n\nBy JSThe two ministers met on Friday.\n\n{EN_STORY}\n"
    assert parse(text).author is None


def test_wire_credit_glued_to_the_last_paragraph_names_the_reporter():
    text = (
        f"Port deal signed as new shipping line opens\n\n{EN_STORY}\n\n"
        "The port is one of the largest in the region. (Reporting by Pjotr Sauter; Editing by Helena Davis)\n"
    )
    assert parse(text).author == "Pjotr Sauter"
