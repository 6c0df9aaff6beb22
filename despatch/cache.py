"""The build cache: parsed content files, Markdown output, and what each site file was built from.

A rebuild re-reads only changed content files and re-renders only pages whose inputs changed.
A page's key is a hash of everything it renders from: the code, the registry, the site settings,
the static files, the templates it uses (with those they extend, import or include), and the
page itself with its whole context. Same key as the live file: the live bytes are reused.

Everything sits in one SQLite file beside the content folder (never inside the site folder), so a
killed build leaves either the old cache or the new one, and a lookup needs no full load.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import os
import pickle
import re
import sqlite3
import sys
from pathlib import Path

import markdown
import nh3
from jinja2 import Environment
from markupsafe import Markup

from .bodies import markdown_to_html

PACKAGE = Path(__file__).resolve().parent
MMAP_BYTES = 1 << 30
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB);
DROP TABLE IF EXISTS articles;
CREATE TABLE IF NOT EXISTS content (path TEXT PRIMARY KEY, mtime_ns INTEGER, size INTEGER, entry BLOB, counts BLOB);
CREATE TABLE IF NOT EXISTS markdown (key TEXT PRIMARY KEY, html TEXT);
CREATE TABLE IF NOT EXISTS trees (folder TEXT PRIMARY KEY, manifest BLOB);
CREATE TABLE IF NOT EXISTS archive (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS regions (page_hash TEXT PRIMARY KEY, region_hash TEXT);
"""


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@functools.cache
def code_version(package: Path = PACKAGE) -> str:
    """Any change to the program's own code makes every cached result stale.

    Read once per process: a long-running preview server runs the code it loaded at start."""
    parts = [sys.version.encode()]
    for path in sorted(package.rglob("*.py")):
        parts += [path.relative_to(package).as_posix().encode(), path.read_bytes()]
    return digest(b"\0".join(parts))


def default_cache_dir(content_dir: Path) -> Path:
    """`.cache/` beside the content folder: `content/` -> `.cache/`."""
    return content_dir.resolve().parent / ".cache"


# ---------------------------------------------------------------- fingerprints


class Fingerprinter:
    """Hashes of values that flow between stages: dataclasses, tuples, dicts, dates, text.

    A dataclass is hashed once per build (by identity), so a term listing thousands of articles
    costs one lookup per article. A value of a kind it does not know (a function, say) hashes
    differently on every run: its page is always rendered, which is slow but never wrong.
    """

    def __init__(self) -> None:
        self._known: dict[int, tuple[object, str]] = {}

    def remember(self, value: object, fingerprint: str) -> None:
        """A fingerprint computed earlier for this very object (from the content cache)."""
        self._known[id(value)] = (value, fingerprint)

    def __call__(self, value: object) -> str:
        if hasattr(type(value), "__dataclass_fields__"):
            return self._dataclass(value)
        return digest(repr(self._plain(value)).encode("utf-8", "surrogatepass"))

    def _plain(self, value: object):
        kind = type(value)
        if kind in _ATOMS:
            return value
        if kind is tuple or kind is list:
            return tuple(map(self._plain, value))
        if hasattr(kind, "__dataclass_fields__"):
            return self._dataclass(value)
        if isinstance(value, dict):
            return ("dict",) + tuple(sorted((repr(self._plain(k)), self._plain(v)) for k, v in value.items()))
        if isinstance(value, (set, frozenset)):
            return ("set",) + tuple(sorted(repr(self._plain(item)) for item in value))
        if isinstance(value, (tuple, list)):  # named tuples and the like
            return (kind.__qualname__,) + tuple(map(self._plain, value))
        if isinstance(value, (str, int, float, bytes, dt.date, dt.time)):  # Markup, say
            return (kind.__qualname__, repr(value))
        return ("unknown", kind.__qualname__, id(value), os.getpid())

    def _dataclass(self, value) -> str:
        known = self._known.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        fields = tuple(self._plain(getattr(value, name)) for name in _field_names(type(value)))
        fingerprint = digest(repr((type(value).__qualname__, fields)).encode("utf-8", "surrogatepass"))
        self._known[id(value)] = (value, fingerprint)
        return fingerprint


