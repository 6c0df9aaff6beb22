"""Bytes of a raw article file -> text: detect the encoding, refuse binaries, clean control bytes."""
from __future__ import annotations

import re

from despatch.model import Message

BINARY_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Encodings tried for bytes that are not UTF-8, each with the script it should yield.
LEGACY_ENCODINGS = ("cp1251", "gb18030", "cp1252", "latin-1")
MAX_BROKEN_UTF8 = 3  # broken sequences tolerated in a UTF-8 text (more per thousand characters)

# Whole terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \),
# other two-byte ESC sequences; then single C0 controls except tab and newline.
OSC = re.compile(r"\x1b\][^\x07\x1b]{0,2000}(?:\x07|\x1b\\)?")
CSI = re.compile(r"\x1b\[[0-?]{0,40}[ -/]{0,10}[@-~]?")
OTHER_ESCAPE = re.compile(r"\x1b[@-_]?")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufeff]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
WORD_CHAR = re.compile(r"\w")


def decode_bytes(data: bytes, filename: str) -> tuple[str | None, list[Message]]:
    """The text of a file, or None and an error saying why it is not a readable article."""
    filename = strip_controls(str(filename))[0]  # messages never carry control bytes
    if not data.strip():
        return None, [Message(filename, "empty file", level="error")]
    text, encoding = _decode_with_bom(data)
    if text is None:
        if _looks_binary(data):
            return None, [Message(filename, "not a text file (binary data); nothing read", level="error")]
        text, encoding = _decode_without_bom(data)
    messages = []
    if encoding not in ("utf-8", "utf-16-le", "utf-16-be", "ascii"):
        messages.append(Message(filename, f"not UTF-8: read as {encoding}; please check the text"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = strip_controls(text)
    if removed:
        messages.append(Message(filename, f"removed {removed} control characters or terminal escape sequences"))
    return text, messages


def strip_controls(text: str) -> tuple[str, int]:
    """Text without NUL, C0 controls, BOMs, lone surrogates and whole ANSI/OSC escape sequences;
    and how many went."""
    removed = 0

    def gone(match: re.Match) -> str:
        nonlocal removed
        removed += 1
        return ""

    # An OSC hyperlink between two words stood for a word break on the screen.
    def osc(match: re.Match) -> str:
        nonlocal removed
        removed += 1
        before = match.string[match.start() - 1 : match.start()]
        after = match.string[match.end() : match.end() + 1]
        return " " if WORD_CHAR.match(before or " ") and WORD_CHAR.match(after or " ") else ""

    text = OSC.sub(osc, text)
    text = CSI.sub(gone, text)
    text = OTHER_ESCAPE.sub(gone, text)
    text = CONTROL.sub(gone, text)
    # a lone surrogate cannot be written as UTF-8: show it as the replacement character
    text, surrogates = SURROGATE.subn("\ufffd", text)
    return text, removed + surrogates


# Letters drawn alike in the Latin, Cyrillic and Greek alphabets: a page (or its copier) may type
# one for another in a word ('Tекст' with a Latin T, 'Новοсти' with a Greek omicron), which then
# matches no label or name spelled in one script. Each row is one shape in the three scripts, with
# '' where a script has no letter of that shape.
LOOKALIKE_ROWS = (
    ("A", "А", "Α"), ("a", "а", "α"), ("B", "В", "Β"), ("C", "С", ""), ("c", "с", ""),
    ("E", "Е", "Ε"), ("e", "е", ""), ("H", "Н", "Η"), ("K", "К", "Κ"), ("", "к", "κ"),
    ("M", "М", "Μ"), ("O", "О", "Ο"), ("o", "о", "ο"), ("P", "Р", "Ρ"), ("p", "р", "ρ"),
    ("T", "Т", "Τ"), ("X", "Х", "Χ"), ("x", "х", "χ"), ("y", "у", ""),
)
SCRIPTS = ("latin", "cyrillic", "greek")
# for each script, the look-alikes of the other scripts and its own letter of the same shape
TO_SCRIPT = {
    script: str.maketrans({row[other]: row[column] for row in LOOKALIKE_ROWS for other in range(3)
                           if other != column and row[other] and row[column]})
    for column, script in enumerate(SCRIPTS)
}
# a word of letters from two of the scripts (found by the engine, so that the many words in one
# script are passed over without a call per word)
LETTER = r"[A-Za-z\u0400-\u04ff\u0370-\u03ff]"
MIXED_SCRIPT_WORD = re.compile(
    rf"(?<!{LETTER}){LETTER}*?(?:[A-Za-z][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z]"
    rf"|[\u0400-\u04ff][\u0370-\u03ff]|[\u0370-\u03ff][\u0400-\u04ff]){LETTER}*")


def one_script_words(text: str) -> str:
    """The text with each word that mixes Latin, Cyrillic or Greek letters written in the script
    of most of its letters, when its other letters are only look-alikes; other mixtures are kept."""
    return MIXED_SCRIPT_WORD.sub(_one_script_word, text)


def _script_of(char: str) -> str:
    if char.isascii():
        return "latin"
    return "cyrillic" if "\u0400" <= char <= "\u04ff" else "greek"


def _one_script_word(match: re.Match) -> str:
    word = match.group(0)
    counts = {script: 0 for script in SCRIPTS}
    for char in word:
        counts[_script_of(char)] += 1
    majority = max(SCRIPTS, key=counts.get)
    if counts[majority] * 2 <= len(word):
        return word
    converted = word.translate(TO_SCRIPT[majority])
    if any(_script_of(char) != majority for char in converted):
        return word  # a letter with no look-alike: a real mixture ('iPhoneы'), kept as printed
    return converted


# A mirror's pinyin reading inserted after each character it converted ('環(huán)球網', '經(jīng)'): one
# lowercase syllable with a tone mark (precomposed or combining) in brackets right after a CJK
# character; bracketed Latin words without a tone mark ('(Reuters)', '(de)') are left alone
PINYIN_SYLLABLE = r"[a-zü]{0,5}(?:[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[aeiouü][\u0300\u0301\u030c\u0304])[a-zü]{0,5}"
PINYIN_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[(（]{PINYIN_SYLLABLE}[)）]")
# where the character itself was lost, its opening bracket went with it ('日?qǐng)?bào)'): each
# such reading stands for one unknown character
LOST_GLOSSED_CHARACTERS = re.compile(rf"(?<=[\u3400-\u9fff])(?:\?{PINYIN_SYLLABLE}[)）])+")


def without_pinyin_glosses(text: str) -> str:
    """The text without a mirror's pinyin readings after its Chinese characters, so that names
    and datelines read as printed ('新華網(wǎng)' -> '新華網'); a lost character stays a '?'."""
    if ")" not in text and "）" not in text:
        return text
    text = PINYIN_GLOSS.sub("", text)
    return LOST_GLOSSED_CHARACTERS.sub(lambda run: "?" * run.group(0).count("?"), text)


# A forum's anti-copying filler (Discuz's hidden 'jammer' text, '6 B\\" J4 ~* _# s# r; v- d: J'):
# a run of tokens of one to three characters of ASCII letters, digits and symbols, most of them
# with a symbol; words of a sentence are longer, and rarely carry punctuation one after another
JAMMER_RUN = re.compile(r"(?<![!-~])(?:[!-~]{1,3} ){5,}[!-~]{1,3}(?![!-~]) ?")
JAMMER_SYMBOL = re.compile(r"[^\w\s]")
JAMMER_SYMBOL_SHARE = 0.5


def without_jammer(text: str) -> str:
    """The text without runs of a forum's anti-copying filler, which would glue random symbols
    to a lead sentence and make it look like a headline."""
    return JAMMER_RUN.sub(_jammer_or_text, text)


def _jammer_or_text(match: re.Match) -> str:
    tokens = match.group(0).split()
    with_symbol = sum(1 for token in tokens if JAMMER_SYMBOL.search(token))
    return "" if with_symbol >= len(tokens) * JAMMER_SYMBOL_SHARE else match.group(0)


def _decode_with_bom(data: bytes) -> tuple[str | None, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    if _looks_utf16(data):
        encoding = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    return None, ""


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII text leaves every other byte NUL."""
    sample = data[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return False
    halves = (sample[0::2].count(0), sample[1::2].count(0))
    return max(halves) > 0.4 * len(sample) / 2 and min(halves) < 0.05 * len(sample) / 2


def _looks_binary(data: bytes) -> bool:
    if data.startswith(BINARY_MAGIC):
        return True
    sample = data[:8000]
    return sample.count(0) > 0.1 * len(sample)


def _decode_without_bom(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken sequences (a copy cut in the middle of a character) is still UTF-8
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    well_formed = sum(1 for char in text[:100_000] if ord(char) > 127) - broken
    if broken <= max(MAX_BROKEN_UTF8, len(text) // 1000) and well_formed > 2 * broken:
        return text, "utf-8 (with broken characters replaced)"
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            candidates.append((plausibility(data.decode(encoding)), encoding))
        except UnicodeDecodeError:
            continue
    best_encoding = max(candidates, key=lambda c: c[0])[1] if candidates else "latin-1"
    return data.decode(best_encoding, errors="replace"), best_encoding


def plausibility(text: str) -> float:
    """How much a decoded text looks like one real script (higher is better).

    Mojibake mixes scripts and rare symbols; real text is letters of one script, spaces
    and common punctuation.
    """
    letters = {"latin": 0, "cyrillic": 0, "cjk": 0}
    odd = 0
    for char in text[:20000]:
        script = _script(char)
        if script:
            letters[script] += 1
        elif not (char.isspace() or char.isdigit() or char in ".,;:!?-–—'\"()«»“”‘’/%°£€$+&…[]"):
            odd += 1
    main = max(letters.values())
    mixed = sum(letters.values()) - main
    # a CJK character carries about as much as two Latin letters
    weight = 2 if main == letters["cjk"] else 1
    return (weight * main - 3 * mixed - 4 * odd) / max(len(text[:20000]), 1)


def _script(char: str) -> str | None:
    code = ord(char)
    if char.isascii():
        return "latin" if char.isalpha() else None
    if 0x00C0 <= code <= 0x024F and char.isalpha():
        return "latin"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "cjk"
    return None


# A text saved with its page's paragraph markup ('<p> MINSK, Aug 4 - … </p> <p> </p>'): block tags
# stand for line breaks, inline tags for nothing; a text with no block tag is left alone, so a
# '<' in running prose ('a < b') is never touched
BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|table|blockquote|section|article)\b[^<>]{0,500}>",
                       re.IGNORECASE)
INLINE_TAG = re.compile(r"</?(?:span|a|b|i|em|strong|font|u|sup|sub|img)\b[^<>]{0,500}>", re.IGNORECASE)
MARKUP_SPACES = re.compile(r"[ \t]*\n[ \t]*")


def without_html_markup(text: str) -> str:
    """The text with a page's block tags turned into line breaks and its inline tags dropped, so
    that paragraphs kept inside '<p>' tags read as paragraphs and no tag reaches the article."""
    if not BLOCK_TAG.search(text):
        return text
    text = INLINE_TAG.sub("", BLOCK_TAG.sub("\n\n", text))
    return re.sub(r"\n{3,}", "\n\n", MARKUP_SPACES.sub("\n", text))
