"""Every kind of page is usable with a screen reader and a keyboard, in light and dark: axe-core finds nothing
serious, landmarks and headings are in order, the skip link and focus are visible, dates and languages are marked."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser_support import ARTIFACTS, VIEWPORTS, page_kinds, screenshot
from conftest import run_cli

BLOCKING_IMPACTS = {"serious", "critical"}
AXE = Axe()


@pytest.fixture(scope="module")
def tabs(browser):
    """One tab per colour scheme, reused for every page of this module."""
    contexts = {scheme: browser.new_context(viewport=VIEWPORTS["desktop"], color_scheme=scheme)
                for scheme in ("light", "dark")}
    yield {scheme: context.new_page() for scheme, context in contexts.items()}
    for context in contexts.values():
        context.close()


def page_urls(seed_site) -> dict[str, str]:
    kinds = page_kinds(seed_site)
    kinds["not-found"] = "404.html"
    return kinds


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violations_on_any_kind_of_page(tabs, site_url, seed_site, scheme):
    page = tabs[scheme]
    report, blocking = {}, {}
    for kind, url in page_urls(seed_site).items():
        page.goto(site_url + url)
        if scheme == "dark":
            screenshot(page, f"{kind}-desktop-dark")
        violations = AXE.run(page).response["violations"]
        report[kind] = {v["id"]: v["impact"] for v in violations}
        serious = [_describe(v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if serious:
            blocking[kind] = serious
    _save(f"axe-{scheme}.json", report)
    assert not blocking, json.dumps(blocking, indent=1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violations_in_search_results(tabs, site_url, seed_site, scheme):
    if "search" not in page_kinds(seed_site):
        pytest.skip("the site has no search page")
    page = tabs[scheme]
    page.goto(site_url + "search/")
    page.fill(".pagefind-ui__search-input", "Lukashenko")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
    page.wait_for_load_state("networkidle")
    if scheme == "dark":
        screenshot(page, "search-results-desktop-dark")
    violations = AXE.run(page).response["violations"]
    serious = [_describe(v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not serious, serious


def _describe(violation: dict) -> str:
    targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
    return f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


def _save(name: str, data) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / name).write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")


def test_every_page_has_landmarks_one_h1_and_headings_in_order(tabs, site_url, seed_site):
    page = tabs["light"]
    problems = {}
    for kind, url in page_urls(seed_site).items():
        page.goto(site_url + url)
        found = page.evaluate(STRUCTURE_CHECK)
        if found:
            problems[kind] = found
    assert not problems, problems


STRUCTURE_CHECK = """() => {
  const problems = [];
  for (const selector of ["header.site-header", "nav", "main#main", "footer.site-footer"])
    if (!document.querySelector(selector)) problems.push(`no ${selector}`);
  if (document.querySelectorAll("main").length !== 1) problems.push("not exactly one main");
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
  if (levels.filter((level) => level === 1).length !== 1) problems.push(`h1 count: ${levels}`);
  if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
  levels.forEach((level, i) => { if (i && level > levels[i - 1] + 1) problems.push(`h${levels[i - 1]} then h${level}`); });
  for (const time of document.querySelectorAll("time"))
    if (!/^\\d{4}(-\\d{2}(-\\d{2}(T[\\d:.]+([+-]\\d{2}:\\d{2}|Z)?)?)?)?$/.test(time.getAttribute("datetime") || ""))
      problems.push(`time without a machine-readable datetime: ${time.outerHTML}`);
  if (!document.documentElement.lang) problems.push("no lang on <html>");
  return problems;
}"""


def test_the_skip_link_comes_first_shows_on_focus_and_moves_focus_to_the_content(tabs, site_url, seed_site):
    page = tabs["light"]
    page.goto(site_url + page_kinds(seed_site)["article"])
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    box = page.locator(".skip-link").bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0, "the skip link is on screen when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_focus_is_clearly_visible_on_every_kind_of_control(tabs, site_url, seed_site):
    page = tabs["dark"]
    page.goto(site_url + page_kinds(seed_site)["article"])
    weak = []
    for _ in range(25):
        page.keyboard.press("Tab")
        style = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
            return [document.activeElement.outerHTML.slice(0, 60), s.outlineStyle, parseFloat(s.outlineWidth)]; }""")
        if style[1] == "none" or style[2] < 2:
            weak.append(style)
    assert not weak, weak


def test_an_article_in_another_language_is_marked_with_its_language(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "2023-03-11-posol.md").write_text(RUSSIAN_ARTICLE, encoding="utf-8")
    result = run_cli("build", "--content", str(content), "--output", str(tmp_path / "public"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "public" / "articles" / "2023-03-11-posol" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert re.search(r'<article class="article"[^>]* lang="ru"', html)
    home = (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
    assert 'lang="ru">Посол Китая' in home, "the title on the timeline is marked too"


RUSSIAN_ARTICLE = f"""---
title: Посол Китая назвал три аспекта всепогодного сотрудничества с Беларусью
date: {dt.date(2023, 3, 11).isoformat()}
source: BelTA
language: ru
people: [Xie Xiaoyong]
---
МИНСК, 11 марта (БЕЛТА) – Посол выступил.
"""
