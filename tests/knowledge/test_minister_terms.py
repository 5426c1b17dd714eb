"""Finance, interior, defence and oil ministers beyond the G7, and China's vice premiers: who
held the office on a given day, and how wire news names them ("Brazilian Finance Minister
Dilson Funaro")."""

from __future__ import annotations

import datetime as dt

import pytest
from office_checks import assert_titled_mention, holders_on

from datesleuth.dating.knowledge.mentions import find_office_mentions

G7 = ["USA", "GBR", "JPN", "DEU", "FRA", "CAN", "ITA"]
OTHER_G20 = ["IND", "RUS", "AUS", "BRA", "MEX", "ARG", "CHN", "KOR", "IDN", "SAU", "TUR", "ZAF"]
G20_FINANCE = [*G7, *OTHER_G20]
INTERIOR = ["GBR", "FRA", "DEU", "ITA", "ESP", "RUS", "ISR", "IND", "PAK", "TUR"]
DEFENCE = ["JPN", "ITA", "IND", "KOR", "AUS", "CAN", "TUR", "UKR", "IRN"]


@pytest.mark.parametrize(
    ("role", "countries", "day"),
    [
        # Turkey's finance ministers before the 2002 AKP government are left out.
        ("finance_minister", [c for c in G20_FINANCE if c != "TUR"], dt.date(2000, 6, 1)),
        ("finance_minister", G20_FINANCE, dt.date(2010, 6, 1)),
        ("finance_minister", G20_FINANCE, dt.date(2021, 6, 1)),
        ("interior_minister", INTERIOR, dt.date(2010, 6, 1)),
        ("defence_minister", DEFENCE, dt.date(2015, 6, 1)),
    ],
    ids=lambda value: str(value) if isinstance(value, (str, dt.date)) else "",
)
def test_one_holder_per_country_on_sample_days(
    role: str, countries: list[str], day: dt.date
) -> None:
    for country in countries:
        assert len(holders_on(f"{country}.{role}", day)) == 1, (country, day)


@pytest.mark.parametrize(
    ("office_id", "day", "name"),
    [
        ("BRA.finance_minister", dt.date(1987, 3, 1), "Dilson Funaro"),
        ("ITA.finance_minister", dt.date(1990, 6, 1), "Guido Carli"),
        ("KOR.finance_minister", dt.date(1998, 1, 10), "Lim Chang-yuel"),
        ("FRA.interior_minister", dt.date(2003, 6, 1), "Nicolas Sarkozy"),
        ("IND.interior_minister", dt.date(2000, 6, 1), "L.K. Advani"),
        ("RUS.interior_minister", dt.date(1997, 6, 1), "Anatoly Kulikov"),
        ("SAU.oil_minister", dt.date(1990, 6, 1), "Hisham Nazer"),
        ("USA.energy_secretary", dt.date(1987, 6, 1), "John Herrington"),
    ],
)
def test_known_holders_on_known_days(office_id: str, day: dt.date, name: str) -> None:
    assert holders_on(office_id, day) == [name]


@pytest.mark.parametrize(
    ("text", "office_id", "name", "day"),
    [
        (
            "Brazilian Finance Minister Dilson Funaro said",
            "BRA.finance_minister",
            "Dilson Funaro",
            dt.date(1987, 2, 20),
        ),
        (
            "Philippine Finance Secretary Jaime Ongpin said",
            "PHL.finance_minister",
            "Jaime Ongpin",
            dt.date(1987, 3, 1),
        ),
        (
            "Italian Treasury Minister Giovanni Goria",
            "ITA.finance_minister",
            "Giovanni Goria",
            dt.date(1987, 3, 1),
        ),
        (
            "Interior Minister Nicolas Sarkozy",
            "FRA.interior_minister",
            "Nicolas Sarkozy",
            dt.date(2006, 1, 1),
        ),
        (
            "Indian Home Minister L.K. Advani",
            "IND.interior_minister",
            "L.K. Advani",
            dt.date(2001, 1, 1),
        ),
        (
            "Saudi Oil Minister Hisham Nazer",
            "SAU.oil_minister",
            "Hisham Nazer",
            dt.date(1987, 3, 1),
        ),
        (
            "U.S. Energy Secretary John Herrington",
            "USA.energy_secretary",
            "John Herrington",
            dt.date(1987, 3, 1),
        ),
        (
            "Chinese Vice Premier Wu Yi said",
            "CHN.vice_premier_2",
            "Wu Yi",
            dt.date(2005, 6, 1),
        ),
        (
            "Japanese Defense Minister Gen Nakatani",
            "JPN.defence_minister",
            "Gen Nakatani",
            dt.date(2015, 6, 1),
        ),
    ],
)
def test_titled_minister_mentions(text: str, office_id: str, name: str, day: dt.date) -> None:
    assert_titled_mention(text, office_id, name, day)


def test_a_bare_surname_also_refers_to_a_former_prime_ministers_later_ministry() -> None:
    """Mark Eyskens was Belgium's prime minister in 1981 and its finance minister in 1987: a
    bare "Eyskens" after "Finance Minister Mark Eyskens" may mean either term."""
    text = "Belgian Finance Minister Mark Eyskens spoke. Eyskens said rates would fall."
    bare = [m for m in find_office_mentions(text) if not m.titled]
    assert {m.term.office.office_id for m in bare} >= {
        "BEL.finance_minister",
        "BEL.head_of_government",
    }


@pytest.mark.parametrize(
    "text",
    [
        # A holder under another country's adjective, or in an office we do not list.
        "Turkish Finance Minister Pedro Malan",
        "Mexican Finance Minister Domingo Cavallo",
        "Senator Spencer Abraham",
    ],
)
def test_no_mention_for_the_wrong_country_or_office(text: str) -> None:
    assert find_office_mentions(text) == []
