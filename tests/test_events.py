"""Events: reports of one happening become one event; a person's choice (front matter or data/events.yaml) wins."""
from __future__ import annotations

import datetime as dt
import json

from despatch.archive import EventChoice, build_archive, group_events, load_event_choices
from despatch.model import Article
from despatch.registry import load_registry

REGISTRY = load_registry()
VISIT = "Lukashenko and Xi Jinping held talks in Beijing and signed a joint statement on all-weather partnership."


def article(stem: str, day: str, *, people=("Alexander Lukashenko", "Xi Jinping"), entities=("Beijing",),
            body: str = VISIT, source: str = "BelTA", event: str | None = None, published: str | None = None,
            summary: str = "") -> Article:
    return Article(stem=stem, title=stem.replace("-", " ").capitalize(), body=body, source=source,
                   date=dt.date.fromisoformat(published or day), event_date=dt.date.fromisoformat(day),
                   people=tuple(people), entities=tuple(entities), event=event, summary=summary)


def events_of(articles, choices=()):
    return {tuple(a.stem for a in e.articles) for e in group_events(tuple(articles), REGISTRY, choices=choices)}


def test_reports_of_one_meeting_on_the_same_day_are_one_event():
    found = events_of([article("belta", "2023-03-01"), article("xinhua", "2023-03-01", source="Xinhua")])
    assert found == {("belta", "xinhua")}


def test_a_report_dated_the_next_day_joins_the_event():
    found = events_of([article("a", "2023-03-01"), article("b", "2023-03-02")])
    assert found == {("a", "b")}


def test_two_days_apart_are_two_events():
    found = events_of([article("a", "2023-03-01"), article("b", "2023-03-03")])
    assert found == {("a",), ("b",)}


def test_daily_reports_do_not_chain_into_one_long_event():
    found = events_of([article("d1", "2023-03-01"), article("d2", "2023-03-02"), article("d3", "2023-03-03")])
    assert found == {("d1", "d2"), ("d3",)}


def test_one_shared_person_without_a_shared_place_or_similar_text_is_not_enough():
    a = article("a", "2023-03-01", people=("Alexander Lukashenko",), entities=("Minsk",),
                body="Lukashenko opened a dairy plant in Grodno region, praising farmers.")
    b = article("b", "2023-03-01", people=("Alexander Lukashenko", "Wang Yi"), entities=("Beijing",),
                body="Wang Yi received the Belarusian foreign minister to discuss the visit programme.")
    assert events_of([a, b]) == {("a",), ("b",)}


def test_one_shared_person_and_a_shared_place_is_one_event():
    a = article("a", "2023-03-01", people=("Alexander Lukashenko",), entities=("Beijing",))
    b = article("b", "2023-03-01", people=("Alexander Lukashenko", "Li Qiang"), entities=("Beijing",))
    assert events_of([a, b]) == {("a", "b")}


def test_the_same_story_told_twice_is_one_event_even_without_names():
    body = "The China-Europe Railway Express train left Xi'an for Minsk loaded with machinery and daily goods."
    a = article("a", "2023-05-10", people=(), entities=(), body=body)
    b = article("b", "2023-05-10", people=("Xi Jinping",), entities=(), body=body + " Officials attended.")
    assert events_of([a, b]) == {("a", "b")}


def test_front_matter_event_merges_and_is_kept():
    a = article("a", "2023-03-01", event="visit-2023")
    b = article("b", "2023-03-20", people=("Li Qiang",), event="visit-2023")
    events = group_events((a, b), REGISTRY)
    assert [(e.id, len(e.articles), e.chosen_by_hand) for e in events] == [("visit-2023", 2, True)]


def test_front_matter_event_splits_an_article_out():
    a, b = article("a", "2023-03-01"), article("b", "2023-03-01", event="separate-briefing")
    assert events_of([a, b]) == {("a",), ("b",)}


def test_events_file_includes_excludes_and_retitles():
    a, b, c = article("a", "2023-03-01"), article("b", "2023-03-01"), article("c", "2023-04-10", people=("Wang Yi",))
    choices = (EventChoice(id="state-visit", title="State visit to China", articles=("a", "c")),)
    events = {e.id: e for e in group_events((a, b, c), REGISTRY, choices=choices)}
    assert [x.stem for x in events["state-visit"].articles] == ["a", "c"]
    assert events["state-visit"].title == "State visit to China"
    assert ("b",) in {tuple(x.stem for x in e.articles) for e in events.values()}


