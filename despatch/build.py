"""Build content/ into a static site: read articles, group them, plan pages, render, swap in.

Rebuilds are incremental: content files are re-read only when they change, and a page is
rendered only when its key (a hash of everything it is drawn from) differs from the live file's;
otherwise the live bytes are reused (see cache.py and output.py). Reading and rendering run in
forked processes on all cores; the output is the same as a single-process build's.
"""
from __future__ import annotations

import os
import pickle
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import feeds
from .archive import Archive, article_word_counts, build_archive, load_event_choices
from .cache import (BuildCache, CachedMarkdown, Fingerprinter, code_version, default_cache_dir, digest,
                    template_fingerprints)
from .config import SiteConfig
from .content import read_article
from .model import Article, Message
from .output import SiteWriter
from .parallel import parallel_map
from .related import WordCounts
from .exports import EXPORTS
from .registry import DATA_DIR, Registry
from .search import build_search_index, indexed_region, is_indexed, search_parts
from .render import make_environment, render_page, static_fingerprint
from .site import ARTICLE_TEMPLATE, TERM_FEED_SIZE, Page, feed_terms, feed_url, plan_pages

ROOT = Path(__file__).resolve().parent.parent
SEARCH_PARTS_AT_ONCE = 2  # Pagefind processes at a time: each holds its part's whole index in memory
MARKDOWN_BATCH = 500  # converted bodies stored in the cache at a time
RACY_SECONDS = 2  # a file changed this recently may change again within the same mtime tick


@dataclass
class BuildReport:
    articles: int = 0
    pages: int = 0
    rendered: int = 0
    messages: list[Message] = field(default_factory=list)


def proposed_title_notes(articles, content_dir: Path) -> list[Message]:
    """Titles the archive proposed for texts without a headline stay in the report until confirmed."""
    return [Message(str(content_dir / f"{a.stem}.md"), "title proposed by the archive (the text has no headline): "
                    "confirm or correct 'title:' and remove 'title_proposed'", level="info")
            for a in articles if a.title_proposed]


def build_site(content_dir: Path, output_dir: Path, registry: Registry, config: SiteConfig,
               templates: Path = ROOT / "templates", static: Path = ROOT / "static",
               jobs: int | None = None, cache_dir: Path | None = None,
               event_choices: Path = DATA_DIR / "events.yaml",
               on_article_pages: Callable[[ArticlePages], None] | None = None) -> BuildReport:
    """Build the site; `on_article_pages` is handed the article pages as planned (see ArticlePages)."""
    report = BuildReport()
    choices, messages = load_event_choices(event_choices)
    report.messages += messages
    cache = BuildCache(cache_dir or default_cache_dir(content_dir))
    fingerprint = Fingerprinter()
    try:
        writer = SiteWriter(output_dir, cache)  # opened first: it readies the staging folder meanwhile
        try:
            articles, counts = read_content(content_dir, report, cache, fingerprint, jobs)
            archive = cached_archive(articles, counts, registry, choices, cache, fingerprint, jobs)
            report.articles = len(archive.articles)
            report.messages += proposed_title_notes(archive.articles, content_dir)
            report.pages, report.rendered = write_site(writer, archive, config, registry, templates, static,
                                                       cache, fingerprint, jobs, on_article_pages)
            report.messages += write_search_index(writer, config, cache, jobs)
            writer.commit()
        except BaseException:
            writer.abandon()
            raise
    finally:
        cache.close()
    return report


@dataclass(frozen=True)
class ArticlePages:
    """The article pages of a build, by content file stem, and the static files' hash they link with.

    The preview server keeps them so that an edited article can be shown at once, rendered with
    the neighbours, event and similar articles of the last build, while the full rebuild runs."""

    by_stem: dict[str, Page]
    static_hash: str


# ---------------------------------------------------------------- reading, through the cache


def content_files(content_dir: Path) -> list[Path]:
    if not content_dir.is_dir():
        return []
    # Sorted as text: the same order as paths (one folder), without pathlib's slow comparisons.
    return sorted((p for p in content_dir.glob("*.md") if not p.name.startswith(".")), key=os.fspath)


def read_content(content_dir: Path, report: BuildReport, cache: BuildCache, fingerprint: Fingerprinter,
                 jobs: int | None = None) -> tuple[list[Article], StoredCounts]:
    """Every article and its word counts, re-reading only the files that changed since the cache saw them."""
    known = cache.articles()
    entries, changed = _entries_from_cache(content_files(content_dir), known)
    fresh = dict(zip([p for p, _ in changed], parallel_map(_read_entry, [p for p, _ in changed], jobs)))
    entries.update(fresh)
    settled = time.time_ns() - RACY_SECONDS * 10**9
    cache.store_articles({str(p): (s.st_mtime_ns, s.st_size, fresh[p][:3], fresh[p][3])
                          for p, s in changed if s.st_mtime_ns < settled},
                         gone=sorted(set(known) - {str(p) for p in entries}))
    articles, counts = [], StoredCounts()
    for path in sorted(entries, key=os.fspath):
        article, messages, article_fingerprint, article_counts = entries[path]
        report.messages += messages
        if article is not None:
            fingerprint.remember(article, article_fingerprint)
            articles.append(article)
            counts.stored[article.stem] = article_counts
    return articles, counts


