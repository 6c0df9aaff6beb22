"""Layout rules from the real216-220 pages: a wire's headline in reported speech that its lead retells stays the
headline over the lead's slashed credit (a deck telling another fact does not); a page that prints its lead above
the breadcrumb and the headline, then again under them, starts at the second copy; a teaser's headline over its
'Read more' link is another story's; an outlet's credit formula or a labelled credit run into the lead is no
headline; a page hard-wrapped from its first line, its headline not copied, has no headline among its lines.
Texts written for the tests."""
from __future__ import annotations

import pytest

from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, read_title


# --- a wire's headline in reported speech, retold by the lead under its slashed credit --------------------------

@pytest.mark.parametrize("headline, lead", [
    ("Петров сообщил, что половина урожая области уходит на экспорт",
     "Половина урожая, собранного в области, уходит на экспорт, это говорит о росте спроса."),
    ("Сидоров заявил, что новый мост через реку откроют осенью",
     "Новый мост через реку откроют осенью, строительство идет по графику."),
    ("Глава региона сообщил, что выпуск тракторов вырос вдвое",
     "Выпуск тракторов на заводах региона вырос вдвое за полгода."),
])
def test_a_reported_speech_headline_that_the_lead_retells_is_the_headline(headline, lead):
    text = f"{headline}\n\nКРАСНОГОРСК, 6 мая. /АГЕНТСТВО/. {lead} Об этом сообщил глава ведомства.\n\n{RU_STORY}\n"
    assert read_title(parse(text)) == headline


def test_a_deck_telling_another_fact_over_the_slashed_credit_is_still_no_headline():
    deck = "Министр сообщил, что за десять лет товарооборот стран значительно расширился"
    text = (f"{deck}\n\nКРАСНОГОРСК, 2 сентября. /АГЕНТСТВО/. Срок программы строительства коридора продлен "
            f"до 2031 года. Об этом сообщил министр.\n\n{RU_STORY}\n")
    assert read_title(parse(text)) != deck


# --- the lead printed above the breadcrumb and the headline, and again under them -------------------------------

@pytest.mark.parametrize("lead, crumb, headline, stamp", [
    ("示例社北京4月18日电 (记者张明)当地时间18日,示例国驻外大使王华表示,今年双边贸易回升势头明显,合作亮点很多。",
     "您当前的位置 : 国内新闻>", "示例国大使:今年双边合作亮点很多", "示例网 http://www.example.cn 时间:2017-07-03 09:54"),
    ("示例社上海5月2日电 (记者李四)当地时间2日,两国代表团在上海举行会谈,同意扩大在能源和交通领域的合作。",
     "当前位置:首页 > 国际", "两国同意扩大能源和交通合作", "来源:示例网 2018-09-10 10:00"),
])
def test_a_lead_printed_again_under_the_headline_starts_the_article_at_its_second_copy(lead, crumb, headline, stamp):
    text = f"{lead}\n\n{crumb}\n\n{headline}\n\n{stamp}\n\n{lead}\n\n{ZH_STORY}\n"
    assert read_title(parse(text)) == headline


# --- a teaser's headline over its 'Read more' link ------------------------------------------------------------

@pytest.mark.parametrize("link", ["Read more", "Read more »", "Continue reading", "Full story"])
def test_teasers_over_their_read_more_links_are_other_stories(link):
    text = (f"Don't miss\n\n'Where are the lanterns of Northtown?'\n\n{link}\n\nRuritania's vote: first results come in\n\n"
            f"{link}\n\nHarbour city opens new freight terminal\n\nText by News Wires\n\nLatest update : 2009-12-14\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert read_title(parse(text)) == "Harbour city opens new freight terminal"


@pytest.mark.parametrize("link, headline", [
    ("Подробнее", "В области открыт новый грузовой терминал"),
    ("Читать далее", "В области открыт новый грузовой терминал"),
])
def test_russian_teasers_over_their_links_are_other_stories(link, headline):
    text = (f"Не пропустите\n\nВ соседнем городе прошел фестиваль фонарей\n\n{link}\n\n{headline}\n\n"
            f"Опубликовано: 14.12.2009\n\n{RU_STORY}\n\n{RU_STORY}\n")
    assert read_title(parse(text)) == headline


# --- an outlet's credit formula or a labelled credit run into the lead ------------------------------------------

@pytest.mark.parametrize("credit", [
    "示例中亚网www.example.com讯译者:张伟",
    "示例日报网讯 编辑：李明",
    "示例网讯通讯员:王强",
    "示例新闻网讯 翻译:赵四",
])
def test_an_outlets_credit_run_into_the_lead_is_no_headline(credit):
    text = (f"{credit} 示例国加倍关注国家水利领域发展。近三年计划吸引直接投资,用于修建水力发电站和高压输电线。\n"
            f"{ZH_STORY}\n{ZH_STORY}\n")
    assert read_title(parse(text)) is None


# --- a page hard-wrapped from its first line, its headline not copied ---------------------------------------------

WRAPPED_PAGE = """Visiting Premier Anna Lindqvist and her Ruritanian counterpart
Aleksander Novak held talks in the capital on Tuesday on
closer trade ties.
They were expected to discuss freight routes, energy and
the new industrial park during their talks.
Before the talks, the premier was given a red-carpet welcome by
the host, and both sides later met the press at the government
house.
On Wednesday, the premier will deliver a speech at the
Royal Academy of Sciences.
The two countries established diplomatic relations in March
1992. Since then, relations between the two countries have
developed steadily in politics, trade and culture.
(Example Agency February 7, 2007)
"""


def test_a_page_hard_wrapped_from_its_first_line_has_no_headline_among_its_lines():
    assert read_title(parse(WRAPPED_PAGE)) is None


def test_a_short_headline_over_a_hard_wrapped_lead_is_kept():
    text = "Premiers meet on trade ties\n" + WRAPPED_PAGE
    assert read_title(parse(text)) == "Premiers meet on trade ties"
