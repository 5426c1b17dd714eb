"""A stand-in tagger, so that the timeline is tested on its own logic."""

import datetime as dt

import pytest

import datesleuth
from datesleuth.types import Timex

ARTICLE = (
    "Leaders to meet next week\n\n"
    "The ministers spoke on Wednesday. The meeting is on May 20, two years after the 2019 "
    "talks. Ties hit a low in March. The deal has been in disarray since May 2018."
)

# (phrase, type, value when the reference date is 13 May 2021)
_EXPRESSIONS = [
    ("next week", "DATE", "2021-W20"),
    ("Wednesday", "DATE", "2021-05-12"),
    ("May 20", "DATE", "2021-05-20"),
    ("two years", "DURATION", "P2Y"),
    ("2019", "DATE", "2019"),
    ("March", "DATE", "2021-03"),
    ("May 2018", "DATE", "2018-05"),
]


def fake_tag(text: str, dct: dt.date | str | None = None, **_: object) -> list[Timex]:
    """Tag every listed phrase, the longest first, never two overlapping ones."""
    found: list[Timex] = []
    for phrase, kind, value in sorted(_EXPRESSIONS, key=lambda row: -len(row[0])):
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if all(end <= t.start or t.end <= start for t in found):
                found.append(Timex(phrase, start, end, kind, value))
            start = text.find(phrase, end)
    return sorted(found, key=lambda t: t.start)


@pytest.fixture
def fake_tagger(monkeypatch):
    monkeypatch.setattr(datesleuth, "tag", fake_tag)
