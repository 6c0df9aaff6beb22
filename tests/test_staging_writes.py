"""Files are written into the staging folder without ever touching a file the live site shares."""
from __future__ import annotations

import os

from despatch.output import _replace


def test_a_file_shared_with_the_live_site_is_replaced_by_a_new_one(tmp_path):
    live, staged = tmp_path / "live.html", tmp_path / "staging" / "page.html"
    live.write_bytes(b"the page visitors see")
    staged.parent.mkdir()
    os.link(live, staged)  # a kept file: one inode, two names

    _replace(staged, b"the page of the next build")

    assert live.read_bytes() == b"the page visitors see"
    assert staged.read_bytes() == b"the page of the next build"
    assert os.stat(live).st_ino != os.stat(staged).st_ino


def test_a_file_of_the_staging_folders_own_is_overwritten_in_place_to_its_new_length(tmp_path):
    staged = tmp_path / "page.html"
    staged.write_bytes(b"a longer page from the build before")
    inode = os.stat(staged).st_ino

    _replace(staged, b"shorter")

    assert staged.read_bytes() == b"shorter"
    assert os.stat(staged).st_ino == inode


def test_a_new_file_gets_its_folders(tmp_path):
    target = tmp_path / "articles" / "a" / "index.html"
    _replace(target, b"new")
    assert target.read_bytes() == b"new"
