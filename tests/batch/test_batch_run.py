"""Batch runs end to end on the fake analysis stages: inputs, outputs, errors, order."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from datesleuth.batch import BatchOptions, run_batch
from datesleuth.batch.records import OUTPUT_FIELDS
from datesleuth.batch.sources import jsonl_record
from datesleuth.errors import InputError

pytestmark = pytest.mark.usefixtures("fake_pipeline")

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wire-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2006-12-02" temporalFunction="false"
functionInDocument="CREATION_TIME">December 2, 2006</TIMEX3></DCT>
<TEXT>The book came out in 2002 and sold well.</TEXT>
</TimeML>
"""


def run(input_path: Path, output: Path, jobs: int = 1, restart: bool = False):
    options = BatchOptions(input_path, output, jobs=jobs, progress=False, restart=restart)
    return run_batch(options, stderr=io.StringIO())


@pytest.fixture
def mixed_jsonl(tmp_path: Path, write_jsonl) -> Path:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": "Talks were held in 2021.", "claimed": "2021-05-13"},
            {"id": "b", "text": "It was misdated in 2024."},
            {"text": "No id here, 2020."},
            {"id": "d", "html": "<p>Summit in <b>2019</b></p>"},
            {"id": "e", "text": "   "},
            {"id": "f", "text": "This will explode."},
            {"id": "a", "text": "Same id again, 2018."},
            {"id": 7, "text": "Numeric id.", "claimed": "13 May"},
            {"id": "g", "text": "Half a pair: \ud800."},
            {"id": "h", "text": "  ", "html": "<p>Blank text, HTML from 2011</p>"},
        ],
    )
    with path.open("a", encoding="utf-8") as stream:
        stream.write("\n")  # blank lines are not records
        stream.write('{"id": "broken", "text": \n')
        stream.write("[1, 2]\n")
    return path


def test_jsonl_gives_one_record_per_input_record_in_order(
    mixed_jsonl: Path, tmp_path: Path, read_jsonl
) -> None:
    summary = run(mixed_jsonl, tmp_path / "out.jsonl")
    output = read_jsonl(tmp_path / "out.jsonl")
    ids = [record["id"] for record in output]
    assert ids == ["a", "b", "line-3", "d", "e", "f", "a", "7", "g", "h", "line-12", "line-13"]
    assert [record["error"] is None for record in output] == [
        True, True, True, True, False, False, True, False, False, True, False, False,
    ]  # fmt: skip
    first = output[0]
    assert list(first) == list(OUTPUT_FIELDS)
    assert first["verdict"] == "consistent"
    assert first["claimed"] == "2021-05-13"
    assert first["estimate"]["most_likely"] == "2021-05-13"
    assert first["timexes"][0]["value"] == "2021"
    assert first["timeline"][0]["text"] == "2021"
    assert output[1]["verdict"] == "misdated"
    assert output[3]["timexes"][0]["value"] == "2019"  # from the HTML's text
    assert output[9]["timexes"][0]["value"] == "2011"
    assert summary.counts == {"consistent": 1, "misdated": 1, "undetermined": 4, "failed": 6}
    assert (summary.processed, summary.resumed) == (12, 0)


def test_failed_records_say_what_is_wrong(mixed_jsonl: Path, tmp_path: Path, read_jsonl) -> None:
    run(mixed_jsonl, tmp_path / "out.jsonl")
    errors = {record["id"]: record["error"] for record in read_jsonl(tmp_path / "out.jsonl")}
    assert "no text" in errors["e"]
    assert errors["f"] == "f: cannot be dated"
    assert "13 May" in errors["7"]  # a claimed date that is not YYYY-MM-DD
    assert errors["g"] == "'text' is not valid Unicode"
    assert errors["line-12"].startswith("line 12: not valid JSON")
    assert errors["line-13"] == "line 13: not a JSON object"
    failed = next(r for r in read_jsonl(tmp_path / "out.jsonl") if r["id"] == "e")
    assert failed == {"id": "e", "error": failed["error"]}


def test_worker_processes_keep_the_input_order(tmp_path: Path, write_jsonl, read_jsonl) -> None:
    items = [{"id": f"doc-{n}", "text": f"Report {n} from {1990 + n % 30}."} for n in range(100)]
    source = write_jsonl(tmp_path / "in.jsonl", items)
    run(source, tmp_path / "one.jsonl", jobs=1)
    run(source, tmp_path / "two.jsonl", jobs=2)
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()
    assert [r["id"] for r in read_jsonl(tmp_path / "two.jsonl")] == [i["id"] for i in items]


