"""Same content, same bytes: builds in different folders, with different hash seeds, are identical.

The five seeds are too few to expose order-dependent code (float sums over sets, dict order of
hash-seeded keys), so this builds a synthetic archive of four hundred articles from the benchmark's
generator, with shared people, topics, events and similar texts.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from conftest import run_cli
from test_incremental import generate


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def build_copy(where: Path, content: Path, hash_seed: str) -> Path:
    shutil.copytree(content, where / "content")
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    result = run_cli("build", "--content", str(where / "content"), "--output", str(where / "public"),
                     "--cache", str(where / ".cache"), env=env)
    assert result.returncode == 0, result.stderr
    return where / "public"


def test_two_builds_with_different_hash_seeds_in_different_folders_are_identical(tmp_path):
    content = tmp_path / "corpus"
    generate.write_corpus(generate.make_articles(400), content)
    first = build_copy(tmp_path / "one", content, "1")
    second = build_copy(tmp_path / "two" / "deeper", content, "4242")
    first_tree, second_tree = tree(first), tree(second)
    assert any(name.startswith("pagefind/") for name in first_tree)
    differing = sorted(name for name in first_tree.keys() | second_tree.keys()
                       if first_tree.get(name) != second_tree.get(name))
    assert differing == []
