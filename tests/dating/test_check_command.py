"""``datesleuth check``: the report, JSON, the JSONL batch form and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datesleuth.cli import main

BATCH_FIELDS = {
    "id",
    "claimed",
    "claimed_source",
    "estimate",
    "verdict",
    "confidence",
    "evidence",
}
EVIDENCE_FIELDS = {"text", "start", "end", "kind", "implies", "weight", "agrees_with_claim"}


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _seed_path(seed_text: str, tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    return path


def test_human_report_of_the_seed(
    seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["check", str(_seed_path(seed_text, tmp_path))], capsys)
    assert status == 0 and err == ""
    assert "27 May 2024" in out and "header line" in out
    assert "13 May 2021" in out
    assert "MISDATED" in out and "about 3 years later" in out
    assert '"then-US President Donald Trump"' in out
    assert "AGAINST claim" in out


def test_json_and_no_claimed(
    seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_seed_path(seed_text, tmp_path))
    status, out, _ = _run(["check", path, "--json"], capsys)
    data = json.loads(out)
    assert status == 0 and data["verdict"] == "misdated"
    assert data["claimed"] == "2024-05-27" and data["claimed_span"] == [2, 21]
    status, out, _ = _run(["check", path, "--json", "--no-claimed"], capsys)
    data = json.loads(out)
    assert data["claimed"] is None and data["verdict"] == "undetermined"
    assert data["estimate"]["most_likely"].startswith("2021-05")


def test_claimed_option_overrides_the_header(
    seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_seed_path(seed_text, tmp_path))
    status, out, _ = _run(["check", path, "--json", "--claimed", "2021-05-13"], capsys)
    assert status == 0 and json.loads(out)["verdict"] == "consistent"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", [], "is empty"),
        (b"\x00\x01\x02binary", [], "binary"),
        (b"<html><body></body></html>", [], "no article body"),
        (b"Some text.", ["--claimed", "2021-02-30"], "--claimed: impossible date"),
    ],
)
def test_bad_input_gives_one_line_error(
    content: bytes,
    args: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "input.html" if content.startswith(b"<html") else tmp_path / "input.txt"
    path.write_bytes(content)
    status, out, err = _run(["check", str(path), *args], capsys)
    assert status == 1 and out == ""
    assert err.startswith("datesleuth: error: ") and message in err
    assert err.count("\n") == 1


def test_missing_file_and_missing_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(["check", "/nonexistent/article.txt"], capsys)
    assert status == 1 and "no such file" in err
    status, _, err = _run(["check"], capsys)
    assert status == 1 and "no input" in err


def test_jsonl_batch_keeps_order_and_reports_bad_lines(
    seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": "seed", "text": seed_text}),
        "{not json",
        json.dumps({"id": 3, "claimed": "2021-05-13"}),
        json.dumps({"id": "bad-date", "text": "Some text.", "claimed": "2021-02-30"}),
        json.dumps({"id": "page", "html": "<html><body></body></html>"}),
        json.dumps({"id": "given", "text": seed_text, "claimed": "2021-05-13"}),
        "",
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, _ = _run(["check", "--jsonl", str(path)], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(records) == 7
    seed, broken, no_text, bad_date, page, given, blank = records
    # Ids are read as the batch command reads them: strings, "line-N" when missing.
    assert blank == {"id": "line-7", "error": "line 7: empty line"}
    assert set(seed) == BATCH_FIELDS
    assert seed["id"] == "seed" and seed["verdict"] == "misdated"
    assert all(set(item) == EVIDENCE_FIELDS for item in seed["evidence"])
    assert set(seed["estimate"]) == {"earliest", "latest", "most_likely"}
    assert broken["id"] == "line-2" and broken["error"].startswith("line 2: not valid JSON")
    assert no_text == {"id": "3", "error": "no text (needs a non-empty 'text' or 'html')"}
    assert bad_date["id"] == "bad-date" and "impossible date" in bad_date["error"]
    assert page["id"] == "page" and "no article body" in page["error"]
    assert given["verdict"] == "consistent" and given["claimed_source"] == "given"


def test_jsonl_and_file_together_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(["check", "a.txt", "--jsonl", "b.jsonl"], capsys)
    assert status == 1 and "not both" in err


# Years named without tense: weak clues only, which give a most likely day and no bound.
TENTATIVE = "The ministry released the 2005 figures. The report covers 2004 and 2005."


def test_json_of_a_tentative_estimate_has_open_ends_and_judges_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "weak.txt"
    path.write_text(f"Published: 3 March 2019\n\n{TENTATIVE}\n", encoding="utf-8")
    status, out, _ = _run(["check", str(path), "--json"], capsys)
    data = json.loads(out)
    assert status == 0
    estimate = data["estimate"]
    assert (estimate["earliest"], estimate["latest"]) == (None, None)
    assert estimate["most_likely"].startswith("2005-")
    assert data["verdict"] == "undetermined" and "only weak clues" in data["reason"]


def test_jsonl_of_a_tentative_estimate_has_open_ends_and_judges_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    line = {"id": "weak", "text": TENTATIVE, "claimed": "2019-03-03"}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    status, out, _ = _run(["check", "--jsonl", str(path)], capsys)
    [record] = [json.loads(item) for item in out.splitlines()]
    assert status == 0 and set(record) == BATCH_FIELDS
    assert record["estimate"]["earliest"] is None and record["estimate"]["latest"] is None
    assert record["estimate"]["most_likely"].startswith("2005-")
    assert record["verdict"] == "undetermined" and record["confidence"] == 0.0
