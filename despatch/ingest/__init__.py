"""Ingest: raw article files (bytes or text) -> ParsedArticle with metadata and a Markdown body."""
from despatch.ingest.decode import decode_bytes
from despatch.ingest.text import parse_text

__all__ = ["decode_bytes", "parse_text"]
