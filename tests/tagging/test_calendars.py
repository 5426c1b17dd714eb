"""Calendar arithmetic behind the movable holidays, against their published first days."""

from __future__ import annotations

import datetime as dt

import pytest

from datesleuth.tagging.dates import (
    easter_sunday,
    kislev_25,
    lunar_new_year,
    orthodox_easter_sunday,
    rosh_hashanah,
)

D = dt.date


@pytest.mark.parametrize(
    "day",
    [
        D(1990, 9, 20), D(1995, 9, 25), D(2000, 9, 30), D(2001, 9, 18), D(2005, 10, 4),
        D(2010, 9, 9), D(2015, 9, 14), D(2019, 9, 30), D(2020, 9, 19), D(2021, 9, 7),
        D(2022, 9, 26), D(2023, 9, 16), D(2024, 10, 3), D(2025, 9, 23),
    ],
)  # fmt: skip
def test_rosh_hashanah(day: dt.date) -> None:
    assert rosh_hashanah(day.year) == day


@pytest.mark.parametrize("day", [D(2020, 12, 11), D(2022, 12, 19), D(2023, 12, 8), D(2024, 12, 26)])
def test_the_first_day_of_hanukkah(day: dt.date) -> None:
    assert kislev_25(day.year) == day


@pytest.mark.parametrize("day", [D(1998, 4, 12), D(2000, 4, 23), D(2019, 4, 21), D(2024, 3, 31)])
def test_easter_sunday(day: dt.date) -> None:
    assert easter_sunday(day.year) == day


@pytest.mark.parametrize(
    "day", [D(1999, 4, 11), D(2010, 4, 4), D(2020, 4, 19), D(2021, 5, 2), D(2024, 5, 5)]
)
def test_orthodox_easter_sunday(day: dt.date) -> None:
    assert orthodox_easter_sunday(day.year) == day


def test_every_hebrew_year_has_a_length_the_calendar_allows() -> None:
    lengths = {(rosh_hashanah(y + 1) - rosh_hashanah(y)).days for y in range(1900, 2100)}
    assert lengths == {353, 354, 355, 383, 384, 385}


@pytest.mark.parametrize(
    "day",
    [
        D(1966, 1, 21), D(1990, 1, 27), D(1991, 2, 15), D(1996, 2, 19), D(1998, 1, 28),
        D(2000, 2, 5), D(2001, 1, 24), D(2004, 1, 22), D(2006, 1, 29), D(2007, 2, 18),
        D(2009, 1, 26), D(2012, 1, 23), D(2014, 1, 31), D(2015, 2, 19), D(2017, 1, 28),
        D(2020, 1, 25), D(2021, 2, 12), D(2023, 1, 22), D(2024, 2, 10), D(2025, 1, 29),
        D(2026, 2, 17),
    ],
)  # fmt: skip
def test_lunar_new_year(day: dt.date) -> None:
    assert lunar_new_year(day.year) == day
