"""Make Pagefind's bundle the same bytes on every build.

Pagefind writes its filter index from hash maps, so the order of filter values (and with it the
filter files' content-hash names, the metadata file and the entry file) changes from run to run.
This rewrites those few files in a canonical order and renames them by their new content; the
word index and fragments are already stable. The files are gzip'd CBOR behind a `pagefind_dcd`
signature, which is how Pagefind's own loader reads them back.
"""
from __future__ import annotations

import gzip
import hashlib
import json

import cbor2

SIGNATURE = b"pagefind_dcd"
FILTER_HASH_LENGTH = 7  # Pagefind's own lengths: en_1ef09ad, en_51c986a2bb
META_HASH_LENGTH = 10


def canonical_bundle(files: dict[str, bytes], bundle: str = "pagefind") -> dict[str, bytes]:
    """`files` (site path -> bytes) with the filter index in a stable order and stable names."""
    entry_path = f"{bundle}/pagefind-entry.json"
    if entry_path not in files:
        return files
    files = dict(files)
    entry = json.loads(files[entry_path])
    for language, info in sorted(entry.get("languages", {}).items()):
        info["hash"] = _canonical_language(files, bundle, language, info["hash"])
    files[entry_path] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return files


def _canonical_language(files: dict[str, bytes], bundle: str, language: str, meta_hash: str) -> str:
    meta_path = f"{bundle}/pagefind.{meta_hash}.pf_meta"
    meta = _decode(files.pop(meta_path))
    renamed = {}
    for name, old_hash in meta[3]:
        data = _decode(files.pop(f"{bundle}/filter/{old_hash}.pf_filter"))
        data = [data[0], sorted(data[1], key=lambda value: value[0])]
        encoded = _encode(data)
        new_hash = _name(language, encoded, FILTER_HASH_LENGTH)
        files[f"{bundle}/filter/{new_hash}.pf_filter"] = encoded
        renamed[name] = new_hash
    meta[3] = [[name, renamed[name]] for name in sorted(renamed)]
    encoded = _encode(meta)
    new_meta_hash = _name(language, encoded, META_HASH_LENGTH)
    files[f"{bundle}/pagefind.{new_meta_hash}.pf_meta"] = encoded
    return new_meta_hash


def _decode(data: bytes):
    raw = gzip.decompress(data)
    if not raw.startswith(SIGNATURE):
        raise ValueError("not a Pagefind index file")
    return cbor2.loads(raw[len(SIGNATURE):])


def _encode(value) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)


def _name(language: str, data: bytes, length: int) -> str:
    return f"{language}_{hashlib.sha256(data).hexdigest()[:length]}"
