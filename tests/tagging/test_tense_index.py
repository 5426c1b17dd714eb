"""The tense index covers only the sentences that hold an expression, and a marker counts
only in its own sentence: what an expression gets never depends on which other
sentences hold expressions."""

from __future__ import annotations

import pytest

from datesleuth.tagging.engine import get_tagger

TAGGER = get_tagger("en")
TENSE = TAGGER.tense

TEXTS = [
    "The board met in March. Shares will rise on Friday. Nothing was said.",
    "Prices fell\nFriday's vote will decide it.\nOfficials said so.",
    "He will go. On Monday the council voted to close the plant, which opened in 1990.",
    "Talks collapsed. Negotiators are due back on Wednesday and said they would stay.",
]


def spans_of(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in TAGGER.choose(TAGGER.candidates(text))]


@pytest.mark.parametrize("text", TEXTS)
def test_only_the_sentences_of_expressions_are_scanned(text: str) -> None:
    first, *_ = spans_of(text)
    index = TENSE.index(text, [first])
    start, end = TENSE.sentence_bounds(index, len(text), *first)
    assert index.marker_starts
    assert all(start <= marker < end for marker in index.marker_starts)


@pytest.mark.parametrize("text", TEXTS)
def test_a_tense_is_the_same_whichever_other_sentences_are_scanned(text: str) -> None:
    spans = spans_of(text)
    everything = TENSE.index(text, [(0, len(text))])
    for start, end in spans:
        alone = TENSE.index(text, [(start, end)])
        assert TENSE.tense_at(text, alone, start, end) == TENSE.tense_at(
            text, everything, start, end
        ), text[start:end]
        assert TENSE.governed_by_past(text, alone, start) == TENSE.governed_by_past(
            text, everything, start
        )
