"""Calendar periods behind TIMEX3 values: where they start and end, and how to say them.

Only values that name a stretch of the calendar are periods here (a day, a week, a
month, a season, a quarter, a year, a decade...). Durations, sets, ``PRESENT_REF`` and
values left underspecified (``XXXX-05-20``) have no place on a timeline and parse to
``None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from datesleuth.tagging import dates

# Narrowest first: the timeline lays out periods that start on the same day in the
# reverse order, the widest first.
Granularity = Literal[
    "time", "day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade",
    "century",
]  # fmt: skip

_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
# Seasons by their first month (meteorological, northern hemisphere).
_SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
# TIMEX3 ``mod`` values that read well in front of a date; the others are left unsaid.
_MOD_WORDS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "by",
    "ON_OR_AFTER": "from",
}

_CLOCK = re.compile(r"T(\d{2})(?::(\d{2}))?|T(MO|MI|AF|EV|NI)")


@dataclass(frozen=True)
class Period:
    """A stretch of the calendar, both ends included, with its name for people."""

    start: dt.date
    end: dt.date
    granularity: Granularity
    human: str

    @property
    def is_single_day(self) -> bool:
        return self.start == self.end


def parse_period(value: str, mod: str | None = None) -> Period | None:
    """The period a TIMEX3 DATE/TIME value names, or ``None`` when it names none."""
    interval = dates.value_interval(value.strip())
    if interval is None or (interval[2] == "century" and interval[0].year < 100):
        return None
    start, end, granularity = interval
    human = _name(value.strip(), start, granularity)
    if mod in _MOD_WORDS:
        human = f"{_MOD_WORDS[mod]} {human}"
    return Period(start, end, granularity, human)  # type: ignore[arg-type]


def human_day(day: dt.date) -> str:
    """A day as people write it in news: ``Thu 20 May 2021``."""
    return f"{calendar.day_abbr[day.weekday()]} {_short(day)}"


def _name(value: str, start: dt.date, granularity: str) -> str:
    """How people say the period that starts on ``start``."""
    if granularity == "time":
        return f"{human_day(start)}, {_clock(value)}"
    if granularity == "day":
        return human_day(start)
    if granularity in ("weekend", "week"):
        return f"{granularity} of {_short(start)}"
    if granularity == "month":
        return f"{calendar.month_name[start.month]} {start.year}"
    if granularity == "quarter":
        return f"Q{dates.quarter_of(start)} {start.year}"
    if granularity == "half":
        return f"{'first' if start.month == 1 else 'second'} half of {start.year}"
    if granularity == "season":
        return f"{_SEASON_NAMES[start.month]} {start.year}"
    if granularity == "year":
        return str(start.year)
    if granularity == "decade":
        return f"the {start.year}s"
    return f"the {_ordinal(start.year // 100 + 1)} century"


def _clock(value: str) -> str:
    match = _CLOCK.search(value)
    if match is None:
        return ""
    if match[3]:
        return _PARTS_OF_DAY[match[3]]
    return f"{int(match[1]) % 24:02d}:{int(match[2] or 0):02d}"


def _short(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