class StoredCounts(Mapping):
    """Word counts by article stem; those from the cache stay pickled until asked for, which only a
    rebuild of the archive does (unpickling them all would cost a template change ~0.3 s at 10,000)."""

    def __init__(self) -> None:
        self.stored: dict[str, WordCounts | bytes | None] = {}

    def __getitem__(self, stem: str) -> WordCounts | None:
        value = self.stored[stem]
        return pickle.loads(value) if isinstance(value, bytes) else value

    def __iter__(self):
        return iter(self.stored)

    def __len__(self) -> int:
        return len(self.stored)


def _entries_from_cache(paths: list[Path], known: dict) -> tuple[dict, list]:
    """({path: cached entry, its word counts still pickled} for unchanged files, [(path, stat)] of the files to read again)."""
    entries, changed = {}, []
    for path in paths:
        stat = os.stat(path)
        hit = known.get(str(path))
        if hit and hit[:2] == (stat.st_mtime_ns, stat.st_size):
            entries[path] = (*pickle.loads(hit[2]), hit[3])
        else:
            changed.append((path, stat))
    return entries, changed


def _read_entry(path: Path) -> tuple[Article | None, list[Message], str, WordCounts | None]:
    """What the cache keeps of a content file: the article, its messages, fingerprint and word counts."""
    article, messages = read_article(path)
    return article, messages, Fingerprinter()(article), article_word_counts(article) if article else None


def cached_archive(articles: list[Article], counts: Mapping[str, WordCounts | None], registry: Registry,
                   choices: tuple, cache: BuildCache, fingerprint: Fingerprinter, jobs: int | None = None) -> Archive:
    """The archive of these articles; taken from the cache when nothing it is drawn from changed.

    Grouping events and finding similar articles costs seconds at tens of thousands of articles;
    a rebuild after a template, stylesheet or settings change needs neither again."""
    key = fingerprint(("archive", code_version(), registry, choices, tuple(sorted(articles, key=lambda a: a.stem))))
    by_stem = {article.stem: article for article in articles}
    archive = cache.archive(key, by_stem)
    if archive is None:
        archive = build_archive(articles, registry, choices, counts, jobs)
        cache.store_archive(key, archive, Article)
    # The archive follows from these inputs alone, so their key stands for it: hashing the archive
    # itself (every event and index term) would cost most of a second at 10,000 articles.
    fingerprint.remember(archive, key)
    return archive


# ---------------------------------------------------------------- writing


def write_site(writer: SiteWriter, archive: Archive, config: SiteConfig, registry: Registry, templates: Path,
               static: Path, cache: BuildCache, fingerprint: Fingerprinter, jobs: int | None = None,
               on_article_pages: Callable[[ArticlePages], None] | None = None) -> tuple[int, int]:
    """Stage every file of the site; returns (pages, pages rendered this time)."""
    env = make_environment(templates, config, registry)
    env.filters["markdown"] = CachedMarkdown(cache)
    static_hash = static_fingerprint(static)
    site_key = fingerprint((code_version(), config, registry, static_hash))
    pages = plan_pages(archive, config.search_part_size)
    plan_key = fingerprint(("pages", code_version(), archive, config.search_part_size))
    if on_article_pages:
        on_article_pages(ArticlePages({page.context["article"].stem: page for page in pages
                                       if page.template == ARTICLE_TEMPLATE}, static_hash))
    keys = page_keys(pages, site_key, template_fingerprints(env), fingerprint,
                     planned_fingerprints(pages, plan_key, cache, fingerprint))
    job = RenderJob(writer, env, pages, static_hash, config)
    rendered = write_pages(writer, job, keys, cache, jobs)
    writer.copy_tree(static, "static")
    write_derived(writer, "feed.xml", fingerprint((site_key, "feed", archive.articles)),
                  lambda: feeds.atom_feed(config, archive.articles, "feed.xml", config.title, env.filters["markdown"]))
    site_urls = [p.url for p in pages if p.url != "404.html"]
    write_derived(writer, "sitemap.xml", fingerprint((site_key, "sitemap", site_urls)),
                  lambda: feeds.sitemap(config, site_urls))
    write_term_feeds(writer, archive, config, site_key, fingerprint, env.filters["markdown"])
    exports_key = fingerprint((site_key, "exports", archive))
    for path, make in EXPORTS.items():
        write_derived(writer, path, exports_key, lambda make=make: make(archive, config))
    return len(pages), rendered


def write_term_feeds(writer: SiteWriter, archive: Archive, config: SiteConfig, site_key: str,
                     fingerprint: Fingerprinter, to_html: Callable[[str], str]) -> None:
    """An Atom feed for each topic, person and entity, beside its page."""
    for term in feed_terms(archive):
        newest = term.articles[:TERM_FEED_SIZE]
        write_derived(writer, feed_url(term), fingerprint((site_key, "term-feed", term.name, newest)),
                      lambda: feeds.atom_feed(config, newest, feed_url(term), f"{term.name} · {config.title}", to_html))


