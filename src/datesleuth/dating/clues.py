"""Clues: what each piece of an article says about its writing date W.

Every clue is a constraint ``W in one of these day intervals`` with a weight, tied to a
span of the article that a person can check. The tagged expressions are read without
trusting any reference date: an expression relative to the writing date ("next week",
"May 20" without a year, "on Wednesday") is used through its ``anchor``, so that each
candidate W is tested on its own terms.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from datesleuth.dating.calendar import (
    DAY,
    OPEN_FUTURE,
    OPEN_PAST,
    iso_week_span,
    month_day_exists,
    month_span,
    safe_date,
    solving_range,
    universe_end,
    value_span,
)
from datesleuth.dating.claimed import MONTHS, WEEKDAYS, Claim
from datesleuth.dating.language import dating_language
from datesleuth.dating.offsets import DayMarks, MonthDay
from datesleuth.dating.solver import Constraint, Interval
from datesleuth.tagging.dates import shift_months
from datesleuth.tagging.engine import get_tagger
from datesleuth.types import Timex

# --- Weights: how far each kind of clue is trusted (a strong clue outweighs two weak
# ones that disagree with it; misdating needs the weight of strong clues, see verdict).
# A date reported in the past tense: the event happened before the writing.
WEIGHT_PAST_DATE = 2.0
# A scheduled event in the future tense: the writing came before it.
WEIGHT_FUTURE_DATE = 1.5
# A date in the present tense or without a tense: usually recent, sometimes upcoming
# (a weak clue, see ``_absolute_clue``).
WEIGHT_UNTENSED_DATE = 1.0
# "May 20" without a year: news only writes those for dates within months of W.
WEIGHT_MONTH_DAY = 1.5
# "Wednesday, May 12": the weekday picks the years, a strong and rarely wrong clue.
WEIGHT_MONTH_DAY_WEEKDAY = 3.0
# "in March" without a year, in the past tense.
WEIGHT_MONTH = 1.0
# "on Wednesday" in the past tense: most such mentions are of the last few days.
WEIGHT_WEEKDAY = 0.5
# A relative expression ("next week") tied to a nearby date ("on May 20").
WEIGHT_RELATIVE_PAIR = 1.5
# The latest past date a news text names is often not long before it was written (a weak
# clue: wire news names the current year in under half of its stories).
WEIGHT_RECENCY = 1.0
# "MOSCOW, May 13 (Reuters) -": the article's own statement of its day of writing. In
# Reuters-21578 the dateline gives the transmission day 97% of the time and a day next
# to it 3%: decisive on its own about the day (not the year). Days run from the day
# before to the day after.
WEIGHT_DATELINE = 4.0
DATELINE_SLACK = dt.timedelta(days=1)
# "US President Joe Biden": a titled office holder is a strong clue...
WEIGHT_OFFICE_TITLED = 2.5
# ... a bare surname ("Biden said") is weaker: people stay in the news after office.
WEIGHT_OFFICE_UNTITLED = 1.0
# "former President", "then-President": the term had ended.
WEIGHT_OFFICE_FORMER = 2.0
# "President-elect": the term had not begun.
WEIGHT_OFFICE_FUTURE = 2.0
# "COVID-19", "Brexit": a name news could not write before a known day. As sure as a
# past date, but one name weighs the same however often it recurs.
WEIGHT_ERA = WEIGHT_PAST_DATE

# News is mostly written near the dates it names: within this long after a past one,
# before an upcoming one (for the most likely day only, each hint worth this much).
NEAR_PAST = dt.timedelta(days=365)
NEAR_FUTURE = dt.timedelta(days=730)
WEIGHT_NEAR_HINT = 0.3

# --- Windows.
# A month-day without a year lies within this many months of W...
MONTH_DAY_WINDOW_MONTHS = 6
# ... or, for an upcoming one, this many ("on July 1" written at Christmas).
MONTH_DAY_AHEAD_MONTHS = 9
# A month-day's tense is the clause's, and reported plans are in the past tense ("said
# the talks would open on May 3"): the window reaches this far to the other side.
MONTH_DAY_TENSE_SLACK_DAYS = 31
_TENSE_SLACK = dt.timedelta(days=MONTH_DAY_TENSE_SLACK_DAYS)
# "in March" in the past tense: the last March, less than a year before W.
MONTH_WINDOW_MONTHS = 12
# "on Wednesday" in the past tense: W is 0 to 3 days after that weekday.
WEEKDAY_MAX_DAYS_AFTER = 3
# "on Friday" in the future tense: W is 0 to this many days before that weekday.
UPCOMING_WEEKDAY_MAX_DAYS_BEFORE = 3
# A past year or month may be the coming one in reported speech ("funding for 2006 must
# be found", written in November 2005), an upcoming one the last ("growth will beat
# 1986's", written in March 1987): the bound a period gives is loosened by this much
# (half a year left a twentieth of the estimates of wire news wrong).
PAST_PERIOD_SLACK_MONTHS = 12
# A date in the present tense or without tense may be up to a year ahead of W
# ("the 2022 budget", written late in 2021).
UNTENSED_LEAD_MONTHS = 12
# A title is still written in the days after a term ends, in the story of its end
# ("Chancellor of the Exchequer Nigel Lawson resigned").
OFFICE_END_SLACK = dt.timedelta(days=14)
# "President-elect" is said in the months between an election and the inauguration.
ELECT_WINDOW_MONTHS = 12
# Recency: W falls within this many months after the end of the latest past date named.
RECENCY_MONTHS = 12
# ... and most often between its start and this many days after its end (wire news
# names the past year more often than the current one: the writing falls in the months
# after the latest, or still within a period named as past: "exports rose in 1987").
RECENCY_LIKELY_GAP = dt.timedelta(days=365)
# "next week" is paired with an upcoming date at most this many paragraphs away (news
# paragraphs are short: the date of the event often comes two paragraphs later).
PAIR_MAX_PARAGRAPHS = 3
# The English words around dates (en.yaml): cues of tense, ranges, lists.
_LANGUAGE = dating_language()
# A weekday written right before a month-day ("Wednesday, May 12") belongs to it.
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY_NAMES}){_LANGUAGE.weekday_to_day}$", re.I)
# How far back a cue is looked for: a few words, within the same clause.
_CUE_WORDS = 5
_CUE_REACH = 60
_SENTENCE_BREAK = re.compile(r"[.!?;:\n]\s")
_YEARS_ONLY = re.compile(r"^(?:1[89]|20)\d\d(?:\s*[-–—/]\s*(?:1[89]|20)?\d\d)?$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'-]*)")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'-]*)[ \t]+$")
# A month or day value, and a year as a text writes it ("1997", "'97").
_MONTH_VALUE = re.compile(r"^\d{4}-(\d\d)(?:-(\d\d))?$")
_STATED_YEAR = re.compile(r"\d{4}|'\d\d|’\d\d")
_MONTH_DAY_ANCHOR = re.compile(r"^(?:MD|HOLIDAY):(\d\d)-(\d\d)$")
_UNIT_ANCHOR = re.compile(r"^(DAY|WEEK|MONTH|YEAR)([+-]\d+)$")


class Office(Protocol):
    @property
    def office_id(self) -> str: ...
    @property
    def role(self) -> str: ...


class Term(Protocol):
    @property
    def office(self) -> Office: ...
    @property
    def name(self) -> str: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date | None: ...


class Spanned(Protocol):
    """A stretch of the text: a tagged expression or a knowledge mention."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class OfficeMention(Spanned, Protocol):
    """What the office-holder knowledge reports (see ``knowledge.mentions``)."""

    @property
    def term(self) -> Term: ...
    @property
    def status(self) -> str: ...
    @property
    def titled(self) -> bool: ...


