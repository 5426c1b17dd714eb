"""The seed article of the project, tagged against the day it was written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import datesleuth

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples"
SEED_ARTICLE = SEED / "lavrov-blinken-reykjavik.txt"


@pytest.fixture(scope="module")
def tagged() -> list[tuple[str, str, str]]:
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return [(t.text, t.type, t.value) for t in datesleuth.tag(text, dt.date(2021, 5, 13))]


def test_relative_expressions_resolve_against_the_writing_day(tagged) -> None:
    next_weeks = [v for text, _, v in tagged if text == "next week"]
    assert len(next_weeks) == 3  # the headline and two paragraphs
    assert set(next_weeks) == {"2021-W20"}
    assert ("Wednesday", "DATE", "2021-05-12") in tagged
    assert ("March", "DATE", "2021-03") in tagged


def test_absolute_dates_and_durations(tagged) -> None:
    assert [v for text, _, v in tagged if text == "May 20"] == ["2021-05-20", "2021-05-20"]
    assert ("two-year", "DURATION", "P2Y") in tagged
    assert ("May 2018", "DATE", "2018-05") in tagged
    assert ("2016", "DATE", "2016") in tagged
    assert ("2020", "DATE", "2020") in tagged


def test_year_range_gives_both_years(tagged) -> None:
    assert ("2021", "DATE", "2021") in tagged
    assert ("2023", "DATE", "2023") in tagged


def test_header_date_is_read_with_its_weekday(tagged) -> None:
    assert ("27 May 2024, Monday", "DATE", "2024-05-27") in tagged


def test_without_reference_date_relative_values_stay_open() -> None:
    text = "Lavrov and Blinken agreed to meet next week, on May 20."
    found = {t.text: t for t in datesleuth.tag(text)}
    assert found["next week"].value == "XXXX-WXX"
    assert found["next week"].anchor == "WEEK+1"
    assert found["May 20"].value == "XXXX-05-20"
    assert found["May 20"].anchor == "MD:05-20"
