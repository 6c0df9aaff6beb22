"""Summary: the lead paragraph of an article, cut at a sentence boundary."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from despatch.summary import summarize

LEAD = "Xi Jinping held talks with Alexander Lukashenko in Beijing on Wednesday."


@pytest.mark.parametrize(
    "body, expected",
    [
        (LEAD, LEAD),
        # headings, captions, images and interview questions are not the lead
        (f"## Talks in Beijing\n\n{LEAD}", LEAD),
        (f"*Photo: Xi and Lukashenko shake hands in Beijing on Wednesday.*\n\n{LEAD}", LEAD),
        (f"![The presidents](photo.jpg)\n\n{LEAD}", LEAD),
        (f"**Q:** How do you assess the results of the talks at the highest level?\n\n{LEAD}", LEAD),
        (f"Mr Ambassador, how do you assess the results of the talks at the highest level?\n\n{LEAD}", LEAD),
        (f"President Xi Jinping shakes hands with Lukashenko in Beijing. HUANG JINGWEN/XINHUA\n\n{LEAD}", LEAD),
        # a short subtitle without a full stop is not prose
        (f"Xi, Lukashenko agree to boost exchanges\n\n{LEAD}", LEAD),
        # datelines go
        (f"BEIJING, 1 March (BelTA) – {LEAD}", LEAD),
        (f"BEIJING, July 8 (Xinhua) -- {LEAD}", LEAD),
        (f"XI'AN. KAZINFORM – {LEAD}", LEAD),
        ("МИНСК, 22 августа. /ТАСС/. Ли Цян заявил, что Китай стремится к реальным результатам в работе с Белоруссией.",
         "Ли Цян заявил, что Китай стремится к реальным результатам в работе с Белоруссией."),
        ("新华社北京12月4日电（记者孙奕）12月4日，国家主席习近平在钓鱼台国宾馆会见白俄罗斯总统卢卡申科。",
         "12月4日，国家主席习近平在钓鱼台国宾馆会见白俄罗斯总统卢卡申科。"),
        # Markdown marks go, their words stay
        ("Xi met **Lukashenko** at the [Great Hall of the People](https://example.org) in Beijing today.",
         "Xi met Lukashenko at the Great Hall of the People in Beijing today."),
        ("", ""),
    ],
)
def test_the_lead_is_the_first_real_prose_paragraph(body, expected):
    language = "zh" if "新华社" in body else "en"
    assert summarize(body, language) == expected


def test_a_long_lead_is_cut_after_the_last_whole_sentence_that_fits():
    body = f"{LEAD} The two sides signed seventeen documents. " + "Then " + "they talked " * 40 + "."
    assert summarize(body, "en", limit=120) == f"{LEAD} The two sides signed seventeen documents."


def test_a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis():
    body = "The presidents discussed " + "trade, investment, " * 30 + "and culture."
    summary = summarize(body, "en", limit=100)
    assert summary.endswith("…") and len(summary) <= 100
    assert summary[:-1].split(" ")[-1] in {"trade", "investment"}


def test_chinese_is_cut_at_a_sentence_end_without_spaces():
    body = "两国元首举行会谈。" * 10
    assert summarize(body, "zh", limit=30) == "两国元首举行会谈。" * 3


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(min_value=10, max_value=400))
def test_a_summary_never_exceeds_its_limit(body, limit):
    assert len(summarize(body, "en", limit)) <= limit
