"""``datesleuth check --jsonl``: every input line gets its output line, whatever it holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datesleuth.cli import main

ARTICLE = (
    "Published: 14 May 2021\n\nThe leaders will meet on May 20, the ministry said on Thursday."
)


def test_a_line_of_invalid_utf8_is_an_error_record_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps({"id": "good", "text": ARTICLE}).encode()
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join([good, b'{"id": "bad", "text": "caf\xe9"}', good]) + b"\n")
    status = main(["check", "--jsonl", str(path)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [record["id"] for record in records] == ["good", "line-2", "good"]
    assert records[1]["error"] == "line 2: not valid UTF-8"
    assert records[2]["verdict"] == records[0]["verdict"]


def test_claimed_option_with_jsonl_is_refused_rather_than_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    status = main(["check", "--jsonl", str(path), "--claimed", "2021-01-01"])
    captured = capsys.readouterr()
    assert (status, captured.out) == (1, "")
    assert captured.err == (
        'datesleuth: error: --claimed is for one FILE; with --jsonl give each line a "claimed"\n'
    )


def test_an_empty_claimed_field_means_no_claim_as_in_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    lines = [{"id": "empty", "text": ARTICLE, "claimed": ""}, {"id": "absent", "text": ARTICLE}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["check", "--jsonl", str(path)]) == 0
    empty, absent = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "error" not in empty
    assert {**empty, "id": "absent"} == absent


def test_a_lone_surrogate_is_an_error_record_not_a_crash_on_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A JSON escape can carry half a UTF-16 pair, which no UTF-8 output line could hold.
    path = tmp_path / "in.jsonl"
    odd_line = '{"id": "odd", "text": "\\ud800 Lone"}\n'
    path.write_text(odd_line + json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    assert main(["check", "--jsonl", str(path)]) == 0
    odd, good = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert odd == {"id": "odd", "error": "'text' is not valid Unicode"}
    assert good["id"] == "line-2" and good["claimed"] == "2021-05-14"
