"""Layout and chrome rules from the real200-205 pages: a redirect page's countdown over the story, a language
switcher's lone item, a Chinese reporter's credit with the work done after a slash, a stopped headline over a
deck printed without its stop, the headline printed again under its lead, a picture's caption printed twice
under the date stamp, a related-stories heading, and a 'foreign agent' notice. Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, line_kind, parse, read_title


@pytest.mark.parametrize("line", [
    "Continue in 17 seconds",
    "Continue reading in 5 seconds",
    "You will be redirected in 3 seconds.",
    "Stay here and when the countdown ends, press 'Next' to go on.",
    "Продолжить через 10 секунд",
    "Переход на сайт через 5 сек.",
    "5秒后自动跳转",
    "3秒後自動跳轉",
])
def test_a_redirect_pages_countdown_is_chrome(line):
    assert line_kind(line) == "chrome"


def test_the_headline_under_a_redirect_countdown_is_read():
    text = ("Stay on this page and when the timer ends, click 'Continue' to proceed.\n\nContinue in 9 seconds\n\n"
            f"Фабрика откроет цех в Примерске\n\nФабрика откроет цех в Примерске\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == "Фабрика откроет цех в Примерске"


@pytest.mark.parametrize("line", ["RU", "EN", "KG", "ENG", "Eng", "Рус", "РУС", "ҚАЗ", "Қаз", "БЕЛ", "ЎЗБ", "ТОҶ",
                                  "中文", "English", "Русский", "Қазақша", "Кыргызча", "Русский язык", "English version",
                                  "Беларуская мова"])
def test_a_language_switchers_lone_item_is_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["to", "Is", "AP", "Русский язык и литература в школе"])
def test_a_small_word_or_an_agency_alone_is_no_switcher(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("code", ["RU", "ҚАЗ", "中文"])
def test_a_lone_language_code_over_the_headline_is_not_read(code):
    text = f"{code}\n\nЗавод в Примерске начал выпуск новых тракторов\n\n{RU_STORY}\n\n{RU_STORY}\n"
    article = parse(text)
    assert read_title(article) == "Завод в Примерске начал выпуск новых тракторов"
    assert article.source is None


@pytest.mark.parametrize("credit", ["記者王明華/編譯", "记者李华／综合报道", "某某社记者张三、李四/北京报道", "記者陳小明/台北報導"])
def test_a_reporters_credit_with_the_work_after_a_slash_is_never_the_headline(credit):
    text = f"▲某地的港口。(圖/示意)\n\n{credit}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) != credit


@pytest.mark.parametrize("deck", [
    "Директор также рассказал, что завод наймёт двести новых работников",
    "Директор также рассказал, что завод наймёт двести новых работников.",
])
def test_a_stopped_headline_over_a_deck_and_its_lead_is_the_headline(deck):
    headline = "Примерский завод сообщил о запуске производства тракторов в Кубани."
    lead = ("Примерский завод запускает производство тракторов в Кубани, первые машины выйдут осенью. "
            "Об этом сообщил директор предприятия на встрече с журналистами.")
    text = f"{headline}\n{deck}\n{lead}\n{RU_STORY}\n"
    assert read_title(parse(text)) == headline


def test_a_headline_with_a_topic_and_a_colon_printed_again_under_its_lead_is_the_headline():
    headline = "某国总理:新港口将于年底开通"
    lead = "某国总理周三表示,新港口将于年底开通,届时将大幅提升两国之间的货运能力。"
    text = f"{headline}\n\n{lead}\n\n4417092\n{headline}\n\n{lead}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == headline


@pytest.mark.parametrize("stamp", ["时间:2021-11-26", "发布时间：2023年5月4日", "2022-03-08 10:15"])
def test_a_caption_printed_twice_under_the_stamp_is_not_the_headline(stamp):
    text = (f"首页 > 国际 > 欧洲\n\n某国新建港口正式开港 首批货轮靠泊\n\n{stamp}\n\n停靠在新港口的货轮\n\n停靠在新港口的货轮\n\n"
            f"{ZH_STORY}\n\n{ZH_STORY}\n")
    assert read_title(parse(text)) == "某国新建港口正式开港 首批货轮靠泊"


@pytest.mark.parametrize("heading", ["ТАКЖЕ ПО ТЕМЕ", "Материалы по теме", "More on this topic", "延伸閱讀"])
def test_a_related_stories_heading_is_a_stop(heading):
    assert line_kind(heading) == "chrome"


def test_a_related_stories_heading_under_the_story_is_never_its_author():
    text = f"Завод в Примерске начал выпуск тракторов\n\n{RU_STORY}\n\n{RU_STORY}\n\nТакже по теме\n"
    assert parse(text).author is None


@pytest.mark.parametrize("notice", [
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО «ПРИМЕР».",
    "Данное сообщение (материал) создано и (или) распространено иностранным средством массовой информации, "
    "выполняющим функции иностранного агента.",
    "This material was produced and distributed by a foreign agent, Example LLC.",
])
def test_a_foreign_agent_notice_is_chrome(notice):
    assert line_kind(notice) == "chrome"


def test_an_english_story_under_a_switcher_code_keeps_its_headline():
    text = f"EN\n\nPort of Exampleton opens new freight terminal\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert read_title(parse(text)) == "Port of Exampleton opens new freight terminal"
