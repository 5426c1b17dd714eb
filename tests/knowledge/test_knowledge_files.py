"""Consistency and coverage of every office/holder CSV file in the knowledge directory."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from office_checks import holders_on

from datesleuth.dating.knowledge import (
    DATA_DIR,
    HOLDER_COLUMNS,
    OFFICE_COLUMNS,
    KnowledgeFileError,
    Term,
    load_countries,
    load_offices,
    load_terms,
)

HOLDER_FILES = sorted(DATA_DIR.glob("*.holders.csv"))
OFFICE_FILES = sorted(DATA_DIR.glob("*.offices.csv"))
SAMPLE_DATES = (dt.date(1985, 6, 1), dt.date(2000, 6, 1), dt.date(2021, 6, 1))
FOREIGN_MINISTRIES = ("USA", "GBR", "FRA", "DEU", "ITA", "JPN", "CAN", "CHN")
ORGANISATION_OFFICES = (
    "UN.secretary_general",
    "NATO.secretary_general",
    "EU.commission_president",
    "IMF.managing_director",
    "WB.president",
    "WHO.director_general",
)


def _terms_by_office() -> dict[str, list[Term]]:
    by_office: dict[str, list[Term]] = defaultdict(list)
    for term in load_terms():
        by_office[term.office.office_id].append(term)
    return by_office


def test_there_are_office_and_holder_files() -> None:
    assert OFFICE_FILES
    assert HOLDER_FILES


@pytest.mark.parametrize("path", OFFICE_FILES + HOLDER_FILES, ids=lambda path: path.name)
def test_file_has_header_and_no_duplicate_rows(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [tuple(row) for row in csv.reader(handle)]
    expected = OFFICE_COLUMNS if path.name.endswith(".offices.csv") else HOLDER_COLUMNS
    assert rows[0] == expected
    duplicates = [row for row, count in Counter(rows[1:]).items() if count > 1]
    assert duplicates == []


def test_every_file_loads_and_every_office_is_defined() -> None:
    terms = load_terms()
    offices = load_offices()
    assert terms
    for term in terms:
        assert offices[term.office.office_id] == term.office


def test_every_office_has_titles_and_holders() -> None:
    held = {term.office.office_id for term in load_terms()}
    for office in load_offices().values():
        assert office.titles and all(title.strip() for title in office.titles), office
        assert office.office_id in held, f"{office.office_id} has no holder"


def test_terms_start_before_they_end_and_not_in_the_future() -> None:
    today = dt.date.today()
    for term in load_terms():
        assert term.name.strip(), term
        assert term.start <= today, term
        if term.end is not None:
            assert term.start < term.end, term
            assert term.end <= today, term


def test_terms_of_one_office_do_not_overlap() -> None:
    overlaps = []
    for office_id, terms in _terms_by_office().items():
        ordered = sorted(terms, key=lambda term: term.start)
        for before, after in itertools.pairwise(ordered):
            if before.end is None or after.start < before.end:
                overlaps.append((office_id, before.name, before.end, after.name, after.start))
    assert overlaps == []


def test_heads_cover_at_least_sixty_countries() -> None:
    head_roles = {"head_of_state", "head_of_government"}
    countries = {o.country for o in load_offices().values() if o.role in head_roles}
    if not countries:
        pytest.skip("no head-of-state/government file in the knowledge directory yet")
    assert len(countries) >= 60, sorted(countries)


def test_every_country_office_has_country_words() -> None:
    """Country adjectives build titles like "Kenyan President" and reject "Iraqi President
    Bush": every country with a head or a minister needs them."""
    known = {country.iso3 for country in load_countries()}
    # Every role but the heads of international organisations ("NATO", "IOC") is a
    # country's: a role added later is covered at once.
    countries = {o.country for o in load_offices().values() if o.role != "org_head"}
    assert sorted(countries - known) == []
    assert all(country.adjectives or country.names for country in load_countries())


@pytest.mark.parametrize("day", SAMPLE_DATES, ids=str)
def test_g7_and_p5_foreign_ministers_are_known(day: dt.date) -> None:
    russia = "SUN" if day < dt.date(1991, 12, 26) else "RUS"
    for country in (*FOREIGN_MINISTRIES, russia):
        assert len(holders_on(f"{country}.foreign_minister", day)) == 1, (country, day)


@pytest.mark.parametrize("day", SAMPLE_DATES, ids=str)
def test_international_organisation_heads_are_known(day: dt.date) -> None:
    offices = ORGANISATION_OFFICES
    if day >= dt.date(2009, 12, 1):
        offices = (*offices, "EU.council_president")
    for office_id in offices:
        assert len(holders_on(office_id, day)) == 1, (office_id, day)


def test_known_holders_on_known_days() -> None:
    assert holders_on("USA.foreign_minister", dt.date(2021, 6, 1)) == ["Antony Blinken"]
    assert holders_on("SUN.foreign_minister", dt.date(1985, 6, 1)) == ["Andrei Gromyko"]
    assert holders_on("UN.secretary_general", dt.date(2000, 6, 1)) == ["Kofi Annan"]
    assert holders_on("GBR.foreign_minister", dt.date(2000, 6, 1)) == ["Robin Cook"]


def _write(directory: Path, name: str, text: str) -> None:
    (directory / name).write_text(text, encoding="utf-8")


OFFICES = "office_id,country,role,titles\nX.foreign_minister,X,foreign_minister,Foreign Minister\n"


@pytest.mark.parametrize(
    ("holders", "expected"),
    [
        ("X.foreign_minister,Ann Example,,2001-02-30,\n", "x.holders.csv, line 3: invalid date"),
        ("Y.foreign_minister,Ann Example,,2001-02-03,\n", "x.holders.csv, line 3: unknown office"),
        ("X.foreign_minister,Ann Example,2001-02-03,\n", "x.holders.csv, line 3: expected 5"),
        ("X.foreign_minister,Ann,,2002-01-01,2001-01-01\n", "x.holders.csv, line 3: term ends"),
    ],
)
def test_malformed_holder_row_is_reported_with_file_and_line(
    tmp_path: Path, holders: str, expected: str
) -> None:
    _write(tmp_path, "x.offices.csv", OFFICES)
    header_and_good_row = "office_id,name,aliases,start,end\nX.foreign_minister,Bo,,1990-01-01,\n"
    _write(tmp_path, "x.holders.csv", header_and_good_row + holders)
    with pytest.raises(KnowledgeFileError, match=expected):
        load_terms(tmp_path)


def test_office_with_unknown_role_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "x.offices.csv", OFFICES.replace(",foreign_minister,", ",minister,"))
    with pytest.raises(KnowledgeFileError, match=r"x.offices.csv, line 2: unknown role"):
        load_offices(tmp_path)


def test_loaded_terms_are_typed(tmp_path: Path) -> None:
    _write(tmp_path, "x.offices.csv", OFFICES)
    holders = "office_id,name,aliases,start,end\nX.foreign_minister,Bo Ek,Ek|B. Ek,1990-01-01,\n"
    _write(tmp_path, "x.holders.csv", holders)
    (term,) = load_terms(tmp_path)
    assert term.office.titles == ("Foreign Minister",)
    assert term.aliases == ("Ek", "B. Ek")
    assert term.start == dt.date(1990, 1, 1) and term.end is None
