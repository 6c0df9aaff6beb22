"""Recognize the same story twice: identical texts, or one wire text republished by two sites."""
from __future__ import annotations

import re
import zlib

SHINGLE_WORDS = 5
SAME_STORY = 0.8  # share of shingles in common: above this, one article
NEAR_DUPLICATE = 0.5  # above this, worth a person's look
MAX_WORDS = 600  # republished copies differ in their tails (related links, credits), not their leads

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff]")


def fingerprint(text: str) -> frozenset[int]:
    """Hashed word 5-grams of the text's lead (characters for Chinese, which has no spaces)."""
    words = _CJK.findall(text) if len(_CJK.findall(text[:2000])) > 200 else _WORD.findall(text.casefold())
    words = words[:MAX_WORDS]
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode("utf-8"))]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
                     for i in range(len(words) - SHINGLE_WORDS + 1))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Overlap relative to the shorter text, so an excerpt of a longer copy still matches."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
