"""evaluate(): per-field accuracy against answer files, misses, and invented values."""
import json
from pathlib import Path

import pytest

from despatch.evaluate import _same_time, evaluate, main

SHARED_DEV_SET = Path("/work/shared/dev-set")
SHARED_SEEDS = Path("/work/shared/seeds")

GOOD = "Belarus, China sign deal\n\n1 March 2023, 10:00\n\nMINSK, 1 March (BelTA) - Belarus and China signed a trade deal in Minsk on Wednesday.\n"
NO_HEADLINE = " date 2023-03-02 Officials of Belarus and China met in Minsk on Thursday to discuss trade.\n"


def write(folder: Path, name: str, text: str, answer: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(answer), encoding="utf-8")


def test_right_answers_score_full_marks(tmp_path):
    write(tmp_path, "a", GOOD, {"title": "Belarus,  China sign deal", "date": "2023-03-01", "time": "10:00",
                                "source": "БЕЛТА", "author": None, "dateline": "MINSK", "language": "en", "event_date": "2023-03-01"})
    report = evaluate(tmp_path)
    assert report.files == ["a.txt"]
    assert all(report.accuracy(f) == 1.0 for f in report.total)
    assert report.misses == [] and report.invented == []


def test_a_value_where_the_answer_is_none_is_invented(tmp_path):
    write(tmp_path, "a", GOOD, {"title": "Belarus, China sign deal", "author": None, "dateline": None, "source": "BelTA"})
    report = evaluate(tmp_path)
    assert [(m.field, m.invented) for m in report.misses] == [("dateline", True)]
    assert report.accuracy("dateline") == 0.0 and report.accuracy("source") == 1.0


def test_a_proposed_title_is_not_invented_and_fields_not_in_text_may_be_null(tmp_path):
    write(tmp_path, "b", NO_HEADLINE, {"title": None, "date": "2023-03-02", "source": "news.by",
                                       "fields_not_in_text": ["source"], "event_date": "2023-03-02"})
    report = evaluate(tmp_path)
    assert report.misses == []


def test_title_alternatives_count_as_right(tmp_path):
    write(tmp_path, "c", GOOD, {"title": "Another headline", "title_alternatives": ["Belarus, China sign deal"]})
    assert evaluate(tmp_path).accuracy("title") == 1.0


def test_texts_and_answers_in_separate_folders_and_summary(tmp_path, capsys):
    write(tmp_path / "answers", "d", GOOD, {"title": "Wrong", "language": "en"})
    (tmp_path / "answers" / "d.txt").rename(tmp_path / "d.txt")
    assert main([str(tmp_path), str(tmp_path / "answers")]) == 0
    out = capsys.readouterr().out
    assert "1 texts" in out and "title" in out and "d.txt: title: expected 'Wrong'" in out


@pytest.mark.skipif(not SHARED_DEV_SET.exists(), reason="shared dev set not available")
def test_dev_set_meets_the_targets():
    report = evaluate(SHARED_SEEDS, SHARED_DEV_SET / "seeds") + evaluate(SHARED_DEV_SET / "outlets")
    assert len(report.files) == 17
    targets = {"title": 0.95, "date": 0.98, "source": 0.95, "author": 0.90, "dateline": 0.90, "language": 1.0}
    for name, target in targets.items():
        assert report.accuracy(name) >= target, report.summary()
    assert report.invented == []


def test_a_city_spelt_with_or_without_latin_accents_is_the_same(tmp_path):
    text = ("Brazil and China set up a farm committee\n\nBrasília, April 20, 2004 (Agência Brasil) - The governments "
            "of Brazil and China signed a memorandum on farm trade.\n")
    write(tmp_path, "e", text, {"dateline": "Brasília", "source": "Agência Brasil", "date": "2004-04-20"})
    write(tmp_path, "f", text.replace("Brasília", "Brasilia"), {"dateline": "Brasília"})
    report = evaluate(tmp_path)
    assert report.misses == []


def test_a_city_under_another_of_its_listed_names_is_the_same(tmp_path):
    text = ("Mongolia and China open a rail link\n\nULAN BATOR, May 3 (Montsame) - The two governments "
            "opened a rail link on the border.\n")
    write(tmp_path, "g", text, {"dateline": "Ulan Bator"})
    write(tmp_path, "h", text.replace("ULAN BATOR", "MINSK"), {"dateline": "Ulan Bator"})
    report = evaluate(tmp_path)
    assert [(m.file, m.field) for m in report.misses] == [("h.txt", "dateline")]


def test_an_answer_keeping_a_mirrors_pinyin_readings_matches_the_title_and_author_as_printed(tmp_path):
    text = ("中白经济合作迈上新台阶\n\n2024年03月01日 来源：某某网 作者：张国亮\n\n"
            "中白两国代表在明斯克签署了经济合作协议。双方表示将继续深化合作。\n")
    write(tmp_path, "p", text, {"title": "中白经(jīng)济合作迈上新台阶", "author": "张国(guó)亮"})
    write(tmp_path, "q", text, {"title": "中白经(jīng)济合作", "author": "张国(guó)华"})
    report = evaluate(tmp_path)
    assert [(m.file, m.field) for m in report.misses] == [("q.txt", "title"), ("q.txt", "author")]


def test_an_answer_naming_an_outlet_with_several_names_in_brackets_accepts_each(tmp_path):
    text = "中白两国签署合作协议\n\n2024年03月01日 来源：新华网\n\n中白两国代表在明斯克签署了经济合作协议。双方表示将继续深化合作。\n"
    write(tmp_path, "r", text, {"source": "New China Web (新华网, xinhuanet.com)"})
    write(tmp_path, "s", text, {"source": "Some Other Paper (某某日报, paper.example)"})
    report = evaluate(tmp_path)
    assert [(m.file, m.field) for m in report.misses] == [("s.txt", "source")]


@pytest.mark.parametrize("want, got, same", [
    ("10:17 PM", "22:17", True),
    ("7:13am", "07:13", True),
    ("12:05 a.m.", "00:05", True),
    ("12:30 PM", "12:30", True),
    ("09:28 GMT", "09:28", True),
    ("15:29 (UTC+04:00)", "15:29", True),
    ("10:17 PM", "10:17", False),
    ("09:28 GMT", "09:29", False),
])
def test_a_time_on_a_12_hour_clock_or_with_its_zone_is_the_same_time_of_day(want, got, same):
    assert _same_time(want, got) is same
