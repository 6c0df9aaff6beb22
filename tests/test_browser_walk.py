"""A reader's walks through the built site in a real Chromium: at the root, under /archive/, without JavaScript,
on a phone and on a desktop. Nothing may fail to load, log an error, or leave 127.0.0.1."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect

from browser_support import VIEWPORTS, page_kinds, screenshot, watch

# Elements that sit side by side and must never cover each other, group by group.
SIDE_BY_SIDE = (
    (".site-name", ".site-nav a"),
    (".site-nav a",),
    (".year-nav a",),
    (".chip",),
    (".event-card", ".milestone-card"),
    (".prev-next a",),
    (".article-item",),
    ("main h1", ".article-header .meta", ".article-header .facts", ".article-chips", ".article .body", ".cite"),
    (".site-header", "main", ".site-footer"),
)


@contextmanager
def reader_page(browser, viewport: str = "desktop", javascript: bool = True, scheme: str = "light"):
    """A fresh tab as a reader would have it; on leaving, nothing must have gone wrong in it."""
    context = browser.new_context(viewport=VIEWPORTS[viewport], java_script_enabled=javascript, color_scheme=scheme)
    page = context.new_page()
    trouble = watch(page)
    try:
        yield page
    finally:
        context.close()
    assert not trouble, trouble


def follow(page, link) -> None:
    """Click a link as a reader does (it must be visible and on screen) and wait for the new page."""
    link.scroll_into_view_if_needed()
    with page.expect_navigation():
        link.click()
    expect(page.locator("main h1")).to_be_visible()


def walk_as_a_reader(page, home_url: str) -> list[str]:
    """Home timeline -> an event -> an article -> a topic -> back -> a person -> back to the timeline."""
    page.goto(home_url)
    expect(page.locator(".event-card").first).to_be_visible()
    follow(page, page.locator(".event-card h4 a").first)
    assert "/events/" in page.url
    event_title = page.locator("main h1").inner_text()
    follow(page, page.locator(".article-list h3 a").first)
    article_url = page.url
    assert "/articles/" in article_url
    expect(page.locator(".article-header time[datetime]").first).to_be_visible()
    expect(page.locator(".article-header .source").first).to_be_visible()
    assert page.get_by_role("link", name=event_title).count() >= 1, "the article links back to its event"
    article_title = page.locator("main h1").inner_text()

    topic = page.locator(".article-header .chip-topic").first
    topic_name = topic.inner_text()
    follow(page, topic)
    assert "/topics/" in page.url and page.locator("main h1").inner_text() == topic_name
    expect(page.locator(".article-list").get_by_role("link", name=article_title, exact=True)).to_have_count(1)
    page.go_back()
    assert page.url == article_url

    person = page.locator(".article-header .chip-person").first
    person_name = person.inner_text()
    follow(page, person)
    assert "/people/" in page.url and page.locator("main h1").inner_text() == person_name
    expect(page.locator(".article-list").get_by_role("link", name=article_title, exact=True)).to_have_count(1)
    page.go_back()
    page.go_back()
    page.go_back()
    assert page.url == home_url
    follow(page, page.locator(".site-nav").get_by_role("link", name="Topics"))
    return [event_title, article_title, topic_name, person_name]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_reader_walks_from_the_timeline_at_the_root(browser, site_url, viewport):
    with reader_page(browser, viewport) as page:
        walk_as_a_reader(page, site_url)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_the_same_walk_works_under_a_sub_path(browser, subpath_url, viewport):
    with reader_page(browser, viewport) as page:
        page.on("request", lambda request: _assert_under(request.url, subpath_url))
        walk_as_a_reader(page, subpath_url)


def _assert_under(url: str, base: str) -> None:
    assert url.startswith(base), f"{url} is outside the site at {base}"


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_the_same_walk_works_without_javascript(browser, site_url, viewport):
    with reader_page(browser, viewport, javascript=False) as page:
        walk_as_a_reader(page, site_url)


def test_previous_and_next_links_walk_the_articles_in_time(browser, site_url, seed_site):
    with reader_page(browser) as page:
        page.goto(site_url + page_kinds(seed_site)["article"])
        while page.locator(".prev-next a[rel=prev]").count():
            follow(page, page.locator(".prev-next a[rel=prev]"))
        dates = [_article_date(page)]
        while page.locator(".prev-next a[rel=next]").count():
            follow(page, page.locator(".prev-next a[rel=next]"))
            dates.append(_article_date(page))
    assert len(dates) == len(list(seed_site.glob("articles/*/index.html")))
    assert dates == sorted(dates), "next goes forward in time"


def _article_date(page) -> dt.date:
    return dt.date.fromisoformat(page.locator(".article-header time[datetime]").first.get_attribute("datetime"))


def test_an_article_prints_as_its_text_and_record_without_the_site_around_it(browser, site_url, seed_site):
    with reader_page(browser) as page:
        page.goto(site_url + page_kinds(seed_site)["article"])
        page.emulate_media(media="print")
        for around in (".site-header", ".site-footer", ".prev-next", ".cite"):
            expect(page.locator(around)).to_be_hidden()
        for kept in ("main h1", ".article-header time", ".article-header .source", ".article .body"):
            expect(page.locator(kept).first).to_be_visible()


@pytest.mark.parametrize("where", ["root", "sub-path"])
def test_a_missing_page_shows_the_404_page_with_working_links(browser, site_url, subpath_url, where):
    home = site_url if where == "root" else subpath_url
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    trouble = watch(page, expected_missing=("/no/such/page/",))
    response = page.goto(home + "no/such/page/")
    assert response.status == 404
    expect(page.locator("main h1")).to_have_text("Page not found")
    follow(page, page.locator("main").get_by_role("link", name="Go to the timeline"))
    assert page.url == home
    context.close()
    assert not [e for e in trouble.console_errors if "404" not in e] and not trouble.failed_requests, trouble


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_kind_of_page_fits_the_screen_without_overlaps(browser, site_url, seed_site, viewport):
    """Geometry is the same in both colour schemes; the dark screenshots come from the accessibility tests."""
    problems = {}
    with reader_page(browser, viewport) as page:
        for kind, url in page_kinds(seed_site).items():
            page.goto(site_url + ("404.html" if kind == "not-found" else url))
            found = _layout_problems(page)
            if found:
                problems[kind] = found
            screenshot(page, f"{kind}-{viewport}-light")
    assert not problems, problems


def _layout_problems(page) -> list[str]:
    return page.evaluate(LAYOUT_CHECK, [list(group) for group in SIDE_BY_SIDE])


LAYOUT_CHECK = """(groups) => {
  const problems = [];
  const width = window.innerWidth;
  if (document.scrollingElement.scrollWidth > width)
    problems.push(`scrolls sideways: ${document.scrollingElement.scrollWidth} > ${width}`);
  const name = (el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`;
  for (const group of groups) {
    const boxes = [];
    for (const selector of group)
      for (const el of document.querySelectorAll(selector)) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.left < -1 || box.right > width + 1) problems.push(`off screen: ${name(el)}`);
        boxes.push([el, box]);
      }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, p] = boxes[i], [b, q] = boxes[j];
        if (a.contains(b) || b.contains(a)) continue;
        const across = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (across > 1 && down > 1) problems.push(`overlap: ${name(a)} / ${name(b)}`);
      }
  }
  return problems;
}"""


def test_a_missing_browser_fails_the_run_in_ci_and_skips_on_a_laptop(monkeypatch):
    import browser_support

    monkeypatch.setattr(browser_support, "chromium_path", lambda: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        browser_support.require_chromium()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        browser_support.require_chromium()
