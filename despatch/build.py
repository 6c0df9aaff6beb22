"""Build content/ into a static site: read articles, group them, plan pages, render, swap in."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import feeds
from .archive import Archive, build_archive
from .config import SiteConfig
from .content import read_article
from .model import Article, Message
from .registry import Registry
from .render import make_environment, render_page, static_fingerprint
from .site import plan_pages
from .output import SiteWriter

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class BuildReport:
    articles: int = 0
    pages: int = 0
    messages: list[Message] = field(default_factory=list)


def content_files(content_dir: Path) -> list[Path]:
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.glob("*.md") if not p.name.startswith("."))


def read_content(content_dir: Path, report: BuildReport) -> list[Article]:
    articles = []
    for path in content_files(content_dir):
        article, messages = read_article(path)
        report.messages += messages
        if article is not None:
            articles.append(article)
    return articles


def build_site(content_dir: Path, output_dir: Path, registry: Registry, config: SiteConfig,
               templates: Path = ROOT / "templates", static: Path = ROOT / "static") -> BuildReport:
    report = BuildReport()
    articles = read_content(content_dir, report)
    archive = build_archive(articles, registry)
    report.articles = len(archive.articles)
    writer = SiteWriter(output_dir)
    try:
        report.pages = write_site(writer, archive, config, registry, templates, static)
        writer.commit()
    except BaseException:
        writer.abandon()
        raise
    return report


def write_site(writer: SiteWriter, archive: Archive, config: SiteConfig, registry: Registry,
               templates: Path, static: Path) -> int:
    env = make_environment(templates, config, registry)
    fingerprint = static_fingerprint(static)
    pages = plan_pages(archive)
    for page in pages:
        writer.write(page.path, render_page(env, page, fingerprint, config))
    writer.copy_tree(static, "static")
    writer.write("feed.xml", feeds.atom_feed(config, archive.articles, "feed.xml", config.title))
    writer.write("sitemap.xml", feeds.sitemap(config, [p.url for p in pages if p.url != "404.html"]))
    return len(pages)
