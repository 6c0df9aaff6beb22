"""Turn planned pages into HTML with Jinja (Markdown bodies: `bodies.py`)."""
from __future__ import annotations

import datetime as dt
import hashlib
import posixpath
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import site as urls
from .archive import name_slug
from .bodies import markdown_to_html
from .charts import partial_date
from .citations import citation_filters
from .config import SiteConfig
from .registry import Registry
from .site import Page


def _root_from(page_url: str) -> str:
    """The relative path from the page at `page_url` to the site's root ('../../' or ''): links
    are relative, so the site works under any path."""
    page_dir = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    if page_dir == "/":
        page_dir = ""
    return "../" * page_dir.count("/")


def make_environment(templates: Path, config: SiteConfig, registry: Registry | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # one environment per build: no template changes while it renders, so no stat per include
    )
    env.filters.update(
        markdown=lambda text: Markup(markdown_to_html(text)),
        long_date=long_date,
        iso=lambda d: d.isoformat() if d else "",
        article_url=urls.article_url,
        event_url=urls.event_url,
        term_url=urls.term_url,
        slug=name_slug,  # the archive's own slugs, so a link always finds its page
        topic_name=lambda slug: _topic_name(registry, slug),
        partial_date=partial_date,
        feed_url=urls.feed_url,
        **citation_filters(config),
    )
    env.globals.update(site=config, term_url_by_name=urls.term_url_by_name)
    return env


def _topic_name(registry: Registry | None, slug: str) -> str:
    topic = registry.topic(slug) if registry else None
    return topic.name if topic else slug.replace("-", " ").capitalize()


@lru_cache(maxsize=65536)  # an archive has a few thousand days, printed on many pages each
def long_date(value: dt.date | None) -> str:
    if value is None:
        return "Undated"
    return f"{value.day} {value.strftime('%B')} {value.year}"


def render_page(env: Environment, page: Page, static_hash: str, config: SiteConfig) -> str:
    if page.url == "404.html":
        # Served for any missing path, so its links cannot be relative.
        link = lambda target: config.base_path + target  # noqa: E731
    else:
        root = _root_from(page.url)  # once per page: a page links to dozens of others
        link = lambda target: (root + target) or "./"  # noqa: E731
    template = env.get_template(page.template)
    return template.render(
        page=page,
        url=link,
        static=lambda name: link(f"static/{name}") + f"?v={static_hash}",
        canonical=config.absolute(page.url),
        **page.context,
    )


def static_fingerprint(static_dir: Path) -> str:
    """A short hash of the static files, so browsers fetch a changed stylesheet."""
    digest = hashlib.sha256()
    for path in sorted(p for p in static_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(static_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
