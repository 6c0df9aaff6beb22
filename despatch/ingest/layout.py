"""Where the parts of a copied page are: headline, standfirst, metadata lines, article, footer."""
from __future__ import annotations

from dataclasses import dataclass

from despatch.ingest.body import has_sentence
from despatch.ingest.dates import find_dates
from despatch.ingest.lines import (
    Line, is_byline, is_dated_headline, is_question, is_stop, looks_like_headline, word_count,
)
from despatch.ingest.settings import MAX_HEAD_LINES, Patterns

LEAD_PARAGRAPHS = 2  # paragraphs searched for a dateline and a byline
MENU_ITEMS = 2  # one- or two-word lines in a row that make a menu
DECK_LOOKAHEAD = 3  # lines after a standfirst in which its byline or date may follow
SHORT_HEADLINE_WORDS = 2  # fewer than a headline needs, but right above a standfirst
STANDFIRST_WORDS = 10
CLOSING_LINES = 4  # last lines searched for '(By Liu Jia)' or 'Источник: БЕЛТА'


@dataclass(frozen=True)
class Layout:
    """Where the parts of a copied page are: headline, deck, metadata lines, article paragraphs."""

    title: Line | None
    subtitle: Line | None
    head: list[Line]  # the lines before the first paragraph of the article
    body: list[Line]  # the article's paragraphs, chrome removed
    tail: list[Line]  # what follows the article (related lists, footers)
    closing: list[Line]  # the last lines before the tail, credits included


def find_layout(lines: list[Line], patterns: Patterns) -> Layout | None:
    """Split the lines into headline, metadata, article and tail; None if there is no article."""
    title, deck, start = None, None, None
    for i, line in enumerate(lines):
        if line.kind == "prose" or (title and line.kind == "short" and is_question(line.text)):
            if _credits_follow(lines, i, patterns):
                # a standfirst between the headline and its byline or date; above a headline,
                # a site's slogan or promotion
                title = title or _short_headline_above(lines, i)
                deck = deck or (line if title else None)
                continue
            start = i
            break
        if title is None and i < MAX_HEAD_LINES and _headline_shaped(line, patterns) and not _menu_follows(lines, i):
            title = line
    if start is None:
        return None
    head = lines[:start]
    end = next((i for i in range(start + 1, len(lines)) if is_stop(lines[i].text, patterns)), len(lines))
    # photos between the headline and the article belong to it
    photos = [l for l in lines[:start] if l.kind == "caption" and (title is None or l.number > title.number)]
    body = photos + _trim_tail([l for l in lines[start:end] if l.kind in ("prose", "short", "caption")])
    if not has_sentence(body):
        return None
    subtitle = _subtitle(head, title, patterns) or deck
    return Layout(title, subtitle, head, body, lines[end:], lines[max(start, end - CLOSING_LINES) : end])


def _headline_shaped(line: Line, patterns: Patterns) -> bool:
    if line.kind == "stamp":
        return is_dated_headline(line.text) and not is_byline(line.text, patterns)
    return line.kind == "short" and looks_like_headline(line.text)


def _short_headline_above(lines: list[Line], i: int) -> Line | None:
    """A headline of two words ('Bilateral talks') right above its standfirst (a sentence of some
    length: a site's short slogan above the headline, 'Support us.', is no standfirst)."""
    above = lines[i - 1] if i else None
    if word_count(lines[i].text) < STANDFIRST_WORDS:
        return None
    if above and above.kind == "short" and looks_like_headline(above.text, SHORT_HEADLINE_WORDS):
        return above
    return None


def _menu_follows(lines: list[Line], i: int) -> bool:
    """A site's name above its menu ('CCTV.com English', then 'NEWS', 'CHINA', 'WORLD'), unless a
    headline never follows."""
    following = lines[i + 1 : i + 1 + MENU_ITEMS]
    if len(following) < MENU_ITEMS or not all(is_menu_item(line) for line in following):
        return False
    for line in lines[i + 1 : i + MAX_HEAD_LINES]:
        if line.kind == "prose":
            return False
        if line.kind == "short" and looks_like_headline(line.text) and not is_menu_item(line):
            return True
    return False


def is_menu_item(line: Line) -> bool:
    return line.kind == "chrome" or (line.kind == "short" and len(line.text.split()) <= 2 and len(line.text) <= 20)


def _credits_follow(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """Whether a byline or date line comes after line i before any more running text."""
    for line in lines[i + 1 : i + 1 + DECK_LOOKAHEAD]:
        if line.kind == "stamp" or is_byline(line.text, patterns):
            return True
        if line.kind == "prose":
            return False
    return False


def _subtitle(head: list[Line], title: Line | None, patterns: Patterns) -> Line | None:
    if title is None:
        return None
    after = [l for l in head if l.number > title.number and l.kind == "short" and l.text != title.text]
    return next((l for l in after if _deck_shaped(l, patterns)), None)


def _deck_shaped(line: Line, patterns: Patterns) -> bool:
    """A line under the headline that reads as its deck: not a byline, not a dated photo caption."""
    if not looks_like_headline(line.text) or is_byline(line.text, patterns):
        return False
    return not any(found.has_year for found in find_dates(line.text))


def _trim_tail(body: list[Line]) -> list[Line]:
    """Drop the one- to three-word labels left at the end of a page ('President', 'Politics')."""
    while body and body[-1].kind == "short" and word_count(body[-1].text) <= 3:
        body = body[:-1]
    return body


def lead(layout: Layout, count: int = LEAD_PARAGRAPHS) -> list[Line]:
    """The first paragraphs of the article, photo captions left out."""
    return [l for l in layout.body if l.kind != "caption"][:count]
