import datetime as dt

import pytest

from datesleuth.timeline import parse_period


@pytest.mark.parametrize(
    ("value", "human", "start", "end", "granularity"),
    [
        ("2021-05-20", "Thu 20 May 2021", "2021-05-20", "2021-05-20", "day"),
        ("2021-05-20T14:30", "Thu 20 May 2021, 14:30", "2021-05-20", "2021-05-20", "time"),
        ("2021-05-20TEV", "Thu 20 May 2021, evening", "2021-05-20", "2021-05-20", "time"),
        ("2021-W20", "week of 17 May 2021", "2021-05-17", "2021-05-23", "week"),
        ("2021-W20-WE", "weekend of 22 May 2021", "2021-05-22", "2021-05-23", "weekend"),
        ("2018-05", "May 2018", "2018-05-01", "2018-05-31", "month"),
        ("2020-02", "February 2020", "2020-02-01", "2020-02-29", "month"),
        ("2021-Q2", "Q2 2021", "2021-04-01", "2021-06-30", "quarter"),
        ("2021-H2", "second half of 2021", "2021-07-01", "2021-12-31", "half"),
        ("2021-SU", "summer 2021", "2021-06-01", "2021-08-31", "season"),
        ("2020-WI", "winter 2020", "2020-12-01", "2021-02-28", "season"),
        ("2021", "2021", "2021-01-01", "2021-12-31", "year"),
        ("199", "the 1990s", "1990-01-01", "1999-12-31", "decade"),
        ("19", "the 20th century", "1900-01-01", "1999-12-31", "century"),
    ],
)
def test_calendar_values_become_named_periods(value, human, start, end, granularity):
    period = parse_period(value)
    assert period is not None
    assert period.human == human
    assert (period.start, period.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    assert period.granularity == granularity


@pytest.mark.parametrize(
    "value",
    ["PRESENT_REF", "PAST_REF", "XXXX-05-20", "P2Y", "XXXX-WXX-3", "2021-02-30", "", "0000"],
)
def test_values_without_a_calendar_period_are_skipped(value):
    assert parse_period(value) is None


def test_a_modifier_is_said_before_the_date():
    period = parse_period("2021-05", "START")
    assert period is not None
    assert period.human == "early May 2021"
    assert period.start == dt.date(2021, 5, 1)
