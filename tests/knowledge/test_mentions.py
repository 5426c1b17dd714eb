"""Office-holder mentions: names, titles, former/future markers, and shared names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from datesleuth.dating.knowledge import KnowledgeFileError, load_offices, load_terms
from datesleuth.dating.knowledge.mentions import (
    MentionFinder,
    OfficeMention,
    find_office_mentions,
    load_markers,
)

SEED_ARTICLE = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "examples"
    / "lavrov-blinken-reykjavik.txt"
)

# A small world of heads, so that the engine is tested independently of the bundled data.
HEAD_OFFICES = """office_id,country,role,titles
USA.head_of_state,USA,head_of_state,US President|U.S. President|American President|President
RUS.head_of_state,RUS,head_of_state,Russian President|Russia's President|President
RUS.head_of_government,RUS,head_of_government,Russian Prime Minister|Prime Minister
GBR.head_of_government,GBR,head_of_government,British Prime Minister|Prime Minister
"""
HEAD_HOLDERS = """office_id,name,aliases,start,end
USA.head_of_state,George H. W. Bush,George Bush|Bush,1989-01-20,1993-01-20
USA.head_of_state,Bill Clinton,Clinton,1993-01-20,2001-01-20
USA.head_of_state,George W. Bush,George Bush|Bush,2001-01-20,2009-01-20
USA.head_of_state,Barack Obama,Obama,2009-01-20,2017-01-20
USA.head_of_state,Donald Trump,Donald J. Trump|Trump,2017-01-20,2021-01-20
USA.head_of_state,Joe Biden,Joseph R. Biden|Biden,2021-01-20,2025-01-20
USA.head_of_state,Donald Trump,Donald J. Trump|Trump,2025-01-20,
RUS.head_of_government,Vladimir Putin,Putin,1999-08-16,2000-05-07
RUS.head_of_state,Vladimir Putin,Putin,2000-05-07,2008-05-07
RUS.head_of_state,Dmitry Medvedev,Medvedev,2008-05-07,2012-05-07
RUS.head_of_government,Vladimir Putin,Putin,2008-05-08,2012-05-07
RUS.head_of_state,Vladimir Putin,Putin,2012-05-07,
GBR.head_of_government,Tony Blair,Blair,1997-05-02,2007-06-27
GBR.head_of_government,Theresa May,May,2016-07-13,2019-07-24
"""


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory) -> MentionFinder:
    directory = tmp_path_factory.mktemp("knowledge")
    (directory / "heads.offices.csv").write_text(HEAD_OFFICES, encoding="utf-8")
    (directory / "heads.holders.csv").write_text(HEAD_HOLDERS, encoding="utf-8")
    return MentionFinder(load_terms(directory), load_markers())


def _summary(mentions: list[OfficeMention]) -> list[tuple[str, str, str, str, bool]]:
    return [
        (m.text, m.term.office.office_id, m.term.start.isoformat(), m.status, m.titled)
        for m in mentions
    ]


def test_full_title_and_name(finder: MentionFinder) -> None:
    text = "On Monday US President Joe Biden said"
    (mention,) = finder.find(text)
    assert text[mention.start : mention.end] == mention.text == "US President Joe Biden"
    assert (mention.term.name, mention.status, mention.titled) == ("Joe Biden", "current", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Biden", ("President Biden", "current", True)),
        ("the Biden administration", ("Biden", "current", False)),
        ("then-US President Joe Biden", ("then-US President Joe Biden", "former", True)),
        ("former president Biden", ("former president Biden", "former", True)),
        ("ex-President Biden", ("ex-President Biden", "former", True)),
        ("President-elect Joe Biden", ("President-elect Joe Biden", "future", True)),
        ("incoming President Biden", ("incoming President Biden", "future", True)),
        (
            "former British Prime Minister Tony Blair",
            ("former British Prime Minister Tony Blair", "former", True),
        ),
        ("Prime Minister May", ("Prime Minister May", "current", True)),
        ("Mr Blair", ("Blair", "current", False)),
        ("the then Prime Minister Tony Blair", ("then Prime Minister Tony Blair", "former", True)),
        ("since then President Biden has", ("President Biden", "current", True)),
        ("the late President Bill Clinton", ("the late President Bill Clinton", "former", True)),
    ],
)
def test_status_and_span(finder: MentionFinder, text: str, expected: tuple[str, str, bool]) -> None:
    (mention,) = finder.find(text)
    assert (mention.text, mention.status, mention.titled) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The President said the Prime Minister agreed.",  # a title alone is no mention
        "Vice President Joe Biden visited Kyiv.",  # another office
        "He met Hunter Biden and Ivanka Trump.",  # someone else with the surname
        "In May the rice harvest began.",  # a surname that is an ordinary word needs a title
    ],
)
def test_not_a_mention(finder: MentionFinder, text: str) -> None:
    assert finder.find(text) == []


def test_a_title_does_not_reach_across_a_sentence_or_paragraph(finder: MentionFinder) -> None:
    for text in ("He met the President. Biden said", "the President\n\nBiden said"):
        assert _summary(finder.find(text)) == [
            ("Biden", "USA.head_of_state", "2021-01-20", "current", False)
        ]


def test_title_selects_the_office_of_a_shared_name(finder: MentionFinder) -> None:
    as_president = finder.find("Russian President Vladimir Putin")
    as_premier = finder.find("Prime Minister Vladimir Putin")
    assert {m.term.office.office_id for m in as_president} == {"RUS.head_of_state"}
    assert {m.term.office.office_id for m in as_premier} == {"RUS.head_of_government"}
    assert len(as_president) == len(as_premier) == 2  # two spells in each office


def test_a_bare_name_refers_to_every_term(finder: MentionFinder) -> None:
    mentions = finder.find("Putin")
    assert len(mentions) == 4
    assert all(not m.titled and m.status == "current" for m in mentions)


def test_several_remaining_terms_share_one_span(finder: MentionFinder) -> None:
    mentions = finder.find("then-President Donald Trump left")
    assert {(m.start, m.end, m.status) for m in mentions} == {(0, 27, "former")}
    assert sorted(m.term.start.year for m in mentions) == [2017, 2025]


def test_the_longest_name_wins(finder: MentionFinder) -> None:
    starts = {m.term.start for m in finder.find("President George W. Bush")}
    assert starts == {dt.date(2001, 1, 20)}
    assert len(finder.find("President Bush")) == 2  # father and son


def test_possessives_accents_and_line_breaks(finder: MentionFinder) -> None:
    text = "Biden's remarks; Russia's President\nVladimir Putin’s reply"
    assert _summary(finder.find(text))[0] == (
        "Biden",
        "USA.head_of_state",
        "2021-01-20",
        "current",
        False,
    )
    spans = {m.text for m in finder.find(text)}
    assert spans == {"Biden", "Russia's President\nVladimir Putin"}


def test_bundled_data_finds_ministers_and_organisation_heads() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov met UN Secretary-General António Guterres and "
        "former U.S. Secretary of State John Kerry. The late Kofi Annan was praised, and "
        "Foreign Secretary Boris Johnson spoke."
    )
    assert _summary(find_office_mentions(text)) == [
        (
            "Russian Foreign Minister Sergei Lavrov",
            "RUS.foreign_minister",
            "2004-03-09",
            "current",
            True,
        ),
        (
            "UN Secretary-General António Guterres",
            "UN.secretary_general",
            "2017-01-01",
            "current",
            True,
        ),
        (
            "former U.S. Secretary of State John Kerry",
            "USA.foreign_minister",
            "2013-02-01",
            "former",
            True,
        ),
        ("The late Kofi Annan", "UN.secretary_general", "1997-01-01", "former", False),
        ("Foreign Secretary Boris Johnson", "GBR.foreign_minister", "2016-07-13", "current", True),
    ]


def test_seed_article_mentions() -> None:
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article absent")
    mentions = find_office_mentions(SEED_ARTICLE.read_text(encoding="utf-8"))
    by_name: dict[str, list[OfficeMention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.term.name, []).append(mention)
    blinken = by_name["Antony Blinken"]
    assert {(m.term.start, m.term.end, m.status) for m in blinken} == {
        (dt.date(2021, 1, 26), dt.date(2025, 1, 20), "current")
    }
    assert any(m.titled for m in by_name["Sergey Lavrov"])
    if "USA.head_of_state" not in load_offices():
        pytest.skip("heads of state data not bundled yet")
    assert {m.status for m in by_name["Joe Biden"]} == {"current"}
    assert {m.status for m in by_name["Donald Trump"]} == {"former"}
    putin = by_name["Vladimir Putin"]
    assert {m.status for m in putin} == {"current"}
    assert any(m.term.covers(dt.date(2021, 5, 13)) for m in putin)


def test_bundled_heads_data_statuses() -> None:
    if "GBR.head_of_government" not in load_offices():
        pytest.skip("heads of government data not bundled yet")
    (future,) = find_office_mentions("President-elect Joe Biden")
    assert (future.status, future.term.start) == ("future", dt.date(2021, 1, 20))
    blair = find_office_mentions("former British Prime Minister Tony Blair")
    assert {(m.status, m.term.office.office_id) for m in blair} == {
        ("former", "GBR.head_of_government")
    }


def test_markers_file_must_hold_lists_of_words(tmp_path: Path) -> None:
    path = tmp_path / "xx.markers.yaml"
    path.write_text("former_before_title: former\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=r"xx.markers.yaml: 'former_before_title' must"):
        load_markers(path)
