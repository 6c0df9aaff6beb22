"""Full-text search on any static host: a Pagefind index of the article pages, built by the pagefind binary.

A large archive is indexed in parts of at most `SiteConfig.search_part_size` articles, each its
own Pagefind bundle, which the search page merges in the browser (Pagefind's `mergeIndex`).
Pagefind holds a whole index in memory while it builds it (about 230 KB per article page), so
parts keep the build's memory bounded; and an added or edited article re-indexes only its part.
An article's part follows from a hash of its page's path, and the number of parts is a power of
two, so an article stays in its part as the archive grows until the count doubles (then every
part splits in two): an archive of 10,000 articles in parts of at most 1,500 has eight.
"""
from __future__ import annotations

import functools
import hashlib
import math
import os
import re
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


def search_parts(pages: list[str], part_size: int) -> list[tuple[str, list[str]]]:
    """(site folder, article pages) of each part of the index: 'pagefind', 'pagefind-2', ...

    A stable hash of a page's path picks its part among a power of two of them (parts hold
    between half and all of `part_size` pages on average); a part that no page falls into is left out, and
    the first part is the one the search page loads first (it also serves Pagefind's scripts)."""
    needed = max(1, math.ceil(len(pages) / max(1, part_size)))
    count = 1 << (needed - 1).bit_length()  # a power of two: when it doubles, each part splits in two
    split: list[list[str]] = [[] for _ in range(count)]
    for page in sorted(pages):
        split[int.from_bytes(hashlib.blake2b(page.encode(), digest_size=8).digest(), "big") % count].append(page)
    filled = [(number, part) for number, part in enumerate(split, start=1) if part] or [(1, [])]
    return [(BUNDLE if index == 0 else f"{BUNDLE}-{number}", part) for index, (number, part) in enumerate(filled)]


def is_indexed(path: str) -> bool:
    """Pages the search index reads: the article pages."""
    return path.startswith("articles/") and path.endswith(".html")


def indexed_region(page: bytes) -> bytes:
    """What Pagefind reads of an article page: the `data-pagefind-body` element and the page's language.

    Lists around it (similar coverage, previous and next) change as other articles come and go;
    they do not change the index, so they must not make a part of it be built again."""
    start = page.find(b"data-pagefind-body")
    end = page.find(b"</article>", start)
    if start < 0 or end < 0:
        return page
    html_tag = page[page.find(b"<html"):page.find(b">", page.find(b"<html")) + 1]
    return html_tag + _without_ignored_text(page[start:end])


IGNORED_ELEMENT = re.compile(rb"<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>")


def _without_ignored_text(region: bytes) -> bytes:
    """The region less the elements Pagefind skips whole: marked `data-pagefind-ignore` and holding
    no filter, meta, sort or anchor of their own (Pagefind still reads those inside ignored text).

    Facts beside the body (e.g. the event an article is grouped in) change as other articles
    come and go; they must not make a part of the index be built again."""
    kept, position = [], 0
    for opening in IGNORED_ELEMENT.finditer(region):
        if opening.start() < position:
            continue  # inside an element already cut
        end = _element_end(region, opening.group(1), opening.end())
        inner = region[opening.end():end]
        if end < 0 or b"data-pagefind-" in inner or b" id=" in inner:
            continue
        kept.append(region[position:opening.start()])
        position = end
    return b"".join(kept) + region[position:]


@functools.lru_cache(maxsize=32)
def _tag_pattern(tag: bytes) -> re.Pattern:
    """Opening and closing tags of one element name (a page has a handful of ignored kinds)."""
    return re.compile(rb"<(/?)" + tag + rb"\b[^>]*>")


def _element_end(html: bytes, tag: bytes, start: int) -> int:
    """Where the element whose content begins at `start` closes (after its end tag), or -1."""
    depth = 1
    for match in _tag_pattern(tag).finditer(html, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return -1


def build_search_index(site_dir: Path, pages: list[str], bundle_folder: str = BUNDLE) -> tuple[dict[str, bytes], list[Message]]:
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
        files = {f"{bundle_folder}/{path.relative_to(root).as_posix()}": path.read_bytes()
                 for path in sorted(root.rglob("*")) if path.is_file()}
    return canonical_bundle(files, bundle_folder), []


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed: a copy will do
        shutil.copyfile(source, target)
