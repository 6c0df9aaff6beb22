"""Every bad input of the corpus (fixtures/badinput and generated ones): a clear message, the rest
built, nothing lost, nothing left outside its folder, bounded time (issue 7).

Each case is built once beside a known-good article (r07), with --strict, and compared with a
build of the good article alone.
"""
from __future__ import annotations

import datetime as dt
import re
import resource
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from badinput_support import (FIXTURES, GOOD_SEED, Build, build_cases, case_build, corpus_files, lay_out, pwned_files,
                              run_build, scan_site, tree_digest)
from despatch import frontmatter


@dataclass(frozen=True)
class Expected:
    outcome: str  # "ok" (no warning), "warn" (built, with a message), "refused" (nothing built), "any"
    message: str = ""  # a regex the run's messages must match
    # a guard against a hang (a backtracking pattern, an alias bomb expanding), not a speed target:
    # speed is measured in bench/; a whole build on a loaded machine can take several times its usual time
    seconds: float = 60
    fields: tuple = ()  # (front-matter key, expected value) of the content file made from the case


CASES = {
    "raw/r01_xss_title.txt": Expected("ok", fields=(("date", "2023-03-01"),)),
    "raw/r02_xss_body.txt": Expected("ok", fields=(("date", "2023-03-02"),)),
    "raw/r03_impossible_dates.txt": Expected("warn", r"r03_impossible_dates\.txt:5: warning: .*30 February 2023",
                                             fields=(("date", None),)),
    "raw/r05_chinese_only_title.txt": Expected("ok", fields=(
        ("date", "2023-03-01"), ("language", "zh"), ("source", "Xinhua"), ("dateline", "Beijing"), ("author", "张伟"))),
    "raw/r08_same_title_b.txt": Expected("ok", fields=(("source", "Xinhua"), ("author", None))),
    "raw/r09_title_2000_chars.txt": Expected("warn", r"r09_title_2000_chars\.txt:\d+: warning: .*headline"),
    "raw/r10_only_boilerplate.txt": Expected("refused", r"no article text found in r10_only_boilerplate\.txt"),
    "content/c01_xss_frontmatter_fields.md": Expected(
        "warn", r"c01_xss_frontmatter_fields\.md:9: warning: 'url'.*\n(.*\n)*.*c01_xss_frontmatter_fields\.md:10: "
                r"warning: 'image'"),
    "content/c03_yaml_alias_bomb.md": Expected("refused", r"c03_yaml_alias_bomb\.md:5: error: YAML anchors/aliases are "
                                               r"not allowed"),
    "content/c05_yaml_python_tags.md": Expected("refused", r"c05_yaml_python_tags\.md:2: error: unsupported YAML tag"),
    "content/c06_frontmatter_not_mapping.md": Expected("refused", r"c06_frontmatter_not_mapping\.md:2: error: front "
                                                       r"matter must be key: value pairs, found a list"),
    "content/c07_invalid_date.md": Expected("warn", r"c07_invalid_date\.md:3: warning: 'date'"),
    "content/c10_markdown_body_xss.md": Expected("ok"),
    "raw/g01_empty.txt": Expected("refused", r"g01_empty\.txt: error: empty file"),
    "raw/g02_huge_5mb.txt": Expected("any", seconds=30, fields=(
        ("title", "Belarus, China review results of industrial park's first decade"), ("date", "2023-03-09"))),
    "raw/g03_latin1.txt": Expected("any", r"g03_latin1\.txt"),
    "raw/g04_utf16le_bom.txt": Expected("ok", fields=(
        ("title", "Беларусь и Китай обсудили поставки молочной продукции"), ("date", "2023-03-11"), ("language", "ru"))),
    "raw/g05_cp1251_ru.txt": Expected("any", r"g05_cp1251_ru\.txt", fields=(
        ("title", "В Минске открылся Год китайского языка"), ("date", "2023-03-12"))),
    "raw/g06_nul_control_bytes.txt": Expected("warn", r"g06_nul_control_bytes\.txt: warning: removed", fields=(
        ("title", "Belarus, China hold talks on customs cooperation"),)),
    "raw/g07_crlf_bom.txt": Expected("ok", fields=(("title", "Belarus, China agree to boost e-commerce"),
                                                   ("date", "2023-03-14"))),
    "content/g08_bom_crlf_frontmatter.md": Expected("ok"),
    "content/g09_deep_nesting.md": Expected("refused", r"g09_deep_nesting\.md:\d+: error: front matter is nested"),
    "raw/g10_binary_as_txt.txt": Expected("refused", r"g10_binary_as_txt\.txt: error: not a text file"),
    "raw/g11_gbk_zh.txt": Expected("any", r"g11_gbk_zh\.txt", fields=(
        ("title", "中白两国签署农业合作协议"), ("date", "2023-03-17"), ("language", "zh"), ("dateline", "Beijing"),
        ("source", "People's Daily Online"))),
}


