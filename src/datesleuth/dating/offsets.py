"""Day marks (bare weekdays, month-days without a year) as evidence about a claimed day.

A bare weekday ("said Friday") or month-day ("on March 30") dates nothing on its own:
every week has a Friday, every year a 30 March. But news names such days close to the
day of writing, so they test a claimed day: if the claim is right, the days from each
mark to the claim follow the distributions below; if the claim is wrong, those offsets
are as good as random. The ratio of the two likelihoods says how much the marks speak
for (above 1) or against (below 1) the claim.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from datesleuth.dating.calendar import safe_date

# Days from a bare weekday to the article date in TimeBank's gold annotation: 0 days
# before 133 times, 1: 61, 2: 26, 3: 37, 4: 10, 5: 3, 6: 2; and 1-5 days after it 15
# times (3 each), which count as 6, 5, 4, 3 and 2 days before modulo a week.
_WEEKDAY_OFFSET_COUNTS = (133, 61, 26 + 3, 37 + 3, 10 + 3, 3 + 3, 2 + 3)
# The same for weekdays announced as upcoming ("will meet on Friday"), modulo a week:
# mostly the next day (6) or the one after (5), measured like the month-days below.
_UPCOMING_WEEKDAY_OFFSET_COUNTS = (38, 14, 8, 20, 25, 60, 89)
# Days from a month-day without a year to the writing date (negative: the day is still
# to come), as runs of days with the number of month-days in them, reported as past and
# announced as upcoming. Measured on the tagged news of te3_silver, reuters21578 and
# tbaq_cleaned (1987-2006): reported days are mostly of the last month, announced ones
# of the next.
_MONTH_DAY_COUNTS = (
    # (first, last day), past, upcoming
    ((-182, -61), 60, 59),
    ((-60, -31), 37, 69),
    ((-30, -8), 98, 178),
    ((-7, -1), 61, 139),
    ((0, 0), 40, 12),
    ((1, 7), 140, 12),
    ((8, 30), 277, 15),
    ((31, 60), 113, 4),
    ((61, 120), 83, 10),
    ((121, 183), 23, 15),
)
# The tagger misreads some marks (a tense, a year-old anniversary) and some stories name
# days of older events: this share of the marks is taken as random.
MARK_NOISE = 0.15
_WEEK = 7
_YEAR = 365


def _mixed(ratio: float) -> float:
    return (1 - MARK_NOISE) * ratio + MARK_NOISE


def _weekday_ratios(counts: tuple[int, ...]) -> tuple[float, ...]:
    total = sum(counts)
    return tuple(_mixed(_WEEK * count / total) for count in counts)


# Likelihood ratio of each offset (0-6 days from the weekday to the claim, modulo a
# week) under "the claim is the writing day" versus "the claim is any day".
WEEKDAY_RATIOS = _weekday_ratios(_WEEKDAY_OFFSET_COUNTS)
UPCOMING_WEEKDAY_RATIOS = _weekday_ratios(_UPCOMING_WEEKDAY_OFFSET_COUNTS)


def _month_day_ratio(upcoming: bool, offset: int) -> float:
    """The ratio for a past or ``upcoming`` month-day ``offset`` days before the claim: the
    share of marks per day at that offset, against one in 365 for a claim on any day."""
    counts = [(days, future if upcoming else past) for days, past, future in _MONTH_DAY_COUNTS]
    total = sum(count for _, count in counts)
    for (first, last), count in counts:
        if first <= offset <= last:
            return _mixed(_YEAR * count / (last - first + 1) / total)
    return MARK_NOISE


def _weekdays_ratio(ratios: tuple[float, ...], weekdays: frozenset[int], day: dt.date) -> float:
    return math.prod(ratios[(day.isoweekday() - weekday) % _WEEK] for weekday in weekdays)


@dataclass(frozen=True)
class MonthDay:
    """A month-day without a year, reported as past or announced as upcoming."""

    month: int
    day: int
    upcoming: bool

    def offset_to(self, day: dt.date) -> int:
        """Days from the nearest occurrence of this month-day to ``day`` (negative when
        that occurrence is later): within half a year either way."""
        occurrences = (safe_date(day.year + shift, self.month, self.day) for shift in (-1, 0, 1))
        return min(((day - d).days for d in occurrences if d is not None), key=abs)

    def ratio(self, day: dt.date) -> float:
        return _month_day_ratio(self.upcoming, self.offset_to(day))


@dataclass(frozen=True)
class DayMarks:
    """The distinct bare weekdays (ISO numbers), reported and upcoming, and month-days an
    article names."""

    weekdays: frozenset[int] = frozenset()
    month_days: frozenset[MonthDay] = frozenset()
    upcoming_weekdays: frozenset[int] = frozenset()

    def ratio(self, day: dt.date) -> float:
        """How much more likely the marks are if ``day`` is the writing day than if it is
        not. Each distinct mark counts once (a repeated "Friday" is one fact)."""
        return (
            _weekdays_ratio(WEEKDAY_RATIOS, self.weekdays, day)
            * _weekdays_ratio(UPCOMING_WEEKDAY_RATIOS, self.upcoming_weekdays, day)
            * math.prod(mark.ratio(day) for mark in self.month_days)
        )

    def nearest_fitting_day(self, day: dt.date) -> dt.date:
        """The day within half a year of ``day`` that the marks favour most, the nearest of
        equals (the earlier on a tie): where the writing would fall by the marks alone."""
        reach = _YEAR // 2 if self.month_days else _WEEK // 2
        candidates = sorted(range(-reach, reach + 1), key=lambda shift: (abs(shift), shift))
        best = max(candidates, key=lambda shift: self.ratio(day + dt.timedelta(days=shift)))
        return day + dt.timedelta(days=best)
