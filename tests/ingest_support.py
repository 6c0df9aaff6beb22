"""What the ingest tests share: the registry, read once, and a text read as ingest reads a seed."""
from __future__ import annotations

from functools import lru_cache

from despatch.ingest import parse_text
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


def parse(text: str, name: str = "test.txt") -> Article | None:
    """The article ingest reads from `text` (a text written for the test), its messages set aside."""
    article, _ = parse_text(text, name, registry())
    return article
