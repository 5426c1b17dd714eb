"""``datesleuth tag FILE...``: find and normalize the time expressions of texts or TimeML files.

Plain text is tagged against ``--dct``; a TimeML file against its own creation time unless
``--dct`` is given. Several inputs are independent: one that cannot be read is reported
on standard error and the others are still tagged (exit status 1 if any failed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from datesleuth.cli.options import date_option
from datesleuth.errors import DatesleuthError, InputError
from datesleuth.reading.text import STDIN, read_text, source_name
from datesleuth.reading.timeml import (
    TimeMLDocument,
    looks_like_timeml,
    parse_timeml,
    render_timeml,
    to_timeml,
)
from datesleuth.types import Timex

if TYPE_CHECKING:
    from datesleuth.dating import Article

FORMATS = ("table", "json", "timeml")
_OPTION_SOURCE = "--dct"
_TIMEML_SOURCE = "TimeML DCT"
_OUTPUT_SUFFIX = {"table": ".txt", "json": ".json", "timeml": ".tml"}
_TABLE_COLUMNS = ("start", "end", "type", "value", "mod", "text")
# How the note names where a claim was read, when the source's own name does not read
# well after "the date its" ("header", "dateline" do).
_CLAIM_SOURCE_NAMES = {
    "html-metadata": "page metadata",
    "published": "'Published' line",
    "updated": "'Updated' line",
}
_NO_DCT_NOTE = (
    "datesleuth: note: no --dct given and the text claims no date; expressions relative "
    "to the writing date (yesterday, on Friday, last year) are left underspecified"
)


@dataclass(frozen=True)
class TaggedInput:
    """One input after tagging: its text, the expressions, and the TimeML it came from."""

    name: str
    text: str
    dct: dt.date | None
    # Where ``dct`` came from: "--dct", "TimeML DCT", or the kind of claim the text makes
    # about its own date ("header", "dateline", ...); None without a reference date.
    dct_source: str | None
    timexes: list[Timex]
    timeml: TimeMLDocument | None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="find and normalize time expressions (TIMEX3)",
        description=(
            "Tag the time expressions of plain text or TimeML files (FILE or - for standard "
            "input). TimeML input (.tml/.xml, or content starting with <?xml or <TimeML) is "
            "tagged against its DCT unless --dct is given."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="a text or TimeML file, or -")
    parser.add_argument(
        "--dct", metavar="YYYY-MM-DD", help="the reference (writing) date of the text"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="write one output file per input to DIR, named after the input",
    )
    parser.add_argument("--lang", default="en", help="language of the text (default: en)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    dct = date_option(args.dct, "--dct")
    if args.format == "timeml" and len(args.inputs) > 1 and args.out_dir is None:
        raise InputError("--format timeml with several inputs needs --out-dir")
    if args.out_dir is not None:
        _make_directory(args.out_dir)
    tagged: list[TaggedInput] = []
    failed = False
    notes_shown: set[str] = set()
    # Output file -> the input it holds: inputs from different folders can share a name.
    written: dict[Path, str] = {}
    for source in args.inputs:
        try:
            item = tag_input(source, dct, args.lang)
            note = reference_date_note(item)
            if note is not None and note not in notes_shown:
                print(note, file=sys.stderr)
                notes_shown.add(note)
            if args.out_dir is not None:
                written[write_output(item, args.format, args.out_dir, written)] = item.name
            else:
                tagged.append(item)
        except DatesleuthError as error:
            print(f"datesleuth: error: {error}", file=sys.stderr)
            failed = True
    if args.out_dir is None and tagged:
        sys.stdout.write(format_many(tagged, args.format, several=len(args.inputs) > 1))
    return 1 if failed else 0


def tag_input(source: str, dct: dt.date | None, lang: str) -> TaggedInput:
    """Read, decode and tag one input (a path or ``-``).

    The reference date is ``dct`` when given, else a TimeML file's DCT, else the best
    writing date of a plain text (the date it claims when its content agrees, else the
    day its content points to), else None.
    """
    from datesleuth import tagging
    from datesleuth.dating import read_file_article

    name, content = read_text(source)
    timeml = parse_timeml(content, name) if looks_like_timeml(content, name) else None
    article = None
    if timeml is not None:
        text = timeml.text
    else:
        # An HTML page's main text, as check and timeline read it, not its markup.
        article = read_file_article(content, name)
        text = article.text
    dct, dct_source = reference_date(article, dct, timeml)
    timexes = sorted(tagging.tag_text(text, dct, lang=lang), key=lambda t: (t.start, -t.end))
    return TaggedInput(name, text, dct, dct_source, timexes, timeml)


def reference_date(
    article: Article | None, given: dt.date | None, timeml: TimeMLDocument | None
) -> tuple[dt.date | None, str | None]:
    """The date to resolve relative expressions against, and where it came from: the
    given date, a TimeML file's DCT, else the best writing date of the ``article``."""
    if given is not None:
        return given, _OPTION_SOURCE
    if timeml is not None:
        return timeml.dct, _TIMEML_SOURCE
    if article is None:
        return None, None
    from datesleuth.dating import check_read, writing_date

    checked = check_read(article)
    day, source = writing_date(checked)
    if day is None:
        return None, None
    if source == "estimate":
        if checked.estimate is not None and checked.estimate.tentative:
            return day, "a guess at the writing day (its content does not bound the year)"
        return day, "the most likely writing day its content points to"
    return day, f"the date its {_CLAIM_SOURCE_NAMES.get(source, source)} claims"


