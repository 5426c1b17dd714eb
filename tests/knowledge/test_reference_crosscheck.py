"""Cross-check the curated terms against independent reference lists under ../shared/data/leaders.

Holders are matched by surname within a country and role. A project term that overlaps a
reference's coverage and whose person the reference knows agrees when one of that person's
reference spells starts and ends (both clipped to the coverage window) within 31 days of the
term. Wikidata stores year-precision dates as 1 January, so there a 1 January date only has to
fall in the same year. Terms of people the reference lacks (gaps, labels in another language)
are counted apart. References differ in conventions (acting vs. formal start, caretaker
periods), so the test asks for 90% agreement and prints the disagreements for review.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from datesleuth.dating.knowledge import Term, load_countries, load_terms

LEADERS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "leaders"
TOLERANCE = dt.timedelta(days=31)
REQUIRED_AGREEMENT = 0.9
HEAD_ROLES = ("head_of_state", "head_of_government")
FOREIGN_MINISTERS_FILE = "world_current_foreign_ministers_wikipedia.csv"


@dataclass(frozen=True)
class Spell:
    name: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Reference:
    label: str
    coverage_end: dt.date
    # (country, role) -> spells; a country's coverage starts with its earliest spell.
    spells: dict[tuple[str, str], list[Spell]]
    year_precision_on_january_first: bool = False


@dataclass(frozen=True)
class Comparison:
    agreeing: int
    disagreements: list[str]
    unknown_people: list[str]

    @property
    def compared(self) -> int:
        return self.agreeing + len(self.disagreements)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _ordered_words(name: str) -> list[str]:
    """Casefolded words of three letters or more, without accents, in order."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("-", " "))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = (word.strip(".,'’()") for word in plain.split())
    return [word for word in words if len(word) > 2]


def _words(name: str) -> set[str]:
    return set(_ordered_words(name))


def _surname(name: str) -> str:
    """Last word before any comma ("Mark Malloch Brown, Baron Malloch-Brown" -> "brown")."""
    words = _ordered_words(name.split(",")[0])
    return words[-1] if words else ""


def _same_person(term: Term, spell: Spell) -> bool:
    project_words = set().union(*(_words(name) for name in (term.name, *term.aliases)))
    return _surname(spell.name) in project_words or _surname(term.name) in _words(spell.name)


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"reference data absent: {path}")
    return path


