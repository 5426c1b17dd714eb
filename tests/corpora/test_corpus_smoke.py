"""Real news through the whole pipeline: a sample of the shared TimeML corpora is tagged,
dated and laid out without an error, and every answer is well formed.

Skipped when ../shared/data is absent. The sample is fixed (every 10th te3_silver
document, every 4th tbaq_cleaned one), so a failure names a document that can be rerun.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import datesleuth
from datesleuth.reading.timeml import parse_timeml

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
SAMPLES = {"te3_silver": 10, "tbaq_cleaned": 4}


def _sample() -> list[Path]:
    paths: list[Path] = []
    for corpus, step in SAMPLES.items():
        paths.extend(sorted((DATA / corpus).glob("*/*.tml"))[::step])
    return paths


PATHS = _sample()


@pytest.mark.skipif(not PATHS, reason="../shared/data is not available")
@pytest.mark.parametrize("path", PATHS, ids=[path.name for path in PATHS])
def test_a_news_document_is_tagged_dated_and_laid_out(path: Path) -> None:
    document = parse_timeml(path.read_text(encoding="utf-8"), path.name)
    for reference in (document.dct, None):
        for timex in datesleuth.tag(document.text, reference):
            assert document.text[timex.start : timex.end] == timex.text
            assert timex.value
    result = datesleuth.check(document.text, claimed=document.dct)
    assert result.verdict in ("consistent", "misdated", "undetermined")
    estimate = result.estimate
    if estimate is not None and estimate.most_likely is not None:
        assert (estimate.earliest or estimate.most_likely) <= estimate.most_likely
        assert estimate.most_likely <= (estimate.latest or estimate.most_likely)
    for clue in result.evidence:
        assert 0 <= clue.start <= clue.end <= len(document.text)
    timeline = datesleuth.timeline(document.text, dct=document.dct)
    starts = [entry.sort_start for entry in timeline.entries if entry.sort_start is not None]
    assert starts == sorted(starts)
