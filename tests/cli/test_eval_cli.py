"""``datesleuth eval``: figures and error groups from gold and system directories."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from datesleuth import cli
from datesleuth.reading.timeml import to_timeml
from datesleuth.types import Timex

TEXT = "Sales rose on Friday and fell today."
FRIDAY = Timex("Friday", 14, 20, "DATE", "2021-05-21")
TODAY = Timex("today", 30, 35, "DATE", "2021-05-24")


@pytest.fixture(autouse=True)
def only_eval_command(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only this command is exercised in-process: other sub-commands' imports stay out of it.
    monkeypatch.setattr(cli, "COMMANDS", ("eval",))


def write(directory: Path, name: str, timexes: list[Timex]) -> None:
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(to_timeml(TEXT, dt.date(2021, 5, 24), timexes))


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    gold, system = tmp_path / "gold", tmp_path / "system"
    write(gold, "a.tml", [FRIDAY, TODAY])
    write(system, "a.tml", [FRIDAY, Timex("today", 30, 35, "DATE", "2021-05-21")])
    return gold, system


def test_prints_figures_and_error_groups(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(["eval", str(dirs[0]), str(dirs[1])])
    out = capsys.readouterr().out
    assert status == 0
    assert "strict      1.0000  1.0000  1.0000" in out
    assert "value       0.5000  0.5000" in out
    assert "value: 1 errors in 1 groups" in out
    assert "'today'  [gold DATE 2021-05-24; system DATE 2021-05-21]  e.g. a.tml" in out


def test_json_output(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["eval", str(dirs[0]), str(dirs[1]), "--json", "--errors", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["value"] == {"accuracy": 0.5, "f1": 0.5}
    assert data["error_groups"]["value"] == []


def test_missing_system_file_counts_as_missed_and_fails(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write(dirs[0], "b.tml", [TODAY])
    status = cli.main(["eval", str(dirs[0]), str(dirs[1])])
    captured = capsys.readouterr()
    assert status == 1
    assert "2 documents, 3 gold and 2 system TIMEX3" in captured.out
    assert captured.err.startswith("datesleuth: warning: ")
    assert "b.tml: no system file" in captured.err


def test_gold_directory_without_files_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["eval", str(tmp_path), str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == f"datesleuth: error: {tmp_path}: no .tml files found\n"
