"""What the ingest tests share: the registry, read once, and a text read as ingest reads a seed."""
from __future__ import annotations

import textwrap
from functools import lru_cache

from despatch.ingest import parse_text
from despatch.ingest.lines import classify
from despatch.ingest.settings import load_patterns
from despatch.model import Article
from despatch.registry import Registry, load_registry

# Filler paragraphs for test pages: plain news text, with no date, name or outlet of its own.
EN_STORY = (
    "The sides discussed freight, energy and education projects and agreed to meet again in the autumn "
    "to review the progress of the joint industrial park near the capital."
)
RU_STORY = (
    "Стороны обсудили торговлю, транспорт и энергетические проекты и договорились встретиться снова осенью, "
    "чтобы рассмотреть ход работ в совместном индустриальном парке под столицей."
)
ZH_STORY = (
    "双方就经贸、交通和能源领域的合作交换了意见,同意在秋季再次会晤,共同审议工业园区项目的进展情况,"
    "并表示将继续推动两国务实合作不断取得新成果。"
)


@lru_cache(maxsize=1)
def registry() -> Registry:
    return load_registry()


def line_kind(text: str) -> str:
    """The kind ingest gives one line of a page's head ('chrome', 'short', 'credit', ...)."""
    return classify(text, load_patterns(), registry())


def parse(text: str, name: str = "test.txt") -> Article | None:
    """The article ingest reads from `text` (a text written for the test), its messages set aside."""
    article, _ = parse_text(text, name, registry())
    return article


# Filler paragraphs for a page under test, in the three languages, each with two paragraphs
PAGE_PARAGRAPHS_EN = """
Officials of the two countries met on Friday to discuss trade, transport and education, and signed several cooperation documents.

Both sides agreed to open a new freight route before the end of the year, making travel and trade between the two countries easier.
"""

PAGE_PARAGRAPHS_ZH = """
两国官员周五举行会谈,讨论贸易、交通和教育合作,并签署了多项合作文件。双方同意年底前开通一条新的货运线路。
双方表示,新线路将使两国之间的旅行和贸易更加便利,并将进一步扩大人文交流。
"""

PAGE_PARAGRAPHS_RU = """
Стороны обсудили торговлю, транспорт и образование и подписали несколько документов о сотрудничестве.

Стороны договорились открыть новый грузовой маршрут до конца года, чтобы облегчить поездки и торговлю между двумя странами.
"""


def parse_page(text: str) -> Article:
    """An indented text block written for the test, read as a page; it must yield an article."""
    article = parse(textwrap.dedent(text).strip() + "\n", "page.txt")
    assert article is not None
    return article


def read_title(article: Article) -> str | None:
    """The headline as read from the text (a proposed one is not read)."""
    return None if article.title_proposed else article.title


DATELINE_PAGE_HEADS = {
    "en": "Ministers discuss a freight corridor\n\nMarch 3, 2024\n\n",
    "ru": "Министры обсудили грузовой коридор\n\n3 марта 2024\n\n",
    "zh": "两国部长讨论货运走廊\n\n2024年3月3日\n\n",
}


def dateline_of(language: str, opening: str) -> str | None:
    """The dateline read from a page (a headline, its stamp) whose first paragraph opens with `opening`."""
    story = {"en": EN_STORY, "ru": RU_STORY, "zh": ZH_STORY}[language]
    article = parse(f"{DATELINE_PAGE_HEADS[language]}{opening}{story}\n\n{story}\n")
    assert article is not None
    return article.dateline
