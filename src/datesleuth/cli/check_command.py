"""``datesleuth check FILE|-``: the date an article claims, when it was written, a verdict.

``--jsonl IN`` checks one JSON object a line (``id``, ``text`` or ``html``, optional
``claimed``) and writes one result line per input line, in order; a line that cannot be
checked gives ``{"id", "error"}`` and the others go on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from datesleuth.cli.options import date_option
from datesleuth.errors import DatesleuthError, InputError
from datesleuth.reading.text import STDIN
from datesleuth.types import CheckResult, Evidence

# The evidence fields kept in a ``--jsonl`` result line.
_EVIDENCE_FIELDS = ("text", "start", "end", "kind", "implies", "weight", "agrees_with_claim")
_AGREEMENT_MARKS = {True: "fits claim", False: "AGAINST claim", None: ""}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="date an article from its content and judge the date it claims",
        description=(
            "Read the date an article claims (header, dateline, HTML metadata, TimeML DCT), "
            "estimate when it was written from its content alone, and say whether the claim "
            "is consistent with it. FILE is plain text, HTML or TimeML, or - for stdin."
        ),
    )
    parser.add_argument("input", nargs="?", metavar="FILE", help="the article, or - for stdin")
    claim = parser.add_mutually_exclusive_group()
    claim.add_argument("--claimed", metavar="YYYY-MM-DD", help="the date to check instead")
    claim.add_argument(
        "--no-claimed",
        action="store_true",
        help="ignore any claimed date: only estimate from the content",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON (--jsonl always writes JSON, a line per input line)",
    )
    parser.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        help="check one JSON object a line (id, text or html, claimed); - for stdin",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl is not None:
        if args.input is not None:
            raise InputError("give either FILE or --jsonl, not both")
        if args.claimed is not None:
            raise InputError('--claimed is for one FILE; with --jsonl give each line a "claimed"')
        return run_batch(args.jsonl, sys.stdout, use_claimed=not args.no_claimed)
    if args.input is None:
        raise InputError("no input: give a FILE, - for standard input, or --jsonl IN.jsonl")
    result, text = check_source(args.input, claimed=args.claimed, use_claimed=not args.no_claimed)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(render_report(result, text))
    return 0


def check_source(source: str, *, claimed: str | None, use_claimed: bool) -> tuple[CheckResult, str]:
    """Check a path or ``-``; returns the result and the text its offsets refer to."""
    from datesleuth.dating import check_read, read_file_article
    from datesleuth.reading.text import read_text

    given = date_option(claimed, "--claimed")
    name, content = read_text(source)
    article = read_file_article(content, name)
    return check_read(article, given, use_claimed=use_claimed, doc_id=name), article.text


# --- Batch ---------------------------------------------------------------------------


def run_batch(source: str, out: TextIO, *, use_claimed: bool) -> int:
    """Check each line of a JSONL input; one output line per input line, in order."""
    for number, raw in enumerate(_lines(source), start=1):
        record = check_line(raw, number, use_claimed=use_claimed)
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        out.flush()
    return 0


def _lines(source: str) -> Iterator[bytes]:
    # Read as bytes: a line that is not UTF-8 must fail alone, not end the whole run.
    if source == STDIN:
        yield from sys.stdin.buffer
        return
    try:
        with open(source, "rb") as stream:
            yield from stream
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except OSError as error:
        raise InputError(f"{source}: cannot be read ({error.strerror or error})") from None


def check_line(raw: bytes, number: int, *, use_claimed: bool) -> dict[str, Any]:
    """The result record of line ``number`` of a JSONL input, or ``{"id", "error"}``.

    The line is read as the batch command reads its JSONL (same fields, same checks,
    ``line-N`` for a missing id); unlike a batch, a blank line is reported too, so that
    every input line has its output line.
    """
    from datesleuth.batch.sources import jsonl_record
    from datesleuth.dating import check_article

    if not raw.strip():
        return {"id": f"line-{number}", "error": f"line {number}: empty line"}
    record = jsonl_record(raw, number)
    if record.error is not None:
        return {"id": record.id, "error": record.error}
    try:
        result = check_article(
            record.text,
            html=record.html,
            claimed=record.claimed,
            use_claimed=use_claimed,
            doc_id=record.id,
        )
    except DatesleuthError as error:
        return {"id": record.id, "error": str(error)}
    return batch_record(result, record.id)


def batch_record(result: CheckResult, doc_id: str) -> dict[str, Any]:
    """The documented fields of one result, with the line's ``id`` as the batch command
    reads it."""
    full = result.to_dict()
    return {
        "id": doc_id,
        "claimed": full["claimed"],
        "claimed_source": full["claimed_source"],
        "estimate": full["estimate"],
        "verdict": full["verdict"],
        "confidence": full["confidence"],
        "evidence": [{key: item[key] for key in _EVIDENCE_FIELDS} for item in full["evidence"]],
    }


# --- Human report --------------------------------------------------------------------


def render_report(result: CheckResult, text: str = "") -> str:
    """A short report a fact-checker can read and verify against the article ``text``."""
    from datesleuth.dating.verdict import describe_offset

    lines = [
        f"Claimed date:  {_claim_line(result, text)}",
        f"Written:       {_estimate_line(result)}",
    ]
    verdict = f"{result.verdict.upper()} (confidence {result.confidence:.2f})"
    if result.verdict == "misdated" and result.discrepancy_days:
        direction = "later" if result.discrepancy_days > 0 else "earlier"
        verdict += (
            f": the claim is {describe_offset(result.discrepancy_days)} {direction} "
            "than the content"
        )
    lines.append(f"Verdict:       {verdict}")
    if result.reason:
        lines.append(f"               {result.reason}")
    lines.append("Evidence:" if result.evidence else "Evidence:      none found")
    # What speaks against the claim first, then the strongest clues.
    ordered = sorted(
        result.evidence, key=lambda item: (item.agrees_with_claim is not False, -item.weight)
    )
    lines.extend(_evidence_lines(ordered))
    return "\n".join(lines) + "\n"


def _claim_line(result: CheckResult, text: str) -> str:
    if result.claimed is None:
        return "none found"
    line = f"{_human_day(result.claimed)}, from {_source_name(result.claimed_source)}"
    if result.claimed_span and text:
        first, last = result.claimed_span
        line += f' "{text[first:last]}" [{first}-{last}]'
    return line


def _source_name(source: str | None) -> str:
    names = {
        "header": "the header line",
        "published": "the 'Published' line",
        "updated": "the 'Updated' line",
        "dateline": "the dateline",
        "html-metadata": "the page's metadata",
        "timeml-dct": "the TimeML creation time",
        "given": "--claimed",
    }
    return names.get(source or "", source or "unknown")


def _estimate_line(result: CheckResult) -> str:
    estimate = result.estimate
    if estimate is None:
        return "cannot tell: the content gives too few clues"
    if estimate.tentative and estimate.most_likely:
        return f"no clue bounds the year, a guess: most likely {_human_day(estimate.most_likely)}"
    earliest = _human_day(estimate.earliest) if estimate.earliest else "any time"
    latest = _human_day(estimate.latest) if estimate.latest else "today"
    likely = f", most likely {_human_day(estimate.most_likely)}" if estimate.most_likely else ""
    return f"between {earliest} and {latest}{likely}"


def _evidence_lines(evidence: Iterable[Evidence]) -> Iterator[str]:
    for item in evidence:
        implied = _implied(item)
        mark = _AGREEMENT_MARKS[item.agrees_with_claim]
        flags = ", ".join(flag for flag in (mark, "outvoted" if item.violated else "") if flag)
        # A clue can span a line break of the article: the report keeps it on one line.
        quoted = f'"{" ".join(item.text.split())}" ' if item.text else ""
        yield f"  - {quoted}[{item.start}-{item.end}] {item.kind}, weight {item.weight:g}"
        yield f"      {item.explanation}{implied}" + (f"  ({flags})" if flags else "")


def _implied(item: Evidence) -> str:
    if item.after and item.before:
        return f" -> {item.after.isoformat()} .. {item.before.isoformat()}"
    if item.after:
        return f" -> on or after {item.after.isoformat()}"
    if item.before:
        return f" -> on or before {item.before.isoformat()}"
    return ""


def _human_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y} ({day:%A})"
