"""Fixtures of the dating tests: the seed article and its hand-built expressions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

# Tests run with --import-mode=importlib: make the shared fakes importable by name.
sys.path.insert(0, str(Path(__file__).parent))

import dating_fakes as FAKES

from datesleuth.types import Timex


@pytest.fixture
def seed_text() -> str:
    if not FAKES.SEED_PATH.exists():
        pytest.skip("../shared/examples is not available")
    return FAKES.SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def seed_timexes(seed_text: str) -> list[Timex]:
    """The seed's expressions as the tagger reads them without a reference date (tenses
    as it tells them, reporting verbs included: "agreed to hold ... the [May 20] session"
    is past)."""
    t = seed_text
    return [
        FAKES.timex_at(t, "next week", "XXXX-WXX", "WEEK+1", "future", 0),
        FAKES.timex_at(t, "next week", "XXXX-WXX", "WEEK+1", "past", 1),
        FAKES.timex_at(t, "Wednesday", "XXXX-WXX-3", "WD:3", "past"),
        FAKES.timex_at(t, "next week", "XXXX-WXX", "WEEK+1", "future", 2),
        FAKES.timex_at(t, "May 20", "XXXX-05-20", "MD:05-20", "future", 1),
        FAKES.timex_at(t, "2021", "2021", None, "future"),
        FAKES.timex_at(t, "2023", "2023", None, "future"),
        FAKES.timex_at(t, "May 20", "XXXX-05-20", "MD:05-20", "past", 2),
        FAKES.timex_at(t, "May 2018", "2018-05", None, "present"),
        FAKES.timex_at(t, "2016", "2016", None, "past"),
        FAKES.timex_at(t, "2020", "2020", None, "past", 0),
        FAKES.timex_at(t, "March", "XXXX-03", "M:03", "past"),
        FAKES.timex_at(t, "2020", "2020", None, "present", 1),
    ]


@pytest.fixture
def seed_mentions(seed_text: str) -> list[Any]:
    trump = "then-US President Donald Trump"
    return [
        FAKES.mention_at(seed_text, trump, FAKES.TRUMP_1, "former"),
        FAKES.mention_at(seed_text, trump, FAKES.TRUMP_2, "former"),
        FAKES.mention_at(seed_text, "US President Joe Biden", FAKES.BIDEN, "current"),
    ]
