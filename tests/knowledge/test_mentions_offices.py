"""Bundled offices beyond heads and foreign ministers: finance and defence ministers, vice
presidents and speakers, central bankers, sports and UN agency heads, as wire news names them."""

from __future__ import annotations

import datetime as dt

import pytest
from office_checks import assert_titled_mention

from datesleuth.dating.knowledge import load_offices
from datesleuth.dating.knowledge.mentions import find_office_mentions


@pytest.mark.parametrize(
    ("text", "office_id", "name", "day"),
    [
        # Finance ministers.
        (
            "U.S. Treasury Secretary James Baker said",
            "USA.finance_minister",
            "James Baker",
            dt.date(1987, 3, 1),
        ),
        (
            "Japanese Finance Minister Kiichi Miyazawa",
            "JPN.finance_minister",
            "Kiichi Miyazawa",
            dt.date(1987, 3, 1),
        ),
        (
            "Chancellor of the Exchequer Nigel Lawson",
            "GBR.finance_minister",
            "Nigel Lawson",
            dt.date(1987, 3, 1),
        ),
        (
            "British Chancellor Gordon Brown",
            "GBR.finance_minister",
            "Gordon Brown",
            dt.date(2005, 1, 1),
        ),
        (
            "Australian Treasurer Paul Keating",
            "AUS.finance_minister",
            "Paul Keating",
            dt.date(1987, 3, 1),
        ),
        (
            "Indian Finance Minister P. Chidambaram",
            "IND.finance_minister",
            "Palaniappan Chidambaram",
            dt.date(2006, 1, 1),
        ),
        # Defence ministers.
        (
            "Pentagon chief Donald Rumsfeld",
            "USA.defence_minister",
            "Donald Rumsfeld",
            dt.date(2005, 1, 1),
        ),
        (
            "US Defence Secretary William Cohen",
            "USA.defence_minister",
            "William Cohen",
            dt.date(1997, 6, 1),
        ),
        (
            "Russian Defence Minister Sergei Ivanov",
            "RUS.defence_minister",
            "Sergei Ivanov",
            dt.date(2005, 1, 1),
        ),
        (
            "Israeli Defense Minister Amir Peretz",
            "ISR.defence_minister",
            "Amir Peretz",
            dt.date(2006, 7, 1),
        ),
        (
            "French Defence Minister Michele Alliot-Marie",
            "FRA.defence_minister",
            "Michèle Alliot-Marie",
            dt.date(2005, 1, 1),
        ),
        # Vice presidents and heads of legislatures.
        ("Vice President Dick Cheney", "USA.vice_president", "Dick Cheney", dt.date(2005, 1, 1)),
        (
            "US Vice President George Bush",
            "USA.vice_president",
            "George H.W. Bush",
            dt.date(1987, 3, 1),
        ),
        ("House Speaker Jim Wright", "USA.house_speaker", "Jim Wright", dt.date(1987, 3, 1)),
        (
            "Wu Bangguo, chairman of the Standing Committee of the National People's Congress"
            " (NPC), said",
            "CHN.npc_chairman",
            "Wu Bangguo",
            dt.date(2005, 3, 1),
        ),
        # Central bankers, sports and UN agency heads.
        (
            "Bank of Japan Governor Satoshi Sumita",
            "BOJ.governor",
            "Satoshi Sumita",
            dt.date(1987, 3, 1),
        ),
        (
            "Bank of England Governor Mervyn King",
            "BOE.governor",
            "Mervyn King",
            dt.date(2005, 1, 1),
        ),
        ("IOC President Jacques Rogge", "IOC.president", "Jacques Rogge", dt.date(2005, 1, 1)),
        ("FIFA President Sepp Blatter", "FIFA.president", "Sepp Blatter", dt.date(2006, 6, 1)),
        ("WFP chief James Morris", "WFP.executive_director", "James Morris", dt.date(2005, 1, 1)),
        (
            "European Parliament President Martin Schulz",
            "EP.president",
            "Martin Schulz",
            dt.date(2013, 1, 1),
        ),
        (
            "UNESCO chief Irina Bokova",
            "UNESCO.director_general",
            "Irina Bokova",
            dt.date(2012, 1, 1),
        ),
        ("Pope John Paul II", "VAT.head_of_state", "Pope John Paul II", dt.date(1997, 1, 1)),
        ("Pope Francis", "VAT.head_of_state", "Pope Francis", dt.date(2020, 1, 1)),
        # Further foreign ministers, cabinet secretaries and agency heads.
        (
            "Saudi Foreign Minister Prince Saud al-Faisal",
            "SAU.foreign_minister",
            "Saud al-Faisal",
            dt.date(2005, 1, 1),
        ),
        (
            "Mexican Foreign Secretary Jorge Castaneda",
            "MEX.foreign_minister",
            "Jorge Castañeda",
            dt.date(2002, 1, 1),
        ),
        (
            "Agriculture Secretary Richard Lyng",
            "USA.agriculture_secretary",
            "Richard Lyng",
            dt.date(1987, 3, 1),
        ),
        (
            "Home Secretary David Blunkett",
            "GBR.interior_minister",
            "David Blunkett",
            dt.date(2003, 1, 1),
        ),
        (
            "US Attorney General Janet Reno",
            "USA.attorney_general",
            "Janet Reno",
            dt.date(1997, 1, 1),
        ),
        ("FBI Director Louis Freeh", "USA.fbi_director", "Louis Freeh", dt.date(1998, 1, 1)),
        ("CIA Director Robert Gates", "USA.cia_director", "Robert Gates", dt.date(1992, 1, 1)),
    ],
)
def test_titled_holders_of_further_offices(
    text: str, office_id: str, name: str, day: dt.date
) -> None:
    assert_titled_mention(text, office_id, name, day)