class Era(Protocol):
    """A name news cannot write before a known day (see ``knowledge.eras``)."""

    @property
    def name(self) -> str: ...
    @property
    def since(self) -> dt.date: ...
    @property
    def event(self) -> str: ...


class EraMention(Spanned, Protocol):
    @property
    def era(self) -> Era: ...


@dataclass(frozen=True)
class WeekdayWindow:
    """W lies ``min_after``..``max_after`` days after some ``weekday`` (ISO, 1 = Monday)."""

    weekday: int
    min_after: int
    max_after: int

    def intervals(self, lower: dt.date, upper: dt.date) -> tuple[Interval, ...]:
        first = lower - dt.timedelta(days=(lower.isoweekday() - self.weekday) % 7 + 7)
        spans = []
        # An upcoming weekday's window opens before it (``min_after`` below zero).
        while first + dt.timedelta(days=self.min_after) <= upper:
            spans.append(
                (first + dt.timedelta(days=self.min_after), first + dt.timedelta(self.max_after))
            )
            first += dt.timedelta(days=7)
        return tuple(spans)


Days = tuple[Interval, ...] | WeekdayWindow


def days_between(days: Days, lower: dt.date, upper: dt.date) -> tuple[Interval, ...]:
    """The intervals of ``days``: a weekly window spelt out between ``lower`` and ``upper``,
    fixed intervals as they are (not clipped)."""
    if isinstance(days, WeekdayWindow):
        return days.intervals(lower, upper)
    return days


