"""Read and write content/*.md: front matter + Markdown body, the editable source of truth.

A content file that ingest wrote carries `ingest_sha256`, the hash of the file as generated.
If the file no longer matches it, a person has edited it, and ingest leaves it alone.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Callable

from . import frontmatter
from .frontmatter import FrontMatterError, Timestamp
from .model import Article, Message, Milestone

MAX_CONTENT_BYTES = 2 * 1024 * 1024
HASH_KEY = "ingest_sha256"
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$")

# Field order in files that ingest writes; people read these files, so the order is for them.
FIELD_ORDER = (
    "title", "title_proposed", "subtitle", "date", "source", "publisher", "also_published_by",
    "author", "dateline", "language", "event_date", "event", "topics", "people", "entities",
    "summary", "url", "milestones", "seed", "seed_sha256", "also_seeds",
)
KNOWN_FIELDS = set(FIELD_ORDER) | {HASH_KEY, "image", "captions", "notes"}


class ContentError(ValueError):
    def __init__(self, text: str, line: int | None = None):
        super().__init__(text)
        self.text, self.line = text, line


# ---------------------------------------------------------------- reading


def read_article(path: Path) -> tuple[Article | None, list[Message]]:
    """The article in one content file, or None and an error message saying why not."""
    name = str(path)
    try:
        check_stem(path.stem)
        text = decode_content(path.read_bytes())
        if not text.strip():
            raise ContentError("the file is empty; write its front matter and text, or delete it")
        parsed = frontmatter.parse(text)
        warnings: list[Message] = []
        article = article_from_fields(path.stem, parsed, lambda text, line=None: warnings.append(Message(name, text, line)))
        return article, warnings
    except (FrontMatterError, ContentError) as error:
        return None, [Message(name, error.text, error.line, "error")]
    except OSError as error:
        return None, [Message(name, f"cannot read the file: {error.strerror}", None, "error")]
    except (RecursionError, MemoryError):
        return None, [Message(name, "too deeply nested or too large to read; simplify the front matter", None, "error")]
    except Exception as error:  # noqa: BLE001 - one unreadable file must not stop the archive
        return None, [Message(name, f"cannot read this file ({type(error).__name__}: {str(error)[:200]}); "
                              "check its front matter, or report this as a bug", None, "error")]


# Characters that would break the article's URL (articles/<stem>/) or the file system.
_UNSAFE_STEM = re.compile(r"[\s/\\?#%\"'<>`&]|^\.|^$")


def check_stem(stem: str) -> None:
    """The file name becomes the article's permalink, so it must be usable as one URL segment."""
    if _UNSAFE_STEM.search(stem) or len(stem.encode("utf-8")) > 200:
        raise ContentError("the file name cannot be used in a web address; rename the file using letters, "
                           "digits and '-' only (e.g. 2023-03-01-talks-in-minsk.md)")


