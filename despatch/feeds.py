"""Atom feeds and the sitemap, written with an XML library so every value is escaped for XML."""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable
from xml.etree import ElementTree as ET

from .config import SiteConfig
from .model import Article
from .bodies import markdown_to_html
from .site import article_url

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
FEED_SIZE = 50
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def atom_timestamp(article: Article) -> str:
    date = article.date or dt.date(1970, 1, 1)
    time = (article.time or "00:00") + (":00" if (article.time or "00:00").count(":") == 1 else "")
    return f"{date.isoformat()}T{time}{article.utc_offset or 'Z'}"


def atom_feed(config: SiteConfig, articles, feed_url: str, title: str,
              to_html: Callable[[str], str] = markdown_to_html) -> bytes:
    """The newest articles of `articles` as an Atom feed at site URL `feed_url`.

    `to_html` converts a body: the build passes its cached converter, so bodies the pages already
    converted (in other processes) are not converted again."""
    newest = sorted(articles, key=lambda a: a.sort_key, reverse=True)[:FEED_SIZE]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "id", config.absolute(feed_url))
    _sub(feed, "updated", atom_timestamp(newest[0]) if newest else "1970-01-01T00:00:00Z")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=config.absolute(feed_url))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=config.base_url)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", config.publisher or config.title)
    for article in newest:
        feed.append(_entry(config, article, to_html))
    return _serialize(feed)


def _entry(config: SiteConfig, article: Article, to_html: Callable[[str], str]) -> ET.Element:
    entry = ET.Element(f"{{{ATOM}}}entry")
    link = config.absolute(article_url(article))
    _sub(entry, "title", article.title)
    _sub(entry, "id", link)
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=link)
    _sub(entry, "updated", atom_timestamp(article))
    _sub(entry, "published", atom_timestamp(article))
    if article.author or article.source:
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _sub(author, "name", article.author or article.source)
    for topic in article.topics:
        ET.SubElement(entry, f"{{{ATOM}}}category", term=xml_text(topic))
    if article.summary:
        _sub(entry, "summary", article.summary)
    content = _sub(entry, "content", str(to_html(article.body)))
    content.set("type", "html")
    return entry


def sitemap(config: SiteConfig, site_urls) -> bytes:
    ET.register_namespace("", SITEMAP)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for url in sorted(site_urls):
        entry = ET.SubElement(root, f"{{{SITEMAP}}}url")
        ET.SubElement(entry, f"{{{SITEMAP}}}loc").text = xml_text(config.absolute(url))
    return _serialize(root)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = xml_text(text)
    return element


def _serialize(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
