"""Curated office-holder knowledge: who held which office, and when.

The data lives next to this module as pairs of CSV files, one pair per group of offices:

- ``<group>.offices.csv`` (``office_id,country,role,titles``): ``titles`` are the phrases news
  writes before a holder's name, ``|``-separated, most specific first.
- ``<group>.holders.csv`` (``office_id,name,aliases,start,end``): one row per continuous spell in
  an office; ``aliases`` are ``|``-separated; ``end`` is empty while the holder is in office.

Every group is loaded together, so a holders file may refer to an office defined in any
offices file.

``countries.csv`` (``iso3,adjectives,names``) holds how news names each country ("Kenyan",
"Kenya"), ``|``-separated: the mention finder builds "Kenyan President" from it and the office's
plain titles, and knows that "Iraqi President" is nobody's title but Iraq's.

``eras.csv`` holds names news cannot write before a known day ("COVID-19"); see ``eras.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from datesleuth.errors import DatesleuthError

DATA_DIR = Path(__file__).resolve().parent

ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "finance_minister",
        "defence_minister",
        "interior_minister",
        "vice_president",
        "legislature_head",
        "cabinet_minister",
        "org_head",
        "supreme_leader",
        "party_leader",
        # The governor of a state or province ("California Governor Gavin Newsom").
        "subnational_head",
    }
)
OFFICE_COLUMNS = ("office_id", "country", "role", "titles")
HOLDER_COLUMNS = ("office_id", "name", "aliases", "start", "end")
COUNTRY_COLUMNS = ("iso3", "adjectives", "names")
COUNTRIES_FILE = "countries.csv"


@dataclass(frozen=True)
class Office:
    office_id: str
    country: str
    role: str
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """One continuous spell of one person in one office; ``end`` is None while in office."""

    office: Office
    name: str
    aliases: tuple[str, ...]
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Country:
    """How news refers to a country: adjectives ("South Korean") and names ("South Korea")."""

    iso3: str
    adjectives: tuple[str, ...]
    names: tuple[str, ...]


class KnowledgeFileError(DatesleuthError):
    """A knowledge CSV file is malformed; the message names the file and the line."""


@functools.cache
def load_terms(directory: Path = DATA_DIR) -> tuple[Term, ...]:
    """Every term of every office in ``directory``, ordered by office and start date."""
    offices = load_offices(directory)
    terms = [
        term
        for path in sorted(directory.glob("*.holders.csv"))
        for term in _read_holders(path, offices)
    ]
    return tuple(sorted(terms, key=lambda term: (term.office.office_id, term.start)))


@functools.cache
def load_offices(directory: Path = DATA_DIR) -> dict[str, Office]:
    """Every office defined in ``directory``, by office id."""
    offices: dict[str, Office] = {}
    for path in sorted(directory.glob("*.offices.csv")):
        for line_number, row in read_rows(path, OFFICE_COLUMNS):
            office = _parse_office(row, path, line_number)
            if office.office_id in offices:
                raise file_error(path, line_number, f"office {office.office_id!r} is defined twice")
            offices[office.office_id] = office
    return offices


@functools.cache
def load_countries(directory: Path = DATA_DIR) -> tuple[Country, ...]:
    """The countries of ``countries.csv`` in ``directory`` (none when the file is absent)."""
    path = directory / COUNTRIES_FILE
    if not path.exists():
        return ()
    countries: dict[str, Country] = {}
    for line_number, row in read_rows(path, COUNTRY_COLUMNS):
        iso3 = row["iso3"].strip()
        if not iso3 or iso3 in countries:
            raise file_error(path, line_number, f"empty or repeated country code {iso3!r}")
        adjectives, names = split_list(row["adjectives"]), split_list(row["names"])
        if not adjectives and not names:
            raise file_error(path, line_number, f"country {iso3!r} has neither adjective nor name")
        countries[iso3] = Country(iso3, adjectives, names)
    return tuple(countries.values())


def _read_holders(path: Path, offices: dict[str, Office]) -> Iterator[Term]:
    for line_number, row in read_rows(path, HOLDER_COLUMNS):
        office = offices.get(row["office_id"])
        if office is None:
            raise file_error(path, line_number, f"unknown office {row['office_id']!r}")
        name = row["name"].strip()
        if not name:
            raise file_error(path, line_number, "empty name")
        start = parse_date(row["start"], path, line_number)
        end = parse_date(row["end"], path, line_number) if row["end"].strip() else None
        if end is not None and end < start:
            raise file_error(path, line_number, f"term ends ({end}) before it starts ({start})")
        yield Term(office, name, split_list(row["aliases"]), start, end)


def _parse_office(row: dict[str, str], path: Path, line_number: int) -> Office:
    office_id = row["office_id"].strip()
    if not office_id:
        raise file_error(path, line_number, "empty office_id")
    if row["role"] not in ROLES:
        raise file_error(path, line_number, f"unknown role {row['role']!r}")
    titles = split_list(row["titles"])
    if not titles:
        raise file_error(path, line_number, f"office {office_id!r} has no titles")
    return Office(office_id, row["country"].strip(), row["role"], titles)


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with exactly ``columns``, with the line number each row starts on."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(header) != columns:
                raise file_error(path, 1, f"header must be {','.join(columns)}")
            line_number = reader.line_num + 1
            for cells in reader:
                if len(cells) != len(columns):
                    raise file_error(
                        path, line_number, f"expected {len(columns)} fields, found {len(cells)}"
                    )
                yield line_number, dict(zip(columns, cells, strict=True))
                line_number = reader.line_num + 1
    except UnicodeDecodeError as error:
        raise KnowledgeFileError(f"{path.name}: not valid UTF-8 ({error.reason})") from None
    except csv.Error as error:
        raise KnowledgeFileError(f"{path.name}: malformed CSV ({error})") from None


def parse_date(text: str, path: Path, line_number: int) -> dt.date:
    """A cell's YYYY-MM-DD date, or the error naming the file and the line."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise file_error(
            path, line_number, f"invalid date {text!r} (expected YYYY-MM-DD)"
        ) from None


def split_list(text: str) -> tuple[str, ...]:
    """The ``|``-separated items of a knowledge file's cell, without blanks."""
    return tuple(part.strip() for part in text.split("|") if part.strip())


def file_error(path: Path, line_number: int, message: str) -> KnowledgeFileError:
    """The error for a bad line of a knowledge file, naming the file and the line."""
    return KnowledgeFileError(f"{path.name}, line {line_number}: {message}")
