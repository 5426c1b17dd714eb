"""Find the days that satisfy the greatest weight of constraints on the writing date.

Each constraint is a union of day intervals (alternatives: "May 20 of some year" is one
interval per candidate year) with a weight. The score of a day is the sum of the weights
of the constraints it satisfies. A sweep over the interval ends builds the score as a
step function in O(k log k) for k intervals, whatever the span of days, so the solver
never loops over individual days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from datesleuth.dating.calendar import DAY

Interval = tuple[dt.date, dt.date]
# Scores are sums of float weights: equal up to this tolerance.
_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Constraint:
    """The writing date lies in one of ``intervals`` (inclusive ends); worth ``weight``."""

    intervals: tuple[Interval, ...]
    weight: float

    def holds_on(self, day: dt.date) -> bool:
        return any(first <= day <= last for first, last in self.intervals)


@dataclass(frozen=True)
class Segment:
    """A run of consecutive days with the same score."""

    first: dt.date
    last: dt.date
    score: float


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping, non-adjacent intervals covering the same days."""
    merged: list[Interval] = []
    for first, last in sorted(intervals):
        if merged and first <= merged[-1][1] + DAY:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def clip(intervals: Iterable[Interval], lower: dt.date, upper: dt.date) -> list[Interval]:
    """The parts of ``intervals`` inside [lower, upper]."""
    clipped = []
    for first, last in intervals:
        first, last = max(first, lower), min(last, upper)
        if first <= last:
            clipped.append((first, last))
    return clipped


def score_steps(constraints: Sequence[Constraint], lower: dt.date, upper: dt.date) -> list[Segment]:
    """The score over [lower, upper] as consecutive segments of constant score."""
    changes: dict[dt.date, float] = {lower: 0.0}
    for constraint in constraints:
        # Overlapping alternatives of one constraint must count its weight once.
        for first, last in merge_intervals(clip(constraint.intervals, lower, upper)):
            changes[first] = changes.get(first, 0.0) + constraint.weight
            changes[last + DAY] = changes.get(last + DAY, 0.0) - constraint.weight
    segments: list[Segment] = []
    score = 0.0
    points = sorted(changes)
    for index, day in enumerate(points):
        score += changes[day]
        if day > upper:
            break
        last = points[index + 1] - DAY if index + 1 < len(points) else upper
        last = min(last, upper)
        if segments and abs(segments[-1].score - score) <= _TOLERANCE:
            segments[-1] = Segment(segments[-1].first, last, segments[-1].score)
        else:
            segments.append(Segment(day, last, score))
    return segments


def best_regions(segments: Sequence[Segment], slack: float = 0.0) -> list[Interval]:
    """The maximal runs of days whose score is within ``slack`` of the best score."""
    if not segments:
        return []
    floor = max(segment.score for segment in segments) - slack - _TOLERANCE
    return merge_intervals(
        (segment.first, segment.last) for segment in segments if segment.score >= floor
    )


def best_score(segments: Sequence[Segment]) -> float:
    return max((segment.score for segment in segments), default=0.0)


def score_on(constraints: Iterable[Constraint], day: dt.date) -> float:
    """The summed weight of the constraints that hold on ``day``."""
    return sum(constraint.weight for constraint in constraints if constraint.holds_on(day))
