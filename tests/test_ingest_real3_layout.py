"""Headline, author and language rules learnt from a third set of real pages.

The texts are written for these tests (made-up outlets, people and wording), one per rule.
"""
import pytest

from ingest_support import RU_STORY, ZH_STORY, parse


EN_STORY = (
    "The two sides discussed trade, transport and energy projects and agreed to meet again in the autumn "
    "to review progress at the joint industrial park near the capital."
)


# --- chrome that is no headline ------------------------------------------------------------------

def test_weather_widget_is_no_headline():
    text = f"Прямой эфир\nweather icon+12\nОмскyandex weather icon\n\nОмская область построит новый грузовой терминал\n\n{RU_STORY}\n"
    assert parse(text).title == "Омская область построит новый грузовой терминал"


def test_section_name_in_genitive_is_no_headline():
    text = f"Новости морского транспорта\n512\n\nПорт Актау принял первый паром из Баку\n\n{RU_STORY}\n"
    assert parse(text).title == "Порт Актау принял первый паром из Баку"


def test_breadcrumb_from_home_without_spaces():
    text = f"Home>City Partners\n\nTwin towns: Mogilev and Taizhou\n\nUpdated : 2015-04-02\n\n{EN_STORY}\n"
    assert parse(text).title == "Twin towns: Mogilev and Taizhou"


@pytest.mark.parametrize("line", [
    "Адрес: 220000, г. Лида, ул. Советская, д. 5",
    "Телефон приемной: 8 (0154) 1-23-45",
    "Режим работы: пн-пт с 8.00 до 17.00",
    "E-mail: office@example.by",
])
def test_contact_block_is_chrome(line):
    text = f"{line}\n\nGrodno region signs pact with Hubei province\n\n{EN_STORY}\n"
    assert parse(text).title == "Grodno region signs pact with Hubei province"


def test_message_prompt_is_never_a_headline():
    text = f"If interested, please send a message to:WeChat Me\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed and "message" not in (article.title or "")


def test_short_chinese_section_label_above_headline():
    text = f"新闻网\n国际\n\n国际要闻\n\n两国签署工业园区合作协议 双方同意扩大贸易\n\n{ZH_STORY}\n"
    assert parse(text).title == "两国签署工业园区合作协议 双方同意扩大贸易"


def test_headline_in_the_articles_script_beats_the_frames():
    # a Russian-language site frame around an English article
    text = (f"Вышестоящий государственный орган\nНочная набережная города\nГлавная / Новости / Новости района\n"
            f"21 мая 2018\n\nMinsk region to deepen ties with Anhui\n\n{EN_STORY}\n")
    assert parse(text).title == "Minsk region to deepen ties with Anhui"


def test_credit_line_is_no_headline():
    text = f"□ 文/本刊记者 王小明 图/本刊记者 李大海\n{ZH_STORY}\n{ZH_STORY}\n"
    article = parse(text)
    assert article.title_proposed
    assert article.author == "王小明"


# --- authors ---------------------------------------------------------------------------------------

def test_columnist_credit_in_brackets():
    text = f"【文/某某网专栏作者 赵一鸣】\n{ZH_STORY}\n"
    assert parse(text).author == "赵一鸣"


def test_reporter_in_brackets_after_a_papers_dateline():
    text = f"两国签署工业园区合作协议\n本报兰州5月3日讯(新某某·某某日报记者王芳)今天上午,{ZH_STORY}\n"
    assert parse(text).author == "王芳"


def test_name_in_brackets_right_after_dateline():
    text = f"两国签署工业园区合作协议\n某某网北京3月5日电 (张晓东){ZH_STORY}\n"
    assert parse(text).author == "张晓东"


def test_not_a_name_in_brackets_after_dateline():
    text = f"两国签署工业园区合作协议\n某某网北京3月5日电 (综合报道){ZH_STORY}\n"
    assert parse(text).author is None


def test_tv_correspondent_presented_in_lead():
    text = (f"Павлодар становится логистическим узлом региона\n\n"
            f"Город расширяет грузовой терминал. О том, как меняется логистика региона, расскажет Ольга Сидоренко.\n\n{RU_STORY}\n")
    assert parse(text).author == "Ольга Сидоренко"


def test_quoted_person_who_told_is_no_author():
    text = (f"Павлодар становится логистическим узлом региона\n\n"
            f"Город расширяет грузовой терминал, рассказал Иван Петров.\n\n{RU_STORY}\n")
    assert parse(text).author is None


def test_bibliographic_record_gives_title_and_author():
    text = (f"Петров, И. Мосты дружбы / Иван Петров // Районная газета. — 2024. — 12 марта. — С. 3.\n"
            f"{RU_STORY}\n{RU_STORY}\n")
    article = parse(text)
    assert article.author == "Иван Петров"
    assert article.title == "Мосты дружбы" and not article.title_proposed


# --- language --------------------------------------------------------------------------------------

def test_bilingual_page_is_in_the_language_of_its_bulk():
    zh = ("1月12日至14日,某国驻华大使率团来访并出席总领事馆开馆仪式等系列活动。13日,市长会见代表团一行,"
          "对大使来华任职表示祝贺并欢迎其率团访问,向其介绍了本市的经济社会发展情况和对外开放格局,"
          "回顾了双方的友好交往历史,希望双方在经贸、教育、文化、旅游等领域深化合作,实现互利共赢。")
    en = ("From January 12 to 14, the ambassador led a delegation to the city to attend a series of events such as "
          "the opening of the consulate general. On the 13th, the mayor met the delegation, congratulated the "
          "ambassador on his new post in China, welcomed the delegation, introduced the city's economic and "
          "social development and its opening up, recalled the friendly exchanges between the two sides, and "
          "hoped that both sides would deepen cooperation in trade, education, culture and tourism.")
    article = parse(f"{zh}\n{en}\n")
    assert article.language == "zh"


def test_byline_under_headline_printed_twice_and_its_deck():
    text = (f"Степные дороги ведут на восток\n\nЖурнал «Колесо»\n\nДорога на восток\n\nСтепные дороги ведут на восток\n\n"
            f"Павел Игнатенко\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).author == "Павел Игнатенко"


def test_name_on_the_line_after_a_byline_label():
    text = (f"Analysts see new freight route through Belarus\n\n{EN_STORY}\n\n{EN_STORY}\n\nWritten by\n\nMarta Kovalenko\n\n"
            "Freelance writer based in Lviv who covers trade and logistics.\n")
    assert parse(text).author == "Marta Kovalenko"


def test_credit_naming_a_site_is_no_deck():
    text = f"Home>City Partners\n\nTwin towns: Mogilev and Taizhou\n\nBy ( example.com.cn )\n\n{EN_STORY}\n"
    article = parse(text)
    assert article.title == "Twin towns: Mogilev and Taizhou" and article.subtitle is None
