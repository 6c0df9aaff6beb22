"""Topics: an article joins the topics whose phrases it uses often enough, at most a handful."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from despatch.registry import load_registry
from despatch.topics import MAX_TOPICS, find_topics

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = load_registry()
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # two hits in the body, in any of the three languages
        ("The Great Stone industrial park has 107 resident companies.", None, {"industrial-park"}),
        ("Индустриальный парк «Великий камень» принял новых резидентов парка.", None, {"industrial-park"}),
        ("中白工业园发展迅速，巨石项目成果丰硕。", None, {"industrial-park"}),
        ("Chinese tourists can stay 30 days visa-free; tourism is growing.", None, {"tourism"}),
        # one hit in the title is enough
        ("They discussed many things.", "Belarus joins the Belt and Road", {"belt-and-road"}),
        # one hit in the body is not
        ("They discussed tourism among many things.", None, set()),
        ("", None, set()),
        # the longest phrase wins: an initiative's name is not a security topic
        ("Belarus supports the Global Security Initiative and the Global Development Initiative.", None,
         {"global-initiatives"}),
    ],
)
def test_topics_need_enough_evidence(text, title, expected):
    assert set(find_topics(text, title, REGISTRY)) == expected


def test_an_article_about_everything_gets_only_the_strongest_topics():
    text = " ".join(phrase for topic in REGISTRY.topics for phrase in topic.phrases[:3] * 2)
    topics = find_topics(text, None, REGISTRY)
    assert len(topics) == MAX_TOPICS
    assert topics == find_topics(text, None, REGISTRY)  # deterministic


def test_the_strongest_topic_comes_first():
    text = "tourism tourists visa-free tourism. Trade and exports grew."
    assert find_topics(text, None, REGISTRY) == ("tourism", "trade-and-economy")


def test_the_registry_has_enough_topics_each_with_english_russian_and_chinese_phrases():
    assert 15 <= len(REGISTRY.topics) <= 25
    for topic in REGISTRY.topics:
        assert topic.name and topic.description, topic.slug
        assert any(CYRILLIC.search(p) for p in topic.phrases), topic.slug
        assert any(CJK.search(p) for p in topic.phrases), topic.slug
        assert any(p.isascii() for p in topic.phrases), topic.slug


def test_every_seed_is_in_some_topics_but_not_too_many():
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        topics = find_topics(seed.read_text(encoding="utf-8"), None, REGISTRY)
        assert 1 <= len(topics) <= MAX_TOPICS, seed.name
