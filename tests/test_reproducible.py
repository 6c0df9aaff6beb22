"""Same input, same bytes: the whole bad-input corpus built in two folders with different hash
seeds gives identical content files and sites, and so does a rebuild after touching every file (P4)."""
from __future__ import annotations

import os
import time

from badinput_support import _TEMP, corpus_build, corpus_files, lay_out, run_build, tree_digest


def _differences(first: dict, second: dict) -> list[str]:
    return sorted(name for name in set(first) | set(second) if first.get(name) != second.get(name))


def test_two_builds_in_different_folders_with_different_hash_seeds_are_identical():
    first = corpus_build()
    other = _TEMP / "elsewhere" / "deeper-folder"
    lay_out(other, corpus_files())
    second = run_build(other, hashseed="4242")
    assert "Traceback" not in second.stderr
    assert _differences(tree_digest(first.content), tree_digest(second.content)) == []
    assert _differences(tree_digest(first.site), tree_digest(second.site)) == []  # search index included

    later = time.time() + 3600
    for path in sorted(p for p in other.rglob("*") if p.is_file() and "public" not in p.parts):
        os.utime(path, (later, later))
    third = run_build(other, hashseed="7")
    assert "Traceback" not in third.stderr
    assert _differences(tree_digest(first.content), tree_digest(other / "content")) == []
    assert _differences(tree_digest(first.site), tree_digest(third.site)) == []