@dataclass(frozen=True)
class Hint:
    """A day the writing most often falls on given a clue (for the most likely day)."""

    days: Days
    weight: float


@dataclass(frozen=True)
class Clue:
    """One constraint on W with the span of text it comes from."""

    text: str
    start: int
    end: int
    kind: str
    weight: float
    days: Days
    explanation: str
    hints: tuple[Hint, ...] = ()
    # A weak clue is right too seldom to narrow the estimate on its own: it only chooses
    # between otherwise equally supported periods and favours the most likely day.
    weak: bool = False
    # The month-day without a year the clue reads, when its tense says past or upcoming.
    month_day: MonthDay | None = None

    @property
    def weekly(self) -> bool:
        return isinstance(self.days, WeekdayWindow)

    def constraint(self, lower: dt.date, upper: dt.date) -> Constraint:
        return Constraint(days_between(self.days, lower, upper), self.weight)


def day_marks(clues: Iterable[Clue]) -> DayMarks:
    """The bare weekdays and month-days of the clues, to test a claimed day with."""
    clues = list(clues)

    def weekdays(kind: str) -> frozenset[int]:
        return frozenset(
            c.days.weekday for c in clues if c.kind == kind and isinstance(c.days, WeekdayWindow)
        )

    return DayMarks(
        weekdays("weekday"),
        frozenset(c.month_day for c in clues if c.month_day is not None),
        weekdays("upcoming-weekday"),
    )


def build_clues(
    text: str,
    timexes: Sequence[Timex],
    mentions: Sequence[OfficeMention] = (),
    claim: Claim | None = None,
    eras: Sequence[EraMention] = (),
) -> list[Clue]:
    """Every clue the content gives about its writing date (header lines left out)."""
    excluded = claim.excluded if claim else ()
    usable = _reconcile_tenses(
        _listed_upcoming(
            text,
            [
                _with_future_cue(text, _without_unstated_year(t))
                for t in timexes
                if not _inside(t, excluded) and t.anchor_source != "narrative"
            ],
        )
    )
    paragraphs = _paragraph_starts(text)
    clues: list[Clue] = []
    for timex in usable:
        clue = _timex_clue(text, timex)
        if clue is not None:
            clues.append(clue)
    dates = _absolute_dates(text, usable)
    clues.extend(clue for dated in dates if (clue := _absolute_clue(dated)) is not None)
    recency = _recency_clue(dates)
    if recency is not None:
        clues.append(recency)
    clues.extend(_relative_pairs(text, usable, paragraphs))
    clues.extend(_office_clues(text, mentions))
    clues.extend(_era_clues([m for m in eras if not _inside(m, excluded)]))
    if claim is not None and claim.dateline_month_day and claim.dateline_span:
        clues.append(_dateline_clue(text, *claim.dateline_month_day, claim.dateline_span))
    return _without_repeats(clues)


def _without_unstated_year(timex: Timex) -> Timex:
    """ "a December report", "on 3/15": the tagger may pick a year the text does not
    state; the engine tests every year itself, so such a date is read without one."""
    match = _MONTH_VALUE.match(timex.value)
    if timex.anchor or match is None or _STATED_YEAR.search(timex.text):
        return timex
    month, day = match[1], match[2]
    return replace(timex, anchor=f"MD:{month}-{day}" if day else f"M:{month}")


def _with_future_cue(text: str, timex: Timex) -> Timex:
    """A date right after "will", "due", "until"... is upcoming, whatever the verb; one
    of a fiscal year has no tense of its own.

    Reported speech puts plans in the past tense ("said talks would resume on July 1",
    "contracted until June 2007"): the clause's tense is the reporting verb's.
    """
    anchor = timex.anchor or ""
    if timex.tense == "future" or not (anchor == "" or anchor.startswith(("MD:", "M:", "WD:"))):
        return timex
    if _LANGUAGE.fiscal.search(text, max(0, timex.start - _CUE_REACH), timex.start):
        return replace(timex, tense=None)
    return replace(timex, tense="future") if _has_future_cue(text, timex) else timex


def _has_future_cue(text: str, timex: Timex) -> bool:
    clause = _SENTENCE_BREAK.split(text[max(0, timex.start - _CUE_REACH) : timex.start])[-1]
    words = re.findall(r"[\w'’-]+", clause.lower())[-_CUE_WORDS:]
    before = bool(words) and words[-1] in _LANGUAGE.future_prepositions
    after = _LANGUAGE.next_after.match(text, timex.end) is not None
    return bool(_LANGUAGE.future_cues.intersection(words)) or before or after


