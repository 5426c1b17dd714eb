"""One input record in, one output record out: the work a batch worker does per article."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datesleuth.errors import DatesleuthError
from datesleuth.reading.html import looks_like_html
from datesleuth.reading.text import decode_text, read_bytes
from datesleuth.timeline import analyse_article

# The fields of a successful output record, in the order they are written: those of
# the check result, then the tagged expressions and the timeline entries. A failed
# record has only ``id`` and ``error``.
CHECK_FIELDS = (
    "claimed",
    "claimed_source",
    "estimate",
    "verdict",
    "confidence",
    "reason",
    "discrepancy_days",
    "evidence",
)
OUTPUT_FIELDS = ("id", *CHECK_FIELDS, "timexes", "timeline", "error")

# What a record can end as; the summary counts each.
STATUSES = ("consistent", "misdated", "undetermined", "failed")


@dataclass(frozen=True)
class InputRecord:
    """An article as the reader found it, small enough to send to a worker process.

    Files of an input directory travel as ``path`` and are read by the worker, so that
    reading and decoding run in parallel too. ``error`` is set when the record could not
    even be read (a line that is not JSON); the worker then only reports it.
    """

    id: str
    text: str | None = None
    html: str | None = None
    claimed: str | None = None
    path: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Article:
    text: str | None
    html: str | None
    claimed: dt.date | str | None


def record_from_fields(fields: Mapping[str, Any], default_id: str) -> InputRecord:
    """Validate the fields of a JSONL object or Parquet row into an :class:`InputRecord`."""
    given_id = fields.get("id")
    if isinstance(given_id, (dict, list)):
        return failed_input(default_id, "'id' is not a string or a number")
    record_id = _record_id(given_id, default_id)
    bodies = {}
    for name in ("text", "html"):
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            return failed_input(record_id, f"'{name}' is not a string")
        if value is not None and not _encodable(value):
            return failed_input(record_id, f"'{name}' is not valid Unicode")
        bodies[name] = value if (value or "").strip() else None
    if bodies["text"] is None and bodies["html"] is None:
        return failed_input(record_id, "no text (needs a non-empty 'text' or 'html')")
    claimed = fields.get("claimed")
    if isinstance(claimed, dt.datetime):
        claimed = claimed.date()
    if isinstance(claimed, dt.date):
        claimed = claimed.isoformat()
    if claimed is not None and not isinstance(claimed, str):
        return failed_input(record_id, "'claimed' is not a YYYY-MM-DD string")
    return InputRecord(record_id, text=bodies["text"], html=bodies["html"], claimed=claimed or None)


def _encodable(value: str) -> bool:
    # JSON escapes can smuggle in lone surrogates, which no UTF-8 output could hold.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def failed_input(record_id: str, message: str) -> InputRecord:
    return InputRecord(record_id, error=message)


def _record_id(value: Any, default_id: str) -> str:
    if value is None or isinstance(value, bool) or (isinstance(value, str) and not value):
        return default_id
    return str(value)


def analyse_chunk(records: list[InputRecord]) -> list[tuple[str, str]]:
    """Worker entry point: (status, JSON line) per record, in order.

    The JSON is made in the worker so that serialization runs in parallel as well.
    """
    return [analyse_to_line(record) for record in records]


def analyse_to_line(record: InputRecord) -> tuple[str, str]:
    output = analyse(record)
    try:
        return status_of(output), json.dumps(output, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        message = f"internal error: the result cannot be written as JSON ({error})"
        return "failed", json.dumps(error_output(record.id, message), ensure_ascii=False)


def status_of(output: Mapping[str, Any]) -> str:
    """One of :data:`STATUSES` for an output record."""
    return "failed" if output.get("error") else str(output["verdict"])


def analyse(record: InputRecord) -> dict[str, Any]:
    """Tag, check and lay out one article; any failure becomes an error record."""
    if record.error is not None:
        return error_output(record.id, record.error)
    try:
        return _analyse_article(record.id, load_article(record))
    except DatesleuthError as error:
        return error_output(record.id, str(error))
    except Exception as error:
        # A bug met on one article must not stop a corpus run of hours: the record
        # carries the failure, the summary counts it, and the run goes on.
        return error_output(record.id, f"internal error: {type(error).__name__}: {error}")


def error_output(record_id: str, message: str) -> dict[str, Any]:
    return {"id": record_id, "error": message}


def load_article(record: InputRecord) -> Article:
    """The article of a record, reading its file when it came from a directory.

    A TimeML file goes in whole as text: the dating engine and the timeline read its
    TEXT and take its DCT as the claimed date (source ``timeml-dct``).
    """
    if record.path is None:
        return Article(record.text, record.html, record.claimed)
    path = Path(record.path)
    content = decode_text(read_bytes(path), record.id)
    if looks_like_html(content, path.name):
        return Article(None, content, None)
    return Article(content, None, None)


def _analyse_article(record_id: str, article: Article) -> dict[str, Any]:
    analysis = analyse_article(
        article.text, html=article.html, claimed=article.claimed, doc_id=record_id
    )
    checked = analysis.check.to_dict()
    return {
        "id": record_id,
        **{name: checked.get(name) for name in CHECK_FIELDS},
        "timexes": [timex.to_dict() for timex in analysis.timexes],
        "timeline": [entry.to_dict() for entry in analysis.timeline.entries],
        "error": None,
    }
