"""Nothing is lost when a run is killed: a build killed at any moment leaves the previous complete
site (or the new complete one), never a mix (P2); an ingest killed at any moment leaves no empty
or half-written content file (P3); a content file edited by hand is never overwritten (P1).

KILLS (default 20) sets how many runs are killed; `KILLS=100 pytest tests/test_interrupted.py -s`
prints the figure for the record.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from badinput_support import (FIXTURES, PAGEFIND_FILTER_INDEX, ROOT, corpus_files, lay_out, pagefind_index_is_whole,
                              run_build, tree_digest)
from despatch import frontmatter

KILLS = int(os.environ.get("KILLS", "20"))
CHECK_RECOVERY_EVERY = int(os.environ.get("CHECK_RECOVERY_EVERY", "5"))
TOPICS = ("trade", "education", "industrial park", "diplomacy")


def _article(number: int, title_suffix: str = "") -> str:
    day = 1 + number % 28
    return (f"---\ntitle: Belarus and China hold round {number} of consultations{title_suffix}\n"
            f"date: 2023-{1 + number % 12:02d}-{day:02d}\nsource: BelTA\nlanguage: en\n"
            f"topics: [{TOPICS[number % 4]}]\npeople: [Person {number % 5}]\n---\n\n"
            f"MINSK, {day} March (BelTA) - Delegations met for round {number}. **Trade** grew; see "
            f"[the ministry](https://mfa.gov.by/).\n")


def _set_state(content: Path, state: str) -> None:
    """State A: 24 articles. State B: one more, and one title changed."""
    (content / "2023-12-31-extra.md").unlink(missing_ok=True)
    (content / "a-05.md").write_text(_article(5, " (updated)" if state == "B" else ""), encoding="utf-8")
    if state == "B":
        (content / "2023-12-31-extra.md").write_text(_article(99), encoding="utf-8")


def _command(workdir: Path, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "build_site.py"), *args, "--seeds", str(workdir / "seeds"),
            "--content", str(workdir / "content"), "--output", str(workdir / "public")]


def _complete(workdir: Path, *args: str) -> float:
    started = time.monotonic()
    result = subprocess.run(_command(workdir, *args), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return time.monotonic() - started


def _kill_at_random(command: list[str], within: float, rng: random.Random, late: bool = False) -> None:
    """Start `command` and SIGKILL it, with every process it started, after a random time.

    A killed run cannot remove its scratch folders, so they are made beside the test's site
    (removed with the test's folder), not in the machine's temporary folder."""
    scratch = Path(command[command.index("--output") + 1]).parent / "scratch"
    scratch.mkdir(exist_ok=True)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                               env={**os.environ, "TMPDIR": str(scratch)})
    time.sleep(rng.uniform(within * 0.6 if late else 0, within))
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    _wait_for_group_to_die(process.pid)


def _wait_for_group_to_die(group: int) -> None:
    for _ in range(200):
        try:
            os.killpg(group, signal.SIGKILL)
        except ProcessLookupError:
            return
        time.sleep(0.02)


def _site_folders_outside(workdir: Path) -> list[str]:
    """Anything in the served folder that is not the site (staging belongs beside it, not inside)."""
    return sorted(p.name for p in (workdir / "public").iterdir() if p.name.startswith("."))


def test_a_killed_build_leaves_the_previous_or_the_new_site_whole(tmp_path, tmp_path_factory):
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "seeds").mkdir()
    for number in range(24):
        (content / f"a-{number:02d}.md").write_text(_article(number), encoding="utf-8")
    for case in ("c01_xss_frontmatter_fields.md", "c10_markdown_body_xss.md"):
        shutil.copy(FIXTURES / "content" / case, content / case)
    sites, seconds = {}, []
    for state in ("A", "B"):
        _set_state(content, state)
        seconds.append(_complete(tmp_path, "build"))
        sites[state] = tree_digest(tmp_path / "public", PAGEFIND_FILTER_INDEX)
    assert sites["A"] != sites["B"]

    rng = random.Random(7)
    whole, outcomes = 0, []
    for kill in range(KILLS):
        state = "A" if kill % 2 == 0 else "B"
        _set_state(content, state)
        previous = tree_digest(tmp_path / "public")
        # every other kill aims at the end of the run, where the new site is swapped in
        _kill_at_random(_command(tmp_path, "build"), max(seconds) * 1.1, rng, late=kill % 2 == 1)
        outcome = _which_site(tmp_path / "public", previous, sites)
        if outcome == "MIX" and _renew_reference(content, state, sites, tmp_path_factory):
            outcome = _which_site(tmp_path / "public", previous, sites)
        outcomes.append(outcome)
        whole += outcome != "MIX" and not _site_folders_outside(tmp_path)
        if (kill + 1) % CHECK_RECOVERY_EVERY == 0:  # the next complete build is right, whatever was killed
            _complete(tmp_path, "build")
            rebuilt = tree_digest(tmp_path / "public", PAGEFIND_FILTER_INDEX)
            if rebuilt != sites[state]:
                _renew_reference(content, state, sites, tmp_path_factory)
            assert rebuilt == sites[state], f"the build after kill {kill + 1} differs from a build from scratch"
    print(f"\nP2: {whole} of {KILLS} killed builds left a whole site (o: old kept, A/B: new whole, MIX: "
          f"neither): {' '.join(outcomes)}")
    assert whole == KILLS, outcomes


def _renew_reference(content: Path, state: str, sites: dict, tmp_path_factory) -> bool:
    """Build `state` from scratch (no cache) in a new folder; True if that differs from the reference
    taken at the start, which happens only when the program itself changed while the test ran."""
    scratch = tmp_path_factory.mktemp("scratch")
    shutil.copytree(content, scratch / "content")
    (scratch / "seeds").mkdir()
    _complete(scratch, "build")
    fresh = tree_digest(scratch / "public", PAGEFIND_FILTER_INDEX)
    shutil.rmtree(scratch)
    renewed, sites[state] = fresh != sites[state], fresh
    return renewed


def _which_site(site: Path, previous: dict, sites: dict) -> str:
    """'o' if the site is exactly the one before, 'A' or 'B' if it is that whole site, else 'MIX'."""
    found = tree_digest(site)
    if found == previous:
        return "o"
    without_filters = {name: digest for name, digest in found.items() if not PAGEFIND_FILTER_INDEX.match(name)}
    state = next((name for name, digest in sites.items() if digest == without_filters), None)
    return state if state and pagefind_index_is_whole(site) else "MIX"


def _reference_content(tmp_path_factory, seeds: dict[str, bytes]) -> dict[str, str]:
    workdir = tmp_path_factory.mktemp("ingest-reference")
    lay_out(workdir, seeds)
    _complete(workdir, "ingest")
    return tree_digest(workdir / "content")


def test_a_killed_ingest_leaves_no_empty_or_half_written_content_file(tmp_path, tmp_path_factory):
    seeds = {name: data for name, data in corpus_files().items() if name.startswith("raw/") and "g02" not in name}
    reference = _reference_content(tmp_path_factory, seeds)
    lay_out(tmp_path, seeds)
    seconds = _complete(tmp_path, "ingest")
    rng = random.Random(11)
    for kill in range(max(KILLS // 2, 1)):
        if _visible(tree_digest(tmp_path / "content")) == reference:  # done: start again from nothing
            shutil.rmtree(tmp_path / "content")
        _kill_at_random(_command(tmp_path, "ingest"), seconds * 1.1, rng)
        for name, digest in _visible(tree_digest(tmp_path / "content")).items():
            assert digest == reference.get(name), f"kill {kill + 1}: {name} is not a complete content file"
    _complete(tmp_path, "ingest")  # the next run finishes the job
    assert _visible(tree_digest(tmp_path / "content")) == reference


def _visible(digests: dict) -> dict:
    """Content files as the build and a person see them (not hidden temporary files)."""
    return {name: digest for name, digest in digests.items() if not name.startswith(".")}


def test_a_content_file_edited_by_hand_survives_every_later_ingest(tmp_path):
    lay_out(tmp_path, {"raw/r07_same_title_a.txt": corpus_files()["raw/r07_same_title_a.txt"]})
    first = run_build(tmp_path)
    assert first.returncode == 0, first.stderr
    (path,) = sorted((tmp_path / "content").glob("*.md"))
    text = path.read_text("utf-8")
    edited = text.replace("title: Belarus, China sign cooperation documents",
                          "title: Belarus and China sign education documents (edited)")
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    before = path.read_bytes()

    again = run_build(tmp_path)
    forced = subprocess.run(_command(tmp_path, "ingest") + [str(tmp_path / "seeds" / "r07_same_title_a.txt")],
                            capture_output=True, text=True, timeout=120)
    assert path.read_bytes() == before
    assert "kept" in again.stdout + again.stderr and "edited by hand" in forced.stdout + forced.stderr
    page = (tmp_path / "public" / "articles" / path.stem / "index.html").read_text("utf-8")
    assert "(edited)" in page
    assert frontmatter.parse(path.read_text("utf-8")).fields["title"].endswith("(edited)")


@pytest.mark.parametrize("broken", ["", "---\ntitle: half", "---\ntitle: Belarus"])
def test_a_truncated_content_file_is_an_error_not_an_empty_page(tmp_path, broken):
    content = tmp_path / "content"
    content.mkdir()
    (content / "2023-03-01-good.md").write_text(_article(1), encoding="utf-8")
    (content / "2023-03-02-broken.md").write_text(broken, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    result = subprocess.run(_command(tmp_path, "build", "--strict"), capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "2023-03-02-broken.md" in result.stderr
    assert result.returncode == 1
    assert (tmp_path / "public" / "articles" / "2023-03-01-good" / "index.html").exists()
