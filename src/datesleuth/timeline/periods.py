"""Calendar periods behind TIMEX3 values: where they start and end, and how to say them.

Only values that name a stretch of the calendar are periods here (a day, a week, a
month, a season, a quarter, a year, a decade...). Durations, sets, ``PRESENT_REF`` and
values left underspecified (``XXXX-05-20``) have no place on a timeline and parse to
``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Granularity = Literal[
    "time", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade",
    "century",
]  # fmt: skip

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
# Meteorological seasons of the northern hemisphere: first month and name. Winter runs
# from December of the value's year into the next one.
_SEASONS = {"SP": (3, "spring"), "SU": (6, "summer"), "FA": (9, "autumn"), "WI": (12, "winter")}
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

_DAY = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?|T(MO|MI|AF|EV|NI))?"
)
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


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
    try:
        period = _parse_plain(value.strip())
    except ValueError:  # a day or week that the calendar does not have, e.g. 2021-02-30
        return None
    if period is None or mod not in _MOD_WORDS:
        return period
    return Period(period.start, period.end, period.granularity, f"{_MOD_WORDS[mod]} {period.human}")


def _parse_plain(value: str) -> Period | None:
    if match := _DAY.fullmatch(value):
        return _day_or_time(match)
    if match := _WEEK.fullmatch(value):
        return _week(int(match[1]), int(match[2]), weekend=bool(match[3]))
    if match := _MONTH.fullmatch(value):
        return _month(int(match[1]), int(match[2]))
    if match := _QUARTER.fullmatch(value):
        return _quarter(int(match[1]), int(match[2]))
    if match := _HALF.fullmatch(value):
        return _half(int(match[1]), int(match[2]))
    if match := _SEASON.fullmatch(value):
        return _season(int(match[1]), match[2])
    if _YEAR.fullmatch(value):
        year = int(value)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year))
    if _DECADE.fullmatch(value):
        first = int(value) * 10
        return Period(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", f"the {first}s")
    if _CENTURY.fullmatch(value) and value != "00":
        first = int(value) * 100
        human = f"the {_ordinal(int(value) + 1)} century"
        return Period(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century", human)
    return None


def human_day(day: dt.date) -> str:
    """A day as people write it in news: ``Thu 20 May 2021``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _day_or_time(match: re.Match[str]) -> Period:
    day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    hour, minute, part = match[4], match[5], match[6]
    if hour is not None:
        clock = dt.time(int(hour) % 24, int(minute or 0))
        return Period(day, day, "time", f"{human_day(day)}, {clock:%H:%M}")
    if part is not None:
        return Period(day, day, "time", f"{human_day(day)}, {_PARTS_OF_DAY[part]}")
    return Period(day, day, "day", human_day(day))


def _week(year: int, week: int, *, weekend: bool) -> Period:
    monday = dt.date.fromisocalendar(year, week, 1)
    if weekend:
        saturday = monday + dt.timedelta(days=5)
        return Period(
            saturday, saturday + dt.timedelta(days=1), "weekend", f"weekend of {_short(saturday)}"
        )
    return Period(monday, monday + dt.timedelta(days=6), "week", f"week of {_short(monday)}")


def _month(year: int, month: int) -> Period:
    start = dt.date(year, month, 1)
    return Period(start, _month_end(year, month), "month", f"{_MONTHS[month - 1]} {year}")


def _quarter(year: int, quarter: int) -> Period:
    first_month = 3 * quarter - 2
    end = _month_end(year, first_month + 2)
    return Period(dt.date(year, first_month, 1), end, "quarter", f"Q{quarter} {year}")


def _half(year: int, half: int) -> Period:
    first_month = 1 if half == 1 else 7
    end = _month_end(year, first_month + 5)
    name = "first" if half == 1 else "second"
    return Period(dt.date(year, first_month, 1), end, "half", f"{name} half of {year}")


def _season(year: int, code: str) -> Period:
    first_month, name = _SEASONS[code]
    start = dt.date(year, first_month, 1)
    end = _month_end(year + 1, 2) if code == "WI" else _month_end(year, first_month + 2)
    return Period(start, end, "season", f"{name} {year}")


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _short(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
