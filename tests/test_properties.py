"""Properties that hold for any input at all: the readers never raise on arbitrary text and always
give valid output; the sanitizer never lets anything through (issue 7)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from badinput_support import scan_html
from despatch import frontmatter
from despatch.content import ContentError, check_stem, decode_content, format_moment, parse_moment, read_article
from despatch.frontmatter import FrontMatterError
from despatch.bodies import markdown_to_html

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like what people and tools put in these files, plus anything at all.
YAML_BITS = st.sampled_from(["---", "...", ":", ": ", "- ", "  ", "\n", "[", "]", "{", "}", "&a ", "*a", "!!python/name:os.system",
                             "!", "|", ">", "#", "'", '"', "title", "date", "2023-02-30", "2023-03-01T25:00", "<<", "?",
                             "%YAML 1.1", "\t", "\ufeff", "\x00", "\r\n", "\u2028", "日期", "\\",
                             'title: "\\ud800 \\x07 \\uFFFE"'])
LINEISH = st.lists(st.one_of(YAML_BITS, st.text(max_size=12)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), LINEISH, LINEISH.map(lambda t: "---\n" + t + "\n---\nbody"))

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                    st.dates().map(str))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                      max_leaves=20)
FIELD_NAMES = st.sampled_from(["title", "date", "source", "author", "language", "topics", "people", "url", "event",
                               "summary", "milestones", "event_date", "title_proposed", "image", "anything"])


# ---------------------------------------------------------------- front matter


def _check_front_matter(text: str) -> None:
    try:
        parsed = frontmatter.parse(text)
    except FrontMatterError as error:
        assert error.text and (error.line is None or error.line >= 1)
        return
    assert isinstance(parsed.fields, dict) and isinstance(parsed.body, str)
    assert all(isinstance(key, str) for key in parsed.fields)
    assert set(parsed.lines) == set(parsed.fields) and all(line >= 2 for line in parsed.lines.values())
    _assert_plain_data(parsed.fields)


def _assert_plain_data(value, depth: int = 0) -> None:
    assert depth <= frontmatter.MAX_NESTING + 1
    if isinstance(value, dict):
        for key, item in value.items():
            _assert_plain_data(key, depth + 1)
            _assert_plain_data(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _assert_plain_data(item, depth + 1)
    else:
        assert value is None or isinstance(value, (str, int, float, bool, bytes, dt.date, dt.datetime)), type(value)


@FAST
@given(ANY_TEXT)
@example("---\ntitle: !!python/object/apply:os.system ['true']\n---\n")
@example("---\na: &a [1]\nb: *a\n---\n")
@example("---\n" + "[" * 5000 + "]" * 5000 + "\n---\n")
@example("---\n- a\n---\n")
@example("---\ndate: 2023-02-30\n---\n")
@example("---\ntitle: x\n")
def test_front_matter_parse_never_raises_anything_but_its_own_error(text):
    _check_front_matter(text)


@FAST
@given(st.dictionaries(FIELD_NAMES, VALUES, max_size=8), st.text(max_size=200))
def test_front_matter_round_trips_any_plain_mapping(fields, body):
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n" + body
    _check_front_matter(text)


def test_deep_nesting_is_refused_before_the_parser_recurses():
    for value in ("[" * 12_000 + "]" * 12_000, "{a: " * 12_000 + "}" * 12_000, "\n" + "- " * 12_000 + "x"):
        text = "---\ntitle: x\ntopics: " + value + "\n---\n"
        with pytest.raises(FrontMatterError, match="nested"):
            frontmatter.parse(text)
    block = "---\ntitle: x\n" + "".join("  " * i + f"k{i}:\n" for i in range(200)) + "---\n"
    with pytest.raises(FrontMatterError, match="nested"):
        frontmatter.parse(block)


# ---------------------------------------------------------------- content files as bytes


@FAST
@given(st.one_of(st.binary(max_size=300), ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
@example(b'---\ntitle: "Bad \\ud800 \\x00 surrogate"\ntopics: ["\\udfff"]\n---\nbody')
def test_reading_any_content_file_gives_an_article_or_a_message(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("content") / "2023-03-01-any.md"
    path.write_bytes(data)
    article, messages = read_article(path)
    if article is None:
        assert any(m.level == "error" for m in messages)
    else:
        assert article.title and "\n" not in article.title and article.stem == path.stem
        assert article.date is None or isinstance(article.date, dt.date)
        for value in dataclasses.astuple(article):
            if isinstance(value, str):  # every page, feed and export writes these as UTF-8
                value.encode("utf-8")
                assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", value)
    assert all(str(path) == m.path and m.text for m in messages)


@FAST
@given(st.binary(max_size=200))
def test_decoded_content_has_no_control_characters(data):
    try:
        text = decode_content(data)
    except ContentError:
        return
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\r]", text)


# ---------------------------------------------------------------- dates in content files


@FAST
@given(st.one_of(st.text(max_size=40), st.from_regex(r"\A\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?\Z")))
def test_content_dates_parse_to_a_real_date_or_say_why_not(text):
    try:
        date, time, offset = parse_moment(text)
    except ContentError as error:
        assert error.text
        return
    assert isinstance(date, dt.date)
    assert time is None or re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", time)
    assert offset is None or re.fullmatch(r"[+-]\d{2}:\d{2}", offset)


@FAST
@given(st.dates(min_value=dt.date(1, 1, 1)), st.one_of(st.none(), st.times().map(lambda t: t.strftime("%H:%M"))))
def test_a_real_date_round_trips_through_a_content_file(date, time):
    assert parse_moment(str(format_moment(date, time, "+03:00" if time else None)))[0] == date


@pytest.mark.parametrize("impossible", ["2023-02-30", "2023-02-29", "2023-13-01", "0000-01-01", "2023-03-01T24:00"])
def test_impossible_dates_are_refused_not_rolled_over(impossible):
    with pytest.raises(ContentError, match="not a real date"):
        parse_moment(impossible)


# ---------------------------------------------------------------- the sanitizer


HTMLISH = st.lists(st.one_of(st.sampled_from([
    "<", ">", "&", "&#", "&#x6A;", "&#106;", "&colon;", "&#9;", "javascript:", "JaVaScRiPt:", "data:", "vbscript:",
    "<script>", "</script>", "<img src=x ", "onerror=", "onload=", "=", '"', "'", "`", "<a href=", "</a>",
    "[", "](", ")", "<", "![", "{: ", " }", "<svg", "<iframe", "<style>", "<!--", "-->", "<noscript>", "</",
    "\n", "\n\n", "    ", "```", "<div markdown=\"1\"", "alert(1)", " ", "<base href=", "<meta http-equiv=refresh",
]), st.text(max_size=6)), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(HTMLISH)
def test_sanitized_markdown_never_carries_anything_that_runs(body):
    html = markdown_to_html(body)
    assert scan_html(html, "body") == []
    assert not re.search(r"<(script|style|iframe|object|embed|base|meta|form|svg|math)\b", html, re.IGNORECASE)


# ---------------------------------------------------------------- ingest: slugs, dates, parser


def _module(name: str):
    return pytest.importorskip(name, reason="ingest is not importable yet")


@FAST
@given(st.one_of(st.none(), st.dates()), st.text(max_size=3000), st.text(max_size=300),
       st.sets(st.text(max_size=20), max_size=5))
@example(None, "", "", set())
@example(None, "中白两国签署农业合作协议", "", set())
@example(dt.date(2023, 3, 1), "x" * 3000, "", {"2023-03-01-" + "x" * 80})
@example(None, "../../etc/passwd", "..", {"undated-etc-passwd"})
def test_slugs_are_safe_unique_and_never_empty(date, title, body, taken):
    stem = _module("despatch.intake").unique_stem(date, title, body, set(taken))
    assert stem and stem not in taken
    check_stem(stem)  # usable as a URL segment and a file name
    assert len((stem + ".md").encode("utf-8")) < 255 and ".." not in stem.split("-")


def test_same_title_twice_gives_two_stems():
    intake = _module("despatch.intake")
    taken: set = set()
    first = intake.unique_stem(dt.date(2023, 3, 1), "Belarus, China sign documents", "a", taken)
    taken.add(first)
    second = intake.unique_stem(dt.date(2023, 3, 1), "Belarus, China sign documents", "b", taken)
    assert first != second


DATE_TEXT = st.lists(st.one_of(st.sampled_from([
    "30 February 2023", "31 Feb", "1 March 99999", "2023年3月1日", "2023年2月30日", "11 марта 2023 г.", "29.02.2023",
    "2023-02-29", "Wednesday, 5 April 2023", "13/13/2023", "0 March 2023", "March 32, 2023", "1 March 0",
    "99999999999999999999", "—", " ", ", ", "\n"]), st.text(max_size=10)), max_size=12).map("".join)


@FAST
@given(DATE_TEXT)
@example("1 March 99999")
@example("30 February 2023")
def test_the_date_normalizer_gives_a_real_date_or_none(text):
    dates = _module("despatch.ingest.dates")
    found = dates.parse_date(text)
    assert found is None or isinstance(found, dt.date)
    for item in dates.find_dates(text):
        assert item.value is None or isinstance(item.value, dt.date)
        assert item.value is not None or not item.has_year or item.problem


@pytest.mark.parametrize("text", ["30 February 2023", "31 Feb 2023", "1 March 99999", "2023年2月30日"])
def test_impossible_printed_dates_are_not_rolled_over_or_clamped(text):
    assert _module("despatch.ingest.dates").parse_date(text) is None


RAW_ARTICLE = st.lists(st.one_of(DATE_TEXT, st.sampled_from([
    "Home | News | Politics\n", "MINSK, 1 March (BelTA) - ", "新华社北京3月1日电", "（记者张伟）", "责任编辑：李明",
    "Belarus and China signed an agreement.", "\n\n", "© BelTA", "Viewed on: 12 June 2024\n", "<script>alert(1)</script>",
    "Editor: Ivan Petrov\n", "Related news\n", "Share: Facebook\n", "\x1b[2J", "\x00", "\ufeff", "#", "---\n",
]), st.text(max_size=30)), max_size=40).map("".join)


@FAST
@given(RAW_ARTICLE)
def test_the_parser_never_raises_and_gives_a_valid_article(text):
    from despatch.registry import load_registry

    parsed, messages = _module("despatch.ingest").parse_text(text, "seed.txt", _registry(load_registry))
    assert all(m.text for m in messages)
    if parsed is not None:
        assert parsed.title is None or (parsed.title.strip() and "\n" not in parsed.title)
        assert parsed.date is None or isinstance(parsed.date, dt.date)
        assert isinstance(parsed.body, str) and isinstance(parsed.language, str)


_REGISTRY = []


def _registry(load):
    if not _REGISTRY:
        _REGISTRY.append(load())
    return _REGISTRY[0]


@pytest.mark.parametrize("moment", ["2023-03-01T10:00:00+99:99", "2023-03-01T10:00:00-12:60", "2023-03-01T25:00"])
def test_impossible_times_and_offsets_are_refused(moment):
    with pytest.raises(ContentError):
        parse_moment(moment)
