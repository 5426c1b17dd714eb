"""``datesleuth eval GOLD_DIR SYSTEM_DIR``: TempEval-3 Task A scores of tagged TimeML files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score tagged TimeML files against gold ones (TempEval-3 Task A)",
        description=(
            "Score the .tml files of SYSTEM_DIR against the same-named gold files of GOLD_DIR "
            "(searched recursively): strict and relaxed span P/R/F1, type and value F1, and the "
            "most frequent errors. Exit status 1 when a system file is missing or unreadable "
            "(its expressions then count as missed)."
        ),
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR")
    parser.add_argument("system_dir", metavar="SYSTEM_DIR")
    parser.add_argument(
        "--errors",
        type=int,
        default=10,
        metavar="N",
        help="error groups listed per kind of error (default 10, 0 for none)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datesleuth.evaluation import (
        format_error_groups,
        format_scores,
        report_dict,
        score_directories,
    )

    evaluation = score_directories(args.gold_dir, args.system_dir)
    if args.json:
        print(json.dumps(report_dict(evaluation, args.errors), indent=2, ensure_ascii=False))
    else:
        print(format_scores(evaluation))
        if args.errors > 0:
            print()
            print(format_error_groups(evaluation, args.errors))
    for problem in evaluation.problems:
        print(f"datesleuth: warning: {problem}", file=sys.stderr)
    return 1 if evaluation.problems else 0
