"""Held-out ingest sets: outlets and layouts not in the dev set (synthetic texts, see each folder's README).

One test per folder under tests/fixtures/heldout*/: per-field accuracy must clear the issue's bars,
and no field may be invented (a value where the answer is that the text has none). On failure every
miss is printed.
"""
from pathlib import Path

import pytest

from despatch.evaluate import evaluate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FOLDERS = sorted(p.name for p in FIXTURES.glob("heldout*") if p.is_dir())

BARS = {"title": 0.95, "date": 0.98, "source": 0.95, "author": 0.90, "dateline": 0.90, "language": 1.0}


@pytest.mark.parametrize("folder", FOLDERS)
def test_heldout_accuracy_bars(folder):
    report = evaluate(FIXTURES / folder)
    assert len(report.files) == len(list((FIXTURES / folder).glob("*.expected.json")))
    below = {name: report.accuracy(name) for name, bar in BARS.items() if (report.accuracy(name) or 0) < bar}
    assert not below and not report.invented, (
        f"below the bar: { {k: f'{v:.1%}' for k, v in below.items()} }; invented: {len(report.invented)}\n"
        f"{report.summary()}"
    )