def _listed_upcoming(text: str, timexes: list[Timex]) -> list[Timex]:
    """An absolute date listed right after an upcoming one is upcoming too."""
    shared: list[Timex] = []
    for timex in timexes:
        previous = shared[-1] if shared else None
        if (
            previous is not None
            and previous.tense == "future"
            and not (previous.anchor or timex.anchor)
            and _LANGUAGE.list_join.match(text[previous.end : timex.start])
        ):
            timex = replace(timex, tense="future")
        shared.append(timex)
    return shared


def _reconcile_tenses(timexes: list[Timex]) -> list[Timex]:
    """A month-day named once as upcoming and once in a past clause is upcoming.

    "agreed to meet on the sidelines of the May 20 session": the past tense belongs to
    the reporting verb, not to the event, which another sentence says "is scheduled".
    """
    upcoming = {t.anchor for t in timexes if t.anchor and t.tense in ("present", "future")}
    return [
        replace(t, tense=None)
        if t.tense == "past" and t.anchor in upcoming and t.anchor.startswith("MD:")
        else t
        for t in timexes
    ]


def _inside(item: Spanned, spans: Iterable[tuple[int, int]]) -> bool:
    return any(first <= item.start and item.end <= last for first, last in spans)


def _without_repeats(clues: list[Clue]) -> list[Clue]:
    """One clue per distinct constraint, the strongest mention of it, in text order.

    A date repeated ten times is still one fact: counting it ten times would let one
    mis-tagged expression outvote everything else.
    """
    strongest: dict[tuple[str, Days], Clue] = {}
    for clue in clues:
        key = (clue.kind, clue.days)
        if key not in strongest or clue.weight > strongest[key].weight:
            strongest[key] = clue
    return sorted(strongest.values(), key=lambda clue: (clue.start, clue.end))


# --- Dates -------------------------------------------------------------------------


def _timex_clue(text: str, timex: Timex) -> Clue | None:
    """The clue of an expression relative to the writing date (month-day, month, weekday)."""
    anchor = timex.anchor or ""
    if timex.type not in ("DATE", "TIME"):  # "late Wednesday" is a TIME
        return None
    month_day = _month_day_of(anchor)
    if month_day is not None:
        return _month_day_clue(text, timex, anchor, *month_day)
    if anchor.startswith("M:"):
        return _month_clue(timex, int(anchor[2:]))
    if anchor.startswith("WD:"):
        return _weekday_clue(timex, int(anchor[3:]))
    return None


@dataclass(frozen=True)
class _Dated:
    """An absolute date or range of the text, with the days it covers."""

    timex: Timex
    text: str
    start: int
    end: int
    first: dt.date
    last: dt.date
    # A year naming an event ("the 2008 Olympics", "Euro 2004"): its clause's tense
    # says nothing about when the event is.
    attributive: bool = False
    # A word right before it says it is upcoming ("will", "due", "until").
    cued: bool = False


def _absolute_dates(text: str, timexes: Sequence[Timex]) -> list[_Dated]:
    """Absolute dates in text order, two joined by a dash, "to" or "between ... and" read
    as one range."""
    dated: list[_Dated] = []
    for timex in timexes:
        span = value_span(timex.value) if timex.type in ("DATE", "TIME") else None
        if timex.anchor or span is None:
            continue
        previous = dated[-1] if dated else None
        if (
            previous is not None
            and _joins_range(text, previous.start, previous.end, timex.start)
            and span[1] >= previous.first
        ):
            dated[-1] = _Dated(
                previous.timex,
                text[previous.start : timex.end],
                previous.start,
                timex.end,
                previous.first,
                max(previous.last, span[1]),
            )
        else:
            dated.append(_Dated(timex, timex.text, timex.start, timex.end, *span))
    return [
        replace(d, attributive=_names_event(text, d), cued=_has_future_cue(text, d.timex))
        for d in dated
    ]


def _joins_range(text: str, first_start: int, first_end: int, second_start: int) -> bool:
    """ "2021-2023", "1998 to 2001", "between 1986 and 1988": two dates make one range."""
    gap = text[first_end:second_start]
    if _LANGUAGE.range_join.match(gap):
        return True
    return bool(
        _LANGUAGE.and_join.match(gap)
        and _LANGUAGE.between.search(text, max(0, first_start - 10), first_start)
    )


