"""Without a reference date the tagger finds the same expressions and keeps their meaning
open: the dating engine tags every article this way, so no phrase may fail there."""

from __future__ import annotations

import pytest

from datesleuth.tagging.dates import parse_reference_date
from datesleuth.tagging.engine import get_tagger
from datesleuth.tagging.language import Example, load_language

LANGUAGE = load_language("en")
each_example = pytest.mark.parametrize(
    "example",
    LANGUAGE.examples,
    ids=[f"{e.family}:{e.text[:40]}" for e in LANGUAGE.examples],
)


@each_example
def test_every_example_tags_the_same_spans_without_a_reference_date(example: Example) -> None:
    tagger = get_tagger("en")
    dated = tagger.tag(example.text, parse_reference_date(example.dct))
    undated = tagger.tag(example.text, None)
    assert [(t.start, t.end, t.type) for t in undated] == [(t.start, t.end, t.type) for t in dated]
    # A value that needed the reference date is left underspecified, never guessed.
    for with_date, without in zip(dated, undated, strict=True):
        if without.value != with_date.value:
            assert "X" in without.value, (without.text, without.value, with_date.value)


@each_example
def test_every_example_after_a_dated_sentence_still_finds_its_expressions(
    example: Example,
) -> None:
    # A date earlier in the text sets the narrative, which relative expressions
    # ("the following weekend", "a year earlier") then resolve against.
    opening = "Talks began on March 3, 2020. "
    tagger = get_tagger("en")
    alone = tagger.tag(example.text, parse_reference_date(example.dct))
    for reference in (parse_reference_date(example.dct), None):
        after = tagger.tag(opening + example.text, reference)
        assert [t.text for t in after][1:] == [t.text for t in alone]
