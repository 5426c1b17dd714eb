"""Calendar arithmetic for the dating engine: TIMEX3 values as day intervals, month steps."""

from __future__ import annotations

import datetime as dt
import re

# The days the engine considers at all: nothing written before 1900 is news to date,
# and nothing can have been written after today.
UNIVERSE_START = dt.date(1900, 1, 1)

DAY = dt.timedelta(days=1)
# Ends of intervals that a clue leaves open ("on or after 2018-05-01"): far enough to
# hold any claimed date, near enough that adding a day never overflows.
OPEN_PAST = dt.date(1, 1, 2)
OPEN_FUTURE = dt.date(9999, 12, 30)

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_HALF_MONTHS = {"H1": (1, 6), "H2": (7, 12)}
_VALUE = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|W(?P<week>\d{2})(?:-WE)?"
    r"|Q(?P<quarter>[1-4])"
    r"|(?P<half>H[12])"
    r"|(?P<season>SP|SU|FA|AU|WI)))?"
    r"(?:T.*)?$"
)
_DECADE = re.compile(r"^(?P<decade>\d{3})X?$")


def universe_end() -> dt.date:
    """The last day an article can have been written: today."""
    return dt.date.today()


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return (first_next - DAY).day


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month; months past December roll into the next year."""
    first = dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return first, add_months(first, 1) - DAY


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


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a fully specified TIMEX3 DATE/TIME value covers, or None.

    Underspecified values (``XXXX-05-20``), references (``PRESENT_REF``) and durations are
    not spans of the calendar and give None.
    """
    match = _VALUE.match(value)
    if match is None:
        return _decade_span(value)
    year = int(match["year"])
    try:
        if match["day"]:
            day = dt.date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            return month_span(year, int(match["month"]))
        if match["week"]:
            monday = dt.date.fromisocalendar(year, int(match["week"]), 1)
            return monday, monday + dt.timedelta(days=6)
        if match["quarter"]:
            first_month = 3 * int(match["quarter"]) - 2
            return month_span(year, first_month)[0], month_span(year, first_month + 2)[1]
        if match["half"] or match["season"]:
            first, last = (_HALF_MONTHS | _SEASON_MONTHS)[match["half"] or match["season"]]
            return month_span(year, first)[0], month_span(year, last)[1]
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _decade_span(value: str) -> tuple[dt.date, dt.date] | None:
    match = _DECADE.match(value)
    if match is None or not value.endswith("X"):
        return None
    first_year = int(match["decade"]) * 10
    return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)
