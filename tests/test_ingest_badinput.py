"""The shared bad-input corpus (skipped where /work/shared is absent): every case as its README expects."""
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from despatch.ingest import decode_bytes, parse_text
from despatch.registry import load_registry

BADINPUT = Path("/work/shared/badinput")
pytestmark = pytest.mark.skipif(not BADINPUT.exists(), reason="shared bad-input corpus not available")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The generated raw texts, written by the corpus's own generator functions.

    g02 (5 MB) is left out: its generator takes most of a minute; the same shape of input
    is built quickly in test_ingest_properties.
    """
    spec = importlib.util.spec_from_file_location("make_badinput", BADINPUT / "make_badinput.py")
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    out = tmp_path_factory.mktemp("badinput")
    for name, make in maker.FILES.items():
        if name.startswith("raw/") and "g02" not in name:
            (out / Path(name).name).write_bytes(make())
    return out


def ingest(path: Path):
    text, messages = decode_bytes(path.read_bytes(), path.name)
    if text is None:
        return None, messages
    article, more = parse_text(text, path.name, load_registry())
    return article, messages + more


@pytest.mark.parametrize(
    "name, title, date, extra",
    [
        ("r01_xss_title.txt", None, dt.date(2023, 3, 1), {}),
        ("r05_chinese_only_title.txt", "中白友谊万古长青", dt.date(2023, 3, 1),
         {"language": "zh", "source": "Xinhua", "dateline": "Beijing", "author": "张伟"}),
        ("r08_same_title_b.txt", "Belarus, China sign cooperation documents", dt.date(2023, 3, 1), {"source": "Xinhua", "author": None}),
    ],
)
def test_raw_cases(name, title, date, extra):
    article, _ = ingest(BADINPUT / "raw" / name)
    assert title is None or article.title == title
    assert article.date == date
    for field, value in extra.items():
        assert getattr(article, field) == value


def test_impossible_dates_warn_and_leave_the_date_empty():
    article, messages = ingest(BADINPUT / "raw" / "r03_impossible_dates.txt")
    assert article.date is None
    assert any(m.line == 5 and "30 February 2023" in m.text for m in messages)


def test_only_boilerplate_is_refused():
    article, messages = ingest(BADINPUT / "raw" / "r10_only_boilerplate.txt")
    assert article is None and messages[-1].text == "no article text found in r10_only_boilerplate.txt"


def test_long_line_is_not_a_headline():
    article, messages = ingest(BADINPUT / "raw" / "r09_title_2000_chars.txt")
    assert article.title_proposed and len(article.title) <= 101
    assert any("probably not a headline" in m.text for m in messages)


@pytest.mark.parametrize(
    "name, title, date, language",
    [
        ("g03_latin1.txt", "Frédéric Müller: «Belarus and China build a naïve-free partnership»", dt.date(2023, 3, 10), "en"),
        ("g04_utf16le_bom.txt", "Беларусь и Китай обсудили поставки молочной продукции", dt.date(2023, 3, 11), "ru"),
        ("g05_cp1251_ru.txt", "В Минске открылся Год китайского языка", dt.date(2023, 3, 12), "ru"),
        ("g06_nul_control_bytes.txt", "Belarus, China hold talks on customs cooperation", dt.date(2023, 3, 13), "en"),
        ("g07_crlf_bom.txt", "Belarus, China agree to boost e-commerce", dt.date(2023, 3, 14), "en"),
        ("g11_gbk_zh.txt", "中白两国签署农业合作协议", dt.date(2023, 3, 17), "zh"),
    ],
)
def test_generated_encodings(generated, name, title, date, language):
    article, _ = ingest(generated / name)
    assert (article.title, article.date, article.language) == (title, date, language)
    assert "\r" not in article.body and "\ufeff" not in article.body and "\x00" not in article.body


def test_latin1_is_not_mojibake(generated):
    article, _ = ingest(generated / "g03_latin1.txt")
    assert "£12" in article.body and "½ price" in article.body and "Ł" not in article.body


@pytest.mark.parametrize("name, error", [("g01_empty.txt", "empty file"), ("g10_binary_as_txt.txt", "not a text file")])
def test_generated_refusals(generated, name, error):
    article, messages = ingest(generated / name)
    assert article is None and error in messages[-1].text
