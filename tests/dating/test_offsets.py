"""Day marks (bare weekdays, month-days) as evidence about a claimed day, and verdicts."""

from __future__ import annotations

import datetime as dt

from datesleuth.dating.offsets import WEEKDAY_RATIOS, DayMarks, MonthDay
from datesleuth.dating.verdict import judge

D = dt.date
WEDNESDAY, FRIDAY, SATURDAY, SUNDAY = 3, 5, 6, 7
# 13 May 2021 was a Thursday.
THURSDAY_13 = D(2021, 5, 13)


def _weekdays(*numbers: int) -> DayMarks:
    return DayMarks(weekdays=frozenset(numbers))


def test_a_weekday_of_the_day_before_fits_and_one_four_days_before_does_not() -> None:
    assert _weekdays(WEDNESDAY).ratio(THURSDAY_13) > 1.0
    assert _weekdays(SUNDAY).ratio(THURSDAY_13) < 0.5


def test_offsets_of_a_day_or_none_are_the_most_likely() -> None:
    assert WEEKDAY_RATIOS[0] == max(WEEKDAY_RATIOS)
    assert WEEKDAY_RATIOS[1] > 1.0 > WEEKDAY_RATIOS[6]


def test_a_reported_month_day_fits_the_weeks_after_it_not_the_months_before() -> None:
    marks = DayMarks(month_days=frozenset({MonthDay(5, 10, upcoming=False)}))
    assert marks.ratio(THURSDAY_13) > 1.0
    assert marks.ratio(D(2021, 1, 13)) < 0.5
    # The nearest occurrence counts, whatever the year: 10 May 2020 for a claim in 2020.
    assert marks.ratio(D(2020, 5, 13)) == marks.ratio(THURSDAY_13)


def test_an_upcoming_month_day_fits_the_weeks_before_it() -> None:
    marks = DayMarks(month_days=frozenset({MonthDay(5, 20, upcoming=True)}))
    assert marks.ratio(THURSDAY_13) > 1.0
    assert marks.ratio(D(2021, 6, 13)) < 1.0


def test_nearest_fitting_day_moves_the_claim_to_after_the_weekdays() -> None:
    assert _weekdays(FRIDAY, SATURDAY).nearest_fitting_day(D(2021, 5, 11)) == D(2021, 5, 8)


def test_two_weekdays_against_a_claim_make_it_misdated_without_other_clues() -> None:
    # "said Saturday", "on Sunday": written Sunday 16 May or soon after, not Thursday.
    judgement = judge(THURSDAY_13, None, _weekdays(SATURDAY, SUNDAY))
    assert judgement.verdict == "misdated"
    assert judgement.discrepancy_days == -3
    assert "weekdays" in judgement.reason


def test_one_weekday_against_a_claim_is_not_enough() -> None:
    assert judge(D(2021, 5, 11), None, _weekdays(FRIDAY)).verdict == "undetermined"


def test_weekdays_that_fit_the_claim_leave_it_undetermined_without_other_clues() -> None:
    saturday = D(2021, 5, 8)
    assert judge(saturday, None, _weekdays(FRIDAY, SATURDAY)).verdict == "undetermined"


def test_month_days_months_before_the_claim_make_it_misdated() -> None:
    marks = DayMarks(
        month_days=frozenset({MonthDay(1, 10, upcoming=False), MonthDay(1, 12, upcoming=False)})
    )
    judgement = judge(D(2021, 6, 20), None, marks)
    assert judgement.verdict == "misdated"
    assert judgement.discrepancy_days is not None and judgement.discrepancy_days > 100


def test_an_upcoming_weekday_fits_the_day_before_it() -> None:
    marks = DayMarks(upcoming_weekdays=frozenset({FRIDAY}))
    assert marks.ratio(THURSDAY_13) > 1.0
    assert marks.ratio(D(2021, 5, 15)) < 1.0  # the Saturday after it
