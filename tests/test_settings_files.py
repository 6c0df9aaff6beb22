"""Ingest's pattern files (data/ingest/*.yaml) that cannot be used are refused with the file and
what is wrong in it, never with a traceback, like the registries."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from despatch.config import SettingsError
from despatch.ingest.settings import INGEST_DATA, load_patterns

ROOT = Path(__file__).resolve().parent.parent


def settings_folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "ingest"
    shutil.copytree(INGEST_DATA, folder)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def with_line_added(name: str, key: str, line: str) -> str:
    """The shipped file with `line` added as the first item under `key:`."""
    text = (INGEST_DATA / name).read_text(encoding="utf-8")
    assert f"\n{key}:\n" in text
    return text.replace(f"\n{key}:\n", f"\n{key}:\n{line}\n", 1)


@pytest.mark.parametrize("name, text, problem", [
    ("chrome.yaml", with_line_added("chrome.yaml", "patterns", "  - '^(Share'"),
     r"chrome\.yaml: the pattern '\^\(Share' is not a valid regular expression \(missing \), unterminated subpattern"),
    ("credits.yaml", with_line_added("credits.yaml", "bylines", "  - '[By'"),
     r"credits\.yaml: the pattern '\[By' is not a valid regular expression"),
    ("dates.yaml", "weekdays: {1: [monday]}\n", r"dates\.yaml: 'months' is missing"),
    ("dates.yaml", "months: {January: [january]}\nweekdays: {}\n", r"dates\.yaml: an entry has the wrong shape"),
    ("sites.yaml", "source: BelTA\n", r"sites\.yaml: expected a list of entries"),
    ("cities.yaml", "Minsk: [Минск\n", r"cities\.yaml: not valid YAML at line \d"),
    ("countries.yaml", "- Belarus\n", r"countries\.yaml: expected 'name: entries' lines"),
    ("datelines.yaml", "- forms\n", r"datelines\.yaml: expected 'name: entries' lines"),
    ("chrome.yaml", (INGEST_DATA / "chrome.yaml").read_text(encoding="utf-8") + "\npatern: ['^Share$']\n",
     r"chrome\.yaml: 'patern' is not a name this file uses \(it uses: .*patterns.*\); is it misspelt\?"),
    ("dates.yaml", (INGEST_DATA / "dates.yaml").read_text(encoding="utf-8") + "\nweekday_names: {0: [mon]}\n",
     r"dates\.yaml: 'weekday_names' is not a name this file uses"),
])
def test_a_settings_file_that_cannot_be_used_is_refused_with_the_file_and_the_problem(tmp_path, name, text, problem):
    with pytest.raises(SettingsError, match=problem):
        load_patterns(settings_folder(tmp_path, name, text))


def test_the_shipped_settings_load():
    patterns = load_patterns()
    assert patterns.months and patterns.cities and patterns.bylines


def test_the_command_line_reports_a_broken_settings_file_without_a_traceback_and_writes_nothing(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", ".git", "public", ".cache", "bench", "tests"))
    chrome = project / "data" / "ingest" / "chrome.yaml"
    chrome.write_text(with_line_added("chrome.yaml", "patterns", "  - '^(Share'"), encoding="utf-8")
    (project / "seeds" / "new-article.txt").write_text(  # a seed to read: unchanged ones are not re-read
        "Minsk and Beijing sign a trade plan\n\nMINSK, 2 March (BelTA) - The two sides signed a plan.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "build_site.py", "ingest"], cwd=project,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "chrome.yaml: the pattern '^(Share' is not a valid regular expression" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any("sign-a-trade-plan" in path.name for path in (project / "content").iterdir())
