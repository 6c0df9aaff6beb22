"""Citations: Chicago and APA read right, BibTeX parses, CSL-JSON has what citation managers need."""
from __future__ import annotations

import datetime as dt
import html
import re

import bibtexparser
import pytest

from despatch.citations import Citable, apa, bibtex, chicago, citable_article, csl_item
from despatch.model import Article

PERMALINK = "https://example.org/archive/articles/2023-12-05-china-belarus-pledge/"
ARTICLE = Article(stem="2023-12-05-china-belarus-pledge", title="China, Belarus pledge to enhance ties",
                  body="Text.", date=dt.date(2023, 12, 5), source="China Daily", author="Cao Desheng",
                  publisher="People's Daily Online", url="http://en.people.cn/n3/2023/1205/c90000-20105632.html")


def test_chicago_names_author_title_outlet_date_and_both_addresses():
    assert chicago(citable_article(ARTICLE, PERMALINK)) == (
        "Cao Desheng. “China, Belarus pledge to enhance ties.” China Daily, December 5, 2023. "
        f"{ARTICLE.url}. Archived at {PERMALINK}.")


def test_apa_without_an_author_starts_with_the_title():
    work = citable_article(Article(stem="x", title="Xi meets with Lukashenko", body="", date=dt.date(2022, 9, 16),
                                   source="Xinhua"), PERMALINK)
    assert apa(work) == f"Xi meets with Lukashenko. (2022, September 16). Xinhua. {PERMALINK}."


def test_apa_with_an_author():
    assert apa(citable_article(ARTICLE, PERMALINK)).startswith(
        "Cao Desheng. (2023, December 5). China, Belarus pledge to enhance ties. China Daily. ")


def test_a_title_ending_in_a_question_mark_gets_no_extra_stop():
    work = Citable(key="k", title="What next for the park?", permalink=PERMALINK)
    assert "“What next for the park?”" in chicago(work)
    assert "park?." not in apa(work)


@pytest.mark.parametrize("title", [
    "China, Belarus pledge to enhance ties",
    "Braces } { and % 100 & $5 #1 under_score ~ ^ back\\slash",
    "Лукашенко и Си Цзиньпин подписали декларацию",
    "卢卡申科与习近平签署联合声明",
    "Unbalanced {{{ braces",
])
def test_bibtex_parses_with_its_fields(title):
    work = Citable(key="a_key", title=title, permalink=PERMALINK, date=dt.date(2023, 3, 1), author="Cao Desheng",
                   container="China Daily", original_url="https://example.com/a?b=1&c={2}%20")
    library = bibtexparser.parse_string(bibtex(work))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.key == "a_key"
    fields = entry.fields_dict
    assert {"title", "author", "howpublished", "year", "month", "url", "note"} <= set(fields)
    assert fields["year"].value == "2023"
    assert fields["url"].value.startswith("https://example.com/a?b=1")


def test_bibtex_of_every_seed_article_and_event_parses(seed_site):
    pages = sorted((seed_site / "articles").glob("*/index.html")) + sorted((seed_site / "events").glob("*/index.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        match = re.search(r'<pre class="cite-bibtex"><code>(.*?)</code></pre>', text, re.DOTALL)
        assert match, page
        library = bibtexparser.parse_string(html.unescape(match.group(1)))
        assert not library.failed_blocks and len(library.entries) == 1, page
        assert "Chicago" in text and "APA" in text


def test_csl_item_has_the_required_and_useful_fields():
    item = csl_item(citable_article(ARTICLE, PERMALINK))
    assert item["id"] == "2023_12_05_china_belarus_pledge"
    assert item["type"] == "article-newspaper"
    assert item["title"] == "China, Belarus pledge to enhance ties"
    assert item["issued"] == {"date-parts": [[2023, 12, 5]]}
    assert item["container-title"] == "China Daily"
    assert item["publisher"] == "People's Daily Online"
    assert item["author"] == [{"literal": "Cao Desheng"}]
    assert item["URL"] == ARTICLE.url and item["archive_location"] == PERMALINK


def test_csl_item_of_an_article_without_date_or_source_still_has_the_required_fields():
    item = csl_item(citable_article(Article(stem="x", title="Untitled", body=""), PERMALINK))
    assert {"id", "type", "title", "URL"} <= set(item) and "issued" not in item
