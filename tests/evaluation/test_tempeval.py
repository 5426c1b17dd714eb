"""TempEval-3 Task A scoring on small hand-built examples, figures computed by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from datesleuth.errors import InputError
from datesleuth.evaluation import (
    compare_document,
    format_error_groups,
    format_scores,
    group_errors,
    match_relaxed,
    report_dict,
    score_directories,
    score_documents,
)
from datesleuth.reading.timeml import to_timeml
from datesleuth.types import Timex


def timex(start: int, end: int, kind: str = "DATE", value: str = "2021", text: str = "") -> Timex:
    return Timex(text or f"w{start}", start, end, kind, value)  # type: ignore[arg-type]


# Gold: A exact hit; B found with a wider span and a wrong value; C found exactly with a
# wrong type and value; D missed. System also has a spurious E.
GOLD = [
    timex(0, 10, value="2021-05-20", text="A"),
    timex(20, 25, value="2021-05", text="B"),
    timex(30, 40, "DURATION", "P2Y", text="C"),
    timex(50, 55, "TIME", "2021-05-20T10:00", text="D"),
]
SYSTEM = [
    timex(0, 10, value="2021-05-20", text="A"),
    timex(18, 25, value="2021-06", text="xB"),
    timex(30, 40, "DATE", "2019", text="C"),
    timex(60, 65, value="2020", text="E"),
]


def test_hand_computed_figures() -> None:
    evaluation = score_documents([("doc.tml", GOLD, SYSTEM)])
    counts = evaluation.counts
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (4, 4, 2, 3)
    assert (counts.type_correct, counts.value_correct) == (2, 1)
    # strict 2 of 4 both ways; relaxed 3 of 4 both ways.
    assert evaluation.strict.precision == pytest.approx(0.5)
    assert evaluation.strict.f1 == pytest.approx(0.5)
    assert evaluation.relaxed.recall == pytest.approx(0.75)
    assert evaluation.relaxed.f1 == pytest.approx(0.75)
    # type right on 2 of 3 matches: 2/3 x 0.75; value right on 1 of 3: 1/3 x 0.75.
    assert evaluation.type_f1 == pytest.approx(0.5)
    assert evaluation.value_f1 == pytest.approx(0.25)
    assert evaluation.mod_f1 == pytest.approx(0.75)


def test_errors_name_each_kind_with_both_sides() -> None:
    _, errors = compare_document("doc.tml", GOLD, SYSTEM)
    summary = sorted(
        (e.kind, e.gold.text if e.gold else None, e.system.text if e.system else None)
        for e in errors
    )
    assert summary == [
        ("boundary", "B", "xB"),
        ("missed", "D", None),
        ("spurious", None, "E"),
        ("type", "C", "C"),
        ("value", "B", "xB"),
        ("value", "C", "C"),
    ]
    assert all(e.file == "doc.tml" for e in errors)


def test_relaxed_matching_is_one_to_one_and_prefers_exact_then_larger_overlap() -> None:
    gold = [timex(0, 5), timex(6, 20)]
    # One wide system span covers both gold spans: it goes to the one it shares most with.
    assert match_relaxed(gold, [timex(0, 20)]) == [(1, 0)]
    # An exact match wins over a larger overlap.
    assert match_relaxed([timex(0, 10)], [timex(0, 12), timex(0, 10)]) == [(0, 1)]
    assert match_relaxed([timex(0, 5)], [timex(5, 9)]) == []


def test_counts_add_up_over_documents_and_empty_sets_score_zero() -> None:
    evaluation = score_documents([("a", GOLD, SYSTEM), ("b", GOLD[:1], [])])
    assert evaluation.documents == 2
    assert (evaluation.counts.gold, evaluation.counts.system) == (5, 4)
    assert evaluation.strict.recall == pytest.approx(2 / 5)
    empty = score_documents([])
    assert (empty.strict.f1, empty.type_f1) == (0.0, 0.0)


def test_error_groups_put_the_most_frequent_words_first() -> None:
    gold = [timex(0, 5, text="Friday"), timex(10, 15, text="friday"), timex(20, 25, text="now")]
    evaluation = score_documents([("d", gold, [])])
    groups = group_errors(evaluation.errors)["missed"]
    assert [(g.key, g.count) for g in groups] == [("friday", 2), ("now", 1)]
    listing = format_error_groups(evaluation, 1)
    assert "missed: 3 errors in 2 groups" in listing
    assert "'now'" not in listing


def test_report_text_and_json_carry_the_figures() -> None:
    evaluation = score_documents([("doc.tml", GOLD, SYSTEM)])
    text = format_scores(evaluation)
    assert "strict      0.5000  0.5000  0.5000" in text
    assert "value       0.3333  0.2500" in text
    data = report_dict(evaluation, 5)
    assert data["relaxed"]["f1"] == 0.75
    assert data["counts"]["relaxed"] == 3
    assert data["error_groups"]["spurious"][0]["example"]["system"]["text"] == "E"


def write_doc(directory: Path, name: str, text: str, timexes: list[Timex]) -> None:
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(to_timeml(text, dt.date(2021, 5, 21), timexes))


def test_score_directories_matches_files_by_name(tmp_path: Path) -> None:
    text = "It rained on Friday and today."
    friday = Timex("Friday", 13, 19, "DATE", "2021-05-21")
    today = Timex("today", 24, 29, "DATE", "2021-05-21")
    write_doc(tmp_path / "gold", "a.tml", text, [friday, today])
    write_doc(tmp_path / "gold", "b.tml", text, [friday])
    write_doc(tmp_path / "system", "a.tml", text, [friday])
    write_doc(tmp_path / "system", "b.tml", "Other text entirely.", [])
    evaluation = score_directories(tmp_path / "gold", tmp_path / "system")
    assert evaluation.documents == 2
    assert (evaluation.counts.gold, evaluation.counts.system, evaluation.counts.strict) == (3, 1, 1)
    assert len(evaluation.problems) == 1
    assert "TEXT differs" in evaluation.problems[0]


def test_score_directories_refuses_a_directory_without_gold(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \.tml files"):
        score_directories(tmp_path, tmp_path)
    with pytest.raises(InputError, match="is not a directory"):
        score_directories(tmp_path / "missing", tmp_path)
