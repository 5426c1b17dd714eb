"""Properties of the tagger on arbitrary text: it never fails and its spans are exact."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import datesleuth

# Pieces that make the rules fire in odd combinations: numbers of every size, units,
# names of months and days, relative words, punctuation.
PIECES = [
    "May", "March", "Jan.", "Friday", "next", "last", "this", "week", "year", "years",
    "ago", "earlier", "later", "the", "of", "in", "on", "a", "day", "days", "quarter",
    "third", "1998", "2021", "10,000", "230,013", "0", "31", "99", "12:45", "p.m.", "a.m.",
    "'80s", "1990s", "mid-", "early", "late", "fiscal", "-", ",", ".", "\n", "/", "20th",
    "century", "twice", "every", "half", "1/2", "fortnight", "noon", "tonight", "ET",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
references = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(texts, references)
def test_tagging_never_fails_and_spans_are_exact(text: str, reference: dt.date | None) -> None:
    for timex in datesleuth.tag(text, reference):
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), references)
def test_any_unicode_text_is_tagged_without_error(text: str, reference: dt.date | None) -> None:
    datesleuth.tag(text, reference)