def decode_content(data: bytes) -> str:
    if len(data) > MAX_CONTENT_BYTES:
        raise ContentError(f"file is {len(data) / 1e6:.1f} MB; content files are limited to {MAX_CONTENT_BYTES // 2**20} MB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ContentError("not UTF-8 text; save the file as UTF-8", line) from None
    return clean_text(text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # YAML's "\ud800" escape makes text that UTF-8 cannot encode


def clean_text(text: str) -> str:
    """LF line endings, no NUL or other control characters (they break XML and terminals)."""
    text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


Report = Callable[..., None]


def article_from_fields(stem: str, parsed: frontmatter.FrontMatter, warn: Report) -> Article:
    fields, lines = parsed.fields, parsed.lines
    for key in sorted(set(fields) - KNOWN_FIELDS):
        warn(f"unknown field '{key}' is ignored (known: {', '.join(FIELD_ORDER)})", lines.get(key))
    values = {}
    for key, normalize in FIELD_NORMALIZERS.items():
        if fields.get(key) is None:
            continue
        try:
            values[key] = normalize(fields[key])
        except ContentError as problem:
            warn(f"'{key}': {problem.text}; the field is left empty", lines.get(key))
    if "image" in fields:
        warn("'image' is not supported and is ignored", lines.get("image"))
    return _build_article(stem, values, parsed.body, warn)


def _build_article(stem: str, values: dict, body: str, warn: Report) -> Article:
    title = values.pop("title", None)
    if not title:
        title = stem
        warn("no 'title' in front matter; the file name is used until you add one")
    moment = values.pop("date", None)
    date, time, offset = moment if moment else (None, None, None)
    event_date = values.pop("event_date", None)
    event_date = event_date[0] if event_date else None
    return Article(stem=stem, title=title, body=body.strip("\n") + "\n", date=date, time=time,
                   utc_offset=offset, event_date=event_date, **values)


# ---------------------------------------------------------------- field normalizers


def _text(value) -> str:
    if isinstance(value, (dict, list)):
        raise ContentError("expected text, found a list or mapping")
    return clean_text(str(value)).strip()


def _one_line(value) -> str:
    return " ".join(_text(value).split())


def _names(value) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _one_line(item)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _bool(value) -> bool:
    if isinstance(value, bool):
        return value
    raise ContentError("expected true or false")


def _language(value) -> str:
    code = _one_line(value)
    if not LANGUAGE_CODE.match(code):
        raise ContentError(f"'{code[:40]}' is not a language code such as en, ru or zh")
    return code


def _url(value) -> str:
    url = _one_line(value)
    if not SAFE_URL.match(url):
        raise ContentError("only http:// and https:// addresses are allowed")
    return url


def parse_moment(value) -> tuple[dt.date, str | None, str | None]:
    """'2023-03-01' or '2023-03-01T19:55:00+03:00' -> (date, '19:55', '+03:00')."""
    if isinstance(value, dt.datetime):
        value = value.isoformat()
    elif isinstance(value, dt.date):
        return value, None, None
    match = ISO_DATE.match(_one_line(value))
    if not match:
        raise ContentError(f"'{str(value)[:40]}' is not a date like 2023-03-01 or 2023-03-01T19:55:00+03:00")
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        date = dt.date(int(year), int(month), int(day))
        if hour is not None:
            dt.time(int(hour), int(minute), int(second or 0))
    except ValueError as error:
        raise ContentError(f"'{match.group(0)}' is not a real date ({error})") from None
    time = None if hour is None else f"{hour}:{minute}" + (f":{second}" if second and second != "00" else "")
    if offset and offset != "Z" and ":" not in offset:
        offset = offset[:3] + ":" + offset[3:]
    if offset and offset != "Z" and not (int(offset[1:3]) <= 14 and int(offset[4:6]) < 60):
        raise ContentError(f"'{match.group(0)}' has no such time zone offset ({offset}); offsets run from -12:00 to +14:00")
    return date, time, "+00:00" if offset == "Z" else offset


def _milestones(value) -> tuple[Milestone, ...]:
    if not isinstance(value, list):
        raise ContentError("expected a list of {date, sentence} entries")
    result = []
    for item in value:
        if isinstance(item, dict) and item.get("date") and item.get("sentence"):
            result.append(Milestone(date=_milestone_date(item["date"]), sentence=_one_line(item["sentence"]),
                                    label=_one_line(item.get("label", ""))))
    return tuple(result)


MILESTONE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _milestone_date(value) -> str:
    """'1992', '2015-05' or '2015-05-12': a real date at the precision the text gives."""
    text = _one_line(value)
    match = MILESTONE_DATE.match(text)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        dt.date(year, month, day)
    except ValueError:
        raise ContentError(f"milestone date '{text[:40]}' is not a real date like 1992, 2015-05 or 2015-05-12") from None
    return text


# One field, one normalizer (as Pelican's METADATA_PROCESSORS).
FIELD_NORMALIZERS: dict[str, Callable] = {
    "title": _one_line, "title_proposed": _bool, "subtitle": _one_line, "date": parse_moment,
    "source": _one_line, "publisher": _one_line, "author": _one_line, "dateline": _one_line,
    "language": _language, "event_date": parse_moment, "event": _one_line, "topics": _names,
    "people": _names, "entities": _names, "summary": _one_line, "url": _url,
    "milestones": _milestones, "seed": _one_line, "seed_sha256": _one_line,
    "also_published_by": _names,
}


# ---------------------------------------------------------------- writing


def format_moment(date: dt.date | None, time: str | None = None, offset: str | None = None) -> Timestamp | None:
    if date is None:
        return None
    if not time:
        return Timestamp(date.isoformat())
    hms = time if time.count(":") == 2 else time + ":00"
    return Timestamp(f"{date.isoformat()}T{hms}{offset or ''}")


def render_content(fields: dict, body: str) -> str:
    """The text of a content file, stamped with the hash that detects later hand edits."""
    ordered = {key: fields[key] for key in FIELD_ORDER if fields.get(key) not in (None, "", (), [])}
    text = frontmatter.dump(ordered) + "\n" + body.strip("\n") + "\n"
    return _stamp(text)


def _stamp(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text.replace("\n---\n", f"\n{HASH_KEY}: {digest}\n---\n", 1)


def is_hand_edited(text: str) -> bool:
    """True when a file that ingest wrote has been changed since (or was written by hand)."""
    match = re.search(rf"^{HASH_KEY}: ([0-9a-f]{{64}})\n", text, re.MULTILINE)
    if not match:
        return True
    unstamped = text[: match.start()] + text[match.end():]
    return hashlib.sha256(unstamped.encode("utf-8")).hexdigest() != match.group(1)


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".md")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
