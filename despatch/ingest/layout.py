"""Where the parts of a copied page are: headline, standfirst, metadata lines, article, footer."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from despatch.ingest.body import has_sentence
from despatch.ingest.dates import find_dates, has_weekday, told_in_past
from despatch.ingest.datelines import Dateline, dateline_in
from despatch.ingest.lines import (
    CJK, COPYRIGHT_OPENING, MIN_DATED_HEADLINE_WORDS, PICTURE_CREDIT_WORDS, SENTENCE_END, WEB_ADDRESS, WORD, WRITER_CREDIT_WORDS, Line, head_places, is_byline, is_chrome, is_date_alone, is_dated_headline, is_keyword_list, is_question, is_stop, is_tag_cloud,
    is_prose, looks_like_headline, script_of, signature_with_place, without_column_label, without_date_pointer, word_count,
)
from despatch.ingest.settings import MAX_HEAD_LINES, MAX_SCAN_LINE, Patterns
from despatch.registry import fold

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


def find_layout(lines: list[Line], patterns: Patterns, above: list[Line] | None = None) -> Layout | None:
    """Split the lines into headline, metadata, article and tail; None if there is no article.
    `above`: lines of the page above these, known not to be the article (they join the head)."""
    if above is None:
        cited = _after_citation(lines, patterns)
        if cited is not None:
            return cited
    title, deck, start = None, None, None
    candidates: list[Line] = []
    first_stopped = None  # a headline printed with a full stop, in case no other article follows
    stopped_under = None  # a sentence with a full stop under the headline, right above its date
    lone = None  # a paragraph with no headline above it and a date or byline below it
    places = head_places(lines)
    alts = _image_alt_suffixes(lines)
    captioned = _captions_under_pictures(lines)
    wrapped_page = bool(lines) and _first_line_of_wrapped_lead(lines, 0)
    for i, line in enumerate(lines):
        if _list_teaser(lines, i) or _cut_short_above(lines, i) or _place_list(lines[i]):
            continue
        # a question under the headline is its standfirst; under a breadcrumb that ends with it, the headline
        if line.kind == "prose" or (title and line.kind == "short" and is_question(line.text)
                                    and not title.text.endswith(" " + line.text)):
            if _credits_follow(lines, i, patterns):
                # a standfirst between the headline and its byline or date; above a headline,
                # a site's slogan or promotion
                stopped = _headline_with_stop(lines, i, patterns)
                if title and stopped and stopped_under is None:
                    stopped_under = stopped  # a standfirst, or the headline under a menu's row
                stopped = None if title else stopped
                title = title or _short_headline_above(lines, i, alts, patterns) or stopped
                first_stopped = first_stopped or stopped
                lone = i if lone is None and title is None else lone
                if title and title not in candidates:
                    candidates.append(title)
                deck = deck or (line if title and title is not line else None)
                continue
            start = i
            break
        if title is None and _related_link_under_lead(lines, i, lone, patterns):
            start = lone  # the article starts at its lead, a related story's link set into it
            break
        if (places[i] < MAX_HEAD_LINES and (_headline_shaped(line, patterns) or _comma_cut_headline_over_stamp(lines, i, patterns))
                and not _menu_follows(lines, i, patterns)
                and not _list_follows(lines, i) and not _wrapped_sentence(lines, i, patterns)
                and not _full_wrapped_line(lines, i) and not (wrapped_page and _inside_text_run(lines, i))
                and not _fixed_width_block(lines, i, patterns)
                and not _credits_photo(lines, i) and not _caption_over_credit(lines, i) and not _image_alt(line, alts) and line.number not in captioned
                and not _after_byline_label(lines, i, patterns) and not _pull_quote(lines, i) and not _bulleted_list_item(lines, i)
                and not _over_call_to_action(lines, i, patterns) and not _caption_in_picture_cell(lines, i)
                and not _alt_text_and_credited_caption(lines, i) and not _caption_with_closing_credit(line.text)
                and not _names_and_titles_alone(line.text)):
            title = title or line
            candidates.append(line)
    if start is None and first_stopped is not None:
        # a page that is only a headline and its standfirst: the headline is all the text there is
        start, title, candidates = lines.index(first_stopped), first_stopped, [first_stopped]
    photo_story = start is None and lone is None
    if photo_story:
        start = _photo_story(lines, title)
    if start is None and lone is None:
        return _teaser(lines, title, above)
    if start is None:
        return _headline_after_article(lines, lone, patterns, above)
    if stopped_under is not None and _menu_row_over(lines, title, stopped_under, lines[start : start + ARTICLE_SAMPLE]):
        title, deck, candidates = stopped_under, None, [stopped_under]
    title = (title or _short_headline_above_date(lines, start, patterns) or _headline_twice(lines[:start], patterns)
             or _short_headline_above_article(lines, start, patterns))
    if title is None and _translated_headline(lines, start):
        title, start = lines[start], start + 2  # the headline and its translation under it
    if title is None and _stopped_headline_printed_twice(lines, start, patterns):
        title, start = lines[start], start + 2  # the page's title and its heading, both with a full stop
    if title and title not in candidates:
        candidates.append(title)
    later = _headline_after_promotion(lines, start, title, patterns)
    if later is not None:
        return find_layout(lines[later:], patterns, lines[:later])
    head = lines[:start]
    candidates = _without_site_labels(candidates, lines)
    title = title if title in candidates or not candidates else candidates[0]
    title = _best_headline(candidates, head, lines[start : start + ARTICLE_SAMPLE], patterns) or title
    title = _page_title_over_name(head, title) or title
    title = _fuller_copy(title, head) or title
    title = _copy_without_name(title, head) or title
    title = _headline_with_its_rest(title, head) or _headline_wrapped_like_its_page(title, head, lines[start:]) or title
    title = _main_title_over_subjectless_deck(title, head, patterns) or title
    title = _echoed_headline_below_label(title, candidates, lines[start : start + ARTICLE_SAMPLE]) or title
    end = next((i for i in range(start + 1, len(lines)) if is_stop(lines[i].text, patterns)), len(lines))
    end = _before_teaser_copy(lines, start, end)
    # photos between the headline and the article belong to it
    photos = [l for l in lines[:start] if l.kind == "caption" and (title is None or l.number > title.number)]
    body = photos + _trim_tail([l for l in lines[start:end] if l.kind in ("prose", "short", "caption")])
    if not has_sentence(body) and not (photo_story and any(line.kind == "caption" for line in body)):
        return None
    subtitle = _subtitle(head, title, patterns) or deck
    if _deck_over_headline(title, subtitle):
        title, subtitle = subtitle, title
    head = (above or []) + head
    if title is not None and _never_headline(title, patterns):
        title = None  # taken by a reader of short headlines ('Dear colleagues!', '3 May 14:20')
    if title is not None and title is lines[0] and _one_of_section_heads(title, body):
        title = None  # the copy starts mid-article, at one of its section heads
    if title is not None and _lead_told_below(title, body):
        title, body = None, [replace(title, kind="prose")] + body  # the lead, its full stop lost in the copy
    if title is not None and _standfirst_over_wire_lead(title, lines, body, patterns):
        title = None  # the page's summary over its wire lead; the headline was not copied
    if title is not None and _lead_sentence_over_article(title, lines, body, patterns):
        title = None  # the story's first sentence, its headline not copied
    if title is not None and signature_with_place(title.text, " ".join(line.text for line in body)):
        title = None  # a reporter's signature with the place filed from ('Amaka Obi, Kano')
    if title is None:
        title, body = _headline_under_paragraph(body)
    if title is None:
        title, body = _headline_glued_to_article(body)
    if title is None:
        title, stamp, body = _headline_and_stamp_before_lead(body)
        head = head + stamp
    if title is None:
        title, body = _bracketed_headline_over_wire(body)
    if title is None:
        title, body = _stopped_headline_over_lead(head, body)
    if title is None:
        title = _headline_over_stamp_below(lines, start, patterns)
        body = [line for line in body if line is not title]
    title = title or _page_title_naming_outlet(head) or _feed_footer_headline(lines[start:])
    return Layout(_headline_only(title), subtitle, head, body, lines[end:], _closing(lines, start, end))


# a paragraph that names who told what the paragraph above said ('Об этом сообщили в посольстве.',
# 'This was reported by the ministry.'): the line above is the story's lead, not its headline
TELLING_OF_ABOVE = re.compile(
    r"^(?:Об этом (?:сообщ|рассказ|заяв|говорится|пишет|информиру)|This was (?:reported|announced|stated|said)\b"
    r"|That was (?:reported|announced)\b)"
)
MIN_LEAD_CHARS = 150  # a headline is rarely this long; a lead sentence mostly is


# a Chinese section head: a topic of a few characters, a colon and a phrase ('外交亮点：高规格接待与战略对话')
CJK_SECTION_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]\s?[\u4e00-\u9fff“”\w]{4,24}$")


def _one_of_section_heads(title: Line, body: list[Line]) -> bool:
    """A first line of the form 'Topic：phrase' with a topic of a few characters, when a line between the
    paragraphs below has the same form, heads one section of a feature whose copy starts mid-article;
    a headline's topic ('中国防长访白罗斯:…') is longer than a section's. So does a first line shorter than
    most of the section heads between the paragraphs below, when there are a few of them: a headline
    mostly says more than a section's head."""
    # the headline printed again under its lead (the page's title over its heading) is the same line, not a second head
    if CJK_SECTION_HEAD.match(title.text) and any(
            line is not title and line.text != title.text and line.kind != "caption" and CJK_SECTION_HEAD.match(line.text)
            for line in body):
        return True
    heads = _section_heads(body)
    if len(heads) < MIN_SECTION_HEADS:
        return False
    lengths = sorted(len(head.text) for head in heads)
    return len(title.text) < lengths[(len(lengths) - 1) // 2]


MIN_SECTION_HEADS = 3  # short lines between an article's paragraphs that make it a feature in sections


def _section_heads(body: list[Line]) -> list[Line]:
    """The short lines standing between two paragraphs of running text: a feature's section heads."""
    return [line for before, line, after in zip(body, body[1:], body[2:])
            if line.kind == "short" and before.kind in ("prose", "caption") and after.kind == "prose"
            and looks_like_headline(line.text, SHORT_HEADLINE_WORDS)]


def _lead_told_below(title: Line, body: list[Line]) -> bool:
    first = body[0] if body else None
    return (len(title.text) >= MIN_LEAD_CHARS and first is not None and first.number > title.number
            and bool(TELLING_OF_ABOVE.match(first.text)))


# Verbs of saying (stems), Russian and English: a line that reports what someone said is a summary of the news
SAYING = (r"(?:сообщ|заяв|указа|указы|отмет|отмеч|подчерк|рассказ|сказа|поясн|добав|счита|увер|полага|призна|напомн"
          r"|предупред|назва|оцени|констатир|завер|объяв|пообеща|выраз|призва|уточн|говор|пишет|передал|передает"
          r"|said|says|told|tells|stated|states|noted|notes|added|adds|announced|stressed|underlined|underscored|urged"
          r"|warned|emphasi[sz]ed|pointed out|explained|confirmed|believes|reported|insisted|argued|claimed)")
# reported speech: the verb of saying with its clause ('… сообщил, что …', '… said that …', '…表示，…'), or the
# speaker closing the sentence after a comma ('…, указал вице-премьер РФ', '…, the minister said')
REPORTED_SPEECH = re.compile(
    rf"(?i)\b{SAYING}\w*,?\s+(?:что|чтобы|that)\b|,\s+(?:—\s+)?{SAYING}\w*\s+[^,]{{2,80}}$"
    r"|,\s+(?:the |a |an )?[^,]{2,60}\s(?:said|says|told|added|noted|stated)$"
    r"|(?:表示|指出|强调|強調|宣布|宣佈|认为|認為|称|稱)[，,：:]"
)
# a clause run on after a comma, which a headline leaves out: a participle or gerund, a relative clause
# ('…, посвященных 80-летию', '…, отметив …', '…, agreeing to …', '…, which …')
CLAUSE_AFTER_COMMA = re.compile(
    r"(?i),\s+(?:посвящ\w*|котор\w*|где|когда|чтобы|отметив|подчеркнув|заявив|сообщив|указав|добавив|выразив|назвав"
    r"|agreeing|saying|calling|noting|adding|stressing|urging|vowing|pledging|describing|marking|which|who|where|whose)\b"
)
# a wire's credit set in slashes after its dateline ('CITY, 4 сентября. /AGENCY/.', '25 августа, Город /Корр. AGENCY/.'):
# a template whose page prints a deck under its headline, so a line with no headline over it is that deck
SLASHED_CREDIT = re.compile(r"^[^/]{3,60}?\s/[^/\s][^/]{0,40}/")


def summary_sentence(text: str) -> bool:
    """A line that sums up the news rather than heading it: reported speech with its verb of saying, or a
    clause run on after a comma."""
    return bool(REPORTED_SPEECH.search(text) or CLAUSE_AFTER_COMMA.search(text))


def _standfirst_over_wire_lead(title: Line, lines: list[Line], body: list[Line], patterns: Patterns) -> bool:
    """A summary sentence with no stop, the first line of the copy, right over a lead that opens with a wire's
    dateline and its credit in slashes ('CITY, 31 August. /AGENCY/.'): the page's deck (its description, kept by
    the copy above the lead), not a headline; the headline itself was not copied. Without the slashed credit,
    the summary must both report speech and run on into a clause, or tell its event with its time."""
    first = body[0] if body else None
    if not (title is lines[0] and first is not None and first.number > title.number
            and not SENTENCE_END.search(title.text)
            and not any(title.number < line.number < first.number for line in lines)
            and dateline_in(first, patterns) is not None):
        return False
    credit = SLASHED_CREDIT.match(first.text)
    if credit:
        return ((summary_sentence(title.text) or _tells_when(title.text, patterns))
                and not _retold_by_first_sentence(title.text, first.text[credit.end():]))
    if _opens_lead_after_dateline(title.text, first.text):
        return True
    return bool(REPORTED_SPEECH.search(title.text) and CLAUSE_AFTER_COMMA.search(title.text)) or _tells_when(title.text, patterns)


# the lead's first sentence after its credit: up to a stop that a space and a capital (or the end) follow
LEAD_FIRST_SENTENCE = re.compile(r"^[\s.:–—-]*(.+?[.!?])(?=\s+[\"«“„(]?[A-ZА-ЯЁ]|\s*$)")


def _retold_by_first_sentence(text: str, lead_after_credit: str) -> bool:
    """A headline in reported speech ('X сообщил, что …', 'X says …') whose news the lead's first sentence tells
    again, most of its words restated: the wire's own headline over its lead. A deck under the headline (the
    one the copy lost) tells another fact of the story, and the lead's first sentence restates little of it."""
    sentence = LEAD_FIRST_SENTENCE.match(lead_after_credit)
    return sentence is not None and _echo(text, sentence.group(1)) >= ECHOED_SHARE


DATELINE_REACH = 100  # characters of a lead's dateline and credit, before its first sentence


def _opens_lead_after_dateline(text: str, lead: str) -> bool:
    """The line's words, word for word, open the lead's first sentence right after its dateline ('MINSK (AGENCY) :--
    <the line's words> …'): the page's description, cut from the lead, not a headline that the lead retells."""
    at = lead.find(text.rstrip(" .…"))
    return 0 < at <= DATELINE_REACH and len(lead) > at + len(text)


def _tells_when(text: str, patterns: Patterns, *, weekday: bool = True) -> bool:
    """A sentence that tells a past event with its time, as a lead does and a headline does not: a complete
    date with its year, or (unless told not to count it) a weekday ('met … on Friday'), and a verb in the past."""
    when = (weekday and has_weekday(text, patterns)) or any(found.has_year and found.day for found in find_dates(text))
    return bool(when) and told_in_past(text, patterns)


def _lead_sentence_over_article(title: Line, lines: list[Line], body: list[Line], patterns: Patterns) -> bool:
    """The story's first sentence taken for a headline: the first line of the copy (pictures' captions aside), with
    no stop, that tells a past event with its time ('X met Y in Z on Friday, agreeing …', 'X 2 сентября 2025 года
    провел …') and either goes on in the line under it (the copy broke the sentence: '… the Belt and Road' /
    'Initiative (BRI).') or is told again by the lead right under it: the page's description; no headline was copied."""
    above = [line for line in lines if line.number < title.number]
    if any(line.kind != "caption" for line in above) or SENTENCE_END.search(title.text) or not _tells_when(title.text, patterns):
        return False
    below = next((line for line in lines if line.number > title.number), None)
    if below is not None and below.kind == "short" and SENTENCE_END.search(below.text) and word_count(below.text) < MIN_TITLE_WORDS_LEFT:
        return True  # the sentence's last words, wrapped onto a line of their own
    # told again by the lead: only a complete date with its year marks the summary here, as a headline the
    # lead retells may name its weekday ('X meets Y on Friday')
    lead = next((line for line in body if line.kind == "prose"), None)
    return (lead is not None and below is lead and _echo(title.text, lead.text) >= ECHOED_SHARE
            and _tells_when(title.text, patterns, weekday=False))


MIN_TITLE_WORDS_LEFT = 4  # the end of a wrapped sentence on its own line is shorter than any headline


MIN_TEASER_COPY_CHARS = 20  # a shorter line may open a paragraph by chance ('As previously reported')


def _before_teaser_copy(lines: list[Line], start: int, end: int) -> int:
    """Where the article ends when the page's last line is its own teaser: the opening of the
    first paragraph printed again, cut short ('MINSK, Aug 4 - Agency. Exports of fertilize'),
    under the story's date and source, which then close the article."""
    if end - start < 2:
        return end
    last = lines[end - 1].text.rstrip(" .…")
    if len(last) < MIN_TEASER_COPY_CHARS or lines[end - 1].kind not in ("short", "prose"):
        return end
    opened = any(line.text.startswith(last) and len(line.text) > len(last) for line in lines[start : end - 1])
    return end - 1 if opened else end


def _photo_story(lines: list[Line], title: Line | None) -> int | None:
    """Where a photo story's text starts: with no article found under the headline, its pictures'
    captions (or the one paragraph read as a standfirst over its credits) are all the text there
    is, and are the article; None without a headline or such a paragraph."""
    if title is None:
        return None
    at = lines.index(title)
    first = next((i for i in range(at + 1, len(lines)) if lines[i].kind in ("caption", "prose")), None)
    if first is None or not (lines[first].kind == "caption" or CLOSING_PHOTO_CREDIT.search(lines[first].text)):
        return None  # a standfirst with no picture's credit: the page is a teaser
    return first


# a picture's credit closing a paragraph ('… Фотографии Синьхуа/Иван Петров', '… (Photo by Li Ming)')
CLOSING_PHOTO_CREDIT = re.compile(r"(?i)(?:фото\w*|photos?|摄|攝|图片|圖片)[^.。!?！？]{0,40}$")


def _teaser(lines: list[Line], title: Line | None, above: list[Line] | None) -> Layout | None:
    """A page that is only a headline and its deck (bullet points, a standfirst without its full
    stop), the story itself left out of the copy: the deck is all the text there is, kept with
    the headline. Without one, a paragraph the copy cut off mid-sentence, or None."""
    if title is None:
        return _paragraph_cut_off(lines, above)
    at = lines.index(title)
    deck = [line for line in lines[at + 1 :] if line.kind == "short" and word_count(line.text) >= STANDFIRST_WORDS]
    if not deck:
        return _paragraph_cut_off(lines, above)  # the 'headline' may be that paragraph itself
    first = lines.index(deck[0])
    head = (above or []) + lines[:first] + _stamp_under_standfirst(lines[first:], deck)
    return Layout(title, None, head, deck, [], deck)


def _stamp_under_standfirst(lines: list[Line], deck: list[Line]) -> list[Line]:
    """A teaser's date stamp under its standfirst ('Standfirst' / 'Minsk' / 'July 12, 2023' / text):
    the stamp and the lines above it that are no text of the deck belong to the head, where the
    date and the place are read; none when the stamp stands further down, among the story's lines, under a
    paragraph or a label, or is one of a list's stamps ('Also in this section' / teaser / date / teaser / date)."""
    stamps = [i for i, line in enumerate(lines) if line.kind == "stamp"]
    if len(stamps) != 1 or stamps[0] >= STAMP_UNDER_STANDFIRST_LINES:
        return []
    above = [line for line in lines[: stamps[0]] if line not in deck and line.kind != "chrome"]
    if any(line.kind != "short" or word_count(line.text) > MAX_PLACE_WORDS for line in above):
        return []
    return [line for line in lines[: stamps[0] + 1] if line not in deck]


STAMP_UNDER_STANDFIRST_LINES = 4  # the standfirst, a place, a byline and the stamp
MAX_PLACE_WORDS = 3  # a place's name over the stamp ('Minsk', 'Rio de Janeiro')


# words of the one paragraph a copy cut off mid-sentence ('… передает пресс-служба б'): more than a
# headline, a menu row or a list's item has
CUT_OFF_PARAGRAPH_WORDS = 20


def _paragraph_cut_off(lines: list[Line], above: list[Line] | None) -> Layout | None:
    """A copy that ends in the middle of its story's first paragraph, with nothing above it read
    as a headline or a paragraph: that last line, long and unfinished, is the article; None
    when the copy ends otherwise (a page of menus and lists has no article)."""
    text_lines = [line for line in lines if line.kind != "chrome"]
    if not text_lines:
        return None
    last = text_lines[-1]
    if (last.kind != "short" or word_count(last.text) < CUT_OFF_PARAGRAPH_WORDS or NUMBERED_ITEM.match(last.text)
            or SENTENCE_END.search(last.text)):
        return None
    at = lines.index(last)
    return Layout(None, None, (above or []) + lines[:at], [last], [], [last])


def _closing(lines: list[Line], start: int, end: int) -> list[Line]:
    """The last lines of the article, where a signature or its source stands: CLOSING_LINES of
    them, not counting the credits and chrome under the signature ('编辑:X', '来源:Y'), which
    would push it out."""
    first, counted = end, 0
    while first > start and counted < CLOSING_LINES:
        first -= 1
        counted += lines[first].kind not in ("credit", "chrome")
    return lines[first:end]


LEAD_CHARS = 400  # the opening of a lead that restates its headline
MIN_HEADLINE_TOPICS = 3  # words of a headline found in the lead that make it the lead's headline


def _headline_under_paragraph(body: list[Line]) -> tuple[Line | None, list[Line]]:
    """A page of one paragraph with its headline printed under it (a copy that put the title
    last): the one line after the paragraph, when the paragraph's opening restates every word
    of it, is the headline; else None and the article as it is."""
    if len(body) != 2 or body[0].kind != "prose" or body[1].kind != "short" or not looks_like_headline(body[1].text):
        return None, body
    topics = _stems(body[1].text, MIN_TOPIC_CHARS)
    if len(topics) < MIN_HEADLINE_TOPICS or not topics <= _stems(body[0].text[:LEAD_CHARS], MIN_TOPIC_CHARS):
        return None, body
    return body[1], body[:1]


MIN_STOPPED_HEADLINE_WORDS = 4
MAX_HEADLINE_OVER_LEAD_WORDS = 14  # a longer sentence with its stop is a lead's, however much the next restates
# a digit or a comma: a lead's sentence ('MINSK, 12 November (BelTA) – …'), which a short headline seldom has
LEAD_MARKS = re.compile(r"[\d,，]")
# a newspaper's lead opening with its first word in capitals ('DELEGATES from three cities have …'); a
# headline is set in one case throughout, and an acronym opening one ('NATO', 'BRICS') is shorter
CAPITALS_LED_LEAD = re.compile(r"^[A-ZА-ЯЁ]{6,}\s+[a-zа-яё]")
# a paragraph opening with who reported the news the line above gave ('Как сообщает пресс-служба, …',
# 'As reported by the ministry, …'): it goes on with the story that line opened, which is no headline
SOURCE_OF_ABOVE = re.compile(r"^(?:Как (?:сообща(?:ет|ют|ется)|сообщил[аи]?|передает|передаёт|информирует)\s"
                             r"|As (?:reported|announced|stated) (?:by|on|in)\s)")
LEAD_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
# an English sentence's linking verb ('is on a visit', 'were held'): headlines drop it ('X on visit to Y')
COPULA = re.compile(r"\b(?:is|are|was|were)\b")
RESTATED_SHARE = 0.5  # of a headline's words that its lead restates; a lead's first sentence shares fewer with the next


def _stopped_headline_over_lead(head: list[Line], body: list[Line]) -> tuple[Line | None, list[Line]]:
    """A headline printed with its full stop as the page's first line, right over a longer lead
    that restates most of its words ('Торжественный прием делегаций.' / '1 июля в музее состоялся
    торжественный прием делегаций…'), or printed twice in a row (the page's title over its heading), which a
    lead's sentence never is; None and the article as it is otherwise."""
    # a date line over the page ('Today: Monday, 26 February') is neither headline nor lead
    above = [line for line in head if line.kind not in ("chrome", "source", "stamp")]
    if len(above) > 1:
        return None, body
    printed = above + [line for line in body if line.kind != "caption"]
    lines = _without_repeat(printed)
    twice = len(lines) < len(printed)  # the page's title over its own heading: a headline, not a lead's sentence
    if len(lines) < 2 or not ONE_SENTENCE.match(lines[0].text) or not lines[0].text.endswith("."):
        return None, body
    first, lead = lines[0], lines[1]
    if (LEAD_MARKS.search(first.text) or first.text.startswith(BULLETS) or CAPITALS_LED_LEAD.match(first.text)
            or REFERS_BACK.match(first.text)):
        return None, body  # a lead's first sentence under its dateline, a standfirst's bullet, a lead in capitals
    if not MIN_STOPPED_HEADLINE_WORDS <= word_count(first.text) <= MAX_HEADLINE_OVER_LEAD_WORDS:
        return None, body
    if lead.kind != "prose" and not _standfirst_sentence(lead, lines[2:3]):
        return None, body  # under the sentence, neither a lead nor a deck (printed without its stop) over one
    if SOURCE_OF_ABOVE.match(lead.text):
        return None, body  # the next paragraph names who told the sentence's news: that sentence opened the story
    if COPULA.search(first.text) and not twice:
        return None, body  # 'X is on a visit to Y.': a sentence's verb, which an English headline leaves out
    # the lead's first sentence restates the headline; a paragraph after a lead's own first
    # sentence goes on with other words (a quote, a detail), however many names it repeats. A one-sentence
    # standfirst, stopped too, may stand between them ('Headline.' / 'Standfirst.' / 'Lead restating the headline')
    topics = _stems(first.text, MIN_TOPIC_CHARS)
    leads = [lead] + ([lines[2]] if _standfirst_sentence(lead, lines[2:3]) else [])
    restated = max((topics & _stems(LEAD_SENTENCE_END.split(line.text[:LEAD_CHARS], maxsplit=1)[0], MIN_TOPIC_CHARS)
                    for line in leads), key=len)
    if len(topics) < MIN_HEADLINE_TOPICS or (len(restated) < RESTATED_SHARE * len(topics) and not twice):
        return None, body
    return first, [line for line in body if line is not first and line.text != first.text]


MAX_STANDFIRST_SENTENCE_WORDS = 25  # a standfirst is one short sentence; a lead's first paragraph runs longer


# a standfirst's one sentence, printed with its stop or, as decks often are, without it
STANDFIRST_SENTENCE = re.compile(r"^[^.!?。！？]+[.!?。！？]?$")


def _standfirst_sentence(line: Line, below: list[Line]) -> bool:
    """One short sentence right over a longer paragraph of prose: the headline's standfirst."""
    return (bool(below) and below[0].kind == "prose" and STANDFIRST_SENTENCE.match(line.text) is not None
            and word_count(line.text) <= MAX_STANDFIRST_SENTENCE_WORDS
            and word_count(line.text) < word_count(below[0].text))


def _without_repeat(lines: list[Line]) -> list[Line]:
    """The lines without the first one's copy right under it: a page's title printed again as its
    heading ('Headline.' / 'Headline.'), one headline, not a headline over a lead."""
    if len(lines) > 2 and lines[1].text == lines[0].text:
        return lines[:1] + lines[2:]
    return lines


# A headline run into the article's first sentence when a page was flattened: 'Беларусь будет
# поставлять говядинуСо следующего года ...' (a small letter glued to the next sentence's capital),
# '“铁杆”伙伴称赞中国:最可靠伙伴 “中国不仅是……”' (a Chinese page's paragraphs joined by spaces)
GLUED_TO_SENTENCE = re.compile(r"^(?P<head>[^.!?…;\n]{15,200}?(?P<end>[\w\-]*[a-zа-яёіў]{3}))(?P<next>[A-ZА-ЯЁІЎ][a-zа-яёіў]*)\s")
JOINED_BY_SPACE = re.compile(r"^(?P<head>[^\s。！？!?]{8,60})\s+(?=[“「\"《]?[\u4e00-\u9fff])(?P<next>[^\s]{2,}?[。！？!?][”」\"]?)(?:\s|$)")
# a Chinese headline run into the page's date label and date ('标题时间:2025-10-31 导语', '標題 日期：2025.10.31')
MIN_GLUED_HEAD, MAX_GLUED_HEAD = 8, 120  # characters of a headline glued to its date label
GLUED_DATE_LABEL = re.compile(
    r"^(?P<head>[^\n。！？!?]*[\u4e00-\u9fff][^\n。！？!?]*?)\s*(?=(?:发布时间|發佈時間|發布時間|时间|時間|日期)\s*[:：]\s*(?:19|20)\d\d[-./年])"
)
# a Chinese wire's dateline ('新华社明斯克5月1日电') or reporter's credit ends where a headline would; an outlet's
# credit formula ('某某网讯', '本报讯') and a labelled credit ('译者:某某', '编辑：某某', '通讯员 某某') run into
# the lead are no headline's words wherever they stand
NOT_GLUED_HEADLINE = re.compile(
    r"(?:电|電|讯|訊|报道|報道|報導|报导|消息|[，：；、,:;])$|记者|記者|\d日"
    r"|(?:网|網|社|报|報|台|站)(?:讯|訊)"
    r"|(?:译者|譯者|编译|編譯|翻译|翻譯|通讯员|通訊員|实习生|實習生|撰稿|供稿|责编|責編|编辑|編輯|摄影|攝影"
    r"|来源|來源|作者|图|圖|文)\s*[:：]"
)


# an outlet's formula opening its lead ('某某网消息(晚间新闻)…', '据某某社消息'): the lead's first words,
# never a headline, even where a space in the sentence looks like a headline's seam
LEAD_FORMULA = re.compile(r"^(?:据|據)?[\u4e00-\u9fffA-Za-z]{1,8}?(?:(?:网|網|社|台|报|報)消息|(?:消息|讯|訊)\s*[（(][^()（）]{1,12}[)）])")


STAMPED_HEADLINE_BELOW_LINES = 8  # lines of the article a copy may print above the headline it moved down
PARAGRAPHS_UNDER_STAMP = 4  # lines under the date stamp to find the article's paragraph in


def _capitalised_row(text: str) -> bool:
    """A row of a menu's items, most words capitalised ('Театр Кино Музыка Личная жизнь'); a headline
    set in a sentence's case has its capital on the first word (and names) only."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) * 2 > len(words)


def _headline_over_stamp_below(lines: list[Line], start: int, patterns: Patterns) -> Line | None:
    """A page copied out of order, a few paragraphs of the story above its headline: with no headline
    over the article, a headline-shaped line right over a date stamp among its first lines, the
    article going on under the stamp, is the headline with its date; a list of other stories'
    headlines with their dates stands after the article, further down, and a menu's row over the
    date is a run of capitalised words."""
    filed = dateline_in(lines[start], patterns) if start < len(lines) else None
    for i in range(start + 1, min(start + STAMPED_HEADLINE_BELOW_LINES, len(lines) - 1)):
        line, under = lines[i], lines[i + 1]
        if (line.kind == "short" and under.kind == "stamp" and not _capitalised_row(line.text) and _headline_shaped(line, patterns)
                and any(other.kind == "prose" for other in lines[i + 2 : i + 2 + PARAGRAPHS_UNDER_STAMP])
                and not _stamped_on_other_day(under, filed)):
            return line
    return None


def _related_link_under_lead(lines: list[Line], i: int, lone: int | None, patterns: Patterns) -> bool:
    """A headline with its stamp right under the lead of a story whose own headline was not copied, stamped on
    another day than the lead's wire dateline filed it ('МИНСК, 18 фев — Agency. …' / 'Headline' / '11 августа 2015,
    15:59'): a related story's link set into the article, never the story's headline."""
    if lone is None or i + 1 >= len(lines) or lines[i + 1].kind != "stamp":
        return False
    return _stamped_on_other_day(lines[i + 1], dateline_in(lines[lone], patterns))


def _stamped_on_other_day(stamp: Line, filed: Dateline | None) -> bool:
    """A stamp of another day than the one the lead's wire dateline filed the story on ('МИНСК, 18 фев — …' over
    a headline stamped '11 августа 2015'): the stamp of a related story's link, whose headline is not this story's."""
    if filed is None or not filed.month or not filed.day:
        return False
    day = next((found.value for found in find_dates(stamp.text) if found.value), None)
    return day is not None and (day.month, day.day) != (filed.month, filed.day)


def _headline_glued_to_article(body: list[Line]) -> tuple[Line | None, list[Line]]:
    """The headline split off the first paragraph it was run into, and the article without it;
    None and the article as it is when the paragraph opens with no such headline."""
    first = next((line for line in body if line.kind != "caption"), None)
    if first is None:
        return None, body
    head = _glued_headline(first.text)
    if head is None:
        return None, body
    rest = replace(first, text=first.text[len(head) :].lstrip())
    return Line(first.number, head.strip(), "short"), [rest if line is first else line for line in body]


def _headline_and_stamp_before_lead(body: list[Line]) -> tuple[Line | None, list[Line], list[Line]]:
    """The headline and the page's date a flattened page ran into its first paragraph, split off it: the
    headline, the date as a stamp line of the head, and the article without them; None, no stamp and the
    article as it is when the paragraph opens with no headline over a date."""
    first = next((line for line in body if line.kind != "caption"), None)
    split = first and _headline_before_date(first.text)
    if not split:
        return None, [], body
    head, stamp, after = split
    rest = replace(first, text=first.text[after:].lstrip())
    return (Line(first.number, head, "short"), [Line(first.number, stamp, "stamp")] if stamp else [],
            [rest if line is first else line for line in body])


# a line whose verb's object is a pronoun right after its subject ('Токаев пригласил его …', 'Vale invited him …'): it
# speaks of someone another line named, as a deck under its headline does; a headline names whom it is about
OBJECT_PRONOUN_OPENING = re.compile(r"^[A-ZА-ЯЁ][\w\-]+ [\w\-]+ (?:его|её|ее|ему|ей|him|her|them)\b")


def _deck_over_headline(title: Line | None, subtitle: Line | None) -> bool:
    """A deck printed above its headline, speaking of the headline's subject by a pronoun: the line under it,
    read as the deck, is the headline."""
    return (title is not None and subtitle is not None and subtitle.number > title.number
            and bool(OBJECT_PRONOUN_OPENING.match(title.text)) and not is_question(subtitle.text)
            and not SENTENCE_END.search(subtitle.text) and word_count(subtitle.text) <= MAX_HEADLINE_OVER_LEAD_WORDS + 4)


# a flash item's headline in black brackets run into its wire dateline ('【Headline】某某社6月8日电,…')
BRACKETED_HEADLINE_OVER_WIRE = re.compile(
    r"^【(?P<head>[^【】]{6,80})】\s*(?=[^\s,，。【】]{2,24}?\d{1,2}日(?:电|電|讯|訊|消息))")

# a brief's headline in black brackets run into its lead with no wire's dateline ('【两国签署协议】外交部副部长
# 20日表示,…'); not a dateline, an outlet's credit or a label in brackets ('【新华社北京5日电】', '【本报综合报道】')
BRACKETED_HEADLINE_OVER_LEAD = re.compile(r"^【(?P<head>[^【】]{6,80})】\s*(?=[^\s【】]{20})")
BRACKETED_LABEL = re.compile(r"(?:综合|綜合|编译|編譯|独家|獨家|快讯|快訊|专稿|專稿|特稿|编者按|編者按|网|網|社|台|报|報)$")


def _bracketed_headline_over_wire(body: list[Line]) -> tuple[Line | None, list[Line]]:
    """The flash item's bracketed headline split off the wire's dateline and text after it; None and the
    article as it is when the first paragraph opens otherwise."""
    first = next((line for line in body if line.kind != "caption"), None)
    match = BRACKETED_HEADLINE_OVER_WIRE.match(first.text) if first is not None else None
    if match is None and first is not None:
        match = BRACKETED_HEADLINE_OVER_LEAD.match(first.text)
        match = None if match is None or NOT_GLUED_HEADLINE.search(match["head"].strip()) or BRACKETED_LABEL.search(
            match["head"].strip()) else match
    if match is None or not looks_like_headline(match["head"].strip()):
        return None, body
    rest = replace(first, text=first.text[match.end() :])
    return Line(first.number, match["head"].strip(), "short"), [rest if line is first else line for line in body]


# a headline asking a question, run into its standfirst of one sentence on the page's first line ('How far is
# it to Beijing? The two countries signed a sports agreement.'): the question is the headline; a lead that
# opens with a question goes on with more sentences
QUESTION_OVER_DECK = re.compile(r"^(?P<head>[^.!?…]{8,90}\?)\s+[A-ZА-ЯЁ][^.!?…]{20,200}[.!]$")


# a Chinese page flattened into one line: the section's name, the headline, the page's date, then the lead
# ('最新消息 标题 27-01-2023 导语…', '国际新闻 《标题》 March 17, 2023 导语…', '新聞音頻 標題 2024年9月4日 …'); the
# section's name is a channel's word ('新闻', '要聞', '视频'), the headline may have a space of its own ('A会面 B:C')
SECTION_NAME = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:新闻|新聞|消息|资讯|資訊|快讯|快訊|要闻|要聞|头条|頭條|动态|動態|时政|時政|"
                          r"财经|財經|国际|國際|国内|國內|评论|評論|专题|專題|热点|熱點|音频|音頻|视频|視頻|图片|圖片|播客)\s+")
