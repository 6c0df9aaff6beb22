"""An incremental rebuild gives the same site, byte for byte, as a clean build of the same inputs.

A script of edits (add, edit, delete an article, rename a topic, change a template, a registry,
a stylesheet, the site settings) is applied to one working folder that keeps its cache and site;
after each step a clean build (fresh cache, fresh site folder) of the same inputs is compared
with it, search index included.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from despatch.build import build_site
from despatch.config import load_config
from despatch.registry import load_registry

from conftest import ROOT

def load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


generate = load_generator()


def site_files(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


class Project:
    """A working copy of content, templates, static files and registries, built like a user would."""

    def __init__(self, root: Path, articles: int, jobs: int = 2):
        self.root, self.jobs, self.clock = root, jobs, time.time_ns() - 3600 * 10**9
        for folder in ("templates", "static", "data"):
            shutil.copytree(ROOT / folder, root / folder)
        with (root / "data" / "site.yaml").open("a", encoding="utf-8") as settings:
            settings.write("search_part_size: 8  # the search index in parts, as a large archive's is\n")
        self.content = root / "content"
        self.content.mkdir()
        self.articles = generate.make_articles(articles)
        for article in self.articles:
            self.write(article)

    def write(self, article) -> None:
        path = self.content / f"{article.stem}.md"
        path.write_text(generate.despatch_file(article), encoding="utf-8")
        self.age(path)

    def age(self, path: Path) -> None:
        """Older than the racy window, and one millisecond newer per change: the cached read is used."""
        self.clock += 10**6
        os.utime(path, ns=(self.clock, self.clock))

    def build(self, output: Path, cache: Path, jobs: int | None = None):
        return build_site(self.content, output, load_registry(self.root / "data"),
                          load_config(self.root / "data"), templates=self.root / "templates",
                          static=self.root / "static", jobs=jobs or self.jobs, cache_dir=cache)

    def edit_text(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{relative} no longer contains {old!r}: update the test"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_same_as_clean_build(project: Project, tmp_path: Path, step: str):
    incremental = project.build(project.root / "public", project.root / ".cache")
    clean_root = tmp_path / f"clean-{step}"
    clean = project.build(clean_root / "public", clean_root / ".cache", jobs=1)
    assert site_files(project.root / "public") == site_files(clean_root / "public"), step
    assert (incremental.pages, incremental.articles) == (clean.pages, clean.articles)
    shutil.rmtree(clean_root)
    return incremental


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    return Project(tmp_path_factory.mktemp("incremental"), articles=30)


def test_incremental_builds_match_clean_builds_across_a_script_of_edits(project, tmp_path):
    first = assert_same_as_clean_build(project, tmp_path, "first")
    assert first.rendered == first.pages
    assert len(list((project.root / "public").glob("pagefind*"))) > 1

    unchanged = assert_same_as_clean_build(project, tmp_path, "unchanged")
    assert unchanged.rendered == 0

    added = replace(project.articles[0], stem="2011-05-05-bench-added", date=project.articles[0].date.replace(year=2011),
                    title="An added article about the industrial park")
    project.write(added)
    step = assert_same_as_clean_build(project, tmp_path, "add")
    assert 0 < step.rendered < step.pages / 2

    edited = replace(project.articles[3], title="An edited title", body=project.articles[3].body + "\nOne more line.\n")
    project.write(edited)
    step = assert_same_as_clean_build(project, tmp_path, "edit")
    assert 0 < step.rendered < step.pages / 2

    (project.content / f"{project.articles[5].stem}.md").unlink()
    step = assert_same_as_clean_build(project, tmp_path, "delete")
    assert 0 < step.rendered < step.pages / 2

    for article in project.articles[6:9]:
        project.write(replace(article, topics=tuple(sorted({*article.topics, "Renamed topic"} - {article.topics[0]}))))
    assert_same_as_clean_build(project, tmp_path, "rename-topic")

    project.edit_text("templates/year.html", "{% block main %}", "{% block main %}\n<!-- year pages only -->")
    step = assert_same_as_clean_build(project, tmp_path, "year-template")
    year_pages = [p for p in site_files(project.root / "public") if p[:4].isdigit() and p.endswith(".html")]
    assert step.rendered == len(year_pages), "a template change re-renders exactly the pages that use it"

    project.edit_text("templates/base.html", "<body>", "<body>\n<!-- every page -->")
    step = assert_same_as_clean_build(project, tmp_path, "base-template")
    assert step.rendered == step.pages

    with (project.root / "static" / "css" / "site.css").open("a", encoding="utf-8") as stylesheet:
        stylesheet.write("\n/* a changed stylesheet changes every page's link to it */\n")
    assert_same_as_clean_build(project, tmp_path, "static")

    person = next(a for a in project.articles[10:] if a.people).people[0]
    project.edit_text("data/entities.yaml", f"- name: {person}\n  kind: person\n  role: ", f"- name: {person}\n  kind: person\n  role: Edited ")
    assert_same_as_clean_build(project, tmp_path, "registry")

    project.edit_text("data/site.yaml", "title: ", "title: Edited ")
    step = assert_same_as_clean_build(project, tmp_path, "settings")
    assert step.rendered == step.pages

    # Every page changed in the last build, so no staging copy matches the live site: a page
    # deleted from the live site by hand can only come back by being rendered again.
    removed = next(p for p in site_files(project.root / "public") if p.startswith("articles/"))
    (project.root / "public" / removed).unlink()
    step = assert_same_as_clean_build(project, tmp_path, "page-removed-by-hand")
    assert step.rendered == 1


def test_a_build_that_fails_leaves_the_live_site_and_the_next_build_repairs_the_staging(project, tmp_path):
    before = site_files(project.root / "public")
    broken = project.root / "templates" / "article.html"
    original = broken.read_text(encoding="utf-8")
    broken.write_text(original.replace("{% block main %}", "{% block main %}{{ no_such_value.x }}", 1), encoding="utf-8")
    with pytest.raises(Exception):
        project.build(project.root / "public", project.root / ".cache")
    assert site_files(project.root / "public") == before
    broken.write_text(original, encoding="utf-8")
    assert_same_as_clean_build(project, tmp_path, "after-failure")
