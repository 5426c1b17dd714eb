"""Hand-built stand-ins for the tagger's and the office-holder knowledge's output.

The clue logic is tested on these, independently of the tagger and the knowledge; the
end-to-end test of the seed runs the real ones. Loaded by conftest.py (tests run with
--import-mode=importlib, so test modules cannot import each other).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from datesleuth.types import Timex

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED_PATH = SHARED / "examples" / "lavrov-blinken-reykjavik.txt"


@dataclass(frozen=True)
class FakeOffice:
    office_id: str
    role: str


@dataclass(frozen=True)
class FakeTerm:
    office: FakeOffice
    name: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class FakeMention:
    start: int
    end: int
    text: str
    term: FakeTerm
    status: str
    titled: bool


PRESIDENT = FakeOffice("USA.president", "President of the United States")
TRUMP_1 = FakeTerm(PRESIDENT, "Donald Trump", dt.date(2017, 1, 20), dt.date(2021, 1, 20))
TRUMP_2 = FakeTerm(PRESIDENT, "Donald Trump", dt.date(2025, 1, 20), None)
BIDEN = FakeTerm(PRESIDENT, "Joe Biden", dt.date(2021, 1, 20), dt.date(2025, 1, 20))


def timex_at(
    text: str,
    phrase: str,
    value: str,
    anchor: str | None,
    tense: str | None,
    occurrence: int = 0,
) -> Timex:
    """A Timex for the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Timex(
        phrase,
        start,
        start + len(phrase),
        "DATE",
        value,
        anchor=anchor,
        tense=tense,  # type: ignore[arg-type]
        anchor_source="dct" if anchor else None,
    )


def mention_at(text: str, phrase: str, term: FakeTerm, status: str) -> FakeMention:
    start = text.index(phrase)
    return FakeMention(start, start + len(phrase), phrase, term, status, titled=True)
