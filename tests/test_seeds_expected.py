"""Each seed's content file matches the dev set's right answers (copied into tests/fixtures)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from despatch.content import read_article

ANSWERS = Path(__file__).parent / "fixtures" / "seeds_expected"
SEED_NAMES = sorted(p.name.replace(".expected.json", "") for p in ANSWERS.glob("*.expected.json"))


def content_for(seed_site: Path, seed: str):
    for path in sorted((seed_site.parent / "content").glob("*.md")):
        article, _ = read_article(path)
        if article and article.seed == f"{seed}.txt":
            return article
    raise AssertionError(f"no content file for seed {seed}")


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_seed_metadata_matches_the_answers(seed_site, seed):
    expected = json.loads((ANSWERS / f"{seed}.expected.json").read_text(encoding="utf-8"))
    article = content_for(seed_site, seed)
    got = {
        "title": None if article.title_proposed else article.title,
        "date": article.date.isoformat() if article.date else None,
        "time": article.time,
        "source": article.source,
        "author": article.author,
        "dateline": article.dateline,
        "event_date": article.event_date.isoformat() if article.event_date else None,
    }
    want = {key: expected.get(key) for key in got}
    assert got == want
    assert set(article.people) == set(expected["people"])


def test_no_headline_means_a_proposed_title_not_an_invented_one(seed_site):
    article = content_for(seed_site, "004_3f8f69fabd68b515")
    assert article.title_proposed is True
    assert article.source is None and article.publisher is None


def test_viewing_date_is_not_publication_date(seed_site):
    article = content_for(seed_site, "000_58d7e0cdbe7e7cbf")
    assert article.date.isoformat() == "2023-03-01"
    assert article.utc_offset == "+03:00"