def test_the_title_picks_the_office_of_someone_who_held_several() -> None:
    (treasury,) = find_office_mentions("Treasury Secretary James Baker")
    (state,) = find_office_mentions("Secretary of State James Baker")
    assert (treasury.term.office.role, state.term.office.role) == (
        "finance_minister",
        "foreign_minister",
    )
    (defence,) = find_office_mentions("Defense Secretary Dick Cheney")
    assert defence.term.start == dt.date(1989, 3, 21)


def test_a_bare_surname_refers_to_every_office_of_its_holder() -> None:
    cheney = find_office_mentions("Cheney said")
    assert {m.term.office.office_id for m in cheney} == {
        "USA.vice_president",
        "USA.defence_minister",
    }
    assert not any(m.titled for m in cheney)


def test_a_bare_name_keeps_the_offices_the_text_does_not_call_over() -> None:
    text = "Former Defense Secretary Dick Cheney was sworn in. Cheney said"
    bare = [m for m in find_office_mentions(text) if not m.titled]
    assert {(m.term.office.office_id, m.status) for m in bare} == {
        ("USA.vice_president", "current")
    }


@pytest.mark.parametrize(
    "text",
    [
        # Another country's vice president, speaker or minister.
        "Chinese Vice President Hu Jintao",
        "Lebanese Parliament Speaker Nabih Berri",
        "Iraqi Defence Minister Donald Rumsfeld",
        # A known holder named in a capacity we do not list.
        "Bundestag President Wolfgang Schaeuble",
        "Senator Lloyd Bentsen",
        "Mayor Gavin Newsom",
        # Ordinary words and common surnames that are not bare names of ours.
        "Hockey fans cheered",
        "Gallant efforts were made",
        "Kuroda said",
        "Osborne said",
        # Someone else with the surname or first name of a holder.
        "Makoto Kuroda said",
        "Francis said",
    ],
)
def test_no_mention_for_other_people_and_offices(text: str) -> None:
    assert find_office_mentions(text) == []


def test_a_surname_titled_for_one_holder_is_not_another_holder_bare() -> None:
    text = "West German Finance Minister Gerhard Stoltenberg said. Stoltenberg added"
    mentions = find_office_mentions(text)
    assert [(m.text, m.term.name) for m in mentions] == [
        ("West German Finance Minister Gerhard Stoltenberg", "Gerhard Stoltenberg")
    ]


def test_every_role_family_is_bundled() -> None:
    roles = {office.role for office in load_offices().values()}
    assert {
        "finance_minister",
        "defence_minister",
        "vice_president",
        "legislature_head",
        "interior_minister",
        "cabinet_minister",
    } <= roles
