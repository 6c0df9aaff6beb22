"""Layout rules from the real139-141 pages: a picture's caption with its credit after no stop ('… Photo: VCG',
'… - Press Photo'), a standfirst printed twice whose sentence the article goes on with, a headline with its stop
printed twice at the top, a sentence pointing back at what was said ('Об этом …'), a teaser cut short after a
title's abbreviation ('Mr. Lee …'), an outlet's name with a headline after its dash, and a Chinese page's print
and close buttons, neighbouring stories' links, share prompt and 'you are here' label; the one headline the lead
restates among other stories' ones, a stopped sentence whose news the next paragraph credits, a labelled web address's
date, a teaser's stamp under its standfirst, and the links and notices under the story that end it. Texts written for
the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title
from despatch.ingest.lines import is_stop
from despatch.ingest.settings import load_patterns
from despatch.ingest.text import propose_title

EN_TITLE = "River bridge brings two border towns closer together"
RU_TITLE = "Делегация области посетила побратимский город в Китае"
ZH_TITLE = "两国外长在首都举行会谈并签署合作文件"


@pytest.mark.parametrize("line", [
    "打印本文打印本文 关闭窗口关闭窗口", "打印本文 关闭窗口",
    "3 上一篇  下一篇 4 放大 缩小 默认", "上一篇 下一篇",
    "喜歡就分享這篇文章", "分享这篇文章", "Share this article",
    "你當前的位置:首頁正文", "您目前所在的位置：首页 > 新闻"])
def test_chinese_page_buttons_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [ZH_TITLE, "两国签署分享经验的合作协议", "代表团参观了新位置的工业园"])
def test_headlines_are_not_chrome(line):
    assert line_kind(line) != "chrome"


def test_a_print_button_row_over_the_headline_is_passed_over():
    text = f"打印本文打印本文 关闭窗口关闭窗口\n\n{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == ZH_TITLE


def test_a_share_prompt_alone_over_a_wire_story_is_no_headline():
    text = f"喜歡就分享這篇文章\n【新華社某地8日電】{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_proposed_title_drops_the_wire_datelines_closing_bracket():
    assert propose_title("】某国总统8日在首都会见代表团。双方讨论合作。", dateline_read=True) == "某国总统8日在首都会见代表团"


@pytest.mark.parametrize("caption", ["Two delegations at the border Photo: VCG",
                                     "The two presidents shake hands after the talks - Press Photo"])
def test_a_caption_with_its_credit_is_no_headline(caption):
    text = f"{EN_TITLE}\n{caption}\n\n{caption}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == EN_TITLE


@pytest.mark.parametrize("line", ["Photo gallery of the summer festival in the old town",
                                  "Minister opens photo exhibition on friendship between towns"])
def test_headlines_about_photos_stay_headlines(line):
    text = f"{line}\n\n{EN_STORY} {EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == line


def test_a_standfirst_printed_twice_that_the_article_goes_on_with_is_no_headline():
    cut = "The park's largest investor is one of the biggest holdings in the region, now running projects worth $20bn"
    text = (f"{EN_TITLE}\n\n{cut}\n{cut}\n\nBuilders started work on a hotel with a tennis court\n\n"
            f"in a dozen countries, with part of the money spent here. {EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_a_headline_with_its_stop_printed_twice_is_the_headline():
    head = "Губернатор встретился с делегацией побратимского района."
    text = f"{head}\n{head}\n\nДелегация района прибыла в область. {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == head


def test_a_sentence_with_its_stop_printed_once_over_another_lead_is_no_headline():
    head = "Губернатор встретился с делегацией побратимского района."
    text = f"{head}\n{RU_STORY} {RU_STORY}\n{RU_STORY}\n"
    assert read_title(parse(text)) is None


def test_a_sentence_pointing_back_is_no_headline():
    text = ("2023-1-11 03:55 |\nОб этом в беседе с агентством заявил посол республики.\n"
            "Стороны могут досрочно нарастить объем торговли до 200 млрд долларов, заявил посол республики.\n"
            "Подробнее читайте на example.ru ...\n")
    assert read_title(parse(text)) is None


def test_teasers_cut_short_after_an_abbreviation_stand_over_the_headline():
    text = ("Related stories\n-\nActivist launches bid for the town council\n"
            "Apart from Mr. Lee, six persons have already said they would run in this year's election...\n"
            "- Rescuers stage a large exercise at the sports center\n- Residents celebrate the end of the winter\n"
            f"{EN_TITLE}\nA new river bridge opened on Friday between the two border towns. {EN_STORY}\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_an_outlets_name_with_a_headline_after_its_dash_is_the_headline():
    head = "Харбинский политехнический университет – давняя история дружбы с соседями"
    text = f"{head}\n\n{RU_STORY} {RU_STORY}\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("line", ["Харбинский политехнический университет – Официальный сайт",
                                  "Харбинский политехнический университет"])
def test_an_outlets_name_with_its_slogan_stays_its_masthead(line):
    assert line_kind(line) == "source"


def test_the_one_headline_the_lead_restates_under_a_neighbouring_storys_is_the_headline():
    other = "歌手告别舞台 演唱会门票半小时售罄"
    head = "农业部长访问首都 寻求扩大大豆出口"
    lead = "【本报专讯】农业部长上周访问首都，就扩大大豆出口与对方举行会谈。" + ZH_STORY
    text = f"{other}\n{head}\n{lead}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == head


def test_with_the_first_headline_restated_too_the_first_stays_the_headline():
    head = "农业部长访问首都 讨论大豆出口"
    second = "农业部长会见企业代表 大豆出口前景看好"
    lead = "【本报专讯】农业部长上周访问首都，就扩大大豆出口与对方举行会谈。" + ZH_STORY
    text = f"{head}\n{second}\n{lead}\n{ZH_STORY}\n{ZH_STORY}\n"
    assert read_title(parse(text)) == head


@pytest.mark.parametrize("line", ["Все новости", "Загрузить ещё", "Load more", "加载更多", "更 多", "版权和免责声明"])
def test_a_link_to_more_stories_ends_the_article(line):
    assert is_stop(line, load_patterns())


def test_a_stamp_under_the_story_beside_a_dated_web_address_dates_it():
    text = (f"{RU_TITLE}\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Постоянный адрес новости: example.ru/ru/news/2022/10/21/delegaciya-oblasti\n"
            "Опубликовано 21 октября 2022 в 11:19\nВсе новости\nЗагрузить ещё\nАктуальные сюжеты\nОдноклассники\n")
    assert parse(text).date.isoformat() == "2022-10-21"


@pytest.mark.parametrize("line", ["Постоянный адрес новости: example.ru/ru/news/2022/10/21/delegaciya",
                                  "Source: https://example.com/2019/01/25/149075"])
def test_a_dated_web_address_is_no_stamp(line):
    assert line_kind(line) != "stamp"


@pytest.mark.parametrize("told", ["Как сообщает пресс-служба, губернатор области на встрече с делегацией района обсудил торговлю.",
                                  "As reported by his office, the governor met the district delegation to discuss trade."])
def test_a_stopped_sentence_whose_news_the_next_paragraph_credits_is_no_headline(told):
    first = ("Губернатор области встретился с делегацией побратимского района."
             if told.startswith("Как") else "The governor of the region met the twin district's delegation.")
    story = RU_STORY if told.startswith("Как") else EN_STORY
    text = f"{first}\n\n{told} {story}\n\n{story}\n"
    assert read_title(parse(text)) is None


def test_a_stamp_under_a_teasers_standfirst_dates_it():
    text = ("New rail agreements bring the border towns and the river port closer\n"
            "They are part of the long-planned transport corridor across the plain\n"
            "Minsk\nJuly 12, 2023\n"
            "Last week, on the occasion of the tenth anniversary of the corridor, the\n"
            "national railway company signed several agreements to promote rail freight in\n"
            "containers between the two countries on the route through the border town, with\n"
            "the aim of establishing regular services between the two regions of the countries\n")
    assert parse(text).date.isoformat() == "2023-07-12"


@pytest.mark.parametrize("after", ["更 多\n其他城市举办文化周活动\n代表团参观工业园区", "版权和免责声明\n版权声明: 凡来源为本报的稿件，未经授权不得转载。"])
def test_a_reporters_signature_over_a_more_link_or_a_copyright_notice_credits_the_story(after):
    text = (f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n某某日报记者 王明\n\n责编:李华\n\n视频\n\n{after}\n"
            "免责声明: 本站转载稿件仅代表作者个人观点。\n相关链接\n首页\n")
    assert parse(text).author == "王明"


def test_a_caption_over_its_photo_credit_that_the_lead_restates_is_no_headline():
    text = ("Минск 09:09\n\nДве страны желают сотрудничать в области экономики, науки, образования\n\n"
            "Посол Михаил Петров и президент республики Анна Смирнова\nФото: пресс-служба МИД\n\n"
            f"28 марта. Посол Михаил Петров вручил президенту республики Анне Смирновой верительные грамоты. {RU_STORY}\n\n"
            f"{RU_STORY}\n")
    assert read_title(parse(text)) == "Две страны желают сотрудничать в области экономики, науки, образования"


def test_a_copy_starting_at_one_of_a_features_section_heads_has_no_headline():
    text = (f"合作亮点：高规格会谈与务实对话\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n"
            f"发展前景：经贸往来开启新篇章\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) is None


def test_a_headline_with_a_long_topic_over_section_heads_stays():
    text = (f"两国外长在首都举行会谈:双方签署合作文件\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n"
            f"发展前景：经贸往来开启新篇章\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == "两国外长在首都举行会谈:双方签署合作文件"


def test_a_long_line_over_a_photographers_credit_is_the_photos_caption():
    text = ("The spokesman also said that the road near the river crossing is now calm, with no attempts to pass the gate\n\n"
            f"Anna Kowal/PAP\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) is None


def test_a_headline_over_a_photographers_credit_stays():
    text = f"{EN_TITLE}\n\nAnna Kowal/PAP\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == EN_TITLE


@pytest.mark.parametrize("line", [
    "請更新您的瀏覽器", "请更新您的浏览器",
    "您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本。",
    "Info>World News", "Trade>Customs Union",
    "Support The Daily Steppe!",
    "Учредитель АО «Полесьемедиа»", "Учредитель: ООО «Вести края»",
    "Новости Гродно и области"])
def test_browser_warnings_breadcrumbs_appeals_imprints_and_taglines_are_chrome(line):
    assert line_kind(line) == "chrome"


def test_a_headline_under_a_donation_appeal_and_an_imprint_is_read():
    text = (f"Support The Daily Steppe!\n\nУчредитель АО «Полесьемедиа»\n\nНовости Гродно и области\n\n"
            f"{EN_TITLE}\n\n{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == EN_TITLE


def test_a_headline_under_a_chinese_browser_warning_is_read():
    text = (f"請更新您的瀏覽器\n\n您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本。\n\n"
            f"{ZH_TITLE}\n\n{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == ZH_TITLE


@pytest.mark.parametrize("line", [
    "Support for the rail link grows in both capitals", "Новости о строительстве нового моста через реку",
    "Учредитель фонда посетил выставку в Харбине"])
def test_headlines_like_the_appeals_and_imprints_stay(line):
    assert line_kind(line) != "chrome"