def _read(path: Path) -> list[dict[str, str]]:
    with _require(path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _merge_consecutive(spells: Iterable[Spell]) -> list[Spell]:
    """Join re-appointments of the same person (a new appointment the day the last ended)."""
    merged: list[Spell] = []
    for spell in sorted(spells, key=lambda spell: spell.start):
        last = merged[-1] if merged else None
        if last and last.name == spell.name and last.end and spell.start - last.end <= TOLERANCE:
            merged[-1] = Spell(last.name, last.start, spell.end)
        else:
            merged.append(spell)
    return merged


def _ifg_reference() -> Reference:
    folder = LEADERS / "ifg_uk_ministers"
    roles = {
        "Prime Minister": "head_of_government",
        "Chancellor of the Exchequer": "finance_minister",
        "Secretary of State for Defence": "defence_minister",
        "Secretary of State for the Home Department": "interior_minister",
    }
    posts = {}
    for post in _read(folder / "post.csv"):
        if post["name"] in roles:
            posts[post["id"]] = roles[post["name"]]
        elif post["name"].startswith("Secretary of State for Foreign"):
            posts[post["id"]] = "foreign_minister"
    surnames = {person["id"]: person["short_name"] for person in _read(folder / "person.csv")}
    by_role: dict[str, list[Spell]] = defaultdict(list)
    latest = dt.date.min
    for row in _read(folder / "appointment.csv"):
        start, end = _date(row["start_date"]), _date(row["end_date"])
        latest = max(latest, start or latest, end or latest)
        if row["post_id"] in posts and start:
            by_role[posts[row["post_id"]]].append(Spell(surnames[row["person_id"]], start, end))
    spells = {("GBR", role): _merge_consecutive(found) for role, found in by_role.items()}
    return Reference("IfG UK ministers", latest, spells)


def _wikidata_reference() -> Reference:
    """Heads of state and government; both roles pooled, as presidents appear under both."""
    by_person: dict[tuple[str, str, str], list[Spell]] = defaultdict(list)
    for row in _read(LEADERS / "wikidata_geografia" / "leaders_history.csv"):
        start = _date(row["start"])
        if start is not None and row["role"] in HEAD_ROLES:
            key = (row["iso3"], row["role"], row["person"])
            by_person[key].append(Spell(row["person"], start, _date(row["end"])))
    spells: dict[tuple[str, str], list[Spell]] = defaultdict(list)
    for (country, _, _), person_spells in by_person.items():
        for role in HEAD_ROLES:
            spells[(country, role)].extend(_merge_consecutive(person_spells))
    return Reference("Wikidata heads (geografia)", dt.date(2025, 10, 3), spells, True)


def _un_reference() -> Reference:
    rows = _read(LEADERS / "everypolitician_scrapers" / "world_html_holders21.csv")
    spells = {
        Spell(row["person"], start, _date(row["end"]))
        for row in rows
        if row["position"] == "Secretary-General of the United Nations"
        and (start := _date(row["start"]))
    }
    return Reference(
        "UN Secretary-General list", dt.date(2023, 1, 10), {("UN", "org_head"): list(spells)}
    )


def _current_foreign_ministers_reference() -> Reference:
    """Foreign ministers in office in early December 2022 (Wikipedia's list), by country name."""
    codes = {name: country.iso3 for country in load_countries() for name in country.names}
    spells = {
        (codes[row["countryLabel"]], "foreign_minister"): [Spell(row["name"], start, None)]
        for row in _read(LEADERS / "everypolitician_scrapers" / FOREIGN_MINISTERS_FILE)
        if row["countryLabel"] in codes and (start := _date(row["start"]))
    }
    return Reference("Foreign ministers, December 2022", dt.date(2022, 12, 5), spells)


def _clip(
    start: dt.date, end: dt.date | None, first: dt.date, last: dt.date
) -> tuple[dt.date, dt.date]:
    return max(start, first), min(end or last, last)


def _close(mine: dt.date, theirs: dt.date, year_precision: bool) -> bool:
    if year_precision and (theirs.month, theirs.day) == (1, 1) and mine.year == theirs.year:
        return True
    return abs(mine - theirs) <= TOLERANCE


def compare(terms: Iterable[Term], reference: Reference) -> Comparison:
    agreeing, disagreements, unknown_people = 0, [], []
    year_precision = reference.year_precision_on_january_first
    for term in terms:
        spells = reference.spells.get((term.office.country, term.office.role))
        if not spells:
            continue
        first = min(spell.start for spell in spells)
        if term.start > reference.coverage_end or (term.end and term.end < first):
            continue
        described = f"{term.office.office_id} {term.name} {term.start}..{term.end or ''}"
        same_person = [spell for spell in spells if _same_person(term, spell)]
        if not same_person:
            unknown_people.append(described)
            continue
        wanted = _clip(term.start, term.end, first, reference.coverage_end)
        if any(
            all(
                _close(mine, theirs, year_precision)
                for mine, theirs in zip(
                    wanted,
                    _clip(spell.start, spell.end, first, reference.coverage_end),
                    strict=True,
                )
            )
            for spell in same_person
        ):
            agreeing += 1
        else:
            seen = ", ".join(f"{spell.start}..{spell.end or ''}" for spell in same_person)
            disagreements.append(f"{described}: reference {seen}")
    return Comparison(agreeing, disagreements, unknown_people)


def _check(reference: Reference, terms: Iterable[Term]) -> Comparison:
    result = compare(terms, reference)
    print(
        f"\n{reference.label}: {result.agreeing}/{result.compared} terms agree;"
        f" {len(result.unknown_people)} more terms name people the reference lacks"
    )
    for line in result.disagreements:
        print("  disagrees:", line)
    if result.compared:
        assert result.agreeing / result.compared >= REQUIRED_AGREEMENT
    return result


def test_uk_prime_ministers_and_secretaries_of_state_match_ifg() -> None:
    reference = _ifg_reference()
    terms = [term for term in load_terms() if term.office.country == "GBR"]
    result = _check(reference, terms)
    # At least the foreign secretaries, chancellors, defence and home secretaries since 1979.
    assert result.compared >= 19 + 15 + 23 + 23


def test_heads_match_wikidata() -> None:
    reference = _wikidata_reference()
    _check(reference, [term for term in load_terms() if term.office.role in HEAD_ROLES])


def test_un_secretaries_general_match_the_un_list() -> None:
    result = _check(_un_reference(), load_terms())
    assert result.compared == 3  # Annan, Ban, Guterres


def test_foreign_ministers_in_office_in_december_2022_match_the_list() -> None:
    foreign_ministers = [term for term in load_terms() if term.office.role == "foreign_minister"]
    result = _check(_current_foreign_ministers_reference(), foreign_ministers)
    assert result.compared >= 15  # the ministers of most countries with a foreign_minister office
