"""US state governors and Hong Kong's heads: titled mentions name the right holder and term."""

from __future__ import annotations

import datetime as dt

import pytest
from office_checks import holders_on

from datesleuth.dating.knowledge import load_offices
from datesleuth.dating.knowledge.mentions import OfficeMention, find_office_mentions

STATES = (
    "CA",
    "NY",
    "TX",
    "FL",
    "IL",
    "PA",
    "OH",
    "MI",
    "GA",
    "NJ",
    "MA",
    "VA",
    "WA",
    "AZ",
    "NC",
    "LA",
    "MN",
    "WI",
)
# Days on which every listed state had a sworn-in governor (no vacancy or short acting spell).
FULLY_COVERED_DAYS = (dt.date(1985, 6, 1), dt.date(2000, 6, 1), dt.date(2021, 6, 1))


def _covering(mentions: list[OfficeMention], day: dt.date) -> list[tuple[str, str]]:
    return [(m.term.office.office_id, m.term.name) for m in mentions if m.term.covers(day)]


@pytest.mark.parametrize(
    ("text", "office_id", "name", "day"),
    [
        (
            "California Governor Arnold Schwarzenegger signed the bill.",
            "USA-CA.governor",
            "Arnold Schwarzenegger",
            dt.date(2006, 6, 1),
        ),
        (
            "Texas Governor George W. Bush said",
            "USA-TX.governor",
            "George W. Bush",
            dt.date(1998, 1, 1),
        ),
        ("New York Governor Mario Cuomo", "USA-NY.governor", "Mario Cuomo", dt.date(1990, 1, 1)),
        ("Governor Gavin Newsom said", "USA-CA.governor", "Gavin Newsom", dt.date(2026, 1, 1)),
        (
            "Michigan Gov Gretchen Whitmer",
            "USA-MI.governor",
            "Gretchen Whitmer",
            dt.date(2020, 5, 1),
        ),
        (
            "Hong Kong Chief Executive Tung Chee-hwa said",
            "HKG.head_of_government",
            "Tung Chee-hwa",
            dt.date(1998, 1, 1),
        ),
        (
            "Hong Kong Governor Chris Patten arrived",
            "HKG.head_of_government",
            "Chris Patten",
            dt.date(1995, 1, 1),
        ),
    ],
)
def test_titled_mention_names_the_holder_of_the_day(
    text: str, office_id: str, name: str, day: dt.date
) -> None:
    mentions = find_office_mentions(text)
    assert mentions and all(m.titled for m in mentions), mentions
    assert _covering(mentions, day) == [(office_id, name)]


def test_governor_with_another_states_qualifier_is_nobody() -> None:
    assert find_office_mentions("Texas Governor Gavin Newsom said") == []


def test_plain_governor_title_keeps_the_presidents_surname_apart() -> None:
    president = find_office_mentions("President Bush said")
    assert {m.term.office.office_id for m in president} == {"USA.head_of_state"}
    governor = find_office_mentions("Governor Bush said")
    assert {m.term.name for m in governor} == {"George W. Bush", "Jeb Bush"}


def test_two_cuomos_are_two_alternatives() -> None:
    mentions = find_office_mentions("Governor Cuomo said")
    assert {m.term.name for m in mentions} == {"Mario Cuomo", "Andrew Cuomo"}
    assert _covering(mentions, dt.date(2015, 1, 1)) == [("USA-NY.governor", "Andrew Cuomo")]


def test_abbreviated_title_finds_the_holder() -> None:
    mentions = find_office_mentions("Gov. Andrew Cuomo said on Monday")
    assert _covering(mentions, dt.date(2015, 1, 1)) == [("USA-NY.governor", "Andrew Cuomo")]


def test_abbreviated_title_with_full_stop_is_a_title() -> None:
    mentions = find_office_mentions("Texas Gov. Rick Perry said")
    assert mentions and all(m.titled for m in mentions)


@pytest.mark.parametrize("day", FULLY_COVERED_DAYS, ids=str)
def test_every_state_has_one_governor(day: dt.date) -> None:
    for state in STATES:
        assert len(holders_on(f"USA-{state}.governor", day)) == 1, (state, day)


def test_governor_offices_are_subnational_heads() -> None:
    offices = load_offices()
    assert all(offices[f"USA-{state}.governor"].role == "subnational_head" for state in STATES)
    assert offices["HKG.head_of_government"].role == "head_of_government"


def test_hong_kong_handover_changes_the_title() -> None:
    assert holders_on("HKG.head_of_government", dt.date(1997, 6, 30)) == ["Chris Patten"]
    assert holders_on("HKG.head_of_government", dt.date(1997, 7, 1)) == ["Tung Chee-hwa"]
