"""The anchor says how a value hangs on the reference date: the dating engine reads it
without trusting any reference date, so it must agree with the value the tagger gives
when it has one, and must not change when it has none."""

from __future__ import annotations

import datetime as dt

import pytest

from datesleuth import tag
from datesleuth.tagging.resolve import shift_by_unit

DCT = dt.date(2000, 5, 1)


@pytest.mark.parametrize(
    ("text", "unit", "offset"),
    [
        ("The war ended two decades ago.", "year", -20),
        ("Rome fell two centuries ago.", "year", -200),
        ("The treaty will lapse three decades from now.", "year", 30),
        ("The plant closed three months ago.", "month", -3),
        ("Sales fell two quarters ago.", "quarter", -2),
        ("The rebels took the town five years ago.", "year", -5),
    ],
)
def test_an_offset_anchor_counts_in_the_unit_of_the_value(text: str, unit: str, offset: int):
    (timex,) = tag(text, dct=DCT)
    assert timex.anchor == f"{unit.upper()}{offset:+d}"
    assert timex.value == shift_by_unit(DCT, unit, offset)


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose in the quarter.",
        "The war ended two decades ago.",
        "Output will rise next month.",
        "Talks resumed on Wednesday.",
    ],
)
def test_the_anchor_does_not_depend_on_having_a_reference_date(text: str):
    (dated,) = tag(text, dct=DCT)
    (undated,) = tag(text)
    assert dated.anchor == undated.anchor
    assert "X" in undated.value or undated.value.endswith("REF")
