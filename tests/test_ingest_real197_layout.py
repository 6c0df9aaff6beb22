"""Layout rules from the real197-199 pages: a story of one paragraph, with only the site's copyright
line and the page's own address under it, is an article, not a standfirst waiting for its date line
(the date in the address's path made it read as one, and the whole page was refused). Texts written
for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ingest_support import parse

RU_PARAGRAPH = ("Презентация первых тракторов, собранных из белорусских комплектующих, состоялась 18 июня на семинаре "
                "для сельских товаропроизводителей региона, организованном областным министерством сельского хозяйства. "
                "По оценке директора сборочного предприятия, до конца года будет собрано не менее пятидесяти машин, "
                "а со следующего года выпуск планируется увеличить до трёхсот единиц.")
EN_PARAGRAPH = ("The first tractors assembled from parts made in the partner country were presented on June 18 at a "
                "seminar for the region's farmers, organised by the regional agriculture ministry. The director of the "
                "assembly plant expects at least fifty machines to be built by the end of the year and plans to raise "
                "output to three hundred a year from next year.")


@pytest.mark.parametrize("address", [
    "http://example-news.ru/gazeta/2010/06/23/pervye_traktory",
    "https://www.example-news.ru/2010/06/23/pervye-traktory.html",
    "www.example-news.ru/news/2010-06-23/traktory",
])
def test_a_one_paragraph_story_over_the_copyright_and_the_pages_dated_address_is_read(address):
    text = (f"В области собраны первые тракторы\n\nДата публикации: 18 июня 2010\n\n{RU_PARAGRAPH}\n\n \n\n"
            f"© 2001—2013 ООО «Пример Медиа».\n{address}")
    article = parse(text)
    assert article is not None
    assert article.title == "В области собраны первые тракторы"
    assert article.date == dt.date(2010, 6, 18)
    assert article.language == "ru"


def test_the_same_in_english_without_a_copyright_line():
    text = f"First tractors assembled in the region\n\nPublished: June 18, 2010\n\n{EN_PARAGRAPH}\n\nhttp://example-news.com/2010/06/23/tractors\n"
    article = parse(text)
    assert article is not None and article.title == "First tractors assembled in the region"
    assert article.date == dt.date(2010, 6, 18)


def test_a_standfirst_over_its_dated_byline_stays_a_standfirst():
    """A real date line under the first paragraph still marks that paragraph as the standfirst."""
    text = (f"First tractors assembled in the region\n\nThe plant plans three hundred machines a year.\n\n"
            f"June 18, 2010\n\n{EN_PARAGRAPH}\n\n{EN_PARAGRAPH}\n")
    article = parse(text)
    assert article.title == "First tractors assembled in the region"
    assert article.subtitle == "The plant plans three hundred machines a year."
