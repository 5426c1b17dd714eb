"""Judge a claimed date against the estimate from the content.

"Misdated" is a strong statement: it needs the claim to fall clearly outside the
estimate and strong clues that the claim violates, or the days the article names (bare
weekdays, month-days) to fit the claimed day far worse than another (see ``offsets``).
Anything less is "consistent" (the claim fits) or "undetermined" (the content says too
little, or disagrees only weakly).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from datesleuth.dating.clues import WEIGHT_FUTURE_DATE, WEIGHT_OFFICE_TITLED, WEIGHT_PAST_DATE
from datesleuth.dating.estimate import Solution
from datesleuth.dating.offsets import DayMarks
from datesleuth.types import Verdict

# A claim is misdated when it violates clues weighing at least this much and lies at
# least this many days outside the estimate: what a titled office holder weighs, more
# than any single date read with its tense, so that one mis-read expression cannot raise
# a false alarm...
MISDATED_MIN_LOSS = WEIGHT_OFFICE_TITLED
MISDATED_MIN_DAYS = 180
# ... or, closer to the estimate (where a few wrong day-level clues could agree), when
# it violates clues weighing this much and lies this many days outside. A day or two is
# the distance between writing and publishing, or a time zone.
MISDATED_MIN_LOSS_NEAR = 4.0
MISDATED_MIN_DAYS_NEAR = 3
# ... or, years away from the estimate, when it violates a single dated clue: a past
# event reported years after it was written, or an event announced with a date years
# before the claim, is not a slip of tense or of time zone.
MISDATED_MIN_LOSS_YEARS = min(WEIGHT_PAST_DATE, WEIGHT_FUTURE_DATE)
MISDATED_MIN_DAYS_YEARS = 540
# A claim outside the estimate that violates less than this weight still fits the
# content: only weak clues (a weekday) speak against it.
CONSISTENT_MAX_LOSS = 0.75
# The day marks (bare weekdays, month-days) are this much less likely on the claimed day
# than on any day: misdated on their own (it takes two marks that do not fit the claim).
MARKS_MISDATED_RATIO = 0.2
# ... or, for a claim already outside the estimate (though by weak clues), this much.
MARKS_SUPPORT_RATIO = 0.3
# How fast confidence grows with the weight of evidence (a weight of this size gives
# about 63% of the way from the floor to full confidence).
CONFIDENCE_SCALE = 4.0


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    confidence: float
    reason: str
    discrepancy_days: int | None


def judge(
    claimed: dt.date | None, solution: Solution | None, marks: DayMarks | None = None
) -> Judgement:
    """Compare the claim with the estimate and with the day marks the article names; the
    discrepancy is claim minus nearest end (or minus the day the marks fit best)."""
    if claimed is None:
        return Judgement("undetermined", 0.0, "no claimed date to check", None)
    marks = marks or DayMarks()
    ratio = marks.ratio(claimed)
    if solution is None or not solution.judges_claims:
        if ratio < MARKS_MISDATED_RATIO:
            return _marks_misdated(claimed, marks, ratio)
        too_few = (
            "the content gives too few clues to date it"
            if solution is None
            else "only weak clues date the content (a guess): too little to judge the claim"
        )
        return Judgement("undetermined", 0.0, too_few, None)
    discrepancy = _outside_by(claimed, solution)
    loss = max(0.0, solution.best - solution.score_on(claimed))
    if discrepancy == 0 or loss < CONSISTENT_MAX_LOSS:
        if ratio < MARKS_MISDATED_RATIO:
            return _marks_misdated(claimed, marks, ratio)
        confidence = _grow(solution.best, floor=0.5) * (1.0 if discrepancy == 0 else 0.7)
        return Judgement(
            "consistent",
            confidence,
            "the claimed date fits the content",
            discrepancy,
        )
    if _strong_enough(loss, abs(discrepancy)):
        return Judgement(
            "misdated",
            _grow(loss, floor=0.5),
            f"the claimed date contradicts clues weighing {loss:g} in all",
            discrepancy,
        )
    if ratio < MARKS_SUPPORT_RATIO:
        return Judgement(
            "misdated",
            _grow(loss, floor=0.5) * (1.0 - ratio),
            f"the claimed date contradicts clues weighing {loss:g} in all, and the "
            f"days the article names fit it {1 / ratio:.0f} times worse than another day",
            discrepancy,
        )
    return Judgement(
        "undetermined",
        _grow(loss, floor=0.2),
        f"the claimed date falls {describe_offset(discrepancy)} outside the estimate, "
        f"but the clues against it are weak (weight {loss:g})",
        discrepancy,
    )


def _marks_misdated(claimed: dt.date, marks: DayMarks, ratio: float) -> Judgement:
    """The weekdays and month-days named do not fit the claimed day."""
    fitting = marks.nearest_fitting_day(claimed)
    return Judgement(
        "misdated",
        # The chance the claim is wrong, had right and wrong been equally likely.
        1.0 / (1.0 + ratio),
        f"the weekdays and days of the month the article names fit the claimed day "
        f"{1 / ratio:.0f} times worse than another day (such as {fitting.isoformat()})",
        (claimed - fitting).days,
    )


def _strong_enough(loss: float, days_outside: int) -> bool:
    far = loss >= MISDATED_MIN_LOSS and days_outside >= MISDATED_MIN_DAYS
    near = loss >= MISDATED_MIN_LOSS_NEAR and days_outside >= MISDATED_MIN_DAYS_NEAR
    years = loss >= MISDATED_MIN_LOSS_YEARS and days_outside >= MISDATED_MIN_DAYS_YEARS
    return far or near or years


def _outside_by(claimed: dt.date, solution: Solution) -> int:
    """Days from the nearest best-supported period to the claim: positive when the claim
    is later, 0 inside one (an open end of the estimate reaches any claim)."""
    distances = []
    for index, (first, last) in enumerate(solution.regions):
        open_start = index == 0 and solution.earliest is None
        open_end = index == len(solution.regions) - 1 and solution.latest is None
        if claimed < first and not open_start:
            distances.append((claimed - first).days)
        elif claimed > last and not open_end:
            distances.append((claimed - last).days)
        else:
            return 0
    return min(distances, key=abs)


def _grow(weight: float, floor: float) -> float:
    """A confidence in [floor, 0.99] growing with the weight of evidence."""
    return min(0.99, floor + (1.0 - floor) * (1.0 - math.exp(-weight / CONFIDENCE_SCALE)))


def describe_offset(days: int) -> str:
    """A human size for a number of days: "about 3 years", "about 5 months", "4 days"."""
    days = abs(days)
    if days >= 330:
        years = round(days / 365.25)
        return f"about {years} year{'s' if years != 1 else ''}"
    if days >= 45:
        months = round(days / 30.44)
        return f"about {months} month{'s' if months != 1 else ''}"
    return f"{days} day{'s' if days != 1 else ''}"
