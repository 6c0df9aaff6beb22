"""Search in a real browser: Pagefind finds the industrial-park articles, filters narrow them, under any sub-path.

Needs the system Chromium; without it the tests skip, except under CI=true where they fail.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from browser_support import require_chromium, watch

INDUSTRIAL_PARK_TITLES = (
    "Lukashenko, Xi Jinping sign declaration",
    "Chinese ambassador names three aspects",
    "Xi meets with Belarusian President Lukashenko",
    "China, Belarus pledge to enhance ties",
)
RESULT_TIMEOUT_MS = 15_000
FILTERS = ("Language", "Source", "Topic", "Year")  # the panel's filters, in Pagefind's order


@pytest.fixture(scope="module", autouse=True)
def chromium_is_required():
    require_chromium()  # fails under CI=true, skips on a laptop without a browser


def search(browser, url: str, query: str):
    page = browser.new_page()
    trouble = watch(page)
    page.goto(url + "search/")
    page.wait_for_selector(".pagefind-ui__search-input", timeout=RESULT_TIMEOUT_MS)
    page.fill(".pagefind-ui__search-input", query)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=RESULT_TIMEOUT_MS)
    page.wait_for_load_state("networkidle")
    return page, trouble


def result_links(page) -> list[tuple[str, str]]:
    """The results once their number has settled: Pagefind renders them in batches as fragments
    arrive, later on a busy machine."""
    count, waited = -1, 0
    while waited < RESULT_TIMEOUT_MS:
        page.wait_for_timeout(300)
        waited += 300
        now = len(page.query_selector_all(".pagefind-ui__result-link"))
        if now == count:
            break
        count = now
    return [(link.inner_text(), link.get_attribute("href")) for link in page.query_selector_all(".pagefind-ui__result-link")]


def filter_names(page) -> list[str]:
    return [summary.inner_text() for summary in page.query_selector_all(".pagefind-ui__filter-name")]


def open_filter(page, name: str) -> None:
    """Open one filter of the panel once the panel lists them all.

    A first search that ran before every filter file was in gives a panel short of some filters;
    search.js then searches again and the panel is rebuilt in place, so a filter opened before that
    may end up under another name. And when the first set Pagefind's box saw was one filter of a
    few values, it opens every filter itself: a click would close it."""
    page.wait_for_function("names => [...document.querySelectorAll('.pagefind-ui__filter-name')]"
                           ".map(summary => summary.textContent).sort().join('|') === names",
                           arg="|".join(FILTERS), timeout=RESULT_TIMEOUT_MS)
    summary = page.locator(f".pagefind-ui__filter-name:text-is('{name}')")
    if not summary.evaluate("summary => summary.parentElement.open"):
        summary.click()


@pytest.mark.parametrize("query", ["Great Stone", "industrial park"])
def test_the_park_under_any_of_its_names_finds_all_five_seeds(browser, site_url, query):
    """Two seeds say 'Great Stone'; the others name the park otherwise, and its aliases are indexed with them."""
    page, trouble = search(browser, site_url, query)
    links = result_links(page)
    titles = " | ".join(title for title, _ in links)
    for expected in INDUSTRIAL_PARK_TITLES:
        assert expected in titles
    assert len(links) == 5
    assert not trouble, trouble
    page.close()


def test_a_filter_narrows_the_results(browser, site_url):
    page, trouble = search(browser, site_url, "industrial park")
    before = len(result_links(page))
    open_filter(page, "Source")
    page.check("input.pagefind-ui__filter-checkbox[name='source'][value='Xinhua']")
    page.wait_for_function("n => { const found = document.querySelectorAll('.pagefind-ui__result-link').length;"
                           " return found > 0 && found < n; }", arg=before, timeout=RESULT_TIMEOUT_MS)
    titles = [title for title, _ in result_links(page)]
    assert titles == ["Xi meets with Belarusian President Lukashenko"]
    assert not trouble, trouble
    page.close()


def filter_file(site: Path, name: str) -> str:
    """The file of one filter's values in the site's Pagefind bundle ('en_95ad7e5.pf_filter')."""
    from despatch.pagefind_order import _decode

    bundle = site / "pagefind"
    meta_hash = json.loads((bundle / "pagefind-entry.json").read_text())["languages"]["en"]["hash"]
    return dict(_decode((bundle / f"pagefind.{meta_hash}.pf_meta").read_bytes())[3])[name] + ".pf_filter"


def test_a_filter_whose_file_arrives_after_the_first_results_still_shows(browser, site_url, seed_site):
    """Pagefind counts a search's filters among the filter files it has loaded so far, and its box keeps the
    first set a search gives it: a filter file slower than the first search must still reach the panel."""
    page = browser.new_page()
    trouble = watch(page)
    source_file = filter_file(seed_site, "source")
    held, loaded = [], []
    page.route(f"**/pagefind/filter/{source_file}", lambda route: held.append(route))
    page.on("requestfinished", lambda request: request.url.endswith(".pf_filter") and loaded.append(request.url))
    page.goto(site_url + "search/")
    page.wait_for_selector(".pagefind-ui__search-input", timeout=RESULT_TIMEOUT_MS)
    page.focus(".pagefind-ui__search-input")  # the box starts Pagefind, which asks for every filter file
    for _ in range(RESULT_TIMEOUT_MS // 100):
        if held and len(loaded) == 3:
            break
        page.wait_for_timeout(100)
    assert held and len(loaded) == 3, (held, loaded)  # all but the source filter's file are in
    page.fill(".pagefind-ui__search-input", "industrial park")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=RESULT_TIMEOUT_MS)
    result_links(page)
    assert "Source" not in filter_names(page)  # the first results came before the source filter's file
    for route in held:
        route.continue_()
    page.wait_for_selector(".pagefind-ui__filter-name:text-is('Source')", timeout=RESULT_TIMEOUT_MS)
    assert filter_names(page) == list(FILTERS)
    assert len(result_links(page)) == 5
    assert not trouble, trouble
    page.close()


def test_search_works_under_a_sub_path(browser, subpath_url):
    assert subpath_url.endswith("/archive/")
    page, trouble = search(browser, subpath_url, "Great Stone")
    links = result_links(page)
    assert links and all(href.startswith("/archive/articles/") for _, href in links), links
    page.click(".pagefind-ui__result-link")
    page.wait_for_load_state()
    assert page.url.startswith(subpath_url + "articles/")
    assert page.query_selector("h1") is not None
    assert not trouble, trouble
    page.close()


def test_search_page_without_javascript_lists_ways_to_browse(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "search/")
    assert "Search needs JavaScript" in page.inner_text("body")
    years = [link.inner_text() for link in page.query_selector_all(".browse a")]
    assert "2023" in years and "China-Belarus Industrial Park" in years
    context.close()


@pytest.fixture(scope="module")
def parted_site_url(seed_site, tmp_path_factory):
    """The seed archive built with index parts of two articles: several Pagefind bundles, merged in the browser."""
    from dataclasses import replace

    from browser_support import serve_folder
    from despatch.build import build_site
    from despatch.config import load_config
    from despatch.registry import load_registry

    workdir = tmp_path_factory.mktemp("parted")
    config = replace(load_config(), search_part_size=2)
    report = build_site(seed_site.parent / "content", workdir / "public", load_registry(), config,
                        cache_dir=workdir / "cache")
    assert not [m for m in report.messages if m.level == "error"]
    bundles = sorted(p.name for p in (workdir / "public").glob("pagefind*"))
    assert len(bundles) >= 2 and bundles[0] == "pagefind", bundles
    merged = (workdir / "public" / "search" / "index.html").read_text()
    assert all(f"/{bundle}/" in merged for bundle in bundles[1:])
    with serve_folder(workdir / "public") as url:
        yield url


def test_an_index_in_parts_is_searched_as_one(browser, parted_site_url):
    """Parts bound the memory of indexing a large archive; a reader still gets one list and one set of filters."""
    page, trouble = search(browser, parted_site_url, "Great Stone")
    assert len(result_links(page)) == 5
    open_filter(page, "Source")
    page.check("input.pagefind-ui__filter-checkbox[name='source'][value='Xinhua']")
    page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result-link').length === 1",
                           timeout=RESULT_TIMEOUT_MS)
    assert [title for title, _ in result_links(page)] == ["Xi meets with Belarusian President Lukashenko"]
    assert not trouble, trouble
    page.close()


def checkbox_values(page, name: str) -> set[str]:
    return {box.get_attribute("value") for box in page.query_selector_all(f"input.pagefind-ui__filter-checkbox[name='{name}']")}


def test_a_part_whose_filter_files_arrive_after_the_first_results_still_adds_its_values(browser, parted_site_url):
    """The first results may come before the later parts' filter files: the panel then names every
    filter but lacks the values only those parts hold, and must gain them once the files are in."""
    page = browser.new_page()
    trouble = watch(page)
    held = []
    page.route("**/pagefind-*/filter/*.pf_filter", lambda route: held.append(route))  # every part but the first
    page.goto(parted_site_url + "search/")
    page.wait_for_selector(".pagefind-ui__search-input", timeout=RESULT_TIMEOUT_MS)
    page.fill(".pagefind-ui__search-input", "Great Stone")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=RESULT_TIMEOUT_MS)
    result_links(page)
    open_filter(page, "Source")
    first_sources = checkbox_values(page, "source")
    assert held and "Xinhua" not in first_sources, (held, first_sources)  # Xinhua's articles are in a later part
    for route in held:
        route.continue_()
    page.wait_for_selector("input.pagefind-ui__filter-checkbox[name='source'][value='Xinhua']",
                           state="attached", timeout=RESULT_TIMEOUT_MS)
    assert first_sources < checkbox_values(page, "source")
    assert len(result_links(page)) == 5
    assert not trouble, trouble
    page.close()