def test_every_case_of_the_corpus_has_an_expectation():
    assert set(CASES) | {f"raw/{GOOD_SEED}"} == set(corpus_files())


@pytest.fixture(scope="module")
def good() -> Build:
    build_cases([None, *sorted(CASES)])
    build = case_build(None)
    assert build.returncode == 0, build.stderr
    return build


def _content_made_from(build: Build, name: str) -> Path | None:
    """The content file that a case became (raw: the one naming it as its seed)."""
    if name.startswith("content/"):
        path = build.content / Path(name).name
        return path
    for path in sorted(build.content.glob("*.md")):
        if re.search(rf"^seed: '?{re.escape(Path(name).name)}'?$", path.read_text("utf-8"), re.MULTILINE):
            return path
    return None


def _good_page(build: Build) -> Path:
    stem = _content_made_from(build, f"raw/{GOOD_SEED}").stem
    return build.site / "articles" / stem / "index.html"


def _article_element(page: Path) -> str:
    html = page.read_text("utf-8")
    return html[html.index("<article"): html.index("</article>")]


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_reported_and_the_rest_is_built(name, good):
    expected = CASES[name]
    build = case_build(name)
    messages = build.stderr
    assert "Traceback" not in messages and build.returncode in (0, 1), messages
    assert build.seconds < expected.seconds + 2  # + interpreter start-up
    if expected.message:
        assert re.search(expected.message, messages), messages
    made = _content_made_from(build, name)
    page = build.site / "articles" / made.stem / "index.html" if made else None
    if expected.outcome == "refused":
        assert build.returncode == 1, "--strict must fail on a refused file"
        assert page is None or not page.exists()
        if name.startswith("raw/"):
            assert made is None
        assert _good_page(build).read_bytes() == _good_page(good).read_bytes()
    else:
        assert page is not None and page.exists(), messages
        assert _article_element(_good_page(build)) == _article_element(_good_page(good))
    if expected.outcome == "ok":
        assert build.returncode == 0, messages
    if expected.outcome == "warn":
        assert build.returncode == 1 and re.search(r": warning: ", messages)


@pytest.mark.parametrize("name", sorted(n for n, e in CASES.items() if e.fields))
def test_what_was_read_from_a_bad_input_is_right(name):
    made = _content_made_from(case_build(name), name)
    fields = frontmatter.parse(made.read_text("utf-8")).fields
    for key, value in CASES[name].fields:
        actual = fields.get(key)
        if key == "date" and actual:
            actual = str(actual)[:10]
        assert actual == value, (key, fields)


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_is_written_outside_content_and_the_site(name):
    build = case_build(name)
    # By design beside the site: .cache/ (the incremental build cache) and .public.lock (one build at a time).
    names = {p.name for p in build.workdir.iterdir()} - {".cache", ".public.lock"}
    assert names == {"content", "public", "seeds"}, names  # and no staging folder left behind
    seeds = tree_digest(build.workdir / "seeds")
    expected = {Path(n).name for n in (name, f"raw/{GOOD_SEED}") if n.startswith("raw/")}
    assert set(seeds) == expected
    assert not [p for p in build.content.iterdir() if p.name.startswith(".")]  # no temp files left
    assert pwned_files() == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_case_builds_a_site_with_nothing_that_runs(name):
    assert scan_site(case_build(name).site) == []


def test_the_alias_bomb_is_refused_in_well_under_a_second():
    import time

    text = corpus_files()["content/c03_yaml_alias_bomb.md"].decode("utf-8")
    started = time.monotonic()
    with pytest.raises(frontmatter.FrontMatterError, match="aliases"):
        frontmatter.parse(text)
    assert time.monotonic() - started < 1


def test_builds_stay_within_a_gigabyte():
    for name in CASES:
        case_build(name)
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1024 * 1024  # kB


# ---------------------------------------------------------------- case details from the README


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def _visible_text(page: Path) -> str:
    parser = _Visible()
    parser.feed(page.read_text("utf-8"))
    return "".join(parser.parts)


def _page_of(name: str) -> Path:
    build = case_build(name)
    return build.site / "articles" / _content_made_from(build, name).stem / "index.html"


