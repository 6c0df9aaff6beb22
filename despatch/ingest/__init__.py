"""Ingest: raw article files (bytes or text) -> ParsedArticle with metadata and a Markdown body.

    decode_bytes(data, filename) -> (text | None, messages)
    parse_text(text, filename, registry, *, hint_date=None) -> (ParsedArticle | None, messages)

`decode_bytes` reads UTF-8 (with or without BOM), UTF-16 with a BOM, and tells cp1251, GB18030
and cp1252/Latin-1 apart by how plausible the decoded text is; it refuses empty and binary files
and removes control bytes and whole terminal escape sequences (with a warning).

`parse_text` never raises; it returns None and an error ("no article text found in <file>")
when the text holds no article. Each field comes from small extractors tried in turn (see
`text.py` for the recipe); the patterns they use (site chrome, bylines, credits, datelines,
month names, cities, site templates) are data in `data/ingest/*.yaml`, outlets in
`data/sources.yaml`. `hint_date` is a date known from outside the text (e.g. a page URL): it
is used only when the text prints none, with a note.

The body is Markdown (see `body.py`): a photo caption is a paragraph starting `*Photo:* `, a
section heading `## `, an interviewer's question `**Q:** `; markup in the text is escaped so
it shows as printed. Times are "HH:MM" or "HH:MM:SS" in 24-hour form.
"""
from despatch.ingest.decode import decode_bytes
from despatch.ingest.text import parse_text

__all__ = ["decode_bytes", "parse_text"]
