"""The seed article with the real tagger: written about 13 May 2021, claiming 27 May 2024."""

import datetime as dt
from pathlib import Path

import pytest

from datesleuth.timeline import build_timeline

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples"
SEED_ARTICLE = SEED / "lavrov-blinken-reykjavik.txt"


@pytest.fixture(scope="module")
def timeline():
    if not SEED_ARTICLE.exists():
        pytest.skip(f"the seed article is not at {SEED_ARTICLE}")
    return build_timeline(SEED_ARTICLE.read_text(encoding="utf-8"), dct="2021-05-13")


def _first(timeline, text):
    return next(e for e in timeline.entries if e.text == text)


def test_seed_dates_sit_where_the_article_puts_them(timeline):
    assert timeline.reference_date == dt.date(2021, 5, 13)
    assert (_first(timeline, "May 20").human, _first(timeline, "May 20").relation) == (
        "Thu 20 May 2021",
        "after",
    )
    assert (_first(timeline, "March").human, _first(timeline, "March").relation) == (
        "March 2021",
        "before",
    )
    assert (_first(timeline, "May 2018").human, _first(timeline, "May 2018").relation) == (
        "May 2018",
        "before",
    )
    next_week = _first(timeline, "next week")
    assert (next_week.human, next_week.relation) == ("week of 17 May 2021", "after")


def test_seed_timeline_is_chronological_with_sentences(timeline):
    starts = [e.sort_start for e in timeline.entries]
    assert starts == sorted(starts)
    assert "DURATION" not in {e.type for e in timeline.entries}
    may_20 = _first(timeline, "May 20")
    assert may_20.sentence.startswith("The meeting, which is scheduled to be held on May 20")
    assert may_20.sentence.endswith("for the years 2021-2023.")
