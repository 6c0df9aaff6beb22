"""The repository's seeds: every core field as a person reading the page would fill it in."""
import datetime as dt
import functools
from pathlib import Path

import pytest

from despatch.ingest import decode_bytes, parse_text
from despatch.registry import load_registry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = dt.date

# stem prefix: title, date, time, source, author, dateline, event_date
EXPECTED = {
    "000": ("Lukashenko, Xi Jinping sign declaration to herald in new age of Belarus-China partnership",
            D(2023, 3, 1), "19:55", "BelTA", None, "Beijing", D(2023, 3, 1)),
    "001": ("Chinese ambassador names three aspects of all-weather cooperation with Belarus",
            D(2023, 3, 10), "09:28", "BelTA", None, None, D(2023, 3, 1)),
    "002": ("Xi meets with Belarusian President Lukashenko", D(2022, 9, 16), "17:51:59", "Xinhua", None, None, D(2022, 9, 15)),
    "003": ("China, Belarus pledge to enhance ties", D(2023, 12, 5), "08:35", "China Daily", "Cao Desheng", None, D(2023, 12, 4)),
    "004": (None, D(2023, 3, 3), None, None, None, None, D(2023, 3, 1)),
}
FIELDS = ("title", "date", "time", "source", "author", "dateline", "event_date")


@functools.cache
def parsed(prefix):
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    text, _ = decode_bytes(path.read_bytes(), path.name)
    return parse_text(text, path.name, load_registry())[0]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_core_fields(prefix):
    article = parsed(prefix)
    title = None if article.title_proposed else article.title
    got = (title, *(getattr(article, f) for f in FIELDS[1:]))
    assert got == EXPECTED[prefix]
    assert article.language == "en"


def test_seed_without_headline_gets_a_title_marked_proposed():
    article = parsed("004")
    assert article.title_proposed and article.title.startswith("On March 1, President Xi Jinping")


def test_seed_interview_questions_and_archive_photo():
    article = parsed("001")
    assert article.body.count("**Q:** ") == 5
    assert article.captions == ("An archive photo",)


def test_seed_photo_captions_and_deck():
    article = parsed("003")
    assert article.subtitle == "Xi, Lukashenko agree to further boost high-level exchanges during talks in Beijing"
    assert len(article.captions) == 2
    assert article.captions[0].endswith("HUANG JINGWEN/XINHUA") and article.captions[1].endswith("[Photo/Xinhua]")
    assert "Web editor" not in article.body and "Related Stories" not in article.body


def test_seed_section_headings():
    body = parsed("004").body
    for heading in ("shoulder to shoulder, stand firmly together", "Hand in hand, cooperation enters the fast lane",
                    "Heart to heart, people-to-people exchanges are closer"):
        assert f"## {heading}" in body


def test_seed_footer_credits_are_not_in_the_body():
    body = parsed("002").body
    for chrome in ("Editor: Leon", "About us", "Sponsored by", "Registration number", "Chrome,Firefox", "Home >"):
        assert chrome not in body
