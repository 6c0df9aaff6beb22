"""The lead of an article: its first real prose paragraph, cut at a sentence boundary."""
from __future__ import annotations

import re

from despatch.milestones import CAPTION, paragraphs, split_sentences

MIN_LEAD_WORDS = 8
MIN_LEAD_CJK_CHARS = 15
ELLIPSIS = "…"

SKIPPED_LINE = re.compile(
    r"^\s*(?:#|!\[|>|\*Photo|\*\*Q:?\*\*|Q:|\|)|^\s*\*[^*].*\*\s*$|^\s*_[^_].*_\s*$", re.IGNORECASE
)
PROSE_END = re.compile(r"[.!。！…][\"”»’)]*$")
QUESTION_END = re.compile(r"[?？][\"”»’)]*$")
CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"\w+")
# "BEIJING, 1 March (BelTA) – ", "BEIJING, July 8 (Xinhua) -- ", "XI'AN. KAZINFORM – ",
# "МИНСК, 22 августа. /ТАСС/. ", "新华社北京12月4日电（记者孙奕）"
DATELINE = re.compile(
    r"^(?:[A-ZА-ЯЁ][A-ZА-ЯЁ'’ .-]{1,30}(?:,[^()\n–—]{0,30}?)?\s*(?:\([^)]{1,40}\)|\.\s*[A-ZА-ЯЁ]{2,}\b)?\s*(?:--|[-–—])\s+"
    r"|[A-ZА-ЯЁ][A-ZА-ЯЁ'’ .-]{1,30},[^/\n]{0,30}/[^/\n]{2,15}/\.?\s+"
    r"|(?:新华社|新華社|中新社|人民网|人民網)[^电電，。]{0,20}[电電](?:[（(][^）)]{0,30}[）)])?)"
)
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")


def summarize(body_markdown: str, language: str, limit: int = 280) -> str:
    """The first real prose paragraph, dateline stripped, cut to at most `limit` characters.

    Skips headings, photo captions, images, quotes and interview questions. Cuts after the last
    whole sentence that fits, or else at a word (a character in Chinese) with '…'.
    """
    candidates = [_plain(p) for p in paragraphs(body_markdown) if not (SKIPPED_LINE.search(p) or CAPTION.search(p))]
    candidates = [p for p in candidates if p]
    lead = next((p for p in candidates if _is_prose(p, language)), candidates[0] if candidates else "")
    return shorten(DATELINE.sub("", lead, count=1), limit)


def _plain(paragraph: str) -> str:
    """A Markdown paragraph as plain text: links as their words, no emphasis marks."""
    return EMPHASIS.sub("", MARKDOWN_LINK.sub(r"\1", paragraph)).strip()


def _is_prose(paragraph: str, language: str) -> bool:
    if QUESTION_END.search(paragraph) or not PROSE_END.search(paragraph):
        return False
    if language == "zh" or CJK.search(paragraph[:40]):
        return len(CJK.findall(paragraph)) >= MIN_LEAD_CJK_CHARS
    return len(WORD.findall(paragraph)) >= MIN_LEAD_WORDS


def shorten(text: str, limit: int) -> str:
    """`text` whole if it fits; else the sentences that fit; else cut at a word with '…'."""
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in split_sentences(text):
        joined = f"{kept} {sentence}".strip() if not CJK.search(sentence[:1]) else kept + sentence
        if len(joined) > limit:
            break
        kept = joined
    return kept or _cut_at_word(text, limit)


def _cut_at_word(text: str, limit: int) -> str:
    cut = text[: limit - len(ELLIPSIS)]
    if " " in cut and not CJK.search(cut[-1:]):
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS
