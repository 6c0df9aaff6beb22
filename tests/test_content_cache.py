"""Content files read once are taken from the cache; their word counts stay pickled until an archive rebuild asks."""
from __future__ import annotations

import os
import time

from despatch.archive import article_word_counts
from despatch.build import BuildReport, read_content
from despatch.cache import BuildCache, Fingerprinter

ARTICLE = "---\ntitle: {title}\ndate: 2023-03-01\nsource: BelTA\n---\nPotash talks in Minsk with the {title} delegation.\n"


def write_content(folder, stem: str, title: str) -> None:
    path = folder / f"{stem}.md"
    path.write_text(ARTICLE.format(title=title), encoding="utf-8")
    old = time.time() - 60  # older than the racy window, so the cache keeps it
    os.utime(path, (old, old))


def test_word_counts_from_the_cache_are_those_of_the_articles(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    write_content(content, "2023-03-01-b", "Beta")
    write_content(content, "2023-03-01-a", "Alpha")
    first, first_counts = read_content(content, BuildReport(), BuildCache(tmp_path / ".cache"), Fingerprinter(), 1)

    again, counts = read_content(content, BuildReport(), BuildCache(tmp_path / ".cache"), Fingerprinter(), 1)

    assert [a.stem for a in again] == ["2023-03-01-a", "2023-03-01-b"] == [a.stem for a in first]
    assert all(isinstance(value, bytes) for value in counts.stored.values())  # not unpickled yet
    assert dict(counts) == dict(first_counts) == {a.stem: article_word_counts(a) for a in again}