def test_r01_title_shows_once_escaped_and_keeps_the_publication_date():
    page = _page_of("raw/r01_xss_title.txt")
    html = page.read_text("utf-8")
    assert "Lukashenko &amp; Xi" in html and "&amp;amp;" not in html
    assert "Lukashenko & Xi" in _visible_text(page)
    assert 'datetime="2023-03-01"' in html and "2024-06-12" not in html


def test_r02_ordinary_text_displays_as_printed():
    text = _visible_text(_page_of("raw/r02_xss_body.txt"))
    for printed in ("AT&T, Q&A, 3 < 5 > 2", "&lt;b&gt;", "https://eng.belta.by/"):
        assert printed in text


def test_r03_impossible_dates_are_not_rolled_over_clamped_or_replaced():
    made = _content_made_from(case_build("raw/r03_impossible_dates.txt"), "raw/r03_impossible_dates.txt")
    text = made.read_text("utf-8")
    for wrong in ("2023-03-02", "2023-02-28", "2023-04-05"):
        assert wrong not in text


def test_r05_chinese_title_gets_a_readable_unique_slug():
    made = _content_made_from(case_build("raw/r05_chinese_only_title.txt"), "raw/r05_chinese_only_title.txt")
    assert re.fullmatch(r"2023-03-01-[a-z0-9-]{4,}", made.stem)


def test_r07_and_r08_same_headline_are_two_articles_and_r07_keeps_its_url(good):
    build = case_build("raw/r08_same_title_b.txt")
    first, second = (_content_made_from(build, f"raw/{n}") for n in (GOOD_SEED, "r08_same_title_b.txt"))
    assert first.stem != second.stem
    assert first.stem == _content_made_from(good, f"raw/{GOOD_SEED}").stem
    home = (build.site / "index.html").read_text("utf-8")
    assert f"articles/{first.stem}/" in home and f"articles/{second.stem}/" in home


def test_r09_long_title_gives_short_paths():
    build = case_build("raw/r09_title_2000_chars.txt")
    made = _content_made_from(build, "raw/r09_title_2000_chars.txt")
    assert len(made.stem) <= 110
    for path in list(build.site.rglob("*")) + list(build.content.rglob("*")):
        assert all(len(part.encode("utf-8")) < 255 for part in path.parts)


def test_c10_template_syntax_stays_literal():
    text = _visible_text(case_build("content/c10_markdown_body_xss.md").site / "articles" / "c10_markdown_body_xss"
                         / "index.html")
    assert "{{ cycler." in text and "AT&T" in text


def test_g04_g06_g07_leave_no_bom_nul_or_carriage_return():
    for name in ("raw/g04_utf16le_bom.txt", "raw/g06_nul_control_bytes.txt", "raw/g07_crlf_bom.txt"):
        build = case_build(name)
        data = _content_made_from(build, name).read_bytes()
        assert b"\r" not in data and b"\x00" not in data and "\ufeff".encode() not in data
        for page in build.site.rglob("*.html"):
            assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", page.read_bytes()), page


def test_g03_latin1_is_decoded_right_or_refused():
    build = case_build("raw/g03_latin1.txt")
    made = _content_made_from(build, "raw/g03_latin1.txt")
    if made is None:
        assert re.search(r"g03_latin1\.txt: error: .*(latin|8859|1252)", build.stderr, re.IGNORECASE)
        return
    text = made.read_text("utf-8")
    for right in ("Frédéric Müller", "£12", "½ price", "naïve"):
        assert right in text


def test_g08_front_matter_with_bom_and_crlf_is_recognized():
    page = case_build("content/g08_bom_crlf_frontmatter.md").site / "articles" / "g08_bom_crlf_frontmatter" / "index.html"
    text = _visible_text(page)
    assert "Belarus, China open trade house in Chengdu" in text and "title:" not in text and "---" not in text


def test_messages_carry_no_terminal_control_sequences():
    for name in CASES:
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", case_build(name).stderr), name


def test_undated_articles_are_never_given_the_viewing_date():
    for name in ("raw/r01_xss_title.txt", "raw/r03_impossible_dates.txt"):
        made = _content_made_from(case_build(name), name)
        date = frontmatter.parse(made.read_text("utf-8")).fields.get("date")
        assert date is None or dt.date.fromisoformat(str(date)[:10]).year == 2023


# ---------------------------------------------------------------- a crash in one file stays in that file


@pytest.mark.parametrize("crash", [RecursionError("maximum recursion depth exceeded"), MemoryError(),
                                   ValueError("day is out of range for month"), OverflowError("date value out of range")])
