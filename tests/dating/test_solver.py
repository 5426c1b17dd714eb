"""The interval solver on hand-built constraints."""

from __future__ import annotations

import datetime as dt
import itertools

from datesleuth.dating.solver import (
    Constraint,
    best_regions,
    best_score,
    merge_intervals,
    score_on,
    score_steps,
)

D = dt.date
LOW, HIGH = D(2000, 1, 1), D(2030, 12, 31)


def _from(day: dt.date) -> tuple[dt.date, dt.date]:
    return (day, HIGH)


def test_max_weight_region_is_the_intersection_of_agreeing_constraints() -> None:
    constraints = [
        Constraint((_from(D(2020, 1, 1)),), 2.0),
        Constraint(((LOW, D(2021, 6, 30)),), 1.5),
        Constraint(((D(2021, 3, 1), D(2022, 1, 1)),), 1.0),
    ]
    segments = score_steps(constraints, LOW, HIGH)
    assert best_score(segments) == 4.5
    assert best_regions(segments) == [(D(2021, 3, 1), D(2021, 6, 30))]


def test_a_lone_contradicting_clue_is_outvoted_and_reported_as_violated() -> None:
    strong = Constraint(((D(2021, 5, 10), D(2021, 5, 16)),), 3.0)
    also = Constraint((_from(D(2021, 1, 1)),), 2.0)
    wrong = Constraint(((LOW, D(2010, 12, 31)),), 1.0)
    segments = score_steps([strong, also, wrong], LOW, HIGH)
    [(first, last)] = best_regions(segments)
    assert (first, last) == (D(2021, 5, 10), D(2021, 5, 16))
    assert not wrong.holds_on(first)
    assert score_on([strong, also, wrong], first) == 5.0


def test_disjunction_counts_once_and_picks_the_alternative_others_support() -> None:
    # "May 20" of some year (two overlapping alternatives must not count twice)...
    may_20 = Constraint(
        (
            (D(2019, 5, 20), D(2019, 11, 20)),
            (D(2019, 6, 1), D(2019, 12, 1)),
            (D(2021, 5, 20), D(2021, 11, 20)),
        ),
        1.5,
    )
    # ... and a clue that the text is from 2021.
    year = Constraint(((D(2021, 1, 1), D(2021, 12, 31)),), 2.0)
    segments = score_steps([may_20, year], LOW, HIGH)
    assert best_score(segments) == 3.5
    assert best_regions(segments) == [(D(2021, 5, 20), D(2021, 11, 20))]
    assert score_on([may_20], D(2019, 7, 1)) == 1.5


def test_tied_disjoint_regions_are_all_reported() -> None:
    one = Constraint(((D(2001, 1, 1), D(2001, 1, 31)),), 1.0)
    two = Constraint(((D(2005, 1, 1), D(2005, 1, 31)),), 1.0)
    regions = best_regions(score_steps([one, two], LOW, HIGH))
    assert regions == [(D(2001, 1, 1), D(2001, 1, 31)), (D(2005, 1, 1), D(2005, 1, 31))]


def test_slack_widens_to_nearly_best_days() -> None:
    broad = Constraint(((D(2010, 1, 1), D(2012, 12, 31)),), 2.0)
    narrow = Constraint(((D(2011, 1, 1), D(2011, 1, 31)),), 0.5)
    segments = score_steps([broad, narrow], LOW, HIGH)
    assert best_regions(segments) == [(D(2011, 1, 1), D(2011, 1, 31))]
    assert best_regions(segments, slack=0.5) == [(D(2010, 1, 1), D(2012, 12, 31))]


def test_segments_cover_the_universe_without_gaps() -> None:
    constraints = [Constraint(((D(1990, 1, 1), D(2005, 6, 1)),), 1.0)]
    segments = score_steps(constraints, LOW, HIGH)
    assert segments[0].first == LOW and segments[-1].last == HIGH
    for before, after in itertools.pairwise(segments):
        assert before.last + dt.timedelta(days=1) == after.first
    assert [s.score for s in segments] == [1.0, 0.0]


def test_merge_joins_overlapping_and_adjacent_intervals() -> None:
    merged = merge_intervals(
        [
            (D(2001, 1, 5), D(2001, 1, 9)),
            (D(2001, 1, 1), D(2001, 1, 4)),
            (D(2002, 1, 1), D(2002, 1, 2)),
        ]
    )
    assert merged == [(D(2001, 1, 1), D(2001, 1, 9)), (D(2002, 1, 1), D(2002, 1, 2))]