FLATTENED_HEADLINE = re.compile(r"^[^\s。！？!?，,；;][^。！？!?，,；;\n]{4,58}[^\s。！？!?，,；;]$")


def _headline_before_date(text: str) -> tuple[str, str | None, int] | None:
    """The headline a flattened page printed between its section's name and its date, the date as printed,
    and where the line goes on after the date; None where no date follows the headline."""
    dates = find_dates(text[:MAX_SCAN_LINE])
    if not dates or not text[: dates[0].start].endswith((" ", "\u3000", "\t")):
        return None
    before = text[: dates[0].start].strip()
    section = SECTION_NAME.match(before)
    head = before[section.end() :] if section else before
    if (not FLATTENED_HEADLINE.match(head) or not _mostly_cjk(head) or NOT_GLUED_HEADLINE.search(head)
            or not looks_like_headline(head)):
        return None
    if dates[0].value is None:  # a date the page ran into what follows it ('27-01-20231 Min Read'): left to the date readers
        return head, None, dates[0].start
    return head, dates[0].printed, dates[0].start + len(dates[0].printed)


def _glued_headline(text: str) -> str | None:
    question = QUESTION_OVER_DECK.match(text)
    if question:
        return question.group("head")
    dated = GLUED_DATE_LABEL.match(text)
    if dated and MIN_GLUED_HEAD <= len(dated.group("head").strip()) <= MAX_GLUED_HEAD and looks_like_headline(dated.group("head").strip()):
        return dated.group("head")  # 'Headline时间:2025-10-31 Lead…': the page's date line run in between
    match = GLUED_TO_SENTENCE.match(text)
    if match:
        # 'LinkedIn', 'YouTube' printed again further on are names, not a headline's seam
        glued = match.group("end").split()[-1] + match.group("next")
        if glued in text[match.end("next") :]:
            return None
    else:
        match = JOINED_BY_SPACE.match(text)
        if (match is None or NOT_GLUED_HEADLINE.search(match.group("head")) or LEAD_FORMULA.match(match.group("head"))
                or len(CJK.findall(match.group("head"))) < 8):
            return None
    head = match.group("head")
    if _bracket_left_open(head):
        return None  # 'Kyiv, (ExampleNews - 15th May) :A …': a capital inside a bracketed name, no seam
    return head if looks_like_headline(head.strip()) else None


