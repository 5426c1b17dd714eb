"""Calendar arithmetic on TimeML values: pure functions, no language knowledge."""

from __future__ import annotations

import datetime as dt
import math
import re

from datesleuth.errors import DateFormatError

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_reference_date(value: dt.date | str | None) -> dt.date | None:
    """Accept a date, an ISO ``YYYY-MM-DD`` string (a time part is ignored) or None."""
    if value is None or isinstance(value, dt.date):
        if isinstance(value, dt.datetime):
            return value.date()
        return value
    match = _ISO_DATE.match(value)
    if not match:
        raise DateFormatError(f"not a date in the form YYYY-MM-DD: {value!r}")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as error:
        raise DateFormatError(f"impossible date {value!r}: {error}") from None


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def iso_week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, offset: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + offset
    new_year, new_quarter = divmod(index, 4)
    return new_year, new_quarter + 1


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first ISO ``weekday`` (1 = Monday) on or after ``day``."""
    return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last ISO ``weekday`` (1 = Monday) on or before ``day``."""
    return day - dt.timedelta(days=(day.isoweekday() - weekday) % 7)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` (1 = Monday) of a month; ``nth = -1`` is the last one."""
    if nth > 0:
        first = weekday_on_or_after(dt.date(year, month, 1), weekday)
        return first + dt.timedelta(weeks=nth - 1)
    return weekday_on_or_before(dt.date(year, month, days_in_month(year, month)), weekday)


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lam = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lam) // 433
    month = (h + lam - 7 * m + 90) // 25
    day = (h + lam - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


def orthodox_easter_sunday(year: int) -> dt.date:
    """Easter of the Eastern churches: Julian Easter (Meeus's algorithm), moved onto the
    Gregorian calendar by the days the two calendars have drifted apart."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    drift = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=drift)


# New moons (Meeus, Astronomical Algorithms, ch. 49): the mean lunation in days, the
# Julian ephemeris day of the first new moon of 2000, and the largest periodic terms, as
# (coefficient, power of the eccentricity factor, multiples of the Moon's anomaly, of
# the Sun's anomaly and of the Moon's argument of latitude).
_LUNATION = 29.530588861
_NEW_MOON_2000 = 2451550.09766
_NEW_MOON_TERMS = (
    (-0.40720, 0, 1, 0, 0),
    (0.17241, 1, 0, 1, 0),
    (0.01608, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2),
    (0.00739, 1, 1, -1, 0),
    (-0.00514, 1, 1, 1, 0),
    (0.00208, 2, 0, 2, 0),
    (-0.00111, 0, 1, 0, -2),
    (-0.00057, 0, 1, 0, 2),
    (0.00056, 1, 2, 1, 0),
    (-0.00042, 0, 3, 0, 0),
    (0.00042, 1, 0, 1, 2),
    (0.00038, 1, 0, 1, -2),
    (-0.00024, 1, 2, -1, 0),
)
# Julian day of 2000-01-01 at midnight, universal time; China keeps UTC+8.
_JD_2000 = 2451544.5
_CHINA_OFFSET_DAYS = 8 / 24
_LUNATIONS_PER_YEAR = 12.3685
# The Chinese year begins with the first new moon from 21 January on (the second after
# the winter solstice, but for the rare years with a leap month around it).
_EARLIEST_LUNAR_NEW_YEAR = (1, 21)


def _new_moon_in_china(lunation: int) -> dt.date:
    """The day, in China, of the ``lunation``-th new moon after the first one of 2000."""
    centuries = lunation / (100 * _LUNATIONS_PER_YEAR)
    moment = _NEW_MOON_2000 + _LUNATION * lunation + 0.00015437 * centuries**2
    eccentricity = 1 - 0.002516 * centuries
    moon_anomaly = math.radians(201.5643 + 385.81693528 * lunation)
    sun_anomaly = math.radians(2.5534 + 29.10535670 * lunation)
    latitude = math.radians(160.7108 + 390.67050284 * lunation)
    for coefficient, power, moon, sun, lat in _NEW_MOON_TERMS:
        angle = moon * moon_anomaly + sun * sun_anomaly + lat * latitude
        moment += coefficient * eccentricity**power * math.sin(angle)
    days = math.floor(moment - _JD_2000 + _CHINA_OFFSET_DAYS)
    return dt.date(2000, 1, 1) + dt.timedelta(days=days)


def lunar_new_year(year: int) -> dt.date:
    """The first day of the Chinese (lunar) year that begins in ``year``."""
    earliest = dt.date(year, *_EARLIEST_LUNAR_NEW_YEAR)
    lunation = math.floor((year - 2000) * _LUNATIONS_PER_YEAR)
    while _new_moon_in_china(lunation) < earliest:
        lunation += 1
    while _new_moon_in_china(lunation - 1) >= earliest:
        lunation -= 1
    return _new_moon_in_china(lunation)


# The Hebrew calendar's epoch (1 Tishri of year 1) as a proleptic Gregorian ordinal, and
# its units: a lunar month lasts 29 days 12 hours 793 parts, 1080 parts to the hour.
_HEBREW_EPOCH = -1373427
_PARTS_PER_DAY = 25920
# The Hebrew year that begins in the autumn of Gregorian year Y is Y + 3761.
_HEBREW_YEAR_OFFSET = 3761


def rosh_hashanah(year: int) -> dt.date:
    """1 Tishri, the Hebrew new year, that falls in the autumn of Gregorian ``year``: the
    new moon of Tishri as the fixed arithmetic calendar reckons it, with its postponements."""
    hebrew_year = year + _HEBREW_YEAR_OFFSET
    return dt.date.fromordinal(
        _HEBREW_EPOCH + _elapsed_days(hebrew_year) + _year_length_delay(hebrew_year)
    )


def kislev_25(year: int) -> dt.date:
    """25 Kislev (the first day of Hanukkah) of the Hebrew year that begins in ``year``:
    Heshvan has 30 days only in a complete year (355 or 385 days long)."""
    new_year = rosh_hashanah(year)
    heshvan = 30 if (rosh_hashanah(year + 1) - new_year).days % 10 == 5 else 29
    return new_year + dt.timedelta(days=30 + heshvan + 24)


def _elapsed_days(hebrew_year: int) -> int:
    """Days from the epoch to the new moon of Tishri, moved a day on when it falls on a
    Sunday, Wednesday or Friday."""
    months = (235 * hebrew_year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // _PARTS_PER_DAY
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _year_length_delay(hebrew_year: int) -> int:
    """The further delay that keeps every year 353-355 or 383-385 days long."""
    before, this, after = (_elapsed_days(hebrew_year + k) for k in (-1, 0, 1))
    if after - this == 356:
        return 2
    return 1 if this - before == 382 else 0


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)


_VALUE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(?:\d{2}(?::\d{2}){0,2}(?:\.\d+)?|MO|MI|AF|EV|NI)"),
        "time",
    ),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})-WE$"), "weekend"),
    (re.compile(r"^(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-Q(\d)$"), "quarter"),
    (re.compile(r"^(\d{4})-H(\d)$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
)

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def value_interval(value: str) -> tuple[dt.date, dt.date, str] | None:
    """The first and last day a calendar TimeML value covers, and its granularity.

    ``2021-05-20`` is one day (``2021-05-20T15:00`` and ``2021-05-20TMO`` a time of it),
    ``2021-W20`` Monday to Sunday, ``2021-W20-WE`` its weekend, ``199`` the 1990s. Values
    that name no calendar interval (durations, references, ``XXXX``) give None.
    """
    for pattern, granularity in _VALUE_PATTERNS:
        match = pattern.match(value)
        if match:
            try:
                first, last = _interval_of(granularity, match.groups())
            except ValueError:
                return None
            return first, last, granularity
    return None


def _interval_of(granularity: str, groups: tuple[str, ...]) -> tuple[dt.date, dt.date]:
    year = int(groups[0])
    if granularity in ("day", "time"):
        day = dt.date(year, int(groups[1]), int(groups[2]))
        return day, day
    if granularity == "week":
        monday = dt.date.fromisocalendar(year, int(groups[1]), 1)
        return monday, monday + dt.timedelta(days=6)
    if granularity == "weekend":
        saturday = dt.date.fromisocalendar(year, int(groups[1]), 6)
        return saturday, saturday + dt.timedelta(days=1)
    if granularity == "month":
        month = int(groups[1])
        return dt.date(year, month, 1), dt.date(year, month, days_in_month(year, month))
    if granularity == "quarter":
        return _month_span(year, 3 * int(groups[1]) - 2, 3 * int(groups[1]))
    if granularity == "half":
        return _month_span(year, 6 * int(groups[1]) - 5, 6 * int(groups[1]))
    if granularity == "season":
        first_month, last_month = _SEASON_MONTHS[groups[1]]
        return _month_span(year, first_month, last_month)
    if granularity == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if granularity == "decade":
        return dt.date(year * 10, 1, 1), dt.date(year * 10 + 9, 12, 31)
    return dt.date(max(year * 100, 1), 1, 1), dt.date(year * 100 + 99, 12, 31)


def _month_span(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    last_year, last_index = divmod(last_month - 1, 12)
    end_year, end_month = year + last_year, last_index + 1
    return dt.date(year, first_month, 1), dt.date(
        end_year, end_month, days_in_month(end_year, end_month)
    )
