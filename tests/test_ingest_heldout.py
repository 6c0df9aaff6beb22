"""Held-out ingest set: outlets and layouts not in the dev set (synthetic texts, see the folder's README).

One test over tests/fixtures/heldout/: per-field accuracy must clear the bars, and no field may be
invented (a value where the answer is that the text has none). On failure every miss is printed.
"""
from pathlib import Path

from despatch.evaluate import evaluate

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"

BARS = {"title": 0.95, "date": 0.98, "source": 0.95, "author": 0.90, "dateline": 0.90, "language": 1.0}


def test_heldout_accuracy_bars():
    report = evaluate(HELDOUT)
    assert len(report.files) == 24
    below = {name: report.accuracy(name) for name, bar in BARS.items() if (report.accuracy(name) or 0) < bar}
    assert not below and not report.invented, (
        f"below the bar: { {k: f'{v:.1%}' for k, v in below.items()} }; invented: {len(report.invented)}\n"
        f"{report.summary()}"
    )
