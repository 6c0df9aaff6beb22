"""Milestones: dated past events an article mentions, at the precision the text gives."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from despatch.milestones import find_milestones, split_sentences

ROOT = Path(__file__).resolve().parent.parent
DEV_SEEDS = Path(__file__).parent / "fixtures" / "seeds_expected"  # copies of the dev set's seed answers


def dates(text: str, published: str | None) -> list[str]:
    day = dt.date.fromisoformat(published) if published else None
    return [m.date for m in find_milestones(text, day)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Diplomatic relations were established in January 1992.", "2023-03-03", ["1992-01"]),
        ("Since China and Belarus established diplomatic relations 30 years ago, ties grew.", "2022-09-16", ["1992"]),
        ("In May 2015, President Xi Jinping paid a state visit to Belarus.", "2023-03-03", ["2015-05"]),
        ("May 12, 2015 was a very encouraging day. Xi inspected the industrial park.", "2023-03-03", ["2015-05-12"]),
        ("The status was upgraded as declared by the leaders in Samarkand on 15 September 2022.", "2023-03-01",
         ["2022-09-15"]),
        ("Last September, President Xi and President Lukashenko met in Samarkand.", "2023-03-03", ["2022-09"]),
        ("In September last year, the leaders announced an upgrade of relations.", "2023-03-03", ["2022-09"]),
        ("On November 4, 2022, the complex held a commissioning ceremony in Minsk Oblast.", "2023-03-03", ["2022-11-04"]),
        ("The president launched the Global Development Initiative in September 2021 and the Global Security "
         "Initiative in April 2022.", "2023-03-10", ["2021-09", "2022-04"]),
        ("On 28 February to 2 March 2023, Lukashenko traveled to China on a state visit.", "2023-03-10", ["2023-02-28"]),
        ("He announced the steps at the third Belt and Road Forum in October.", "2023-12-05", ["2023-10"]),
        ("Lukashenko visited Beijing in 2015.", "2023-03-03", ["2015"]),
        ("Ten years ago, Xi proposed the Belt and Road Initiative.", "2023-12-05", ["2013"]),
        # Russian and Chinese date forms
        ("Дипломатические отношения установлены в январе 1992 года.", "2023-03-03", ["1992-01"]),
        ("15 сентября 2022 года лидеры встретились в Самарканде.", "2023-03-03", ["2022-09-15"]),
        ("В сентябре прошлого года лидеры подписали декларацию.", "2023-03-03", ["2022-09"]),
        ("两国于1992年1月建交。", "2023-03-03", ["1992-01"]),
        ("2015年5月12日，习近平视察中白工业园。", "2023-03-03", ["2015-05-12"]),
        ("十年前我提出共建“一带一路”倡议。", "2023-12-05", ["2013"]),
        ("今年2月底，总统先生来华进行国事访问。", "2023-12-05", ["2023-02"]),
    ],
)
def test_past_events_are_dated_at_the_precision_the_text_gives(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text, published",
    [
        # the article's own event, at or just before publication
        ("On March 1, President Xi Jinping held talks with Lukashenko.", "2023-03-03"),
        ("BEIJING, 1 March (BelTA) – The presidents signed a joint statement.", "2023-03-01"),
        ("24 февраля 2023 г. состоялся телефонный разговор министров.", "2023-02-24"),
        # future dates and plans
        ("The forum will be held in October 2024.", "2023-12-05"),
        ("Lukashenko will pay a state visit from 28 February to 2 March.", "2023-02-25"),
        ("The expo opens in October.", "2023-03-01"),
        # figures, not events
        ("Trade rose from US$60.8 million to US$5.08 billion in 2022.", "2023-03-03"),
        ("In 2022, the net profit of enterprises in the park will increase by 140%.", "2023-03-03"),
        ("As of February this year, there were 107 enterprises in the park.", "2023-03-03"),
        # photo captions
        ("President Xi Jinping meets Lukashenko in Beijing, Dec 4, 2022. [Photo/Xinhua]", "2023-12-05"),
        ("*Photo: the presidents met on 15 September 2022*", "2023-03-03"),
        # relative dates need a publication date
        ("Last September, the leaders met in Samarkand.", None),
    ],
)
def test_own_events_future_dates_figures_and_captions_are_not_milestones(text, published):
    assert dates(text, published) == []


def test_a_date_mentioned_twice_is_one_milestone_with_the_first_sentence():
    text = ("In September last year, the leaders announced an upgrade. "
            "Last September, Xi and Lukashenko met in Samarkand.")
    (milestone,) = find_milestones(text, dt.date(2023, 3, 3))
    assert milestone.sentence == "In September last year, the leaders announced an upgrade."


@pytest.mark.parametrize(
    "text, label",
    [
        ("In May 2015,  President Xi Jinping paid a state visit to Belarus at the invitation\nof President Lukashenko.", "President Xi Jinping paid a state visit to Belarus at the invitation of President Lukashenko"),
        ("Since the establishment of diplomatic relations in January 1992, China and Belarus have gone through "
         "31 years of cooperation.", "The establishment of diplomatic relations"),
    ],
)
def test_the_label_is_the_clause_that_states_the_event(text, label):
    (milestone,) = find_milestones(text, dt.date(2023, 3, 3))
    assert milestone.label == label
    assert "\n" not in milestone.sentence and "  " not in milestone.sentence


def test_sentences_do_not_end_at_abbreviations():
    assert split_sentences("Mr. Xie met Dec. 4 guests. Then he left.") == ["Mr. Xie met Dec. 4 guests.", "Then he left."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789 ,.年月日", "May ", "visited ", "in ", "2015 ", "March ", "last "]))
       .map("".join),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_no_milestone_is_after_publication(text, published):
    for milestone in find_milestones(text, published):
        assert milestone.date < published.isoformat()[: len(milestone.date)] or milestone.date[:4] < str(published.year)


@pytest.mark.skipif(not DEV_SEEDS.is_dir(), reason="the team's dev set is not here")
def test_seeds_find_the_dev_set_milestones_and_few_others():
    found = false = wanted = 0
    for answers in sorted(DEV_SEEDS.glob("*.expected.json")):
        expected = json.loads(answers.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / answers.name.replace(".expected.json", ".txt")).read_text(encoding="utf-8")
        want = {day for day, _ in expected.get("milestones", [])}
        got = {m.date for m in find_milestones(text, dt.date.fromisoformat(expected["date"]))}
        found, false, wanted = found + len(got & want), false + len(got - want), wanted + len(want)
    assert wanted == 13
    assert found >= 12 and false <= 1
