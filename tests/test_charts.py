"""Coverage charts: counted right, drawn at build time as accessible inline SVG with the numbers as a table."""
from __future__ import annotations

import datetime as dt
import re

from despatch.charts import coverage_chart, partial_date

DAYS = [dt.date(2022, 9, 16), dt.date(2023, 3, 1), dt.date(2023, 3, 3), dt.date(2023, 3, 10), dt.date(2023, 12, 5)]


def test_articles_are_counted_per_month_with_empty_months_kept():
    chart = coverage_chart("c", "", DAYS)
    assert chart.unit == "month"
    assert len(chart.bars) == 16  # September 2022 to December 2023
    assert [(bar.label, bar.count) for bar in chart.rows] == [
        ("September 2022", 1), ("March 2023", 3), ("December 2023", 1)]
    tallest = max(chart.bars, key=lambda bar: bar.height)
    assert tallest.label == "March 2023" and tallest.y < chart.baseline


def test_a_long_span_on_a_small_chart_is_counted_per_year():
    chart = coverage_chart("c", "X", [dt.date(2010, 1, 1), dt.date(2023, 1, 1)], small=True)
    assert chart.unit == "year" and len(chart.bars) == 14


def test_milestones_inside_the_span_are_marked_and_those_outside_are_not():
    chart = coverage_chart("c", "", DAYS, [("2022-11-04", "complex commissioned"), ("1992", "relations established"),
                                           ("2023", "a year only")])
    assert [marker.label for marker in chart.markers] == ["4 November 2022: complex commissioned"]


def test_no_dates_no_chart():
    assert coverage_chart("c", "", [None]) is None


def test_description_says_what_the_chart_shows():
    chart = coverage_chart("c", "the park", DAYS)
    assert chart.title == "Articles per month about the park"
    assert "5 articles from September 2022 to December 2023" in chart.description
    assert "busiest month was March 2023 with 3" in chart.description


def test_partial_dates_read_as_words():
    assert [partial_date(d) for d in ("2015-05-12", "2015-05", "1992")] == ["12 May 2015", "May 2015", "1992"]


def _charts(html: str) -> list[str]:
    return re.findall(r'<figure class="chart">.*?</figure>', html, re.DOTALL)


def assert_accessible(figure: str) -> None:
    svg = re.search(r"<svg [^>]*>", figure).group(0)
    assert 'role="img"' in svg
    title_id, desc_id = re.search(r'aria-labelledby="([^" ]+) ([^"]+)"', svg).groups()
    assert f'<title id="{title_id}">' in figure and f'<desc id="{desc_id}">' in figure
    assert '<table class="visually-hidden">' in figure and "<th scope=\"row\">" in figure
    assert "style=" not in figure  # the page's CSP allows no inline styles


def test_home_page_has_a_coverage_chart_with_milestones(seed_site):
    (figure,) = _charts((seed_site / "index.html").read_text(encoding="utf-8"))
    assert_accessible(figure)
    assert 'class="chart-marker"' in figure
    assert "<th scope=\"row\">March 2023</th><td>3</td>" in figure


def test_topic_and_entity_pages_have_their_own_chart(seed_site):
    for page in ("topics/diplomacy-and-state-visits/index.html", "entities/china-belarus-industrial-park/index.html",
                 "people/xi-jinping/index.html"):
        (figure,) = _charts((seed_site / page).read_text(encoding="utf-8"))
        assert_accessible(figure)
