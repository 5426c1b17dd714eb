"""Batch outputs, written as the work goes and read back to resume: JSONL and Parquet.

JSONL output is written a line at a time and flushed, so an interrupted run leaves every
finished record on disk (at worst with a cut-off last line, which resuming removes).

A Parquet file is only readable once its footer is written, so a Parquet run writes its
records to a JSONL journal beside the output (``OUTPUT.partial.jsonl``) and builds the
Parquet file from it, in row groups, when the run completes; then the journal is
removed. Resuming continues the journal. Nested values (estimate, evidence, timexes,
timeline) are stored in Parquet as JSON text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Protocol

from datesleuth.batch.records import OUTPUT_FIELDS, status_of
from datesleuth.batch.sources import JSONL_SUFFIXES, PARQUET_SUFFIX
from datesleuth.errors import InputError

_NESTED_FIELDS = ("estimate", "evidence", "timexes", "timeline")
_PARQUET_ROW_GROUP = 1000


class Sink(Protocol):
    def finished(self) -> Iterator[tuple[str, str]]:
        """(id, status) of the records a previous run already wrote, in order."""

    def open(self) -> LineWriter:
        """Append further records after the finished ones."""

    def complete(self) -> None:
        """Called once every record is written."""


class LineWriter:
    """Appends JSON lines to a file, flushing each so that a killed run loses none."""

    def __init__(self, path: Path) -> None:
        try:
            self._stream: IO[str] = path.open("a", encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot be written ({error.strerror})") from None

    def write(self, line: str) -> None:
        self._stream.write(line + "\n")
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


def open_sink(path: Path, restart: bool) -> Sink:
    """The sink for ``path`` by its extension; ``restart`` discards earlier results."""
    if not path.parent.is_dir():
        raise InputError(f"{path}: folder {path.parent} does not exist")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    suffix = path.suffix.lower()
    sink: JsonlSink | ParquetSink
    if suffix in JSONL_SUFFIXES:
        sink = JsonlSink(path)
    elif suffix == PARQUET_SUFFIX:
        sink = ParquetSink(path)
    else:
        raise InputError(f"{path}: unknown output type '{suffix}' (expected .jsonl or .parquet)")
    if restart:
        sink.discard()
    return sink


class JsonlSink:
    def __init__(self, path: Path) -> None:
        self.path = path

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)

    def finished(self) -> Iterator[tuple[str, str]]:
        if not self.path.exists():
            return
        complete_end = 0
        with self.path.open("rb") as stream:
            for number, raw in enumerate(stream, start=1):
                if not raw.endswith(b"\n"):
                    break
                yield _finished_record(raw, self.path, number)
                complete_end += len(raw)
        # A run killed while writing can leave half a line: drop it, the record is redone.
        if complete_end < self.path.stat().st_size:
            os.truncate(self.path, complete_end)

    def open(self) -> LineWriter:
        return LineWriter(self.path)

    def complete(self) -> None:
        """Nothing to do: every line is already in place."""


def _finished_record(raw: bytes, path: Path, number: int) -> tuple[str, str]:
    try:
        output = json.loads(raw)
        return str(output["id"]), status_of(output)
    except (ValueError, KeyError, TypeError):
        raise InputError(
            f"{path}: line {number} is not a batch output record; use --restart to overwrite"
        ) from None


class ParquetSink:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.journal = JsonlSink(path.with_name(path.name + ".partial.jsonl"))

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self.journal.discard()

    def finished(self) -> Iterator[tuple[str, str]]:
        # A finished Parquet output goes back to the journal, so that records the input
        # gained since are appended like after any interruption.
        if self.path.exists() and not self.journal.path.exists():
            _parquet_to_journal(self.path, self.journal.path)
        return self.journal.finished()

    def open(self) -> LineWriter:
        return self.journal.open()

    def complete(self) -> None:
        staging = self.path.with_name(self.path.name + ".tmp")
        _journal_to_parquet(self.journal.path, staging)
        os.replace(staging, self.path)
        self.journal.discard()


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {"confidence": pa.float64(), "discrepancy_days": pa.int64()}
    return pa.schema([(name, types.get(name, pa.string())) for name in OUTPUT_FIELDS])


def _journal_to_parquet(journal: Path, target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    with pq.ParquetWriter(target, schema) as writer:
        for rows in _row_groups(journal):
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _row_groups(journal: Path) -> Iterator[list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    if journal.exists():
        with journal.open("rb") as stream:
            for raw in stream:
                rows.append(_to_parquet_row(json.loads(raw)))
                if len(rows) == _PARQUET_ROW_GROUP:
                    yield rows
                    rows = []
    if rows:
        yield rows


def _to_parquet_row(output: Mapping[str, Any]) -> dict[str, Any]:
    row = {name: output.get(name) for name in OUTPUT_FIELDS}
    for name in _NESTED_FIELDS:
        if row[name] is not None:
            row[name] = json.dumps(row[name], ensure_ascii=False)
    return row


def _parquet_to_journal(source: Path, journal: Path) -> None:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source)
    except (OSError, ValueError) as error:
        raise InputError(
            f"{source}: existing output is not a readable Parquet file ({error}); "
            "use --restart to overwrite"
        ) from None
    with journal.open("w", encoding="utf-8") as stream:
        for batch in parquet.iter_batches(batch_size=_PARQUET_ROW_GROUP):
            for row in batch.to_pylist():
                stream.write(json.dumps(_from_parquet_row(row), ensure_ascii=False) + "\n")


def _from_parquet_row(row: Mapping[str, Any]) -> dict[str, Any]:
    if row.get("error"):
        return {"id": row.get("id"), "error": row["error"]}
    output = {name: row.get(name) for name in OUTPUT_FIELDS}
    for name in _NESTED_FIELDS:
        value = output[name]
        if isinstance(value, str):
            output[name] = json.loads(value)
    return output
