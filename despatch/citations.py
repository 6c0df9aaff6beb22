"""How to cite an article or an event of the archive: Chicago, APA, BibTeX and CSL-JSON, as plain text."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from slugify import slugify

from .model import Article

# Characters that BibTeX or LaTeX read as commands; braces would unbalance the entry, so they become parentheses.
BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": "(", "}": ")", "&": r"\&", "%": r"\%", "$": r"\$",
                  "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_BIBTEX_SPECIAL = re.compile("|".join(re.escape(c) for c in BIBTEX_ESCAPES))


@dataclass(frozen=True)
class Citable:
    """What every citation style needs to know about one work."""

    key: str  # BibTeX key and CSL id
    title: str
    permalink: str  # the archive's address for it
    date: dt.date | None = None
    author: str | None = None
    container: str | None = None  # the outlet, or the archive for an event page
    publisher: str | None = None
    original_url: str | None = None
    language: str = "en"
    kind: str = "article-newspaper"  # CSL type


@dataclass(frozen=True)
class Citation:
    chicago: str
    apa: str
    bibtex: str


def citable_article(article: Article, permalink: str) -> Citable:
    return Citable(key=citation_key(article.stem), title=article.title, permalink=permalink, date=article.date,
                   author=article.author, container=article.source, publisher=article.publisher,
                   original_url=article.url, language=article.language)


def citable_event(event, permalink: str, archive_title: str) -> Citable:
    return Citable(key=citation_key(f"event-{event.id}"), title=event.title, permalink=permalink, date=event.date,
                   container=archive_title, kind="webpage")


def citation_filters(config) -> dict:
    """Jinja filters: `article | cite_article` and `event | cite_event` give a Citation with the permalink."""
    from .site import article_url, event_url

    return {
        "cite_article": lambda article: cite(citable_article(article, config.absolute(article_url(article)))),
        "cite_event": lambda event: cite(citable_event(event, config.absolute(event_url(event)), config.title)),
    }


def citation_key(text: str) -> str:
    return slugify(text, max_length=60, word_boundary=True, separator="_") or "item"


def cite(work: Citable) -> Citation:
    return Citation(chicago=chicago(work), apa=apa(work), bibtex=bibtex(work))


def _tidy(text: str) -> str:
    """One line, with no stop doubled where the title already ends with one."""
    return re.sub(r"([.?!…])\.", r"\1", " ".join(text.split()))


def _links(work: Citable) -> str:
    if work.original_url and work.original_url != work.permalink:
        return f"{work.original_url}. Archived at {work.permalink}."
    return f"{work.permalink}."


def chicago(work: Citable) -> str:
    """Chicago, notes-bibliography, news or web article: Author. "Title." Outlet, March 1, 2023. URL."""
    parts = [f"{work.author}." if work.author else "", f"“{work.title}.”"]
    where = ", ".join(p for p in (work.container or work.publisher, _chicago_date(work.date)) if p)
    parts.append(f"{where}." if where else "")
    parts.append(_links(work))
    return _tidy(" ".join(p for p in parts if p))


def apa(work: Citable) -> str:
    """APA 7: Author. (2023, March 1). Title. Outlet. URL — with no author, the title leads."""
    when = f"({_apa_date(work.date)})."
    head = [f"{work.author}.", when, f"{work.title}."] if work.author else [f"{work.title}.", when]
    outlet = work.container or work.publisher
    parts = head + ([f"{outlet}."] if outlet else []) + [_links(work)]
    return _tidy(" ".join(parts))


def _chicago_date(date: dt.date | None) -> str:
    return f"{calendar.month_name[date.month]} {date.day}, {date.year}" if date else "n.d."


def _apa_date(date: dt.date | None) -> str:
    return f"{date.year}, {calendar.month_name[date.month]} {date.day}" if date else "n.d."


def bibtex(work: Citable) -> str:
    """A @misc entry (read by BibTeX and biblatex alike); the title is braced to keep its capitals."""
    fields = [("title", "{" + bibtex_text(work.title) + "}")]
    if work.author:
        fields.append(("author", "{" + bibtex_text(work.author) + "}"))  # braced: names stay as printed
    if work.container or work.publisher:
        fields.append(("howpublished", bibtex_text(work.container or work.publisher or "")))
    if work.publisher and work.container:
        fields.append(("publisher", bibtex_text(work.publisher)))
    if work.date:
        fields += [("year", str(work.date.year)), ("month", str(work.date.month)), ("date", work.date.isoformat())]
    fields.append(("url", bibtex_url(work.original_url or work.permalink)))
    if work.original_url and work.original_url != work.permalink:
        fields.append(("note", "Archived at \\url{" + bibtex_url(work.permalink) + "}"))
    fields.append(("langid", bibtex_text(work.language)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{work.key},\n{body}\n}}"


def bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: BIBTEX_ESCAPES[m.group()], " ".join(text.split()))


def bibtex_url(url: str) -> str:
    """URLs are taken verbatim by \\url, but a brace or percent sign would still end the field early."""
    return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")


def csl_item(work: Citable) -> dict:
    """One CSL-JSON item (Zotero, Pandoc citeproc): id, type and title, plus what is known."""
    item: dict = {"id": work.key, "type": work.kind, "title": work.title}
    if work.author:
        item["author"] = [{"literal": work.author}]  # never guess which part of a name is the family name
    if work.date:
        item["issued"] = {"date-parts": [[work.date.year, work.date.month, work.date.day]]}
    if work.container:
        item["container-title"] = work.container
    if work.publisher or work.container:
        item["publisher"] = work.publisher or work.container
    item["URL"] = work.original_url or work.permalink
    if work.original_url and work.original_url != work.permalink:
        item["archive_location"] = work.permalink
    item["language"] = work.language
    return item
