"""Site settings (data/site.yaml) and the parts of the search index they decide."""
from __future__ import annotations

import pytest

from despatch.config import SettingsError, load_config
from despatch.search import search_parts


def settings_folder(tmp_path, text: str):
    (tmp_path / "site.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_setting_of_the_wrong_kind_is_refused_with_the_file_and_the_setting(tmp_path):
    with pytest.raises(SettingsError, match=r"site\.yaml: 'search_part_size' must be a whole number"):
        load_config(settings_folder(tmp_path, "title: T\nsearch_part_size: lots\n"))
    with pytest.raises(SettingsError, match=r"site\.yaml: not valid YAML"):
        load_config(settings_folder(tmp_path, "title: [unclosed\n"))


def test_settings_keep_their_kinds(tmp_path):
    config = load_config(settings_folder(tmp_path, "title: 2024\nsearch_part_size: 250\n"))
    assert (config.title, config.search_part_size) == ("2024", 250)


def test_the_search_index_is_split_into_bounded_parts_that_do_not_move_as_the_archive_grows():
    pages = [f"articles/2020-01-{n:05d}/index.html" for n in range(3000)]
    parts = search_parts(pages, 1000)
    assert [bundle for bundle, _ in parts] == ["pagefind", "pagefind-2", "pagefind-3", "pagefind-4"]
    assert sorted(page for _, part in parts for page in part) == sorted(pages)
    assert all(len(part) <= 1000 for _, part in parts)
    grown = dict(search_parts(pages[:-1] + ["articles/2021-05-05-new/index.html"], 1000))
    assert 1 <= sum(set(part) != set(grown.get(bundle, ())) for bundle, part in parts) <= 2  # the parts of the pages gone and come


def test_when_the_parts_double_each_part_splits_in_two():
    pages = [f"articles/2020-01-{n:05d}/index.html" for n in range(4000)]
    before = {page: bundle for bundle, part in search_parts(pages[:2000], 1000) for page in part}
    after = {page: bundle for bundle, part in search_parts(pages[:2001], 1000) for page in part}
    assert len(set(before.values())) == 2 and len(set(after.values())) == 4
    successors = {(before[page], after[page]) for page in before}
    assert len(successors) == 4 == len({new for _, new in successors})  # two new parts from each old one, none shared


def test_a_small_archive_has_one_index():
    assert search_parts(["articles/a/index.html"], 1000) == [("pagefind", ["articles/a/index.html"])]
    assert search_parts([], 1000) == [("pagefind", [])]
