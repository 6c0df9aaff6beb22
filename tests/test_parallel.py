"""Reading and rendering on several processes gives the same site as one process, byte for byte."""
from __future__ import annotations

import os

from despatch.parallel import PARALLEL_MINIMUM, parallel_map

from test_incremental import Project, site_files


def test_parallel_map_keeps_the_order_of_its_items():
    items = list(range(PARALLEL_MINIMUM * 3))
    assert list(parallel_map(lambda n: (n, n * n), items, jobs=3)) == [(n, n * n) for n in items]


def test_work_really_runs_in_other_processes():
    parent = os.getpid()
    pids = set(parallel_map(lambda _: os.getpid(), list(range(PARALLEL_MINIMUM * 2)), jobs=2))
    assert parent not in pids


def test_a_build_on_three_processes_equals_a_build_on_one(tmp_path):
    project = Project(tmp_path / "project", articles=60)
    single = project.build(tmp_path / "one" / "public", tmp_path / "one" / ".cache", jobs=1)
    several = project.build(tmp_path / "three" / "public", tmp_path / "three" / ".cache", jobs=3)
    assert single.pages > PARALLEL_MINIMUM  # or the three-process build would not fork at all
    assert site_files(tmp_path / "three" / "public") == site_files(tmp_path / "one" / "public")
    assert [str(m) for m in several.messages] == [str(m) for m in single.messages]
