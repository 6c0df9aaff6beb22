"""Raw copied article text -> ParsedArticle: find the layout, then run each field's extractors."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from despatch.ingest import fields
from despatch.ingest.body import has_sentence, render_body
from despatch.ingest.decode import strip_controls
from despatch.ingest.events import find_event_date
from despatch.ingest.lines import (
    CJK, Line, classified, is_byline, is_dated_headline, is_question, is_stop, looks_like_headline, split_lines, word_count,
)
from despatch.ingest.published import DateClue, choose_date, date_line_clues, marker_contradiction
from despatch.ingest.settings import (
    EVENT_SCAN_PARAGRAPHS, MAX_HEAD_LINES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, Patterns, load_patterns,
)
from despatch.model import Message, ParsedArticle
from despatch.registry import Registry

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
FIRST_SENTENCE = re.compile(r"^.{1,400}?[.!?。！？](?=\s|$)")
PROPOSED_TITLE_CHARS = 100
LEAD_PARAGRAPHS = 2  # paragraphs searched for a dateline and a byline
MENU_ITEMS = 2  # one- or two-word lines in a row that make a menu
DECK_LOOKAHEAD = 3  # lines after a standfirst in which its byline or date may follow
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


def parse_text(
    text: str, filename: str, registry: Registry, *, hint_date: dt.date | None = None
) -> tuple[ParsedArticle | None, list[Message]]:
    """The article in a raw text, or None and an error when there is none. Never raises."""
    try:
        return _parse(text, filename, registry, hint_date)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop an ingest run
        detail, _ = strip_controls(f"{type(error).__name__}: {error}"[:200])
        return None, [Message(filename, f"could not read the article ({detail}); please report this file", level="error")]


def _parse(text: str, path: str, registry: Registry, hint_date: dt.date | None):
    patterns = load_patterns()
    text, messages = _prepared(text, path)
    marker, lines = split_lines(text)
    layout = find_layout(classified(lines, patterns, registry), patterns)
    if layout is None:
        return None, messages + [Message(path, f"no article text found in {_name(path)}", level="error")]
    source = find_source(layout, text, patterns, registry)
    dateline = fields.find_dateline(_lead(layout), layout.head, patterns, registry)
    clue, date_notes, date_messages = find_publication(layout, marker, hint_date, source, registry, patterns, path)
    title, proposed, title_messages = _title(layout, path)
    body = render_body(layout.body)
    article = ParsedArticle(
        title=title,
        title_proposed=proposed,
        subtitle=layout.subtitle.text if layout.subtitle else None,
        body=body.markdown,
        language=detect_language(f"{title or ''}\n" + "\n".join(l.text for l in layout.body)[:20000]),
        date=clue.date if clue else None,
        time=clue.time if clue else None,
        utc_offset=_utc_offset(clue, source, registry),
        source=source,
        publisher=find_publisher(layout, text, source, patterns, registry),
        author=fields.find_author(layout.head + _lead(layout) + layout.closing, patterns, registry, layout.title),
        dateline=dateline.city if dateline else None,
        event_date=find_event_date(clue.date if clue else None, dateline, [l.text for l in _lead(layout, EVENT_SCAN_PARAGRAPHS)], patterns),
        url=_url(layout),
        captions=body.captions,
        notes=tuple(date_notes),
    )
    return article, messages + date_messages + title_messages


def _prepared(text: str, path: str) -> tuple[str, list[Message]]:
    messages = []
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    text, removed = strip_controls(text)
    if removed:
        messages.append(Message(path, f"removed {removed} control characters or terminal escape sequences"))
    if len(text) > MAX_TEXT_CHARS:
        messages.append(Message(path, f"text is {len(text) / 1e6:.1f} million characters; only the first {MAX_TEXT_CHARS // 1000} thousand were read"))
        text = text[:MAX_TEXT_CHARS]
    return text, messages


def _name(path: str) -> str:
    return re.split(r"[\\/]", path)[-1]


# --- layout -----------------------------------------------------------------


def find_layout(lines: list[Line], patterns: Patterns) -> Layout | None:
    """Split the lines into headline, metadata, article and tail; None if there is no article."""
    title, deck, start = None, None, None
    for i, line in enumerate(lines):
        if line.kind == "prose" or (title and line.kind == "short" and is_question(line.text)):
            if title and deck is None and _credits_follow(lines, i, patterns):
                deck = line  # a standfirst between the headline and its byline or date
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
    subtitle = _subtitle(head, title) or deck
    return Layout(title, subtitle, head, body, lines[end:], lines[max(start, end - CLOSING_LINES) : end])


def _headline_shaped(line: Line, patterns: Patterns) -> bool:
    if line.kind == "stamp":
        return is_dated_headline(line.text) and not is_byline(line.text, patterns)
    return line.kind == "short" and looks_like_headline(line.text)


def _menu_follows(lines: list[Line], i: int) -> bool:
    """A site's name above its menu ('CCTV.com English', then 'NEWS', 'CHINA', 'WORLD'), unless a
    headline never follows."""
    following = lines[i + 1 : i + 1 + MENU_ITEMS]
    if len(following) < MENU_ITEMS or not all(_menu_item(line) for line in following):
        return False
    for line in lines[i + 1 : i + MAX_HEAD_LINES]:
        if line.kind == "prose":
            return False
        if line.kind == "short" and looks_like_headline(line.text) and not _menu_item(line):
            return True
    return False


def _menu_item(line: Line) -> bool:
    return line.kind == "chrome" or (line.kind == "short" and len(line.text.split()) <= 2 and len(line.text) <= 20)


def _credits_follow(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """Whether a byline or date line comes after line i before any more running text."""
    for line in lines[i + 1 : i + 1 + DECK_LOOKAHEAD]:
        if line.kind == "stamp" or is_byline(line.text, patterns):
            return True
        if line.kind == "prose":
            return False
    return False


def _subtitle(head: list[Line], title: Line | None) -> Line | None:
    if title is None:
        return None
    after = [l for l in head if l.number > title.number and l.kind == "short"]
    return next((l for l in after if looks_like_headline(l.text)), None)


def _trim_tail(body: list[Line]) -> list[Line]:
    """Drop the one- to three-word labels left at the end of a page ('President', 'Politics')."""
    while body and body[-1].kind == "short" and word_count(body[-1].text) <= 3:
        body = body[:-1]
    return body


def _lead(layout: Layout, count: int = LEAD_PARAGRAPHS) -> list[Line]:
    return [l for l in layout.body if l.kind != "caption"][:count]


def _title(layout: Layout, path: str) -> tuple[str | None, bool, list[Message]]:
    if layout.title:
        return layout.title.text, False, []
    messages = []
    first = _lead(layout, 1)[0]
    if len(first.text) > MAX_TITLE_CHARS and not re.search(r"[.!?。！？]$", first.text):
        messages.append(Message(path, f"a {len(first.text)}-character line is probably not a headline; read it as text", first.number))
    proposed = propose_title(first.text)
    messages.append(Message(path, f"no headline found; proposed one from the first sentence: confirm or edit 'title:' ({proposed!r})", first.number))
    return proposed, True, messages


def propose_title(paragraph: str) -> str:
    """A headline made from the first sentence, without its dateline, cut at a word."""
    text = re.sub(r"^.{0,60}?(?:\((?:[^()]{2,30})\)|/[^/]{2,20}/\.?|KAZINFORM|电|電)\s*(?:--|–|—|-)?\s*", "", paragraph[:600], count=1)
    match = FIRST_SENTENCE.match(text)
    sentence = (match.group(0) if match else text).strip().rstrip(".。")
    if len(sentence) <= PROPOSED_TITLE_CHARS:
        return sentence
    cut = sentence[:PROPOSED_TITLE_CHARS]
    return (cut.rsplit(" ", 1)[0] if " " in cut and not CJK.search(cut) else cut) + "…"


# --- source, publisher, dates --------------------------------------------------


def find_source(layout: Layout, text: str, patterns: Patterns, registry: Registry) -> str | None:
    """The outlet or agency whose article this is, strongest clue first."""
    extractors = (
        lambda: fields.labelled_source(layout.head + layout.closing + layout.tail[:CLOSING_LINES], patterns, registry),
        lambda: fields.slug_source(layout.head, patterns, registry),
        lambda: fields.dateline_source(fields.find_dateline(_lead(layout), [], patterns, registry), registry),
        lambda: fields.stamp_source(layout.head, registry),
        lambda: fields.credit_line_source(layout.head, registry),
        lambda: getattr(fields.url_source(text, registry), "name", None),
        lambda: fields.site_signature(layout.head + layout.tail, patterns)[0],
    )
    return next((value for value in (extract() for extract in extractors) if value), None)


def find_publisher(layout: Layout, text: str, source: str | None, patterns: Patterns, registry: Registry) -> str | None:
    """The hosting site, where the text shows it and it differs from the source."""
    candidates = (
        getattr(fields.url_source(text, registry), "name", None),
        fields.site_signature(layout.head + layout.body + layout.tail, patterns)[1],
    )
    return next((c for c in candidates if c and c != source), None)


def find_publication(layout, marker, hint_date, source, registry, patterns, path):
    """(chosen date clue, notes on clues that lost, warnings)."""
    country = getattr(registry.source_by_name(source), "country", None)
    clues, messages = date_line_clues(
        layout.head, layout.title.number if layout.title else None, patterns, path,
        month_first=country in patterns.month_first_countries,
    )
    notes = []
    marker_date = _iso(marker)
    if marker_date:
        contradiction = marker_contradiction(marker_date, "\n".join(l.text for l in layout.body), patterns)
        if contradiction:
            notes.append(f"date marker {marker} dropped: the text speaks of a later year in the past tense ({contradiction!r})")
            messages.append(Message(path, f"the leading date marker {marker} contradicts the text; date left empty"))
        else:
            clues.append(DateClue(marker_date, "marker", f"date {marker}"))
    if hint_date:
        clues.append(DateClue(hint_date, "hint", "hint"))
    chosen = choose_date(clues)
    notes += [f"{c.kind} date {c.date} ({c.printed!r}) disagrees with {chosen.date}" for c in clues if chosen and c.date != chosen.date and c.kind in ("marker", "hint", "stamp", "published")]
    return chosen, notes, messages


def _iso(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _utc_offset(clue: DateClue | None, source: str | None, registry: Registry) -> str | None:
    if clue is None or clue.time is None:
        return None
    return clue.utc_offset or getattr(registry.source_by_name(source), "utc_offset", None)


def _url(layout: Layout) -> str | None:
    for line in layout.head:
        match = fields.URL.search(line.text)
        if match:
            return match.group(0)
    return None


def detect_language(text: str) -> str:
    """'zh', 'ru' or 'en', by the script most of the letters are in."""
    sample = text[:20000]
    cjk, cyrillic, latin = len(CJK.findall(sample)), len(CYRILLIC.findall(sample)), len(LATIN.findall(sample))
    if cjk * 2 >= max(cyrillic, latin) and cjk:
        return "zh"
    return "ru" if cyrillic > latin else "en"
