"""Turn what an expression means into a TimeML value, given a reference date.

A rule of the language data gives a *meaning*: a small dict whose ``kind`` names one of
the resolvers below (``date``, ``relative``, ``weekday``, ...) and whose other fields
are normalized values captured from the text. Resolvers are pure functions of that
meaning, the reference date, the tense of the clause and the narrative context (the last
date the text mentioned); they return the value, the anchor (how the value depends on
the reference date, see :class:`datesleuth.types.Timex`) and, for a few, a type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from datesleuth.tagging import dates
from datesleuth.types import Tense

Meaning = Mapping[str, Any]

# News writes a month-day without a year for dates within a few months of the article;
# beyond this distance (about eight months) the other year is meant.
_NEAR_DAYS = 240
# A past-tense "Nov. 16" a few weeks after the reference date is still this year's (the
# tense guess is often the reporting verb's); only beyond this slack does it flip year.
_TENSE_SLACK_DAYS = 60
_TENSE_SLACK_MONTHS = 1
# How many days back the weekday a plan not kept named is taken to have gone by.
_PLANNED_DAYS_BACK = 4
# The day of a month from which its "late" part has begun.
_LATE_PART_STARTS = 20
# Across the turn of the year a day this close is meant rather than the one almost a
# year away.
_YEAR_TURN_DAYS = 30


@dataclass
class Context:
    """What resolution may use: the reference date, the tense, and the narrative."""

    reference: dt.date | None
    tense: Tense | None = None
    # The last calendar value the text mentioned ("1989-Q3", "1998-10-23"), for
    # "a year earlier", "the quarter", "that day".
    narrative: str | None = None
    # A year named earlier in the same sentence: "Last year, ... in February" is that
    # year's February.
    sentence_year: int | None = None
    # The last quarter the text named ("1989-Q3"): company news goes on calling it "the
    # quarter" after other dates ("in the 1988 period", "earlier this month").
    quarter: str | None = None
    # The last day the story was on ("Stocks plunged yesterday"), which a bare clock time
    # in a past clause keeps after the story has glanced at a longer period ("since early
    # June ... at 2:36 p.m.").
    story_day: str | None = None
    # A quarter named earlier in the same sentence, even one still ahead: "expects
    # fourth-quarter earnings to beat the year-earlier period".
    sentence_quarter: str | None = None
    # Whether a deadline word leads into the expression ("by Jan. 1", "until Friday").
    deadline: bool = False
    # Whether a past verb right before governs the expression ("was arrested on Christmas
    # Eve"): the past is then meant even a few weeks ahead of the reference.
    governed_past: bool = False


@dataclass(frozen=True)
class Resolution:
    value: str
    anchor: str | None = None
    type: str | None = None
    quant: str | None = None
    freq: str | None = None
    from_narrative: bool = False


Resolver = Callable[[Meaning, Context], Resolution | None]

# The value of each calendar unit when there is no reference date to place it by.
_UNDERSPECIFIED = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


# "The new year" is the one just begun for this many months, then the coming one.
_NEW_YEAR_MONTHS = 3

# How long ago a part of this year must have ended for a future clause to mean next
# year's: a quarter is still reported on weeks after it closed, a season is not.
_OVER_DAYS = {"quarter": 90, "half": 90, "season": 0}
# In a present clause, a quarter or half over this long is next year's.
_PRESENT_PAST_DAYS = 180


def _direction(tense: Tense | None) -> int:
    return {"past": -1, "future": 1}.get(tense or "", 0)


def _yearless(month: int, day: int | None = None) -> str:
    """The value of a month (and day) whose year is unknown: ``XXXX-05`` or ``XXXX-05-20``."""
    return f"XXXX-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def resolve_month_day(
    month: int, day: int, ctx: Context, nearest: bool = False, weekday: int | None = None
) -> str | None:
    """The year of a yearless "May 20": this year, or the neighbouring one the tense implies
    (or the one nearest the reference: "the May 3 deadline"); the one year that day falls
    on the weekday written with it ("Friday, Dec. 20"), if there is one."""
    ref = ctx.reference
    if ref is None:
        return _yearless(month, day)
    if not dates.valid_day(ref.year if (month, day) != (2, 29) else 2000, month, day):
        return None
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if dates.valid_day(year, month, day):
            candidates.append(dt.date(year, month, day))
    on_weekday = [c for c in candidates if c.isoweekday() == weekday]
    if len(on_weekday) == 1:
        return on_weekday[0].isoformat()
    if nearest:
        return _nearest(candidates, ref).isoformat()
    return _pick_near(candidates, ref, ctx).isoformat()


def _range_end_date(month: int, day: int, meaning: Meaning, ctx: Context) -> Resolution | None:
    """The end of "from Nov. 15 to April 1": the first such day on or after the start."""
    start = resolve_date(
        {
            "year": meaning.get("start_year"),
            "month": meaning["start_month"],
            "day": meaning["start_day"],
        },
        ctx,
    )
    if start is None or not start.value[:4].isdigit():
        return resolve_date({"month": month, "day": day}, ctx)
    first = dt.date.fromisoformat(start.value)
    year = first.year if (month, day) >= (first.month, first.day) else first.year + 1
    if not dates.valid_day(year, month, day):
        return None
    return Resolution(f"{year:04d}-{month:02d}-{day:02d}", f"MD:{month:02d}-{day:02d}")


def _pick_near(candidates: list[dt.date], ref: dt.date, ctx: Context) -> dt.date:
    """The candidate in the direction of the tense, else the one nearest to ``ref``; across
    the turn of the year, the near one, unless a past clause places a day ("was arrested
    on Jan. 9", said on Dec. 27) rather than a deadline ("too late to pass by Jan. 1")."""
    direction = _direction(ctx.tense)
    this_year = [c for c in candidates if c.year == ref.year]
    if this_year:
        same = this_year[0]
        near = _nearest(candidates, ref)
        if (
            (direction >= 0 or ctx.deadline)
            and abs((same - ref).days) > _NEAR_DAYS
            and abs((near - ref).days) <= _YEAR_TURN_DAYS
        ):
            return near
        past_slack = 0 if ctx.governed_past else _TENSE_SLACK_DAYS
        if direction < 0 and same > ref and (same - ref).days > past_slack:
            earlier = [c for c in candidates if c < same]
            if earlier:
                return earlier[-1]
        if direction > 0 and same < ref and (ref - same).days > _TENSE_SLACK_DAYS:
            later = [c for c in candidates if c > same]
            if later:
                return later[0]
        if direction == 0 and abs((same - ref).days) > _NEAR_DAYS:
            return near
        return same
    return _nearest(candidates, ref)


def _nearest(candidates: list[dt.date], ref: dt.date) -> dt.date:
    """The candidate closest to ``ref`` (the earlier of two as close)."""
    return min(candidates, key=lambda c: abs((c - ref).days))


def resolve_month(month: int, ctx: Context, shift: int | None = None) -> str:
    """The year of "in March": this year unless the tense (or "last"/"next") says otherwise."""
    ref = ctx.reference
    if ref is None:
        return _yearless(month)
    year = ref.year
    if shift is not None:
        # "last February" said in March is a year ago: last month would be "last month".
        if shift < 0 and month >= ref.month - 1:
            year -= 1
        elif shift > 0 and month <= ref.month + 1:
            year += 1
        return f"{year:04d}-{month:02d}"
    direction = _direction(ctx.tense)
    if direction < 0 and month > ref.month + (0 if ctx.governed_past else _TENSE_SLACK_MONTHS):
        year -= 1
    elif direction > 0 and month < ref.month - _TENSE_SLACK_MONTHS:
        year += 1
    elif direction == 0 and abs(month - ref.month) > 6:
        # No past or future to go by ("worth $130 million in October", said in January):
        # the nearer of this year's month and the neighbouring one.
        year += 1 if month < ref.month else -1
    return f"{year:04d}-{month:02d}"


def _gone_by_yet_ahead(value: str, meaning: Meaning, ctx: Context) -> bool:
    """Whether a day or month that has gone by ("since November") lies after the
    reference, where no tense may place it."""
    return (
        bool(meaning.get("gone_by"))
        and ctx.reference is not None
        and value > ctx.reference.isoformat()[: len(value)]
    )


def _late_part_to_come(month: int, meaning: Meaning, ctx: Context) -> bool:
    """ "The outbreak last winter, which peaked in late December", told on 5 December:
    the end of the reference's own month is still to come, so a past clause means last
    year's (but not "has sent soldiers to help through the end of May": until then)."""
    ref = ctx.reference
    return (
        ref is not None
        and meaning.get("modifier") == "END"
        and meaning.get("shift") is None
        and month == ref.month
        and ref.day <= _LATE_PART_STARTS
        and _direction(ctx.tense) < 0
        and not ctx.deadline
    )


def resolve_weekday(weekday: int, shift: int | None, ctx: Context) -> str:
    """The date of "Wednesday": the latest one up to the reference, or the next one in a
    future clause."""
    ref = ctx.reference
    if ref is None:
        return _UNDERSPECIFIED["day"]
    if shift is not None and shift != 0:
        # "last Friday" is the Friday of the previous week when said late in a week, but
        # most writers mean the most recent Friday before today: use that.
        return _weekday_beside(ref, weekday, 1 if shift > 0 else -1).isoformat()
    # News names a weekday mostly for the past week (nine in ten weekdays of TimeBank
    # lie on or before the article's date): only a future or present clause looks ahead
    # ("the vote is on Wednesday", "the quartet performs Saturday").
    if _direction(ctx.tense) > 0 or ctx.tense == "present":
        return dates.weekday_on_or_after(ref, weekday).isoformat()
    return dates.weekday_on_or_before(ref, weekday).isoformat()


def _planned_weekday(weekday: int, day: dt.date) -> dt.date:
    """The day a plan not kept had named: news mostly tells of it once that day has come
    or gone by ("was supposed to lift off Saturday, but storms forced a delay", said on
    Wednesday), so the past one of the last four days, else the coming one."""
    before = dates.weekday_on_or_before(day, weekday)
    if (day - before).days <= _PLANNED_DAYS_BACK:
        return before
    return dates.weekday_on_or_after(day, weekday)


def _nearest_weekday(weekday: int, day: dt.date) -> dt.date:
    """The ``weekday`` closest to ``day``, the later one of two as close."""
    before = dates.weekday_on_or_before(day, weekday)
    after = dates.weekday_on_or_after(day, weekday)
    return before if day - before < after - day else after


def _weekday_beside(day: dt.date, weekday: int, side: int) -> dt.date:
    """The first ``weekday`` after ``day`` (``side`` 1) or before it (-1)."""
    if side > 0:
        return dates.weekday_on_or_after(day + dt.timedelta(days=1), weekday)
    return dates.weekday_on_or_before(day - dt.timedelta(days=1), weekday)


def shift_by_unit(ref: dt.date, unit: str, offset: int) -> str:
    """The calendar unit containing ``ref`` moved by ``offset`` units, as a TimeML value."""
    if unit == "day":
        return (ref + dt.timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        value = dates.iso_week_value(ref + dt.timedelta(weeks=offset))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        shifted = dates.shift_months(ref, offset)
        return f"{shifted.year:04d}-{shifted.month:02d}"
    if unit == "quarter":
        year, quarter = dates.shift_quarter(ref.year, dates.quarter_of(ref), offset)
        return f"{year:04d}-Q{quarter}"
    if unit == "half":
        index = ref.year * 2 + (ref.month - 1) // 6 + offset
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "year":
        return f"{dt.date(ref.year + offset, 1, 1).year:04d}"  # raises beyond year 9999
    if unit == "decade":
        return f"{ref.year // 10 + offset:03d}"
    if unit == "century":
        return f"{ref.year // 100 + offset:02d}"
    raise ValueError(f"unknown calendar unit {unit}")


_ANCHOR_UNIT = {"day": "DAY", "week": "WEEK", "weekend": "WEEKEND", "month": "MONTH"}


def _anchor(unit: str, offset: int) -> str:
    return f"{_ANCHOR_UNIT.get(unit, unit.upper())}{offset:+d}"


def counts_days(anchor: str | None) -> bool:
    """Whether an anchor counts days from the reference date ("yesterday": DAY-1)."""
    return anchor is not None and re.fullmatch(rf"{_ANCHOR_UNIT['day']}[+-]\d+", anchor) is not None


def resolve_relative(meaning: Meaning, ctx: Context) -> Resolution:
    """ "next week", "last year", "today": a calendar unit shifted from the reference date."""
    unit = meaning["unit"]
    offset = int(meaning.get("offset") or 0) * int(meaning.get("amount") or 1)
    if meaning.get("turn_of_year") and ctx.reference and ctx.reference.month <= _NEW_YEAR_MONTHS:
        offset = 0
    if meaning.get("next_of_story") and _direction(ctx.tense) < 0 and ctx.narrative:
        after_story = resolve_shifted({"unit": unit, "direction": 1, "whole_unit": True}, ctx)
        if after_story is not None:
            return after_story
    if meaning.get("of_story") and unit != "weekend" and _direction(ctx.tense) < 0:
        # "fell 12 points Friday. For the week, ...": the week of the day the story is on
        # ("over the weekend" in a Monday story is the one just past, whatever the story).
        of_story = _story_unit(unit, ctx)
        if of_story is not None and not (
            ctx.tense == "past" and after_reference(of_story.value, ctx.reference)
        ):
            # A past clause tells of no year still ahead ("expect a rise early next year.
            # The economy grew 0.3% in the first three months of the year").
            return of_story
    if _weekend_gone_by(unit, offset, ctx):
        offset = -1
    elif meaning.get("just_past") and _week_nearly_over(unit, ctx):
        offset = 0
    elif _week_ahead_from_sunday(unit, offset, ctx):
        offset = 1
    anchor = _anchor(unit, offset)
    if ctx.reference is None:
        return Resolution(_UNDERSPECIFIED[unit], anchor)
    return Resolution(shift_by_unit(ctx.reference, unit, offset), anchor)


def _week_nearly_over(unit: str, ctx: Context) -> bool:
    """ "Rates fell this past week", said from Friday to Sunday, speaks of the week now
    ending, the reference's own."""
    return unit == "week" and ctx.reference is not None and ctx.reference.isoweekday() >= 5


def _week_ahead_from_sunday(unit: str, offset: int, ctx: Context) -> bool:
    """ "Showers will taper off late in the week", said on a Sunday (the last day of its
    ISO week), speaks of the week to come."""
    return (
        unit == "week"
        and offset == 0
        and _direction(ctx.tense) > 0
        and ctx.reference is not None
        and ctx.reference.isoweekday() == 7
    )


def _weekend_gone_by(unit: str, offset: int, ctx: Context) -> bool:
    """ "Protests erupted over the weekend", said on a weekday, is the weekend just past,
    which belongs to the previous ISO week (TimeBank: 4 of 5 such weekends)."""
    return (
        unit == "weekend"
        and offset == 0
        and _direction(ctx.tense) < 0
        and ctx.reference is not None
        and ctx.reference.isoweekday() < 6
    )


# "two weeks ago" is a week, "two months ago" a month: the granularity a unit of
# distance lands on ("in two weeks", ahead, is the day itself).
_AGO_GRANULARITY = {
    "fortnight": "day",
    "day": "day",
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "year",
    "century": "year",
}
_HOURS_OF_DAY = 24
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "weekend": 7}
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def resolve_ago(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "two weeks ago", "in three days", "five years from now"."""
    unit, amount = _ago_amount(meaning)
    direction = int(meaning.get("direction", -1))
    granularity = _AGO_GRANULARITY[unit] if direction < 0 or unit != "week" else "day"
    if amount is None:
        return Resolution("PAST_REF" if direction < 0 else "FUTURE_REF", "REF")
    offset = direction * int(amount)
    if (
        unit == "year"
        and offset == -1
        and ctx.narrative
        and ("-Q" in ctx.narrative or (meaning.get("compared") and _is_a("month", ctx.narrative)))
    ):
        # "a year ago" in a report about a quarter is that quarter a year before ("It was
        # founded two years ago" is no comparison of quarters), and a month's figure
        # measured against it that month ("rose 4 percent in November from a year ago").
        return Resolution(shift_value_years(ctx.narrative, offset), from_narrative=True)
    anchor = _ago_anchor(unit, offset)
    if ctx.reference is None:
        return Resolution(_UNDERSPECIFIED[granularity], anchor)
    start = _day_counted_from(meaning, ctx)
    if start is not None:
        return Resolution(_shift_date(start, unit, offset, "day"))
    if meaning.get("at_unit"):
        # "ten years ago this week": the week of the anniversary.
        return Resolution(_shift_date(ctx.reference, unit, offset, str(meaning["at_unit"])))
    try:
        return Resolution(_shift_date(ctx.reference, unit, offset, granularity), anchor)
    except (ValueError, OverflowError):
        # "4,000 years ago" leaves the calendar of ISO years 1-9999.
        return Resolution("PAST_REF" if offset < 0 else "FUTURE_REF", "REF")


def _ago_amount(meaning: Meaning) -> tuple[str, Any]:
    """The unit and count of "two weeks ago" or "two weeks later", or of "half a century
    ago" from the length its words name (50Y: 50 years)."""
    span = meaning.get("span")
    if span is not None:
        return ("year" if span.endswith("Y") else "month"), int(span[:-1])
    if meaning.get("half"):
        # "two and a half years ago" is 30 months ago, "a week and a half ago" 10 days.
        unit, whole = meaning["unit"], int(meaning.get("amount") or 1)
        if unit in _UNIT_DAYS:
            return "day", (2 * whole + 1) * _UNIT_DAYS[unit] // 2
        return "month", (2 * whole + 1) * _UNIT_MONTHS[unit] // 2
    if meaning["unit"] == "hour" and meaning.get("amount") is not None:
        # The reference has no clock: "three hours ago" is its day, "36 hours ago" two
        # days back (rounded to the nearer day).
        return "day", round(int(meaning["amount"]) / _HOURS_OF_DAY)
    return meaning["unit"], meaning.get("amount")


def _day_counted_from(meaning: Meaning, ctx: Context) -> dt.date | None:
    """The day "a week from tomorrow", "two weeks from Monday" or "a week ago Friday"
    counts from, if named: the weekday on the side the count goes."""
    if ctx.reference is None:
        return None
    if meaning.get("from_day") is not None:
        return ctx.reference + dt.timedelta(days=int(meaning["from_day"]))
    if meaning.get("from_weekday") is not None:
        weekday = int(meaning["from_weekday"])
        if _UNIT_MONTHS.get(str(meaning.get("unit")), 0) >= 12:
            # "ten years ago Tuesday": the anniversary, this week's Tuesday.
            return _nearest_weekday(weekday, ctx.reference)
        side = replace(ctx, tense="future" if int(meaning.get("direction", -1)) > 0 else "past")
        return dt.date.fromisoformat(resolve_weekday(weekday, None, side))
    return None


def _ago_anchor(unit: str, offset: int) -> str:
    """The offset in the unit the value names: "two decades ago" is a year, 20 years back,
    "a fortnight ago" two weeks."""
    if unit == "fortnight":
        return _anchor("week", 2 * offset)
    if _AGO_GRANULARITY[unit] == "year" and unit != "year":
        return _anchor("year", offset * _UNIT_MONTHS[unit] // 12)
    return _anchor(unit, offset)


def _shift_date(ref: dt.date, unit: str, offset: int, granularity: str) -> str:
    if unit in _UNIT_DAYS:
        moved = ref + dt.timedelta(days=_UNIT_DAYS[unit] * offset)
    else:
        moved = dates.shift_months(ref, _UNIT_MONTHS[unit] * offset)
    return shift_by_unit(moved, granularity, 0)


def resolve_shifted(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "a year earlier", "two days later": shifted from the last date of the narrative."""
    unit, amount = _ago_amount(meaning)
    offset = int(meaning.get("direction", -1)) * int(amount or 1)
    if meaning.get("of_report") and unit == "year" and ctx.sentence_quarter:
        return Resolution(shift_value_years(ctx.sentence_quarter, offset), from_narrative=True)
    named_quarter = ctx.quarter or _running_quarter(ctx.narrative, ctx.reference)
    if meaning.get("of_report") and unit == "year" and named_quarter:
        # "the year-earlier period" of a quarterly report is its quarter a year before,
        # whatever date the text named last; a quarter still running is not reported on,
        # the last one over is.
        reported = _later_quarter(named_quarter, ctx.narrative)
        if ctx.reference is not None and after_reference(reported, ctx.reference, ends=True):
            reported = shift_by_unit(ctx.reference, "quarter", -1)
        return Resolution(shift_value_years(reported, offset), from_narrative=True)
    narrative = dates.value_interval(ctx.narrative) if ctx.narrative else None
    if narrative is not None and unit in _UNIT_DAYS and ctx.story_day:
        story_day = dt.date.fromisoformat(ctx.story_day)
        if narrative[2] not in ("day", "time") and narrative[0] <= story_day <= narrative[1]:
            # "late Monday, the last trading day of 2012. A week earlier": counted from
            # the day the story is on, in the year it named.
            narrative = (story_day, story_day, "day")
    if narrative is not None and meaning.get("needs_day") and narrative[2] != "day":
        # "The war began in March 2003. The previous day, ...": no day to count from.
        narrative = None
    if meaning.get("grain"):
        # "from the same month last year": the story's month, a year before; "In 2004 ...
        # the same month last year" has no month to take, nor, after "reported
        # yesterday", has the day one of the data.
        story_period = _story_period(str(meaning["grain"]), ctx)
        if story_period is not None:
            return Resolution(shift_value_years(story_period, offset), from_narrative=True)
        narrative = None
    if narrative is None:
        if meaning.get("whole_unit"):
            # "the previous decade" of no story told: the one before the reference's.
            return resolve_relative({"unit": unit, "offset": offset}, ctx)
        direction = 1 if offset > 0 else -1
        return resolve_ago({"unit": unit, "amount": abs(offset), "direction": direction}, ctx)
    first, last, granularity = narrative
    if unit in _UNIT_DAYS and granularity == "year" and not meaning.get("whole_unit"):
        # "in 2012 ... a week earlier": some week of that year, no day to count from.
        return Resolution(
            f"{first.year:04d}-{'XX-XX' if unit == 'day' else 'WXX'}", from_narrative=True
        )
    if unit in _UNIT_DAYS and granularity not in ("day", "time"):
        # "in January 2012 ... a day earlier", "in late July ... two weeks later": counted
        # from the middle of that month, not from its first day.
        first += (last - first) / 2
    if unit == "year" and (
        granularity in ("quarter", "half") or (granularity == "month" and meaning.get("compared"))
    ):
        # Company reports compare a quarter with the same quarter a year before, and
        # monthly data a month ("rose 10% in November compared with a year earlier").
        assert ctx.narrative is not None
        return Resolution(shift_value_years(ctx.narrative, offset), from_narrative=True)
    target = granularity if unit in ("month", "day") else _AGO_GRANULARITY[unit]
    if target == "season":
        # "that summer ... two weeks later": some time in the season's months.
        target = "month"
    if meaning.get("whole_unit") or _unit_rank(target) < _unit_rank(unit):
        # "the following week" names a week, where "a week later" names a day.
        target = unit if meaning.get("whole_unit") else _AGO_GRANULARITY[unit]
    shifted = _shift_date(first, unit, offset, target)
    if (
        not meaning.get("whole_unit")
        and ctx.tense != "future"
        and ctx.reference
        and first <= ctx.reference
        and after_reference(shifted, ctx.reference)
    ):
        # "The spill began in 2010; in 2016 BP settled. Ten years later, scientists are
        # still studying it": a clause not of the future counts to now, not past it;
        # from a day still ahead ("The final is on 15 July and the men's the following
        # day") it counts on.
        return Resolution(shift_by_unit(ctx.reference, target, 0), from_narrative=True)
    return Resolution(shifted, from_narrative=True)


def _running_quarter(value: str | None, reference: dt.date | None) -> str | None:
    """``value`` if it is the quarter the reference date is in ("expects a loss in the
    fourth quarter. In the year-ago period", said in October: not yet a quarter reported
    on, so the year-ago period is that of the last one over)."""
    interval = dates.value_interval(value) if value else None
    if interval is None or interval[2] != "quarter" or reference is None:
        return None
    return value if interval[0] <= reference <= interval[1] else None


def _later_quarter(quarter: str, narrative: str | None) -> str:
    """The quarter a report is about: the one it named last, or that of a later day it
    named since ("the three months ended September 30, 1998" after "the third quarter of
    1997")."""
    day = dates.value_interval(narrative) if narrative else None
    if day is None or day[2] != "day":
        return quarter
    of_day = shift_by_unit(day[0], "quarter", 0)
    return of_day if of_day > quarter else quarter


_RANKS = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")


def _unit_rank(unit: str) -> int:
    return _RANKS.index(unit) if unit in _RANKS else 0


def shift_value_years(value: str, years: int) -> str:
    year = int(value[:4]) + years
    return f"{year:04d}{value[4:]}"


def resolve_date(meaning: Meaning, ctx: Context) -> Resolution | None:
    """An absolute or yearless calendar date: "20 May 2021", "May 20", "March", "Q3"."""
    year = meaning.get("year")
    if year is not None and meaning.get("range_start_year") is not None:
        year = _year_after(int(meaning["range_start_year"]), int(year))
    month, day = meaning.get("month"), meaning.get("day")
    years_back = int(meaning.get("years_back") or 0)
    end_month = meaning.get("range_end_month")
    if year is not None and month is not None and end_month is not None and month > end_month:
        # "from November until March 2017": the start lies in the year before.
        year = int(year) - 1
    if month is None or day is not None:
        # "last year", "12 June last year"
        year = _offset_year(meaning, ctx) or year
    if year is not None and month is not None and day is not None:
        if not dates.valid_day(year, month, day):
            return None
        return Resolution(_day_or_its_week(f"{year:04d}-{month:02d}-{day:02d}", meaning))
    if year is None and month is not None and ctx.sentence_year is not None:
        framed = resolve_date(
            {**meaning, "year": ctx.sentence_year}, replace(ctx, sentence_year=None)
        )
        # The text names no year here: the anchor says so, as for any yearless date.
        anchor = f"MD:{month:02d}-{day:02d}" if day is not None else f"M:{month:02d}"
        return replace(framed, anchor=anchor) if framed else None
    if month is not None and day is not None and meaning.get("start_month") is not None:
        return _range_end_date(month, day, meaning, ctx)
    if month is not None and day is not None:
        value = resolve_month_day(
            month,
            day,
            replace(ctx, tense=None) if years_back else ctx,
            nearest=bool(meaning.get("nearest")),
            weekday=None if meaning.get("weekday") is None else int(meaning["weekday"]),
        )
        if value and years_back and value[:4].isdigit():
            value = shift_value_years(value, -years_back)
        if value and _gone_by_yet_ahead(value, meaning, ctx):
            # "since Oct. 8", said on Oct. 7: the one a year before.
            value = shift_value_years(value, -1)
        if value and value[:4].isdigit():
            value = _day_or_its_week(value, meaning)
        return Resolution(value, f"MD:{month:02d}-{day:02d}") if value else None
    if month is not None and meaning.get("year_offset") is not None:
        offset = int(meaning["year_offset"])
        if ctx.reference is None:
            return Resolution(_yearless(month), f"YEAR{offset:+d}")
        return Resolution(f"{ctx.reference.year + offset:04d}-{month:02d}", f"YEAR{offset:+d}")
    if month is not None and meaning.get("last_month") is not None:
        return _named_months(
            month, int(meaning["last_month"]), year, ctx, bool(meaning.get("reported"))
        )
    if year is not None and month is not None:
        return Resolution(_month_or_its_part(f"{year:04d}-{month:02d}", meaning))
    if month is not None:
        shift = meaning.get("shift")
        value = resolve_month(month, ctx, None if shift is None else int(shift))
        if _late_part_to_come(month, meaning, ctx) or _gone_by_yet_ahead(value, meaning, ctx):
            value = shift_value_years(value, -1)
        return Resolution(_month_or_its_part(value, meaning), f"M:{month:02d}")
    if year is None and meaning.get("ended_month") is not None:
        year = _year_ended(int(meaning["ended_month"]), int(meaning["ended_day"]), ctx)
    if meaning.get("quarter_ended_month") is not None:
        ended_day = meaning.get("ended_day")
        return _quarter_ended(
            int(meaning["quarter_ended_month"]), int(ended_day) if ended_day else 1, ctx
        )
    if year is None and meaning.get("season") is not None and ctx.sentence_year is not None:
        # "In 1918 the deadliest wave came in the fall."
        year = ctx.sentence_year
    for part, fmt in (("quarter", "Q{}"), ("half", "H{}"), ("season", "{}")):
        if meaning.get(part) is not None:
            number = meaning[part] if part == "season" else int(meaning[part])
            label = fmt.format(number)
            if year is not None:
                return Resolution(f"{year:04d}-{label}")
            return _yearless_part(
                part,
                number,
                label,
                ctx,
                adverbial=bool(meaning.get("adverbial")),
                reported=bool(meaning.get("reported")),
            )
    if year is not None:
        return Resolution(f"{year:04d}")
    return None


def _year_after(start: int, year: int) -> int:
    """The year whose last two digits ``year`` has, first after ``start`` ("1918-19")."""
    after = start - start % 100 + year % 100
    return after if after > start else after + 100


def _offset_year(meaning: Meaning, ctx: Context) -> int | None:
    """The year "last year", "next year" or "of next year" names, if the reference is known."""
    if meaning.get("year_offset") is None or ctx.reference is None:
        return None
    return ctx.reference.year + int(meaning["year_offset"])


def _day_or_its_week(day: str, meaning: Meaning) -> str:
    """ "the week of May 3" is the ISO week holding that day, "the weekend of" its weekend."""
    if not meaning.get("as_week"):
        return day
    week = dates.iso_week_value(dt.date.fromisoformat(day))
    return week + "-WE" if meaning.get("weekend") else week


def _month_or_its_part(month_value: str, meaning: Meaning) -> str:
    """A month once its year is known, or what a rule names by it: "the first Saturday in
    May" (a weekday of it), "the second week of February" (a week of it)."""
    if not month_value[:4].isdigit():
        return month_value
    year, month = int(month_value[:4]), int(month_value[5:7])
    if meaning.get("week_rank") is not None:
        # "the second week of February": the week of its middle day, the 11th.
        middle = dt.date(year, month, 7 * int(meaning["week_rank"]) - 3)
        return dates.iso_week_value(middle)
    if meaning.get("rank") is None:
        return month_value
    rank, weekday = int(meaning["rank"]), int(meaning["weekday"])
    return dates.nth_weekday(year, month, weekday, rank).isoformat()


def _named_months(
    first: int, last: int, year: int | None, ctx: Context, reported: bool = False
) -> Resolution | None:
    """ "the April-June quarter" is a quarter and "the January-June period" a half, of the
    year written or of the year its last month is placed in; "the January-November period"
    spans 11 months. One whose results are named before it ("will report its results for
    the October-December period") is placed as such a quarter or half is."""
    span = (last - first) % 12 + 1
    if (span, first % span) not in ((3, 1), (6, 1)):
        return Resolution(f"P{span}M", type="DURATION")
    part, label = ("quarter", "Q") if span == 3 else ("half", "H")
    number = (first - 1) // span + 1
    if year is None and reported:
        return _yearless_part(part, number, f"{label}{number}", ctx, reported=True)
    value = f"{year:04d}" if year is not None else resolve_month(last, ctx, None)
    if not value[:4].isdigit():
        return Resolution(value)
    return Resolution(f"{value[:4]}-{label}{number}", f"M:{last:02d}")


def _year_ended(month: int, day: int, ctx: Context) -> int | None:
    """The year of a fiscal period "ended May 31": that of its last day, gone by."""
    ended = resolve_month_day(month, day, replace(ctx, tense="past"))
    return int(ended[:4]) if ended and ended[:4].isdigit() else None


def _quarter_ended(month: int, day: int, ctx: Context) -> Resolution:
    """ "the quarter ended July 31": the quarter the report named before, in the
    company's own numbering ("its fiscal first quarter ... for the quarter ended Sept.
    29"), else the calendar quarter of its middle month, most of whose months it spans
    (May to July is the second), in the year it ended, gone by."""
    if ctx.quarter is not None:
        return Resolution(ctx.quarter, from_narrative=True)
    year = _year_ended(month, day, ctx)
    middle = month - 1 or 12
    quarter = f"Q{(middle - 1) // 3 + 1}"
    if year is None:
        return Resolution(f"XXXX-{quarter}")
    return Resolution(f"{year - (middle == 12):04d}-{quarter}")


def _yearless_part(
    part: str,
    number: Any,
    label: str,
    ctx: Context,
    adverbial: bool = False,
    reported: bool = False,
) -> Resolution:
    """A quarter, half or season without a year: the reference year, unless it lies
    more than a few months ahead in a clause that is not about the future. A season
    ahead in a past clause is last year's ("fell in the spring", said in January); a
    quarter is not moved so, as a company "has ordered cash for the fourth quarter".
    In a future clause, a quarter long over is next year's, unless its results are
    what is to come ("will release its first-quarter earnings on July 27"), and so is a
    season over when it says when ("will film in the fall", said in March), not what
    ("growth despite the summer floods")."""
    anchor = f"{part.upper()}:{number}"
    ref = ctx.reference
    if ref is None:
        return Resolution(f"XXXX-{label}", anchor)
    year = ref.year
    this_year = dates.value_interval(f"{year:04d}-{label}")
    direction = _direction(ctx.tense)
    if reported and this_year and this_year[1] >= ref:
        # "will report fourth-quarter results next week", said in January: the one just
        # over, which is reported on weeks after it closed.
        last_year = dates.value_interval(f"{year - 1:04d}-{label}")
        if last_year and (ref - last_year[1]).days <= _OVER_DAYS[part]:
            return Resolution(f"{year - 1:04d}-{label}", anchor)
    if this_year and (
        (direction <= 0 and this_year[0].month > ref.month + 3)
        or (direction < 0 and part == "season" and this_year[0] > ref)
    ):
        year -= 1
    elif (
        this_year
        and direction > 0
        and (part != "season" or adverbial)
        and not reported
        and (ref - this_year[1]).days > _OVER_DAYS[part]
    ):
        year += 1
    elif (
        this_year
        and direction == 0
        and part != "season"
        and (ref - this_year[1]).days > _PRESENT_PAST_DAYS
    ):
        # "the big wildcard for the first quarter", said in December: the one to come.
        year += 1
    return Resolution(f"{year:04d}-{label}", anchor)


def resolve_season_relative(meaning: Meaning, ctx: Context) -> Resolution:
    """ "last summer" (the latest one over), "this fall", "next spring" (the first to come),
    "two summers ago" (the one before the latest one over)."""
    season, offset = meaning["season"], int(meaning.get("offset") or 0)
    further = int(meaning.get("amount") or 1) - 1
    story = dates.value_interval(ctx.narrative) if ctx.narrative else None
    if meaning.get("narrative") and story is not None:
        if offset == 0:
            # "In March 2008 ... that summer": the season of the year the story is in.
            return Resolution(f"{story[0].year:04d}-{season}", from_narrative=True)
        # "paroled the following spring": the first one after the story's time.
        around_story = replace(ctx, reference=story[1] if offset > 0 else story[0], narrative=None)
        moved = resolve_season_relative({"season": season, "offset": offset}, around_story)
        return replace(moved, from_narrative=True)
    anchor = f"SEASON:{season}{offset:+d}"
    ref = ctx.reference
    if ref is None:
        return Resolution(f"XXXX-{season}", anchor)

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        first, last, _ = dates.value_interval(f"{year:04d}-{season}") or (ref, ref, "")
        return first, last

    if offset < 0:
        year = next(y for y in range(ref.year, ref.year - 3, -1) if bounds(y)[1] < ref) - further
    elif offset > 0:
        year = next(y for y in range(ref.year - 1, ref.year + 3) if bounds(y)[0] > ref) + further
    else:
        # This winter, said in January or February, began last December; "will file this
        # spring", said in December, is the one to come.
        year = ref.year - 1 if season == "WI" and ref.month < 3 else ref.year
        if _direction(ctx.tense) > 0 and bounds(year)[1] < ref:
            year += 1
    return Resolution(f"{year:04d}-{season}", anchor)


def resolve_weekday_meaning(meaning: Meaning, ctx: Context) -> Resolution:
    if meaning.get("weeks_after") and ctx.reference is not None:
        # "Thursday week": the coming Thursday (or today's), a week on.
        coming = dates.weekday_on_or_after(ctx.reference, int(meaning["weekday"]))
        later = coming + dt.timedelta(weeks=int(meaning["weeks_after"]))
        return Resolution(later.isoformat(), f"WD:{meaning['weekday']}")
    if meaning.get("scheduled") and ctx.tense is None:
        # A scheduled event no verb places ("seeks a term in Sunday's election") lies ahead.
        ctx = replace(ctx, tense="future")
    weekday = int(meaning["weekday"])
    shift = meaning.get("offset")
    if meaning.get("week_offset") is not None and ctx.reference is not None:
        # "Tuesday last week": that day of the week before the reference's.
        monday = ctx.reference - dt.timedelta(days=ctx.reference.isoweekday() - 1)
        that_day = monday + dt.timedelta(weeks=int(meaning["week_offset"]), days=weekday - 1)
        return Resolution(that_day.isoformat(), f"WD:{weekday}")
    story = dates.value_interval(ctx.narrative) if ctx.narrative else None
    if meaning.get("of_story") and story is not None and story[2] == "day":
        # "the previous Monday", "the following Thursday" of the day the story is on, or
        # that day itself ("April 11, 2003, a Friday").
        if meaning.get("nearest"):
            day = _nearest_weekday(weekday, story[0]).isoformat()
            if meaning.get("part"):
                # "That Tuesday morning"
                return Resolution(f"{day}T{meaning['part']}", type="TIME", from_narrative=True)
            return Resolution(day, from_narrative=True)
        on_story = replace(ctx, reference=story[0], tense=None)
        day = resolve_weekday(weekday, int(shift) if shift else None, on_story)
        return Resolution(day, from_narrative=True)
    if meaning.get("nearest") and ctx.reference is not None:
        # "a vote that had been scheduled for Wednesday": a plan called off near the
        # reference, before or after it.
        near = _planned_weekday if meaning.get("plan_missed") else _nearest_weekday
        return Resolution(near(weekday, ctx.reference).isoformat(), f"WD:{weekday}")
    if meaning.get("scheduled") and ctx.tense == "past" and ctx.reference is not None:
        tomorrow = ctx.reference + dt.timedelta(days=1)
        if tomorrow.isoweekday() == weekday:
            # "Tickets for Friday's game were sold out", said on Thursday: tomorrow's
            # event; one of six days ago would be "last Friday's".
            return Resolution(tomorrow.isoformat(), f"WD:{weekday}")
    value = resolve_weekday(weekday, None if shift is None else int(shift), ctx)
    start_shift = meaning.get("range_shift")
    # Of a pair, only one that looks ahead follows its first day: "open Sun. and Sat."
    # names two days apart, and of past days each is the latest.
    follows = not meaning.get("pair") or start_shift is not None or ctx.tense == "future"
    if meaning.get("range_start") is not None and value[:4].isdigit() and follows:
        end = _range_end(int(meaning["range_start"]), start_shift, weekday, ctx)
        if not (ctx.tense == "past" and ctx.reference and end > ctx.reference.isoformat()):
            value = end
    return Resolution(
        _day_or_its_week(value, meaning) if value[:4].isdigit() else value, f"WD:{weekday}"
    )


def _range_end(start_weekday: int, start_shift: int | None, weekday: int, ctx: Context) -> str:
    """The end of "from Wednesday to Saturday" or "next Thursday and Friday": the first
    such day on or after the start."""
    shift = None if start_shift is None else int(start_shift)
    start = dt.date.fromisoformat(resolve_weekday(start_weekday, shift, ctx))
    return dates.weekday_on_or_after(start, weekday).isoformat()


def resolve_reference(meaning: Meaning, ctx: Context) -> Resolution:
    return Resolution(str(meaning["value"]), "REF")


_TIME_UNITS = {"H", "MIN", "S"}


# "two and a half years" is P2Y6M: the half of each unit in the next smaller one.
_HALF_UNIT = {
    "Y": "6M",
    "M": "15D",
    "W": "3DT12H",
    "D": "T12H",
    "H": "30M",
    "MIN": "30S",
}


def resolve_duration(meaning: Meaning, ctx: Context) -> Resolution:
    if meaning.get("second_unit"):
        return _joined_amounts(meaning, ctx)
    unit = meaning["unit"]
    amount = meaning.get("amount")
    half = bool(meaning.get("half"))
    multiple = re.match(r"(\d+)(\D+)$", unit)
    if multiple:
        # A unit that is a multiple of another ("fortnight": 2W).
        unit = multiple[2]
        if amount is not None:
            amount = (amount + 0.5 * half) * int(multiple[1])
            half = False
    if unit in _YEARS_IN and amount is not None:
        # TimeBank counts decades and centuries in years ("two decades" P20Y); only an
        # unknown number keeps TimeML's own unit ("for decades" PXDE).
        amount = (amount + 0.5 * half) * _YEARS_IN[unit]
        unit, half = "Y", False
    if half and amount is not None and unit in _HALF_UNIT:
        whole = resolve_duration({"amount": amount, "unit": unit}, ctx).value
        part = _HALF_UNIT[unit]
        if "T" in whole and part.startswith("T"):
            part = part[1:]
        return Resolution(whole + part, type="DURATION")
    quantity = _format_amount(amount)
    if unit in _TIME_UNITS:
        return Resolution(f"PT{quantity}{'M' if unit == 'MIN' else unit}", type="DURATION")
    if unit == "WE":
        return Resolution(f"P{_format_amount(2 * amount) if amount else 'X'}D", type="DURATION")
    if unit == "HALF":
        return Resolution(f"P{_format_amount(6 * amount) if amount else 'X'}M", type="DURATION")
    return Resolution(f"P{quantity}{unit}", type="DURATION")


_YEARS_IN = {"DE": 10, "CE": 100}


# The amounts and units of one length written in several units.
_AMOUNT_KEYS = (
    ("amount", "unit"),
    ("second_amount", "second_unit"),
    ("third_amount", "third_unit"),
)


def _joined_amounts(meaning: Meaning, ctx: Context) -> Resolution:
    """ "1 hour, 55 minutes" is PT1H55M, "two years and three months" P2Y3M, "1 hour 26
    minutes and 43 seconds" PT1H26M43S."""
    values = [
        resolve_duration({"amount": meaning[amount], "unit": meaning[unit]}, ctx).value
        for amount, unit in _AMOUNT_KEYS
        if meaning.get(amount) is not None
    ]
    days = "".join(value[1:] for value in values if not value.startswith("PT"))
    times = "".join(value[2:] for value in values if value.startswith("PT"))
    return Resolution(f"P{days}T{times}" if times else f"P{days}", type="DURATION")


def _format_amount(amount: Any) -> str:
    if amount is None:
        return "X"
    if isinstance(amount, float) and not amount.is_integer():
        return f"{amount:g}"
    return str(int(amount))


def resolve_set(meaning: Meaning, ctx: Context) -> Resolution:
    return Resolution(
        str(meaning["value"]),
        type="SET",
        quant=meaning.get("quant"),
        freq=meaning.get("freq"),
    )


def resolve_decade(meaning: Meaning, ctx: Context) -> Resolution:
    decade = int(meaning["decade"])
    if decade < 100:
        decade += 1900
    return Resolution(f"{decade // 10:03d}")


def resolve_century(meaning: Meaning, ctx: Context) -> Resolution:
    """ "the 21st century" is 20, as "the 1800s" is 18: the hundreds of its years."""
    if meaning.get("hundreds") is not None:
        return Resolution(f"{int(meaning['hundreds']):02d}")
    return Resolution(f"{int(meaning['ordinal']) - 1:02d}")


def resolve_holiday(meaning: Meaning, ctx: Context) -> Resolution | None:
    """A holiday of the year given, or the one the tense points to ("next Christmas": the
    first after the reference date); the day or week before or after it, or its weekend."""
    spec = str(meaning["holiday"])
    year = meaning.get("year")
    ref = ctx.reference
    year = year if year is not None else _offset_year(meaning, ctx)
    story_year = _story_unit("year", ctx) if meaning.get("of_story_year") else None
    if story_year is not None:
        # "it arrived on Christmas Day that year"
        year = int(story_year.value)
    framed = year is None and meaning.get("shift") is None and ctx.sentence_year is not None
    if framed:
        # "In 2008, ... voted before Election Day": the year of the sentence, which the
        # story does not move to.
        year = ctx.sentence_year
    if year is not None:
        day = holiday_date(spec, int(year))
    elif ref is None:
        return Resolution(_UNDERSPECIFIED["day"], f"HOLIDAY:{spec}")
    else:
        candidates = [holiday_date(spec, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        shift = int(meaning.get("shift") or 0)
        if shift > 0:
            day = next(c for c in candidates if c > ref)
        elif shift < 0:
            day = [c for c in candidates if c < ref][-1]
        else:
            day = _pick_near(candidates, ref, ctx)
    day += dt.timedelta(
        days=int(meaning.get("day_offset") or 0), weeks=int(meaning.get("week_offset") or 0)
    )
    if meaning.get("weekday_side") is not None:
        # "the Sunday after Thanksgiving"
        day = _weekday_beside(day, int(meaning["weekday"]), int(meaning["weekday_side"]))
    anchor = None if meaning.get("year") is not None else f"HOLIDAY:{spec}"
    if meaning.get("weekend"):
        value = _holiday_weekend(day)
    elif meaning.get("as_week"):
        value = dates.iso_week_value(day)
    else:
        value = day.isoformat()
    return Resolution(value, anchor, from_narrative=framed)


def _holiday_weekend(day: dt.date) -> str:
    """ "Labor Day weekend" ends on a Monday holiday's eve; "Thanksgiving weekend" follows
    a Thursday: the weekend next to the holiday."""
    if day.isoweekday() == 1:
        day -= dt.timedelta(days=1)
    return dates.iso_week_value(day) + "-WE"


_NTH_WEEKDAY_SPEC = re.compile(r"nth:(-?\d):(\d):(\d{1,2})([+-]\d+)?")
# Days counted from a day of another reckoning: its name, then the days after or before.
_FROM_ANCHOR_SPEC = re.compile(r"([a-z_]+?\d*)([+-]\d+)?")
_HOLIDAY_ANCHORS: dict[str, Callable[[int], dt.date]] = {
    "easter": dates.easter_sunday,
    "orthodox_easter": dates.orthodox_easter_sunday,
    "tishri": dates.rosh_hashanah,
    "kislev25": dates.kislev_25,
    "lunar_new_year": dates.lunar_new_year,
}


def holiday_date(spec: str, year: int) -> dt.date:
    """Fixed ``MM-DD``, ``easter+N``, ``orthodox_easter+N``, ``tishri+N`` or
    ``lunar_new_year+N`` days (from Easter Sunday, Eastern Easter Sunday, the Hebrew new
    year of that autumn or the Chinese new year of that winter), ``kislev25``, or
    ``nth:N:WEEKDAY:MONTH[±DAYS]`` (N=-1: the last; DAYS after or before it: Victoria Day
    is the Monday a week before the last one of May)."""
    from_anchor = _FROM_ANCHOR_SPEC.fullmatch(spec)
    if from_anchor and from_anchor[1] in _HOLIDAY_ANCHORS:
        anchor = _HOLIDAY_ANCHORS[from_anchor[1]](year)
        return anchor + dt.timedelta(days=int(from_anchor[2] or 0))
    nth_rule = _NTH_WEEKDAY_SPEC.fullmatch(spec)
    if nth_rule:
        nth, weekday, month, extra = nth_rule.groups()
        nth_day = dates.nth_weekday(year, int(month), int(weekday), int(nth))
        return nth_day + dt.timedelta(days=int(extra or 0))
    month_number, day_number = (int(x) for x in spec.split("-"))
    return dt.date(year, month_number, day_number)


def resolve_quarter_reference(meaning: Meaning, ctx: Context) -> Resolution:
    """ "the quarter", "the latest quarter": the quarter the narrative (or report) is about."""
    offset = int(meaning.get("offset") or 0)
    named = ctx.quarter
    if named and not after_reference(named, ctx.reference, ends=bool(meaning.get("completed"))):
        year, quarter = dates.shift_quarter(int(named[:4]), int(named[-1]), offset)
        return Resolution(f"{year:04d}-Q{quarter}", from_narrative=True)
    # Company reports speak of the last completed quarter; a future clause ("will
    # report by the end of the quarter") of the one under way.
    last = offset - (0 if _direction(ctx.tense) > 0 and not meaning.get("completed") else 1)
    if ctx.reference is None:
        return Resolution(_UNDERSPECIFIED["quarter"], _anchor("quarter", last))
    return Resolution(shift_by_unit(ctx.reference, "quarter", last), _anchor("quarter", last))


def after_reference(value: str, reference: dt.date | None, ends: bool = False) -> bool:
    """Whether ``value`` begins after the reference date (with ``ends``: is not over by it)."""
    interval = dates.value_interval(value)
    if not interval or not reference:
        return False
    return interval[1] >= reference if ends else interval[0] > reference


def resolve_narrative_day(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "that day", "the same day", "later that year": the narrative's date (or the DCT).
    "Today is the eighth day of the strike" speaks of the reference date itself."""
    unit = meaning.get("unit", "day")
    if meaning.get("present_is_reference") and ctx.tense == "present":
        return resolve_relative({"unit": unit, "offset": 0}, ctx)
    if unit == "day" and _is_day_to_come(ctx.narrative, ctx):
        # "told a briefing earlier in the day" after "will sign on Thursday": a past
        # clause tells of no day still to come.
        return resolve_relative({"unit": unit, "offset": 0}, ctx)
    if unit == "year" and ctx.sentence_year is not None and not meaning.get("apposition"):
        # "By 2014, most will have to carry insurance, and exchanges will open that year":
        # the year that frames the sentence, though a deadline sets no story time.
        resolution = Resolution(f"{ctx.sentence_year:04d}", from_narrative=True)
    else:
        resolution = _narrative_unit(unit, ctx)
    for part, label in (("quarter", "Q"), ("half", "H")):
        if meaning.get(part) is not None and resolution.value[:4].isdigit():
            # "the third quarter of that year"
            value = f"{resolution.value[:4]}-{label}{int(meaning[part])}"
            return replace(resolution, value=value, anchor=None)
    if meaning.get("month") is not None and resolution.value[:4].isdigit():
        # "December of that year", "that May"
        month = int(meaning["month"])
        offset = int(meaning.get("offset") or 0)
        if offset:
            return _month_next_to_story(month, offset, ctx) or resolution
        value = f"{resolution.value[:4]}-{month:02d}"
        if meaning.get("day") is not None:
            # "Jan. 3 of that year"
            if not dates.valid_day(int(value[:4]), month, int(meaning["day"])):
                return None
            value += f"-{int(meaning['day']):02d}"
        return replace(resolution, value=value, anchor=None)
    return resolution


def _month_next_to_story(month: int, offset: int, ctx: Context) -> Resolution | None:
    """ "convicted in October 2011 and sentenced the following January": the first such
    month after (or, for "the previous", before) the time the story is at."""
    story = dates.value_interval(ctx.narrative) if ctx.narrative else None
    # Counted from the story's end forward, or from its start back: after "in 2005",
    # "the following March" is 2006's.
    edge = (story[1] if offset > 0 else story[0]) if story is not None else ctx.reference
    if edge is None:
        return None
    if offset > 0:
        year = edge.year if month > edge.month else edge.year + 1
    else:
        year = edge.year if month < edge.month else edge.year - 1
    return Resolution(f"{year:04d}-{month:02d}", from_narrative=story is not None)


def _narrative_unit(unit: str, ctx: Context) -> Resolution:
    return _story_unit(unit, ctx) or resolve_relative({"unit": unit, "offset": 0}, ctx)


def _story_period(unit: str, ctx: Context) -> str | None:
    """The time the story is at, if it is one ``unit`` long (a month, a week)."""
    story = dates.value_interval(ctx.narrative) if ctx.narrative else None
    return ctx.narrative if story is not None and story[2] == unit else None


def _story_unit(unit: str, ctx: Context) -> Resolution | None:
    """The ``unit`` that holds the time the story is at, if the story names one as fine."""
    story = dates.value_interval(ctx.narrative) if ctx.narrative else None
    if story is None or _unit_rank(story[2]) > _unit_rank(unit):
        return None
    return Resolution(shift_by_unit(story[0], unit, 0), from_narrative=True)


def resolve_day_part(meaning: Meaning, ctx: Context) -> Resolution | None:
    """The date a time of day hangs on: a date, a holiday, a weekday, a relative day, or
    the reference."""
    if meaning.get("holiday") is not None:
        return resolve_holiday(
            {key: meaning.get(key) for key in ("holiday", "year", "year_offset")}, ctx
        )
    if meaning.get("month") is not None and meaning.get("day") is not None:
        return resolve_date(
            {"year": meaning.get("year"), "month": meaning["month"], "day": meaning["day"]}, ctx
        )
    if meaning.get("weekday") is not None:
        return resolve_weekday_meaning(
            {
                "weekday": meaning["weekday"],
                "offset": meaning.get("day_offset_shift"),
                "week_offset": meaning.get("week_offset"),
                "nearest": meaning.get("nearest"),
                "plan_missed": meaning.get("plan_missed"),
            },
            ctx,
        )
    if meaning.get("story_day_shift") is not None:
        # "the next morning", "the previous evening": the day before or after the story's.
        story_day = ctx.narrative[:10] if ctx.narrative and _is_a("day", ctx.narrative) else None
        around = replace(ctx, reference=dt.date.fromisoformat(story_day)) if story_day else ctx
        shifted = resolve_relative({"unit": "day", "offset": meaning["story_day_shift"]}, around)
        return replace(shifted, from_narrative=story_day is not None)
    if (
        meaning.get("day_offset") is None
        and ctx.narrative
        and _is_a("day", ctx.narrative)
        and (meaning.get("of_story") or not _looks_past_the_story(ctx.narrative[:10], ctx))
    ):
        # A bare clock time ("at 10 p.m.") belongs to the day the narrative is on, and
        # "that night" to it whatever the tense ("investigators say ... that night").
        return Resolution(ctx.narrative[:10], from_narrative=True)
    if (
        meaning.get("day_offset") is None
        and ctx.story_day
        and ctx.tense == "past"
        and not _looks_past_the_story(ctx.story_day, ctx)
    ):
        return Resolution(ctx.story_day, from_narrative=True)
    offset = int(meaning.get("day_offset") or 0)
    return resolve_relative({"unit": "day", "offset": offset}, ctx)


def _is_day_to_come(story: str | None, ctx: Context) -> bool:
    """Whether the story is at a day after the reference, told of in a past clause."""
    return (
        story is not None
        and _is_a("day", story)
        and ctx.tense == "past"
        and _looks_past_the_story(story[:10], ctx)
    )


def _looks_past_the_story(day: str, ctx: Context) -> bool:
    """A present or future clause ("will issue its next advisory at 5 p.m.") speaks of
    the reference day, not of a day the story told of before it; a past clause ("was
    released at 4:05 p.m.") not of a day still to come."""
    if ctx.reference is None:
        return False
    story_day = dt.date.fromisoformat(day)
    if ctx.tense == "past":
        return story_day > ctx.reference
    return ctx.tense in ("present", "future") and story_day < ctx.reference


def _is_a(granularity: str, value: str) -> bool:
    """Whether ``value`` names one ``granularity`` ("day", "month", ...) of the calendar."""
    interval = dates.value_interval(value)
    return interval is not None and interval[2] == granularity


def resolve_time(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "3 p.m.", "noon Saturday", "Wednesday evening", "this morning", "tonight"."""
    day = resolve_day_part(meaning, ctx)
    if day is None:
        return None
    if meaning.get("night_gone_if_past") and ctx.tense == "past" and _is_a("day", day.value):
        # "Overnight, explosions shook the city": the night before the day told of, which
        # the story stays on (it is placed from that day).
        before = dt.date.fromisoformat(day.value) - dt.timedelta(days=1)
        day = replace(day, value=before.isoformat(), from_narrative=True)
    clock: str | None
    if meaning.get("part"):
        clock = str(meaning["part"])
        if (
            clock == "24:00"
            and _direction(ctx.tense) < 0
            and not names_its_day(meaning)
            and not ctx.deadline
            and (not day.from_narrative or _is_reference_day(day.value, ctx))
        ):
            # "crashed shortly after midnight", told on the day (or after "early
            # Tuesday", the day itself): the midnight that began the reference day, not
            # the one still to come at its end (but "agreed to a truce starting at
            # midnight" looks ahead to it).
            clock = "00:00"
    else:
        clock = _clock_of(meaning)
        if clock is None:
            return None
    return Resolution(
        f"{day.value}T{clock}", day.anchor, type="TIME", from_narrative=day.from_narrative
    )


def _clock_of(meaning: Meaning) -> str | None:
    """The 24-hour clock of an hour, its minutes and its half of the day ("3:30 p.m."
    15:30); None for no such time."""
    hour = int(meaning["hour"])
    minute = int(meaning.get("minute") or 0)
    half = meaning.get("ampm")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _is_reference_day(value: str, ctx: Context) -> bool:
    return ctx.reference is not None and value == ctx.reference.isoformat()


def resolve_clock_offset(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "half past nine", "a quarter to six", "eighteen minutes past noon": minutes
    counted from or to an hour."""
    minutes = (
        30 if meaning.get("half") else 15 if meaning.get("quarter") else meaning.get("minutes")
    )
    if minutes is None or not 0 < int(minutes) < 60:
        return None
    # "noon" and "midnight" name their hour ("12:00", "24:00"); the others are on a
    # 12-hour clock.
    said = int(str(meaning["part"])[:2]) if meaning.get("part") else int(meaning["hour"])
    counted = int(meaning["toward"]) * int(minutes)
    hour, minute = divmod((said * 60 + counted) % (_HOURS_OF_DAY * 60), 60)
    if hour == 0 and not meaning.get("part"):
        hour = 12  # "a quarter to one"
    return resolve_time({**meaning, "part": None, "hour": hour, "minute": minute}, ctx)


# What a time's meaning may name its day by ("Friday", "May 3", "tomorrow", "the next",
# "on Election Day").
_DAY_NAMING_KEYS = (
    "weekday",
    "day",
    "day_offset",
    "month",
    "year",
    "story_day_shift",
    "of_story",
    "holiday",
)


def names_its_day(meaning: Meaning) -> bool:
    """Whether a time's words name its day, or it takes one from its context."""
    return any(meaning.get(key) is not None for key in _DAY_NAMING_KEYS)


def resolve_numeric_date(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "05/20/2021" (US month first; day first when the first number cannot be a month)."""
    year, first, second = int(meaning["year"]), int(meaning["first"]), int(meaning["second"])
    if year < 100:
        year += 2000 if year < 40 else 1900
    month, day = (first, second) if meaning.get("order") != "dmy" else (second, first)
    if month > 12 and meaning.get("order") == "mdy":
        month, day = day, month
    if not dates.valid_day(year, month, day):
        return None
    return Resolution(f"{year:04d}-{month:02d}-{day:02d}")


def resolve_iso_datetime(meaning: Meaning, ctx: Context) -> Resolution:
    text = str(meaning["text"]).replace(" ", "T")
    return Resolution(text, type="TIME")


def resolve_set_every(meaning: Meaning, ctx: Context) -> Resolution:
    """ "every four years": the period of a duration, repeated."""
    period = resolve_duration(meaning, ctx).value
    return Resolution(period, type="SET", quant="EVERY")


def resolve_set_weekday(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "every Monday" (XXXX-WXX-1), "Friday nights", "11 a.m. every Sunday"
    (XXXX-WXX-7T11:00), "the second Tuesday of each month" (XXXX-XX-WXX-2: a weekday of
    every month)."""
    clock = _clock_of(meaning) if meaning.get("hour") else meaning.get("part")
    if meaning.get("hour") and clock is None:
        return None
    part = f"T{clock}" if clock else ""
    month = "XX-" if meaning.get("monthly") else ""
    value = f"XXXX-{month}WXX-{int(meaning['weekday'])}{part}"
    return Resolution(value, type="SET", quant=meaning.get("quant"))


def resolve_set_holiday(meaning: Meaning, ctx: Context) -> Resolution:
    """ "every Christmas": its month and day, if fixed; a movable feast is some day."""
    spec = str(meaning["holiday"])
    day = spec if re.fullmatch(r"\d\d-\d\d", spec) else "XX-XX"
    return Resolution(f"XXXX-{day}", type="SET", quant=meaning.get("quant"))


def resolve_set_day_part(meaning: Meaning, ctx: Context) -> Resolution:
    return Resolution(f"XXXX-XX-XXT{meaning['part']}", type="SET", quant=meaning.get("quant"))


def resolve_set_month(meaning: Meaning, ctx: Context) -> Resolution:
    day = f"-{int(meaning['day']):02d}" if meaning.get("day") is not None else ""
    value = f"XXXX-{int(meaning['month']):02d}{day}"
    return Resolution(value, type="SET", quant=meaning.get("quant"))


def resolve_spoken_year(meaning: Meaning, ctx: Context) -> Resolution:
    """ "nineteen ninety-six", "two thousand", "January nineteen ninety-seven": a year
    said in words, with the month or season it may follow."""
    rest = meaning.get("teen") or (meaning.get("tens") or 0) + (meaning.get("digit") or 0)
    year = f"{int(meaning['century']) * 100 + int(rest):04d}"
    if meaning.get("month") is not None:
        return Resolution(f"{year}-{int(meaning['month']):02d}")
    if meaning.get("season") is not None:
        return Resolution(f"{year}-{meaning['season']}")
    return Resolution(year)


def resolve_name(meaning: Meaning, ctx: Context) -> Resolution | None:
    """A name that holds a time word ("the Good Friday Agreement", "Flight 1549", "the
    Sunday Times") is no expression: the rule that finds it only keeps the words inside
    it from being matched."""
    return None


def resolve_in_amount(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "in three days" is a date ahead in a future clause ("will be announced in three
    days") and a duration otherwise ("was built in three years")."""
    if ctx.tense == "future":
        return resolve_ago({**meaning, "direction": 1}, ctx)
    unit = _DURATION_LETTER[meaning["unit"]]
    return resolve_duration({"amount": meaning.get("amount"), "unit": unit}, ctx)


_DURATION_LETTER = {
    "day": "D",
    "fortnight": "2W",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}


def resolve_same_unit_of_year(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "down 42% from the same week in 2021": the week (month, quarter) the story is in,
    of the year written; "the same period" of a quarterly report is its quarter."""
    unit = str(meaning["unit"])
    if meaning.get("of_reference") and ctx.reference is not None:
        # "on this day in 1963": the reference's day, of that year.
        value = shift_by_unit(ctx.reference, unit, 0)
    elif unit == "quarter" and ctx.quarter:
        value = ctx.quarter
    elif (story_period := _story_period(unit, ctx)) is not None:
        # "exports rose in September from the same month of 2004": the story's month.
        value = story_period
    elif ctx.reference is not None:
        value = shift_by_unit(ctx.reference, unit, 0)
    else:
        return Resolution(_UNDERSPECIFIED[unit])
    return Resolution(f"{int(meaning['year']):04d}{value[4:]}")


# How many months either side of the reference a weekday with a day of the month
# ("Thursday the twelfth") is looked for.
_WEEKDAY_DAY_MONTHS = 14


def resolve_weekday_day(meaning: Meaning, ctx: Context) -> Resolution | None:
    """ "Thursday the twelfth", "Monday the 3rd": the nearest such day, in the direction of
    the tense when there is one."""
    weekday, day = int(meaning["weekday"]), int(meaning["day"])
    ref = ctx.reference
    if ref is None:
        return Resolution(_UNDERSPECIFIED["day"])
    candidates = []
    for offset in range(-_WEEKDAY_DAY_MONTHS, _WEEKDAY_DAY_MONTHS + 1):
        first = dates.shift_months(ref.replace(day=1), offset)
        if dates.valid_day(first.year, first.month, day):
            candidate = first.replace(day=day)
            if candidate.isoweekday() == weekday:
                candidates.append(candidate)
    direction = _direction(ctx.tense)
    sided = [c for c in candidates if direction == 0 or (c - ref).days * direction >= 0]
    return Resolution(_nearest(sided or candidates, ref).isoformat()) if candidates else None


# The kinds of meaning the rules of a language may use, and who resolves each.
RESOLVERS: dict[str, Resolver] = {
    "date": resolve_date,
    "relative": resolve_relative,
    "ago": resolve_ago,
    "same_unit_of_year": resolve_same_unit_of_year,
    "shifted": resolve_shifted,
    "weekday": resolve_weekday_meaning,
    "weekday_day": resolve_weekday_day,
    "season_relative": resolve_season_relative,
    "reference": resolve_reference,
    "duration": resolve_duration,
    "set": resolve_set,
    "decade": resolve_decade,
    "century": resolve_century,
    "holiday": resolve_holiday,
    "quarter_reference": resolve_quarter_reference,
    "narrative": resolve_narrative_day,
    "time": resolve_time,
    "in_amount": resolve_in_amount,
    "set_month": resolve_set_month,
    "spoken_year": resolve_spoken_year,
    "set_every": resolve_set_every,
    "set_weekday": resolve_set_weekday,
    "set_holiday": resolve_set_holiday,
    "set_day_part": resolve_set_day_part,
    "numeric_date": resolve_numeric_date,
    "clock_offset": resolve_clock_offset,
    "iso_datetime": resolve_iso_datetime,
    "name": resolve_name,
}


def resolve(meaning: Meaning, ctx: Context) -> Resolution | None:
    return RESOLVERS[meaning["kind"]](meaning, ctx)
