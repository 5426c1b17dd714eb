"""Batch inputs, read as streams of :class:`InputRecord`: JSONL, Parquet, a directory.

Every source yields its records in a fixed order (the same on every run, which resuming
relies on) and holds at most one line, one row batch or one directory listing in memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from datesleuth.batch.records import InputRecord, failed_input, record_from_fields
from datesleuth.errors import InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIX = ".parquet"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".tml")
_INPUT_COLUMNS = ("id", "text", "html", "claimed")
# Rows decoded from a Parquet file at a time: large enough to be efficient, small enough
# that a batch of long articles stays a few megabytes.
_PARQUET_BATCH_ROWS = 256


class Source(Protocol):
    def count(self) -> int:
        """How many records :meth:`records` will yield (for the progress bar)."""

    def records(self) -> Iterator[InputRecord]:
        """The records, in their fixed order."""


def open_source(path: Path) -> Source:
    """The source for ``path``, or an :class:`InputError` saying why it cannot be used."""
    if path.is_dir():
        return DirectorySource(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return JsonlSource(path)
    if suffix == PARQUET_SUFFIX:
        return ParquetSource(path)
    raise InputError(
        f"{path}: unknown input type '{suffix}' (expected .jsonl, .parquet or a directory)"
    )


class JsonlSource:
    """One JSON object a line; blank lines are not records. Ids default to ``line-N``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def count(self) -> int:
        with _open_input(self.path) as stream:
            return sum(1 for raw in stream if raw.strip())

    def records(self) -> Iterator[InputRecord]:
        with _open_input(self.path) as stream:
            for number, raw in enumerate(stream, start=1):
                if raw.strip():
                    yield jsonl_record(raw, number)


def jsonl_record(raw: bytes, line_number: int) -> InputRecord:
    default_id = f"line-{line_number}"
    try:
        fields = json.loads(raw)
    except UnicodeDecodeError:
        return failed_input(default_id, f"line {line_number}: not valid UTF-8")
    except json.JSONDecodeError as error:
        message = f"line {line_number}: not valid JSON ({error.msg} at column {error.colno})"
        return failed_input(default_id, message)
    if not isinstance(fields, dict):
        return failed_input(default_id, f"line {line_number}: not a JSON object")
    return record_from_fields(fields, default_id)


class ParquetSource:
    """Rows with a ``text`` and/or ``html`` column, read a row batch at a time."""

    def __init__(self, path: Path) -> None:
        import pyarrow.parquet as pq

        try:
            self._file = pq.ParquetFile(path)
        except (OSError, ValueError) as error:
            raise InputError(f"{path}: not a readable Parquet file ({error})") from None
        names = self._file.schema_arrow.names
        if "text" not in names and "html" not in names:
            raise InputError(
                f"{path}: Parquet file has no 'text' or 'html' column "
                f"(columns: {', '.join(names) or 'none'})"
            )
        self._columns = [name for name in _INPUT_COLUMNS if name in names]

    def count(self) -> int:
        return int(self._file.metadata.num_rows)

    def records(self) -> Iterator[InputRecord]:
        row_index = 0
        for batch in self._file.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=self._columns):
            rows: list[dict[str, Any]] = batch.to_pylist()
            for row in rows:
                yield record_from_fields(row, f"row-{row_index}")
                row_index += 1


class DirectorySource:
    """The .txt, .html and .tml files under a directory, each read by a worker.

    Ids are paths relative to the directory; files come sorted by name at each level.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def count(self) -> int:
        return sum(1 for _ in article_files(self.root))

    def records(self) -> Iterator[InputRecord]:
        for path in article_files(self.root):
            yield InputRecord(path.relative_to(self.root).as_posix(), path=str(path))


def article_files(root: Path) -> Iterator[Path]:
    """Article files under ``root``, depth first, sorted; symlinked folders not followed."""
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError as error:
        raise InputError(f"{root}: cannot list directory ({error.strerror})") from None
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from article_files(Path(entry.path))
        elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
            yield Path(entry.path)


def _open_input(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