def _bracket_left_open(text: str) -> bool:
    """A bracket opened and not closed: the text stops inside a bracket's words, never where a headline ends."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _headline_after_article(lines: list[Line], i: int, patterns: Patterns, above: list[Line] | None) -> Layout | None:
    """A page that prints its one paragraph first and its headline and date under it (a blog
    platform's card): the paragraph is the article, the line right under it the headline. With
    no headline under it (an aggregator's summary, then its source and date), the paragraph is
    the article all the same, printed without a headline."""
    paragraph = lines[i]
    if not has_sentence([paragraph]):
        return None
    under = [line for line in lines[i + 1 :] if line.kind != "chrome"][:1]
    title = under[0] if under and _headline_shaped(under[0], patterns) else None
    head = (above or []) + [line for line in lines if line is not paragraph]
    return Layout(title, None, head, [paragraph], [], [paragraph])


# What a page glues before its headline on the same line: a news list's date ('02.03.12 Headline',
# '2024-05-01 Headline'), with the story's section before it ('Uzbekistan 03/11/2007 Headline', 'Политика |
# 12.05.2023 14:20 | Headline') and its time after it, or the breadcrumb's home and section ('Home News Headline',
# 'Главная Новости ...')
GLUED_BEFORE_HEADLINE = re.compile(
    r"^(?:[A-ZА-ЯЁ][^\W\d_]+(?:[ \-][^\W\d_]+){0,2}\s*[|/·•]?\s*)?"
    r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*[|·•]?\s+(?=[^\W\d_])"
    r"|^(?-i:Home|Главная|Галоўная)\s+(?i:news|world|politics|economy|business|society|culture|sport|opinion|"
    r"latest news|новости|политика|экономика|общество|в мире|навіны)\s+(?=[A-ZА-ЯЁ\"“«‘'])"
    # a page's note of what is being read, glued before the headline ('You're reading: Headline')
    r"|^(?i:you(?:'|’)re reading|you are reading|now reading|вы читаете|сейчас читают)\s*:\s*"
    # a press-release wire's place and day in capitals before the headline ('KAZAKHSTAN, May 3 - Headline')
    r"|^[A-Z]{3,}(?: [A-Z]{2,}){0,2}, (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{1,2} [-–—] (?=[A-Z])"
    # a site's own name in brackets, tagging a reposted headline ('【某某網】Headline'); a column's
    # tag ('【Voice of X】Headline') is the headline's own
    r"|^【[\u4e00-\u9fff]{1,8}(?:网|網|网站|網站)】\s*(?=\S)"
)


# an instant-news list's time of posting printed after its headline ('Headline (14:15)'), or
# its counters of comments and views ('Headline 0 1719'): one number may end a headline
# ('Expo 2025'), two bare numbers after a word do not; a library catalogue's note in brackets after
# ' : ' ('Headline : [a delegation visited the twin city]'); a table's bar closing the headline's cell, with the
# row's empty cells after it ('Headline | ||||');
# a Chinese self-media post's picture alt text, the headline with the post's tags and the picture's
# number after it ('Headline 白俄罗斯 上合 俄罗斯 第1张'), a copy left where the headline line was
GLUED_AFTER_HEADLINE = re.compile(
    r"\s*[(（\[]\d{1,2}:\d{2}[)）\]]$|(?<=[^\W\d_])\s+\d{1,6}\s+\d{1,9}$|\s+:\s+\[[^\[\]]{2,300}\]$|\s+\|(?:\s*\|)*$"
    r"|(?:\s+[\u4e00-\u9fff]{1,12}){0,12}\s+第\d{1,3}[张張]$"
    # a share widget's buttons run on after the headline ('Headline Поделиться Твитнуть'): two or more
    r"|(?:\s+(?:Поделиться|Твитнуть|Share|Tweet|Email|Facebook|Twitter|WhatsApp|Telegram)){2,}$"
    # a byline run on after the headline with no space ('Headline endsBy Ann Lee (Daily Example)'): a
    # small letter, then 'By' and a capitalised name, the outlet in brackets after it
    r"|(?<=[a-z])By (?:[A-Z][\w'’\-]+ ){0,3}[A-Z][\w'’\-]+(?:\s*\([^()]{2,40}\))?$"
    # a news list's comment counter and posting day and time after the headline ('Headline 3 15.12.2025, 15:38')
    r"|(?<=[^\W\d_])(?:\s+\d{1,6})?\s+\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s+\d{1,2}:\d{2}$"
)
# a Russian deck quoting someone ('Климов: РФ и Китай могут …') run on after the headline's last small
# word; a headline that opens with the speaker ('Путин: …') is left whole. A country named in an oblique
# case before the colon ('выходит на рынок Танзании: там будут …', 'в России: …') is no speaker, whose
# name stands in the nominative: the headline's own second clause follows. So does a name after a preposition or
# an adjective in an oblique case ('в белорусском Городе: он привез …', 'из Пекина: Гости …')
GLUED_QUOTE_DECK = re.compile(r"(?<=[а-яё]{2}) (?-i:[А-ЯЁ][а-яё\-]+)(?<!ии)(?<!ию): [«\"]?[А-ЯЁа-яё].{20,}$")
# the word before a name that puts the name in an oblique case: a preposition, or an adjective agreeing with it
OBLIQUE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:в|во|на|из|изо|под|у|к|ко|с|со|о|об|при|для|по|до|от|над|за|через"
                                 r"|[а-яё\-]+(?:ом|ем|ой|ей|ого|его|ому|ему|ую|юю|ых|их))$")
# fewer words before the speaker's name are the speaker's office ('Замглавы МИД Страны Петров: …'),
# a headline opening with the speaker, not a headline of its own
MIN_WORDS_BEFORE_QUOTE_DECK = 5
# a standfirst run on after the headline with no space between them ('… визит в КиргизиюНа переговорах
# обсудили …'): the headline's last word ends in a small letter and the deck's first starts a
# sentence of its own; a long line only, so a name written in camel case ('ЕвроХим') in a headline
# of usual length is left whole. The deck may open with a word of one letter ('…в 2026 годаВ Кремле …', '…talksA new
# route …') or a quote ('…визитаМинистр …', '…визита«Мы …')
GLUED_DECK = re.compile(r"(?<=[a-zа-яёіў]{3})(?-i:[«\"“„]?[A-ZА-ЯЁІЎ][a-zа-яёіў]*)(?= )")
MIN_GLUED_LINE_CHARS = 110
MIN_WORDS_AROUND_GLUED_DECK = 4
# a Chinese wire's dateline printed before a feature's headline on its first line ('新华社明斯克4月17日电
# 通讯:Headline'): the story's credit and its kind, which the dateline and source readers take from the head
WIRE_DATELINE_BEFORE_HEADLINE = re.compile(r"^[^\s。，,]{2,24}?\d{1,2}日(?:电|電)\s*(?:(?:通讯|通訊|题|題)\s*[:：]\s*)?")


# a column's or series' name after a bar closing the headline ('Headline|“Series name”专栏', 'Headline | 专题:X',
# 'Headline｜《X》系列报道之三'): the page files the story under it; the headline is what stands before the bar
GLUED_COLUMN_LABEL = re.compile(
    r"\s*[|｜]\s*(?:(?:专栏|專欄|栏目|欄目|专题|專題)\s*[:：]\s*[^|｜]{1,30}"
    r"|[“「《\"]?[^|｜]{1,30}?[”」》\"]?\s*(?:专栏|專欄|栏目|欄目|专题|專題|系列报道|系列報道|系列)(?:之[一二三四五六七八九十\d]{1,3})?)$")
# a date in figures after the headline's last word and a space ('… с углем 08.07.2025', '… 2025-07-08 10:15'),
# on a line read as the page's stamp
TRAILING_NUMERIC_DATE = re.compile(
    r"(?<=\S)\s+(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


# a run of three or more spaces inside the headline's line: the seam where the copy ran the lead (or
# its first words) on after the headline ('Headline   The two sides…'); the headline is what stands before it
SPACE_RUN_SEAM = re.compile(r"(?<=\S) {3,}(?=\S)")


def _headline_only(title: Line | None) -> Line | None:
    """The headline without a date, breadcrumb or wire's dateline glued before it, or a time after
    it, on its line."""
    if title is None:
        return None
    text = GLUED_AFTER_HEADLINE.sub("", GLUED_BEFORE_HEADLINE.sub("", without_date_pointer(title.text), count=1))
    text = WIRE_DATELINE_BEFORE_HEADLINE.sub("", text, count=1)
    text = _headline_before_labelled_date(text) or text
    text = _without_glued_deck(_without_quote_deck(SPACE_RUN_SEAM.split(text, maxsplit=1)[0]))
    text = GLUED_COLUMN_LABEL.sub("", text)
    if title.kind == "stamp":  # the page's date run onto the headline's line after a space: the stamp's, not the headline's
        text = TRAILING_NUMERIC_DATE.sub("", text)
    return replace(title, text=text) if text != title.text and looks_like_headline(text, 2) else title


def _without_glued_deck(text: str) -> str:
    decks = list(GLUED_DECK.finditer(text)) if len(text) >= MIN_GLUED_LINE_CHARS else []
    if len(decks) != 1:
        return text
    head, deck = text[: decks[0].start()], text[decks[0].start() :]
    if min(len(head.split()), len(deck.split())) < MIN_WORDS_AROUND_GLUED_DECK:
        return text
    return head


def _without_quote_deck(text: str) -> str:
    deck = GLUED_QUOTE_DECK.search(text)
    if deck is None or len(text[: deck.start()].split()) < MIN_WORDS_BEFORE_QUOTE_DECK:
        return text
    if OBLIQUE_BEFORE_NAME.search(text[: deck.start()]):
        return text  # a place the headline names ('в белорусском Городе: …'), not the quoted speaker
    return text[: deck.start()]


# 'Headline - Outlet': the browser's title of the page, copied as its first line, the outlet's short
# name after a spaced dash (the line is read as the outlet's credit)
PAGE_TITLE = re.compile(r"^(?P<title>.{8,200}?)\s[-–|]\s(?P<outlet>[^\s\-–|]{2,12}|\w+(?: \w+){1,2})$")


def _page_title_naming_outlet(head: list[Line]) -> Line | None:
    """With no headline found, the page's first line when it is the page's title with its outlet."""
    first = head[0] if head else None
    match = PAGE_TITLE.match(first.text) if first is not None and first.kind == "source" else None
    if match is None or not looks_like_headline(match.group("title")):
        return None
    return replace(first, text=match.group("title"), kind="short")


# two or three capitalised words alone on a line ('Anna Marie Novak'): the shape of a writer's name
PERSON_NAME_LINE = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё'’\-]+(?: [A-ZА-ЯЁ][a-zа-яё'’\-]+){1,2}$")


def _page_title_over_name(head: list[Line], title: Line | None) -> Line | None:
    """The page's title with its outlet ('Headline - Outlet') when the line taken as the headline is
    only a name right under it: the writer's byline, printed where the heading would be."""
    if title is None or len(head) < 2 or head[1] is not title or not PERSON_NAME_LINE.match(title.text):
        return None
    page_title = _page_title_naming_outlet(head)
    if page_title is None or title.text.split()[-1] in page_title.text:
        return None
    return page_title


# 'Лосев, С. Крепнут связи / Сергей Лосев // Газета. — 2025. — 30 мая. — С. 5.': a library's
# bibliographic record of the article (surname and initials, title, '/' the authors, '//' the paper)
CITATION = re.compile(
    r"^[A-ZА-ЯЁ][\w\-’']+,\s[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.)?\s(?P<title>[^/]{2,300}?)\s/\s[^/]{2,120}?\s//\s\S"
)


# a blog's feed footer copied under the story ('The post <headline> appeared first on <Site>.'),
# the headline's only copy on a page that lost its own
FEED_FOOTER = re.compile(
    r"^(?:The post (?P<en>.{10,250}?) appeared first on \S.{0,80}"
    r"|Запись (?P<ru>.{10,250}?) впервые появилась (?:на сайте )?\S.{0,80})$"
)


def _feed_footer_headline(lines: list[Line]) -> Line | None:
    """The headline a feed footer names, as a line of its own."""
    for line in lines:
        match = FEED_FOOTER.match(line.text)
        if match:
            return Line(line.number, match.group("en") or match.group("ru"), "short")
    return None


def _fuller_copy(title: Line | None, head: list[Line]) -> Line | None:
    """The headline printed whole above a second copy of it that lost its first word (a dateline's
    city taken off the lead: 'МИНСК И АШХАБАД ДОГОВОРИЛИСЬ …', then 'И АШХАБАД ДОГОВОРИЛИСЬ …'):
    one word of the same letters' case, with no punctuation, is all that the whole copy adds, and
    the cut copy starts with a small letter unless it is all capitals."""
    if title is None:
        return None
    for line in head:
        if line.number >= title.number or not line.text.endswith(" " + title.text):
            continue
        word = line.text[: -len(title.text) - 1]
        # a kicker glued before a headline ('Exclusive Putin visits …') is followed by a capital
        cut = title.text.isupper() or title.text[:1].islower()
        if cut and re.fullmatch(r"[^\W\d_]+", word) and word.isupper() == title.text.isupper():
            return line
    return None


# a site's or an account's name after a space at the end of a headline's second copy ('Headline! 某某物流', 'Headline
# Harbour Times', 'Заголовок Деловой Вестник'): a name of a few words or characters, with no figure or stop
TRAILING_NAME = re.compile(r"^(?:[\u3400-\u9fff]{2,12}|[A-ZА-ЯЁ][\w&'’.\-]*(?:\s+[A-ZА-ЯЁ&][\w&'’.\-]*){0,3})$")


def _copy_without_name(title: Line | None, head: list[Line]) -> Line | None:
    """The headline printed alone above its second copy, which a mirror or a channel prints with its own name after
    it ('Headline' over 'Headline 某某物流', then the date): the line alone, whatever its kind, is the headline."""
    if title is None:
        return None
    for line in head:
        if (line.number < title.number and line.kind != "chrome" and len(line.text) >= MIN_ECHO_CHARS
                and title.text.startswith(line.text + " ") and TRAILING_NAME.match(title.text[len(line.text) + 1 :])):
            return line
    return None


# a word that never ends a headline: a preposition, an article, a conjunction ('… Symposium with' / 'Industrial Park',
# '… соглашение о' / 'сотрудничестве', '…签署合作协议的' / '联合声明'): the headline goes on in the next line
OPEN_ENDING = re.compile(
    r"(?i)(?<=[^\W\d_]{2})\s(?:with|of|and|or|to|for|at|the|a|an|from|into|between|among|its|their|via"
    r"|в|во|на|с|со|и|по|для|о|об|обо|к|ко|от|из|за|у|при|между|а|но|или|до|под|над|через|без)$"
    r"|[\u4e00-\u9fff](?:的|与|與|和|及|在|对|對|同|向|将|將)$"
)


def _headline_with_its_rest(title: Line | None, head: list[Line]) -> Line | None:
    """A headline broken at its printed line break after a word that cannot end it ('… Holds an Online Symposium
    with' / 'China-Belarus Industrial Park'): the two lines joined, whichever of them was taken for the headline,
    when the second is short, heading-shaped text (no sentence, stamp, label or list)."""
    if title is None:
        return None
    shown = [line for line in head if line.kind != "chrome"]
    at = next((i for i, line in enumerate(shown) if line is title), None)
    if at is None:
        return None
    for first, rest in ((shown[at - 1] if at else None, title), (title, shown[at + 1] if at + 1 < len(shown) else None)):
        if (first is None or rest is None or first.kind not in ("short", "stamp") or not looks_like_headline(first.text)
                or not (OPEN_ENDING.search(first.text) or _predicate_goes_on(first, rest, shown))):
            continue
        if rest.kind != "short" or re.search(r"[:,;.!?。，：]", rest.text) or _line_printed_between(first, rest, head):
            continue
        joiner = "" if CJK.match(rest.text) and CJK.search(first.text[-1:]) else " "
        return replace(first, text=first.text + joiner + rest.text)
    return None


MIN_WRAPPED_BREAKS = 2  # sentences broken mid-way at a line's end ('… will' / 'on Monday …') that make a page hard-wrapped
WRAPPED_LINE_FILL = 0.6  # of the page's widest line that a line broken by the wrap fills; a headline over a deck is shorter


def _hard_wrapped(body: list[Line]) -> int:
    """The width a hard-wrapped page's text is broken at (a press release or a document copied as plain text, each
    paragraph broken into lines of a fixed width: '… together with her' / 'counterpart …'), 0 for a page whose lines
    are its paragraphs. Wrapped when sentences run on from one line to the next, in a small letter, more than once."""
    breaks = sum(1 for line, below in zip(body, body[1:])
                 if below.number == line.number + 1 and not SENTENCE_END.search(line.text)
                 and below.text[:1].isalpha() and below.text[:1].islower())
    return max((len(line.text) for line in body), default=0) if breaks >= MIN_WRAPPED_BREAKS else 0


def _headline_wrapped_like_its_page(title: Line | None, head: list[Line], body: list[Line]) -> Line | None:
    """On a hard-wrapped page, a headline too long for the width broken like the text ('… to co-chair South Africa
    Germany' / 'Bi-national Commission, 23 to 24 Oct'): two lines with no blank line around them or between them, the
    first filling the width, neither ending with a stop; joined. A headline over a standfirst fills less of the line,
    or the standfirst ends with its stop."""
    width = _hard_wrapped(body)
    if title is None or not width:
        return None
    shown = [line for line in head if line.kind != "chrome"]
    at = next((i for i, line in enumerate(shown) if line is title), None)
    if at is None or at + 1 >= len(shown):
        return None
    rest, after = shown[at + 1], shown[at + 2] if at + 2 < len(shown) else None
    before = shown[at - 1] if at else None
    if (rest.number != title.number + 1 or rest.kind != "short" or len(title.text) < WRAPPED_LINE_FILL * width
            or (after is not None and after.number == rest.number + 1)
            or (before is not None and before.number == title.number - 1)
            or SENTENCE_END.search(title.text) or SENTENCE_END.search(rest.text)):
        return None
    return replace(title, text=title.text + " " + rest.text)


def _line_printed_between(first: Line, rest: Line, head: list[Line]) -> bool:
    """A line of the page's chrome printed between the two ('The Ministry of the' / 'Republic of X' / headline):
    the first line's open end is carried on by that line (a masthead broken in two), not by the line after it."""
    return any(first.number < line.number < rest.number for line in head)


# a Chinese line opening with a preposition or coverb that starts a predicate ('在某大学召开', '于首都举行',
# '向灾区捐赠物资', '与某国签署协议', '为两国合作注入动力', '将赴某国访问'): the rest of a headline whose subject
# (a noun phrase, '某某青年论坛') the line above printed, broken at the page's line break
PREDICATE_OPENING = re.compile(
    r"^(?:在(?!线|線)|于|於|向|与|與|跟|为(?!何|什么)|為(?!何|什麼)|将|將|从|從|被|赴|首次|首度|成功|顺利|順利|隆重|圆满|圓滿)"
    r"[\u4e00-\u9fff]")
MIN_SUBJECT_CHARS = 6  # a headline's subject printed alone; a column's label over a headline is shorter ('热点关注')


def _predicate_goes_on(first: Line, rest: Line, shown: list[Line]) -> bool:
    """The Chinese line right under a noun-phrase line (no blank line between) opens the predicate the first line
    lacks: one headline printed over two lines. A line printed twice is a picture's caption under a whole headline."""
    return (rest.number == first.number + 1 and bool(PREDICATE_OPENING.match(rest.text)) and _mostly_cjk(first.text)
            and sum(line.text == rest.text for line in shown) == 1
            and len(first.text) >= MIN_SUBJECT_CHARS and not re.search(r"[\s:：,，。！？!?、|｜]", first.text))


# a Chinese line opening with an adverb that needs the subject of the line above ('均认为…', '并将…', '还…', '亦…'):
# a deck going on from the headline over it ('哈各界专家学者谈某访问意义' / '均认为将为两国合作注入新动力')
SUBJECTLESS_OPENING = re.compile(r"^(?:均|都|并|並|还|還|亦|也|又|则|則|皆|且|遂)[\u4e00-\u9fff]")


def _main_title_over_subjectless_deck(title: Line | None, head: list[Line], patterns: Patterns) -> Line | None:
    """The headline right over a Chinese deck taken for it, when the deck opens with an adverb that needs the
    headline's subject: the deck says what the headline's subject did, so the headline is the line above."""
    if title is None or not SUBJECTLESS_OPENING.match(title.text):
        return None
    above = [line for line in head if line.number < title.number and line.kind != "chrome"]
    if not above or above[-1].number != title.number - 1 or not _mostly_cjk(above[-1].text):
        return None
    return above[-1] if _headline_shaped(above[-1], patterns) else None


def _after_citation(lines: list[Line], patterns: Patterns) -> Layout | None:
    """The article under a bibliographic record that opens the page (a press digest's entry):
    the record's title is the headline; the record joins the head."""
    for i, line in enumerate(lines[:MAX_HEAD_LINES]):
        match = CITATION.match(line.text)
        if match:
            inner = find_layout(lines[i + 1 :], patterns, lines[: i + 1])
            if inner is None:
                return None
            return replace(inner, title=_headline_only(Line(line.number, match.group("title").strip(), "short")))
        if line.kind == "prose":
            return None
    return None


# '8. Part heading', '2. World': an item of a numbered list (a breadcrumb printed as a list, a
# numbered part of a feature spread over pages), never the page's headline
NUMBERED_ITEM = re.compile(r"^\d{1,2}\.(?:\s|(?=[\u3400-\u9fff]))")
# '(一)Visit of a delegation', '（2）…', '三、Talks': a numbered part of an outline (a briefing's, a report's sections
# and items, in Chinese ordinals or bracketed figures), never the page's headline; '一、二月份…' (January and
# February) is no ordinal
OUTLINE_ITEM = re.compile(r"^(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d]))")


# A picture's alt text printed with the site's name and the image's width, and the date of the
# picture's story ('Flags of two countries - Example News, 1920, 06.07.2024')
IMAGE_ALT = re.compile(r"\s[-–—]\s(?P<suffix>[^,\-–—]{2,40},\s\d{3,4})(?P<date>,\s\d{1,2}\.\d{1,2}\.\d{4})?$")


def _image_alt_suffixes(lines: list[Line]) -> set[str]:
    """The ' - Site, width' ends that more than one line of the page shares: without a date, the
    end alone could be a headline's ('... - Minsk, 1920'); a site prints it under every picture."""
    ends = [match.group("suffix") for line in lines if (match := IMAGE_ALT.search(line.text))]
    return {end for end in ends if ends.count(end) > 1}


def _image_alt(line: Line, suffixes: set[str]) -> bool:
    """A picture's alt text with the site's name and width, never a headline."""
    match = IMAGE_ALT.search(line.text)
    return match is not None and (match.group("date") is not None or match.group("suffix") in suffixes)


# a picture left in the copy as Markdown ('![](https://...)', '![alt]()')
PICTURE = re.compile(r"^!\[[^\]]{0,200}\]\([^)]{0,500}\)$")
CAPTIONED_PICTURES = 2  # pictures each with a short line under it that make a page that captions them


def _captions_under_pictures(lines: list[Line]) -> set[int]:
    """The numbers of the short lines right under pictures, on a page that prints such a line
    under more than one picture ('![]()' / 'Security Council' / paragraph): the pictures'
    captions, never the headline. Under one picture alone, the line may be the headline."""
    under = [below.number for above, below in zip(lines, lines[1:])
             if PICTURE.match(above.text) and below.number == above.number + 1 and below.kind == "short"]
    return set(under) if len(under) >= CAPTIONED_PICTURES else set()


# the one who gave a picture, named in its caption ('... in this photo provided by the Defence Ministry')
PROVIDER = re.compile(r"(?i)\b(?:by|courtesy of|credit|source)\b[:\s](?P<provider>[^.;()]{2,80})")
STEM_CHARS = 5  # letters that tell a word from its other forms ('Belarus', 'Belarusian'; 'Defence', 'Defense')


def _credits_photo(lines: list[Line], i: int) -> bool:
    """A line next to a photo's caption that only names the caption's provider ('Defence Ministry'
    over '... in this photo provided by the Defence Ministry.'): the picture's credit, not a headline."""
    stems = _stems(lines[i].text)
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and abs(lines[j].number - lines[i].number) == 1 and lines[j].kind == "caption":
            for match in PROVIDER.finditer(lines[j].text):
                if stems and stems <= _stems(match.group("provider")):
                    return True
    return False


# a photographer's credit alone on its line, with the agency after a slash ('Piotr Nowak/PAP', 'AP Photo/Ann Lee')
SLASHED_PHOTO_CREDIT = re.compile(
    r"^[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}\s?/\s?[A-Z][\w.&'’\-]+(?: [A-Z][\w.&'’\-]+){0,2}$")
CAPTION_WORDS = 15  # a line this long over a photo's credit tells what the photo shows; headlines are shorter


def _caption_over_credit(lines: list[Line], i: int) -> bool:
    """A long line right over a photographer's credit ('… cross the border' / 'Piotr Nowak/PAP'): the
    caption of the photo, its stop lost in the copy, not the headline (a headline over a credit is shorter)."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (below is not None and below.number - lines[i].number <= 2 and word_count(lines[i].text) >= CAPTION_WORDS
            and bool(SLASHED_PHOTO_CREDIT.match(below.text)))


# a picture's caption, a sentence closed by its stop and then the picture's credit in brackets ('… in Islamabad on
# 26 November. (Example TV)', '… chair the talks. (Photo courtesy: Press Office)', '… на переговорах. [Фото: Иван
# Петров]', '…举行会谈。（某某社）'): a headline has no stop before a closing credit. A tag of the piece's media after
# the stop ('(Video)', '(Фото)', '（组图）') marks a headline's story, not a picture's credit
CLOSING_CREDIT = re.compile(
    r"[.!?。！？][\"'”’»」]?\s*[(\[（【]\s*(?P<credit>[^()\[\]（）【】.!?。！？]{2,60})\s*[)\]）】]\s*$")
MEDIA_TAG = re.compile(
    r"(?i)^(?:(?:\+\s*)?(?:video|videos|photos?|pictures|gallery|infographic|audio|podcast|live|updated?|watch|opinion|analysis"
    r"|видео|фото|фоторепортаж|инфографика|аудио|обновлено|онлайн|трансляция|мнение"
    r"|视频|視頻|组图|組圖|图|圖|图片|圖片|音频|音頻|直播|更新)(?:\s*[+&/,]\s*\w+)?)$")


def _caption_with_closing_credit(text: str) -> bool:
    match = CLOSING_CREDIT.search(text)
    return match is not None and not MEDIA_TAG.match(match["credit"].strip())


# A picture's caption that only names who stands in it, each by office and name, two or more joined by 'and' ('The
# President of X, Ann Lee, and the Prime Minister of Y, Tom Obi', 'Президент X Иван Петров и премьер-министр Y Анна
# Ли', '某国总统李明和某国总理王华'): no verb, so no headline. An office's words and its country's name, then a
# person's name of capitalised words; an English Title Case headline ('President Lee And Prime Minister Obi Sign
# Deal') capitalises its 'And', and the list's lower-case 'of' or its commas set the caption apart from it
OFFICE_EN = (r"(?:[Vv]ice[- ])?(?:President|Prime Minister|Premier|Chairman|Chairwoman|Chairperson|Chancellor|King|Queen|"
             r"Emperor|Emir|Sultan|Crown Prince|Prince|Sheikh|Minister|Foreign Minister|Secretary|Secretary[- ]General|"
             r"Ambassador|Governor|Mayor|Speaker|Head|Leader|Director[- ]General|Chief Executive)")
PERSON_EN = (rf"(?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){{0,2}}{OFFICE_EN}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*"
             rf"(?:\s+(?:of|the|and|[A-Z][\w'’\-]*))*?)?,?\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,4}}")
NAMES_AND_TITLES_EN = re.compile(rf"^{PERSON_EN}(?:,?\s+(?:and|&)\s+{PERSON_EN}|,\s+{PERSON_EN}){{1,4}},?$")
OFFICE_RU = (r"(?:[Вв]ице-)?(?:[Пп]резидент|[Пп]ремьер-министр|[Пп]редседатель|[Мм]инистр|[Гг]лава|[Кк]ороль|[Кк]оролева|"
             r"[Ээ]мир|[Сс]ултан|[Кк]анцлер|[Пп]осол|[Гг]убернатор|[Мм]эр|[Сс]пикер|[Гг]енеральный секретарь|[Гг]енсек)")
PERSON_RU = (rf"{OFFICE_RU}(?:\s+(?:[а-яё\-]+\s+)?(?:[А-ЯЁ][\w\-]*|государства|правительства|республики|"
             rf"иностранных|дел|совета|министров)){{0,5}}?,?\s+[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+){{1,4}}")
NAMES_AND_TITLES_RU = re.compile(rf"^{PERSON_RU}(?:,?\s+и\s+{PERSON_RU}|,\s+{PERSON_RU}){{1,4}},?$")
OFFICE_ZH = r"(?:总统|總統|国家主席|國家主席|主席|总理|總理|首相|国王|國王|外长|外長|部长|部長|议长|議長|大使|总书记|總書記)"
PERSON_ZH = rf"[\u4e00-\u9fff]{{1,10}}{OFFICE_ZH}[\u4e00-\u9fff]{{2,4}}(?:·[\u4e00-\u9fff]{{1,6}}){{0,3}}"
NAMES_AND_TITLES_ZH = re.compile(rf"^{PERSON_ZH}(?:[和与與同、]{PERSON_ZH}){{1,4}}$")
# what a Chinese headline's last words do after the names ('…王华会谈', '…李明举行会晤'): a verb, no name
ZH_CLOSING_VERB = re.compile(r"(?:会谈|會談|会见|會見|会晤|會晤|通话|通話|举行|舉行|签署|簽署|出席|访问|訪問|见面|見面|致电|致電)$")


def _names_and_titles_alone(text: str) -> bool:
    if NAMES_AND_TITLES_ZH.match(text):
        return not ZH_CLOSING_VERB.search(text)
    english = NAMES_AND_TITLES_EN.match(text)
    if english and (" of " in text or "," in text):
        return True
    return bool(NAMES_AND_TITLES_RU.match(text))


def _stems(text: str, min_chars: int = 1) -> set[str]:
    """The words of a text cut to their first letters, so that a word's other forms match."""
    return {fold(word)[:STEM_CHARS] for word in WORD.findall(text) if len(word) >= min_chars}


MIN_TOPIC_CHARS = 4  # shorter words ('of', 'и', 'the') tell nothing of what a line is about


def _menu_row_over(lines: list[Line], title: Line | None, stopped: Line, article: list[Line]) -> bool:
    """Whether the headline found is a menu's row ('Выставки Наука и технология', printed right
    under its other row) over the real headline, a sentence with a full stop right above the
    date line: the row shares no word with the article's first lines, the sentence does. A
    headline's standfirst is about its article, and so is the headline above it."""
    if title is None or title.number > stopped.number:
        return False
    if not any(line.number == title.number - 1 and line.kind in ("short", "chrome") for line in lines):
        return False  # a line alone is no row of a menu
    sample = set().union(*(_stems(line.text, MIN_TOPIC_CHARS) for line in article if line.kind == "prose"))
    topic = _stems(title.text, MIN_TOPIC_CHARS)
    return bool(topic) and not topic & sample and bool(_stems(stopped.text, MIN_TOPIC_CHARS) & sample)


# Small words that end no headline but end a line of hard-wrapped text ('... a memorandum of
# understanding in' / 'Beijing yesterday ...'); lower case only, so 'Belarus Steps In' is kept
WRAPPED_END = re.compile(r"\s(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|as|that|which|who|whose|its|their|is|are|was|were|has|have|had)$")

# a lower-case word opening the line (not a web address), or the sentence's last word alone on it ('ties.')
GOES_ON = re.compile(r"^[a-zà-ÿа-яё]+(?:[\s,]|[.!?…]$)")


MIN_LIST_ITEMS = 2  # numbered lines in a row under a line that make it a list's heading


# a pull quote's attribution under it ('- Anna Petrova', '— Иван Сидоров'): a dash and a name alone
QUOTE_ATTRIBUTION = re.compile(r"^[-–—]\s*[A-ZА-ЯЁ][\w'’\-]+(?:\s+[A-ZА-ЯЁ][\w'’.\-]+){1,3}$")
QUOTED_LINE = re.compile(r"^[\"«“„].{10,}[\"»”]$")


BUTTON_REACH = 2  # the promotion's name and its one-line pitch over the button


def _over_call_to_action(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """A line right over a promotion's button, or over its one-line pitch and then the button ('Get more with X' /
    'A personalised feed of …' / 'Learn more'): a box selling the site's service, never the headline."""
    following = lines[i + 1 : i + 1 + BUTTON_REACH]
    for place, line in enumerate(following):
        if fold(line.text) in patterns.calls_to_action:
            return all(other.kind != "prose" for other in following[:place])
    return False


# what a picture's caption adds after the words of its alt text: the picture's credit after a slash or a
# label ('… / site.by', '… | Photo: Ann Lee', '… © Agency', '… (Фото: X)', '… 图/新华社'); a page's title adds
# its outlet's name after a bar or a dash ('Headline | Outlet') and is no caption
CAPTION_CREDIT_TAIL = re.compile(
    r"(?i)^\s*(?:[/©]|(?:[|｜—–-]\s*)?\(?(?:photo|фото|图|圖|摄影|攝影)\b)\s*[^\s].{0,60}\)?$")


def _alt_text_and_credited_caption(lines: list[Line], i: int) -> bool:
    """A line printed again right below it with a credit added ('Teacher at the board' / 'Teacher at the board /
    site.by'), or that second line: a picture's alt text and its caption, neither of them the headline."""
    for above, below in ((lines[i - 1] if i else None, lines[i]), (lines[i], lines[i + 1] if i + 1 < len(lines) else None)):
        if above is None or below is None or below.number - above.number > 2:
            continue
        short, long = above.text.strip(), below.text.strip()
        if len(short) >= MIN_ALT_CHARS and long.startswith(short) and CAPTION_CREDIT_TAIL.match(long[len(short):]):
            return True
    return False


MIN_ALT_CHARS = 12  # an alt text long enough to describe a picture; a shorter line may start another by chance


LONE_CELL_BAR = re.compile(r"^\s*\|\s*$")
CLOSING_CELL_BAR = re.compile(r"\S\s+\|\s*$")


def _caption_in_picture_cell(lines: list[Line], i: int) -> bool:
    """A line closed by a table's cell bar right under a bar alone on its line ('|' / 'The minister speaks at the
    opening |'): a grid's picture, its image dropped by the copy, and the caption in the cell under it. A cell
    with another closed cell right under it ('Headline |' / 'Its deck |') is a paper's headline over its deck, in
    the table of a page: a caption stands alone in its cell."""
    return (i > 0 and bool(CLOSING_CELL_BAR.search(lines[i].text)) and bool(LONE_CELL_BAR.match(lines[i - 1].text))
            and not _closed_cell_under(lines, i))


def _closed_cell_under(lines: list[Line], i: int) -> bool:
    """The line right under line i is text closed by a cell bar: the next row of the same table."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and below.number == lines[i].number + 1 and bool(CLOSING_CELL_BAR.search(below.text))


def _pull_quote(lines: list[Line], i: int) -> bool:
    """A quotation set out above the article with its speaker's name under it, a pull quote
    and not the headline, whose words are the page's own."""
    return (QUOTED_LINE.match(lines[i].text) is not None and i + 1 < len(lines)
            and QUOTE_ATTRIBUTION.match(lines[i + 1].text) is not None)


def _list_follows(lines: list[Line], i: int) -> bool:
    """A heading above a numbered list ('Most read' / '1. Other headline' / '2. ...'): a box of
    other stories' headlines, its heading no headline of this page."""
    following = lines[i + 1 : i + 1 + MIN_LIST_ITEMS]
    return len(following) == MIN_LIST_ITEMS and all(NUMBERED_ITEM.match(line.text) for line in following)


def _bulleted_list_item(lines: list[Line], i: int) -> bool:
    """An item of a bulleted list ('• Other story' / '• Another story'), the line above or below it
    marked the same: a box of other stories' teasers. A headline copied as a list's item stands alone or
    last under steps that are no headlines ('• Home' / '• News' / '• Headline'), which is left to the
    breadcrumb's rules."""
    mark = lines[i].text[:1]
    if mark not in BULLET_MARKS:
        return False
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(line.text.startswith(mark) and line.kind != "chrome" and word_count(line.text) > 2 for line in near)


def _list_teaser(lines: list[Line], i: int) -> bool:
    """A teaser right under its story's headline in a numbered box of other stories ('1. Other
    headline' / 'Its first sentence.' / '2. ...') above the article: not where the article starts."""
    if i == 0 or lines[i].kind != "prose":
        return False
    item = lines[i - 1]
    if item.number != lines[i].number - 1 or item.kind != "short" or not NUMBERED_ITEM.match(item.text):
        return False
    near = lines[max(0, i - 3) : i - 1] + lines[i + 1 : i + 3]
    return any(NUMBERED_ITEM.match(other.text) for other in near)


MIN_PLACE_ITEMS = 6  # names in a site's list of regions or sections; a lead lists fewer with one noun
MAX_PLACE_ITEM_WORDS = 3
SHARED_NOUN_SHARE = 0.75  # of the names that end with the same word ('… область', '… Province', '…省')
PLACE_ITEM_SEP = re.compile(r"\s*[,;、，；]\s*|\.\s+|\s*[:：]\s*")


def _place_list(line: Line) -> bool:
    """A 'paragraph' that is only a site's list of regions ('District: Aa Oblast, Bb Oblast, Cc
    Oblast, …'): short names, most ending with the same noun, with no sentence among them; a
    lead naming places names fewer, with words between them."""
    if line.kind != "prose":
        return False
    items = [item for item in PLACE_ITEM_SEP.split(line.text.strip().rstrip(".。")) if item]
    if len(items) < MIN_PLACE_ITEMS or any(len(item.split()) > MAX_PLACE_ITEM_WORDS for item in items):
        return False
    last_words = [item.split()[-1].lower() for item in items]
    return max(last_words.count(word) for word in set(last_words)) >= SHARED_NOUN_SHARE * len(items)


# a line cut off by the page with an ellipsis, whole sentence or not ('Site Hockey News Federation
# heads le...'): a page title, breadcrumb or teaser shortened to fit, with no full stop inside (a title's
# abbreviation before a name, 'Mr. Mekh', 'Dr. Li', 'г-н', is no stop)
CUT_SHORT = re.compile(r"^(?:[^.!?。！？]|(?<![^\W\d_])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt)\.(?= [A-Z]))+(?:\.\.\.|…)$")


def _cut_short_above(lines: list[Line], i: int) -> bool:
    """A 'paragraph' cut short with an ellipsis above a paragraph printed whole: the page's
    title or a teaser shortened to fit, not where the article starts. A page whose only text
    is cut short keeps it."""
    if lines[i].kind != "prose" or not CUT_SHORT.match(lines[i].text):
        return False
    return any(line.kind == "prose" and not CUT_SHORT.match(line.text) for line in lines[i + 1 :])


MIN_RUN_ON_WORDS = 6  # words of a wrapped line of text; a masthead's second line is shorter ('republic of X')


def _wrapped_sentence(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """A line of a text wrapped at a fixed width: it ends with a small word, or the next line
    (no blank line between) starts in lower case, so the sentence goes on; or it goes on from
    such a line above, or itself starts in lower case under a line of text."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else None
    previous = lines[i - 1] if i > 0 else None
    if following is not None and following.number == line.number + 1:
        text_below = following.kind in ("short", "prose") and not is_byline(following.text, patterns)
        if text_below and (WRAPPED_END.search(line.text) or GOES_ON.match(following.text)):
            return True  # the sentence goes on below ('... his counterpart' / 'and his ...')
        if following.kind == "source" and WRAPPED_END.search(line.text) and SENTENCE_END.search(following.text):
            return True  # its last words an outlet's or a body's name ('… a speech at the' / 'University of X.')
    if (following is not None and following.kind == "prose" and WRAPPED_END.search(line.text)
            and GOES_ON.match(following.text)):
        return True  # a sentence the copy broke into two paragraphs ('… agreed on setting up a' / 'joint company …')
    if previous is None or previous.number != line.number - 1:
        return False
    above = lines[i - 2] if i > 1 else None
    if (above is not None and above.number == previous.number - 1 and previous.kind in ("short", "prose")
            and GOES_ON.match(previous.text) and word_count(previous.text) >= MIN_RUN_ON_WORDS
            and not previous.text.endswith((".", "!", "?"))):
        return True  # the next line of a sentence already running on from above ('region will visit' / 'Khatlon province …')
    # a line opening in lower case right under a line of text takes up its sentence ('... with
    # partners and' / 'joint projects. So said ...'), whatever language's small word ends the line above
    # (a dated line too: 'Site | 08.09.2014 | A delegation of the Minsk' / 'region will visit …', the
    # lead run on after the stamp)
    runs_on = previous.kind in ("short", "prose") or (previous.kind == "stamp" and not previous.text.endswith((".", "!", "?")))
    return bool(WRAPPED_END.search(previous.text)) or (runs_on and bool(GOES_ON.match(line.text)))


def _full_wrapped_line(lines: list[Line], i: int) -> bool:
    """A line inside a text hard-wrapped at a fixed width ('… Wen held talks with the Ruritanian' /
    'President John Smith and …'): with lines of text right above and below, it closes no sentence
    and the next line's first word would not have fitted on it within the widest line of its block,
    so the wrap broke it there. A headline over a wrapped lead is
    shorter than the width, or the first line of the block, and is kept."""
    if _mostly_cjk(lines[i].text):
        return False
    previous, line = (lines[i - 1] if i > 0 else None), lines[i]
    if previous is None or previous.number != line.number - 1 or previous.kind not in ("short", "prose"):
        return _first_line_of_wrapped_lead(lines, i)
    width = max(len(other.text) for other in _text_block(lines, i))
    following = lines[i + 1] if i + 1 < len(lines) else None
    if len(line.text) >= width:
        return False  # the widest line of its block sets no width it could overflow (a headline under menu items)
    return (following is not None and following.number == line.number + 1 and following.kind in ("short", "prose")
            and _broken_by_wrap(line, following, width))


MIN_WRAPPED_BLOCK_LINES = 4  # lines of a hard-wrapped paragraph block; a headline over a one- or two-line lead is kept
LEAD_LINE_FILL = 0.9  # of the block's width a lead's first line fills when the wrap broke it (all but the next word); a headline, mostly less


def _first_line_of_wrapped_lead(lines: list[Line], i: int) -> bool:
    """The first line of a block hard-wrapped at a fixed width, with no line of text above it, that fills the
    block's width and closes no sentence, the next line's first word too long to fit on it ('Visiting Premier X
    and his counterpart' / 'Y held talks in Z on Monday on closer' / 'ties.'): the lead's first words, its
    headline not copied; a headline set right over such a block is shorter than its width."""
    following = lines[i + 1] if i + 1 < len(lines) else None
    if following is None or following.number != lines[i].number + 1 or following.kind not in ("short", "prose"):
        return False
    block = _text_block(lines, i)
    if len(block) < MIN_WRAPPED_BLOCK_LINES:
        return False
    width = max(len(other.text) for other in block)
    line = lines[i]
    return len(line.text) >= LEAD_LINE_FILL * width and _broken_by_wrap(line, following, width)


def _inside_text_run(lines: list[Line], i: int) -> bool:
    """A line with lines of text right above and below it, no blank line between: on a page that opens with a
    hard-wrapped lead, one more line of that text (its line breaks fall anywhere: 'ties in January' / '1998. …'),
    never a headline set apart."""
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return len(near) == 2 and all(abs(other.number - lines[i].number) == 1 and other.kind not in ("chrome", "stamp")
                                  for other in near)


def _broken_by_wrap(line: Line, following: Line, width: int) -> bool:
    """A long line closing no sentence, and the next line's first word too long to fit on it."""
    closed = line.text.endswith((".", "!", "?", ":", "\u201d", '"'))
    fits = len(line.text) + 1 + len(following.text.split()[0]) <= width
    return not closed and not fits and word_count(line.text) >= MIN_RUN_ON_WORDS


WRAP_REACH = 8  # lines each way that give a wrapped block its width


def _text_block(lines: list[Line], i: int) -> list[Line]:
    """The lines of text around line i with no blank line between them, a few each way."""
    block = [lines[i]]
    for step in (-1, 1):
        j = i
        while (0 <= j + step < len(lines) and abs(i - j) < WRAP_REACH and lines[j + step].kind in ("short", "prose")
               and lines[j + step].number == lines[j].number + step):
            j += step
            block.append(lines[j])
    return block


MIN_WRAP_WIDTH = 24  # characters of a Chinese text hard-wrapped at a fixed width; headlines are mostly shorter


def _fixed_width_block(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """A line of a Chinese text hard-wrapped at a fixed width ('…雙方就擴大合作深' / '入交換了意見，…'):
    a long line with no closing mark whose neighbouring line of text is as long, give or take one,
    and is not the same line printed again (a headline repeated, a gallery's 'Headline 第1张') nor a
    byline ('新华社记者王明 李华报道' under a headline of the same length), nor a line in another
    script (a date stamp in digits and Latin letters)."""
    text = lines[i].text
    if len(text) < MIN_WRAP_WIDTH or not _mostly_cjk(text) or text[-1] in "。！？!?”」":
        return False
    near = [lines[j] for j in (i - 1, i + 1)
            if 0 <= j < len(lines) and lines[j].kind in ("short", "prose") and _mostly_cjk(lines[j].text)
            and not _credits_writer(lines[j].text, patterns)]
    opening = text[: MIN_WRAP_WIDTH // 2]
    return any(abs(len(other.text) - len(text)) <= 1 and not other.text.startswith(opening) for other in near)


def _mostly_cjk(text: str) -> bool:
    return len(CJK.findall(text)) * 2 >= len(text)


def _credits_writer(text: str, patterns: Patterns) -> bool:
    """A line a byline's pattern reads, however many words it has (a long CJK credit line); a column's
    bracketed label read as one ('…(记者观察)') names no writer."""
    sample = without_column_label(text[:MAX_SCAN_LINE])
    return any(p.search(sample) for p in patterns.bylines)


# 'Introduction: ...', '引言:…', 'Введение': the heading of a long text's first section (a copy
# that starts below the headline), never the headline itself
FIRST_SECTION = re.compile(r"(?i)^(?:引言|前言|导言|導言|绪论|緒論|introduction|введение|вступление|предисловие)\s*(?:[:：.—–-]|$)")


# a Chinese wire's dateline alone on its line ('中央社／ 台北23日電', '新华社北京5月1日电'): the
# story's credit, which the dateline and source readers take from the head, never its headline
LONE_WIRE_DATELINE = re.compile(r"\d{1,2}日(?:专|專)?(?:电|電|讯|訊)$")  # '專電': a special dispatch
# an agency's bracketed tag opening a lead paragraph ('《某某通訊社２２日專訊》某國宣布…'), which a
# hard wrap may leave as short as a headline: the story's first line, never its headline
WIRE_LEAD = re.compile(r"^[《【〔][^》】〕\s]{2,20}?\d{1,2}日(?:专讯|專訊|讯|訊|电|電)[》】〕]")
# a wire's lead opening with its city in capitals and its day, no dash after them ('MOSCOW, March 20
# Belarusian Potash Company', a hard wrap cutting it as short as a headline); with a dash the headline follows
EN_WIRE_LEAD = re.compile(r"^(?-i:[A-Z]{3,}(?: [A-Z]{2,}){0,2}), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? "
                          r"\d{1,2} (?=[A-Z(])")
# a speech's salutation on its own line ('Dear colleagues!', '尊敬的各位来宾:'): the text's first
# words, never its headline
# a social post embedded in the page, printed with its short link ('… https://t.co/x pic.twitter.com/y')
EMBEDDED_POST = re.compile(r"(?:https?://t\.co/|pic\.twitter\.com/)")
# the signature an embedded social post closes with ('— Anna Lee (@annalee)', its date on the next
# line): the quoted post's writer, never the headline
POST_SIGNATURE = re.compile(r"^[—–-]\s*[^()@\n]{2,60}\(@\w{1,30}\)")
# a blog's post line where the writer's name is left empty and a clock time follows the label
# ('Written by 12:00 am General', 'Posted by 9:15 News'): the post's time and category
EMPTY_BYLINE_TIME = re.compile(r"(?i)^(?:written|posted|published)\s+(?:by|on)\s+\d{1,2}:\d\d\b")
# a reposting site's credit of where the story came from ('轉載:某某網', '来源:某某报', '本文转自:某某社'): a label, never a headline
REPOST_CREDIT = re.compile(r"^(?:本文|文章|原文)?(?:转载自|轉載自|转载|轉載|转自|轉自|来源|來源|稿源|出处|出處)\s*[:：]")
# a Chinese paper's reporter credit alone on a line, the outlet before the role and the names after a
# space ('某某云/某某日报记者 王明', '本报记者 王明 李华'), the photographer's credit after it ('… 摄影李华'):
# a credit, never a headline
REPORTER_CREDIT = re.compile(r"^[\u4e00-\u9fff/／·]{0,20}(?:记者|記者|通讯员|通訊員)\s+[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}"
                             r"(?:\s+(?:摄影|攝影|摄|攝)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4})?$")
# a Chinese reporter's credit with the work done after a slash ('記者王明/編譯', '记者 李华／综合报道', '某某社记者张三、
# 李四/北京报道', '通讯员王五|整理'): who compiled or filed the story, never its headline
REPORTER_CREDIT_WITH_ROLE = re.compile(
    r"^[\u4e00-\u9fff·]{0,20}?(?:记者|記者|通讯员|通訊員|特派员|特派員|特约记者|特約記者)\s*[\u4e00-\u9fff·]{2,5}"
    r"(?:\s*[、,，]\s*[\u4e00-\u9fff·]{2,5}|\s+[\u4e00-\u9fff·]{2,5}){0,3}\s*[/／|｜]\s*[\u4e00-\u9fff]{0,6}?"
    r"(?:编译|編譯|报道|報道|報導|报导|整理|撰稿|撰文|采写|採寫|摄影|攝影|摄|攝|综合|綜合|专访|專訪|翻译|翻譯)"
    r"(?:报道|報道|報導|报导|外电|外電)?$")
# two Chinese names of two or three characters with a mark the copy could not decode between them
# ('孫紅?韓奕琛', the page's middle dot lost): the writers' byline; a headline is longer and says something
CJK_NAME_PAIR = re.compile(r"^[\u4e00-\u9fff]{2,3}[?\ufffd][\u4e00-\u9fff]{2,3}$"
                           # two people named by a picture's caption ('李明和王华', '维克托·赫列宁和董军')
                           r"|^(?:[\u4e00-\u9fff]{1,4}·)?[\u4e00-\u9fff]{2,4}和(?:[\u4e00-\u9fff]{1,4}·)?[\u4e00-\u9fff]{2,4}$")
# two people's names joined by 'и' ('Анна Петрова и Иван Сидоров', 'Мухаммед Бен Заид аль-Нахайян'): a
# picture's caption; a Russian headline capitalises only its first word and names, and says something
NAME_PAIR = re.compile(r"^(?:(?:[А-ЯЁ][а-яё'’\-]+|аль-[А-ЯЁ][а-яё\-]+)\s){1,3}(?:[А-ЯЁ][а-яё'’\-]+|аль-[А-ЯЁ][а-яё\-]+)"
                       r"\sи\s(?:(?:[А-ЯЁ][а-яё'’\-]+|аль-[А-ЯЁ][а-яё\-]+)\s){1,3}(?:[А-ЯЁ][а-яё'’\-]+|аль-[А-ЯЁ][а-яё\-]+)$")
SALUTATION = re.compile(r"(?i)^(?:dear|уважаем\w*|дорог\w*|尊敬的|亲爱的|親愛的)[^.。]{0,80}[!！:：,，]$")
# a transcript's first words, its speaker's label before a greeting ('Д.Медведев: Добрый день!',
# 'A.Lee: Good afternoon, colleagues!'): the speech, never its headline
SPEAKER_GREETING = re.compile(
    r"(?i)^[^:：!.]{0,20}\.?[^:：!]{1,30}[:：]\s*(?:добрый\s+(?:день|вечер)|доброе\s+утро|здравствуйте|good\s+(?:morning|afternoon|evening)|"
    r"ladies\s+and\s+gentlemen|уважаем\w*|dear\b|女士们|先生们|大家好)[^.!?]{0,60}[!.]?$")
# the words that open a sentence crediting what it reports ('Как сообщает пресс-центр', 'As reported
# by the ministry'), left alone on a line by the copy: the lead's first words, never a headline
REPORTING_OPENER = re.compile(r"(?i)^(?:как\s+(?:сообща\w+|переда[её]\w+|пиш\w+|информиру\w+)|as\s+reported\s+by)\b[^.!?]{0,60}$")
# an agency's bracketed credit of its photographer closing a picture's text, a table cell's bar after it
# ('... in the capital, May 3. [Xinhua/Li Ming] |'): a caption, never a headline (kept as prose, since
# the event's day a caption names is still read); or a name with the network the picture was posted on, or a
# labelled credit ('… Xi Jinping. [Ruto, X]', '… в Минске. [Фото: Иван Петров]', '…会面。【图/李明】')
BRACKETED_CREDIT = (r"[A-ZА-ЯЁ\u4e00-\u9fff][\w .'’\-]{0,30}(?:/|,\s?)[^\]\[/【】]{1,40}"
                    r"|(?i:photo|picture|image|фото|图|圖|摄影|攝影)\s*[:：/]\s*[^\]\[【】]{2,40}")
BRACKETED_PHOTO_CREDIT = re.compile(rf"[.!?。»\"”]\s*(?:\[(?:{BRACKETED_CREDIT})\]|【(?:{BRACKETED_CREDIT})】)\s*\|?\s*$")
# a picture's caption closed by its credit after a dash ('… the two ministers.—The News', '… in Lahore. — AFP'):
# a caption, never a headline, which never ends a sentence before a credit
DASH_CREDITED_CAPTION = re.compile(r"[.!?]\s?[—–]\s?(?:The\s)?[A-Z][\w&'’.]*(?:\s[A-Z][\w&'’.]*){0,3}$")
# a Chinese picture's caption closed by its credit after a space ('… 在北京会面。 某联社', '…会谈。 新华社/李明'):
# a caption, never a headline, which never ends a sentence before another word
CJK_CREDITED_CAPTION = re.compile(r"[。！？]\s+[\u4e00-\u9fffA-Za-z]{2,10}(?:[/／][\u4e00-\u9fffA-Za-z]{2,10})?$"
                                  # or left in its table cell, the cell's bar after its full stop ('…会面。 |')
                                  r"|。\s*\|$")
# a long Chinese line closing its sentence with a full stop, a quote's mark after it ('…会见了某某一行。',
# '…的角色。」'): the lead's sentence, never a headline, which sets no full stop at its end
CJK_SENTENCE_END = re.compile(r"[。！][」』”’）)]?$")
CJK_SENTENCE_LEAD_CHARS = 40
# a Chinese line opening with its month and day and a comma ('5 月 1 日,一位记者…'): the lead telling
# when the event was; a headline that dates itself puts no comma after the day
CJK_DAY_OPENED_LEAD = re.compile(r"^\d{1,2}\s?月\s?\d{1,2}\s?日\s?[,，]")
# a page's description, the lead's sentence with the outlet and the day after it ('… в Китай. РИА Новости,
# 02.09.2025'): the page's summary, never a headline
DESCRIPTION_WITH_OUTLET_DAY = re.compile(r"[.!?»\"]\s+[^.!?]{2,40},\s*\d{1,2}\.\d{1,2}\.\d{4}$")
# a source's label before a site's address ('Источник kabar.kg', 'Source: example.com'): a credit, never a headline
SOURCE_ADDRESS = re.compile(r"(?i)^(?:источник|source)\s*[:：]?\s*(?:https?://)?[\w.-]+\.[a-z]{2,6}/?$")

# a translator's credit alone on its line ('译| 本刊记者 王明', '翻譯：李華', 'Translated by Ann Lee',
# 'Перевод: Иван Петров', 'Перевела с английского Анна Петрова'): a credit, never a headline
TRANSLATOR_CREDIT = re.compile(r"^(?:译|譯|翻译|翻譯|编译|編譯)\s*[|｜:：/／]"
                               r"|^(?:[Tt]ranslated\s+(?:from\s+\w+\s+)?by|[Tt]ranslation\s*(?:by|:))\s"
                               # the Russian label with its colon, or the verb's form with the language
                               r"|^(?:[Пп]еревод|[Пп]ереводчик)(?:\s+с\s+[а-яё]+(?:ого|кого))?\s*[:：]\s*[А-ЯЁA-Z]"
                               r"|^(?:[Пп]еревел[аи]?|[Пп]ерев[её]л)\s+с\s+[а-яё]+(?:ого|кого)\s*[:：]?\s*[А-ЯЁA-Z]")
# a picture's caption closing with the note that its picture is from the archive ('… at the talks.
# Архивное фото', '… в Кремле. Фото из архива', '… in Moscow. File photo', '…会见。资料图'): a caption,
# never a headline, however long its first sentence
ARCHIVE_PHOTO_CAPTION = re.compile(r"(?i)[.!?。]\s*(?:архивное\s+фото|фото\s+из\s+архива|file\s+photo|archive\s+photo"
                                   r"|资料图片?|資料圖片?|资料照片|資料照片)[.。)）]?$")

# a picture's credit alone on its line ('Фото пресс-службы президента', 'Фото с сайта: example.org',
# 'Photo: Reuters') or closing its caption ('… в аэропорту. Фото Reuters', '… the minister. Sketch: TBS',
# '…会见。(某中心提供)', '… Photo: VCG', '… - Press Photo'): a caption's credit, never a headline (a headline's '(图)' is no credit)
PICTURE_CREDIT = re.compile(
    r"(?:^|[.!?»]\s+)(?:[Фф]ото|[Pp]hoto|[Ss]ketch|[Ii]llustration|[Ии]ллюстрация|[Рр]исунок)"
    r"(?:\s*[:：]|\s+(?:с\s+сайта|из\s|пресс-|by\s|courtesy\s|credit\s)|\s+[A-ZА-ЯЁ])[^.!?:]{0,60}\.?$"
    r"|^(?:[Фф]ото|[Pp]hoto)\s*[:：]\s*\S[^.!?]{0,60}$|^(?:[Фф]ото\s+с\s+сайта|[Pp]hoto\s+from)\s*[:：]?\s*\S{2,60}$"
    r"|[。！？][(（][^()（）]{2,20}(?:提供|摄|攝)[)）]$"
    # a bracketed credit after the caption's stop ('…的难民。(Photo by Ann Lee on Example)', '… border. (Фото: X)'),
    # or a Chinese credit label after it ('…政治犯。 圖：某某影像/某联社', '…会见。图/李明')
    r"|[.!?。！？»]\s*[(（](?:[Pp]hotos?|[Фф]ото|[Ii]mage|[Pp]icture|图|圖|图片|圖片)\s*(?:by|[:：]|credit)[^()（）]{1,60}[)）]$"
    r"|[。！？]\s*(?:图|圖|图片|圖片|摄影|攝影)\s*[:：/／]\s*[^\s。！？][^。！？]{0,40}$"
    # a Chinese picture's label opening its caption ('资料图：某国外长李伟', '图：会场一角')
    r"|^(?:资料图|資料圖|资料图片|資料圖片|资料照片|資料照片|图|圖|图片|圖片)\s*[:：]\s*\S"
    # a credit glued to the caption's last word by the copy ('… ally of the kingImage: Agency/Wire')
    r"|(?<=[a-zа-яё])(?:Image|Photo|Picture|Фото)s?\s?:\s?[A-ZА-ЯЁ][^:]{0,60}$"
    # a caption with no stop before its credit ('China and Belarus Photo: VCG'), or its credit after a dash
    # ('… with his counterpart - Press Photo', '… in Minsk — File photo'); the credit may name a site's address or
    # open in a small letter ('… Лукашенко Фото: kremlin.ru/Иван Петров, Агентство', '… Minsk Image: ©example.com')
    r"|(?<=[\w»\"”)])\s+(?:Фото|Фота|Photos?|Foto|Images?|Pictures?|Иллюстрация|Источник фото)\s*:\s*"
    r"[©\w](?:[^.!?:]|\.(?=\w)){0,60}$"
    r"|\s[-–—]\s(?:[A-Z][\w.]*\s){0,2}(?:[Pp]hoto|[Фф]ото)$")

# a portrait's caption: a person's office and name and nothing said of them ('President Ann Lee of Examplia',
# 'Examplian Premier Ivan Petrov', 'Li Wei, foreign minister of Examplia', 'Президент Республики Иван Петров',
# 'Министр иностранных дел КНР Ли Вэй', '某国总统李伟'): a headline tells what the person did, with a verb after
# the name; a line of this shape above the article is a picture's caption
EN_OFFICE = (r"(?:President|Vice President|Prime Minister|Premier|(?:Foreign|Defen[cs]e|Finance|Trade|Interior|Economy) Minister"
             r"|Chairman|Chairwoman|Chancellor|King|Queen|Emperor|Crown Prince|Secretary[- ]General|General Secretary"
             r"|Governor|Mayor|Ambassador)")
CAPITALISED_NAME = r"[A-Z][\w'’\-]+"
PORTRAIT_CAPTION = re.compile(
    # 'President Ann Lee of Examplia', 'Prime Minister Ivan Petrov of the Example Republic'
    rf"^(?:Former |Vice |Deputy |Acting )?{EN_OFFICE}(?: {CAPITALISED_NAME}){{1,3}} of(?: the)?(?: {CAPITALISED_NAME}){{1,3}}$"
    # 'Examplian President Ann Lee': a nationality's adjective (a word ending as they do), the office, two names
    # or a leader's epithet ('Examplian strongman Ann Lee', 'Examplian opposition leader Ann Lee'), capitalised or not
    rf"|^[A-Z][a-z]+(?:an|ese|ish|i|ic|ch|kh|z|k) (?i:(?:vice |deputy |acting )?(?:{EN_OFFICE}|leader|opposition leader"
    rf"|strongman|dictator|autocrat))(?<![Aa]mbassador)(?: {CAPITALISED_NAME}){{2}}$"
    # 'Li Wei, foreign minister of Examplia', 'Ann Lee, the President'
    rf"|^{CAPITALISED_NAME}(?: {CAPITALISED_NAME}){{1,2}}, (?:the )?(?i:(?:former |vice |deputy |acting )?(?:{EN_OFFICE}|minister))"
    rf"(?: (?:of|to|for)(?: the)?(?: {CAPITALISED_NAME}){{1,3}}){{0,2}}$"
    # 'Иван Петров, министр иностранных дел Примерии': the name, then the office in small letters and its genitive
    r"|^[А-ЯЁ][а-яё\-]+(?: [А-ЯЁ][а-яё\-]+){1,2}, (?:бывший |экс-)?(?:президент|вице-президент|председатель|премьер-министр"
    r"|премьер|министр|глава|посол|генсек|генеральный секретарь|канцлер|губернатор|мэр|спикер)"
    r"(?: (?:[а-яё\-]*(?:ых|их|ого|его|ой|ей|ы|(?<!л)и|ов|ев)|дел|[А-ЯЁ][а-яё\-]+|[А-ЯЁ]{2,5})){0,4}$"
    # 'Президент Республики Иван Петров', 'Министр иностранных дел КНР Ли Вэй': the office, words of it in the
    # genitive, and capitalised names only (a sentence-case headline goes on with a verb in small letters)
    r"|^(?:Бывший |Экс-)?(?:Президент|Вице-президент|Председатель|Премьер-министр|Премьер|Министр|Глава|Посол|Генсек"
    r"|Генеральный секретарь|Канцлер|Король|Королева|Губернатор|Мэр|Спикер)"
    r"(?: (?:[а-яё\-]*(?:ых|их|ого|его|ой|ей|ы|(?<!л)и|ов|ев)|дел)){0,3}(?: (?:[А-ЯЁ][а-яё\-]+|[А-ЯЁ]{2,5})){2,4}$"
    # '某国总统李伟', '国家主席李某': a place, the office and a name of a few characters, with no verb
    r"|^(?![^\n]*(?:会见|會見|会晤|會晤|会谈|會談|通话|通話|讲话|講話|致辞|致辭|祝贺|祝賀|与|與|向|致|称|稱|说|說|在|将|將"
    r"|访|訪|抵|到|出席|表示|指出|强调|強調|发表|發表|签署|簽署|举行|舉行|为|為|的))[\u4e00-\u9fff]{0,8}"
    r"(?:国家主席|國家主席|主席|总统|總統|总理|總理|首相|外长|外長|防长|防長|部长|部長|大使|总书记|總書記|国王|國王)"
    r"(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})$")

# a link to a related story under its label ('Read also: Headline', 'ALSO READ | Headline', 'Читайте также: …',
# '相关阅读：…'): another story's headline, never this page's
RELATED_LINK = re.compile(
    r"(?i)^(?:read also|also read|read more|see also|related(?: (?:story|stories|article|articles|news|coverage|reading))?"
    r"|more on (?:this|the topic)|recommended(?: reading)?|you may also like|читайте также|читать также|читайте тоже"
    r"|смотрите также|см\. также|по теме|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀"
    r"|相关报道|相關報導|相關報道)\s*[:：|｜>»]")

# a caption's mark of where a person stands in the picture ('Ann Lee (left) and …', '… (второй справа)', '李伟（左二）'):
# a picture's caption, never a headline
POSITION_MARK = re.compile(
    r"[(（](?:left|right|centre|center|front|l|r|(?:first|second|third|2nd|3rd) (?:from )?(?:left|right)"
    r"|слева|справа|в центре|(?:первый|второй|третий|первая|вторая|третья) (?:слева|справа)"
    r"|左|右|中|左[一二三四五]|右[一二三四五]|前排[左右中]?[一二三四五]?)[)）]", re.IGNORECASE)

# a caption's credit set apart by a slash or bar ('… in the capital / Фото: Анна Ли', '… | Photo by Ann Lee'), or a
# photographer and agency joined by a slash after the caption's stop ('… in the capital. Ann Lee/Example Agency')
SET_APART_CREDIT = re.compile(
    r"\s[/|｜]\s*(?:[Фф]ото|[Pp]hotos?|[Ii]mage|[Pp]icture|图|圖|图片|圖片|摄影|攝影)(?:\s+by\s|\s*[:：])\s*\S[^/|｜]{0,60}$"
    r"|[.!?]\s+[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3}\s?/\s?[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3}$")

# a lead's sentence crediting its correspondent or a press office after a comma (', передает корреспондент
# Example.kz', ', сообщила пресс-служба министерства'), or its speaker and the weekday ('…, the spokesman said on
# Thursday', '…, the minister told reporters', '«…», — говорится в сообщении'): the lead, never a headline, which credits a person by name alone
LEAD_ATTRIBUTION = re.compile(
    r"(?i),\s*(?:—\s*)?(?:передает|передаёт|сообщает|сообщил[аио]?|информирует|пишет)\s+"
    r"(?:корреспондент|пресс-служб|пресс-центр|информационн\w*\s+агентств|агентств)"
    r"|\b(?:said|told\s+\w+)\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\btold\s+(?:reporters|journalists|the\s+media|the\s+press)\b"
    # or a quote from a statement closed by its note ('«…», — говорится в сообщении')
    r"|[,—–]\s*(?:сказано|говорится)\s+в\s+(?:сообщении|заявлении|пресс-релизе|релизе|документе)")


# a line of credits: the writer's name, the photographer's labelled credit and the site the story came from, set apart
# by commas, bars or dashes ('Anna Lee, photo by Tom Brown, example.com', 'Анна Ли, фото Иван Петров, example.by',
# 'Text: Anna Lee | Photos: Example Agency', '文/王明 图/李华'): who made the story, never its headline, printed or proposed
CREDIT_NAME = r"(?:[A-ZА-ЯЁ][\w'’.\-]*|[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ][\w'’\-]*)(?:\s(?:[A-ZА-ЯЁ][\w'’.\-]*|(?:de|van|von|bin|al|ibn|аль)\b)){0,3}"
CREDIT_DOMAIN = r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-zрф]{2,6}/?"
CREDIT_PART_LABEL = (rf"(?i:(?:{PICTURE_CREDIT_WORDS}|автор\s+фото|{WRITER_CREDIT_WORDS})"
                r"(?:\s+(?:и|and|&)\s+(?:фото|видео|текст|photos?|video|text))?(?:\s+(?:by|courtesy(?:\s+of)?|из|с\s+сайта))?)")
CREDIT_ITEM = (rf"(?:{CREDIT_NAME}|{CREDIT_DOMAIN}"
               rf"|{CREDIT_PART_LABEL}(?:\s*[:：]\s*|\s+)(?:{CREDIT_NAME}|{CREDIT_DOMAIN}|«[^»]{{2,40}}»|(?i:автора|the author|архив\w*|из архива|из открытых источников|file|archive)))")
CREDIT_SEPARATOR = r"\s*[,;|｜·]\s*|\s+[/—–-]\s+"
CREDITS_LINE = re.compile(rf"^{CREDIT_ITEM}(?:(?:{CREDIT_SEPARATOR}){CREDIT_ITEM}){{1,4}}\.?$")
# at least one item a labelled credit or a site's address: a list of names alone is a caption's, read elsewhere
CREDIT_MARK = re.compile(rf"(?:^|{CREDIT_SEPARATOR}){CREDIT_PART_LABEL}(?:\s*[:：]|\s)|{CREDIT_DOMAIN}\.?$|{CREDIT_DOMAIN}(?:{CREDIT_SEPARATOR})")
# the same in Chinese: two labelled credits or more ('文/王明 图/李华', '文字：王明 攝影：李華', '记者 王明 / 编辑 李华')
CJK_CREDITS_LINE = re.compile(
    r"^(?:(?:(?:文|文字|图|圖|图片|圖片|摄影|攝影|摄|攝|视频|視頻|编辑|編輯|责编|責編|撰文|采写|採寫)\s*[/／:：]\s*"
    r"|(?:记者|記者|摄影|攝影|编辑|編輯|责编|責編)\s+)"  # a one-character label always takes its slash or colon
    r"[\u4e00-\u9fff·]{2,8}(?:\s*[、,，]\s*[\u4e00-\u9fff·]{2,8})*\s*(?:[|｜/／]\s*)?){2,5}$")
MAX_CREDITS_LINE_CHARS = 160  # a line of credits is short; a longer line is the article's


def _credits_line(text: str) -> bool:
    text = text.strip()
    if len(text) > MAX_CREDITS_LINE_CHARS:
        return False
    if CJK_CREDITS_LINE.match(text):
        return True
    return bool(CREDITS_LINE.match(text)) and bool(CREDIT_MARK.search(text))


def _alt_and_title(text: str) -> bool:
    """A picture's alt text and title printed together ('Headline/Headline,'): a teaser's image of
    another story, the same words twice around a slash."""
    halves = text.split("/")
    return len(halves) == 2 and len(halves[0]) >= 6 and _folded_words(halves[0]) == _folded_words(halves[1])


def _folded_words(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


# the tail of an institution's name that the page's letterhead wrapped onto a line of its own, all in the
# genitive ('Белорусского государственного университета', under 'Институт … имени …'): a headline names
# its subject in the nominative and says what happened
INSTITUTION_NAME_TAIL = re.compile(
    r"^(?-i:[А-ЯЁ])[а-яё\-]+(?:ого|его|ой|ей)(?:\s+[а-яё\-]+(?:ого|его|ой|ей))*\s+"
    r"(?:университета|института|академии|колледжа|училища|лицея|гимназии|школы|министерства|комитета|центра"
    r"|общества|союза|федерации|библиотеки|музея|театра|больницы|администрации|исполкома|совета|палаты)$",
    re.IGNORECASE,
)


# a line whose first two words are in small letters only ('informal visit Lithuania', 'визит в Минск'): a picture's
# alt text or file name left in the copy; a headline opens with a capital (a brand's 'iPhone' or 'eBay' has one
# inside its first word). A small label glued before a headline's capital ('новость Посол …') is left to its readers
LOWER_CASE_FRAGMENT = re.compile(r"^[a-zà-ÿа-яёіўєїґ]+(?:[,:;]?\s+[a-zà-ÿа-яёіўєїґ][\w\-]*(?:\s|[,:;.]|$)|$)")


def _headline_shaped(line: Line, patterns: Patterns) -> bool:
    if (line.text.startswith(SUMMARY_BULLETS) or NUMBERED_ITEM.match(line.text) or OUTLINE_ITEM.match(line.text)
            or FIRST_SECTION.match(line.text)):
        return False  # a standfirst's bullet point, a numbered list's or an outline's item, a first section's heading
    if (LONE_WIRE_DATELINE.search(line.text) or WIRE_LEAD.match(line.text) or EN_WIRE_LEAD.match(line.text)
            or _never_headline(line, patterns) or _alt_and_title(line.text)):
        return False
    if line.kind == "stamp":
        return ((is_dated_headline(line.text) or _headline_before_labelled_date(line.text) is not None)
                and not is_byline(line.text, patterns))
    if _cjk_clauses(line.text):
        return False
    return line.kind == "short" and looks_like_headline(line.text) and not is_byline(line.text, patterns)


# a headline and the page's labelled date after a bar on one line ('Headline | release time:January 3rd,2018',
# 'Заголовок | Опубликовано: 12.05.2024', '标题 | 发布时间:2024-05-12')
BAR_DATE_LABEL = re.compile(
    r"\s+[|｜]\s+(?i:(?:release|publish|publication|post|update)[\w ]{0,12}|date|time|опубликовано|дата(?: публикации)?"
    r"|обновлено|发布时间|發佈時間|發布時間|时间|時間|日期)\s*[:：]")
# a Chinese page's label needs no bar: after a space, '发布时间:' opens the stamp ('标题 发布时间:2024-05-12'); the
# line before it is a headline when it is as long as a dated headline, not a paper's name ('某某晚报 时间:…')
SPACED_CJK_DATE_LABEL = re.compile(
    r"(?<=[\u3400-\u9fff\w”」》)）])\s+(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|发表日期|發表日期"
    r"|更新时间|更新時間|时间|時間|日期)\s*[:：]")


def _headline_before_labelled_date(text: str) -> str | None:
    """The headline before a bar and the page's labelled date on its line; None where the line is no such pair."""
    match = BAR_DATE_LABEL.search(text)
    if match is None:
        match = SPACED_CJK_DATE_LABEL.search(text)
        if match and word_count(text[: match.start()]) < MIN_DATED_HEADLINE_WORDS:
            return None
    head = text[: match.start()].strip() if match else ""
    return head if head and looks_like_headline(head) and find_dates(text[match.end() :]) else None


TRAILING_COMMA = re.compile(r"[,，]$")


def _comma_cut_headline_over_stamp(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """A Chinese headline that its site cut after a clause's comma ('…硬闯边境,调派部队戒备,'), right above
    the page's date line: the headline as printed, though a headline sets no comma at its end elsewhere."""
    line = lines[i]
    if line.kind != "short" or not TRAILING_COMMA.search(line.text) or not _mostly_cjk(line.text):
        return False
    if i + 1 >= len(lines) or lines[i + 1].kind != "stamp":
        return False
    return _headline_shaped(replace(line, text=TRAILING_COMMA.sub("", line.text)), patterns)


CJK_CLAUSES_CHARS = 40  # characters of a long Chinese line whose clauses a semicolon sets apart


def _cjk_clauses(text: str) -> bool:
    """A long Chinese line with clauses set apart by a semicolon ('…方面有A、B;…方面有C、D'): a
    sentence of the article cut from its end by the copy, never a headline, which is shorter."""
    return bool(re.search(r"[;；]", text)) and len(CJK.findall(text)) > CJK_CLAUSES_CHARS


def _never_headline(line: Line, patterns: Patterns) -> bool:
    """A line that opens the story, dates the page or quotes a post, never the headline: a date
    with a word or two (a stamp without its year, a wire's dateline alone), a speech's
    salutation, an embedded post with its link, or a line that starts with a wire's dateline
    ('ДУШАНБЕ, 28 сен - РИА Новости. Главы …', cut short by the copy)."""
    if (is_date_alone(line.text) or SALUTATION.match(line.text) or EMBEDDED_POST.search(line.text)
            or WEB_ADDRESS.search(line.text)):
        return True  # ('- Site - https://host/path/ -', a print view's header): a headline names its story in words
    if POST_SIGNATURE.match(line.text) or INSTITUTION_NAME_TAIL.match(line.text.strip()):
        return True
    if LOWER_CASE_FRAGMENT.match(line.text.strip()):
        return True
    if (REPOST_CREDIT.match(line.text) or REPORTER_CREDIT.match(line.text)
            or REPORTER_CREDIT_WITH_ROLE.match(line.text) or EMPTY_BYLINE_TIME.match(line.text)
            or NAME_PAIR.match(line.text) or CJK_NAME_PAIR.match(line.text)):
        return True
    if (SPEAKER_GREETING.match(line.text) or REPORTING_OPENER.match(line.text) or SOURCE_ADDRESS.match(line.text)
            or BRACKETED_PHOTO_CREDIT.search(line.text) or DASH_CREDITED_CAPTION.search(line.text)
            or CJK_CREDITED_CAPTION.search(line.text) or CJK_DAY_OPENED_LEAD.match(line.text) or LEAD_FORMULA.match(line.text)
            or DESCRIPTION_WITH_OUTLET_DAY.search(line.text) or TRANSLATOR_CREDIT.match(line.text)
            or ARCHIVE_PHOTO_CAPTION.search(line.text) or PICTURE_CREDIT.search(line.text.strip())
            or LEAD_ATTRIBUTION.search(line.text) or PORTRAIT_CAPTION.match(line.text.strip())
            or RELATED_LINK.match(line.text) or POSITION_MARK.search(line.text) or SET_APART_CREDIT.search(line.text)
            or _credits_line(line.text)):
        return True
    if _date_opened_lead(line.text, patterns) or REFERS_BACK.match(line.text):
        return True
    if _mostly_cjk(line.text) and CJK_SENTENCE_END.search(line.text) and len(CJK.findall(line.text)) > CJK_SENTENCE_LEAD_CHARS:
        return True
    if _mostly_cjk(line.text) and _credits_writer(line.text, patterns):
        return True  # '本報駐某國特派記者 王明 本報記者 李華': a long credit line, its words uncounted in Chinese
    if WIRE_DATELINE_BEFORE_HEADLINE.match(line.text):
        return False  # '新华社明斯克4月17日电 通讯:<headline>': a Chinese wire prints its headline after it
    dateline = dateline_in(line, patterns)
    return dateline is not None and dateline.month is not None


# a sentence pointing back at what was said before it ('Об этом в беседе с агентством заявил посол.', 'Напомним,
# …', 'This was said by …', 'In addition, …', '此外，…'): the article's sentence, never its headline
REFERS_BACK = re.compile(r"^(?:Об этом\s|Напомним,|Как сообщалось|Кроме того,|При этом,|This was\s|That was\s|In addition,"
                         r"|Moreover,|Furthermore,|此外[,，]|另外[,，]|据悉[,，]|據悉[,，])")

# a day and a month opening a line ('21 октября в …', 'October 21 saw …')
DAY_MONTH_OPENING = re.compile(r"^(?:\d{1,2}\s+(?P<after>[^\W\d_]+)|(?P<before>[^\W\d_]+)\.?\s+\d{1,2}(?!\d))")
DATE_OPENED_LEAD_WORDS = 20  # words of a line opening with its day that only a lead runs to


def _date_opened_lead(text: str, patterns: Patterns) -> bool:
    """A long line that opens with a day and a month ('21 октября в Астане с участием … состоялось …'):
    the lead telling when the event was, never the headline, which is shorter when it dates itself."""
    opening = DAY_MONTH_OPENING.match(text)
    if not opening or word_count(text) < DATE_OPENED_LEAD_WORDS:
        return False
    month = opening["after"] or opening["before"]
    return month.casefold() in patterns.months


PROMOTION_LINES = 6  # lines of a promotion (a paywall's offer) that may stand above the headline
MAX_PROMOTION_PARAGRAPHS = 3
def _closes_appeal(text: str, patterns: Patterns) -> bool:
    """A button closing a readers' appeal, alone on its line ('Support us', 'Поддержать нас', '支持我们';
    the chrome list's `closing_buttons`)."""
    return fold(text) in patterns.closing_buttons


def _headline_after_promotion(lines: list[Line], start: int, title: Line | None, patterns: Patterns) -> int | None:
    """Where the article really starts when its first 'paragraphs' are a promotion above it
    ('Click below to create your account.', 'Start a Free Trial'): a headline right above its
    date or byline, and then running text, a few lines further down; None if there is none.
    After a promotion's button ('Support us') the headline may have no date under it: running
    text right below it is enough.
    A headline already found with its date or byline under it keeps the article where it is."""
    if title is not None and _credits_right_below(title, lines, patterns):
        return None
    prose = 0
    button = False
    for j in range(start + 1, min(start + 1 + PROMOTION_LINES, len(lines) - 2)):
        line = lines[j]
        prose += line.kind == "prose"
        button = button or _closes_appeal(line.text, patterns)
        if line.kind == "stamp" or prose > MAX_PROMOTION_PARAGRAPHS:
            return None
        if line.kind != "short" or not looks_like_headline(line.text):
            continue
        below = [l for l in lines[j + 1 : j + 1 + PROMOTION_LINES] if l.kind != "chrome"][:2]
        if len(below) >= 2 and below[0].kind == "stamp" and below[1].kind == "prose":
            # unless the 'promotion' is a wire's lead and the stamp another day's: a related story's link; but a
            # lead printed again word for word under the headline is the page's description of its own story,
            # which a later repost stamps with its own day
            if _same_paragraph(lines[start], below[1]):
                return j
            return None if _stamped_on_other_day(below[0], dateline_in(lines[start], patterns)) else j
        if button and below and below[0].kind == "prose":
            return j
    return None


def _same_paragraph(first: Line, other: Line) -> bool:
    """The same paragraph printed twice, spaces aside."""
    return "".join(first.text.split()) == "".join(other.text.split())


def _best_headline(candidates: list[Line], head: list[Line], body: list[Line], patterns: Patterns) -> Line | None:
    """The headline among the headline-shaped lines above the article.

    - A page prints its headline more than once (the page title, the heading, a share box):
      the first line that another line of the head repeats, or repeats with a site's name or a
      breadcrumb glued to it ('Headline - Site', 'HomeNewsHeadline'), is the headline; the
      glued copy is not. So is a line the first lines of the article print again (a teaser's
      headline and first paragraph, then the article's own headline and text).
    - A menu or breadcrumb stands above a headline, not between it and its byline or date: a
      line right above the byline or date, with chrome between it and the first candidate,
      is the headline ('Other headline ... | Home / Opinion | Headline | By X | date').
    - A breadcrumb under a 'you are here' label, or one that starts at the site's menu ('All
      news / ...'), may end with the headline itself: that step,
      when it is as long as a headline, is the headline unless a line printed twice, or a
      line right above the date line, is.
    - A section's short label stands above its headline ('中國要聞', then the headline), and a
      site's frame may be in another language than its article: a headline is in the script of
      the article when any candidate is.
    """
    candidates = _without_lead_openings(candidates, body)
    candidates = _without_dash_decks(candidates)
    candidates = _without_picture_alts(candidates, head, body)
    captions = [line for line in candidates if _over_picture_copyright(line, head)]
    candidates = [line for line in candidates if line not in captions] or candidates
    candidates = _in_article_script(_without_people_tags(_without_labels(_without_box_teasers(candidates, head)), body), body)
    if not candidates:
        return _headline_in_breadcrumb(head, patterns)  # a breadcrumb is chrome, its last step may not be
    doubled_captions = _captions_printed_twice(body)
    for line in candidates:
        if (_printed_again(line, head) and not _sentence_goes_on_below(line, body) and not doubled_captions
                and not _cjk_sentence_with_stop(line.text) and not _picture_doubled_under_stamp(line, candidates, head)):
            later = _headline_under_section_name(line, candidates, head, patterns)
            if later is not None:
                return later
            # a picture's caption printed twice (its alt text and caption) in a side box above the
            # breadcrumb, with another line under it: the headline is under the breadcrumb
            return _below_breadcrumb([line] + candidates, head) or line
    for line in candidates:
        if len(line.text) >= MIN_ECHO_CHARS and any(other.text == line.text for other in body):
            return line  # the headline printed again over the article's own copy, below a first paragraph
    crumb = _headline_in_breadcrumb(head, patterns)
    if crumb is not None and not any(_date_right_below(line, head) and line.number != crumb.number for line in candidates):
        return crumb
    first = candidates[0]
    for line in candidates[1:]:
        between = [l for l in head if first.number < l.number < line.number]
        if ((any(_navigation(l, patterns) for l in between) or _under_masthead(first, head) or SITE_VOICE.match(first.text)
                or _public_body_name(first.text)) and _credits_right_below(line, head, patterns)):
            return line
    return (_below_breadcrumb(candidates, head) or _headline_over_lead(candidates, head, body)
            or _only_echoed(candidates, head, body) or first)


def _picture_doubled_under_stamp(line: Line, candidates: list[Line], head: list[Line]) -> bool:
    """A line printed twice in a row under the page's date stamp, with a headline-shaped line over the stamp:
    a picture's alt text and its caption between the stamp and the lead ('Headline' / 'Date: …' / 'Caption' /
    'Caption'), not the headline, which stands over the stamp and is printed once."""
    if line not in head:
        return False
    at = head.index(line)
    # the pair's first line: the copy above, else the line itself when the copy is below
    if at > 0 and head[at - 1].text == line.text:
        first = at - 1
    elif at + 1 < len(head) and head[at + 1].text == line.text:
        first = at
    else:
        return False
    # the headline, the stamp and the pair in a row: 'Headline' / 'Date' / 'Caption' / 'Caption'
    return first >= 2 and head[first - 1].kind == "stamp" and head[first - 2] in candidates and head[first - 2].text != line.text


def _echoed_headline_below_label(title: Line | None, candidates: list[Line], article: list[Line]) -> Line | None:
    """A section's or site's label taken for the headline ('Мнения и интервью', 'Site Top Stories', '繁体简体'):
    a few words that the article's opening never uses. The headline-shaped line below it whose words the
    opening restates is the headline. A feature's headline may share no word with its opening either
    ('Knowledge assists understanding'), but it is longer than a label."""
    opening = " ".join([line.text for line in article if line.kind == "prose"][:OPENING_PARAGRAPHS])
    if title is None or not opening or word_count(title.text) > MAX_LABEL_WORDS or _echo(title.text, opening) > 0:
        return None
    return next((line for line in candidates if line.number > title.number and _echo(line.text, opening) >= LABELLED_ECHO
                 and not line.text.endswith((".", "。", "．"))), None)


MAX_LABEL_WORDS = 3  # a section's or site's label ('Opinions and interviews'); a feature's headline is longer
LABELLED_ECHO = 0.25  # of a headline's words that the opening restates, when the line above it is a label


def _cjk_sentence_with_stop(text: str) -> bool:
    """A Chinese line closed by a full stop ('某国在某地部署导弹。'): a picture's caption, which a page prints twice
    (its alt text and its caption), never a Chinese headline, which has no full stop."""
    return _mostly_cjk(text) and text.rstrip().endswith(("。", "．"))


# an official site's masthead: a public body's name alone ('Government of X', 'Ministry for Foreign Affairs', 'Embassy
# of X in Y', 'Правительство Республики X', 'Министерство иностранных дел', '某某省人民政府', '中华人民共和国外交部')
PUBLIC_BODY_NAME = re.compile(
    r"^[-–—•·|\s]*(?:(?:The\s+)?(?:Government|Ministry|Department|Embassy|(?:Consulate|Consulate-General|Consulate General)"
    r"|High Commission|(?:Permanent\s+)?Mission|Delegation|Office|Presidency|President|Parliament|Cabinet|Council|Senate"
    r"|(?:National|State|Federal|General|Legislative)\s+Assembly|Assembly|Chamber|Administration|Secretariat|Chancellery"
    r"|Prime Minister's Office|Press Office|Press Service)"
    r"\s+(?:of|for|to|in)(?:\s+(?:of|for|to|in|and|the|at|&|[A-Z][\w'’.\-]*))+"
    r"|(?:Правительство|Министерство|Посольство|(?:Генеральное\s+)?[Кк]онсульство|Постоянное представительство"
    r"|Представительство|Администрация|Аппарат|Президент|Парламент|Государственная\s+[Дд]ума|Совет|Палата|Пресс-служба"
    r"|Канцелярия|Кабинет министров|Министр)"
    r"(?:\s+(?:[А-ЯЁ][\w\-]*|[а-яё\-]+(?:ого|его|ых|их|ой|ей|ии|ия|ства|ов|ев)|дел|по|и|при|в)){1,8}"
    r"|[\u4e00-\u9fff]{0,16}(?:人民政府|政府|外交部|商务部|商務部|大使馆|大使館|总领事馆|總領事館|领事馆|領事館|办公厅|辦公廳"
    r"|常驻[\u4e00-\u9fff]{1,12}代表团|常駐[\u4e00-\u9fff]{1,12}代表團|人民代表大会|人民代表大會|委员会|委員會|国务院|國務院|部))"
    r"[\s|]*$")


def _public_body_name(text: str) -> bool:
    """A public body's name alone over the page, no verb: an official site's masthead, not its headline."""
    return PUBLIC_BODY_NAME.match(text) is not None and not is_prose(text)


# a site's slogan or promotion, speaking for the site or to its reader ('Our directory of …', 'Your guide to …',
# 'Наш канал …', '我们的…'): above a line that stands right over the byline or date, not the headline
SITE_VOICE = re.compile(r"^(?:(?:Our|Your|We|We're|Наш[аеи]?|Ваш[аеи]?|Мы)\s|我们的|我們的|您的)")


# a picture's copyright under its caption ('© Press office of X', '© Example / Ann Lee'); a page's own
# copyright line in its footer names the year
PICTURE_COPYRIGHT = re.compile(r"^\s*©\s*(?!.*\b(?:19|20)\d\d\b)\S")


def _over_picture_copyright(line: Line, head: list[Line]) -> bool:
    """A line right over a picture's copyright: the picture's caption, printed again with its alt text and
    copy, never the headline that other lines print again."""
    below = next((other for other in head if other.number > line.number), None)
    return below is not None and below.number - line.number == 1 and bool(PICTURE_COPYRIGHT.match(below.text))


OPENING_PARAGRAPHS = 3  # paragraphs of the article in which a lead cut off above it may go on


def _sentence_goes_on_below(line: Line, body: list[Line]) -> bool:
    """A standfirst printed twice (its teaser and its copy) and cut off with no stop ('… currently implementing
    $40bn'), the article's opening paragraph going on with its lower-case words ('of projects worldwide …'): the
    article's first sentence split by a picture, not the headline, however often the page prints it."""
    if re.search(r"[.!?。！？…:;,]$", line.text) or word_count(line.text) < MIN_RUN_ON_WORDS:
        return False
    return any(GOES_ON.match(other.text) for other in body[:OPENING_PARAGRAPHS] if other.kind == "prose")


MIN_LISTED_HEADLINES = 3  # a list's headlines and the story's; a headline over a picture's caption is two lines
ECHOED_SHARE = 0.5  # of a headline's words (or a Chinese one's pairs of characters) that the lead restates


def _headline_over_lead(candidates: list[Line], head: list[Line], body: list[Line]) -> Line | None:
    """A list of other stories' headlines above the story (a news flash box): the last candidate,
    right above the article (pictures between), whose words the lead restates, is the headline
    when the first shares none of them."""
    last, lead = candidates[-1], next((line for line in body if line.kind == "prose"), None)
    if len(candidates) < MIN_LISTED_HEADLINES or lead is None:
        return None
    between = [line for line in head if line.number > last.number and line.kind not in ("caption", "chrome")]
    if between or _echo(candidates[0].text, lead.text) > 0 or _echo(last.text, lead.text) < ECHOED_SHARE:
        return None
    if last.text.endswith(("。", "．")):
        return None  # a picture's caption, a sentence ('首相某某。'), that the lead names again: no headline
    return last


def _only_echoed(candidates: list[Line], head: list[Line], body: list[Line]) -> Line | None:
    """Other stories' headlines in a box over the story's own (a sidebar, a 'latest news' row): the
    one headline whose words the lead restates, when no other shares a word with the lead, is the
    story's; None when the first is echoed too, when none or several are, or when the line stands
    over a picture's credit (its caption, which names what the lead tells)."""
    lead = next((line for line in body if line.kind == "prose"), None)
    if len(candidates) < 2 or lead is None:
        return None
    echoed = [line for line in candidates if _echo(line.text, lead.text) >= ECHOED_SHARE]
    if len(echoed) != 1 or echoed[0] is candidates[0] or echoed[0].text.endswith(("。", "．", ".")):
        return None  # a caption, a sentence that the lead names again, is no headline
    if any(_echo(line.text, lead.text) > 0 for line in candidates if line is not echoed[0]):
        return None
    below = _line_below(echoed[0], head)
    return None if below is not None and below.kind == "caption" else echoed[0]


def _echo(line: str, lead: str) -> float:
    """The share of a line's words that the lead repeats: stems, or in Chinese pairs of characters."""
    if CJK.search(line):
        pairs = {line[i : i + 2] for i in range(len(line) - 1) if CJK.match(line[i]) and CJK.match(line[i + 1])}
        return len({pair for pair in pairs if pair in lead}) / len(pairs) if pairs else 0.0
    topics = _stems(line, MIN_TOPIC_CHARS)
    return len(topics & _stems(lead, MIN_TOPIC_CHARS)) / len(topics) if topics else 0.0


def _under_masthead(line: Line, head: list[Line]) -> bool:
    """Whether the line stands right under the outlet's name: the paper's slogan ('Слава працы' /
    'Только достоверные новости района'), not a headline, when another line stands over the date."""
    above = [l for l in head if l.number < line.number]
    return bool(above) and above[-1].kind == "source"


# a breadcrumb's last step, after its bar, slash or arrow ('Home | News | Economy news')
CRUMB_END = r"(?:\||/|>|»|›|→|＞)\s*"


def _headline_under_section_name(line: Line, candidates: list[Line], head: list[Line], patterns: Patterns) -> Line | None:
    """A section's page prints its name as the breadcrumb's last step and again as a heading
    ('Home | News | Economy news' / 'Economy news' / headline / date): when the line printed
    again is only that step, with no date or byline under it, the headline is the candidate
    below it right above its date or byline; None otherwise."""
    if _credits_right_below(line, head, patterns):
        return None  # the breadcrumb ends with the headline itself, printed again above its date
    end = re.compile(CRUMB_END + re.escape(line.text) + r"$")
    if not any(other.kind == "chrome" and other.number < line.number and end.search(other.text) for other in head):
        return None
    return next((l for l in candidates if l.number > line.number and _credits_right_below(l, head, patterns)), None)


# a breadcrumb's steps ('Main » News', 'Home > World', 'Новости / Политика'), or steps between
# bars that start at the home page ('| Home | News | Interviews'; bars alone may be any menu); arrows closing
# a line lead to no step ('Subscribe to our channel>>', 'Read more »'): a call to follow a link, no breadcrumb
BREADCRUMB = re.compile(
    r"[^\s/]\s*(?:»|›|>|→)\s*[^\s»›>→]|\S\s/\s\S|^\|?\s*(?:(?i:home|main|главная|галоўная)|首页|首頁)\s*\|\s*\S"
    # a Chinese breadcrumb set apart by spaces, the home page among its items ('最新消息 首頁 最新消息')
    r"|[\u3400-\u9fff]\s+(?:首页|首頁)(?:\s|$)|^(?:首页|首頁)\s+[\u3400-\u9fff]"
)


def _below_breadcrumb(candidates: list[Line], head: list[Line]) -> Line | None:
    """A page's breadcrumb stands between the site's masthead and the headline: the first
    candidate under it, when the first candidate stands above it ('SiteName, Tour Operator' /
    'Main » News' / headline)."""
    crumbs = [l for l in head if l.kind == "chrome" and BREADCRUMB.search(l.text) and l.number > candidates[0].number
              and not COPYRIGHT_OPENING.match(l.text)]  # '© Agency / Name / Photo bank': a picture's credit, no breadcrumb
    if not crumbs:
        return None
    return next((line for line in candidates if line.number > crumbs[0].number), None)


# a breadcrumb's label ('当前位置:', '您现在的位置：', 'You are here:', 'Вы здесь:')
YOU_ARE_HERE = re.compile(r"(?i)^(?:[\u4e00-\u9fff]{0,5}位置|you are here|current location|вы здесь|вы находитесь)\s*[:：]")
CRUMB_STEP = re.compile(r"\s*(?:>|»|›|→|＞)\s*")
MIN_CRUMB_HEADLINE_WORDS = 5  # a section's name is shorter ('国际新闻', 'World news'); a CJK character counts half a word


def _headline_in_breadcrumb(head: list[Line], patterns: Patterns) -> Line | None:
    """The last step of a labelled breadcrumb, or of one that starts at the site's navigation
    ('All news / Headline of the article'), when it is a headline ('您的位置: 杂志 > 封面故事 >
    Headline of the article'): not a section's name (short, or printed again as the page's
    heading), not cut short ('…')."""
    crumb, steps = None, []
    for line in head:
        if YOU_ARE_HERE.match(line.text):
            crumb, steps = line, CRUMB_STEP.split(line.text)[1:]
            break
        if _navigation_steps(line.text, patterns):
            crumb, steps = line, NAVIGATION_STEP.split(line.text)
            break
    if len(steps) < 2:
        return None
    last = steps[-1].strip()
    if word_count(last) < MIN_CRUMB_HEADLINE_WORDS or last.endswith(("...", "…")) or not looks_like_headline(last):
        return None
    if is_chrome(last, patterns):
        return None  # the step runs on into the page's toolbar ('Home / News Tools: Save | Print')
    if any(line.text == last for line in head):
        return None  # the step printed again as a heading of its own: the section's page
    return Line(crumb.number, last, "short")


# a breadcrumb's step: an arrow, or a slash between spaces ('Home / News'; 'COVID/China' is a word)
NAVIGATION_STEP = re.compile(CRUMB_STEP.pattern + r"|\s+/\s+")


def _navigation_steps(text: str, patterns: Patterns) -> bool:
    """Whether a line is a breadcrumb with no label whose steps but the last are the site's menu
    items ('All news / Headline', 'Home » News » Headline'): a headline's own slash or arrow
    follows words of the story, not a menu's."""
    steps = NAVIGATION_STEP.split(text)
    return len(steps) >= 2 and all(fold(step) in patterns.chrome_lines for step in steps[:-1])


ARTICLE_SAMPLE = 8  # lines of the article whose script the headline is expected to share
MAX_CJK_LABEL = 5  # characters of a Chinese section label ('中國要聞', '即時兩岸'); headlines are longer


# a box of the most read stories by day ('Популярное вчера', 'Most read today'): the line under it is a teaser
TOP_STORIES_LABEL = re.compile(
    r"(?i)^(?:самое )?(?:популярное|читаемое|обсуждаемое|most read|most popular|popular)\s+"
    r"(?:сегодня|вчера|позавчера|за (?:сутки|неделю|месяц)|today|yesterday|this (?:week|month))$"
)


# a Chinese deck opens with a doubled dash ('——记两国边境口岸城市', '──访某某大使', '--某地见闻')
DASH_DECK = re.compile(r"^\s*(?:——|──|－－|--|—\s—)\s*\S")


def _without_dash_decks(candidates: list[Line]) -> list[Line]:
    """A line opening with a doubled dash is the deck under its headline, the candidate above it, however
    near the byline it stands; alone, with no candidate above it, it stays."""
    return [line for i, line in enumerate(candidates) if i == 0 or not DASH_DECK.match(line.text)]


def _without_box_teasers(candidates: list[Line], head: list[Line]) -> list[Line]:
    """The candidates but a teaser right under a most-read box's label, with another candidate to take."""
    above = {line.number: prev for prev, line in zip(head, head[1:])}
    kept = [line for line in candidates
            if not (line.number in above and TOP_STORIES_LABEL.match(above[line.number].text))]
    return kept or candidates


SITE_LABEL_COPIES = 3  # a headline is printed at most three times (page title, heading, share box), close together
MAX_SITE_LABEL_WORDS = 4
MAX_SITE_LABEL_CHARS = 30  # a site's label is a name; a gallery prints its longer headline over every picture


def _without_site_labels(candidates: list[Line], lines: list[Line]) -> list[Line]:
    """The candidates but a short line the page prints three or more times far apart (a logo's
    alt text in the header and the footer, an archive's credit under every picture): a site's
    label; a headline's copies stand within a few lines of each other, or over a gallery's pictures."""
    kept = []
    for line in candidates:
        copies = [other.number for other in lines if other.text == line.text]
        if not (len(copies) >= SITE_LABEL_COPIES and copies[-1] - copies[0] > 2 * ECHO_LINES
                and len(line.text) <= MAX_SITE_LABEL_CHARS and word_count(line.text) <= MAX_SITE_LABEL_WORDS):
            kept.append(line)
    return kept or candidates


LEAD_OPENING_WORDS = 10  # words of a line a paragraph opens with by more than chance
# the paragraph going on in the same sentence where the line stops (', to move …', ' and the …'); a
# headline printed again over its lead on one line is followed by a new sentence
SENTENCE_GOES_ON = re.compile(r"^(?:[,;:–—]|\s+[a-zа-яё])")


def _without_lead_openings(candidates: list[Line], body: list[Line]) -> list[Line]:
    """The candidates but a long line an article's paragraph opens with and runs on from in the
    same sentence (the page's description, its lead cut short above the headline): the lead's
    words, never the headline, when another candidate is left."""
    kept = [line for line in candidates
            if _mostly_cjk(line.text) or word_count(line.text) < LEAD_OPENING_WORDS
            or not any(other.text.startswith(line.text) and SENTENCE_GOES_ON.match(other.text[len(line.text):])
                       for other in body)]
    return kept or candidates


# a picture's credit, glued to its caption or alone ('… ally of the presidentImage: Agency/Photographer')
CREDIT_LABEL = re.compile(r"(?:Image|Photo|Picture|Фото|Credit)s?\s?:\s?[A-ZА-ЯЁ]")


def _without_picture_alts(candidates: list[Line], head: list[Line], body: list[Line]) -> list[Line]:
    """The candidates but a picture's alt text, the lead's opening words ('Northland strongman Ann Vale', the lead
    going on 'Northland strongman Ann Vale will visit …'), right over the picture's caption with its credit: however
    short, the lead's words over a picture, when another candidate is left."""
    kept = [line for line in candidates
            if not (_line_below_credits_picture(line, head) and any(
                other.text.startswith(line.text) and SENTENCE_GOES_ON.match(other.text[len(line.text):]) for other in body))]
    return kept or candidates


def _line_below_credits_picture(line: Line, head: list[Line]) -> bool:
    below = next((other for other in head if other.number > line.number), None)
    return below is not None and below.number - line.number == 1 and bool(CREDIT_LABEL.search(below.text))


# an official release's kind and its issuer over the headline ('Сообщение пресс-службы Министерства …', 'Press
# release of the Press Office of …', 'Information of the Press Service of …', '某某部新闻办公室消息'): a label
RELEASE_LABEL = re.compile(
    r"^(?:(?:Информационное\s+|Официальное\s+)?(?:[Сс]ообщение|[Пп]ресс-релиз|[Ии]нформация|[Зз]аявление)"
    r"(?:\s+для\s+СМИ)?\s+(?:пресс-службы|пресс-центра|пресс-бюро|пресс-секретаря|информационной службы|департамента информации"
    r"|управления информации|информационного управления|отдела информации|управления по связям с общественностью)"
    r"|(?:Press\s+(?:[Rr]elease|[Ss]tatement|[Nn]ote)|News\s+[Rr]elease|Message|Information|Statement)\s+(?:of|from|by)\s+the\s+"
    r"(?:Press\s+(?:Service|Office|Secretary|Department|Centre|Center|Bureau)|Information\s+(?:Department|Service|Office)"
    r"|Spokesperson'?s?\s+Office|Public\s+(?:Affairs|Relations)\s+(?:Office|Department|Section))"
    r"|[\u4e00-\u9fff]{0,20}(?:新闻办公室|新聞辦公室|新闻处|新聞處|新闻司|新聞司|新闻中心|新聞中心)(?:消息|通报|通報|公告|新闻稿|新聞稿)$)")


def _without_labels(candidates: list[Line]) -> list[Line]:
    """The candidates but a short Chinese section label (or two joined, '科技/经济') with a longer
    candidate after it."""
    kept = list(candidates)
    while len(kept) > 1 and (_cjk_label(kept[0].text) or _cjk_topic_label(kept[0].text, kept[1].text)
                             or RELEASE_LABEL.match(kept[0].text)):
        kept = kept[1:]
    return kept


# a topic's label over its stories' headlines ('邊境難民危機', '俄乌冲突', '新冠肺炎疫情', '中美貿易戰'): a few characters
# with no space or stop, longer than a section's name; the headline under it tells what happened, at least
# twice as long
MAX_CJK_TOPIC_LABEL = 8
TOPIC_LABEL_HEADLINE_RATIO = 2


def _cjk_topic_label(text: str, next_candidate: str) -> bool:
    return (len(text) <= MAX_CJK_TOPIC_LABEL and len(CJK.findall(text)) == len(text)
            and len(next_candidate) >= TOPIC_LABEL_HEADLINE_RATIO * len(text) and _mostly_cjk(next_candidate))


CAPITALISED_WORD = re.compile(r"^[A-ZА-ЯЁ][\w'’\-]*$")


def _without_people_tags(candidates: list[Line], body: list[Line]) -> list[Line]:
    """The candidates but a row of names the article tells of ('Anna Novak Li Wei', a picture's
    or a story's tags), with another candidate to take: every word capitalised, and each printed
    as it is in the article's first lines; a headline says something with a word of its own."""
    words = set(WORD.findall(" ".join(line.text for line in body)))
    kept = [line for line in candidates if not _names_only(line.text, words)]
    return kept or candidates


# a title-case headline's small words ('The Great Stone Industrial Park'): no part of a person's name
TITLE_CASE_SMALL_WORDS = {"The", "A", "An", "Of", "And", "In", "On", "For", "To", "With", "At", "By", "From"}


def _names_only(text: str, words: set[str]) -> bool:
    tokens = text.split()
    return (len(tokens) >= 2 and not TITLE_CASE_SMALL_WORDS & set(tokens)
            and all(CAPITALISED_WORD.match(token) and token in words for token in tokens))


# two section names joined by a slash, dot or hyphen ('科技/经济', '国际·时政', '合作交流-宣传展示'):
# a rubric, not a headline
CJK_RUBRIC = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s?[/／·・|｜\-－]\s?[\u4e00-\u9fff]{2,4}){1,2}$")


def _cjk_label(text: str) -> bool:
    return (len(text) <= MAX_CJK_LABEL and len(CJK.findall(text)) == len(text)) or bool(CJK_RUBRIC.match(text))


def _in_article_script(candidates: list[Line], body: list[Line]) -> list[Line]:
    """The candidates written in the script of the article, if any are; else all of them."""
    script = script_of(" ".join(line.text for line in body if line.kind in ("prose", "short")))
    same = [line for line in candidates if script_of(line.text) == script]
    return same or candidates


def _navigation(line: Line, patterns: Patterns) -> bool:
    """Chrome of the page's frame (a breadcrumb, a menu, a section's box), not a button that
    stands under a headline ('Share', 'Print', 'Advertisement') nor the article's keywords or
    tags, which a page prints under its headline as often as above it."""
    if line.kind != "chrome" or is_keyword_list(line.text) or is_tag_cloud(line.text):
        return False
    return fold(line.text) not in patterns.chrome_lines


MIN_ECHO_CHARS = 8  # a line shorter than this is too common to be recognized as a repeated headline
ECHO_LINES = 6  # a headline's copies stand close together; a menu printed twice is further apart


WATERMARK_COPIES = 3  # lines that end with the same text: a site's name glued to every paragraph


def _captions_printed_twice(body: list[Line]) -> bool:
    """Whether the article prints short lines twice in a row (each picture's alt text over its caption): a page
    that does so prints its first picture's caption twice over the article too, which is then no headline's copy."""
    return any(line.kind == "short" and line.text == following.text and len(line.text) >= MIN_ECHO_CHARS
               for line, following in zip(body, body[1:]))


def _printed_again(line: Line, head: list[Line]) -> bool:
    """Whether the head prints the line again, alone or with a site's name or breadcrumb glued
    to it (not in a photo's caption); a text glued to the end of many lines is a site's
    watermark, not a headline."""
    text = line.text
    if len(text) < MIN_ECHO_CHARS:
        return False
    at = sum(1 for other in head if other.number < line.number)  # its place among the head's lines
    # a photo's caption that repeats a line is that line's picture (its alt text), not a headline's copy
    near = [other for other in head[max(0, at - ECHO_LINES) : at + ECHO_LINES + 1]
            if other.number != line.number and other.kind != "caption"]
    if len({other.text for other in near if len(other.text) > len(text) and other.text.endswith(text)}) >= WATERMARK_COPIES:
        return False
    for other in near:
        if other.text == text:
            return True
        if len(other.text) > len(text) and (other.text.startswith(text) or other.text.endswith(text)):
            if not _clause_after(other.text, text) and not _wrapped_half(line, other, head):
                return True
    return any(_after_wire_dateline(other.text, text) for other in head if other.number > line.number)


def _wrapped_half(line: Line, whole: Line, head: list[Line]) -> bool:
    """A heading wrapped over two lines, the line and its neighbour, that a longer line prints whole
    ('【Tag】Speech of X at the ceremony' over 'Speech of X' / 'at the ceremony'): the longer line is the
    headline, the half of the wrapped copy is no copy of it."""
    at = next((k for k, other in enumerate(head) if other.number == line.number), None)
    if at is None:
        return False
    for k in (at - 1, at + 1):
        if 0 <= k < len(head) and head[k].number != whole.number:
            first, second = (head[k], line) if k < at else (line, head[k])
            for joint in ("", " "):
                if first.text + joint + second.text in whole.text:
                    return True
    return False


CLAUSE_WORDS = 4  # words after a comma that make a sentence go on, where a site's name would be glued


def _clause_after(other: str, text: str) -> bool:
    """'Deck line, notes Anna Novak, the chairman of ...': a lead that opens with a standfirst's
    words and goes on after a comma retells it; it is no copy of a headline with a site's name."""
    rest = other[len(text):] if other.startswith(text) else ""
    return rest.startswith(",") and word_count(rest) >= CLAUSE_WORDS


# the end of a Chinese wire's dateline ('新华社明斯克4月17日电', '…电 题:'), after which a feature
# prints its headline again as the article's first line
WIRE_DATELINE_END = re.compile(r"\d{1,2}日(?:电|電)\s*(?:(?:题|題)\s*[:：]\s*)?$")


def _after_wire_dateline(other: str, text: str) -> bool:
    """Whether a line is a wire's dateline followed by this headline ('新华社明斯克4月17日电 题:…'):
    the story's own first line, however far below the share buttons it stands."""
    return len(other) > len(text) and other.endswith(text) and bool(WIRE_DATELINE_END.search(other[: -len(text)].rstrip()))


def _line_below(line: Line, head: list[Line]) -> Line | None:
    return next((l for l in head if l.number > line.number and l.kind != "chrome"), None)


def _date_right_below(line: Line, head: list[Line]) -> bool:
    below = _line_below(line, head)
    return below is not None and below.kind == "stamp"


def _credits_right_below(line: Line, head: list[Line], patterns: Patterns) -> bool:
    below = _line_below(line, head)
    return below is not None and (below.kind == "stamp" or is_byline(below.text, patterns))


MAX_STOPPED_HEADLINE_WORDS = 20


QUOTE_ENDS = ("。”", "！”", "!”", "。」", "！」")  # a quoted sentence's close


def _headline_with_stop(lines: list[Line], i: int, patterns: Patterns) -> Line | None:
    """A headline printed with a full stop or an exclamation mark ('X looks to China for support.',
    '某国申请加入某组织,秘书长表态!'), or a quote with its closing mark ('“我们是好朋友。”'), as the
    first line of the page's content: one short sentence right above its standfirst bullets or
    date, with no headline above it; a quote may stand right above its byline."""
    line = lines[i]
    if word_count(line.text) > MAX_STOPPED_HEADLINE_WORDS or not line.text.endswith((".", "!", "！") + QUOTE_ENDS):
        return None
    following = lines[i + 1] if i + 1 < len(lines) else None
    if line.text.endswith(QUOTE_ENDS) and following is not None and is_byline(following.text, patterns):
        return line
    if re.search(r"[.!?]\s", line.text) or line.text.startswith(BULLETS):
        return None  # more than one sentence, or a bullet of a standfirst
    if following is None or not (following.text.startswith(BULLETS) or _date_line(following)):
        return None  # a sentence above a headline is a site's slogan or promotion
    return line


BILINGUAL_PAIRS = 3  # paragraphs in a row, each followed by its translation, that make a bilingual page
ONE_SENTENCE = re.compile(r"^[^.!?。！？]+[.!?。！？]$")


def _translated_headline(lines: list[Line], start: int) -> bool:
    """Whether the first paragraph is the headline of a bilingual page (a machine translation
    printing each paragraph, then the same in another script): one short sentence, with its full
    stop, that opens the page's pairs of lines in two scripts."""
    first = lines[start]
    if word_count(first.text) > MAX_STOPPED_HEADLINE_WORDS or not ONE_SENTENCE.match(first.text):
        return False
    shown = [line for line in lines[start:] if line.kind != "chrome"][: BILINGUAL_PAIRS * 2]
    scripts = [script_of(line.text) for line in shown]
    return (len(scripts) == BILINGUAL_PAIRS * 2 and scripts[0] != scripts[1]
            and all(script == scripts[k % 2] for k, script in enumerate(scripts)))


def _headline_twice(head: list[Line], patterns: Patterns) -> Line | None:
    """A headline too short or too stopped to look like one, printed twice (the page's title,
    then the heading) above the article: one short sentence with its full stop ('Year of
    Education in China.' twice), or two words that are not a section's label ('China Promise'
    twice; 'World News' twice is a menu's)."""
    shown = [line for line in head if line.kind != "chrome"]
    for line, following in zip(shown, shown[1:]):
        text = line.text
        if following.text != text or line.kind != "short":
            continue
        if text.endswith("."):
            if word_count(text) <= MAX_STOPPED_HEADLINE_WORDS and not re.search(r"[.!?]\s", text) and looks_like_headline(text[:-1]):
                return line
        elif looks_like_headline(text, SHORT_HEADLINE_WORDS) and not _section_label(text, patterns):
            return line
    return None


def _stopped_headline_printed_twice(lines: list[Line], start: int, patterns: Patterns) -> bool:
    """The copy's first line, one short sentence with its full stop ('Two ministers discuss trade by phone.'),
    printed again right under it (the page's title, then its heading) and over more text: the headline, which the
    stop made read as a paragraph; a paragraph is not printed twice in a row."""
    if start + 2 >= len(lines) or any(line.kind not in ("chrome", "caption") for line in lines[:start]):
        return False
    first, second = lines[start], lines[start + 1]
    text = first.text
    return (second.text == text and text.endswith(".") and word_count(text) <= MAX_STOPPED_HEADLINE_WORDS
            and not re.search(r"[.!?]\s", text) and looks_like_headline(text[:-1]) and not _never_headline(first, patterns))


BULLET_MARKS = ("•", "●", "▪", "■", "◆", "◇", "□", "▶", "►")
BULLETS = BULLET_MARKS + ("·", "- ", "– ")
# a wire's summary points over its story, marked as a plain-text list marks them ('* Deal sets price')
SUMMARY_BULLETS = BULLET_MARKS + ("* ",)


def _short_headline_above(lines: list[Line], i: int, alts: set[str], patterns: Patterns) -> Line | None:
    """A headline of two words ('Bilateral talks') right above its standfirst (a sentence of some
    length: a site's short slogan above the headline, 'Support us.', is no standfirst); not a
    picture's alt text."""
    above = lines[i - 1] if i else None
    if word_count(lines[i].text) < STANDFIRST_WORDS or (above and _image_alt(above, alts)):
        return None
    if (above and above.kind == "short" and looks_like_headline(above.text, SHORT_HEADLINE_WORDS)
            and not _never_headline(above, patterns) and not _bulleted_list_item(lines, i - 1)):
        return above
    return None


def _short_headline_above_date(lines: list[Line], start: int, patterns: Patterns) -> Line | None:
    """A headline of two words ('Chinese loans') that is the only text above the date line over
    the article (empty labels such as 'Category:' and chrome aside); not a section's label made
    of section words ('World news')."""
    above = [line for line in lines[:start] if line.kind != "chrome" and not line.text.endswith((":", "："))]
    if len(above) != 2 or above[1].kind != "stamp" or above[0].kind != "short":
        return None
    text = above[0].text
    return None if not looks_like_headline(text, SHORT_HEADLINE_WORDS) or _section_label(text, patterns) else above[0]


def _short_headline_above_article(lines: list[Line], start: int, patterns: Patterns) -> Line | None:
    """A headline of two words ('Витебск «китаизируется»', 'Chinese loans') that is the only text
    above the article (chrome and empty labels aside); not a section's label, and not a name
    ('Anna Petrova'), whose words all start with a capital. A masthead with the site's name over
    the headline ('Народные новости Витебска') is no text of the article either."""
    above = [line for line in lines[:start] if line.kind != "chrome" and not line.text.endswith((":", "："))]
    while len(above) > 1 and above[0].kind == "source":
        above = above[1:]
    if len(above) != 1 or above[0].kind != "short" or word_count(lines[start].text) < STANDFIRST_WORDS:
        return None
    text = above[0].text
    if looks_like_headline(text) or not looks_like_headline(text, SHORT_HEADLINE_WORDS) or _section_label(text, patterns):
        return None  # a longer line was a candidate already, and left out for a reason
    return None if all(word[:1].isupper() for word in text.split()) else above[0]


def _section_label(text: str, patterns: Patterns) -> bool:
    """A section's label made of section words ('World news'), a byline, or a numbered list's item."""
    return is_byline(text, patterns) or bool(NUMBERED_ITEM.match(text)) or set(fold(text).split()) <= patterns.not_name_words


BYLINE_LABEL_WORDS = 3  # 'Author:', 'Written by:', 'Автор материала:'


def _after_byline_label(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """A name under a byline's label on a line of its own ('Author:' / 'Anna Novak, Daily Herald'):
    the byline's second half, however headline-shaped."""
    label = lines[i - 1].text if i else ""
    if not label.endswith((":", "：")) or word_count(label) > BYLINE_LABEL_WORDS:
        return False
    return is_byline(f"{label} {lines[i].text}", patterns)


def _menu_follows(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """A site's name above its menu ('CCTV.com English', then 'NEWS', 'CHINA', 'WORLD'), unless a
    headline never follows. A menu's items differ: a name printed twice under a headline is its
    author's (photo and name), and a byline's label over a name ('By' / 'Anna Novak') is a byline."""
    following = lines[i + 1 : i + 1 + MENU_ITEMS]
    if len(following) < MENU_ITEMS or not all(is_menu_item(line) for line in following):
        return False
    if len({line.text for line in following}) < len(following):
        return False
    if is_byline(" ".join(line.text for line in following), patterns):
        return False
    for line in lines[i + 1 : i + MAX_HEAD_LINES]:
        if line.kind == "prose":
            return False
        if line.kind == "short" and looks_like_headline(line.text) and not is_menu_item(line):
            # a breadcrumb's last step repeating this line ('• Home' / '• News' / '• <headline>'):
            # the line is the headline, not a site's name over its menu
            return line.text.lstrip("".join(BULLETS) + " ") != lines[i].text
    return False


def is_menu_item(line: Line) -> bool:
    return line.kind == "chrome" or (line.kind == "short" and len(line.text.split()) <= 2 and len(line.text) <= 20
                                     and not _cjk_sentence_piece(line.text))


# a Chinese line that lists or runs into clauses ('甲、乙等6企业已明确入园'): a sub-head, never a menu's
# item ('首页', '国际新闻'), though it has no space to count its words by (not a colon: a label's, '作者:王明')
CJK_CLAUSE_MARK = re.compile(r"[、，,；;]")


def _cjk_sentence_piece(text: str) -> bool:
    return bool(CJK.search(text)) and bool(CJK_CLAUSE_MARK.search(text))


# A wire's credit closing the story ('(Reporting by X; Editing by Y)'): after the article, so a
# paragraph above it is the article's, not a standfirst above a byline
WIRE_CREDIT = re.compile(r"(?i)^[(（]?\s*(?:story|report|reported|reporting|writing|editing)\s+by\s")


# a date line that also credits the editor ('时间:2024-05-24 来源:X 作者: 责任编辑:Y'), read as
# a credit: it dates the headline above it all the same
DATE_LABELLED = re.compile(r"(?i)^(?:时间|時間|发布时间|發布時間|日期|date|дата)\s*[:：]\s*\d{4}[-./年]\d{1,2}")


def _date_line(line: Line) -> bool:
    return line.kind == "stamp" or (line.kind == "credit" and bool(DATE_LABELLED.match(line.text)))



def _credits_follow(lines: list[Line], i: int, patterns: Patterns) -> bool:
    """Whether a byline or date line comes after line i before any more running text. The bullet
    points of a standfirst, and a line printed twice (an author's photo and name), do not count
    towards the lines looked at."""
    looked, previous = 0, None
    for line in lines[i + 1 : i + 1 + DECK_LOOKAHEAD * 3]:
        # ('http://example.ru/gazeta/2010/06/23/story': the page's own address copied under the story, read
        # as a stamp for the date in its path, is no standfirst's date line)
        if (_date_line(line) and not WEB_ADDRESS.fullmatch(line.text.strip())) or (is_byline(line.text, patterns) and not WIRE_CREDIT.match(line.text)):
            return True
        if line.kind == "prose" and not line.text.startswith(BULLETS):
            return False
        if not (line.text.startswith(BULLETS) or line.text == previous):
            looked += 1
            if looked >= DECK_LOOKAHEAD:
                return False
        previous = line.text
    return False


def _subtitle(head: list[Line], title: Line | None, patterns: Patterns) -> Line | None:
    if title is None:
        return None
    after = [l for l in head if l.number > title.number and l.kind == "short" and l.text != title.text]
    return next((l for l in after if _deck_shaped(l, patterns)), None)


CREDIT_START = re.compile(r"(?i)^(?:by|автор|текст|作者|文)\s*[(:：/（]")  # 'By ( site.com )': a credit, even naming no one


# 'Publication: Steppe Review Volume: 12 Issue: 3': labelled fields of a page's metadata
FIELD_LABEL = re.compile(r"[^\W\d_]+\s?[:：]\s")
MIN_METADATA_LABELS = 2  # one label may open a deck ('Analysis: ...'); a record has several


def _deck_shaped(line: Line, patterns: Patterns) -> bool:
    """A line under the headline that reads as its deck: not a byline, not a dated photo caption,
    not a line of labelled metadata, not a note in brackets ('(Source: site.com)', a picture's)."""
    if not looks_like_headline(line.text) or is_byline(line.text, patterns) or CREDIT_START.match(line.text):
        return False
    if line.text.startswith(("(", "（", "[")) and line.text.endswith((")", "）", "]")):
        return False
    if len(FIELD_LABEL.findall(line.text)) >= MIN_METADATA_LABELS:
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