def test_a_crash_while_ingesting_one_seed_is_a_message_and_the_others_are_ingested(tmp_path, monkeypatch, crash):
    from despatch import intake
    from despatch.registry import load_registry

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a_bad.txt", GOOD_SEED):
        (seeds / name).write_bytes((FIXTURES / "raw" / GOOD_SEED).read_bytes())
    real_parse = intake.parse_seed

    def parse(path, *args):
        if path.name == "a_bad.txt":
            raise crash
        return real_parse(path, *args)

    monkeypatch.setattr(intake, "parse_seed", parse)
    report = intake.ingest_seeds(intake.seed_files(seeds), tmp_path / "content", load_registry())
    assert [(m.path, m.level) for m in report.messages if m.level == "error"] == [("a_bad.txt", "error")]
    assert type(crash).__name__ in report.messages[0].text
    assert len(report.written) == 1


@pytest.mark.parametrize("crash", [RecursionError(), MemoryError(), ValueError("x"), KeyError("x")])
def test_a_crash_while_reading_one_content_file_is_a_message_for_that_file(tmp_path, monkeypatch, crash):
    from despatch import content

    path = tmp_path / "2023-03-01-any.md"
    path.write_text("---\ntitle: x\n---\nbody\n", encoding="utf-8")

    def explode(text):
        raise crash

    monkeypatch.setattr(content.frontmatter, "parse", explode)
    article, messages = content.read_article(path)
    assert article is None and messages and messages[0].level == "error" and messages[0].path == str(path)


@pytest.mark.parametrize("date", ["soon", "../../etc", "0000", "2023-02-30", "2023-13"])
def test_a_milestone_date_that_is_not_a_date_is_a_warning_not_a_crash(tmp_path, date):
    lay_out(tmp_path, {"content/2023-03-01-milestone.md": (
        f"---\ntitle: Milestone test\ndate: 2023-03-01\nmilestones:\n  - {{date: '{date}', sentence: It began.}}\n"
        "---\n\nBody.\n").encode()})
    build = run_build(tmp_path, "build")
    assert "Traceback" not in build.stderr and build.returncode == 0, build.stderr
    assert re.search(r"2023-03-01-milestone\.md:4: warning: 'milestones': milestone date", build.stderr)
    assert (build.site / "articles" / "2023-03-01-milestone" / "index.html").exists()


HAND_EDITED = {
    "surrogates": ("2023-03-02-x.md", '---\ntitle: "Bad \\ud800 surrogate"\ntopics: ["\\udfff"]\n---\nBody.\n'),
    "offset": ("2023-03-02-x.md", "---\ntitle: T\ndate: 2023-03-02T10:00:00+99:99\n---\nBody.\n"),
    "huge number": ("2023-03-02-x.md", "---\ntitle: T\ndate: 99999999999999999999999\nevent_date: 1e999\n---\nBody.\n"),
    "wrong types": ("2023-03-02-x.md", "---\ntitle: [a, b]\ntopics: {a: b}\nlanguage: 123\ntitle_proposed: maybe\n"
                    "people: [[x]]\nmilestones: yes\n---\nBody.\n"),
    "path traversal": ("2023-03-02-x.md", "---\ntitle: T\nevent: ../../../../tmp/pwned-event\n"
                       "people: ['..', '/', '../../x']\ntopics: ['../..']\nsource: ../../etc/passwd\n---\nBody.\n"),
    "unsafe file name": ("bad name?.md", "---\ntitle: T\n---\nBody.\n"),
    "empty": ("2023-03-02-x.md", ""),
    "no front matter end": ("2023-03-02-x.md", "---\ntitle: T\nBody.\n"),
    "binary": ("2023-03-02-x.md", "\x00\x01\x02\xff"),
}


@pytest.mark.parametrize("case", sorted(HAND_EDITED))
def test_a_hostile_hand_edited_content_file_never_stops_the_build(tmp_path, case):
    name, text = HAND_EDITED[case]
    lay_out(tmp_path, {"content/2023-03-01-good.md": b"---\ntitle: Good\ndate: 2023-03-01\n---\nGood body.\n",
                       f"content/{name}": text.encode("utf-8", "surrogateescape")})
    build = run_build(tmp_path, "build", "--strict")
    assert "Traceback" not in build.stderr, build.stderr
    if case in ("surrogates", "path traversal"):  # nothing to report: cleaned and slugged
        assert build.returncode == 0, build.stderr
    else:
        assert build.returncode == 1 and name in build.stderr  # the message names the file
    assert (build.site / "articles" / "2023-03-01-good" / "index.html").exists()
    assert {p.name for p in tmp_path.iterdir()} - {".cache", ".public.lock"} == {"content", "public", "seeds"}
    assert scan_site(build.site) == [] and pwned_files() == []