def _names_event(text: str, dated: _Dated) -> bool:
    """A bare year (or range of years) used as a modifier: "the 2007-2013 budget"."""
    if not _YEARS_ONLY.match(dated.text):
        return False
    following = _NEXT_WORD.match(text, dated.end)
    preceding = _PREVIOUS_WORD.search(text, max(0, dated.start - _CUE_REACH), dated.start)
    return bool(
        (following and following[1].lower() not in _LANGUAGE.function_words)
        or (
            preceding
            and preceding[1][0].isupper()
            and preceding[1] not in _LANGUAGE.sentence_openers
        )
    )


def _absolute_clue(dated: _Dated) -> Clue | None:
    first, last = dated.first, dated.last
    tense = dated.timex.tense
    if dated.attributive:
        return _event_year_clue(dated)
    if tense == "past":
        if first > universe_end():
            return None  # a past event in the future is a tagging error
        lower = first if first == last else shift_months(first, -PAST_PERIOD_SLACK_MONTHS)
        return _clue(
            dated,
            "past-date",
            WEIGHT_PAST_DATE,
            ((lower, OPEN_FUTURE),),
            f"reported as past: written on or after {lower.isoformat()}",
            (*_day_after_hint(first, last), _near_hint(last, last + NEAR_PAST)),
        )
    if tense == "future":
        upper = last if first == last else shift_months(last, PAST_PERIOD_SLACK_MONTHS)
        clue = _clue(
            dated,
            "future-date",
            WEIGHT_FUTURE_DATE,
            ((OPEN_PAST, upper),),
            f"announced as upcoming: written on or before {upper.isoformat()}",
            (_near_hint(first - NEAR_FUTURE, first),),
        )
        # A future clause without a word that makes the date itself upcoming is often a
        # comparison with the past ("will beat the 1986 record"): a weak clue.
        return replace(clue, weak=not dated.cued)
    lower = shift_months(first, -UNTENSED_LEAD_MONTHS)
    if lower > universe_end():
        return None
    clue = _clue(
        dated,
        "date",
        WEIGHT_UNTENSED_DATE,
        ((lower, OPEN_FUTURE),),
        f"a date named without past or future: mostly written on or after {lower.isoformat()}",
        (*_day_after_hint(first, last), _near_hint(first - NEAR_FUTURE, last + NEAR_PAST)),
    )
    # The present tense states schedules years ahead ("the bond matures in 1993"): wrong
    # for about one such date in ten, too often to narrow the estimate.
    return replace(clue, weak=True)


def _event_year_clue(dated: _Dated) -> Clue | None:
    """ "the 2020 election": usually near W, but as often ahead as behind it (weak)."""
    lower = shift_months(dated.first, -UNTENSED_LEAD_MONTHS)
    if lower > universe_end():
        return None
    return replace(
        _clue(
            dated,
            "event-year",
            WEIGHT_UNTENSED_DATE,
            ((lower, OPEN_FUTURE),),
            f"a year naming an event: mostly written on or after {lower.isoformat()}",
        ),
        weak=True,
    )


def _recency_clue(dates: Sequence[_Dated]) -> Clue | None:
    """News reports the recent past: W is soon after the latest past date it names.

    Present-tense dates are left out: they are as often plans ("the 2021-2023 term").
    """
    today = universe_end()
    past = [d for d in dates if d.timex.tense in ("past", None) and d.last <= today]
    if not past:
        return None
    latest = max(past, key=lambda d: d.last)
    bound = shift_months(latest.last, RECENCY_MONTHS)
    likely = ((latest.first, latest.last + RECENCY_LIKELY_GAP),)
    return replace(
        _clue(
            latest,
            "recency",
            WEIGHT_RECENCY,
            ((OPEN_PAST, bound),),
            f"the latest past date named: news is mostly written by {bound.isoformat()}",
            (Hint(likely, WEIGHT_RECENCY),),
        ),
        weak=True,
    )


def _near_hint(first: dt.date, last: dt.date) -> Hint:
    return Hint(((first, last),), WEIGHT_NEAR_HINT)


def _day_after_hint(first: dt.date, last: dt.date) -> tuple[Hint, ...]:
    """Day-precise past dates are mostly reported the day after (or the same day)."""
    if first != last:
        return ()
    return (Hint(((last + DAY, last + DAY),), 0.5), Hint(((last, last),), 0.3))


def _candidate_years() -> range:
    first, last = solving_range()
    return range(first.year, last.year + 2)


def _month_day_of(anchor: str) -> tuple[int, int] | None:
    """The month and day of a "MD:05-20" anchor or of a fixed-date holiday ("HOLIDAY:12-25")."""
    match = _MONTH_DAY_ANCHOR.match(anchor)
    if match is None or not month_day_exists(int(match[1]), int(match[2])):
        return None
    return int(match[1]), int(match[2])