def region_hash(page: bytes) -> str:
    return digest(indexed_region(page))


def region_hashes(writer: SiteWriter, pages: list[str], cache: BuildCache) -> dict[str, str]:
    """{article page: hash of what Pagefind reads of it}, from the renderers or the cache; a page
    neither knows (a cache from an older build) is read from the staging folder."""
    known = cache.regions()
    page_hashes = {page: writer.manifest[page][1] for page in pages}
    found: dict[str, str] = {}
    for page, page_hash in page_hashes.items():
        if page_hash not in known and page_hash not in found:
            found[page_hash] = region_hash(writer.path_for(page).read_bytes())
    current = set(page_hashes.values())
    cache.add_regions(found, forget=[h for h in known if h not in current])
    return {page: known.get(page_hash) or found[page_hash] for page, page_hash in page_hashes.items()}


def write_search_index(writer: SiteWriter, config: SiteConfig, cache: BuildCache, jobs: int | None = None) -> list[Message]:
    """Pagefind reads the article pages once they are all staged, so this runs after them.

    Each part of the index is built again only when one of its article pages changed. Parts are
    indexed on all cores, but at most SEARCH_PARTS_AT_ONCE at a time: each holds its whole index
    in memory while it is built."""
    pages = sorted(p for p in writer.written if is_indexed(p))
    regions = region_hashes(writer, pages, cache)
    todo = []
    for bundle, part in search_parts(pages, config.search_part_size):
        key = digest(repr([(page, regions[page]) for page in part]).encode())
        if not writer.keep_folder(f"{bundle}/", key):  # kept: no article page of this part changed
            todo.append((bundle, part, key))
    workers = max(1, min(len(todo), SEARCH_PARTS_AT_ONCE, jobs or os.cpu_count() or 1))
    with ThreadPoolExecutor(workers) as pool:  # threads: the work is in the Pagefind processes
        built = list(pool.map(lambda item: build_search_index(writer.staging, item[1], item[0]), todo))
    messages: list[Message] = []
    for (_, _, key), (files, problems) in zip(todo, built):
        messages += problems
        for path, data in files.items():
            writer.write(path, data, key)
    return messages


def page_keys(pages: list[Page], site_key: str, templates: dict[str, str], fingerprint: Fingerprinter,
              page_fingerprints: list[str]) -> list[str]:
    """A page's key: the site-wide inputs, its templates, and the page with all it lists
    (the same as fingerprinting the triple with the page itself)."""
    return [fingerprint((site_key, templates.get(page.template, ""), own))
            for page, own in zip(pages, page_fingerprints)]


def planned_fingerprints(pages: list[Page], plan_key: str, cache: BuildCache, fingerprint: Fingerprinter) -> list[str]:
    """Each page's fingerprint; from the cache when the pages were planned from the same archive.

    Hashing every page with all it lists takes seconds at tens of thousands of articles; a
    template, stylesheet or settings change plans the very same pages again."""
    known = cache.page_fingerprints(plan_key)
    if known is not None and len(known) == len(pages):
        return known
    fresh = [fingerprint(page) for page in pages]
    cache.store_page_fingerprints(plan_key, fresh)
    return fresh


def write_derived(writer: SiteWriter, path: str, key: str, produce: Callable[[], bytes | str]) -> None:
    """A file made from the archive (feed, sitemap, export): made again only when its inputs change."""
    if not writer.keep(path, key):
        writer.write(path, produce(), key)


@dataclass(frozen=True)
class RenderJob:
    """What a rendering process needs; it is inherited by fork, never pickled."""

    writer: SiteWriter
    env: object
    pages: list[Page]
    static_hash: str
    config: SiteConfig

    def render(self, index: int) -> tuple[int, str, dict[str, str], str | None]:
        """Render and stage one page: (its index, its content hash, Markdown newly converted, and
        for an article page the hash of what the search index reads of it)."""
        page = self.pages[index]
        html = render_page(self.env, page, self.static_hash, self.config).encode("utf-8")
        content_hash = self.writer.stage(page.path, html)
        region = region_hash(html) if is_indexed(page.path) else None
        return index, content_hash, self.env.filters["markdown"].take_fresh(), region


def write_pages(writer: SiteWriter, job: RenderJob, keys: list[str], cache: BuildCache, jobs: int | None) -> int:
    """Keep each page whose key matches the live one; render the others, on all cores.

    Markdown the renderers converted goes into the cache as their results arrive, so the build
    never holds the HTML of every body at once. Returns how many pages were rendered."""
    todo = [i for i, page in enumerate(job.pages) if not writer.keep(page.path, keys[i])]
    converted: dict[str, str] = {}
    regions: dict[str, str] = {}
    for index, content_hash, markdown, region in parallel_map(job.render, todo, jobs, meanwhile=writer.link_kept_in_background):
        writer.record(job.pages[index].path, keys[index], content_hash)
        converted.update(markdown)
        if region:
            regions[content_hash] = region
        if len(converted) >= MARKDOWN_BATCH:
            cache.store_markdown(converted)
            converted = {}
    cache.store_markdown(converted)
    cache.add_regions(regions)
    return len(todo)
