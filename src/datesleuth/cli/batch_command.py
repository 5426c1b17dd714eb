"""``datesleuth batch INPUT OUTPUT``: tag, check and timeline over a whole corpus."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

_DESCRIPTION = """\
Run tag + check + timeline over every article of INPUT and write one record per
article to OUTPUT, in input order. INPUT: a .jsonl file (one object a line with
'id', 'text' or 'html', optional 'claimed'), a .parquet file with those columns, or a
directory of .txt/.html/.tml files (ids: relative paths). OUTPUT: .jsonl or .parquet.
Records without an id get 'line-N' (JSONL line number) or 'row-N' (Parquet row);
repeated ids are kept as they are: output record N always answers input record N.
A record that fails becomes {"id", "error"}. Running the same command again after an
interruption resumes where it stopped (a .parquet output keeps its progress in
OUTPUT.partial.jsonl until it completes); --restart starts over."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="analyse a corpus (JSONL, Parquet or a directory) into JSONL or Parquet",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="INPUT", type=Path)
    parser.add_argument("output", metavar="OUTPUT", type=Path)
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: all cores, here %(default)s)",
    )
    parser.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar, only a plain progress line now and then",
    )
    parser.add_argument(
        "--restart", action="store_true", help="discard OUTPUT and start from the beginning"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that other sub-commands do not pay for the batch machinery.
    from datesleuth.batch import BatchOptions, run_batch

    options = BatchOptions(
        input=args.input,
        output=args.output,
        jobs=args.jobs,
        progress=not args.no_progress,
        restart=args.restart,
    )
    try:
        summary = run_batch(options)
    except KeyboardInterrupt:
        print(
            f"\ndatesleuth: interrupted; the records written to {args.output} are kept, "
            "run the same command again to resume",
            file=sys.stderr,
        )
        return 130
    print("\n".join(summary.lines()))
    return 0