def _occurrences(month: int, day: int, weekday: int | None = None) -> list[dt.date]:
    """The days of a month-day in the candidate years, on ``weekday`` (ISO) if one is given."""
    found = (safe_date(year, month, day) for year in _candidate_years())
    return [d for d in found if d is not None and (weekday is None or d.isoweekday() == weekday)]


def _month_day_clue(text: str, timex: Timex, anchor: str, month: int, day: int) -> Clue | None:
    weekday = _stated_weekday(text, timex)
    candidates = _occurrences(month, day, weekday)
    if not candidates:
        return None
    window = MONTH_DAY_WINDOW_MONTHS
    if timex.tense == "past":
        intervals = tuple((d - _TENSE_SLACK, shift_months(d, window)) for d in candidates)
        how = f"a past {_month_day(month, day)}: written in the {window} months after it"
    elif timex.tense == "future":
        ahead = MONTH_DAY_AHEAD_MONTHS
        intervals = tuple((shift_months(d, -ahead), d + _TENSE_SLACK) for d in candidates)
        how = f"an upcoming {_month_day(month, day)}: written in the {ahead} months before it"
    elif weekday is not None:
        intervals = tuple((shift_months(d, -window), shift_months(d, window)) for d in candidates)
        how = f"{_month_day(month, day)} without a year: written within {window} months of it"
    else:
        return None  # within months of some year's May 20: true of every day
    if weekday is not None:
        how += f"; its weekday fits the years {_year_list(candidates)}"
    weight = WEIGHT_MONTH_DAY_WEEKDAY if weekday is not None else WEIGHT_MONTH_DAY
    hints = tuple(Hint(((d, d + DAY),), 0.4) for d in candidates) if timex.tense == "past" else ()
    clue = _clue(timex, "month-day", weight, intervals, how, hints)
    # "Christmas" is as often the feast in general as a dated event: a weak clue.
    holiday = anchor.startswith("HOLIDAY:") and weekday is None
    mark = None
    if timex.tense in ("past", "future") and not holiday:
        mark = MonthDay(month, day, upcoming=timex.tense == "future")
    return replace(clue, weak=holiday, month_day=mark)


def _stated_weekday(text: str, timex: Timex) -> int | None:
    """The weekday written with a month-day ("Wednesday, May 12"), if any."""
    words = re.findall(r"[A-Za-z]+", timex.text)
    for word in words:
        if word.lower() in WEEKDAYS and len(word) > 3:
            return WEEKDAYS[word.lower()]
    before = _WEEKDAY_BEFORE.search(text[max(0, timex.start - 15) : timex.start])
    return WEEKDAYS[before.group(1).lower()] if before else None


def _month_day(month: int, day: int) -> str:
    return f"{day} {calendar.month_name[month]}"


def _year_list(days: Sequence[dt.date]) -> str:
    years = [str(d.year) for d in days]
    return ", ".join(years) if len(years) <= 6 else ", ".join([*years[:3], "...", *years[-2:]])


def _month_clue(timex: Timex, month: int) -> Clue | None:
    if timex.tense != "past" or not 1 <= month <= 12:
        return None
    window = MONTH_WINDOW_MONTHS
    starts = [month_span(year, month)[0] for year in _candidate_years()]
    intervals = tuple((first, shift_months(first, window) - DAY) for first in starts)
    name = calendar.month_name[month]
    return _clue(
        timex,
        "month",
        WEIGHT_MONTH,
        intervals,
        f"a past {name} without a year: written within {window} months after it began",
    )


def _weekday_clue(timex: Timex, weekday: int) -> Clue | None:
    if not 1 <= weekday <= 7:
        return None
    name = calendar.day_name[weekday - 1]
    if timex.tense == "future":
        ahead = UPCOMING_WEEKDAY_MAX_DAYS_BEFORE
        return _clue(
            timex,
            "upcoming-weekday",
            WEIGHT_WEEKDAY,
            WeekdayWindow(weekday, -ahead, 0),
            f"an upcoming {name}: written 0-{ahead} days before a {name}",
        )
    return _clue(
        timex,
        "weekday",
        WEIGHT_WEEKDAY,
        WeekdayWindow(weekday, 0, WEEKDAY_MAX_DAYS_AFTER),
        f"a past {name}: written 0-{WEEKDAY_MAX_DAYS_AFTER} days after a {name}",
        (Hint(WeekdayWindow(weekday, 1, 1), 1.0), Hint(WeekdayWindow(weekday, 0, 0), 0.6)),
    )


