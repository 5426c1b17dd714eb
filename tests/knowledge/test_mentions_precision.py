"""Office-holder mentions: country-qualified titles, longer names, status markers with
modifiers, titles inside aliases, and names the text gives to someone else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datesleuth.dating.knowledge import KnowledgeFileError, load_countries, load_terms
from datesleuth.dating.knowledge.mentions import (
    MentionFinder,
    OfficeMention,
    find_office_mentions,
    load_markers,
)

OFFICES = """office_id,country,role,titles
USA.head_of_state,USA,head_of_state,US President|President
IRQ.head_of_state,IRQ,head_of_state,President
KEN.head_of_state,KEN,head_of_state,President
EGY.head_of_government,EGY,head_of_government,Prime Minister
GBR.head_of_government,GBR,head_of_government,Prime Minister
DEU.head_of_government,DEU,head_of_government,Chancellor
JPN.head_of_government,JPN,head_of_government,Prime Minister
JOR.head_of_state,JOR,head_of_state,King
PHL.head_of_state,PHL,head_of_state,President
"""
HOLDERS = """office_id,name,aliases,start,end
USA.head_of_state,George W. Bush,Bush,2001-01-20,2009-01-20
USA.head_of_state,Joe Biden,Biden,2021-01-20,2025-01-20
IRQ.head_of_state,Saddam Hussein,Saddam,1979-07-16,2003-04-09
KEN.head_of_state,Daniel arap Moi,Moi,1978-08-22,2002-12-30
EGY.head_of_government,Kamal Hassan Ali,,1984-07-17,1985-09-04
GBR.head_of_government,Margaret Thatcher,Thatcher,1979-05-04,1990-11-28
DEU.head_of_government,Angela Merkel,Merkel,2005-11-22,2021-12-08
JPN.head_of_government,Kiichi Miyazawa,Miyazawa,1991-11-05,1993-08-09
JOR.head_of_state,Hussein bin Talal,King Hussein,1952-08-11,1999-02-07
PHL.head_of_state,Ferdinand Marcos,Marcos,1965-12-30,1986-02-25
"""
COUNTRIES = """iso3,adjectives,names
USA,US|American,America
IRQ,Iraqi,Iraq
KEN,Kenyan,Kenya
EGY,Egyptian,Egypt
GBR,British,Britain
DEU,German,Germany
JPN,Japanese,Japan
JOR,Jordanian,Jordan
PHL,Philippine,Philippines
"""


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory) -> MentionFinder:
    directory = tmp_path_factory.mktemp("knowledge")
    for name, text in (
        ("world.offices.csv", OFFICES),
        ("world.holders.csv", HOLDERS),
        ("countries.csv", COUNTRIES),
    ):
        (directory / name).write_text(text, encoding="utf-8")
    return MentionFinder(load_terms(directory), load_markers(), load_countries(directory))


def _found(mentions: list[OfficeMention]) -> list[tuple[str, str, str, bool]]:
    return [(m.text, m.term.name, m.status, m.titled) for m in mentions]


@pytest.mark.parametrize(
    ("text", "office_id"),
    [
        ("Kenyan President Daniel arap Moi", "KEN.head_of_state"),
        ("Kenya's President Moi", "KEN.head_of_state"),
        ("Iraqi President Saddam Hussein", "IRQ.head_of_state"),
        ("Jordanian King Hussein", "JOR.head_of_state"),
    ],
)
def test_country_adjective_or_possessive_builds_the_title(
    finder: MentionFinder, text: str, office_id: str
) -> None:
    (mention,) = finder.find(text)
    assert (mention.text, mention.term.office.office_id, mention.titled) == (text, office_id, True)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi President Bush",  # a plain title after another country's adjective
        "Kenyan President Biden",
        "Egyptian Prime Minister Thatcher",
    ],
)
def test_title_of_another_country_is_no_mention(finder: MentionFinder, text: str) -> None:
    assert finder.find(text) == []


def test_a_known_name_running_into_more_name_words_is_someone_else(
    finder: MentionFinder,
) -> None:
    assert _found(finder.find("Prime Minister Ali Mohamed Gedi met US President Joe Biden")) == [
        ("US President Joe Biden", "Joe Biden", "current", True)
    ]
    assert finder.find("the Biden Foundation") == []


def test_a_weekday_after_a_name_keeps_the_mention(finder: MentionFinder) -> None:
    assert _found(finder.find("President Bush Monday said")) == [
        ("President Bush", "George W. Bush", "current", True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the rebate won by then Conservative prime minister Margaret Thatcher",
            ("then Conservative prime minister Margaret Thatcher", "former"),
        ),
        (
            "the former communist president Saddam Hussein",
            ("former communist president Saddam Hussein", "former"),
        ),
        (
            "associates of ousted President Ferdinand Marcos",
            ("ousted President Ferdinand Marcos", "former"),
        ),
        ("the deposed president Marcos", ("deposed president Marcos", "former")),
        (
            "talks with designated chancellor Angela Merkel",
            ("designated chancellor Angela Merkel", "future"),
        ),
        ("the late King Hussein", ("the late King Hussein", "former")),
        (
            "then prime minister Margaret Thatcher",
            ("then prime minister Margaret Thatcher", "former"),
        ),
    ],
)
def test_status_markers_and_modifiers(
    finder: MentionFinder, text: str, expected: tuple[str, str]
) -> None:
    (mention,) = finder.find(text)
    assert (mention.text, mention.status, mention.titled) == (*expected, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daniel arap Moi, the Kenyan president, said",
            ("Daniel arap Moi, the Kenyan president", "current"),
        ),
        ("Joe Biden, the former president, said", ("Joe Biden, the former president", "former")),
        (
            "Saddam Hussein, the late Iraqi president.",
            ("Saddam Hussein, the late Iraqi president", "former"),
        ),
    ],
)
def test_a_title_after_the_name(
    finder: MentionFinder, text: str, expected: tuple[str, str]
) -> None:
    (mention,) = finder.find(text)
    assert (mention.text, mention.status, mention.titled) == (*expected, True)


def test_a_title_after_the_name_must_be_the_persons(finder: MentionFinder) -> None:
    assert finder.find("Joe Biden, the Kenyan president, said") == []
    # Not a title ending the phrase: the name stays a bare mention.
    assert _found(finder.find("Joe Biden, the president of the club, said")) == [
        ("Joe Biden", "Joe Biden", "current", False)
    ]


def test_a_text_ending_right_after_the_comma(finder: MentionFinder) -> None:
    assert _found(finder.find("Joe Biden, the")) == [("Joe Biden", "Joe Biden", "current", False)]


WORDS = ["Joe", "Biden", "President", "Iraqi", "the", "former", "pro", "King", "Hussein", "Monday"]


@settings(deadline=None)  # no timing in unit tests: the machine is shared
@given(st.lists(st.sampled_from([*WORDS, ",", "-", ".", " ", "'s"]), max_size=12))
def test_any_mix_of_names_titles_and_punctuation_gives_well_formed_mentions(
    finder: MentionFinder, pieces: list[str]
) -> None:
    text = " ".join(pieces)
    for mention in finder.find(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.status in ("current", "former", "future")


def test_a_hyphenated_country_word_is_no_country(finder: MentionFinder) -> None:
    assert _found(finder.find("the pro-Iraqi President Moi")) == [
        ("President Moi", "Daniel arap Moi", "current", True)
    ]


def test_a_bare_name_after_ousted_is_a_former_holder(finder: MentionFinder) -> None:
    assert _found(finder.find("the trial of ousted Saddam Hussein")) == [
        ("ousted Saddam Hussein", "Saddam Hussein", "former", False)
    ]


def test_a_stand_in_is_not_the_holder(finder: MentionFinder) -> None:
    assert finder.find("acting prime minister Margaret Thatcher") == []


def test_a_title_inside_an_alias_is_read_as_a_title(finder: MentionFinder) -> None:
    assert _found(finder.find("King Hussein")) == [
        ("King Hussein", "Hussein bin Talal", "current", True)
    ]
    # "Hussein" alone is too ambiguous without the title.
    assert finder.find("Hussein said") == []


def test_a_surname_given_to_someone_else_drops_its_bare_mentions(finder: MentionFinder) -> None:
    text = "Finance Minister Kiichi Miyazawa said on Monday. Miyazawa added that rates would fall."
    assert finder.find(text) == []
    text = "He met Hunter Biden. Biden said nothing."
    assert finder.find(text) == []


def test_a_titled_mention_keeps_the_bare_ones(finder: MentionFinder) -> None:
    text = "Prime Minister Kiichi Miyazawa spoke. His nephew Hiro Miyazawa came. Miyazawa left."
    assert _found(finder.find(text)) == [
        ("Prime Minister Kiichi Miyazawa", "Kiichi Miyazawa", "current", True),
        ("Miyazawa", "Kiichi Miyazawa", "current", False),
    ]


def test_a_bare_name_is_not_read_as_running_for_a_term_the_text_calls_over(
    finder: MentionFinder,
) -> None:
    text = "Former Iraqi President Saddam Hussein went on trial. Saddam refused to plead."
    assert _found(finder.find(text)) == [
        ("Former Iraqi President Saddam Hussein", "Saddam Hussein", "former", True)
    ]
    # A marker before an untitled name says so too.
    text = "Tributes to the late Margaret Thatcher poured in. Thatcher led Britain for 11 years."
    assert [m.status for m in finder.find(text)] == ["former"]


def test_a_bare_name_is_not_read_as_running_for_a_term_not_yet_begun(
    finder: MentionFinder,
) -> None:
    text = "President-elect Joe Biden named his cabinet. Biden said it looks like America."
    assert _found(finder.find(text)) == [("President-elect Joe Biden", "Joe Biden", "future", True)]


def test_a_bare_name_keeps_terms_the_text_does_not_call_over(finder: MentionFinder) -> None:
    # Only Bush's term is said to be over; a bare "Biden" is untouched.
    text = "Former President George W. Bush met Biden. Bush and Biden talked."
    assert _found(finder.find(text)) == [
        ("Former President George W. Bush", "George W. Bush", "former", True),
        ("Biden", "Joe Biden", "current", False),
        ("Biden", "Joe Biden", "current", False),
    ]


def test_countries_file_is_optional_and_checked(tmp_path: Path) -> None:
    assert load_countries(tmp_path) == ()
    directory = tmp_path / "repeated"
    directory.mkdir()
    (directory / "countries.csv").write_text(
        "iso3,adjectives,names\nKEN,Kenyan,Kenya\nKEN,Kenyan,Kenya\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeFileError, match=r"countries.csv, line 3: empty or repeated"):
        load_countries(directory)


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("President Mobutu Sese Seko", "Mobutu Sese Seko", dt.date(1997, 4, 1)),
        ("Prime Minister Hun Sen", "Hun Sen", dt.date(1997, 7, 1)),
        ("Ugandan President Yoweri Museveni", "Yoweri Museveni", dt.date(2006, 1, 1)),
        ("Lebanese President Emile Lahoud", "Émile Lahoud", dt.date(2005, 3, 1)),
        ("President Sali Berisha", "Sali Berisha", dt.date(1997, 3, 1)),
        ("Finnish Foreign Minister Erkki Tuomioja", "Erkki Tuomioja", dt.date(2006, 1, 1)),
        ("Foreign Minister Alexander Downer", "Alexander Downer", dt.date(2005, 6, 1)),
        ("Somali Prime Minister Ali Mohamed Gedi", "Ali Mohamed Gedi", dt.date(2006, 6, 1)),
        ("Jordan's King Abdullah II", "Abdullah II", dt.date(2005, 6, 1)),
        ("Fed Chairman Alan Greenspan", "Alan Greenspan", dt.date(1997, 6, 1)),
        ("IAEA chief Mohamed ElBaradei", "Mohamed ElBaradei", dt.date(2006, 6, 1)),
        ("EU foreign policy chief Javier Solana", "Javier Solana", dt.date(2005, 6, 1)),
        ("Bundesbank President Karl Otto Poehl", "Karl Otto Pöhl", dt.date(1987, 3, 1)),
    ],
)
def test_bundled_data_knows_wire_news_office_holders(text: str, name: str, day: dt.date) -> None:
    mentions = find_office_mentions(text)
    assert mentions and all(m.titled and m.term.name == name for m in mentions), mentions
    assert any(m.term.covers(day) for m in mentions)


def test_a_longer_name_wrapped_over_two_lines_is_still_someone_else() -> None:
    # Wire copy breaks lines inside names: "Manuel" here is not South Africa's Trevor Manuel.
    assert find_office_mentions("Finance Minister Manuel Azpurua said") == []
    assert find_office_mentions("Finance Minister Manuel\nAzpurua said") == []


def test_bundled_data_rejects_another_country_and_stand_ins() -> None:
    assert find_office_mentions("Iraqi President George W. Bush") == []
    assert find_office_mentions("acting President Vladimir Putin") == []
