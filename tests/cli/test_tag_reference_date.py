"""`datesleuth tag` without --dct, with the real tagger and dating engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datesleuth import cli

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