def test_directory_input_reports_unreadable_files_and_goes_on(tmp_path: Path, read_jsonl) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "b.txt").write_text("Elections were held in 2016.", encoding="utf-8")
    (corpus / "a.tml").write_text(TIMEML, encoding="utf-8")
    (corpus / "sub" / "c.html").write_text("<p>Opened in 2012.</p>", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"caf\xe9 in 2001")
    (corpus / "broken.tml").write_text("<?xml version='1.0'?><TimeML><TEXT>no end")
    (corpus / "notes.md").write_text("not an article", encoding="utf-8")

    summary = run(corpus, tmp_path / "out.jsonl")

    output = {record["id"]: record for record in read_jsonl(tmp_path / "out.jsonl")}
    assert list(output) == ["a.tml", "b.txt", "bad.txt", "broken.tml", "sub/c.html"]
    assert output["a.tml"]["claimed"] == "2006-12-02"  # the DCT is the claimed date
    assert output["a.tml"]["claimed_source"] == "timeml-dct"
    assert output["a.tml"]["timexes"][0]["text"] == "2002"
    assert output["sub/c.html"]["timexes"][0]["value"] == "2012"
    assert "not valid UTF-8" in output["bad.txt"]["error"]
    assert output["broken.tml"]["error"].startswith("broken.tml")
    assert summary.counts["failed"] == 2


def test_parquet_in_and_out(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    table = pa.table(
        {
            "id": ["x", None, "z"],
            "text": ["Signed in 2015.", "Claimed but empty in 2014.", None],
            "claimed": [dt.date(2015, 3, 1), dt.date(2014, 1, 2), None],
        }
    )
    pq.write_table(table, source)
    output = tmp_path / "out.parquet"

    summary = run(source, output)

    rows = pq.read_table(output).to_pylist()
    assert pq.read_schema(output).names == list(OUTPUT_FIELDS)
    assert [row["id"] for row in rows] == ["x", "row-1", "z"]
    assert rows[0]["claimed"] == "2015-03-01"
    assert json.loads(rows[0]["timexes"])[0]["value"] == "2015"
    assert json.loads(rows[0]["estimate"])["earliest"] == "2021-05-12"
    assert rows[1]["verdict"] == "consistent"
    assert "no text" in rows[2]["error"] and rows[2]["verdict"] is None
    assert summary.counts["failed"] == 1
    assert not (tmp_path / "out.parquet.partial.jsonl").exists()


def test_parquet_without_text_column_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["x"], "body": ["Text in the wrong column."]}), source)
    with pytest.raises(InputError, match="no 'text' or 'html' column \\(columns: id, body\\)"):
        run(source, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    ("input_name", "output_name", "message"),
    [
        ("missing.jsonl", "out.jsonl", "no such file or directory"),
        ("in.csv", "out.jsonl", "unknown input type '.csv'"),
        ("in.jsonl", "out.csv", "unknown output type '.csv'"),
        ("in.jsonl", "nowhere/out.jsonl", "does not exist"),
        ("in.jsonl", "in.jsonl", "would overwrite the input"),
        ("in.jsonl", "folder.jsonl", "is a folder, not a file"),
        ("in.jsonl", "folder.parquet", "is a folder, not a file"),
    ],
)
def test_unusable_input_or_output_is_refused(
    tmp_path: Path, input_name: str, output_name: str, message: str
) -> None:
    (tmp_path / "in.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"text": "Hello 2020."}\n', encoding="utf-8")
    (tmp_path / "folder.jsonl").mkdir()
    (tmp_path / "folder.parquet").mkdir()
    with pytest.raises(InputError, match=message):
        run(tmp_path / input_name, tmp_path / output_name)


@pytest.mark.parametrize("raw", [b'{"id": {"a": 1}, "text": "x"}', b'{"id": [1], "text": "x"}'])
def test_an_id_that_is_an_object_or_a_list_is_refused_not_printed_as_python(raw: bytes) -> None:
    record = jsonl_record(raw, 4)
    assert (record.id, record.error) == ("line-4", "'id' is not a string or a number")
