"""The peers' projects for the benchmark: a Hugo site and a Pelican site over the same articles.

Both have minimal themes (ours draws much more per page: events, entity pages, charts, citations,
exports, a search index). Equivalent work: the same Markdown articles, one page each, taxonomy
pages for topics, sources, people and places (paginated at 100), year archives, a home page and
feeds. Hugo has no persistent incremental mode (`hugo server` keeps its state in memory only),
so each Hugo build is a full build; Pelican keeps its reader cache between runs.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
VENV = BENCH / ".venv"

HUGO_CONFIG = """\
baseURL = "http://localhost:1313/"
title = "Benchmark archive"
[taxonomies]
  topic = "topics"
  source = "sources"
  person = "people"
  entity = "entities"
  year = "years"
[pagination]
  pagerSize = 100
[permalinks]
  [permalinks.page]
    articles = "/articles/:contentbasename/"
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav><a href="{{ "topics/" | relURL }}">Topics</a> <a href="{{ "people/" | relURL }}">People</a> <a href="{{ "sources/" | relURL }}">Sources</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>
""",
    "page.html": """{{ define "main" }}<article><p><time>{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "sources" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
<h1>{{ .Title }}</h1>
<ul>{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<ul>{{ range .GetTerms "people" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}</article>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} articles</p>
<ol>{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}<li><time>{{ .Date.Format "2 January 2006" }}</time>
<a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Summary }}</p></li>{{ end }}</ol>
<nav>{{ range .Paginator.Pagers }}<a href="{{ .URL }}">{{ .PageNumber }}</a> {{ end }}</nav>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
""",
    "home.html": """{{ define "main" }}<h1>Timeline</h1>
<ol>{{ range first 120 (where site.RegularPages "Section" "articles").ByDate.Reverse }}<li><time>{{ .Date.Format "2 January 2006" }}</time>
<a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Summary }}</p></li>{{ end }}</ol>
<ul>{{ range site.Taxonomies.years.Alphabetical.Reverse }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}</ul>{{ end }}
""",
}

PELICAN_CONFIG = """\
AUTHOR = "Benchmark"
SITENAME = "Benchmark archive"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = "theme"
DEFAULT_PAGINATION = 100
ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
YEAR_ARCHIVE_SAVE_AS = "{date:%Y}/index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/"
FEED_ALL_ATOM = "feed.xml"
CATEGORY_FEED_ATOM = "sources/{slug}.atom.xml"
TAG_FEED_ATOM = "topics/{slug}.atom.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
RELATIVE_URLS = True
"""


def tool(name: str) -> Path:
    """A program of the benchmark's own virtual environment (Hugo's binary, Pelican's script)."""
    if name == "hugo":
        found = sorted((VENV / "lib").glob("python3*/site-packages/hugo/binaries/hugo"))
        if found:
            return found[0]
    path = VENV / "bin" / name
    if not path.exists():
        sys.exit(f"{path} is missing: run `make bench` (it installs hugo and pelican into {VENV})")
    return path


def make_hugo_site(folder: Path) -> Path:
    """A Hugo project whose content/articles the harness fills; returns its layouts folder."""
    (folder / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    layouts = folder / "layouts"
    layouts.mkdir(exist_ok=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    return layouts


def make_pelican_site(folder: Path) -> Path:
    """A Pelican project with a copy of Pelican's own minimal theme ('simple'); returns its templates."""
    (folder / "content").mkdir(parents=True, exist_ok=True)
    (folder / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    simple = sorted((VENV / "lib").glob("python3*/site-packages/pelican/themes/simple"))
    if not simple:
        sys.exit("Pelican's 'simple' theme is missing: run `make bench`")
    shutil.rmtree(folder / "theme", ignore_errors=True)
    shutil.copytree(simple[0], folder / "theme")
    return folder / "theme" / "templates"
