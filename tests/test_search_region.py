"""What of an article page the search index reads: a part of the index is built again only when that changes."""
from __future__ import annotations

from despatch.search import indexed_region

PAGE = """<!doctype html><html lang="en"><head><title>T</title></head><body>
<nav>menu</nav>
<article class="article" data-pagefind-body>
  <h1>Lukashenko meets Xi</h1>
  <dl class="facts" data-pagefind-ignore><dt>Event</dt><dd><a href="../events/a/">{event}</a></dd></dl>
  <div class="body"><p>{body}</p></div>
  <div hidden data-pagefind-ignore><span data-pagefind-filter="topic">{topic}</span></div>
  <details class="cite" data-pagefind-ignore><summary>Cite</summary><details>{cite}</details></details>
</article>
<aside>{similar}</aside>
</body></html>"""


def region(**changes) -> bytes:
    values = {"event": "Visit", "body": "Talks in Beijing.", "topic": "Diplomacy", "cite": "APA", "similar": "x"}
    return indexed_region(PAGE.format(**{**values, **changes}).encode())


def test_text_the_index_skips_does_not_change_the_region():
    assert region(event="Another event") == region()
    assert region(cite="Chicago, nested in an ignored element") == region()
    assert region(similar="other similar articles") == region()


def test_what_the_index_reads_changes_the_region():
    assert region(body="Talks in Minsk.") != region()
    assert region(topic="Trade") != region()  # a filter inside an ignored element is still read


def test_the_page_language_is_part_of_the_region():
    english = region()
    russian = indexed_region(PAGE.replace('lang="en"', 'lang="ru"').format(
        event="Visit", body="Talks in Beijing.", topic="Diplomacy", cite="APA", similar="x").encode())
    assert russian != english


def test_an_ignored_element_holding_an_anchor_is_kept():
    page = PAGE.replace("<dd>", '<dd id="event">')
    changed = page.format(event="Another", body="b", topic="t", cite="c", similar="s").encode()
    same = page.format(event="Visit", body="b", topic="t", cite="c", similar="s").encode()
    assert indexed_region(changed) != indexed_region(same)
