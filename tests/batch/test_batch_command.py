"""``datesleuth batch`` on the command line: summary, exit status, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from datesleuth import cli

pytestmark = pytest.mark.usefixtures("fake_pipeline")


@pytest.fixture(autouse=True)
def only_the_batch_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMANDS", ("batch",))


def test_a_run_prints_its_summary_and_succeeds_with_failed_records(
    tmp_path: Path, write_jsonl, read_jsonl, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "ok", "text": "Seen in 2020.", "claimed": "2020-02-02"}, {"id": "empty"}],
    )
    status = cli.main(["batch", str(source), str(tmp_path / "out.jsonl"), "--jobs", "1"])
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[0].startswith("batch: 2 articles in ")
    assert out[1:5] == [
        "  consistent          1",
        "  misdated            0",
        "  undetermined        0",
        "  failed              1",
    ]
    assert [record["id"] for record in read_jsonl(tmp_path / "out.jsonl")] == ["ok", "empty"]


def test_a_parquet_file_without_text_column_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["x"], "content": ["words"]}), source)
    status = cli.main(["batch", str(source), str(tmp_path / "out.parquet")])
    err = capsys.readouterr().err
    assert status == 1
    assert err == (
        f"datesleuth: error: {source}: Parquet file has no 'text' or 'html' column "
        "(columns: id, content)\n"
    )


def test_a_missing_input_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(["batch", str(tmp_path / "nope.jsonl"), str(tmp_path / "out.jsonl")])
    assert status == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_zero_jobs_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Seen in 2020."}\n', encoding="utf-8")
    status = cli.main(["batch", str(source), str(tmp_path / "out.jsonl"), "--jobs", "0"])
    assert status == 1
    assert capsys.readouterr().err == "datesleuth: error: --jobs must be at least 1, not 0\n"
