"""From clues to an estimate of the writing date: interval, most likely day, and scores.

The interval is the run of days that satisfies the greatest weight of clues. Weekday
clues hold on every week, so they are only added once the other clues have narrowed
the days to a span where a weekly pattern can say something. Clues that recur every
year ("27 October") may leave the year open: the solution still judges a claim, and
reports an estimate only when the weak clues and hints favour days within two years (a
tentative estimate: open ends, a most likely day). The most likely day follows the
hints: news is written soon after the latest past date it names and before the upcoming
ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from datesleuth.dating.calendar import UNIVERSE_START, solving_range, universe_end
from datesleuth.dating.clues import Clue, Hint, WeekdayWindow, days_between
from datesleuth.dating.solver import (
    Constraint,
    Interval,
    best_regions,
    best_score,
    clip,
    score_on,
    score_steps,
)
from datesleuth.types import Estimate

# Below this best score the strong clues date nothing (a lone weekday says nothing about
# the year): only the weak ones may still point at a year, tentatively.
MIN_ESTIMATE_SCORE = 1.0
# Weekday clues are only used once the other clues leave at most this many days.
WEEKLY_MAX_SPAN_DAYS = 400
# Most likely day without hints and with one open end: this far inside the bounded end
# (news mostly reports what is recent, so the writing is near the latest past event).
OPEN_END_OFFSET = dt.timedelta(days=365)
# Weak clues choose between at most this many equally supported periods (2021, 2022,
# 2023 or 2024); among more (any year since 1968) a choice is a guess: all are kept.
MAX_TIES_TO_BREAK = 5
# Weak clues and hints alone give a most likely day (a tentative estimate) only when the
# days they favour most lie within this span: spread wider, they point at no year.
MAX_GUESS_SPAN = dt.timedelta(days=2 * 365)
# A constraint that outweighs every hint: keeps the most likely day inside the estimate.
_INSIDE_ESTIMATE = 1e6


@dataclass(frozen=True)
class Solution:
    """The solved estimate with what is needed to judge a claim and explain each clue.

    ``clues`` are the clues the estimate used: weekday clues are left out when the other
    clues left too many days for them to matter. A ``tentative`` solution has its year
    from weak clues only: its most likely day is a guess, its interval stays open.
    """

    clues: tuple[Clue, ...]
    regions: tuple[Interval, ...]
    best: float
    most_likely: dt.date
    open_start: bool = True
    open_end: bool = True
    tentative: bool = False

    @property
    def earliest(self) -> dt.date | None:
        """The first day of the estimate, or None when no clue bounds it from below."""
        return None if self.open_start else self.regions[0][0]

    @property
    def latest(self) -> dt.date | None:
        """The last day of the estimate, or None when no clue bounds it from above."""
        return None if self.open_end else self.regions[-1][1]

    @property
    def dates_the_year(self) -> bool:
        """Whether the estimate says anything of the year: not so when the best days recur
        every year from end to end ("months after some 27 October"), which still lets a
        claim be judged."""
        return self.earliest is not None or self.latest is not None

    @property
    def judges_claims(self) -> bool:
        """Whether strong clues stand behind the solution: weak ones alone judge nothing."""
        return any(not clue.weak for clue in self.clues)

    def estimate(self) -> Estimate | None:
        """The estimate to report: None when the content does not date the year, not even
        tentatively."""
        if not (self.dates_the_year or self.tentative):
            return None
        return Estimate(self.earliest, self.latest, self.most_likely)

    def score_on(self, day: dt.date) -> float:
        """The weight of the clues that hold on ``day`` (any day, even outside the universe)."""
        return score_on(_constraints(self.clues, day, day), day)

    def holds_on(self, clue: Clue, day: dt.date) -> bool:
        return clue.constraint(day, day).holds_on(day)


def estimate_writing_date(clues: Sequence[Clue]) -> Solution | None:
    """The days that satisfy the greatest weight of clues, or None when the strong clues
    weigh too little to judge a claim and the weak ones point at no year.

    Weak clues never narrow a period on their own: they only choose between periods that
    the other clues support equally, and favour the most likely day (alone, they give a
    tentative estimate).
    """
    lower, upper = UNIVERSE_START, universe_end()
    hard = [clue for clue in clues if not clue.weak and not clue.weekly]
    weak = [clue for clue in clues if clue.weak]
    wide_lower, wide_upper = solving_range()
    segments = score_steps(_constraints(hard, wide_lower, wide_upper), wide_lower, wide_upper)
    widened = best_regions(segments)
    regions = _break_ties(clip(widened, lower, upper), weak)
    if best_score(segments) < MIN_ESTIMATE_SCORE or not regions:
        return _weak_guess(weak, lower, upper)
    open_start, open_end = widened[0][0] < lower, widened[-1][1] > upper
    used = hard + weak
    weekly = [clue for clue in clues if clue.weekly]
    first, last = regions[0][0], regions[-1][1]
    if weekly and _weekly_can_choose(regions):
        used += weekly
        inside = Constraint(tuple(regions), _INSIDE_ESTIMATE)
        constraints = [inside, *_constraints(hard + weekly, first, last)]
        regions = best_regions(score_steps(constraints, first, last))
    most_likely, favoured = _most_likely(used, regions, open_start, open_end)
    best = score_on(_constraints(used, most_likely, most_likely), most_likely)
    solution = Solution(tuple(used), tuple(regions), best, most_likely, open_start, open_end)
    if not solution.dates_the_year and _points_at_a_year(favoured):
        return replace(solution, tentative=True)
    return solution


def _weekly_can_choose(regions: Sequence[Interval]) -> bool:
    """Whether weekday clues can say something: the days left are few, in one stretch or
    in a few short ones ("8 January" of 2022, 2023 or 2024, which the weekday tells)."""
    if (regions[-1][1] - regions[0][0]).days <= WEEKLY_MAX_SPAN_DAYS:
        return True
    days = sum((last - first).days + 1 for first, last in regions)
    return len(regions) <= MAX_TIES_TO_BREAK and days <= WEEKLY_MAX_SPAN_DAYS


def _weak_guess(weak: Sequence[Clue], lower: dt.date, upper: dt.date) -> Solution | None:
    """Without strong clues, the weak ones may still point at a most likely day ("the
    2006-2007 season", "the bond issued in 2005"): a tentative solution, open at both ends,
    that judges no claim."""
    if not weak:
        return None
    universe = [(lower, upper)]
    most_likely, favoured = _most_likely(weak, universe, open_start=True, open_end=True)
    if not _points_at_a_year(favoured):
        return None
    return Solution(tuple(weak), tuple(universe), 0.0, most_likely, tentative=True)


def _points_at_a_year(favoured: Sequence[Interval]) -> bool:
    """Whether the favoured days lie close enough together to guess the year."""
    return bool(favoured) and favoured[-1][1] - favoured[0][0] <= MAX_GUESS_SPAN


def _break_ties(regions: list[Interval], weak: Sequence[Clue]) -> list[Interval]:
    """Of equally supported disjoint periods, those the weak clues support most."""
    if not 2 <= len(regions) <= MAX_TIES_TO_BREAK or not weak:
        return regions
    first, last = regions[0][0], regions[-1][1]
    inside = Constraint(tuple(regions), _INSIDE_ESTIMATE)
    favoured = best_regions(score_steps([inside, *_constraints(weak, first, last)], first, last))
    return [
        region
        for region in regions
        if any(start <= region[1] and region[0] <= end for start, end in favoured)
    ]


def _constraints(clues: Sequence[Clue], lower: dt.date, upper: dt.date) -> list[Constraint]:
    """A constraint per clue, except that clues with the same weekly window (a "Friday"
    named a hundred times) make one, worth their summed weight: the same scores, with the
    window spelt out once."""
    constraints = []
    weekly: dict[WeekdayWindow, float] = {}
    for clue in clues:
        if isinstance(clue.days, WeekdayWindow):
            weekly[clue.days] = weekly.get(clue.days, 0.0) + clue.weight
        else:
            constraints.append(clue.constraint(lower, upper))
    constraints.extend(
        Constraint(window.intervals(lower, upper), weight) for window, weight in weekly.items()
    )
    return constraints


def _most_likely(
    clues: Sequence[Clue], regions: Sequence[Interval], open_start: bool, open_end: bool
) -> tuple[dt.date, list[Interval]]:
    """The day the point-like and weak clues favour inside the estimate, else a default,
    with the days they favour (none for the default).

    Hints tie: the latest favoured day wins, since writing comes after what it reports.
    """
    first, last = regions[0][0], regions[-1][1]
    hints: list[Hint] = [hint for clue in clues for hint in clue.hints]
    hints.extend(Hint(clue.days, clue.weight) for clue in clues if clue.weak)
    inside = Constraint(tuple(regions), _INSIDE_ESTIMATE)
    constraints = [inside] + [
        Constraint(days_between(hint.days, first, last), hint.weight) for hint in hints
    ]
    segments = score_steps(constraints, first, last)
    if best_score(segments) > _INSIDE_ESTIMATE:
        favoured = best_regions(segments)
        start, end = favoured[-1]
        return start + (end - start) // 2, favoured
    return _nearest_inside(_default_day(first, last, open_start, open_end), regions), []


def _default_day(first: dt.date, last: dt.date, open_start: bool, open_end: bool) -> dt.date:
    if open_start and not open_end:
        return max(first, last - OPEN_END_OFFSET)
    if open_end and not open_start:
        return min(last, first + OPEN_END_OFFSET)
    return first + (last - first) // 2


def _nearest_inside(day: dt.date, regions: Sequence[Interval]) -> dt.date:
    nearest = min(
        regions,
        key=lambda r: (
            0 if r[0] <= day <= r[1] else min(abs((r[0] - day).days), abs((r[1] - day).days))
        ),
    )
    return min(max(day, nearest[0]), nearest[1])