def reference_date_note(item: TaggedInput) -> str | None:
    """A note for standard error when the reference date was guessed or is missing."""
    if item.dct is None:
        return _NO_DCT_NOTE
    if item.dct_source in (_OPTION_SOURCE, _TIMEML_SOURCE):
        return None
    return (
        f"datesleuth: note: {item.name}: relative expressions resolved against "
        f"{item.dct}, {item.dct_source} (--dct overrides it)"
    )


def format_many(items: Sequence[TaggedInput], output_format: str, several: bool) -> str:
    """Standard output for the inputs; with ``several`` inputs each is labelled by its name."""
    if not several:
        return "".join(format_one(item, output_format) for item in items)
    if output_format == "json":
        return _json({item.name: timex_records(item.timexes) for item in items})
    return "\n".join(f"# {item.name}\n{format_one(item, output_format)}" for item in items)


def format_one(item: TaggedInput, output_format: str) -> str:
    if output_format == "json":
        return _json(timex_records(item.timexes))
    if output_format == "timeml":
        if item.timeml is not None:
            return render_timeml(item.timeml, item.timexes)
        return to_timeml(item.text, item.dct, item.timexes)
    return format_table(item.timexes)


def format_table(timexes: Sequence[Timex]) -> str:
    """Aligned columns, one expression a line; line breaks inside an expression become spaces."""
    rows = [_TABLE_COLUMNS] + [
        (
            str(t.start),
            str(t.end),
            t.type,
            t.value,
            t.mod or "-",
            " ".join(t.text.split()),
        )
        for t in timexes
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(_TABLE_COLUMNS) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + row[-1]
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def timex_records(timexes: Sequence[Timex]) -> list[dict[str, Any]]:
    """JSON-ready records, numbered t1, t2, ... like the TIMEX3 tags of the TimeML output."""
    return [
        {
            "tid": f"t{number}",
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "type": t.type,
            "value": t.value,
            "mod": t.mod,
            "quant": t.quant,
            "freq": t.freq,
        }
        for number, t in enumerate(timexes, start=1)
    ]


def write_output(
    item: TaggedInput, output_format: str, out_dir: Path, written: dict[Path, str]
) -> Path:
    """Write the output of one input to ``out_dir`` under the input's name.

    ``written`` maps the files this run already wrote to their inputs: none is replaced.
    """
    target = out_dir / output_name(item.name, output_format)
    if target in written:
        raise InputError(
            f"{item.name}: its output {target} already holds the output of {written[target]}; "
            "give the inputs distinct names"
        )
    if item.name != source_name(STDIN) and target.resolve() == Path(item.name).resolve():
        raise InputError(f"{item.name}: output would overwrite the input; use another --out-dir")
    try:
        target.write_text(format_one(item, output_format), encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"{target}: cannot be written ({error.strerror or error})") from None
    return target


def output_name(input_name: str, output_format: str) -> str:
    """The input's file name, keeping a TimeML suffix for TimeML output (TempEval layout)."""
    path = Path(input_name)
    if output_format == "timeml" and path.suffix.lower() in (".tml", ".xml"):
        return path.name
    return path.stem + _OUTPUT_SUFFIX[output_format]


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _make_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(
            f"{directory}: cannot create directory ({error.strerror or error})"
        ) from None