_ATOMS = {str, int, float, bool, bytes, type(None), dt.date, dt.datetime, dt.time}


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


_REFERENCE = re.compile(r"{%-?\s*(?:extends|include|import|from)\s+(\S+)")
_LITERAL = re.compile(r"""^(["'])([^"']+)\1$""")


def template_fingerprints(env: Environment) -> dict[str, str]:
    """For each template: a hash of it and of every template it extends, imports or includes.

    A reference that is not a plain string (a variable, a list) could be any template: then the
    hash covers them all."""
    names = env.list_templates()
    sources = {name: env.loader.get_source(env, name)[0] for name in names}
    uses: dict[str, set[str] | None] = {}
    for name, source in sources.items():
        found = [_LITERAL.match(argument) for argument in _REFERENCE.findall(source)]
        uses[name] = None if None in found else {match.group(2) for match in found}
    everything = digest(repr(sorted(sources.items())).encode())
    return {name: _closure_fingerprint(name, sources, uses, everything) for name in names}


def _closure_fingerprint(name: str, sources: dict, uses: dict, everything: str) -> str:
    seen, pending = set(), [name]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        if current not in sources or uses[current] is None:
            return everything
        seen.add(current)
        pending += sorted(uses[current])
    return digest(repr(sorted((n, sources[n]) for n in seen)).encode())


# ---------------------------------------------------------------- the store


