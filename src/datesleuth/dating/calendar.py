"""The dating engine's calendar: the range of days it considers, and day intervals.

TimeML values are read by :mod:`datesleuth.tagging.dates`, the calendar arithmetic the
packages share."""

from __future__ import annotations

import datetime as dt

from datesleuth.tagging import dates

# The days the engine considers at all: nothing written before 1900 is news to date,
# and nothing can have been written after today.
UNIVERSE_START = dt.date(1900, 1, 1)

DAY = dt.timedelta(days=1)
# Ends of intervals that a clue leaves open ("on or after 2018-05-01"): far enough to
# hold any claimed date, near enough that adding a day never overflows.
OPEN_PAST = dt.date(1, 1, 2)
OPEN_FUTURE = dt.date(9999, 12, 30)


# The days are solved over the universe widened by this much on each side, then cut
# back: an end of the estimate that runs into the widening is open. Clues that recur
# every year ("27 October") go on alternating there, so they never bound the year, while
# a term that ended last spring still does. Two such clues months apart ("LONDON, March
# 3" and a past "December 31") first meet over a year in.
SOLVING_MARGIN = dt.timedelta(days=2 * 365)


def universe_end() -> dt.date:
    """The last day an article can have been written: today."""
    return dt.date.today()


def solving_range() -> tuple[dt.date, dt.date]:
    """The days the constraints are solved over: the universe and a margin either side."""
    return UNIVERSE_START - SOLVING_MARGIN, universe_end() + SOLVING_MARGIN


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month; months past December roll into the next year."""
    first = dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return first, dates.shift_months(first, 1) - DAY


def iso_week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (29 February of a common year)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_day_exists(month: int, day: int) -> bool:
    """Whether some year has this month-day (2000 is a leap year: it has every one)."""
    return dates.valid_day(2000, month, day)


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a fully specified TIMEX3 DATE/TIME value covers, or None.

    Underspecified values (``XXXX-05-20``), references (``PRESENT_REF``) and durations are
    not spans of the calendar and give None.
    """
    interval = dates.value_interval(value)
    return (interval[0], interval[1]) if interval else None