def _dateline_clue(text: str, month: int, day: int, span: tuple[int, int]) -> Clue:
    dates = _occurrences(month, day)
    return Clue(
        text=text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        kind="dateline",
        weight=WEIGHT_DATELINE,
        days=tuple((d - DATELINE_SLACK, d + DAY) for d in dates),
        explanation=f"the dateline says {_month_day(month, day)}: written that day",
        hints=tuple(Hint(((d, d),), 1.0) for d in dates),
    )


def _clue(
    source: Timex | _Dated,
    kind: str,
    weight: float,
    days: Days,
    explanation: str,
    hints: tuple[Hint, ...] = (),
) -> Clue:
    """A clue read from the text span of an expression or of a date range."""
    return Clue(source.text, source.start, source.end, kind, weight, days, explanation, hints)


# --- Relative expressions tied to dates ----------------------------------------------


def _relative_pairs(text: str, timexes: Sequence[Timex], paragraphs: list[int]) -> list[Clue]:
    """ "next week" + "on May 20": W lies in the week before the week of 20 May."""
    targets = [t for t in timexes if _day_target(t) is not None]
    sentences = _sentence_starts(text)
    clues = []
    for timex in timexes:
        unit_offset = _unit_offset(timex)
        if unit_offset is None:
            continue
        unit, offset = unit_offset
        target = _nearest_target(timex, offset, targets, paragraphs, sentences)
        if target is None:
            continue
        clue = _pair_clue(text, timex, unit, offset, target)
        if clue is not None:
            clues.append(clue)
    return clues


def _unit_offset(timex: Timex) -> tuple[str, int] | None:
    """The unit and offset of "yesterday", "next week", "last month" (no further)."""
    match = _UNIT_ANCHOR.match(timex.anchor or "")
    if match is None or timex.type != "DATE" or match[1] == "YEAR" or abs(int(match[2])) != 1:
        return None  # "today", "this week" and a date nearby are as often two events
    if not _LANGUAGE.deictic.search(timex.text):
        return None  # "the following day", "the previous week" count from another date
    return match[1], int(match[2])


def _day_target(timex: Timex) -> tuple[int, int] | dt.date | None:
    """A day a relative expression can be tied to: a month-day or an absolute day."""
    anchor = timex.anchor or ""
    if anchor:
        return _month_day_of(anchor)
    span = value_span(timex.value)
    return span[0] if span and span[0] == span[1] else None


def _nearest_target(
    timex: Timex,
    offset: int,
    targets: Sequence[Timex],
    paragraphs: list[int],
    sentences: list[int],
) -> Timex | None:
    """The closest date that can be the same day, in the same direction of time.

    An upcoming event ("next week") is often dated paragraphs later in an announcement;
    otherwise the date must be in the same sentence.
    """
    wanted = {1: ("future", "present"), -1: ("past",)}
    here = _index_of(timex.start, paragraphs), _index_of(timex.start, sentences)
    best: Timex | None = None
    for target in targets:
        if target is timex or target.tense not in wanted[offset]:
            continue
        there = _index_of(target.start, paragraphs), _index_of(target.start, sentences)
        near = there[1] == here[1] or (
            offset > 0 and abs(there[0] - here[0]) <= PAIR_MAX_PARAGRAPHS
        )
        if near and (
            best is None or abs(target.start - timex.start) < abs(best.start - timex.start)
        ):
            best = target
    return best


def _pair_clue(text: str, timex: Timex, unit: str, offset: int, target: Timex) -> Clue | None:
    day_target = _day_target(target)
    if isinstance(day_target, dt.date):
        dates = [day_target]
    elif day_target is not None:
        dates = _occurrences(*day_target, _stated_weekday(text, target))
    else:
        return None
    intervals = tuple(span for d in dates if (span := _writing_days(unit, offset, d)))
    if not intervals:
        return None
    first, last = sorted((timex, target), key=lambda t: t.start)
    return Clue(
        text=f"{first.text} … {last.text}",
        start=first.start,
        end=last.end,
        kind="relative-pair",
        weight=WEIGHT_RELATIVE_PAIR,
        days=intervals,
        explanation=f'"{timex.text}" refers to {target.text}: {_pair_meaning(unit, offset)}',
        # Past dates near "yesterday" or "last week" are mostly other events ("the pound
        # rose from 1.57 yesterday and 1.54 February 23"): such a pairing only favours
        # days; an announcement's "next week" mostly names the date of the event.
        weak=offset < 0,
    )


