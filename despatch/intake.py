"""Turn raw seeds into content files, once: new or changed seeds only, hand edits always kept."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from slugify import slugify

from . import frontmatter
from .config import SettingsError
from .content import HASH_KEY, format_moment, is_hand_edited, render_content, write_atomically
from .duplicates import NEAR_DUPLICATE, SAME_STORY, fingerprint, similarity
from .entities import find_entities
from .frontmatter import Timestamp
from .ingest import decode_bytes, parse_text
from .milestones import find_milestones
from .model import Message, ParsedArticle
from .registry import Registry
from .summary import summarize
from .topics import find_topics

SEED_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
MAX_SEED_BYTES = 8 * 1024 * 1024
SLUG_LENGTH = 80
MIN_SHINGLES = 20  # too short a text to call it the same story
_SEED_LINE = re.compile(r"^seed: (.+)$", re.MULTILINE)
_SEED_HASH_LINE = re.compile(r"^seed_sha256: ([0-9a-f]{64})$", re.MULTILINE)
_ALSO_SEEDS = re.compile(r"^also_seeds:\n((?:- .+\n)+)", re.MULTILINE)


@dataclass
class IngestReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # hand-edited content left alone
    messages: list[Message] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)  # files with a proposed (not read) title


def seed_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.iterdir()
                  if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith("."))


@dataclass
class ExistingContent:
    by_seed: dict  # seed file name -> content path
    seed_hash: dict  # seed file name -> seed_sha256 recorded in the content file
    stems: set
    merged: set = field(default_factory=set)  # seeds listed as the same story in another article
    fingerprints: dict = field(default_factory=dict)  # content path -> body fingerprint, read when needed

    def fingerprint(self, path: Path) -> frozenset:
        if path not in self.fingerprints:
            text = path.read_text(encoding="utf-8", errors="replace")
            self.fingerprints[path] = fingerprint(text.split("\n---\n", 1)[-1])
        return self.fingerprints[path]


def scan_content(content_dir: Path) -> ExistingContent:
    """Which content file came from which seed (read from the files' own front matter)."""
    by_seed, seed_hash, stems, merged = {}, {}, set(), set()
    if content_dir.is_dir():
        for path in sorted(content_dir.glob("*.md")):
            if path.name.startswith("."):
                continue
            stems.add(path.stem)
            head = path.read_bytes()[:8192].decode("utf-8", "replace")
            seed = _SEED_LINE.search(head)
            also = _ALSO_SEEDS.search(head)
            for line in (also.group(1).splitlines() if also else []):
                name = line[2:].strip().strip("'\"")
                by_seed.setdefault(name, path)
                merged.add(name)
            if seed:
                name = seed.group(1).strip().strip("'\"")
                by_seed.setdefault(name, path)
                recorded = _SEED_HASH_LINE.search(head)
                seed_hash.setdefault(name, recorded.group(1) if recorded else None)
    return ExistingContent(by_seed, seed_hash, stems, merged)


def ingest_seeds(paths: list[Path], content_dir: Path, registry: Registry, *, force: bool = False,
                 progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    report = IngestReport()
    existing = scan_content(content_dir)
    for index, path in enumerate(paths, start=1):
        if progress:
            progress(index, len(paths), path.name)
        try:
            ingest_one(path, content_dir, registry, existing, report, force=force)
        except SettingsError:  # every seed would fail alike: the run stops with the file to fix
            raise
        except Exception as error:  # noqa: BLE001 - one unreadable seed must not stop the others
            report.messages.append(Message(path.name, f"cannot ingest this file ({type(error).__name__}: "
                                           f"{str(error)[:200]}); the other seeds were read. Check the file, "
                                           "or report this as a bug with the file attached", None, "error"))
    return report


def ingest_one(path: Path, content_dir: Path, registry: Registry, existing: ExistingContent,
               report: IngestReport, *, force: bool = False) -> None:
    data = path.read_bytes()
    if len(data) > MAX_SEED_BYTES:
        report.messages.append(Message(path.name, f"file is {len(data) / 2**20:.1f} MB; the limit is "
                                       f"{MAX_SEED_BYTES // 2**20} MB. Trim it to the article text.", None, "error"))
        return
    digest = hashlib.sha256(data).hexdigest()
    target = existing.by_seed.get(path.name)
    if path.name in existing.merged:
        # Already listed as the same story in another article; re-reading it must not replace that one.
        report.unchanged.append(str(target))
        return
    if target and not force and existing.seed_hash.get(path.name) == digest:
        report.unchanged.append(str(target))
        return
    if target and target.exists() and is_hand_edited(target.read_text(encoding="utf-8", errors="replace")):
        report.kept.append(str(target))
        report.messages.append(Message(str(target), "edited by hand; kept as it is (ingest will not overwrite it)",
                                       level="info"))
        return
    parsed = parse_seed(path, data, registry, report)
    if parsed is None:
        return
    fields, body = content_fields(parsed, path.name, digest, registry)
    text = render_content(fields, body)
    if target is None and merge_duplicate(parsed, path.name, existing, report):
        return
    if target is None:
        target = content_dir / f"{unique_stem(parsed.date, fields['title'], parsed.body, existing.stems)}.md"
        existing.stems.add(target.stem)
        existing.by_seed[path.name] = target
    if target.exists() and target.read_text(encoding="utf-8", errors="replace") == text:
        report.unchanged.append(str(target))
        return
    write_atomically(target, text)
    report.written.append(str(target))
    if "title_proposed" in fields and fields["title_proposed"]:
        report.proposed.append(str(target))


def merge_duplicate(parsed: ParsedArticle, seed_name: str, existing: ExistingContent, report: IngestReport) -> bool:
    """The same story as an article already in the archive: list this site on it instead of a new entry."""
    mine = fingerprint(parsed.body)
    if len(mine) < MIN_SHINGLES:
        return False
    best, score = None, 0.0
    for path in sorted(set(existing.by_seed.values())):
        value = similarity(mine, existing.fingerprint(path))
        if value > score:
            best, score = path, value
    if best is None or score < NEAR_DUPLICATE:
        return False
    if score < SAME_STORY:
        report.messages.append(Message(seed_name, f"looks much like {best} ({score:.0%} of its text in common); "
                                       "kept as a separate article", level="info"))
        return False
    publisher = parsed.publisher or parsed.source or seed_name
    if is_hand_edited(best.read_text(encoding="utf-8", errors="replace")):
        report.messages.append(Message(seed_name, f"same story as {best}, which was edited by hand: add "
                                       f"'{publisher}' to its also_published_by yourself"))
        return True
    add_publisher(best, publisher, seed_name)
    existing.by_seed[seed_name] = best
    existing.merged.add(seed_name)
    report.written.append(str(best))
    report.messages.append(Message(seed_name, f"same story as {best}; listed there as also published by "
                                   f"{publisher}", level="info"))
    return True


def add_publisher(path: Path, publisher: str, seed_name: str) -> None:
    parsed = frontmatter.parse(path.read_text(encoding="utf-8"))
    fields = dict(parsed.fields)
    for key in ("date", "event_date"):
        if fields.get(key):
            fields[key] = Timestamp(str(fields[key]))
    also = [p for p in fields.get("also_published_by") or [] if p != publisher]
    primary = fields.get("publisher") or fields.get("source")
    fields["also_published_by"] = also + ([publisher] if publisher != primary else [])
    fields["also_seeds"] = sorted(set(fields.get("also_seeds") or []) | {seed_name})
    write_atomically(path, render_content(fields, parsed.body))


def parse_seed(path: Path, data: bytes, registry: Registry, report: IngestReport) -> ParsedArticle | None:
    if path.suffix.lower() in (".html", ".htm"):
        from .ingest.html import parse_html  # only HTML seeds need the extractor

        parsed, messages = parse_html(data, path.name, registry)
        report.messages += messages
        return parsed
    text, messages = decode_bytes(data, path.name)
    report.messages += messages
    if text is None:
        return None
    parsed, messages = parse_text(text, path.name, registry)
    report.messages += messages
    return parsed


def content_fields(parsed: ParsedArticle, seed_name: str, digest: str, registry: Registry) -> tuple[dict, str]:
    """The front matter of a new content file: what the text says, plus what the archive reads from it."""
    text = f"{parsed.title or ''}\n\n{parsed.body}"
    people, entities = find_entities(text, registry)
    title, proposed = parsed.title, parsed.title_proposed
    if not title:
        title, proposed = propose_title(parsed), True
    fields = {
        "title": title,
        "title_proposed": True if proposed else None,
        "subtitle": parsed.subtitle,
        "date": format_moment(parsed.date, parsed.time, parsed.utc_offset or _source_offset(parsed, registry)),
        "source": parsed.source,
        "publisher": parsed.publisher,
        "author": parsed.author,
        "dateline": parsed.dateline,
        "language": parsed.language,
        "event_date": format_moment(parsed.event_date),
        "topics": list(find_topics(parsed.body, parsed.title, registry)),
        "people": list(people),
        "entities": list(entities),
        "summary": summarize(parsed.body, parsed.language),
        "url": parsed.url,
        "milestones": [{"date": m.date, "label": m.label, "sentence": m.sentence}
                       for m in find_milestones(parsed.body, parsed.date)],
        "seed": seed_name,
        "seed_sha256": digest,
    }
    return fields, parsed.body


def propose_title(parsed: ParsedArticle) -> str:
    """A title for a text without a headline: its lead, shortened. Marked as proposed, never as read."""
    return summarize(parsed.body, parsed.language, limit=110) or "Untitled article"


def _source_offset(parsed: ParsedArticle, registry: Registry) -> str | None:
    if not parsed.time:
        return None
    source = registry.source_by_name(parsed.publisher) or registry.source_by_name(parsed.source)
    return source.utc_offset if source else None


def unique_stem(date, title: str, body: str, taken: set) -> str:
    """`<date>-<slug>`, readable in any script, never empty, never reused, short enough for any disk."""
    prefix = date.isoformat() if date else "undated"
    slug = slugify(title or "", max_length=SLUG_LENGTH, word_boundary=True, save_order=True)
    if not slug:
        slug = slugify(body[:200], max_length=48, word_boundary=True) or "article"
    stem = f"{prefix}-{slug}"
    number = 2
    while stem in taken:
        stem = f"{prefix}-{slug}-{number}"
        number += 1
    return stem


__all__ = ["ingest_seeds", "seed_files", "IngestReport", "HASH_KEY"]
