"""Rendered output against committed golden files. Update on purpose: UPDATE_GOLDEN=1 make test."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import run_cli

GOLDEN = Path(__file__).parent / "golden"
PAGES = {
    "article.html": "articles/2023-03-01-xi-and-lukashenko-hold-talks-in-beijing/index.html",
}


@pytest.fixture(scope="module")
def golden_site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("golden")
    shutil.copytree(GOLDEN / "content", work / "content")
    result = run_cli("build", "--content", str(work / "content"), "--output", str(work / "public"),
                     "--base-url", "https://archive.example.org/")
    assert result.returncode == 0, result.stderr
    return work / "public"


@pytest.mark.parametrize("golden_name", sorted(PAGES))
def test_rendered_page_matches_its_golden_file(golden_site, golden_name):
    rendered = (golden_site / PAGES[golden_name]).read_text(encoding="utf-8")
    expected_path = GOLDEN / "expected" / golden_name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected_path.write_text(rendered, encoding="utf-8")
    assert expected_path.exists(), f"no golden file {expected_path}; create it with UPDATE_GOLDEN=1"
    assert rendered == expected_path.read_text(encoding="utf-8")