class BuildCache:
    """One build's view of the cache file; `save()` commits what this build learned."""

    def __init__(self, folder: Path, code: str | None = None):
        self.folder = folder
        self.code = code or code_version()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "despatch.sqlite"
        self._pid = None
        self._db = None
        self._invalidate_if_code_changed()

    @property
    def db(self) -> sqlite3.Connection:
        # A process forked for rendering opens its own connection: SQLite handles do not survive fork.
        if self._pid != os.getpid():
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Renderers look up thousands of converted bodies: mapped pages are read without a
            # system call each (the file is read-mostly; SQLite falls back to reads where it cannot map).
            self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self._db.executescript(SCHEMA)
            self._pid = os.getpid()
        return self._db

    def _invalidate_if_code_changed(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE name = 'code'").fetchone()
        if row is None or row[0] != self.code:
            with self.transaction():
                self.db.execute("DELETE FROM content")
                self.db.execute("DELETE FROM archive")
                self.db.execute("DELETE FROM regions")
                self.db.execute("DELETE FROM meta WHERE name = 'pages'")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('code', ?)", (self.code,))

    def transaction(self):
        return _Transaction(self.db)

    def close(self) -> None:
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None

    # -- parsed content files, keyed by (path, mtime_ns, size)

    def articles(self) -> dict[str, tuple[int, int, bytes, bytes]]:
        """{path: (mtime_ns, size, pickled entry, pickled word counts)} of the content files read before."""
        rows = self.db.execute("SELECT path, mtime_ns, size, entry, counts FROM content")
        return {path: (mtime_ns, size, entry, counts) for path, mtime_ns, size, entry, counts in rows}

    def store_articles(self, entries: dict[str, tuple[int, int, object, object]], gone: list[str]) -> None:
        """Remember what was read of each file: the entry, and apart from it the word counts, which
        only a rebuild of the archive needs (a template change would unpickle them for nothing)."""
        with self.transaction():
            self.db.executemany("DELETE FROM content WHERE path = ?", [(p,) for p in gone])
            self.db.executemany("INSERT OR REPLACE INTO content VALUES (?, ?, ?, ?, ?)",
                                [(p, m, s, pickle.dumps(e, protocol=5), pickle.dumps(c, protocol=5))
                                 for p, (m, s, e, c) in entries.items()])

    # -- Markdown bodies to HTML, keyed by a hash of the body and the code that renders it

    def markdown(self, key: str) -> str | None:
        row = self.db.execute("SELECT html FROM markdown WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def store_markdown(self, entries: dict[str, str]) -> None:
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO markdown VALUES (?, ?)", entries.items())

    # -- the archive drawn from the articles (events, terms, similar articles), with articles by stem

    def archive(self, key: str, articles: dict[str, object]):
        """The archive last built from exactly these inputs, its articles the given objects; or None."""
        row = self.db.execute("SELECT value FROM archive WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        unpickler = pickle.Unpickler(io.BytesIO(row[0]))
        unpickler.persistent_load = articles.__getitem__
        return unpickler.load()

    def store_archive(self, key: str, archive: object, article_type: type) -> None:
        """Keep one archive: articles are stored as their stems (the content cache holds them)."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        pickler.persistent_id = lambda value: value.stem if type(value) is article_type else None
        pickler.dump(archive)
        with self.transaction():
            self.db.execute("DELETE FROM archive")
            self.db.execute("INSERT INTO archive VALUES (?, ?)", (key, buffer.getvalue()))

    # -- the fingerprints of the pages planned from one archive

    def page_fingerprints(self, key: str) -> list[str] | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = 'pages'").fetchone()
        if row is None:
            return None
        stored_key, fingerprints = pickle.loads(row[0])
        return fingerprints if stored_key == key else None

    def store_page_fingerprints(self, key: str, fingerprints: list[str]) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('pages', ?)",
                            (pickle.dumps((key, fingerprints), protocol=5),))

    # -- article pages: a hash of the part the search index reads, by a hash of the whole page

    def regions(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT page_hash, region_hash FROM regions"))

    def add_regions(self, regions: dict[str, str], forget: list[str] = ()) -> None:
        """Remember new regions; forget those of pages no site holds any more (or the table grows with every edit)."""
        with self.transaction():
            self.db.executemany("DELETE FROM regions WHERE page_hash = ?", [(h,) for h in forget])
            self.db.executemany("INSERT OR REPLACE INTO regions VALUES (?, ?)", regions.items())

    # -- site folders: which file holds which bytes, built from which inputs

    def tree(self, folder: Path) -> dict[str, tuple[str, str]] | None:
        """{site path: (input key, content hash)} of a folder this cache wrote, or None if unknown."""
        identity = _folder_identity(folder)
        if identity is None:
            return None
        row = self.db.execute("SELECT manifest FROM trees WHERE folder = ?", (identity,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def store_tree(self, folder: Path, manifest: dict[str, tuple[str, str]] | None) -> None:
        identity = _folder_identity(folder)
        if identity is None:
            return
        with self.transaction():
            if manifest is None:
                self.db.execute("DELETE FROM trees WHERE folder = ?", (identity,))
            else:
                self.db.execute("INSERT OR REPLACE INTO trees VALUES (?, ?)",
                                (identity, pickle.dumps(manifest, protocol=5)))

    def forget_other_trees(self, keep: list[Path]) -> None:
        identities = [i for i in (_folder_identity(f) for f in keep) if i]
        marks = ",".join("?" * len(identities))
        with self.transaction():
            self.db.execute(f"DELETE FROM trees WHERE folder NOT IN ({marks})", identities)


def _folder_identity(folder: Path) -> str | None:
    """A folder is known by its inode, not its name: the atomic swap exchanges names."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return None
    return f"{folder.resolve().parent}|{info.st_dev}|{info.st_ino}"


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, error, trace):
        self.db.execute("ROLLBACK" if kind else "COMMIT")
        return False


# ---------------------------------------------------------------- Markdown through the cache


class CachedMarkdown:
    """The `markdown` template filter, reading and remembering results in the cache."""

    def __init__(self, cache: BuildCache):
        self.cache = cache
        versions = f"{markdown.__version__} {nh3.__version__ if hasattr(nh3, '__version__') else ''}"
        self.renderer = digest((PACKAGE / "bodies.py").read_bytes() + versions.encode())
        self.fresh: dict[str, str] = {}

    def __call__(self, text: str) -> Markup:
        key = digest(f"{self.renderer}\0{text}".encode("utf-8", "surrogatepass"))
        html = self.fresh.get(key) or self.cache.markdown(key)
        if html is None:
            html = self.fresh[key] = markdown_to_html(text)
        return Markup(html)

    def take_fresh(self) -> dict[str, str]:
        fresh, self.fresh = self.fresh, {}
        return fresh
