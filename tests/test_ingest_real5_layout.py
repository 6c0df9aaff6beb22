"""Headline and author rules learnt from a fifth set of real pages.

The texts are written for these tests (made-up outlets, people and wording), one per rule.
"""
from ingest_support import ZH_STORY, parse


EN_STORY = (
    "The two sides discussed trade, transport and energy projects and agreed to meet again in the autumn "
    "to review progress at the joint industrial park near the capital."
)
RU_STORY = (
    "Стороны обсудили торговлю, транспорт и энергетику и договорились встретиться снова осенью, "
    "чтобы рассмотреть ход работ в совместном индустриальном парке под столицей."
)


def test_an_empty_author_label_does_not_take_the_next_label_for_a_name():
    text = f"示范园区秋季合作项目顺利推进\n\n来源:某某新闻客户端 作者: 发表时间:2023-10-12 09:30\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.author is None
    assert article.title == "示范园区秋季合作项目顺利推进"


def test_a_registration_message_and_a_disclaimer_are_no_headline():
    text = (
        "Регистрация пройдена успешно!\n"
        "Пожалуйста, перейдите по ссылке из письма, отправленного на\n"
        "Материалы сайта содержат оценки иностранных авторов и не отражают позицию редакции\n\n"
        f"{RU_STORY}\n\n{RU_STORY}\n"
    )
    article = parse(text)
    assert not article.title or article.title_proposed


def test_a_hard_wrapped_first_sentence_is_no_headline():
    text = (
        "The two countries signed an agreement on trade in\n"
        "the capital yesterday, recognizing each other as partners\n"
        "in a new stage of cooperation.\n"
        "Their presidents\n"
        "and delegations attended the ceremony after talks that lasted for more than one hour.\n"
        f"{EN_STORY}\n"
    )
    article = parse(text)
    assert not article.title or article.title_proposed


def test_a_site_name_a_breadcrumb_and_a_section_label_are_no_headline():
    text = (
        "某某共和国官网\n\n新闻中心\n\n| 首页 | 新闻中心 | 最新的新闻发布\n\n最新的新闻发布\n\n2016.09.09\n\n"
        f"工业园区基础设施建设即将完成\n\n{ZH_STORY}\n"
    )
    assert parse(text).title == "工业园区基础设施建设即将完成"


def test_a_papers_edition_line_is_no_headline():
    text = f"當前報章為 第20200304號\n\n兩國元首會晤 推動務實合作\n\n{ZH_STORY}\n"
    assert parse(text).title == "兩國元首會晤 推動務實合作"


def test_a_headline_above_a_lower_case_byline_is_kept():
    text = f"Leaders agree to widen trade ties during talks\nby Anna Novak\nMarch 1, 2023 4:32 PM\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Leaders agree to widen trade ties during talks"
    assert article.author == "Anna Novak"


def test_a_headline_ending_with_a_particle_above_its_byline_is_kept():
    text = f"Talks drag on as the harvest season sets in\nBy Anna Novak\nMarch 1, 2023 4:32 PM\n\n{EN_STORY}\n"
    assert parse(text).title == "Talks drag on as the harvest season sets in"


def test_reporters_in_brackets_closing_the_last_paragraph():
    text = f"两国特种部队联合训练开训\n\n2018年08月07日08:36 | 来源:某某报\n\n{ZH_STORY}\n\n{ZH_STORY}（王明 赵刚）\n(责编:李华)\n分享让更多人看到\n"
    assert parse(text).author == "王明, 赵刚"


def test_a_reporter_after_a_papers_own_dateline_further_down():
    text = (
        "两国陆军联训即将开启\n\n2024-07-08 08:56:30\n\n"
        f"{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n本报明斯克7月7日电 刘伟报导:{ZH_STORY}\n"
    )
    assert parse(text).author == "刘伟"


def test_a_long_menu_does_not_push_the_headline_and_byline_out_of_the_head():
    menu = "\n".join(f"Section {i}\n" for i in range(60))
    text = f"Main Menu\n\n{menu}\nTrade Partners Test New Rail Link Across the Steppe\n\nAnna Novak Jun 18, 2015\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Trade Partners Test New Rail Link Across the Steppe"
    assert article.author == "Anna Novak"
