"""The article's paragraphs -> clean Markdown, with captions, section headings and questions marked.

Markdown conventions of the body (the site renders them):
- a photo caption is its own paragraph starting with `*Photo:* ` (the caption follows in
  plain text); captions are also returned apart, in `ParsedArticle.captions`;
- a section heading is `## Heading`;
- in an interview, the interviewer's question is a paragraph starting with `**Q:** `;
- text that Markdown or HTML would read as markup (`<tag`, `&entity;`, `*`, `[`, a leading
  `#` or `>`) is escaped so that it shows as printed and never becomes a tag or a link.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from despatch.ingest.lines import SENTENCE_END, Line, is_question, word_count
from despatch.ingest.settings import MAX_SCAN_LINE

CAPTION_PREFIX = "*Photo:* "
QUESTION_PREFIX = "**Q:** "
MAX_HEADING_WORDS = 12
MAX_QUESTION_CHARS = 400
MIN_INTERVIEW_QUESTIONS = 2
HEADING_END = re.compile(r"[.,;:!?。！？…'\"”’»)）]$")
MARKUP_START = re.compile(r"^(#|>|[-+*] |=+$)")
ORDERED_ITEM = re.compile(r"^(\d+)([.)] )")


@dataclass(frozen=True)
class Body:
    markdown: str
    captions: tuple[str, ...]


def render_body(paragraphs: list[Line]) -> Body:
    """Markdown of the article paragraphs, with each one's role marked."""
    roles = paragraph_roles(paragraphs)
    blocks, captions = [], []
    for line, role in zip(paragraphs, roles):
        text = escape_markdown(line.text)
        if role == "caption":
            if line.text not in captions:
                captions.append(line.text)
                blocks.append(CAPTION_PREFIX + text)
        elif role == "heading":
            blocks.append("## " + text)
        elif role == "question":
            blocks.append(QUESTION_PREFIX + text)
        else:
            blocks.append(text)
    return Body("\n\n".join(blocks) + ("\n" if blocks else ""), tuple(captions))


def paragraph_roles(paragraphs: list[Line]) -> list[str]:
    """caption, heading, question or text for each paragraph, judged with its neighbours."""
    roles = [_alone(line) for line in paragraphs]
    for i, line in enumerate(paragraphs):
        following = paragraphs[i + 1].text if i + 1 < len(paragraphs) else None
        # an image's alt text stands right before its caption, or is repeated as it
        if roles[i] != "caption" and (line.text == following or (following and roles[i + 1] == "caption" and roles[i] == "heading")):
            roles[i] = "caption"
    for i, role in enumerate(roles):
        if role == "heading" and not _between_text(roles, i):
            roles[i] = "text"
    questions = [i for i, line in enumerate(paragraphs) if roles[i] == "text" and _is_interview_question(line.text)]
    if len(questions) >= MIN_INTERVIEW_QUESTIONS:
        for i in questions:
            roles[i] = "question"
    return roles


def _alone(line: Line) -> str:
    if line.kind == "caption":
        return "caption"
    text = line.text[:MAX_SCAN_LINE]
    if word_count(text) <= MAX_HEADING_WORDS and not HEADING_END.search(text) and not text.startswith(("(", "[", "«", "“", '"')):
        return "heading"
    return "text"


def _between_text(roles: list[str], i: int) -> bool:
    before = any(r in ("text", "question") for r in roles[:i])
    after = any(r in ("text", "question") for r in roles[i + 1 :])
    return before and after


def _is_interview_question(text: str) -> bool:
    return is_question(text) and len(text) <= MAX_QUESTION_CHARS and not text.startswith(("“", '"', "«", "„"))


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as printed: no tags, entities, links or emphasis from it."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"&(?=#?\w{1,32};)", "&amp;", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text)
    text = re.sub(r"([`*_\[\]])", r"\\\1", text)
    if MARKUP_START.match(text):
        text = "\\" + text
    return ORDERED_ITEM.sub(r"\1\\\2", text)


def has_sentence(paragraphs: list[Line]) -> bool:
    """Whether any paragraph is running text (an article, not a list of links)."""
    return any(line.kind == "prose" or SENTENCE_END.search(line.text[-20:]) and word_count(line.text) >= 6 for line in paragraphs)
