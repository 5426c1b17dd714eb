"""`datesleuth tag` without --dct, with the real tagger and dating engine."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from datesleuth import cli
from datesleuth.cli.tag_command import reference_date
from datesleuth.dating import read_article

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "portvale-ferry-strike.txt"


def test_a_claim_the_content_contradicts_is_not_the_reference_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = cli.main(["tag", str(EXAMPLE), "--format", "json"])
    captured = capsys.readouterr()
    assert status == 0
    assert "the most likely writing day its content points to" in captured.err
    values = {t["text"]: t["value"] for t in json.loads(captured.out)}
    # The header claims 14 March 2023; the story is from October 2020.
    assert values["Tuesday, 14 March 2023"] == "2023-03-14"
    assert values["next week"].startswith("2020-W")
    assert values["last month"].startswith("2020-")


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("| 3 March 2019, Sunday |", "its header"),
        ("Published: 3 March 2019", "its 'Published' line"),
        ("Updated: 3 March 2019", "its 'Updated' line"),
    ],
)
def test_the_note_names_the_line_the_claim_was_read_from(line: str, named: str) -> None:
    text = f"{line}\n\nPrices rose yesterday, traders said."
    assert reference_date(read_article(text, None), None, None) == (
        dt.date(2019, 3, 3),
        f"the date {named} claims",
    )


def test_a_tentative_estimate_is_noted_as_a_guess() -> None:
    # Years named without tense give a most likely day but no bound.
    text = "The ministry released the 2005 figures. The report covers 2004 and 2005."
    day, source = reference_date(read_article(text, None), None, None)
    assert day is not None and day.year == 2005
    assert source == "a guess at the writing day (its content does not bound the year)"
