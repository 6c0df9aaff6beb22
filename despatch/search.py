"""Full-text search on any static host: a Pagefind index of the article pages, built by the pagefind binary."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .model import Article, Message
from .pagefind_order import canonical_bundle

BUNDLE = "pagefind"  # site folder of the index and of Pagefind's own search box (JS and CSS)
INDEXED_PAGES = "articles/**/*.html"  # article pages carry data-pagefind-body; nothing else is indexed
INDEX_TIMEOUT_SECONDS = 900
MARKUP_LOOKALIKES = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06"})  # ‹ › ＆
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese", "be": "Belarusian"}


def search_filters(article: Article, topic_names: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """(filter, value) pairs that Pagefind offers as checkboxes beside the results."""
    pairs = [("topic", topic_names.get(t, t)) for t in article.topics]
    if article.source:
        pairs.append(("source", article.source))
    if article.year:
        pairs.append(("year", str(article.year)))
    pairs.append(("language", LANGUAGE_NAMES.get(article.language, article.language)))
    # Pagefind's search box (1.5) decodes filter values and puts them into the page as HTML, unlike
    # titles and excerpts; escaping does not survive that, so markup characters become look-alikes.
    return tuple((name, value.translate(MARKUP_LOOKALIKES)) for name, value in pairs)


def build_search_index(site_dir: Path, pages: list[str]) -> tuple[dict[str, bytes], list[Message]]:
    """Index the staged article `pages`; returns the bundle's files (site path -> bytes) to write beside them.

    The pages are hard-linked into a scratch folder (the staging folder may still hold pages of
    deleted articles), Pagefind indexes it into another, and the files come back as data so the
    writer records them like any other. Without the binary the site still builds: the search
    page then falls back to its list of links.
    """
    with tempfile.TemporaryDirectory(prefix="despatch-pagefind-") as scratch:
        site, bundle = Path(scratch) / "site", Path(scratch) / "bundle"
        for page in pages:
            _link(site_dir / page, site / page)
        command = [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", INDEXED_PAGES,
                   "--output-path", str(bundle), "--force-language", "en", "--silent"]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=INDEX_TIMEOUT_SECONDS)
        except (OSError, subprocess.TimeoutExpired) as error:
            return {}, [Message("search", f"the search index was not built ({error}); search shows links only")]
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            return {}, [Message("search", f"pagefind failed ({detail[0][:200]}); search shows links only")]
        root = Path(bundle)
        files = {f"{BUNDLE}/{path.relative_to(root).as_posix()}": path.read_bytes()
                 for path in sorted(root.rglob("*")) if path.is_file()}
    return canonical_bundle(files, BUNDLE), []


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed: a copy will do
        shutil.copyfile(source, target)