def test_events_file_exclude_sets_an_article_apart():
    a, b = article("a", "2023-03-01"), article("b", "2023-03-01")
    automatic = group_events((a, b), REGISTRY)[0].id
    assert events_of([a, b], (EventChoice(id=automatic, exclude=("b",)),)) == {("a",), ("b",)}


def test_front_matter_event_that_names_an_automatic_event_joins_it():
    a, b = article("a", "2023-03-01"), article("b", "2023-03-01")
    automatic = group_events((a, b), REGISTRY)[0].id
    late = article("late", "2023-06-01", people=("Li Qiang",), event=automatic)
    events = group_events((a, b, late), REGISTRY)
    assert [(e.id, [x.stem for x in e.articles]) for e in events] == [(automatic, ["a", "b", "late"])]


def test_event_summary_comes_from_a_report_of_the_day():
    a = article("a", "2023-03-01", summary="Lukashenko and Xi signed a joint statement.")
    b = article("b", "2023-03-01", published="2023-03-10", summary="An interview about cooperation.")
    assert group_events((a, b), REGISTRY)[0].summary == "Lukashenko and Xi signed a joint statement."


def test_events_file_is_read_and_bad_entries_are_reported(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("- id: State visit 2023\n  title: State visit\n  articles: [a.md, b]\n  exclude: c\n- title: no id\n",
                    encoding="utf-8")
    choices, messages = load_event_choices(path)
    assert choices == (EventChoice(id="state-visit-2023", title="State visit", articles=("a", "b"), exclude=("c",)),)
    assert len(messages) == 1 and "no 'id'" in messages[0].text


def test_missing_events_file_is_no_choice(tmp_path):
    assert load_event_choices(tmp_path / "events.yaml") == ((), [])


def test_grouping_is_deterministic():
    articles = [article(f"x{i}", f"2023-03-0{1 + i % 3}") for i in range(9)]
    first = build_archive(articles, REGISTRY).events
    assert first == build_archive(list(reversed(articles)), REGISTRY).events


# ---------------------------------------------------------------- the five seeds


def test_five_seeds_give_three_events(seed_site):
    events = json.loads((seed_site / "data" / "events.json").read_text(encoding="utf-8"))
    assert [e["date"] for e in events] == ["2022-09-15", "2023-03-01", "2023-12-04"]
    visit = events[1]
    assert len(visit["articles"]) == 3
    assert visit["sources"] == ["BelTA"]


def test_event_page_says_what_when_where_who_and_who_covered_it(seed_site):
    pages = sorted((seed_site / "events").glob("2023-03-01-*/index.html"))
    assert len(pages) == 1
    html = pages[0].read_text(encoding="utf-8")
    for fact in ("<dt>When</dt>", "<dt>Where</dt>", "Beijing", "<dt>Who</dt>", "Alexander Lukashenko",
                 "<dt>Covered by</dt>", "BelTA", "(3 articles)", "Cite this event"):
        assert fact in html
    assert html.count('class="article-item"') == 3


def test_a_split_in_data_events_yaml_is_kept_by_the_build(seed_site, tmp_path):
    from despatch.build import build_site
    from despatch.config import SiteConfig

    content = seed_site.parent / "content"
    interview = next(p.stem for p in content.glob("*.md") if "seed: 001_" in p.read_text(encoding="utf-8"))
    choices = tmp_path / "events.yaml"
    choices.write_text(f"- id: ambassador-interview\n  title: The ambassador's interview\n  articles: [{interview}]\n",
                       encoding="utf-8")
    for _ in range(2):  # the second build reuses the cache: the choice must survive it
        build_site(content, tmp_path / "public", REGISTRY, SiteConfig(), cache_dir=tmp_path / "cache",
                   event_choices=choices)
        events = json.loads((tmp_path / "public" / "data" / "events.json").read_text(encoding="utf-8"))
        assert len(events) == 4
        chosen = next(e for e in events if e["id"] == "ambassador-interview")
        assert chosen["articles"] == [interview] and chosen["title"] == "The ambassador's interview"
        assert chosen["chosen_by_hand"]
