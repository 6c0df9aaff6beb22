"""Markdown bodies to sanitized HTML.

A module of its own because the Markdown cache is keyed by this file's hash (and the library
versions): a change to page rendering must not throw away thousands of converted bodies.
"""
from __future__ import annotations

import re
from functools import lru_cache

import markdown
import nh3

from .content import clean_text

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark",
    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}, "abbr": {"title"},
    "ol": {"start"}, "p": {"class"}, "figure": {"class"},
}
URL_SCHEMES = {"http", "https", "mailto"}


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One converter per process, reset between bodies: building one costs as much as a short article."""
    return markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")


@lru_cache(maxsize=65536)
def markdown_to_html(body: str) -> str:
    """Markdown to HTML that cannot run script: raw HTML goes through an allow-list sanitizer."""
    body = _bounded_nesting(clean_text(body))  # no control characters in HTML (nor in the feed that reuses this)
    html = _demote_headings(_converter().reset().convert(body))
    html = nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener noreferrer nofollow", strip_comments=True)
    # clean_text again: a character reference ('&#1;') reaches the HTML as the control character it names
    return clean_text(_mark_captions_and_questions(_unwrap_dead_links(html)))


_LINK = re.compile(r"<a((?: [a-z]+=\"[^\"]*\")*)>(.*?)</a>", re.DOTALL)
_IMAGE = re.compile(r"<img((?: [a-z]+=\"[^\"]*\")*)>")


def _unwrap_dead_links(html: str) -> str:
    """A link or image whose address the sanitizer removed (javascript:, data:, ...) becomes plain text."""
    html = _LINK.sub(lambda m: m.group(0) if " href=" in m.group(1) else m.group(2), html)
    return _IMAGE.sub(lambda m: m.group(0) if " src=" in m.group(1) else "", html)


_CAPTION = re.compile(r"<p><em>Photo:</em>(.*?)</p>", re.DOTALL)
_QUESTION = re.compile(r"<p><strong>Q:</strong>")


def _mark_captions_and_questions(html: str) -> str:
    """Ingest writes captions as `*Photo:* ...` and questions as `**Q:** ...`: show them as such.

    Runs after sanitizing, on markup the sanitizer produced, so it adds no content of its own.
    """
    html = _CAPTION.sub(r'<figure class="caption"><figcaption><em>Photo:</em>\1</figcaption></figure>', html)
    return _QUESTION.sub('<p class="question"><strong>Q:</strong>', html)


# Python-Markdown takes cubic time in the nesting depth (2,000 nested list items: 7 minutes, then
# RecursionError), so indentation and quote markers beyond any real article's are cut.
MAX_INDENT = 64
MAX_QUOTE_DEPTH = 16
_DEEP_INDENT = re.compile(rf"^[ \t]{{{MAX_INDENT + 1},}}", re.MULTILINE)
_DEEP_QUOTE = re.compile(rf"^((?:[ \t]*>){{{MAX_QUOTE_DEPTH}}})(?:[ \t]*>)+", re.MULTILINE)


def _bounded_nesting(body: str) -> str:
    return _bounded_links(_DEEP_QUOTE.sub(r"\1", _DEEP_INDENT.sub(" " * MAX_INDENT, body)))


# Its link parser scans from each '[' to the matching ']' (and from each '](' to the matching ')'),
# so 4,000 unclosed brackets take minutes. A paragraph whose scans would add up to more than any
# real text's has its brackets replaced by look-alikes (escapes and character references are
# themselves slow in bulk): '［' and '］' are never a link.
MAX_LINK_SCAN_PER_PARAGRAPH = 1_000_000
MAX_LINK_SCAN = 8_000_000
LINK_COST = 100  # what parsing one link costs beyond its scan, in the same units
BRACKET_LOOKALIKES = str.maketrans("[]", "\uff3b\uff3d")
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")


def _bounded_links(body: str) -> str:
    parts, budget = _PARAGRAPH_BREAK.split(body), MAX_LINK_SCAN
    for index in range(0, len(parts), 2):
        cost = _link_scan_cost(parts[index])
        if cost > min(MAX_LINK_SCAN_PER_PARAGRAPH, budget):
            parts[index] = parts[index].translate(BRACKET_LOOKALIKES)
        else:
            budget -= cost
    return "".join(parts)


def _link_scan_cost(text: str) -> int:
    """Characters the link parser would scan: from each opening bracket or parenthesis to its match."""
    cost = 0
    for pair in (r"[\[\]]", r"[()]"):
        opened = []
        for match in re.finditer(pair, text):
            if match.group() in "[(":
                opened.append(match.start())
                cost += LINK_COST
            elif opened:
                cost += match.start() - opened.pop()
        cost += sum(len(text) - start for start in opened)
    return cost


def _demote_headings(html: str) -> str:
    """The page has one h1 (the title); body headings start at h2."""
    return html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
