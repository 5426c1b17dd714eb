"""Names news cannot write before a known day: the file, the finder, and the clue each
gives the dating engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from datesleuth import check
from datesleuth.dating.knowledge import KnowledgeFileError
from datesleuth.dating.knowledge.eras import ERAS_FILE, EraFinder, load_eras

HEADER = "name,phrases,since,event\n"
ROWS = (
    "COVID-19,COVID-19|Covid-19|SARS-CoV-2,2020-02-11,WHO names the disease\n"
    "euro,euro|euro zone|eurozone,1995-12-15,the currency is named at the Madrid summit\n"
    "Brexit,Brexit,2012-05-15,the word is coined\n"
)


def _eras(tmp_path: Path, body: str = ROWS) -> EraFinder:
    (tmp_path / ERAS_FILE).write_text(HEADER + body, encoding="utf-8")
    return EraFinder(load_eras(tmp_path))


def _found(finder: EraFinder, text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.era.name) for mention in finder.find(text)]


def test_phrases_are_found_as_written_and_as_whole_words(tmp_path: Path) -> None:
    finder = _eras(tmp_path)
    text = "Covid-19 cases rose in the euro zone; Brexiteers met; covid-19 is lower case."
    assert _found(finder, text) == [("Covid-19", "COVID-19"), ("euro zone", "euro")]


def test_a_phrase_wrapped_over_two_lines_is_found(tmp_path: Path) -> None:
    assert _found(_eras(tmp_path), "trade in the euro\nzone slowed") == [("euro\nzone", "euro")]


def test_a_hyphenated_compound_is_not_the_name(tmp_path: Path) -> None:
    assert _found(_eras(tmp_path), "the euro-dollar market and post-Brexit-era talk") == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Brexit,Brexit,2012-13-01,coined\n", "invalid date"),
        ("Brexit,Brexit,2012-05-15,coined\nLeave,Brexit,2016-06-23,vote\n", "listed for"),
        ("Brexit,,2012-05-15,coined\n", "empty name or phrases"),
        ("Brexit,Brexit,2012-05-15\n", "expected 4 fields"),
    ],
)
def test_a_bad_line_is_named_in_the_error(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(KnowledgeFileError, match=message):
        _eras(tmp_path, body)


def test_without_the_file_there_are_no_eras(tmp_path: Path) -> None:
    assert load_eras(tmp_path) == ()


def test_the_bundled_file_loads_with_unique_phrases_and_dates_in_the_news_era() -> None:
    eras = load_eras()
    assert len(eras) >= 50
    assert all(dt.date(1980, 1, 1) <= era.since <= dt.date.today() for era in eras)
    by_name = {era.name: era for era in eras}
    assert by_name["COVID-19"].since == dt.date(2020, 2, 11)


def test_a_name_of_a_time_bounds_the_estimate_and_flags_an_earlier_claim() -> None:
    text = (
        "Hospitals reported fewer COVID-19 patients on Monday, health officials said. "
        "The ministry said restrictions would ease next month if the trend held."
    )
    result = check(text, claimed="2018-03-05")
    era = [e for e in result.evidence if e.kind == "era"]
    assert [(e.text, e.after) for e in era] == [("COVID-19", dt.date(2020, 2, 11))]
    assert result.estimate is not None and result.estimate.earliest == dt.date(2020, 2, 11)
    assert result.verdict == "misdated"
    assert check(text, claimed="2021-03-01").verdict != "misdated"
