"""Shared fixtures: the repository's paths and a site built once from the seeds."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # the team's read-only folder; tests that use it skip without it


def run_cli(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run build_site.py as a user would; returns the finished process (text output)."""
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def build_from_seeds(workdir: Path, *extra: str) -> Path:
    """Copy the seeds into `workdir`, ingest and build there; returns the site folder."""
    shutil.copytree(SEEDS, workdir / "seeds")
    result = run_cli("--seeds", str(workdir / "seeds"), "--content", str(workdir / "content"),
                     "--output", str(workdir / "public"), *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return workdir / "public"


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The five seeds ingested and built once for the whole session (read-only for tests)."""
    return build_from_seeds(tmp_path_factory.mktemp("seed-site"))


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory) -> Path:
    """The same site built for hosting under /archive/."""
    return build_from_seeds(tmp_path_factory.mktemp("subpath-site"), "--base-url", "http://127.0.0.1/archive/")


@pytest.fixture(scope="session")
def browser():
    """One system Chromium for the whole session; Playwright's sync API cannot run two at once."""
    from browser_support import launch_chromium

    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="session")
def site_url(seed_site) -> str:
    """The seed site served at http://127.0.0.1:PORT/."""
    from browser_support import serve_folder

    with serve_folder(seed_site) as url:
        yield url


@pytest.fixture(scope="session")
def subpath_url(subpath_site, tmp_path_factory) -> str:
    """The sub-path build served at http://127.0.0.1:PORT/archive/, as a host serving a larger site would."""
    from browser_support import serve_folder

    host = tmp_path_factory.mktemp("host")
    (host / "archive").symlink_to(subpath_site, target_is_directory=True)
    with serve_folder(host, not_found="archive/404.html") as url:
        yield url + "archive/"