def _writing_days(unit: str, offset: int, target: dt.date) -> Interval | None:
    """The days W for which ``unit``+``offset`` from W falls on ``target``."""
    if unit == "DAY":
        day = target - dt.timedelta(days=offset)
        return day, day
    if unit == "WEEK":
        return iso_week_span(target - dt.timedelta(weeks=offset))
    if unit == "MONTH":
        return month_span(target.year, target.month - offset)
    return None


def _pair_meaning(unit: str, offset: int) -> str:
    """ "written 1 week before it": offsets are -1 or +1 (see ``_unit_offset``)."""
    direction = "before" if offset > 0 else "after"
    return f"written 1 {unit.lower()} {direction} it"


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in re.finditer(r"\n\s*\n", text)]


def _sentence_starts(text: str) -> list[int]:
    return [0, *get_tagger().tense.sentences.ends(text)]  # as the tagger splits


def _index_of(offset: int, starts: list[int]) -> int:
    """Which paragraph or sentence (given their start offsets) holds ``offset``."""
    return bisect.bisect_right(starts, offset) - 1


# --- Office holders ----------------------------------------------------------------------


def _office_clues(text: str, mentions: Sequence[OfficeMention]) -> list[Clue]:
    """One clue per mention span: its alternative terms are a union of intervals."""
    by_span: dict[tuple[int, int, str], list[OfficeMention]] = {}
    for mention in mentions:
        if _name_goes_on(text, mention.end):
            continue
        by_span.setdefault((mention.start, mention.end, mention.status), []).append(mention)
    clues = []
    for group in by_span.values():
        clue = _office_clue(group)
        if clue is not None:
            clues.append(clue)
    return clues


def _office_clue(group: Sequence[OfficeMention]) -> Clue | None:
    first = group[0]
    intervals: list[Interval] = []
    for mention in group:
        term = mention.term
        if first.status == "former" and term.end is not None:
            intervals.append((term.end, OPEN_FUTURE))
        elif first.status == "future":
            intervals.append((shift_months(term.start, -ELECT_WINDOW_MONTHS), term.start))
        elif first.status == "current":
            intervals.append((term.start, term.end + OFFICE_END_SLACK if term.end else OPEN_FUTURE))
    if not intervals:
        return None
    return Clue(
        text=first.text,
        start=first.start,
        end=first.end,
        kind=f"office-{first.status}",
        weight=_office_weight(first),
        days=tuple(intervals),
        explanation=_office_explanation(group),
        weak=first.status == "current" and not first.titled,
    )


def _name_goes_on(text: str, end: int) -> bool:
    """ "Prime Minister Ali Mohamed Gedi": a known name followed by more of a name is
    someone else's name (a weekday or a month after it is not a name)."""
    following = _NEXT_WORD.match(text, end)
    if following is None or not following[1][0].isupper():
        return False
    word = following[1].lower().rstrip(".")
    return word not in WEEKDAYS and word not in MONTHS


def _office_weight(mention: OfficeMention) -> float:
    if mention.status == "former":
        return WEIGHT_OFFICE_FORMER
    if mention.status == "future":
        return WEIGHT_OFFICE_FUTURE
    return WEIGHT_OFFICE_TITLED if mention.titled else WEIGHT_OFFICE_UNTITLED


def _office_explanation(group: Sequence[OfficeMention]) -> str:
    terms = "; ".join(
        f"{m.term.name}, {m.term.office.role} {m.term.start.isoformat()} to "
        f"{m.term.end.isoformat() if m.term.end else 'now'}"
        for m in group
    )
    status = group[0].status
    if status == "former":
        return f"named as former office holder ({terms}): written after the term ended"
    if status == "future":
        return f"named as future office holder ({terms}): written before the term began"
    return (
        f"named as office holder ({terms}): written during the term "
        f"(or in the {OFFICE_END_SLACK.days} days after, while the news of its end runs)"
    )


# --- Names of a time ---------------------------------------------------------------------


def _era_clues(mentions: Sequence[EraMention]) -> list[Clue]:
    """One clue per era named, from its first mention: "COVID-19" said ten times is one
    fact about the writing date."""
    first_of: dict[str, EraMention] = {}
    for mention in mentions:
        first_of.setdefault(mention.era.name, mention)
    return [
        Clue(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            kind="era",
            weight=WEIGHT_ERA,
            days=((mention.era.since, OPEN_FUTURE),),
            explanation=(
                f"news names {mention.era.name} from {mention.era.since.isoformat()} "
                f"({mention.era.event}): written on or after it"
            ),
        )
        for mention in first_of.values()
    ]
